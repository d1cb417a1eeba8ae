//! IEEE binary16/32/64 encoding of floats for `struct` (the `e`, `f` and
//! `d` formats): `_ferropy.pack_float(x, size, little, strict)` and
//! `_ferropy.unpack_float(data, little)`.
//!
//! binary32 and binary64 are the machine formats; binary16 is rounded
//! here, to nearest with ties to even, as CPython does. With `strict`
//! (the standard sizes), a finite value too large for the format raises
//! OverflowError; the native `f` format lets it become infinity.

use ferropy_runtime::object::Payload;
use ferropy_runtime::protocol::args;
use ferropy_runtime::types::builtin_function::KwArgs;
use ferropy_runtime::{PyResult, Value, Vm};

/// binary16 bits of `x`, or None if a finite `x` is too large.
fn to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let a = x.abs();
    if a == 0.0 {
        return Some(sign);
    }
    // a = m * 2**e with m in [1, 2).
    let mut e = a.log2().floor() as i32;
    let mut m = a / 2f64.powi(e);
    if m >= 2.0 {
        m /= 2.0;
        e += 1;
    } else if m < 1.0 {
        m *= 2.0;
        e -= 1;
    }
    if e >= 16 {
        return None;
    }
    let (mut exponent, mut fraction) = if e < -25 {
        (0i32, 0.0)
    } else if e < -14 {
        // Subnormal: the fraction holds a * 2**24.
        (0, m * 2f64.powi(e + 14))
    } else {
        (e + 15, m - 1.0)
    };
    fraction *= 1024.0;
    let mut bits = fraction.trunc() as u32;
    let rest = fraction - bits as f64;
    if rest > 0.5 || (rest == 0.5 && bits % 2 == 1) {
        bits += 1;
        if bits == 1024 {
            bits = 0;
            exponent += 1;
            if exponent == 31 {
                return None;
            }
        }
    }
    Some(sign | ((exponent as u16) << 10) | bits as u16)
}

fn from_half(h: u16) -> f64 {
    let negative = h & 0x8000 != 0;
    let exponent = ((h >> 10) & 0x1f) as i32;
    let fraction = (h & 0x3ff) as f64;
    let magnitude = match exponent {
        0x1f if fraction == 0.0 => f64::INFINITY,
        0x1f => f64::NAN,
        0 => fraction / 1024.0 * 2f64.powi(-14),
        _ => (1.0 + fraction / 1024.0) * 2f64.powi(exponent - 15),
    };
    if negative {
        -magnitude
    } else {
        magnitude
    }
}

fn overflow(vm: &mut Vm, code: char) -> ferropy_runtime::PyErr {
    let ty = vm.exc.overflow_error.clone();
    vm.new_error(&ty, format!("float too large to pack with {code} format"))
}

/// `pack_float(x, size, little, strict)` -> bytes.
pub fn pack_float(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "pack_float", a, 4, 4)?;
    let x = match &a[0] {
        Value::Float(f) => f.get(),
        Value::Int(i) => *i as f64,
        _ => return Err(vm.type_error("pack_float() expects a float")),
    };
    let little = vm.truthy(&a[2])?;
    let strict = vm.truthy(&a[3])?;
    let mut bytes = match a[1] {
        Value::Int(2) => to_half(x).ok_or_else(|| overflow(vm, 'e'))?.to_be_bytes().to_vec(),
        Value::Int(4) => {
            let y = x as f32;
            if strict && y.is_infinite() && x.is_finite() {
                return Err(overflow(vm, 'f'));
            }
            y.to_be_bytes().to_vec()
        }
        Value::Int(8) => x.to_be_bytes().to_vec(),
        _ => return Err(vm.value_error("pack_float() size must be 2, 4 or 8")),
    };
    if little {
        bytes.reverse();
    }
    Ok(ferropy_runtime::types::bytes::new_bytes(bytes))
}

/// `unpack_float(data, little)` -> float, for 2, 4 or 8 bytes.
pub fn unpack_float(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "unpack_float", a, 2, 2)?;
    let mut data: Vec<u8> = match a[0].payload() {
        Some(Payload::Bytes(b)) => b.to_vec(),
        Some(Payload::ByteArray(b)) => b.borrow().clone(),
        _ => return Err(vm.type_error("unpack_float() expects bytes")),
    };
    if vm.truthy(&a[1])? {
        data.reverse();
    }
    let value = match data.len() {
        2 => from_half(u16::from_be_bytes([data[0], data[1]])),
        4 => f32::from_be_bytes([data[0], data[1], data[2], data[3]]) as f64,
        8 => f64::from_be_bytes(data.try_into().expect("eight bytes")),
        _ => return Err(vm.value_error("unpack_float() needs 2, 4 or 8 bytes")),
    };
    Ok(Value::float(value))
}

#[cfg(test)]
mod tests {
    use super::{from_half, to_half};

    #[test]
    fn half_precision_rounds_to_nearest_even() {
        assert_eq!(to_half(1.0), Some(0x3c00));
        assert_eq!(to_half(1.0009765625), Some(0x3c01));
        assert_eq!(to_half(65519.0), Some(0x7bff));
        assert_eq!(to_half(65520.0), None);
        assert_eq!(to_half(5.960464477539063e-08), Some(0x0001));
        assert_eq!(to_half(2.9802322387695312e-08), Some(0x0000));
        assert_eq!(to_half(-0.0), Some(0x8000));
        assert_eq!(from_half(0x0001), 5.960464477539063e-08);
        assert_eq!(from_half(0x7c00), f64::INFINITY);
    }
}
