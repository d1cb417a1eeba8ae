//! `compile()` of an `ast` tree: Python `ast` nodes (lib/_ast.py's) turned
//! back into the parser's ruff tree, which the compiler takes as it takes
//! a parsed one. The inverse of `ast_export.rs`.
//!
//! Positions: the compiler reads lines and columns from byte offsets into
//! the source text, and a tree from Python has no text. The import lays
//! out a blank stand-in text, every line as wide as the widest column the
//! tree uses, so that each node's (lineno, col_offset) is an offset in it
//! and the code objects get the tree's own positions.

use ferropy_syntax::ast::{self, Expr, Stmt};
use ferropy_syntax::{TextRange, TextSize};

use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Which tree `compile` was given.
pub enum Tree {
    Module(ast::ModModule),
    Expression(ast::ModExpression),
}

/// The ruff tree of a `Module`, `Interactive` or `Expression` node, and
/// the stand-in source its positions point into.
pub fn import_tree(vm: &mut Vm, root: &Value) -> PyResult<(Tree, String)> {
    let (max_line, width) = extent(vm, root)?;
    let width = width + 1;
    let mut importer = Importer { vm, width };
    let kind = importer.kind(root);
    let tree = match kind.as_str() {
        "Module" | "Interactive" => {
            let body = importer.stmts(root, "body")?;
            let range = TextRange::new(TextSize::new(0), importer.offset(max_line + 1, 0));
            Tree::Module(ast::ModModule { node_index: Default::default(), range, body: body.into_iter().collect() })
        }
        "Expression" => {
            let body = importer.field(root, "body")?;
            let body = Box::new(importer.expr(&body)?);
            let range = body_range(&body);
            Tree::Expression(ast::ModExpression { node_index: Default::default(), range, body })
        }
        other => {
            return Err(importer.vm.type_error(format!("expected Module, Expression or Interactive node, got {other}")))
        }
    };
    let line = format!("{}\n", " ".repeat(width as usize));
    Ok((tree, line.repeat(max_line as usize + 1)))
}

fn body_range(e: &Expr) -> TextRange {
    use ferropy_syntax::Ranged;
    e.range()
}

/// The largest line number and column the tree's nodes use.
fn extent(vm: &mut Vm, root: &Value) -> PyResult<(u32, u32)> {
    let ast_module = vm.import_module("ast")?;
    let walk = vm.get_attr_str(&ast_module, "walk")?;
    let nodes = vm.call(&walk, std::slice::from_ref(root))?;
    let (mut max_line, mut max_col) = (1u32, 0u32);
    for node in vm.collect(&nodes)? {
        for (line_field, col_field) in [("lineno", "col_offset"), ("end_lineno", "end_col_offset")] {
            let line = vm.get_attr_str(&node, line_field).ok().and_then(|v| small(&v));
            let col = vm.get_attr_str(&node, col_field).ok().and_then(|v| small(&v));
            max_line = max_line.max(line.unwrap_or(0));
            max_col = max_col.max(col.unwrap_or(0));
        }
    }
    Ok((max_line, max_col))
}

fn small(v: &Value) -> Option<u32> {
    match v {
        Value::Int(n) if *n >= 0 => u32::try_from(*n).ok(),
        _ => None,
    }
}

struct Importer<'v> {
    vm: &'v mut Vm,
    /// The stand-in text's line width (newline excluded).
    width: u32,
}

