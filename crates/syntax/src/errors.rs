//! Rewriting ruff's parse errors as the SyntaxError CPython 3.11 reports.
//!
//! CPython reports the first problem it meets while tokenizing and parsing
//! left to right; tokenizer problems (brackets, strings, characters) have
//! their own wording. We take ruff's earliest error, compare it with the
//! bracket problems found by our own scan of the tokens, and word the winner
//! as CPython would. Anything we do not recognise becomes `invalid syntax`
//! at ruff's position, which is what CPython says for most errors anyway.

use ruff_python_ast::token::{Token, TokenKind};
use ruff_python_ast::{Expr, Mod};
use ruff_python_parser::{
    InterpolatedStringErrorType, LexicalErrorType, ParseError, ParseErrorType, Parsed, UnsupportedSyntaxError,
    UnsupportedSyntaxErrorKind,
};
use ruff_text_size::{Ranged, TextRange, TextSize};

use crate::{ErrorKind, LineIndex, SyntaxError};

pub fn first_error(source: &str, parsed: &Parsed<Mod>) -> Option<SyntaxError> {
    let mut e = with_cpython_text(choose_error(source, parsed)?);
    // An unclosed bracket on the last line is shown as the tokenizer's
    // current line, newline included.
    let last_line = source.trim_end_matches(['\n', '\r']).lines().count() as u32;
    if e.msg.ends_with("' was never closed") && e.lineno == last_line && source.ends_with('\n') {
        if let Some(t) = e.text.as_mut() {
            t.push('\n');
        }
    }
    Some(e)
}

/// Errors CPython's tokenizer reports (the rest come from its parser).
fn is_tokenizer_error(e: &SyntaxError) -> bool {
    const PREFIXES: &[&str] = &[
        "unterminated string literal",
        "unterminated triple-quoted string literal",
        "invalid character",
        "invalid decimal literal",
        "invalid hexadecimal literal",
        "invalid octal literal",
        "invalid binary literal",
        "leading zeros in decimal integer literals",
        "too many nested parentheses",
        "unmatched '",
        "closing parenthesis",
        "unexpected character after line continuation character",
        "(unicode error)",
    ];
    e.kind == ErrorKind::SyntaxError
        && (PREFIXES.iter().any(|p| e.msg.starts_with(p)) || e.msg.ends_with("' was never closed"))
}

/// CPython's `text`: the tokenizer's errors show the line as read, without
/// its newline; the parser's always end in one (the tokenizer adds a final
/// newline to the input).
fn with_cpython_text(mut e: SyntaxError) -> SyntaxError {
    let tokenizer = is_tokenizer_error(&e);
    if let Some(text) = e.text.as_mut() {
        let bare = text.trim_end_matches(['\n', '\r']).len();
        text.truncate(bare);
        if !tokenizer {
            text.push('\n');
        }
    }
    e
}

fn choose_error(source: &str, parsed: &Parsed<Mod>) -> Option<SyntaxError> {
    let tokens: &[Token] = parsed.tokens();
    let parse_error = parsed.errors().iter().min_by_key(|e| e.location.start());
    // Syntax from after 3.11 counts as an error at its own position.
    let newer_syntax = parsed
        .unsupported_syntax_errors()
        .iter()
        .map(|u| unsupported(source, u))
        .chain(nested_fstring_quote(source, tokens))
        .chain(fstring_too_deep(source, tokens))
        .min_by_key(|(at, _)| *at);
    let grammar_error = match (parse_error, newer_syntax) {
        (Some(p), Some(u)) if u.0 <= p.location.start() => Some(u),
        (None, Some(u)) => Some(u),
        (Some(p), _) => Some((p.location.start(), translate(source, tokens, p))),
        (None, None) => None,
    };
    if let Some(tab_error) = inconsistent_tabs(source, tokens) {
        let before_grammar = grammar_error.as_ref().is_none_or(|(_, g)| tab_error.lineno <= g.lineno);
        if before_grammar {
            return Some(tab_error);
        }
    }
    let bracket_error = bracket_problem(tokens);
    match (grammar_error, bracket_error) {
        (None, None) => None,
        (None, Some(b)) => Some(b.into_error(source)),
        (Some((_, g)), None) => Some(g),
        (Some((at, g)), Some(b)) => {
            if b.wins_over(at, tokens) {
                Some(b.into_error(source))
            } else {
                Some(g)
            }
        }
    }
}

/// Words a use of post-3.11 syntax as CPython 3.11 reports it.
fn unsupported(source: &str, error: &UnsupportedSyntaxError) -> (TextSize, SyntaxError) {
    let start = error.range.start();
    let point = |msg: &str| {
        let mut e = SyntaxError::at(ErrorKind::SyntaxError, msg, source, TextRange::empty(start));
        e.end_offset = e.offset;
        e
    };
    let e = match error.kind {
        // ruff does not export the f-string kind enum; its Debug name is
        // the variant name.
        UnsupportedSyntaxErrorKind::Pep701FString(kind) => match format!("{kind:?}").as_str() {
            "Backslash" => point("f-string expression part cannot include a backslash"),
            "Comment" => point("f-string expression part cannot include '#'"),
            "LineBreak" => {
                let line = LineIndex::new(source).line_col(start.to_usize()).0;
                point(&format!("unterminated string literal (detected at line {line})"))
            }
            _ => nested_quote_error(source, start),
        },
        // `type X = ...` is a name followed by another name in 3.11.
        UnsupportedSyntaxErrorKind::TypeAliasStatement => {
            let rest = source.get(start.to_usize() + 4..).unwrap_or("");
            let skip = 4 + rest.len() - rest.trim_start().len();
            let name_start = start + TextSize::try_from(skip).unwrap_or_default();
            let name_len = rest.trim_start().chars().take_while(|c| c.is_alphanumeric() || *c == '_').count();
            let range = TextRange::at(name_start, TextSize::try_from(name_len.max(1)).unwrap_or_default());
            SyntaxError::at(ErrorKind::SyntaxError, "invalid syntax", source, range)
        }
        UnsupportedSyntaxErrorKind::TypeParameterList => {
            SyntaxError::at(ErrorKind::SyntaxError, "expected '('", source, TextRange::at(start, 1.into()))
        }
        _ => SyntaxError::at(ErrorKind::SyntaxError, "invalid syntax", source, error.range),
    };
    (start, e)
}

