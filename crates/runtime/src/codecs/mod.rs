//! Text codecs: `str.encode`, `bytes.decode` and text files.
//!
//! The codecs are the ones scientific code meets: UTF-8 (and its BOM form),
//! ASCII, Latin-1, UTF-16 and UTF-32 in both byte orders, and the
//! single-byte code pages (cp1252, the iso8859 family, mac_roman, koi8_r
//! ...; tables in charmaps.rs, generated from CPython's). Each names
//! itself as CPython does in UnicodeError messages. Error handlers are
//! `strict`, `ignore`, `replace`, `backslashreplace`, and for encoding
//! `xmlcharrefreplace`, `surrogateescape` and `surrogatepass` (lone
//! surrogates in str are held as `unicode::code_points` describes).

mod charmaps;
mod fs;
mod utf16_32;

pub use fs::{fs_decode, fs_encode, fs_encode_path};

use crate::object::Payload;
use crate::types::bytes::new_bytes;
use crate::unicode::code_points;
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
    /// Undecodable bytes of 128 and more become U+DC80-U+DCFF, and encode
    /// back to the same bytes.
    SurrogateEscape,
    /// The Unicode codecs encode and decode lone surrogates as if they
    /// were characters; elsewhere this is `strict`.
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
/// to `out` and returns where decoding resumes (past the problem, or past
/// the encoded surrogate `surrogatepass` took), or the exception to raise.
fn handle_decode(
    vm: &mut Vm,
    codec: Codec,
    handler: Handler,
    data: &[u8],
    p: &DecodeProblem,
    out: &mut String,
) -> PyResult<usize> {
    match handler {
        Handler::Strict | Handler::XmlCharRefReplace => Err(decode_error(vm, codec, data, p)),
        Handler::Ignore => Ok(p.end),
        Handler::Replace => {
            out.push('\u{fffd}');
            Ok(p.end)
        }
        Handler::BackslashReplace => {
            for b in &data[p.start..p.end] {
                out.push_str(&format!("\\x{b:02x}"));
            }
            Ok(p.end)
        }
        // Each undecodable byte of 128 or more becomes U+DC80-U+DCFF.
        Handler::SurrogateEscape => {
            let bad = &data[p.start..p.end];
            if bad.iter().any(|&b| b < 128) {
                return Err(decode_error(vm, codec, data, p));
            }
            out.extend(bad.iter().filter_map(|&b| code_points::char_for(0xDC00 + b as u32).ok()));
            Ok(p.end)
        }
        Handler::SurrogatePass => match encoded_surrogate(codec, data, p.start) {
            Some((n, len)) => {
                out.extend(code_points::char_for(n).ok());
                Ok(p.start + len)
            }
            None => Err(decode_error(vm, codec, data, p)),
        },
    }
}

/// A surrogate encoded at `start` as the codec would encode its code point
/// (UTF-8's ED A0-BF xx, one UTF-16 unit, one UTF-32 word): the code
/// point and the bytes it takes.
fn encoded_surrogate(codec: Codec, data: &[u8], start: usize) -> Option<(u32, usize)> {
    let is_surrogate = |n: u32| (0xD800..0xE000).contains(&n);
    match codec {
        Codec::Utf8 | Codec::Utf8Sig => {
            let b = data.get(start..start + 3)?;
            let n = ((b[0] as u32 & 0x0F) << 12) | ((b[1] as u32 & 0x3F) << 6) | (b[2] as u32 & 0x3F);
            (b[0] == 0xED && (0xA0..=0xBF).contains(&b[1]) && (0x80..=0xBF).contains(&b[2])).then_some((n, 3))
        }
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
            let b = data.get(start..start + 2)?;
            let pair = [b[0], b[1]];
            let le = utf16_32::is_little_endian(codec, data);
            let n = if le { u16::from_le_bytes(pair) } else { u16::from_be_bytes(pair) } as u32;
            is_surrogate(n).then_some((n, 2))
        }
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => {
            let b = data.get(start..start + 4)?;
            let quad = [b[0], b[1], b[2], b[3]];
            let le = utf16_32::is_little_endian(codec, data);
            let n = if le { u32::from_le_bytes(quad) } else { u32::from_be_bytes(quad) };
            is_surrogate(n).then_some((n, 4))
        }
        _ => None,
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
    let result = match vm.call(&func, &[arg, errors]) {
        Ok(result) => result,
        Err(err) => return Err(wrap_codec_error(vm, err, encoding, method)),
    };
    match crate::types::tuple::items(&result) {
        Some(items) if items.len() == 2 => Ok(items[0].clone()),
        _ => Err(vm.type_error(format!("{method}r must return a tuple (object, integer)"))),
    }
}

