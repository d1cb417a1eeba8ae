//! `tuple`: an immutable sequence.

use crate::object::{Obj, Payload};
use crate::protocol::args;
use crate::types::builtin_function::KwArgs;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// CPython's tuple hash (xxHash-style mixing of the item hashes).
pub fn hash_items(vm: &mut Vm, items: &[Value]) -> PyResult<i64> {
    let mut acc: u64 = XXPRIME_5;
    for item in items {
        let lane = vm.hash(item)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        return Ok(1546275796);
    }
    Ok(acc as i64)
}

pub fn items(value: &Value) -> Option<&[Value]> {
    match value.payload() {
        Some(Payload::Tuple(t)) => Some(t),
        _ => None,
    }
}

fn this<'a>(vm: &mut Vm, a: &'a [Value], name: &str) -> PyResult<&'a [Value]> {
    match a.first().and_then(items) {
        Some(t) => Ok(t),
        None => {
            let got = a.first().map(|v| vm.type_name(v)).unwrap_or_default();
            Err(vm.type_error(format!("descriptor '{name}' for 'tuple' objects doesn't apply to a '{got}' object")))
        }
    }
}

/// A tuple instance of `cls` (tuple or a subclass).
pub fn new_tuple_of_class(vm: &mut Vm, cls: &Obj, values: Vec<Value>) -> Value {
    if Obj::ptr_eq(cls, &vm.types.tuple) {
        return vm.new_tuple(values);
    }
    Value::Obj(crate::types::object::alloc_instance(vm, cls, Payload::Tuple(values.into_boxed_slice())))
}

fn tuple_new(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let cls = match a.first() {
        Some(Value::Obj(c)) => c.clone(),
        _ => return Err(vm.type_error("tuple.__new__(X): X is not a type object")),
    };
    if !kwargs.is_empty() && Obj::ptr_eq(&cls, &vm.types.tuple) {
        return Err(vm.type_error("tuple() takes no keyword arguments"));
    }
    args::check_positional(vm, "tuple", &a[1..], 0, 1)?;
    let values = match a.get(1) {
        Some(v) => {
            if Obj::ptr_eq(&cls, &vm.types.tuple)
                && matches!(v, Value::Obj(o) if o.class().is_none() && matches!(o.payload, Payload::Tuple(_)))
            {
                return Ok(v.clone());
            }
            vm.collect(v)?
        }
        None => Vec::new(),
    };
    Ok(new_tuple_of_class(vm, &cls, values))
}

fn tuple_len(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(this(vm, a, "__len__")?.len() as i64))
}

pub fn getitem(vm: &mut Vm, t: &[Value], index: &Value) -> PyResult<Value> {
    if let Some(Payload::Slice(_)) = index.payload() {
        let (start, stop, step) = crate::types::slice::indices(vm, index, t.len())?;
        let values: Vec<Value> =
            crate::types::slice::slice_positions(start, stop, step).map(|i| t[i].clone()).collect();
        return Ok(vm.new_tuple(values));
    }
    let i = match crate::protocol::number::as_index(vm, index)? {
        Some(i) => i,
        None => {
            let tn = vm.type_name(index);
            return Err(vm.type_error(format!("tuple indices must be integers or slices, not {tn}")));
        }
    };
    match crate::types::list::normalize_index(i, t.len()) {
        Some(i) => Ok(t[i].clone()),
        None => Err(vm.index_error("tuple index out of range")),
    }
}

fn tuple_getitem(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let t = this(vm, a, "__getitem__")?.to_vec();
    let index = args::exactly_one(vm, "tuple.__getitem__", &a[1..])?;
    getitem(vm, &t, &index)
}

fn tuple_contains(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let t = this(vm, a, "__contains__")?.to_vec();
    let v = args::exactly_one(vm, "tuple.__contains__", &a[1..])?;
    for item in &t {
        if item.is(&v) || vm.eq(item, &v)? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn tuple_iter(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let _ = this(vm, a, "__iter__")?;
    Ok(crate::types::iterators::new_tuple_iter(a[0].clone()))
}

fn tuple_hash(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let t = this(vm, a, "__hash__")?.to_vec();
    Ok(Value::Int(hash_items(vm, &t)?))
}

pub fn repr_tuple(vm: &mut Vm, value: &Value) -> PyResult<String> {
    let Some(t) = items(value) else {
        return Ok(String::new());
    };
    let t = t.to_vec();
    if t.is_empty() {
        return Ok("()".into());
    }
    let Some(_guard) = crate::protocol::repr::ReprGuard::enter(vm, value) else {
        return Ok("(...)".into());
    };
    let mut out = String::from("(");
    for (i, item) in t.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&vm.repr_string(item)?);
    }
    if t.len() == 1 {
        out.push(',');
    }
    out.push(')');
    Ok(out)
}

fn tuple_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let _ = this(vm, a, "__repr__")?;
    let s = repr_tuple(vm, &a[0])?;
    Ok(vm.new_str(s))
}

