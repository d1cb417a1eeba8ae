//! `_ferropy`: hooks that ferropy's own Python modules under lib/ need
//! from the runtime. Not part of any public API.

use ferropy_runtime::protocol::args;
use ferropy_runtime::types::builtin_function::{KwArgs, NativeFn};
use ferropy_runtime::{Obj, PyResult, Value, Vm};

/// `immutable_type(cls)`: the class now behaves as a type CPython writes
/// in C (attributes fixed, named `module.Name` in messages). Returns cls.
fn immutable_type(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = args::exactly_one(vm, "immutable_type", a)?;
    match &cls {
        Value::Obj(ty) if ferropy_runtime::types::type_::is_type(&cls) => {
            ferropy_runtime::types::type_::make_immutable(vm, ty)?;
            Ok(cls.clone())
        }
        _ => Err(vm.type_error("immutable_type() expects a class")),
    }
}

pub fn make_module(vm: &mut Vm) -> PyResult<Obj> {
    let functions: &[(&'static str, NativeFn)] = &[("immutable_type", immutable_type)];
    ferropy_runtime::types::module::new_native_module(vm, "_ferropy", functions)
}
