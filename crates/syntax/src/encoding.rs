//! Source encodings (PEP 263) and line endings.
//!
//! A source file is UTF-8 unless its first or second line declares
//! otherwise with a coding cookie (`# -*- coding: latin-1 -*-`); the second
//! line counts only when the first holds nothing but a comment or blanks.
//! A UTF-8 byte order mark may start the file, and then a cookie must name
//! UTF-8. Decoding itself is the runtime's (it owns the codecs); this module
//! only reads what the source declares, as CPython's tokenizer does.

use std::borrow::Cow;

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
    fn line_endings() {
        assert_eq!(normalize_newlines("a\r\nb\rc\n"), "a\nb\nc\n");
        assert!(matches!(normalize_newlines("a\nb"), Cow::Borrowed(_)));
    }
}
