//! Descriptors: `property`, `classmethod`, `staticmethod`, and the
//! `getset_descriptor` / `member_descriptor` types through which built-in
//! attributes and `__slots__` are exposed.

use crate::object::{Obj, Object, Payload, PyCell};
use crate::protocol::args;
use crate::types::builtin_function::KwArgs;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub type Getter = fn(&mut Vm, &Value) -> PyResult<Value>;
pub type Setter = fn(&mut Vm, &Value, Option<Value>) -> PyResult<()>;

/// An attribute of a built-in type computed by Rust code.
pub struct GetSetDescr {
    pub name: &'static str,
    pub owner: Obj,
    pub get: Getter,
    pub set: Option<Setter>,
}

/// A `__slots__` entry: index into the instance's slot values.
pub struct MemberDescr {
    pub name: String,
    pub owner: Obj,
    pub index: usize,
}

pub struct PropertyData {
    pub fget: PyCell<Value>,
    pub fset: PyCell<Value>,
    pub fdel: PyCell<Value>,
    pub doc: PyCell<Value>,
    pub name: PyCell<Value>,
}

impl PropertyData {
    pub fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        for c in [&self.fget, &self.fset, &self.fdel, &self.doc, &self.name] {
            if let Ok(Value::Obj(o)) = c.try_borrow().as_deref() {
                visit(o);
            }
        }
    }

    pub fn clear(&self) {
        for c in [&self.fget, &self.fset, &self.fdel, &self.doc] {
            let old = c.try_borrow_mut().map(|mut v| std::mem::replace(&mut *v, Value::None));
            drop(old);
        }
    }
}

pub fn add_getset(vm: &mut Vm, ty: &Obj, name: &'static str, get: Getter) {
    let d = Object::builtin(Payload::GetSet(Box::new(GetSetDescr { name, owner: ty.clone(), get, set: None })));
    vm.set_type_attr_raw(ty, name, Value::Obj(d));
}

pub fn add_getset_rw(vm: &mut Vm, ty: &Obj, name: &'static str, get: Getter, set: Setter) {
    let d = Object::builtin(Payload::GetSet(Box::new(GetSetDescr { name, owner: ty.clone(), get, set: Some(set) })));
    vm.set_type_attr_raw(ty, name, Value::Obj(d));
}

pub fn new_member(owner: &Obj, name: &str, index: usize) -> Obj {
    Object::builtin(Payload::Member(Box::new(MemberDescr { name: name.to_string(), owner: owner.clone(), index })))
}

/// Reads a slot of an instance with `__slots__`.
pub fn member_get(vm: &mut Vm, m: &MemberDescr, instance: &Value) -> PyResult<Value> {
    if let Some(Payload::Slots(values)) = instance.payload() {
        if let Some(v) = values.borrow().get(m.index) {
            if !v.is_undef() {
                return Ok(v.clone());
            }
        }
    }
    let tn = crate::types::type_::type_name(&m.owner);
    Err(vm.attribute_error(format!("'{tn}' object has no attribute '{}'", m.name)))
}

pub fn member_set(vm: &mut Vm, m: &MemberDescr, instance: &Value, value: Option<Value>) -> PyResult<()> {
    if let Some(Payload::Slots(values)) = instance.payload() {
        let mut values = values.borrow_mut();
        if let Some(slot) = values.get_mut(m.index) {
            if value.is_none() && slot.is_undef() {
                drop(values);
                let tn = crate::types::type_::type_name(&m.owner);
                return Err(vm.attribute_error(format!("'{tn}' object has no attribute '{}'", m.name)));
            }
            let old = std::mem::replace(slot, value.unwrap_or(Value::Undef));
            drop(values);
            drop(old);
            return Ok(());
        }
    }
    let tn = vm.type_name(instance);
    Err(vm.type_error(format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{tn}' object",
        m.name,
        crate::types::type_::type_name(&m.owner)
    )))
}

