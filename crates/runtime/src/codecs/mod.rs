//! Text codecs: `str.encode`, `bytes.decode` and text files.
//!
//! The codecs are the ones scientific code meets: UTF-8 (and its BOM form),
//! ASCII, Latin-1, UTF-16 and UTF-32 in both byte orders, and the
//! single-byte code pages (cp1252, the iso8859 family, mac_roman, koi8_r
//! ...; tables in charmaps.rs, generated from CPython's). Each names
//! itself as CPython does in UnicodeError messages. Error handlers are
//! `strict`, `ignore`, `replace`, `backslashreplace`, and for encoding
//! `xmlcharrefreplace`; `surrogateescape`/`surrogatepass` would need lone
//! surrogates in str, which ferropy cannot represent yet.

mod charmaps;
mod utf16_32;

use crate::object::Payload;
use crate::types::bytes::new_bytes;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// A codec, found by any of CPython's names for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
    /// UTF-16 with a byte order mark (little-endian when writing).
    Utf16,
    Utf16Le,
    Utf16Be,
    Utf32,
    Utf32Le,
    Utf32Be,
    /// A single-byte code page: an index into `charmaps::CHARMAPS`.
    Charmap(u8),
}

impl Codec {
    /// Looks a codec up by name, normalised as Python's `encodings` does:
    /// case-insensitive, with runs of punctuation read as `_`.
    pub fn lookup(name: &str) -> Option<Codec> {
        let mut norm = String::with_capacity(name.len());
        for c in name.trim().chars() {
            if c.is_ascii_alphanumeric() || c == '.' {
                norm.push(c.to_ascii_lowercase());
            } else if !norm.ends_with('_') {
                norm.push('_');
            }
        }
        Some(match norm.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Codec::Utf8,
            "utf_8_sig" | "utf8_sig" => Codec::Utf8Sig,
            "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "iso646_us" | "cp367" | "csascii" => Codec::Ascii,
            "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "8859" | "cp819" | "iso_ir_100"
            | "iso_8859_1_1987" | "csisolatin1" => Codec::Latin1,
            "utf_16" | "utf16" | "u16" => Codec::Utf16,
            "utf_16_le" | "utf_16le" | "utf16le" | "unicodelittleunmarked" => Codec::Utf16Le,
            "utf_16_be" | "utf_16be" | "utf16be" | "unicodebigunmarked" => Codec::Utf16Be,
            "utf_32" | "utf32" | "u32" => Codec::Utf32,
            "utf_32_le" | "utf_32le" | "utf32le" => Codec::Utf32Le,
            "utf_32_be" | "utf_32be" | "utf32be" => Codec::Utf32Be,
            other => {
                let index = charmaps::CHARMAPS.iter().position(|m| m.aliases.contains(&other))?;
                Codec::Charmap(index as u8)
            }
        })
    }

    /// The name CPython's errors use for this codec.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Utf8Sig => "utf-8-sig",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16 => "utf-16",
            Codec::Utf16Le => "utf-16-le",
            Codec::Utf16Be => "utf-16-be",
            Codec::Utf32 => "utf-32",
            Codec::Utf32Le => "utf-32-le",
            Codec::Utf32Be => "utf-32-be",
            Codec::Charmap(_) => "charmap",
        }
    }

    /// The codec's own name (`codecs.lookup(...).name`, a file's encoding).
    pub fn canonical_name(self) -> String {
        match self {
            Codec::Latin1 => "iso8859-1".to_string(),
            // The encodings module's name, as CPython's CodecInfo shows it.
            Codec::Charmap(i) => charmaps::CHARMAPS[i as usize].name.replace('_', "-"),
            other => other.name().to_string(),
        }
    }
}

/// What to do with text a codec cannot handle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    /// Undecodable bytes become lone surrogates (which ferropy's str
    /// cannot hold yet); encoding, it is `strict`.
    SurrogateEscape,
    /// Surrogates encoded in UTF-8 pass; for anything else this is
    /// `strict`.
    SurrogatePass,
}

