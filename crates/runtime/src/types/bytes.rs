//! `bytes`, and the byte-string operations `bytearray` shares, and the
//! text codecs (utf-8, ascii, latin-1) behind `encode`/`decode`.

use crate::object::{Obj, Object, Payload, PyCell};
use crate::protocol::args;
use crate::types::builtin_function::KwArgs;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The bytes of a bytes-like value (bytes, bytearray), copied.
pub fn as_bytes_like(v: &Value) -> Option<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Some(b.to_vec()),
        Some(Payload::ByteArray(b)) => Some(b.borrow().clone()),
        Some(Payload::Native(_)) => crate::types::memoryview::as_memoryview(v).map(|m| m.bytes()),
        _ => None,
    }
}

#[inline]
pub fn new_bytes(data: Vec<u8>) -> Value {
    Value::Obj(Object::builtin(Payload::Bytes(data.into_boxed_slice())))
}

pub fn new_bytearray(data: Vec<u8>) -> Value {
    Value::Obj(Object::builtin(Payload::ByteArray(PyCell::new(data))))
}

/// `b'...'` with CPython's escapes.
pub fn repr_bytes(data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') { b'"' } else { b'\'' };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &b in data {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            b if b == quote => {
                out.push('\\');
                out.push(b as char);
            }
            32..=126 => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote as char);
    out
}

/// Bytes from the argument of `bytes(x)` / `bytearray(x)`.
pub fn bytes_from_value(vm: &mut Vm, v: &Value, encoding: &Value, errors: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = crate::types::str::as_str(v) {
        if encoding.is_undef() {
            return Err(vm.type_error("string argument without an encoding"));
        }
        let enc = crate::types::str::as_str(encoding).unwrap_or("utf-8").to_string();
        let err = crate::types::str::as_str(errors).unwrap_or("strict").to_string();
        let s = s.to_string();
        return crate::codecs::encode(vm, &s, &enc, &err);
    }
    if !encoding.is_undef() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if let Some(b) = as_bytes_like(v) {
        return Ok(b);
    }
    if let Some(n) = crate::protocol::number::as_index(vm, v)? {
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        vm.check_alloc(n as usize)?;
        let mut out = Vec::new();
        if out.try_reserve(n as usize).is_err() {
            return Err(vm.memory_error());
        }
        out.resize(n as usize, 0);
        return Ok(out);
    }
    let bytes_name = vm.names.__bytes__.clone();
    if let Some(m) = crate::protocol::attr::lookup_special(vm, v, &bytes_name) {
        let r = vm.call(&m, &[])?;
        return as_bytes_like(&r).ok_or_else(|| vm.type_error("__bytes__ returned non-bytes"));
    }
    let items = match vm.collect(v) {
        Ok(items) => items,
        Err(e) if vm.err_matches(&e, &vm.exc.type_error.clone()) => {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!("cannot convert '{tn}' object to bytes")));
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        let n = match crate::protocol::number::as_index(vm, &item)? {
            Some(n) => n,
            None => {
                let tn = vm.type_name(&item);
                return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
            }
        };
        if !(0..256).contains(&n) {
            return Err(vm.value_error("bytes must be in range(0, 256)"));
        }
        out.push(n as u8);
    }
    Ok(out)
}

fn bytes_new(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let cls = match a.first() {
        Some(Value::Obj(c)) => c.clone(),
        _ => return Err(vm.type_error("bytes.__new__(X): X is not a type object")),
    };
    let parsed = args::parse(vm, "bytes", &a[1..], kwargs, &["source", "encoding", "errors"], 0)?;
    let data =
        if parsed[0].is_undef() { Vec::new() } else { bytes_from_value(vm, &parsed[0], &parsed[1], &parsed[2])? };
    if Obj::ptr_eq(&cls, &vm.types.bytes) {
        return Ok(new_bytes(data));
    }
    Ok(Value::Obj(crate::types::object::alloc_instance(vm, &cls, Payload::Bytes(data.into_boxed_slice()))))
}

/// The receiver's bytes, for methods shared by bytes and bytearray.
pub fn this(vm: &mut Vm, a: &[Value]) -> PyResult<Vec<u8>> {
    a.first().and_then(as_bytes_like).ok_or_else(|| vm.type_error("descriptor requires a 'bytes' object"))
}

