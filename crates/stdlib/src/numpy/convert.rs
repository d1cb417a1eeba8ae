//! Between Python values and arrays: nested sequences and numbers to
//! arrays (numpy's dtype discovery), array elements back to Python.

use ferropy_numeric::error::shape_text;
use ferropy_numeric::{DType, Data, NdArray, Scalar};
use ferropy_runtime::object::Payload;
use ferropy_runtime::types::int::{as_int, IntVal};
use ferropy_runtime::types::list::ListStorage;
use ferropy_runtime::{PyResult, Value, Vm};
use num_complex::Complex64;
use num_traits::ToPrimitive;

use super::array_of;

/// The dtype and value of a Python number, or of a numpy scalar or 0-d
/// array; None for anything else.
pub fn python_scalar(vm: &mut Vm, v: &Value) -> PyResult<Option<(DType, Scalar)>> {
    Ok(Some(match v {
        Value::Bool(b) => (DType::Bool, Scalar::Bool(b.get())),
        Value::Int(i) => (DType::Int64, Scalar::Int(*i)),
        Value::Float(f) => (DType::Float64, Scalar::Float(f.get())),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => (DType::Float64, Scalar::Float(*f)),
            Payload::Complex(c) => (DType::Complex128, Scalar::Complex(Complex64::new(c.re, c.im))),
            Payload::Int(_) => match as_int(v) {
                Some(IntVal::Small(i)) => (DType::Int64, Scalar::Int(i)),
                Some(IntVal::Big(b)) => match b.to_u64() {
                    Some(u) => (DType::UInt64, Scalar::UInt(u)),
                    None => return Err(vm.overflow_error("Python int too large to convert to C long")),
                },
                None => return Ok(None),
            },
            Payload::Native(_) => match array_of(v) {
                Some(a) if a.ndim() == 0 => (a.dtype(), a.first()),
                _ => return Ok(None),
            },
            _ => return Ok(None),
        },
        _ => return Ok(None),
    }))
}

/// An operand of an operation: its array, and its value when it is a
/// scalar (for numpy's value-based casting).
pub fn operand(vm: &mut Vm, v: &Value) -> PyResult<(NdArray, Option<Scalar>)> {
    if let Some(a) = array_of(v) {
        let value = if a.ndim() == 0 { Some(a.first()) } else { None };
        return Ok((a, value));
    }
    if let Some((dtype, value)) = python_scalar(vm, v)? {
        return Ok((NdArray::scalar(dtype, value), Some(value)));
    }
    let a = to_array(vm, v, None)?;
    let value = if a.ndim() == 0 { Some(a.first()) } else { None };
    Ok((a, value))
}

/// `np.asarray(v, dtype)`: the array itself when it already is one of
/// that dtype, else a new array from nested sequences and numbers.
pub fn to_array(vm: &mut Vm, v: &Value, dtype: Option<DType>) -> PyResult<NdArray> {
    if let Some(a) = array_of(v) {
        return Ok(match dtype {
            Some(d) if d != a.dtype() => a.copy_as(d),
            _ => a,
        });
    }
    // A list of floats is read straight from its unboxed storage.
    if let Value::Obj(o) = v {
        if let Some(cell) = ferropy_runtime::types::list::storage(o) {
            let floats = match &*cell.borrow() {
                ListStorage::Floats(f) => Some(f.clone()),
                _ => None,
            };
            if let Some(f) = floats {
                let n = f.len();
                let a = NdArray::from_vec(f, vec![n]);
                return Ok(match dtype {
                    Some(d) if d != DType::Float64 => a.copy_as(d),
                    _ => a,
                });
            }
        }
    }
    let mut shape = Vec::new();
    let mut leaves = Vec::new();
    collect(vm, v, 0, &mut shape, &mut leaves)?;
    let dtype = match dtype {
        Some(d) => d,
        None => leaves.iter().map(|(d, _)| *d).reduce(DType::promote).unwrap_or(DType::Float64),
    };
    let mut data = Data::zeros(dtype, leaves.len());
    for (i, (_, value)) in leaves.iter().enumerate() {
        data.set(i, *value);
    }
    Ok(NdArray::from_data(data, shape))
}

fn inhomogeneous(vm: &mut Vm, depth: usize, shape: &[usize]) -> ferropy_runtime::PyErr {
    vm.value_error(format!(
        "setting an array element with a sequence. The requested array has an inhomogeneous shape after {depth} dimensions. The detected shape was {} + inhomogeneous part.",
        shape_text(&shape[..depth])
    ))
}

