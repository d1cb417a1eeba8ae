//! Expressions back to source text, for `from __future__ import
//! annotations` (PEP 563): an annotation is stored as the string CPython
//! 3.11 makes of its AST. That text is canonical, not the programmer's
//! spelling: constants are their reprs (`0x10` is `16`, `1e400` is
//! `1e309`), spaces go around binary operators, and parentheses appear
//! only where precedence needs them.
//!
//! Each node is written at a precedence level; it adds parentheses when
//! the level its context asks for is above its own.

use ruff_python_ast::{self as ast, Expr, InterpolatedStringElement};
use ruff_text_size::Ranged;

use ferropy_bytecode::Constant;

use super::expr::constant_of;

/// The levels of CPython's expression grammar, loosest first.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Prec {
    Tuple,
    Test,
    Or,
    And,
    Not,
    Cmp,
    BitOr,
    BitXor,
    BitAnd,
    Shift,
    Arith,
    Term,
    Factor,
    Power,
    Await,
    Atom,
}

impl Prec {
    fn next(self) -> Prec {
        use Prec::*;
        match self {
            Tuple => Test,
            Test => Or,
            Or => And,
            And => Not,
            Not => Cmp,
            Cmp => BitOr,
            BitOr => BitXor,
            BitXor => BitAnd,
            BitAnd => Shift,
            Shift => Arith,
            Arith => Term,
            Term => Factor,
            Factor => Power,
            Power => Await,
            Await | Atom => Atom,
        }
    }
}

/// Writes an annotation's text. `repr` gives a constant's Python repr
/// (the runtime knows Unicode printability and float formatting);
/// `source` is needed for the text of `f"{x=}"`.
pub fn unparse_annotation(expr: &Expr, source: &str, repr: fn(&Constant) -> String) -> String {
    let mut u = Unparser { out: String::new(), source, repr };
    u.expr(expr, Prec::Test);
    u.out
}

struct Unparser<'s> {
    out: String,
    source: &'s str,
    repr: fn(&Constant) -> String,
}

