//! Limits checked on the token stream before parsing.
//!
//! ruff's parser and our compiler recurse over nested expressions, so input
//! nested deeper than CPython accepts is refused here, with CPython's
//! answers: `too many nested parentheses` beyond 200 open brackets,
//! `too many levels of indentation` beyond 100 blocks, and a RecursionError
//! ("maximum recursion depth exceeded during compilation") for expressions
//! more than about 3000 levels deep.

use ruff_python_ast::token::TokenKind;
use ruff_python_parser::{lexer, Mode};
use ruff_text_size::{TextRange, TextSize};

use crate::{ErrorKind, SyntaxError};

/// CPython's tokenizer limit on open brackets.
const MAX_PAREN_LEVEL: usize = 200;
/// CPython's tokenizer limit on indentation levels.
const MAX_INDENT: usize = 100;
/// Roughly where CPython's compiler gives up on nested expressions.
const MAX_EXPRESSION_DEPTH: u32 = 3000;

pub fn check(source: &str) -> Result<(), SyntaxError> {
    if source.contains('\0') {
        return Err(SyntaxError::without_position(
            ErrorKind::SyntaxError,
            "source code string cannot contain null bytes",
        ));
    }
    if source.len() >= u32::MAX as usize {
        return Err(SyntaxError::without_position(ErrorKind::SyntaxError, "source code is too long"));
    }
    let mut lexer = lexer::lex(source, Mode::Module);
    let mut brackets = 0usize;
    let mut indent = 0usize;
    // Per open bracket level, operators seen since the last comma, by
    // binding class: an estimate of how deep the expression tree under
    // construction is. An operator starts a new operand for every class
    // that binds tighter, so `a*b + c*d + ...` counts one level per `+`
    // and the longest run of `*`, not every operator.
    let mut depth_per_level: Vec<[u32; CLASSES]> = vec![[0; CLASSES]];
    let mut depth: u32 = 0;
    // Whether the previous token ended an operand (so `-` is binary).
    let mut after_operand = false;
    loop {
        let kind = lexer.next_token();
        let unary = !after_operand;
        after_operand = ends_operand(kind);
        match kind {
            TokenKind::EndOfFile => return Ok(()),
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => {
                brackets += 1;
                if brackets > MAX_PAREN_LEVEL {
                    let at = nth_open_bracket(source, MAX_PAREN_LEVEL + 1);
                    let mut e = SyntaxError::at(
                        ErrorKind::SyntaxError,
                        "too many nested parentheses",
                        source,
                        TextRange::new(at, at + TextSize::from(1)),
                    );
                    // A tokenizer error: a point, and the line without its newline.
                    e.end_offset = e.offset;
                    if let Some(t) = e.text.as_mut() {
                        let bare = t.trim_end_matches(['\n', '\r']).len();
                        t.truncate(bare);
                    }
                    return Err(e);
                }
                bump(&mut depth_per_level, &mut depth, 0);
                depth_per_level.push([0; CLASSES]);
            }
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                brackets = brackets.saturating_sub(1);
                if depth_per_level.len() > 1 {
                    depth -= depth_per_level.pop().map_or(0, |level| level.iter().sum());
                }
            }
            TokenKind::Comma | TokenKind::Colon => {
                let last = depth_per_level.last_mut().expect("never empty");
                depth -= last.iter().sum::<u32>();
                *last = [0; CLASSES];
            }
            TokenKind::Newline => {
                depth_per_level.clear();
                depth_per_level.push([0; CLASSES]);
                depth = 0;
            }
            TokenKind::Indent => {
                indent += 1;
                if indent >= MAX_INDENT {
                    return Err(SyntaxError::without_position(
                        ErrorKind::IndentationError,
                        "too many levels of indentation",
                    ));
                }
            }
            TokenKind::Dedent => indent = indent.saturating_sub(1),
            _ if let Some(class) = binding_class(kind, unary) => {
                bump(&mut depth_per_level, &mut depth, class);
                if depth > MAX_EXPRESSION_DEPTH {
                    return Err(SyntaxError::without_position(
                        ErrorKind::TooDeep,
                        "maximum recursion depth exceeded during compilation",
                    ));
                }
            }
            _ => {}
        }
    }
}

/// Binding classes of the tokens that can add a level to an expression
/// tree: 0 for those that never end a run (conditional expressions,
/// lambdas, `:=`, `yield`, unary operators, which nest whatever follows
/// them), then binary operators from the loosest to the tightest.
const CLASSES: usize = 15;

fn binding_class(kind: TokenKind, unary: bool) -> Option<usize> {
    use TokenKind::*;
    Some(match kind {
        If | Else | Lambda | Yield | ColonEqual | Not | Tilde | Await => 0,
        Plus | Minus | Star | DoubleStar if unary => 0,
        Or => 1,
        And => 2,
        Less | Greater | EqEqual | NotEqual | LessEqual | GreaterEqual | In | Is => 4,
        Vbar => 5,
        CircumFlex => 6,
        Amper => 7,
        LeftShift | RightShift => 8,
        Plus | Minus => 9,
        Star | Slash | DoubleSlash | Percent | At => 10,
        DoubleStar => 12,
        Dot => 14,
        _ => return Option::None,
    })
}

/// Tokens after which an operator is binary.
fn ends_operand(kind: TokenKind) -> bool {
    use TokenKind::*;
    matches!(
        kind,
        Name | Int | Float | Complex | String | FStringEnd | Rpar | Rsqb | Rbrace | True | False | None | Ellipsis
    )
}

/// Counts an operator of `class` at the innermost bracket level.
fn bump(levels: &mut [[u32; CLASSES]], depth: &mut u32, class: usize) {
    if let Some(last) = levels.last_mut() {
        last[class] += 1;
        *depth += 1;
        if class > 0 {
            for tighter in &mut last[class + 1..] {
                *depth -= *tighter;
                *tighter = 0;
            }
        }
    }
}

/// The offset of the `n`th bracket opened without being closed, found by a
/// simple scan that skips comments and string literals.
fn nth_open_bracket(source: &str, n: usize) -> TextSize {
    let bytes = source.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            quote @ (b'\'' | b'"') => {
                let triple = bytes.get(i + 1) == Some(&quote) && bytes.get(i + 2) == Some(&quote);
                i += if triple { 3 } else { 1 };
                while i < bytes.len() {
                    if bytes[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if bytes[i] == quote
                        && (!triple || (bytes.get(i + 1) == Some(&quote) && bytes.get(i + 2) == Some(&quote)))
                    {
                        i += if triple { 2 } else { 0 };
                        break;
                    }
                    i += 1;
                }
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth == n {
                    return TextSize::try_from(i).unwrap_or_default();
                }
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    TextSize::default()
}
