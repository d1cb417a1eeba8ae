//! The Rust types behind each dtype, their storage, and casts between
//! them with numpy's (C's, on x86-64) conversion rules.

use num_complex::{Complex32, Complex64};

use crate::dtype::DType;

/// One element value in its widest form: what crosses between dtypes and
/// between the interpreter and arrays.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Scalar {
    Bool(bool),
    Int(i64),
    UInt(u64),
    Float(f64),
    Complex(Complex64),
}

impl Scalar {
    pub fn as_f64(self) -> f64 {
        match self {
            Scalar::Bool(b) => b as u8 as f64,
            Scalar::Int(i) => i as f64,
            Scalar::UInt(u) => u as f64,
            Scalar::Float(f) => f,
            Scalar::Complex(c) => c.re,
        }
    }

    pub fn as_complex(self) -> Complex64 {
        match self {
            Scalar::Complex(c) => c,
            other => Complex64::new(other.as_f64(), 0.0),
        }
    }

    pub fn is_true(self) -> bool {
        match self {
            Scalar::Bool(b) => b,
            Scalar::Int(i) => i != 0,
            Scalar::UInt(u) => u != 0,
            Scalar::Float(f) => f != 0.0,
            Scalar::Complex(c) => c.re != 0.0 || c.im != 0.0,
        }
    }

    /// As an integer with C's conversion of out-of-range floats on x86-64
    /// (`cvttsd2si`: NaN and overflow give the most negative value).
    fn as_i64_c(self) -> i64 {
        match self {
            Scalar::Bool(b) => b as i64,
            Scalar::Int(i) => i,
            Scalar::UInt(u) => u as i64,
            s => {
                let f = s.as_f64();
                // 2^63: the first float past i64's range.
                const LIMIT: f64 = 9_223_372_036_854_775_808.0;
                if f.is_nan() || !(-LIMIT..LIMIT).contains(&f) {
                    i64::MIN
                } else {
                    f as i64
                }
            }
        }
    }

    fn as_i32_c(self) -> i32 {
        match self {
            Scalar::Float(_) | Scalar::Complex(_) => {
                let f = self.as_f64();
                if f.is_nan() || !(-2_147_483_648.0..2_147_483_648.0).contains(&f.trunc()) {
                    i32::MIN
                } else {
                    f as i32
                }
            }
            s => s.as_i64_c() as i32,
        }
    }

    /// As an unsigned integer of `bits` bits: negative floats wrap through
    /// the signed type of the same width, as numpy's casts do here.
    fn as_unsigned_c(self, bits: u32) -> u64 {
        match self {
            Scalar::Float(_) | Scalar::Complex(_) => {
                let f = self.as_f64();
                let limit = 2f64.powi(bits as i32);
                let high_bit = 1u64 << (bits - 1);
                if f.is_nan() || f <= -(limit / 2.0) {
                    high_bit
                } else if f >= limit {
                    0
                } else if f < 0.0 {
                    (f as i64) as u64
                } else {
                    f as u64
                }
            }
            s => s.as_i64_c() as u64,
        }
    }
}

/// A Rust type that is the storage of one dtype.
pub trait Element: Copy + Send + Sync + PartialEq + std::fmt::Debug + 'static {
    const DTYPE: DType;
    const ZERO: Self;
    const ONE: Self;
    fn to_scalar(self) -> Scalar;
    /// The value converted as `astype` converts (unsafe casting).
    fn from_scalar(s: Scalar) -> Self;
    fn vec_into_data(v: Vec<Self>) -> Data;
    fn data_slice(d: &Data) -> Option<&[Self]>;
    fn data_slice_mut(d: &mut Data) -> Option<&mut [Self]>;
}

