//! `NoneType`, `NotImplementedType` and `ellipsis`: the singletons.

use crate::types::builtin_function::KwArgs;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn none_new(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if a.len() > 1 || !kwargs.is_empty() {
        return Err(vm.type_error("NoneType takes no arguments"));
    }
    Ok(Value::None)
}

fn none_repr(vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(vm.new_str("None"))
}

fn none_bool(_vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::FALSE)
}

fn not_implemented_new(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if a.len() > 1 {
        return Err(vm.type_error("NotImplementedType takes no arguments"));
    }
    Ok(Value::Obj(vm.not_implemented.clone()))
}

fn not_implemented_repr(vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(vm.new_str("NotImplemented"))
}

fn ellipsis_new(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if a.len() > 1 {
        return Err(vm.type_error("ellipsis takes no arguments"));
    }
    Ok(Value::Obj(vm.ellipsis.clone()))
}

fn ellipsis_repr(vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(vm.new_str("Ellipsis"))
}

fn reduce_name(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let name = match a.first() {
        Some(Value::Obj(o)) if crate::object::Obj::ptr_eq(o, &vm.ellipsis) => "Ellipsis",
        _ => "NotImplemented",
    };
    Ok(vm.new_str(name))
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.none_type.clone();
    vm.add_staticmethod(&t, "__new__", none_new);
    vm.add_method(&t, "__repr__", none_repr);
    vm.add_method(&t, "__bool__", none_bool);
    let t = vm.types.not_implemented_type.clone();
    vm.add_staticmethod(&t, "__new__", not_implemented_new);
    vm.add_method(&t, "__repr__", not_implemented_repr);
    vm.add_method(&t, "__reduce__", reduce_name);
    let t = vm.types.ellipsis_type.clone();
    vm.add_staticmethod(&t, "__new__", ellipsis_new);
    vm.add_method(&t, "__repr__", ellipsis_repr);
    vm.add_method(&t, "__reduce__", reduce_name);
}
