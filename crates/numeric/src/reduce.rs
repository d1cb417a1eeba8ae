//! Reductions along axes (sum, prod, min, max, any, all, argmin, argmax),
//! in numpy's order of operations so that float results agree to the
//! last bit: a run of elements contiguous in the innermost axis is summed
//! pairwise (numpy's `pairwise_sum`), runs are then added one after the
//! other, starting from the identity.

use num_complex::Complex;
use num_traits::Float;

use crate::array::{c_strides, NdArray};
use crate::dtype::{DType, Kind};
use crate::element::{Data, Element};
use crate::error::{NumError, NumResult};
use crate::ufunc::map::with_elements;

/// The elements numpy's iterator hands its inner loop at a time
/// (`NPY_BUFSIZE`).
const BUFFER_SIZE: usize = 8192;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reduce {
    Sum,
    Prod,
    Min,
    Max,
    Any,
    All,
    ArgMin,
    ArgMax,
}

impl Reduce {
    pub fn name(self) -> &'static str {
        match self {
            Reduce::Sum => "sum",
            Reduce::Prod => "prod",
            Reduce::Min => "minimum",
            Reduce::Max => "maximum",
            Reduce::Any => "any",
            Reduce::All => "all",
            Reduce::ArgMin => "argmin",
            Reduce::ArgMax => "argmax",
        }
    }

    /// The dtype numpy accumulates in when none is asked for: sums and
    /// products of small integers and bools use the platform integer.
    pub fn default_dtype(self, dtype: DType) -> DType {
        match self {
            Reduce::Sum | Reduce::Prod => match dtype.kind() {
                Kind::Bool => DType::Int64,
                Kind::Int => DType::Int64,
                Kind::UInt => DType::UInt64,
                _ => dtype,
            },
            Reduce::Any | Reduce::All => DType::Bool,
            Reduce::ArgMin | Reduce::ArgMax => DType::Int64,
            _ => dtype,
        }
    }
}

/// numpy's pairwise summation of a run (blocks of 8 partial sums below
/// 128 elements, halves above).
pub fn pairwise_sum<T: Float>(a: &[T]) -> T {
    let n = a.len();
    if n < 8 {
        let mut sum = T::zero();
        for &x in a {
            sum = sum + x;
        }
        sum
    } else if n <= 128 {
        let mut r = [T::zero(); 8];
        r.copy_from_slice(&a[..8]);
        let mut i = 8;
        while i < n - n % 8 {
            for j in 0..8 {
                r[j] = r[j] + a[i + j];
            }
            i += 8;
        }
        let mut sum = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for &x in &a[i..] {
            sum = sum + x;
        }
        sum
    } else {
        let mut half = n / 2;
        half -= half % 8;
        pairwise_sum(&a[..half]) + pairwise_sum(&a[half..])
    }
}

/// The pairwise sum of complex numbers, as numpy does it: the same steps
/// over the run read as interleaved real and imaginary parts.
pub fn pairwise_sum_complex<F: Float>(a: &[Complex<F>]) -> Complex<F> {
    let floats = a.len() * 2;
    if floats < 8 {
        let mut sum = Complex::new(F::zero(), F::zero());
        for &x in a {
            sum = Complex::new(sum.re + x.re, sum.im + x.im);
        }
        sum
    } else if floats <= 128 {
        let mut r = [a[0], a[1], a[2], a[3]];
        let mut i = 4;
        let whole = a.len() - a.len() % 4;
        while i < whole {
            for j in 0..4 {
                r[j] = Complex::new(r[j].re + a[i + j].re, r[j].im + a[i + j].im);
            }
            i += 4;
        }
        let mut sum =
            Complex::new((r[0].re + r[1].re) + (r[2].re + r[3].re), (r[0].im + r[1].im) + (r[2].im + r[3].im));
        for &x in &a[i..] {
            sum = Complex::new(sum.re + x.re, sum.im + x.im);
        }
        sum
    } else {
        let mut half = floats / 2;
        half -= half % 8;
        let split = half / 2;
        let (x, y) = (pairwise_sum_complex(&a[..split]), pairwise_sum_complex(&a[split..]));
        Complex::new(x.re + y.re, x.im + y.im)
    }
}

