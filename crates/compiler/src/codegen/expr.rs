//! Expressions.

use super::warnings;
use std::collections::HashSet;
use std::rc::Rc;

use ferropy_bytecode::{CodeFlags, Constant, Opcode};
use num_bigint::BigInt;
use num_traits::Num;
use ruff_python_ast::{self as ast, CmpOp, Expr, InterpolatedStringElement, Number};
use ruff_text_size::{Ranged, TextRange};

use super::stmt::binary_opcode;
use super::{Arg, Compiler, Label, NameCtx};
use crate::error::{CompileError, CompileResult};
use crate::symtable::ScopeKind;

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

/// `COMPARE_OP` argument for a comparison operator.
fn compare_arg(op: CmpOp) -> u32 {
    match op {
        CmpOp::Lt => 0,
        CmpOp::LtE => 1,
        CmpOp::Eq => 2,
        CmpOp::NotEq => 3,
        CmpOp::Gt => 4,
        CmpOp::GtE => 5,
        CmpOp::In => 6,
        CmpOp::NotIn => 7,
        CmpOp::Is => 8,
        CmpOp::IsNot => 9,
    }
}

/// Parses an integer literal's source text (any base, with underscores).
fn parse_int_literal(text: &str) -> Option<BigInt> {
    let clean: String = text.chars().filter(|c| *c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    let (digits, radix) = if let Some(rest) = lower.strip_prefix("0x") {
        (rest.to_string(), 16)
    } else if let Some(rest) = lower.strip_prefix("0o") {
        (rest.to_string(), 8)
    } else if let Some(rest) = lower.strip_prefix("0b") {
        (rest.to_string(), 2)
    } else {
        (lower, 10)
    };
    BigInt::from_str_radix(&digits, radix).ok()
}

pub fn int_constant(int: &ast::Int) -> Option<Constant> {
    if let Some(v) = int.as_i64() {
        return Some(Constant::Int(v));
    }
    let big = parse_int_literal(&int.to_string())?;
    Some(match i64::try_from(&big) {
        Ok(v) => Constant::Int(v),
        Err(_) => Constant::BigInt(big),
    })
}

/// The constant an expression folds to, if it is a literal (or a tuple of
/// literals, or a negated number).
pub fn constant_of(expr: &Expr) -> Option<Constant> {
    Some(match expr {
        Expr::NumberLiteral(n) => match &n.value {
            Number::Int(i) => int_constant(i)?,
            Number::Float(f) => Constant::Float(*f),
            Number::Complex { real, imag } => Constant::Complex { real: *real, imag: *imag },
        },
        Expr::StringLiteral(s) => Constant::Str(s.value.to_str().into()),
        Expr::BytesLiteral(b) => Constant::Bytes(b.value.bytes().collect::<Vec<u8>>().into()),
        Expr::BooleanLiteral(b) => Constant::Bool(b.value),
        Expr::NoneLiteral(_) => Constant::None,
        Expr::EllipsisLiteral(_) => Constant::Ellipsis,
        Expr::Tuple(t) => {
            let items: Option<Vec<Constant>> = t.elts.iter().map(constant_of).collect();
            Constant::Tuple(items?.into())
        }
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match constant_of(&u.operand)? {
            Constant::Int(v) => match v.checked_neg() {
                Some(n) => Constant::Int(n),
                None => Constant::BigInt(-BigInt::from(v)),
            },
            Constant::BigInt(b) => {
                let n = -b;
                match i64::try_from(&n) {
                    Ok(v) => Constant::Int(v),
                    Err(_) => Constant::BigInt(n),
                }
            }
            Constant::Float(f) => Constant::Float(-f),
            Constant::Complex { real, imag } => Constant::Complex { real: -real, imag: -imag },
            _ => return None,
        },
        _ => return None,
    })
}

/// A constant other than None, True, False and Ellipsis (those are
/// singletons, so `is` is fine with them).
fn is_unreliable_literal(expr: &Expr) -> bool {
    match constant_of(expr) {
        Some(Constant::None | Constant::Bool(_) | Constant::Ellipsis) | None => false,
        Some(_) => true,
    }
}

impl<'a> Compiler<'a> {
    pub fn visit_expr(&mut self, expr: &'a Expr) -> CompileResult<()> {
        self.enter_depth(expr.range())?;
        let saved = self.set_loc(expr.range());
        let result = self.visit_expr_inner(expr);
        self.restore_loc(saved);
        self.leave_depth();
        result
    }

    fn visit_expr_inner(&mut self, expr: &'a Expr) -> CompileResult<()> {
        if let Some(constant) = constant_of(expr) {
            self.emit_load_const(constant);
            return Ok(());
        }
        match expr {
            Expr::Name(name) => self.name_op(&name.id, NameCtx::Load, name.range),
            Expr::BinOp(bin) => {
                self.visit_expr(&bin.left)?;
                self.visit_expr(&bin.right)?;
                self.emit(binary_opcode(bin.op), Arg::None);
                Ok(())
            }
            Expr::UnaryOp(unary) => {
                self.visit_expr(&unary.operand)?;
                let op = match unary.op {
                    ast::UnaryOp::Invert => Opcode::UNARY_INVERT,
                    ast::UnaryOp::Not => Opcode::UNARY_NOT,
                    ast::UnaryOp::UAdd => Opcode::UNARY_POSITIVE,
                    ast::UnaryOp::USub => Opcode::UNARY_NEGATIVE,
                };
                self.emit(op, Arg::None);
                Ok(())
            }
            Expr::BoolOp(bool_op) => {
                let end = self.new_label();
                let op = match bool_op.op {
                    ast::BoolOp::And => Opcode::JUMP_IF_FALSE_OR_POP,
                    ast::BoolOp::Or => Opcode::JUMP_IF_TRUE_OR_POP,
                };
                let n = bool_op.values.len();
                for (i, value) in bool_op.values.iter().enumerate() {
                    self.visit_expr(value)?;
                    if i + 1 < n {
                        self.emit_jump(op, end);
                    }
                }
                self.bind(end);
                Ok(())
            }
            Expr::Compare(cmp) => self.visit_compare(cmp),
            Expr::If(if_expr) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.jump_if(&if_expr.test, false, orelse)?;
                self.visit_expr(&if_expr.body)?;
                self.emit_jump(Opcode::JUMP_FORWARD, end);
                self.bind(orelse);
                self.visit_expr(&if_expr.orelse)?;
                self.bind(end);
                Ok(())
            }
            Expr::Named(named) => {
                self.visit_expr(&named.value)?;
                self.emit(Opcode::DUP_TOP, Arg::None);
                match named.target.as_ref() {
                    Expr::Name(name) => self.name_op(&name.id, NameCtx::Store, name.range),
                    other => Err(CompileError::new("cannot use assignment expressions with expression", other.range())),
                }
            }
            Expr::Lambda(lambda) => self.visit_lambda(lambda),
            Expr::ListComp(c) => {
                self.visit_comprehension(c.range, "<listcomp>", CompKind::List, &c.generators, &c.elt, None)
            }
            Expr::SetComp(c) => {
                self.visit_comprehension(c.range, "<setcomp>", CompKind::Set, &c.generators, &c.elt, None)
            }
            Expr::DictComp(c) => match &c.key {
                Some(key) => {
                    self.visit_comprehension(c.range, "<dictcomp>", CompKind::Dict, &c.generators, key, Some(&c.value))
                }
                None => Err(CompileError::new("dict unpacking cannot be used in dict comprehension", c.range)),
            },
            Expr::Generator(c) => {
                self.visit_comprehension(c.range, "<genexpr>", CompKind::Generator, &c.generators, &c.elt, None)
            }
            Expr::Await(await_expr) => {
                self.visit_expr(&await_expr.value)?;
                self.emit(Opcode::GET_AWAITABLE, Arg::None);
                self.emit_load_const(Constant::None);
                self.emit(Opcode::YIELD_FROM, Arg::None);
                Ok(())
            }
            Expr::Yield(y) => {
                match &y.value {
                    Some(value) => self.visit_expr(value)?,
                    None => self.emit_load_const(Constant::None),
                }
                if self.scope_is_async_generator() {
                    self.emit(Opcode::ASYNC_GEN_WRAP, Arg::None);
                }
                self.emit(Opcode::YIELD_VALUE, Arg::None);
                Ok(())
            }
            Expr::YieldFrom(y) => {
                self.visit_expr(&y.value)?;
                self.emit(Opcode::GET_YIELD_FROM_ITER, Arg::None);
                self.emit_load_const(Constant::None);
                self.emit(Opcode::YIELD_FROM, Arg::None);
                Ok(())
            }
            Expr::Call(call) => self.visit_call(call),
            Expr::FString(f) => self.visit_fstring(&f.value),
            Expr::TString(t) => Err(CompileError::new("template strings are Python 3.14 syntax", t.range)),
            Expr::Attribute(attr) => {
                self.visit_expr(&attr.value)?;
                // Attribute errors point at the attribute's own line.
                let name = self.mangle(&attr.attr.id);
                let i = self.name_index(&name);
                self.emit_arg(Opcode::LOAD_ATTR, i);
                Ok(())
            }
            Expr::Subscript(sub) => {
                if let Some(msg) =
                    warnings::check_subscripter(&sub.value).or_else(|| warnings::check_index(&sub.value, &sub.slice))
                {
                    self.warn(msg, sub.range);
                }
                self.visit_expr(&sub.value)?;
                self.visit_subscript_index(&sub.slice)?;
                self.emit(Opcode::BINARY_SUBSCR, Arg::None);
                Ok(())
            }
            Expr::Starred(s) => Err(CompileError::new("can't use starred expression here", s.range)),
            Expr::List(list) => self.visit_sequence(&list.elts, Opcode::BUILD_LIST, false),
            Expr::Tuple(tuple) => self.visit_sequence(&tuple.elts, Opcode::BUILD_TUPLE, true),
            Expr::Set(set) => self.visit_sequence(&set.elts, Opcode::BUILD_SET, false),
            Expr::Dict(dict) => self.visit_dict(dict),
            Expr::Slice(slice) => self.visit_slice(slice),
            Expr::IpyEscapeCommand(c) => Err(CompileError::new("invalid syntax", c.range)),
            Expr::NumberLiteral(n) => Err(CompileError::new("invalid number literal", n.range)),
            _ => Err(CompileError::new("unsupported expression", expr.range())),
        }
    }

    fn visit_compare(&mut self, cmp: &'a ast::ExprCompare) -> CompileResult<()> {
        // CPython warns about `x is 1`: identity with a literal is unreliable.
        let mut left = cmp.left.as_ref();
        for (op, right) in cmp.ops.iter().zip(cmp.comparators.iter()) {
            if matches!(op, CmpOp::Is | CmpOp::IsNot) && (is_unreliable_literal(left) || is_unreliable_literal(right)) {
                let msg = if *op == CmpOp::Is {
                    "\"is\" with a literal. Did you mean \"==\"?"
                } else {
                    "\"is not\" with a literal. Did you mean \"!=\"?"
                };
                self.warn(msg, cmp.range);
            }
            left = right;
        }
        self.visit_expr(&cmp.left)?;
        let n = cmp.ops.len();
        if n == 1 {
            self.visit_expr(&cmp.comparators[0])?;
            self.emit_arg(Opcode::COMPARE_OP, compare_arg(cmp.ops[0]));
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n {
            self.visit_expr(&cmp.comparators[i])?;
            if i + 1 < n {
                self.emit(Opcode::DUP_TOP, Arg::None);
                self.emit(Opcode::ROT_THREE, Arg::None);
                self.emit_arg(Opcode::COMPARE_OP, compare_arg(cmp.ops[i]));
                self.emit_jump(Opcode::JUMP_IF_FALSE_OR_POP, cleanup);
            } else {
                self.emit_arg(Opcode::COMPARE_OP, compare_arg(cmp.ops[i]));
            }
        }
        self.emit_jump(Opcode::JUMP_FORWARD, end);
        self.bind(cleanup);
        self.emit(Opcode::ROT_TWO, Arg::None);
        self.emit(Opcode::POP_TOP, Arg::None);
        self.bind(end);
        Ok(())
    }

    /// Jumps to `target` when the truth of `expr` equals `cond`, without
    /// materialising intermediate booleans for `not`, `and` and `or`.
    pub fn jump_if(&mut self, expr: &'a Expr, cond: bool, target: Label) -> CompileResult<()> {
        match expr {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => self.jump_if(&u.operand, !cond, target),
            Expr::BoolOp(b) => {
                let is_or = b.op == ast::BoolOp::Or;
                let n = b.values.len();
                if cond == is_or {
                    // `a or b` jumping when true: any true value jumps.
                    for value in &b.values {
                        self.jump_if(value, cond, target)?;
                    }
                } else {
                    let next = self.new_label();
                    for (i, value) in b.values.iter().enumerate() {
                        if i + 1 < n {
                            self.jump_if(value, !cond, next)?;
                        } else {
                            self.jump_if(value, cond, target)?;
                        }
                    }
                    self.bind(next);
                }
                Ok(())
            }
            _ => {
                self.visit_expr(expr)?;
                let saved = self.set_loc(expr.range());
                self.emit_jump(if cond { Opcode::POP_JUMP_IF_TRUE } else { Opcode::POP_JUMP_IF_FALSE }, target);
                self.restore_loc(saved);
                Ok(())
            }
        }
    }

    pub fn visit_subscript_index(&mut self, index: &'a Expr) -> CompileResult<()> {
        self.visit_expr(index)
    }

    fn visit_slice(&mut self, slice: &'a ast::ExprSlice) -> CompileResult<()> {
        let mut n = 2;
        match &slice.lower {
            Some(e) => self.visit_expr(e)?,
            None => self.emit_load_const(Constant::None),
        }
        match &slice.upper {
            Some(e) => self.visit_expr(e)?,
            None => self.emit_load_const(Constant::None),
        }
        if let Some(step) = &slice.step {
            self.visit_expr(step)?;
            n = 3;
        }
        self.emit_arg(Opcode::BUILD_SLICE, n);
        Ok(())
    }

    /// Lists, tuples and sets, with `*` unpacking.
    fn visit_sequence(&mut self, elts: &'a [Expr], build: Opcode, is_tuple: bool) -> CompileResult<()> {
        let has_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        // A set of three or more constants: a frozenset constant merged
        // into an empty set, as CPython 3.11 compiles it (same order).
        if build == Opcode::BUILD_SET && elts.len() > 2 {
            if let Some(items) = elts.iter().map(constant_of).collect::<Option<Vec<Constant>>>() {
                self.emit_arg(Opcode::BUILD_SET, 0);
                self.emit_load_const(Constant::FrozenSet(items.into()));
                self.emit_arg(Opcode::SET_UPDATE, 1);
                return Ok(());
            }
        }
        if !has_star {
            for elt in elts {
                self.visit_expr(elt)?;
            }
            self.emit_arg(build, elts.len() as u32);
            return Ok(());
        }
        let (build_op, extend, append) = if build == Opcode::BUILD_SET {
            (Opcode::BUILD_SET, Opcode::SET_UPDATE, Opcode::SET_ADD)
        } else {
            (Opcode::BUILD_LIST, Opcode::LIST_EXTEND, Opcode::LIST_APPEND)
        };
        let leading = elts.iter().take_while(|e| !matches!(e, Expr::Starred(_))).count();
        for elt in &elts[..leading] {
            self.visit_expr(elt)?;
        }
        self.emit_arg(build_op, leading as u32);
        for elt in &elts[leading..] {
            match elt {
                Expr::Starred(s) => {
                    self.visit_expr(&s.value)?;
                    self.emit_arg(extend, 1);
                }
                other => {
                    self.visit_expr(other)?;
                    self.emit_arg(append, 1);
                }
            }
        }
        if is_tuple {
            self.emit(Opcode::LIST_TO_TUPLE, Arg::None);
        }
        Ok(())
    }

    fn visit_dict(&mut self, dict: &'a ast::ExprDict) -> CompileResult<()> {
        let has_unpack = dict.items.iter().any(|item| item.key.is_none());
        if !has_unpack {
            let n = dict.items.len();
            let const_keys: Option<Vec<Constant>> = if n > 1 {
                dict.items.iter().map(|item| item.key.as_ref().and_then(constant_of)).collect()
            } else {
                None
            };
            if let Some(keys) = const_keys {
                for item in &dict.items {
                    self.visit_expr(&item.value)?;
                }
                self.emit_load_const(Constant::Tuple(keys.into()));
                self.emit_arg(Opcode::BUILD_CONST_KEY_MAP, n as u32);
                return Ok(());
            }
            for item in &dict.items {
                if let Some(key) = &item.key {
                    self.visit_expr(key)?;
                }
                self.visit_expr(&item.value)?;
            }
            self.emit_arg(Opcode::BUILD_MAP, n as u32);
            return Ok(());
        }
        let mut built = false;
        let mut pending = 0u32;
        for item in &dict.items {
            match &item.key {
                Some(key) => {
                    self.visit_expr(key)?;
                    self.visit_expr(&item.value)?;
                    pending += 1;
                }
                None => {
                    if pending > 0 || !built {
                        self.emit_arg(Opcode::BUILD_MAP, pending);
                        if built {
                            self.emit_arg(Opcode::DICT_UPDATE, 1);
                        }
                        built = true;
                        pending = 0;
                    }
                    self.visit_expr(&item.value)?;
                    self.emit_arg(Opcode::DICT_UPDATE, 1);
                }
            }
        }
        if pending > 0 {
            self.emit_arg(Opcode::BUILD_MAP, pending);
            self.emit_arg(Opcode::DICT_UPDATE, 1);
        }
        Ok(())
    }

    // ----- calls -------------------------------------------------------

    fn visit_call(&mut self, call: &'a ast::ExprCall) -> CompileResult<()> {
        if let Some(msg) = warnings::check_caller(&call.func) {
            self.warn(msg, call.range());
        }
        let args = &call.arguments;
        let simple = args.keywords.is_empty() && !args.args.iter().any(|a| matches!(a, Expr::Starred(_)));
        if let (Expr::Attribute(attr), true) = (call.func.as_ref(), simple) {
            self.visit_expr(&attr.value)?;
            // The method lookup fails at the attribute, the call at the call.
            let saved = self.set_loc(attr.range);
            let name = self.mangle(&attr.attr.id);
            let i = self.name_index(&name);
            self.emit_arg(Opcode::LOAD_METHOD, i);
            self.restore_loc(saved);
            for arg in args.args.iter() {
                self.visit_expr(arg)?;
            }
            let saved = self.set_loc(call.range());
            self.emit_arg(Opcode::CALL_METHOD, args.args.len() as u32);
            self.restore_loc(saved);
            return Ok(());
        }
        self.visit_expr(&call.func)?;
        self.visit_call_arguments(args, 0)
    }

    /// Emits the arguments and the call instruction; `extra` positional
    /// arguments are already on the stack above the callable.
    pub fn visit_call_arguments(&mut self, args: &'a ast::Arguments, extra: u32) -> CompileResult<()> {
        let mut seen = HashSet::new();
        for kw in args.keywords.iter() {
            if let Some(name) = &kw.arg {
                if !seen.insert(name.id.as_str()) {
                    return Err(CompileError::new(format!("keyword argument repeated: {}", name.id), kw.range));
                }
            }
        }
        let has_star = args.args.iter().any(|a| matches!(a, Expr::Starred(_)));
        let has_double_star = args.keywords.iter().any(|k| k.arg.is_none());
        if !has_star && !has_double_star {
            for arg in args.args.iter() {
                self.visit_expr(arg)?;
            }
            let npos = extra + args.args.len() as u32;
            if args.keywords.is_empty() {
                self.emit_arg(Opcode::CALL_FUNCTION, npos);
            } else {
                let mut names = Vec::new();
                for kw in args.keywords.iter() {
                    self.visit_expr(&kw.value)?;
                    names.push(Constant::Str(kw.arg.as_ref().map(|a| a.id.as_str()).unwrap_or("").into()));
                }
                let nkw = names.len() as u32;
                self.emit_load_const(Constant::Tuple(names.into()));
                self.emit_arg(Opcode::CALL_FUNCTION_KW, npos + nkw);
            }
            return Ok(());
        }
        // A lone `*iterable` goes to the call as it is; CALL_FUNCTION_EX
        // makes the tuple (and names the function if it is not iterable).
        if let ([Expr::Starred(s)], 0) = (&args.args[..], extra) {
            self.visit_expr(&s.value)?;
            return self.emit_call_keywords(args);
        }
        self.emit_arg(Opcode::BUILD_LIST, extra);
        for arg in args.args.iter() {
            match arg {
                Expr::Starred(s) => {
                    self.visit_expr(&s.value)?;
                    self.emit_arg(Opcode::LIST_EXTEND, 1);
                }
                other => {
                    self.visit_expr(other)?;
                    self.emit_arg(Opcode::LIST_APPEND, 1);
                }
            }
        }
        self.emit(Opcode::LIST_TO_TUPLE, Arg::None);
        self.emit_call_keywords(args)
    }

    /// The keyword half of a CALL_FUNCTION_EX call, and the call. As in
    /// CPython, runs of `name=value` become dicts merged with DICT_MERGE,
    /// so a name repeated across them and `**` mappings is an error.
    fn emit_call_keywords(&mut self, args: &'a ast::Arguments) -> CompileResult<()> {
        if args.keywords.is_empty() {
            self.emit_arg(Opcode::CALL_FUNCTION_EX, 0);
            return Ok(());
        }
        let mut have_dict = false;
        let mut run: Vec<&'a ast::Keyword> = Vec::new();
        for kw in args.keywords.iter() {
            if kw.arg.is_some() {
                run.push(kw);
                continue;
            }
            self.flush_keyword_run(&mut run, &mut have_dict)?;
            if !have_dict {
                self.emit_arg(Opcode::BUILD_MAP, 0);
                have_dict = true;
            }
            self.visit_expr(&kw.value)?;
            self.emit_arg(Opcode::DICT_MERGE, 1);
        }
        self.flush_keyword_run(&mut run, &mut have_dict)?;
        self.emit_arg(Opcode::CALL_FUNCTION_EX, 1);
        Ok(())
    }

    /// Builds a dict of the pending `name=value` keywords: the call's dict
    /// if there is none yet, else one merged into it.
    fn flush_keyword_run(&mut self, run: &mut Vec<&'a ast::Keyword>, have_dict: &mut bool) -> CompileResult<()> {
        if run.is_empty() {
            return Ok(());
        }
        for kw in run.iter() {
            let name = kw.arg.as_ref().map(|a| a.id.as_str()).unwrap_or("");
            self.emit_load_const(Constant::Str(name.into()));
            self.visit_expr(&kw.value)?;
        }
        self.emit_arg(Opcode::BUILD_MAP, run.len() as u32);
        if *have_dict {
            self.emit_arg(Opcode::DICT_MERGE, 1);
        }
        *have_dict = true;
        run.clear();
        Ok(())
    }

    // ----- functions and comprehensions --------------------------------

    fn visit_lambda(&mut self, lambda: &'a ast::ExprLambda) -> CompileResult<()> {
        let flags = self.visit_function_extras(lambda.parameters.as_deref(), None, false)?;
        let scope = self.table.scope_for(lambda.range);
        let qualname = self.make_qualname("<lambda>");
        let line = self.line_of(lambda.range);
        self.enter_unit(scope, "<lambda>", &qualname, line);
        // None is the first constant, as in CPython: a lambda has no docstring.
        self.add_const(Constant::None);
        if let Some(params) = &lambda.parameters {
            self.set_arg_counts(params);
        }
        let is_generator = self.table.scopes[scope].is_generator;
        let result = self.visit_expr(&lambda.body);
        if result.is_ok() {
            if is_generator {
                self.emit(Opcode::POP_TOP, Arg::None);
                self.emit_load_const(Constant::None);
            }
            self.emit(Opcode::RETURN_VALUE, Arg::None);
        }
        let code = self.leave_unit();
        result?;
        self.emit_make_function(scope, code, flags)
    }

    fn visit_comprehension(
        &mut self,
        range: TextRange,
        name: &str,
        kind: CompKind,
        generators: &'a [ast::Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CompileResult<()> {
        let scope = self.table.scope_for(range);
        // A comprehension that awaits is a coroutine (an async generator
        // for a generator expression); the others must be awaited where
        // they are built, which only an async function or another
        // comprehension can do.
        let is_async = self.table.scopes[scope].is_coroutine;
        if is_async && kind != CompKind::Generator && !self.in_async_function() {
            let enclosing = self.unit_ref();
            let enclosing_async = enclosing.kind == ScopeKind::Comprehension
                || (enclosing.kind == ScopeKind::Function && enclosing.flags & CodeFlags::COROUTINE != 0)
                || (enclosing.kind == ScopeKind::Function && enclosing.flags & CodeFlags::ASYNC_GENERATOR != 0);
            if !enclosing_async {
                return Err(CompileError::new("asynchronous comprehension outside of an asynchronous function", range));
            }
        }
        let qualname = self.make_qualname(name);
        let line = self.line_of(range);
        self.enter_unit(scope, name, &qualname, line);
        self.unit().argcount = 1;
        match kind {
            CompKind::List => self.emit_arg(Opcode::BUILD_LIST, 0),
            CompKind::Set => self.emit_arg(Opcode::BUILD_SET, 0),
            CompKind::Dict => self.emit_arg(Opcode::BUILD_MAP, 0),
            CompKind::Generator => {}
        }
        let result = self.visit_comprehension_generators(generators, 0, kind, elt, value);
        if result.is_ok() {
            if kind == CompKind::Generator {
                self.emit_load_const(Constant::None);
            }
            self.emit(Opcode::RETURN_VALUE, Arg::None);
        }
        let code = self.leave_unit();
        result?;
        self.emit_make_function(scope, code, 0)?;
        self.visit_expr(&generators[0].iter)?;
        self.emit(if generators[0].is_async { Opcode::GET_AITER } else { Opcode::GET_ITER }, Arg::None);
        self.emit_arg(Opcode::CALL_FUNCTION, 1);
        if is_async && kind != CompKind::Generator {
            self.emit(Opcode::GET_AWAITABLE, Arg::None);
            self.emit_load_const(Constant::None);
            self.emit(Opcode::YIELD_FROM, Arg::None);
        }
        Ok(())
    }

    fn visit_comprehension_generators(
        &mut self,
        generators: &'a [ast::Comprehension],
        index: usize,
        kind: CompKind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CompileResult<()> {
        let generator = &generators[index];
        let start = self.new_label();
        let end = self.new_label();
        if index == 0 {
            self.emit_arg(Opcode::LOAD_FAST, 0);
        } else {
            self.visit_expr(&generator.iter)?;
            self.emit(if generator.is_async { Opcode::GET_AITER } else { Opcode::GET_ITER }, Arg::None);
        }
        self.bind(start);
        let except = self.new_label();
        if generator.is_async {
            // Below the awaited item: the result being built (if any) and
            // the iterators of this and the enclosing clauses.
            let below = (kind != CompKind::Generator) as u32 + index as u32 + 1;
            self.push_handler(except, below, false);
            self.emit(Opcode::GET_ANEXT, Arg::None);
            self.emit_load_const(Constant::None);
            self.emit(Opcode::YIELD_FROM, Arg::None);
            self.pop_handler();
        } else {
            self.emit_jump(Opcode::FOR_ITER, end);
        }
        self.visit_store_target(&generator.target)?;
        for cond in &generator.ifs {
            self.jump_if(cond, false, start)?;
        }
        if index + 1 < generators.len() {
            self.visit_comprehension_generators(generators, index + 1, kind, elt, value)?;
        } else {
            let depth = index as u32 + 2;
            match kind {
                CompKind::List => {
                    self.visit_expr(elt)?;
                    self.emit_arg(Opcode::LIST_APPEND, depth);
                }
                CompKind::Set => {
                    self.visit_expr(elt)?;
                    self.emit_arg(Opcode::SET_ADD, depth);
                }
                CompKind::Dict => {
                    self.visit_expr(elt)?;
                    if let Some(value) = value {
                        self.visit_expr(value)?;
                    }
                    self.emit_arg(Opcode::MAP_ADD, depth);
                }
                CompKind::Generator => {
                    self.visit_expr(elt)?;
                    if self.unit_ref().flags & CodeFlags::ASYNC_GENERATOR != 0 {
                        self.emit(Opcode::ASYNC_GEN_WRAP, Arg::None);
                    }
                    self.emit(Opcode::YIELD_VALUE, Arg::None);
                    self.emit(Opcode::POP_TOP, Arg::None);
                }
            }
        }
        self.emit_jump(Opcode::JUMP_ABSOLUTE, start);
        if generator.is_async {
            // StopAsyncIteration ends the clause; END_ASYNC_FOR pops it
            // and the iterator.
            self.bind(except);
            self.emit(Opcode::END_ASYNC_FOR, Arg::None);
        }
        self.bind(end);
        Ok(())
    }

    // ----- f-strings ---------------------------------------------------

    fn visit_fstring(&mut self, value: &'a ast::FStringValue) -> CompileResult<()> {
        let mut pieces = 0u32;
        let mut literal = String::new();
        for part in value.iter() {
            match part {
                ast::FStringPart::Literal(s) => literal.push_str(&s.value),
                ast::FStringPart::FString(f) => {
                    self.visit_interpolated_elements(f.elements.iter(), &mut literal, &mut pieces)?;
                }
            }
        }
        if !literal.is_empty() || pieces == 0 {
            self.emit_load_const(Constant::Str(Rc::from(literal.as_str())));
            pieces += 1;
        }
        if pieces > 1 {
            self.emit_arg(Opcode::BUILD_STRING, pieces);
        }
        Ok(())
    }

    fn flush_literal(&mut self, literal: &mut String, pieces: &mut u32) {
        if !literal.is_empty() {
            let text = std::mem::take(literal);
            self.emit_load_const(Constant::Str(Rc::from(text.as_str())));
            *pieces += 1;
        }
    }

    fn visit_interpolated_elements(
        &mut self,
        elements: impl Iterator<Item = &'a InterpolatedStringElement>,
        literal: &mut String,
        pieces: &mut u32,
    ) -> CompileResult<()> {
        for element in elements {
            match element {
                InterpolatedStringElement::Literal(l) => literal.push_str(&l.value),
                InterpolatedStringElement::Interpolation(e) => {
                    let (debug_text, conversion) = ferropy_syntax::fstring_field(self.source, e);
                    literal.push_str(&debug_text);
                    let conversion = match conversion {
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => 1,
                        ast::ConversionFlag::Repr => 2,
                        ast::ConversionFlag::Ascii => 3,
                    };
                    self.flush_literal(literal, pieces);
                    self.visit_expr(&e.expression)?;
                    let mut flags = conversion;
                    if let Some(spec) = &e.format_spec {
                        let mut spec_literal = String::new();
                        let mut spec_pieces = 0u32;
                        self.visit_interpolated_elements(spec.elements.iter(), &mut spec_literal, &mut spec_pieces)?;
                        if !spec_literal.is_empty() || spec_pieces == 0 {
                            self.emit_load_const(Constant::Str(Rc::from(spec_literal.as_str())));
                            spec_pieces += 1;
                        }
                        if spec_pieces > 1 {
                            self.emit_arg(Opcode::BUILD_STRING, spec_pieces);
                        }
                        flags |= 4;
                    }
                    self.emit_arg(Opcode::FORMAT_VALUE, flags);
                    *pieces += 1;
                }
            }
        }
        Ok(())
    }
}
