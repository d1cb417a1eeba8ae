//! Code generation: one `Unit` per code object being built, a stack of them
//! for nested functions, classes and comprehensions.
//!
//! Instructions are emitted with symbolic labels; every instruction carries
//! the source location and the exception handler in effect when it was
//! emitted. Handlers are pushed and popped in step with `FBlock`s, the
//! compiler's record of the enclosing loops, `try` and `with` statements:
//! `break`, `continue` and `return` use them to run the cleanup code of each
//! block they leave.

pub(crate) mod expr;
mod pattern;
mod stmt;
mod unparse;
mod warnings;

use std::collections::HashMap;
use std::rc::Rc;

use ferropy_bytecode::{CodeFlags, CodeObject, Constant, Location, Opcode};
use ferropy_syntax::{LineIndex, SyntaxError};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::assemble;
use crate::error::{CompileError, CompileResult};
use crate::symtable::{mangle, NameScope, ScopeId, ScopeKind, SymbolTable};
use crate::{CompileWarning, Options};

/// A jump target, resolved by the assembler.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Label(pub usize);

#[derive(Clone, Copy, Debug)]
pub enum Arg {
    None,
    Num(u32),
    Label(Label),
}

/// The exception handler covering an instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Handler {
    pub label: Label,
    pub depth: u32,
    pub push_lasti: bool,
}

#[derive(Clone, Debug)]
pub struct Instr {
    pub op: Opcode,
    pub arg: Arg,
    pub loc: Location,
    pub handler: Option<Handler>,
}

/// An enclosing construct that `break`, `continue` or `return` must clean up.
#[derive(Clone, Debug)]
pub enum FBlock<'a> {
    While {
        start: Label,
        exit: Label,
    },
    For {
        start: Label,
        exit: Label,
    },
    /// The body of a `try` with `except` clauses.
    TryExcept,
    /// The body of a `try` with a `finally`: leaving runs the final body.
    FinallyTry {
        body: &'a [Stmt],
    },
    /// The final body run for an exception: prev and exc are on the stack.
    FinallyEnd,
    /// The body of a `with`: the `__exit__` method is on the stack.
    With {
        is_async: bool,
    },
    /// The body of an `except` clause: the previous exception is on the
    /// stack; a named handler deletes its name on the way out.
    HandlerCleanup {
        name: Option<String>,
    },
    /// A value kept on the stack (a return value while `finally` runs).
    PopValue,
    /// The body of an `except*` clause: nothing may leave it but the end
    /// or an exception, so it is never unwound.
    ExceptStarHandler,
}

impl FBlock<'_> {
    /// Values this block keeps on the stack while its body runs.
    fn stack_items(&self) -> u32 {
        match self {
            FBlock::For { .. } | FBlock::With { .. } | FBlock::HandlerCleanup { .. } | FBlock::PopValue => 1,
            FBlock::FinallyEnd => 2,
            // prev, orig, the raised list and the rest.
            FBlock::ExceptStarHandler => 4,
            FBlock::While { .. } | FBlock::TryExcept | FBlock::FinallyTry { .. } => 0,
        }
    }
}

struct FBlockEntry<'a> {
    block: FBlock<'a>,
    /// How many handlers were active when the block was entered.
    handlers: usize,
}

/// One code object under construction.
pub struct Unit<'a> {
    scope: ScopeId,
    kind: ScopeKind,
    name: String,
    qualname: String,
    instrs: Vec<Instr>,
    labels: Vec<Option<usize>>,
    consts: Vec<Constant>,
    names: Vec<String>,
    name_index: HashMap<String, u32>,
    /// `consts` slots by `Constant::share_hash`, so adding is not a scan.
    const_index: HashMap<u64, Vec<u32>>,
    varnames: Vec<String>,
    varname_index: HashMap<String, u32>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    flags: u32,
    firstlineno: u32,
    loc: Location,
    fblocks: Vec<FBlockEntry<'a>>,
    handlers: Vec<Handler>,
}