/// How the elements of an array are visited for a reduction over
/// `axes`: for each output element, runs of `run` contiguous elements
/// (in C order) at each of `starts`.
struct Plan {
    out_shape: Vec<usize>,
    /// Offsets (in the C-order elements) of each output's first element.
    outputs: Vec<usize>,
    /// Offsets, relative to an output's, of each run it reduces.
    runs: Vec<usize>,
    run: usize,
}

fn plan(shape: &[usize], reduced: &[bool]) -> Plan {
    let ndim = shape.len();
    let strides = c_strides(shape);
    // The innermost reduced axes form contiguous runs.
    let mut inner = ndim;
    while inner > 0 && reduced[inner - 1] {
        inner -= 1;
    }
    let run: usize = shape[inner..].iter().product();
    let offsets = |select: &dyn Fn(usize) -> bool| {
        let axes: Vec<usize> = (0..inner).filter(|&a| select(a)).collect();
        let mut out = vec![0usize];
        for &axis in &axes {
            let step = strides[axis] as usize;
            out = out.iter().flat_map(|&o| (0..shape[axis]).map(move |i| o + i * step)).collect();
        }
        out
    };
    let outputs = offsets(&|a| !reduced[a]);
    let runs = offsets(&|a| reduced[a]);
    let out_shape = (0..ndim).filter(|&a| !reduced[a]).map(|a| shape[a]).collect();
    Plan { out_shape, outputs, runs, run }
}

/// Reduces `a` over `axes` (all when None) with `op`, accumulating in
/// `dtype`. The result has the reduced axes removed.
pub fn reduce(op: Reduce, a: &NdArray, axes: Option<&[usize]>, dtype: DType) -> NumResult<NdArray> {
    let ndim = a.ndim();
    let mut reduced = vec![axes.is_none(); ndim];
    if let Some(axes) = axes {
        for &axis in axes {
            reduced[axis] = true;
        }
    }
    // An F-ordered array is reduced in its memory order, as numpy's
    // iterator would: through its transpose.
    if ndim > 1 && !a.is_c_contiguous() && a.is_f_contiguous() {
        let t = a.transpose();
        let t_axes: Vec<usize> = (0..ndim).filter(|&i| reduced[ndim - 1 - i]).collect();
        let out = reduce(op, &t, Some(&t_axes), dtype)?;
        return Ok(out.transpose().contiguous());
    }
    let size = a.size();
    let empty_reduction = reduced.iter().zip(&a.shape).any(|(&r, &n)| r && n == 0) || (ndim == 0 && size == 0);
    if empty_reduction && matches!(op, Reduce::Min | Reduce::Max | Reduce::ArgMin | Reduce::ArgMax) {
        let what = match op {
            Reduce::ArgMin | Reduce::ArgMax => format!("attempt to get {} of an empty sequence", op.name()),
            _ => format!("zero-size array to reduction operation {} which has no identity", op.name()),
        };
        return Err(NumError::Value(what));
    }
    let p = plan(&a.shape, &reduced);
    let data = match op {
        Reduce::Any | Reduce::All => {
            let values = a.to_vec::<bool>();
            let run = |o: usize, r: usize| &values[o + r..o + r + p.run];
            let out = if op == Reduce::All {
                p.outputs.iter().map(|&o| p.runs.iter().all(|&r| run(o, r).iter().all(|&v| v))).collect()
            } else {
                p.outputs.iter().map(|&o| p.runs.iter().any(|&r| run(o, r).iter().any(|&v| v))).collect()
            };
            Data::Bool(out)
        }
        Reduce::ArgMin | Reduce::ArgMax => arg_reduce(op, a, &p)?,
        _ => crate::with_element_type!(dtype, T => reduce_runs::<T>(op, a, &p)?),
    };
    Ok(NdArray::from_data(data, p.out_shape))
}

/// The running sums or products of `a` along `axis`, in `dtype`
/// (`np.cumsum`, `np.add.accumulate`): each element added to the one
/// before it, in order, as numpy does.
pub fn accumulate(op: Reduce, a: &NdArray, axis: usize, dtype: DType) -> NumResult<NdArray> {
    if !matches!(op, Reduce::Sum | Reduce::Prod) {
        return Err(NumError::NotImplemented(format!(
            "numpy.{}.accumulate is not implemented in ferropy yet",
            op.name()
        )));
    }
    let ndim = a.ndim();
    // The axis last, so that each running total is over one row.
    let mut order: Vec<usize> = (0..ndim).filter(|&i| i != axis).collect();
    order.push(axis);
    let moved = a.permute(&order);
    let n = a.shape[axis];
    let data = crate::with_element_type!(dtype, T => {
        let mut values = moved.to_vec::<T>();
        if n > 0 {
            for row in values.chunks_mut(n) {
                for i in 1..row.len() {
                    row[i] = if op == Reduce::Sum { row[i - 1].add(row[i]) } else { row[i - 1].mul(row[i]) };
                }
            }
        }
        T::vec_into_data(values)
    });
    let result = NdArray::from_data(data, moved.shape.clone());
    // Back to the original axis order.
    let mut inverse = vec![0usize; ndim];
    for (position, &original) in order.iter().enumerate() {
        inverse[original] = position;
    }
    Ok(result.permute(&inverse).contiguous())
}

