//! Constants as the compiler produces them. The runtime turns each into a
//! runtime value once, when it loads the code object.

use std::rc::Rc;

use num_bigint::BigInt;

use crate::CodeObject;

/// A value in `co_consts`.
#[derive(Clone, Debug)]
pub enum Constant {
    None,
    Ellipsis,
    Bool(bool),
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Complex {
        real: f64,
        imag: f64,
    },
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Rc<[Constant]>),
    /// The elements of a set display made only of constants, in source
    /// order: CPython 3.11 compiles `{1, 2, 3}` to a frozenset constant
    /// (built by adding them in this order) and `set.update`s it, which
    /// fixes the set's iteration order.
    FrozenSet(Rc<[Constant]>),
    Code(Rc<CodeObject>),
}

impl Constant {
    /// Whether two constants may share one slot in `co_consts`. Like
    /// CPython, `1`, `1.0` and `True` are kept apart, and so are `0.0` and
    /// `-0.0`; code objects are never merged.
    pub fn same_as(&self, other: &Constant) -> bool {
        use Constant::*;
        match (self, other) {
            (None, None) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (BigInt(a), BigInt(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (Complex { real: a, imag: b }, Complex { real: c, imag: d }) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            (Str(a), Str(b)) => a == b,
            (Bytes(a), Bytes(b)) => a == b,
            (Tuple(a), Tuple(b)) | (FrozenSet(a), FrozenSet(b)) => {
                a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| x.same_as(y))
            }
            _ => false,
        }
    }

    /// A hash that agrees with `same_as` (constants that may share a slot
    /// hash alike), so the compiler finds a constant's slot without a
    /// scan; None for code objects, which never share.
    pub fn share_hash(&self) -> Option<u64> {
        use std::hash::Hasher;
        let mut h = std::collections::hash_map::DefaultHasher::new();
        self.hash_into(&mut h)?;
        Some(h.finish())
    }

    fn hash_into(&self, h: &mut impl std::hash::Hasher) -> Option<()> {
        use std::hash::Hash;
        use Constant::*;
        std::mem::discriminant(self).hash(h);
        match self {
            None | Ellipsis => {}
            Bool(b) => b.hash(h),
            Int(i) => i.hash(h),
            BigInt(i) => i.hash(h),
            Float(f) => f.to_bits().hash(h),
            Complex { real, imag } => (real.to_bits(), imag.to_bits()).hash(h),
            Str(s) => s.hash(h),
            Bytes(b) => b.hash(h),
            Tuple(items) | FrozenSet(items) => {
                items.len().hash(h);
                for item in items.iter() {
                    item.hash_into(h)?;
                }
            }
            Code(_) => return Option::None,
        }
        Some(())
    }
}