impl Unparser<'_> {
    fn open(&mut self, cond: bool) {
        if cond {
            self.out.push('(');
        }
    }

    fn close(&mut self, cond: bool) {
        if cond {
            self.out.push(')');
        }
    }

    fn sep(&mut self, i: usize, text: &str) {
        if i > 0 {
            self.out.push_str(text);
        }
    }

    fn constant(&mut self, c: &Constant) {
        let text = match c {
            Constant::Ellipsis => "...".to_string(),
            // CPython spells an infinity as a literal that overflows to it.
            Constant::Float(_) | Constant::Complex { .. } => (self.repr)(c).replace("inf", "1e309"),
            other => (self.repr)(other),
        };
        self.out.push_str(&text);
    }

    fn expr(&mut self, expr: &Expr, level: Prec) {
        match expr {
            Expr::BoolOp(b) => {
                let pr = if b.op == ast::BoolOp::And { Prec::And } else { Prec::Or };
                let op = if b.op == ast::BoolOp::And { " and " } else { " or " };
                self.open(level > pr);
                for (i, v) in b.values.iter().enumerate() {
                    self.sep(i, op);
                    self.expr(v, pr.next());
                }
                self.close(level > pr);
            }
            Expr::Named(n) => {
                self.open(level > Prec::Tuple);
                self.expr(&n.target, Prec::Atom);
                self.out.push_str(" := ");
                self.expr(&n.value, Prec::Atom);
                self.close(level > Prec::Tuple);
            }
            Expr::BinOp(b) => self.binop(b, level),
            Expr::UnaryOp(u) => {
                let (op, pr) = match u.op {
                    ast::UnaryOp::Not => ("not ", Prec::Not),
                    ast::UnaryOp::Invert => ("~", Prec::Factor),
                    ast::UnaryOp::UAdd => ("+", Prec::Factor),
                    ast::UnaryOp::USub => ("-", Prec::Factor),
                };
                self.open(level > pr);
                self.out.push_str(op);
                self.expr(&u.operand, pr);
                self.close(level > pr);
            }
            Expr::Lambda(l) => {
                self.open(level > Prec::Test);
                let has_params = l.parameters.as_ref().is_some_and(|p| !p.posonlyargs.is_empty() || !p.args.is_empty());
                self.out.push_str(if has_params { "lambda " } else { "lambda" });
                if let Some(params) = &l.parameters {
                    self.parameters(params);
                }
                self.out.push_str(": ");
                self.expr(&l.body, Prec::Test);
                self.close(level > Prec::Test);
            }
            Expr::If(i) => {
                self.open(level > Prec::Test);
                self.expr(&i.body, Prec::Test.next());
                self.out.push_str(" if ");
                self.expr(&i.test, Prec::Test.next());
                self.out.push_str(" else ");
                self.expr(&i.orelse, Prec::Test);
                self.close(level > Prec::Test);
            }
            Expr::Dict(d) => {
                self.out.push('{');
                for (i, item) in d.items.iter().enumerate() {
                    self.sep(i, ", ");
                    match &item.key {
                        Some(k) => {
                            self.expr(k, Prec::Test);
                            self.out.push_str(": ");
                            self.expr(&item.value, Prec::Test);
                        }
                        None => {
                            self.out.push_str("**");
                            self.expr(&item.value, Prec::BitOr);
                        }
                    }
                }
                self.out.push('}');
            }
            Expr::Set(s) => self.sequence("{", &s.elts, "}"),
            Expr::List(l) => self.sequence("[", &l.elts, "]"),
            Expr::Tuple(t) => {
                if t.elts.is_empty() {
                    self.out.push_str("()");
                } else {
                    self.open(level > Prec::Tuple);
                    self.elements(&t.elts);
                    self.close(level > Prec::Tuple);
                }
            }
            Expr::ListComp(c) => self.comprehension("[", &c.elt, &c.generators, "]"),
            Expr::SetComp(c) => self.comprehension("{", &c.elt, &c.generators, "}"),
            Expr::Generator(c) => self.comprehension("(", &c.elt, &c.generators, ")"),
            Expr::DictComp(c) => {
                self.out.push('{');
                if let Some(key) = &c.key {
                    self.expr(key, Prec::Test);
                }
                self.out.push_str(": ");
                self.expr(&c.value, Prec::Test);
                self.generators(&c.generators);
                self.out.push('}');
            }
            Expr::Await(a) => {
                self.open(level > Prec::Await);
                self.out.push_str("await ");
                self.expr(&a.value, Prec::Atom);
                self.close(level > Prec::Await);
            }
            Expr::Yield(y) => match &y.value {
                None => self.out.push_str("(yield)"),
                Some(v) => {
                    self.out.push_str("(yield ");
                    self.expr(v, Prec::Test);
                    self.out.push(')');
                }
            },
            Expr::YieldFrom(y) => {
                self.out.push_str("(yield from ");
                self.expr(&y.value, Prec::Test);
                self.out.push(')');
            }
            Expr::Compare(c) => {
                self.open(level > Prec::Cmp);
                self.expr(&c.left, Prec::Cmp.next());
                for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
                    self.out.push(' ');
                    self.out.push_str(op.as_str());
                    self.out.push(' ');
                    self.expr(right, Prec::Cmp.next());
                }
                self.close(level > Prec::Cmp);
            }
            Expr::Call(c) => {
                self.expr(&c.func, Prec::Atom);
                let args = &c.arguments;
                if let ([Expr::Generator(g)], true) = (&args.args[..], args.keywords.is_empty()) {
                    // `f(x for x in y)`: the generator's parentheses serve.
                    self.comprehension("(", &g.elt, &g.generators, ")");
                    return;
                }
                self.out.push('(');
                let mut i = 0;
                for a in args.args.iter() {
                    self.sep(i, ", ");
                    self.expr(a, Prec::Test);
                    i += 1;
                }
                for k in args.keywords.iter() {
                    self.sep(i, ", ");
                    match &k.arg {
                        Some(name) => {
                            self.out.push_str(name.as_str());
                            self.out.push('=');
                        }
                        None => self.out.push_str("**"),
                    }
                    self.expr(&k.value, Prec::Test);
                    i += 1;
                }
                self.out.push(')');
            }
            Expr::FString(f) => {
                let body = self.fstring_body(f);
                self.out.push('f');
                let text = (self.repr)(&Constant::Str(body.into()));
                self.out.push_str(&text);
            }
            Expr::StringLiteral(s) => {
                if s.value
                    .iter()
                    .next()
                    .is_some_and(|p| p.flags.prefix() == ast::str_prefix::StringLiteralPrefix::Unicode)
                {
                    self.out.push('u');
                }
                self.constant(&Constant::Str(s.value.to_str().into()));
            }
            Expr::NumberLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => match constant_of(expr) {
                Some(c) => self.constant(&c),
                None => self.out.push_str(self.source.get(expr.range().to_std_range()).unwrap_or("")),
            },
            Expr::Attribute(a) => {
                self.expr(&a.value, Prec::Atom);
                // `1.real` would read as a float literal.
                let int_value = matches!(&*a.value, Expr::NumberLiteral(n) if matches!(n.value, ast::Number::Int(_)));
                self.out.push_str(if int_value { " ." } else { "." });
                self.out.push_str(a.attr.as_str());
            }
            Expr::Subscript(s) => {
                self.expr(&s.value, Prec::Atom);
                self.out.push('[');
                match &*s.slice {
                    Expr::Tuple(t) if !t.elts.is_empty() => {
                        self.elements(&t.elts);
                    }
                    other => self.expr(other, Prec::Tuple),
                }
                self.out.push(']');
            }
            Expr::Starred(s) => {
                self.out.push('*');
                self.expr(&s.value, Prec::BitOr);
            }
            Expr::Name(n) => self.out.push_str(n.id.as_str()),
            Expr::Slice(s) => {
                if let Some(lower) = &s.lower {
                    self.expr(lower, Prec::Test);
                }
                self.out.push(':');
                if let Some(upper) = &s.upper {
                    self.expr(upper, Prec::Test);
                }
                if let Some(step) = &s.step {
                    self.out.push(':');
                    self.expr(step, Prec::Test);
                }
            }
            Expr::TString(_) | Expr::IpyEscapeCommand(_) => {
                self.out.push_str(self.source.get(expr.range().to_std_range()).unwrap_or(""))
            }
        }
    }

    fn binop(&mut self, b: &ast::ExprBinOp, level: Prec) {
        use ast::Operator::*;
        let pr = match b.op {
            Add | Sub => Prec::Arith,
            Mult | MatMult | Div | Mod | FloorDiv => Prec::Term,
            LShift | RShift => Prec::Shift,
            BitOr => Prec::BitOr,
            BitXor => Prec::BitXor,
            BitAnd => Prec::BitAnd,
            Pow => Prec::Power,
        };
        // `**` groups to the right, the others to the left.
        let (left, right) = if b.op == Pow { (pr.next(), pr) } else { (pr, pr.next()) };
        self.open(level > pr);
        self.expr(&b.left, left);
        self.out.push(' ');
        self.out.push_str(b.op.as_str());
        self.out.push(' ');
        self.expr(&b.right, right);
        self.close(level > pr);
    }

    fn elements(&mut self, elts: &[Expr]) {
        for (i, e) in elts.iter().enumerate() {
            self.sep(i, ", ");
            self.expr(e, Prec::Test);
        }
        if elts.len() == 1 {
            self.out.push(',');
        }
    }

    fn sequence(&mut self, open: &str, elts: &[Expr], close: &str) {
        self.out.push_str(open);
        for (i, e) in elts.iter().enumerate() {
            self.sep(i, ", ");
            self.expr(e, Prec::Test);
        }
        self.out.push_str(close);
    }

    fn comprehension(&mut self, open: &str, elt: &Expr, generators: &[ast::Comprehension], close: &str) {
        self.out.push_str(open);
        self.expr(elt, Prec::Test);
        self.generators(generators);
        self.out.push_str(close);
    }

    fn generators(&mut self, generators: &[ast::Comprehension]) {
        for g in generators {
            self.out.push_str(if g.is_async { " async for " } else { " for " });
            self.expr(&g.target, Prec::Tuple);
            self.out.push_str(" in ");
            self.expr(&g.iter, Prec::Test.next());
            for cond in &g.ifs {
                self.out.push_str(" if ");
                self.expr(cond, Prec::Test.next());
            }
        }
    }

    fn parameters(&mut self, params: &ast::Parameters) {
        let mut i = 0;
        for p in &params.posonlyargs {
            self.parameter(&mut i, p);
        }
        if !params.posonlyargs.is_empty() {
            self.out.push_str(", /");
        }
        for p in &params.args {
            self.parameter(&mut i, p);
        }
        if let Some(v) = &params.vararg {
            self.sep(i, ", ");
            self.out.push('*');
            self.out.push_str(v.name.as_str());
            i += 1;
        } else if !params.kwonlyargs.is_empty() {
            self.sep(i, ", ");
            self.out.push('*');
            i += 1;
        }
        for p in &params.kwonlyargs {
            self.parameter(&mut i, p);
        }
        if let Some(k) = &params.kwarg {
            self.sep(i, ", ");
            self.out.push_str("**");
            self.out.push_str(k.name.as_str());
        }
    }

    fn parameter(&mut self, i: &mut usize, p: &ast::ParameterWithDefault) {
        self.sep(*i, ", ");
        self.out.push_str(p.parameter.name.as_str());
        if let Some(d) = &p.default {
            self.out.push('=');
            self.expr(d, Prec::Test);
        }
        *i += 1;
    }

    /// The text inside an f-string's quotes: literal braces doubled, each
    /// replacement field `{expr!c:spec}` with its expression unparsed.
    fn fstring_body(&mut self, f: &ast::ExprFString) -> String {
        let mut body = String::new();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(s) => push_escaped(&mut body, &s.value),
                ast::FStringPart::FString(fs) => self.interpolated(&mut body, fs.elements.iter()),
            }
        }
        body
    }

    fn interpolated<'e>(&mut self, body: &mut String, elements: impl Iterator<Item = &'e InterpolatedStringElement>) {
        for element in elements {
            match element {
                InterpolatedStringElement::Literal(l) => push_escaped(body, &l.value),
                InterpolatedStringElement::Interpolation(e) => {
                    let (debug_text, conversion) = ferropy_syntax::fstring_field(self.source, e);
                    push_escaped(body, &debug_text);
                    let conversion = conversion.to_byte();
                    let mut inner = Unparser { out: String::new(), source: self.source, repr: self.repr };
                    inner.expr(&e.expression, Prec::Test.next());
                    // `{{` would be an escaped brace.
                    body.push_str(if inner.out.starts_with('{') { "{ " } else { "{" });
                    body.push_str(&inner.out);
                    if let Some(c) = conversion {
                        body.push('!');
                        body.push(c as char);
                    }
                    if let Some(spec) = &e.format_spec {
                        body.push(':');
                        self.interpolated(body, spec.elements.iter());
                    }
                    body.push('}');
                }
            }
        }
    }
}

fn push_escaped(body: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '{' => body.push_str("{{"),
            '}' => body.push_str("}}"),
            c => body.push(c),
        }
    }
}
