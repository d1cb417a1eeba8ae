//! The `math` module. Elementary functions come from the platform's C
//! library (as in CPython, so results agree to the bit on the same
//! machine); errors follow CPython's rule: a NaN from a non-NaN argument is
//! `ValueError: math domain error`, an infinity from a finite argument is
//! `OverflowError: math range error` for functions that can overflow.

mod integer;
mod libm;
mod special;

use ferropy_runtime::protocol::args;
use ferropy_runtime::types::builtin_function::{KwArgs, NativeFn};
use ferropy_runtime::types::int::{as_int, IntVal};
use ferropy_runtime::{Obj, PyErr, PyResult, Value, Vm};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use special::MathError;

fn domain_error(vm: &mut Vm) -> PyErr {
    vm.value_error("math domain error")
}

fn range_error(vm: &mut Vm) -> PyErr {
    vm.overflow_error("math range error")
}

fn math_error(vm: &mut Vm, e: MathError) -> PyErr {
    match e {
        MathError::Domain => domain_error(vm),
        MathError::Range => range_error(vm),
    }
}

/// A real-number argument as a float (`__float__`, then `__index__`).
pub fn to_real(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => return Ok(f.get()),
        Value::Int(i) => return Ok(*i as f64),
        Value::Bool(b) => return Ok(b.get() as i64 as f64),
        _ => {}
    }
    let is_real = ferropy_runtime::types::float::as_float(v).is_some()
        || as_int(v).is_some()
        || ["__float__", "__index__"].iter().any(|n| {
            let name = vm.intern(n);
            ferropy_runtime::protocol::attr::lookup_special(vm, v, &name).is_some()
        });
    if !is_real {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!("must be real number, not {tn}")));
    }
    ferropy_runtime::types::float::float_from_value(vm, v)
}

fn one_arg<'a>(vm: &mut Vm, name: &str, a: &'a [Value], kw: KwArgs) -> PyResult<&'a Value> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("math.{name}() takes no keyword arguments")));
    }
    match a {
        [x] => Ok(x),
        _ => Err(vm.type_error(format!("math.{name}() takes exactly one argument ({} given)", a.len()))),
    }
}

fn real_arg(vm: &mut Vm, name: &str, a: &[Value], kw: KwArgs) -> PyResult<f64> {
    let x = one_arg(vm, name, a, kw)?;
    to_real(vm, x)
}

fn two_args<'a>(vm: &mut Vm, name: &str, a: &'a [Value], kw: KwArgs) -> PyResult<(&'a Value, &'a Value)> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    match a {
        [x, y] => Ok((x, y)),
        _ => Err(vm.type_error(format!("{name} expected 2 arguments, got {}", a.len()))),
    }
}

/// Applies `f` with CPython's errno rules; `can_overflow` says whether an
/// infinite result from a finite argument is a range error (else domain).
fn unary(vm: &mut Vm, name: &str, a: &[Value], kw: KwArgs, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
    let x = real_arg(vm, name, a, kw)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range_error(vm) } else { domain_error(vm) });
    }
    Ok(Value::float(r))
}

macro_rules! unary_functions {
    ($($name:ident => $f:expr, $overflow:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
                unary(vm, stringify!($name), a, kw, $f, $overflow)
            }
        )*
    };
}

unary_functions! {
    acos => f64::acos, false;
    asin => f64::asin, false;
    atan => f64::atan, false;
    cos => f64::cos, false;
    sin => f64::sin, false;
    tan => f64::tan, false;
    cosh => f64::cosh, true;
    sinh => f64::sinh, true;
    tanh => f64::tanh, false;
    acosh => libm::acosh, false;
    asinh => libm::asinh, false;
    atanh => libm::atanh, false;
    exp => f64::exp, true;
    exp2 => f64::exp2, true;
    expm1 => f64::exp_m1, true;
    log1p => f64::ln_1p, false;
    sqrt => f64::sqrt, false;
    cbrt => libm::cbrt, false;
    fabs => f64::abs, false;
    erf => libm::erf, false;
    erfc => libm::erfc, false;
}

