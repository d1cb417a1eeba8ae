//! The `gc` module: the cycle collector's controls.

use crate::object::Obj;
use crate::protocol::args;
use crate::types::builtin_function::{KwArgs, NativeFn};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn gc_collect(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let parsed = args::parse(vm, "collect", a, kwargs, &["generation"], 0)?;
    let generation = match &parsed[0] {
        Value::Undef => 2,
        v => crate::protocol::number::index_i64(vm, v)?,
    };
    if !(0..=2).contains(&generation) {
        return Err(vm.value_error("invalid generation"));
    }
    vm.run_finalizers();
    let n = vm.collect_garbage(generation as usize);
    Ok(Value::Int(n as i64))
}

fn gc_enable(_vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::gc::set_enabled(true);
    Ok(Value::None)
}

fn gc_disable(_vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::gc::set_enabled(false);
    Ok(Value::None)
}

fn gc_isenabled(_vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::bool(crate::gc::is_enabled()))
}

fn gc_get_count(vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (a, b, c) = crate::gc::get_count();
    Ok(vm.new_tuple(vec![Value::from(a), Value::from(b), Value::from(c)]))
}

fn gc_get_threshold(vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (a, b, c) = crate::gc::get_threshold();
    Ok(vm.new_tuple(vec![Value::from(a), Value::from(b), Value::from(c)]))
}

fn gc_set_threshold(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "set_threshold", a, 1, 3)?;
    let mut t = Vec::new();
    for v in a {
        t.push(crate::protocol::number::index_i64(vm, v)?.max(0) as usize);
    }
    crate::gc::set_threshold(t[0], t.get(1).copied(), t.get(2).copied());
    Ok(Value::None)
}

fn gc_get_objects(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let parsed = args::parse(vm, "get_objects", a, kwargs, &["generation"], 0)?;
    let generation = match &parsed[0] {
        Value::Undef | Value::None => None,
        v => Some(crate::protocol::number::index_i64(vm, v)?.max(0) as usize),
    };
    let objects: Vec<Value> = crate::gc::tracked_objects(generation).into_iter().map(Value::Obj).collect();
    Ok(vm.new_list(objects))
}

fn gc_is_tracked(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "is_tracked", a)?;
    Ok(Value::bool(match &v {
        Value::Obj(o) => crate::gc::is_tracked(o),
        _ => false,
    }))
}

fn gc_freeze(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_no_args(vm, "freeze", a)?;
    crate::gc::freeze();
    Ok(Value::None)
}

fn gc_unfreeze(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_no_args(vm, "unfreeze", a)?;
    crate::gc::unfreeze();
    Ok(Value::None)
}

fn gc_get_freeze_count(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_no_args(vm, "get_freeze_count", a)?;
    Ok(Value::Int(crate::gc::freeze_count() as i64))
}

fn gc_is_finalized(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "is_finalized", a)?;
    Ok(Value::bool(matches!(&v, Value::Obj(o) if o.has_flag(crate::object::flags::FINALIZED))))
}

pub fn make_module(vm: &mut Vm) -> PyResult<Obj> {
    let functions: &[(&'static str, NativeFn)] = &[
        ("collect", gc_collect),
        ("enable", gc_enable),
        ("disable", gc_disable),
        ("isenabled", gc_isenabled),
        ("get_count", gc_get_count),
        ("get_threshold", gc_get_threshold),
        ("set_threshold", gc_set_threshold),
        ("get_objects", gc_get_objects),
        ("is_tracked", gc_is_tracked),
        ("is_finalized", gc_is_finalized),
        ("freeze", gc_freeze),
        ("unfreeze", gc_unfreeze),
        ("get_freeze_count", gc_get_freeze_count),
    ];
    let module = crate::types::module::new_native_module(vm, "gc", functions)?;
    let dict = module.dict.clone().expect("module dict");
    let garbage = vm.new_list(vec![]);
    vm.dict_set_str(&dict, "garbage", garbage)?;
    let callbacks = vm.new_list(vec![]);
    vm.dict_set_str(&dict, "callbacks", callbacks)?;
    for (name, v) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 38),
    ] {
        vm.dict_set_str(&dict, name, Value::Int(v))?;
    }
    Ok(module)
}
