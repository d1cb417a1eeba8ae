//! `_numpy`'s functions: creation, ufuncs, reductions, shapes, printing.
//! lib/numpy/ wraps each in numpy's signature (keyword arguments,
//! defaults, `out=`); these take positional arguments only.

use ferropy_numeric::format::{self, PrintOptions};
use ferropy_numeric::promote::{result_type, Operand};
use ferropy_numeric::reduce::{reduce as reduce_array, Reduce};
use ferropy_numeric::ufunc::{apply_binary, apply_unary, Binary, Unary};
use ferropy_numeric::{DType, NdArray, NumError, Scalar};
use ferropy_runtime::protocol::args;
use ferropy_runtime::types::builtin_function::{KwArgs, NativeFn};
use ferropy_runtime::types::str::as_str;
use ferropy_runtime::{Obj, PyResult, Value, Vm};

use super::convert::{dtype_arg, operand, python_scalar, shape_arg, to_array, to_list, to_python};
use super::{array_object, array_of, raise, report_fp, result, scalar, wrap};

fn the_array(vm: &mut Vm, v: &Value) -> PyResult<NdArray> {
    match array_of(v) {
        Some(a) => Ok(a),
        None => to_array(vm, v, None),
    }
}

fn name_arg(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match as_str(v) {
        Some(s) => Ok(s.to_string()),
        None => Err(vm.type_error("expected a name")),
    }
}

/// A shape of non-negative sizes ("negative dimensions are not allowed").
fn sizes(vm: &mut Vm, v: &Value) -> PyResult<Vec<usize>> {
    let shape = shape_arg(vm, v)?;
    if shape.iter().any(|&n| n < 0) {
        return Err(vm.value_error("negative dimensions are not allowed"));
    }
    Ok(shape.into_iter().map(|n| n as usize).collect())
}

/// `asarray(obj, dtype, copy)`: the object itself when it is an ndarray
/// of that dtype and no copy is asked for.
fn asarray(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "asarray", a, 3, 3)?;
    let dtype = dtype_arg(vm, &a[1])?;
    let copy = vm.truthy(&a[2])?;
    let original = array_of(&a[0]);
    let mut array = to_array(vm, &a[0], dtype)?;
    if let Some(original) = original {
        if original.shares_buffer(&array) {
            let ndarray = super::state(vm)?.ndarray.clone();
            let is_ndarray = Obj::ptr_eq(vm.class_of(&a[0]), &ndarray);
            if is_ndarray && !copy {
                return Ok(a[0].clone());
            }
            // A scalar's memory is its own: an array made from it copies.
            if copy || !is_ndarray {
                array = array.copy();
            }
        }
    }
    wrap(vm, array)
}

/// `full(shape, dtype, value)`: zeros when value is None.
fn full(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "full", a, 3, 3)?;
    let shape = sizes(vm, &a[0])?;
    let dtype = dtype_arg(vm, &a[1])?;
    if a[2].is_none() {
        return wrap(vm, NdArray::zeros(dtype.unwrap_or(DType::Float64), shape));
    }
    let (fill, _) = operand(vm, &a[2])?;
    let dtype = dtype.unwrap_or(fill.dtype());
    if fill.ndim() == 0 {
        return wrap(vm, NdArray::full(dtype, shape, fill.first()));
    }
    let out = NdArray::zeros(dtype, shape);
    out.assign(&fill).map_err(|e| raise(vm, e))?;
    wrap(vm, out)
}

