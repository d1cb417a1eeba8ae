//! `list`, stored by strategy (as PyPy does).
//!
//! A list that holds only floats keeps them unboxed in a `Vec<f64>` (8 bytes
//! an element), one that holds only ints in a `Vec<i64>`; the first element
//! of another kind switches the list to generic `Vec<Value>` storage, for
//! good. An empty list picks its strategy on the first element. Nothing
//! outside this file sees the difference.

use std::cmp::Ordering;

use crate::object::{Obj, Payload, PyCell};
use crate::protocol::args;
use crate::types::builtin_function::KwArgs;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[derive(Clone, Default)]
pub enum ListStorage {
    #[default]
    Empty,
    Ints(Vec<i64>),
    Floats(Vec<f64>),
    Objects(Vec<Value>),
}

impl ListStorage {
    /// Storage for these values, using the narrowest strategy that fits.
    pub fn from_values(values: Vec<Value>) -> ListStorage {
        if values.is_empty() {
            return ListStorage::Empty;
        }
        if values.iter().all(|v| matches!(v, Value::Float(_))) {
            return ListStorage::Floats(
                values.iter().map(|v| if let Value::Float(f) = v { f.get() } else { 0.0 }).collect(),
            );
        }
        if values.iter().all(|v| matches!(v, Value::Int(_))) {
            return ListStorage::Ints(values.iter().map(|v| if let Value::Int(i) = v { *i } else { 0 }).collect());
        }
        ListStorage::Objects(values)
    }

