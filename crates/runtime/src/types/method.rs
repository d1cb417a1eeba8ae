//! `method`: a function bound to an instance.

use crate::object::{Object, Payload};
use crate::types::builtin_function::KwArgs;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn new_method(func: Value, instance: Value) -> Value {
    Value::Obj(Object::builtin(Payload::Method(Box::new((func, instance)))))
}

fn parts(v: &Value) -> Option<(Value, Value)> {
    match v.payload() {
        Some(Payload::Method(m)) => Some((m.0.clone(), m.1.clone())),
        _ => None,
    }
}

fn method_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some((func, instance)) = a.first().and_then(parts) else {
        return Err(vm.type_error("expected a method"));
    };
    let qualname = vm.names.__qualname__.clone();
    let name = match crate::protocol::attr::get_attr(vm, &func, &qualname) {
        Ok(n) => vm.str_string(&n)?,
        Err(_) => "?".to_string(),
    };
    let inst = vm.repr_string(&instance)?;
    Ok(vm.new_str(format!("<bound method {name} of {inst}>")))
}

fn method_call(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let Some(m) = a.first() else {
        return Err(vm.type_error("expected a method"));
    };
    let m = m.clone();
    vm.call_kw(&m, &a[1..], kwargs)
}

fn method_eq(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match (a.first().and_then(parts), a.get(1).and_then(parts)) {
        (Some((f1, s1)), Some((f2, s2))) => Ok(Value::bool(s1.is(&s2) && vm.eq(&f1, &f2)?)),
        _ => Ok(Value::Obj(vm.not_implemented.clone())),
    }
}

fn method_hash(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some((f, s)) = a.first().and_then(parts) else {
        return Err(vm.type_error("expected a method"));
    };
    let h = vm.hash(&f)? ^ s.id();
    Ok(Value::Int(h))
}

fn method_getattribute(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some((func, _)) = a.first().and_then(parts) else {
        return Err(vm.type_error("expected a method"));
    };
    let name = crate::protocol::args::exactly_one(vm, "__getattribute__", &a[1..])?;
    let Value::Obj(name_obj) = &name else {
        return Err(vm.type_error("attribute name must be string"));
    };
    // The method's own attributes first, then the function's.
    match crate::protocol::attr::generic_getattr(vm, &a[0], name_obj, false) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => crate::protocol::attr::get_attr(vm, &func, name_obj),
        Err(e) => Err(e),
    }
}

/// `(getattr, (owner, name))`: how a method is pickled and copied — found
/// again by name on what it is bound to.
pub fn reduce_by_getattr(vm: &mut Vm, owner: Value, name: Value) -> PyResult<Value> {
    let builtins = Value::Obj(vm.builtins.clone());
    let getattr = vm.get_attr_str(&builtins, "getattr")?;
    let args = vm.new_tuple(vec![owner, name]);
    Ok(vm.new_tuple(vec![getattr, args]))
}

/// `types.MethodType(function, instance)`.
fn method_new(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("method() takes no keyword arguments"));
    }
    crate::protocol::args::check_positional(vm, "method", &a[1..], 2, 2)?;
    if !vm.is_callable(&a[1]) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if a[2].is_none() {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(new_method(a[1].clone(), a[2].clone()))
}

fn method_reduce(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some((func, instance)) = a.first().and_then(parts) else {
        return Err(vm.type_error("descriptor '__reduce__' requires a 'method' object"));
    };
    let name = vm.get_attr_str(&func, "__name__")?;
    reduce_by_getattr(vm, instance, name)
}

pub fn init(vm: &mut Vm) {
    use crate::types::descriptors::add_getset;
    let t = vm.types.method.clone();
    vm.add_method(&t, "__reduce__", method_reduce);
    vm.add_staticmethod(&t, "__new__", method_new);
    vm.add_method(&t, "__repr__", method_repr);
    vm.add_method(&t, "__call__", method_call);
    vm.add_method(&t, "__eq__", method_eq);
    vm.add_method(&t, "__hash__", method_hash);
    vm.add_method(&t, "__getattribute__", method_getattribute);
    add_getset(vm, &t, "__func__", |_vm, v| Ok(parts(v).map(|p| p.0).unwrap_or(Value::None)));
    add_getset(vm, &t, "__self__", |_vm, v| Ok(parts(v).map(|p| p.1).unwrap_or(Value::None)));
    // A bound method's docstring is its function's.
    add_getset(vm, &t, "__doc__", |vm, v| match parts(v) {
        Some((func, _)) => vm.get_attr_str(&func, "__doc__"),
        None => Ok(Value::None),
    });
}
