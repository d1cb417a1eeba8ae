//! `binascii`: conversions between binary data and ASCII (hex, base64)
//! and the CRC checksums, with CPython's lenient base64 decoding (bytes
//! outside the alphabet are skipped, decoding stops at complete padding)
//! and its error messages.

use ferropy_runtime::object::Payload;
use ferropy_runtime::protocol::args;
use ferropy_runtime::types::builtin_function::{KwArgs, NativeFn};
use ferropy_runtime::types::bytes::new_bytes;
use ferropy_runtime::{Obj, PyErr, PyResult, Value, Vm};

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn error(vm: &mut Vm, msg: &str) -> PyErr {
    match ferropy_runtime::types::module::class_in_module(vm, "binascii", "Error") {
        Ok(cls) => vm.new_error(&cls, msg),
        Err(e) => e,
    }
}

/// The bytes of an argument: bytes-like, or an ASCII-only str (as the
/// decoding functions accept).
pub(crate) fn data_arg(vm: &mut Vm, v: &Value, allow_str: bool) -> PyResult<Vec<u8>> {
    if let Some(Payload::Str(s)) = v.payload() {
        if allow_str {
            if !s.as_str().is_ascii() {
                return Err(vm.value_error("string argument should contain only ASCII characters"));
            }
            return Ok(s.as_str().as_bytes().to_vec());
        }
    }
    match ferropy_runtime::types::bytes::as_bytes_like(v) {
        Some(b) if !matches!(v.payload(), Some(Payload::Str(_))) => Ok(b),
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(if allow_str {
                format!("argument should be bytes, buffer or ASCII string, not '{tn}'")
            } else {
                format!("a bytes-like object is required, not '{tn}'")
            }))
        }
    }
}

fn b2a_base64(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let parsed = args::parse(vm, "b2a_base64", a, kw, &["data", "newline"], 1)?;
    let data = data_arg(vm, &parsed[0], false)?;
    let newline = if parsed[1].is_undef() { true } else { vm.truthy(&parsed[1])? };
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let n =
            (chunk[0] as u32) << 16 | (*chunk.get(1).unwrap_or(&0) as u32) << 8 | *chunk.get(2).unwrap_or(&0) as u32;
        let symbols = [(n >> 18) & 63, (n >> 12) & 63, (n >> 6) & 63, n & 63];
        for (i, s) in symbols.iter().enumerate() {
            out.push(if i <= chunk.len() { ALPHABET[*s as usize] } else { b'=' });
        }
    }
    if newline {
        out.push(b'\n');
    }
    Ok(new_bytes(out))
}

fn a2b_base64(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let parsed = args::parse(vm, "a2b_base64", a, kw, &["data", "strict_mode"], 1)?;
    let data = data_arg(vm, &parsed[0], true)?;
    let strict = !parsed[1].is_undef() && vm.truthy(&parsed[1])?;
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let (mut quad, mut pads, mut left, mut symbols) = (0u8, 0u8, 0u8, 0usize);
    let mut padding_started = false;
    if strict && data.first() == Some(&b'=') {
        return Err(error(vm, "Leading padding not allowed"));
    }
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if quad >= 2 {
                pads += 1;
                if quad + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return Err(error(vm, "Excess data after padding"));
                    }
                    return Ok(new_bytes(out));
                }
            }
            continue;
        }
        let Some(value) = ALPHABET.iter().position(|&s| s == c) else {
            if strict {
                return Err(error(vm, "Only base64 data is allowed"));
            }
            continue;
        };
        if strict && padding_started {
            return Err(error(vm, "Discontinuous padding not allowed"));
        }
        let value = value as u8;
        pads = 0;
        symbols += 1;
        match quad {
            0 => {
                left = value;
                quad = 1;
            }
            1 => {
                out.push(left << 2 | value >> 4);
                left = value & 0x0f;
                quad = 2;
            }
            2 => {
                out.push(left << 4 | value >> 2);
                left = value & 0x03;
                quad = 3;
            }
            _ => {
                out.push(left << 6 | value);
                quad = 0;
            }
        }
    }
    match quad {
        0 => Ok(new_bytes(out)),
        1 => Err(error(
            vm,
            &format!(
                "Invalid base64-encoded string: number of data characters ({symbols}) cannot be 1 more than a multiple of 4"
            ),
        )),
        _ => Err(error(vm, "Incorrect padding")),
    }
}