/// Makes a result of the receiver's kind (bytes or bytearray).
pub fn same_kind(receiver: &Value, data: Vec<u8>) -> Value {
    match receiver.payload() {
        Some(Payload::ByteArray(_)) => new_bytearray(data),
        _ => new_bytes(data),
    }
}

fn other_bytes(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match as_bytes_like(v) {
        Some(b) => Ok(b),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
        }
    }
}

pub fn b_len(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(this(vm, a)?.len() as i64))
}

pub fn b_getitem(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let data = this(vm, a)?;
    let index = args::exactly_one(vm, "__getitem__", &a[1..])?;
    if let Some(Payload::Slice(_)) = index.payload() {
        let (start, stop, step) = crate::types::slice::indices(vm, &index, data.len())?;
        let out: Vec<u8> = crate::types::slice::slice_positions(start, stop, step).map(|i| data[i]).collect();
        return Ok(same_kind(&a[0], out));
    }
    let i = match crate::protocol::number::as_index(vm, &index)? {
        Some(i) => i,
        None => {
            let tn = vm.type_name(&index);
            let what = if matches!(a[0].payload(), Some(Payload::ByteArray(_))) { "bytearray" } else { "byte" };
            return Err(vm.type_error(format!("{what} indices must be integers or slices, not {tn}")));
        }
    };
    match crate::types::list::normalize_index(i, data.len()) {
        Some(i) => Ok(Value::Int(data[i] as i64)),
        None => {
            let what = if matches!(a[0].payload(), Some(Payload::ByteArray(_))) { "bytearray" } else { "index" };
            Err(vm.index_error(if what == "index" {
                "index out of range".to_string()
            } else {
                "bytearray index out of range".to_string()
            }))
        }
    }
}

pub fn b_contains(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let data = this(vm, a)?;
    let x = args::exactly_one(vm, "__contains__", &a[1..])?;
    if let Some(n) = crate::protocol::number::as_index(vm, &x)? {
        if !(0..256).contains(&n) {
            return Err(vm.value_error("byte must be in range(0, 256)"));
        }
        return Ok(Value::bool(data.contains(&(n as u8))));
    }
    let sub = other_bytes(vm, &x)?;
    Ok(Value::bool(find(&data, &sub, 0).is_some()))
}

pub fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return (from <= hay.len()).then_some(from);
    }
    if needle.len() > hay.len() {
        return None;
    }
    (from..=hay.len() - needle.len()).find(|&i| &hay[i..i + needle.len()] == needle)
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - needle.len()).rev().find(|&i| &hay[i..i + needle.len()] == needle)
}

pub fn b_iter(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let _ = this(vm, a)?;
    Ok(crate::types::iterators::new_bytes_iter(a[0].clone()))
}

pub fn b_add(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let mut data = this(vm, a)?;
    let other = args::exactly_one(vm, "__add__", &a[1..])?;
    match as_bytes_like(&other) {
        Some(o) => {
            data.extend_from_slice(&o);
            Ok(same_kind(&a[0], data))
        }
        None => {
            let tn = vm.type_name(&other);
            let me = vm.type_name(&a[0]);
            Err(vm.type_error(format!("can't concat {tn} to {me}")))
        }
    }
}

pub fn b_mul(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let data = this(vm, a)?;
    let other = args::exactly_one(vm, "__mul__", &a[1..])?;
    let Some(n) = crate::protocol::number::as_index(vm, &other)? else {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    };
    let n = n.max(0) as usize;
    if (data.len() as u128) * (n as u128) > (isize::MAX as u128) / 2 {
        return Err(vm.memory_error());
    }
    vm.check_alloc(data.len() * n)?;
    let mut out = Vec::new();
    if out.try_reserve(data.len() * n).is_err() {
        return Err(vm.memory_error());
    }
    for _ in 0..n {
        out.extend_from_slice(&data);
    }
    Ok(same_kind(&a[0], out))
}

pub fn b_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let data = this(vm, a)?;
    let r = repr_bytes(&data);
    Ok(match a[0].payload() {
        Some(Payload::ByteArray(_)) => {
            let tn = vm.type_name(&a[0]);
            vm.new_str(format!("{tn}({r})"))
        }
        _ => vm.new_str(r),
    })
}

fn b_hash(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let data = this(vm, a)?;
    Ok(Value::Int(hash_bytes(&data)))
}