fn gamma(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = real_arg(vm, "gamma", a, kw)?;
    special::gamma(x).map(Value::float).map_err(|e| math_error(vm, e))
}

fn lgamma(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = real_arg(vm, "lgamma", a, kw)?;
    special::lgamma(x).map(Value::float).map_err(|e| math_error(vm, e))
}

fn degrees(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = real_arg(vm, "degrees", a, kw)?;
    Ok(Value::float(x * (180.0 / std::f64::consts::PI)))
}

fn radians(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = real_arg(vm, "radians", a, kw)?;
    Ok(Value::float(x * (std::f64::consts::PI / 180.0)))
}

fn predicate(vm: &mut Vm, name: &str, a: &[Value], kw: KwArgs, f: fn(f64) -> bool) -> PyResult<Value> {
    let x = real_arg(vm, name, a, kw)?;
    Ok(Value::bool(f(x)))
}

fn isfinite(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    predicate(vm, "isfinite", a, kw, f64::is_finite)
}

fn isinf(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    predicate(vm, "isinf", a, kw, f64::is_infinite)
}

fn isnan(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    predicate(vm, "isnan", a, kw, f64::is_nan)
}

/// `ceil`/`floor`: ints pass through, `__ceil__`/`__floor__` if defined,
/// otherwise the float rounded to an int.
fn round_to_int(vm: &mut Vm, name: &str, a: &[Value], kw: KwArgs, dunder: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let x = one_arg(vm, name, a, kw)?;
    if let Some(i) = as_int(x) {
        if !matches!(x, Value::Obj(o) if o.class().is_some()) {
            return Ok(i.into_value());
        }
    }
    if !matches!(x, Value::Float(_)) {
        let method = vm.intern(dunder);
        if let Some(r) = ferropy_runtime::protocol::attr::call_special(vm, x, &method, &[])? {
            return Ok(r);
        }
    }
    let f_x = to_real(vm, x)?;
    ferropy_runtime::types::int::float_to_int(vm, f(f_x))
}

fn ceil(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    round_to_int(vm, "ceil", a, kw, "__ceil__", f64::ceil)
}

fn floor(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    round_to_int(vm, "floor", a, kw, "__floor__", f64::floor)
}

fn trunc(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = one_arg(vm, "trunc", a, kw)?;
    if let Value::Float(f) = x {
        return ferropy_runtime::types::int::float_to_int(vm, f.get());
    }
    let method = vm.intern("__trunc__");
    match ferropy_runtime::protocol::attr::call_special(vm, x, &method, &[])? {
        Some(r) => Ok(r),
        None => {
            let tn = vm.type_name(x);
            Err(vm.type_error(format!("type {tn} doesn't define __trunc__ method")))
        }
    }
}

fn copysign(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (x, y) = two_args(vm, "copysign", a, kw)?;
    let (x, y) = (to_real(vm, x)?, to_real(vm, y)?);
    Ok(Value::float(x.copysign(y)))
}

fn atan2(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (y, x) = two_args(vm, "atan2", a, kw)?;
    let (y, x) = (to_real(vm, y)?, to_real(vm, x)?);
    Ok(Value::float(y.atan2(x)))
}

fn fmod(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (x, y) = two_args(vm, "fmod", a, kw)?;
    let (x, y) = (to_real(vm, x)?, to_real(vm, y)?);
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    Ok(Value::float(r))
}