fn hexlify(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let parsed = args::parse(vm, "hexlify", a, kw, &["data", "sep", "bytes_per_sep"], 1)?;
    let data = data_arg(vm, &parsed[0], false)?;
    if !parsed[1].is_undef() && !parsed[1].is_none() {
        // Separators: the bytes.hex() rules.
        let bytes = new_bytes(data);
        let hex = vm.intern("hex");
        let method = ferropy_runtime::protocol::attr::get_attr(vm, &bytes, &hex)?;
        let mut call_args = vec![parsed[1].clone()];
        if !parsed[2].is_undef() {
            call_args.push(parsed[2].clone());
        }
        let text = vm.call(&method, &call_args)?;
        let s = ferropy_runtime::types::str::as_str(&text).unwrap_or("").as_bytes().to_vec();
        return Ok(new_bytes(s));
    }
    let mut out = Vec::with_capacity(data.len() * 2);
    for b in data {
        out.extend_from_slice(format!("{b:02x}").as_bytes());
    }
    Ok(new_bytes(out))
}

fn unhexlify(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "unhexlify", a)?;
    let data = data_arg(vm, &v, true)?;
    if data.len() % 2 == 1 {
        return Err(error(vm, "Odd-length string"));
    }
    let digit = |c: u8| (c as char).to_digit(16);
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks(2) {
        match (digit(pair[0]), digit(pair[1])) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => return Err(error(vm, "Non-hexadecimal digit found")),
        }
    }
    Ok(new_bytes(out))
}

/// The low 32 bits of an integer argument, as C's unsigned int
/// conversion takes them (the running value of a checksum).
pub(crate) fn low_u32(vm: &mut Vm, v: &Value) -> PyResult<u32> {
    let n = ferropy_runtime::protocol::number::as_index_value(vm, v)?
        .ok_or_else(|| vm.type_error("an integer is required"))?;
    Ok(match ferropy_runtime::types::int::as_int(&n) {
        Some(ferropy_runtime::types::int::IntVal::Small(i)) => i as u32,
        Some(ferropy_runtime::types::int::IntVal::Big(b)) => {
            let low: num_bigint::BigInt = b & num_bigint::BigInt::from(u32::MAX);
            u32::try_from(low).unwrap_or(0)
        }
        None => 0,
    })
}

/// CRC-32 of `data` continuing from `start` (shared with zlib.crc32).
pub(crate) fn crc32(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "crc32", a, 1, 2)?;
    let data = data_arg(vm, &a[0], false)?;
    let start = match a.get(1) {
        Some(v) => low_u32(vm, v)?,
        None => 0,
    };
    let mut hasher = crc32fast::Hasher::new_with_initial(start);
    hasher.update(&data);
    Ok(Value::Int(hasher.finalize() as i64))
}

fn crc_hqx(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "crc_hqx", a, 2, 2)?;
    let data = data_arg(vm, &a[0], false)?;
    let start = ferropy_runtime::protocol::number::as_index(vm, &a[1])?.unwrap_or(0);
    // CRC-CCITT: polynomial 0x1021, most significant bit first.
    let mut crc = (start & 0xffff) as u16;
    for b in data {
        crc ^= (b as u16) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 { crc << 1 ^ 0x1021 } else { crc << 1 };
        }
    }
    Ok(Value::Int(crc as i64))
}

pub fn make_module(vm: &mut Vm) -> PyResult<Obj> {
    let functions: &[(&'static str, NativeFn)] = &[
        ("b2a_base64", b2a_base64),
        ("a2b_base64", a2b_base64),
        ("hexlify", hexlify),
        ("b2a_hex", hexlify),
        ("unhexlify", unhexlify),
        ("a2b_hex", unhexlify),
        ("crc32", crc32),
        ("crc_hqx", crc_hqx),
    ];
    let module = ferropy_runtime::types::module::new_native_module(vm, "binascii", functions)?;
    let dict = module.dict.clone().expect("modules have dicts");
    for (name, base) in [("Error", vm.exc.value_error.clone()), ("Incomplete", vm.exc.exception.clone())] {
        crate::native_class::add_exception(vm, "binascii", &dict, name, base)?;
    }
    Ok(module)
}
