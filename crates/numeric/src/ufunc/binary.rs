//! Binary ufuncs: which loop each runs for its operands' dtype, and the
//! element operations of each loop.

use num_complex::Complex;
use num_traits::{Float, PrimInt, WrappingAdd, WrappingMul, WrappingNeg, WrappingSub};

use super::map::binary_loop;
use super::FpFlags;
use crate::array::NdArray;
use crate::broadcast::broadcast_shapes;
use crate::dtype::{DType, Kind};
use crate::element::Element;
use crate::error::{NumError, NumResult};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Binary {
    Add,
    Subtract,
    Multiply,
    TrueDivide,
    FloorDivide,
    Remainder,
    Fmod,
    Power,
    Maximum,
    Minimum,
    Fmax,
    Fmin,
    Arctan2,
    Hypot,
    Copysign,
    Logaddexp,
    Logaddexp2,
    BitwiseAnd,
    BitwiseOr,
    BitwiseXor,
    LeftShift,
    RightShift,
    LogicalAnd,
    LogicalOr,
    LogicalXor,
    Equal,
    NotEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
}

impl Binary {
    pub const ALL: [Binary; 31] = [
        Binary::Add,
        Binary::Subtract,
        Binary::Multiply,
        Binary::TrueDivide,
        Binary::FloorDivide,
        Binary::Remainder,
        Binary::Fmod,
        Binary::Power,
        Binary::Maximum,
        Binary::Minimum,
        Binary::Fmax,
        Binary::Fmin,
        Binary::Arctan2,
        Binary::Hypot,
        Binary::Copysign,
        Binary::Logaddexp,
        Binary::Logaddexp2,
        Binary::BitwiseAnd,
        Binary::BitwiseOr,
        Binary::BitwiseXor,
        Binary::LeftShift,
        Binary::RightShift,
        Binary::LogicalAnd,
        Binary::LogicalOr,
        Binary::LogicalXor,
        Binary::Equal,
        Binary::NotEqual,
        Binary::Less,
        Binary::LessEqual,
        Binary::Greater,
        Binary::GreaterEqual,
    ];