/// The sum, product, minimum or maximum of each output's runs in `T`.
fn reduce_runs<T: Reducible>(op: Reduce, a: &NdArray, p: &Plan) -> NumResult<Data> {
    let out = with_elements(a, &a.shape, |values: &[T]| {
        p.outputs
            .iter()
            .map(|&o| {
                let mut acc: Option<T> = match op {
                    Reduce::Sum => Some(T::ZERO),
                    Reduce::Prod => Some(T::ONE),
                    _ => None,
                };
                for &r in &p.runs {
                    let run = &values[o + r..o + r + p.run];
                    acc = Some(match (op, acc) {
                        // numpy's reduction loop sees at most a buffer's
                        // worth (8192 elements) at a time: runs are summed
                        // pairwise in chunks of that size, one after the other.
                        (Reduce::Sum, Some(acc)) => chunked_sum(acc, run),
                        (Reduce::Prod, Some(acc)) => run.iter().fold(acc, |x, &y| x.mul(y)),
                        (Reduce::Min, acc) => run.iter().fold(acc.unwrap_or(run[0]), |x, &y| T::pick(x, y, true)),
                        (Reduce::Max, acc) => run.iter().fold(acc.unwrap_or(run[0]), |x, &y| T::pick(x, y, false)),
                        _ => unreachable!("only the four arithmetic reductions accumulate"),
                    });
                }
                acc.unwrap_or(T::ZERO)
            })
            .collect::<Vec<T>>()
    });
    Ok(T::vec_into_data(out))
}

fn arg_reduce(op: Reduce, a: &NdArray, p: &Plan) -> NumResult<Data> {
    let values = a.scalars();
    let better = |x: crate::Scalar, y: crate::Scalar| -> bool {
        // Whether x replaces the best so far y (a NaN, once found, stays).
        let (xf, yf) = (x.as_f64(), y.as_f64());
        if yf.is_nan() {
            return false;
        }
        if xf.is_nan() {
            return true;
        }
        match (x, y) {
            (crate::Scalar::Int(i), crate::Scalar::Int(j)) => {
                if op == Reduce::ArgMin {
                    i < j
                } else {
                    i > j
                }
            }
            (crate::Scalar::UInt(i), crate::Scalar::UInt(j)) => {
                if op == Reduce::ArgMin {
                    i < j
                } else {
                    i > j
                }
            }
            _ => {
                let (xc, yc) = (x.as_complex(), y.as_complex());
                let less = xc.re < yc.re || (xc.re == yc.re && xc.im < yc.im);
                let greater = xc.re > yc.re || (xc.re == yc.re && xc.im > yc.im);
                if op == Reduce::ArgMin {
                    less
                } else {
                    greater
                }
            }
        }
    };
    let out = p
        .outputs
        .iter()
        .map(|&o| {
            let mut best = 0usize;
            let mut k = 0usize;
            for &r in &p.runs {
                for i in 0..p.run {
                    if k > 0 && better(values[o + r + i], values[o + p.runs[best / p.run] + best % p.run]) {
                        best = k;
                    }
                    k += 1;
                }
            }
            best as i64
        })
        .collect();
    Ok(Data::I64(out))
}

/// `acc` plus the sum of `run` in numpy's order: pairwise within chunks
/// of BUFFER_SIZE, the chunks added one after the other. The chunk sums
/// of a long run are computed in parallel; adding them in order keeps the
/// result the same to the bit.
fn chunked_sum<T: Reducible>(acc: T, run: &[T]) -> T {
    use rayon::prelude::*;
    if run.len() >= 16 * BUFFER_SIZE {
        let sums: Vec<T> = run.par_chunks(BUFFER_SIZE).map(T::run_sum).collect();
        return sums.into_iter().fold(acc, T::add);
    }
    run.chunks(BUFFER_SIZE).fold(acc, |acc, chunk| acc.add(T::run_sum(chunk)))
}

