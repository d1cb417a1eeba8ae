//! Source encodings (PEP 263) and line endings.
//!
//! A source file is UTF-8 unless its first or second line declares
//! otherwise with a coding cookie (`# -*- coding: latin-1 -*-`); the second
//! line counts only when the first holds nothing but a comment or blanks.
//! A UTF-8 byte order mark may start the file, and then a cookie must name
//! UTF-8. Decoding itself is the runtime's (it owns the codecs); this module
//! only reads what the source declares, as CPython's tokenizer does.

use std::borrow::Cow;

use ruff_text_size::Ranged;

/// The UTF-8 byte order mark.
pub const BOM: &[u8] = b"\xef\xbb\xbf";

/// What the start of a source file declares about its encoding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Declared {
    /// The file starts with a UTF-8 byte order mark.
    pub bom: bool,
    /// The encoding named by a coding cookie, normalised as CPython
    /// reports it ("utf-8" and "iso-8859-1" for their many spellings).
    pub cookie: Option<String>,
}

/// Reads the byte order mark and the coding cookie of a source.
pub fn declared(source: &[u8]) -> Declared {
    let bom = source.starts_with(BOM);
    let body = if bom { &source[BOM.len()..] } else { source };
    let mut lines = body.split_inclusive(|&b| b == b'\n');
    let mut cookie = None;
    if let Some(first) = lines.next() {
        cookie = cookie_in(first);
        if cookie.is_none() && is_blank_or_comment(first) {
            cookie = lines.next().and_then(cookie_in);
        }
    }
    Declared { bom, cookie: cookie.map(|name| normalise(&name)) }
}