/// `T: Element` for one storage type: its dtype, zero and one, and its
/// conversions to and from `Scalar`.
macro_rules! element {
    ($t:ty, $dtype:ident, $variant:ident, $zero:expr, $one:expr, |$x:ident| $to:expr, |$s:ident| $from:expr) => {
        impl Element for $t {
            const DTYPE: DType = DType::$dtype;
            const ZERO: Self = $zero;
            const ONE: Self = $one;
            #[inline]
            fn to_scalar(self) -> Scalar {
                let $x = self;
                $to
            }
            #[inline]
            fn from_scalar($s: Scalar) -> Self {
                $from
            }
            fn vec_into_data(v: Vec<Self>) -> Data {
                Data::$variant(v)
            }
            fn data_slice(d: &Data) -> Option<&[Self]> {
                match d {
                    Data::$variant(v) => Some(v),
                    _ => None,
                }
            }
            fn data_slice_mut(d: &mut Data) -> Option<&mut [Self]> {
                match d {
                    Data::$variant(v) => Some(v),
                    _ => None,
                }
            }
        }
    };
}

/// An integer type: zero and one, C's conversions (`$conv`).
macro_rules! int_element {
    ($t:ty, $dtype:ident, $variant:ident, $scalar:ident, |$s:ident| $conv:expr) => {
        element!($t, $dtype, $variant, 0, 1, |x| Scalar::$scalar(x as _), |$s| $conv);
    };
}

int_element!(i8, Int8, I8, Int, |s| s.as_i32_c() as i8);
int_element!(u8, UInt8, U8, UInt, |s| s.as_i32_c() as u8);
int_element!(i16, Int16, I16, Int, |s| s.as_i32_c() as i16);
int_element!(u16, UInt16, U16, UInt, |s| s.as_i32_c() as u16);
int_element!(i32, Int32, I32, Int, |s| s.as_i32_c());
int_element!(u32, UInt32, U32, UInt, |s| s.as_unsigned_c(32) as u32);
int_element!(i64, Int64, I64, Int, |s| s.as_i64_c());
int_element!(u64, UInt64, U64, UInt, |s| s.as_unsigned_c(64));

element!(bool, Bool, Bool, false, true, |x| Scalar::Bool(x), |s| s.is_true());
element!(f32, Float32, F32, 0.0, 1.0, |x| Scalar::Float(x as f64), |s| s.as_f64() as f32);
element!(f64, Float64, F64, 0.0, 1.0, |x| Scalar::Float(x), |s| s.as_f64());
element!(
    Complex32,
    Complex64,
    C64,
    Complex32::new(0.0, 0.0),
    Complex32::new(1.0, 0.0),
    |x| Scalar::Complex(Complex64::new(x.re as f64, x.im as f64)),
    |s| {
        let c = s.as_complex();
        Complex32::new(c.re as f32, c.im as f32)
    }
);
element!(
    Complex64,
    Complex128,
    C128,
    Complex64::new(0.0, 0.0),
    Complex64::new(1.0, 0.0),
    |x| Scalar::Complex(x),
    |s| s.as_complex()
);

/// The elements of one buffer, in the Rust type of its dtype.
#[derive(Clone, Debug, PartialEq)]
pub enum Data {
    Bool(Vec<bool>),
    I8(Vec<i8>),
    U8(Vec<u8>),
    I16(Vec<i16>),
    U16(Vec<u16>),
    I32(Vec<i32>),
    U32(Vec<u32>),
    I64(Vec<i64>),
    U64(Vec<u64>),
    F32(Vec<f32>),
    F64(Vec<f64>),
    C64(Vec<Complex32>),
    C128(Vec<Complex64>),
}

/// Runs `$body` with `$T` bound to the element type of `$dtype`.
#[macro_export]
macro_rules! with_element_type {
    ($dtype:expr, $T:ident => $body:expr) => {{
        use $crate::dtype::DType as __D;
        match $dtype {
            __D::Bool => {
                type $T = bool;
                $body
            }
            __D::Int8 => {
                type $T = i8;
                $body
            }
            __D::UInt8 => {
                type $T = u8;
                $body
            }
            __D::Int16 => {
                type $T = i16;
                $body
            }
            __D::UInt16 => {
                type $T = u16;
                $body
            }
            __D::Int32 => {
                type $T = i32;
                $body
            }
            __D::UInt32 => {
                type $T = u32;
                $body
            }
            __D::Int64 => {
                type $T = i64;
                $body
            }
            __D::UInt64 => {
                type $T = u64;
                $body
            }
            __D::Float32 => {
                type $T = f32;
                $body
            }
            __D::Float64 => {
                type $T = f64;
                $body
            }
            __D::Complex64 => {
                type $T = num_complex::Complex32;
                $body
            }
            __D::Complex128 => {
                type $T = num_complex::Complex64;
                $body
            }
        }
    }};
}

