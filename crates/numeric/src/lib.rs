//! ferropy's n-dimensional arrays: the native core of its `numpy`.
//!
//! This crate knows nothing of the interpreter: it holds strided arrays
//! over shared buffers (array.rs), numpy's dtypes and promotion rules
//! (dtype.rs, promote.rs), element-wise ufunc loops (ufunc/), reductions
//! in numpy's order of operations (reduce.rs) and numpy's printing
//! (format.rs). crates/stdlib/src/numpy/ makes Python objects of them.
//! docs/numpy.md describes the whole.

pub mod array;
pub mod broadcast;
pub mod dtype;
pub mod element;
pub mod error;
pub mod format;
pub mod promote;
pub mod reduce;
pub mod ufunc;

pub use array::NdArray;
pub use dtype::DType;
pub use element::{Data, Element, Scalar};
pub use error::{NumError, NumResult};