pub struct Compiler<'a> {
    source: &'a str,
    filename: String,
    lines: LineIndex,
    table: SymbolTable,
    units: Vec<Unit<'a>>,
    interactive: bool,
    options: Options,
    depth: u32,
    warnings: Vec<CompileWarning>,
    /// Where the module's leading future statements start.
    future_imports: Vec<ruff_text_size::TextSize>,
}

/// Recursion guard: the syntax pre-scan bounds nesting, this is a backstop.
const MAX_DEPTH: u32 = 4000;

pub fn compile_module(
    source: &str,
    filename: &str,
    module: &ast::ModModule,
    interactive: bool,
    options: Options,
) -> Result<(Rc<CodeObject>, Vec<CompileWarning>), SyntaxError> {
    let futures = crate::future::scan(&module.body).map_err(|e| e.into_syntax_error(source))?;
    let mut options = options;
    options.flags |= futures.flags;
    let future_annotations = options.flags & crate::future::ANNOTATIONS != 0;
    let top_level_await = options.flags & crate::future::ALLOW_TOP_LEVEL_AWAIT != 0;
    let table = SymbolTable::build_module(&module.body, future_annotations, top_level_await)
        .map_err(|e| e.into_syntax_error(source))?;
    let mut compiler = Compiler::new(source, filename, table, interactive, options);
    compiler.future_imports = futures.allowed;
    let code = compiler.compile_module_body(&module.body).map_err(|e| e.into_syntax_error(source))?;
    Ok((code, compiler.warnings))
}

pub fn compile_expression(
    source: &str,
    filename: &str,
    expr: &ast::ModExpression,
    options: Options,
) -> Result<(Rc<CodeObject>, Vec<CompileWarning>), SyntaxError> {
    let future_annotations = options.flags & crate::future::ANNOTATIONS != 0;
    let top_level_await = options.flags & crate::future::ALLOW_TOP_LEVEL_AWAIT != 0;
    let table = SymbolTable::build_expression(&expr.body, future_annotations, top_level_await)
        .map_err(|e| e.into_syntax_error(source))?;
    let mut compiler = Compiler::new(source, filename, table, false, options);
    let result = (|| {
        compiler.enter_unit(0, "<module>", "<module>", 1);
        compiler.visit_expr(&expr.body)?;
        compiler.emit(Opcode::RETURN_VALUE, Arg::None);
        Ok(compiler.leave_unit())
    })();
    let code = result.map_err(|e: CompileError| e.into_syntax_error(source))?;
    Ok((code, compiler.warnings))
}

impl<'a> Compiler<'a> {
    /// Whether annotations are kept as strings (PEP 563).
    fn future_annotations(&self) -> bool {
        self.options.flags & crate::future::ANNOTATIONS != 0
    }

    /// An annotation's value: the expression, or under PEP 563 its text.
    fn visit_annotation(&mut self, annotation: &'a Expr) -> CompileResult<()> {
        if !self.future_annotations() {
            return self.visit_expr(annotation);
        }
        let repr = self.options.constant_repr.unwrap_or(|c| format!("{c:?}"));
        let text = unparse::unparse_annotation(annotation, self.source, repr);
        self.emit_load_const(Constant::Str(text.into()));
        Ok(())
    }