/// Before 3.12 an f-string ends at the first quote like its own (all
/// three, for a triple-quoted one), so a string inside a replacement field
/// cannot start with the enclosing quote. ruff lexes with 3.12 rules; this
/// finds where 3.11 would stop.
fn nested_fstring_quote(source: &str, tokens: &[Token]) -> Option<(TextSize, SyntaxError)> {
    // The text of a string token from its opening quote on.
    let from_quote = |token: &Token| {
        let text = source.get(token.range().to_std_range()).unwrap_or("");
        text.trim_start_matches(|c: char| c.is_ascii_alphabetic())
    };
    let quote_of = |token: &Token| {
        let text = from_quote(token);
        if text.starts_with("\"\"\"") || text.starts_with("'''") {
            text.get(..3)
        } else {
            text.get(..1)
        }
    };
    let mut open: Vec<Option<&str>> = Vec::new();
    for token in tokens {
        match token.kind() {
            TokenKind::FStringStart | TokenKind::String if !open.is_empty() => {
                let enclosing = *open.last().expect("non-empty");
                if enclosing.is_some_and(|q| !q.is_empty() && from_quote(token).starts_with(q)) {
                    // 3.11's f-string ends at this quote; CPython points
                    // just past it (at the next character, if any).
                    let text = source.get(token.range().to_std_range()).unwrap_or("");
                    let prefix = text.len() - text.trim_start_matches(|c: char| c.is_ascii_alphabetic()).len();
                    let quote_at = token.start() + TextSize::try_from(prefix).unwrap_or_default();
                    return Some((token.start(), nested_quote_error(source, quote_at)));
                }
                if token.kind() == TokenKind::FStringStart {
                    open.push(quote_of(token));
                }
            }
            TokenKind::FStringStart => open.push(quote_of(token)),
            TokenKind::FStringEnd => {
                open.pop();
            }
            _ => {}
        }
    }
    None
}

/// Errors inside an f-string replacement field, worded as 3.11's f-string
/// parser words them.
fn fstring_field_error(source: &str, tokens: &[Token], error: &ParseError) -> Option<SyntaxError> {
    let at = tokens.partition_point(|t| t.start() < error.location.start());
    let depth: i32 = tokens[..at]
        .iter()
        .map(|t| match t.kind() {
            TokenKind::FStringStart => 1,
            TokenKind::FStringEnd => -1,
            _ => 0,
        })
        .sum();
    if depth <= 0 {
        return None;
    }
    let here = tokens.get(at).map(|t| t.kind());
    let before = at.checked_sub(1).map(|i| tokens[i].kind());
    let msg = match (&error.error, before, here) {
        (ParseErrorType::ExpectedExpression, Some(TokenKind::Lbrace), Some(TokenKind::Rbrace)) => {
            "f-string: empty expression not allowed".to_string()
        }
        (
            ParseErrorType::ExpectedExpression,
            Some(TokenKind::Lbrace),
            Some(k @ (TokenKind::Equal | TokenKind::Exclamation | TokenKind::Colon)),
        ) => {
            let ch = match k {
                TokenKind::Equal => '=',
                TokenKind::Exclamation => '!',
                _ => ':',
            };
            format!("f-string: expression required before '{ch}'")
        }
        (ParseErrorType::ExpectedExpression, Some(TokenKind::Lbrace), _) => "f-string: expecting '}'".to_string(),
        (ParseErrorType::FStringError(InterpolatedStringErrorType::UnclosedLbrace), _, Some(k))
            if starts_expression(k) =>
        {
            return Some(fstring_missing_comma(source, tokens, at));
        }
        (ParseErrorType::FStringError(InterpolatedStringErrorType::LambdaWithoutParentheses), _, _) => {
            "f-string: invalid syntax".to_string()
        }
        _ => return None,
    };
    let mut e = SyntaxError::at(ErrorKind::SyntaxError, msg, source, TextRange::empty(error.location.start()));
    e.end_offset = e.offset;
    Some(e)
}