impl Handler {
    pub fn lookup(vm: &mut Vm, name: &str) -> PyResult<Handler> {
        Ok(match name {
            "strict" => Handler::Strict,
            "ignore" => Handler::Ignore,
            "replace" => Handler::Replace,
            "backslashreplace" => Handler::BackslashReplace,
            "xmlcharrefreplace" => Handler::XmlCharRefReplace,
            "surrogateescape" => Handler::SurrogateEscape,
            "surrogatepass" => Handler::SurrogatePass,
            "namereplace" => {
                return Err(vm.not_implemented_error("the 'namereplace' error handler is not supported by ferropy yet"))
            }
            other => {
                let ty = vm.exc.lookup_error.clone();
                return Err(vm.new_error(&ty, format!("unknown error handler name '{other}'")));
            }
        })
    }
}

/// A decoding problem: bytes `start..end` cannot be decoded.
pub struct DecodeProblem {
    pub start: usize,
    pub end: usize,
    pub reason: &'static str,
}

/// Resolves a decoding problem with the handler: appends the replacement
/// to `out`, or returns the exception to raise.
fn handle_decode(
    vm: &mut Vm,
    codec: Codec,
    handler: Handler,
    data: &[u8],
    p: &DecodeProblem,
    out: &mut String,
) -> PyResult<()> {
    match handler {
        Handler::Strict | Handler::XmlCharRefReplace => Err(decode_error(vm, codec, data, p)),
        Handler::Ignore => Ok(()),
        Handler::Replace => {
            out.push('\u{fffd}');
            Ok(())
        }
        Handler::BackslashReplace => {
            for b in &data[p.start..p.end] {
                out.push_str(&format!("\\x{b:02x}"));
            }
            Ok(())
        }
        // An encoded surrogate (ED A0..BF xx) would decode to a lone one.
        Handler::SurrogatePass
            if !(data.get(p.start) == Some(&0xED)
                && data.get(p.start + 1).is_some_and(|b| (0xA0..=0xBF).contains(b))) =>
        {
            Err(decode_error(vm, codec, data, p))
        }
        Handler::SurrogateEscape | Handler::SurrogatePass => Err(vm.not_implemented_error(
            "the surrogateescape error handler needs lone surrogates in str, which ferropy does not support yet",
        )),
    }
}

fn decode_error(vm: &mut Vm, codec: Codec, data: &[u8], p: &DecodeProblem) -> PyErr {
    let ty = vm.exc.unicode_decode_error.clone();
    let args = vec![
        vm.new_str(codec.name()),
        new_bytes(data.to_vec()),
        Value::Int(p.start as i64),
        Value::Int(p.end as i64),
        vm.new_str(p.reason),
    ];
    vm.new_exception(&ty, args)
}

/// Decodes bytes to text.
pub fn decode(vm: &mut Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    match Codec::lookup(encoding) {
        Some(codec) => decode_with(vm, codec, data, errors),
        None => {
            let text = registered_codec(vm, encoding, "decode", new_bytes(data.to_vec()), errors)?;
            match crate::types::str::as_str(&text) {
                Some(s) => Ok(s.to_string()),
                None => {
                    let tn = vm.type_name(&text);
                    Err(vm.type_error(format!(
                        "'{encoding}' decoder returned '{tn}' instead of 'str'; use codecs.decode() to decode to arbitrary types"
                    )))
                }
            }
        }
    }
}

