//! `bytearray`: a mutable byte string. Read-only methods are shared with
//! `bytes` (see bytes.rs); this file has the mutating ones.

use crate::object::{Obj, Payload, PyCell};
use crate::protocol::args;
use crate::types::builtin_function::KwArgs;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn cell<'a>(vm: &mut Vm, a: &'a [Value]) -> PyResult<&'a PyCell<Vec<u8>>> {
    match a.first().and_then(|v| v.payload()) {
        Some(Payload::ByteArray(b)) => Ok(b),
        _ => Err(vm.type_error("descriptor requires a 'bytearray' object")),
    }
}

fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    match crate::protocol::number::as_index(vm, v)? {
        Some(n) if (0..256).contains(&n) => Ok(n as u8),
        Some(_) => Err(vm.value_error("byte must be in range(0, 256)")),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
    }
}

fn ba_new(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = match a.first() {
        Some(Value::Obj(c)) => c.clone(),
        _ => return Err(vm.type_error("bytearray.__new__(X): X is not a type object")),
    };
    Ok(Value::Obj(crate::types::object::alloc_instance(vm, &cls, Payload::ByteArray(PyCell::new(Vec::new())))))
}

fn ba_init(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let parsed = args::parse(vm, "bytearray", &a[1..], kwargs, &["source", "encoding", "errors"], 0)?;
    let data = if parsed[0].is_undef() {
        Vec::new()
    } else {
        crate::types::bytes::bytes_from_value(vm, &parsed[0], &parsed[1], &parsed[2])?
    };
    *cell(vm, a)?.borrow_mut() = data;
    Ok(Value::None)
}

fn ba_append(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "bytearray.append", &a[1..])?;
    let b = byte_value(vm, &v)?;
    cell(vm, a)?.borrow_mut().push(b);
    Ok(Value::None)
}

fn ba_extend(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "bytearray.extend", &a[1..])?;
    let data = crate::types::bytes::bytes_from_value(vm, &v, &Value::Undef, &Value::Undef)?;
    cell(vm, a)?.borrow_mut().extend_from_slice(&data);
    Ok(Value::None)
}

fn ba_iadd(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    ba_extend(vm, a, kw)?;
    Ok(a[0].clone())
}

fn ba_pop(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let i = match a.get(1) {
        Some(v) => crate::protocol::number::index_i64(vm, v)?,
        None => -1,
    };
    let c = cell(vm, a)?;
    let len = c.borrow().len();
    if len == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    match crate::types::list::normalize_index(i, len) {
        Some(i) => Ok(Value::Int(c.borrow_mut().remove(i) as i64)),
        None => Err(vm.index_error("pop index out of range")),
    }
}

fn ba_insert(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "insert", &a[1..], 2, 2)?;
    let i = crate::protocol::number::index_i64(vm, &a[1])?;
    let b = byte_value(vm, &a[2])?;
    let c = cell(vm, a)?;
    let n = c.borrow().len() as i64;
    let pos = if i < 0 { (i + n).max(0) } else { i.min(n) };
    c.borrow_mut().insert(pos as usize, b);
    Ok(Value::None)
}

fn ba_remove(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "bytearray.remove", &a[1..])?;
    let b = byte_value(vm, &v)?;
    let c = cell(vm, a)?;
    let pos = c.borrow().iter().position(|&x| x == b);
    match pos {
        Some(p) => {
            c.borrow_mut().remove(p);
            Ok(Value::None)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn ba_clear(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    cell(vm, a)?.borrow_mut().clear();
    Ok(Value::None)
}

fn ba_reverse(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    cell(vm, a)?.borrow_mut().reverse();
    Ok(Value::None)
}

fn ba_copy(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let data = cell(vm, a)?.borrow().clone();
    Ok(crate::types::bytes::new_bytearray(data))
}

fn ba_setitem(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "__setitem__", &a[1..], 2, 2)?;
    if let Some(Payload::Slice(_)) = a[1].payload() {
        let new = crate::types::bytes::bytes_from_value(vm, &a[2], &Value::Undef, &Value::Undef)?;
        let len = cell(vm, a)?.borrow().len();
        let (start, stop, step) = crate::types::slice::indices(vm, &a[1], len)?;
        let c = cell(vm, a)?;
        if step == 1 {
            let stop = stop.max(start) as usize;
            c.borrow_mut().splice(start as usize..stop, new);
            return Ok(Value::None);
        }
        let positions: Vec<usize> = crate::types::slice::slice_positions(start, stop, step).collect();
        if positions.len() != new.len() {
            return Err(vm.value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                new.len(),
                positions.len()
            )));
        }
        let mut data = c.borrow_mut();
        for (p, b) in positions.into_iter().zip(new) {
            data[p] = b;
        }
        return Ok(Value::None);
    }
    let i = crate::protocol::number::index_i64(vm, &a[1])?;
    let b = byte_value(vm, &a[2])?;
    let c = cell(vm, a)?;
    let len = c.borrow().len();
    match crate::types::list::normalize_index(i, len) {
        Some(i) => {
            c.borrow_mut()[i] = b;
            Ok(Value::None)
        }
        None => Err(vm.index_error("bytearray index out of range")),
    }
}

fn ba_delitem(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let index = args::exactly_one(vm, "__delitem__", &a[1..])?;
    let len = cell(vm, a)?.borrow().len();
    if let Some(Payload::Slice(_)) = index.payload() {
        let (start, stop, step) = crate::types::slice::indices(vm, &index, len)?;
        let drop_set: std::collections::HashSet<usize> =
            crate::types::slice::slice_positions(start, stop, step).collect();
        let c = cell(vm, a)?;
        let kept: Vec<u8> =
            c.borrow().iter().enumerate().filter(|(i, _)| !drop_set.contains(i)).map(|(_, b)| *b).collect();
        *c.borrow_mut() = kept;
        return Ok(Value::None);
    }
    let i = crate::protocol::number::index_i64(vm, &index)?;
    match crate::types::list::normalize_index(i, len) {
        Some(i) => {
            cell(vm, a)?.borrow_mut().remove(i);
            Ok(Value::None)
        }
        None => Err(vm.index_error("bytearray index out of range")),
    }
}

pub fn init(vm: &mut Vm) {
    let t: Obj = vm.types.bytearray.clone();
    crate::types::bytes::add_shared_methods(vm, &t);
    vm.add_staticmethod(&t, "__new__", ba_new);
    vm.add_method(&t, "__init__", ba_init);
    vm.add_method(&t, "append", ba_append);
    vm.add_method(&t, "extend", ba_extend);
    vm.add_method(&t, "__iadd__", ba_iadd);
    vm.add_method(&t, "pop", ba_pop);
    vm.add_method(&t, "insert", ba_insert);
    vm.add_method(&t, "remove", ba_remove);
    vm.add_method(&t, "clear", ba_clear);
    vm.add_method(&t, "reverse", ba_reverse);
    vm.add_method(&t, "copy", ba_copy);
    vm.add_method(&t, "__setitem__", ba_setitem);
    vm.add_method(&t, "__delitem__", ba_delitem);
    vm.set_type_attr_raw(&t, "__hash__", Value::None);
}
