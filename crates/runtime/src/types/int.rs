//! `int`: arbitrary precision integers.
//!
//! Values that fit in `i64` are inline (`Value::Int`); larger ones are
//! `Payload::Int(BigInt)` on the heap. Every operation tries checked `i64`
//! arithmetic first and falls back to `BigInt`; results are normalised back
//! to inline form when they fit.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::object::{Object, Payload};
use crate::protocol::args;
use crate::protocol::number::BinOp;
use crate::types::builtin_function::KwArgs;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The modulus of numeric hashes: 2**61 - 1.
pub const HASH_MODULUS: i64 = (1 << 61) - 1;

/// An int operand: inline or big.
#[derive(Clone)]
pub enum IntVal {
    Small(i64),
    Big(BigInt),
}

impl IntVal {
    pub fn to_big(&self) -> BigInt {
        match self {
            IntVal::Small(i) => BigInt::from(*i),
            IntVal::Big(b) => b.clone(),
        }
    }

    pub fn is_zero(&self) -> bool {
        match self {
            IntVal::Small(i) => *i == 0,
            IntVal::Big(b) => b.is_zero(),
        }
    }

    pub fn is_negative(&self) -> bool {
        match self {
            IntVal::Small(i) => *i < 0,
            IntVal::Big(b) => b.is_negative(),
        }
    }

    pub fn into_value(self) -> Value {
        match self {
            IntVal::Small(i) => Value::Int(i),
            IntVal::Big(b) => big_to_value(b),
        }
    }
}

/// A `BigInt` as a value: inline when it fits.
pub fn big_to_value(b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::Obj(Object::builtin(Payload::Int(b))),
    }
}

