//! The syntax stage: source text in, a ruff AST or a CPython-style
//! `SyntaxError` out.
//!
//! ruff's parser recovers from errors and words them its own way; this crate
//! picks the error CPython would report first and rewrites it in CPython's
//! words and positions (see `errors.rs`). A token pre-scan (`prescan.rs`)
//! rejects input nested deeper than CPython accepts before the recursive
//! parser sees it, so no input can overflow the stack.

pub mod code_points;
pub mod encoding;
mod errors;
mod lines;
mod prescan;
mod surrogate_literals;

pub use lines::LineIndex;
pub use ruff_python_ast as ast;
pub use ruff_text_size::{Ranged, TextRange, TextSize};

use ruff_python_parser::{Mode, ParseOptions};

/// Which exception a syntax problem becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// Nesting too deep to compile: CPython raises RecursionError.
    TooDeep,
    /// Valid Python that ferropy cannot represent yet: NotImplementedError.
    Unsupported,
}

impl ErrorKind {
    pub fn exception_name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
            ErrorKind::TooDeep => "RecursionError",
            ErrorKind::Unsupported => "NotImplementedError",
        }
    }
}

/// A syntax error with CPython's message and position conventions:
/// `lineno` is 1-based, `offset` and `end_offset` are 1-based character
/// columns (0 when unknown, -1 where CPython gives -1), `text` is the
/// offending line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: ErrorKind,
    pub msg: String,
    pub lineno: u32,
    pub offset: i32,
    pub end_lineno: u32,
    pub end_offset: i32,
    pub text: Option<String>,
    /// Found by the compiler after parsing: CPython then takes `text` from
    /// the file on disk (None when there is no such file).
    pub from_compiler: bool,
}

impl SyntaxError {
    /// An error located at a byte range of `source`.
    pub fn at(kind: ErrorKind, msg: impl Into<String>, source: &str, range: TextRange) -> SyntaxError {
        let index = LineIndex::new(source);
        let (lineno, col) = index.line_col_chars(source, range.start().to_usize());
        let (end_lineno, end_col) = index.line_col_chars(source, range.end().to_usize());
        SyntaxError {
            kind,
            msg: msg.into(),
            lineno,
            offset: col as i32 + 1,
            end_lineno,
            end_offset: end_col as i32 + 1,
            text: index.line_text(source, lineno).map(str::to_string),
            from_compiler: false,
        }
    }

    /// An error with no position (the whole source is at fault).
    pub fn without_position(kind: ErrorKind, msg: impl Into<String>) -> SyntaxError {
        SyntaxError {
            kind,
            msg: msg.into(),
            lineno: 0,
            offset: 0,
            end_lineno: 0,
            end_offset: 0,
            text: None,
            from_compiler: false,
        }
    }
}

/// A replacement field of an f-string as CPython sees it: `f"{x=}"` is
/// the literal text `x=` followed by the value with `!r` (unless a
/// conversion or format spec is given). Returns that leading text (empty
/// for an ordinary field) and the field's conversion.
pub fn fstring_field(source: &str, e: &ast::InterpolatedElement) -> (String, ast::ConversionFlag) {
    let Some(debug) = &e.debug_text else {
        return (String::new(), e.conversion);
    };
    let expr_text = source.get(e.expression.range().to_std_range()).unwrap_or("");
    let text = format!("{}{}{}", debug.leading(), expr_text, debug.trailing());
    let conversion = if e.conversion == ast::ConversionFlag::None && e.format_spec.is_none() {
        ast::ConversionFlag::Repr
    } else {
        e.conversion
    };
    (text, conversion)
}

/// Parser options: Python 3.11 grammar, so that later syntax (PEP 701
/// f-strings, `type` statements, type parameters) is rejected as 3.11 does.
pub(crate) fn options(mode: Mode) -> ParseOptions {
    ParseOptions::from(mode).with_target_version(ast::PythonVersion::PY311)
}

/// Parses a module (a file, `exec` source, or one interactive input).
pub fn parse_module(source: &str) -> Result<ast::ModModule, SyntaxError> {
    prescan::check(source)?;
    let parsed = ruff_python_parser::parse_unchecked(source, options(Mode::Module));
    if let Some(error) = errors::first_error(source, &parsed) {
        return Err(error);
    }
    match parsed.into_syntax() {
        ast::Mod::Module(mut module) => {
            surrogate_literals::fix_module(source, &mut module.body)?;
            Ok(module)
        }
        ast::Mod::Expression(_) => Err(SyntaxError::without_position(ErrorKind::SyntaxError, "invalid syntax")),
    }
}