fn getset_get(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(Payload::GetSet(d)) = a.first().and_then(|v| v.payload()) else {
        return Err(vm.type_error("expected a descriptor"));
    };
    match a.get(1) {
        None | Some(Value::None) => Ok(a[0].clone()),
        Some(instance) => (d.get)(vm, instance),
    }
}

fn getset_set(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(Payload::GetSet(d)) = a.first().and_then(|v| v.payload()) else {
        return Err(vm.type_error("expected a descriptor"));
    };
    args::check_positional(vm, "__set__", &a[1..], 2, 2)?;
    match d.set {
        Some(set) => {
            set(vm, &a[1], Some(a[2].clone()))?;
            Ok(Value::None)
        }
        None => {
            let tn = crate::types::type_::type_name(&d.owner);
            Err(vm.attribute_error(format!("attribute '{}' of '{tn}' objects is not writable", d.name)))
        }
    }
}

fn getset_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = match a.first().and_then(|v| v.payload()) {
        Some(Payload::GetSet(d)) => {
            format!("<attribute '{}' of '{}' objects>", d.name, crate::types::type_::type_name(&d.owner))
        }
        Some(Payload::Member(m)) => {
            format!("<member '{}' of '{}' objects>", m.name, crate::types::type_::type_name(&m.owner))
        }
        _ => return Err(vm.type_error("expected a descriptor")),
    };
    Ok(vm.new_str(s))
}

fn member_get_method(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(Payload::Member(m)) = a.first().and_then(|v| v.payload()) else {
        return Err(vm.type_error("expected a descriptor"));
    };
    match a.get(1) {
        None | Some(Value::None) => Ok(a[0].clone()),
        Some(instance) => member_get(vm, m, instance),
    }
}

fn member_set_method(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(Payload::Member(m)) = a.first().and_then(|v| v.payload()) else {
        return Err(vm.type_error("expected a descriptor"));
    };
    args::check_positional(vm, "__set__", &a[1..], 2, 2)?;
    member_set(vm, m, &a[1], Some(a[2].clone()))?;
    Ok(Value::None)
}

// ----- property --------------------------------------------------------

fn prop(v: &Value) -> Option<&PropertyData> {
    match v.payload() {
        Some(Payload::Property(p)) => Some(p),
        _ => None,
    }
}

fn property_new(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = match a.first() {
        Some(Value::Obj(c)) => c.clone(),
        _ => return Err(vm.type_error("property.__new__(X): X is not a type object")),
    };
    let data = PropertyData {
        fget: PyCell::new(Value::None),
        fset: PyCell::new(Value::None),
        fdel: PyCell::new(Value::None),
        doc: PyCell::new(Value::None),
        name: PyCell::new(Value::None),
    };
    Ok(Value::Obj(crate::types::object::alloc_instance(vm, &cls, Payload::Property(Box::new(data)))))
}

fn property_init(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let parsed = args::parse(vm, "property", &a[1..], kwargs, &["fget", "fset", "fdel", "doc"], 0)?;
    let Some(p) = a.first().and_then(prop) else {
        return Err(vm.type_error("expected a property"));
    };
    let norm = |v: &Value| if v.is_undef() { Value::None } else { v.clone() };
    *p.fget.borrow_mut() = norm(&parsed[0]);
    *p.fset.borrow_mut() = norm(&parsed[1]);
    *p.fdel.borrow_mut() = norm(&parsed[2]);
    let mut doc = norm(&parsed[3]);
    if doc.is_none() && !parsed[0].is_undef() && !parsed[0].is_none() {
        let doc_name = vm.names.__doc__.clone();
        if let Ok(d) = crate::protocol::attr::get_attr(vm, &parsed[0], &doc_name) {
            doc = d;
        }
    }
    *p.doc.borrow_mut() = doc;
    Ok(Value::None)
}