/// The int in a value (int, bool, or int subclass instance).
pub fn as_int(value: &Value) -> Option<IntVal> {
    match value {
        Value::Int(i) => Some(IntVal::Small(*i)),
        Value::Bool(b) => Some(IntVal::Small(b.get() as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Some(match b.to_i64() {
                Some(i) => IntVal::Small(i),
                None => IntVal::Big(b.clone()),
            }),
            _ => None,
        },
        _ => None,
    }
}

pub fn is_int(value: &Value) -> bool {
    matches!(value, Value::Int(_) | Value::Bool(_)) || matches!(value.payload(), Some(Payload::Int(_)))
}

/// Python's hash of an int.
pub fn hash_int(v: &IntVal) -> i64 {
    let h = match v {
        IntVal::Small(i) => {
            let m = (i.unsigned_abs() % HASH_MODULUS as u64) as i64;
            if *i < 0 {
                -m
            } else {
                m
            }
        }
        IntVal::Big(b) => {
            let m = (b.abs() % BigInt::from(HASH_MODULUS)).to_i64().unwrap_or(0);
            if b.is_negative() {
                -m
            } else {
                m
            }
        }
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Correctly rounded (half to even) conversion to float; `None` when too
/// large.
pub fn big_to_f64(b: &BigInt) -> Option<f64> {
    if let Some(i) = b.to_i64() {
        if i.unsigned_abs() < (1u64 << 53) {
            return Some(i as f64);
        }
    }
    let f = scaled_to_f64(b.magnitude(), 0, false)?;
    Some(if b.is_negative() { -f } else { f })
}

/// The double nearest to `mantissa * 2**exp2` (plus a little more when
/// `inexact`: the true value had bits below the mantissa), rounding half
/// to even exactly once, into subnormals too. `None` when it overflows.
pub fn scaled_to_f64(mantissa: &num_bigint::BigUint, exp2: i64, inexact: bool) -> Option<f64> {
    let bits = mantissa.bits() as i64;
    if bits == 0 {
        return Some(0.0);
    }
    // The value lies in [2**top, 2**(top+1)).
    let top = bits - 1 + exp2;
    if top > 1023 {
        return None;
    }
    // Significant bits a double has at this magnitude (fewer if subnormal).
    let precision = if top >= -1022 { 53 } else { top + 1074 + 1 };
    if precision <= 0 {
        // Below half the smallest subnormal: zero, unless exactly at the
        // halfway point with more bits beyond, which rounds up.
        let half_smallest = precision == 0 && (mantissa.count_ones() > 1 || inexact);
        return Some(if half_smallest { f64::from_bits(1) } else { 0.0 });
    }
    let shift = bits - precision;
    let (mut m, exp) = if shift > 0 {
        let shift = shift as u64;
        let kept = (mantissa >> shift).to_u64()?;
        let half = num_bigint::BigUint::one() << (shift - 1);
        let rest = mantissa - ((num_bigint::BigUint::from(kept)) << shift);
        let round_up = match rest.cmp(&half) {
            std::cmp::Ordering::Greater => true,
            std::cmp::Ordering::Equal => inexact || kept & 1 == 1,
            std::cmp::Ordering::Less => false,
        };
        (kept + round_up as u64, exp2 + shift as i64)
    } else {
        (mantissa.to_u64()? << (-shift) as u64, exp2 + shift)
    };
    // Rounding up may carry into a new bit: 2**precision, a power of two.
    let mut exp = exp;
    if precision == 53 && m == 1u64 << 53 {
        m >>= 1;
        exp += 1;
    }
    // m * 2**exp with m < 2**53: build the bits directly.
    let value_top = 63 - m.leading_zeros() as i64 + exp;
    if value_top > 1023 {
        return None;
    }
    if value_top >= -1022 {
        let frac = (m << (52 - (63 - m.leading_zeros() as i64)) as u64) & ((1u64 << 52) - 1);
        let biased = (value_top + 1023) as u64;
        Some(f64::from_bits((biased << 52) | frac))
    } else {
        // Subnormal: the mantissa counts units of 2**-1074.
        Some(f64::from_bits(m << (exp + 1074) as u64))
    }
}

pub fn to_f64(vm: &mut Vm, v: &IntVal) -> PyResult<f64> {
    match v {
        IntVal::Small(i) => Ok(*i as f64),
        IntVal::Big(b) => match big_to_f64(b) {
            Some(f) => Ok(f),
            None => Err(vm.overflow_error("int too large to convert to float")),
        },
    }
}

/// `a / b` for ints, correctly rounded.
pub fn true_divide(vm: &mut Vm, a: &IntVal, b: &IntVal) -> PyResult<f64> {
    if b.is_zero() {
        return Err(vm.zero_division("division by zero"));
    }
    if let (IntVal::Small(x), IntVal::Small(y)) = (a, b) {
        if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
            return Ok(*x as f64 / *y as f64);
        }
    }
    let (x, y) = (a.to_big(), b.to_big());
    let negative = x.is_negative() != y.is_negative();
    let (x, y) = (x.abs(), y.abs());
    // Scale so the quotient has at least 55 significant bits, divide, then
    // round the quotient (with the remainder as sticky bit) to a double.
    let shift = 55i64 - (x.bits() as i64 - y.bits() as i64);
    let (num, den) = if shift >= 0 { (x << shift as usize, y) } else { (x, y << (-shift) as usize) };
    let (q, r) = num.div_rem(&den);
    let Some(f) = scaled_to_f64(q.magnitude(), -shift, !r.is_zero()) else {
        return Err(vm.overflow_error("integer division result too large for a float"));
    };
    Ok(if negative { -f } else { f })
}

fn floor_div_mod_small(x: i64, y: i64) -> Option<(i64, i64)> {
    let q = x.checked_div(y)?;
    let r = x.checked_rem(y)?;
    if r != 0 && ((r < 0) != (y < 0)) {
        Some((q - 1, r + y))
    } else {
        Some((q, r))
    }
}

pub fn floor_div_mod(a: &IntVal, b: &IntVal) -> (IntVal, IntVal) {
    if let (IntVal::Small(x), IntVal::Small(y)) = (a, b) {
        if let Some((q, r)) = floor_div_mod_small(*x, *y) {
            return (IntVal::Small(q), IntVal::Small(r));
        }
    }
    let (q, r) = a.to_big().div_mod_floor(&b.to_big());
    (normalize(q), normalize(r))
}

pub fn normalize(b: BigInt) -> IntVal {
    match b.to_i64() {
        Some(i) => IntVal::Small(i),
        None => IntVal::Big(b),
    }
}

/// Binary arithmetic on two ints.
pub fn int_binop(vm: &mut Vm, op: BinOp, a: &IntVal, b: &IntVal) -> PyResult<Value> {
    use IntVal::Small;
    if let (Small(x), Small(y)) = (a, b) {
        let (x, y) = (*x, *y);
        let fast = match op {
            BinOp::Add => x.checked_add(y),
            BinOp::Sub => x.checked_sub(y),
            BinOp::Mul => x.checked_mul(y),
            BinOp::And => Some(x & y),
            BinOp::Or => Some(x | y),
            BinOp::Xor => Some(x ^ y),
            BinOp::FloorDiv if y != 0 => floor_div_mod_small(x, y).map(|p| p.0),
            BinOp::Mod if y != 0 => floor_div_mod_small(x, y).map(|p| p.1),
            BinOp::LShift if (0..63).contains(&y) => {
                let r = x.checked_shl(y as u32);
                r.filter(|r| (r >> y) == x)
            }
            BinOp::RShift if y >= 0 => Some(if y >= 64 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            }),
            _ => None,
        };
        if let Some(r) = fast {
            return Ok(Value::Int(r));
        }
    }
    match op {
        BinOp::Add => Ok(big_to_value(a.to_big() + b.to_big())),
        BinOp::Sub => Ok(big_to_value(a.to_big() - b.to_big())),
        BinOp::Mul => {
            let (x, y) = (a.to_big(), b.to_big());
            if x.bits() + y.bits() > 64 * 1024 * 1024 * 8 {
                return Err(vm.memory_error());
            }
            vm.check_int_bits(x.bits() + y.bits())?;
            Ok(big_to_value(x * y))
        }
        BinOp::And => Ok(big_to_value(a.to_big() & b.to_big())),
        BinOp::Or => Ok(big_to_value(a.to_big() | b.to_big())),
        BinOp::Xor => Ok(big_to_value(a.to_big() ^ b.to_big())),
        BinOp::FloorDiv | BinOp::Mod | BinOp::DivMod => {
            if b.is_zero() {
                let msg =
                    if op == BinOp::Mod { "integer modulo by zero" } else { "integer division or modulo by zero" };
                return Err(vm.zero_division(msg));
            }
            let (q, r) = floor_div_mod(a, b);
            Ok(match op {
                BinOp::FloorDiv => q.into_value(),
                BinOp::Mod => r.into_value(),
                _ => vm.new_tuple(vec![q.into_value(), r.into_value()]),
            })
        }
        BinOp::TrueDiv => Ok(Value::float(true_divide(vm, a, b)?)),
        BinOp::LShift => {
            if b.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            if a.is_zero() {
                return Ok(Value::Int(0));
            }
            // Counts that fit a machine word are attempted (and fail for
            // want of memory); larger ones cannot be represented at all.
            let Some(n) = b.to_big().to_u64().filter(|n| *n <= i64::MAX as u64) else {
                return Err(vm.overflow_error("too many digits in integer"));
            };
            if a.to_big().bits() + n > 8 * 1024 * 1024 * 1024 {
                return Err(vm.memory_error());
            }
            vm.check_int_bits(a.to_big().bits() + n)?;
            Ok(big_to_value(a.to_big() << n as usize))
        }
        BinOp::RShift => {
            if b.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let n = b.to_big().to_u64().unwrap_or(u64::MAX);
            let x = a.to_big();
            if n > x.bits() {
                return Ok(Value::Int(if x.is_negative() { -1 } else { 0 }));
            }
            Ok(big_to_value(x >> n as usize))
        }
        BinOp::Pow => int_pow(vm, a, b, None),
        BinOp::MatMul => Ok(Value::Obj(vm.not_implemented.clone())),
    }
}

/// `a ** b` or `pow(a, b, m)` for ints.
pub fn int_pow(vm: &mut Vm, a: &IntVal, b: &IntVal, m: Option<&IntVal>) -> PyResult<Value> {
    if let Some(m) = m {
        if m.is_zero() {
            return Err(vm.value_error("pow() 3rd argument cannot be 0"));
        }
        let modulus = m.to_big();
        let mut base = a.to_big();
        let mut exp = b.to_big();
        if exp.is_negative() {
            // Modular inverse.
            let g = base.extended_gcd(&modulus);
            if !g.gcd.abs().is_one() {
                return Err(vm.value_error("base is not invertible for the given modulus"));
            }
            base = g.x.mod_floor(&modulus);
            exp = -exp;
        }
        let r = base.modpow(&exp, &modulus.abs());
        // Python's result takes the sign of the modulus.
        let r = if !r.is_zero() && modulus.is_negative() { r + &modulus } else { r };
        return Ok(big_to_value(r));
    }
    if b.is_negative() {
        let x = to_f64(vm, a)?;
        let y = to_f64(vm, b)?;
        if x == 0.0 {
            return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
        }
        return crate::types::float::float_pow(vm, x, y);
    }
    if let (IntVal::Small(x), IntVal::Small(y)) = (a, b) {
        if let Ok(e) = u32::try_from(*y) {
            if let Some(r) = x.checked_pow(e) {
                return Ok(Value::Int(r));
            }
        }
    }
    let base = a.to_big();
    let Some(exp) = b.to_big().to_u64() else {
        return Err(vm.overflow_error("exponent too large"));
    };
    if base.is_zero() || base.is_one() {
        return Ok(big_to_value(base));
    }
    if base == BigInt::from(-1) {
        return Ok(Value::Int(if exp % 2 == 0 { 1 } else { -1 }));
    }
    if (base.bits() as u128) * (exp as u128) > 8 * 1024 * 1024 * 1024 {
        return Err(vm.memory_error());
    }
    vm.check_int_bits(base.bits().saturating_mul(exp))?;
    let Ok(exp) = u32::try_from(exp) else {
        return Err(vm.memory_error());
    };
    Ok(big_to_value(num_traits::pow::Pow::pow(base, exp)))
}

/// Checks the int/str conversion limit for a number of decimal digits.
pub fn check_str_digits(vm: &mut Vm, digits: usize, converting_to_str: bool) -> PyResult<()> {
    let limit = crate::vm::interpreter::int_max_str_digits();
    if limit > 0 && digits > limit {
        let msg = if converting_to_str {
            format!("Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
        } else {
            format!("Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit")
        };
        return Err(vm.value_error(msg));
    }
    Ok(())
}

/// Decimal text of an int, honouring the digit limit.
pub fn to_decimal(vm: &mut Vm, v: &IntVal) -> PyResult<String> {
    match v {
        IntVal::Small(i) => Ok(i.to_string()),
        IntVal::Big(b) => {
            // bits * log10(2) bounds the digit count from below.
            let approx = (b.bits() as f64 * std::f64::consts::LOG10_2) as usize;
            let limit = crate::vm::interpreter::int_max_str_digits();
            if limit > 0 && approx > limit {
                check_str_digits(vm, approx + 1, true)?;
            }
            let s = b.to_str_radix(10);
            let digits = s.trim_start_matches('-').len();
            check_str_digits(vm, digits, true)?;
            Ok(s)
        }
    }
}

/// Parses an int literal as `int(text, base)` does. `Err(None)` means
/// invalid syntax; the caller words the error.
pub fn parse_int(vm: &mut Vm, text: &str, base: u32) -> Result<BigInt, Option<crate::vm::PyErr>> {
    let t = text.trim_matches(crate::unicode::is_space);
    let (negative, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let (digits, base) = {
        let prefixed = |p: &str| lower.starts_with(p);
        if (base == 16 || base == 0) && prefixed("0x") {
            (&t[2..], 16)
        } else if (base == 8 || base == 0) && prefixed("0o") {
            (&t[2..], 8)
        } else if (base == 2 || base == 0) && prefixed("0b") {
            (&t[2..], 2)
        } else if base == 0 {
            // Base 0: a decimal literal may not have leading zeros.
            let stripped = t.trim_start_matches(['0', '_']);
            if !stripped.is_empty() && t.starts_with('0') {
                return Err(None);
            }
            (t, 10)
        } else {
            (t, base)
        }
    };
    let digits = digits.strip_prefix('_').filter(|_| base != 10 || t.len() != digits.len()).unwrap_or(digits);
    if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
        return Err(None);
    }
    let mut clean = String::with_capacity(digits.len());
    for c in digits.chars() {
        if c == '_' {
            continue;
        }
        let d = if let Some(d) = crate::unicode::decimal_value(c) {
            d
        } else if c.is_ascii_alphabetic() {
            c.to_ascii_lowercase() as u32 - 'a' as u32 + 10
        } else {
            return Err(None);
        };
        if d >= base {
            return Err(None);
        }
        clean.push(std::char::from_digit(d, base).unwrap_or('0'));
    }
    if base == 10 {
        if let Err(e) = check_str_digits(vm, clean.len(), false) {
            return Err(Some(e));
        }
    }
    let value = BigInt::parse_bytes(clean.as_bytes(), base).ok_or(None)?;
    Ok(if negative { -value } else { value })
}

/// `int(x)` for a non-str `x`.
pub fn int_from_value(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    if let Some(i) = as_int(x) {
        return Ok(i.into_value());
    }
    if let Value::Float(f) = x {
        return float_to_int(vm, f.get());
    }
    if let Some(Payload::Float(f)) = x.payload() {
        return float_to_int(vm, *f);
    }
    for name in ["__int__", "__index__", "__trunc__"] {
        let key = vm.intern(name);
        if let Some(method) = crate::protocol::attr::lookup_special(vm, x, &key) {
            let r = vm.call(&method, &[])?;
            if name == "__trunc__" {
                return match as_int(&r) {
                    Some(i) => Ok(i.into_value()),
                    None => int_from_value(vm, &r),
                };
            }
            return match as_int(&r) {
                Some(i) => Ok(i.into_value()),
                None => {
                    let tn = vm.type_name(&r);
                    Err(vm.type_error(format!("{name} returned non-int (type {tn})")))
                }
            };
        }
    }
    if let Some(bytes) = crate::types::bytes::as_bytes_like(x) {
        let text = String::from_utf8_lossy(&bytes).to_string();
        return match parse_int(vm, &text, 10) {
            Ok(b) => Ok(big_to_value(b)),
            Err(Some(e)) => Err(e),
            Err(None) => {
                let r = vm.repr_string(x)?;
                Err(vm.value_error(format!("invalid literal for int() with base 10: {r}")))
            }
        };
    }
    let tn = vm.type_name(x);
    Err(vm.type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{tn}'")))
}

pub fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(big_to_value(float_to_big(t)))
}

/// An integral, finite float as a BigInt.
pub fn float_to_big(f: f64) -> BigInt {
    let bits = f.to_bits();
    let negative = bits >> 63 != 0;
    let exponent = ((bits >> 52) & 0x7ff) as i64;
    let mantissa = if exponent == 0 { (bits & ((1 << 52) - 1)) << 1 } else { (bits & ((1 << 52) - 1)) | (1 << 52) };
    let shift = exponent - 1075;
    let m = BigInt::from(mantissa);
    let v = if shift >= 0 { m << shift as usize } else { m >> (-shift) as usize };
    if negative {
        -v
    } else {
        v
    }
}

fn this(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<IntVal> {
    match args.first().and_then(as_int) {
        Some(i) => Ok(i),
        None => {
            let got = args.first().map(|v| vm.type_name(v)).unwrap_or_default();
            Err(vm.type_error(format!("descriptor '{name}' requires a 'int' object but received a '{got}'")))
        }
    }
}

fn int_new(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let cls = match a.first() {
        Some(Value::Obj(c)) => c.clone(),
        _ => return Err(vm.type_error("int.__new__(X): X is not a type object")),
    };
    let parsed = args::parse_with_posonly(vm, "int", &a[1..], kwargs, &["x", "base"], 1, 0)?;
    let value = match (&parsed[0], &parsed[1]) {
        (Value::Undef, Value::Undef) => Value::Int(0),
        (Value::Undef, _) => return Err(vm.type_error("int() missing string argument")),
        (x, Value::Undef) => match crate::types::str::as_str(x) {
            Some(text) => {
                let text = text.to_string();
                parse_text(vm, x, &text, 10)?
            }
            None => int_from_value(vm, x)?,
        },
        (x, base) => {
            let b = crate::protocol::number::index_i64(vm, base)?;
            if b != 0 && !(2..=36).contains(&b) {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            let text = match (crate::types::str::as_str(x), crate::types::bytes::as_bytes_like(x)) {
                (Some(t), _) => t.to_string(),
                (None, Some(bytes)) => String::from_utf8_lossy(&bytes).to_string(),
                _ => return Err(vm.type_error("int() can't convert non-string with explicit base")),
            };
            parse_text(vm, x, &text, b as u32)?
        }
    };
    if crate::object::Obj::ptr_eq(&cls, &vm.types.int) {
        return Ok(value);
    }
    let big = as_int(&value).map(|i| i.to_big()).unwrap_or_default();
    Ok(Value::Obj(crate::types::object::alloc_instance(vm, &cls, Payload::Int(big))))
}

fn parse_text(vm: &mut Vm, original: &Value, text: &str, base: u32) -> PyResult<Value> {
    match parse_int(vm, text, base) {
        Ok(b) => Ok(big_to_value(b)),
        Err(Some(e)) => Err(e),
        Err(None) => {
            let r = vm.repr_string(original)?;
            Err(vm.value_error(format!("invalid literal for int() with base {base}: {r}")))
        }
    }
}

fn int_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let i = this(vm, a, "__repr__")?;
    let s = to_decimal(vm, &i)?;
    Ok(vm.new_str(s))
}

fn int_hash(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let i = this(vm, a, "__hash__")?;
    Ok(Value::Int(hash_int(&i)))
}

fn int_bool(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let i = this(vm, a, "__bool__")?;
    Ok(Value::bool(!i.is_zero()))
}

fn int_int(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let i = this(vm, a, "__int__")?;
    Ok(i.into_value())
}

fn int_float(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let i = this(vm, a, "__float__")?;
    Ok(Value::float(to_f64(vm, &i)?))
}

fn int_neg(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let i = this(vm, a, "__neg__")?;
    Ok(match i {
        IntVal::Small(x) => match x.checked_neg() {
            Some(n) => Value::Int(n),
            None => big_to_value(-BigInt::from(x)),
        },
        IntVal::Big(b) => big_to_value(-b),
    })
}

fn int_pos(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let i = this(vm, a, "__pos__")?;
    Ok(i.into_value())
}

fn int_abs(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let i = this(vm, a, "__abs__")?;
    Ok(match i {
        IntVal::Small(x) => match x.checked_abs() {
            Some(n) => Value::Int(n),
            None => big_to_value(BigInt::from(x).abs()),
        },
        IntVal::Big(b) => big_to_value(b.abs()),
    })
}

fn int_invert(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let i = this(vm, a, "__invert__")?;
    Ok(match i {
        IntVal::Small(x) => Value::Int(!x),
        IntVal::Big(b) => big_to_value(-b - 1),
    })
}

fn int_bit_length(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let i = this(vm, a, "bit_length")?;
    Ok(Value::Int(match i {
        IntVal::Small(x) => 64 - x.unsigned_abs().leading_zeros() as i64,
        IntVal::Big(b) => b.bits() as i64,
    }))
}

fn int_bit_count(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let i = this(vm, a, "bit_count")?;
    Ok(Value::Int(match i {
        IntVal::Small(x) => x.unsigned_abs().count_ones() as i64,
        IntVal::Big(b) => b.magnitude().iter_u64_digits().map(|d| d.count_ones() as i64).sum(),
    }))
}

fn int_conjugate(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let i = this(vm, a, "conjugate")?;
    Ok(i.into_value())
}

fn int_as_integer_ratio(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let i = this(vm, a, "as_integer_ratio")?;
    Ok(vm.new_tuple(vec![i.into_value(), Value::Int(1)]))
}

fn int_round(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let i = this(vm, a, "__round__")?;
    match a.get(1) {
        None | Some(Value::None) => Ok(i.into_value()),
        Some(nd) => {
            let nd = crate::protocol::number::index_i64(vm, nd)?;
            if nd >= 0 {
                return Ok(i.into_value());
            }
            // Round to a multiple of 10**-nd, half to even.
            let Ok(e) = u32::try_from(-nd) else {
                return Ok(Value::Int(0));
            };
            let p = num_traits::pow::Pow::pow(BigInt::from(10), e);
            let x = i.to_big();
            let (q, r) = x.div_mod_floor(&p);
            let twice = &r * 2;
            let q = if twice > p || (twice == p && q.is_odd()) { q + 1 } else { q };
            Ok(big_to_value(q * p))
        }
    }
}

fn int_index(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let i = this(vm, a, "__index__")?;
    Ok(i.into_value())
}

fn int_to_bytes(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let i = this(vm, a, "to_bytes")?;
    let parsed = args::parse(vm, "to_bytes", &a[1..], kwargs, &["length", "byteorder", "signed"], 0)?;
    let length = match &parsed[0] {
        Value::Undef => 1,
        v => crate::protocol::number::index_i64(vm, v)?,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let little = match &parsed[1] {
        Value::Undef => false,
        v => match crate::types::str::as_str(v) {
            Some("little") => true,
            Some("big") => false,
            _ => return Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        },
    };
    let signed = match &parsed[2] {
        Value::Undef => false,
        v => vm.truthy(v)?,
    };
    let x = i.to_big();
    if x.is_negative() && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed { x.to_signed_bytes_le() } else { x.to_bytes_le().1 };
    if x.is_zero() {
        bytes.clear();
    }
    let length = length as usize;
    if bytes.len() > length {
        // A positive number may have a sign byte we can drop.
        let trimmed = signed && !x.is_negative() && bytes.len() == length + 1 && bytes[length] == 0;
        if !trimmed {
            return Err(vm.overflow_error("int too big to convert"));
        }
        bytes.truncate(length);
    }
    let fill = if x.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(Value::Obj(Object::builtin(Payload::Bytes(bytes.into_boxed_slice()))))
}

fn int_from_bytes(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let parsed = args::parse(vm, "from_bytes", &a[1..], kwargs, &["bytes", "byteorder", "signed"], 1)?;
    let data = match crate::types::bytes::as_bytes_like(&parsed[0]) {
        Some(b) => b,
        None => {
            let items = vm.collect(&parsed[0])?;
            let mut out = Vec::new();
            for item in items {
                let n = crate::protocol::number::index_i64(vm, &item)?;
                if !(0..256).contains(&n) {
                    return Err(vm.value_error("bytes must be in range(0, 256)"));
                }
                out.push(n as u8);
            }
            out
        }
    };
    let little = match &parsed[1] {
        Value::Undef => false,
        v => match crate::types::str::as_str(v) {
            Some("little") => true,
            Some("big") => false,
            _ => return Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        },
    };
    let signed = match &parsed[2] {
        Value::Undef => false,
        v => vm.truthy(v)?,
    };
    let value = match (little, signed) {
        (true, true) => BigInt::from_signed_bytes_le(&data),
        (true, false) => BigInt::from_bytes_le(Sign::Plus, &data),
        (false, true) => BigInt::from_signed_bytes_be(&data),
        (false, false) => BigInt::from_bytes_be(Sign::Plus, &data),
    };
    let result = big_to_value(value);
    match &a[0] {
        Value::Obj(cls) if !crate::object::Obj::ptr_eq(cls, &vm.types.int) => {
            let cls = a[0].clone();
            vm.call(&cls, &[result])
        }
        _ => Ok(result),
    }
}

fn int_format(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let i = this(vm, a, "__format__")?;
    let spec_v = args::exactly_one(vm, "int.__format__", &a[1..])?;
    let Some(spec) = crate::types::str::as_str(&spec_v).map(str::to_string) else {
        return Err(vm.type_error("format_spec must be str"));
    };
    // An empty spec means str(self): `True`, not `1`.
    if spec.is_empty() {
        return vm.str_value(&a[0]);
    }
    let type_name = vm.type_name(&a[0]).to_string();
    let out = crate::format::spec::format_int(vm, &i, &spec, &type_name)?;
    Ok(vm.new_str(out))
}

fn int_sizeof(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let i = this(vm, a, "__sizeof__")?;
    let digits = match &i {
        IntVal::Small(0) => 0,
        IntVal::Small(x) => (64 - x.unsigned_abs().leading_zeros()).div_ceil(30) as i64,
        IntVal::Big(b) => b.bits().div_ceil(30) as i64,
    };
    Ok(Value::Int(24 + 4 * digits.max(1)))
}

fn int_getnewargs(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let i = this(vm, a, "__getnewargs__")?;
    Ok(vm.new_tuple(vec![i.into_value()]))
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.int.clone();
    vm.add_staticmethod(&t, "__new__", int_new);
    vm.add_method(&t, "__repr__", int_repr);
    vm.add_method(&t, "__hash__", int_hash);
    vm.add_method(&t, "__bool__", int_bool);
    vm.add_method(&t, "__int__", int_int);
    vm.add_method(&t, "__index__", int_index);
    vm.add_method(&t, "__float__", int_float);
    vm.add_method(&t, "__neg__", int_neg);
    vm.add_method(&t, "__pos__", int_pos);
    vm.add_method(&t, "__abs__", int_abs);
    vm.add_method(&t, "__invert__", int_invert);
    vm.add_method(&t, "__trunc__", int_int);
    vm.add_method(&t, "__floor__", int_int);
    vm.add_method(&t, "__ceil__", int_int);
    vm.add_method(&t, "__round__", int_round);
    vm.add_method(&t, "bit_length", int_bit_length);
    vm.add_method(&t, "bit_count", int_bit_count);
    vm.add_method(&t, "conjugate", int_conjugate);
    vm.add_method(&t, "as_integer_ratio", int_as_integer_ratio);
    vm.add_method(&t, "to_bytes", int_to_bytes);
    vm.add_classmethod(&t, "from_bytes", int_from_bytes);
    vm.add_method(&t, "__format__", int_format);
    vm.add_method(&t, "__sizeof__", int_sizeof);
    vm.add_method(&t, "__getnewargs__", int_getnewargs);
    {
        use crate::protocol::number::BinOp::*;
        crate::protocol::number::add_binop_wrappers(
            vm,
            &t,
            &[Add, Sub, Mul, TrueDiv, FloorDiv, Mod, DivMod, LShift, RShift, And, Or, Xor],
        );
    }
    crate::protocol::compare::add_compare_wrappers(vm, &t);
    crate::types::descriptors::add_getset(vm, &t, "real", |vm, v| {
        Ok(as_int(v).map(IntVal::into_value).unwrap_or_else(|| vm.new_str("")))
    });
    crate::types::descriptors::add_getset(vm, &t, "imag", |_vm, _v| Ok(Value::Int(0)));
    crate::types::descriptors::add_getset(vm, &t, "numerator", |vm, v| {
        Ok(as_int(v).map(IntVal::into_value).unwrap_or_else(|| vm.new_str("")))
    });
    crate::types::descriptors::add_getset(vm, &t, "denominator", |_vm, _v| Ok(Value::Int(1)));
}

#[cfg(test)]
mod tests {
    use super::scaled_to_f64;
    use num_bigint::BigUint;

    fn f(m: u64, e: i64, inexact: bool) -> f64 {
        scaled_to_f64(&BigUint::from(m), e, inexact).expect("finite")
    }

    #[test]
    fn rounds_once_into_subnormals() {
        assert_eq!(f(1, -1074, false), f64::from_bits(1));
        assert_eq!(f(1, -1075, false), 0.0); // a tie rounds to even: zero
        assert_eq!(f(1, -1075, true), f64::from_bits(1));
        assert_eq!(f(3, -1076, false), f64::from_bits(1)); // 0.75 ulp
        assert_eq!(f(3, -1075, false), f64::from_bits(2)); // 1.5 ulp ties to even
        assert_eq!(f((1 << 53) - 1, 971, false), f64::MAX);
        assert!(scaled_to_f64(&BigUint::from(1u64 << 53), 971, false).is_none());
        assert_eq!(f((1 << 54) - 1, 0, false), (1u64 << 54) as f64);
        assert_eq!(f(1, -1022, false), f64::MIN_POSITIVE);
        assert_eq!(f((1 << 53) - 1, -1075, false), f64::MIN_POSITIVE); // carries into the normal range
    }
}
