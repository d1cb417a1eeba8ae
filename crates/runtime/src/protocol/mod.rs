//! The abstract object protocols: what `a + b`, `a.x`, `a[i]`, `a < b`,
//! `hash(a)`, `repr(a)`, `iter(a)` mean for any values. Each tries fast
//! paths for built-in values first, then the special methods of the
//! operands' classes, with CPython's dispatch rules and error messages.

pub mod args;
pub mod attr;
pub mod compare;
pub mod hash;
pub mod number;
pub mod repr;
pub mod sequence;
