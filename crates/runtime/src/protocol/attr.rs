//! Attribute access: `getattr`, `setattr`, `delattr`, the descriptor
//! protocol, and special-method lookup.
//!
//! Instance attribute lookup follows CPython: a data descriptor on the
//! class wins, then the instance dict, then any other class attribute
//! (bound through `__get__`), then `__getattr__`. Classes and modules have
//! their own rules (`type_getattr`, module `__getattr__`). Special methods
//! are looked up on the class only (`lookup_special`, `call_special`).

use crate::object::{Obj, Payload};
use crate::types::builtin_function::{BuiltinFunction, BuiltinKind};
use crate::types::type_::{self, TypeFlags};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// Whether a class attribute is a data descriptor (defines `__set__` or
/// `__delete__`), which takes precedence over the instance dict.
pub fn is_data_descriptor(vm: &Vm, attr: &Value) -> bool {
    match attr.payload() {
        Some(Payload::Property(_) | Payload::GetSet(_) | Payload::Member(_)) => true,
        Some(Payload::Function(_) | Payload::Builtin(_) | Payload::ClassMethod(_) | Payload::StaticMethod(_)) => false,
        Some(Payload::Str(_) | Payload::Int(_) | Payload::Tuple(_) | Payload::List(_) | Payload::Dict(_))
            if attr.as_obj().is_some_and(|o| o.class().is_none()) =>
        {
            false
        }
        Some(_) => {
            let cls = vm.class_of(attr);
            type_::lookup(cls, &vm.names.__set__).is_some() || type_::lookup(cls, &vm.names.__delete__).is_some()
        }
        None => false,
    }
}

/// Whether a descriptor has a `__get__` (the built-in data descriptors
/// all do).
fn has_get(vm: &Vm, attr: &Value) -> bool {
    match attr.payload() {
        Some(Payload::Property(_) | Payload::GetSet(_) | Payload::Member(_)) => true,
        _ => type_::lookup(vm.class_of(attr), &vm.names.__get__).is_some(),
    }
}

/// Binds a builtin function found on a class.
pub fn bind_builtin(vm: &mut Vm, f: &BuiltinFunction, attr: &Value, instance: Value, owner: Value) -> Value {
    match f.kind {
        BuiltinKind::Method if f.bound.is_none() => {
            if instance.is_undef()
                || (instance.is_none()
                    && !owner.is_none()
                    && !matches!(&owner, Value::Obj(o) if Obj::ptr_eq(o, &vm.types.none_type)))
            {
                attr.clone()
            } else {
                Value::Obj(f.bind(instance))
            }
        }
        BuiltinKind::ClassMethod if f.bound.is_none() => {
            let owner =
                if owner.is_none() || owner.is_undef() { Value::Obj(vm.class_of(&instance).clone()) } else { owner };
            Value::Obj(f.bind(owner))
        }
        _ => attr.clone(),
    }
}

/// Applies the descriptor protocol to an attribute found on a class.
/// `instance` is `Value::Undef` when the attribute is read from the class.
pub fn bind_descriptor(vm: &mut Vm, attr: Value, instance: Value, owner: Value) -> PyResult<Value> {
    match attr.payload() {
        Some(Payload::Function(_)) => {
            if instance.is_undef() {
                Ok(attr)
            } else {
                Ok(crate::types::method::new_method(attr, instance))
            }
        }
        Some(Payload::Builtin(f)) => Ok(bind_builtin(vm, f, &attr, instance, owner)),
        Some(Payload::ClassMethod(f)) => {
            let f = f.borrow().clone();
            let owner =
                if owner.is_undef() || owner.is_none() { Value::Obj(vm.class_of(&instance).clone()) } else { owner };
            Ok(crate::types::method::new_method(f, owner))
        }
        Some(Payload::StaticMethod(f)) => Ok(f.borrow().clone()),
        Some(Payload::Property(p)) => {
            if instance.is_undef() {
                return Ok(attr.clone());
            }
            let fget = p.fget.borrow().clone();
            if fget.is_none() {
                let descr_get = vm.intern("__get__");
                let property_type = Value::Obj(vm.types.property.clone());
                let getter = get_attr(vm, &property_type, &descr_get)?;
                return vm.call(&getter, &[attr.clone(), instance, owner]);
            }
            vm.call(&fget, &[instance])
        }
        Some(Payload::GetSet(d)) => {
            if instance.is_undef() {
                Ok(attr.clone())
            } else {
                (d.get)(vm, &instance)
            }
        }
        Some(Payload::Member(m)) => {
            if instance.is_undef() {
                Ok(attr.clone())
            } else {
                crate::types::descriptors::member_get(vm, m, &instance)
            }
        }
        Some(
            Payload::Str(_)
            | Payload::Int(_)
            | Payload::Tuple(_)
            | Payload::Dict(_)
            | Payload::List(_)
            | Payload::Type(_)
            | Payload::Module(_),
        ) => Ok(attr),
        None => Ok(attr),
        Some(_) => {
            let cls = vm.class_of(&attr).clone();
            match type_::lookup(&cls, &vm.names.__get__) {
                Some(get) => {
                    let inst = if instance.is_undef() { Value::None } else { instance };
                    let get = bind_descriptor(vm, get, attr.clone(), Value::Obj(cls))?;
                    vm.call(&get, &[inst, owner])
                }
                None => Ok(attr),
            }
        }
    }
}

