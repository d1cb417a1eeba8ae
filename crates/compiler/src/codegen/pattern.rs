//! The `match` statement.
//!
//! A pattern is compiled with the subject on top of the stack and consumes
//! it. `on_top` counts the values a case has pushed so far; a failed test
//! jumps to `fail_pop[on_top]`, a chain of `POP_TOP`s that ends at the next
//! case, so every failure leaves the stack as the case found it. Names are
//! bound as soon as their sub-pattern matches (Python leaves names bound by
//! a failed case unspecified).

use ferropy_bytecode::{Constant, Opcode};
use ruff_python_ast::{self as ast, Pattern};
use ruff_text_size::Ranged;

use super::expr::constant_of;
use super::{Arg, Compiler, Label, NameCtx};
use crate::error::{CompileError, CompileResult};

struct PatternCtx {
    fail_pop: Vec<Label>,
    on_top: usize,
}

impl<'a> Compiler<'a> {
    pub fn visit_match(&mut self, m: &'a ast::StmtMatch) -> CompileResult<()> {
        self.visit_expr(&m.subject)?;
        let end = self.new_label();
        let n = m.cases.len();
        for (i, case) in m.cases.iter().enumerate() {
            let last = i + 1 == n;
            if !last && case.guard.is_none() && is_irrefutable(&case.pattern) {
                return Err(CompileError::new(unreachable_message(&case.pattern), case.pattern.range()));
            }
            check_bindings(&case.pattern, &mut Vec::new())?;
            let saved = self.set_loc(case.pattern.range());
            if !last {
                self.emit(Opcode::DUP_TOP, Arg::None);
            }
            let mut pc = PatternCtx { fail_pop: Vec::new(), on_top: 1 };
            self.visit_pattern(&case.pattern, &mut pc)?;
            if let Some(guard) = &case.guard {
                let fail = self.fail_label(&mut pc, 0);
                self.jump_if(guard, false, fail)?;
            }
            if !last {
                self.emit(Opcode::POP_TOP, Arg::None);
            }
            self.restore_loc(saved);
            self.visit_body(&case.body)?;
            self.emit_jump(Opcode::JUMP_FORWARD, end);
            self.emit_fail_pops(&pc);
        }
        self.bind(end);
        Ok(())
    }

    fn fail_label(&mut self, pc: &mut PatternCtx, pops: usize) -> Label {
        while pc.fail_pop.len() <= pops {
            let label = self.new_label();
            pc.fail_pop.push(label);
        }
        pc.fail_pop[pops]
    }

    fn jump_to_fail(&mut self, pc: &mut PatternCtx, op: Opcode) {
        let label = self.fail_label(pc, pc.on_top);
        self.emit_jump(op, label);
    }

    fn emit_fail_pops(&mut self, pc: &PatternCtx) {
        for i in (1..pc.fail_pop.len()).rev() {
            self.bind(pc.fail_pop[i]);
            self.emit(Opcode::POP_TOP, Arg::None);
        }
        if let Some(first) = pc.fail_pop.first() {
            self.bind(*first);
        }
    }

    fn visit_pattern(&mut self, pattern: &'a Pattern, pc: &mut PatternCtx) -> CompileResult<()> {
        let saved = self.set_loc(pattern.range());
        let result = self.visit_pattern_inner(pattern, pc);
        self.restore_loc(saved);
        result
    }

