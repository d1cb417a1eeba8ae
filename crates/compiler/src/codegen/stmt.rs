//! Statements.

use ferropy_bytecode::{CodeFlags, Constant, Opcode};
use ruff_python_ast::{self as ast, ExceptHandler, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

/// CPython's error for leaving an `except*` clause early.
const EXCEPT_STAR_EXIT: &str = "'break', 'continue' and 'return' cannot appear in an except* block";

/// `COMPARE_OP`'s argument for `is`.
const IS_COMPARISON: u32 = 8;

use super::{docstring, Arg, Compiler, FBlock, Label, NameCtx};
use crate::error::{CompileError, CompileResult};
use crate::symtable::ScopeKind;

impl<'a> Compiler<'a> {
    pub fn visit_stmt(&mut self, stmt: &'a Stmt) -> CompileResult<()> {
        self.enter_depth(stmt.range())?;
        let saved = self.set_loc(stmt.range());
        let result = self.visit_stmt_inner(stmt);
        self.restore_loc(saved);
        self.leave_depth();
        result
    }

    fn visit_stmt_inner(&mut self, stmt: &'a Stmt) -> CompileResult<()> {
        match stmt {
            Stmt::FunctionDef(def) => self.visit_function_def(def),
            Stmt::ClassDef(class) => self.visit_class_def(class),
            Stmt::Return(ret) => self.visit_return(ret),
            Stmt::Delete(del) => {
                for target in &del.targets {
                    self.visit_delete_target(target)?;
                }
                Ok(())
            }
            Stmt::Assign(assign) => {
                self.visit_expr(&assign.value)?;
                let n = assign.targets.len();
                for (i, target) in assign.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Opcode::DUP_TOP, Arg::None);
                    }
                    self.visit_store_target(target)?;
                }
                Ok(())
            }
            Stmt::AugAssign(aug) => self.visit_aug_assign(aug),
            Stmt::AnnAssign(ann) => self.visit_ann_assign(ann),
            Stmt::TypeAlias(alias) => {
                Err(CompileError::new("type aliases ('type X = ...') are Python 3.12 syntax", alias.range))
            }
            Stmt::For(for_stmt) => self.visit_for(for_stmt),
            Stmt::While(while_stmt) => self.visit_while(while_stmt),
            Stmt::If(if_stmt) => self.visit_if(if_stmt),
            Stmt::With(with) => self.visit_with(with, 0),
            Stmt::Match(m) => self.visit_match(m),
            Stmt::Raise(raise) => {
                let mut n = 0;
                if let Some(exc) = &raise.exc {
                    self.visit_expr(exc)?;
                    n += 1;
                    if let Some(cause) = &raise.cause {
                        self.visit_expr(cause)?;
                        n += 1;
                    }
                }
                self.emit_arg(Opcode::RAISE_VARARGS, n);
                Ok(())
            }
            Stmt::Try(try_stmt) => {
                if try_stmt.finalbody.is_empty() {
                    self.visit_try_handlers(try_stmt)
                } else {
                    self.visit_try_finally(try_stmt)
                }
            }
            Stmt::Assert(assert) => {
                if matches!(assert.test.as_ref(), Expr::Tuple(t) if !t.elts.is_empty()) {
                    self.warn("assertion is always true, perhaps remove parentheses?", assert.range);
                }
                if self.options.optimize > 0 {
                    return Ok(());
                }
                let end = self.new_label();
                self.jump_if(&assert.test, true, end)?;
                // As in CPython, the raise points at the failed test.
                let saved = self.set_loc(assert.test.range());
                self.emit(Opcode::LOAD_ASSERTION_ERROR, Arg::None);
                if let Some(msg) = &assert.msg {
                    self.visit_expr(msg)?;
                    self.emit_arg(Opcode::CALL_FUNCTION, 1);
                }
                self.emit_arg(Opcode::RAISE_VARARGS, 1);
                self.restore_loc(saved);
                self.bind(end);
                Ok(())
            }
            Stmt::Import(import) => self.visit_import(import),
            Stmt::ImportFrom(import) => self.visit_import_from(import),
            Stmt::Global(_) | Stmt::Nonlocal(_) => Ok(()),
            Stmt::Expr(expr) => {
                if self.interactive && self.unit_ref().kind == ScopeKind::Module && self.units.len() == 1 {
                    self.visit_expr(&expr.value)?;
                    self.emit(Opcode::PRINT_EXPR, Arg::None);
                    return Ok(());
                }
                // A bare constant is a no-op (docstrings, `...`).
                if matches!(
                    expr.value.as_ref(),
                    Expr::StringLiteral(_)
                        | Expr::NumberLiteral(_)
                        | Expr::EllipsisLiteral(_)
                        | Expr::NoneLiteral(_)
                        | Expr::BooleanLiteral(_)
                        | Expr::BytesLiteral(_)
                ) {
                    self.emit(Opcode::NOP, Arg::None);
                    return Ok(());
                }
                self.visit_expr(&expr.value)?;
                self.emit(Opcode::POP_TOP, Arg::None);
                Ok(())
            }
            Stmt::Pass(_) => {
                self.emit(Opcode::NOP, Arg::None);
                Ok(())
            }
            Stmt::Break(b) => self.visit_break_continue(true, b.range),
            Stmt::Continue(c) => self.visit_break_continue(false, c.range),
            Stmt::IpyEscapeCommand(c) => Err(CompileError::new("invalid syntax", c.range)),
        }
    }

    fn visit_return(&mut self, ret: &'a ast::StmtReturn) -> CompileResult<()> {
        if !matches!(self.unit_ref().kind, ScopeKind::Function) {
            return Err(CompileError::new("'return' outside function", ret.range));
        }
        if self.unit_ref().fblocks.iter().any(|f| matches!(f.block, FBlock::ExceptStarHandler)) {
            // CPython reports it where the returned value is, if any.
            let at = ret.value.as_ref().map_or(ret.range, |v| v.range());
            return Err(CompileError::new(EXCEPT_STAR_EXIT, at));
        }
        if ret.value.is_some() && self.scope_is_async_generator() {
            return Err(CompileError::new("'return' with value in async generator", ret.range));
        }
        let preserve = ret.value.is_some();
        if let Some(value) = &ret.value {
            self.visit_expr(value)?;
        }
        self.unwind_fblocks(false, preserve, false)?;
        if !preserve {
            self.emit_load_const(Constant::None);
        }
        self.emit(Opcode::RETURN_VALUE, Arg::None);
        Ok(())
    }

    fn visit_break_continue(&mut self, is_break: bool, range: TextRange) -> CompileResult<()> {
        let has_loop =
            self.unit_ref().fblocks.iter().any(|f| matches!(f.block, FBlock::While { .. } | FBlock::For { .. }));
        if !has_loop {
            let msg = if is_break { "'break' outside loop" } else { "'continue' not properly in loop" };
            return Err(CompileError::new(msg, range));
        }
        // The nearest loop must be inside any except* clause around.
        let innermost = self
            .unit_ref()
            .fblocks
            .iter()
            .rev()
            .find(|f| matches!(f.block, FBlock::While { .. } | FBlock::For { .. } | FBlock::ExceptStarHandler));
        if innermost.is_some_and(|f| matches!(f.block, FBlock::ExceptStarHandler)) {
            return Err(CompileError::new(EXCEPT_STAR_EXIT, range));
        }
        let block = self.unwind_fblocks(true, false, is_break)?;
        match block {
            Some(FBlock::While { start, exit }) | Some(FBlock::For { start, exit }) => {
                self.emit_jump(Opcode::JUMP_ABSOLUTE, if is_break { exit } else { start });
            }
            _ => {}
        }
        Ok(())
    }

    // ----- definitions -------------------------------------------------

    fn visit_decorators(&mut self, decorators: &'a [ast::Decorator]) -> CompileResult<()> {
        for decorator in decorators {
            self.visit_expr(&decorator.expression)?;
        }
        Ok(())
    }

    fn apply_decorators(&mut self, decorators: &'a [ast::Decorator]) {
        for _ in decorators {
            self.emit_arg(Opcode::CALL_FUNCTION, 1);
        }
    }

    /// Emits defaults, keyword defaults and annotations for a function about
    /// to be made; returns the MAKE_FUNCTION flags they need.
    pub fn visit_function_extras(
        &mut self,
        params: Option<&'a ast::Parameters>,
        returns: Option<&'a Expr>,
        with_annotations: bool,
    ) -> CompileResult<u32> {
        let mut flags = 0;
        if let Some(params) = params {
            let defaults: Vec<&Expr> =
                params.posonlyargs.iter().chain(params.args.iter()).filter_map(|p| p.default.as_deref()).collect();
            if !defaults.is_empty() {
                for d in &defaults {
                    self.visit_expr(d)?;
                }
                self.emit_arg(Opcode::BUILD_TUPLE, defaults.len() as u32);
                flags |= 1;
            }
            let kwdefaults: Vec<(&str, &Expr)> = params
                .kwonlyargs
                .iter()
                .filter_map(|p| p.default.as_deref().map(|d| (p.parameter.name.id.as_str(), d)))
                .collect();
            if !kwdefaults.is_empty() {
                let mut keys = Vec::new();
                for (name, d) in &kwdefaults {
                    keys.push(Constant::Str(self.mangle(name).into()));
                    self.visit_expr(d)?;
                }
                self.emit_load_const(Constant::Tuple(keys.into()));
                self.emit_arg(Opcode::BUILD_CONST_KEY_MAP, kwdefaults.len() as u32);
                flags |= 2;
            }
        }
        if with_annotations {
            let mut keys = Vec::new();
            if let Some(params) = params {
                let ordered = params
                    .posonlyargs
                    .iter()
                    .chain(params.args.iter())
                    .map(|p| &p.parameter)
                    .chain(params.vararg.as_deref())
                    .chain(params.kwonlyargs.iter().map(|p| &p.parameter))
                    .chain(params.kwarg.as_deref());
                for p in ordered {
                    if let Some(annotation) = &p.annotation {
                        keys.push(Constant::Str(self.mangle(&p.name.id).into()));
                        match annotation.as_ref() {
                            // `*args: *Ts` (PEP 646): the one item the
                            // starred value unpacks to.
                            Expr::Starred(star) if !self.future_annotations() => {
                                self.visit_expr(&star.value)?;
                                self.emit_arg(Opcode::UNPACK_SEQUENCE, 1);
                            }
                            _ => self.visit_annotation(annotation)?,
                        }
                    }
                }
            }
            if let Some(returns) = returns {
                keys.push(Constant::Str("return".into()));
                self.visit_annotation(returns)?;
            }
            if !keys.is_empty() {
                let n = keys.len() as u32;
                self.emit_load_const(Constant::Tuple(keys.into()));
                self.emit_arg(Opcode::BUILD_CONST_KEY_MAP, n);
                flags |= 4;
            }
        }
        Ok(flags)
    }

    fn visit_function_def(&mut self, def: &'a ast::StmtFunctionDef) -> CompileResult<()> {
        if def.type_params.is_some() {
            return Err(CompileError::new("type parameter lists are Python 3.12 syntax", def.range));
        }
        self.visit_decorators(&def.decorator_list)?;
        let flags = self.visit_function_extras(Some(&def.parameters), def.returns.as_deref(), true)?;
        let scope = self.table.scope_for(def.range);
        let qualname = self.make_qualname(&def.name.id);
        let firstlineno = match def.decorator_list.first() {
            Some(d) => self.line_of(d.range),
            None => self.line_of(def.range),
        };
        self.enter_unit(scope, &def.name.id, &qualname, firstlineno);
        self.set_arg_counts(&def.parameters);
        let body: &'a [Stmt] = &def.body;
        let doc = docstring(body);
        let body = match doc {
            Some(doc) if self.options.optimize < 2 => {
                self.add_const(Constant::Str(doc.into()));
                &body[1..]
            }
            Some(_) => &body[1..],
            None => {
                self.add_const(Constant::None);
                body
            }
        };
        let result = self.visit_function_body(body);
        let code = self.leave_unit();
        result?;
        self.emit_make_function(scope, code, flags)?;
        self.apply_decorators(&def.decorator_list);
        self.store_name(&def.name.id, def.name.range)
    }

    pub fn set_arg_counts(&mut self, params: &ast::Parameters) {
        let unit = self.unit();
        unit.posonlyargcount = params.posonlyargs.len() as u32;
        unit.argcount = (params.posonlyargs.len() + params.args.len()) as u32;
        unit.kwonlyargcount = params.kwonlyargs.len() as u32;
        if params.vararg.is_some() {
            unit.flags |= CodeFlags::VARARGS;
        }
        if params.kwarg.is_some() {
            unit.flags |= CodeFlags::VARKEYWORDS;
        }
    }

    fn visit_function_body(&mut self, body: &'a [Stmt]) -> CompileResult<()> {
        self.visit_body(body)?;
        // Falling off the end returns None, located at the last statement.
        if !matches!(body.last(), Some(Stmt::Return(_))) {
            if let Some(last) = body.last() {
                let loc = self.location_of_end(last.range());
                self.unit().loc = loc;
            }
            self.emit_load_const(Constant::None);
            self.emit(Opcode::RETURN_VALUE, Arg::None);
        }
        Ok(())
    }

    fn location_of_end(&self, range: TextRange) -> ferropy_bytecode::Location {
        let (line, _) = self.lines.line_col(range.end().to_usize().saturating_sub(1).max(range.start().to_usize()));
        ferropy_bytecode::Location { line, end_line: line, col: 0, end_col: 0 }
    }

    /// Emits MAKE_FUNCTION for a finished code object, with its closure.
    pub fn emit_make_function(
        &mut self,
        scope: usize,
        code: std::rc::Rc<ferropy_bytecode::CodeObject>,
        mut flags: u32,
    ) -> CompileResult<()> {
        if self.emit_closure(scope)? {
            flags |= 8;
        }
        self.emit_load_const(Constant::Code(code));
        self.emit_arg(Opcode::MAKE_FUNCTION, flags);
        Ok(())
    }

    fn visit_class_def(&mut self, class: &'a ast::StmtClassDef) -> CompileResult<()> {
        if class.type_params.is_some() {
            return Err(CompileError::new("type parameter lists are Python 3.12 syntax", class.range));
        }
        self.visit_decorators(&class.decorator_list)?;
        let scope = self.table.scope_for(class.range);
        let qualname = self.make_qualname(&class.name.id);
        let firstlineno = match class.decorator_list.first() {
            Some(d) => self.line_of(d.range),
            None => self.line_of(class.range),
        };
        self.emit(Opcode::LOAD_BUILD_CLASS, Arg::None);
        self.enter_unit(scope, &class.name.id, &qualname, firstlineno);
        let result = self.visit_class_body(class, &qualname, scope);
        let code = self.leave_unit();
        result?;
        self.emit_make_function(scope, code, 0)?;
        self.emit_load_const(Constant::Str(class.name.id.as_str().into()));
        // The class body function and the name are the first two arguments.
        match class.arguments.as_deref() {
            Some(arguments) => self.visit_call_arguments(arguments, 2)?,
            None => self.emit_arg(Opcode::CALL_FUNCTION, 2),
        }
        self.apply_decorators(&class.decorator_list);
        self.store_name(&class.name.id, class.name.range)
    }

    fn visit_class_body(&mut self, class: &'a ast::StmtClassDef, qualname: &str, scope: usize) -> CompileResult<()> {
        let saved = self.set_loc(class.range);
        self.load_name("__name__", class.range)?;
        self.store_name("__module__", class.range)?;
        self.emit_load_const(Constant::Str(qualname.into()));
        self.store_name("__qualname__", class.range)?;
        self.restore_loc(saved);
        if self.table.scopes[scope].has_annotations {
            self.emit(Opcode::SETUP_ANNOTATIONS, Arg::None);
        }
        let body = self.docstring_prologue(&class.body, true)?;
        self.visit_body(body)?;
        if self.table.scopes[scope].needs_class_cell {
            let index = self.unit_ref().cellvars.iter().position(|c| c == "__class__").unwrap_or(0) as u32;
            self.emit_arg(Opcode::LOAD_CLOSURE, index);
            self.emit(Opcode::DUP_TOP, Arg::None);
            self.store_name("__classcell__", class.range)?;
        } else {
            self.emit_load_const(Constant::None);
        }
        self.emit(Opcode::RETURN_VALUE, Arg::None);
        Ok(())
    }

    // ----- assignment --------------------------------------------------

    /// Stores the value on top of the stack into an assignment target.
    pub fn visit_store_target(&mut self, target: &'a Expr) -> CompileResult<()> {
        let saved = self.set_loc(target.range());
        let result = self.visit_store_target_inner(target);
        self.restore_loc(saved);
        result
    }

    fn visit_store_target_inner(&mut self, target: &'a Expr) -> CompileResult<()> {
        match target {
            Expr::Name(name) => self.name_op(&name.id, NameCtx::Store, name.range),
            Expr::Attribute(attr) => {
                self.visit_expr(&attr.value)?;
                let name = self.mangle(&attr.attr.id);
                let i = self.name_index(&name);
                self.emit_arg(Opcode::STORE_ATTR, i);
                Ok(())
            }
            Expr::Subscript(sub) => {
                self.visit_expr(&sub.value)?;
                self.visit_subscript_index(&sub.slice)?;
                self.emit(Opcode::STORE_SUBSCR, Arg::None);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                self.visit_unpack(elts, target.range())
            }
            Expr::Starred(s) => Err(CompileError::new("starred assignment target must be in a list or tuple", s.range)),
            _ => Err(CompileError::new("cannot assign to expression", target.range())),
        }
    }

    fn visit_unpack(&mut self, elts: &'a [Expr], range: TextRange) -> CompileResult<()> {
        let starred: Vec<usize> =
            elts.iter().enumerate().filter(|(_, e)| matches!(e, Expr::Starred(_))).map(|(i, _)| i).collect();
        match starred.as_slice() {
            [] => self.emit_arg(Opcode::UNPACK_SEQUENCE, elts.len() as u32),
            [i] => {
                let before = *i as u32;
                let after = (elts.len() - i - 1) as u32;
                if before > 255 || after > (1 << 23) {
                    return Err(CompileError::new("too many expressions in star-unpacking assignment", range));
                }
                self.emit_arg(Opcode::UNPACK_EX, before | (after << 8));
            }
            _ => return Err(CompileError::new("multiple starred expressions in assignment", range)),
        }
        for elt in elts {
            match elt {
                Expr::Starred(s) => self.visit_store_target(&s.value)?,
                _ => self.visit_store_target(elt)?,
            }
        }
        Ok(())
    }

    fn visit_delete_target(&mut self, target: &'a Expr) -> CompileResult<()> {
        match target {
            Expr::Name(name) => self.name_op(&name.id, NameCtx::Del, name.range),
            Expr::Attribute(attr) => {
                self.visit_expr(&attr.value)?;
                let name = self.mangle(&attr.attr.id);
                let i = self.name_index(&name);
                self.emit_arg(Opcode::DELETE_ATTR, i);
                Ok(())
            }
            Expr::Subscript(sub) => {
                self.visit_expr(&sub.value)?;
                self.visit_subscript_index(&sub.slice)?;
                self.emit(Opcode::DELETE_SUBSCR, Arg::None);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for elt in elts {
                    self.visit_delete_target(elt)?;
                }
                Ok(())
            }
            _ => Err(CompileError::new("cannot delete expression", target.range())),
        }
    }

    fn visit_aug_assign(&mut self, aug: &'a ast::StmtAugAssign) -> CompileResult<()> {
        let op = inplace_opcode(aug.op);
        match aug.target.as_ref() {
            Expr::Name(name) => {
                self.name_op(&name.id, NameCtx::Load, name.range)?;
                self.visit_expr(&aug.value)?;
                self.emit(op, Arg::None);
                self.name_op(&name.id, NameCtx::Store, name.range)
            }
            Expr::Attribute(attr) => {
                self.visit_expr(&attr.value)?;
                self.emit(Opcode::DUP_TOP, Arg::None);
                let name = self.mangle(&attr.attr.id);
                let i = self.name_index(&name);
                self.emit_arg(Opcode::LOAD_ATTR, i);
                self.visit_expr(&aug.value)?;
                self.emit(op, Arg::None);
                self.emit(Opcode::ROT_TWO, Arg::None);
                self.emit_arg(Opcode::STORE_ATTR, i);
                Ok(())
            }
            Expr::Subscript(sub) => {
                self.visit_expr(&sub.value)?;
                self.visit_subscript_index(&sub.slice)?;
                self.emit(Opcode::DUP_TOP_TWO, Arg::None);
                self.emit(Opcode::BINARY_SUBSCR, Arg::None);
                self.visit_expr(&aug.value)?;
                self.emit(op, Arg::None);
                self.emit(Opcode::ROT_THREE, Arg::None);
                self.emit(Opcode::STORE_SUBSCR, Arg::None);
                Ok(())
            }
            other => Err(CompileError::new("illegal expression for augmented assignment", other.range())),
        }
    }

    fn visit_ann_assign(&mut self, ann: &'a ast::StmtAnnAssign) -> CompileResult<()> {
        if let Some(value) = &ann.value {
            self.visit_expr(value)?;
            self.visit_store_target(&ann.target)?;
        }
        let kind = self.unit_ref().kind;
        if kind == ScopeKind::Module || kind == ScopeKind::Class {
            match ann.target.as_ref() {
                Expr::Name(name) if ann.simple => {
                    self.visit_annotation(&ann.annotation)?;
                    let i = self.name_index("__annotations__");
                    self.emit_arg(Opcode::LOAD_NAME, i);
                    let mangled = self.mangle(&name.id);
                    self.emit_load_const(Constant::Str(mangled.into()));
                    self.emit(Opcode::STORE_SUBSCR, Arg::None);
                }
                target => {
                    // CPython evaluates the object of an attribute or
                    // subscript target, and the annotation, for errors only.
                    if ann.value.is_none() {
                        match target {
                            Expr::Attribute(a) => {
                                self.visit_expr(&a.value)?;
                                self.emit(Opcode::POP_TOP, Arg::None);
                            }
                            Expr::Subscript(s) => {
                                self.visit_expr(&s.value)?;
                                self.emit(Opcode::POP_TOP, Arg::None);
                                self.visit_expr(&s.slice)?;
                                self.emit(Opcode::POP_TOP, Arg::None);
                            }
                            _ => {}
                        }
                    }
                    // Under PEP 563 a complex target's annotation is not
                    // evaluated at all.
                    if !self.future_annotations() {
                        self.visit_expr(&ann.annotation)?;
                        self.emit(Opcode::POP_TOP, Arg::None);
                    }
                }
            }
        }
        Ok(())
    }

    // ----- control flow ------------------------------------------------

    fn visit_if(&mut self, if_stmt: &'a ast::StmtIf) -> CompileResult<()> {
        let end = self.new_label();
        let mut next = self.new_label();
        self.jump_if(&if_stmt.test, false, next)?;
        self.visit_body(&if_stmt.body)?;
        let clauses = &if_stmt.elif_else_clauses;
        if !clauses.is_empty() {
            self.emit_jump(Opcode::JUMP_FORWARD, end);
        }
        for (i, clause) in clauses.iter().enumerate() {
            self.bind(next);
            next = self.new_label();
            let saved = self.set_loc(clause.range);
            match &clause.test {
                Some(test) => {
                    self.jump_if(test, false, next)?;
                    self.visit_body(&clause.body)?;
                    if i + 1 < clauses.len() {
                        self.emit_jump(Opcode::JUMP_FORWARD, end);
                    }
                }
                None => self.visit_body(&clause.body)?,
            }
            self.restore_loc(saved);
        }
        self.bind(next);
        self.bind(end);
        Ok(())
    }

    fn visit_while(&mut self, while_stmt: &'a ast::StmtWhile) -> CompileResult<()> {
        let start = self.new_label();
        let orelse = self.new_label();
        let exit = self.new_label();
        self.bind(start);
        self.jump_if(&while_stmt.test, false, orelse)?;
        self.push_fblock(FBlock::While { start, exit });
        self.visit_body(&while_stmt.body)?;
        self.pop_fblock();
        self.emit_jump(Opcode::JUMP_ABSOLUTE, start);
        self.bind(orelse);
        self.visit_body(&while_stmt.orelse)?;
        self.bind(exit);
        Ok(())
    }

    fn visit_for(&mut self, for_stmt: &'a ast::StmtFor) -> CompileResult<()> {
        if for_stmt.is_async && !self.in_async_function() {
            return Err(CompileError::new("'async for' outside async function", for_stmt.range));
        }
        let start = self.new_label();
        let cleanup = self.new_label();
        let exit = self.new_label();
        self.visit_expr(&for_stmt.iter)?;
        if for_stmt.is_async {
            return self.visit_async_for(for_stmt, start, exit);
        }
        self.emit(Opcode::GET_ITER, Arg::None);
        self.bind(start);
        self.emit_jump(Opcode::FOR_ITER, cleanup);
        self.push_fblock(FBlock::For { start, exit });
        self.visit_store_target(&for_stmt.target)?;
        self.visit_body(&for_stmt.body)?;
        self.pop_fblock();
        self.emit_jump(Opcode::JUMP_ABSOLUTE, start);
        self.bind(cleanup);
        self.visit_body(&for_stmt.orelse)?;
        self.bind(exit);
        Ok(())
    }

    fn visit_async_for(
        &mut self,
        for_stmt: &'a ast::StmtFor,
        start: crate::codegen::Label,
        exit: crate::codegen::Label,
    ) -> CompileResult<()> {
        // async for: GET_AITER, then per item: a protected GET_ANEXT/await;
        // StopAsyncIteration ends the loop via END_ASYNC_FOR.
        let except = self.new_label();
        let orelse = self.new_label();
        self.emit(Opcode::GET_AITER, Arg::None);
        self.bind(start);
        self.push_fblock(FBlock::For { start, exit });
        self.push_handler(except, 0, false);
        self.emit(Opcode::GET_ANEXT, Arg::None);
        self.emit_load_const(Constant::None);
        self.emit(Opcode::YIELD_FROM, Arg::None);
        self.pop_handler();
        self.visit_store_target(&for_stmt.target)?;
        self.visit_body(&for_stmt.body)?;
        self.pop_fblock();
        self.emit_jump(Opcode::JUMP_ABSOLUTE, start);
        self.bind(except);
        self.emit(Opcode::END_ASYNC_FOR, Arg::None);
        self.bind(orelse);
        self.visit_body(&for_stmt.orelse)?;
        self.bind(exit);
        Ok(())
    }

    // ----- exceptions --------------------------------------------------

    fn visit_try_handlers(&mut self, t: &'a ast::StmtTry) -> CompileResult<()> {
        if t.is_star {
            self.visit_try_star(t)
        } else {
            self.visit_try_except(t)
        }
    }

    /// `try` with `except*` clauses (PEP 654), as CPython 3.11 compiles
    /// it. Below the handled exception's predecessor the stack keeps the
    /// original exception, the list of what the clauses raised, and the
    /// part not matched yet, which each clause splits further
    /// (CHECK_EG_MATCH); PREP_RERAISE_STAR then makes what is raised.
    fn visit_try_star(&mut self, t: &'a ast::StmtTry) -> CompileResult<()> {
        let (end, cleanup, saved) = self.visit_try_prologue(t)?;
        let reraise = self.new_label();
        // Stack: prev, orig, raised list, rest.
        self.emit_arg(Opcode::COPY, 1);
        self.emit_arg(Opcode::BUILD_LIST, 0);
        self.emit_arg(Opcode::SWAP, 2);
        for handler in &t.handlers {
            let ExceptHandler::ExceptHandler(handler) = handler;
            self.set_loc(handler.range);
            let Some(type_) = &handler.type_ else {
                return Err(CompileError::new("expected one or more exception types", handler.range));
            };
            let no_match = self.new_label();
            let next = self.new_label();
            self.visit_expr(type_)?;
            // Stack: prev, orig, list, rest, match (None when nothing matched).
            self.emit(Opcode::CHECK_EG_MATCH, Arg::None);
            self.emit_arg(Opcode::COPY, 1);
            self.emit_load_const(Constant::None);
            self.emit_arg(Opcode::COMPARE_OP, IS_COMPARISON);
            self.emit_jump(Opcode::POP_JUMP_IF_TRUE, no_match);
            match &handler.name {
                Some(name) => self.store_name(&name.id, name.range)?,
                None => self.emit(Opcode::POP_TOP, Arg::None),
            }
            // An exception from the clause's body joins the list.
            let raised = self.new_label();
            self.push_fblock(FBlock::ExceptStarHandler);
            self.push_handler(raised, 4, true);
            self.visit_body(&handler.body)?;
            self.pop_handler();
            self.pop_fblock();
            if let Some(name) = &handler.name {
                self.clear_name(&name.id)?;
            }
            self.emit_jump(Opcode::JUMP_FORWARD, next);
            // Stack: prev, orig, list, rest, lasti, raised.
            self.bind(raised);
            if let Some(name) = &handler.name {
                self.clear_name(&name.id)?;
            }
            self.emit_arg(Opcode::LIST_APPEND, 3);
            self.emit(Opcode::POP_TOP, Arg::None);
            self.emit_jump(Opcode::JUMP_FORWARD, next);
            self.bind(no_match);
            self.emit(Opcode::POP_TOP, Arg::None);
            self.bind(next);
        }
        // The rest goes last in the list; what is left to raise replaces
        // orig and the list.
        self.emit_arg(Opcode::LIST_APPEND, 1);
        self.emit(Opcode::PREP_RERAISE_STAR, Arg::None);
        self.emit_arg(Opcode::COPY, 1);
        self.emit_load_const(Constant::None);
        self.emit_arg(Opcode::COMPARE_OP, IS_COMPARISON);
        self.emit_jump(Opcode::POP_JUMP_IF_FALSE, reraise);
        self.emit(Opcode::POP_TOP, Arg::None);
        self.emit(Opcode::POP_EXCEPT, Arg::None);
        self.emit_jump(Opcode::JUMP_FORWARD, end);
        self.pop_handler();
        // Stack: prev, exception to raise.
        self.bind(reraise);
        self.emit_arg(Opcode::SWAP, 2);
        self.emit(Opcode::POP_EXCEPT, Arg::None);
        self.emit_arg(Opcode::RERAISE, 0);
        // Stack: prev, lasti, exc.
        self.bind(cleanup);
        self.emit_pop_except_and_reraise();
        self.restore_loc(saved);
        self.bind(end);
        Ok(())
    }

    /// What `except` and `except*` share: the body under a handler, the
    /// else body, and the handler's entry (the exception pushed as the
    /// handled one under a cleanup handler). Returns the end label, the
    /// cleanup label and the location to restore.
    fn visit_try_prologue(&mut self, t: &'a ast::StmtTry) -> CompileResult<(Label, Label, ferropy_bytecode::Location)> {
        let except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.push_fblock(FBlock::TryExcept);
        self.push_handler(except, 0, false);
        self.visit_body(&t.body)?;
        self.pop_handler();
        self.pop_fblock();
        self.visit_body(&t.orelse)?;
        self.emit_jump(Opcode::JUMP_FORWARD, end);
        // Stack here: exc.
        self.bind(except);
        let handler_loc = t.handlers.first().map(|h| h.range()).unwrap_or(t.range);
        let saved = self.set_loc(handler_loc);
        self.push_handler(cleanup, 1, true);
        self.emit(Opcode::PUSH_EXC_INFO, Arg::None);
        Ok((end, cleanup, saved))
    }

    fn visit_try_except(&mut self, t: &'a ast::StmtTry) -> CompileResult<()> {
        let (end, cleanup, saved) = self.visit_try_prologue(t)?;
        // Stack: prev, exc.
        for (i, handler) in t.handlers.iter().enumerate() {
            let ExceptHandler::ExceptHandler(handler) = handler;
            self.set_loc(handler.range);
            let next = self.new_label();
            match &handler.type_ {
                Some(type_) => {
                    self.visit_expr(type_)?;
                    self.emit(Opcode::CHECK_EXC_MATCH, Arg::None);
                    self.emit_jump(Opcode::POP_JUMP_IF_FALSE, next);
                }
                None => {
                    if i + 1 < t.handlers.len() {
                        return Err(CompileError::new("default 'except:' must be last", handler.range));
                    }
                }
            }
            match &handler.name {
                Some(name) => {
                    self.store_name(&name.id, name.range)?;
                    // Stack: prev. A named handler cleans up its name even
                    // when its body raises.
                    let name_cleanup = self.new_label();
                    self.push_fblock(FBlock::HandlerCleanup { name: Some(name.id.to_string()) });
                    self.push_handler(name_cleanup, 0, true);
                    self.visit_body(&handler.body)?;
                    self.pop_handler();
                    self.pop_fblock();
                    self.emit(Opcode::POP_EXCEPT, Arg::None);
                    self.clear_name(&name.id)?;
                    self.emit_jump(Opcode::JUMP_FORWARD, end);
                    // Stack: prev, lasti, exc2.
                    self.bind(name_cleanup);
                    self.clear_name(&name.id)?;
                    self.emit_arg(Opcode::RERAISE, 1);
                }
                None => {
                    self.emit(Opcode::POP_TOP, Arg::None);
                    self.push_fblock(FBlock::HandlerCleanup { name: None });
                    self.visit_body(&handler.body)?;
                    self.pop_fblock();
                    self.emit(Opcode::POP_EXCEPT, Arg::None);
                    self.emit_jump(Opcode::JUMP_FORWARD, end);
                }
            }
            self.bind(next);
        }
        // No clause matched: re-raise with prev, exc on the stack.
        self.emit_arg(Opcode::RERAISE, 0);
        self.pop_handler();
        // Stack: prev, lasti, exc.
        self.bind(cleanup);
        self.emit_pop_except_and_reraise();
        self.restore_loc(saved);
        self.bind(end);
        Ok(())
    }

    fn emit_pop_except_and_reraise(&mut self) {
        self.emit_arg(Opcode::COPY, 3);
        self.emit(Opcode::POP_EXCEPT, Arg::None);
        self.emit_arg(Opcode::RERAISE, 1);
    }

    fn visit_try_finally(&mut self, t: &'a ast::StmtTry) -> CompileResult<()> {
        let exceptional = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.push_fblock(FBlock::FinallyTry { body: &t.finalbody });
        self.push_handler(exceptional, 0, false);
        if t.handlers.is_empty() {
            self.visit_body(&t.body)?;
            self.visit_body(&t.orelse)?;
        } else {
            self.visit_try_handlers(t)?;
        }
        self.pop_handler();
        self.pop_fblock();
        self.visit_body(&t.finalbody)?;
        self.emit_jump(Opcode::JUMP_FORWARD, end);

        // Stack: exc.
        self.bind(exceptional);
        self.push_handler(cleanup, 1, true);
        self.emit(Opcode::PUSH_EXC_INFO, Arg::None);
        self.push_fblock(FBlock::FinallyEnd);
        self.visit_body(&t.finalbody)?;
        self.pop_fblock();
        self.emit_arg(Opcode::RERAISE, 0);
        self.pop_handler();
        self.bind(cleanup);
        self.emit_pop_except_and_reraise();
        self.bind(end);
        Ok(())
    }

    fn visit_with(&mut self, with: &'a ast::StmtWith, item: usize) -> CompileResult<()> {
        if item == 0 && with.is_async && !self.in_async_function() {
            return Err(CompileError::new("'async with' outside async function", with.range));
        }
        let Some(with_item) = with.items.get(item) else {
            return self.visit_body(&with.body);
        };
        let is_async = with.is_async;
        let exceptional = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        self.visit_expr(&with_item.context_expr)?;
        if is_async {
            self.emit(Opcode::BEFORE_ASYNC_WITH, Arg::None);
            self.emit(Opcode::GET_AWAITABLE, Arg::None);
            self.emit_load_const(Constant::None);
            self.emit(Opcode::YIELD_FROM, Arg::None);
        } else {
            self.emit(Opcode::BEFORE_WITH, Arg::None);
        }
        // Stack: exit, value.
        self.push_fblock(FBlock::With { is_async });
        self.push_handler(exceptional, 0, true);
        match &with_item.optional_vars {
            Some(target) => self.visit_store_target(target)?,
            None => self.emit(Opcode::POP_TOP, Arg::None),
        }
        self.visit_with(with, item + 1)?;
        self.pop_handler();
        self.pop_fblock();
        let saved = self.set_loc(with.range);
        self.emit_exit_call(is_async);
        self.emit_jump(Opcode::JUMP_FORWARD, end);

        // Stack: exit, lasti, exc.
        self.bind(exceptional);
        self.push_handler(cleanup, 3, true);
        self.emit(Opcode::PUSH_EXC_INFO, Arg::None);
        // Stack: exit, lasti, prev, exc.
        self.emit(Opcode::WITH_EXCEPT_START, Arg::None);
        if is_async {
            self.emit(Opcode::GET_AWAITABLE, Arg::None);
            self.emit_load_const(Constant::None);
            self.emit(Opcode::YIELD_FROM, Arg::None);
        }
        self.emit_jump(Opcode::POP_JUMP_IF_TRUE, suppress);
        self.emit_arg(Opcode::RERAISE, 2);
        self.bind(suppress);
        self.emit(Opcode::POP_TOP, Arg::None);
        self.pop_handler();
        self.emit(Opcode::POP_EXCEPT, Arg::None);
        self.emit(Opcode::POP_TOP, Arg::None);
        self.emit(Opcode::POP_TOP, Arg::None);
        self.emit_jump(Opcode::JUMP_FORWARD, end);
        // Stack: exit, lasti, prev, lasti2, exc2.
        self.bind(cleanup);
        self.emit_pop_except_and_reraise();
        self.restore_loc(saved);
        self.bind(end);
        Ok(())
    }

    // ----- imports -----------------------------------------------------

    fn visit_import(&mut self, import: &'a ast::StmtImport) -> CompileResult<()> {
        // Like CPython, every instruction points at the whole statement.
        for alias in &import.names {
            self.emit_load_const(Constant::Int(0));
            self.emit_load_const(Constant::None);
            let full = alias.name.id.as_str();
            let i = self.name_index(full);
            self.emit_arg(Opcode::IMPORT_NAME, i);
            match &alias.asname {
                Some(asname) => {
                    for part in full.split('.').skip(1) {
                        let i = self.name_index(part);
                        self.emit_arg(Opcode::IMPORT_FROM, i);
                        self.emit(Opcode::ROT_TWO, Arg::None);
                        self.emit(Opcode::POP_TOP, Arg::None);
                    }
                    self.store_name(&asname.id, asname.range)?;
                }
                None => {
                    let top = full.split('.').next().unwrap_or(full);
                    self.store_name(top, alias.range)?;
                }
            }
        }
        Ok(())
    }

    fn visit_import_from(&mut self, import: &'a ast::StmtImportFrom) -> CompileResult<()> {
        if crate::future::is_future_import(import) && !self.future_imports.contains(&import.range.start()) {
            return Err(crate::future::misplaced(import));
        }
        self.emit_load_const(Constant::Int(import.level as i64));
        let names: Vec<Constant> = import.names.iter().map(|a| Constant::Str(a.name.id.as_str().into())).collect();
        self.emit_load_const(Constant::Tuple(names.into()));
        let module = import.module.as_ref().map(|m| m.id.as_str()).unwrap_or("");
        let i = self.name_index(module);
        self.emit_arg(Opcode::IMPORT_NAME, i);
        if import.names.len() == 1 && import.names[0].name.id.as_str() == "*" {
            self.emit(Opcode::IMPORT_STAR, Arg::None);
            return Ok(());
        }
        for alias in &import.names {
            let i = self.name_index(alias.name.id.as_str());
            self.emit_arg(Opcode::IMPORT_FROM, i);
            let bound = alias.asname.as_ref().unwrap_or(&alias.name);
            self.store_name(&bound.id, bound.range)?;
        }
        self.emit(Opcode::POP_TOP, Arg::None);
        Ok(())
    }
}

