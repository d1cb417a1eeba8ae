//! `float`: IEEE 754 doubles, inline in values.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::object::Payload;
use crate::protocol::args;
use crate::protocol::number::BinOp;
use crate::types::builtin_function::KwArgs;
use crate::types::int::{IntVal, HASH_MODULUS};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The float in a value (float or float subclass instance).
pub fn as_float(value: &Value) -> Option<f64> {
    match value {
        Value::Float(f) => Some(f.get()),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Some(*f),
            _ => None,
        },
        _ => None,
    }
}

/// Exact equality of an int and a float.
pub fn int_eq_float(i: i64, f: f64) -> bool {
    compare_int_float(&IntVal::Small(i), f) == Some(Ordering::Equal)
}

/// Exact comparison of an int with a float; `None` if the float is NaN.
pub fn compare_int_float(i: &IntVal, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    if let IntVal::Small(x) = i {
        if x.unsigned_abs() < (1 << 53) {
            return (*x as f64).partial_cmp(&f);
        }
    }
    // Compare against the float's exact integer part, then its fraction.
    let whole = f.trunc();
    let big_whole = crate::types::int::float_to_big(whole);
    let big_i = i.to_big();
    match big_i.cmp(&big_whole) {
        Ordering::Equal => {
            let frac = f - whole;
            Some(if frac > 0.0 {
                Ordering::Less
            } else if frac < 0.0 {
                Ordering::Greater
            } else {
                Ordering::Equal
            })
        }
        other => Some(other),
    }
}

/// Python's hash of a float (equal to the hash of an equal int).
pub fn hash_float(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { 314159 } else { -314159 };
    }
    if v.is_nan() {
        return 0;
    }
    let (mut m, mut e) = frexp(v.abs());
    let sign: i64 = if v < 0.0 { -1 } else { 1 };
    let modulus = HASH_MODULUS as u64;
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & modulus) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= modulus {
            x -= modulus;
        }
    }
    let e = if e >= 0 { e % 61 } else { 61 - 1 - ((-1 - e) % 61) };
    x = ((x << e) & modulus) | (x >> (61 - e));
    let h = x as i64 * sign;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `frexp`: mantissa in [0.5, 1) and exponent.
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, e)
}

pub fn float_pow(vm: &mut Vm, x: f64, y: f64) -> PyResult<Value> {
    if y == 0.0 {
        return Ok(Value::float(1.0));
    }
    if x.is_nan() {
        return Ok(Value::float(if y == 0.0 { 1.0 } else { x }));
    }
    if y.is_nan() {
        return Ok(Value::float(if x == 1.0 { 1.0 } else { y }));
    }
    if x == 0.0 && y < 0.0 {
        return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && y.is_finite() && y != y.floor() {
        // A negative number to a fractional power is complex.
        return crate::types::complex::complex_pow_value(vm, (x, 0.0), (y, 0.0));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(vm.overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(Value::float(r))
}

/// Python's float `%`.
pub fn float_mod(x: f64, y: f64) -> f64 {
    let m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m + y
        } else {
            m
        }
    } else {
        0.0f64.copysign(y)
    }
}

/// Python's float `divmod`.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let m = x % y;
    let mut div = (x - m) / y;
    let m = if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            div -= 1.0;
            m + y
        } else {
            m
        }
    } else {
        0.0f64.copysign(y)
    };
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

pub fn float_binop(vm: &mut Vm, op: BinOp, x: f64, y: f64) -> PyResult<Value> {
    Ok(Value::float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(vm.zero_division("float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(vm.zero_division("float modulo"));
            }
            float_mod(x, y)
        }
        BinOp::DivMod => {
            if y == 0.0 {
                return Err(vm.zero_division("float divmod()"));
            }
            let (q, r) = float_divmod(x, y);
            return Ok(vm.new_tuple(vec![Value::float(q), Value::float(r)]));
        }
        BinOp::Pow => return float_pow(vm, x, y),
        _ => return Ok(Value::Obj(vm.not_implemented.clone())),
    }))
}