    /// numpy's name of the ufunc.
    pub fn name(self) -> &'static str {
        match self {
            Binary::Add => "add",
            Binary::Subtract => "subtract",
            Binary::Multiply => "multiply",
            Binary::TrueDivide => "divide",
            Binary::FloorDivide => "floor_divide",
            Binary::Remainder => "remainder",
            Binary::Fmod => "fmod",
            Binary::Power => "power",
            Binary::Maximum => "maximum",
            Binary::Minimum => "minimum",
            Binary::Fmax => "fmax",
            Binary::Fmin => "fmin",
            Binary::Arctan2 => "arctan2",
            Binary::Hypot => "hypot",
            Binary::Copysign => "copysign",
            Binary::Logaddexp => "logaddexp",
            Binary::Logaddexp2 => "logaddexp2",
            Binary::BitwiseAnd => "bitwise_and",
            Binary::BitwiseOr => "bitwise_or",
            Binary::BitwiseXor => "bitwise_xor",
            Binary::LeftShift => "left_shift",
            Binary::RightShift => "right_shift",
            Binary::LogicalAnd => "logical_and",
            Binary::LogicalOr => "logical_or",
            Binary::LogicalXor => "logical_xor",
            Binary::Equal => "equal",
            Binary::NotEqual => "not_equal",
            Binary::Less => "less",
            Binary::LessEqual => "less_equal",
            Binary::Greater => "greater",
            Binary::GreaterEqual => "greater_equal",
        }
    }

    pub fn from_name(name: &str) -> Option<Binary> {
        Binary::ALL.iter().copied().find(|op| op.name() == name || (name == "true_divide" && *op == Binary::TrueDivide))
    }

    fn not_supported(self, _dtype: DType) -> NumError {
        NumError::Type(format!(
            "ufunc '{}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''",
            self.name()
        ))
    }

    /// The (loop, result) dtypes for operands of common dtype `common`.
    pub fn loop_types(self, common: DType) -> NumResult<(DType, DType)> {
        use Binary::*;
        let kind = common.kind();
        let float_loop = |d: DType| -> NumResult<DType> {
            match d {
                DType::Float32 | DType::Float64 => Ok(d),
                DType::Bool | DType::Int8 | DType::UInt8 | DType::Int16 | DType::UInt16 => {
                    Err(NumError::NotImplemented(format!(
                        "numpy.{} of {d} (a float16 result): ferropy has no float16",
                        self.name()
                    )))
                }
                _ => Ok(DType::Float64),
            }
        };
        Ok(match self {
            Equal | NotEqual | Less | LessEqual | Greater | GreaterEqual => (common, DType::Bool),
            LogicalAnd | LogicalOr | LogicalXor => (common, DType::Bool),
            Add | Multiply | Maximum | Minimum | Fmax | Fmin => (common, common),
            Subtract if kind == Kind::Bool => {
                return Err(NumError::Type(
                    "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead."
                        .into(),
                ))
            }
            Subtract => (common, common),
            TrueDivide => match kind {
                Kind::Bool | Kind::Int | Kind::UInt => (DType::Float64, DType::Float64),
                _ => (common, common),
            },
            FloorDivide | Remainder | Power => match kind {
                Kind::Bool => (DType::Int8, DType::Int8),
                Kind::Complex if self != Power => return Err(self.not_supported(common)),
                _ => (common, common),
            },
            Fmod => match kind {
                Kind::Bool => (DType::Int8, DType::Int8),
                Kind::Complex => return Err(self.not_supported(common)),
                _ => (common, common),
            },
            Arctan2 | Hypot | Copysign | Logaddexp | Logaddexp2 => {
                if kind == Kind::Complex {
                    return Err(self.not_supported(common));
                }
                let d = float_loop(common)?;
                (d, d)
            }
            BitwiseAnd | BitwiseOr | BitwiseXor => match kind {
                Kind::Bool | Kind::Int | Kind::UInt => (common, common),
                _ => return Err(self.not_supported(common)),
            },
            LeftShift | RightShift => match kind {
                Kind::Bool => (DType::Int8, DType::Int8),
                Kind::Int | Kind::UInt => (common, common),
                _ => return Err(self.not_supported(common)),
            },
        })
    }
}

/// Applies `op` to two operands whose common dtype is `common` (see
/// promote.rs), broadcasting them: the result and the floating-point
/// errors it met.
pub fn apply_binary(op: Binary, a: &NdArray, b: &NdArray, common: DType) -> NumResult<(NdArray, FpFlags)> {
    let shape = broadcast_shapes(&[&a.shape, &b.shape])?;
    let (loop_dtype, _) = op.loop_types(common)?;
    let mut flags = FpFlags::default();
    let data = match loop_dtype {
        DType::Bool => bool_loop(op, a, b, &shape)?,
        DType::Int8 => int_loop::<i8>(op, a, b, &shape, &mut flags)?,
        DType::UInt8 => int_loop::<u8>(op, a, b, &shape, &mut flags)?,
        DType::Int16 => int_loop::<i16>(op, a, b, &shape, &mut flags)?,
        DType::UInt16 => int_loop::<u16>(op, a, b, &shape, &mut flags)?,
        DType::Int32 => int_loop::<i32>(op, a, b, &shape, &mut flags)?,
        DType::UInt32 => int_loop::<u32>(op, a, b, &shape, &mut flags)?,
        DType::Int64 => int_loop::<i64>(op, a, b, &shape, &mut flags)?,
        DType::UInt64 => int_loop::<u64>(op, a, b, &shape, &mut flags)?,
        DType::Float32 => float_loop::<f32>(op, a, b, &shape, &mut flags)?,
        DType::Float64 => float_loop::<f64>(op, a, b, &shape, &mut flags)?,
        DType::Complex64 => complex_loop::<f32>(op, a, b, &shape)?,
        DType::Complex128 => complex_loop::<f64>(op, a, b, &shape)?,
    };
    Ok((NdArray::from_data(data, shape), flags))
}

