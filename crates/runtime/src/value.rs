//! `Value`: what a Python name, list slot or stack entry holds.
//!
//! Sixteen bytes: `None`, bools, ints that fit in 64 bits and floats live
//! inline, so arithmetic on them never allocates and never touches a
//! reference count; everything else is a reference-counted heap object.
//! We chose the plain enum over NaN-boxing: a 16-byte value costs one extra
//! register move per copy, which measured small next to dispatch. Ints
//! that overflow 64 bits become heap big ints (`Payload::Int`), and results that fit go back inline: an exact
//! `int` that fits in `i64` is always `Value::Int`.
//!
//! Every payload is one 64-bit integer-class word: the bool and the float
//! are held as 64-bit words (`Bool64`, `Float64`), not as `bool` and `f64`.
//! With all payloads alike, Rust lays `Value` out as a pair of scalars:
//! it is passed and returned in two registers and copied as two 8-byte
//! moves. With a `f64` or `bool` payload it is an opaque 16-byte blob,
//! built with two 8-byte stores and copied with one 16-byte load, which the
//! CPU cannot forward from those stores: a dozen-cycle stall on nearly
//! every value a call returns (see vm/stack.rs).

use crate::object::{Obj, Payload};

// A full-word tag: copies are two plain 8-byte moves (with a byte tag,
// LLVM copies the padding in odd pieces that stall store forwarding).
#[derive(Default, Clone)]
#[repr(u64)]
pub enum Value {
    /// Internal only, never visible to Python: an unbound local, an empty
    /// cell, or the "no method" marker of `LOAD_METHOD`.
    #[default]
    Undef,
    None,
    Bool(Bool64),
    Int(i64),
    Float(Float64),
    Obj(Obj),
}

/// A bool held in a full word (see the module comment for why).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Bool64(u64);

impl Bool64 {
    pub const FALSE: Bool64 = Bool64(0);
    pub const TRUE: Bool64 = Bool64(1);

    #[inline(always)]
    pub const fn new(b: bool) -> Bool64 {
        Bool64(b as u64)
    }

    #[inline(always)]
    pub const fn get(self) -> bool {
        self.0 != 0
    }
}

/// A float held as its 64 bits (see the module comment for why). Every
/// bit pattern round-trips, NaN payloads included.
#[derive(Clone, Copy)]
pub struct Float64(u64);

impl Float64 {
    #[inline(always)]
    pub const fn new(f: f64) -> Float64 {
        Float64(f.to_bits())
    }

    #[inline(always)]
    pub const fn get(self) -> f64 {
        f64::from_bits(self.0)
    }
}

impl std::fmt::Debug for Float64 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.get())
    }
}

impl Value {
    pub const TRUE: Value = Value::Bool(Bool64::TRUE);
    pub const FALSE: Value = Value::Bool(Bool64::FALSE);

    /// `True` or `False`.
    #[inline(always)]
    pub const fn bool(b: bool) -> Value {
        Value::Bool(Bool64::new(b))
    }

    /// A float.
    #[inline(always)]
    pub const fn float(f: f64) -> Value {
        Value::Float(Float64::new(f))
    }

    pub fn is_undef(&self) -> bool {
        matches!(self, Value::Undef)
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    pub fn as_obj(&self) -> Option<&Obj> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    pub fn payload(&self) -> Option<&Payload> {
        match self {
            Value::Obj(o) => Some(&o.payload),
            _ => None,
        }
    }

    /// Identity, as Python's `is`. Inline values are identical when equal;
    /// floats compare by bit pattern, so a NaN is itself.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Obj(a), Value::Obj(b)) => Obj::ptr_eq(a, b),
            (Value::None, Value::None) | (Value::Undef, Value::Undef) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.0 == b.0,
            _ => false,
        }
    }

    /// A stable identifier for `id()`: the address for heap objects, a
    /// value-derived odd number (never a valid address) for inline values.
    pub fn id(&self) -> i64 {
        match self {
            Value::Obj(o) => Obj::as_ptr(o) as usize as i64,
            Value::Undef => 1,
            Value::None => 3,
            Value::Bool(b) => 5 + 2 * (b.get() as i64),
            Value::Int(i) => (i.wrapping_mul(2) | 1).wrapping_add(0x1000_0000_0001) | 1,
            Value::Float(f) => (f.0 as i64).wrapping_mul(31) | 1,
        }
    }
}

impl From<Obj> for Value {
    fn from(o: Obj) -> Value {
        Value::Obj(o)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::float(f)
    }
}

impl From<usize> for Value {
    fn from(i: usize) -> Value {
        match i64::try_from(i) {
            Ok(i) => Value::Int(i),
            Err(_) => crate::types::int::big_to_value(num_bigint::BigInt::from(i)),
        }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Undef => write!(f, "<undef>"),
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{}", b.get()),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{}", x.get()),
            Value::Obj(o) => write!(f, "<object {:p}>", Obj::as_ptr(o)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Value;
    use crate::object::{Object, Payload};

    #[test]
    fn clone_copies_scalars_and_counts_references() {
        let obj = Object::builtin(Payload::Tuple(Box::new([Value::Int(7)])));
        let v = Value::Obj(obj.clone());
        assert_eq!(std::rc::Rc::strong_count(&obj), 2);
        let copy = v.clone();
        assert_eq!(std::rc::Rc::strong_count(&obj), 3);
        assert!(copy.is(&v));
        drop(copy);
        drop(v);
        assert_eq!(std::rc::Rc::strong_count(&obj), 1);
        for scalar in [Value::Undef, Value::None, Value::TRUE, Value::Int(-3), Value::float(2.5)] {
            assert!(scalar.clone().is(&scalar));
        }
    }
}