/// Parses a single expression (`eval` source). Leading spaces and tabs are
/// ignored as CPython's `eval` does.
pub fn parse_expression(source: &str) -> Result<ast::ModExpression, SyntaxError> {
    prescan::check(source)?;
    let parsed = ruff_python_parser::parse_unchecked(source, options(Mode::Expression));
    if let Some(mut error) = errors::first_error(source, &parsed) {
        // CPython's eval reports "invalid syntax" at the very end of input
        // that has no final newline with no column at all.
        let at_end = error.lineno as usize == LineIndex::new(source).line_count()
            && error.offset as usize > source.lines().last().map_or(0, |l| l.chars().count());
        if error.msg == "invalid syntax" && at_end && !source.ends_with('\n') {
            error.offset = 0;
            error.end_offset = 0;
        }
        return Err(error);
    }
    match parsed.into_syntax() {
        ast::Mod::Expression(mut expr) => {
            surrogate_literals::fix_expression(source, &mut expr.body)?;
            Ok(expr)
        }
        ast::Mod::Module(_) => Err(SyntaxError::without_position(ErrorKind::SyntaxError, "invalid syntax")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(src: &str) -> String {
        match parse_module(src) {
            Ok(_) => "ok".into(),
            Err(e) => format!("{}: {} ({}, {})", e.kind.exception_name(), e.msg, e.lineno, e.offset),
        }
    }

    #[test]
    fn messages_match_cpython() {
        assert_eq!(msg("print((1)"), "SyntaxError: '(' was never closed (1, 6)");
        assert_eq!(msg("if x"), "SyntaxError: expected ':' (1, 5)");
        assert_eq!(msg("    pass"), "IndentationError: unexpected indent (1, 4)");
        assert_eq!(
            msg("if x:\n"),
            "IndentationError: expected an indented block after 'if' statement on line 1 (2, 1)"
        );
        assert_eq!(msg("x = 'abc"), "SyntaxError: unterminated string literal (detected at line 1) (1, 5)");
        assert_eq!(msg(")"), "SyntaxError: unmatched ')' (1, 1)");
        assert_eq!(msg("a\0b"), "SyntaxError: source code string cannot contain null bytes (0, 0)");
        assert_eq!(msg("x = 1"), "ok");
        assert_eq!(
            msg("if x = 1:\n  pass"),
            "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? (1, 4)"
        );
        assert_eq!(msg("f'{\"a\"}'"), "ok");
        assert_eq!(msg("f\"{\"a\"}\""), "SyntaxError: f-string: expecting '}' (1, 5)");
        assert_eq!(msg("type X = int"), "SyntaxError: invalid syntax (1, 6)");
    }

    #[test]
    fn depth_estimate_follows_the_longest_chain() {
        let products = format!("x = {}\n", vec!["a*b*c"; 2500].join(" + "));
        assert_eq!(msg(&products), "ok");
        let sum = format!("x = {}\n", vec!["a"; 3100].join(" + "));
        assert!(msg(&sum).starts_with("RecursionError"));
        let unary = format!("x = {}1\n", "-~".repeat(2000));
        assert!(msg(&unary).starts_with("RecursionError"));
    }

    #[test]
    fn lone_surrogates_are_kept_and_reserved_chars_refused() {
        let value = |src: &str| match parse_expression(src) {
            Ok(e) => match *e.body {
                ast::Expr::StringLiteral(s) => s.value.to_str().to_string(),
                ast::Expr::FString(f) => format!("{:?}", f.value.iter().count()),
                _ => "?".into(),
            },
            Err(e) => format!("{}: {}", e.kind.exception_name(), e.msg),
        };
        assert_eq!(value("'a\\ud800b'"), "a\u{DF800}b");
        assert_eq!(value("'\\udfff' '\\u00e9' '\\U0010ffff'"), "\u{DFFFF}\u{e9}\u{10FFFF}");
        assert_eq!(value("r'\\ud800'"), "\\ud800");
        assert_eq!(value("'\\\\ud800'"), "\\ud800");
        assert!(value("'\\U000df900'").starts_with("NotImplementedError: ferropy cannot represent the unassigned"));
        assert!(value("'\u{DF900}'").starts_with("NotImplementedError"));
        assert_eq!(msg("x = f'{1}\\ud800'"), "ok");
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let src = "-".repeat(100_000) + "1";
        assert!(msg(&src).starts_with("RecursionError"));
        let src = "(".repeat(300) + &")".repeat(300);
        assert!(msg(&src).starts_with("SyntaxError: too many nested parentheses"));
        let src = "a".to_string() + &"+a".repeat(50_000);
        assert!(msg(&src).starts_with("RecursionError"));
        let big_flat_list = format!("x = [{}]", vec!["-1.5"; 20_000].join(", "));
        assert_eq!(msg(&big_flat_list), "ok");
    }
}