/// A codec the runtime does not have, from the `codecs` registry (the
/// `encodings` package and registered search functions): calls its
/// `encode` or `decode` and returns the result. Codecs that are not text
/// encodings (hex, base64 ...) are refused as CPython refuses them.
fn registered_codec(vm: &mut Vm, encoding: &str, method: &str, arg: Value, errors: &str) -> PyResult<Value> {
    let codecs = vm.import_module("codecs")?;
    let lookup = vm.get_attr_str(&codecs, "lookup")?;
    let name = vm.new_str(encoding);
    let info = vm.call(&lookup, &[name])?;
    if let Ok(flag) = vm.get_attr_str(&info, "_is_text_encoding") {
        if !vm.truthy(&flag)? {
            let what = if method == "encode" { "codecs.encode()" } else { "codecs.decode()" };
            let ty = vm.exc.lookup_error.clone();
            return Err(vm.new_error(
                &ty,
                format!("'{encoding}' is not a text encoding; use {what} to handle arbitrary codecs"),
            ));
        }
    }
    let func = vm.get_attr_str(&info, method)?;
    let errors = vm.new_str(errors);
    let result = vm.call(&func, &[arg, errors])?;
    match crate::types::tuple::items(&result) {
        Some(items) if items.len() == 2 => Ok(items[0].clone()),
        _ => Err(vm.type_error(format!("{method}r must return a tuple (object, integer)"))),
    }
}

/// Decodes bytes to text with a codec already found.
pub fn decode_with(vm: &mut Vm, codec: Codec, data: &[u8], errors: &str) -> PyResult<String> {
    let handler = Handler::lookup(vm, errors)?;
    let mut out = String::with_capacity(data.len());
    let mut problems = Vec::new();
    match codec {
        Codec::Utf8 | Codec::Utf8Sig => {
            let body = if codec == Codec::Utf8Sig { data.strip_prefix(b"\xef\xbb\xbf").unwrap_or(data) } else { data };
            let offset = data.len() - body.len();
            decode_utf8(body, offset, &mut out, &mut problems)
        }
        Codec::Ascii => {
            for (i, &b) in data.iter().enumerate() {
                if b < 128 {
                    out.push(b as char);
                } else {
                    problems
                        .push((out.len(), DecodeProblem { start: i, end: i + 1, reason: "ordinal not in range(128)" }));
                }
            }
        }
        Codec::Latin1 => out.extend(data.iter().map(|&b| b as char)),
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => utf16_32::decode_utf16(codec, data, &mut out, &mut problems),
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => utf16_32::decode_utf32(codec, data, &mut out, &mut problems),
        Codec::Charmap(index) => {
            let table = &charmaps::CHARMAPS[index as usize].decode;
            for (i, &b) in data.iter().enumerate() {
                match char::from_u32(table[b as usize] as u32).filter(|&c| c != '\u{fffe}') {
                    Some(c) => out.push(c),
                    None => problems.push((
                        out.len(),
                        DecodeProblem { start: i, end: i + 1, reason: "character maps to <undefined>" },
                    )),
                }
            }
        }
    }
    if problems.is_empty() {
        return Ok(out);
    }
    // Rebuild the text, letting the handler fill each problem's place.
    let mut fixed = String::with_capacity(out.len());
    let mut copied = 0;
    for (at, p) in &problems {
        fixed.push_str(&out[copied..*at]);
        copied = *at;
        handle_decode(vm, codec, handler, data, p, &mut fixed)?;
    }
    fixed.push_str(&out[copied..]);
    Ok(fixed)
}

/// UTF-8 decoding that records each invalid sequence as CPython
/// delimits it, with the output position where it occurred.
fn decode_utf8(data: &[u8], offset: usize, out: &mut String, problems: &mut Vec<(usize, DecodeProblem)>) {
    let mut rest = data;
    let mut pos = offset;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                return;
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                let bad_len = e.error_len().unwrap_or(rest.len() - good);
                let first = rest[good];
                let reason = match e.error_len() {
                    None => "unexpected end of data",
                    Some(_) if (0x80..0xc2).contains(&first) || first > 0xf4 => "invalid start byte",
                    Some(_) => "invalid continuation byte",
                };
                let start = pos + good;
                problems.push((out.len(), DecodeProblem { start, end: start + bad_len, reason }));
                rest = &rest[good + bad_len..];
                pos = start + bad_len;
            }
        }
    }
}

