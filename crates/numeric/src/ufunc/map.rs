//! Element-wise loops over (broadcast) operands: contiguous operands go
//! straight over their slices, split across cores when large; any other
//! layout is first gathered into C order.

use rayon::prelude::*;

use crate::array::NdArray;
use crate::element::Element;

/// Operands this large are split across the rayon pool's threads.
pub const PARALLEL_MIN: usize = 1 << 16;

/// Calls `f` with the elements of `array` stretched to `shape` in C
/// order as `T`: the array's own memory when it already is that, else a
/// gathered copy.
pub fn with_elements<T: Element, R>(array: &NdArray, shape: &[usize], f: impl FnOnce(&[T]) -> R) -> R {
    if array.shape.as_slice() == shape && array.is_c_contiguous() {
        let data = array.read();
        if let Some(all) = T::data_slice(&data) {
            return f(&all[array.offset..array.offset + array.size()]);
        }
    }
    let gathered = if array.shape.as_slice() == shape {
        array.to_vec::<T>()
    } else {
        array.broadcast_to(shape).expect("operands were broadcast-checked").to_vec::<T>()
    };
    f(&gathered)
}

/// `f` of each element of `a`.
pub fn map1<T: Element, R: Element>(a: &[T], f: impl Fn(T) -> R + Sync + Send) -> Vec<R> {
    if a.len() >= PARALLEL_MIN {
        a.par_iter().with_min_len(PARALLEL_MIN / 4).map(|&x| f(x)).collect()
    } else {
        a.iter().map(|&x| f(x)).collect()
    }
}

/// `f` of each pair of elements of `a` and `b` (of equal length).
pub fn map2<T: Element, R: Element>(a: &[T], b: &[T], f: impl Fn(T, T) -> R + Sync + Send) -> Vec<R> {
    if a.len() >= PARALLEL_MIN {
        a.par_iter().zip(b.par_iter()).with_min_len(PARALLEL_MIN / 4).map(|(&x, &y)| f(x, y)).collect()
    } else {
        a.iter().zip(b).map(|(&x, &y)| f(x, y)).collect()
    }
}

/// Reads two operands as `T` in the broadcast `shape` and maps them with
/// `f`; a one-element operand is not stretched but passed as a constant.
pub fn binary_loop<T: Element, R: Element>(
    a: &NdArray,
    b: &NdArray,
    shape: &[usize],
    f: impl Fn(T, T) -> R + Sync + Send,
) -> Vec<R> {
    let n: usize = shape.iter().product();
    if b.size() == 1 && n > 1 {
        let y = b.to_vec::<T>()[0];
        return with_elements(a, shape, |xs: &[T]| map1(xs, |x| f(x, y)));
    }
    if a.size() == 1 && n > 1 {
        let x = a.to_vec::<T>()[0];
        return with_elements(b, shape, |ys: &[T]| map1(ys, |y| f(x, y)));
    }
    with_elements(a, shape, |xs: &[T]| with_elements(b, shape, |ys: &[T]| map2(xs, ys, &f)))
}