pub fn inplace_opcode(op: ast::Operator) -> Opcode {
    use ast::Operator::*;
    match op {
        Add => Opcode::INPLACE_ADD,
        Sub => Opcode::INPLACE_SUBTRACT,
        Mult => Opcode::INPLACE_MULTIPLY,
        MatMult => Opcode::INPLACE_MATRIX_MULTIPLY,
        Div => Opcode::INPLACE_TRUE_DIVIDE,
        Mod => Opcode::INPLACE_MODULO,
        Pow => Opcode::INPLACE_POWER,
        LShift => Opcode::INPLACE_LSHIFT,
        RShift => Opcode::INPLACE_RSHIFT,
        BitOr => Opcode::INPLACE_OR,
        BitXor => Opcode::INPLACE_XOR,
        BitAnd => Opcode::INPLACE_AND,
        FloorDiv => Opcode::INPLACE_FLOOR_DIVIDE,
    }
}

pub fn binary_opcode(op: ast::Operator) -> Opcode {
    use ast::Operator::*;
    match op {
        Add => Opcode::BINARY_ADD,
        Sub => Opcode::BINARY_SUBTRACT,
        Mult => Opcode::BINARY_MULTIPLY,
        MatMult => Opcode::BINARY_MATRIX_MULTIPLY,
        Div => Opcode::BINARY_TRUE_DIVIDE,
        Mod => Opcode::BINARY_MODULO,
        Pow => Opcode::BINARY_POWER,
        LShift => Opcode::BINARY_LSHIFT,
        RShift => Opcode::BINARY_RSHIFT,
        BitOr => Opcode::BINARY_OR,
        BitXor => Opcode::BINARY_XOR,
        BitAnd => Opcode::BINARY_AND,
        FloorDiv => Opcode::BINARY_FLOOR_DIVIDE,
    }
}
