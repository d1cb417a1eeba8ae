//! `complex`: pairs of doubles, with CPython's repr and arithmetic.

use crate::object::{Object, Payload};
use crate::protocol::args;
use crate::protocol::number::BinOp;
use crate::types::builtin_function::KwArgs;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

pub fn new_complex(re: f64, im: f64) -> Value {
    Value::Obj(Object::builtin(Payload::Complex(Complex { re, im })))
}

pub fn as_complex(v: &Value) -> Option<(f64, f64)> {
    match v.payload() {
        Some(Payload::Complex(c)) => Some((c.re, c.im)),
        _ => None,
    }
}

/// A value usable as a complex operand (complex, float or int).
pub fn to_complex(vm: &mut Vm, v: &Value) -> PyResult<Option<(f64, f64)>> {
    if let Some(c) = as_complex(v) {
        return Ok(Some(c));
    }
    if let Some(f) = crate::types::float::as_float(v) {
        return Ok(Some((f, 0.0)));
    }
    if let Some(i) = crate::types::int::as_int(v) {
        return Ok(Some((crate::types::int::to_f64(vm, &i)?, 0.0)));
    }
    Ok(None)
}

/// One part of a complex's repr: the float repr without a trailing `.0`.
pub fn repr_component(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let r = crate::format::float_repr::repr(x);
    r.strip_suffix(".0").map(str::to_string).unwrap_or(r)
}

pub fn repr_complex(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", repr_component(im));
    }
    let im_s = repr_component(im);
    let sign = if im_s.starts_with('-') { "" } else { "+" };
    format!("({}{}{}j)", repr_component(re), sign, im_s)
}

fn c_div(vm: &mut Vm, a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    let (ar, ai) = a;
    let (br, bi) = b;
    let abs_br = br.abs();
    let abs_bi = bi.abs();
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return Err(vm.zero_division("complex division by zero"));
        }
        let ratio = bi / br;
        let denom = br + bi * ratio;
        Ok(((ar + ai * ratio) / denom, (ai - ar * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = br / bi;
        let denom = br * ratio + bi;
        Ok(((ar * ratio + ai) / denom, (ai * ratio - ar) / denom))
    } else {
        Ok((f64::NAN, f64::NAN))
    }
}

fn c_mul(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

fn c_powu(x: (f64, f64), mut n: u64) -> (f64, f64) {
    let mut r = (1.0, 0.0);
    let mut p = x;
    while n > 0 {
        if n & 1 == 1 {
            r = c_mul(r, p);
        }
        p = c_mul(p, p);
        n >>= 1;
    }
    r
}

pub fn complex_pow(vm: &mut Vm, a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    if b.1 == 0.0 && b.0 == b.0.trunc() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n >= 0 {
            return Ok(c_powu(a, n as u64));
        }
        if a == (0.0, 0.0) {
            return Err(vm.zero_division("0.0 to a negative or complex power"));
        }
        return c_div(vm, (1.0, 0.0), c_powu(a, n.unsigned_abs()));
    }
    if b == (0.0, 0.0) {
        return Ok((1.0, 0.0));
    }
    if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(vm.zero_division("0.0 to a negative or complex power"));
        }
        return Ok((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    let r = (len * phase.cos(), len * phase.sin());
    let inputs_finite = a.0.is_finite() && a.1.is_finite() && b.0.is_finite() && b.1.is_finite();
    if (!r.0.is_finite() || !r.1.is_finite()) && inputs_finite {
        return Err(vm.overflow_error("complex exponentiation"));
    }
    Ok(r)
}

pub fn complex_pow_value(vm: &mut Vm, a: (f64, f64), b: (f64, f64)) -> PyResult<Value> {
    let (re, im) = complex_pow(vm, a, b)?;
    Ok(new_complex(re, im))
}

pub fn complex_binop(vm: &mut Vm, op: BinOp, a: (f64, f64), b: (f64, f64)) -> PyResult<Value> {
    let (re, im) = match op {
        BinOp::Add => (a.0 + b.0, a.1 + b.1),
        BinOp::Sub => (a.0 - b.0, a.1 - b.1),
        BinOp::Mul => c_mul(a, b),
        BinOp::TrueDiv => c_div(vm, a, b)?,
        BinOp::Pow => complex_pow(vm, a, b)?,
        // `//`, `%` and divmod() are not defined: NotImplemented lets the
        // caller report the operand types as written.
        _ => return Ok(Value::Obj(vm.not_implemented.clone())),
    };
    Ok(new_complex(re, im))
}

/// Parses `complex("1+2j")`.
pub fn parse_complex(text: &str) -> Option<(f64, f64)> {
    let t = text.trim();
    let t = if t.starts_with('(') && t.ends_with(')') { t[1..t.len() - 1].trim() } else { t };
    if t.is_empty() {
        return None;
    }
    if let Some(body) = t.strip_suffix(['j', 'J']) {
        // Find the split between real and imaginary parts: the last sign
        // that is not part of an exponent.
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        let (re, im) = match split {
            Some(i) => (crate::types::float::parse_float(&body[..i])?, &body[i..]),
            None => (0.0, body),
        };
        let im = match im {
            "" | "+" => 1.0,
            "-" => -1.0,
            s => crate::types::float::parse_float(s)?,
        };
        return Some((re, im));
    }
    crate::types::float::parse_float(t).map(|f| (f, 0.0))
}

fn this(vm: &mut Vm, a: &[Value]) -> PyResult<(f64, f64)> {
    a.first().and_then(as_complex).ok_or_else(|| vm.type_error("descriptor requires a 'complex' object"))
}

fn complex_new(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let cls = match a.first() {
        Some(Value::Obj(c)) => c.clone(),
        _ => return Err(vm.type_error("complex.__new__(X): X is not a type object")),
    };
    let parsed = args::parse(vm, "complex", &a[1..], kwargs, &["real", "imag"], 0)?;
    let (re, im) = match (&parsed[0], &parsed[1]) {
        (Value::Undef, Value::Undef) => (0.0, 0.0),
        (r, i) => {
            if let Some(s) = crate::types::str::as_str(r) {
                if !i.is_undef() {
                    return Err(vm.type_error("complex() can't take second arg if first is a string"));
                }
                match parse_complex(s) {
                    Some(c) => c,
                    None => return Err(vm.value_error("complex() arg is a malformed string")),
                }
            } else {
                // As CPython: the parts of a complex argument are combined
                // only when they must be, so signed zeros survive.
                let real = if r.is_undef() { (0.0, 0.0) } else { complex_arg(vm, r, "first")? };
                let real_is_complex =
                    !r.is_undef() && as_complex(r).is_some() && crate::types::float::as_float(r).is_none();
                if i.is_undef() {
                    real
                } else {
                    let imag = complex_arg(vm, i, "second")?;
                    let imag_is_complex = as_complex(i).is_some() && crate::types::float::as_float(i).is_none();
                    let re = if imag_is_complex { real.0 - imag.1 } else { real.0 };
                    let im = if real_is_complex { imag.0 + real.1 } else { imag.0 };
                    (re, im)
                }
            }
        }
    };
    if crate::object::Obj::ptr_eq(&cls, &vm.types.complex) {
        return Ok(new_complex(re, im));
    }
    Ok(Value::Obj(crate::types::object::alloc_instance(vm, &cls, Payload::Complex(Complex { re, im }))))
}

fn complex_arg(vm: &mut Vm, v: &Value, which: &str) -> PyResult<(f64, f64)> {
    let complex_name = vm.names.__complex__.clone();
    if let Some(m) = crate::protocol::attr::lookup_special(vm, v, &complex_name) {
        let r = vm.call(&m, &[])?;
        return as_complex(&r).ok_or_else(|| vm.type_error("__complex__ returned non-complex"));
    }
    match to_complex(vm, v)? {
        Some(c) => Ok(c),
        None => {
            if let Some(f) = crate::protocol::attr::lookup_special(vm, v, &vm.names.__float__.clone()) {
                let r = vm.call(&f, &[])?;
                if let Some(x) = crate::types::float::as_float(&r) {
                    return Ok((x, 0.0));
                }
            }
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("complex() {which} argument must be a string or a number, not '{tn}'")))
        }
    }
}

