//! `dict_keys`, `dict_values`, `dict_items` and `mappingproxy`.

use crate::object::{Obj, Object, Payload};
use crate::types::builtin_function::KwArgs;
use crate::types::Types;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

pub fn new_view(dict: &Obj, kind: ViewKind) -> Value {
    Value::Obj(Object::builtin(Payload::DictView(Box::new((dict.clone(), kind)))))
}

pub fn class_of_view<'a>(t: &'a Types, v: &(Obj, ViewKind)) -> &'a Obj {
    match v.1 {
        ViewKind::Keys => &t.dict_keys,
        ViewKind::Values => &t.dict_values,
        ViewKind::Items => &t.dict_items,
    }
}

fn this(vm: &mut Vm, a: &[Value]) -> PyResult<(Obj, ViewKind)> {
    match a.first().and_then(|v| v.payload()) {
        Some(Payload::DictView(v)) => Ok((v.0.clone(), v.1)),
        _ => Err(vm.type_error("expected a dict view")),
    }
}

/// The view's elements as a list of values.
pub fn view_items(vm: &mut Vm, dict: &Obj, kind: ViewKind) -> Vec<Value> {
    crate::types::dict::dict_items(dict)
        .into_iter()
        .map(|(k, v)| match kind {
            ViewKind::Keys => k,
            ViewKind::Values => v,
            ViewKind::Items => vm.new_tuple(vec![k, v]),
        })
        .collect()
}

fn view_len(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (d, _) = this(vm, a)?;
    Ok(Value::Int(crate::types::dict::dict_len(&d) as i64))
}

fn view_iter(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (d, kind) = this(vm, a)?;
    Ok(crate::types::iterators::new_dict_iter(&d, kind, false))
}

fn view_reversed(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (d, kind) = this(vm, a)?;
    Ok(crate::types::iterators::new_dict_iter(&d, kind, true))
}

fn view_contains(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (d, kind) = this(vm, a)?;
    let x = crate::protocol::args::exactly_one(vm, "__contains__", &a[1..])?;
    let r = match kind {
        ViewKind::Keys => crate::types::dict::dict_get(vm, &d, &x)?.is_some(),
        ViewKind::Items => match crate::types::tuple::items(&x).map(|t| t.to_vec()) {
            Some(pair) if pair.len() == 2 => match crate::types::dict::dict_get(vm, &d, &pair[0])? {
                Some(v) => v.is(&pair[1]) || vm.eq(&v, &pair[1])?,
                None => false,
            },
            _ => false,
        },
        ViewKind::Values => {
            let mut found = false;
            for (_, v) in crate::types::dict::dict_items(&d) {
                if v.is(&x) || vm.eq(&v, &x)? {
                    found = true;
                    break;
                }
            }
            found
        }
    };
    Ok(Value::bool(r))
}

fn view_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (d, kind) = this(vm, a)?;
    let name = match kind {
        ViewKind::Keys => "dict_keys",
        ViewKind::Values => "dict_values",
        ViewKind::Items => "dict_items",
    };
    let items = view_items(vm, &d, kind);
    let list = vm.new_list(items);
    let inner = vm.repr_string(&list)?;
    Ok(vm.new_str(format!("{name}({inner})")))
}

/// Set operations on key and item views return sets.
fn view_setop(vm: &mut Vm, a: &[Value], op: &str, reflected: bool) -> PyResult<Value> {
    let (d, kind) = this(vm, a)?;
    let Some(other) = a.get(1).cloned() else {
        return Err(vm.type_error("expected an argument"));
    };
    let items = view_items(vm, &d, kind);
    let mine = crate::types::set::new_set(vm, items)?;
    let other_items = match vm.collect(&other) {
        Ok(items) => items,
        Err(_) => return Ok(Value::Obj(vm.not_implemented.clone())),
    };
    let theirs = crate::types::set::new_set(vm, other_items)?;
    let (left, right) = if reflected { (theirs, mine) } else { (mine, theirs) };
    vm.call_method(&left, op, &[right])
}

fn view_and(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    view_setop(vm, a, "__and__", false)
}
fn view_or(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    view_setop(vm, a, "__or__", false)
}
fn view_sub(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    view_setop(vm, a, "__sub__", false)
}
fn view_xor(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    view_setop(vm, a, "__xor__", false)
}
fn view_rsub(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    view_setop(vm, a, "__sub__", true)
}

fn view_compare(vm: &mut Vm, a: &[Value], op: &str) -> PyResult<Value> {
    let (d, kind) = this(vm, a)?;
    let Some(other) = a.get(1).cloned() else {
        return Err(vm.type_error("expected an argument"));
    };
    let other_is_setlike = crate::types::set::is_anyset(&other)
        || matches!(other.payload(), Some(Payload::DictView(v)) if v.1 != ViewKind::Values);
    if !other_is_setlike {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    }
    let items = view_items(vm, &d, kind);
    let mine = crate::types::set::new_set(vm, items)?;
    let other_items = vm.collect(&other)?;
    let theirs = crate::types::set::new_set(vm, other_items)?;
    vm.call_method(&mine, op, &[theirs])
}