    fn visit_pattern_inner(&mut self, pattern: &'a Pattern, pc: &mut PatternCtx) -> CompileResult<()> {
        match pattern {
            Pattern::MatchValue(p) => {
                self.visit_expr(&p.value)?;
                self.emit_arg(Opcode::COMPARE_OP, 2);
                pc.on_top -= 1;
                self.jump_to_fail(pc, Opcode::POP_JUMP_IF_FALSE);
            }
            Pattern::MatchSingleton(p) => {
                let constant = match p.value {
                    ast::Singleton::None => Constant::None,
                    ast::Singleton::True => Constant::Bool(true),
                    ast::Singleton::False => Constant::Bool(false),
                };
                self.emit_load_const(constant);
                self.emit_arg(Opcode::COMPARE_OP, 8);
                pc.on_top -= 1;
                self.jump_to_fail(pc, Opcode::POP_JUMP_IF_FALSE);
            }
            Pattern::MatchAs(p) => {
                if let Some(inner) = &p.pattern {
                    self.emit(Opcode::DUP_TOP, Arg::None);
                    pc.on_top += 1;
                    self.visit_pattern(inner, pc)?;
                }
                self.store_capture(p.name.as_ref())?;
                pc.on_top -= 1;
            }
            Pattern::MatchStar(p) => {
                self.store_capture(p.name.as_ref())?;
                pc.on_top -= 1;
            }
            Pattern::MatchOr(p) => {
                let success = self.new_label();
                for alt in &p.patterns {
                    self.emit(Opcode::DUP_TOP, Arg::None);
                    let mut sub = PatternCtx { fail_pop: Vec::new(), on_top: 1 };
                    self.visit_pattern(alt, &mut sub)?;
                    self.emit_jump(Opcode::JUMP_FORWARD, success);
                    self.emit_fail_pops(&sub);
                }
                // Every alternative failed; the subject is still on the stack.
                self.jump_to_fail(pc, Opcode::JUMP_FORWARD);
                self.bind(success);
                self.emit(Opcode::POP_TOP, Arg::None);
                pc.on_top -= 1;
            }
            Pattern::MatchSequence(p) => {
                let star = p.patterns.iter().position(|s| matches!(s, Pattern::MatchStar(_)));
                if p.patterns.iter().filter(|s| matches!(s, Pattern::MatchStar(_))).count() > 1 {
                    return Err(CompileError::new("multiple starred names in sequence pattern", p.range));
                }
                let n = p.patterns.len();
                self.emit(Opcode::MATCH_SEQUENCE, Arg::None);
                self.jump_to_fail(pc, Opcode::POP_JUMP_IF_FALSE);
                self.emit(Opcode::GET_LEN, Arg::None);
                match star {
                    None => {
                        self.emit_load_const(Constant::Int(n as i64));
                        self.emit_arg(Opcode::COMPARE_OP, 2);
                    }
                    Some(_) => {
                        self.emit_load_const(Constant::Int(n as i64 - 1));
                        self.emit_arg(Opcode::COMPARE_OP, 5);
                    }
                }
                self.jump_to_fail(pc, Opcode::POP_JUMP_IF_FALSE);
                let star_wildcard =
                    star.filter(|&i| matches!(&p.patterns[i], Pattern::MatchStar(s) if s.name.is_none()));
                if let Some(star_at) = star_wildcard {
                    // `[a, *_, b]` reads the items it needs by index, as
                    // CPython does, instead of unpacking the whole subject.
                    for (i, sub) in p.patterns.iter().enumerate() {
                        if i == star_at || is_wildcard(sub) {
                            continue;
                        }
                        self.emit(Opcode::DUP_TOP, Arg::None);
                        if i < star_at {
                            self.emit_load_const(Constant::Int(i as i64));
                        } else {
                            self.emit(Opcode::GET_LEN, Arg::None);
                            self.emit_load_const(Constant::Int((n - i) as i64));
                            self.emit(Opcode::BINARY_SUBTRACT, Arg::None);
                        }
                        self.emit(Opcode::BINARY_SUBSCR, Arg::None);
                        pc.on_top += 1;
                        self.visit_pattern(sub, pc)?;
                    }
                    self.emit(Opcode::POP_TOP, Arg::None);
                    pc.on_top -= 1;
                    return Ok(());
                }
                match star {
                    None => self.emit_arg(Opcode::UNPACK_SEQUENCE, n as u32),
                    Some(i) => self.emit_arg(Opcode::UNPACK_EX, (i as u32) | (((n - i - 1) as u32) << 8)),
                }
                pc.on_top = pc.on_top + n - 1;
                for sub in &p.patterns {
                    self.visit_pattern(sub, pc)?;
                }
            }
            Pattern::MatchMapping(p) => {
                self.emit(Opcode::MATCH_MAPPING, Arg::None);
                self.jump_to_fail(pc, Opcode::POP_JUMP_IF_FALSE);
                let n = p.keys.len();
                if n > 0 {
                    self.emit(Opcode::GET_LEN, Arg::None);
                    self.emit_load_const(Constant::Int(n as i64));
                    self.emit_arg(Opcode::COMPARE_OP, 5);
                    self.jump_to_fail(pc, Opcode::POP_JUMP_IF_FALSE);
                }
                let constants: Option<Vec<Constant>> = p.keys.iter().map(constant_of).collect();
                match constants {
                    Some(keys) => self.emit_load_const(Constant::Tuple(keys.into())),
                    None => {
                        for key in p.keys.iter() {
                            self.visit_expr(key)?;
                        }
                        self.emit_arg(Opcode::BUILD_TUPLE, n as u32);
                    }
                }
                pc.on_top += 1;
                self.emit(Opcode::MATCH_KEYS, Arg::None);
                pc.on_top += 1;
                self.emit(Opcode::DUP_TOP, Arg::None);
                self.emit_load_const(Constant::None);
                self.emit_arg(Opcode::COMPARE_OP, 8);
                self.jump_to_fail(pc, Opcode::POP_JUMP_IF_TRUE);
                self.emit_arg(Opcode::UNPACK_SEQUENCE, n as u32);
                pc.on_top = pc.on_top + n - 1;
                for sub in p.patterns.iter() {
                    self.visit_pattern(sub, pc)?;
                }
                // Stack: subject, keys.
                match &p.rest {
                    Some(rest) => {
                        self.emit(Opcode::COPY_DICT_WITHOUT_KEYS, Arg::None);
                        self.name_op(&rest.id, NameCtx::Store, rest.range)?;
                        self.emit(Opcode::POP_TOP, Arg::None);
                    }
                    None => {
                        self.emit(Opcode::POP_TOP, Arg::None);
                        self.emit(Opcode::POP_TOP, Arg::None);
                    }
                }
                pc.on_top -= 2;
            }
            Pattern::MatchClass(p) => {
                let args = &p.arguments;
                self.visit_expr(&p.cls)?;
                let names: Vec<Constant> =
                    args.keywords.iter().map(|k| Constant::Str(k.attr.id.as_str().into())).collect();
                self.emit_load_const(Constant::Tuple(names.into()));
                self.emit_arg(Opcode::MATCH_CLASS, args.patterns.len() as u32);
                self.emit(Opcode::DUP_TOP, Arg::None);
                self.emit_load_const(Constant::None);
                self.emit_arg(Opcode::COMPARE_OP, 8);
                self.jump_to_fail(pc, Opcode::POP_JUMP_IF_TRUE);
                let n = args.patterns.len() + args.keywords.len();
                self.emit_arg(Opcode::UNPACK_SEQUENCE, n as u32);
                pc.on_top = pc.on_top + n - 1;
                for sub in args.patterns.iter() {
                    self.visit_pattern(sub, pc)?;
                }
                for kw in args.keywords.iter() {
                    self.visit_pattern(&kw.pattern, pc)?;
                }
            }
        }
        Ok(())
    }

