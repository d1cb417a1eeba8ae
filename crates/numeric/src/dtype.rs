//! Data types of array elements: numpy's names, codes and promotion.

use std::fmt;

/// An element type. The order is numpy's type-number order, which the
/// promotion rules below follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DType {
    Bool,
    Int8,
    UInt8,
    Int16,
    UInt16,
    Int32,
    UInt32,
    Int64,
    UInt64,
    Float32,
    Float64,
    Complex64,
    Complex128,
}

/// The broad kind of a dtype (numpy's `dtype.kind`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Bool,
    UInt,
    Int,
    Float,
    Complex,
}

impl DType {
    pub const ALL: [DType; 13] = [
        DType::Bool,
        DType::Int8,
        DType::UInt8,
        DType::Int16,
        DType::UInt16,
        DType::Int32,
        DType::UInt32,
        DType::Int64,
        DType::UInt64,
        DType::Float32,
        DType::Float64,
        DType::Complex64,
        DType::Complex128,
    ];

    /// numpy's name (`dtype.name`).
    pub fn name(self) -> &'static str {
        match self {
            DType::Bool => "bool",
            DType::Int8 => "int8",
            DType::UInt8 => "uint8",
            DType::Int16 => "int16",
            DType::UInt16 => "uint16",
            DType::Int32 => "int32",
            DType::UInt32 => "uint32",
            DType::Int64 => "int64",
            DType::UInt64 => "uint64",
            DType::Float32 => "float32",
            DType::Float64 => "float64",
            DType::Complex64 => "complex64",
            DType::Complex128 => "complex128",
        }
    }

    /// The one-letter type code (`dtype.char`), as on 64-bit Linux.
    pub fn char(self) -> char {
        match self {
            DType::Bool => '?',
            DType::Int8 => 'b',
            DType::UInt8 => 'B',
            DType::Int16 => 'h',
            DType::UInt16 => 'H',
            DType::Int32 => 'i',
            DType::UInt32 => 'I',
            DType::Int64 => 'l',
            DType::UInt64 => 'L',
            DType::Float32 => 'f',
            DType::Float64 => 'd',
            DType::Complex64 => 'F',
            DType::Complex128 => 'D',
        }
    }

    pub fn kind(self) -> Kind {
        match self {
            DType::Bool => Kind::Bool,
            DType::UInt8 | DType::UInt16 | DType::UInt32 | DType::UInt64 => Kind::UInt,
            DType::Int8 | DType::Int16 | DType::Int32 | DType::Int64 => Kind::Int,
            DType::Float32 | DType::Float64 => Kind::Float,
            DType::Complex64 | DType::Complex128 => Kind::Complex,
        }
    }

    /// `dtype.kind` as numpy writes it.
    pub fn kind_char(self) -> char {
        match self.kind() {
            Kind::Bool => 'b',
            Kind::UInt => 'u',
            Kind::Int => 'i',
            Kind::Float => 'f',
            Kind::Complex => 'c',
        }
    }

    pub fn itemsize(self) -> usize {
        match self {
            DType::Bool | DType::Int8 | DType::UInt8 => 1,
            DType::Int16 | DType::UInt16 => 2,
            DType::Int32 | DType::UInt32 | DType::Float32 => 4,
            DType::Int64 | DType::UInt64 | DType::Float64 | DType::Complex64 => 8,
            DType::Complex128 => 16,
        }
    }

    /// `dtype.str`: byte order, kind and size ('<f8', '|b1').
    pub fn type_str(self) -> String {
        let order = if self.itemsize() == 1 { '|' } else { '<' };
        format!("{order}{}{}", self.kind_char(), self.itemsize())
    }

    pub fn is_integer(self) -> bool {
        matches!(self.kind(), Kind::Int | Kind::UInt)
    }

    /// The dtype a string names ('f8', '<i4', 'float32', 'd', 'int', ...),
    /// as `np.dtype(str)` reads it.
    pub fn from_name(text: &str) -> Option<DType> {
        let by_name = DType::ALL.iter().copied().find(|d| d.name() == text);
        if by_name.is_some() {
            return by_name;
        }
        let aliases = [
            ("bool_", DType::Bool),
            ("bool8", DType::Bool),
            ("byte", DType::Int8),
            ("ubyte", DType::UInt8),
            ("short", DType::Int16),
            ("ushort", DType::UInt16),
            ("intc", DType::Int32),
            ("uintc", DType::UInt32),
            ("int", DType::Int64),
            ("int_", DType::Int64),
            ("long", DType::Int64),
            ("uint", DType::UInt64),
            ("ulong", DType::UInt64),
            ("longlong", DType::Int64),
            ("ulonglong", DType::UInt64),
            ("intp", DType::Int64),
            ("uintp", DType::UInt64),
            ("single", DType::Float32),
            ("double", DType::Float64),
            ("float", DType::Float64),
            ("float_", DType::Float64),
            ("half", DType::Float32),
            ("csingle", DType::Complex64),
            ("cdouble", DType::Complex128),
            ("complex", DType::Complex128),
            ("complex_", DType::Complex128),
            ("cfloat", DType::Complex128),
        ];
        if let Some((_, d)) = aliases.iter().find(|(n, _)| *n == text) {
            // 'half' is float16, which ferropy does not have.
            return if text == "half" { None } else { Some(*d) };
        }
        let body = text.strip_prefix(['<', '=', '|']).unwrap_or(text);
        let mut chars = body.chars();
        let first = chars.next()?;
        let rest = chars.as_str();
        if rest.is_empty() {
            return match first {
                'p' => Some(DType::Int64),
                'P' => Some(DType::UInt64),
                'q' => Some(DType::Int64),
                'Q' => Some(DType::UInt64),
                c => DType::ALL.iter().copied().find(|d| d.char() == c),
            };
        }
        let size: usize = rest.parse().ok()?;
        DType::ALL.iter().copied().find(|d| d.kind_char() == first && d.itemsize() == size)
    }

    /// The smallest dtype both `self` and `other` cast to safely
    /// (`np.promote_types`).
    pub fn promote(self, other: DType) -> DType {
        if self == other {
            return self;
        }
        let (a, b) = if self < other { (self, other) } else { (other, self) };
        match (a.kind(), b.kind()) {
            (Kind::Bool, _) => b,
            (Kind::Int, Kind::Int) | (Kind::UInt, Kind::UInt) => b,
            (Kind::Int, Kind::UInt) | (Kind::UInt, Kind::Int) => {
                let (signed, unsigned) = if a.kind() == Kind::Int { (a, b) } else { (b, a) };
                if signed.itemsize() > unsigned.itemsize() {
                    signed
                } else {
                    match unsigned.itemsize() {
                        1 => DType::Int16,
                        2 => DType::Int32,
                        4 => DType::Int64,
                        _ => DType::Float64,
                    }
                }
            }
            (Kind::Int | Kind::UInt, Kind::Float) => {
                if b == DType::Float32 && a.itemsize() <= 2 {
                    DType::Float32
                } else {
                    DType::Float64
                }
            }
            (Kind::Int | Kind::UInt, Kind::Complex) => {
                if b == DType::Complex64 && a.itemsize() <= 2 {
                    DType::Complex64
                } else {
                    DType::Complex128
                }
            }
            (Kind::Float, Kind::Float) | (Kind::Complex, Kind::Complex) => b,
            (Kind::Float, Kind::Complex) => {
                if a == DType::Float64 {
                    DType::Complex128
                } else {
                    b
                }
            }
            _ => b,
        }
    }

    /// The real type of a complex one (`.real`, `abs`); itself otherwise.
    pub fn real_part(self) -> DType {
        match self {
            DType::Complex64 => DType::Float32,
            DType::Complex128 => DType::Float64,
            d => d,
        }
    }
}

