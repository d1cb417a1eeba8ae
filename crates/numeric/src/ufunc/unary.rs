//! Unary ufuncs: their loops per dtype and element operations.

use num_complex::Complex;
use num_traits::{Float, PrimInt, WrappingNeg};

use super::map::{map1, with_elements};
use super::FpFlags;
use crate::array::NdArray;
use crate::dtype::{DType, Kind};
use crate::element::{Data, Element};
use crate::error::{NumError, NumResult};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unary {
    Negative,
    Positive,
    Absolute,
    Sign,
    Square,
    Reciprocal,
    Sqrt,
    Cbrt,
    Exp,
    Exp2,
    Expm1,
    Log,
    Log2,
    Log10,
    Log1p,
    Sin,
    Cos,
    Tan,
    Arcsin,
    Arccos,
    Arctan,
    Sinh,
    Cosh,
    Tanh,
    Arcsinh,
    Arccosh,
    Arctanh,
    Degrees,
    Radians,
    Floor,
    Ceil,
    Trunc,
    Rint,
    Isnan,
    Isinf,
    Isfinite,
    Signbit,
    LogicalNot,
    Invert,
    Conjugate,
}

impl Unary {
    pub const ALL: [Unary; 40] = [
        Unary::Negative,
        Unary::Positive,
        Unary::Absolute,
        Unary::Sign,
        Unary::Square,
        Unary::Reciprocal,
        Unary::Sqrt,
        Unary::Cbrt,
        Unary::Exp,
        Unary::Exp2,
        Unary::Expm1,
        Unary::Log,
        Unary::Log2,
        Unary::Log10,
        Unary::Log1p,
        Unary::Sin,
        Unary::Cos,
        Unary::Tan,
        Unary::Arcsin,
        Unary::Arccos,
        Unary::Arctan,
        Unary::Sinh,
        Unary::Cosh,
        Unary::Tanh,
        Unary::Arcsinh,
        Unary::Arccosh,
        Unary::Arctanh,
        Unary::Degrees,
        Unary::Radians,
        Unary::Floor,
        Unary::Ceil,
        Unary::Trunc,
        Unary::Rint,
        Unary::Isnan,
        Unary::Isinf,
        Unary::Isfinite,
        Unary::Signbit,
        Unary::LogicalNot,
        Unary::Invert,
        Unary::Conjugate,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Unary::Negative => "negative",
            Unary::Positive => "positive",
            Unary::Absolute => "absolute",
            Unary::Sign => "sign",
            Unary::Square => "square",
            Unary::Reciprocal => "reciprocal",
            Unary::Sqrt => "sqrt",
            Unary::Cbrt => "cbrt",
            Unary::Exp => "exp",
            Unary::Exp2 => "exp2",
            Unary::Expm1 => "expm1",
            Unary::Log => "log",
            Unary::Log2 => "log2",
            Unary::Log10 => "log10",
            Unary::Log1p => "log1p",
            Unary::Sin => "sin",
            Unary::Cos => "cos",
            Unary::Tan => "tan",
            Unary::Arcsin => "arcsin",
            Unary::Arccos => "arccos",
            Unary::Arctan => "arctan",
            Unary::Sinh => "sinh",
            Unary::Cosh => "cosh",
            Unary::Tanh => "tanh",
            Unary::Arcsinh => "arcsinh",
            Unary::Arccosh => "arccosh",
            Unary::Arctanh => "arctanh",
            Unary::Degrees => "degrees",
            Unary::Radians => "radians",
            Unary::Floor => "floor",
            Unary::Ceil => "ceil",
            Unary::Trunc => "trunc",
            Unary::Rint => "rint",
            Unary::Isnan => "isnan",
            Unary::Isinf => "isinf",
            Unary::Isfinite => "isfinite",
            Unary::Signbit => "signbit",
            Unary::LogicalNot => "logical_not",
            Unary::Invert => "invert",
            Unary::Conjugate => "conjugate",
        }
    }

    pub fn from_name(name: &str) -> Option<Unary> {
        let alias = match name {
            "abs" => "absolute",
            "rad2deg" => "degrees",
            "deg2rad" => "radians",
            "conj" => "conjugate",
            "bitwise_not" => "invert",
            other => other,
        };
        Unary::ALL.iter().copied().find(|op| op.name() == alias)
    }

    fn is_float_math(self) -> bool {
        use Unary::*;
        matches!(
            self,
            Sqrt | Cbrt
                | Exp
                | Exp2
                | Expm1
                | Log
                | Log2
                | Log10
                | Log1p
                | Sin
                | Cos
                | Tan
                | Arcsin
                | Arccos
                | Arctan
                | Sinh
                | Cosh
                | Tanh
                | Arcsinh
                | Arccosh
                | Arctanh
                | Degrees
                | Radians
                | Floor
                | Ceil
                | Trunc
                | Rint
        )
    }

    fn not_supported(self) -> NumError {
        NumError::Type(format!(
            "ufunc '{}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''",
            self.name()
        ))
    }

    /// The (loop, result) dtypes for an operand of `dtype`.
    pub fn loop_types(self, dtype: DType) -> NumResult<(DType, DType)> {
        use Unary::*;
        let kind = dtype.kind();
        if matches!(self, Isnan | Isinf | Isfinite | Signbit | LogicalNot) {
            if self == Signbit && kind == Kind::Complex {
                return Err(self.not_supported());
            }
            return Ok((dtype, DType::Bool));
        }
        if self.is_float_math() {
            return match dtype {
                DType::Float32 | DType::Float64 => Ok((dtype, dtype)),
                DType::Complex64 | DType::Complex128 => {
                    if matches!(self, Floor | Ceil | Trunc | Cbrt | Degrees | Radians) {
                        Err(self.not_supported())
                    } else {
                        Ok((dtype, dtype))
                    }
                }
                DType::Bool | DType::Int8 | DType::UInt8 => Err(NumError::NotImplemented(format!(
                    "numpy.{} of {dtype} (a float16 result): ferropy has no float16",
                    self.name()
                ))),
                DType::Int16 | DType::UInt16 => Ok((DType::Float32, DType::Float32)),
                _ => Ok((DType::Float64, DType::Float64)),
            };
        }
        Ok(match self {
            Negative if kind == Kind::Bool => {
                return Err(NumError::Type(
                    "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead."
                        .into(),
                ))
            }
            Absolute => (dtype, dtype.real_part()),
            Square | Reciprocal | Sign if kind == Kind::Bool => (DType::Int8, DType::Int8),
            Invert if kind == Kind::Float || kind == Kind::Complex => return Err(self.not_supported()),
            _ => (dtype, dtype),
        })
    }
}