/// `arange(start, stop, step, dtype)`: numpy's length rule
/// ceil((stop - start) / step), values start + i*step.
fn arange(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "arange", a, 4, 4)?;
    let mut kinds = Vec::new();
    for v in &a[..3] {
        match python_scalar(vm, v)? {
            Some(s) => kinds.push(s),
            None => return Err(vm.type_error("arange() arguments must be numbers")),
        }
    }
    let inferred = kinds.iter().map(|(d, _)| *d).reduce(DType::promote).unwrap_or(DType::Int64);
    let inferred = if inferred == DType::Bool { DType::Int64 } else { inferred };
    let dtype = dtype_arg(vm, &a[3])?.unwrap_or(inferred);
    let (start, stop, step) = (kinds[0].1, kinds[1].1, kinds[2].1);
    let integral = |s: Scalar| matches!(s, Scalar::Int(_) | Scalar::Bool(_));
    let array = if integral(start) && integral(stop) && integral(step) {
        let as_i = |s: Scalar| match s {
            Scalar::Int(i) => i,
            Scalar::Bool(x) => x as i64,
            _ => 0,
        };
        let (b, e, s) = (as_i(start), as_i(stop), as_i(step));
        if s == 0 {
            return Err(vm.zero_division("division by zero"));
        }
        let n = if (s > 0 && e > b) || (s < 0 && e < b) { ((e - b).abs() + s.abs() - 1) / s.abs() } else { 0 };
        let values: Vec<i64> = (0..n).map(|i| b + i * s).collect();
        NdArray::from_vec(values, vec![n as usize]).copy_as(dtype)
    } else {
        let (b, e, s) = (start.as_f64(), stop.as_f64(), step.as_f64());
        if s == 0.0 {
            return Err(vm.zero_division("division by zero"));
        }
        let length = ((e - b) / s).ceil();
        if length.is_nan() {
            return Err(vm.value_error("arange: cannot compute length"));
        }
        let n = if length > 0.0 { length as usize } else { 0 };
        // numpy computes the first two values and then steps by their
        // difference, in the result's type.
        let delta = (b + s) - b;
        let values: Vec<f64> = (0..n).map(|i| if i == 0 { b } else { b + i as f64 * delta }).collect();
        NdArray::from_vec(values, vec![n]).copy_as(dtype)
    };
    wrap(vm, array)
}

/// `binary(ufunc_name, x, y, dtype=None, scalar_math=False)`: a binary
/// ufunc with numpy's type rules. With scalar_math (an operator on numpy
/// scalars) and two 0-d operands, errors are named "scalar NAME" and
/// integer overflow is reported, as numpy's scalar math does.
fn binary(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "binary", a, 3, 5)?;
    let name = name_arg(vm, &a[0])?;
    let Some(op) = Binary::from_name(&name) else {
        return Err(vm.value_error(format!("no binary ufunc {name}")));
    };
    let (x, xv) = operand(vm, &a[1])?;
    let (y, yv) = operand(vm, &a[2])?;
    let common = match a.get(3).filter(|v| !v.is_none()) {
        Some(d) => dtype_arg(vm, d)?.unwrap_or(DType::Float64),
        None => result_type(&[Operand { dtype: x.dtype(), scalar: xv }, Operand { dtype: y.dtype(), scalar: yv }]),
    };
    let scalar_math = match a.get(4) {
        Some(v) => vm.truthy(v)? && x.ndim() == 0 && y.ndim() == 0,
        None => false,
    };
    let (out, mut flags) = apply_binary(op, &x, &y, common).map_err(|e| raise(vm, e))?;
    if scalar_math {
        flags.overflow |= integer_overflow(op, &x, &y, &out);
        report_fp(vm, &format!("scalar {}", op.name()), flags)?;
    } else {
        report_fp(vm, op.name(), flags)?;
    }
    result(vm, out)
}

/// Whether an integer add, subtract or multiply of two scalars wrapped.
fn integer_overflow(op: Binary, x: &NdArray, y: &NdArray, out: &NdArray) -> bool {
    if !out.dtype().is_integer() {
        return false;
    }
    let wide = |s: Scalar| -> i128 {
        match s {
            Scalar::Int(i) => i as i128,
            Scalar::UInt(u) => u as i128,
            Scalar::Bool(b) => b as i128,
            _ => 0,
        }
    };
    let (a, b, r) = (wide(x.first()), wide(y.first()), wide(out.first()));
    let exact = match op {
        Binary::Add => a + b,
        Binary::Subtract => a - b,
        Binary::Multiply => a.saturating_mul(b),
        _ => return false,
    };
    exact != r
}