fn view_eq(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    view_compare(vm, a, "__eq__")
}
fn view_ne(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    view_compare(vm, a, "__ne__")
}
fn view_le(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    view_compare(vm, a, "__le__")
}
fn view_lt(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    view_compare(vm, a, "__lt__")
}
fn view_ge(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    view_compare(vm, a, "__ge__")
}
fn view_gt(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    view_compare(vm, a, "__gt__")
}

fn view_isdisjoint(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (d, kind) = this(vm, a)?;
    let items = view_items(vm, &d, kind);
    let mine = crate::types::set::new_set(vm, items)?;
    let other = crate::protocol::args::exactly_one(vm, "isdisjoint", &a[1..])?;
    vm.call_method(&mine, "isdisjoint", &[other])
}

fn view_mapping(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (d, _) = this(vm, a)?;
    Ok(Value::Obj(Object::builtin(Payload::MappingProxy(d))))
}

// ----- mappingproxy ----------------------------------------------------

fn proxied(vm: &mut Vm, a: &[Value]) -> PyResult<Obj> {
    match a.first().and_then(|v| v.payload()) {
        Some(Payload::MappingProxy(m)) => Ok(m.clone()),
        _ => Err(vm.type_error("expected a mappingproxy")),
    }
}

fn proxy_new(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let m = crate::protocol::args::exactly_one(vm, "mappingproxy", &a[1..])?;
    match m {
        Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => {
            Ok(Value::Obj(Object::builtin(Payload::MappingProxy(o))))
        }
        other => {
            let tn = vm.type_name(&other);
            Err(vm.type_error(format!("mappingproxy() argument must be a mapping, not {tn}")))
        }
    }
}

fn forward(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<Value> {
    let m = proxied(vm, a)?;
    vm.call_method(&Value::Obj(m), name, &a[1..])
}

fn proxy_getitem(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    forward(vm, a, "__getitem__")
}
fn proxy_contains(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    forward(vm, a, "__contains__")
}
fn proxy_iter(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    forward(vm, a, "__iter__")
}
fn proxy_len(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    forward(vm, a, "__len__")
}
fn proxy_keys(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    forward(vm, a, "keys")
}
fn proxy_values(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    forward(vm, a, "values")
}
fn proxy_items(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    forward(vm, a, "items")
}
fn proxy_get(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    forward(vm, a, "get")
}
fn proxy_copy(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    forward(vm, a, "copy")
}
fn proxy_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let m = proxied(vm, a)?;
    let inner = vm.repr_string(&Value::Obj(m))?;
    Ok(vm.new_str(format!("mappingproxy({inner})")))
}
/// `str()` of a proxy is that of the mapping it shows.
fn proxy_str(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let m = proxied(vm, a)?;
    let text = vm.str_string(&Value::Obj(m))?;
    Ok(vm.new_str(text))
}

pub fn init(vm: &mut Vm) {
    for t in [vm.types.dict_keys.clone(), vm.types.dict_values.clone(), vm.types.dict_items.clone()] {
        vm.add_method(&t, "__len__", view_len);
        vm.add_method(&t, "__iter__", view_iter);
        vm.add_method(&t, "__reversed__", view_reversed);
        vm.add_method(&t, "__contains__", view_contains);
        vm.add_method(&t, "__repr__", view_repr);
        crate::types::descriptors::add_getset(vm, &t, "mapping", |vm, v| {
            view_mapping(vm, std::slice::from_ref(v), &[])
        });
    }
    for t in [vm.types.dict_keys.clone(), vm.types.dict_items.clone()] {
        vm.add_method(&t, "__and__", view_and);
        vm.add_method(&t, "__rand__", view_and);
        vm.add_method(&t, "__or__", view_or);
        vm.add_method(&t, "__ror__", view_or);
        vm.add_method(&t, "__sub__", view_sub);
        vm.add_method(&t, "__rsub__", view_rsub);
        vm.add_method(&t, "__xor__", view_xor);
        vm.add_method(&t, "__rxor__", view_xor);
        vm.add_method(&t, "__eq__", view_eq);
        vm.add_method(&t, "__ne__", view_ne);
        vm.add_method(&t, "__le__", view_le);
        vm.add_method(&t, "__lt__", view_lt);
        vm.add_method(&t, "__ge__", view_ge);
        vm.add_method(&t, "__gt__", view_gt);
        vm.add_method(&t, "isdisjoint", view_isdisjoint);
        vm.set_type_attr_raw(&t, "__hash__", Value::None);
    }
    let t = vm.types.mappingproxy.clone();
    vm.add_staticmethod(&t, "__new__", proxy_new);
    vm.add_classmethod(&t, "__class_getitem__", crate::types::object::class_getitem);
    vm.add_method(&t, "__getitem__", proxy_getitem);
    vm.add_method(&t, "__contains__", proxy_contains);
    vm.add_method(&t, "__iter__", proxy_iter);
    vm.add_method(&t, "__len__", proxy_len);
    vm.add_method(&t, "keys", proxy_keys);
    vm.add_method(&t, "values", proxy_values);
    vm.add_method(&t, "items", proxy_items);
    vm.add_method(&t, "get", proxy_get);
    vm.add_method(&t, "copy", proxy_copy);
    vm.add_method(&t, "__repr__", proxy_repr);
    vm.add_method(&t, "__str__", proxy_str);
}