/// Applies `op` to each element of `a`: the result and the floating-point
/// errors it met.
pub fn apply_unary(op: Unary, a: &NdArray) -> NumResult<(NdArray, FpFlags)> {
    let (loop_dtype, _) = op.loop_types(a.dtype())?;
    let mut flags = FpFlags::default();
    let data = match loop_dtype {
        DType::Bool => bool_unary(op, a)?,
        DType::Int8 => int_unary::<i8>(op, a)?,
        DType::UInt8 => int_unary::<u8>(op, a)?,
        DType::Int16 => int_unary::<i16>(op, a)?,
        DType::UInt16 => int_unary::<u16>(op, a)?,
        DType::Int32 => int_unary::<i32>(op, a)?,
        DType::UInt32 => int_unary::<u32>(op, a)?,
        DType::Int64 => int_unary::<i64>(op, a)?,
        DType::UInt64 => int_unary::<u64>(op, a)?,
        DType::Float32 => float_unary::<f32>(op, a, &mut flags)?,
        DType::Float64 => float_unary::<f64>(op, a, &mut flags)?,
        DType::Complex64 => complex_unary::<f32>(op, a)?,
        DType::Complex128 => complex_unary::<f64>(op, a)?,
    };
    Ok((NdArray::from_data(data, a.shape.clone()), flags))
}

fn elements<T: Element, R: Element>(a: &NdArray, f: impl Fn(T) -> R + Sync + Send) -> Vec<R> {
    with_elements(a, &a.shape, |xs: &[T]| map1(xs, f))
}

fn predicate<T: Element>(
    op: Unary,
    a: &NdArray,
    nan: fn(T) -> bool,
    inf: fn(T) -> bool,
    neg: fn(T) -> bool,
) -> Option<Data> {
    let zero = T::ZERO;
    let out: Vec<bool> = match op {
        Unary::Isnan => elements(a, nan),
        Unary::Isinf => elements(a, inf),
        Unary::Isfinite => elements(a, move |x: T| !nan(x) && !inf(x)),
        Unary::Signbit => elements(a, neg),
        Unary::LogicalNot => elements(a, move |x: T| x == zero),
        _ => return None,
    };
    Some(Data::Bool(out))
}