fn comparison<T: Element + PartialOrd>(op: Binary, a: &NdArray, b: &NdArray, shape: &[usize]) -> Option<crate::Data> {
    let out: Vec<bool> = match op {
        Binary::Equal => binary_loop(a, b, shape, |x: T, y: T| x == y),
        Binary::NotEqual => binary_loop(a, b, shape, |x: T, y: T| x != y),
        Binary::Less => binary_loop(a, b, shape, |x: T, y: T| x < y),
        Binary::LessEqual => binary_loop(a, b, shape, |x: T, y: T| x <= y),
        Binary::Greater => binary_loop(a, b, shape, |x: T, y: T| x > y),
        Binary::GreaterEqual => binary_loop(a, b, shape, |x: T, y: T| x >= y),
        _ => return None,
    };
    Some(crate::Data::Bool(out))
}

fn logical<T: Element>(op: Binary, a: &NdArray, b: &NdArray, shape: &[usize], zero: T) -> Option<crate::Data> {
    let out: Vec<bool> = match op {
        Binary::LogicalAnd => binary_loop(a, b, shape, |x: T, y: T| x != zero && y != zero),
        Binary::LogicalOr => binary_loop(a, b, shape, |x: T, y: T| x != zero || y != zero),
        Binary::LogicalXor => binary_loop(a, b, shape, |x: T, y: T| (x != zero) != (y != zero)),
        _ => return None,
    };
    Some(crate::Data::Bool(out))
}

fn bool_loop(op: Binary, a: &NdArray, b: &NdArray, shape: &[usize]) -> NumResult<crate::Data> {
    if let Some(d) = comparison::<bool>(op, a, b, shape).or_else(|| logical(op, a, b, shape, false)) {
        return Ok(d);
    }
    let out: Vec<bool> = match op {
        Binary::Add | Binary::BitwiseOr | Binary::Maximum | Binary::Fmax => {
            binary_loop(a, b, shape, |x: bool, y| x | y)
        }
        Binary::Multiply | Binary::BitwiseAnd | Binary::Minimum | Binary::Fmin => {
            binary_loop(a, b, shape, |x: bool, y| x & y)
        }
        Binary::BitwiseXor => binary_loop(a, b, shape, |x: bool, y| x ^ y),
        _ => return Err(op.not_supported(DType::Bool)),
    };
    Ok(crate::Data::Bool(out))
}

