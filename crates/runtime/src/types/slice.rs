//! `slice` objects and index normalisation for slicing.

use crate::object::{Object, Payload};
use crate::types::builtin_function::KwArgs;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    Value::Obj(Object::builtin(Payload::Slice(Box::new([start, stop, step]))))
}

fn parts(value: &Value) -> Option<&[Value; 3]> {
    match value.payload() {
        Some(Payload::Slice(p)) => Some(p),
        _ => None,
    }
}

/// `slice.indices(len)`: start, stop, step clamped to a sequence of this
/// length, as CPython computes them.
pub fn indices(vm: &mut Vm, slice: &Value, len: usize) -> PyResult<(i64, i64, i64)> {
    let Some([start, stop, step]) = parts(slice) else {
        return Err(vm.type_error("expected a slice"));
    };
    let (start, stop, step) = (start.clone(), stop.clone(), step.clone());
    let step = match step {
        Value::None => 1,
        v => crate::protocol::number::index_i64_clamped_slice(vm, &v)?,
    };
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let len = len as i64;
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |vm: &mut Vm, v: &Value, default: i64| -> PyResult<i64> {
        match v {
            Value::None => Ok(default),
            v => {
                let i = crate::protocol::number::index_i64_clamped_slice(vm, v)?;
                Ok(if i < 0 { (i + len).max(lower) } else { i.min(upper) })
            }
        }
    };
    let start = clamp(vm, &start, if step < 0 { upper } else { lower })?;
    let stop = clamp(vm, &stop, if step < 0 { lower } else { upper })?;
    Ok((start, stop, step))
}

/// The positions a normalised slice selects.
pub fn slice_positions(start: i64, stop: i64, step: i64) -> impl Iterator<Item = usize> {
    let count = slice_len(start, stop, step);
    (0..count).map(move |k| (start + k as i64 * step) as usize)
}

pub fn slice_len(start: i64, stop: i64, step: i64) -> usize {
    // i128: `stop - start` can exceed i64 for ranges spanning zero.
    let (start, stop, step) = (start as i128, stop as i128, step as i128);
    let n = if step > 0 && stop > start {
        (stop - start - 1) / step + 1
    } else if step < 0 && stop < start {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    n as usize
}

fn slice_new(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let args = &a[1..];
    match args.len() {
        1 => Ok(new_slice(Value::None, args[0].clone(), Value::None)),
        2 => Ok(new_slice(args[0].clone(), args[1].clone(), Value::None)),
        3 => Ok(new_slice(args[0].clone(), args[1].clone(), args[2].clone())),
        0 => Err(vm.type_error("slice expected at least 1 argument, got 0")),
        n => Err(vm.type_error(format!("slice expected at most 3 arguments, got {n}"))),
    }
}

fn slice_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(p) = a.first().and_then(parts) else {
        return Err(vm.type_error("expected a slice"));
    };
    let p = p.clone();
    let s = format!("slice({}, {}, {})", vm.repr_string(&p[0])?, vm.repr_string(&p[1])?, vm.repr_string(&p[2])?);
    Ok(vm.new_str(s))
}

fn slice_indices(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let len_v = crate::protocol::args::exactly_one(vm, "slice.indices", &a[1..])?;
    let len = crate::protocol::number::index_i64(vm, &len_v)?;
    if len < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step) = indices(vm, &a[0], len as usize)?;
    Ok(vm.new_tuple(vec![Value::Int(start), Value::Int(stop), Value::Int(step)]))
}

fn slice_eq(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match (a.first().and_then(parts), a.get(1).and_then(parts)) {
        (Some(x), Some(y)) => {
            let (x, y) = (x.to_vec(), y.to_vec());
            Ok(Value::bool(crate::types::list::compare_sequences(vm, &x, &y, crate::protocol::compare::CompareOp::Eq)?))
        }
        _ => Ok(Value::Obj(vm.not_implemented.clone())),
    }
}

/// `__reduce__` of slice and range: `(type, (start, stop, step))`, what
/// pickle and copy rebuild them from.
pub fn reduce_start_stop_step(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let mut parts = Vec::with_capacity(3);
    for name in ["start", "stop", "step"] {
        parts.push(vm.get_attr_str(&a[0], name)?);
    }
    let cls = Value::Obj(vm.class_of(&a[0]).clone());
    let args = vm.new_tuple(parts);
    Ok(vm.new_tuple(vec![cls, args]))
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.slice.clone();
    vm.add_staticmethod(&t, "__new__", slice_new);
    vm.add_method(&t, "__repr__", slice_repr);
    vm.add_method(&t, "indices", slice_indices);
    vm.add_method(&t, "__reduce__", reduce_start_stop_step);
    vm.add_method(&t, "__eq__", slice_eq);
    vm.set_type_attr_raw(&t, "__hash__", Value::None);
    crate::types::descriptors::add_getset(vm, &t, "start", |_vm, v| {
        Ok(parts(v).map(|p| p[0].clone()).unwrap_or(Value::None))
    });
    crate::types::descriptors::add_getset(vm, &t, "stop", |_vm, v| {
        Ok(parts(v).map(|p| p[1].clone()).unwrap_or(Value::None))
    });
    crate::types::descriptors::add_getset(vm, &t, "step", |_vm, v| {
        Ok(parts(v).map(|p| p[2].clone()).unwrap_or(Value::None))
    });
}
