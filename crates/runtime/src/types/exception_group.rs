//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654): an exception
//! carrying a message and a non-empty tuple of exceptions, with `split`,
//! `subgroup` and `derive` to take groups apart by a condition.

use crate::object::{Obj, Payload};
use crate::types::builtin_function::KwArgs;
use crate::types::exceptions::{data, new_exception_object};
use crate::types::type_::{is_subtype, type_name};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The message and exceptions tuple of a group.
fn parts(vm: &mut Vm, v: &Value) -> PyResult<(Value, Vec<Value>)> {
    let group = v.as_obj().and_then(data).and_then(|d| d.borrow().group.clone());
    match group {
        Some((message, exceptions)) => {
            let items = crate::types::tuple::items(&exceptions).map(|t| t.to_vec()).unwrap_or_default();
            Ok((message, items))
        }
        None => Err(vm.type_error("descriptor requires a 'BaseExceptionGroup' object")),
    }
}

fn group_new(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = match a.first() {
        Some(Value::Obj(c)) if crate::types::type_::is_type(&a[0]) => c.clone(),
        _ => return Err(vm.type_error("BaseExceptionGroup.__new__(X): X is not a type object")),
    };
    let cls_name = type_name(&cls);
    if a.len() != 3 {
        return Err(vm.type_error(format!("{cls_name} expected 2 arguments, got {}", a.len() - 1)));
    }
    let (message, sequence) = (a[1].clone(), a[2].clone());
    if crate::types::str::as_str(&message).is_none() {
        let tn = vm.type_name(&message);
        return Err(vm.type_error(format!("BaseExceptionGroup.__new__() argument 1 must be str, not {tn}")));
    }
    let is_sequence = matches!(sequence.payload(), Some(Payload::List(_) | Payload::Tuple(_)))
        || crate::protocol::attr::lookup_special(vm, &sequence, &vm.names.__getitem__.clone()).is_some()
            && !matches!(sequence.payload(), Some(Payload::Dict(_) | Payload::Set(_) | Payload::FrozenSet(_)));
    if !is_sequence {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let items = vm.collect(&sequence)?;
    if items.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let base_exception = vm.exc.base_exception.clone();
    let exception = vm.exc.exception.clone();
    let mut all_exceptions = true;
    for (i, item) in items.iter().enumerate() {
        if !vm.is_instance(item, &base_exception) {
            return Err(vm.value_error(format!("Item {i} of second argument (exceptions) is not an exception")));
        }
        all_exceptions &= vm.is_instance(item, &exception);
    }
    // BaseExceptionGroup of Exceptions is an ExceptionGroup; an
    // ExceptionGroup cannot hold BaseExceptions.
    let cls = if Obj::ptr_eq(&cls, &vm.exc.base_exception_group) && all_exceptions {
        vm.exc.exception_group.clone()
    } else {
        if !all_exceptions && is_subtype(&cls, &exception) {
            let msg = if Obj::ptr_eq(&cls, &vm.exc.exception_group) {
                "Cannot nest BaseExceptions in an ExceptionGroup".to_string()
            } else {
                format!("Cannot nest BaseExceptions in '{cls_name}'")
            };
            return Err(vm.type_error(msg));
        }
        cls
    };
    let obj = new_exception_object(vm, &cls, vec![message.clone(), sequence]);
    let exceptions = vm.new_tuple(items);
    if let Some(d) = data(&obj) {
        d.borrow_mut().group = Some((message, exceptions));
    }
    Ok(Value::Obj(obj))
}

fn group_init(_vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn group_str(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (message, exceptions) = parts(vm, &a[0])?;
    let text = crate::types::str::as_str(&message).unwrap_or("").to_string();
    let n = exceptions.len();
    let plural = if n > 1 { "s" } else { "" };
    Ok(vm.new_str(format!("{text} ({n} sub-exception{plural})")))
}

/// A condition for `split`/`subgroup`: a type, a tuple of types, or a
/// predicate called on each leaf exception.
enum Condition {
    Types(Value),
    Predicate(Value),
}

impl Condition {
    fn new(vm: &mut Vm, v: &Value) -> PyResult<Condition> {
        let base_exception = vm.exc.base_exception.clone();
        let is_exc_type =
            |v: &Value| crate::types::type_::is_type(v) && v.as_obj().is_some_and(|t| is_subtype(t, &base_exception));
        if is_exc_type(v) {
            return Ok(Condition::Types(v.clone()));
        }
        if let Some(items) = crate::types::tuple::items(v) {
            if items.iter().all(is_exc_type) {
                return Ok(Condition::Types(v.clone()));
            }
        } else if vm.is_callable(v) {
            return Ok(Condition::Predicate(v.clone()));
        }
        Err(vm.type_error("expected a function, exception type or tuple of exception types"))
    }

    fn matches(&self, vm: &mut Vm, exc: &Value) -> PyResult<bool> {
        match self {
            Condition::Types(types) => vm.isinstance(exc, types),
            Condition::Predicate(f) => {
                let r = vm.call(f, std::slice::from_ref(exc))?;
                vm.truthy(&r)
            }
        }
    }
}

/// Splits `group` into the part matching `cond` and the rest.
fn split_group(vm: &mut Vm, group: &Value, cond: &Condition) -> PyResult<(Option<Value>, Option<Value>)> {
    if cond.matches(vm, group)? {
        return Ok((Some(group.clone()), None));
    }
    let (_, exceptions) = parts(vm, group)?;
    let (mut matched, mut rest) = (Vec::new(), Vec::new());
    for exc in exceptions {
        let is_group = exc.as_obj().and_then(data).is_some_and(|d| d.borrow().group.is_some());
        if is_group {
            let (m, r) = split_group(vm, &exc, cond)?;
            matched.extend(m);
            rest.extend(r);
        } else if cond.matches(vm, &exc)? {
            matched.push(exc);
        } else {
            rest.push(exc);
        }
    }
    let derived = |vm: &mut Vm, items: Vec<Value>| -> PyResult<Option<Value>> {
        if items.is_empty() {
            return Ok(None);
        }
        derive_with_metadata(vm, group, items).map(Some)
    };
    let matched = derived(vm, matched)?;
    let rest = derived(vm, rest)?;
    Ok((matched, rest))
}

/// `group.derive(items)`, with the original's traceback, cause, context
/// and notes copied onto the new group.
fn derive_with_metadata(vm: &mut Vm, group: &Value, items: Vec<Value>) -> PyResult<Value> {
    let list = vm.new_list(items);
    let derived = vm.call_method(group, "derive", &[list])?;
    let (Some(from), Some(to)) = (group.as_obj().and_then(data), derived.as_obj().and_then(data)) else {
        return Err(vm.type_error("derive must return an instance of BaseExceptionGroup"));
    };
    {
        let from = from.borrow();
        let mut to = to.borrow_mut();
        to.traceback = from.traceback.clone();
        to.cause = from.cause.clone();
        to.context = from.context.clone();
    }
    if let Ok(notes) = vm.get_attr_str(group, "__notes__") {
        vm.set_attr_str(&derived, "__notes__", notes)?;
    }
    Ok(derived)
}

fn group_split(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let arg = crate::protocol::args::exactly_one(vm, "split", &a[1..])?;
    let cond = Condition::new(vm, &arg)?;
    let (matched, rest) = split_group(vm, &a[0], &cond)?;
    Ok(vm.new_tuple(vec![matched.unwrap_or(Value::None), rest.unwrap_or(Value::None)]))
}

fn group_subgroup(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let arg = crate::protocol::args::exactly_one(vm, "subgroup", &a[1..])?;
    let cond = Condition::new(vm, &arg)?;
    let (matched, _) = split_group(vm, &a[0], &cond)?;
    Ok(matched.unwrap_or(Value::None))
}

fn group_derive(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let items = crate::protocol::args::exactly_one(vm, "derive", &a[1..])?;
    let (message, _) = parts(vm, &a[0])?;
    let base = Value::Obj(vm.exc.base_exception_group.clone());
    vm.call(&base, &[message, items])
}

pub fn init(vm: &mut Vm) {
    use crate::types::descriptors::add_getset;
    let t = vm.exc.base_exception_group.clone();
    vm.add_staticmethod(&t, "__new__", group_new);
    vm.add_method(&t, "__init__", group_init);
    vm.add_method(&t, "__str__", group_str);
    vm.add_method(&t, "split", group_split);
    vm.add_method(&t, "subgroup", group_subgroup);
    vm.add_method(&t, "derive", group_derive);
    vm.add_classmethod(&t, "__class_getitem__", crate::types::object::class_getitem);
    add_getset(vm, &t, "message", |vm, v| parts(vm, v).map(|(m, _)| m));
    add_getset(vm, &t, "exceptions", |vm, v| {
        let (_, items) = parts(vm, v)?;
        Ok(vm.new_tuple(items))
    });
    // ExceptionGroup derives from both BaseExceptionGroup and Exception.
    let eg = vm.exc.exception_group.clone();
    let bases = vec![t.clone(), vm.exc.exception.clone()];
    if let Ok(mro) = crate::types::type_::compute_mro(&eg, &bases) {
        let td = crate::types::type_::data(&eg);
        *td.bases.borrow_mut() = bases;
        *td.mro.borrow_mut() = mro;
        crate::types::type_::type_modified(&eg);
    }
}