    pub fn len(&self) -> usize {
        match self {
            ListStorage::Empty => 0,
            ListStorage::Ints(v) => v.len(),
            ListStorage::Floats(v) => v.len(),
            ListStorage::Objects(v) => v.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The element at `i` (which must be in range).
    #[inline(always)]
    pub fn get(&self, i: usize) -> Value {
        match self {
            ListStorage::Empty => Value::None,
            ListStorage::Ints(v) => Value::Int(v[i]),
            ListStorage::Floats(v) => Value::float(v[i]),
            ListStorage::Objects(v) => v[i].clone(),
        }
    }

    pub fn get_checked(&self, i: usize) -> Option<Value> {
        (i < self.len()).then(|| self.get(i))
    }

    /// Switches to generic storage.
    pub fn generalize(&mut self) -> &mut Vec<Value> {
        if !matches!(self, ListStorage::Objects(_)) {
            let values = self.to_vec();
            *self = ListStorage::Objects(values);
        }
        match self {
            ListStorage::Objects(v) => v,
            _ => unreachable_objects(),
        }
    }

    /// Writes a float or int into typed storage of its kind at `i` (in
    /// range); false (nothing written) for any other case.
    #[inline(always)]
    pub fn set_scalar(&mut self, i: usize, value: &Value) -> bool {
        match (self, value) {
            (ListStorage::Floats(v), Value::Float(f)) => v[i] = f.get(),
            (ListStorage::Ints(v), Value::Int(n)) => v[i] = *n,
            _ => return false,
        }
        true
    }

    /// Replaces element `i` (in range); returns the old value.
    #[inline]
    pub fn set(&mut self, i: usize, value: Value) -> Value {
        match (&mut *self, &value) {
            (ListStorage::Floats(v), Value::Float(f)) => Value::float(std::mem::replace(&mut v[i], f.get())),
            (ListStorage::Ints(v), Value::Int(n)) => Value::Int(std::mem::replace(&mut v[i], *n)),
            (ListStorage::Objects(v), _) => std::mem::replace(&mut v[i], value),
            _ => {
                let v = self.generalize();
                std::mem::replace(&mut v[i], value)
            }
        }
    }

    pub fn push(&mut self, value: Value) {
        match (&mut *self, &value) {
            (ListStorage::Floats(v), Value::Float(f)) => v.push(f.get()),
            (ListStorage::Ints(v), Value::Int(n)) => v.push(*n),
            (ListStorage::Objects(v), _) => v.push(value),
            (ListStorage::Empty, Value::Float(f)) => *self = ListStorage::Floats(vec![f.get()]),
            (ListStorage::Empty, Value::Int(n)) => *self = ListStorage::Ints(vec![*n]),
            (ListStorage::Empty, _) => *self = ListStorage::Objects(vec![value]),
            _ => self.generalize().push(value),
        }
    }

    pub fn try_reserve(&mut self, extra: usize) -> bool {
        match self {
            ListStorage::Empty => true,
            ListStorage::Ints(v) => v.try_reserve(extra).is_ok(),
            ListStorage::Floats(v) => v.try_reserve(extra).is_ok(),
            ListStorage::Objects(v) => v.try_reserve(extra).is_ok(),
        }
    }

    pub fn extend(&mut self, values: Vec<Value>) {
        if self.is_empty() {
            *self = ListStorage::from_values(values);
            return;
        }
        for v in values {
            self.push(v);
        }
    }

    pub fn extend_storage(&mut self, other: &ListStorage) {
        match (&mut *self, other) {
            (ListStorage::Floats(a), ListStorage::Floats(b)) => a.extend_from_slice(b),
            (ListStorage::Ints(a), ListStorage::Ints(b)) => a.extend_from_slice(b),
            (_, ListStorage::Empty) => {}
            (ListStorage::Empty, _) => *self = other.clone(),
            _ => {
                let values = other.to_vec();
                self.generalize().extend(values);
            }
        }
    }

    pub fn pop(&mut self, i: usize) -> Value {
        match self {
            ListStorage::Empty => Value::None,
            ListStorage::Ints(v) => Value::Int(v.remove(i)),
            ListStorage::Floats(v) => Value::float(v.remove(i)),
            ListStorage::Objects(v) => v.remove(i),
        }
    }

    pub fn insert(&mut self, i: usize, value: Value) {
        match (&mut *self, &value) {
            (ListStorage::Floats(v), Value::Float(f)) => v.insert(i, f.get()),
            (ListStorage::Ints(v), Value::Int(n)) => v.insert(i, *n),
            (ListStorage::Objects(v), _) => v.insert(i, value),
            (ListStorage::Empty, _) => self.push(value),
            _ => self.generalize().insert(i, value),
        }
    }

    pub fn truncate(&mut self, n: usize) {
        match self {
            ListStorage::Empty => {}
            ListStorage::Ints(v) => v.truncate(n),
            ListStorage::Floats(v) => v.truncate(n),
            ListStorage::Objects(v) => v.truncate(n),
        }
    }

    pub fn to_vec(&self) -> Vec<Value> {
        match self {
            ListStorage::Empty => Vec::new(),
            ListStorage::Ints(v) => v.iter().map(|&i| Value::Int(i)).collect(),
            ListStorage::Floats(v) => v.iter().map(|&f| Value::float(f)).collect(),
            ListStorage::Objects(v) => v.clone(),
        }
    }

    /// Elements `start..stop` by `step` (already normalised).
    pub fn slice(&self, start: i64, stop: i64, step: i64) -> ListStorage {
        let positions = crate::types::slice::slice_positions(start, stop, step);
        match self {
            ListStorage::Empty => ListStorage::Empty,
            ListStorage::Ints(v) if step == 1 => {
                ListStorage::Ints(if stop > start { v[start as usize..stop as usize].to_vec() } else { vec![] })
            }
            ListStorage::Floats(v) if step == 1 => {
                ListStorage::Floats(if stop > start { v[start as usize..stop as usize].to_vec() } else { vec![] })
            }
            ListStorage::Ints(v) => ListStorage::Ints(positions.map(|i| v[i]).collect()),
            ListStorage::Floats(v) => ListStorage::Floats(positions.map(|i| v[i]).collect()),
            ListStorage::Objects(v) => ListStorage::Objects(positions.map(|i| v[i].clone()).collect()),
        }
    }

    pub fn reverse(&mut self) {
        match self {
            ListStorage::Empty => {}
            ListStorage::Ints(v) => v.reverse(),
            ListStorage::Floats(v) => v.reverse(),
            ListStorage::Objects(v) => v.reverse(),
        }
    }

    pub fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        if let ListStorage::Objects(v) = self {
            for value in v {
                if let Value::Obj(o) = value {
                    visit(o);
                }
            }
        }
    }

    /// Bytes used by the element storage (`sys.getsizeof`).
    pub fn element_bytes(&self) -> usize {
        match self {
            ListStorage::Empty => 0,
            ListStorage::Ints(v) => v.capacity() * 8,
            ListStorage::Floats(v) => v.capacity() * 8,
            ListStorage::Objects(v) => v.capacity() * std::mem::size_of::<Value>(),
        }
    }

    pub fn strategy_name(&self) -> &'static str {
        match self {
            ListStorage::Empty => "empty",
            ListStorage::Ints(_) => "int",
            ListStorage::Floats(_) => "float",
            ListStorage::Objects(_) => "object",
        }
    }
}

fn unreachable_objects() -> &'static mut Vec<Value> {
    // `generalize` always leaves Objects storage; this is never reached,
    // but returning a fresh leaked vector is safer than a panic.
    Box::leak(Box::new(Vec::new()))
}

pub fn storage(list: &Obj) -> Option<&PyCell<ListStorage>> {
    match &list.payload {
        Payload::List(l) => Some(l),
        _ => None,
    }
}

fn this<'a>(vm: &mut Vm, args: &'a [Value], name: &str) -> PyResult<&'a Obj> {
    match args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::List(_)) => Ok(o),
        other => {
            let got = other.map(|v| vm.type_name(v)).unwrap_or_default();
            Err(vm.type_error(format!("descriptor '{name}' for 'list' objects doesn't apply to a '{got}' object")))
        }
    }
}