fn bool_unary(op: Unary, a: &NdArray) -> NumResult<Data> {
    if let Some(d) = predicate::<bool>(op, a, |_| false, |_| false, |_| false) {
        return Ok(d);
    }
    Ok(Data::Bool(match op {
        Unary::Positive | Unary::Absolute | Unary::Conjugate => elements(a, |x: bool| x),
        Unary::Invert => elements(a, |x: bool| !x),
        _ => return Err(op.not_supported()),
    }))
}

fn int_unary<T: Element + PrimInt + WrappingNeg + WrappingMul>(op: Unary, a: &NdArray) -> NumResult<Data> {
    let zero = T::ZERO;
    if let Some(d) = predicate::<T>(op, a, |_| false, |_| false, |x| x < T::ZERO) {
        return Ok(d);
    }
    let out: Vec<T> = match op {
        Unary::Negative => elements(a, |x: T| x.wrapping_neg()),
        Unary::Positive | Unary::Conjugate => elements(a, |x: T| x),
        Unary::Absolute => elements(a, move |x: T| if x < zero { x.wrapping_neg() } else { x }),
        Unary::Sign => elements(a, move |x: T| {
            if x > zero {
                T::ONE
            } else if x < zero {
                T::ONE.wrapping_neg()
            } else {
                zero
            }
        }),
        Unary::Square => elements(a, |x: T| x.wrapping_mul(&x)),
        Unary::Reciprocal => elements(a, move |x: T| if x == zero { zero } else { T::ONE / x }),
        Unary::Invert => elements(a, |x: T| !x),
        _ => return Err(op.not_supported()),
    };
    Ok(T::vec_into_data(out))
}

use num_traits::WrappingMul;

fn float_unary<T: Element + Float>(op: Unary, a: &NdArray, flags: &mut FpFlags) -> NumResult<Data> {
    if let Some(d) = predicate::<T>(op, a, |x| x.is_nan(), |x| x.is_infinite(), |x| x.is_sign_negative()) {
        return Ok(d);
    }
    let to_degrees = T::from(180.0 / std::f64::consts::PI).expect("a float");
    let to_radians = T::from(std::f64::consts::PI / 180.0).expect("a float");
    let out: Vec<T> = match op {
        Unary::Negative => elements(a, |x: T| -x),
        Unary::Positive | Unary::Conjugate => elements(a, |x: T| x),
        Unary::Absolute => elements(a, |x: T| x.abs()),
        Unary::Sign => elements(a, |x: T| {
            if x > T::zero() {
                T::one()
            } else if x < T::zero() {
                -T::one()
            } else if x.is_nan() {
                x
            } else {
                T::zero()
            }
        }),
        Unary::Square => elements(a, |x: T| x * x),
        Unary::Reciprocal => elements(a, |x: T| T::one() / x),
        Unary::Sqrt => elements(a, |x: T| x.sqrt()),
        Unary::Cbrt => elements(a, |x: T| x.cbrt()),
        Unary::Exp => elements(a, |x: T| x.exp()),
        Unary::Exp2 => elements(a, |x: T| x.exp2()),
        Unary::Expm1 => elements(a, |x: T| x.exp_m1()),
        Unary::Log => elements(a, |x: T| x.ln()),
        Unary::Log2 => elements(a, |x: T| x.log2()),
        Unary::Log10 => elements(a, |x: T| x.log10()),
        Unary::Log1p => elements(a, |x: T| x.ln_1p()),
        Unary::Sin => elements(a, |x: T| x.sin()),
        Unary::Cos => elements(a, |x: T| x.cos()),
        Unary::Tan => elements(a, |x: T| x.tan()),
        Unary::Arcsin => elements(a, |x: T| x.asin()),
        Unary::Arccos => elements(a, |x: T| x.acos()),
        Unary::Arctan => elements(a, |x: T| x.atan()),
        Unary::Sinh => elements(a, |x: T| x.sinh()),
        Unary::Cosh => elements(a, |x: T| x.cosh()),
        Unary::Tanh => elements(a, |x: T| x.tanh()),
        Unary::Arcsinh => elements(a, |x: T| x.asinh()),
        Unary::Arccosh => elements(a, |x: T| x.acosh()),
        Unary::Arctanh => elements(a, |x: T| x.atanh()),
        Unary::Degrees => elements(a, move |x: T| x * to_degrees),
        Unary::Radians => elements(a, move |x: T| x * to_radians),
        Unary::Floor => elements(a, |x: T| x.floor()),
        Unary::Ceil => elements(a, |x: T| x.ceil()),
        Unary::Trunc => elements(a, |x: T| x.trunc()),
        Unary::Rint => elements(a, round_half_even),
        _ => return Err(op.not_supported()),
    };
    if out.iter().any(|x| !x.is_finite()) {
        let xs = with_elements(a, &a.shape, |v: &[T]| v.to_vec());
        let pole = |x: T| match op {
            Unary::Log | Unary::Log2 | Unary::Log10 => x == T::zero(),
            Unary::Log1p | Unary::Arctanh => x == -T::one() || (op == Unary::Arctanh && x == T::one()),
            Unary::Reciprocal => x == T::zero(),
            _ => false,
        };
        for (&x, &r) in xs.iter().zip(&out) {
            if r.is_nan() && !x.is_nan() {
                flags.invalid = true;
            } else if r.is_infinite() && x.is_finite() {
                if pole(x) {
                    flags.divide = true;
                } else {
                    flags.overflow = true;
                }
            }
        }
    }
    Ok(T::vec_into_data(out))
}

