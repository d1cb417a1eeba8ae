//! `_weakref`: the weak reference types and constructors; `lib/weakref.py`
//! builds the rest of the `weakref` module on it.

use crate::object::Obj;
use crate::protocol::args;
use crate::types::builtin_function::{KwArgs, NativeFn};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn weakref_proxy(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "proxy", a, 1, 2)?;
    let callback = a.get(1).cloned().unwrap_or(Value::None);
    crate::types::weakref::new_weakref(vm, None, &a[0], callback, true)
}

fn getweakrefcount(vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Err(vm.not_implemented_error("weakref.getweakrefcount() is not supported by ferropy yet"))
}

fn getweakrefs(vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Err(vm.not_implemented_error("weakref.getweakrefs() is not supported by ferropy yet"))
}

pub fn make_module(vm: &mut Vm) -> PyResult<Obj> {
    let functions: &[(&'static str, NativeFn)] =
        &[("proxy", weakref_proxy), ("getweakrefcount", getweakrefcount), ("getweakrefs", getweakrefs)];
    let module = crate::types::module::new_native_module(vm, "_weakref", functions)?;
    let dict = module.dict.clone().expect("module dict");
    let (reftype, proxytype) = (vm.types.weakref.clone(), vm.types.weakproxy.clone());
    vm.dict_set_str(&dict, "ref", Value::Obj(reftype.clone()))?;
    vm.dict_set_str(&dict, "ReferenceType", Value::Obj(reftype))?;
    vm.dict_set_str(&dict, "ProxyType", Value::Obj(proxytype.clone()))?;
    vm.dict_set_str(&dict, "CallableProxyType", Value::Obj(proxytype))?;
    Ok(module)
}
