//! Indexing (`a[key]`, `a[key] = value`) with numpy's rules: integers,
//! slices, `...` and `None` make views; integer and boolean arrays
//! ("advanced" indices, broadcast together) select copies. Also matmul.

use ferropy_numeric::broadcast::broadcast_shapes;
use ferropy_numeric::error::shape_text;
use ferropy_numeric::{DType, NdArray, NumError, NumResult, Scalar};
use ferropy_runtime::object::Payload;
use ferropy_runtime::protocol::args;
use ferropy_runtime::types::builtin_function::{KwArgs, NativeFn};
use ferropy_runtime::types::slice;
use ferropy_runtime::{PyResult, Value, Vm};

use super::convert::{operand, to_array};
use super::{array_of, raise, result, wrap};

const VALID_INDICES: &str =
    "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices";

enum Item {
    Int(i64),
    Slice(Value),
    NewAxis,
    Ellipsis,
    /// An integer array, or a boolean mask over `ndim` axes.
    Array(NdArray),
}

impl Item {
    /// How many axes of the array this item uses up.
    fn axes(&self) -> usize {
        match self {
            Item::Int(_) | Item::Slice(_) => 1,
            Item::Array(a) if a.dtype() == DType::Bool => a.ndim(),
            Item::Array(_) => 1,
            Item::NewAxis | Item::Ellipsis => 0,
        }
    }
}

fn parse_item(vm: &mut Vm, v: &Value) -> PyResult<Item> {
    match v {
        Value::None => return Ok(Item::NewAxis),
        Value::Int(i) => return Ok(Item::Int(*i)),
        Value::Bool(b) => return Ok(Item::Array(NdArray::scalar(DType::Bool, Scalar::Bool(b.get())))),
        _ => {}
    }
    if let Value::Obj(o) = v {
        if ferropy_runtime::Obj::ptr_eq(o, &vm.ellipsis) {
            return Ok(Item::Ellipsis);
        }
        if matches!(o.payload, Payload::Slice(..)) {
            return Ok(Item::Slice(v.clone()));
        }
        if matches!(o.payload, Payload::List(_)) || array_of(v).is_some() {
            let a = to_array(vm, v, None)?;
            if a.ndim() == 0 && a.dtype().is_integer() {
                return Ok(Item::Int(match a.first() {
                    Scalar::Int(i) => i,
                    Scalar::UInt(u) => u as i64,
                    _ => 0,
                }));
            }
            if !(a.dtype().is_integer() || a.dtype() == DType::Bool) {
                if a.size() == 0 && matches!(o.payload, Payload::List(_)) {
                    return Ok(Item::Array(NdArray::zeros(DType::Int64, a.shape.clone())));
                }
                return Err(vm.index_error("arrays used as indices must be of integer (or boolean) type"));
            }
            return Ok(Item::Array(a));
        }
    }
    // Anything with __index__ is an integer.
    match ferropy_runtime::protocol::number::index_i64(vm, v) {
        Ok(i) => Ok(Item::Int(i)),
        Err(_) => Err(vm.index_error(VALID_INDICES)),
    }
}

fn parse_key(vm: &mut Vm, key: &Value) -> PyResult<Vec<Item>> {
    if let Some(items) = ferropy_runtime::types::tuple::items(key) {
        let items = items.to_vec();
        return items.iter().map(|v| parse_item(vm, v)).collect();
    }
    Ok(vec![parse_item(vm, key)?])
}

/// Where an index selects elements: a view (basic indexing), or the
/// offsets of each selected element in C order with the result's shape.
enum Selection {
    View(NdArray),
    Gather { shape: Vec<usize>, offsets: Vec<usize> },
}

