//! Struct sequences: tuples with named fields, like `sys.version_info`
//! and `sys.float_info`.

use crate::object::{Obj, Object, Payload, PyCell};
use crate::types::builtin_function::{BuiltinFunction, BuiltinKind, KwArgs, NativeCode};
use crate::types::descriptors::PropertyData;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn field_getter(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (Some(Value::Int(i)), Some(instance)) = (a.first(), a.get(1)) else {
        return Err(vm.type_error("bad struct sequence access"));
    };
    Ok(crate::types::tuple::items(instance).and_then(|t| t.get(*i as usize).cloned()).unwrap_or(Value::None))
}

fn structseq_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = vm.class_of(&a[0]).clone();
    let fields = match &cls.dict {
        Some(d) => vm.dict_get_str(&d.clone(), "_fields")?,
        None => None,
    };
    let names: Vec<String> = fields
        .as_ref()
        .and_then(crate::types::tuple::items)
        .map(|t| t.iter().filter_map(|n| crate::types::str::as_str(n).map(str::to_string)).collect())
        .unwrap_or_default();
    let values = crate::types::tuple::items(&a[0]).map(|t| t.to_vec()).unwrap_or_default();
    let module = crate::types::type_::type_module(vm, &cls)?.unwrap_or_default();
    let name = crate::types::type_::type_name(&cls);
    let mut parts = Vec::new();
    for (n, v) in names.iter().zip(values.iter()) {
        parts.push(format!("{n}={}", vm.repr_string(v)?));
    }
    // Types CPython keeps in `builtins` (sys's asyncgen_hooks) show no module.
    let prefix = if module.is_empty() || module == "builtins" { String::new() } else { format!("{module}.") };
    Ok(vm.new_str(format!("{prefix}{name}({})", parts.join(", "))))
}

/// A new struct sequence type `module.name` with these fields.
pub fn make_type(vm: &mut Vm, module: &str, name: &str, fields: &[&str]) -> PyResult<Obj> {
    let ns = vm.new_dict();
    let m = vm.new_str(module);
    vm.dict_set_str(&ns, "__module__", m)?;
    let empty = vm.new_tuple(vec![]);
    vm.dict_set_str(&ns, "__slots__", empty)?;
    let names: Vec<Value> = fields.iter().map(|f| vm.new_str(*f)).collect();
    let names = vm.new_tuple(names);
    vm.dict_set_str(&ns, "_fields", names)?;
    vm.dict_set_str(&ns, "n_fields", Value::Int(fields.len() as i64))?;
    vm.dict_set_str(&ns, "n_sequence_fields", Value::Int(fields.len() as i64))?;
    for (i, field) in fields.iter().enumerate() {
        let getter = Object::builtin(Payload::Builtin(Box::new(BuiltinFunction {
            name: "field",
            owner: None,
            module: None,
            code: NativeCode::Plain(field_getter),
            kind: BuiltinKind::Function,
            bound: Some(Value::Int(i as i64)),
            doc: None,
        })));
        let prop = Object::builtin(Payload::Property(Box::new(PropertyData {
            fget: PyCell::new(Value::Obj(getter)),
            fset: PyCell::new(Value::None),
            fdel: PyCell::new(Value::None),
            doc: PyCell::new(Value::None),
            name: PyCell::new(Value::None),
        })));
        vm.dict_set_str(&ns, field, Value::Obj(prop))?;
    }
    let meta = vm.types.type_.clone();
    let tuple = vm.types.tuple.clone();
    let ty = vm.new_class(&meta, name, vec![tuple], &ns, &[])?;
    vm.add_method(&ty, "__repr__", structseq_repr);
    Ok(ty)
}

pub fn make_instance(vm: &mut Vm, ty: &Obj, values: Vec<Value>) -> Value {
    crate::types::tuple::new_tuple_of_class(vm, ty, values)
}