/// What a reduction needs of an element type.
trait Reducible: Element {
    fn add(self, other: Self) -> Self;
    fn mul(self, other: Self) -> Self;
    /// The sum of a contiguous run.
    fn run_sum(run: &[Self]) -> Self;
    /// The smaller (`min`) or larger of two, a NaN winning.
    fn pick(x: Self, y: Self, min: bool) -> Self;
}

macro_rules! int_reducible {
    ($($t:ty),*) => {$(
        impl Reducible for $t {
            fn add(self, other: Self) -> Self {
                self.wrapping_add(other)
            }
            fn mul(self, other: Self) -> Self {
                self.wrapping_mul(other)
            }
            fn run_sum(run: &[Self]) -> Self {
                run.iter().fold(0, |x: Self, &y| x.wrapping_add(y))
            }
            fn pick(x: Self, y: Self, min: bool) -> Self {
                if (y < x) == min && y != x { y } else { x }
            }
        }
    )*};
}

int_reducible!(i8, u8, i16, u16, i32, u32, i64, u64);

impl Reducible for bool {
    fn add(self, other: Self) -> Self {
        self | other
    }
    fn mul(self, other: Self) -> Self {
        self & other
    }
    fn run_sum(run: &[Self]) -> Self {
        run.iter().any(|&x| x)
    }
    fn pick(x: Self, y: Self, min: bool) -> Self {
        if min {
            x & y
        } else {
            x | y
        }
    }
}

macro_rules! float_reducible {
    ($($t:ty),*) => {$(
        impl Reducible for $t {
            fn add(self, other: Self) -> Self {
                self + other
            }
            fn mul(self, other: Self) -> Self {
                self * other
            }
            fn run_sum(run: &[Self]) -> Self {
                pairwise_sum(run)
            }
            fn pick(x: Self, y: Self, min: bool) -> Self {
                if x.is_nan() {
                    x
                } else if y.is_nan() || (if min { y < x } else { y > x }) {
                    y
                } else {
                    x
                }
            }
        }
    )*};
}

float_reducible!(f32, f64);

macro_rules! complex_reducible {
    ($($f:ty),*) => {$(
        impl Reducible for Complex<$f> {
            fn add(self, other: Self) -> Self {
                Complex::new(self.re + other.re, self.im + other.im)
            }
            fn mul(self, other: Self) -> Self {
                self * other
            }
            fn run_sum(run: &[Self]) -> Self {
                pairwise_sum_complex(run)
            }
            fn pick(x: Self, y: Self, min: bool) -> Self {
                let nan = |c: Self| c.re.is_nan() || c.im.is_nan();
                if nan(x) {
                    return x;
                }
                let less = y.re < x.re || (y.re == x.re && y.im < x.im);
                let greater = y.re > x.re || (y.re == x.re && y.im > x.im);
                if nan(y) || (if min { less } else { greater }) {
                    y
                } else {
                    x
                }
            }
        }
    )*};
}

complex_reducible!(f32, f64);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_follow_numpy_order() {
        let a = NdArray::from_vec((0..12).map(|i| i as f64).collect(), vec![3, 4]);
        let all = reduce(Reduce::Sum, &a, None, DType::Float64).unwrap();
        assert_eq!(all.to_vec::<f64>(), vec![66.0]);
        let rows = reduce(Reduce::Sum, &a, Some(&[1]), DType::Float64).unwrap();
        assert_eq!(rows.to_vec::<f64>(), vec![6.0, 22.0, 38.0]);
        let columns = reduce(Reduce::Max, &a, Some(&[0]), DType::Float64).unwrap();
        assert_eq!(columns.to_vec::<f64>(), vec![8.0, 9.0, 10.0, 11.0]);
        let arg = reduce(Reduce::ArgMax, &a.transpose(), Some(&[0]), DType::Int64).unwrap();
        assert_eq!(arg.to_vec::<i64>(), vec![3, 3, 3]);
        // -0.0 sums to 0.0: the sum starts from the identity.
        let z = NdArray::from_vec(vec![-0.0f64], vec![1]);
        assert!(reduce(Reduce::Sum, &z, None, DType::Float64).unwrap().to_vec::<f64>()[0].is_sign_positive());
    }
}