    fn new(source: &'a str, filename: &str, table: SymbolTable, interactive: bool, options: Options) -> Compiler<'a> {
        Compiler {
            source,
            filename: filename.to_string(),
            lines: LineIndex::new(source),
            table,
            units: Vec::new(),
            interactive,
            options,
            depth: 0,
            warnings: Vec::new(),
            future_imports: Vec::new(),
        }
    }

    fn compile_module_body(&mut self, body: &'a [Stmt]) -> CompileResult<Rc<CodeObject>> {
        let firstlineno = 1;
        self.enter_unit(0, "<module>", "<module>", firstlineno);
        if self.table.scopes[0].has_annotations {
            self.emit(Opcode::SETUP_ANNOTATIONS, Arg::None);
        }
        // Interactive input has no docstring: a leading string is shown.
        let body = if self.interactive { body } else { self.docstring_prologue(body, true)? };
        if self.interactive {
            for stmt in body {
                self.visit_stmt(stmt)?;
            }
        } else {
            self.visit_body(body)?;
        }
        self.emit_load_const(Constant::None);
        self.emit(Opcode::RETURN_VALUE, Arg::None);
        Ok(self.leave_unit())
    }

    /// Stores a leading docstring as `__doc__` (modules and classes) and
    /// returns the rest of the body.
    fn docstring_prologue(&mut self, body: &'a [Stmt], store: bool) -> CompileResult<&'a [Stmt]> {
        if let Some(doc) = docstring(body) {
            if self.options.optimize < 2 && store {
                self.set_loc(body[0].range());
                self.emit_load_const(Constant::Str(doc.into()));
                self.store_name("__doc__", body[0].range())?;
            }
            return Ok(&body[1..]);
        }
        Ok(body)
    }

    // ----- units -------------------------------------------------------

    fn enter_unit(&mut self, scope: ScopeId, name: &str, qualname: &str, firstlineno: u32) {
        let s = &self.table.scopes[scope];
        let mut unit = Unit {
            scope,
            kind: s.kind,
            name: name.to_string(),
            qualname: qualname.to_string(),
            instrs: Vec::new(),
            labels: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            const_index: HashMap::new(),
            varnames: Vec::new(),
            varname_index: HashMap::new(),
            cellvars: s.cellvars.clone(),
            freevars: s.freevars.clone(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: 0,
            firstlineno,
            loc: Location { line: firstlineno, end_line: firstlineno, col: 0, end_col: 0 },
            fblocks: Vec::new(),
            handlers: Vec::new(),
        };
        if s.is_function_like() {
            unit.flags |= CodeFlags::OPTIMIZED | CodeFlags::NEWLOCALS;
            for param in &s.params {
                let index = unit.varnames.len() as u32;
                unit.varname_index.insert(param.clone(), index);
                unit.varnames.push(param.clone());
            }
        }
        if s.is_generator && s.is_coroutine && s.kind == ScopeKind::Function {
            unit.flags |= CodeFlags::ASYNC_GENERATOR;
        } else if s.is_generator {
            unit.flags |= CodeFlags::GENERATOR;
        } else if s.is_coroutine {
            unit.flags |= CodeFlags::COROUTINE;
        }
        if s.is_generator && s.is_coroutine && s.kind == ScopeKind::Comprehension {
            unit.flags = (unit.flags & !CodeFlags::GENERATOR) | CodeFlags::ASYNC_GENERATOR;
        }
        if self.units.iter().any(|u| matches!(u.kind, ScopeKind::Function | ScopeKind::Comprehension)) {
            unit.flags |= CodeFlags::NESTED;
        }
        unit.flags |= self.options.flags & crate::future::FUTURE_MASK;
        self.units.push(unit);
    }

    fn leave_unit(&mut self) -> Rc<CodeObject> {
        let unit = self.units.pop().expect("a unit is open");
        Rc::new(assemble::assemble(unit, &self.filename))
    }

    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit is open")
    }

    fn unit_ref(&self) -> &Unit<'a> {
        self.units.last().expect("a unit is open")
    }

    // ----- emission ----------------------------------------------------

    pub fn new_label(&mut self) -> Label {
        let unit = self.unit();
        unit.labels.push(None);
        Label(unit.labels.len() - 1)
    }

    pub fn bind(&mut self, label: Label) {
        let unit = self.unit();
        unit.labels[label.0] = Some(unit.instrs.len());
    }

    pub fn emit(&mut self, op: Opcode, arg: Arg) {
        let unit = self.unit();
        let handler = unit.handlers.last().copied();
        let loc = unit.loc;
        unit.instrs.push(Instr { op, arg, loc, handler });
    }

    pub fn emit_arg(&mut self, op: Opcode, arg: u32) {
        self.emit(op, Arg::Num(arg));
    }

    pub fn emit_jump(&mut self, op: Opcode, target: Label) {
        self.emit(op, Arg::Label(target));
    }

    fn location(&self, range: TextRange) -> Location {
        let (line, col) = self.lines.line_col(range.start().to_usize());
        let (end_line, end_col) = self.lines.line_col(range.end().to_usize());
        Location { line, end_line, col, end_col }
    }

    /// Makes following instructions report this source range.
    pub fn set_loc(&mut self, range: TextRange) -> Location {
        let loc = self.location(range);
        std::mem::replace(&mut self.unit().loc, loc)
    }

    pub fn restore_loc(&mut self, loc: Location) {
        self.unit().loc = loc;
    }

    /// Records a SyntaxWarning at a source range.
    pub fn warn(&mut self, msg: impl Into<String>, range: TextRange) {
        let lineno = self.line_of(range);
        self.warnings.push(CompileWarning { msg: msg.into(), lineno });
    }

    pub fn line_of(&self, range: TextRange) -> u32 {
        self.lines.line_col(range.start().to_usize()).0
    }

    fn enter_depth(&mut self, range: TextRange) -> CompileResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(CompileError::new("too many nested expressions", range));
        }
        Ok(())
    }

    fn leave_depth(&mut self) {
        self.depth -= 1;
    }

    // ----- constants and names -----------------------------------------

    pub fn add_const(&mut self, constant: Constant) -> u32 {
        let unit = self.unit();
        let hash = constant.share_hash();
        if let Some(slots) = hash.and_then(|h| unit.const_index.get(&h)) {
            if let Some(&i) = slots.iter().find(|&&i| unit.consts[i as usize].same_as(&constant)) {
                return i;
            }
        }
        let index = unit.consts.len() as u32;
        unit.consts.push(constant);
        if let Some(h) = hash {
            unit.const_index.entry(h).or_default().push(index);
        }
        index
    }

    pub fn emit_load_const(&mut self, constant: Constant) {
        let index = self.add_const(constant);
        self.emit_arg(Opcode::LOAD_CONST, index);
    }

    fn mangle(&self, name: &str) -> String {
        let scope = &self.table.scopes[self.unit_ref().scope];
        let class_name =
            if scope.kind == ScopeKind::Class { Some(scope.name.as_str()) } else { scope.class_name.as_deref() };
        mangle(class_name, name)
    }

    pub fn name_index(&mut self, name: &str) -> u32 {
        let unit = self.unit();
        if let Some(&i) = unit.name_index.get(name) {
            return i;
        }
        let i = unit.names.len() as u32;
        unit.names.push(name.to_string());
        unit.name_index.insert(name.to_string(), i);
        i
    }

    fn varname_index(&mut self, name: &str) -> u32 {
        let unit = self.unit();
        if let Some(&i) = unit.varname_index.get(name) {
            return i;
        }
        let i = unit.varnames.len() as u32;
        unit.varnames.push(name.to_string());
        unit.varname_index.insert(name.to_string(), i);
        i
    }

    fn deref_index(&self, name: &str) -> u32 {
        let unit = self.unit_ref();
        if let Some(i) = unit.cellvars.iter().position(|n| n == name) {
            return i as u32;
        }
        let i = unit.freevars.iter().position(|n| n == name).unwrap_or(0);
        (unit.cellvars.len() + i) as u32
    }

    /// Emits the instruction that loads, stores or deletes a name, chosen by
    /// the name's scope and the kind of code being compiled.
    pub fn name_op(&mut self, name: &str, ctx: NameCtx, range: TextRange) -> CompileResult<()> {
        if name == "__debug__" {
            if ctx == NameCtx::Load {
                self.emit_load_const(Constant::Bool(self.options.optimize == 0));
                return Ok(());
            }
            return Err(CompileError::new("cannot assign to __debug__", range));
        }
        let mangled = self.mangle(name);
        let scope_id = self.unit_ref().scope;
        let scope = &self.table.scopes[scope_id];
        let kind = scope.kind;
        let (name_scope, flags) = match scope.lookup(&mangled) {
            Some(sym) => (sym.scope, sym.flags),
            None => (NameScope::GlobalImplicit, 0),
        };
        let _ = flags;
        let in_class = kind == ScopeKind::Class;
        let optimized = scope.is_function_like();
        let is_cell_here = self.unit_ref().cellvars.iter().any(|c| c == &mangled);
        let is_free_here = self.unit_ref().freevars.iter().any(|c| c == &mangled);
        enum Kind {
            Fast,
            Global,
            Deref,
            Name,
            ClassDeref,
        }
        let op_kind = match name_scope {
            NameScope::Free => {
                if in_class {
                    Kind::ClassDeref
                } else {
                    Kind::Deref
                }
            }
            NameScope::Cell => Kind::Deref,
            NameScope::Local => {
                if optimized {
                    Kind::Fast
                } else {
                    Kind::Name
                }
            }
            NameScope::GlobalImplicit => {
                if optimized {
                    Kind::Global
                } else {
                    Kind::Name
                }
            }
            NameScope::GlobalExplicit => Kind::Global,
        };
        let op_kind = match op_kind {
            Kind::Deref | Kind::ClassDeref if !(is_cell_here || is_free_here) => {
                if optimized {
                    Kind::Fast
                } else {
                    Kind::Name
                }
            }
            other => other,
        };
        match op_kind {
            Kind::Fast => {
                let i = self.varname_index(&mangled);
                let op = match ctx {
                    NameCtx::Load => Opcode::LOAD_FAST,
                    NameCtx::Store => Opcode::STORE_FAST,
                    NameCtx::Del => Opcode::DELETE_FAST,
                };
                self.emit_arg(op, i);
            }
            Kind::Global => {
                let i = self.name_index(&mangled);
                let op = match ctx {
                    NameCtx::Load => Opcode::LOAD_GLOBAL,
                    NameCtx::Store => Opcode::STORE_GLOBAL,
                    NameCtx::Del => Opcode::DELETE_GLOBAL,
                };
                self.emit_arg(op, i);
            }
            Kind::Deref | Kind::ClassDeref => {
                let i = self.deref_index(&mangled);
                let op = match (ctx, op_kind) {
                    (NameCtx::Load, Kind::ClassDeref) => Opcode::LOAD_CLASSDEREF,
                    (NameCtx::Load, _) => Opcode::LOAD_DEREF,
                    (NameCtx::Store, _) => Opcode::STORE_DEREF,
                    (NameCtx::Del, _) => Opcode::DELETE_DEREF,
                };
                self.emit_arg(op, i);
            }
            Kind::Name => {
                let i = self.name_index(&mangled);
                let op = match ctx {
                    NameCtx::Load => Opcode::LOAD_NAME,
                    NameCtx::Store => Opcode::STORE_NAME,
                    NameCtx::Del => Opcode::DELETE_NAME,
                };
                self.emit_arg(op, i);
            }
        }
        Ok(())
    }

    pub fn store_name(&mut self, name: &str, range: TextRange) -> CompileResult<()> {
        self.name_op(name, NameCtx::Store, range)
    }

    pub fn load_name(&mut self, name: &str, range: TextRange) -> CompileResult<()> {
        self.name_op(name, NameCtx::Load, range)
    }

    // ----- blocks and handlers -----------------------------------------

    /// The stack depth below the current statement: the values kept by all
    /// enclosing blocks.
    fn base_depth(&self) -> u32 {
        self.unit_ref().fblocks.iter().map(|f| f.block.stack_items()).sum()
    }

    pub fn push_fblock(&mut self, block: FBlock<'a>) {
        let unit = self.unit();
        let handlers = unit.handlers.len();
        unit.fblocks.push(FBlockEntry { block, handlers });
    }

    pub fn pop_fblock(&mut self) -> FBlock<'a> {
        self.unit().fblocks.pop().expect("fblock pushed").block
    }

    /// Makes `label` handle exceptions from the following instructions, with
    /// the stack cut back to the current base depth plus `extra`.
    pub fn push_handler(&mut self, label: Label, extra: u32, push_lasti: bool) {
        let depth = self.base_depth() + extra;
        self.unit().handlers.push(Handler { label, depth, push_lasti });
    }

    pub fn pop_handler(&mut self) {
        self.unit().handlers.pop();
    }

    /// Emits the code that leaves the innermost fblocks, down to (and, if
    /// `include_loop`, including) the innermost loop, or all of them when
    /// `to_loop` is false. With `preserve_tos`, a return value on top of the
    /// stack survives. Returns the loop block reached, if any.
    fn unwind_fblocks(
        &mut self,
        to_loop: bool,
        preserve_tos: bool,
        include_loop: bool,
    ) -> CompileResult<Option<FBlock<'a>>> {
        let saved_handlers = self.unit().handlers.clone();
        let mut popped: Vec<FBlockEntry<'a>> = Vec::new();
        let mut found = None;
        let mut result = Ok(());
        // Work from the innermost block outwards; while a block's cleanup
        // code is emitted, only the blocks enclosing it are visible.
        while let Some(entry) = self.unit().fblocks.pop() {
            let is_loop = matches!(entry.block, FBlock::While { .. } | FBlock::For { .. });
            self.unit().handlers.truncate(entry.handlers);
            if to_loop && is_loop {
                if include_loop {
                    result = self.unwind_one(&entry.block, preserve_tos);
                }
                found = Some(entry.block.clone());
                popped.push(entry);
                break;
            }
            result = self.unwind_one(&entry.block, preserve_tos);
            popped.push(entry);
            if result.is_err() {
                break;
            }
        }
        while let Some(entry) = popped.pop() {
            self.unit().fblocks.push(entry);
        }
        self.unit().handlers = saved_handlers;
        result.map(|_| found)
    }

    fn unwind_one(&mut self, block: &FBlock<'a>, preserve_tos: bool) -> CompileResult<()> {
        match block {
            // Nothing leaves an except* clause early (checked before).
            FBlock::While { .. } | FBlock::TryExcept | FBlock::ExceptStarHandler => {}
            FBlock::For { .. } | FBlock::PopValue => {
                if preserve_tos {
                    self.emit_arg(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, Arg::None);
            }
            FBlock::FinallyTry { body } => {
                if preserve_tos {
                    self.push_fblock(FBlock::PopValue);
                }
                self.visit_body(body)?;
                if preserve_tos {
                    self.pop_fblock();
                }
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit_arg(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, Arg::None);
                if preserve_tos {
                    self.emit_arg(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_EXCEPT, Arg::None);
            }
            FBlock::With { is_async } => {
                if preserve_tos {
                    self.emit_arg(Opcode::SWAP, 2);
                }
                self.emit_exit_call(*is_async);
            }
            FBlock::HandlerCleanup { name } => {
                if preserve_tos {
                    self.emit_arg(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_EXCEPT, Arg::None);
                if let Some(name) = name {
                    self.clear_name(name)?;
                }
            }
        }
        Ok(())
    }

    /// Calls the `__exit__` on top of the stack with three Nones and drops
    /// the result.
    fn emit_exit_call(&mut self, is_async: bool) {
        self.emit_load_const(Constant::None);
        self.emit(Opcode::DUP_TOP, Arg::None);
        self.emit(Opcode::DUP_TOP, Arg::None);
        self.emit_arg(Opcode::CALL_FUNCTION, 3);
        if is_async {
            self.emit(Opcode::GET_AWAITABLE, Arg::None);
            self.emit_load_const(Constant::None);
            self.emit(Opcode::YIELD_FROM, Arg::None);
        }
        self.emit(Opcode::POP_TOP, Arg::None);
    }

    /// `name = None; del name`, as CPython does after a named except clause.
    fn clear_name(&mut self, name: &str) -> CompileResult<()> {
        self.emit_load_const(Constant::None);
        self.name_op(name, NameCtx::Store, TextRange::default())?;
        self.name_op(name, NameCtx::Del, TextRange::default())
    }

    /// Whether the code being compiled may await: the body of an `async
    /// def`, or a module compiled with PyCF_ALLOW_TOP_LEVEL_AWAIT (which
    /// then becomes a coroutine).
    pub fn in_async_function(&mut self) -> bool {
        if self.unit_ref().kind == ScopeKind::Module && self.options.flags & crate::future::ALLOW_TOP_LEVEL_AWAIT != 0 {
            self.unit().flags |= CodeFlags::COROUTINE;
            return true;
        }
        let unit = self.unit_ref();
        unit.kind == ScopeKind::Function && unit.flags & (CodeFlags::COROUTINE | CodeFlags::ASYNC_GENERATOR) != 0
    }

    fn scope_is_async_generator(&self) -> bool {
        self.unit_ref().flags & CodeFlags::ASYNC_GENERATOR != 0
    }

    /// Builds a function or lambda body in a new unit.
    fn make_qualname(&self, name: &str) -> String {
        // Qualified names follow enclosing functions and classes, except
        // that a def or class whose name the enclosing scope declares
        // `global` is named as the module-level object it becomes.
        let Some(parent) = self.units.last() else {
            return name.to_string();
        };
        let declared_global = self.table.scopes[parent.scope]
            .lookup(name)
            .is_some_and(|sym| sym.scope == crate::symtable::NameScope::GlobalExplicit);
        if declared_global && name != "<lambda>" {
            return name.to_string();
        }
        match parent.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", parent.qualname, name),
            ScopeKind::Function | ScopeKind::Comprehension => {
                format!("{}.<locals>.{}", parent.qualname, name)
            }
        }
    }

    /// Loads the closure cells a nested scope needs, as a tuple; returns
    /// whether there were any.
    fn emit_closure(&mut self, child: ScopeId) -> CompileResult<bool> {
        let freevars = self.table.scopes[child].freevars.clone();
        if freevars.is_empty() {
            return Ok(false);
        }
        for name in &freevars {
            let unit = self.unit_ref();
            let index = if let Some(i) = unit.cellvars.iter().position(|n| n == name) {
                i
            } else if let Some(i) = unit.freevars.iter().position(|n| n == name) {
                unit.cellvars.len() + i
            } else {
                return Err(CompileError::new(format!("internal error: no cell for '{name}'"), TextRange::default()));
            };
            self.emit_arg(Opcode::LOAD_CLOSURE, index as u32);
        }
        self.emit_arg(Opcode::BUILD_TUPLE, freevars.len() as u32);
        Ok(true)
    }

    fn visit_body(&mut self, body: &'a [Stmt]) -> CompileResult<()> {
        for stmt in body {
            self.visit_stmt(stmt)?;
        }
        Ok(())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameCtx {
    Load,
    Store,
    Del,
}

/// The docstring of a body, if its first statement is a string literal.
pub fn docstring(body: &[Stmt]) -> Option<String> {
    match body.first()? {
        Stmt::Expr(e) => match e.value.as_ref() {
            Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
            _ => None,
        },
        _ => None,
    }
}

/// What the assembler needs from a finished unit.
pub struct UnitParts {
    pub instrs: Vec<Instr>,
    pub labels: Vec<Option<usize>>,
    pub consts: Vec<Constant>,
    pub names: Vec<String>,
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub name: String,
    pub qualname: String,
    pub firstlineno: u32,
}

impl Unit<'_> {
    pub fn into_parts(self) -> UnitParts {
        UnitParts {
            instrs: self.instrs,
            labels: self.labels,
            consts: self.consts,
            names: self.names,
            varnames: self.varnames,
            cellvars: self.cellvars,
            freevars: self.freevars,
            argcount: self.argcount,
            posonlyargcount: self.posonlyargcount,
            kwonlyargcount: self.kwonlyargcount,
            flags: self.flags,
            name: self.name,
            qualname: self.qualname,
            firstlineno: self.firstlineno,
        }
    }
}
