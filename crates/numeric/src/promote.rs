//! The dtype of an operation's result (`np.result_type`), with numpy
//! 1.26's value-based casting: a scalar operand (a Python number or a
//! 0-d array) among arrays counts only by the smallest type that holds
//! its value, unless it is of a higher category than every array.

use crate::dtype::{DType, Kind};
use crate::element::Scalar;

/// One operand of an operation: its dtype, and its value when it is a
/// scalar.
#[derive(Clone, Copy, Debug)]
pub struct Operand {
    pub dtype: DType,
    pub scalar: Option<Scalar>,
}

/// numpy's simplified ordering of kinds for value-based casting: bool,
/// integers, inexact (float and complex together).
fn category(dtype: DType) -> u8 {
    match dtype.kind() {
        Kind::Bool => 0,
        Kind::Int | Kind::UInt => 1,
        Kind::Float | Kind::Complex => 2,
    }
}

/// The smallest dtype holding `value` (`np.min_scalar_type`, with
/// float16 read as float32, which promotes alike with every array type
/// ferropy has). `signed` asks for the signed type when a non-negative
/// integer fits one of the same size (numpy's "small unsigned" rule).
pub fn min_scalar_type(value: Scalar, signed: bool) -> DType {
    fn fits_f32(x: f64) -> bool {
        !x.is_finite() || x.abs() <= f32::MAX as f64
    }
    match value {
        Scalar::Bool(_) => DType::Bool,
        Scalar::Int(i) if i < 0 => {
            if i >= i8::MIN as i64 {
                DType::Int8
            } else if i >= i16::MIN as i64 {
                DType::Int16
            } else if i >= i32::MIN as i64 {
                DType::Int32
            } else {
                DType::Int64
            }
        }
        Scalar::Int(i) => min_unsigned(i as u64, signed),
        Scalar::UInt(u) => min_unsigned(u, signed),
        Scalar::Float(f) => {
            if fits_f32(f) {
                DType::Float32
            } else {
                DType::Float64
            }
        }
        Scalar::Complex(c) => {
            if fits_f32(c.re) && fits_f32(c.im) {
                DType::Complex64
            } else {
                DType::Complex128
            }
        }
    }
}

fn min_unsigned(u: u64, signed: bool) -> DType {
    let (unsigned, signed_type, limit) = if u <= u8::MAX as u64 {
        (DType::UInt8, DType::Int8, i8::MAX as u64)
    } else if u <= u16::MAX as u64 {
        (DType::UInt16, DType::Int16, i16::MAX as u64)
    } else if u <= u32::MAX as u64 {
        (DType::UInt32, DType::Int32, i32::MAX as u64)
    } else {
        (DType::UInt64, DType::Int64, i64::MAX as u64)
    };
    if signed && u <= limit {
        signed_type
    } else {
        unsigned
    }
}

/// The result dtype of an operation on these operands.
pub fn result_type(operands: &[Operand]) -> DType {
    let arrays = operands.iter().filter(|o| o.scalar.is_none());
    let array_category = arrays.clone().map(|o| category(o.dtype)).max();
    let scalar_category = operands.iter().filter(|o| o.scalar.is_some()).map(|o| category(o.dtype)).max();
    let use_values = match (array_category, scalar_category) {
        (Some(a), Some(s)) => s <= a,
        _ => false,
    };
    let any_signed_array = arrays.clone().any(|o| o.dtype.kind() == Kind::Int);
    let mut result: Option<DType> = None;
    for operand in operands {
        let dtype = match operand.scalar {
            Some(value) if use_values => min_scalar_type(value, any_signed_array),
            _ => operand.dtype,
        };
        result = Some(result.map_or(dtype, |r| r.promote(dtype)));
    }
    result.unwrap_or(DType::Float64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn array(dtype: DType) -> Operand {
        Operand { dtype, scalar: None }
    }

    fn python_int(i: i64) -> Operand {
        Operand { dtype: DType::Int64, scalar: Some(Scalar::Int(i)) }
    }

    #[test]
    fn python_scalars_count_by_value() {
        // As numpy 1.26 answers `np.array([1], dtype=D) + value`.
        let cases = [
            (DType::Int8, 200, DType::Int16),
            (DType::Int8, 1000, DType::Int16),
            (DType::Int8, 70000, DType::Int32),
            (DType::UInt8, -1, DType::Int16),
            (DType::UInt8, 1000, DType::UInt16),
            (DType::Int8, 1, DType::Int8),
            (DType::Bool, 1, DType::Int64),
            (DType::Float32, 70000, DType::Float64),
            (DType::Float32, 1000, DType::Float32),
        ];
        for (dtype, value, expected) in cases {
            assert_eq!(result_type(&[array(dtype), python_int(value)]), expected, "{dtype} + {value}");
        }
        let float = Operand { dtype: DType::Float64, scalar: Some(Scalar::Float(1.5)) };
        assert_eq!(result_type(&[array(DType::Int8), float]), DType::Float64);
        assert_eq!(result_type(&[array(DType::Float32), float]), DType::Float32);
        let complex =
            Operand { dtype: DType::Complex128, scalar: Some(Scalar::Complex(num_complex::Complex64::new(0.0, 1.0))) };
        assert_eq!(result_type(&[array(DType::Float32), complex]), DType::Complex64);
    }
}