impl fmt::Display for DType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `np.promote_types(row, column)` for every pair, as numpy 1.26
    /// prints it (rows and columns in `DType::ALL` order).
    const NUMPY_PROMOTION: &str = "\
bool int8 uint8 int16 uint16 int32 uint32 int64 uint64 float32 float64 complex64 complex128
int8 int8 int16 int16 int32 int32 int64 int64 float64 float32 float64 complex64 complex128
uint8 int16 uint8 int16 uint16 int32 uint32 int64 uint64 float32 float64 complex64 complex128
int16 int16 int16 int16 int32 int32 int64 int64 float64 float32 float64 complex64 complex128
uint16 int32 uint16 int32 uint16 int32 uint32 int64 uint64 float32 float64 complex64 complex128
int32 int32 int32 int32 int32 int32 int64 int64 float64 float64 float64 complex128 complex128
uint32 int64 uint32 int64 uint32 int64 uint32 int64 uint64 float64 float64 complex128 complex128
int64 int64 int64 int64 int64 int64 int64 int64 float64 float64 float64 complex128 complex128
uint64 float64 uint64 float64 uint64 float64 uint64 float64 uint64 float64 float64 complex128 complex128
float32 float32 float32 float32 float32 float64 float64 float64 float64 float32 float64 complex64 complex128
float64 float64 float64 float64 float64 float64 float64 float64 float64 float64 float64 complex128 complex128
complex64 complex64 complex64 complex64 complex64 complex128 complex128 complex128 complex128 complex64 complex128 complex64 complex128
complex128 complex128 complex128 complex128 complex128 complex128 complex128 complex128 complex128 complex128 complex128 complex128 complex128";

    #[test]
    fn promotion_follows_numpy() {
        for (row, line) in NUMPY_PROMOTION.lines().enumerate() {
            for (column, name) in line.split(' ').enumerate() {
                let got = DType::ALL[row].promote(DType::ALL[column]);
                assert_eq!(got.name(), name, "{} with {}", DType::ALL[row], DType::ALL[column]);
            }
        }
    }

    #[test]
    fn names_parse() {
        assert_eq!(DType::from_name("f8"), Some(DType::Float64));
        assert_eq!(DType::from_name("<i4"), Some(DType::Int32));
        assert_eq!(DType::from_name("?"), Some(DType::Bool));
        assert_eq!(DType::from_name("complex"), Some(DType::Complex128));
        assert_eq!(DType::from_name("foo"), None);
        assert_eq!(DType::Float64.type_str(), "<f8");
        assert_eq!(DType::Bool.type_str(), "|b1");
    }
}