fn cell(list: &Obj) -> &PyCell<ListStorage> {
    match &list.payload {
        Payload::List(l) => l,
        _ => empty_cell(),
    }
}

fn empty_cell() -> &'static PyCell<ListStorage> {
    Box::leak(Box::new(PyCell::new(ListStorage::Empty)))
}

/// Normalises an index for item access; `None` when out of range.
/// `outer[i]` for an exact list and an in-range index; None otherwise.
#[inline(always)]
pub fn exact_list_get(outer: &Value, i: i64) -> Option<Value> {
    let Value::Obj(o) = outer else { return None };
    let (None, Payload::List(l)) = (o.class(), &o.payload) else { return None };
    let l = l.borrow();
    normalize_index(i, l.len()).map(|at| l.get(at))
}

/// `outer[i][j]` for exact lists of lists and in-range indices, without
/// taking a reference to the row; None when any of that does not hold.
#[inline(always)]
pub fn nested_get(outer: &Value, i: i64, j: i64) -> Option<Value> {
    let Value::Obj(o) = outer else { return None };
    let (None, Payload::List(l)) = (o.class(), &o.payload) else { return None };
    let l = l.borrow();
    let at = normalize_index(i, l.len())?;
    let ListStorage::Objects(rows) = &*l else { return None };
    exact_list_get(&rows[at], j)
}

pub fn normalize_index(i: i64, len: usize) -> Option<usize> {
    let len = len as i64;
    let i = if i < 0 { i + len } else { i };
    (0..len).contains(&i).then_some(i as usize)
}

pub fn getitem(vm: &mut Vm, list: &Obj, index: &Value) -> PyResult<Value> {
    if let Value::Int(i) = index {
        let l = cell(list).borrow();
        return match normalize_index(*i, l.len()) {
            Some(i) => Ok(l.get(i)),
            None => {
                drop(l);
                Err(vm.index_error("list index out of range"))
            }
        };
    }
    if let Some(Payload::Slice(_)) = index.payload() {
        let len = cell(list).borrow().len();
        let (start, stop, step) = crate::types::slice::indices(vm, index, len)?;
        let sliced = cell(list).borrow().slice(start, stop, step);
        return Ok(vm.new_list_storage(sliced));
    }
    match crate::protocol::number::as_index(vm, index)? {
        Some(i) => getitem(vm, list, &Value::Int(i)),
        None => {
            let tn = vm.type_name(index);
            Err(vm.type_error(format!("list indices must be integers or slices, not {tn}")))
        }
    }
}

pub fn setitem(vm: &mut Vm, list: &Obj, index: &Value, value: Value) -> PyResult<()> {
    if let Value::Int(i) = index {
        let mut l = cell(list).borrow_mut();
        return match normalize_index(*i, l.len()) {
            Some(i) => {
                let old = l.set(i, value);
                drop(l);
                drop(old);
                Ok(())
            }
            None => {
                drop(l);
                Err(vm.index_error("list assignment index out of range"))
            }
        };
    }
    if let Some(Payload::Slice(_)) = index.payload() {
        return set_slice(vm, list, index, value);
    }
    match crate::protocol::number::as_index(vm, index)? {
        Some(i) => setitem(vm, list, &Value::Int(i), value),
        None => {
            let tn = vm.type_name(index);
            Err(vm.type_error(format!("list indices must be integers or slices, not {tn}")))
        }
    }
}

fn set_slice(vm: &mut Vm, list: &Obj, index: &Value, value: Value) -> PyResult<()> {
    // Materialise the new items first (they may come from the list itself).
    let items = match value.payload() {
        Some(Payload::List(l)) => l.borrow().to_vec(),
        _ => match vm.collect(&value) {
            Ok(items) => items,
            Err(e) if vm.err_matches(&e, &vm.exc.type_error.clone()) => {
                return Err(vm.type_error("can only assign an iterable"));
            }
            Err(e) => return Err(e),
        },
    };
    let len = cell(list).borrow().len();
    let (start, stop, step) = crate::types::slice::indices(vm, index, len)?;
    if step == 1 {
        let stop = stop.max(start);
        let mut values = cell(list).borrow().to_vec();
        let removed: Vec<Value> = values.splice(start as usize..stop as usize, items).collect();
        *cell(list).borrow_mut() = ListStorage::from_values(values);
        drop(removed);
        return Ok(());
    }
    let positions: Vec<usize> = crate::types::slice::slice_positions(start, stop, step).collect();
    if positions.len() != items.len() {
        return Err(vm.value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            items.len(),
            positions.len()
        )));
    }
    let mut l = cell(list).borrow_mut();
    let mut old = Vec::with_capacity(items.len());
    for (p, v) in positions.into_iter().zip(items) {
        old.push(l.set(p, v));
    }
    drop(l);
    drop(old);
    Ok(())
}