fn property_get(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(p) = a.first().and_then(prop) else {
        return Err(vm.type_error("expected a property"));
    };
    match a.get(1) {
        None | Some(Value::None) => Ok(a[0].clone()),
        Some(instance) => {
            let fget = p.fget.borrow().clone();
            if fget.is_none() {
                let name = property_name(vm, p)?;
                let tn = vm.type_name(instance);
                return Err(vm.attribute_error(match name {
                    Some(n) => format!("property '{n}' of '{tn}' object has no getter"),
                    None => format!("property of '{tn}' object has no getter"),
                }));
            }
            vm.call(&fget, std::slice::from_ref(instance))
        }
    }
}

fn property_name(vm: &mut Vm, p: &PropertyData) -> PyResult<Option<String>> {
    let name = p.name.borrow().clone();
    if !name.is_none() {
        return Ok(Some(vm.str_string(&name)?));
    }
    let fget = p.fget.borrow().clone();
    if !fget.is_none() {
        let n = vm.names.__name__.clone();
        if let Ok(v) = crate::protocol::attr::get_attr(vm, &fget, &n) {
            return Ok(Some(vm.str_string(&v)?));
        }
    }
    Ok(None)
}

/// Runs a property's setter (`value` Some) or deleter (None).
pub fn property_set(vm: &mut Vm, p: &PropertyData, instance: &Value, value: Option<Value>) -> PyResult<()> {
    let (f, what) = match &value {
        Some(_) => (p.fset.borrow().clone(), "setter"),
        None => (p.fdel.borrow().clone(), "deleter"),
    };
    if f.is_none() {
        let name = property_name(vm, p)?;
        let tn = vm.type_name(instance);
        return Err(vm.attribute_error(match name {
            Some(n) => format!("property '{n}' of '{tn}' object has no {what}"),
            None => format!("property of '{tn}' object has no {what}"),
        }));
    }
    match value {
        Some(v) => vm.call(&f, &[instance.clone(), v])?,
        None => vm.call(&f, std::slice::from_ref(instance))?,
    };
    Ok(())
}

fn property_set_method(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(p) = a.first().and_then(prop) else {
        return Err(vm.type_error("expected a property"));
    };
    args::check_positional(vm, "__set__", &a[1..], 2, 2)?;
    property_set(vm, p, &a[1], Some(a[2].clone()))?;
    Ok(Value::None)
}

fn property_delete_method(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(p) = a.first().and_then(prop) else {
        return Err(vm.type_error("expected a property"));
    };
    let instance = args::exactly_one(vm, "__delete__", &a[1..])?;
    property_set(vm, p, &instance, None)?;
    Ok(Value::None)
}

/// property.getter/setter/deleter: a copy with one function replaced.
fn property_copy(vm: &mut Vm, a: &[Value], which: usize) -> PyResult<Value> {
    let Some(p) = a.first().and_then(prop) else {
        return Err(vm.type_error("expected a property"));
    };
    let f = args::exactly_one(vm, "property", &a[1..])?;
    let mut parts = [p.fget.borrow().clone(), p.fset.borrow().clone(), p.fdel.borrow().clone()];
    parts[which] = f;
    let doc = p.doc.borrow().clone();
    let cls = Value::Obj(vm.class_of(&a[0]).clone());
    let new = vm.call(&cls, &[parts[0].clone(), parts[1].clone(), parts[2].clone(), doc])?;
    if let Some(np) = prop(&new) {
        *np.name.borrow_mut() = p.name.borrow().clone();
    }
    Ok(new)
}

fn property_getter(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    property_copy(vm, a, 0)
}
fn property_setter(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    property_copy(vm, a, 1)
}
fn property_deleter(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    property_copy(vm, a, 2)
}

fn property_set_name(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(p) = a.first().and_then(prop) else {
        return Err(vm.type_error("expected a property"));
    };
    if let Some(name) = a.get(2) {
        *p.name.borrow_mut() = name.clone();
    }
    Ok(Value::None)
}

// ----- classmethod and staticmethod ------------------------------------

