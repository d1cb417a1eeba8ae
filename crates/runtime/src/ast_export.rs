//! The parser's syntax tree as Python `ast` nodes: `compile(...,
//! PyCF_ONLY_AST)` and `ast.parse`. The node classes are lib/_ast.py's
//! (CPython 3.11's grammar); this walks the ruff tree and builds them,
//! reshaping where the two trees differ (elif chains, f-string parts,
//! function parameters, constants). Locations are CPython's: 1-based
//! lines, 0-based UTF-8 byte columns.

use ferropy_syntax::ast::{self, Expr, Pattern, Stmt};
use ferropy_syntax::{LineIndex, Ranged, TextRange};

use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Which top-level node to build.
pub enum AstMode {
    Module,
    Expression,
    Interactive,
}

/// Parses source and returns the `ast` tree.
pub fn parse_to_ast(vm: &mut Vm, source: &str, filename: &str, mode: AstMode) -> PyResult<Value> {
    let source = &*ferropy_syntax::encoding::normalize_newlines(source);
    let module = vm.import_module("_ast")?;
    let mut exporter = Exporter { vm, module, lines: LineIndex::new(source), source, contexts: Default::default() };
    match mode {
        AstMode::Expression => {
            let parsed = ferropy_syntax::parse_expression(source).map_err(|e| exporter.vm.syntax_error(e, filename))?;
            let body = exporter.expr(&parsed.body)?;
            exporter.node("Expression", vec![("body", body)], None)
        }
        AstMode::Module | AstMode::Interactive => {
            let parsed = ferropy_syntax::parse_module(source).map_err(|e| exporter.vm.syntax_error(e, filename))?;
            let body = exporter.stmts(&parsed.body)?;
            if matches!(mode, AstMode::Interactive) {
                return exporter.node("Interactive", vec![("body", body)], None);
            }
            let ignores = exporter.vm.new_list(vec![]);
            exporter.node("Module", vec![("body", body), ("type_ignores", ignores)], None)
        }
    }
}

struct Exporter<'v, 's> {
    vm: &'v mut Vm,
    module: Value,
    lines: LineIndex,
    source: &'s str,
    /// One Load(), Store() and Del() each, shared as CPython shares them.
    contexts: [Option<Value>; 3],
}

impl Exporter<'_, '_> {
    /// A node of class `name` with its fields and, if given, location.
    fn node(&mut self, name: &str, fields: Vec<(&str, Value)>, range: Option<TextRange>) -> PyResult<Value> {
        let cls = self.vm.get_attr_str(&self.module, name)?;
        let node = self.vm.call(&cls, &[])?;
        for (field, value) in fields {
            let key = self.vm.intern(field);
            crate::protocol::attr::set_attr(self.vm, &node, &key, value)?;
        }
        if let Some(range) = range {
            let (line, col) = self.lines.line_col(range.start().to_usize());
            let (end_line, end_col) = self.lines.line_col(range.end().to_usize());
            for (field, v) in
                [("lineno", line), ("col_offset", col), ("end_lineno", end_line), ("end_col_offset", end_col)]
            {
                let key = self.vm.intern(field);
                crate::protocol::attr::set_attr(self.vm, &node, &key, Value::Int(v as i64))?;
            }
        }
        Ok(node)
    }

    fn leaf(&mut self, name: &str) -> PyResult<Value> {
        self.node(name, vec![], None)
    }

    fn str(&mut self, s: &str) -> Value {
        self.vm.new_str(s)
    }

    fn opt_str(&mut self, s: Option<&ast::Identifier>) -> Value {
        match s {
            Some(id) => self.vm.new_str(id.as_str()),
            None => Value::None,
        }
    }

    fn list(&mut self, items: Vec<Value>) -> Value {
        self.vm.new_list(items)
    }

    fn ctx(&mut self, ctx: ast::ExprContext) -> PyResult<Value> {
        let (i, name) = match ctx {
            ast::ExprContext::Store => (1, "Store"),
            ast::ExprContext::Del => (2, "Del"),
            _ => (0, "Load"),
        };
        if let Some(v) = &self.contexts[i] {
            return Ok(v.clone());
        }
        let v = self.leaf(name)?;
        self.contexts[i] = Some(v.clone());
        Ok(v)
    }

    fn stmts(&mut self, body: &[Stmt]) -> PyResult<Value> {
        let mut out = Vec::with_capacity(body.len());
        for s in body {
            out.push(self.stmt(s)?);
        }
        Ok(self.list(out))
    }