pub fn delitem(vm: &mut Vm, list: &Obj, index: &Value) -> PyResult<()> {
    if let Some(Payload::Slice(_)) = index.payload() {
        let len = cell(list).borrow().len();
        let (start, stop, step) = crate::types::slice::indices(vm, index, len)?;
        let positions: std::collections::HashSet<usize> =
            crate::types::slice::slice_positions(start, stop, step).collect();
        let values = cell(list).borrow().to_vec();
        let kept: Vec<Value> =
            values.iter().enumerate().filter(|(i, _)| !positions.contains(i)).map(|(_, v)| v.clone()).collect();
        let old = std::mem::replace(&mut *cell(list).borrow_mut(), ListStorage::from_values(kept));
        drop(old);
        drop(values);
        return Ok(());
    }
    let i = match crate::protocol::number::as_index(vm, index)? {
        Some(i) => i,
        None => {
            let tn = vm.type_name(index);
            return Err(vm.type_error(format!("list indices must be integers or slices, not {tn}")));
        }
    };
    let mut l = cell(list).borrow_mut();
    match normalize_index(i, l.len()) {
        Some(i) => {
            let old = l.pop(i);
            drop(l);
            drop(old);
            Ok(())
        }
        None => {
            drop(l);
            Err(vm.index_error("list assignment index out of range"))
        }
    }
}

pub fn append(list: &Obj, value: Value) {
    cell(list).borrow_mut().push(value);
}

pub fn len(list: &Obj) -> usize {
    cell(list).borrow().len()
}

pub fn to_vec(list: &Obj) -> Vec<Value> {
    cell(list).borrow().to_vec()
}

fn list_new(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = match a.first() {
        Some(Value::Obj(c)) => c.clone(),
        _ => return Err(vm.type_error("list.__new__(X): X is not a type object")),
    };
    Ok(Value::Obj(crate::types::object::alloc_instance(
        vm,
        &cls,
        Payload::List(Box::new(PyCell::new(ListStorage::Empty))),
    )))
}

fn list_init(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let list = this(vm, a, "__init__")?.clone();
    if !kwargs.is_empty() {
        return Err(vm.type_error("list() takes no keyword arguments"));
    }
    if a.len() > 2 {
        return Err(vm.type_error(format!("list expected at most 1 argument, got {}", a.len() - 1)));
    }
    let items = match a.get(1) {
        Some(iterable) => {
            probe_length_hint(vm, iterable)?;
            vm.collect(iterable)?
        }
        None => Vec::new(),
    };
    let old = std::mem::replace(&mut *cell(&list).borrow_mut(), ListStorage::from_values(items));
    drop(old);
    Ok(Value::None)
}

fn list_len(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let list = this(vm, a, "__len__")?;
    Ok(Value::Int(len(list) as i64))
}

fn list_getitem(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let list = this(vm, a, "__getitem__")?.clone();
    let index = args::exactly_one(vm, "list.__getitem__", &a[1..])?;
    getitem(vm, &list, &index)
}

fn list_setitem(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let list = this(vm, a, "__setitem__")?.clone();
    args::check_positional(vm, "__setitem__", &a[1..], 2, 2)?;
    setitem(vm, &list, &a[1], a[2].clone())?;
    Ok(Value::None)
}

fn list_delitem(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let list = this(vm, a, "__delitem__")?.clone();
    let index = args::exactly_one(vm, "list.__delitem__", &a[1..])?;
    delitem(vm, &list, &index)?;
    Ok(Value::None)
}

fn list_append(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let list = this(vm, a, "append")?;
    let value = args::exactly_one(vm, "list.append", &a[1..])?;
    append(list, value);
    Ok(Value::None)
}

/// CPython sizes a list by the iterable's `__len__` (or
/// `__length_hint__`) before filling it; an object of a class the program
/// wrote sees that call, and its errors other than TypeError stop the
/// construction. Built-in iterables are not asked (no one can tell).
fn probe_length_hint(vm: &mut Vm, iterable: &Value) -> PyResult<()> {
    let Value::Obj(o) = iterable else {
        return Ok(());
    };
    let Some(cls) = o.class().cloned() else {
        return Ok(());
    };
    if !crate::types::type_::data(&cls).has_flag(crate::types::type_::TypeFlags::HEAPTYPE) {
        return Ok(());
    }
    for name in ["__len__", "__length_hint__"] {
        let key = vm.intern(name);
        if crate::types::type_::lookup(&cls, &key).is_none() {
            continue;
        }
        return match vm.call_method(iterable, name, &[]) {
            Ok(_) => Ok(()),
            Err(e) if vm.is_instance(&e.value(), &vm.exc.type_error.clone()) => Ok(()),
            Err(e) => Err(e),
        };
    }
    Ok(())
}