/// `f"{a b}"`: CPython 3.11 compiles a replacement field's expression on
/// its own, as `(a b)`, and reports the error in that text.
fn fstring_missing_comma(source: &str, tokens: &[Token], at: usize) -> SyntaxError {
    let msg = "f-string: invalid syntax. Perhaps you forgot a comma?";
    let open = tokens[..at].iter().rposition(|t| t.kind() == TokenKind::Lbrace);
    let ends_field = |k: TokenKind| {
        matches!(
            k,
            TokenKind::Rbrace | TokenKind::Unknown | TokenKind::FStringEnd | TokenKind::Exclamation | TokenKind::Colon
        )
    };
    let close = tokens[at..].iter().position(|t| ends_field(t.kind())).map(|i| i + at);
    let (Some(open), Some(close), Some(before)) = (open, close, at.checked_sub(1)) else {
        let mut e = SyntaxError::at(ErrorKind::SyntaxError, msg, source, tokens[at].range());
        e.end_offset = e.offset;
        return e;
    };
    let expr_start = tokens[open].end();
    let expr = source.get(expr_start.to_usize()..tokens[close].start().to_usize()).unwrap_or("");
    let chars = |to: TextSize| source.get(expr_start.to_usize()..to.to_usize()).map_or(0, |t| t.chars().count()) as i32;
    let mut e = SyntaxError::at(ErrorKind::SyntaxError, msg, source, tokens[at].range());
    e.text = Some(format!("({expr})"));
    // +2: one for the added parenthesis, one for 1-based columns.
    e.offset = chars(tokens[before].start()) + 2;
    e.end_offset = chars(tokens[at].end()) + 2;
    e.end_lineno = e.lineno;
    e
}

/// A quote inside a replacement field that ends the f-string in 3.11:
/// CPython points just past it (at the next character, if any).
fn nested_quote_error(source: &str, quote_at: TextSize) -> SyntaxError {
    let after = quote_at + TextSize::from(1);
    let next = source.get(after.to_usize()..).and_then(|r| r.chars().next()).filter(|c| *c != '\n' && *c != '\r');
    let range = TextRange::at(after, next.map_or(TextSize::from(0), TextSize::of));
    let mut e = SyntaxError::at(ErrorKind::SyntaxError, "f-string: expecting '}'", source, range);
    if next.is_none() {
        e.end_offset = e.offset;
    }
    e
}

/// 3.11 allows a replacement field inside a format spec, but no deeper.
fn fstring_too_deep(source: &str, tokens: &[Token]) -> Option<(TextSize, SyntaxError)> {
    /// One f-string being lexed: its open replacement fields (whether each
    /// has reached its format spec) and the bracket depth inside the
    /// innermost field's expression.
    struct Frame {
        fields: Vec<bool>,
        brackets: usize,
    }
    let mut frames: Vec<Frame> = Vec::new();
    for token in tokens {
        let kind = token.kind();
        if kind == TokenKind::FStringStart {
            frames.push(Frame { fields: Vec::new(), brackets: 0 });
            continue;
        }
        if kind == TokenKind::FStringEnd {
            frames.pop();
            continue;
        }
        let Some(frame) = frames.last_mut() else {
            continue;
        };
        let in_spec = frame.brackets == 0 && frame.fields.last().copied().unwrap_or(true);
        match kind {
            TokenKind::Lbrace if in_spec => {
                if frame.fields.len() >= 2 {
                    let mut e = SyntaxError::at(
                        ErrorKind::SyntaxError,
                        "f-string: expressions nested too deeply",
                        source,
                        token.range(),
                    );
                    e.end_offset = e.offset;
                    return Some((token.start(), e));
                }
                frame.fields.push(false);
            }
            TokenKind::Lbrace | TokenKind::Lpar | TokenKind::Lsqb => frame.brackets += 1,
            TokenKind::Rpar | TokenKind::Rsqb => frame.brackets = frame.brackets.saturating_sub(1),
            TokenKind::Rbrace if frame.brackets > 0 => frame.brackets -= 1,
            TokenKind::Rbrace => {
                frame.fields.pop();
            }
            TokenKind::Colon if frame.brackets == 0 => {
                if let Some(last) = frame.fields.last_mut() {
                    *last = true;
                }
            }
            _ => {}
        }
    }
    None
}