fn wrapped(v: &Value) -> Option<Value> {
    match v.payload() {
        Some(Payload::ClassMethod(f)) | Some(Payload::StaticMethod(f)) => Some(f.borrow().clone()),
        _ => None,
    }
}

fn classmethod_new(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = match a.first() {
        Some(Value::Obj(c)) => c.clone(),
        _ => return Err(vm.type_error("classmethod.__new__(X): X is not a type object")),
    };
    let f = args::exactly_one(vm, "classmethod", &a[1..])?;
    Ok(Value::Obj(crate::types::object::alloc_instance(vm, &cls, Payload::ClassMethod(PyCell::new(f)))))
}

fn staticmethod_new(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = match a.first() {
        Some(Value::Obj(c)) => c.clone(),
        _ => return Err(vm.type_error("staticmethod.__new__(X): X is not a type object")),
    };
    let f = args::exactly_one(vm, "staticmethod", &a[1..])?;
    Ok(Value::Obj(crate::types::object::alloc_instance(vm, &cls, Payload::StaticMethod(PyCell::new(f)))))
}

fn wrapper_init(_vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn classmethod_get(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(f) = a.first().and_then(wrapped) else {
        return Err(vm.type_error("expected a classmethod"));
    };
    let owner = match (a.get(1), a.get(2)) {
        (_, Some(o)) if !o.is_none() => o.clone(),
        (Some(i), _) => Value::Obj(vm.class_of(i).clone()),
        _ => return Err(vm.type_error("__get__(None, None) is invalid")),
    };
    Ok(crate::types::method::new_method(f, owner))
}

fn staticmethod_get(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    a.first().and_then(wrapped).ok_or_else(|| vm.type_error("expected a staticmethod"))
}

fn staticmethod_call(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let Some(f) = a.first().and_then(wrapped) else {
        return Err(vm.type_error("expected a staticmethod"));
    };
    vm.call_kw(&f, &a[1..], kwargs)
}

fn wrapper_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(f) = a.first().and_then(wrapped) else {
        return Err(vm.type_error("expected a descriptor"));
    };
    let tn = vm.type_name(&a[0]);
    let inner = vm.repr_string(&f)?;
    Ok(vm.new_str(format!("<{tn}({inner})>")))
}