fn tuple_add(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let t = this(vm, a, "__add__")?.to_vec();
    let other = args::exactly_one(vm, "tuple.__add__", &a[1..])?;
    match items(&other) {
        Some(o) => {
            let mut values = t;
            values.extend_from_slice(o);
            Ok(vm.new_tuple(values))
        }
        None => {
            let tn = vm.type_name(&other);
            Err(vm.type_error(format!("can only concatenate tuple (not \"{tn}\") to tuple")))
        }
    }
}

fn tuple_mul(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let t = this(vm, a, "__mul__")?.to_vec();
    let other = args::exactly_one(vm, "tuple.__mul__", &a[1..])?;
    let Some(n) = crate::protocol::number::as_index(vm, &other)? else {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    };
    if n <= 0 || t.is_empty() {
        return Ok(vm.new_tuple(vec![]));
    }
    if n == 1 && matches!(&a[0], Value::Obj(o) if o.class().is_none()) {
        return Ok(a[0].clone());
    }
    let total = (t.len() as u128) * (n as u128);
    if total > (isize::MAX as u128) / 16 {
        return Err(vm.memory_error());
    }
    vm.check_alloc(total as usize * std::mem::size_of::<Value>())?;
    let mut values = Vec::new();
    if values.try_reserve(total as usize).is_err() {
        return Err(vm.memory_error());
    }
    for _ in 0..n {
        values.extend_from_slice(&t);
    }
    Ok(vm.new_tuple(values))
}

fn tuple_index(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let t = this(vm, a, "index")?.to_vec();
    args::check_positional(vm, "index", &a[1..], 1, 3)?;
    let n = t.len() as i64;
    let norm = |vm: &mut Vm, v: Option<&Value>, d: i64| -> PyResult<usize> {
        match v {
            None => Ok(d as usize),
            Some(v) => {
                let i = crate::protocol::number::index_i64_clamped(vm, v)?;
                Ok(if i < 0 { (i + n).max(0) } else { i.min(n) } as usize)
            }
        }
    };
    let start = norm(vm, a.get(2), 0)?;
    let stop = norm(vm, a.get(3), n)?;
    for (i, item) in t.iter().enumerate().take(stop).skip(start) {
        if item.is(&a[1]) || vm.eq(item, &a[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let t = this(vm, a, "count")?.to_vec();
    let v = args::exactly_one(vm, "tuple.count", &a[1..])?;
    let mut n = 0;
    for item in &t {
        if item.is(&v) || vm.eq(item, &v)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn tuple_richcompare(vm: &mut Vm, a: &[Value], op: crate::protocol::compare::CompareOp) -> PyResult<Value> {
    let t = this(vm, a, op.dunder())?.to_vec();
    let Some(o) = a.get(1).and_then(items) else {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    };
    let o = o.to_vec();
    Ok(Value::bool(crate::types::list::compare_sequences(vm, &t, &o, op)?))
}

fn tuple_eq(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    tuple_richcompare(vm, a, crate::protocol::compare::CompareOp::Eq)
}
fn tuple_ne(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    tuple_richcompare(vm, a, crate::protocol::compare::CompareOp::Ne)
}
fn tuple_lt(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    tuple_richcompare(vm, a, crate::protocol::compare::CompareOp::Lt)
}
fn tuple_le(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    tuple_richcompare(vm, a, crate::protocol::compare::CompareOp::Le)
}
fn tuple_gt(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    tuple_richcompare(vm, a, crate::protocol::compare::CompareOp::Gt)
}
fn tuple_ge(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    tuple_richcompare(vm, a, crate::protocol::compare::CompareOp::Ge)
}

fn tuple_getnewargs(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let t = this(vm, a, "__getnewargs__")?.to_vec();
    let inner = vm.new_tuple(t);
    Ok(vm.new_tuple(vec![inner]))
}

fn tuple_sizeof(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let t = this(vm, a, "__sizeof__")?;
    Ok(Value::Int(24 + 8 * t.len() as i64))
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.tuple.clone();
    vm.add_staticmethod(&t, "__new__", tuple_new);
    vm.add_method(&t, "__len__", tuple_len);
    vm.add_method(&t, "__getitem__", tuple_getitem);
    vm.add_method(&t, "__contains__", tuple_contains);
    vm.add_method(&t, "__iter__", tuple_iter);
    vm.add_method(&t, "__hash__", tuple_hash);
    vm.add_method(&t, "__repr__", tuple_repr);
    vm.add_method(&t, "__add__", tuple_add);
    vm.add_method(&t, "__mul__", tuple_mul);
    vm.add_method(&t, "__rmul__", tuple_mul);
    vm.add_method(&t, "index", tuple_index);
    vm.add_method(&t, "count", tuple_count);
    vm.add_method(&t, "__eq__", tuple_eq);
    vm.add_method(&t, "__ne__", tuple_ne);
    vm.add_method(&t, "__lt__", tuple_lt);
    vm.add_method(&t, "__le__", tuple_le);
    vm.add_method(&t, "__gt__", tuple_gt);
    vm.add_method(&t, "__ge__", tuple_ge);
    vm.add_method(&t, "__getnewargs__", tuple_getnewargs);
    vm.add_method(&t, "__sizeof__", tuple_sizeof);
    vm.add_classmethod(&t, "__class_getitem__", crate::types::object::class_getitem);
}