pub fn extend(vm: &mut Vm, list: &Obj, iterable: &Value) -> PyResult<()> {
    if let Some(Payload::List(other)) = iterable.payload() {
        let other = other.borrow().clone();
        cell(list).borrow_mut().extend_storage(&other);
        return Ok(());
    }
    probe_length_hint(vm, iterable)?;
    let items = vm.collect(iterable)?;
    let mut l = cell(list).borrow_mut();
    if !l.try_reserve(items.len()) {
        drop(l);
        return Err(vm.memory_error());
    }
    l.extend(items);
    Ok(())
}

fn list_extend(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let list = this(vm, a, "extend")?.clone();
    let iterable = args::exactly_one(vm, "list.extend", &a[1..])?;
    extend(vm, &list, &iterable)?;
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let list = this(vm, a, "insert")?.clone();
    args::check_positional(vm, "insert", &a[1..], 2, 2)?;
    let i = crate::protocol::number::index_i64(vm, &a[1])?;
    let mut l = cell(&list).borrow_mut();
    let n = l.len() as i64;
    let pos = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.insert(pos as usize, a[2].clone());
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let list = this(vm, a, "pop")?.clone();
    args::check_positional(vm, "pop", &a[1..], 0, 1)?;
    let i = match a.get(1) {
        Some(v) => crate::protocol::number::index_i64(vm, v)?,
        None => -1,
    };
    let mut l = cell(&list).borrow_mut();
    if l.is_empty() {
        drop(l);
        return Err(vm.index_error("pop from empty list"));
    }
    match normalize_index(i, l.len()) {
        Some(i) => Ok(l.pop(i)),
        None => {
            drop(l);
            Err(vm.index_error("pop index out of range"))
        }
    }
}