impl Data {
    pub fn dtype(&self) -> DType {
        match self {
            Data::Bool(_) => DType::Bool,
            Data::I8(_) => DType::Int8,
            Data::U8(_) => DType::UInt8,
            Data::I16(_) => DType::Int16,
            Data::U16(_) => DType::UInt16,
            Data::I32(_) => DType::Int32,
            Data::U32(_) => DType::UInt32,
            Data::I64(_) => DType::Int64,
            Data::U64(_) => DType::UInt64,
            Data::F32(_) => DType::Float32,
            Data::F64(_) => DType::Float64,
            Data::C64(_) => DType::Complex64,
            Data::C128(_) => DType::Complex128,
        }
    }

    pub fn len(&self) -> usize {
        with_element_type!(self.dtype(), T => T::data_slice(self).map_or(0, <[T]>::len))
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// `n` zeros of `dtype`.
    pub fn zeros(dtype: DType, n: usize) -> Data {
        with_element_type!(dtype, T => T::vec_into_data(vec![T::ZERO; n]))
    }

    /// `n` copies of `value` converted to `dtype`.
    pub fn filled(dtype: DType, n: usize, value: Scalar) -> Data {
        with_element_type!(dtype, T => T::vec_into_data(vec![T::from_scalar(value); n]))
    }

    pub fn get(&self, i: usize) -> Scalar {
        with_element_type!(self.dtype(), T => T::data_slice(self).expect("dtype matches")[i].to_scalar())
    }

    pub fn set(&mut self, i: usize, value: Scalar) {
        with_element_type!(self.dtype(), T => T::data_slice_mut(self).expect("dtype matches")[i] = T::from_scalar(value))
    }

    /// The values converted to `dtype` (a copy).
    pub fn cast(&self, dtype: DType) -> Data {
        if dtype == self.dtype() {
            return self.clone();
        }
        with_element_type!(self.dtype(), S => {
            let source = S::data_slice(self).expect("dtype matches");
            with_element_type!(dtype, T => T::vec_into_data(cast_slice::<S, T>(source)))
        })
    }
}

/// Each element of `source` converted to `T`.
pub fn cast_slice<S: Element, T: Element>(source: &[S]) -> Vec<T> {
    source.iter().map(|x| T::from_scalar(x.to_scalar())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_to_int_casts_follow_x86() {
        let values = [300.5, -1.5, f64::NAN, 1e20, -1e20, 70000.7, 3e9, -3e9];
        let cast = |d: DType| {
            let data = Data::F64(values.to_vec()).cast(d);
            (0..values.len()).map(|i| data.get(i)).collect::<Vec<_>>()
        };
        let ints = |v: &[i64]| v.iter().map(|&i| Scalar::Int(i)).collect::<Vec<_>>();
        let uints = |v: &[u64]| v.iter().map(|&i| Scalar::UInt(i)).collect::<Vec<_>>();
        // What numpy 1.26 gives on x86-64 for the same values.
        assert_eq!(cast(DType::Int8), ints(&[44, -1, 0, 0, 0, 112, 0, 0]));
        assert_eq!(cast(DType::UInt8), uints(&[44, 255, 0, 0, 0, 112, 0, 0]));
        let m = i32::MIN as i64;
        assert_eq!(cast(DType::Int32), ints(&[300, -1, m, m, m, 70000, m, m]));
        let h = 1u64 << 31;
        assert_eq!(cast(DType::UInt32), uints(&[300, 4294967295, h, 0, h, 70000, 3000000000, h]));
        let m = i64::MIN;
        assert_eq!(cast(DType::Int64), ints(&[300, -1, m, m, m, 70000, 3000000000, -3000000000]));
        let h = 1u64 << 63;
        assert_eq!(cast(DType::UInt64), uints(&[300, u64::MAX, h, 0, h, 70000, 3000000000, 18446744070709551616]));
    }
}