/// CPython's tokenizer measures each indentation twice, with tabs as 8
/// columns and as 1; if the two measures order lines differently the
/// indentation depends on the tab size and is a TabError.
fn inconsistent_tabs(source: &str, tokens: &[Token]) -> Option<SyntaxError> {
    let index = LineIndex::new(source);
    let mut stack: Vec<(usize, usize)> = vec![(0, 0)];
    let mut at_line_start = true;
    for token in tokens {
        let kind = token.kind();
        if matches!(kind, TokenKind::Newline) {
            at_line_start = true;
            continue;
        }
        if matches!(kind, TokenKind::Indent | TokenKind::Dedent | TokenKind::NonLogicalNewline | TokenKind::Comment) {
            continue;
        }
        if !at_line_start {
            continue;
        }
        at_line_start = false;
        let line = index.line_col(token.start().to_usize()).0;
        let text = index.line_text(source, line).unwrap_or("");
        let (mut col, mut alt) = (0, 0);
        for c in text.chars() {
            match c {
                ' ' => {
                    col += 1;
                    alt += 1;
                }
                '\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                '\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
        }
        let &(top_col, top_alt) = stack.last().expect("stack keeps the base level");
        let consistent = if col == top_col {
            alt == top_alt
        } else if col > top_col {
            let ok = alt > top_alt;
            stack.push((col, alt));
            ok
        } else {
            while stack.len() > 1 && col < stack.last().expect("non-empty").0 {
                stack.pop();
            }
            let &(c, a) = stack.last().expect("non-empty");
            col != c || alt == a
        };
        if !consistent {
            let mut e = SyntaxError::at(
                ErrorKind::TabError,
                "inconsistent use of tabs and spaces in indentation",
                source,
                TextRange::empty(token.start()),
            );
            e.offset = 1;
            e.end_offset = 0;
            return Some(e);
        }
    }
    None
}

/// A problem with brackets found by the tokenizer.
enum BracketProblem {
    Unmatched { close: TextRange, ch: char },
    Mismatched { open: TextRange, open_ch: char, close: TextRange, close_ch: char },
    NeverClosed { open: TextRange, ch: char },
}

impl BracketProblem {
    /// Whether CPython would report this before a parse error at `offset`.
    /// An unclosed bracket is reported at end of input, and wins over any
    /// parse error that happens inside it.
    fn wins_over(&self, offset: TextSize, tokens: &[Token]) -> bool {
        match self {
            BracketProblem::Unmatched { close, .. } => close.start() <= offset,
            BracketProblem::Mismatched { close, .. } => close.start() <= offset,
            BracketProblem::NeverClosed { open, .. } => {
                // CPython's parser fails before reaching the end of the file
                // (and so never sees the bracket unclosed) when the very
                // first token inside it is wrong, as in `def f(:`.
                let inside = tokens[tokens.partition_point(|t| t.start() <= open.start())..]
                    .iter()
                    .find(|t| !matches!(t.kind(), TokenKind::NonLogicalNewline | TokenKind::Comment))
                    .filter(|t| !t.range().is_empty());
                let fails_at_first_token = inside.is_some_and(|t| {
                    t.start() == offset && !matches!(t.kind(), TokenKind::Newline | TokenKind::EndOfFile)
                });
                open.start() <= offset && !fails_at_first_token
            }
        }
    }

    fn into_error(self, source: &str) -> SyntaxError {
        match self {
            BracketProblem::Unmatched { close, ch } => {
                let mut e = SyntaxError::at(ErrorKind::SyntaxError, format!("unmatched '{ch}'"), source, close);
                e.end_offset = e.offset;
                e
            }
            BracketProblem::Mismatched { open, open_ch, close, close_ch } => {
                let index = LineIndex::new(source);
                let open_line = index.line_col(open.start().to_usize()).0;
                let close_line = index.line_col(close.start().to_usize()).0;
                let mut msg =
                    format!("closing parenthesis '{close_ch}' does not match opening parenthesis '{open_ch}'");
                if open_line != close_line {
                    msg.push_str(&format!(" on line {open_line}"));
                }
                let mut e = SyntaxError::at(ErrorKind::SyntaxError, msg, source, close);
                e.end_offset = e.offset;
                e
            }
            BracketProblem::NeverClosed { open, ch } => {
                let mut e = SyntaxError::at(ErrorKind::SyntaxError, format!("'{ch}' was never closed"), source, open);
                e.end_offset = 0;
                e
            }
        }
    }
}

fn bracket_char(kind: TokenKind) -> Option<(char, bool)> {
    Some(match kind {
        TokenKind::Lpar => ('(', true),
        TokenKind::Lsqb => ('[', true),
        TokenKind::Lbrace => ('{', true),
        TokenKind::Rpar => (')', false),
        TokenKind::Rsqb => (']', false),
        TokenKind::Rbrace => ('}', false),
        _ => return None,
    })
}

fn matching(open: char) -> char {
    match open {
        '(' => ')',
        '[' => ']',
        _ => '}',
    }
}

fn bracket_problem(tokens: &[Token]) -> Option<BracketProblem> {
    let mut stack: Vec<(char, TextRange)> = Vec::new();
    // CPython 3.11 tokenizes an f-string as one string token, so brackets
    // inside one are the f-string parser's business, not the tokenizer's.
    let mut fstring_depth = 0usize;
    for token in tokens {
        match token.kind() {
            TokenKind::FStringStart => fstring_depth += 1,
            TokenKind::FStringEnd => fstring_depth = fstring_depth.saturating_sub(1),
            _ => {}
        }
        let Some((ch, opens)) = bracket_char(token.kind()) else {
            continue;
        };
        if fstring_depth > 0 {
            continue;
        }
        if opens {
            stack.push((ch, token.range()));
        } else {
            match stack.pop() {
                None => return Some(BracketProblem::Unmatched { close: token.range(), ch }),
                Some((open_ch, open)) if matching(open_ch) != ch => {
                    return Some(BracketProblem::Mismatched { open, open_ch, close: token.range(), close_ch: ch })
                }
                Some(_) => {}
            }
        }
    }
    stack.pop().map(|(ch, open)| BracketProblem::NeverClosed { open, ch })
}

fn translate(source: &str, tokens: &[Token], error: &ParseError) -> SyntaxError {
    if let Some(e) = fstring_field_error(source, tokens, error) {
        return e;
    }
    let range = error.location;
    let at = |kind: ErrorKind, msg: &str| SyntaxError::at(kind, msg, source, range);
    let point = |kind: ErrorKind, msg: &str| {
        let mut e = SyntaxError::at(kind, msg, source, TextRange::empty(range.start()));
        e.end_offset = e.offset;
        e
    };
    // The token starting at or after an offset, and the one before it.
    let token_from = |offset: TextSize| {
        tokens[tokens.partition_point(|t| t.start() < offset)..]
            .iter()
            .find(|t| !t.range().is_empty())
            .map(|t| t.range())
    };
    let token_before = |offset: TextSize| {
        let i = tokens.partition_point(|t| t.start() < offset);
        i.checked_sub(1).map(|i| tokens[i].range())
    };
    match &error.error {
        ParseErrorType::UnexpectedIndentation => {
            // CPython: the 0-based column of the indented token, no end.
            let mut e = SyntaxError::at(
                ErrorKind::IndentationError,
                "unexpected indent",
                source,
                TextRange::empty(range.end()),
            );
            e.offset -= 1;
            e.end_offset = -1;
            e
        }
        ParseErrorType::OtherError(msg) if msg.starts_with("Expected an indented block") => {
            expected_indented_block(source, tokens, range)
        }
        ParseErrorType::OtherError(msg) if msg.starts_with("Expected one or more exception types") => {
            SyntaxError::at(ErrorKind::SyntaxError, "expected one or more exception types", source, range)
        }
        ParseErrorType::OtherError(msg) if msg.starts_with("Cannot have both 'except' and 'except*'") => {
            // CPython points at the clause's keyword: `except` or `except*`.
            let start = range.start().to_usize();
            let text = source.get(start..).unwrap_or("");
            let after = text.get(6..).unwrap_or("");
            let len = if after.trim_start().starts_with('*') { 6 + after.find('*').unwrap_or(0) + 1 } else { 6 };
            let keyword = TextRange::at(range.start(), TextSize::try_from(len).unwrap_or_default());
            SyntaxError::at(
                ErrorKind::SyntaxError,
                "cannot have both 'except' and 'except*' on the same 'try'",
                source,
                keyword,
            )
        }
        ParseErrorType::OtherError(msg) if msg.starts_with("Expected `except` or `finally`") => {
            let token = token_from(range.start()).unwrap_or(range);
            SyntaxError::at(ErrorKind::SyntaxError, "expected 'except' or 'finally' block", source, token)
        }
        ParseErrorType::ExpectedToken { expected: TokenKind::Colon, found } => {
            if *found == TokenKind::Equal {
                if let Some(e) = assignment_in_condition(source, tokens, range) {
                    return e;
                }
            }
            if *found == TokenKind::Rbrace || *found == TokenKind::Comma {
                // CPython points at the key, with no end.
                let key = token_before(range.start()).unwrap_or(range);
                let mut e = SyntaxError::at(ErrorKind::SyntaxError, "':' expected after dictionary key", source, key);
                e.end_offset = 0;
                return e;
            }
            point(ErrorKind::SyntaxError, "expected ':'")
        }
        ParseErrorType::ExpectedToken { expected: TokenKind::Else, .. } => {
            // From the value before `if` to the end of the condition.
            let i = tokens.partition_point(|t| t.start() < range.start());
            let if_at = tokens[..i].iter().rposition(|t| t.kind() == TokenKind::If);
            let last = tokens[..i].iter().rev().find(|t| {
                !t.range().is_empty() && !matches!(t.kind(), TokenKind::Newline | TokenKind::NonLogicalNewline)
            });
            match (if_at.and_then(|j| j.checked_sub(1)).map(|j| tokens[j].range()), last) {
                (Some(body), Some(last)) => SyntaxError::at(
                    ErrorKind::SyntaxError,
                    "expected 'else' after 'if' expression",
                    source,
                    TextRange::new(body.start(), last.end()),
                ),
                _ => at(ErrorKind::SyntaxError, "expected 'else' after 'if' expression"),
            }
        }
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace | TokenKind::Comma,
            found,
        } if starts_expression(*found) => {
            // From the element before the missing comma to the end of this one.
            let before = token_before(range.start()).unwrap_or(range);
            let this = token_from(range.start()).unwrap_or(range);
            let span = TextRange::new(before.start(), this.end());
            SyntaxError::at(ErrorKind::SyntaxError, "invalid syntax. Perhaps you forgot a comma?", source, span)
        }
        ParseErrorType::SimpleStatementsOnSameLine => simple_statements(source, tokens, range),
        ParseErrorType::InvalidAssignmentTarget => invalid_target(source, tokens, range, Target::Assign),
        ParseErrorType::InvalidDeleteTarget => invalid_target(source, tokens, range, Target::Delete),
        ParseErrorType::InvalidAugmentedAssignmentTarget => invalid_target(source, tokens, range, Target::AugAssign),
        ParseErrorType::InvalidNamedAssignmentTarget => invalid_target(source, tokens, range, Target::Walrus),
        // CPython reports these at the token after the offending argument.
        ParseErrorType::PositionalAfterKeywordArgument => {
            let token = token_from(range.end()).unwrap_or(range);
            SyntaxError::at(ErrorKind::SyntaxError, "positional argument follows keyword argument", source, token)
        }
        ParseErrorType::PositionalAfterKeywordUnpacking => {
            let token = token_from(range.end()).unwrap_or(range);
            let msg = "positional argument follows keyword argument unpacking";
            SyntaxError::at(ErrorKind::SyntaxError, msg, source, token)
        }
        ParseErrorType::InvalidArgumentUnpackingOrder => {
            let token = token_from(range.start()).unwrap_or(range);
            let msg = "iterable argument unpacking follows keyword argument unpacking";
            SyntaxError::at(ErrorKind::SyntaxError, msg, source, token)
        }
        ParseErrorType::NonDefaultParamAfterDefaultParam => {
            at(ErrorKind::SyntaxError, "non-default argument follows default argument")
        }
        ParseErrorType::ParamAfterVarKeywordParam => {
            at(ErrorKind::SyntaxError, "arguments cannot follow var-keyword argument")
        }
        ParseErrorType::ExpectedKeywordParam => {
            let token = token_from(range.end()).unwrap_or(range);
            SyntaxError::at(ErrorKind::SyntaxError, "named arguments must follow bare *", source, token)
        }
        ParseErrorType::VarParameterWithDefault => {
            at(ErrorKind::SyntaxError, "var-positional argument cannot have default value")
        }
        ParseErrorType::UnparenthesizedGeneratorExpression => {
            at(ErrorKind::SyntaxError, "Generator expression must be parenthesized")
        }
        ParseErrorType::FStringError(e) | ParseErrorType::Lexical(LexicalErrorType::FStringError(e)) => {
            point(ErrorKind::SyntaxError, &fstring_message(e))
        }
        ParseErrorType::Lexical(lexical) => lexical_error(source, range, lexical),
        _ => {
            // The one token where parsing stopped; at a line end, a point.
            let token = token_from(range.start()).filter(|t| t.start() == range.start()).unwrap_or(range);
            let newline = source.get(token.to_std_range()).is_some_and(|t| t.chars().all(|c| c == '\n' || c == '\r'));
            let mut e = SyntaxError::at(ErrorKind::SyntaxError, "invalid syntax", source, token);
            if range.is_empty() || newline {
                e.end_lineno = e.lineno;
                e.end_offset = e.offset;
            }
            e
        }
    }
}