/// CPython names the codec in an error a Python codec raised, when the
/// exception is a plain one (BaseException's __init__ and __new__, no
/// attributes of its own): a new exception of the same class, "encoding
/// with 'idna' codec failed (UnicodeError: ...)", caused by the original.
/// Others pass unchanged.
fn wrap_codec_error(vm: &mut Vm, err: crate::vm::PyErr, encoding: &str, method: &str) -> crate::vm::PyErr {
    let exc = err.value();
    let cls = vm.class_of(&exc).clone();
    let base = Value::Obj(vm.exc.base_exception.clone());
    let class_value = Value::Obj(cls.clone());
    let plain = ["__init__", "__new__"].iter().all(|name| {
        match (vm.get_attr_str(&class_value, name), vm.get_attr_str(&base, name)) {
            (Ok(a), Ok(b)) => a.is(&b),
            _ => false,
        }
    });
    let no_attributes = match &exc {
        Value::Obj(o) => o.dict.as_ref().is_none_or(|d| crate::types::dict::dict_len(d) == 0),
        _ => false,
    };
    if !plain || !no_attributes {
        return err;
    }
    let text = match vm.str_value(&exc) {
        Ok(t) => crate::types::str::as_str(&t).unwrap_or("").to_string(),
        Err(_) => return err,
    };
    let name = crate::types::type_::type_name(&cls).to_string();
    let verb = if method == "encode" { "encoding" } else { "decoding" };
    let wrapped = vm.new_error(&cls, format!("{verb} with '{encoding}' codec failed ({name}: {text})"));
    if let Some(Payload::Exception(data)) = wrapped.value().payload() {
        data.borrow_mut().cause = exc.clone();
        data.borrow_mut().suppress_context = true;
    }
    wrapped
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
    crate::unicode::check_outside_text(vm, &out)?;
    if problems.is_empty() {
        return Ok(out);
    }
    // Rebuild the text, letting the handler fill each problem's place
    // (problems inside bytes a handler took are skipped).
    let mut fixed = String::with_capacity(out.len());
    let mut copied = 0;
    let mut resume = 0;
    for (at, p) in &problems {
        if p.start < resume {
            continue;
        }
        fixed.push_str(&out[copied..*at]);
        copied = *at;
        resume = handle_decode(vm, codec, handler, data, p, &mut fixed)?.max(p.end);
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

impl Codec {
    /// UTF-16 or UTF-32.
    fn is_wide(self) -> bool {
        self.is_unicode() && !matches!(self, Codec::Utf8 | Codec::Utf8Sig)
    }

    fn is_unicode(self) -> bool {
        !matches!(self, Codec::Ascii | Codec::Latin1 | Codec::Charmap(_))
    }

    /// The byte order mark this codec writes first, if any.
    fn bom(self) -> &'static [u8] {
        match self {
            Codec::Utf8Sig => b"\xef\xbb\xbf",
            Codec::Utf16 => b"\xff\xfe",
            Codec::Utf32 => b"\xff\xfe\x00\x00",
            _ => b"",
        }
    }

    /// Appends the bytes of a code point as the Unicode codecs write it
    /// (for a surrogate, what `surrogatepass` writes).
    fn push_code_point(self, n: u32, out: &mut Vec<u8>) {
        match self {
            Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => utf16_32::push_utf16(self, n, out),
            Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => utf16_32::push_utf32(self, n, out),
            // UTF-8's three-byte form, which for a surrogate CPython's
            // surrogatepass writes although UTF-8 forbids it.
            _ if (0xD800..0xE000).contains(&n) => out.extend_from_slice(&[
                0xE0 | (n >> 12) as u8,
                0x80 | ((n >> 6) & 0x3F) as u8,
                0x80 | (n & 0x3F) as u8,
            ]),
            _ => {
                let mut buf = [0u8; 4];
                let c = char::from_u32(n).unwrap_or('\u{fffd}');
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
    }

    /// Appends a char's bytes; false (nothing appended) when the codec
    /// cannot encode it. No codec encodes a lone surrogate by itself.
    fn encode_char(self, c: char, out: &mut Vec<u8>) -> bool {
        if self.is_unicode() {
            if code_points::is_surrogate(c) {
                return false;
            }
            self.push_code_point(c as u32, out);
            return true;
        }
        match encode_one(self, c) {
            Some(b) => {
                out.push(b);
                true
            }
            None => false,
        }
    }

    /// Why a char cannot be encoded, in CPython's words.
    fn encode_reason(self) -> &'static str {
        match self {
            Codec::Ascii => "ordinal not in range(128)",
            Codec::Latin1 => "ordinal not in range(256)",
            Codec::Charmap(_) => "character maps to <undefined>",
            _ => "surrogates not allowed",
        }
    }
}

/// Encodes text to bytes with a codec already found.
pub fn encode_with(vm: &mut Vm, codec: Codec, text: &str, errors: &str) -> PyResult<Vec<u8>> {
    let handler = Handler::lookup(vm, errors)?;
    let mut out = Vec::with_capacity(text.len() + 4);
    out.extend_from_slice(codec.bom());
    if codec.is_unicode() && !code_points::contains_reserved(text.as_bytes()) {
        match codec {
            Codec::Utf8 | Codec::Utf8Sig => out.extend_from_slice(text.as_bytes()),
            Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => utf16_32::encode_utf16(codec, text, &mut out),
            _ => utf16_32::encode_utf32(codec, text, &mut out),
        }
        return Ok(out);
    }
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if codec.encode_char(chars[i], &mut out) {
            i += 1;
            continue;
        }
        // As CPython: UTF-16 and UTF-32 hand the handler one character at
        // a time, the other codecs the whole run they cannot encode.
        let mut end = i + 1;
        let mut scratch = Vec::new();
        while end < chars.len() && !codec.is_wide() && !codec.encode_char(chars[end], &mut scratch) {
            end += 1;
        }
        if let Err(bad) = handle_encode(codec, handler, &chars[i..end], &mut out) {
            // Where CPython's encoder answers surrogateescape/pass itself,
            // the error names the one character it could not take.
            let (start, stop) = match bad {
                Some(k) if codec != Codec::Utf8Sig && !matches!(codec, Codec::Charmap(_)) => (i + k, i + k + 1),
                _ => (i, end),
            };
            let ty = vm.exc.unicode_encode_error.clone();
            let args = vec![
                vm.new_str(codec.name()),
                vm.new_str(text),
                Value::Int(start as i64),
                Value::Int(stop as i64),
                vm.new_str(codec.encode_reason()),
            ];
            return Err(vm.new_exception(&ty, args));
        }
        i = end;
    }
    Ok(out)
}

/// Appends what the handler puts for a run of unencodable characters;
/// Err when the handler raises the error instead, with the offset of the
/// character surrogateescape or surrogatepass could not take.
fn handle_encode(codec: Codec, handler: Handler, run: &[char], out: &mut Vec<u8>) -> Result<(), Option<usize>> {
    let ord = code_points::ord;
    let replacement: String = match handler {
        Handler::Strict => return Err(None),
        Handler::Ignore => return Ok(()),
        Handler::Replace => "?".repeat(run.len()),
        Handler::XmlCharRefReplace => run.iter().map(|&c| format!("&#{};", ord(c))).collect(),
        Handler::BackslashReplace => run.iter().map(|&c| crate::unicode::escape_code_point(ord(c))).collect(),
        Handler::SurrogatePass => {
            if !codec.is_unicode() {
                return Err(None);
            }
            if let Some(k) = run.iter().position(|&c| !code_points::is_surrogate(c)) {
                return Err(Some(k));
            }
            for &c in run {
                codec.push_code_point(ord(c), out);
            }
            return Ok(());
        }
        // Its single bytes cannot be part of UTF-16 or UTF-32.
        Handler::SurrogateEscape if codec.is_wide() => return Err(None),
        Handler::SurrogateEscape => {
            if let Some(k) = run.iter().position(|&c| !(0xDC80..=0xDCFF).contains(&ord(c))) {
                return Err(Some(k));
            }
            out.extend(run.iter().map(|&c| (ord(c) - 0xDC00) as u8));
            return Ok(());
        }
    };
    for c in replacement.chars() {
        codec.encode_char(c, out);
    }
    Ok(())
}

/// Text as UTF-8 for a place where nothing may fail (the process's own
/// stderr): lone surrogates written as `\udXXX`.
pub fn utf8_backslashreplace(text: &str) -> std::borrow::Cow<'_, [u8]> {
    if !code_points::contains_reserved(text.as_bytes()) {
        return std::borrow::Cow::Borrowed(text.as_bytes());
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if code_points::is_surrogate(c) {
            out.push_str(&crate::unicode::escape_code_point(code_points::ord(c)));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out.into_bytes())
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