fn remainder(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (x, y) = two_args(vm, "remainder", a, kw)?;
    let (x, y) = (to_real(vm, x)?, to_real(vm, y)?);
    let r = libm::remainder(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    Ok(Value::float(r))
}

fn pow(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (x, y) = two_args(vm, "pow", a, kw)?;
    let (x, y) = (to_real(vm, x)?, to_real(vm, y)?);
    let r = x.powf(y);
    if x.is_finite() && y.is_finite() {
        if r.is_nan() {
            return Err(domain_error(vm));
        }
        if r.is_infinite() {
            // 0 ** negative is a pole (domain); anything else overflowed.
            return Err(if x == 0.0 { domain_error(vm) } else { range_error(vm) });
        }
    }
    Ok(Value::float(r))
}

fn nextafter(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (x, y) = two_args(vm, "nextafter", a, kw)?;
    let (x, y) = (to_real(vm, x)?, to_real(vm, y)?);
    Ok(Value::float(libm::nextafter(x, y)))
}

fn ulp(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = real_arg(vm, "ulp", a, kw)?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::float(x));
    }
    let up = libm::nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        // The largest double: measure the step below it instead.
        return Ok(Value::float(x - libm::nextafter(x, 0.0)));
    }
    Ok(Value::float(up - x))
}

fn frexp(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = real_arg(vm, "frexp", a, kw)?;
    let (m, e) = ferropy_runtime::types::float::frexp(x);
    Ok(vm.new_tuple(vec![Value::float(m), Value::Int(e as i64)]))
}

fn ldexp(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (x, i) = two_args(vm, "ldexp", a, kw)?;
    let x = to_real(vm, x)?;
    let exp = match ferropy_runtime::protocol::number::as_index_value(vm, i)?.as_ref().and_then(as_int) {
        Some(IntVal::Small(e)) => e.clamp(-100_000, 100_000) as i32,
        Some(IntVal::Big(b)) => {
            if b.is_negative() {
                -100_000
            } else {
                100_000
            }
        }
        None => return Err(vm.type_error("Expected an int as second argument to ldexp.")),
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::float(x));
    }
    // Scale in steps so intermediate powers of two stay representable.
    let mut r = x;
    let mut e = exp;
    while e != 0 {
        let step = e.clamp(-1000, 1000);
        r *= 2f64.powi(step);
        e -= step;
        if r == 0.0 || r.is_infinite() {
            break;
        }
    }
    if r.is_infinite() {
        return Err(range_error(vm));
    }
    Ok(Value::float(r))
}

fn modf(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = real_arg(vm, "modf", a, kw)?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        let int = x.trunc();
        ((x - int).copysign(x), int)
    };
    Ok(vm.new_tuple(vec![Value::float(frac), Value::float(int)]))
}

/// `log`, `log2`, `log10` of a real or an int of any size: a big int is
/// split as m * 2**e so that its logarithm does not overflow.
fn log_of(vm: &mut Vm, x: &Value, f: fn(f64) -> f64, log_of_two: f64) -> PyResult<f64> {
    if let Some(IntVal::Big(b)) = as_int(x) {
        if !b.is_positive() {
            return Err(domain_error(vm));
        }
        if ferropy_runtime::types::int::big_to_f64(&b).is_none() {
            // frexp of the int: its top bits, correctly rounded to a double.
            let shift = b.bits() - 60;
            let magnitude = b.magnitude();
            let top = magnitude >> shift;
            let inexact = magnitude.trailing_zeros().is_some_and(|z| z < shift);
            let m = ferropy_runtime::types::int::scaled_to_f64(&top, 0, inexact).unwrap_or(1.0);
            let (m, e2) = ferropy_runtime::types::float::frexp(m);
            return Ok(f(m) + (shift as i64 + e2 as i64) as f64 * log_of_two);
        }
    }
    let v = to_real(vm, x)?;
    if v.is_nan() {
        return Ok(v);
    }
    if v <= 0.0 {
        return Err(domain_error(vm));
    }
    Ok(f(v))
}

fn log(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("math.log() takes no keyword arguments"));
    }
    if a.is_empty() || a.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = log_of(vm, &a[0], f64::ln, std::f64::consts::LN_2)?;
    if a.len() == 1 {
        return Ok(Value::float(num));
    }
    let den = log_of(vm, &a[1], f64::ln, std::f64::consts::LN_2)?;
    if den == 0.0 {
        return Err(vm.zero_division("float division by zero"));
    }
    Ok(Value::float(num / den))
}