/// Encodes text to bytes.
pub fn encode(vm: &mut Vm, text: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    match Codec::lookup(encoding) {
        Some(codec) => encode_with(vm, codec, text, errors),
        None => {
            let arg = vm.new_str(text);
            let data = registered_codec(vm, encoding, "encode", arg, errors)?;
            match crate::types::bytes::as_bytes_like(&data) {
                Some(b) if matches!(data.payload(), Some(Payload::Bytes(_))) => Ok(b.to_vec()),
                _ => {
                    let tn = vm.type_name(&data);
                    Err(vm.type_error(format!(
                        "'{encoding}' encoder returned '{tn}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types"
                    )))
                }
            }
        }
    }
}

/// The byte a single-byte codec encodes a character as.
fn encode_one(codec: Codec, c: char) -> Option<u8> {
    let n = c as u32;
    match codec {
        Codec::Ascii => (n < 128).then_some(n as u8),
        Codec::Latin1 => (n < 256).then_some(n as u8),
        // Where two bytes decode to one character, CPython encodes the later.
        Codec::Charmap(i) => {
            charmaps::CHARMAPS[i as usize].decode.iter().rposition(|&u| u as u32 == n).map(|b| b as u8)
        }
        _ => None,
    }
}

/// Encodes text to bytes with a codec already found.
pub fn encode_with(vm: &mut Vm, codec: Codec, text: &str, errors: &str) -> PyResult<Vec<u8>> {
    let handler = Handler::lookup(vm, errors)?;
    let reason = match codec {
        Codec::Utf8 => return Ok(text.as_bytes().to_vec()),
        Codec::Utf8Sig => return Ok([b"\xef\xbb\xbf".as_slice(), text.as_bytes()].concat()),
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => return Ok(utf16_32::encode_utf16(codec, text)),
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => return Ok(utf16_32::encode_utf32(codec, text)),
        Codec::Ascii => "ordinal not in range(128)",
        Codec::Latin1 => "ordinal not in range(256)",
        Codec::Charmap(_) => "character maps to <undefined>",
    };
    let mut out = Vec::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        let n = c as u32;
        if let Some(b) = encode_one(codec, c) {
            out.push(b);
            continue;
        }
        match handler {
            Handler::Strict | Handler::SurrogateEscape | Handler::SurrogatePass => {
                // As CPython: the error covers the whole run of characters
                // the codec cannot encode.
                let run = 1 + text.chars().skip(i + 1).take_while(|&c| encode_one(codec, c).is_none()).count();
                let ty = vm.exc.unicode_encode_error.clone();
                let args = vec![
                    vm.new_str(codec.name()),
                    vm.new_str(text),
                    Value::Int(i as i64),
                    Value::Int((i + run) as i64),
                    vm.new_str(reason),
                ];
                return Err(vm.new_exception(&ty, args));
            }
            Handler::Replace => out.extend(encode_one(codec, '?')),
            Handler::Ignore => {}
            Handler::XmlCharRefReplace => out.extend(format!("&#{n};").chars().filter_map(|c| encode_one(codec, c))),
            Handler::BackslashReplace => {
                let esc = if n < 0x100 {
                    format!("\\x{n:02x}")
                } else if n < 0x10000 {
                    format!("\\u{n:04x}")
                } else {
                    format!("\\U{n:08x}")
                };
                out.extend(esc.chars().filter_map(|c| encode_one(codec, c)));
            }
        }
    }
    Ok(out)
}

/// Decodes with a single-byte codec, undefined bytes as U+FFFD (for
/// showing source lines, where nothing may fail).
pub fn decode_single_byte(codec: Codec, data: &[u8]) -> String {
    match codec {
        Codec::Charmap(index) => {
            let table = &charmaps::CHARMAPS[index as usize].decode;
            data.iter().map(|&b| char::from_u32(table[b as usize] as u32).unwrap_or('\u{fffd}')).collect()
        }
        _ => data.iter().map(|&b| if codec == Codec::Ascii && b >= 128 { '\u{fffd}' } else { b as char }).collect(),
    }
}