/// `unary(ufunc_name, x)`.
fn unary(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "unary", a, 2, 2)?;
    let name = name_arg(vm, &a[0])?;
    let Some(op) = Unary::from_name(&name) else {
        return Err(vm.value_error(format!("no unary ufunc {name}")));
    };
    let (x, _) = operand(vm, &a[1])?;
    let (out, flags) = apply_unary(op, &x).map_err(|e| raise(vm, e))?;
    report_fp(vm, op.name(), flags)?;
    result(vm, out)
}

/// Axes from None, an int or a tuple of ints, checked against `ndim`.
fn axes_arg(vm: &mut Vm, v: &Value, ndim: usize) -> PyResult<Option<Vec<usize>>> {
    if v.is_none() {
        return Ok(None);
    }
    let raw = shape_arg(vm, v)?;
    let mut out = Vec::new();
    for axis in raw {
        let axis = ferropy_numeric::error::normalize_axis(axis as i64, ndim).map_err(|e| raise(vm, e))?;
        if out.contains(&axis) {
            return Err(vm.value_error("duplicate value in 'axis'"));
        }
        out.push(axis);
    }
    Ok(Some(out))
}

/// `reduce(name, a, axis, dtype, keepdims)`: sum, prod, min, max, any,
/// all, argmin, argmax.
fn reduce(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "reduce", a, 5, 5)?;
    let name = name_arg(vm, &a[0])?;
    let op = match name.as_str() {
        "sum" | "add" => Reduce::Sum,
        "prod" | "multiply" => Reduce::Prod,
        "min" | "minimum" => Reduce::Min,
        "max" | "maximum" => Reduce::Max,
        "any" | "logical_or" => Reduce::Any,
        "all" | "logical_and" => Reduce::All,
        "argmin" => Reduce::ArgMin,
        "argmax" => Reduce::ArgMax,
        _ => return Err(vm.value_error(format!("no reduction {name}"))),
    };
    let x = the_array(vm, &a[1])?;
    let axes = axes_arg(vm, &a[2], x.ndim())?;
    if matches!(op, Reduce::ArgMin | Reduce::ArgMax) && axes.as_ref().is_some_and(|v| v.len() > 1) {
        return Err(vm.type_error("'tuple' object cannot be interpreted as an integer"));
    }
    let dtype = dtype_arg(vm, &a[3])?.unwrap_or_else(|| op.default_dtype(x.dtype()));
    let keepdims = vm.truthy(&a[4])?;
    let out = reduce_array(op, &x, axes.as_deref(), dtype).map_err(|e| raise(vm, e))?;
    let out = if keepdims {
        let shape: Vec<usize> = (0..x.ndim())
            .map(|i| if axes.as_ref().is_none_or(|ax| ax.contains(&i)) { 1 } else { x.shape[i] })
            .collect();
        out.reshape(shape)
    } else {
        out
    };
    result(vm, out)
}

/// `accumulate(name, a, axis, dtype)`: running sums ("sum") or products
/// ("prod") along one axis.
fn accumulate(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "accumulate", a, 4, 4)?;
    let name = name_arg(vm, &a[0])?;
    let op = if name == "prod" { Reduce::Prod } else { Reduce::Sum };
    let x = the_array(vm, &a[1])?;
    let axis = ferropy_runtime::protocol::number::index_i64(vm, &a[2])?;
    let axis = ferropy_numeric::error::normalize_axis(axis, x.ndim()).map_err(|e| raise(vm, e))?;
    let dtype = dtype_arg(vm, &a[3])?.unwrap_or_else(|| op.default_dtype(x.dtype()));
    let out = ferropy_numeric::reduce::accumulate(op, &x, axis, dtype).map_err(|e| raise(vm, e))?;
    wrap(vm, out)
}

fn int_tuple(vm: &mut Vm, values: impl IntoIterator<Item = i64>) -> Value {
    let items = values.into_iter().map(Value::Int).collect();
    vm.new_tuple(items)
}