fn log2(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = one_arg(vm, "log2", a, kw)?;
    Ok(Value::float(log_of(vm, x, f64::log2, 1.0)?))
}

fn log10(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = one_arg(vm, "log10", a, kw)?;
    Ok(Value::float(log_of(vm, x, f64::log10, std::f64::consts::LOG10_2)?))
}

fn fsum(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let it = one_arg(vm, "fsum", a, kw)?;
    let items = vm.collect(it)?;
    let mut values = Vec::with_capacity(items.len());
    for item in &items {
        values.push(to_real(vm, item)?);
    }
    match special::fsum(values) {
        Ok(r) => Ok(Value::float(r)),
        Err(special::FsumError::InfMinusInf) => Err(vm.value_error("-inf + inf in fsum")),
        Err(special::FsumError::IntermediateOverflow) => Err(vm.overflow_error("intermediate overflow in fsum")),
    }
}

fn norm(vm: &mut Vm, coords: impl IntoIterator<Item = PyResult<f64>>) -> PyResult<Value> {
    let (mut values, mut max, mut found_nan) = (Vec::new(), 0.0f64, false);
    for c in coords {
        let x = c?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        values.push(x);
    }
    let _ = vm;
    Ok(Value::float(special::vector_norm(&mut values, max, found_nan)))
}

fn hypot(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::no_kwargs(vm, "hypot", kw)?;
    let mut coords = Vec::with_capacity(a.len());
    for x in a {
        coords.push(to_real(vm, x));
    }
    norm(vm, coords)
}

fn dist(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (p, q) = two_args(vm, "dist", a, kw)?;
    let p = vm.collect(p)?;
    let q = vm.collect(q)?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (x, y) in p.iter().zip(&q) {
        let d = to_real(vm, x).and_then(|x| to_real(vm, y).map(|y| x - y));
        diffs.push(d);
    }
    norm(vm, diffs)
}

fn isclose(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let parsed = args::parse_with_posonly(vm, "isclose", a, kw, &["a", "b", "rel_tol", "abs_tol"], 0, 2)?;
    let x = to_real(vm, &parsed[0])?;
    let y = to_real(vm, &parsed[1])?;
    let rel_tol = if parsed[2].is_undef() { 1e-9 } else { to_real(vm, &parsed[2])? };
    let abs_tol = if parsed[3].is_undef() { 0.0 } else { to_real(vm, &parsed[3])? };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::TRUE);
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::FALSE);
    }
    let diff = (y - x).abs();
    let close = (diff <= (rel_tol * y).abs() || diff <= (rel_tol * x).abs()) || diff <= abs_tol;
    Ok(Value::bool(close))
}

fn prod(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "prod", a, 1, 1)?;
    let start = args::parse_kwonly(vm, "prod", kw, &["start"])?;
    let mut acc = if start[0].is_undef() { Value::Int(1) } else { start[0].clone() };
    let items = vm.collect(&a[0])?;
    for item in &items {
        acc = vm.mul(&acc, item)?;
    }
    Ok(acc)
}

/// A big-int argument for the integer functions (`__index__` only).
fn index_big(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match ferropy_runtime::protocol::number::as_index_value(vm, v)?.as_ref().and_then(as_int) {
        Some(IntVal::Small(i)) => Ok(BigInt::from(i)),
        Some(IntVal::Big(b)) => Ok(b),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
    }
}

fn big_value(b: BigInt) -> Value {
    ferropy_runtime::types::int::big_to_value(b)
}

fn factorial(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = one_arg(vm, "factorial", a, kw)?;
    let n = index_big(vm, x)?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_u64().filter(|n| *n <= i64::MAX as u64) else {
        return Err(vm.overflow_error("factorial() argument should not exceed 9223372036854775807"));
    };
    Ok(big_value(integer::factorial(vm, n)?))
}