/// `if x = 1:`: an `=` where a condition's `:` should be.
fn assignment_in_condition(source: &str, tokens: &[Token], equal: TextRange) -> Option<SyntaxError> {
    let at = tokens.partition_point(|t| t.start() < equal.start());
    let header = line_start_token(tokens, equal.start())?;
    if !matches!(header.kind(), TokenKind::If | TokenKind::Elif | TokenKind::While) {
        return None;
    }
    let target =
        TextRange::new(tokens.get(tokens.partition_point(|t| t.start() <= header.start()))?.start(), equal.start());
    let target_text = source.get(target.to_std_range())?.trim_end();
    let target = TextRange::at(target.start(), TextSize::of(target_text));
    let value_end = tokens[at + 1..]
        .iter()
        .take_while(|t| !matches!(t.kind(), TokenKind::Colon | TokenKind::Newline | TokenKind::EndOfFile))
        .last()
        .map_or(equal.end(), |t| t.end());
    let is_name = tokens.get(at.checked_sub(1)?).map(|t| t.start()) == Some(target.start())
        && tokens[at - 1].kind() == TokenKind::Name;
    if is_name {
        return Some(SyntaxError::at(
            ErrorKind::SyntaxError,
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            source,
            TextRange::new(target.start(), value_end),
        ));
    }
    let parsed = ruff_python_parser::parse_expression(target_text).ok()?;
    let name = expression_name(parsed.expr());
    Some(SyntaxError::at(
        ErrorKind::SyntaxError,
        format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?"),
        source,
        target,
    ))
}