pub fn init(vm: &mut Vm) {
    for t in [vm.types.getset_descriptor.clone(), vm.types.member_descriptor.clone()] {
        vm.add_method(&t, "__repr__", getset_repr);
        add_getset(vm, &t, "__name__", |vm, v| match v.payload() {
            Some(Payload::GetSet(d)) => Ok(vm.new_str(d.name)),
            Some(Payload::Member(m)) => Ok(vm.new_str(m.name.clone())),
            _ => Ok(Value::None),
        });
        add_getset(vm, &t, "__objclass__", |_vm, v| match v.payload() {
            Some(Payload::GetSet(d)) => Ok(Value::Obj(d.owner.clone())),
            Some(Payload::Member(m)) => Ok(Value::Obj(m.owner.clone())),
            _ => Ok(Value::None),
        });
        // The docs of the built-in types' attributes (`int.real`); slots
        // of Python classes have none.
        add_getset(vm, &t, "__doc__", |vm, v| match v.payload() {
            Some(Payload::GetSet(d)) => {
                Ok(match crate::builtins::docs::member_doc(&crate::types::type_::type_name(&d.owner), d.name) {
                    Some(doc) => vm.new_str(doc),
                    None => Value::None,
                })
            }
            _ => Ok(Value::None),
        });
    }
    let t = vm.types.getset_descriptor.clone();
    vm.add_method(&t, "__get__", getset_get);
    vm.add_method(&t, "__set__", getset_set);
    let t = vm.types.member_descriptor.clone();
    vm.add_method(&t, "__get__", member_get_method);
    vm.add_method(&t, "__set__", member_set_method);

    let t = vm.types.property.clone();
    vm.add_staticmethod(&t, "__new__", property_new);
    vm.add_method(&t, "__init__", property_init);
    vm.add_method(&t, "__get__", property_get);
    vm.add_method(&t, "__set__", property_set_method);
    vm.add_method(&t, "__delete__", property_delete_method);
    vm.add_method(&t, "getter", property_getter);
    vm.add_method(&t, "setter", property_setter);
    vm.add_method(&t, "deleter", property_deleter);
    vm.add_method(&t, "__set_name__", property_set_name);
    add_getset(vm, &t, "fget", |_vm, v| Ok(prop(v).map(|p| p.fget.borrow().clone()).unwrap_or(Value::None)));
    add_getset(vm, &t, "fset", |_vm, v| Ok(prop(v).map(|p| p.fset.borrow().clone()).unwrap_or(Value::None)));
    add_getset(vm, &t, "fdel", |_vm, v| Ok(prop(v).map(|p| p.fdel.borrow().clone()).unwrap_or(Value::None)));
    add_getset_rw(
        vm,
        &t,
        "__doc__",
        |_vm, v| Ok(prop(v).map(|p| p.doc.borrow().clone()).unwrap_or(Value::None)),
        |_vm, v, new| {
            if let Some(p) = prop(v) {
                *p.doc.borrow_mut() = new.unwrap_or(Value::None);
            }
            Ok(())
        },
    );
    add_getset(vm, &t, "__isabstractmethod__", |vm, v| {
        let Some(p) = prop(v) else {
            return Ok(Value::FALSE);
        };
        let fget = p.fget.borrow().clone();
        let key = vm.intern("__isabstractmethod__");
        match crate::protocol::attr::get_attr(vm, &fget, &key) {
            Ok(r) => Ok(Value::bool(vm.truthy(&r)?)),
            Err(_) => Ok(Value::FALSE),
        }
    });

    for (t, getter) in [
        (vm.types.classmethod.clone(), classmethod_get as crate::types::builtin_function::NativeFn),
        (vm.types.staticmethod.clone(), staticmethod_get),
    ] {
        vm.add_method(&t, "__init__", wrapper_init);
        vm.add_method(&t, "__get__", getter);
        vm.add_method(&t, "__repr__", wrapper_repr);
        add_getset(vm, &t, "__func__", |_vm, v| Ok(wrapped(v).unwrap_or(Value::None)));
        add_getset(vm, &t, "__wrapped__", |_vm, v| Ok(wrapped(v).unwrap_or(Value::None)));
        add_getset(vm, &t, "__isabstractmethod__", |vm, v| {
            let f = wrapped(v).unwrap_or(Value::None);
            let key = vm.intern("__isabstractmethod__");
            match crate::protocol::attr::get_attr(vm, &f, &key) {
                Ok(r) => Ok(Value::bool(vm.truthy(&r)?)),
                Err(_) => Ok(Value::FALSE),
            }
        });
        add_getset(vm, &t, "__doc__", |vm, v| {
            let f = wrapped(v).unwrap_or(Value::None);
            let key = vm.names.__doc__.clone();
            Ok(crate::protocol::attr::get_attr(vm, &f, &key).unwrap_or(Value::None))
        });
        add_getset(vm, &t, "__name__", |vm, v| {
            let f = wrapped(v).unwrap_or(Value::None);
            let key = vm.names.__name__.clone();
            crate::protocol::attr::get_attr(vm, &f, &key)
        });
        add_getset(vm, &t, "__qualname__", |vm, v| {
            let f = wrapped(v).unwrap_or(Value::None);
            let key = vm.names.__qualname__.clone();
            crate::protocol::attr::get_attr(vm, &f, &key)
        });
    }
    let t = vm.types.classmethod.clone();
    vm.add_staticmethod(&t, "__new__", classmethod_new);
    let t = vm.types.staticmethod.clone();
    vm.add_staticmethod(&t, "__new__", staticmethod_new);
    vm.add_method(&t, "__call__", staticmethod_call);
}