fn isqrt(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = one_arg(vm, "isqrt", a, kw)?;
    let n = index_big(vm, x)?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(big_value(n.sqrt()))
}

fn gcd(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::no_kwargs(vm, "gcd", kw)?;
    let mut acc = BigInt::zero();
    for x in a {
        let x = index_big(vm, x)?;
        acc = num_integer::Integer::gcd(&acc, &x);
    }
    Ok(big_value(acc))
}

fn lcm(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::no_kwargs(vm, "lcm", kw)?;
    let mut acc = BigInt::from(1);
    for x in a {
        let x = index_big(vm, x)?;
        acc = if acc.is_zero() || x.is_zero() { BigInt::zero() } else { num_integer::Integer::lcm(&acc, &x) };
    }
    Ok(big_value(acc))
}

fn comb(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (n, k) = two_args(vm, "comb", a, kw)?;
    let (n, k) = (index_big(vm, n)?, index_big(vm, k)?);
    integer::check_n_k(vm, &n, &k)?;
    Ok(big_value(integer::comb(vm, &n, &k)?))
}

fn perm(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("perm() takes no keyword arguments"));
    }
    if a.is_empty() || a.len() > 2 {
        return Err(vm.type_error(format!("perm expected at most 2 arguments, got {}", a.len())));
    }
    let n = index_big(vm, &a[0])?;
    if a.len() == 1 || a[1].is_none() {
        if n.is_negative() {
            return Err(vm.value_error("n must be a non-negative integer"));
        }
        let Some(n) = n.to_u64() else {
            return Err(vm.overflow_error("n must not exceed 9223372036854775807"));
        };
        return Ok(big_value(integer::factorial(vm, n)?));
    }
    let k = index_big(vm, &a[1])?;
    integer::check_n_k(vm, &n, &k)?;
    Ok(big_value(integer::perm(vm, &n, &k)?))
}

pub fn make_module(vm: &mut Vm) -> PyResult<Obj> {
    let functions: &[(&'static str, NativeFn)] = &[
        ("acos", acos),
        ("acosh", acosh),
        ("asin", asin),
        ("asinh", asinh),
        ("atan", atan),
        ("atan2", atan2),
        ("atanh", atanh),
        ("cbrt", cbrt),
        ("ceil", ceil),
        ("comb", comb),
        ("copysign", copysign),
        ("cos", cos),
        ("cosh", cosh),
        ("degrees", degrees),
        ("dist", dist),
        ("erf", erf),
        ("erfc", erfc),
        ("exp", exp),
        ("exp2", exp2),
        ("expm1", expm1),
        ("fabs", fabs),
        ("factorial", factorial),
        ("floor", floor),
        ("fmod", fmod),
        ("frexp", frexp),
        ("fsum", fsum),
        ("gamma", gamma),
        ("gcd", gcd),
        ("hypot", hypot),
        ("isclose", isclose),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
        ("isqrt", isqrt),
        ("lcm", lcm),
        ("ldexp", ldexp),
        ("lgamma", lgamma),
        ("log", log),
        ("log10", log10),
        ("log1p", log1p),
        ("log2", log2),
        ("modf", modf),
        ("nextafter", nextafter),
        ("perm", perm),
        ("pow", pow),
        ("prod", prod),
        ("radians", radians),
        ("remainder", remainder),
        ("sin", sin),
        ("sinh", sinh),
        ("sqrt", sqrt),
        ("tan", tan),
        ("tanh", tanh),
        ("trunc", trunc),
        ("ulp", ulp),
    ];
    let module = ferropy_runtime::types::module::new_native_module(vm, "math", functions)?;
    let dict = module.dict.clone().expect("modules have dicts");
    let constants = [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ];
    for (name, value) in constants {
        vm.dict_set_str(&dict, name, Value::float(value))?;
    }
    Ok(module)
}