fn starts_expression(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::Name
            | TokenKind::Int
            | TokenKind::Float
            | TokenKind::Complex
            | TokenKind::String
            | TokenKind::FStringStart
            | TokenKind::True
            | TokenKind::False
            | TokenKind::None
    )
}

fn fstring_message(error: &InterpolatedStringErrorType) -> String {
    match error {
        InterpolatedStringErrorType::UnclosedLbrace => "f-string: expecting '}'".into(),
        InterpolatedStringErrorType::InvalidConversionFlag => {
            "f-string: invalid conversion character: expected 's', 'r', or 'a'".into()
        }
        InterpolatedStringErrorType::SingleRbrace => "f-string: single '}' is not allowed".into(),
        InterpolatedStringErrorType::UnterminatedString => "f-string: expecting '}'".into(),
        InterpolatedStringErrorType::UnterminatedTripleQuotedString => "f-string: expecting '}'".into(),
        InterpolatedStringErrorType::LambdaWithoutParentheses => {
            "f-string: lambda expressions are not allowed without parentheses".into()
        }
        _ => "f-string: invalid syntax".into(),
    }
}

fn lexical_error(source: &str, range: TextRange, error: &LexicalErrorType) -> SyntaxError {
    let index = LineIndex::new(source);
    match error {
        LexicalErrorType::UnclosedStringError => {
            let text = source.get(range.to_std_range()).unwrap_or("");
            let body = text.trim_start_matches(|c: char| c.is_ascii_alphabetic());
            let triple = body.starts_with("\"\"\"") || body.starts_with("'''");
            let (line, msg) = if triple {
                // The line of the last character (a final newline does not start a line).
                let last = index.line_col(source.len().saturating_sub(1)).0;
                (last, "unterminated triple-quoted string literal")
            } else {
                (index.line_col(range.start().to_usize()).0, "unterminated string literal")
            };
            let mut e = SyntaxError::at(
                ErrorKind::SyntaxError,
                format!("{msg} (detected at line {line})"),
                source,
                TextRange::empty(range.start()),
            );
            e.end_offset = e.offset;
            e
        }
        LexicalErrorType::IndentationError => {
            let kind = if mixed_tabs(source, range) { ErrorKind::TabError } else { ErrorKind::IndentationError };
            let msg = if kind == ErrorKind::TabError {
                "inconsistent use of tabs and spaces in indentation"
            } else {
                "unindent does not match any outer indentation level"
            };
            let mut e = SyntaxError::at(kind, msg, source, range);
            if kind == ErrorKind::TabError {
                e.offset = 1;
                e.end_offset = 0;
            } else {
                // CPython: just past the end of the line, and no end.
                let line_len = e.text.as_deref().map_or(0, |t| t.trim_end_matches(['\n', '\r']).chars().count());
                e.offset = line_len as i32 + 1;
                e.end_offset = -1;
            }
            e
        }
        LexicalErrorType::UnrecognizedToken { tok } => {
            if tok.is_ascii() {
                SyntaxError::at(ErrorKind::SyntaxError, "invalid syntax", source, range)
            } else {
                let mut e = SyntaxError::at(
                    ErrorKind::SyntaxError,
                    format!("invalid character '{tok}' (U+{:04X})", *tok as u32),
                    source,
                    range,
                );
                e.end_offset = e.offset;
                e
            }
        }
        LexicalErrorType::LineContinuationError => SyntaxError::at(
            ErrorKind::SyntaxError,
            "unexpected character after line continuation character",
            source,
            range,
        ),
        LexicalErrorType::OtherError(_) => number_error(source, range),
        LexicalErrorType::UnicodeError
        | LexicalErrorType::MissingUnicodeLbrace
        | LexicalErrorType::MissingUnicodeRbrace => SyntaxError::at(
            ErrorKind::SyntaxError,
            "(unicode error) 'unicodeescape' codec can't decode bytes: malformed escape sequence",
            source,
            range,
        ),
        LexicalErrorType::Eof => SyntaxError::at(ErrorKind::SyntaxError, "unexpected EOF while parsing", source, range),
        _ => SyntaxError::at(ErrorKind::SyntaxError, "invalid syntax", source, range),
    }
}