impl Importer<'_> {
    fn kind(&mut self, node: &Value) -> String {
        self.vm.type_name(node).to_string()
    }

    fn field(&mut self, node: &Value, name: &str) -> PyResult<Value> {
        match self.vm.get_attr_str(node, name) {
            Ok(v) => Ok(v),
            Err(_) => {
                let kind = self.kind(node);
                Err(self.vm.type_error(format!("required field \"{name}\" missing from {kind}")))
            }
        }
    }

    /// A field that may be absent or None.
    fn optional(&mut self, node: &Value, name: &str) -> Option<Value> {
        self.vm.get_attr_str(node, name).ok().filter(|v| !v.is_none())
    }

    fn items(&mut self, node: &Value, name: &str) -> PyResult<Vec<Value>> {
        match self.optional(node, name) {
            Some(v) => self.vm.collect(&v),
            None => Ok(Vec::new()),
        }
    }

    fn string(&mut self, node: &Value, name: &str) -> PyResult<String> {
        let v = self.field(node, name)?;
        match crate::types::str::as_str(&v) {
            Some(s) => Ok(s.to_string()),
            None => {
                let kind = self.kind(node);
                Err(self.vm.type_error(format!("field \"{name}\" of {kind} must be a str")))
            }
        }
    }

    fn offset(&self, line: u32, col: u32) -> TextSize {
        let line = line.max(1) - 1;
        TextSize::new(line * (self.width + 1) + col.min(self.width))
    }

    /// A node's range from its lineno/col_offset/end_lineno/end_col_offset;
    /// `category` names the node's kind in the error ("stmt", "expr"...).
    fn range_of(&mut self, node: &Value, category: &str) -> PyResult<TextRange> {
        let get = |this: &mut Self, name: &str| -> PyResult<Option<u32>> {
            match this.vm.get_attr_str(node, name) {
                Ok(v) if v.is_none() => Ok(None),
                Ok(v) => Ok(small(&v)),
                Err(_) => Ok(None),
            }
        };
        let Some(line) = get(self, "lineno")? else {
            return Err(self.vm.type_error(format!("required field \"lineno\" missing from {category}")));
        };
        let col = get(self, "col_offset")?.unwrap_or(0);
        let end_line = get(self, "end_lineno")?.unwrap_or(line).max(line);
        let end_col = get(self, "end_col_offset")?.unwrap_or(col);
        let start = self.offset(line, col);
        let end = self.offset(end_line, end_col).max(start);
        Ok(TextRange::new(start, end))
    }

    fn identifier(&mut self, node: &Value, name: &str, range: TextRange) -> PyResult<ast::Identifier> {
        let text = self.string(node, name)?;
        Ok(ast::Identifier::new(ast::name::Name::new(text), range))
    }

    fn optional_identifier(&mut self, node: &Value, name: &str, range: TextRange) -> PyResult<Option<ast::Identifier>> {
        match self.optional(node, name) {
            Some(_) => self.identifier(node, name, range).map(Some),
            None => Ok(None),
        }
    }

    // -- statements --------------------------------------------------------

    fn stmts(&mut self, node: &Value, name: &str) -> PyResult<Vec<Stmt>> {
        let items = self.items(node, name)?;
        items.iter().map(|s| self.stmt(s)).collect()
    }

    fn body(&mut self, node: &Value, name: &str) -> PyResult<thin_vec::ThinVec<Stmt>> {
        Ok(self.stmts(node, name)?.into_iter().collect())
    }

    fn expr_field(&mut self, node: &Value, name: &str) -> PyResult<Box<Expr>> {
        let v = self.field(node, name)?;
        if v.is_none() {
            let kind = self.kind(node);
            return Err(self.vm.value_error(format!("field '{name}' is required for {kind}")));
        }
        Ok(Box::new(self.expr(&v)?))
    }

    fn optional_expr(&mut self, node: &Value, name: &str) -> PyResult<Option<Box<Expr>>> {
        match self.optional(node, name) {
            Some(v) => Ok(Some(Box::new(self.expr(&v)?))),
            None => Ok(None),
        }
    }

    fn exprs(&mut self, node: &Value, name: &str) -> PyResult<Vec<Expr>> {
        let items = self.items(node, name)?;
        items.iter().map(|e| self.expr(e)).collect()
    }

    fn stmt(&mut self, node: &Value) -> PyResult<Stmt> {
        let kind = self.kind(node);
        let range = self.range_of(node, "stmt")?;
        let node_index = Default::default();
        Ok(match kind.as_str() {
            "FunctionDef" | "AsyncFunctionDef" => Stmt::FunctionDef(ast::StmtFunctionDef {
                node_index,
                range,
                is_async: kind == "AsyncFunctionDef",
                decorator_list: self.decorators(node)?,
                name: self.identifier(node, "name", range)?,
                type_params: None,
                parameters: Box::new(self.parameters(node, range)?),
                returns: self.optional_expr(node, "returns")?,
                body: self.body(node, "body")?,
            }),
            "ClassDef" => {
                let bases = self.exprs(node, "bases")?;
                let keywords = self.keywords(node)?;
                let arguments = if bases.is_empty() && keywords.is_empty() {
                    None
                } else {
                    Some(Box::new(ast::Arguments {
                        range,
                        node_index: Default::default(),
                        args: bases.into_boxed_slice(),
                        keywords: keywords.into_iter().collect(),
                    }))
                };
                Stmt::ClassDef(ast::StmtClassDef {
                    node_index,
                    range,
                    decorator_list: self.decorators(node)?,
                    name: self.identifier(node, "name", range)?,
                    type_params: None,
                    arguments,
                    body: self.body(node, "body")?,
                })
            }
            "Return" => Stmt::Return(ast::StmtReturn { node_index, range, value: self.optional_expr(node, "value")? }),
            "Delete" => Stmt::Delete(ast::StmtDelete { node_index, range, targets: self.exprs(node, "targets")? }),
            "Assign" => Stmt::Assign(ast::StmtAssign {
                node_index,
                range,
                targets: self.exprs(node, "targets")?,
                value: self.expr_field(node, "value")?,
            }),
            "AugAssign" => Stmt::AugAssign(ast::StmtAugAssign {
                node_index,
                range,
                target: self.expr_field(node, "target")?,
                op: self.operator(node)?,
                value: self.expr_field(node, "value")?,
            }),
            "AnnAssign" => {
                let simple = self.field(node, "simple")?;
                Stmt::AnnAssign(ast::StmtAnnAssign {
                    node_index,
                    range,
                    target: self.expr_field(node, "target")?,
                    annotation: self.expr_field(node, "annotation")?,
                    value: self.optional_expr(node, "value")?,
                    simple: self.vm.truthy(&simple)?,
                })
            }
            "For" | "AsyncFor" => Stmt::For(ast::StmtFor {
                node_index,
                range,
                is_async: kind == "AsyncFor",
                target: self.expr_field(node, "target")?,
                iter: self.expr_field(node, "iter")?,
                body: self.body(node, "body")?,
                orelse: self.body(node, "orelse")?,
            }),
            "While" => Stmt::While(ast::StmtWhile {
                node_index,
                range,
                test: self.expr_field(node, "test")?,
                body: self.body(node, "body")?,
                orelse: self.body(node, "orelse")?,
            }),
            "If" => {
                let orelse = self.stmts(node, "orelse")?;
                let clauses = if orelse.is_empty() {
                    Vec::new()
                } else {
                    // An else holding just an if is an elif as far as the
                    // compiler cares; a plain else clause is just as good.
                    vec![ast::ElifElseClause {
                        range: TextRange::new(ferropy_syntax::Ranged::range(&orelse[0]).start(), range.end()),
                        node_index: Default::default(),
                        test: None,
                        body: orelse.into_iter().collect(),
                    }]
                };
                Stmt::If(ast::StmtIf {
                    node_index,
                    range,
                    test: self.expr_field(node, "test")?,
                    body: self.body(node, "body")?,
                    elif_else_clauses: clauses,
                })
            }
            "With" | "AsyncWith" => {
                let mut items = Vec::new();
                for item in self.items(node, "items")? {
                    let context_expr = self.field(&item, "context_expr")?;
                    let context_expr = self.expr(&context_expr)?;
                    let optional_vars = self.optional_expr(&item, "optional_vars")?;
                    let start = ferropy_syntax::Ranged::range(&context_expr).start();
                    let end = optional_vars.as_ref().map_or(ferropy_syntax::Ranged::range(&context_expr).end(), |v| {
                        ferropy_syntax::Ranged::range(v.as_ref()).end()
                    });
                    items.push(ast::WithItem {
                        range: TextRange::new(start, end.max(start)),
                        node_index: Default::default(),
                        context_expr,
                        optional_vars,
                    });
                }
                Stmt::With(ast::StmtWith {
                    node_index,
                    range,
                    is_async: kind == "AsyncWith",
                    items,
                    body: self.body(node, "body")?,
                })
            }
            "Raise" => Stmt::Raise(ast::StmtRaise {
                node_index,
                range,
                exc: self.optional_expr(node, "exc")?,
                cause: self.optional_expr(node, "cause")?,
            }),
            "Try" | "TryStar" => {
                let mut handlers = Vec::new();
                for h in self.items(node, "handlers")? {
                    let hrange = self.range_of(&h, "excepthandler")?;
                    handlers.push(ast::ExceptHandler::ExceptHandler(ast::ExceptHandlerExceptHandler {
                        range: hrange,
                        node_index: Default::default(),
                        type_: self.optional_expr(&h, "type")?,
                        name: self.optional_identifier(&h, "name", hrange)?,
                        body: self.body(&h, "body")?,
                    }));
                }
                Stmt::Try(ast::StmtTry {
                    node_index,
                    range,
                    body: self.body(node, "body")?,
                    handlers,
                    orelse: self.body(node, "orelse")?,
                    finalbody: self.body(node, "finalbody")?,
                    is_star: kind == "TryStar",
                })
            }
            "Assert" => Stmt::Assert(ast::StmtAssert {
                node_index,
                range,
                test: self.expr_field(node, "test")?,
                msg: self.optional_expr(node, "msg")?,
            }),
            "Import" => {
                Stmt::Import(ast::StmtImport { node_index, range, names: self.aliases(node, range)?, is_lazy: false })
            }
            "ImportFrom" => {
                let level = self.optional(node, "level").and_then(|v| small(&v)).unwrap_or(0);
                Stmt::ImportFrom(ast::StmtImportFrom {
                    node_index,
                    range,
                    module: self.optional_identifier(node, "module", range)?,
                    names: self.aliases(node, range)?,
                    level,
                    is_lazy: false,
                })
            }
            "Global" | "Nonlocal" => {
                let mut names = Vec::new();
                for n in self.items(node, "names")? {
                    let text = crate::types::str::as_str(&n).unwrap_or("").to_string();
                    names.push(ast::Identifier::new(ast::name::Name::new(text), range));
                }
                if kind == "Global" {
                    Stmt::Global(ast::StmtGlobal { node_index, range, names })
                } else {
                    Stmt::Nonlocal(ast::StmtNonlocal { node_index, range, names })
                }
            }
            "Expr" => Stmt::Expr(ast::StmtExpr { node_index, range, value: self.expr_field(node, "value")? }),
            "Pass" => Stmt::Pass(ast::StmtPass { node_index, range }),
            "Break" => Stmt::Break(ast::StmtBreak { node_index, range }),
            "Continue" => Stmt::Continue(ast::StmtContinue { node_index, range }),
            "Match" => {
                return Err(self.vm.not_implemented_error(
                    "compile() of an AST with a match statement is not supported by ferropy yet",
                ))
            }
            other => {
                let repr = self.vm.repr_string(node).unwrap_or_else(|_| other.to_string());
                return Err(self.vm.type_error(format!("expected some sort of stmt, but got {repr}")));
            }
        })
    }

    fn decorators(&mut self, node: &Value) -> PyResult<thin_vec::ThinVec<ast::Decorator>> {
        let mut out = thin_vec::ThinVec::new();
        for d in self.items(node, "decorator_list")? {
            let expression = self.expr(&d)?;
            let range = ferropy_syntax::Ranged::range(&expression);
            out.push(ast::Decorator { range, node_index: Default::default(), expression });
        }
        Ok(out)
    }

    fn aliases(&mut self, node: &Value, range: TextRange) -> PyResult<Vec<ast::Alias>> {
        let mut out = Vec::new();
        for a in self.items(node, "names")? {
            let arange = self.range_of(&a, "alias").unwrap_or(range);
            out.push(ast::Alias {
                range: arange,
                node_index: Default::default(),
                name: self.identifier(&a, "name", arange)?,
                asname: self.optional_identifier(&a, "asname", arange)?,
            });
        }
        Ok(out)
    }

    fn keywords(&mut self, node: &Value) -> PyResult<Vec<ast::Keyword>> {
        let mut out = Vec::new();
        for k in self.items(node, "keywords")? {
            let value = self.field(&k, "value")?;
            let value = self.expr(&value)?;
            let range = self.range_of(&k, "keyword").unwrap_or_else(|_| ferropy_syntax::Ranged::range(&value));
            out.push(ast::Keyword {
                range,
                node_index: Default::default(),
                arg: self.optional_identifier(&k, "arg", range)?,
                value,
            });
        }
        Ok(out)
    }

    fn parameter(&mut self, arg: &Value, fallback: TextRange) -> PyResult<ast::Parameter> {
        let range = self.range_of(arg, "arg").unwrap_or(fallback);
        Ok(ast::Parameter {
            range,
            node_index: Default::default(),
            name: self.identifier(arg, "arg", range)?,
            annotation: self.optional_expr(arg, "annotation")?,
        })
    }

    /// The `arguments` node of a def or lambda.
    fn parameters(&mut self, node: &Value, range: TextRange) -> PyResult<ast::Parameters> {
        let args = self.field(node, "args")?;
        let posonly = self.items(&args, "posonlyargs")?;
        let plain = self.items(&args, "args")?;
        let kwonly = self.items(&args, "kwonlyargs")?;
        let defaults = self.items(&args, "defaults")?;
        let kw_defaults = self.items(&args, "kw_defaults")?;
        let positional: Vec<(Value, bool)> =
            posonly.into_iter().map(|a| (a, true)).chain(plain.into_iter().map(|a| (a, false))).collect();
        let first_default = positional.len().saturating_sub(defaults.len());
        let mut out = ast::Parameters {
            range,
            node_index: Default::default(),
            posonlyargs: Default::default(),
            args: Default::default(),
            vararg: None,
            kwonlyargs: Default::default(),
            kwarg: None,
        };
        for (i, (arg, is_posonly)) in positional.iter().enumerate() {
            let parameter = self.parameter(arg, range)?;
            let default = match i.checked_sub(first_default) {
                Some(d) => Some(Box::new(self.expr(&defaults[d])?)),
                None => None,
            };
            let p = ast::ParameterWithDefault {
                range: parameter.range,
                node_index: Default::default(),
                parameter,
                default,
            };
            if *is_posonly {
                out.posonlyargs.push(p);
            } else {
                out.args.push(p);
            }
        }
        for (i, arg) in kwonly.iter().enumerate() {
            let parameter = self.parameter(arg, range)?;
            let default = match kw_defaults.get(i).filter(|d| !d.is_none()) {
                Some(d) => Some(Box::new(self.expr(d)?)),
                None => None,
            };
            out.kwonlyargs.push(ast::ParameterWithDefault {
                range: parameter.range,
                node_index: Default::default(),
                parameter,
                default,
            });
        }
        if let Some(v) = self.optional(&args, "vararg") {
            out.vararg = Some(Box::new(self.parameter(&v, range)?));
        }
        if let Some(v) = self.optional(&args, "kwarg") {
            out.kwarg = Some(Box::new(self.parameter(&v, range)?));
        }
        Ok(out)
    }

    fn operator(&mut self, node: &Value) -> PyResult<ast::Operator> {
        use ast::Operator::*;
        let op = self.field(node, "op")?;
        Ok(match self.kind(&op).as_str() {
            "Add" => Add,
            "Sub" => Sub,
            "Mult" => Mult,
            "MatMult" => MatMult,
            "Div" => Div,
            "Mod" => Mod,
            "Pow" => Pow,
            "LShift" => LShift,
            "RShift" => RShift,
            "BitOr" => BitOr,
            "BitXor" => BitXor,
            "BitAnd" => BitAnd,
            "FloorDiv" => FloorDiv,
            other => return Err(self.vm.type_error(format!("expected some sort of operator, but got {other}"))),
        })
    }

    fn context(&mut self, node: &Value) -> ast::ExprContext {
        match self.optional(node, "ctx").map(|c| self.kind(&c)).as_deref() {
            Some("Store") => ast::ExprContext::Store,
            Some("Del") => ast::ExprContext::Del,
            _ => ast::ExprContext::Load,
        }
    }

    // -- expressions -------------------------------------------------------

    fn comprehensions(&mut self, node: &Value) -> PyResult<Vec<ast::Comprehension>> {
        let mut out = Vec::new();
        for g in self.items(node, "generators")? {
            let target = self.field(&g, "target")?;
            let target = self.expr(&target)?;
            let iter = self.field(&g, "iter")?;
            let iter = self.expr(&iter)?;
            let is_async = self.optional(&g, "is_async").map(|v| self.vm.truthy(&v)).transpose()?.unwrap_or(false);
            let range = TextRange::new(
                ferropy_syntax::Ranged::range(&target).start(),
                ferropy_syntax::Ranged::range(&iter).end(),
            );
            out.push(ast::Comprehension {
                range: TextRange::new(range.start(), range.end().max(range.start())),
                node_index: Default::default(),
                target,
                iter,
                ifs: self.exprs(&g, "ifs")?,
                is_async,
            });
        }
        Ok(out)
    }

    fn expr(&mut self, node: &Value) -> PyResult<Expr> {
        let kind = self.kind(node);
        let range = self.range_of(node, "expr")?;
        let node_index = Default::default();
        Ok(match kind.as_str() {
            "BoolOp" => {
                let op = self.field(node, "op")?;
                let op = if self.kind(&op) == "And" { ast::BoolOp::And } else { ast::BoolOp::Or };
                Expr::BoolOp(ast::ExprBoolOp { node_index, range, op, values: self.exprs(node, "values")? })
            }
            "NamedExpr" => Expr::Named(ast::ExprNamed {
                node_index,
                range,
                target: self.expr_field(node, "target")?,
                value: self.expr_field(node, "value")?,
            }),
            "BinOp" => Expr::BinOp(ast::ExprBinOp {
                node_index,
                range,
                left: self.expr_field(node, "left")?,
                op: self.operator(node)?,
                right: self.expr_field(node, "right")?,
            }),
            "UnaryOp" => {
                let op = self.field(node, "op")?;
                let op = match self.kind(&op).as_str() {
                    "Invert" => ast::UnaryOp::Invert,
                    "Not" => ast::UnaryOp::Not,
                    "UAdd" => ast::UnaryOp::UAdd,
                    _ => ast::UnaryOp::USub,
                };
                Expr::UnaryOp(ast::ExprUnaryOp { node_index, range, op, operand: self.expr_field(node, "operand")? })
            }
            "Lambda" => Expr::Lambda(ast::ExprLambda {
                node_index,
                range,
                parameters: Some(Box::new(self.parameters(node, range)?)),
                body: self.expr_field(node, "body")?,
            }),
            "IfExp" => Expr::If(ast::ExprIf {
                node_index,
                range,
                test: self.expr_field(node, "test")?,
                body: self.expr_field(node, "body")?,
                orelse: self.expr_field(node, "orelse")?,
            }),
            "Dict" => {
                let keys = self.items(node, "keys")?;
                let values = self.items(node, "values")?;
                let mut items = Vec::new();
                for (k, v) in keys.iter().zip(values.iter()) {
                    let key = if k.is_none() { None } else { Some(self.expr(k)?) };
                    items.push(ast::DictItem { key, value: self.expr(v)? });
                }
                Expr::Dict(ast::ExprDict { node_index, range, items })
            }
            "Set" => Expr::Set(ast::ExprSet { node_index, range, elts: self.exprs(node, "elts")? }),
            "ListComp" => Expr::ListComp(ast::ExprListComp {
                node_index,
                range,
                elt: self.expr_field(node, "elt")?,
                generators: self.comprehensions(node)?,
            }),
            "SetComp" => Expr::SetComp(ast::ExprSetComp {
                node_index,
                range,
                elt: self.expr_field(node, "elt")?,
                generators: self.comprehensions(node)?,
            }),
            "DictComp" => Expr::DictComp(ast::ExprDictComp {
                node_index,
                range,
                key: Some(self.expr_field(node, "key")?),
                value: self.expr_field(node, "value")?,
                generators: self.comprehensions(node)?,
            }),
            "GeneratorExp" => Expr::Generator(ast::ExprGenerator {
                node_index,
                range,
                elt: self.expr_field(node, "elt")?,
                generators: self.comprehensions(node)?,
                parenthesized: true,
            }),
            "Await" => Expr::Await(ast::ExprAwait { node_index, range, value: self.expr_field(node, "value")? }),
            "Yield" => Expr::Yield(ast::ExprYield { node_index, range, value: self.optional_expr(node, "value")? }),
            "YieldFrom" => {
                Expr::YieldFrom(ast::ExprYieldFrom { node_index, range, value: self.expr_field(node, "value")? })
            }
            "Compare" => {
                let mut ops = Vec::new();
                for op in self.items(node, "ops")? {
                    use ast::CmpOp::*;
                    ops.push(match self.kind(&op).as_str() {
                        "Eq" => Eq,
                        "NotEq" => NotEq,
                        "Lt" => Lt,
                        "LtE" => LtE,
                        "Gt" => Gt,
                        "GtE" => GtE,
                        "Is" => Is,
                        "IsNot" => IsNot,
                        "In" => In,
                        _ => NotIn,
                    });
                }
                Expr::Compare(ast::ExprCompare {
                    node_index,
                    range,
                    left: self.expr_field(node, "left")?,
                    ops: ops.into_boxed_slice(),
                    comparators: self.exprs(node, "comparators")?.into_boxed_slice(),
                })
            }
            "Call" => {
                let func = self.expr_field(node, "func")?;
                let args = self.exprs(node, "args")?;
                let keywords = self.keywords(node)?;
                let args_start = ferropy_syntax::Ranged::range(func.as_ref()).end().min(range.end());
                Expr::Call(ast::ExprCall {
                    node_index,
                    range_start: range.start(),
                    func,
                    arguments: ast::Arguments {
                        range: TextRange::new(args_start.max(range.start()), range.end()),
                        node_index: Default::default(),
                        args: args.into_boxed_slice(),
                        keywords: keywords.into_iter().collect(),
                    },
                })
            }
            "FormattedValue" | "JoinedStr" => self.joined_str(node, range)?,
            "Constant" => {
                let value = self.field(node, "value")?;
                self.constant(&value, range)?
            }
            "Attribute" => Expr::Attribute(ast::ExprAttribute {
                node_index,
                range,
                value: self.expr_field(node, "value")?,
                attr: self.identifier(node, "attr", range)?,
                ctx: self.context(node),
            }),
            "Subscript" => Expr::Subscript(ast::ExprSubscript {
                node_index,
                range,
                value: self.expr_field(node, "value")?,
                slice: self.expr_field(node, "slice")?,
                ctx: self.context(node),
            }),
            "Starred" => Expr::Starred(ast::ExprStarred {
                node_index,
                range,
                value: self.expr_field(node, "value")?,
                ctx: self.context(node),
            }),
            "Name" => {
                let id = self.string(node, "id")?;
                Expr::Name(ast::ExprName { node_index, range, id: ast::name::Name::new(id), ctx: self.context(node) })
            }
            "List" => Expr::List(ast::ExprList {
                node_index,
                range,
                elts: self.exprs(node, "elts")?,
                ctx: self.context(node),
            }),
            "Tuple" => Expr::Tuple(ast::ExprTuple {
                node_index,
                range,
                elts: self.exprs(node, "elts")?,
                ctx: self.context(node),
                parenthesized: true,
            }),
            "Slice" => Expr::Slice(ast::ExprSlice {
                node_index,
                range,
                lower: self.optional_expr(node, "lower")?,
                upper: self.optional_expr(node, "upper")?,
                step: self.optional_expr(node, "step")?,
            }),
            other => {
                let repr = self.vm.repr_string(node).unwrap_or_else(|_| other.to_string());
                return Err(self.vm.type_error(format!("expected some sort of expr, but got {repr}")));
            }
        })
    }

    /// A `Constant`'s value as a literal expression.
    fn constant(&mut self, value: &Value, range: TextRange) -> PyResult<Expr> {
        let node_index = Default::default();
        let number = |value: ast::Number| {
            Expr::NumberLiteral(ast::ExprNumberLiteral { node_index: Default::default(), range, value })
        };
        Ok(match value {
            Value::None => Expr::NoneLiteral(ast::ExprNoneLiteral { node_index, range }),
            Value::Bool(b) => Expr::BooleanLiteral(ast::ExprBooleanLiteral { node_index, range, value: b.get() }),
            Value::Float(f) if f.get().is_sign_negative() => self.negated(number(ast::Number::Float(-f.get())), range),
            Value::Float(f) => number(ast::Number::Float(f.get())),
            _ if crate::types::int::as_int(value).is_some() => {
                let text = self.vm.str_string(value)?;
                let (negative, digits) = match text.strip_prefix('-') {
                    Some(rest) => (true, rest.to_string()),
                    None => (false, text),
                };
                let int: ast::Int = digits.parse().map_err(|_| self.vm.value_error("bad integer constant"))?;
                let literal = number(ast::Number::Int(int));
                if negative {
                    self.negated(literal, range)
                } else {
                    literal
                }
            }
            _ if crate::types::str::as_str(value).is_some() => {
                let text = crate::types::str::as_str(value).unwrap_or("").to_string();
                Expr::StringLiteral(ast::ExprStringLiteral {
                    node_index,
                    range,
                    value: ast::StringLiteralValue::single(ast::StringLiteral {
                        range,
                        node_index: Default::default(),
                        value: text.into_boxed_str(),
                        flags: ast::StringLiteralFlags::empty(),
                    }),
                })
            }
            _ if matches!(value.payload(), Some(crate::object::Payload::Bytes(_))) => {
                let data = crate::types::bytes::as_bytes_like(value).unwrap_or_default();
                Expr::BytesLiteral(ast::ExprBytesLiteral {
                    node_index,
                    range,
                    value: ast::BytesLiteralValue::single(ast::BytesLiteral {
                        range,
                        node_index: Default::default(),
                        value: data.into_boxed_slice(),
                        flags: ast::BytesLiteralFlags::empty(),
                    }),
                })
            }
            _ if matches!(value.payload(), Some(crate::object::Payload::Complex(_))) => {
                let imag = self.vm.get_attr_str(value, "imag")?;
                let real = self.vm.get_attr_str(value, "real")?;
                let (Value::Float(imag), Value::Float(real)) = (imag, real) else {
                    return Err(self.vm.type_error("bad complex constant"));
                };
                number(ast::Number::Complex { real: real.get(), imag: imag.get() })
            }
            _ if matches!(value.payload(), Some(crate::object::Payload::Ellipsis)) => {
                Expr::EllipsisLiteral(ast::ExprEllipsisLiteral { node_index, range })
            }
            _ if crate::types::tuple::items(value).is_some() => {
                let items = crate::types::tuple::items(value).map(|t| t.to_vec()).unwrap_or_default();
                let elts = items.iter().map(|v| self.constant(v, range)).collect::<PyResult<Vec<_>>>()?;
                Expr::Tuple(ast::ExprTuple {
                    node_index,
                    range,
                    elts,
                    ctx: ast::ExprContext::Load,
                    parenthesized: true,
                })
            }
            _ => {
                let tn = self.vm.type_name(value);
                return Err(self.vm.type_error(format!("got an invalid type in Constant: {tn}")));
            }
        })
    }

    fn negated(&mut self, operand: Expr, range: TextRange) -> Expr {
        Expr::UnaryOp(ast::ExprUnaryOp {
            node_index: Default::default(),
            range,
            op: ast::UnaryOp::USub,
            operand: Box::new(operand),
        })
    }

    /// A `JoinedStr` (or a lone `FormattedValue`) as an f-string.
    fn joined_str(&mut self, node: &Value, range: TextRange) -> PyResult<Expr> {
        let parts = if self.kind(node) == "JoinedStr" { self.items(node, "values")? } else { vec![node.clone()] };
        let elements = self.f_string_elements(&parts, range)?;
        Ok(Expr::FString(ast::ExprFString {
            node_index: Default::default(),
            range,
            value: ast::FStringValue::single(ast::FString {
                range,
                node_index: Default::default(),
                elements,
                flags: ast::FStringFlags::empty(),
            }),
        }))
    }

    fn f_string_elements(&mut self, parts: &[Value], range: TextRange) -> PyResult<ast::InterpolatedStringElements> {
        let mut elements = Vec::new();
        for part in parts {
            match self.kind(part).as_str() {
                "Constant" => {
                    let value = self.field(part, "value")?;
                    let text = crate::types::str::as_str(&value).unwrap_or("").to_string();
                    elements.push(ast::InterpolatedStringElement::Literal(ast::InterpolatedStringLiteralElement {
                        range,
                        node_index: Default::default(),
                        value: text.into_boxed_str(),
                    }));
                }
                "FormattedValue" => {
                    let conversion = match self.optional(part, "conversion").and_then(|v| match v {
                        Value::Int(n) => Some(n),
                        _ => None,
                    }) {
                        Some(115) => ast::ConversionFlag::Str,
                        Some(114) => ast::ConversionFlag::Repr,
                        Some(97) => ast::ConversionFlag::Ascii,
                        _ => ast::ConversionFlag::None,
                    };
                    let format_spec = match self.optional(part, "format_spec") {
                        Some(spec) => {
                            let spec_parts = self.items(&spec, "values")?;
                            Some(Box::new(ast::InterpolatedStringFormatSpec {
                                range,
                                node_index: Default::default(),
                                elements: self.f_string_elements(&spec_parts, range)?,
                            }))
                        }
                        None => None,
                    };
                    elements.push(ast::InterpolatedStringElement::Interpolation(ast::InterpolatedElement {
                        range,
                        node_index: Default::default(),
                        expression: self.expr_field(part, "value")?,
                        debug_text: None,
                        conversion,
                        format_spec,
                    }));
                }
                other => {
                    return Err(self.vm.type_error(format!("unexpected node in JoinedStr: {other}")));
                }
            }
        }
        Ok(ast::InterpolatedStringElements::from(elements))
    }
}
