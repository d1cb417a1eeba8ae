//! How a Python code point is held in a Rust `char`.
//!
//! A Python str may hold lone surrogates (U+D800-U+DFFF: `'\ud800'`,
//! `surrogateescape`-decoded file names); a Rust `char` may not. ferropy's
//! str is UTF-8 text in which the last 2,048 code points of plane 13,
//! U+DF800-U+DFFFF, stand for the 2,048 surrogates, in order. Planes 4 to
//! 13 are unassigned in every Unicode version, so no real text holds these
//! code points; they come up only in programs that sweep through every
//! code point. The mapping is one char for one code point, so lengths,
//! indexing, slicing, searching and equality need no change; only what
//! looks at a code point's number does (`ord`, `chr`, `repr`, ordering,
//! the hash, codecs, `unicodedata`, the regex translation).
//!
//! The invariant: a real U+DF800-U+DFFFF never enters a str. Every door
//! that makes text from numbers or bytes (`chr`, literals, decoders)
//! refuses one with NotImplementedError, so a char in that range is always
//! a surrogate.

/// The char that stands for surrogate U+D800.
const SURROGATE_BASE: u32 = 0xDF800;
const SURROGATE_BASE_END: u32 = SURROGATE_BASE + 0x7FF;
const SURROGATE_FIRST: u32 = 0xD800;
const SURROGATE_LAST: u32 = 0xDFFF;

/// The Python code point a char stands for (`ord`).
#[inline]
pub fn ord(c: char) -> u32 {
    let n = c as u32;
    if (SURROGATE_BASE..=SURROGATE_BASE_END).contains(&n) {
        n - SURROGATE_BASE + SURROGATE_FIRST
    } else {
        n
    }
}

/// Whether a char stands for a lone surrogate.
#[inline]
pub fn is_surrogate(c: char) -> bool {
    (SURROGATE_BASE..=SURROGATE_BASE_END).contains(&(c as u32))
}

/// Why a code point has no char.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoChar {
    /// Beyond U+10FFFF: Python's `chr` raises ValueError.
    OutOfRange,
    /// A real U+DF800-U+DFFFF, which ferropy keeps for surrogates (see
    /// the module docs).
    Reserved,
}

/// The char for a Python code point (`chr`).
#[inline]
pub fn char_for(n: u32) -> Result<char, NoChar> {
    if (SURROGATE_FIRST..=SURROGATE_LAST).contains(&n) {
        return Ok(char::from_u32(n - SURROGATE_FIRST + SURROGATE_BASE).expect("plane 13 is valid"));
    }
    if (SURROGATE_BASE..=SURROGATE_BASE_END).contains(&n) {
        return Err(NoChar::Reserved);
    }
    char::from_u32(n).ok_or(NoChar::OutOfRange)
}

/// The message for a refused real character U+DF800-U+DFFFF.
pub fn reserved_message(n: u32) -> String {
    format!(
        "ferropy cannot represent the unassigned code point U+{n:05X}: it keeps U+DF800-U+DFFFF to stand for lone surrogates"
    )
}

/// Whether UTF-8 text holds a char of U+DF800-U+DFFFF (encoded
/// F3 9F A0-BF xx): a surrogate in a str, a reserved character in text
/// from outside. One pass over the bytes looking for 0xF3 first.
pub fn contains_reserved(text: &[u8]) -> bool {
    first_reserved(text).is_some()
}

/// Byte offset of the first char of U+DF800-U+DFFFF in UTF-8 text.
pub fn first_reserved(text: &[u8]) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = memchr::memchr(0xF3, &text[from..]) {
        let at = from + i;
        if text.get(at + 1) == Some(&0x9F) && text.get(at + 2).is_some_and(|&b| b >= 0xA0) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surrogates_round_trip_and_reserved_chars_are_refused() {
        for n in [0xD800, 0xDBFF, 0xDC80, 0xDFFF] {
            let c = char_for(n).unwrap();
            assert!(is_surrogate(c));
            assert_eq!(ord(c), n);
        }
        assert_eq!(char_for(0xDF7FF).map(ord), Ok(0xDF7FF));
        assert_eq!(char_for(0xE0000).map(ord), Ok(0xE0000));
        assert_eq!(char_for(0x10FFFF).map(ord), Ok(0x10FFFF));
        assert_eq!(char_for(0xDF800), Err(NoChar::Reserved));
        assert_eq!(char_for(0xDFFFF), Err(NoChar::Reserved));
        assert_eq!(char_for(0x110000), Err(NoChar::OutOfRange));
        assert_eq!(ord('a'), 97);
        let text = format!("ab\u{DF7FF}{}", char_for(0xDC80).unwrap());
        assert_eq!(first_reserved(text.as_bytes()), Some(6));
        assert!(!contains_reserved("\u{DF7FF}\u{E0000}\u{FFFF}".as_bytes()));
    }
}
