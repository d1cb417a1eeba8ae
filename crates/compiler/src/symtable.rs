//! The symbol table: which scope every name belongs to.
//!
//! A first pass records, per scope, how each name is used (assigned,
//! parameter, declared global or nonlocal, read). A second pass decides each
//! name's scope with CPython's rules: names assigned in a function are local
//! unless declared otherwise; names read but not assigned are free if an
//! enclosing function binds them, else global; class bodies do not make
//! their names visible to nested functions; a local read by a nested
//! function becomes a cell. Functions inside a class that use `super` or
//! `__class__` get an implicit `__class__` cell from the class.

use std::collections::{HashMap, HashSet};

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, ExprContext, Pattern, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::error::CompileError;

pub type ScopeId = usize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Comprehension,
}

/// Where a name lives once analysis is done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

pub mod flags {
    pub const GLOBAL: u32 = 1;
    pub const LOCAL: u32 = 2;
    pub const PARAM: u32 = 4;
    pub const NONLOCAL: u32 = 8;
    pub const USE: u32 = 16;
    /// A class-local name that a nested function also reads from an
    /// enclosing function: the class passes the cell through.
    pub const FREE_CLASS: u32 = 32;
    pub const IMPORT: u32 = 64;
    pub const ANNOTATED: u32 = 128;
    pub const BOUND: u32 = LOCAL | PARAM | IMPORT;
}

#[derive(Clone, Debug)]
pub struct Symbol {
    pub flags: u32,
    pub scope: NameScope,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub parent: Option<ScopeId>,
    pub children: Vec<ScopeId>,
    /// Names in order of first mention.
    pub order: Vec<String>,
    pub symbols: HashMap<String, Symbol>,
    /// Parameters in order (posonly, positional, *args, keyword-only, **kwargs).
    pub params: Vec<String>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    pub is_async_def: bool,
    /// A class whose methods use `super()` or `__class__`.
    pub needs_class_cell: bool,
    /// Name of the innermost enclosing class, for private-name mangling.
    pub class_name: Option<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub has_annotations: bool,
    /// Where each `nonlocal` name was declared (for the error if unbound).
    pub nonlocal_at: HashMap<String, TextRange>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<ScopeId>, class_name: Option<String>) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            parent,
            children: Vec::new(),
            order: Vec::new(),
            symbols: HashMap::new(),
            params: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            is_async_def: false,
            needs_class_cell: false,
            class_name,
            cellvars: Vec::new(),
            freevars: Vec::new(),
            has_annotations: false,
            nonlocal_at: HashMap::new(),
        }
    }

    pub fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.symbols.get(name)
    }

    /// Whether names here are fast locals (functions and comprehensions).
    pub fn is_function_like(&self) -> bool {
        matches!(self.kind, ScopeKind::Function | ScopeKind::Comprehension)
    }
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_range: HashMap<TextRange, ScopeId>,
}

impl SymbolTable {
    pub fn scope_for(&self, range: TextRange) -> ScopeId {
        self.by_range.get(&range).copied().unwrap_or(0)
    }

    pub fn build_module(
        body: &[Stmt],
        future_annotations: bool,
        top_level_await: bool,
    ) -> Result<SymbolTable, CompileError> {
        let mut builder = Builder::new(ScopeKind::Module, "top");
        builder.future_annotations = future_annotations;
        builder.top_level_await = top_level_await;
        for stmt in body {
            builder.visit_stmt(stmt);
        }
        builder.finish()
    }

    pub fn build_expression(
        expr: &Expr,
        future_annotations: bool,
        top_level_await: bool,
    ) -> Result<SymbolTable, CompileError> {
        let mut builder = Builder::new(ScopeKind::Module, "top");
        builder.future_annotations = future_annotations;
        builder.top_level_await = top_level_await;
        builder.visit_expr(expr);
        builder.finish()
    }
}

