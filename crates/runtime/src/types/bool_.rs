//! `bool`: a subclass of int with two inline values.

use crate::types::builtin_function::KwArgs;
use crate::value::{Bool64, Value};
use crate::vm::{PyResult, Vm};

fn bool_new(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(vm.type_error("bool() takes no keyword arguments"));
    }
    crate::protocol::args::check_positional(vm, "bool", &a[1..], 0, 1)?;
    match a.get(1) {
        None => Ok(Value::FALSE),
        Some(v) => Ok(Value::bool(vm.truthy(v)?)),
    }
}

fn bool_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match a.first() {
        Some(Value::Bool(Bool64::TRUE)) => Ok(vm.new_str("True")),
        Some(Value::Bool(Bool64::FALSE)) => Ok(vm.new_str("False")),
        _ => Err(vm.type_error("descriptor '__repr__' requires a 'bool' object")),
    }
}

fn bool_logic(vm: &mut Vm, a: &[Value], op: fn(bool, bool) -> bool, int_op: &str) -> PyResult<Value> {
    match (a.first(), a.get(1)) {
        (Some(Value::Bool(x)), Some(Value::Bool(y))) => Ok(Value::bool(op(x.get(), y.get()))),
        (Some(x), Some(y)) => {
            // Mixed with int: int behaviour.
            let f = vm.intern(int_op);
            let int_type = Value::Obj(vm.types.int.clone());
            let method = crate::protocol::attr::get_attr(vm, &int_type, &f)?;
            vm.call(&method, &[x.clone(), y.clone()])
        }
        _ => Err(vm.type_error("expected two arguments")),
    }
}

fn bool_and(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    bool_logic(vm, a, |x, y| x & y, "__and__")
}
fn bool_or(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    bool_logic(vm, a, |x, y| x | y, "__or__")
}
fn bool_xor(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    bool_logic(vm, a, |x, y| x ^ y, "__xor__")
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.bool_.clone();
    vm.add_staticmethod(&t, "__new__", bool_new);
    vm.add_method(&t, "__repr__", bool_repr);
    vm.add_method(&t, "__and__", bool_and);
    vm.add_method(&t, "__rand__", bool_and);
    vm.add_method(&t, "__or__", bool_or);
    vm.add_method(&t, "__ror__", bool_or);
    vm.add_method(&t, "__xor__", bool_xor);
    vm.add_method(&t, "__rxor__", bool_xor);
}