fn select(vm: &mut Vm, a: &NdArray, items: Vec<Item>) -> PyResult<Selection> {
    let used: usize = items.iter().map(Item::axes).sum();
    let ellipses = items.iter().filter(|i| matches!(i, Item::Ellipsis)).count();
    if ellipses > 1 {
        return Err(vm.index_error("an index can only have a single ellipsis ('...')"));
    }
    if used > a.ndim() {
        return Err(vm.index_error(format!(
            "too many indices for array: array is {}-dimensional, but {} were indexed",
            a.ndim(),
            used
        )));
    }
    let mut items = items;
    let fill = a.ndim() - used;
    match items.iter().position(|i| matches!(i, Item::Ellipsis)) {
        Some(at) => {
            items.splice(
                at..=at,
                (0..fill).map(|_| Item::Slice(slice::new_slice(Value::None, Value::None, Value::None))),
            );
        }
        None => items.extend((0..fill).map(|_| Item::Slice(slice::new_slice(Value::None, Value::None, Value::None)))),
    }
    let mut shape = Vec::new();
    let mut strides = Vec::new();
    let mut offset = a.offset as isize;
    // (position among the output axes, size and stride of the source axis, indices)
    let mut advanced: Vec<(usize, usize, isize, usize, NdArray)> = Vec::new();
    let mut axis = 0;
    for item in items {
        match item {
            Item::Int(i) => {
                let n = a.shape[axis] as i64;
                let at = if i < 0 { i + n } else { i };
                if at < 0 || at >= n {
                    return Err(vm.index_error(format!("index {i} is out of bounds for axis {axis} with size {n}")));
                }
                offset += at as isize * a.strides[axis];
                axis += 1;
            }
            Item::Slice(s) => {
                let (start, stop, step) = slice::indices(vm, &s, a.shape[axis])?;
                let len = slice::slice_len(start, stop, step);
                if len > 0 {
                    offset += start as isize * a.strides[axis];
                }
                shape.push(len);
                strides.push(a.strides[axis] * step as isize);
                axis += 1;
            }
            Item::NewAxis => {
                shape.push(1);
                strides.push(0);
            }
            Item::Ellipsis => {}
            // A 0-d mask (`a[True]`) adds an axis of length 1 or 0.
            Item::Array(index) if index.dtype() == DType::Bool && index.ndim() == 0 => {
                shape.push(index.first().is_true() as usize);
                strides.push(0);
            }
            Item::Array(index) if index.dtype() == DType::Bool => {
                let k = index.ndim();
                let mask = index;
                for d in 0..k {
                    if mask.shape[d] != a.shape[axis + d] {
                        return Err(vm.index_error(format!(
                            "boolean index did not match indexed array along dimension {}; dimension is {} but corresponding boolean dimension is {}",
                            axis + d,
                            a.shape[axis + d],
                            mask.shape[d]
                        )));
                    }
                }
                for (d, positions) in true_positions(&mask).into_iter().enumerate() {
                    let n = positions.len();
                    advanced.push((
                        shape.len(),
                        a.shape[axis + d],
                        a.strides[axis + d],
                        axis + d,
                        NdArray::from_vec(positions, vec![n]),
                    ));
                }
                axis += k;
            }
            Item::Array(index) => {
                advanced.push((shape.len(), a.shape[axis], a.strides[axis], axis, index));
                axis += 1;
            }
        }
    }
    if advanced.is_empty() {
        return Ok(Selection::View(a.view(shape, strides, offset as usize)));
    }
    let index_shapes: Vec<&[usize]> = advanced.iter().map(|(_, _, _, _, ix)| ix.shape.as_slice()).collect();
    let broadcast = match broadcast_shapes(&index_shapes) {
        Ok(s) => s,
        Err(_) => {
            let names: Vec<String> = index_shapes.iter().map(|s| shape_text(s)).collect();
            return Err(vm.index_error(format!(
                "shape mismatch: indexing arrays could not be broadcast together with shapes {} ",
                names.join(" ")
            )));
        }
    };
    let count: usize = broadcast.iter().product();
    // The offset each broadcast index position adds.
    let mut adv_offsets = vec![0isize; count];
    for (_, size, stride, source_axis, index) in &advanced {
        let stretched = index.broadcast_to(&broadcast).map_err(|e| raise(vm, e))?;
        let values = stretched.to_vec::<i64>();
        for (slot, &i) in adv_offsets.iter_mut().zip(&values) {
            let n = *size as i64;
            let at = if i < 0 { i + n } else { i };
            if at < 0 || at >= n {
                return Err(vm.index_error(format!("index {i} is out of bounds for axis {source_axis} with size {n}")));
            }
            *slot += at as isize * stride;
        }
    }
    let positions: Vec<usize> = advanced.iter().map(|(p, ..)| *p).collect();
    let adjacent = positions.windows(2).all(|w| w[1] == w[0]);
    let split = if adjacent { positions[0] } else { 0 };
    let (pre_shape, post_shape) = shape.split_at(split);
    let (pre_strides, post_strides) = strides.split_at(split);
    let mut result_shape = pre_shape.to_vec();
    result_shape.extend_from_slice(&broadcast);
    result_shape.extend_from_slice(post_shape);
    let pre = relative(pre_shape, pre_strides);
    let post = relative(post_shape, post_strides);
    let mut offsets = Vec::with_capacity(pre.len() * count * post.len());
    for &p in &pre {
        for &b in &adv_offsets {
            for &q in &post {
                offsets.push((offset + p + b + q) as usize);
            }
        }
    }
    Ok(Selection::Gather { shape: result_shape, offsets })
}

