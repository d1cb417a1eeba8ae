//! The n-dimensional array: a strided view of a shared buffer. Slicing,
//! transposing and broadcasting make new views of the same buffer (as
//! numpy's do); operations that need their own memory copy.
//!
//! Strides and the offset count elements, not bytes (numpy's `strides`
//! are these times the item size): every view ferropy makes is aligned
//! to its elements.

use std::sync::{Arc, RwLock, RwLockReadGuard, RwLockWriteGuard};

use crate::broadcast::stretch;
use crate::dtype::DType;
use crate::element::{Data, Element, Scalar};
use crate::error::{shape_text, NumError, NumResult};
use crate::with_element_type;

/// A buffer that several arrays may view.
pub type Buffer = Arc<RwLock<Data>>;

#[derive(Clone, Debug)]
pub struct NdArray {
    pub buffer: Buffer,
    pub shape: Vec<usize>,
    pub strides: Vec<isize>,
    pub offset: usize,
    /// False for views numpy makes read-only (broadcast_to, frombuffer).
    pub writeable: bool,
}

/// The C-order (row-major) strides of a contiguous array of `shape`.
pub fn c_strides(shape: &[usize]) -> Vec<isize> {
    let mut strides = vec![0isize; shape.len()];
    let mut step = 1isize;
    for i in (0..shape.len()).rev() {
        strides[i] = step;
        step *= shape[i].max(1) as isize;
    }
    strides
}

/// Calls `f` with the element offset of every index of an array of
/// `shape`/`strides` starting at `offset`, in C order.
pub fn for_each_offset(shape: &[usize], strides: &[isize], offset: usize, mut f: impl FnMut(usize)) {
    if shape.contains(&0) {
        return;
    }
    let ndim = shape.len();
    if ndim == 0 {
        f(offset);
        return;
    }
    let inner = shape[ndim - 1];
    let inner_stride = strides[ndim - 1];
    let mut index = vec![0usize; ndim - 1];
    let mut base = offset as isize;
    loop {
        let mut at = base;
        for _ in 0..inner {
            f(at as usize);
            at += inner_stride;
        }
        // Advance the outer index like an odometer.
        let mut axis = ndim - 1;
        loop {
            if axis == 0 {
                return;
            }
            axis -= 1;
            index[axis] += 1;
            base += strides[axis];
            if index[axis] < shape[axis] {
                break;
            }
            base -= strides[axis] * shape[axis] as isize;
            index[axis] = 0;
        }
    }
}

impl NdArray {
    /// A C-contiguous array owning `data`, which holds `shape`'s product
    /// of elements.
    pub fn from_data(data: Data, shape: Vec<usize>) -> NdArray {
        debug_assert_eq!(data.len(), shape.iter().product::<usize>());
        let strides = c_strides(&shape);
        NdArray { buffer: Arc::new(RwLock::new(data)), shape, strides, offset: 0, writeable: true }
    }

    pub fn from_vec<T: Element>(values: Vec<T>, shape: Vec<usize>) -> NdArray {
        NdArray::from_data(T::vec_into_data(values), shape)
    }

    pub fn zeros(dtype: DType, shape: Vec<usize>) -> NdArray {
        let n = shape.iter().product();
        NdArray::from_data(Data::zeros(dtype, n), shape)
    }

    pub fn full(dtype: DType, shape: Vec<usize>, value: Scalar) -> NdArray {
        let n = shape.iter().product();
        NdArray::from_data(Data::filled(dtype, n, value), shape)
    }

    pub fn scalar(dtype: DType, value: Scalar) -> NdArray {
        NdArray::full(dtype, Vec::new(), value)
    }

    pub fn dtype(&self) -> DType {
        self.read().dtype()
    }

    pub fn ndim(&self) -> usize {
        self.shape.len()
    }

    pub fn size(&self) -> usize {
        self.shape.iter().product()
    }