/// A malformed number literal, reported where CPython's tokenizer stops.
fn number_error(source: &str, range: TextRange) -> SyntaxError {
    // ruff may split the literal (`0b12` is `0b1` then `2`): find its start.
    let before = &source[..range.start().to_usize()];
    let back = before.len() - before.trim_end_matches(|c: char| c.is_ascii_alphanumeric() || c == '_').len();
    let start = range.start() - TextSize::try_from(back).unwrap_or_default();
    let text: String =
        source[start.to_usize()..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
    let lower = text.get(..2).unwrap_or("").to_ascii_lowercase();
    let (kind, radix) = match lower.as_str() {
        "0b" => ("binary", 2),
        "0o" => ("octal", 8),
        "0x" => ("hexadecimal", 16),
        _ => {
            if text.len() > 1 && text.starts_with('0') && text.bytes().all(|b| b.is_ascii_digit() || b == b'_') {
                // CPython marks the leading zeros.
                let zeros = text.bytes().take_while(|b| *b == b'0').count().min(text.len() - 1).max(1);
                let msg =
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
                let len = TextSize::try_from(zeros).unwrap_or_default();
                return SyntaxError::at(ErrorKind::SyntaxError, msg, source, TextRange::at(start, len));
            }
            let digits = text.chars().take_while(|c| c.is_ascii_digit()).count();
            let at = if text[digits..].starts_with('_') { digits + 1 } else { digits.max(1) };
            return number_point(source, start, "invalid decimal literal", at);
        }
    };
    // A decimal digit the radix lacks, a trailing underscore, or nothing
    // valid after the prefix.
    let body: Vec<char> = text[2..].chars().collect();
    let consumed = body.iter().take_while(|c| **c == '_' || c.is_digit(radix)).count();
    match body.get(consumed) {
        Some(c) if c.is_ascii_digit() => {
            number_point(source, start, &format!("invalid digit '{c}' in {kind} literal"), 3 + consumed)
        }
        _ if consumed > 0 && body[consumed - 1] == '_' => {
            number_point(source, start, &format!("invalid {kind} literal"), 2 + consumed)
        }
        _ => number_point(source, start, &format!("invalid {kind} literal"), 2),
    }
}

/// A point error at the `chars`-th character (1-based) of a number literal.
fn number_point(source: &str, start: TextSize, msg: &str, chars: usize) -> SyntaxError {
    let offset: usize = source[start.to_usize()..].chars().take(chars.saturating_sub(1)).map(char::len_utf8).sum();
    let at = start + TextSize::try_from(offset).unwrap_or_default();
    let mut e = SyntaxError::at(ErrorKind::SyntaxError, msg, source, TextRange::empty(at));
    e.end_offset = e.offset;
    e
}

fn mixed_tabs(source: &str, range: TextRange) -> bool {
    let index = LineIndex::new(source);
    let line = index.line_col(range.start().to_usize()).0;
    let indent_of = |text: &str| text.chars().take_while(|c| *c == ' ' || *c == '\t').collect::<String>();
    let this = index.line_text(source, line).map(indent_of).unwrap_or_default();
    let uses_tabs = source.lines().any(|l| indent_of(l).contains('\t'));
    let uses_spaces = source.lines().any(|l| indent_of(l).contains(' '));
    uses_tabs && uses_spaces && !this.is_empty()
}

/// The first token of the logical line containing `offset`.
fn line_start_token(tokens: &[Token], offset: TextSize) -> Option<&Token> {
    let before = tokens.partition_point(|t| t.start() < offset);
    let mut first = None;
    for token in tokens[..before].iter().rev() {
        match token.kind() {
            TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent => break,
            TokenKind::NonLogicalNewline | TokenKind::Comment => {}
            _ => first = Some(token),
        }
    }
    first
}

fn expected_indented_block(source: &str, tokens: &[Token], range: TextRange) -> SyntaxError {
    let index = LineIndex::new(source);
    // The header is the logical line that ends just before the error.
    let before = tokens.partition_point(|t| t.start() < range.start());
    let header_end =
        tokens[..before].iter().rev().find(|t| t.kind() == TokenKind::Newline).map_or(range.start(), |t| t.start());
    let header = line_start_token(tokens, header_end);
    let (what, line) = match header {
        Some(token) => {
            let mut kind = token.kind();
            if kind == TokenKind::Async || kind == TokenKind::At {
                // `async def`, or a decorated definition: use the statement keyword.
                let after = tokens.partition_point(|t| t.start() <= token.start());
                kind = tokens[after..]
                    .iter()
                    .map(|t| t.kind())
                    .find(|k| matches!(k, TokenKind::Def | TokenKind::Class | TokenKind::For | TokenKind::With))
                    .unwrap_or(kind);
            }
            let what = match kind {
                TokenKind::Def => "function definition".to_string(),
                TokenKind::Class => "class definition".to_string(),
                _ => format!("'{}' statement", source.get(token.range().to_std_range()).unwrap_or("")),
            };
            (what, index.line_col(token.start().to_usize()).0)
        }
        None => ("statement".to_string(), index.line_col(range.start().to_usize()).0),
    };
    let msg = format!("expected an indented block after {what} on line {line}");
    // CPython points at the first token of the line after the header, or
    // at the start of that line when the file ends there.
    let (err_line, _) = index.line_col(range.start().to_usize());
    if err_line > line && !range.is_empty() {
        let first = tokens.get(tokens.partition_point(|t| t.start() < range.start())).map_or(range, |t| t.range());
        return SyntaxError::at(ErrorKind::IndentationError, msg, source, first);
    }
    let next_line = (err_line + 1).min(index.line_count() as u32);
    let mut e = SyntaxError::at(ErrorKind::IndentationError, msg, source, range);
    if next_line > err_line {
        e.lineno = next_line;
        e.offset = 1;
        e.text = index.line_text(source, next_line).map(str::to_string);
    }
    e.end_lineno = e.lineno;
    e.end_offset = 0;
    e
}

fn simple_statements(source: &str, tokens: &[Token], range: TextRange) -> SyntaxError {
    let before = tokens.partition_point(|t| t.start() < range.start());
    let previous = before.checked_sub(1).map(|i| &tokens[i]);
    if let Some(prev) = previous {
        let prev_text = source.get(prev.range().to_std_range()).unwrap_or("");
        // `print "x"`: a Python 2 print statement.
        if prev.kind() == TokenKind::Name && (prev_text == "print" || prev_text == "exec") {
            let is_statement_start = line_start_token(tokens, prev.end()).map(|t| t.start()) == Some(prev.start());
            if is_statement_start {
                let end = tokens[before..]
                    .iter()
                    .take_while(|t| !matches!(t.kind(), TokenKind::Newline | TokenKind::EndOfFile))
                    .last()
                    .map_or(range.end(), |t| t.end());
                return SyntaxError::at(
                    ErrorKind::SyntaxError,
                    format!("Missing parentheses in call to '{prev_text}'. Did you mean {prev_text}(...)?"),
                    source,
                    TextRange::new(prev.start(), end),
                );
            }
        }
        // `1abc`, `0b12`, `1_`: a number running into a name or digits.
        if matches!(prev.kind(), TokenKind::Int | TokenKind::Float) && prev.end() == range.start() {
            return number_error(source, range);
        }
    }
    SyntaxError::at(ErrorKind::SyntaxError, "invalid syntax", source, range_of_first_token(tokens, range))
}

fn range_of_first_token(tokens: &[Token], range: TextRange) -> TextRange {
    let index = tokens.partition_point(|t| t.start() < range.start());
    tokens.get(index).map_or(range, |t| t.range())
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Target {
    Assign,
    Delete,
    AugAssign,
    Walrus,
}

/// CPython's name for an expression in "cannot assign to ..." messages.
fn expression_name(expr: &Expr) -> &'static str {
    match expr {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::NoneLiteral(_) => "None",
        Expr::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        _ => "literal",
    }
}

fn invalid_target(source: &str, tokens: &[Token], range: TextRange, target: Target) -> SyntaxError {
    let text = source.get(range.to_std_range()).unwrap_or("");
    let parsed = ruff_python_parser::parse_expression(text).ok();
    let expr = parsed.as_ref().map(|p| p.expr());
    let name = expr.map_or("expression", expression_name);
    let msg = match target {
        Target::Delete => format!("cannot delete {name}"),
        Target::AugAssign => format!("'{name}' is an illegal expression for augmented assignment"),
        Target::Walrus => format!("cannot use assignment expressions with {name}"),
        Target::Assign => {
            if matches!(expr, Some(Expr::Yield(_) | Expr::YieldFrom(_))) {
                "assignment to yield expression not possible".to_string()
            } else {
                let next = tokens.partition_point(|t| t.start() < range.end());
                let followed_by_equal = tokens.get(next).map(|t| t.kind()) == Some(TokenKind::Equal);
                // CPython adds the '==' hint when the target is a simple
                // expression and the value after '=' is not itself assigned.
                let chained = tokens[next..]
                    .iter()
                    .skip(1)
                    .take_while(|t| !matches!(t.kind(), TokenKind::Newline | TokenKind::EndOfFile))
                    .any(|t| t.kind() == TokenKind::Equal);
                let hint = followed_by_equal
                    && !chained
                    && !matches!(
                        expr,
                        Some(
                            Expr::Compare(_)
                                | Expr::Lambda(_)
                                | Expr::If(_)
                                | Expr::Generator(_)
                                | Expr::BooleanLiteral(_)
                                | Expr::NoneLiteral(_)
                                | Expr::List(_)
                                | Expr::Tuple(_)
                        )
                    );
                if hint {
                    format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?")
                } else {
                    format!("cannot assign to {name}")
                }
            }
        }
    };
    SyntaxError::at(ErrorKind::SyntaxError, msg, source, range)
}
