//! String literals and the code points a Rust `char` cannot hold.
//!
//! ruff's parser decodes `'\ud800'` to U+FFFD. After parsing, this pass
//! gives every literal with a surrogate escape the value CPython gives it,
//! the surrogate held as `code_points` maps it (U+DF800 + offset): the
//! literal's source is re-parsed with each surrogate escape rewritten as
//! the `\U` escape of its stand-in char. A literal whose value holds a real
//! character of the reserved range U+DF800-U+DFFFF (written out, or as a
//! `\U` or `\N` escape) is refused with NotImplementedError first.
//!
//! The pass walks the tree only when the source could need it (it has a
//! `\u`/`\U`/`\N` escape or a plane 12-15 lead byte), so ordinary sources pay
//! nothing.

use std::cell::RefCell;

use ruff_python_ast::visitor::transformer::{self, Transformer};
use ruff_python_ast::{self as ast, StringFlags};
use ruff_text_size::TextRange;

use crate::code_points;
use crate::{ErrorKind, SyntaxError};

/// Applies the pass to a parsed module or expression body.
pub fn fix_module(source: &str, body: &mut [ast::Stmt]) -> Result<(), SyntaxError> {
    if !may_need_fixing(source) {
        return Ok(());
    }
    let pass = Pass { source, error: RefCell::new(None) };
    pass.visit_body(body);
    pass.error.into_inner().map_or(Ok(()), Err)
}

pub fn fix_expression(source: &str, expr: &mut ast::Expr) -> Result<(), SyntaxError> {
    if !may_need_fixing(source) {
        return Ok(());
    }
    let pass = Pass { source, error: RefCell::new(None) };
    pass.visit_expr(expr);
    pass.error.into_inner().map_or(Ok(()), Err)
}

fn may_need_fixing(source: &str) -> bool {
    source.contains("\\u") || source.contains("\\U") || source.contains("\\N") || source.as_bytes().contains(&0xF3)
}

struct Pass<'a> {
    source: &'a str,
    error: RefCell<Option<SyntaxError>>,
}

impl Pass<'_> {
    fn fail(&self, range: TextRange, msg: String) {
        let mut slot = self.error.borrow_mut();
        if slot.is_none() {
            *slot = Some(SyntaxError::at(ErrorKind::Unsupported, msg, self.source, range));
        }
    }

    /// Refuses a value holding a real character of the reserved range;
    /// true when it did.
    fn refuse_reserved(&self, range: TextRange, value: &str) -> bool {
        if let Some(at) = code_points::first_reserved(value.as_bytes()) {
            let c = value[at..].chars().next().unwrap_or('\0');
            self.fail(range, code_points::reserved_message(c as u32));
            return true;
        }
        false
    }

    fn text(&self, range: TextRange) -> &str {
        self.source.get(range.to_std_range()).unwrap_or("")
    }

    fn fix_string_literal(&self, literal: &mut ast::StringLiteral) {
        if self.refuse_reserved(literal.range, &literal.value) || literal.flags.prefix().is_raw() {
            return;
        }
        let text = self.text(literal.range);
        let Some(rewritten) = rewrite_surrogate_escapes(text) else { return };
        match reparse(&rewritten) {
            Some(ast::Expr::StringLiteral(e)) => {
                if let Some(part) = e.value.iter().next() {
                    literal.value = part.value.clone();
                }
            }
            _ => self.fail(literal.range, "ferropy could not decode this string literal".into()),
        }
    }

    fn fix_f_string(&self, f_string: &mut ast::FString) {
        let raw = f_string.flags.prefix().is_raw();
        let quote = f_string.flags.quote_str();
        self.fix_elements(&mut f_string.elements, raw, quote);
    }

    fn fix_elements(&self, elements: &mut ast::InterpolatedStringElements, raw: bool, quote: &str) {
        for element in elements.iter_mut() {
            match element {
                ast::InterpolatedStringElement::Literal(literal) => {
                    if self.refuse_reserved(literal.range, &literal.value) || raw {
                        continue;
                    }
                    let Some(rewritten) = rewrite_surrogate_escapes(self.text(literal.range)) else { continue };
                    match reparse(&format!("f{quote}{rewritten}{quote}")).and_then(first_f_string_literal) {
                        Some(value) => literal.value = value,
                        None => self.fail(literal.range, "ferropy could not decode this f-string".into()),
                    }
                }
                ast::InterpolatedStringElement::Interpolation(field) => {
                    self.visit_expr(&mut field.expression);
                    if let Some(spec) = field.format_spec.as_mut() {
                        self.fix_elements(&mut spec.elements, raw, quote);
                    }
                }
            }
        }
    }
}

impl Transformer for Pass<'_> {
    fn visit_string_literal(&self, literal: &mut ast::StringLiteral) {
        self.fix_string_literal(literal);
    }

    fn visit_f_string(&self, f_string: &mut ast::FString) {
        self.fix_f_string(f_string);
    }

    fn visit_expr(&self, expr: &mut ast::Expr) {
        transformer::walk_expr(self, expr);
    }
}

fn reparse(text: &str) -> Option<ast::Expr> {
    let parsed = ruff_python_parser::parse_expression(text).ok()?;
    Some(*parsed.into_syntax().body)
}

fn first_f_string_literal(expr: ast::Expr) -> Option<Box<str>> {
    let ast::Expr::FString(f) = expr else { return None };
    let part = f.value.iter().next()?;
    let ast::FStringPart::FString(f) = part else { return None };
    match f.elements.iter().next()? {
        ast::InterpolatedStringElement::Literal(l) => Some(l.value.clone()),
        ast::InterpolatedStringElement::Interpolation(_) => None,
    }
}

/// The literal text with every `\uD800`-`\uDFFF` (or `\U0000D800`...)
/// escape rewritten as the `\U` escape of the char that stands for it; None
/// when there is no such escape.
fn rewrite_surrogate_escapes(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = String::new();
    let mut copied = 0;
    let mut i = 0;
    while i + 1 < bytes.len() {
        if bytes[i] != b'\\' {
            i += 1;
            continue;
        }
        let digits = match bytes[i + 1] {
            b'u' => 4,
            b'U' => 8,
            _ => {
                // Skip the escaped character (so `\\u` is not an escape).
                i += 2;
                continue;
            }
        };
        let code = text.get(i + 2..i + 2 + digits).and_then(|hex| u32::from_str_radix(hex, 16).ok());
        if let Some(c) = code.filter(|n| (0xD800..=0xDFFF).contains(n)).and_then(|n| code_points::char_for(n).ok()) {
            out.push_str(&text[copied..i]);
            out.push_str(&format!("\\U{:08x}", c as u32));
            copied = i + 2 + digits;
            i = copied;
        } else {
            i += 2;
        }
    }
    if copied == 0 {
        return None;
    }
    out.push_str(&text[copied..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_are_rewritten_once_and_escaped_backslashes_kept() {
        assert_eq!(rewrite_surrogate_escapes(r"'a\ud800b'").as_deref(), Some(r"'a\U000df800b'"));
        assert_eq!(rewrite_surrogate_escapes(r"'\\ud800'"), None);
        assert_eq!(rewrite_surrogate_escapes(r"'\U0000dfff\ue000'").as_deref(), Some(r"'\U000dffff\ue000'"));
    }
}