    pub fn read(&self) -> RwLockReadGuard<'_, Data> {
        self.buffer.read().unwrap_or_else(|e| e.into_inner())
    }

    pub fn write(&self) -> RwLockWriteGuard<'_, Data> {
        self.buffer.write().unwrap_or_else(|e| e.into_inner())
    }

    pub fn shares_buffer(&self, other: &NdArray) -> bool {
        Arc::ptr_eq(&self.buffer, &other.buffer)
    }

    pub fn is_c_contiguous(&self) -> bool {
        let mut step = 1isize;
        for i in (0..self.ndim()).rev() {
            if self.shape[i] != 1 && self.strides[i] != step {
                return false;
            }
            step *= self.shape[i] as isize;
        }
        true
    }

    pub fn is_f_contiguous(&self) -> bool {
        let mut step = 1isize;
        for i in 0..self.ndim() {
            if self.shape[i] != 1 && self.strides[i] != step {
                return false;
            }
            step *= self.shape[i] as isize;
        }
        true
    }

    /// Another view of the same buffer.
    pub fn view(&self, shape: Vec<usize>, strides: Vec<isize>, offset: usize) -> NdArray {
        NdArray { buffer: self.buffer.clone(), shape, strides, offset, writeable: self.writeable }
    }

    pub fn for_each_offset(&self, f: impl FnMut(usize)) {
        for_each_offset(&self.shape, &self.strides, self.offset, f)
    }

    /// The elements in C order, converted to `T`.
    pub fn to_vec<T: Element>(&self) -> Vec<T> {
        let data = self.read();
        with_element_type!(data.dtype(), S => {
            let source = S::data_slice(&data).expect("dtype matches");
            if self.is_c_contiguous() {
                let part = &source[self.offset..self.offset + self.size()];
                if S::DTYPE == T::DTYPE {
                    // Same type: a plain copy (T::data_slice gives the same slice typed as T).
                    return T::data_slice(&data).expect("same dtype")[self.offset..self.offset + self.size()].to_vec();
                }
                return part.iter().map(|x| T::from_scalar(x.to_scalar())).collect();
            }
            let mut out = Vec::with_capacity(self.size());
            self.for_each_offset(|i| out.push(T::from_scalar(source[i].to_scalar())));
            out
        })
    }

    /// A C-contiguous copy of this array's elements as `dtype`.
    pub fn to_data(&self, dtype: DType) -> Data {
        with_element_type!(dtype, T => T::vec_into_data(self.to_vec::<T>()))
    }

    /// A new C-contiguous array with these elements (converted to `dtype`).
    pub fn copy_as(&self, dtype: DType) -> NdArray {
        NdArray::from_data(self.to_data(dtype), self.shape.clone())
    }

    pub fn copy(&self) -> NdArray {
        self.copy_as(self.dtype())
    }

    /// This array, or a C-contiguous copy when it is not contiguous.
    pub fn contiguous(&self) -> NdArray {
        if self.is_c_contiguous() {
            self.clone()
        } else {
            self.copy()
        }
    }

    /// The element at a full index (each in range).
    pub fn get(&self, index: &[usize]) -> Scalar {
        let at = self.offset as isize + index.iter().zip(&self.strides).map(|(&i, &s)| i as isize * s).sum::<isize>();
        self.read().get(at as usize)
    }

    /// The only element of a 0-d or one-element array.
    pub fn first(&self) -> Scalar {
        self.read().get(self.offset)
    }

    /// The elements in C order as scalars.
    pub fn scalars(&self) -> Vec<Scalar> {
        let data = self.read();
        let mut out = Vec::with_capacity(self.size());
        self.for_each_offset(|i| out.push(data.get(i)));
        out
    }

    /// A view with another shape of the same size (a copy first when the
    /// elements are not contiguous in C order).
    pub fn reshape(&self, shape: Vec<usize>) -> NdArray {
        let source = self.contiguous();
        let strides = c_strides(&shape);
        source.view(shape, strides, source.offset)
    }

    /// A view with the axes in the order `axes`.
    pub fn permute(&self, axes: &[usize]) -> NdArray {
        let shape = axes.iter().map(|&a| self.shape[a]).collect();
        let strides = axes.iter().map(|&a| self.strides[a]).collect();
        self.view(shape, strides, self.offset)
    }

    pub fn transpose(&self) -> NdArray {
        let axes: Vec<usize> = (0..self.ndim()).rev().collect();
        self.permute(&axes)
    }

    /// A read-only view stretched to `shape`.
    pub fn broadcast_to(&self, shape: &[usize]) -> NumResult<NdArray> {
        match stretch(&self.shape, &self.strides, shape) {
            Some(strides) => {
                let mut view = self.view(shape.to_vec(), strides, self.offset);
                if shape != self.shape.as_slice() {
                    view.writeable = false;
                }
                Ok(view)
            }
            None => Err(NumError::Value(format!(
                "operands could not be broadcast together with remapped shapes [original->remapped]: {}  and requested shape {}",
                shape_text(&self.shape),
                shape_text(shape)
            ))),
        }
    }

    /// Writes `source` (broadcast to this view's shape, converted to its
    /// dtype) into this view's elements.
    pub fn assign(&self, source: &NdArray) -> NumResult<()> {
        let Some(strides) = stretch(&source.shape, &source.strides, &self.shape) else {
            return Err(NumError::Value(format!(
                "could not broadcast input array from shape {} into shape {}",
                crate::error::shape_repr(&source.shape),
                crate::error::shape_repr(&self.shape)
            )));
        };
        let dtype = self.dtype();
        // The source read whole first: it may be a view of this buffer.
        let stretched = source.view(self.shape.clone(), strides, source.offset);
        let values = stretched.to_data(dtype);
        let mut data = self.write();
        with_element_type!(dtype, T => {
            let values = T::data_slice(&values).expect("dtype matches");
            let target = T::data_slice_mut(&mut data).expect("dtype matches");
            let mut k = 0;
            for_each_offset(&self.shape, &self.strides, self.offset, |i| {
                target[i] = values[k];
                k += 1;
            });
        });
        Ok(())
    }

    /// Sets every element to `value`.
    pub fn fill(&self, value: Scalar) {
        let mut data = self.write();
        let dtype = data.dtype();
        with_element_type!(dtype, T => {
            let v = T::from_scalar(value);
            let target = T::data_slice_mut(&mut data).expect("dtype matches");
            for_each_offset(&self.shape, &self.strides, self.offset, |i| target[i] = v);
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn views_share_and_iterate_in_c_order() {
        let a = NdArray::from_vec((0..6).map(|i| i as i64).collect(), vec![2, 3]);
        let t = a.transpose();
        assert_eq!(t.shape, vec![3, 2]);
        assert_eq!(t.to_vec::<i64>(), vec![0, 3, 1, 4, 2, 5]);
        assert!(!t.is_c_contiguous() && t.is_f_contiguous());
        let row = a.view(vec![3], vec![1], 3);
        row.fill(Scalar::Int(9));
        assert_eq!(a.to_vec::<i64>(), vec![0, 1, 2, 9, 9, 9]);
        let column = NdArray::from_vec(vec![1.5f64, 2.5], vec![2, 1]);
        a.assign(&column).unwrap();
        assert_eq!(a.to_vec::<i64>(), vec![1, 1, 1, 2, 2, 2]);
    }

    #[test]
    fn assignment_from_an_overlapping_view_reads_first() {
        let a = NdArray::from_vec(vec![1i64, 2, 3, 4], vec![4]);
        let head = a.view(vec![3], vec![1], 0);
        let tail = a.view(vec![3], vec![1], 1);
        tail.assign(&head).unwrap();
        assert_eq!(a.to_vec::<i64>(), vec![1, 1, 2, 3]);
    }
}