/// The instance dict of an object, if it has one.
pub fn instance_dict(vm: &mut Vm, obj: &Value) -> Option<Obj> {
    let Value::Obj(o) = obj else { return None };
    if let Some(d) = &o.dict {
        return Some(d.clone());
    }
    match &o.payload {
        Payload::Function(f) => Some(crate::types::function::function_dict(vm, f)),
        _ => None,
    }
}

/// Generic instance attribute lookup (`object.__getattribute__`):
/// `Ok(None)` when not found.
pub fn generic_getattr(vm: &mut Vm, obj: &Value, name: &Obj, _hooks: bool) -> PyResult<Option<Value>> {
    let cls = vm.class_of(obj).clone();
    let descr = type_::lookup(&cls, name);
    if let Some(d) = &descr {
        // A data descriptor wins over the instance dict, unless it has
        // no __get__ (only __set__/__delete__): then the dict's value
        // does, and the descriptor itself is the fallback.
        if is_data_descriptor(vm, d) && has_get(vm, d) {
            return bind_descriptor(vm, d.clone(), obj.clone(), Value::Obj(cls)).map(Some);
        }
    }
    if let Value::Obj(o) = obj {
        if let Some(dict) = &o.dict {
            if let Some(v) = crate::types::dict::table(dict).and_then(|t| t.borrow().get_str(name)) {
                return Ok(Some(v));
            }
            if matches!(&name.payload, Payload::Str(s) if s.as_str() == "__dict__") {
                return Ok(Some(Value::Obj(dict.clone())));
            }
        } else if let Payload::Function(f) = &o.payload {
            let d = f.dict.borrow().clone();
            if let Some(dict) = d {
                if let Some(v) = crate::types::dict::table(&dict).and_then(|t| t.borrow().get_str(name)) {
                    return Ok(Some(v));
                }
            }
        }
    }
    match descr {
        Some(d) => bind_descriptor(vm, d, obj.clone(), Value::Obj(cls)).map(Some),
        None => Ok(None),
    }
}

/// The AttributeError for a missing attribute, with `name` and `obj` set
/// (the traceback printer uses them for "Did you mean" suggestions).
pub fn no_attribute(vm: &mut Vm, obj: &Value, name: &Obj) -> PyErr {
    let attr = match &name.payload {
        Payload::Str(s) => s.as_str().to_string(),
        _ => String::new(),
    };
    let msg = match obj.payload() {
        Some(Payload::Module(_)) => {
            let modname =
                obj.as_obj().and_then(|m| m.dict.clone()).and_then(|d| vm.dict_get_str(&d, "__name__").ok().flatten());
            match modname.as_ref().and_then(crate::types::str::as_str) {
                Some(m) if vm.submodule_initializing(m, &attr) => {
                    format!("cannot access submodule '{attr}' of module '{m}' (most likely due to a circular import)")
                }
                Some(m) if vm.module_initializing(m) => {
                    format!("partially initialized module '{m}' has no attribute '{attr}' (most likely due to a circular import)")
                }
                Some(m) => format!("module '{m}' has no attribute '{attr}'"),
                None => format!("module has no attribute '{attr}'"),
            }
        }
        Some(Payload::Type(_)) => format!(
            "type object '{}' has no attribute '{attr}'",
            obj.as_obj().map(type_::type_name).unwrap_or_default()
        ),
        _ => format!("'{}' object has no attribute '{attr}'", vm.type_name(obj)),
    };
    let err = vm.attribute_error(msg);
    let _ = set_exception_attr(vm, &err.exc, "name", Value::Obj(name.clone()));
    let _ = set_exception_attr(vm, &err.exc, "obj", obj.clone());
    err
}