/// CPython's bytes hash (SipHash-1-3 with the process's key).
pub fn hash_bytes(data: &[u8]) -> i64 {
    use std::hash::Hasher;
    if data.is_empty() {
        return 0;
    }
    let mut h = crate::types::str::keyed_hasher();
    h.write(data);
    let v = h.finish() as i64;
    if v == -1 {
        -2
    } else {
        v
    }
}

fn b_compare(vm: &mut Vm, a: &[Value], op: crate::protocol::compare::CompareOp) -> PyResult<Value> {
    use crate::protocol::compare::CompareOp::*;
    let x = this(vm, a)?;
    let other = a.get(1);
    let Some(y) = other.filter(|o| crate::types::memoryview::as_memoryview(o).is_none()).and_then(as_bytes_like) else {
        // -b: equality with text or a number is a likely mistake.
        if let (Some(other), Eq | Ne) = (other, op) {
            // (bytearray's check is for text only, as CPython's.)
            let is_bytearray = matches!(a[0].payload(), Some(Payload::ByteArray(_)));
            let message = if vm.is_instance(other, &vm.types.str) {
                Some(if is_bytearray {
                    "Comparison between bytearray and string"
                } else {
                    "Comparison between bytes and string"
                })
            } else if !is_bytearray && vm.is_instance(other, &vm.types.int) {
                Some("Comparison between bytes and int")
            } else {
                None
            };
            if let Some(message) = message {
                vm.bytes_warning(message)?;
            }
        }
        // A memoryview compares itself (by items, with its format).
        return Ok(Value::Obj(vm.not_implemented.clone()));
    };
    Ok(Value::bool(match op {
        Eq => x == y,
        Ne => x != y,
        Lt => x < y,
        Le => x <= y,
        Gt => x > y,
        Ge => x >= y,
    }))
}

/// `str(b)`: the repr, with a BytesWarning under -b.
fn b_str(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let this_type =
        if matches!(a.first().and_then(Value::payload), Some(Payload::ByteArray(_))) { "bytearray" } else { "bytes" };
    vm.bytes_warning(&format!("str() on a {this_type} instance"))?;
    b_repr(vm, a, kw)
}

pub fn b_eq(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    b_compare(vm, a, crate::protocol::compare::CompareOp::Eq)
}
pub fn b_ne(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    b_compare(vm, a, crate::protocol::compare::CompareOp::Ne)
}
pub fn b_lt(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    b_compare(vm, a, crate::protocol::compare::CompareOp::Lt)
}
pub fn b_le(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    b_compare(vm, a, crate::protocol::compare::CompareOp::Le)
}
pub fn b_gt(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    b_compare(vm, a, crate::protocol::compare::CompareOp::Gt)
}
pub fn b_ge(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    b_compare(vm, a, crate::protocol::compare::CompareOp::Ge)
}

pub fn b_decode(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let data = this(vm, a)?;
    let parsed = args::parse(vm, "decode", &a[1..], kwargs, &["encoding", "errors"], 0)?;
    let enc = crate::types::str::as_str(&parsed[0]).unwrap_or("utf-8").to_string();
    let err = crate::types::str::as_str(&parsed[1]).unwrap_or("strict").to_string();
    let s = crate::codecs::decode(vm, &data, &enc, &err)?;
    Ok(vm.new_str(s))
}