/// Parses the text of `float("...")`.
pub fn parse_float(text: &str) -> Option<f64> {
    let t = text.trim_matches(crate::unicode::is_space);
    if t.is_empty() {
        return None;
    }
    let lower = t.to_ascii_lowercase();
    let (sign, body) = match lower.as_bytes()[0] {
        b'-' => (-1.0, &lower[1..]),
        b'+' => (1.0, &lower[1..]),
        _ => (1.0, &lower[..]),
    };
    match body {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN.copysign(sign)),
        _ => {}
    }
    // Digits may be any Unicode decimal digits; underscores only between digits.
    let mut clean = String::with_capacity(body.len());
    let chars: Vec<char> = t.trim_start_matches(['+', '-']).chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c == '_' {
            let prev_digit = i > 0 && crate::unicode::decimal_value(chars[i - 1]).is_some();
            let next_digit = i + 1 < chars.len() && crate::unicode::decimal_value(chars[i + 1]).is_some();
            if !(prev_digit && next_digit) {
                return None;
            }
            continue;
        }
        if let Some(d) = crate::unicode::decimal_value(c) {
            clean.push((b'0' + d as u8) as char);
        } else if matches!(c, '.' | 'e' | 'E' | '+' | '-') {
            clean.push(c);
        } else {
            return None;
        }
    }
    // Rust accepts forms Python does not ("inf" handled above, "1." and
    // ".5" both fine in both); reject a bare exponent or sign.
    if !clean.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let mantissa_has_digit = clean.split(['e', 'E']).next().is_some_and(|m| m.bytes().any(|b| b.is_ascii_digit()));
    if !mantissa_has_digit {
        return None;
    }
    clean.parse::<f64>().ok().map(|f| sign * f)
}

/// `float(x)` for any value.
pub fn float_from_value(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    if let Some(f) = as_float(x) {
        return Ok(f);
    }
    if let Some(i) = crate::types::int::as_int(x) {
        return crate::types::int::to_f64(vm, &i);
    }
    if let Some(s) = crate::types::str::as_str(x) {
        return match parse_float(s) {
            Some(f) => Ok(f),
            None => {
                let r = crate::types::str::repr_str(s);
                Err(vm.value_error(format!("could not convert string to float: {r}")))
            }
        };
    }
    let float_name = vm.names.__float__.clone();
    if let Some(method) = crate::protocol::attr::lookup_special(vm, x, &float_name) {
        let r = vm.call(&method, &[])?;
        return match as_float(&r) {
            Some(f) => Ok(f),
            None => {
                let tn = vm.type_name(x);
                let rn = vm.type_name(&r);
                Err(vm.type_error(format!("{tn}.__float__ returned non-float (type {rn})")))
            }
        };
    }
    let index_name = vm.names.__index__.clone();
    if let Some(method) = crate::protocol::attr::lookup_special(vm, x, &index_name) {
        let r = vm.call(&method, &[])?;
        if let Some(i) = crate::types::int::as_int(&r) {
            return crate::types::int::to_f64(vm, &i);
        }
    }
    if let Some(bytes) = crate::types::bytes::as_bytes_like(x) {
        let text = String::from_utf8_lossy(&bytes).to_string();
        return match parse_float(&text) {
            Some(f) => Ok(f),
            None => {
                let r = vm.repr_string(x)?;
                Err(vm.value_error(format!("could not convert string to float: {r}")))
            }
        };
    }
    let tn = vm.type_name(x);
    Err(vm.type_error(format!("float() argument must be a string or a real number, not '{tn}'")))
}

fn this(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<f64> {
    match a.first().and_then(as_float) {
        Some(f) => Ok(f),
        None => {
            let got = a.first().map(|v| vm.type_name(v)).unwrap_or_default();
            Err(vm.type_error(format!("descriptor '{name}' requires a 'float' object but received a '{got}'")))
        }
    }
}

fn float_new(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let cls = match a.first() {
        Some(crate::value::Value::Obj(c)) => c.clone(),
        _ => return Err(vm.type_error("float.__new__(X): X is not a type object")),
    };
    if !kwargs.is_empty() {
        return Err(vm.type_error("float() takes no keyword arguments"));
    }
    args::check_positional(vm, "float", &a[1..], 0, 1)?;
    let f = match a.get(1) {
        None => 0.0,
        Some(x) => float_from_value(vm, x)?,
    };
    if crate::object::Obj::ptr_eq(&cls, &vm.types.float) {
        return Ok(Value::float(f));
    }
    Ok(Value::Obj(crate::types::object::alloc_instance(vm, &cls, Payload::Float(f))))
}

fn float_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a, "__repr__")?;
    Ok(vm.new_str(crate::format::float_repr::repr(f)))
}

fn float_hash(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a, "__hash__")?;
    Ok(Value::Int(hash_float(f)))
}

fn float_bool(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a, "__bool__")?;
    Ok(Value::bool(f != 0.0))
}

fn float_int(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a, "__int__")?;
    crate::types::int::float_to_int(vm, f)
}

fn float_float(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a, "__float__")?;
    Ok(Value::float(f))
}

fn float_neg(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::float(-this(vm, a, "__neg__")?))
}

fn float_pos(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::float(this(vm, a, "__pos__")?))
}

fn float_abs(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::float(this(vm, a, "__abs__")?.abs()))
}

fn float_floor(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a, "__floor__")?;
    crate::types::int::float_to_int(vm, f.floor())
}