/// Sets an attribute in an exception's dict.
pub fn set_exception_attr(vm: &mut Vm, exc: &Obj, name: &str, value: Value) -> PyResult<()> {
    if let Some(d) = &exc.dict {
        let d = d.clone();
        vm.dict_set_str(&d, name, value)?;
    }
    Ok(())
}

/// Attribute lookup on a class (`type.__getattribute__`).
pub fn type_getattr(vm: &mut Vm, ty: &Obj, name: &Obj) -> PyResult<Option<Value>> {
    let tv = Value::Obj(ty.clone());
    let meta = vm.class_of(&tv).clone();
    let meta_attr = type_::lookup(&meta, name);
    if let Some(m) = &meta_attr {
        if is_data_descriptor(vm, m) {
            return bind_descriptor(vm, m.clone(), tv, Value::Obj(meta)).map(Some);
        }
    }
    if let Some(attr) = type_::lookup(ty, name) {
        return bind_descriptor(vm, attr, Value::Undef, tv).map(Some);
    }
    if let Some(m) = meta_attr {
        return bind_descriptor(vm, m, tv, Value::Obj(meta)).map(Some);
    }
    Ok(None)
}

/// `getattr(obj, name)`.
pub fn get_attr(vm: &mut Vm, obj: &Value, name: &Obj) -> PyResult<Value> {
    if let Value::Obj(o) = obj {
        match &o.payload {
            Payload::Type(_) => {
                let meta = vm.class_of(obj).clone();
                if type_::data(&meta).has_flag(TypeFlags::CUSTOM_GETATTRIBUTE) {
                    return custom_getattr(vm, obj, name, &meta);
                }
                if let Some(v) = type_getattr(vm, o, name)? {
                    return Ok(v);
                }
                if type_::data(&meta).has_flag(TypeFlags::HAS_GETATTR) {
                    if let Some(r) = call_special(vm, obj, &vm.names.__getattr__.clone(), &[Value::Obj(name.clone())])?
                    {
                        return Ok(r);
                    }
                }
                return Err(no_attribute(vm, obj, name));
            }
            Payload::Module(_) if o.class().is_none() => {
                if let Some(v) = generic_getattr(vm, obj, name, true)? {
                    return Ok(v);
                }
                // A module-level __getattr__ (PEP 562).
                if let Some(dict) = &o.dict {
                    let dict = dict.clone();
                    if let Some(hook) = vm.dict_get_str(&dict, "__getattr__")? {
                        return vm.call(&hook, &[Value::Obj(name.clone())]);
                    }
                }
                return Err(no_attribute(vm, obj, name));
            }
            Payload::Super(s) => {
                if let Some(v) = crate::types::super_::super_getattr(vm, s, name)? {
                    return Ok(v);
                }
            }
            _ => {}
        }
    }
    let cls = vm.class_of(obj).clone();
    let td = type_::data(&cls);
    if td.has_flag(TypeFlags::CUSTOM_GETATTRIBUTE) {
        return custom_getattr(vm, obj, name, &cls);
    }
    if let Some(v) = generic_getattr(vm, obj, name, true)? {
        return Ok(v);
    }
    // Objects that forward missing attributes.
    match obj.payload() {
        Some(Payload::Method(m)) => {
            let func = m.0.clone();
            return get_attr(vm, &func, name);
        }
        Some(Payload::WeakRef(w)) if w.proxy => match w.get() {
            Some(target) => return get_attr(vm, &Value::Obj(target), name),
            None => {
                let ty = vm.exc.reference_error.clone();
                return Err(vm.new_error(&ty, "weakly-referenced object no longer exists"));
            }
        },
        _ => {}
    }
    if td.has_flag(TypeFlags::HAS_GETATTR) {
        if let Some(r) = call_special(vm, obj, &vm.names.__getattr__.clone(), &[Value::Obj(name.clone())])? {
            return Ok(r);
        }
    }
    if let Some(Value::Obj(c)) = Some(Value::Obj(cls.clone())) {
        if Obj::ptr_eq(&c, &vm.types.generic_alias) {
            let origin = crate::types::tuple::items(obj).map(|t| t[0].clone()).unwrap_or(Value::None);
            return get_attr(vm, &origin, name);
        }
    }
    Err(no_attribute(vm, obj, name))
}