/// The encoding a line declares: `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`.
fn cookie_in(line: &[u8]) -> Option<String> {
    let start = line.iter().position(|b| !matches!(b, b' ' | b'\t' | b'\x0c'))?;
    if line[start] != b'#' {
        return None;
    }
    let comment = &line[start..];
    let mut from = 0;
    while let Some(at) = find(&comment[from..], b"coding") {
        let after = from + at + "coding".len();
        if matches!(comment.get(after), Some(b':' | b'=')) {
            let rest = &comment[after + 1..];
            let skip = rest.iter().take_while(|b| matches!(b, b' ' | b'\t')).count();
            let name: Vec<u8> = rest[skip..]
                .iter()
                .copied()
                .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
                .collect();
            if !name.is_empty() {
                return Some(String::from_utf8_lossy(&name).into_owned());
            }
        }
        from = after;
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn is_blank_or_comment(line: &[u8]) -> bool {
    match line.iter().find(|b| !matches!(b, b' ' | b'\t' | b'\x0c')) {
        None => true,
        Some(b) => matches!(b, b'#' | b'\r' | b'\n'),
    }
}

/// CPython's tokenizer folds the spellings of two encodings into one name
/// ("utf-8", "iso-8859-1"); others are kept as written.
fn normalise(name: &str) -> String {
    let lower: String = name.chars().take(12).map(|c| if c == '_' { '-' } else { c.to_ascii_lowercase() }).collect();
    let is = |base: &str| lower == base || lower.starts_with(&format!("{base}-"));
    if is("utf-8") {
        "utf-8".to_string()
    } else if ["latin-1", "iso-8859-1", "iso-latin-1"].iter().any(|b| is(b)) {
        "iso-8859-1".to_string()
    } else {
        name.to_string()
    }
}

/// The first byte that is not valid UTF-8, and its 1-based line.
pub fn first_invalid_utf8(source: &[u8]) -> Option<(u8, usize)> {
    let valid = match std::str::from_utf8(source) {
        Ok(_) => return None,
        Err(e) => e.valid_up_to(),
    };
    let line = source[..valid].iter().filter(|&&b| b == b'\n').count() + 1;
    Some((source[valid], line))
}

/// Where a UTF-8 source's first undecodable byte outside comments is.
#[derive(Debug, PartialEq, Eq)]
pub struct BadByte {
    /// Its offset in the source bytes.
    pub at: usize,
    /// The bytes CPython decodes with it: a string literal's contents, or
    /// the run of name characters around it.
    pub span: std::ops::Range<usize>,
    /// Where CPython's error points, as source offsets: for a literal the
    /// token after it (its parser has looked ahead), with that token's end
    /// (the same offset for a newline); for a name the bad byte itself,
    /// with no end.
    pub point: usize,
    pub point_end: Option<usize>,
    /// Where the token holding the bad byte starts.
    pub token_start: usize,
}

/// UTF-8 source as text, when its only invalid bytes are in comments
/// (each bad sequence replaced): CPython's tokenizer skips a comment
/// without decoding it, so such a file declared UTF-8 (or bytes given to
/// `compile`) runs. Otherwise where the first other bad byte is.
pub fn utf8_with_bad_comments(source: &[u8]) -> Result<String, BadByte> {
    let mut text = String::with_capacity(source.len());
    // Per bad sequence: its offset in `text`, its offset in `source`, and
    // its length there (one to three bytes, each replaced by a
    // three-byte character).
    let mut bad: Vec<(usize, usize, usize)> = Vec::new();
    let mut at = 0;
    for chunk in source.utf8_chunks() {
        text.push_str(chunk.valid());
        at += chunk.valid().len();
        if !chunk.invalid().is_empty() {
            bad.push((text.len(), at, chunk.invalid().len()));
            text.push(char::REPLACEMENT_CHARACTER);
            at += chunk.invalid().len();
        }
    }
    let to_source = |pos: usize| {
        let replaced = bad.iter().take_while(|(t, _, _)| *t < pos);
        pos - replaced.map(|(_, _, len)| 3 - len).sum::<usize>()
    };
    let parsed = ruff_python_parser::parse_unchecked(&text, crate::options(ruff_python_parser::Mode::Module));
    use ruff_python_ast::token::TokenKind;
    for &(t_at, s_at, _) in &bad {
        let token = parsed.tokens().iter().find(|t| usize::from(t.start()) <= t_at && t_at < usize::from(t.end()));
        let Some(token) = token else {
            return Err(name_run(source, s_at));
        };
        match token.kind() {
            TokenKind::Comment => continue,
            TokenKind::String | TokenKind::FStringMiddle | TokenKind::TStringMiddle => {
                let (start, end) = (to_source(usize::from(token.start())), to_source(usize::from(token.end())));
                let body = &source[start..end];
                let span = match body.iter().position(|&b| b == b'"' || b == b'\'') {
                    Some(q) if token.kind() == TokenKind::String => {
                        let triple = body[q..].len() >= 6 && body[q + 1] == body[q] && body[q + 2] == body[q];
                        let quotes = if triple { 3 } else { 1 };
                        start + q + quotes..end.saturating_sub(quotes).max(start + q + quotes)
                    }
                    _ => start..end,
                };
                // The next token CPython's tokenizer would give.
                let next = parsed.tokens().iter().find(|t| {
                    usize::from(t.start()) >= usize::from(token.end())
                        && !matches!(t.kind(), TokenKind::NonLogicalNewline | TokenKind::Comment)
                });
                let (point, point_end) = match next {
                    Some(t) if matches!(t.kind(), TokenKind::Newline | TokenKind::EndOfFile) => {
                        let at = to_source(usize::from(t.start()));
                        (at, Some(at))
                    }
                    Some(t) => (to_source(usize::from(t.start())), Some(to_source(usize::from(t.end())))),
                    None => (end, Some(end)),
                };
                return Err(BadByte { at: s_at, span, point, point_end, token_start: start });
            }
            _ => return Err(name_run(source, s_at)),
        }
    }
    Ok(text)
}

/// The bytes around `at` that CPython's tokenizer takes as one name
/// (ASCII letters, digits, `_` and every non-ASCII byte).
fn name_run(source: &[u8], at: usize) -> BadByte {
    let is_name = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_' || *b >= 0x80;
    let start = source[..at].iter().rposition(|b| !is_name(b)).map_or(0, |i| i + 1);
    let end = source[at..].iter().position(|b| !is_name(b)).map_or(source.len(), |i| at + i);
    BadByte { at, span: start..end, point: at, point_end: None, token_start: start }
}

/// Source text with every line ending (`\r\n`, lone `\r`) made `\n`, as
/// CPython's tokenizer reads it: string literals spanning lines keep `\n`.
pub fn normalize_newlines(source: &str) -> Cow<'_, str> {
    if !source.contains('\r') {
        return Cow::Borrowed(source);
    }
    let mut out = String::with_capacity(source.len());
    let mut chars = source.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cookie(src: &str) -> Option<String> {
        declared(src.as_bytes()).cookie
    }

    #[test]
    fn cookies_in_the_first_two_lines() {
        assert_eq!(cookie("# -*- coding: latin-1 -*-\n"), Some("iso-8859-1".into()));
        assert_eq!(cookie("#!/usr/bin/env python\n# coding=cp1252\n"), Some("cp1252".into()));
        assert_eq!(cookie("# vim: set fileencoding=UTF_8 :\n"), Some("utf-8".into()));
        assert_eq!(cookie("import sys\n# coding: latin-1\n"), None);
        assert_eq!(cookie("\n\n# coding: latin-1\n"), None);
        assert_eq!(cookie("x = 1  # coding: latin-1\n"), None);
        assert_eq!(cookie("# coding: utf-8-sig\n"), Some("utf-8".into()));
        assert_eq!(cookie("# coding: latin-10\n"), Some("latin-10".into()));
    }

    #[test]
    fn byte_order_mark() {
        let d = declared(b"\xef\xbb\xbf# coding: latin-1\n");
        assert!(d.bom);
        assert_eq!(d.cookie.as_deref(), Some("iso-8859-1"));
    }

    #[test]
    fn invalid_utf8_is_located() {
        assert_eq!(first_invalid_utf8(b"a\nb\n\xe9"), Some((0xe9, 3)));
        assert_eq!(first_invalid_utf8("é".as_bytes()), None);
    }

    #[test]
    fn bad_bytes_may_sit_in_comments() {
        let text = utf8_with_bad_comments(b"x = 1  # caf\xe9\n# \xff\ny = 2\n");
        assert_eq!(text.as_deref(), Ok("x = 1  # caf\u{fffd}\n# \u{fffd}\ny = 2\n"));
        // In a literal: its contents are decoded; in a name: the name.
        let in_literal = utf8_with_bad_comments(b"# \xe9\nx = 'caf\xe9'  # \xe9\n").unwrap_err();
        assert_eq!((in_literal.at, in_literal.span, in_literal.point, in_literal.point_end), (12, 9..13, 19, Some(19)));
        let in_name = utf8_with_bad_comments(b"# ok\nx\xe9 = 1\n").unwrap_err();
        assert_eq!((in_name.at, in_name.span), (6, 5..7));
    }

    #[test]
    fn line_endings() {
        assert_eq!(normalize_newlines("a\r\nb\rc\n"), "a\nb\nc\n");
        assert!(matches!(normalize_newlines("a\nb"), Cow::Borrowed(_)));
    }
}