/// `info(a)`: (shape, strides in bytes, dtype name, c_contiguous,
/// f_contiguous, writeable, owns_data).
fn info(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "info", a)?;
    let x = the_array(vm, &v)?;
    let itemsize = x.dtype().itemsize() as i64;
    let shape = int_tuple(vm, x.shape.iter().map(|&n| n as i64));
    let strides = int_tuple(vm, x.strides.iter().map(|&s| s as i64 * itemsize));
    let dtype = vm.new_str(x.dtype().name());
    let owns = std::sync::Arc::strong_count(&x.buffer) <= 2
        && x.offset == 0
        && x.is_c_contiguous()
        && x.buffer.read().map(|d| d.len()).unwrap_or(0) == x.size();
    let items = vec![
        shape,
        strides,
        dtype,
        Value::bool(x.is_c_contiguous()),
        Value::bool(x.is_f_contiguous()),
        Value::bool(x.writeable),
        Value::bool(owns),
    ];
    Ok(vm.new_tuple(items))
}

/// The new shape `reshape` means (one -1 inferred), or numpy's error.
fn resolve_shape(size: usize, wanted: &[isize]) -> Result<Vec<usize>, NumError> {
    let unknown: Vec<usize> = (0..wanted.len()).filter(|&i| wanted[i] < 0).collect();
    if unknown.len() > 1 {
        return Err(NumError::Value("can only specify one unknown dimension".into()));
    }
    let known: usize = wanted.iter().filter(|&&n| n >= 0).map(|&n| n as usize).product();
    // numpy writes the shape without spaces, and an unknown size as "newaxis".
    let fail = || {
        let text =
            wanted.iter().map(|&n| if n < 0 { "newaxis".to_string() } else { n.to_string() }).collect::<Vec<_>>();
        let shape = if text.len() == 1 { format!("({},)", text[0]) } else { format!("({})", text.join(",")) };
        NumError::Value(format!("cannot reshape array of size {size} into shape {shape}"))
    };
    let mut shape: Vec<usize> = wanted.iter().map(|&n| n.max(0) as usize).collect();
    if let Some(&i) = unknown.first() {
        if known == 0 || !size.is_multiple_of(known) {
            return Err(fail());
        }
        shape[i] = size / known;
    } else if known != size {
        return Err(fail());
    }
    Ok(shape)
}

/// `reshape(a, shape, order)`: order 'C' or 'F'.
fn reshape(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "reshape", a, 3, 3)?;
    let x = the_array(vm, &a[0])?;
    let wanted = shape_arg(vm, &a[1])?;
    let order = name_arg(vm, &a[2])?;
    let shape = resolve_shape(x.size(), &wanted).map_err(|e| raise(vm, e))?;
    let out = if order == "F" {
        let reversed: Vec<usize> = shape.iter().rev().copied().collect();
        x.transpose().reshape(reversed).transpose()
    } else {
        x.reshape(shape)
    };
    wrap(vm, out)
}

/// `set_shape(a, shape)`: `a.shape = shape`, in place, without copying
/// ("Incompatible shape for in-place modification..." when it would).
fn set_shape(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "set_shape", a, 2, 2)?;
    let Some(object) = array_object(&a[0]) else {
        return Err(vm.type_error("set_shape() expects an array"));
    };
    let current = object.array.borrow().clone();
    let wanted = shape_arg(vm, &a[1])?;
    let shape = resolve_shape(current.size(), &wanted).map_err(|e| raise(vm, e))?;
    if !current.is_c_contiguous() {
        return Err(vm.attribute_error(
            "Incompatible shape for in-place modification. Use `.reshape()` to make a copy with the desired shape.",
        ));
    }
    let viewed = current.reshape(shape);
    *object.array.borrow_mut() = viewed;
    Ok(Value::None)
}