/// `hex(sep=None, bytes_per_sep=1)`: a separator (one ASCII character,
/// str or bytes) between groups of bytes_per_sep bytes, counted from the
/// right, or from the left when it is negative.
pub fn b_hex(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let data = this(vm, a)?;
    let parsed = args::parse(vm, "hex", &a[1..], kw, &["sep", "bytes_per_sep"], 0)?;
    let sep = match &parsed[0] {
        v if v.is_undef() || v.is_none() => None,
        v => {
            let text: Vec<u8> = match (crate::types::str::as_str(v), as_bytes_like(v)) {
                (Some(s), _) => s.as_bytes().to_vec(),
                (None, Some(b)) => b,
                _ => return Err(vm.type_error("sep must be str or bytes.")),
            };
            if crate::types::str::as_str(v).is_some_and(|s| s.chars().count() != 1) || text.len() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            if !text[0].is_ascii() {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(text[0] as char)
        }
    };
    let per = if parsed[1].is_undef() {
        1
    } else {
        crate::protocol::number::as_index(vm, &parsed[1])?.ok_or_else(|| vm.type_error("an integer is required"))?
    };
    let mut out = String::with_capacity(data.len() * 3);
    let group = per.unsigned_abs() as usize;
    for (i, b) in data.iter().enumerate() {
        if let Some(sep) = sep.filter(|_| group > 0 && i > 0) {
            // Groups are whole from the right (per > 0) or the left.
            let boundary = if per > 0 { (data.len() - i) % group == 0 } else { i % group == 0 };
            if boundary {
                out.push(sep);
            }
        }
        out.push_str(&format!("{b:02x}"));
    }
    Ok(vm.new_str(out))
}

fn b_fromhex(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = args::exactly_one(vm, "fromhex", &a[1..])?;
    let Some(text) = crate::types::str::as_str(&s).map(str::to_string) else {
        return Err(vm.type_error("fromhex() argument must be str"));
    };
    let mut out = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if crate::unicode::is_space(chars[i]) {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => {
                let pos = if hi.is_none() { i } else { i + 1 };
                return Err(vm.value_error(format!("non-hexadecimal number found in fromhex() arg at position {pos}")));
            }
        }
        i += 2;
    }
    let cls = a[0].clone();
    if matches!(&cls, Value::Obj(c) if Obj::ptr_eq(c, &vm.types.bytearray)) {
        return Ok(new_bytearray(out));
    }
    if matches!(&cls, Value::Obj(c) if Obj::ptr_eq(c, &vm.types.bytes)) {
        return Ok(new_bytes(out));
    }
    vm.call(&cls, &[new_bytes(out)])
}

pub fn b_join(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let sep = this(vm, a)?;
    let it = args::exactly_one(vm, "join", &a[1..])?;
    let items = vm.collect(&it)?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match as_bytes_like(item) {
            Some(b) => out.extend_from_slice(&b),
            None => {
                let tn = vm.type_name(item);
                return Err(vm.type_error(format!("sequence item {i}: expected a bytes-like object, {tn} found")));
            }
        }
    }
    Ok(same_kind(&a[0], out))
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

pub fn b_split(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let data = this(vm, a)?;
    let parsed = args::parse(vm, "split", &a[1..], kwargs, &["sep", "maxsplit"], 0)?;
    let maxsplit = if parsed[1].is_undef() { -1 } else { crate::protocol::number::index_i64(vm, &parsed[1])? };
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match &parsed[0] {
        Value::Undef | Value::None => {
            let mut i = 0;
            while i < data.len() {
                while i < data.len() && is_space(data[i]) {
                    i += 1;
                }
                if i >= data.len() {
                    break;
                }
                if maxsplit >= 0 && parts.len() as i64 >= maxsplit {
                    let mut end = data.len();
                    while end > i && is_space(data[end - 1]) {
                        end -= 1;
                    }
                    parts.push(data[i..end].to_vec());
                    break;
                }
                let start = i;
                while i < data.len() && !is_space(data[i]) {
                    i += 1;
                }
                parts.push(data[start..i].to_vec());
            }
        }
        sep => {
            let sep = other_bytes(vm, sep)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let mut start = 0;
            while let Some(pos) = find(&data, &sep, start) {
                if maxsplit >= 0 && parts.len() as i64 >= maxsplit {
                    break;
                }
                parts.push(data[start..pos].to_vec());
                start = pos + sep.len();
            }
            parts.push(data[start..].to_vec());
        }
    }
    let items = parts.into_iter().map(|p| same_kind(&a[0], p)).collect();
    Ok(vm.new_list(items))
}

fn strip_impl(vm: &mut Vm, a: &[Value], left: bool, right: bool) -> PyResult<Value> {
    let data = this(vm, a)?;
    let chars: Option<Vec<u8>> = match a.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(other_bytes(vm, v)?),
    };
    let strip = |b: u8| match &chars {
        Some(c) => c.contains(&b),
        None => is_space(b),
    };
    let mut start = 0;
    let mut end = data.len();
    if left {
        while start < end && strip(data[start]) {
            start += 1;
        }
    }
    if right {
        while end > start && strip(data[end - 1]) {
            end -= 1;
        }
    }
    Ok(same_kind(&a[0], data[start..end].to_vec()))
}

pub fn b_strip(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    strip_impl(vm, a, true, true)
}
pub fn b_lstrip(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    strip_impl(vm, a, true, false)
}
pub fn b_rstrip(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    strip_impl(vm, a, false, true)
}