fn float_ceil(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a, "__ceil__")?;
    crate::types::int::float_to_int(vm, f.ceil())
}

/// `round(x, ndigits)` for floats, rounding the exact binary value half to
/// even as CPython does.
pub fn round_float(x: f64, ndigits: i64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    if ndigits > 323 {
        return x;
    }
    if ndigits >= 0 {
        let text = format!("{:.*}", ndigits as usize, x);
        return text.parse().unwrap_or(x);
    }
    if ndigits < -308 {
        return 0.0f64.copysign(x);
    }
    // Round to a multiple of 10**-ndigits using exact integer arithmetic.
    let p = num_traits::pow::Pow::pow(BigInt::from(10), (-ndigits) as u32);
    let exact = crate::types::int::float_to_big(x.trunc());
    let frac_part = x - x.trunc();
    let (q, r) = num_integer::Integer::div_mod_floor(&exact, &p);
    let twice: BigInt =
        &r * 2 + if frac_part != 0.0 { BigInt::from(if frac_part > 0.0 { 1 } else { -1 }) } else { BigInt::zero() };
    let q = match twice.cmp(&p) {
        Ordering::Greater => q + 1,
        Ordering::Equal if (&q % 2u8).is_zero() => q,
        Ordering::Equal => q + 1,
        Ordering::Less => q,
    };
    crate::types::int::big_to_f64(&(q * p)).unwrap_or(f64::INFINITY.copysign(x))
}

fn float_round(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a, "__round__")?;
    match a.get(1) {
        None | Some(Value::None) => {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.overflow_error("cannot convert float infinity to integer"));
            }
            crate::types::int::float_to_int(vm, f.round_ties_even())
        }
        Some(nd) => {
            let nd = crate::protocol::number::index_i64_clamped(vm, nd)?;
            Ok(Value::float(round_float(f, nd)))
        }
    }
}

fn float_is_integer(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a, "is_integer")?;
    Ok(Value::bool(f.is_finite() && f.fract() == 0.0))
}

fn float_conjugate(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::float(this(vm, a, "conjugate")?))
}

/// The exact ratio of a finite float.
pub fn as_integer_ratio(f: f64) -> (BigInt, BigInt) {
    let (m, e) = frexp(f);
    // m * 2**53 is an integer.
    let mantissa = (m * 9007199254740992.0) as i64;
    let mut exp = e - 53;
    let mut num = BigInt::from(mantissa);
    let mut den = BigInt::from(1);
    // Strip trailing zero bits.
    while exp < 0 && (&num % 2u8).is_zero() && !num.is_zero() {
        num >>= 1;
        exp += 1;
    }
    if exp >= 0 {
        num <<= exp as usize;
    } else {
        den <<= (-exp) as usize;
    }
    if num.is_zero() {
        den = BigInt::from(1);
    }
    (num, den)
}

fn float_as_integer_ratio(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a, "as_integer_ratio")?;
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    let (n, d) = as_integer_ratio(f);
    Ok(vm.new_tuple(vec![crate::types::int::big_to_value(n), crate::types::int::big_to_value(d)]))
}

fn float_hex(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a, "hex")?;
    Ok(vm.new_str(float_to_hex(f)))
}

pub fn float_to_hex(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    // CPython always writes all 13 hex digits of the fraction.
    let digits = format!("{frac:013x}");
    let esign = if e >= 0 { "+" } else { "-" };
    format!("{sign}0x{lead}.{digits}p{esign}{}", e.abs())
}

fn float_fromhex(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = args::exactly_one(vm, "float.fromhex", &a[1..])?;
    let Some(text) = crate::types::str::as_str(&s) else {
        return Err(vm.type_error("fromhex() argument must be str"));
    };
    let t = text.trim().to_ascii_lowercase();
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r.to_string()),
        None => (false, t.trim_start_matches('+').to_string()),
    };
    let value = match t.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => {
            let body = t.strip_prefix("0x").unwrap_or(&t);
            let (mant, exp) = match body.split_once('p') {
                Some((m, e)) => (m, e.parse::<i64>().ok()),
                None => (body, Some(0)),
            };
            let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
            match exp {
                Some(exp) if !(int_part.is_empty() && frac_part.is_empty()) => {
                    let mut v = BigInt::zero();
                    let mut ok = true;
                    for c in int_part.chars().chain(frac_part.chars()) {
                        match c.to_digit(16) {
                            Some(d) => v = v * 16 + d,
                            None => ok = false,
                        }
                    }
                    let e2 = exp - 4 * frac_part.len() as i64;
                    if ok {
                        Some(crate::types::int::scaled_to_f64(v.magnitude(), e2, false).unwrap_or(f64::INFINITY))
                    } else {
                        None
                    }
                }
                _ => None,
            }
        }
    };
    match value {
        Some(v) if v.is_infinite() && !t.starts_with("inf") => {
            Err(vm.overflow_error("hexadecimal value too large to represent as a float"))
        }
        Some(v) => {
            let v = if neg { -v } else { v };
            let cls = a[0].clone();
            if matches!(&cls, Value::Obj(c) if crate::object::Obj::ptr_eq(c, &vm.types.float)) {
                Ok(Value::float(v))
            } else {
                vm.call(&cls, &[Value::float(v)])
            }
        }
        None => Err(vm.value_error("invalid hexadecimal floating-point string")),
    }
}

