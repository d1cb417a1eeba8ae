//! Classes of native modules whose instances hold Rust state (zlib's and
//! bz2's compressors): defining the class, making an instance, and
//! getting the state back from `self`.

use ferropy_runtime::object::{NativeData, Object, Payload};
use ferropy_runtime::types::builtin_function::NativeFn;
use ferropy_runtime::{Obj, PyResult, Value, Vm};

/// Stores a native module's state (its class handles and settings) in
/// the interpreter, one value per Rust type, for `module_state` to find.
pub fn set_module_state<T: 'static>(vm: &Vm, state: T) {
    let state: std::rc::Rc<dyn std::any::Any> = std::rc::Rc::new(state);
    vm.interp.native_state.borrow_mut().insert(std::any::TypeId::of::<T>(), state);
}

/// The state a native module stored with `set_module_state`, if any.
pub fn module_state<T: 'static>(vm: &Vm) -> Option<std::rc::Rc<T>> {
    let state = vm.interp.native_state.borrow().get(&std::any::TypeId::of::<T>())?.clone();
    state.downcast::<T>().ok()
}

/// The Rust state of `v`, an instance of `module.class`.
pub fn state<'a, T: 'static>(vm: &mut Vm, v: &'a Value, module: &str, class: &str) -> PyResult<&'a T> {
    match v.payload() {
        Some(Payload::Native(n)) => match n.as_any().downcast_ref::<T>() {
            Some(t) => Ok(t),
            None => Err(vm.type_error(format!("expected a {module}.{class} object"))),
        },
        _ => Err(vm.type_error(format!("expected a {module}.{class} object"))),
    }
}

/// A new instance of `module.class` holding `data`.
pub fn new_instance(vm: &mut Vm, module: &str, class: &str, data: Box<dyn NativeData>) -> PyResult<Value> {
    let cls = ferropy_runtime::types::module::class_in_module(vm, module, class)?;
    Ok(Value::Obj(Object::new(Some(cls), None, Payload::Native(data))))
}

/// Defines an exception class `name` (a subclass of `base`) in a module's
/// namespace, as C modules define their `error` classes.
pub fn add_exception(vm: &mut Vm, module: &str, dict: &Obj, name: &str, base: Obj) -> PyResult<Obj> {
    let ns = vm.new_dict();
    let m = vm.new_str(module);
    vm.dict_set_str(&ns, "__module__", m)?;
    let meta = vm.types.type_.clone();
    let cls = vm.new_class(&meta, name, vec![base], &ns, &[])?;
    vm.dict_set_str(dict, name, Value::Obj(cls.clone()))?;
    Ok(cls)
}

/// Defines `name` (with these methods) in a module's namespace.
pub fn add_class(
    vm: &mut Vm,
    module: &str,
    dict: &Obj,
    name: &str,
    methods: &[(&'static str, NativeFn)],
) -> PyResult<Obj> {
    add_class_with_slots(vm, module, dict, name, methods, &[])
}

/// `add_class` whose instances also have these slots (`__weakref__` for
/// objects that may be referred to weakly, as CPython's locks may).
pub fn add_class_with_slots(
    vm: &mut Vm,
    module: &str,
    dict: &Obj,
    name: &str,
    methods: &[(&'static str, NativeFn)],
    slots: &[&str],
) -> PyResult<Obj> {
    let ns = vm.new_dict();
    let m = vm.new_str(module);
    vm.dict_set_str(&ns, "__module__", m)?;
    let slot_names = slots.iter().map(|s| vm.new_str(*s)).collect();
    let slot_names = vm.new_tuple(slot_names);
    vm.dict_set_str(&ns, "__slots__", slot_names)?;
    let meta = vm.types.type_.clone();
    let object = vm.types.object.clone();
    let ty = vm.new_class(&meta, name, vec![object], &ns, &[])?;
    for (name, f) in methods {
        vm.add_method(&ty, name, *f);
    }
    vm.dict_set_str(dict, name, Value::Obj(ty.clone()))?;
    Ok(ty)
}