/// The indices of the true (non-zero) elements of `mask`, in C order:
/// one list per axis.
fn true_positions(mask: &NdArray) -> Vec<Vec<i64>> {
    let ndim = mask.ndim();
    let mut per_axis: Vec<Vec<i64>> = vec![Vec::new(); ndim];
    let mut index = vec![0usize; ndim];
    for truth in mask.to_vec::<bool>() {
        if truth {
            for d in 0..ndim {
                per_axis[d].push(index[d] as i64);
            }
        }
        for d in (0..ndim).rev() {
            index[d] += 1;
            if index[d] < mask.shape[d] {
                break;
            }
            index[d] = 0;
        }
    }
    per_axis
}

/// Element offsets (relative, possibly negative) of an index space in C order.
fn relative(shape: &[usize], strides: &[isize]) -> Vec<isize> {
    let mut out = vec![0isize];
    for (&n, &s) in shape.iter().zip(strides) {
        out = out.iter().flat_map(|&o| (0..n).map(move |i| o + i as isize * s)).collect();
    }
    out
}

/// `getitem(a, key)`.
fn getitem(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "getitem", a, 2, 2)?;
    let Some(x) = array_of(&a[0]) else {
        return Err(vm.type_error("getitem() expects an array"));
    };
    let items = parse_key(vm, &a[1])?;
    match select(vm, &x, items)? {
        Selection::View(view) => result(vm, view),
        Selection::Gather { shape, offsets } => {
            let data = x.read();
            let gathered = ferropy_numeric::with_element_type!(data.dtype(), T => {
                let source = <T as ferropy_numeric::Element>::data_slice(&data).expect("dtype matches");
                <T as ferropy_numeric::Element>::vec_into_data(offsets.iter().map(|&o| source[o]).collect())
            });
            drop(data);
            result(vm, NdArray::from_data(gathered, shape))
        }
    }
}

/// `setitem(a, key, value)`.
fn setitem(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "setitem", a, 3, 3)?;
    let Some(x) = array_of(&a[0]) else {
        return Err(vm.type_error("setitem() expects an array"));
    };
    if !x.writeable {
        return Err(vm.value_error("assignment destination is read-only"));
    }
    let (value, _) = operand(vm, &a[2])?;
    let items = parse_key(vm, &a[1])?;
    match select(vm, &x, items)? {
        Selection::View(view) => view.assign(&value).map_err(|e| raise(vm, e))?,
        Selection::Gather { shape, offsets } => {
            let Some(strides) = ferropy_numeric::broadcast::stretch(&value.shape, &value.strides, &shape) else {
                return Err(raise(
                    vm,
                    NumError::Value(format!(
                        "shape mismatch: value array of shape {} could not be broadcast to indexing result of shape {}",
                        shape_text(&value.shape),
                        shape_text(&shape)
                    )),
                ));
            };
            let values = value.view(shape, strides, value.offset).to_data(x.dtype());
            let mut data = x.write();
            ferropy_numeric::with_element_type!(values.dtype(), T => {
                let source = <T as ferropy_numeric::Element>::data_slice(&values).expect("dtype matches");
                let target = <T as ferropy_numeric::Element>::data_slice_mut(&mut data).expect("dtype matches");
                for (&o, &v) in offsets.iter().zip(source) {
                    target[o] = v;
                }
            });
        }
    }
    Ok(Value::None)
}