fn float_format(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a, "__format__")?;
    let spec_v = args::exactly_one(vm, "float.__format__", &a[1..])?;
    let Some(spec) = crate::types::str::as_str(&spec_v).map(str::to_string) else {
        return Err(vm.type_error("format_spec must be str"));
    };
    let type_name = vm.type_name(&a[0]).to_string();
    let out = crate::format::spec::format_float(vm, f, &spec, &type_name)?;
    Ok(vm.new_str(out))
}

fn float_getnewargs(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a, "__getnewargs__")?;
    Ok(vm.new_tuple(vec![Value::float(f)]))
}

fn float_trunc(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a, "__trunc__")?;
    crate::types::int::float_to_int(vm, f)
}

/// `float.__getformat__(typestr)`: how doubles and floats are stored.
fn float_getformat(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let arg = crate::protocol::args::exactly_one(vm, "__getformat__", &a[1..])?;
    let Some(kind) = crate::types::str::as_str(&arg) else {
        let tn = vm.type_name(&arg);
        return Err(vm.type_error(format!("__getformat__() argument must be str, not {tn}")));
    };
    match kind {
        "double" | "float" => {
            Ok(vm.new_str(if cfg!(target_endian = "little") { "IEEE, little-endian" } else { "IEEE, big-endian" }))
        }
        _ => Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'")),
    }
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.float.clone();
    vm.add_staticmethod(&t, "__new__", float_new);
    vm.add_method(&t, "__repr__", float_repr);
    vm.add_method(&t, "__hash__", float_hash);
    vm.add_method(&t, "__bool__", float_bool);
    vm.add_method(&t, "__int__", float_int);
    vm.add_method(&t, "__float__", float_float);
    vm.add_method(&t, "__neg__", float_neg);
    vm.add_method(&t, "__pos__", float_pos);
    vm.add_method(&t, "__abs__", float_abs);
    vm.add_method(&t, "__trunc__", float_trunc);
    vm.add_method(&t, "__floor__", float_floor);
    vm.add_method(&t, "__ceil__", float_ceil);
    vm.add_method(&t, "__round__", float_round);
    vm.add_method(&t, "is_integer", float_is_integer);
    vm.add_method(&t, "conjugate", float_conjugate);
    vm.add_method(&t, "as_integer_ratio", float_as_integer_ratio);
    vm.add_method(&t, "hex", float_hex);
    vm.add_classmethod(&t, "fromhex", float_fromhex);
    vm.add_classmethod(&t, "__getformat__", float_getformat);
    vm.add_method(&t, "__format__", float_format);
    vm.add_method(&t, "__getnewargs__", float_getnewargs);
    {
        use crate::protocol::number::BinOp::*;
        crate::protocol::number::add_binop_wrappers(vm, &t, &[Add, Sub, Mul, TrueDiv, FloorDiv, Mod, DivMod]);
    }
    crate::protocol::compare::add_compare_wrappers(vm, &t);
    crate::types::descriptors::add_getset(vm, &t, "real", |_vm, v| Ok(Value::float(as_float(v).unwrap_or(0.0))));
    crate::types::descriptors::add_getset(vm, &t, "imag", |_vm, _v| Ok(Value::float(0.0)));
}

/// Compares two ints exactly (for the comparison protocol).
pub fn compare_ints(a: &IntVal, b: &IntVal) -> Ordering {
    match (a, b) {
        (IntVal::Small(x), IntVal::Small(y)) => x.cmp(y),
        _ => a.to_big().cmp(&b.to_big()),
    }
}

/// The sign of a BigInt-or-small for messages.
pub fn int_is_negative(v: &IntVal) -> bool {
    match v {
        IntVal::Small(i) => *i < 0,
        IntVal::Big(b) => b.is_negative(),
    }
}

/// Float value of an int for mixed arithmetic, or OverflowError.
pub fn int_as_f64(vm: &mut Vm, v: &IntVal) -> PyResult<f64> {
    match v {
        IntVal::Small(i) => Ok(*i as f64),
        IntVal::Big(b) => b
            .to_f64()
            .filter(|f| f.is_finite())
            .map_or_else(|| Err(vm.overflow_error("int too large to convert to float")), Ok),
    }
}