pub fn b_replace(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let data = this(vm, a)?;
    args::check_positional(vm, "replace", &a[1..], 2, 3)?;
    let old = other_bytes(vm, &a[1])?;
    let new = other_bytes(vm, &a[2])?;
    let count = match a.get(3) {
        Some(v) => crate::protocol::number::index_i64(vm, v)?,
        None => -1,
    };
    let mut out = Vec::new();
    let mut i = 0;
    let mut n = 0;
    if old.is_empty() {
        for &b in &data {
            if count < 0 || n < count {
                out.extend_from_slice(&new);
                n += 1;
            }
            out.push(b);
        }
        if count < 0 || n < count {
            out.extend_from_slice(&new);
        }
        return Ok(same_kind(&a[0], out));
    }
    while i < data.len() {
        if (count < 0 || n < count) && data[i..].starts_with(&old) {
            out.extend_from_slice(&new);
            i += old.len();
            n += 1;
        } else {
            out.push(data[i]);
            i += 1;
        }
    }
    Ok(same_kind(&a[0], out))
}

fn find_impl(vm: &mut Vm, a: &[Value], kind: u8) -> PyResult<Value> {
    let data = this(vm, a)?;
    args::check_positional(vm, "find", &a[1..], 1, 3)?;
    let sub = match crate::protocol::number::as_index(vm, &a[1])? {
        Some(n) => vec![n as u8],
        None => other_bytes(vm, &a[1])?,
    };
    let len = data.len() as i64;
    let norm = |vm: &mut Vm, v: Option<&Value>, d: i64| -> PyResult<usize> {
        Ok(match v {
            None | Some(Value::None) => d,
            Some(v) => {
                let i = crate::protocol::number::index_i64_clamped(vm, v)?;
                if i < 0 {
                    (i + len).max(0)
                } else {
                    i.min(len)
                }
            }
        } as usize)
    };
    let start = norm(vm, a.get(2), 0)?;
    let end = norm(vm, a.get(3), len)?.max(start);
    let hay = &data[start..end];
    let r = match kind {
        0 | 2 => find(hay, &sub, 0).map(|i| (i + start) as i64),
        1 | 3 => rfind(hay, &sub).map(|i| (i + start) as i64),
        _ => {
            let mut count = 0;
            let mut pos = 0;
            if sub.is_empty() {
                return Ok(Value::Int(hay.len() as i64 + 1));
            }
            while let Some(p) = find(hay, &sub, pos) {
                count += 1;
                pos = p + sub.len();
            }
            return Ok(Value::Int(count));
        }
    };
    match (r, kind) {
        (Some(i), _) => Ok(Value::Int(i)),
        (None, 0 | 1) => Ok(Value::Int(-1)),
        (None, _) => Err(vm.value_error("subsection not found")),
    }
}

pub fn b_find(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    find_impl(vm, a, 0)
}
pub fn b_rfind(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    find_impl(vm, a, 1)
}
pub fn b_index(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    find_impl(vm, a, 2)
}
pub fn b_rindex(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    find_impl(vm, a, 3)
}
pub fn b_count(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    find_impl(vm, a, 4)
}