/// Integer loops: arithmetic wraps around as numpy's does; division and
/// remainder by zero give 0 and a "divide by zero" error, as in numpy.
fn int_loop<T>(op: Binary, a: &NdArray, b: &NdArray, shape: &[usize], flags: &mut FpFlags) -> NumResult<crate::Data>
where
    T: Element + PrimInt + WrappingAdd + WrappingSub + WrappingMul + WrappingNeg,
{
    if let Some(d) = comparison::<T>(op, a, b, shape).or_else(|| logical(op, a, b, shape, T::ZERO)) {
        return Ok(d);
    }
    let zero = T::ZERO;
    let signed = T::min_value() < zero;
    let bits = (std::mem::size_of::<T>() * 8) as u32;
    let needs_divisor = matches!(op, Binary::FloorDivide | Binary::Remainder | Binary::Fmod);
    if needs_divisor {
        let has_zero = crate::ufunc::map::with_elements(b, &b.shape, |ys: &[T]| ys.contains(&zero));
        flags.divide |= has_zero && a.size() > 0;
    }
    let out: Vec<T> = match op {
        Binary::Add => binary_loop(a, b, shape, |x: T, y: T| x.wrapping_add(&y)),
        Binary::Subtract => binary_loop(a, b, shape, |x: T, y: T| x.wrapping_sub(&y)),
        Binary::Multiply => binary_loop(a, b, shape, |x: T, y: T| x.wrapping_mul(&y)),
        Binary::FloorDivide => binary_loop(a, b, shape, |x: T, y: T| int_floor_divide(x, y, signed)),
        Binary::Remainder => binary_loop(a, b, shape, |x: T, y: T| int_remainder(x, y, signed)),
        Binary::Fmod => binary_loop(a, b, shape, |x: T, y: T| {
            if y == zero || (signed && y == zero.wrapping_sub(&T::ONE)) {
                zero
            } else {
                x % y
            }
        }),
        Binary::Power => {
            let negative =
                signed && crate::ufunc::map::with_elements(b, &b.shape, |ys: &[T]| ys.iter().any(|&y| y < zero));
            if negative {
                return Err(NumError::Value("Integers to negative integer powers are not allowed.".into()));
            }
            binary_loop(a, b, shape, |x: T, y: T| int_power(x, y))
        }
        Binary::Maximum | Binary::Fmax => binary_loop(a, b, shape, |x: T, y: T| if x >= y { x } else { y }),
        Binary::Minimum | Binary::Fmin => binary_loop(a, b, shape, |x: T, y: T| if x <= y { x } else { y }),
        Binary::BitwiseAnd => binary_loop(a, b, shape, |x: T, y: T| x & y),
        Binary::BitwiseOr => binary_loop(a, b, shape, |x: T, y: T| x | y),
        Binary::BitwiseXor => binary_loop(a, b, shape, |x: T, y: T| x ^ y),
        Binary::LeftShift => binary_loop(a, b, shape, |x: T, y: T| match y.to_u32() {
            Some(s) if s < bits => x << s as usize,
            _ => zero,
        }),
        Binary::RightShift => binary_loop(a, b, shape, |x: T, y: T| match y.to_u32() {
            Some(s) if s < bits => x >> s as usize,
            _ if x < zero => zero.wrapping_sub(&T::ONE),
            _ => zero,
        }),
        _ => return Err(op.not_supported(T::DTYPE)),
    };
    Ok(T::vec_into_data(out))
}

fn int_floor_divide<T: PrimInt + WrappingNeg + WrappingSub>(x: T, y: T, signed: bool) -> T {
    let zero = T::zero();
    if y == zero {
        return zero;
    }
    if signed && y == zero.wrapping_sub(&T::one()) {
        return x.wrapping_neg();
    }
    let q = x / y;
    if signed && (x % y != zero) && ((x < zero) != (y < zero)) {
        q - T::one()
    } else {
        q
    }
}

fn int_remainder<T: PrimInt + WrappingSub>(x: T, y: T, signed: bool) -> T {
    let zero = T::zero();
    if y == zero || (signed && y == zero.wrapping_sub(&T::one())) {
        return zero;
    }
    let r = x % y;
    if signed && r != zero && ((r < zero) != (y < zero)) {
        r + y
    } else {
        r
    }
}

fn int_power<T: PrimInt + WrappingMul>(base: T, exponent: T) -> T {
    let mut result = T::one();
    let mut base = base;
    let mut e = exponent.to_u64().unwrap_or(0);
    while e > 0 {
        if e & 1 == 1 {
            result = result.wrapping_mul(&base);
        }
        base = base.wrapping_mul(&base);
        e >>= 1;
    }
    result
}

/// Python's (and numpy's) floor division and modulo of floats, by the
/// same steps as `divmod`.
fn float_divmod<T: Float>(a: T, b: T) -> (T, T) {
    let zero = T::zero();
    let m = a % b;
    if b == zero {
        return (a / b, m);
    }
    let mut div = (a - m) / b;
    let mut m = m;
    if m != zero {
        if (b < zero) != (m < zero) {
            m = m + b;
            div = div - T::one();
        }
    } else {
        m = zero.copysign(b);
    }
    let floor = if div != zero {
        let f = div.floor();
        if div - f > T::from(0.5).expect("0.5 is a float") {
            f + T::one()
        } else {
            f
        }
    } else {
        zero.copysign(a / b)
    };
    (floor, m)
}