/// `a @ b` (numpy.matmul) for arrays of one or more dimensions.
pub fn matmul(x: &NdArray, y: &NdArray) -> NumResult<NdArray> {
    if x.ndim() == 0 || y.ndim() == 0 {
        let which = if x.ndim() == 0 { 0 } else { 1 };
        return Err(NumError::Value(format!(
            "matmul: Input operand {which} does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)"
        )));
    }
    let dtype = x.dtype().promote(y.dtype());
    let a = if x.ndim() == 1 { x.reshape(vec![1, x.shape[0]]) } else { x.clone() };
    let b = if y.ndim() == 1 { y.reshape(vec![y.shape[0], 1]) } else { y.clone() };
    let (n, k) = (a.shape[a.ndim() - 2], a.shape[a.ndim() - 1]);
    let (k2, m) = (b.shape[b.ndim() - 2], b.shape[b.ndim() - 1]);
    if k != k2 {
        return Err(NumError::Value(format!(
            "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size {k2} is different from {k})"
        )));
    }
    let stack_a = &a.shape[..a.ndim() - 2];
    let stack_b = &b.shape[..b.ndim() - 2];
    let stack = broadcast_shapes(&[stack_a, stack_b])?;
    let mut full_a = stack.clone();
    full_a.extend([n, k]);
    let mut full_b = stack.clone();
    full_b.extend([k, m]);
    let a = a.broadcast_to(&full_a)?;
    let b = b.broadcast_to(&full_b)?;
    let count: usize = stack.iter().product();
    let data = ferropy_numeric::with_element_type!(dtype, T => {
        let av = a.to_vec::<T>();
        let bv = b.to_vec::<T>();
        let mut out = vec![<T as ferropy_numeric::Element>::ZERO; count * n * m];
        for s in 0..count {
            let (ab, bb, ob) = (s * n * k, s * k * m, s * n * m);
            for i in 0..n {
                for p in 0..k {
                    let left = av[ab + i * k + p];
                    for j in 0..m {
                        out[ob + i * m + j] = dot_step(out[ob + i * m + j], left, bv[bb + p * m + j]);
                    }
                }
            }
        }
        <T as ferropy_numeric::Element>::vec_into_data(out)
    });
    let mut shape = stack;
    if x.ndim() > 1 {
        shape.push(n);
    }
    if y.ndim() > 1 {
        shape.push(m);
    }
    Ok(NdArray::from_data(data, shape))
}

/// `acc + x * y` in an element type (bools: or of ands).
fn dot_step<T: ferropy_numeric::Element>(acc: T, x: T, y: T) -> T {
    let (acc, x, y) = (acc.to_scalar(), x.to_scalar(), y.to_scalar());
    let value = match (acc, x, y) {
        (Scalar::Bool(a), Scalar::Bool(b), Scalar::Bool(c)) => Scalar::Bool(a | (b & c)),
        (Scalar::Int(a), Scalar::Int(b), Scalar::Int(c)) => Scalar::Int(a.wrapping_add(b.wrapping_mul(c))),
        (Scalar::UInt(a), Scalar::UInt(b), Scalar::UInt(c)) => Scalar::UInt(a.wrapping_add(b.wrapping_mul(c))),
        (Scalar::Float(a), Scalar::Float(b), Scalar::Float(c)) => Scalar::Float(a + b * c),
        (a, b, c) => Scalar::Complex(a.as_complex() + b.as_complex() * c.as_complex()),
    };
    T::from_scalar(value)
}

/// `nonzero(a)`: a tuple of index arrays, one per axis, of the true
/// (non-zero) elements in C order.
fn nonzero(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "nonzero", a)?;
    let x = match array_of(&v) {
        Some(x) => x,
        None => to_array(vm, &v, None)?,
    };
    let x = if x.ndim() == 0 { x.reshape(vec![1]) } else { x };
    let mut arrays = Vec::new();
    for positions in true_positions(&x) {
        let n = positions.len();
        arrays.push(wrap(vm, NdArray::from_vec(positions, vec![n]))?);
    }
    Ok(vm.new_tuple(arrays))
}

pub const FUNCTIONS: &[(&str, NativeFn)] = &[("getitem", getitem), ("setitem", setitem), ("nonzero", nonzero)];