/// `transpose(a, axes)`: axes None reverses them.
fn transpose(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "transpose", a, 2, 2)?;
    let x = the_array(vm, &a[0])?;
    if a[1].is_none() {
        return wrap(vm, x.transpose());
    }
    let raw = shape_arg(vm, &a[1])?;
    if raw.len() != x.ndim() {
        return Err(vm.value_error("axes don't match array"));
    }
    let mut axes = Vec::new();
    for axis in raw {
        let axis = ferropy_numeric::error::normalize_axis(axis as i64, x.ndim()).map_err(|e| raise(vm, e))?;
        if axes.contains(&axis) {
            return Err(vm.value_error("repeated axis in transpose"));
        }
        axes.push(axis);
    }
    wrap(vm, x.permute(&axes))
}

/// `copy(a, dtype)`: a C-contiguous copy (as dtype).
fn copy(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "copy", a, 2, 2)?;
    let x = the_array(vm, &a[0])?;
    let dtype = dtype_arg(vm, &a[1])?.unwrap_or(x.dtype());
    wrap(vm, x.copy_as(dtype))
}

/// `tolist(a)`.
fn tolist(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "tolist", a)?;
    let x = the_array(vm, &v)?;
    Ok(to_list(vm, &x))
}

/// `item(a, flat_index)`: one element as a Python number (flat_index
/// None for a one-element array).
fn item(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "item", a, 2, 2)?;
    let x = the_array(vm, &a[0])?;
    let values = x.scalars();
    if a[1].is_none() {
        if values.len() != 1 {
            return Err(vm.value_error("can only convert an array of size 1 to a Python scalar"));
        }
        return Ok(to_python(vm, values[0]));
    }
    let i = ferropy_runtime::protocol::number::index_i64(vm, &a[1])?;
    let n = values.len() as i64;
    let at = if i < 0 { i + n } else { i };
    if at < 0 || at >= n {
        return Err(vm.index_error(format!("index {i} is out of bounds for size {n}")));
    }
    Ok(to_python(vm, values[at as usize]))
}

fn print_options(vm: &mut Vm, v: &Value) -> PyResult<PrintOptions> {
    let items = vm.collect(v)?;
    if items.len() != 9 {
        return Err(vm.value_error("print options: 9 settings expected"));
    }
    let mut o = PrintOptions::default();
    let int = |vm: &mut Vm, v: &Value| ferropy_runtime::protocol::number::index_i64(vm, v).map(|n| n.max(0) as usize);
    o.precision = int(vm, &items[0])?;
    o.threshold = int(vm, &items[1])?;
    o.edgeitems = int(vm, &items[2])?;
    o.linewidth = int(vm, &items[3])?;
    o.suppress = vm.truthy(&items[4])?;
    o.nanstr = name_arg(vm, &items[5])?;
    o.infstr = name_arg(vm, &items[6])?;
    o.sign = name_arg(vm, &items[7])?.chars().next().unwrap_or('-');
    o.floatmode = name_arg(vm, &items[8])?;
    Ok(o)
}

/// `format_array(a, options, kind)`: kind "repr" or "str".
fn format_array(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "format_array", a, 3, 3)?;
    let x = the_array(vm, &a[0])?;
    let options = print_options(vm, &a[1])?;
    let kind = name_arg(vm, &a[2])?;
    let text = match kind.as_str() {
        "repr" => format::array_repr(&x, &options),
        _ => format::array_str(&x, &options),
    };
    Ok(vm.new_str(text))
}

/// `format_scalar(a)`: the repr of a numpy float scalar's value
/// (float32 keeps its own shortest digits).
fn format_scalar(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "format_scalar", a)?;
    let x = the_array(vm, &v)?;
    let value = x.first();
    let single = matches!(x.dtype(), DType::Float32 | DType::Complex64);
    let text = match x.dtype().kind() {
        ferropy_numeric::dtype::Kind::Float => format::scalar_float_repr(value.as_f64(), single),
        _ => return Err(vm.type_error("format_scalar() expects a float scalar")),
    };
    Ok(vm.new_str(text))
}