trait Copysign {
    fn copysign(self, sign: Self) -> Self;
}

impl<T: Float> Copysign for T {
    fn copysign(self, sign: T) -> T {
        if sign.is_sign_negative() == self.is_sign_negative() {
            self
        } else {
            -self
        }
    }
}

fn float_loop<T: Element + Float>(
    op: Binary,
    a: &NdArray,
    b: &NdArray,
    shape: &[usize],
    flags: &mut FpFlags,
) -> NumResult<crate::Data> {
    if let Some(d) = comparison::<T>(op, a, b, shape).or_else(|| logical(op, a, b, shape, T::ZERO)) {
        return Ok(d);
    }
    let ln2 = T::from(std::f64::consts::LN_2).expect("a float");
    let out: Vec<T> = match op {
        Binary::Add => binary_loop(a, b, shape, |x: T, y: T| x + y),
        Binary::Subtract => binary_loop(a, b, shape, |x: T, y: T| x - y),
        Binary::Multiply => binary_loop(a, b, shape, |x: T, y: T| x * y),
        Binary::TrueDivide => binary_loop(a, b, shape, |x: T, y: T| x / y),
        Binary::FloorDivide => binary_loop(a, b, shape, |x: T, y: T| float_divmod(x, y).0),
        Binary::Remainder => binary_loop(a, b, shape, |x: T, y: T| float_divmod(x, y).1),
        Binary::Fmod => binary_loop(a, b, shape, |x: T, y: T| x % y),
        Binary::Power => binary_loop(a, b, shape, |x: T, y: T| x.powf(y)),
        Binary::Maximum => binary_loop(a, b, shape, |x: T, y: T| if x.is_nan() || x >= y { x } else { y }),
        Binary::Minimum => binary_loop(a, b, shape, |x: T, y: T| if x.is_nan() || x <= y { x } else { y }),
        Binary::Fmax => binary_loop(a, b, shape, |x: T, y: T| if y.is_nan() || x >= y { x } else { y }),
        Binary::Fmin => binary_loop(a, b, shape, |x: T, y: T| if y.is_nan() || x <= y { x } else { y }),
        Binary::Arctan2 => binary_loop(a, b, shape, |x: T, y: T| x.atan2(y)),
        Binary::Hypot => binary_loop(a, b, shape, |x: T, y: T| x.hypot(y)),
        Binary::Copysign => binary_loop(a, b, shape, |x: T, y: T| Copysign::copysign(x, y)),
        Binary::Logaddexp => binary_loop(a, b, shape, |x: T, y: T| {
            if x == y {
                x + ln2
            } else {
                let d = x - y;
                if d > T::zero() {
                    x + (-d).exp().ln_1p()
                } else if d <= T::zero() {
                    y + d.exp().ln_1p()
                } else {
                    d
                }
            }
        }),
        Binary::Logaddexp2 => binary_loop(a, b, shape, |x: T, y: T| {
            if x == y {
                x + T::one()
            } else {
                let d = x - y;
                if d > T::zero() {
                    x + (-d).exp2().ln_1p() / ln2
                } else if d <= T::zero() {
                    y + d.exp2().ln_1p() / ln2
                } else {
                    d
                }
            }
        }),
        _ => return Err(op.not_supported(T::DTYPE)),
    };
    super::check_float_results(op, a, b, shape, &out, flags);
    Ok(T::vec_into_data(out))
}

