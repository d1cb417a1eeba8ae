//! Line endings of text files: the `newline` argument of `open()`.
//!
//! `newline=None` (universal newlines) ends lines at `\n`, `\r` or `\r\n`
//! and reads each as `\n`; `newline=""` ends lines at the same three but
//! keeps them as they are; `"\n"`, `"\r"` and `"\r\n"` end lines only at
//! themselves, and writing turns each `\n` into them. Binary files and the
//! standard streams on Unix use `"\n"`. The two universal modes also note
//! which endings they have met, for the `newlines` attribute.

use std::borrow::Cow;
use std::cell::Cell;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NewlineMode {
    /// `newline=None`: any ending, read as `\n`.
    Universal,
    /// `newline=""`: any ending, kept.
    Untranslated,
    Lf,
    Cr,
    CrLf,
}

/// The endings met so far, as bits.
const SEEN_CR: u8 = 1;
const SEEN_LF: u8 = 2;
const SEEN_CRLF: u8 = 4;
/// The last text read ended with `\r`: whether it was a line ending of
/// its own or half of `\r\n` is known only from what comes next.
const PENDING_CR: u8 = 8;

impl NewlineMode {
    /// The mode `open()` is given; None for a value it refuses.
    pub fn from_arg(newline: Option<&str>) -> Option<NewlineMode> {
        Some(match newline {
            None => NewlineMode::Universal,
            Some("") => NewlineMode::Untranslated,
            Some("\n") => NewlineMode::Lf,
            Some("\r") => NewlineMode::Cr,
            Some("\r\n") => NewlineMode::CrLf,
            Some(_) => return None,
        })
    }

    fn any_ending(self) -> bool {
        matches!(self, NewlineMode::Universal | NewlineMode::Untranslated)
    }

    /// Where the first line of `bytes` ends (just past its ending), looking
    /// from `from` on: `Err(resume)` when more bytes are needed to know,
    /// with the position to look from once they are there. `at_eof` says no
    /// more will come (a `\r` at the very end is then a line ending).
    pub fn line_end(self, bytes: &[u8], from: usize, at_eof: bool) -> Result<usize, usize> {
        let rest = &bytes[from..];
        match self {
            NewlineMode::Lf => memchr::memchr(b'\n', rest).map(|i| from + i + 1).ok_or(bytes.len()),
            NewlineMode::Cr => memchr::memchr(b'\r', rest).map(|i| from + i + 1).ok_or(bytes.len()),
            // A `\r` at the end may be the first half of the next ending.
            NewlineMode::CrLf => {
                memchr::memmem::find(rest, b"\r\n").map(|i| from + i + 2).ok_or(bytes.len().saturating_sub(1).max(from))
            }
            NewlineMode::Universal | NewlineMode::Untranslated => match memchr::memchr2(b'\r', b'\n', rest) {
                None => Err(bytes.len()),
                Some(i) => {
                    let at = from + i;
                    if bytes[at] == b'\n' {
                        Ok(at + 1)
                    } else if at + 1 < bytes.len() {
                        Ok(if bytes[at + 1] == b'\n' { at + 2 } else { at + 1 })
                    } else if at_eof {
                        Ok(at + 1)
                    } else {
                        Err(at)
                    }
                }
            },
        }
    }

    /// How many bytes of `bytes` hold the first `n` characters, each
    /// `width` wide (from its first byte); a `\r\n` is one character when
    /// it is read as `\n`. None when more bytes are needed to know.
    pub fn char_cut(self, bytes: &[u8], n: usize, at_eof: bool, width: impl Fn(u8) -> usize) -> Option<usize> {
        let (mut at, mut chars) = (0, 0);
        while chars < n {
            let Some(&b) = bytes.get(at) else {
                return at_eof.then_some(at);
            };
            let mut w = width(b);
            if b == b'\r' && self == NewlineMode::Universal {
                match bytes.get(at + 1) {
                    Some(b'\n') => w = 2,
                    Some(_) => {}
                    None if at_eof => {}
                    None => return None,
                }
            }
            if at + w > bytes.len() {
                return at_eof.then_some(bytes.len());
            }
            at += w;
            chars += 1;
        }
        Some(at)
    }

    /// Text as read: endings turned into `\n` for universal newlines, and
    /// the endings met noted in `seen`.
    pub fn decode(self, text: String, seen: &Cell<u8>) -> String {
        match self.decode_str(&text, seen) {
            Cow::Borrowed(_) => text,
            Cow::Owned(translated) => translated,
        }
    }