/// Index of the first element equal to `value` in `start..stop`.
fn position(vm: &mut Vm, list: &Obj, value: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    loop {
        let item = {
            let l = cell(list).borrow();
            if i >= stop.min(l.len()) {
                return Ok(None);
            }
            l.get(i)
        };
        if item.is(value) || vm.eq(&item, value)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn list_remove(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let list = this(vm, a, "remove")?.clone();
    let value = args::exactly_one(vm, "list.remove", &a[1..])?;
    match position(vm, &list, &value, 0, usize::MAX)? {
        Some(i) => {
            let old = cell(&list).borrow_mut().pop(i);
            drop(old);
            Ok(Value::None)
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn list_index(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let list = this(vm, a, "index")?.clone();
    args::check_positional(vm, "index", &a[1..], 1, 3)?;
    let n = len(&list);
    let clamp = |vm: &mut Vm, v: Option<&Value>, default: usize| -> PyResult<usize> {
        match v {
            None => Ok(default),
            Some(v) => {
                let i = crate::protocol::number::index_i64_clamped(vm, v)?;
                Ok(if i < 0 { (i + n as i64).max(0) as usize } else { (i as usize).min(n) })
            }
        }
    };
    let start = clamp(vm, a.get(2), 0)?;
    let stop = clamp(vm, a.get(3), n)?;
    match position(vm, &list, &a[1], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = vm.repr_string(&a[1])?;
            Err(vm.value_error(format!("{r} is not in list")))
        }
    }
}

fn list_count(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let list = this(vm, a, "count")?.clone();
    let value = args::exactly_one(vm, "list.count", &a[1..])?;
    let mut count = 0;
    let mut i = 0;
    loop {
        let item = match cell(&list).borrow().get_checked(i) {
            Some(v) => v,
            None => break,
        };
        if item.is(&value) || vm.eq(&item, &value)? {
            count += 1;
        }
        i += 1;
    }
    Ok(Value::Int(count))
}

fn list_clear(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let list = this(vm, a, "clear")?;
    let old = std::mem::take(&mut *cell(list).borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let list = this(vm, a, "copy")?;
    let copy = cell(list).borrow().clone();
    Ok(vm.new_list_storage(copy))
}

fn list_reverse(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let list = this(vm, a, "reverse")?;
    cell(list).borrow_mut().reverse();
    Ok(Value::None)
}

/// A stable merge sort driven by a fallible `less than`; never panics,
/// whatever the comparison does.
pub fn merge_sort<T: Clone>(items: &mut [T], lt: &mut dyn FnMut(&T, &T) -> PyResult<bool>) -> PyResult<()> {
    let n = items.len();
    if n < 2 {
        return Ok(());
    }
    // Insertion sort small runs, then merge bottom-up.
    const RUN: usize = 16;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && lt(&items[j], &items[j - 1])? {
                items.swap(j, j - 1);
                j -= 1;
            }
        }
        start = end;
    }
    let mut width = RUN;
    let mut buffer: Vec<T> = Vec::with_capacity(n);
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if mid < hi {
                buffer.clear();
                let (mut i, mut j) = (lo, mid);
                while i < mid && j < hi {
                    // Take from the right only when strictly less: stable.
                    if lt(&items[j], &items[i])? {
                        buffer.push(items[j].clone());
                        j += 1;
                    } else {
                        buffer.push(items[i].clone());
                        i += 1;
                    }
                }
                buffer.extend_from_slice(&items[i..mid]);
                buffer.extend_from_slice(&items[j..hi]);
                items[lo..hi].clone_from_slice(&buffer);
            }
            lo = hi;
        }
        width *= 2;
    }
    Ok(())
}

/// Sorts values with Python's `<`, using fast paths for homogeneous
/// built-in elements.
pub fn sort_values(vm: &mut Vm, values: &mut [Value], keys: Option<&mut Vec<Value>>) -> PyResult<()> {
    match keys {
        None => {
            if values.iter().all(|v| matches!(v, Value::Int(_))) {
                values.sort_by_key(|v| if let Value::Int(i) = v { *i } else { 0 });
                return Ok(());
            }
            if values.iter().all(|v| matches!(v, Value::Float(f) if !f.get().is_nan())) {
                values.sort_by(|a, b| match (a, b) {
                    (Value::Float(x), Value::Float(y)) => x.get().partial_cmp(&y.get()).unwrap_or(Ordering::Equal),
                    _ => Ordering::Equal,
                });
                return Ok(());
            }
            if values
                .iter()
                .all(|v| matches!(v, Value::Obj(o) if o.class().is_none() && matches!(o.payload, Payload::Str(_))))
            {
                values.sort_by(|a, b| {
                    crate::types::str::cmp_text(
                        crate::types::str::as_str(a).unwrap_or(""),
                        crate::types::str::as_str(b).unwrap_or(""),
                    )
                });
                return Ok(());
            }
            merge_sort(values, &mut |a, b| vm.lt(a, b))
        }
        Some(keys) => {
            let mut pairs: Vec<(Value, Value)> = keys.drain(..).zip(values.iter().cloned()).collect();
            merge_sort(&mut pairs, &mut |a, b| vm.lt(&a.0, &b.0))?;
            for (slot, (_, v)) in values.iter_mut().zip(pairs) {
                *slot = v;
            }
            Ok(())
        }
    }
}

pub fn sort(vm: &mut Vm, list: &Obj, key: Option<&Value>, reverse: bool) -> PyResult<()> {
    // The list is empty while sorting, so changes to it are detectable.
    let storage = std::mem::take(&mut *cell(list).borrow_mut());
    let mut values = match storage {
        ListStorage::Floats(mut v) if key.is_none() && !v.iter().any(|f| f.is_nan()) => {
            if reverse {
                v.reverse();
            }
            v.sort_by(|a, b| a.partial_cmp(b).unwrap_or(Ordering::Equal));
            if reverse {
                v.reverse();
            }
            *cell(list).borrow_mut() = ListStorage::Floats(v);
            return Ok(());
        }
        ListStorage::Ints(mut v) if key.is_none() => {
            v.sort_unstable();
            if reverse {
                v.reverse();
            }
            *cell(list).borrow_mut() = ListStorage::Ints(v);
            return Ok(());
        }
        other => other.to_vec(),
    };
    let mut result = Ok(());
    let mut keys = None;
    if let Some(key) = key {
        let mut k = Vec::with_capacity(values.len());
        for v in &values {
            match vm.call(key, std::slice::from_ref(v)) {
                Ok(kv) => k.push(kv),
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        keys = Some(k);
    }
    if result.is_ok() {
        if reverse {
            // Reverse, stable-sort, reverse: equal elements keep their order.
            values.reverse();
            if let Some(k) = keys.as_mut() {
                k.reverse();
            }
        }
        result = sort_values(vm, &mut values, keys.as_mut());
        if reverse {
            values.reverse();
        }
    }
    let modified = !cell(list).borrow().is_empty();
    let old = std::mem::replace(&mut *cell(list).borrow_mut(), ListStorage::from_values(values));
    drop(old);
    result?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(())
}

fn list_sort(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let list = this(vm, a, "sort")?.clone();
    if a.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let parsed = args::parse_kwonly(vm, "sort", kwargs, &["key", "reverse"])?;
    let key = match &parsed[0] {
        Value::Undef | Value::None => None,
        v => Some(v.clone()),
    };
    let reverse = match &parsed[1] {
        Value::Undef => false,
        v => vm.truthy(v)?,
    };
    sort(vm, &list, key.as_ref(), reverse)?;
    Ok(Value::None)
}

fn list_contains(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let list = this(vm, a, "__contains__")?.clone();
    let value = args::exactly_one(vm, "list.__contains__", &a[1..])?;
    Ok(Value::bool(contains(vm, &list, &value)?))
}

pub fn contains(vm: &mut Vm, list: &Obj, value: &Value) -> PyResult<bool> {
    {
        let l = cell(list).borrow();
        match (&*l, value) {
            (ListStorage::Floats(v), Value::Float(f)) => {
                let f = f.get();
                return Ok(v.contains(&f) || (f.is_nan() && v.iter().any(|x| x.to_bits() == f.to_bits())));
            }
            (ListStorage::Ints(v), Value::Int(i)) => return Ok(v.contains(i)),
            _ => {}
        }
    }
    Ok(position(vm, list, value, 0, usize::MAX)?.is_some())
}

fn list_iter(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let list = this(vm, a, "__iter__")?;
    Ok(crate::types::iterators::new_list_iter(list.clone(), false))
}

fn list_reversed(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let list = this(vm, a, "__reversed__")?;
    Ok(crate::types::iterators::new_list_iter(list.clone(), true))
}

fn list_add(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let list = this(vm, a, "__add__")?;
    let other = args::exactly_one(vm, "list.__add__", &a[1..])?;
    match other.payload() {
        Some(Payload::List(o)) => {
            let mut result = cell(list).borrow().clone();
            result.extend_storage(&o.borrow());
            Ok(vm.new_list_storage(result))
        }
        _ => {
            let tn = vm.type_name(&other);
            Err(vm.type_error(format!("can only concatenate list (not \"{tn}\") to list")))
        }
    }
}

fn list_iadd(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let list = this(vm, a, "__iadd__")?.clone();
    let other = args::exactly_one(vm, "list.__iadd__", &a[1..])?;
    extend(vm, &list, &other)?;
    Ok(a[0].clone())
}

/// `list * n`.
pub fn repeat(vm: &mut Vm, list: &Obj, n: i64) -> PyResult<ListStorage> {
    let src = cell(list).borrow().clone();
    if n <= 0 || src.is_empty() {
        return Ok(ListStorage::Empty);
    }
    let total = (src.len() as u128) * (n as u128);
    if total > (isize::MAX as u128) / 16 {
        return Err(vm.memory_error());
    }
    let total = total as usize;
    vm.check_alloc(total * std::mem::size_of::<Value>())?;
    Ok(match src {
        ListStorage::Floats(v) => {
            let mut out = Vec::new();
            if out.try_reserve(total).is_err() {
                return Err(vm.memory_error());
            }
            for _ in 0..n {
                out.extend_from_slice(&v);
            }
            ListStorage::Floats(out)
        }
        ListStorage::Ints(v) => {
            let mut out = Vec::new();
            if out.try_reserve(total).is_err() {
                return Err(vm.memory_error());
            }
            for _ in 0..n {
                out.extend_from_slice(&v);
            }
            ListStorage::Ints(out)
        }
        other => {
            let v = other.to_vec();
            let mut out = Vec::new();
            if out.try_reserve(total).is_err() {
                return Err(vm.memory_error());
            }
            for _ in 0..n {
                out.extend_from_slice(&v);
            }
            ListStorage::Objects(out)
        }
    })
}

fn list_mul(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let list = this(vm, a, "__mul__")?.clone();
    let other = args::exactly_one(vm, "list.__mul__", &a[1..])?;
    match crate::protocol::number::as_index(vm, &other)? {
        Some(n) => {
            let s = repeat(vm, &list, n)?;
            Ok(vm.new_list_storage(s))
        }
        None => Ok(Value::Obj(vm.not_implemented.clone())),
    }
}

fn list_imul(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let list = this(vm, a, "__imul__")?.clone();
    let other = args::exactly_one(vm, "list.__imul__", &a[1..])?;
    match crate::protocol::number::as_index(vm, &other)? {
        Some(n) => {
            let s = repeat(vm, &list, n)?;
            let old = std::mem::replace(&mut *cell(&list).borrow_mut(), s);
            drop(old);
            Ok(a[0].clone())
        }
        None => Ok(Value::Obj(vm.not_implemented.clone())),
    }
}

/// Lexicographic comparison of two sequences with Python semantics.
pub fn compare_sequences(
    vm: &mut Vm,
    a: &[Value],
    b: &[Value],
    op: crate::protocol::compare::CompareOp,
) -> PyResult<bool> {
    use crate::protocol::compare::CompareOp;
    if matches!(op, CompareOp::Eq | CompareOp::Ne) && a.len() != b.len() {
        return Ok(op == CompareOp::Ne);
    }
    for (x, y) in a.iter().zip(b.iter()) {
        if x.is(y) {
            continue;
        }
        if !vm.eq(x, y)? {
            return match op {
                CompareOp::Eq => Ok(false),
                CompareOp::Ne => Ok(true),
                _ => {
                    let r = vm.rich_compare(x, y, op)?;
                    vm.truthy(&r)
                }
            };
        }
    }
    let (la, lb) = (a.len(), b.len());
    Ok(match op {
        CompareOp::Lt => la < lb,
        CompareOp::Le => la <= lb,
        CompareOp::Eq => la == lb,
        CompareOp::Ne => la != lb,
        CompareOp::Gt => la > lb,
        CompareOp::Ge => la >= lb,
    })
}

fn list_richcompare(vm: &mut Vm, a: &[Value], op: crate::protocol::compare::CompareOp) -> PyResult<Value> {
    let list = this(vm, a, op.dunder())?.clone();
    let Some(Payload::List(other)) = a.get(1).and_then(|v| v.payload()) else {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    };
    let x = cell(&list).borrow().to_vec();
    let y = other.borrow().to_vec();
    Ok(Value::bool(compare_sequences(vm, &x, &y, op)?))
}

fn list_eq(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    list_richcompare(vm, a, crate::protocol::compare::CompareOp::Eq)
}
fn list_ne(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    list_richcompare(vm, a, crate::protocol::compare::CompareOp::Ne)
}
fn list_lt(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    list_richcompare(vm, a, crate::protocol::compare::CompareOp::Lt)
}
fn list_le(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    list_richcompare(vm, a, crate::protocol::compare::CompareOp::Le)
}
fn list_gt(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    list_richcompare(vm, a, crate::protocol::compare::CompareOp::Gt)
}
fn list_ge(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    list_richcompare(vm, a, crate::protocol::compare::CompareOp::Ge)
}

/// `[a, b, c]`, with `[...]` for a list inside itself.
pub fn repr_list(vm: &mut Vm, list: &Value) -> PyResult<String> {
    let Some(obj) = list.as_obj() else {
        return Ok(String::new());
    };
    if len(obj) == 0 {
        return Ok("[]".into());
    }
    let Some(_guard) = crate::protocol::repr::ReprGuard::enter(vm, list) else {
        return Ok("[...]".into());
    };
    let mut out = String::from("[");
    let mut i = 0;
    loop {
        let item = match cell(obj).borrow().get_checked(i) {
            Some(v) => v,
            None => break,
        };
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&vm.repr_string(&item)?);
        i += 1;
    }
    out.push(']');
    Ok(out)
}

fn list_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let _ = this(vm, a, "__repr__")?;
    let s = repr_list(vm, &a[0])?;
    Ok(vm.new_str(s))
}

fn list_sizeof(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let list = this(vm, a, "__sizeof__")?;
    let bytes = 40 + cell(list).borrow().element_bytes();
    Ok(Value::Int(bytes as i64))
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.list.clone();
    vm.add_staticmethod(&t, "__new__", list_new);
    vm.add_method(&t, "__init__", list_init);
    vm.add_method(&t, "__len__", list_len);
    vm.add_method(&t, "__getitem__", list_getitem);
    vm.add_method(&t, "__setitem__", list_setitem);
    vm.add_method(&t, "__delitem__", list_delitem);
    vm.add_method(&t, "append", list_append);
    vm.add_method(&t, "extend", list_extend);
    vm.add_method(&t, "insert", list_insert);
    vm.add_method(&t, "pop", list_pop);
    vm.add_method(&t, "remove", list_remove);
    vm.add_method(&t, "index", list_index);
    vm.add_method(&t, "count", list_count);
    vm.add_method(&t, "clear", list_clear);
    vm.add_method(&t, "copy", list_copy);
    vm.add_method(&t, "reverse", list_reverse);
    vm.add_method(&t, "sort", list_sort);
    vm.add_method(&t, "__contains__", list_contains);
    vm.add_method(&t, "__iter__", list_iter);
    vm.add_method(&t, "__reversed__", list_reversed);
    vm.add_method(&t, "__add__", list_add);
    vm.add_method(&t, "__iadd__", list_iadd);
    vm.add_method(&t, "__mul__", list_mul);
    vm.add_method(&t, "__rmul__", list_mul);
    vm.add_method(&t, "__imul__", list_imul);
    vm.add_method(&t, "__eq__", list_eq);
    vm.add_method(&t, "__ne__", list_ne);
    vm.add_method(&t, "__lt__", list_lt);
    vm.add_method(&t, "__le__", list_le);
    vm.add_method(&t, "__gt__", list_gt);
    vm.add_method(&t, "__ge__", list_ge);
    vm.add_method(&t, "__repr__", list_repr);
    vm.add_method(&t, "__sizeof__", list_sizeof);
    vm.add_classmethod(&t, "__class_getitem__", crate::types::object::class_getitem);
    vm.set_type_attr_raw(&t, "__hash__", Value::None);
}