fn complex_loop<F>(op: Binary, a: &NdArray, b: &NdArray, shape: &[usize]) -> NumResult<crate::Data>
where
    F: Float + Send + Sync + std::fmt::Debug + 'static,
    Complex<F>: Element,
{
    let zero = Complex::new(F::zero(), F::zero());
    let lexical = |x: Complex<F>, y: Complex<F>| {
        x.re.partial_cmp(&y.re).map(|o| o.then(x.im.partial_cmp(&y.im).unwrap_or(std::cmp::Ordering::Equal)))
    };
    let out_bool: Option<Vec<bool>> = match op {
        Binary::Equal => Some(binary_loop(a, b, shape, |x: Complex<F>, y| x == y)),
        Binary::NotEqual => Some(binary_loop(a, b, shape, |x: Complex<F>, y| x != y)),
        Binary::Less => Some(binary_loop(a, b, shape, |x: Complex<F>, y| lexical(x, y).is_some_and(|o| o.is_lt()))),
        Binary::LessEqual => {
            Some(binary_loop(a, b, shape, |x: Complex<F>, y| lexical(x, y).is_some_and(|o| o.is_le())))
        }
        Binary::Greater => Some(binary_loop(a, b, shape, |x: Complex<F>, y| lexical(x, y).is_some_and(|o| o.is_gt()))),
        Binary::GreaterEqual => {
            Some(binary_loop(a, b, shape, |x: Complex<F>, y| lexical(x, y).is_some_and(|o| o.is_ge())))
        }
        _ => None,
    };
    if let Some(out) = out_bool {
        return Ok(crate::Data::Bool(out));
    }
    if let Some(d) = logical(op, a, b, shape, zero) {
        return Ok(d);
    }
    let out: Vec<Complex<F>> = match op {
        Binary::Add => binary_loop(a, b, shape, |x: Complex<F>, y| x + y),
        Binary::Subtract => binary_loop(a, b, shape, |x: Complex<F>, y| x - y),
        Binary::Multiply => binary_loop(a, b, shape, |x: Complex<F>, y| x * y),
        Binary::TrueDivide => binary_loop(a, b, shape, |x: Complex<F>, y| complex_divide(x, y)),
        Binary::Power => binary_loop(a, b, shape, complex_power),
        _ => return Err(op.not_supported(Complex::<F>::DTYPE)),
    };
    Ok(Complex::<F>::vec_into_data(out))
}

/// numpy's complex power: small integer exponents by repeated
/// multiplication (so `(5+0j)**2` is exactly 25), others through exp/log.
fn complex_power<F: Float>(x: Complex<F>, y: Complex<F>) -> Complex<F> {
    let zero = Complex::new(F::zero(), F::zero());
    let one = Complex::new(F::one(), F::zero());
    if y == zero {
        return one;
    }
    if x == zero {
        return zero;
    }
    let n = y.re.to_i64().unwrap_or(i64::MAX);
    if y.im == F::zero() && F::from(n) == Some(y.re) && n > -100 && n < 100 {
        match n {
            1 => return x,
            2 => return x * x,
            3 => return x * x * x,
            _ => {}
        }
        let mut result = one;
        let mut power = x;
        let mut e = n.unsigned_abs();
        while e > 0 {
            if e & 1 == 1 {
                result = result * power;
            }
            e >>= 1;
            if e > 0 {
                power = power * power;
            }
        }
        return if n < 0 { complex_divide(one, result) } else { result };
    }
    x.powc(y)
}

/// Complex division by Smith's method, as numpy divides.
fn complex_divide<F: Float>(a: Complex<F>, b: Complex<F>) -> Complex<F> {
    let (br, bi) = (b.re, b.im);
    let abs_br = br.abs();
    let abs_bi = bi.abs();
    if abs_br >= abs_bi {
        if abs_br == F::zero() && abs_bi == F::zero() {
            return Complex::new(a.re / abs_br, a.im / abs_br);
        }
        let rat = bi / br;
        let scl = F::one() / (br + bi * rat);
        Complex::new((a.re + a.im * rat) * scl, (a.im - a.re * rat) * scl)
    } else {
        let rat = br / bi;
        let scl = F::one() / (bi + br * rat);
        Complex::new((a.re * rat + a.im) * scl, (a.im * rat - a.re) * scl)
    }
}