/// Walks nested sequences, recording the shape from the first element of
/// each level and every number in C order.
fn collect(
    vm: &mut Vm,
    v: &Value,
    depth: usize,
    shape: &mut Vec<usize>,
    leaves: &mut Vec<(DType, Scalar)>,
) -> PyResult<()> {
    if let Some(leaf) = python_scalar(vm, v)? {
        if depth < shape.len() {
            return Err(inhomogeneous(vm, depth, shape));
        }
        leaves.push(leaf);
        return Ok(());
    }
    if let Some(a) = array_of(v) {
        let items: Vec<Scalar> = a.scalars();
        nested_shape(vm, depth, shape, &a.shape)?;
        leaves.extend(items.into_iter().map(|s| (a.dtype(), s)));
        return Ok(());
    }
    let is_sequence = matches!(v.payload(), Some(Payload::List(_)) | Some(Payload::Tuple(_)));
    if !is_sequence {
        let type_name = vm.class_of(v).clone();
        let name = ferropy_runtime::types::type_::type_name(&type_name);
        if name == "str" || name == "bytes" {
            return Err(vm.not_implemented_error(format!(
                "numpy arrays of {name} are not implemented in ferropy yet (only bool, integer, float and complex dtypes)"
            )));
        }
        return Err(vm.not_implemented_error(format!(
            "numpy arrays of objects ('{name}' elements, dtype=object) are not implemented in ferropy yet"
        )));
    }
    let items = vm.collect(v)?;
    if depth == shape.len() {
        if !leaves.is_empty() {
            return Err(inhomogeneous(vm, depth, shape));
        }
        shape.push(items.len());
    } else if shape[depth] != items.len() {
        return Err(inhomogeneous(vm, depth, shape));
    }
    for item in &items {
        collect(vm, item, depth + 1, shape, leaves)?;
    }
    Ok(())
}

/// Checks (or records) the shape an array element adds at `depth`.
fn nested_shape(vm: &mut Vm, depth: usize, shape: &mut Vec<usize>, inner: &[usize]) -> PyResult<()> {
    for (k, &n) in inner.iter().enumerate() {
        let level = depth + k;
        if level == shape.len() {
            shape.push(n);
        } else if shape[level] != n {
            return Err(inhomogeneous(vm, level, shape));
        }
    }
    Ok(())
}

/// A Python number for an element (`tolist`, `item`).
pub fn to_python(vm: &mut Vm, value: Scalar) -> Value {
    match value {
        Scalar::Bool(b) => Value::bool(b),
        Scalar::Int(i) => Value::Int(i),
        Scalar::UInt(u) => match i64::try_from(u) {
            Ok(i) => Value::Int(i),
            Err(_) => vm.new_int_big(num_bigint::BigInt::from(u)),
        },
        Scalar::Float(f) => Value::float(f),
        Scalar::Complex(c) => ferropy_runtime::types::complex::new_complex(c.re, c.im),
    }
}

/// `a.tolist()`: nested lists of Python numbers.
pub fn to_list(vm: &mut Vm, a: &NdArray) -> Value {
    let values = a.scalars();
    let mut at = 0;
    build(vm, &a.shape, &values, &mut at)
}

fn build(vm: &mut Vm, shape: &[usize], values: &[Scalar], at: &mut usize) -> Value {
    if shape.is_empty() {
        let v = to_python(vm, values[*at]);
        *at += 1;
        return v;
    }
    let items: Vec<Value> = (0..shape[0]).map(|_| build(vm, &shape[1..], values, at)).collect();
    vm.new_list(items)
}

/// A dtype named by a string or given as None (the default).
pub fn dtype_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<DType>> {
    if v.is_none() {
        return Ok(None);
    }
    let Some(name) = ferropy_runtime::types::str::as_str(v).map(str::to_string) else {
        return Err(vm.type_error("a dtype must be given by name to the native part"));
    };
    match DType::from_name(&name) {
        Some(d) => Ok(Some(d)),
        None => Err(vm.type_error(format!("data type '{name}' not understood"))),
    }
}

/// A shape: an int or a sequence of ints.
pub fn shape_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<isize>> {
    let items = match v {
        Value::Int(_) | Value::Bool(_) => vec![v.clone()],
        _ if array_of(v).is_some_and(|a| a.ndim() == 0) => vec![v.clone()],
        _ => vm.collect(v)?,
    };
    let mut out = Vec::with_capacity(items.len());
    for item in &items {
        let n = ferropy_runtime::protocol::number::index_i64(vm, item)?;
        out.push(n as isize);
    }
    Ok(out)
}