fn complex_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (re, im) = this(vm, a)?;
    Ok(vm.new_str(repr_complex(re, im)))
}

fn complex_hash(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (re, im) = this(vm, a)?;
    let h = crate::types::float::hash_float(re).wrapping_add(crate::types::float::hash_float(im).wrapping_mul(1000003));
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

fn complex_bool(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (re, im) = this(vm, a)?;
    Ok(Value::bool(re != 0.0 || im != 0.0))
}

fn complex_abs(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (re, im) = this(vm, a)?;
    let r = re.hypot(im);
    if r.is_infinite() && re.is_finite() && im.is_finite() {
        return Err(vm.overflow_error("absolute value too large"));
    }
    Ok(Value::float(r))
}

fn complex_neg(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (re, im) = this(vm, a)?;
    Ok(new_complex(-re, -im))
}

fn complex_pos(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (re, im) = this(vm, a)?;
    Ok(new_complex(re, im))
}

fn complex_conjugate(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (re, im) = this(vm, a)?;
    Ok(new_complex(re, -im))
}

fn complex_complex(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (re, im) = this(vm, a)?;
    Ok(new_complex(re, im))
}

fn complex_format(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (re, im) = this(vm, a)?;
    let spec = args::exactly_one(vm, "__format__", &a[1..])?;
    let spec = crate::types::str::as_str(&spec).unwrap_or("").to_string();
    if spec.is_empty() {
        return Ok(vm.new_str(repr_complex(re, im)));
    }
    let type_name = vm.type_name(&a[0]).to_string();
    let out = crate::format::spec::format_complex(vm, re, im, &spec, &type_name)?;
    Ok(vm.new_str(out))
}

fn complex_getnewargs(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (re, im) = this(vm, a)?;
    Ok(vm.new_tuple(vec![Value::float(re), Value::float(im)]))
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.complex.clone();
    vm.add_staticmethod(&t, "__new__", complex_new);
    vm.add_method(&t, "__repr__", complex_repr);
    vm.add_method(&t, "__hash__", complex_hash);
    vm.add_method(&t, "__bool__", complex_bool);
    vm.add_method(&t, "__abs__", complex_abs);
    vm.add_method(&t, "__neg__", complex_neg);
    vm.add_method(&t, "__pos__", complex_pos);
    vm.add_method(&t, "conjugate", complex_conjugate);
    vm.add_method(&t, "__complex__", complex_complex);
    vm.add_method(&t, "__format__", complex_format);
    vm.add_method(&t, "__getnewargs__", complex_getnewargs);
    {
        use crate::protocol::number::BinOp::*;
        crate::protocol::number::add_binop_wrappers(vm, &t, &[Add, Sub, Mul, TrueDiv]);
    }
    crate::protocol::compare::add_compare_wrappers(vm, &t);
    crate::types::descriptors::add_getset(vm, &t, "real", |_vm, v| {
        Ok(Value::float(as_complex(v).map_or(0.0, |c| c.0)))
    });
    crate::types::descriptors::add_getset(vm, &t, "imag", |_vm, v| {
        Ok(Value::float(as_complex(v).map_or(0.0, |c| c.1)))
    });
}