    fn store_capture(&mut self, name: Option<&ast::Identifier>) -> CompileResult<()> {
        match name {
            Some(name) => self.name_op(&name.id, NameCtx::Store, name.range),
            None => {
                self.emit(Opcode::POP_TOP, Arg::None);
                Ok(())
            }
        }
    }
}

/// Checks the names a pattern binds, as CPython's compiler does: no name
/// twice, the same names in every alternative of an or-pattern, and no
/// alternative after one that always matches.
fn check_bindings<'p>(pattern: &'p Pattern, names: &mut Vec<&'p str>) -> CompileResult<()> {
    let bind = |name: Option<&'p ast::Identifier>, names: &mut Vec<&'p str>| match name {
        Some(n) if names.contains(&n.id.as_str()) => {
            Err(CompileError::new(format!("multiple assignments to name '{}' in pattern", n.id), n.range))
        }
        Some(n) => {
            names.push(n.id.as_str());
            Ok(())
        }
        None => Ok(()),
    };
    match pattern {
        Pattern::MatchValue(_) | Pattern::MatchSingleton(_) => Ok(()),
        Pattern::MatchAs(p) => {
            if let Some(inner) = &p.pattern {
                check_bindings(inner, names)?;
            }
            bind(p.name.as_ref(), names)
        }
        Pattern::MatchStar(p) => bind(p.name.as_ref(), names),
        Pattern::MatchSequence(p) => p.patterns.iter().try_for_each(|sub| check_bindings(sub, names)),
        Pattern::MatchMapping(p) => {
            p.patterns.iter().try_for_each(|sub| check_bindings(sub, names))?;
            bind(p.rest.as_ref(), names)
        }
        Pattern::MatchClass(p) => {
            p.arguments.patterns.iter().try_for_each(|sub| check_bindings(sub, names))?;
            p.arguments.keywords.iter().try_for_each(|kw| check_bindings(&kw.pattern, names))
        }
        Pattern::MatchOr(p) => {
            let mut first: Option<Vec<&'p str>> = None;
            let n = p.patterns.len();
            for (i, alt) in p.patterns.iter().enumerate() {
                if i + 1 < n && is_irrefutable(alt) {
                    return Err(CompileError::new(unreachable_message(alt), alt.range()));
                }
                let mut alt_names = Vec::new();
                check_bindings(alt, &mut alt_names)?;
                match &first {
                    None => first = Some(alt_names),
                    Some(f) => {
                        let same = f.len() == alt_names.len() && f.iter().all(|n| alt_names.contains(n));
                        if !same {
                            return Err(CompileError::new("alternative patterns bind different names", alt.range()));
                        }
                    }
                }
            }
            for name in first.unwrap_or_default() {
                if names.contains(&name) {
                    return Err(CompileError::new(
                        format!("multiple assignments to name '{name}' in pattern"),
                        pattern.range(),
                    ));
                }
                names.push(name);
            }
            Ok(())
        }
    }
}

/// The error for an irrefutable pattern followed by others.
fn unreachable_message(pattern: &Pattern) -> String {
    match pattern {
        Pattern::MatchAs(ast::PatternMatchAs { name: Some(name), pattern: None, .. }) => {
            format!("name capture '{}' makes remaining patterns unreachable", name.id)
        }
        Pattern::MatchOr(p) => p
            .patterns
            .iter()
            .find(|a| is_irrefutable(a))
            .map_or_else(|| "wildcard makes remaining patterns unreachable".to_string(), unreachable_message),
        _ => "wildcard makes remaining patterns unreachable".to_string(),
    }
}

/// `_`: matches anything and binds nothing.
fn is_wildcard(pattern: &Pattern) -> bool {
    matches!(pattern, Pattern::MatchAs(p) if p.pattern.is_none() && p.name.is_none())
}

fn is_irrefutable(pattern: &Pattern) -> bool {
    match pattern {
        Pattern::MatchAs(p) => p.pattern.is_none(),
        Pattern::MatchOr(p) => p.patterns.iter().any(is_irrefutable),
        _ => false,
    }
}