/// A class with its own `__getattribute__`: call it, and `__getattr__` on
/// AttributeError.
fn custom_getattr(vm: &mut Vm, obj: &Value, name: &Obj, cls: &Obj) -> PyResult<Value> {
    let ga = vm.names.__getattribute__.clone();
    let result = match call_special(vm, obj, &ga, &[Value::Obj(name.clone())]) {
        Ok(Some(v)) => return Ok(v),
        Ok(None) => Err(no_attribute(vm, obj, name)),
        Err(e) => Err(e),
    };
    if let Err(e) = &result {
        let attr_err = vm.exc.attribute_error.clone();
        if vm.err_matches(e, &attr_err) && type_::data(cls).has_flag(TypeFlags::HAS_GETATTR) {
            let getattr = vm.names.__getattr__.clone();
            if let Some(r) = call_special(vm, obj, &getattr, &[Value::Obj(name.clone())])? {
                return Ok(r);
            }
        }
    }
    result
}

/// `hasattr(obj, name)`.
pub fn has_attr(vm: &mut Vm, obj: &Value, name: &Obj) -> PyResult<bool> {
    match get_attr(vm, obj, name) {
        Ok(_) => Ok(true),
        Err(e) if vm.err_matches(&e, &vm.exc.attribute_error.clone()) => Ok(false),
        Err(e) => Err(e),
    }
}

/// Generic attribute assignment (`object.__setattr__`); `None` deletes.
pub fn generic_setattr(vm: &mut Vm, obj: &Value, name: &Obj, value: Option<Value>) -> PyResult<()> {
    let cls = vm.class_of(obj).clone();
    if let Some(descr) = type_::lookup(&cls, name) {
        match descr.payload() {
            Some(Payload::Property(p)) => return crate::types::descriptors::property_set(vm, p, obj, value),
            Some(Payload::GetSet(d)) => {
                return match d.set {
                    Some(set) => set(vm, obj, value),
                    None => {
                        let attr = crate::types::str::as_str(&Value::Obj(name.clone())).unwrap_or("").to_string();
                        let tn = type_::type_name(&d.owner);
                        Err(vm.attribute_error(format!("attribute '{attr}' of '{tn}' objects is not writable")))
                    }
                };
            }
            Some(Payload::Member(m)) => return crate::types::descriptors::member_set(vm, m, obj, value),
            _ if is_data_descriptor(vm, &descr) => {
                let method = if value.is_some() { vm.names.__set__.clone() } else { vm.names.__delete__.clone() };
                let args: Vec<Value> = match &value {
                    Some(v) => vec![obj.clone(), v.clone()],
                    None => vec![obj.clone()],
                };
                return match call_special(vm, &descr, &method, &args)? {
                    Some(_) => Ok(()),
                    None => {
                        let attr = crate::types::str::as_str(&Value::Obj(name.clone())).unwrap_or("").to_string();
                        Err(vm.attribute_error(format!("__set__ not defined for attribute '{attr}'")))
                    }
                };
            }
            _ => {}
        }
    }
    if let Some(dict) = instance_dict(vm, obj) {
        let key = Value::Obj(name.clone());
        return match value {
            Some(v) => crate::types::dict::dict_set(vm, &dict, key, v),
            None => match crate::types::dict::dict_del(vm, &dict, &key)? {
                Some(_) => Ok(()),
                None => Err(no_attribute(vm, obj, name)),
            },
        };
    }
    let attr = crate::types::str::as_str(&Value::Obj(name.clone())).unwrap_or("").to_string();
    let tn = vm.type_name(obj);
    if type_::lookup(&cls, name).is_some() {
        return Err(vm.attribute_error(format!("'{tn}' object attribute '{attr}' is read-only")));
    }
    Err(vm.attribute_error(format!("'{tn}' object has no attribute '{attr}'")))
}

/// Assignment to a class attribute.
pub(crate) fn type_setattr(vm: &mut Vm, ty: &Obj, name: &Obj, value: Option<Value>) -> PyResult<()> {
    let tv = Value::Obj(ty.clone());
    let meta = vm.class_of(&tv).clone();
    if let Some(descr) = type_::lookup(&meta, name) {
        if is_data_descriptor(vm, &descr) {
            return generic_setattr(vm, &tv, name, value);
        }
    }
    let attr = crate::types::str::as_str(&Value::Obj(name.clone())).unwrap_or("").to_string();
    if !type_::data(ty).has_flag(TypeFlags::HEAPTYPE) || type_::data(ty).has_flag(TypeFlags::IMMUTABLE) {
        let tn = type_::type_name(ty);
        return Err(vm.type_error(format!("cannot set '{attr}' attribute of immutable type '{tn}'")));
    }
    let Some(dict) = ty.dict.clone() else {
        return Ok(());
    };
    let key = Value::Obj(name.clone());
    match value {
        Some(v) => crate::types::dict::dict_set(vm, &dict, key, v)?,
        None => {
            if crate::types::dict::dict_del(vm, &dict, &key)?.is_none() {
                return Err(no_attribute(vm, &tv, name));
            }
        }
    }
    type_::type_modified(ty);
    if attr.starts_with("__") && attr.ends_with("__") {
        type_::update_flags(vm, ty);
    }
    Ok(())
}