    fn exprs<'e>(&mut self, items: impl IntoIterator<Item = &'e Expr>) -> PyResult<Value> {
        let mut out = Vec::new();
        for e in items {
            out.push(self.expr(e)?);
        }
        Ok(self.list(out))
    }

    fn opt_expr(&mut self, e: Option<&Expr>) -> PyResult<Value> {
        match e {
            Some(e) => self.expr(e),
            None => Ok(Value::None),
        }
    }

    fn unsupported(&mut self, what: &str) -> crate::vm::PyErr {
        self.vm.not_implemented_error(format!("ast: {what} is not supported by ferropy yet"))
    }

    fn stmt(&mut self, stmt: &Stmt) -> PyResult<Value> {
        let r = Some(stmt.range());
        match stmt {
            Stmt::FunctionDef(f) => {
                let name = self.str(f.name.as_str());
                let args = self.arguments(Some(&f.parameters))?;
                let body = self.stmts(&f.body)?;
                let decorators = self.exprs(f.decorator_list.iter().map(|d| &d.expression))?;
                let returns = self.opt_expr(f.returns.as_deref())?;
                let kind = if f.is_async { "AsyncFunctionDef" } else { "FunctionDef" };
                self.node(
                    kind,
                    vec![
                        ("name", name),
                        ("args", args),
                        ("body", body),
                        ("decorator_list", decorators),
                        ("returns", returns),
                        ("type_comment", Value::None),
                    ],
                    r,
                )
            }
            Stmt::ClassDef(c) => {
                let name = self.str(c.name.as_str());
                let (bases, keywords) = match &c.arguments {
                    Some(a) => (self.exprs(&a.args)?, self.keywords(&a.keywords)?),
                    None => (self.list(vec![]), self.list(vec![])),
                };
                let body = self.stmts(&c.body)?;
                let decorators = self.exprs(c.decorator_list.iter().map(|d| &d.expression))?;
                self.node(
                    "ClassDef",
                    vec![
                        ("name", name),
                        ("bases", bases),
                        ("keywords", keywords),
                        ("body", body),
                        ("decorator_list", decorators),
                    ],
                    r,
                )
            }
            Stmt::Return(s) => {
                let value = self.opt_expr(s.value.as_deref())?;
                self.node("Return", vec![("value", value)], r)
            }
            Stmt::Delete(s) => {
                let targets = self.exprs(&s.targets)?;
                self.node("Delete", vec![("targets", targets)], r)
            }
            Stmt::Assign(s) => {
                let targets = self.exprs(&s.targets)?;
                let value = self.expr(&s.value)?;
                self.node("Assign", vec![("targets", targets), ("value", value), ("type_comment", Value::None)], r)
            }
            Stmt::AugAssign(s) => {
                let target = self.expr(&s.target)?;
                let op = self.leaf(operator_name(s.op))?;
                let value = self.expr(&s.value)?;
                self.node("AugAssign", vec![("target", target), ("op", op), ("value", value)], r)
            }
            Stmt::AnnAssign(s) => {
                let target = self.expr(&s.target)?;
                let annotation = self.expr(&s.annotation)?;
                let value = self.opt_expr(s.value.as_deref())?;
                let simple = Value::Int(s.simple as i64);
                self.node(
                    "AnnAssign",
                    vec![("target", target), ("annotation", annotation), ("value", value), ("simple", simple)],
                    r,
                )
            }
            Stmt::For(s) => {
                let target = self.expr(&s.target)?;
                let iter = self.expr(&s.iter)?;
                let body = self.stmts(&s.body)?;
                let orelse = self.stmts(&s.orelse)?;
                let kind = if s.is_async { "AsyncFor" } else { "For" };
                self.node(
                    kind,
                    vec![
                        ("target", target),
                        ("iter", iter),
                        ("body", body),
                        ("orelse", orelse),
                        ("type_comment", Value::None),
                    ],
                    r,
                )
            }
            Stmt::While(s) => {
                let test = self.expr(&s.test)?;
                let body = self.stmts(&s.body)?;
                let orelse = self.stmts(&s.orelse)?;
                self.node("While", vec![("test", test), ("body", body), ("orelse", orelse)], r)
            }
            Stmt::If(s) => {
                let test = self.expr(&s.test)?;
                let body = self.stmts(&s.body)?;
                let orelse = self.elif_chain(&s.elif_else_clauses)?;
                self.node("If", vec![("test", test), ("body", body), ("orelse", orelse)], r)
            }
            Stmt::With(s) => {
                let mut items = Vec::new();
                for item in &s.items {
                    let context = self.expr(&item.context_expr)?;
                    let vars = self.opt_expr(item.optional_vars.as_deref())?;
                    items.push(self.node(
                        "withitem",
                        vec![("context_expr", context), ("optional_vars", vars)],
                        None,
                    )?);
                }
                let items = self.list(items);
                let body = self.stmts(&s.body)?;
                let kind = if s.is_async { "AsyncWith" } else { "With" };
                self.node(kind, vec![("items", items), ("body", body), ("type_comment", Value::None)], r)
            }
            Stmt::Match(s) => {
                let subject = self.expr(&s.subject)?;
                let mut cases = Vec::new();
                for case in &s.cases {
                    let pattern = self.pattern(&case.pattern)?;
                    let guard = self.opt_expr(case.guard.as_deref())?;
                    let body = self.stmts(&case.body)?;
                    cases.push(self.node(
                        "match_case",
                        vec![("pattern", pattern), ("guard", guard), ("body", body)],
                        None,
                    )?);
                }
                let cases = self.list(cases);
                self.node("Match", vec![("subject", subject), ("cases", cases)], r)
            }
            Stmt::Raise(s) => {
                let exc = self.opt_expr(s.exc.as_deref())?;
                let cause = self.opt_expr(s.cause.as_deref())?;
                self.node("Raise", vec![("exc", exc), ("cause", cause)], r)
            }
            Stmt::Try(s) => {
                let body = self.stmts(&s.body)?;
                let mut handlers = Vec::new();
                for h in &s.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    let ty = self.opt_expr(h.type_.as_deref())?;
                    let name = self.opt_str(h.name.as_ref());
                    let hbody = self.stmts(&h.body)?;
                    handlers.push(self.node(
                        "ExceptHandler",
                        vec![("type", ty), ("name", name), ("body", hbody)],
                        Some(h.range),
                    )?);
                }
                let handlers = self.list(handlers);
                let orelse = self.stmts(&s.orelse)?;
                let finalbody = self.stmts(&s.finalbody)?;
                let kind = if s.is_star { "TryStar" } else { "Try" };
                self.node(
                    kind,
                    vec![("body", body), ("handlers", handlers), ("orelse", orelse), ("finalbody", finalbody)],
                    r,
                )
            }
            Stmt::Assert(s) => {
                let test = self.expr(&s.test)?;
                let msg = self.opt_expr(s.msg.as_deref())?;
                self.node("Assert", vec![("test", test), ("msg", msg)], r)
            }
            Stmt::Import(s) => {
                let names = self.aliases(&s.names)?;
                self.node("Import", vec![("names", names)], r)
            }
            Stmt::ImportFrom(s) => {
                let module = self.opt_str(s.module.as_ref());
                let names = self.aliases(&s.names)?;
                self.node(
                    "ImportFrom",
                    vec![("module", module), ("names", names), ("level", Value::Int(s.level as i64))],
                    r,
                )
            }
            Stmt::Global(s) => {
                let names: Vec<Value> = s.names.iter().map(|n| self.vm.new_str(n.as_str())).collect();
                let names = self.list(names);
                self.node("Global", vec![("names", names)], r)
            }
            Stmt::Nonlocal(s) => {
                let names: Vec<Value> = s.names.iter().map(|n| self.vm.new_str(n.as_str())).collect();
                let names = self.list(names);
                self.node("Nonlocal", vec![("names", names)], r)
            }
            Stmt::Expr(s) => {
                let value = self.expr(&s.value)?;
                self.node("Expr", vec![("value", value)], r)
            }
            Stmt::Pass(_) => self.node("Pass", vec![], r),
            Stmt::Break(_) => self.node("Break", vec![], r),
            Stmt::Continue(_) => self.node("Continue", vec![], r),
            Stmt::TypeAlias(_) => Err(self.unsupported("the type statement (Python 3.12)")),
            Stmt::IpyEscapeCommand(_) => Err(self.unsupported("IPython escape commands")),
        }
    }

    /// `elif`/`else` clauses as CPython nests them: an elif is an If in
    /// the orelse of the one before.
    fn elif_chain(&mut self, clauses: &[ast::ElifElseClause]) -> PyResult<Value> {
        let Some((first, rest)) = clauses.split_first() else {
            return Ok(self.list(vec![]));
        };
        match &first.test {
            None => self.stmts(&first.body),
            Some(test) => {
                let test = self.expr(test)?;
                let body = self.stmts(&first.body)?;
                let orelse = self.elif_chain(rest)?;
                // The nested If spans from `elif` to the end of its chain.
                let end = clauses.last().map_or(first.range.end(), |c| c.range.end());
                let range = TextRange::new(first.range.start(), end);
                let node = self.node("If", vec![("test", test), ("body", body), ("orelse", orelse)], Some(range))?;
                Ok(self.list(vec![node]))
            }
        }
    }

    fn aliases(&mut self, names: &[ast::Alias]) -> PyResult<Value> {
        let mut out = Vec::new();
        for a in names {
            let name = self.str(a.name.as_str());
            let asname = self.opt_str(a.asname.as_ref());
            out.push(self.node("alias", vec![("name", name), ("asname", asname)], Some(a.range))?);
        }
        Ok(self.list(out))
    }

    fn keywords(&mut self, keywords: &[ast::Keyword]) -> PyResult<Value> {
        let mut out = Vec::new();
        for k in keywords {
            let arg = self.opt_str(k.arg.as_ref());
            let value = self.expr(&k.value)?;
            out.push(self.node("keyword", vec![("arg", arg), ("value", value)], Some(k.range))?);
        }
        Ok(self.list(out))
    }

    fn arg(&mut self, p: &ast::Parameter) -> PyResult<Value> {
        let name = self.str(p.name.as_str());
        let annotation = self.opt_expr(p.annotation.as_deref())?;
        self.node("arg", vec![("arg", name), ("annotation", annotation), ("type_comment", Value::None)], Some(p.range))
    }

    fn arguments(&mut self, params: Option<&ast::Parameters>) -> PyResult<Value> {
        let empty = ast::Parameters::default();
        let p = params.unwrap_or(&empty);
        let mut posonly = Vec::new();
        let mut args = Vec::new();
        let mut defaults = Vec::new();
        for a in &p.posonlyargs {
            posonly.push(self.arg(&a.parameter)?);
            if let Some(d) = &a.default {
                defaults.push(self.expr(d)?);
            }
        }
        for a in &p.args {
            args.push(self.arg(&a.parameter)?);
            if let Some(d) = &a.default {
                defaults.push(self.expr(d)?);
            }
        }
        let vararg = match &p.vararg {
            Some(v) => self.arg(v)?,
            None => Value::None,
        };
        let mut kwonly = Vec::new();
        let mut kw_defaults = Vec::new();
        for a in &p.kwonlyargs {
            kwonly.push(self.arg(&a.parameter)?);
            kw_defaults.push(self.opt_expr(a.default.as_deref())?);
        }
        let kwarg = match &p.kwarg {
            Some(v) => self.arg(v)?,
            None => Value::None,
        };
        let fields = vec![
            ("posonlyargs", self.list(posonly)),
            ("args", self.list(args)),
            ("vararg", vararg),
            ("kwonlyargs", self.list(kwonly)),
            ("kw_defaults", self.list(kw_defaults)),
            ("kwarg", kwarg),
            ("defaults", self.list(defaults)),
        ];
        self.node("arguments", fields, None)
    }

    fn comprehensions(&mut self, generators: &[ast::Comprehension]) -> PyResult<Value> {
        let mut out = Vec::new();
        for g in generators {
            let target = self.expr(&g.target)?;
            let iter = self.expr(&g.iter)?;
            let ifs = self.exprs(&g.ifs)?;
            let fields =
                vec![("target", target), ("iter", iter), ("ifs", ifs), ("is_async", Value::Int(g.is_async as i64))];
            out.push(self.node("comprehension", fields, None)?);
        }
        Ok(self.list(out))
    }

    fn constant(&mut self, value: Value, kind: Value, range: TextRange) -> PyResult<Value> {
        self.node("Constant", vec![("value", value), ("kind", kind)], Some(range))
    }

    fn expr(&mut self, expr: &Expr) -> PyResult<Value> {
        let r = Some(expr.range());
        match expr {
            Expr::BoolOp(b) => {
                let op = self.leaf(if b.op == ast::BoolOp::And { "And" } else { "Or" })?;
                let values = self.exprs(&b.values)?;
                self.node("BoolOp", vec![("op", op), ("values", values)], r)
            }
            Expr::Named(n) => {
                let target = self.expr(&n.target)?;
                let value = self.expr(&n.value)?;
                self.node("NamedExpr", vec![("target", target), ("value", value)], r)
            }
            Expr::BinOp(b) => {
                let left = self.expr(&b.left)?;
                let op = self.leaf(operator_name(b.op))?;
                let right = self.expr(&b.right)?;
                self.node("BinOp", vec![("left", left), ("op", op), ("right", right)], r)
            }
            Expr::UnaryOp(u) => {
                let op = self.leaf(match u.op {
                    ast::UnaryOp::Not => "Not",
                    ast::UnaryOp::Invert => "Invert",
                    ast::UnaryOp::UAdd => "UAdd",
                    ast::UnaryOp::USub => "USub",
                })?;
                let operand = self.expr(&u.operand)?;
                self.node("UnaryOp", vec![("op", op), ("operand", operand)], r)
            }
            Expr::Lambda(l) => {
                let args = self.arguments(l.parameters.as_deref())?;
                let body = self.expr(&l.body)?;
                self.node("Lambda", vec![("args", args), ("body", body)], r)
            }
            Expr::If(i) => {
                let test = self.expr(&i.test)?;
                let body = self.expr(&i.body)?;
                let orelse = self.expr(&i.orelse)?;
                self.node("IfExp", vec![("test", test), ("body", body), ("orelse", orelse)], r)
            }
            Expr::Dict(d) => {
                let mut keys = Vec::new();
                let mut values = Vec::new();
                for item in &d.items {
                    keys.push(self.opt_expr(item.key.as_ref())?);
                    values.push(self.expr(&item.value)?);
                }
                let keys = self.list(keys);
                let values = self.list(values);
                self.node("Dict", vec![("keys", keys), ("values", values)], r)
            }
            Expr::Set(s) => {
                let elts = self.exprs(&s.elts)?;
                self.node("Set", vec![("elts", elts)], r)
            }
            Expr::ListComp(c) => {
                let elt = self.expr(&c.elt)?;
                let generators = self.comprehensions(&c.generators)?;
                self.node("ListComp", vec![("elt", elt), ("generators", generators)], r)
            }
            Expr::SetComp(c) => {
                let elt = self.expr(&c.elt)?;
                let generators = self.comprehensions(&c.generators)?;
                self.node("SetComp", vec![("elt", elt), ("generators", generators)], r)
            }
            Expr::Generator(c) => {
                let elt = self.expr(&c.elt)?;
                let generators = self.comprehensions(&c.generators)?;
                self.node("GeneratorExp", vec![("elt", elt), ("generators", generators)], r)
            }
            Expr::DictComp(c) => {
                let key = self.opt_expr(c.key.as_deref())?;
                let value = self.expr(&c.value)?;
                let generators = self.comprehensions(&c.generators)?;
                self.node("DictComp", vec![("key", key), ("value", value), ("generators", generators)], r)
            }
            Expr::Await(a) => {
                let value = self.expr(&a.value)?;
                self.node("Await", vec![("value", value)], r)
            }
            Expr::Yield(y) => {
                let value = self.opt_expr(y.value.as_deref())?;
                self.node("Yield", vec![("value", value)], r)
            }
            Expr::YieldFrom(y) => {
                let value = self.expr(&y.value)?;
                self.node("YieldFrom", vec![("value", value)], r)
            }
            Expr::Compare(c) => {
                let left = self.expr(&c.left)?;
                let mut ops = Vec::new();
                for op in c.ops.iter() {
                    ops.push(self.leaf(compare_name(*op))?);
                }
                let ops = self.list(ops);
                let comparators = self.exprs(&c.comparators)?;
                self.node("Compare", vec![("left", left), ("ops", ops), ("comparators", comparators)], r)
            }
            Expr::Call(c) => {
                let func = self.expr(&c.func)?;
                let args = self.exprs(&c.arguments.args)?;
                let keywords = self.keywords(&c.arguments.keywords)?;
                self.node("Call", vec![("func", func), ("args", args), ("keywords", keywords)], r)
            }
            Expr::FString(f) => self.joined_str(f, expr.range()),
            Expr::StringLiteral(s) => {
                let value = self.vm.new_str(s.value.to_str());
                let unicode = s
                    .value
                    .iter()
                    .next()
                    .is_some_and(|p| p.flags.prefix() == ast::str_prefix::StringLiteralPrefix::Unicode);
                let kind = if unicode { self.vm.new_str("u") } else { Value::None };
                self.constant(value, kind, expr.range())
            }
            Expr::NumberLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {
                let Some(c) = ferropy_compiler::literal_constant(expr) else {
                    return Err(self.unsupported("this literal"));
                };
                let value = crate::types::code::constant_value(self.vm, &c);
                self.constant(value, Value::None, expr.range())
            }
            Expr::Attribute(a) => {
                let value = self.expr(&a.value)?;
                let attr = self.str(a.attr.as_str());
                let ctx = self.ctx(a.ctx)?;
                self.node("Attribute", vec![("value", value), ("attr", attr), ("ctx", ctx)], r)
            }
            Expr::Subscript(s) => {
                let value = self.expr(&s.value)?;
                let slice = self.expr(&s.slice)?;
                let ctx = self.ctx(s.ctx)?;
                self.node("Subscript", vec![("value", value), ("slice", slice), ("ctx", ctx)], r)
            }
            Expr::Starred(s) => {
                let value = self.expr(&s.value)?;
                let ctx = self.ctx(s.ctx)?;
                self.node("Starred", vec![("value", value), ("ctx", ctx)], r)
            }
            Expr::Name(n) => {
                let id = self.str(n.id.as_str());
                let ctx = self.ctx(n.ctx)?;
                self.node("Name", vec![("id", id), ("ctx", ctx)], r)
            }
            Expr::List(l) => {
                let elts = self.exprs(&l.elts)?;
                let ctx = self.ctx(l.ctx)?;
                self.node("List", vec![("elts", elts), ("ctx", ctx)], r)
            }
            Expr::Tuple(t) => {
                let elts = self.exprs(&t.elts)?;
                let ctx = self.ctx(t.ctx)?;
                self.node("Tuple", vec![("elts", elts), ("ctx", ctx)], r)
            }
            Expr::Slice(s) => {
                let lower = self.opt_expr(s.lower.as_deref())?;
                let upper = self.opt_expr(s.upper.as_deref())?;
                let step = self.opt_expr(s.step.as_deref())?;
                self.node("Slice", vec![("lower", lower), ("upper", upper), ("step", step)], r)
            }
            Expr::TString(_) => Err(self.unsupported("template strings")),
            Expr::IpyEscapeCommand(_) => Err(self.unsupported("IPython escape commands")),
        }
    }

    /// An f-string (with any literal parts concatenated to it) as
    /// JoinedStr: adjacent literal text merged into one Constant.
    fn joined_str(&mut self, f: &ast::ExprFString, range: TextRange) -> PyResult<Value> {
        let mut values = Vec::new();
        let mut text = String::new();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(s) => text.push_str(&s.value),
                ast::FStringPart::FString(fs) => {
                    self.interpolated(fs.elements.iter(), &mut text, &mut values, range)?
                }
            }
        }
        self.flush_text(&mut text, &mut values, range)?;
        let values = self.list(values);
        self.node("JoinedStr", vec![("values", values)], Some(range))
    }

    fn flush_text(&mut self, text: &mut String, values: &mut Vec<Value>, range: TextRange) -> PyResult<()> {
        if !text.is_empty() {
            let s = self.vm.new_str(std::mem::take(text));
            values.push(self.constant(s, Value::None, range)?);
        }
        Ok(())
    }

    fn interpolated<'e>(
        &mut self,
        elements: impl Iterator<Item = &'e ast::InterpolatedStringElement>,
        text: &mut String,
        values: &mut Vec<Value>,
        range: TextRange,
    ) -> PyResult<()> {
        for element in elements {
            match element {
                ast::InterpolatedStringElement::Literal(l) => text.push_str(&l.value),
                ast::InterpolatedStringElement::Interpolation(e) => {
                    let (debug_text, conversion) = ferropy_syntax::fstring_field(self.source, e);
                    text.push_str(&debug_text);
                    // CPython's FormattedValue.conversion: -1 or the letter.
                    let conversion = conversion.to_byte().map_or(-1, i64::from);
                    self.flush_text(text, values, range)?;
                    let value = self.expr(&e.expression)?;
                    let spec = match &e.format_spec {
                        Some(spec) => {
                            let mut spec_text = String::new();
                            let mut spec_values = Vec::new();
                            // In 3.11 every node inside an f-string has the
                            // f-string's own location.
                            self.interpolated(spec.elements.iter(), &mut spec_text, &mut spec_values, range)?;
                            self.flush_text(&mut spec_text, &mut spec_values, range)?;
                            let spec_values = self.list(spec_values);
                            self.node("JoinedStr", vec![("values", spec_values)], Some(range))?
                        }
                        None => Value::None,
                    };
                    let fields = vec![("value", value), ("conversion", Value::Int(conversion)), ("format_spec", spec)];
                    values.push(self.node("FormattedValue", fields, Some(range))?);
                }
            }
        }
        Ok(())
    }

    fn patterns(&mut self, items: &[Pattern]) -> PyResult<Value> {
        let mut out = Vec::new();
        for p in items {
            out.push(self.pattern(p)?);
        }
        Ok(self.list(out))
    }

    fn pattern(&mut self, pattern: &Pattern) -> PyResult<Value> {
        let r = Some(pattern.range());
        match pattern {
            Pattern::MatchValue(p) => {
                let value = self.expr(&p.value)?;
                self.node("MatchValue", vec![("value", value)], r)
            }
            Pattern::MatchSingleton(p) => {
                let value = match p.value {
                    ast::Singleton::None => Value::None,
                    ast::Singleton::True => Value::TRUE,
                    ast::Singleton::False => Value::FALSE,
                };
                self.node("MatchSingleton", vec![("value", value)], r)
            }
            Pattern::MatchSequence(p) => {
                let patterns = self.patterns(&p.patterns)?;
                self.node("MatchSequence", vec![("patterns", patterns)], r)
            }
            Pattern::MatchMapping(p) => {
                let keys = self.exprs(&p.keys)?;
                let patterns = self.patterns(&p.patterns)?;
                let rest = self.opt_str(p.rest.as_ref());
                self.node("MatchMapping", vec![("keys", keys), ("patterns", patterns), ("rest", rest)], r)
            }
            Pattern::MatchClass(p) => {
                let cls = self.expr(&p.cls)?;
                let patterns = self.patterns(&p.arguments.patterns)?;
                let attrs: Vec<Value> = p.arguments.keywords.iter().map(|k| self.vm.new_str(k.attr.as_str())).collect();
                let attrs = self.list(attrs);
                let mut kwd_patterns = Vec::new();
                for k in &p.arguments.keywords {
                    kwd_patterns.push(self.pattern(&k.pattern)?);
                }
                let kwd_patterns = self.list(kwd_patterns);
                self.node(
                    "MatchClass",
                    vec![("cls", cls), ("patterns", patterns), ("kwd_attrs", attrs), ("kwd_patterns", kwd_patterns)],
                    r,
                )
            }
            Pattern::MatchStar(p) => {
                let name = self.opt_str(p.name.as_ref());
                self.node("MatchStar", vec![("name", name)], r)
            }
            Pattern::MatchAs(p) => {
                let inner = match &p.pattern {
                    Some(inner) => self.pattern(inner)?,
                    None => Value::None,
                };
                let name = self.opt_str(p.name.as_ref());
                self.node("MatchAs", vec![("pattern", inner), ("name", name)], r)
            }
            Pattern::MatchOr(p) => {
                let patterns = self.patterns(&p.patterns)?;
                self.node("MatchOr", vec![("patterns", patterns)], r)
            }
        }
    }
}

fn operator_name(op: ast::Operator) -> &'static str {
    use ast::Operator::*;
    match op {
        Add => "Add",
        Sub => "Sub",
        Mult => "Mult",
        MatMult => "MatMult",
        Div => "Div",
        Mod => "Mod",
        Pow => "Pow",
        LShift => "LShift",
        RShift => "RShift",
        BitOr => "BitOr",
        BitXor => "BitXor",
        BitAnd => "BitAnd",
        FloorDiv => "FloorDiv",
    }
}

fn compare_name(op: ast::CmpOp) -> &'static str {
    use ast::CmpOp::*;
    match op {
        Eq => "Eq",
        NotEq => "NotEq",
        Lt => "Lt",
        LtE => "LtE",
        Gt => "Gt",
        GtE => "GtE",
        Is => "Is",
        IsNot => "IsNot",
        In => "In",
        NotIn => "NotIn",
    }
}
