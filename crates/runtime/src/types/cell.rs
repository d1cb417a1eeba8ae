//! `cell`: a variable captured by a closure.

use crate::object::{Object, Payload, PyCell};
use crate::types::builtin_function::KwArgs;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn new_cell(value: Value) -> Value {
    Value::Obj(Object::builtin(Payload::Cell(PyCell::new(value))))
}

fn cell_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(Payload::Cell(c)) = a.first().and_then(|v| v.payload()) else {
        return Err(vm.type_error("expected a cell"));
    };
    let contents = c.borrow().clone();
    let s = if contents.is_undef() {
        format!("<cell at {:#x}: empty>", a[0].id())
    } else {
        let tn = vm.type_name(&contents);
        format!("<cell at {:#x}: {} object at {:#x}>", a[0].id(), tn, contents.id())
    };
    Ok(vm.new_str(s))
}

fn cell_new(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::protocol::args::check_positional(vm, "cell", &a[1..], 0, 1)?;
    Ok(new_cell(a.get(1).cloned().unwrap_or(Value::Undef)))
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.cell.clone();
    vm.add_method(&t, "__repr__", cell_repr);
    vm.add_staticmethod(&t, "__new__", cell_new);
    crate::types::descriptors::add_getset_rw(
        vm,
        &t,
        "cell_contents",
        |vm, v| match v.payload() {
            Some(Payload::Cell(c)) => {
                let contents = c.borrow().clone();
                if contents.is_undef() {
                    Err(vm.value_error("Cell is empty"))
                } else {
                    Ok(contents)
                }
            }
            _ => Ok(Value::None),
        },
        |_vm, v, new| {
            if let Some(Payload::Cell(c)) = v.payload() {
                let old = std::mem::replace(&mut *c.borrow_mut(), new.unwrap_or(Value::Undef));
                drop(old);
            }
            Ok(())
        },
    );
}