    /// `decode` of borrowed text: a copy only when endings change.
    pub fn decode_str<'a>(self, text: &'a str, seen: &Cell<u8>) -> Cow<'a, str> {
        if !self.any_ending() {
            return Cow::Borrowed(text);
        }
        // Nearly every line read ends in a plain `\n`, with no `\r` in it.
        let bytes = text.as_bytes();
        if seen.get() & PENDING_CR == 0 && memchr::memchr(b'\r', bytes).is_none() {
            if bytes.last() == Some(&b'\n') || memchr::memchr(b'\n', bytes).is_some() {
                seen.set(seen.get() | SEEN_LF);
            }
            return Cow::Borrowed(text);
        }
        seen.set(endings_in(bytes, seen.get()));
        if self == NewlineMode::Untranslated || !text.contains('\r') {
            return Cow::Borrowed(text);
        }
        Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
    }

    /// Text as written: each `\n` as this mode's ending.
    pub fn encode(self, text: &str) -> Cow<'_, str> {
        match self {
            NewlineMode::Cr if text.contains('\n') => Cow::Owned(text.replace('\n', "\r")),
            NewlineMode::CrLf if text.contains('\n') => Cow::Owned(text.replace('\n', "\r\n")),
            _ => Cow::Borrowed(text),
        }
    }

    /// The `newlines` attribute: None when this mode does not track
    /// endings or none were met, one ending as a str, several as a tuple
    /// (in the order `\r`, `\n`, `\r\n`). A `\r` that ended the text read
    /// so far counts once no more can follow it (`at_eof`).
    pub fn seen_endings(self, seen: u8, at_eof: bool) -> Option<Vec<&'static str>> {
        let seen = if seen & PENDING_CR != 0 && at_eof { seen | SEEN_CR } else { seen };
        if !self.any_ending() || seen & !PENDING_CR == 0 {
            return None;
        }
        let all = [(SEEN_CR, "\r"), (SEEN_LF, "\n"), (SEEN_CRLF, "\r\n")];
        Some(all.iter().filter(|(bit, _)| seen & bit != 0).map(|(_, s)| *s).collect())
    }
}

/// `seen` (the `SEEN_*` bits so far) with the line endings in `bytes`,
/// the text read next.
fn endings_in(bytes: &[u8], seen: u8) -> u8 {
    let after_cr = |i: usize| if i == 0 { seen & PENDING_CR != 0 } else { bytes[i - 1] == b'\r' };
    let mut seen = seen & !PENDING_CR;
    if after_cr(0) && bytes.first() != Some(&b'\n') {
        seen |= SEEN_CR;
    }
    for i in memchr::memchr2_iter(b'\r', b'\n', bytes) {
        seen |= match bytes[i] {
            b'\r' if i + 1 == bytes.len() => PENDING_CR,
            b'\r' if bytes[i + 1] == b'\n' => SEEN_CRLF,
            b'\r' => SEEN_CR,
            _ if after_cr(i) => SEEN_CRLF,
            _ => SEEN_LF,
        };
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_end_where_each_mode_says() {
        let text = b"a\rb\r\nc\nd";
        let ends = |mode: NewlineMode| {
            let (mut out, mut at) = (vec![], 0);
            while let Ok(end) = mode.line_end(text, at, true) {
                out.push(end);
                at = end;
            }
            out
        };
        assert_eq!(ends(NewlineMode::Universal), [2, 5, 7]);
        assert_eq!(ends(NewlineMode::Lf), [5, 7]);
        assert_eq!(ends(NewlineMode::Cr), [2, 4]);
        assert_eq!(ends(NewlineMode::CrLf), [5]);
        // A \r at the end of what has arrived may be half of \r\n.
        assert_eq!(NewlineMode::Universal.line_end(b"ab\r", 0, false), Err(2));
        assert_eq!(NewlineMode::CrLf.line_end(b"ab\r", 0, false), Err(2));
    }

    #[test]
    fn universal_newlines_read_as_lf_and_are_noted() {
        let seen = Cell::new(0);
        let text = NewlineMode::Universal.decode("a\rb\r\nc".to_string(), &seen);
        assert_eq!(text, "a\nb\nc");
        assert_eq!(NewlineMode::Universal.seen_endings(seen.get(), false), Some(vec!["\r", "\r\n"]));
        assert_eq!(NewlineMode::Lf.seen_endings(seen.get(), false), None);
        // A \r\n split between two reads is one ending.
        let seen = Cell::new(0);
        NewlineMode::Untranslated.decode("a\r".to_string(), &seen);
        assert_eq!(NewlineMode::Untranslated.seen_endings(seen.get(), false), None);
        NewlineMode::Untranslated.decode("\nb\r".to_string(), &seen);
        assert_eq!(NewlineMode::Untranslated.seen_endings(seen.get(), true), Some(vec!["\r", "\r\n"]));
        assert_eq!(NewlineMode::Universal.char_cut(b"a\r\nb", 2, false, |_| 1), Some(3));
        assert_eq!(NewlineMode::Universal.char_cut(b"a\r", 2, false, |_| 1), None);
        assert_eq!(NewlineMode::CrLf.encode("x\ny"), "x\r\ny");
    }
}