/// Rounds half to even (C's rint in the default rounding mode).
pub fn round_half_even<T: Float>(x: T) -> T {
    let mut r = x.round();
    if (r - x).abs() == T::from(0.5).expect("a float") {
        let half = r / T::from(2.0).expect("a float");
        if half.floor() != half {
            r = r - x.signum();
        }
    }
    // -0.5 rounds to -0.0, as C's rint does.
    if r == T::zero() && x.is_sign_negative() {
        -T::zero()
    } else {
        r
    }
}

fn complex_unary<F>(op: Unary, a: &NdArray) -> NumResult<Data>
where
    F: Element + Float + num_traits::FloatConst,
    Complex<F>: Element,
{
    if let Some(d) = predicate::<Complex<F>>(
        op,
        a,
        |x| x.re.is_nan() || x.im.is_nan(),
        |x| x.re.is_infinite() || x.im.is_infinite(),
        |_| false,
    ) {
        return Ok(d);
    }
    if op == Unary::Absolute {
        let out: Vec<F> = elements(a, |x: Complex<F>| x.norm());
        return Ok(F::vec_into_data(out));
    }
    let out: Vec<Complex<F>> = match op {
        Unary::Negative => elements(a, |x: Complex<F>| -x),
        Unary::Positive => elements(a, |x: Complex<F>| x),
        Unary::Conjugate => elements(a, |x: Complex<F>| x.conj()),
        Unary::Square => elements(a, |x: Complex<F>| x * x),
        Unary::Reciprocal => elements(a, |x: Complex<F>| x.inv()),
        Unary::Sign => elements(a, |x: Complex<F>| {
            // numpy 1.26: the sign of the real part (of the imaginary when it is 0).
            let s = if x.re != F::zero() { x.re } else { x.im };
            let v = if s > F::zero() {
                F::one()
            } else if s < F::zero() {
                -F::one()
            } else {
                s
            };
            Complex::new(v, F::zero())
        }),
        Unary::Sqrt => elements(a, |x: Complex<F>| x.sqrt()),
        Unary::Exp => elements(a, |x: Complex<F>| x.exp()),
        Unary::Log => elements(a, |x: Complex<F>| x.ln()),
        Unary::Log10 => elements(a, |x: Complex<F>| x.ln() / F::LN_10()),
        Unary::Log2 => elements(a, |x: Complex<F>| x.ln() / F::LN_2()),
        Unary::Sin => elements(a, |x: Complex<F>| x.sin()),
        Unary::Cos => elements(a, |x: Complex<F>| x.cos()),
        Unary::Tan => elements(a, |x: Complex<F>| x.tan()),
        Unary::Sinh => elements(a, |x: Complex<F>| x.sinh()),
        Unary::Cosh => elements(a, |x: Complex<F>| x.cosh()),
        Unary::Tanh => elements(a, |x: Complex<F>| x.tanh()),
        _ => {
            return Err(NumError::NotImplemented(format!(
                "numpy.{} of complex arrays is not implemented in ferropy yet",
                op.name()
            )))
        }
    };
    Ok(Complex::<F>::vec_into_data(out))
}
