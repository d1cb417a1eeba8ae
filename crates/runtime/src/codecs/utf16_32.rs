//! UTF-16 and UTF-32, in either byte order or with a byte order mark.

use super::{Codec, DecodeProblem};

fn little_endian(codec: Codec, data: &[u8], bom_le: &[u8], bom_be: &[u8]) -> (bool, usize) {
    match codec {
        Codec::Utf16Le | Codec::Utf32Le => (true, 0),
        Codec::Utf16Be | Codec::Utf32Be => (false, 0),
        // With a BOM it decides and is dropped; without one, native order.
        _ if data.starts_with(bom_le) => (true, bom_le.len()),
        _ if data.starts_with(bom_be) => (false, bom_be.len()),
        _ => (cfg!(target_endian = "little"), 0),
    }
}

/// Whether a UTF-16 or UTF-32 codec reads this data little-endian.
pub fn is_little_endian(codec: Codec, data: &[u8]) -> bool {
    match codec {
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => little_endian(codec, data, b"\xff\xfe", b"\xfe\xff").0,
        _ => little_endian(codec, data, b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff").0,
    }
}

pub fn decode_utf16(codec: Codec, data: &[u8], out: &mut String, problems: &mut Vec<(usize, DecodeProblem)>) {
    let (le, mut i) = little_endian(codec, data, b"\xff\xfe", b"\xfe\xff");
    let unit = |i: usize| {
        let pair = [data[i], data[i + 1]];
        if le {
            u16::from_le_bytes(pair)
        } else {
            u16::from_be_bytes(pair)
        }
    };
    while i < data.len() {
        if i + 1 >= data.len() {
            problems.push((out.len(), DecodeProblem { start: i, end: data.len(), reason: "truncated data" }));
            return;
        }
        let u = unit(i);
        if !(0xD800..0xE000).contains(&u) {
            out.push(char::from_u32(u as u32).unwrap_or('\u{fffd}'));
            i += 2;
            continue;
        }
        if u >= 0xDC00 {
            problems.push((out.len(), DecodeProblem { start: i, end: i + 2, reason: "illegal encoding" }));
            i += 2;
            continue;
        }
        if i + 3 >= data.len() {
            problems.push((out.len(), DecodeProblem { start: i, end: data.len(), reason: "unexpected end of data" }));
            return;
        }
        let low = unit(i + 2);
        if !(0xDC00..0xE000).contains(&low) {
            problems.push((out.len(), DecodeProblem { start: i, end: i + 2, reason: "illegal UTF-16 surrogate" }));
            i += 2;
            continue;
        }
        let cp = 0x10000 + (((u as u32) - 0xD800) << 10) + ((low as u32) - 0xDC00);
        out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
        i += 4;
    }
}

pub fn decode_utf32(codec: Codec, data: &[u8], out: &mut String, problems: &mut Vec<(usize, DecodeProblem)>) {
    let (le, mut i) = little_endian(codec, data, b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff");
    while i < data.len() {
        if i + 3 >= data.len() {
            problems.push((out.len(), DecodeProblem { start: i, end: data.len(), reason: "truncated data" }));
            return;
        }
        let quad = [data[i], data[i + 1], data[i + 2], data[i + 3]];
        let cp = if le { u32::from_le_bytes(quad) } else { u32::from_be_bytes(quad) };
        match char::from_u32(cp) {
            Some(c) => out.push(c),
            None => {
                let reason = if (0xD800..0xE000).contains(&cp) {
                    "code point in surrogate code point range(0xd800, 0xe000)"
                } else {
                    "code point not in range(0x110000)"
                };
                problems.push((out.len(), DecodeProblem { start: i, end: i + 4, reason }));
            }
        }
        i += 4;
    }
}

/// Appends valid text (no lone surrogates) in UTF-16.
pub fn encode_utf16(codec: Codec, text: &str, out: &mut Vec<u8>) {
    out.reserve(text.len() * 2);
    for u in text.encode_utf16() {
        push_unit(codec, u, out);
    }
}

fn push_unit(codec: Codec, u: u16, out: &mut Vec<u8>) {
    out.extend_from_slice(&if codec == Codec::Utf16Be { u.to_be_bytes() } else { u.to_le_bytes() });
}

/// Appends one code point in UTF-16 (a surrogate as its own unit).
pub fn push_utf16(codec: Codec, n: u32, out: &mut Vec<u8>) {
    if n < 0x10000 {
        push_unit(codec, n as u16, out);
    } else {
        let v = n - 0x10000;
        push_unit(codec, 0xD800 | (v >> 10) as u16, out);
        push_unit(codec, 0xDC00 | (v & 0x3FF) as u16, out);
    }
}

/// Appends valid text (no lone surrogates) in UTF-32.
pub fn encode_utf32(codec: Codec, text: &str, out: &mut Vec<u8>) {
    out.reserve(text.len() * 4);
    for c in text.chars() {
        push_utf32(codec, c as u32, out);
    }
}

pub fn push_utf32(codec: Codec, n: u32, out: &mut Vec<u8>) {
    out.extend_from_slice(&if codec == Codec::Utf32Be { n.to_be_bytes() } else { n.to_le_bytes() });
}