/// `setattr(obj, name, value)`.
pub fn set_attr(vm: &mut Vm, obj: &Value, name: &Obj, value: Value) -> PyResult<()> {
    set_or_del(vm, obj, name, Some(value))
}

/// `delattr(obj, name)`.
pub fn del_attr(vm: &mut Vm, obj: &Value, name: &Obj) -> PyResult<()> {
    set_or_del(vm, obj, name, None)
}

fn set_or_del(vm: &mut Vm, obj: &Value, name: &Obj, value: Option<Value>) -> PyResult<()> {
    let cls = vm.class_of(obj).clone();
    if type_::data(&cls).has_flag(TypeFlags::CUSTOM_SETATTR) {
        let (method, args) = match &value {
            Some(v) => (vm.names.__setattr__.clone(), vec![Value::Obj(name.clone()), v.clone()]),
            None => (vm.names.__delattr__.clone(), vec![Value::Obj(name.clone())]),
        };
        call_special(vm, obj, &method, &args)?;
        return Ok(());
    }
    if let Value::Obj(o) = obj {
        if matches!(o.payload, Payload::Type(_)) {
            return type_setattr(vm, o, name, value);
        }
        if let Payload::WeakRef(w) = &o.payload {
            if w.proxy {
                if let Some(t) = w.get() {
                    return set_or_del(vm, &Value::Obj(t), name, value);
                }
            }
        }
    }
    generic_setattr(vm, obj, name, value)
}

/// A special method of `obj`'s class, bound to `obj`.
pub fn lookup_special(vm: &mut Vm, obj: &Value, name: &Obj) -> Option<Value> {
    let cls = vm.class_of(obj).clone();
    let attr = type_::lookup(&cls, name)?;
    if attr.is_none() {
        return None;
    }
    bind_descriptor(vm, attr, obj.clone(), Value::Obj(cls)).ok()
}

/// Calls a special method of `obj`'s class with `args` (after `obj`);
/// `Ok(None)` if the class does not define it. Functions are called
/// without making a bound method.
pub fn call_special(vm: &mut Vm, obj: &Value, name: &Obj, args: &[Value]) -> PyResult<Option<Value>> {
    let cls = vm.class_of(obj).clone();
    let Some(attr) = type_::lookup(&cls, name) else {
        return Ok(None);
    };
    if attr.is_none() {
        return Ok(None);
    }
    match attr.payload() {
        Some(Payload::Function(_)) => {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(obj.clone());
            full.extend_from_slice(args);
            vm.call(&attr, &full).map(Some)
        }
        Some(Payload::Builtin(f)) if f.kind == BuiltinKind::Method && f.bound.is_none() => {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(obj.clone());
            full.extend_from_slice(args);
            vm.call_builtin_unbound(f, None, &full, &[]).map(Some)
        }
        _ => {
            let bound = bind_descriptor(vm, attr, obj.clone(), Value::Obj(cls))?;
            vm.call(&bound, args).map(Some)
        }
    }
}

impl Vm {
    /// `getattr(obj, "name")` with a Rust string name.
    pub fn get_attr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let name = self.intern(name);
        get_attr(self, obj, &name)
    }

    /// `getattr(obj, name)` with a Python value as name.
    pub fn get_attr_value(&mut self, obj: &Value, name: &Value) -> PyResult<Value> {
        match name {
            Value::Obj(n) if matches!(n.payload, Payload::Str(_)) => get_attr(self, obj, n),
            other => {
                let tn = self.type_name(other);
                Err(self.type_error(format!("attribute name must be string, not '{tn}'")))
            }
        }
    }

    pub fn set_attr_str(&mut self, obj: &Value, name: &str, value: Value) -> PyResult<()> {
        let name = self.intern(name);
        set_attr(self, obj, &name, value)
    }

    /// `obj.name(*args)`.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let method = self.get_attr_str(obj, name)?;
        self.call(&method, args)
    }
}
