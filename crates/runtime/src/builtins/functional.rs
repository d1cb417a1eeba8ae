//! `all`, `any`, `min`, `max`, `sorted`, `sum`.

use crate::protocol::args;
use crate::types::builtin_function::KwArgs;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn builtin_all(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "all", a)?;
    let it = vm.iter(&v)?;
    while let Some(x) = vm.next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

pub fn builtin_any(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "any", a)?;
    let it = vm.iter(&v)?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn min_max(vm: &mut Vm, a: &[Value], kwargs: KwArgs, name: &str, want_max: bool) -> PyResult<Value> {
    let parsed = args::parse_kwonly(vm, name, kwargs, &["key", "default"])?;
    let key = if parsed[0].is_undef() || parsed[0].is_none() { None } else { Some(parsed[0].clone()) };
    let default = parsed[1].clone();
    let items: Vec<Value> = match a.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.collect(&a[0])?,
        _ => {
            if !default.is_undef() {
                return Err(
                    vm.type_error(format!("Cannot specify a default for {name}() with multiple positional arguments"))
                );
            }
            a.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => vm.call(f, std::slice::from_ref(&item))?,
            None => item.clone(),
        };
        match &best {
            None => best = Some((k, item)),
            Some((bk, _)) => {
                let better = if want_max { vm.lt(bk, &k)? } else { vm.lt(&k, bk)? };
                if better {
                    best = Some((k, item));
                }
            }
        }
    }
    match best {
        Some((_, v)) => Ok(v),
        None if !default.is_undef() => Ok(default),
        None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
    }
}

pub fn builtin_max(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    min_max(vm, a, kwargs, "max", true)
}

pub fn builtin_min(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    min_max(vm, a, kwargs, "min", false)
}

pub fn builtin_sorted(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if a.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", a.len())));
    }
    let items = vm.collect(&a[0])?;
    let list = vm.new_list(items);
    let sort = vm.get_attr_str(&list, "sort")?;
    vm.call_kw(&sort, &[], kwargs)?;
    Ok(list)
}

/// `sum` of an exact list stored as machine ints or floats, from an int
/// or float start: added in Rust, in the same order and rounding as the
/// general loop (ints exactly, floats one addition at a time).
fn sum_list_of_numbers(iterable: &Value, start: &Value) -> Option<Value> {
    // Built-in objects carry no class pointer; subclasses do.
    let Value::Obj(list) = iterable else { return None };
    if list.class().is_some() {
        return None;
    }
    let crate::object::Payload::List(cell) = &list.payload else { return None };
    let storage = cell.borrow();
    match (&*storage, start) {
        (crate::types::list::ListStorage::Ints(items), Value::Int(s)) => {
            let total = items.iter().fold(*s as i128, |acc, &x| acc + x as i128);
            Some(match i64::try_from(total) {
                Ok(t) => Value::Int(t),
                Err(_) => crate::types::int::big_to_value(num_bigint::BigInt::from(total)),
            })
        }
        (crate::types::list::ListStorage::Floats(items), Value::Float(_) | Value::Int(_)) => {
            let first = match start {
                Value::Float(f) => f.get(),
                Value::Int(i) => *i as f64,
                _ => return None,
            };
            Some(Value::float(items.iter().fold(first, |acc, &x| acc + x)))
        }
        _ => None,
    }
}

pub fn builtin_sum(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let parsed = args::parse_with_posonly(vm, "sum", a, kwargs, &["iterable", "start"], 1, 1)?;
    let mut total = if parsed[1].is_undef() { Value::Int(0) } else { parsed[1].clone() };
    if crate::types::str::as_str(&total).is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if matches!(total.payload(), Some(crate::object::Payload::Bytes(_))) {
        return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    if matches!(total.payload(), Some(crate::object::Payload::ByteArray(_))) {
        return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"));
    }
    if let Some(total) = sum_list_of_numbers(&parsed[0], &total) {
        return Ok(total);
    }
    let it = vm.iter(&parsed[0])?;
    while let Some(x) = vm.next(&it)? {
        total = match (&total, &x) {
            (Value::Float(s), Value::Float(y)) => Value::float(s.get() + y.get()),
            (Value::Float(s), Value::Int(y)) => Value::float(s.get() + *y as f64),
            (Value::Int(s), Value::Int(y)) if s.checked_add(*y).is_some() => Value::Int(s + y),
            _ => vm.add(&total, &x)?,
        };
    }
    Ok(total)
}
