//! Universal functions: element-wise operations with numpy's loops,
//! type rules and floating-point error reporting.

pub mod binary;
pub mod map;
pub mod unary;

pub use binary::{apply_binary, Binary};
pub use unary::{apply_unary, Unary};

use num_traits::Float;

use crate::array::NdArray;
use crate::element::Element;

/// The IEEE exceptions an operation raised, which numpy reports as
/// RuntimeWarnings ("divide by zero encountered in divide") or errors,
/// as `np.seterr` says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FpFlags {
    pub divide: bool,
    pub overflow: bool,
    pub underflow: bool,
    pub invalid: bool,
}

impl FpFlags {
    pub fn any(self) -> bool {
        self.divide || self.overflow || self.underflow || self.invalid
    }
}

/// Sets the flags a float binary operation raised, judged from its
/// operands and results as the hardware would: a non-finite result from
/// finite operands is a division by zero (for divisions) or an overflow,
/// a NaN from non-NaN operands is an invalid operation.
fn check_float_results<T: Element + Float>(
    op: Binary,
    a: &NdArray,
    b: &NdArray,
    shape: &[usize],
    out: &[T],
    flags: &mut FpFlags,
) {
    if out.iter().all(|x| x.is_finite()) {
        return;
    }
    let xs = map::with_elements(a, shape, |v: &[T]| v.to_vec());
    let ys = map::with_elements(b, shape, |v: &[T]| v.to_vec());
    let division = matches!(op, Binary::TrueDivide | Binary::FloorDivide | Binary::Remainder | Binary::Fmod);
    for ((&x, &y), &r) in xs.iter().zip(&ys).zip(out) {
        if r.is_finite() {
            continue;
        }
        if r.is_nan() {
            if !x.is_nan() && !y.is_nan() {
                flags.invalid = true;
            }
        } else if x.is_finite() && y.is_finite() {
            if division && y == T::zero() || op == Binary::Power && x == T::zero() {
                flags.divide = true;
            } else {
                flags.overflow = true;
            }
        }
    }
}