/// CPython's private name mangling: `__x` inside class `C` is `_C__x`.
pub fn mangle(class_name: Option<&str>, name: &str) -> String {
    let Some(class_name) = class_name else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

struct Builder {
    scopes: Vec<Scope>,
    by_range: HashMap<TextRange, ScopeId>,
    stack: Vec<ScopeId>,
    error: Option<CompileError>,
    /// PEP 563: annotations are strings, so their names bind nothing.
    future_annotations: bool,
    /// PyCF_ALLOW_TOP_LEVEL_AWAIT: the module may await.
    top_level_await: bool,
}

impl Builder {
    fn new(kind: ScopeKind, name: &str) -> Builder {
        Builder {
            scopes: vec![Scope::new(kind, name, None, None)],
            by_range: HashMap::new(),
            stack: vec![0],
            error: None,
            future_annotations: false,
            top_level_await: false,
        }
    }

    fn current(&self) -> ScopeId {
        *self.stack.last().expect("scope stack is never empty")
    }

    fn scope(&mut self) -> &mut Scope {
        let id = self.current();
        &mut self.scopes[id]
    }

    /// An annotation is evaluated in the enclosing scope, unless PEP 563
    /// keeps it as text; then only the expressions an annotation may not
    /// hold are looked for.
    fn visit_annotation(&mut self, annotation: &Expr) {
        if !self.future_annotations {
            self.visit_expr(annotation);
            return;
        }
        struct Forbidden(Option<(&'static str, TextRange)>);
        impl<'v> Visitor<'v> for Forbidden {
            fn visit_expr(&mut self, expr: &'v Expr) {
                let what = match expr {
                    Expr::Yield(_) | Expr::YieldFrom(_) => Some("yield expression"),
                    Expr::Await(_) => Some("await expression"),
                    Expr::Named(_) => Some("named expression"),
                    _ => None,
                };
                match what {
                    Some(w) if self.0.is_none() => self.0 = Some((w, expr.range())),
                    _ => visitor::walk_expr(self, expr),
                }
            }
        }
        let mut finder = Forbidden(None);
        finder.visit_expr(annotation);
        if let Some((what, range)) = finder.0 {
            self.fail(format!("'{what}' can not be used within an annotation"), range);
        }
    }

    fn fail(&mut self, msg: impl Into<String>, range: TextRange) {
        if self.error.is_none() {
            self.error = Some(CompileError::new(msg, range));
        }
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, range: TextRange) {
        let parent = self.current();
        let class_name = if self.scopes[parent].kind == ScopeKind::Class {
            Some(self.scopes[parent].name.clone())
        } else {
            self.scopes[parent].class_name.clone()
        };
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind, name, Some(parent), class_name));
        self.scopes[parent].children.push(id);
        self.by_range.insert(range, id);
        self.stack.push(id);
    }

    fn leave(&mut self) {
        self.stack.pop();
    }

    fn mangled(&self, name: &str) -> String {
        let scope = &self.scopes[self.current()];
        let class_name =
            if scope.kind == ScopeKind::Class { Some(scope.name.as_str()) } else { scope.class_name.as_deref() };
        mangle(class_name, name)
    }

    /// Records a use of `name` in the current scope.
    fn add(&mut self, name: &str, flag: u32, range: TextRange) {
        let name = self.mangled(name);
        self.add_in(self.current(), &name, flag, range);
    }

    fn add_in(&mut self, id: ScopeId, name: &str, flag: u32, range: TextRange) {
        let scope = &mut self.scopes[id];
        if let Some(sym) = scope.symbols.get_mut(name) {
            if flag & flags::PARAM != 0 && sym.flags & flags::PARAM != 0 {
                let msg = format!("duplicate argument '{name}' in function definition");
                self.fail(msg, range);
                return;
            }
            sym.flags |= flag;
        } else {
            scope.order.push(name.to_string());
            scope.symbols.insert(name.to_string(), Symbol { flags: flag, scope: NameScope::GlobalImplicit });
        }
        if flag & flags::PARAM != 0 {
            self.scopes[id].params.push(name.to_string());
        }
    }

    fn visit_parameters_in_scope(&mut self, params: &ast::Parameters) {
        for p in params.posonlyargs.iter().chain(params.args.iter()) {
            self.add(&p.parameter.name.id, flags::PARAM, p.parameter.range);
        }
        for p in params.kwonlyargs.iter() {
            self.add(&p.parameter.name.id, flags::PARAM, p.parameter.range);
        }
        // CPython orders *args and **kwargs after keyword-only parameters.
        if let Some(p) = &params.vararg {
            self.add(&p.name.id, flags::PARAM, p.range);
        }
        if let Some(p) = &params.kwarg {
            self.add(&p.name.id, flags::PARAM, p.range);
        }
    }

    /// Defaults and annotations are evaluated in the enclosing scope.
    fn visit_parameter_defaults(&mut self, params: &ast::Parameters, annotations: bool) {
        for p in params.posonlyargs.iter().chain(params.args.iter()).chain(params.kwonlyargs.iter()) {
            if let Some(default) = &p.default {
                self.visit_expr(default);
            }
        }
        if annotations {
            for p in params.iter() {
                if let Some(annotation) = p.annotation() {
                    self.visit_annotation(annotation);
                }
            }
        }
    }

    fn visit_comprehension_scope(
        &mut self,
        range: TextRange,
        name: &str,
        generators: &[ast::Comprehension],
        elts: &[&Expr],
        is_generator: bool,
    ) {
        // The first iterable is evaluated in the enclosing scope.
        let Some(first) = generators.first() else {
            return;
        };
        self.visit_expr(&first.iter);
        self.enter(ScopeKind::Comprehension, name, range);
        self.scope().is_generator = is_generator;
        self.add_in(self.current(), ".0", flags::PARAM, range);
        for (i, generator) in generators.iter().enumerate() {
            if generator.is_async {
                self.scope().is_coroutine = true;
            }
            if i > 0 {
                self.visit_expr(&generator.iter);
            }
            self.visit_expr(&generator.target);
            for cond in &generator.ifs {
                self.visit_expr(cond);
            }
        }
        for elt in elts {
            self.visit_expr(elt);
        }
        self.leave();
    }

    /// A walrus target inside a comprehension binds in the nearest
    /// enclosing function or module scope.
    fn bind_walrus_target(&mut self, name: &str, range: TextRange) {
        let mut id = self.current();
        if self.scopes[id].kind != ScopeKind::Comprehension {
            self.add(name, flags::LOCAL, range);
            return;
        }
        let mut path = vec![];
        while self.scopes[id].kind == ScopeKind::Comprehension {
            if self.scopes[id]
                .symbols
                .get(name)
                .is_some_and(|s| s.flags & flags::PARAM == 0 && s.flags & flags::LOCAL != 0 && path.is_empty())
            {
                let msg = format!("assignment expression cannot rebind comprehension iteration variable '{name}'");
                self.fail(msg, range);
                return;
            }
            path.push(id);
            id = self.scopes[id].parent.unwrap_or(0);
        }
        match self.scopes[id].kind {
            ScopeKind::Class => {
                self.fail("assignment expression within a comprehension cannot be used in a class body", range);
            }
            ScopeKind::Module => {
                self.add_in(id, name, flags::LOCAL, range);
                for comp in path {
                    self.add_in(comp, name, flags::GLOBAL, range);
                }
            }
            _ => {
                self.add_in(id, name, flags::LOCAL, range);
                for comp in path {
                    self.add_in(comp, name, flags::NONLOCAL, range);
                }
            }
        }
    }

    fn visit_capture(&mut self, name: Option<&ast::Identifier>) {
        if let Some(name) = name {
            self.add(&name.id, flags::LOCAL, name.range);
        }
    }

    fn finish(mut self) -> Result<SymbolTable, CompileError> {
        if let Some(error) = self.error.take() {
            return Err(error);
        }
        let mut analysis = Analysis { scopes: &mut self.scopes, error: None };
        analysis.analyze(0, &HashSet::new());
        if let Some(error) = analysis.error {
            return Err(error);
        }
        Ok(SymbolTable { scopes: self.scopes, by_range: self.by_range })
    }
}

impl<'a> Visitor<'a> for Builder {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(def) => {
                self.add(&def.name.id, flags::LOCAL, def.name.range);
                for decorator in &def.decorator_list {
                    self.visit_expr(&decorator.expression);
                }
                self.visit_parameter_defaults(&def.parameters, true);
                if let Some(returns) = &def.returns {
                    self.visit_annotation(returns);
                }
                self.enter(ScopeKind::Function, &def.name.id, def.range);
                if def.is_async {
                    let scope = self.scope();
                    scope.is_coroutine = true;
                    scope.is_async_def = true;
                }
                self.visit_parameters_in_scope(&def.parameters);
                for stmt in &def.body {
                    self.visit_stmt(stmt);
                }
                self.leave();
            }
            Stmt::ClassDef(class) => {
                self.add(&class.name.id, flags::LOCAL, class.name.range);
                for decorator in &class.decorator_list {
                    self.visit_expr(&decorator.expression);
                }
                if let Some(arguments) = &class.arguments {
                    self.visit_arguments(arguments);
                }
                self.enter(ScopeKind::Class, &class.name.id, class.range);
                for stmt in &class.body {
                    self.visit_stmt(stmt);
                }
                self.leave();
            }
            Stmt::Global(global) => {
                for name in &global.names {
                    let mangled = self.mangled(&name.id);
                    let kind = self.scopes[self.current()].kind;
                    if let Some(sym) = self.scopes[self.current()].symbols.get(&mangled) {
                        let f = sym.flags;
                        let msg = if f & flags::PARAM != 0 {
                            Some(format!("name '{}' is parameter and global", name.id))
                        } else if f & flags::NONLOCAL != 0 {
                            Some(format!("name '{}' is nonlocal and global", name.id))
                        } else if f & flags::LOCAL != 0 {
                            Some(format!("name '{}' is assigned to before global declaration", name.id))
                        } else if f & flags::USE != 0 {
                            Some(format!("name '{}' is used prior to global declaration", name.id))
                        } else {
                            None
                        };
                        if let Some(msg) = msg {
                            self.fail(msg, global.range);
                        }
                    }
                    let _ = kind;
                    self.add(&name.id, flags::GLOBAL, name.range);
                }
            }
            Stmt::Nonlocal(nonlocal) => {
                if self.scopes[self.current()].kind == ScopeKind::Module {
                    self.fail("nonlocal declaration not allowed at module level", nonlocal.range);
                    return;
                }
                for name in &nonlocal.names {
                    let mangled = self.mangled(&name.id);
                    if let Some(sym) = self.scopes[self.current()].symbols.get(&mangled) {
                        let f = sym.flags;
                        let msg = if f & flags::PARAM != 0 {
                            Some(format!("name '{}' is parameter and nonlocal", name.id))
                        } else if f & flags::GLOBAL != 0 {
                            Some(format!("name '{}' is nonlocal and global", name.id))
                        } else if f & flags::LOCAL != 0 {
                            Some(format!("name '{}' is assigned to before nonlocal declaration", name.id))
                        } else if f & flags::USE != 0 {
                            Some(format!("name '{}' is used prior to nonlocal declaration", name.id))
                        } else {
                            None
                        };
                        if let Some(msg) = msg {
                            self.fail(msg, nonlocal.range);
                        }
                    }
                    self.add(&name.id, flags::NONLOCAL, name.range);
                    let mangled = self.mangled(&name.id);
                    let scope = self.current();
                    self.scopes[scope].nonlocal_at.entry(mangled).or_insert(nonlocal.range);
                }
            }
            Stmt::Import(import) => {
                for alias in &import.names {
                    let bound = match &alias.asname {
                        Some(asname) => asname.id.to_string(),
                        None => alias.name.id.split('.').next().unwrap_or("").to_string(),
                    };
                    self.add(&bound, flags::IMPORT, alias.range);
                }
            }
            Stmt::ImportFrom(import) => {
                for alias in &import.names {
                    if alias.name.id.as_str() == "*" {
                        if self.scopes[self.current()].kind != ScopeKind::Module {
                            self.fail("import * only allowed at module level", import.range);
                        }
                        continue;
                    }
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.add(&bound.id, flags::IMPORT, alias.range);
                }
            }
            Stmt::AnnAssign(assign) => {
                let kind = self.scopes[self.current()].kind;
                if let Expr::Name(name) = assign.target.as_ref() {
                    let mangled = self.mangled(&name.id);
                    if let Some(sym) = self.scopes[self.current()].symbols.get(&mangled) {
                        if sym.flags & (flags::GLOBAL | flags::NONLOCAL) != 0 && assign.simple {
                            let what = if sym.flags & flags::GLOBAL != 0 { "global" } else { "nonlocal" };
                            let msg = format!("annotated name '{}' can't be {what}", name.id);
                            self.fail(msg, assign.range);
                        }
                    }
                    self.add(&name.id, flags::LOCAL | flags::ANNOTATED, name.range);
                } else {
                    self.visit_expr(&assign.target);
                }
                if kind != ScopeKind::Function && kind != ScopeKind::Comprehension {
                    self.scope().has_annotations = true;
                    self.visit_annotation(&assign.annotation);
                }
                if let Some(value) = &assign.value {
                    self.visit_expr(value);
                }
            }
            Stmt::Try(try_stmt) => {
                for stmt in &try_stmt.body {
                    self.visit_stmt(stmt);
                }
                for handler in &try_stmt.handlers {
                    let ast::ExceptHandler::ExceptHandler(handler) = handler;
                    if let Some(type_) = &handler.type_ {
                        self.visit_expr(type_);
                    }
                    if let Some(name) = &handler.name {
                        self.add(&name.id, flags::LOCAL, name.range);
                    }
                    for stmt in &handler.body {
                        self.visit_stmt(stmt);
                    }
                }
                for stmt in try_stmt.orelse.iter().chain(try_stmt.finalbody.iter()) {
                    self.visit_stmt(stmt);
                }
            }
            Stmt::Return(_) => {
                visitor::walk_stmt(self, stmt);
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(name) => {
                let flag = match name.ctx {
                    ExprContext::Load => flags::USE,
                    _ => flags::LOCAL,
                };
                self.add(&name.id, flag, name.range);
                // `super()` needs the class's `__class__` cell.
                if name.ctx == ExprContext::Load
                    && name.id.as_str() == "super"
                    && self.scopes[self.current()].is_function_like()
                {
                    self.add_in(self.current(), "__class__", flags::USE, name.range);
                }
            }
            Expr::Lambda(lambda) => {
                if let Some(params) = &lambda.parameters {
                    self.visit_parameter_defaults(params, false);
                }
                self.enter(ScopeKind::Function, "<lambda>", lambda.range);
                if let Some(params) = &lambda.parameters {
                    self.visit_parameters_in_scope(params);
                }
                self.visit_expr(&lambda.body);
                self.leave();
            }
            Expr::ListComp(comp) => {
                self.visit_comprehension_scope(comp.range, "<listcomp>", &comp.generators, &[&comp.elt], false)
            }
            Expr::SetComp(comp) => {
                self.visit_comprehension_scope(comp.range, "<setcomp>", &comp.generators, &[&comp.elt], false)
            }
            Expr::Generator(comp) => {
                self.visit_comprehension_scope(comp.range, "<genexpr>", &comp.generators, &[&comp.elt], true)
            }
            Expr::DictComp(comp) => {
                let mut elts: Vec<&Expr> = Vec::new();
                if let Some(key) = &comp.key {
                    elts.push(key);
                }
                elts.push(&comp.value);
                self.visit_comprehension_scope(comp.range, "<dictcomp>", &comp.generators, &elts, false)
            }
            Expr::Named(named) => {
                self.visit_expr(&named.value);
                if let Expr::Name(name) = named.target.as_ref() {
                    self.bind_walrus_target(&name.id, name.range);
                }
            }
            Expr::Yield(_) | Expr::YieldFrom(_) => {
                let kind = self.scopes[self.current()].kind;
                match kind {
                    ScopeKind::Function => self.scope().is_generator = true,
                    ScopeKind::Comprehension => {
                        self.fail("'yield' inside list comprehension", expr.range());
                    }
                    _ => {
                        let what = if matches!(expr, Expr::Yield(_)) {
                            "'yield' outside function"
                        } else {
                            "'yield from' outside function"
                        };
                        self.fail(what, expr.range());
                    }
                }
                if matches!(expr, Expr::YieldFrom(_)) && self.scopes[self.current()].is_async_def {
                    self.fail("'yield from' inside async function", expr.range());
                }
                visitor::walk_expr(self, expr);
            }
            Expr::Await(_) => {
                let scope = &self.scopes[self.current()];
                match scope.kind {
                    ScopeKind::Function if !scope.is_async_def => {
                        self.fail("'await' outside async function", expr.range());
                    }
                    ScopeKind::Module if self.top_level_await => self.scope().is_coroutine = true,
                    ScopeKind::Module | ScopeKind::Class => {
                        self.fail("'await' outside function", expr.range());
                    }
                    ScopeKind::Comprehension => self.scope().is_coroutine = true,
                    _ => {}
                }
                visitor::walk_expr(self, expr);
            }
            _ => visitor::walk_expr(self, expr),
        }
    }

    fn visit_pattern(&mut self, pattern: &'a Pattern) {
        match pattern {
            Pattern::MatchAs(p) => self.visit_capture(p.name.as_ref()),
            Pattern::MatchStar(p) => self.visit_capture(p.name.as_ref()),
            Pattern::MatchMapping(p) => self.visit_capture(p.rest.as_ref()),
            _ => {}
        }
        visitor::walk_pattern(self, pattern);
    }
}

