//! `module` objects. A module's namespace is its header dict.

use crate::object::{Obj, Object, Payload, PyCell};
use crate::types::builtin_function::KwArgs;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub struct ModuleData {
    /// Set for modules created from Rust: the native module's name.
    pub builtin: PyCell<bool>,
}

impl ModuleData {
    pub fn trace(&self, _visit: &mut dyn FnMut(&Obj)) {}
    pub fn clear(&self) {}
}

/// A new, empty module with `__name__` (and a `None` `__doc__`).
pub fn new_module(vm: &mut Vm, name: &str, cls: Option<Obj>) -> Obj {
    let dict = vm.new_dict();
    let module = Object::new(cls, Some(dict.clone()), Payload::Module(ModuleData { builtin: PyCell::new(false) }));
    let name_value = vm.new_str(name);
    let _ = vm.dict_set_str(&dict, "__name__", name_value);
    let _ = vm.dict_set_str(&dict, "__doc__", Value::None);
    let _ = vm.dict_set_str(&dict, "__package__", Value::None);
    let _ = vm.dict_set_str(&dict, "__loader__", Value::None);
    let _ = vm.dict_set_str(&dict, "__spec__", Value::None);
    module
}

/// A native module with these functions: the usual shape of `make_module`.
pub fn new_native_module(
    vm: &mut Vm,
    name: &'static str,
    functions: &[(&'static str, crate::types::builtin_function::NativeFn)],
) -> crate::vm::PyResult<Obj> {
    let module = new_module(vm, name, None);
    let dict = module.dict.clone().expect("modules have dicts");
    for (fname, f) in functions {
        let doc = crate::builtins::docs::function_doc(name, fname);
        let func = crate::types::builtin_function::new_function_doc(fname, Some(name), *f, doc);
        vm.dict_set_str(&dict, fname, Value::Obj(func))?;
    }
    Ok(module)
}

/// The class `name` of module `module` (importing it if needed): how a
/// native module's functions find the classes it made.
pub fn class_in_module(vm: &mut Vm, module: &str, name: &str) -> crate::vm::PyResult<Obj> {
    let m = vm.import_module(module)?;
    match vm.get_attr_str(&m, name)? {
        Value::Obj(t) if crate::types::type_::is_type(&Value::Obj(t.clone())) => Ok(t),
        _ => Err(vm.type_error(format!("{module}.{name} is not a class"))),
    }
}

pub fn module_dict(module: &Obj) -> Option<&Obj> {
    module.dict.as_ref()
}

fn module_new(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = match a.first() {
        Some(Value::Obj(c)) => c.clone(),
        _ => return Err(vm.type_error("module.__new__(X): X is not a type object")),
    };
    let cls = if Obj::ptr_eq(&cls, &vm.types.module) { None } else { Some(cls) };
    Ok(Value::Obj(new_module(vm, "?", cls)))
}

fn module_init(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let parsed = crate::protocol::args::parse(vm, "module", &a[1..], kwargs, &["name", "doc"], 1)?;
    let Some(Value::Obj(m)) = a.first() else {
        return Err(vm.type_error("expected a module"));
    };
    if let Some(dict) = &m.dict {
        let dict = dict.clone();
        vm.dict_set_str(&dict, "__name__", parsed[0].clone())?;
        let doc = if parsed[1].is_undef() { Value::None } else { parsed[1].clone() };
        vm.dict_set_str(&dict, "__doc__", doc)?;
    }
    Ok(Value::None)
}

fn module_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Obj(m)) = a.first() else {
        return Err(vm.type_error("expected a module"));
    };
    let dict = m.dict.clone();
    let (name, file) = match &dict {
        Some(d) => (vm.dict_get_str(d, "__name__")?, vm.dict_get_str(d, "__file__")?),
        None => (None, None),
    };
    let name = match name {
        Some(n) => vm.str_string(&n)?,
        None => "?".into(),
    };
    let builtin = matches!(&m.payload, Payload::Module(d) if *d.builtin.borrow());
    let s = match file {
        Some(f) if !f.is_none() => format!("<module '{}' from '{}'>", name, vm.str_string(&f)?),
        _ if builtin => format!("<module '{name}' (built-in)>"),
        _ => format!("<module '{name}'>"),
    };
    Ok(vm.new_str(s))
}

fn module_dir(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Obj(m)) = a.first() else {
        return Err(vm.type_error("expected a module"));
    };
    let keys = m.dict.as_ref().map(crate::types::dict::dict_keys).unwrap_or_default();
    Ok(vm.new_list(keys))
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.module.clone();
    vm.add_staticmethod(&t, "__new__", module_new);
    vm.add_method(&t, "__init__", module_init);
    vm.add_method(&t, "__repr__", module_repr);
    vm.add_method(&t, "__dir__", module_dir);
    crate::types::descriptors::add_getset(vm, &t, "__dict__", |_vm, v| {
        Ok(v.as_obj().and_then(|m| m.dict.clone()).map(Value::Obj).unwrap_or(Value::None))
    });
}
