//! The file-system encoding: how names, arguments and the environment
//! (bytes to the OS) become str and back. As CPython on Linux: UTF-8 with
//! `surrogateescape`, so any bytes survive the round trip.

use std::borrow::Cow;

use super::{encode_with, Codec};
use crate::unicode::code_points;
use crate::vm::{PyResult, Vm};

/// Bytes from the OS as a str: invalid UTF-8 bytes become U+DC80-U+DCFF.
/// A real character of ferropy's reserved range (see `code_points`) is
/// escaped byte by byte too, so the name still encodes back to itself.
pub fn fs_decode(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len());
    let mut rest = data;
    loop {
        match std::str::from_utf8(rest) {
            Ok(text) => {
                push_valid(&mut out, text);
                return out;
            }
            Err(e) => {
                let good = e.valid_up_to();
                push_valid(&mut out, std::str::from_utf8(&rest[..good]).unwrap_or(""));
                let bad = e.error_len().unwrap_or(rest.len() - good);
                push_escaped(&mut out, &rest[good..good + bad]);
                rest = &rest[good + bad..];
            }
        }
    }
}

fn push_valid(out: &mut String, text: &str) {
    if !code_points::contains_reserved(text.as_bytes()) {
        out.push_str(text);
        return;
    }
    for c in text.chars() {
        if code_points::is_surrogate(c) {
            push_escaped(out, c.encode_utf8(&mut [0; 4]).as_bytes());
        } else {
            out.push(c);
        }
    }
}

fn push_escaped(out: &mut String, bytes: &[u8]) {
    out.extend(bytes.iter().filter_map(|&b| code_points::char_for(0xDC00 + b as u32).ok()));
}

/// A str as bytes for the OS; a surrogate that no byte escapes is
/// UnicodeEncodeError, as in CPython.
pub fn fs_encode<'a>(vm: &mut Vm, text: &'a str) -> PyResult<Cow<'a, [u8]>> {
    match fs_encode_path(text) {
        Some(bytes) => Ok(bytes),
        None => Ok(Cow::Owned(encode_with(vm, Codec::Utf8, text, "surrogateescape")?)),
    }
}

/// `fs_encode` where no exception can be raised (the command line's
/// script path): None when a surrogate has no byte to stand for.
pub fn fs_encode_path(text: &str) -> Option<Cow<'_, [u8]>> {
    if !code_points::contains_reserved(text.as_bytes()) {
        return Some(Cow::Borrowed(text.as_bytes()));
    }
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        match code_points::ord(c) {
            n @ 0xDC80..=0xDCFF => out.push((n - 0xDC00) as u8),
            0xD800..=0xDFFF => return None,
            _ => out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
        }
    }
    Some(Cow::Owned(out))
}