/// startswith/endswith(affix[, start[, end]]): the affix is bytes-like or
/// a tuple of them, tested against data[start:end].
fn affix(vm: &mut Vm, a: &[Value], starts: bool) -> PyResult<Value> {
    let name = if starts { "startswith" } else { "endswith" };
    let data = this(vm, a)?;
    match a.len() - 1 {
        0 => return Err(vm.type_error(format!("{name}() takes at least 1 argument (0 given)"))),
        n if n > 3 => return Err(vm.type_error(format!("{name}() takes at most 3 arguments ({n} given)"))),
        _ => {}
    }
    let (start, end) = crate::types::str::span(vm, data.len(), a.get(2), a.get(3))?;
    if start > end {
        return Ok(Value::FALSE);
    }
    let hay = &data[start..end];
    let candidates: Vec<Value> = match crate::types::tuple::items(&a[1]) {
        Some(t) => t.to_vec(),
        None => {
            if as_bytes_like(&a[1]).is_none() {
                let tn = vm.type_name(&a[1]);
                return Err(vm.type_error(format!("{name} first arg must be bytes or a tuple of bytes, not {tn}")));
            }
            vec![a[1].clone()]
        }
    };
    for c in candidates {
        let p = other_bytes(vm, &c)?;
        if (starts && hay.starts_with(&p)) || (!starts && hay.ends_with(&p)) {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

pub fn b_startswith(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    affix(vm, a, true)
}
pub fn b_endswith(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    affix(vm, a, false)
}

fn map_bytes(vm: &mut Vm, a: &[Value], f: fn(u8) -> u8) -> PyResult<Value> {
    let data = this(vm, a)?;
    Ok(same_kind(&a[0], data.into_iter().map(f).collect()))
}

pub fn b_upper(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    map_bytes(vm, a, |b| b.to_ascii_uppercase())
}
pub fn b_lower(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    map_bytes(vm, a, |b| b.to_ascii_lowercase())
}

fn pred(vm: &mut Vm, a: &[Value], f: fn(&u8) -> bool) -> PyResult<Value> {
    let data = this(vm, a)?;
    Ok(Value::bool(!data.is_empty() && data.iter().all(f)))
}

pub fn b_isdigit(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    pred(vm, a, u8::is_ascii_digit)
}
pub fn b_isalpha(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    pred(vm, a, u8::is_ascii_alphabetic)
}
pub fn b_isalnum(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    pred(vm, a, u8::is_ascii_alphanumeric)
}
pub fn b_isspace(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    pred(vm, a, |b| is_space(*b))
}
pub fn b_isascii(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let data = this(vm, a)?;
    Ok(Value::bool(data.is_ascii()))
}

pub fn b_mod(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let data = this(vm, a)?;
    let arg = args::exactly_one(vm, "__mod__", &a[1..])?;
    let out = crate::format::percent::format_bytes(vm, &data, &arg)?;
    Ok(same_kind(&a[0], out))
}

fn b_getnewargs(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let data = this(vm, a)?;
    Ok(vm.new_tuple(vec![new_bytes(data)]))
}

/// Registers the methods bytes and bytearray share.
fn b_bytes(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let data = this(vm, a)?;
    match &a[0] {
        Value::Obj(o) if o.class().is_none() => Ok(a[0].clone()),
        _ => Ok(new_bytes(data)),
    }
}

pub fn add_shared_methods(vm: &mut Vm, t: &Obj) {
    vm.add_method(t, "__len__", b_len);
    vm.add_method(t, "__str__", b_str);
    vm.add_method(t, "__getitem__", b_getitem);
    vm.add_method(t, "__contains__", b_contains);
    vm.add_method(t, "__iter__", b_iter);
    vm.add_method(t, "__add__", b_add);
    vm.add_method(t, "__mul__", b_mul);
    vm.add_method(t, "__rmul__", b_mul);
    vm.add_method(t, "__mod__", b_mod);
    vm.add_method(t, "__repr__", b_repr);
    vm.add_method(t, "__eq__", b_eq);
    vm.add_method(t, "__ne__", b_ne);
    vm.add_method(t, "__lt__", b_lt);
    vm.add_method(t, "__le__", b_le);
    vm.add_method(t, "__gt__", b_gt);
    vm.add_method(t, "__ge__", b_ge);
    vm.add_method(t, "decode", b_decode);
    vm.add_method(t, "hex", b_hex);
    vm.add_classmethod(t, "fromhex", b_fromhex);
    vm.add_method(t, "join", b_join);
    vm.add_method(t, "split", b_split);
    vm.add_method(t, "strip", b_strip);
    vm.add_method(t, "lstrip", b_lstrip);
    vm.add_method(t, "rstrip", b_rstrip);
    vm.add_method(t, "replace", b_replace);
    vm.add_method(t, "find", b_find);
    vm.add_method(t, "rfind", b_rfind);
    vm.add_method(t, "index", b_index);
    vm.add_method(t, "rindex", b_rindex);
    vm.add_method(t, "count", b_count);
    vm.add_method(t, "startswith", b_startswith);
    vm.add_method(t, "endswith", b_endswith);
    vm.add_method(t, "upper", b_upper);
    vm.add_method(t, "lower", b_lower);
    vm.add_method(t, "isdigit", b_isdigit);
    vm.add_method(t, "isalpha", b_isalpha);
    vm.add_method(t, "isalnum", b_isalnum);
    vm.add_method(t, "isspace", b_isspace);
    vm.add_method(t, "isascii", b_isascii);
    crate::types::bytes_text::add_text_methods(vm, t);
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.bytes.clone();
    vm.add_staticmethod(&t, "__new__", bytes_new);
    vm.add_method(&t, "__hash__", b_hash);
    vm.add_method(&t, "__getnewargs__", b_getnewargs);
    vm.add_method(&t, "__bytes__", b_bytes);
    add_shared_methods(vm, &t);
}