/// `broadcast_to(a, shape, writeable=False)`: a view, read-only unless
/// asked (numpy's broadcast_arrays gives writeable-flagged views).
fn broadcast_to(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "broadcast_to", a, 2, 3)?;
    let x = the_array(vm, &a[0])?;
    let shape = sizes(vm, &a[1])?;
    let mut out = x.broadcast_to(&shape).map_err(|e| raise(vm, e))?;
    if let Some(flag) = a.get(2) {
        out.writeable = vm.truthy(flag)? && x.writeable;
    }
    wrap(vm, out)
}

/// `broadcast_shapes(*shapes)`.
fn broadcast_shapes(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let mut shapes = Vec::new();
    for v in a {
        shapes.push(sizes(vm, v)?);
    }
    let refs: Vec<&[usize]> = shapes.iter().map(Vec::as_slice).collect();
    let out = ferropy_numeric::broadcast::broadcast_shapes(&refs).map_err(|e| raise(vm, e))?;
    Ok(int_tuple(vm, out.iter().map(|&n| n as i64)))
}

/// `result_type(*operands)`: numpy's result dtype name for values and
/// arrays (value-based for scalars).
fn result_type_fn(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let mut operands = Vec::new();
    for v in a {
        let (x, value) = operand(vm, v)?;
        operands.push(Operand { dtype: x.dtype(), scalar: value });
    }
    let dtype = result_type(&operands);
    Ok(vm.new_str(dtype.name()))
}

/// `make_scalar(dtype, value)`: the numpy scalar of a dtype made from
/// a Python number (`np.int8(300)` wraps as numpy's cast does).
fn make_scalar(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "make_scalar", a, 2, 2)?;
    let dtype = dtype_arg(vm, &a[0])?.unwrap_or(DType::Float64);
    let x = to_array(vm, &a[1], Some(dtype))?;
    if x.size() != 1 {
        return wrap(vm, x);
    }
    scalar(vm, dtype, x.first())
}

/// `fill(a, value)`.
fn fill(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "fill", a, 2, 2)?;
    let x = the_array(vm, &a[0])?;
    let (v, _) = operand(vm, &a[1])?;
    x.assign(&v).map_err(|e| raise(vm, e))?;
    Ok(Value::None)
}

/// `matmul(a, b)`: 1-D and 2-D operands, and stacks of matrices.
fn matmul(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "matmul", a, 2, 2)?;
    let (x, _) = operand(vm, &a[0])?;
    let (y, _) = operand(vm, &a[1])?;
    let out = super::index::matmul(&x, &y).map_err(|e| raise(vm, e))?;
    result(vm, out)
}

/// `dtype_info(name)`: (name, kind, char, itemsize, str) of a dtype.
fn dtype_info(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "dtype_info", a)?;
    let Some(d) = dtype_arg(vm, &v)? else {
        return Ok(Value::None);
    };
    let items = vec![
        vm.new_str(d.name()),
        vm.new_str(d.kind_char().to_string()),
        vm.new_str(d.char().to_string()),
        Value::Int(d.itemsize() as i64),
        vm.new_str(d.type_str()),
    ];
    Ok(vm.new_tuple(items))
}

/// `promote_types(a, b)`.
fn promote_types(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "promote_types", a, 2, 2)?;
    let x = dtype_arg(vm, &a[0])?.unwrap_or(DType::Float64);
    let y = dtype_arg(vm, &a[1])?.unwrap_or(DType::Float64);
    Ok(vm.new_str(x.promote(y).name()))
}

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("asarray", asarray),
    ("full", full),
    ("arange", arange),
    ("binary", binary),
    ("unary", unary),
    ("reduce", reduce),
    ("accumulate", accumulate),
    ("info", info),
    ("reshape", reshape),
    ("set_shape", set_shape),
    ("transpose", transpose),
    ("copy", copy),
    ("tolist", tolist),
    ("item", item),
    ("format_array", format_array),
    ("format_scalar", format_scalar),
    ("broadcast_to", broadcast_to),
    ("broadcast_shapes", broadcast_shapes),
    ("result_type", result_type_fn),
    ("make_scalar", make_scalar),
    ("fill", fill),
    ("matmul", matmul),
    ("dtype_info", dtype_info),
    ("promote_types", promote_types),
];