struct Analysis<'s> {
    scopes: &'s mut Vec<Scope>,
    error: Option<CompileError>,
}

impl Analysis<'_> {
    /// Decides the scope of every name in `id` given the names `bound` by
    /// enclosing function scopes; returns the names `id` needs from outside.
    fn analyze(&mut self, id: ScopeId, bound: &HashSet<String>) -> HashSet<String> {
        let kind = self.scopes[id].kind;
        let mut local: HashSet<String> = HashSet::new();
        let mut explicit_global: HashSet<String> = HashSet::new();
        let mut free: HashSet<String> = HashSet::new();
        let names: Vec<String> = self.scopes[id].order.clone();
        for name in &names {
            let sym = self.scopes[id].symbols.get(name).cloned().expect("recorded");
            let scope = if sym.flags & flags::GLOBAL != 0 {
                explicit_global.insert(name.clone());
                NameScope::GlobalExplicit
            } else if sym.flags & flags::NONLOCAL != 0 {
                if !bound.contains(name) && self.error.is_none() {
                    self.error = Some(CompileError::new(
                        format!("no binding for nonlocal '{name}' found"),
                        self.scopes[id].nonlocal_at.get(name).copied().unwrap_or_default(),
                    ));
                }
                free.insert(name.clone());
                NameScope::Free
            } else if sym.flags & flags::BOUND != 0 {
                local.insert(name.clone());
                NameScope::Local
            } else if kind != ScopeKind::Module && bound.contains(name) {
                free.insert(name.clone());
                NameScope::Free
            } else {
                NameScope::GlobalImplicit
            };
            self.scopes[id].symbols.get_mut(name).expect("recorded").scope = scope;
        }

        // What nested scopes may see: enclosing function bindings plus this
        // scope's locals if it is a function; a class contributes only its
        // implicit `__class__` cell.
        let mut child_bound = bound.clone();
        match kind {
            ScopeKind::Function | ScopeKind::Comprehension => {
                child_bound.extend(local.iter().cloned());
            }
            ScopeKind::Class => {
                child_bound.insert("__class__".to_string());
            }
            ScopeKind::Module => {}
        }
        for g in &explicit_global {
            child_bound.remove(g);
        }

        let children = self.scopes[id].children.clone();
        let mut child_free: HashSet<String> = HashSet::new();
        for child in children {
            child_free.extend(self.analyze(child, &child_bound));
        }

        for name in child_free {
            let existing = self.scopes[id].symbols.get(&name).cloned();
            match kind {
                ScopeKind::Function | ScopeKind::Comprehension => match existing {
                    Some(sym) if sym.scope == NameScope::Local => {
                        self.scopes[id].symbols.get_mut(&name).expect("exists").scope = NameScope::Cell;
                    }
                    Some(sym) if sym.scope == NameScope::Free || sym.scope == NameScope::Cell => {}
                    Some(sym) if sym.scope == NameScope::GlobalExplicit => {}
                    _ => {
                        self.set_free(id, &name);
                        free.insert(name);
                    }
                },
                ScopeKind::Class => {
                    if name == "__class__" {
                        self.scopes[id].needs_class_cell = true;
                        continue;
                    }
                    match existing {
                        Some(sym) if sym.scope == NameScope::Local || sym.scope == NameScope::GlobalExplicit => {
                            self.scopes[id].symbols.get_mut(&name).expect("exists").flags |= flags::FREE_CLASS;
                        }
                        Some(sym) if sym.scope == NameScope::Free => {}
                        _ => self.set_free(id, &name),
                    }
                    free.insert(name);
                }
                ScopeKind::Module => {}
            }
        }

        // Cell and free variable lists, sorted by name as CPython does.
        let scope = &mut self.scopes[id];
        let mut cellvars: Vec<String> =
            scope.symbols.iter().filter(|(_, s)| s.scope == NameScope::Cell).map(|(n, _)| n.clone()).collect();
        if scope.needs_class_cell {
            cellvars.push("__class__".to_string());
        }
        cellvars.sort();
        let mut freevars: Vec<String> = scope
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == NameScope::Free || s.flags & flags::FREE_CLASS != 0)
            .map(|(n, _)| n.clone())
            .collect();
        freevars.sort();
        scope.cellvars = cellvars;
        scope.freevars = freevars;
        free
    }

    fn set_free(&mut self, id: ScopeId, name: &str) {
        let scope = &mut self.scopes[id];
        match scope.symbols.get_mut(name) {
            Some(sym) => sym.scope = NameScope::Free,
            None => {
                scope.order.push(name.to_string());
                scope.symbols.insert(name.to_string(), Symbol { flags: flags::USE, scope: NameScope::Free });
            }
        }
    }
}
