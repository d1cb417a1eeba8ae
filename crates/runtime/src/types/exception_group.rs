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
    /// These very exception objects (by identity): `except*`'s projection.
    Leaves(std::collections::HashSet<usize>),
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
            Condition::Leaves(ids) => Ok(exc.as_obj().is_some_and(|o| ids.contains(&identity(o)))),
        }
    }
}

fn identity(o: &Obj) -> usize {
    std::rc::Rc::as_ptr(o) as *const () as usize
}

fn is_group(v: &Value) -> bool {
    v.as_obj().and_then(data).is_some_and(|d| d.borrow().group.is_some())
}

/// The test of an `except*` clause (CHECK_EG_MATCH): the part of `exc`
/// that `types` matches and the rest, either None. A matching exception
/// that is not a group comes wrapped in one, as CPython does.
pub fn except_star_match(vm: &mut Vm, exc: &Value, types: &Value) -> PyResult<(Value, Value)> {
    let base_exception = vm.exc.base_exception.clone();
    let base_group = vm.exc.base_exception_group.clone();
    let listed: Vec<Value> = match crate::types::tuple::items(types) {
        Some(items) => items.to_vec(),
        None => vec![types.clone()],
    };
    for t in &listed {
        match t.as_obj().filter(|o| crate::types::type_::is_type(t) && is_subtype(o, &base_exception)) {
            Some(o) if is_subtype(o, &base_group) => {
                return Err(vm.type_error("catching ExceptionGroup with except* is not allowed. Use except instead."))
            }
            Some(_) => {}
            None => return Err(vm.type_error("catching classes that do not inherit from BaseException is not allowed")),
        }
    }
    if exc.is_none() {
        return Ok((Value::None, Value::None));
    }
    if vm.isinstance(exc, types)? {
        if is_group(exc) {
            return Ok((exc.clone(), Value::None));
        }
        let message = vm.new_str("");
        let items = vm.new_tuple(vec![exc.clone()]);
        let wrapped = vm.call(&Value::Obj(base_group), &[message, items])?;
        if let (Some(from), Some(to)) = (exc.as_obj().and_then(data), wrapped.as_obj().and_then(data)) {
            let traceback = from.borrow().traceback.clone();
            to.borrow_mut().traceback = traceback;
        }
        return Ok((wrapped, Value::None));
    }
    if is_group(exc) {
        let (matched, rest) = split_group(vm, exc, &Condition::Types(types.clone()))?;
        return Ok((matched.unwrap_or(Value::None), rest.unwrap_or(Value::None)));
    }
    Ok((Value::None, exc.clone()))
}

/// What an `except*` statement raises when its clauses are done
/// (PREP_RERAISE_STAR): `excs` holds what the clauses raised and, last,
/// the unmatched rest. Exceptions that are `orig` re-raised (same
/// traceback, cause, context and notes) are put back in `orig`'s shape;
/// new ones join them in a new group. None when nothing is left.
pub fn prep_reraise_star(vm: &mut Vm, orig: &Value, excs: &[Value]) -> PyResult<Value> {
    if excs.is_empty() {
        return Ok(Value::None);
    }
    if !is_group(orig) {
        // A naked exception was wrapped: one clause at most ran.
        return Ok(excs[0].clone());
    }
    let (mut raised, mut reraised) = (Vec::new(), Vec::new());
    for e in excs.iter().filter(|e| !e.is_none()) {
        if same_metadata(vm, e, orig) {
            reraised.push(e.clone());
        } else {
            raised.push(e.clone());
        }
    }
    let projection = if reraised.is_empty() {
        Value::None
    } else {
        let mut ids = std::collections::HashSet::new();
        for e in &reraised {
            collect_leaf_ids(vm, e, &mut ids);
        }
        split_group(vm, orig, &Condition::Leaves(ids))?.0.unwrap_or(Value::None)
    };
    if raised.is_empty() {
        return Ok(projection);
    }
    if !projection.is_none() {
        raised.push(projection);
    }
    if raised.len() == 1 {
        return Ok(raised.remove(0));
    }
    let message = vm.new_str("");
    let items = vm.new_list(raised);
    let base_group = Value::Obj(vm.exc.base_exception_group.clone());
    vm.call(&base_group, &[message, items])
}

fn collect_leaf_ids(vm: &mut Vm, e: &Value, ids: &mut std::collections::HashSet<usize>) {
    if is_group(e) {
        if let Ok((_, items)) = parts(vm, e) {
            for item in &items {
                collect_leaf_ids(vm, item, ids);
            }
        }
    } else if let Some(o) = e.as_obj() {
        ids.insert(identity(o));
    }
}

/// Whether `e` carries `orig`'s traceback, cause, context and notes (the
/// same objects): a re-raise of (part of) it.
fn same_metadata(vm: &mut Vm, e: &Value, orig: &Value) -> bool {
    let (Some(a), Some(b)) = (e.as_obj().and_then(data), orig.as_obj().and_then(data)) else { return false };
    let same = |x: &Value, y: &Value| match (x, y) {
        (Value::Obj(p), Value::Obj(q)) => Obj::ptr_eq(p, q),
        (Value::None, Value::None) => true,
        _ => false,
    };
    let metadata_same = {
        let (a, b) = (a.borrow(), b.borrow());
        let tracebacks = match (&a.traceback, &b.traceback) {
            (Some(p), Some(q)) => Obj::ptr_eq(p, q),
            (None, None) => true,
            _ => false,
        };
        tracebacks && same(&a.cause, &b.cause) && same(&a.context, &b.context)
    };
    let notes = |vm: &mut Vm, v: &Value| vm.get_attr_str(v, "__notes__").ok();
    let (na, nb) = (notes(vm, e), notes(vm, orig));
    let notes_same = match (na, nb) {
        (Some(x), Some(y)) => same(&x, &y),
        (None, None) => true,
        _ => false,
    };
    metadata_same && notes_same
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
