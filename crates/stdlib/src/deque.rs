//! `_collections.deque`: the double-ended queue of `collections`, on a
//! ring buffer (`VecDeque`), so that appends and pops at either end take
//! constant time (queue.Queue and multiprocessing's feeder threads pop
//! from the left of long deques). Each method is one native call, so it is
//! atomic under the GIL, as CPython's deque methods are.
//!
//! Every mutation bumps `state`; an iterator, and a search that calls
//! back into Python (`==` of the items), raise RuntimeError if the deque
//! changed under them, with CPython's messages.

use std::cell::Cell;
use std::collections::VecDeque;

use ferropy_runtime::object::{NativeData, Payload, PyCell};
use ferropy_runtime::protocol::args;
use ferropy_runtime::protocol::compare::CompareOp;
use ferropy_runtime::protocol::repr::ReprGuard;
use ferropy_runtime::types::builtin_function::{KwArgs, NativeFn};
use ferropy_runtime::types::descriptors::add_getset;
use ferropy_runtime::{Obj, PyResult, Value, Vm};

use crate::native_class;

struct Deque {
    items: PyCell<VecDeque<Value>>,
    maxlen: Cell<Option<usize>>,
    /// Changes with every mutation.
    state: Cell<u64>,
}

impl NativeData for Deque {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Ok(items) = self.items.try_borrow() {
            for v in items.iter() {
                if let Value::Obj(o) = v {
                    visit(o);
                }
            }
        }
    }

    fn clear(&self) {
        let old = self.items.try_borrow_mut().map(|mut items| std::mem::take(&mut *items));
        drop(old);
    }
}

impl Deque {
    fn touch(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    fn len(&self) -> usize {
        self.items.borrow().len()
    }

    fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }

    /// Appends at the right, dropping from the left past maxlen.
    fn push_back(&self, v: Value) -> Option<Value> {
        self.touch();
        let mut items = self.items.borrow_mut();
        if self.maxlen.get() == Some(0) {
            return Some(v);
        }
        items.push_back(v);
        match self.maxlen.get() {
            Some(m) if items.len() > m => items.pop_front(),
            _ => None,
        }
    }

    fn push_front(&self, v: Value) -> Option<Value> {
        self.touch();
        let mut items = self.items.borrow_mut();
        if self.maxlen.get() == Some(0) {
            return Some(v);
        }
        items.push_front(v);
        match self.maxlen.get() {
            Some(m) if items.len() > m => items.pop_back(),
            _ => None,
        }
    }
}

fn this<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a Deque> {
    native_class::state::<Deque>(vm, v, "collections", "deque")
}

fn is_deque(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Native(n)) if n.as_any().is::<Deque>())
}

fn deque_new(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = a.first() else {
        return Err(vm.type_error("deque.__new__(X): X is not a type object"));
    };
    let data = Deque { items: PyCell::new(VecDeque::new()), maxlen: Cell::new(None), state: Cell::new(0) };
    Ok(Value::Obj(ferropy_runtime::types::object::alloc_instance(vm, cls, Payload::Native(Box::new(data)))))
}

fn maxlen_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<usize>> {
    match v {
        Value::Undef | Value::None => Ok(None),
        Value::Int(n) if *n < 0 => Err(vm.value_error("maxlen must be non-negative")),
        Value::Int(n) => Ok(Some(*n as usize)),
        _ if ferropy_runtime::types::int::is_int(v) => {
            Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
        }
        _ => Err(vm.type_error("an integer is required")),
    }
}

/// `deque(iterable=(), maxlen=None)`: (re)starts with the iterable's items.
fn deque_init(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = args::parse(vm, "deque", &a[1..], kw, &["iterable", "maxlen"], 0)?;
    let maxlen = maxlen_arg(vm, &p[1])?;
    let d = this(vm, &a[0])?;
    d.maxlen.set(maxlen);
    if d.len() > 0 {
        d.touch();
        let old = std::mem::take(&mut *d.items.borrow_mut());
        drop(old);
    }
    if !p[0].is_undef() {
        extend_right(vm, &a[0], &p[0])?;
    }
    Ok(Value::None)
}

fn items_of(vm: &mut Vm, this: &Value, iterable: &Value) -> PyResult<Vec<Value>> {
    if iterable.is(this) {
        return Ok(self::this(vm, this)?.items.borrow().iter().cloned().collect());
    }
    vm.collect(iterable)
}

fn extend_right(vm: &mut Vm, this: &Value, iterable: &Value) -> PyResult<()> {
    let items = items_of(vm, this, iterable)?;
    let d = self::this(vm, this)?;
    let dropped: Vec<Value> = items.into_iter().filter_map(|v| d.push_back(v)).collect();
    drop(dropped);
    Ok(())
}

fn append(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "append", &a[1..], 1, 1)?;
    let dropped = this(vm, &a[0])?.push_back(a[1].clone());
    drop(dropped);
    Ok(Value::None)
}

fn appendleft(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "appendleft", &a[1..], 1, 1)?;
    let dropped = this(vm, &a[0])?.push_front(a[1].clone());
    drop(dropped);
    Ok(Value::None)
}

fn extend(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "extend", &a[1..], 1, 1)?;
    extend_right(vm, &a[0], &a[1])?;
    Ok(Value::None)
}

fn extendleft(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "extendleft", &a[1..], 1, 1)?;
    let items = items_of(vm, &a[0], &a[1])?;
    let d = this(vm, &a[0])?;
    let dropped: Vec<Value> = items.into_iter().filter_map(|v| d.push_front(v)).collect();
    drop(dropped);
    Ok(Value::None)
}

fn pop_end(vm: &mut Vm, a: &[Value], name: &str, left: bool) -> PyResult<Value> {
    args::check_positional(vm, name, &a[1..], 0, 0)?;
    let d = this(vm, &a[0])?;
    d.touch();
    let item = if left { d.items.borrow_mut().pop_front() } else { d.items.borrow_mut().pop_back() };
    item.ok_or_else(|| vm.index_error("pop from an empty deque"))
}

fn pop(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    pop_end(vm, a, "pop", false)
}

fn popleft(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    pop_end(vm, a, "popleft", true)
}

fn clear(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "clear", &a[1..], 0, 0)?;
    let d = this(vm, &a[0])?;
    d.touch();
    let old = std::mem::take(&mut *d.items.borrow_mut());
    drop(old);
    Ok(Value::None)
}

/// A new deque of `this`'s class with `items` and `maxlen`.
fn new_like(vm: &mut Vm, this: &Value, items: Vec<Value>, maxlen: Option<usize>) -> PyResult<Value> {
    let cls = Value::Obj(vm.class_of(this).clone());
    let list = vm.new_list(items);
    let maxlen = maxlen.map_or(Value::None, |m| Value::Int(m as i64));
    vm.call(&cls, &[list, maxlen])
}

fn copy(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "copy", &a[1..], 0, 0)?;
    let d = this(vm, &a[0])?;
    let (items, maxlen) = (d.items.borrow().iter().cloned().collect(), d.maxlen.get());
    new_like(vm, &a[0], items, maxlen)
}

/// Compares `x` with each item from `start` on; the first equal index.
/// Python's `==` may change the deque: that is a RuntimeError.
fn find(vm: &mut Vm, this: &Value, x: &Value, start: usize, stop: usize, removing: bool) -> PyResult<Option<usize>> {
    let state = self::this(vm, this)?.state.get();
    let mut i = start;
    while i < stop {
        let Some(item) = self::this(vm, this)?.get(i) else { break };
        let equal = item.is(x) || vm.eq(&item, x)?;
        if self::this(vm, this)?.state.get() != state {
            // CPython's texts: remove() names itself.
            if removing {
                return Err(vm.index_error("deque mutated during remove()."));
            }
            return Err(vm.runtime_error("deque mutated during iteration"));
        }
        if equal {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn count(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "count", &a[1..], 1, 1)?;
    let mut n = 0;
    let mut start = 0;
    let len = this(vm, &a[0])?.len();
    while let Some(i) = find(vm, &a[0], &a[1], start, len, false)? {
        n += 1;
        start = i + 1;
    }
    Ok(Value::Int(n))
}

fn clamp_index(len: usize, v: Option<i64>, default: usize) -> usize {
    match v {
        None => default,
        Some(i) if i < 0 => (len as i64 + i).max(0) as usize,
        Some(i) => (i as usize).min(len),
    }
}

fn index(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "index", &a[1..], 1, 3)?;
    let len = this(vm, &a[0])?.len();
    // Slice-style bounds: an int beyond i64 clamps, as CPython's do.
    let bound = |vm: &mut Vm, v: Option<&Value>| -> PyResult<Option<i64>> {
        let Some(v) = v else { return Ok(None) };
        if let Some(ferropy_runtime::types::int::IntVal::Big(b)) = ferropy_runtime::types::int::as_int(v) {
            return Ok(Some(if b.sign() == num_bigint::Sign::Minus { i64::MIN } else { i64::MAX }));
        }
        ferropy_runtime::protocol::number::index_i64(vm, v).map(Some)
    };
    let start = clamp_index(len, bound(vm, a.get(2))?, 0);
    let stop = clamp_index(len, bound(vm, a.get(3))?, len);
    match find(vm, &a[0], &a[1], start, stop, false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let shown = vm.repr(&a[1])?;
            let shown = vm.str_string(&shown)?;
            Err(vm.value_error(format!("{shown} is not in deque")))
        }
    }
}

fn remove(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "remove", &a[1..], 1, 1)?;
    let len = this(vm, &a[0])?.len();
    match find(vm, &a[0], &a[1], 0, len, true)? {
        Some(i) => {
            let d = this(vm, &a[0])?;
            d.touch();
            let removed = d.items.borrow_mut().remove(i);
            drop(removed);
            Ok(Value::None)
        }
        None => {
            let shown = vm.repr(&a[1])?;
            let shown = vm.str_string(&shown)?;
            Err(vm.value_error(format!("{shown} is not in deque")))
        }
    }
}

fn contains(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "__contains__", &a[1..], 1, 1)?;
    let len = this(vm, &a[0])?.len();
    Ok(Value::bool(find(vm, &a[0], &a[1], 0, len, false)?.is_some()))
}

fn insert(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "insert", &a[1..], 2, 2)?;
    let i = ferropy_runtime::protocol::number::index_i64(vm, &a[1])?;
    let d = this(vm, &a[0])?;
    let len = d.len();
    if d.maxlen.get() == Some(len) {
        return Err(vm.index_error("deque already at its maximum size"));
    }
    let at = clamp_index(len, Some(i), 0);
    d.touch();
    d.items.borrow_mut().insert(at, a[2].clone());
    Ok(Value::None)
}

fn reverse(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "reverse", &a[1..], 0, 0)?;
    let d = this(vm, &a[0])?;
    d.touch();
    d.items.borrow_mut().make_contiguous().reverse();
    Ok(Value::None)
}

fn rotate(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "rotate", &a[1..], 0, 1)?;
    let n = match a.get(1) {
        Some(v) => ferropy_runtime::protocol::number::index_i64(vm, v)?,
        None => 1,
    };
    let d = this(vm, &a[0])?;
    let len = d.len() as i64;
    if len > 1 {
        d.touch();
        let k = n.rem_euclid(len) as usize;
        d.items.borrow_mut().rotate_right(k);
    }
    Ok(Value::None)
}

fn len(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "len", &a[1..], 0, 0)?;
    Ok(Value::Int(this(vm, &a[0])?.len() as i64))
}

/// An index into the deque (negative from the end), or IndexError.
fn position(vm: &mut Vm, this: &Value, i: &Value) -> PyResult<usize> {
    if !ferropy_runtime::types::int::is_int(i) && !matches!(i, Value::Bool(_)) {
        let tn = vm.type_name(i);
        return Err(vm.type_error(format!("sequence index must be integer, not '{tn}'")));
    }
    let i = ferropy_runtime::protocol::number::index_i64(vm, i)?;
    let len = self::this(vm, this)?.len() as i64;
    let at = if i < 0 { i + len } else { i };
    if !(0..len).contains(&at) {
        return Err(vm.index_error("deque index out of range"));
    }
    Ok(at as usize)
}

fn getitem(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "__getitem__", &a[1..], 1, 1)?;
    let at = position(vm, &a[0], &a[1])?;
    this(vm, &a[0])?.get(at).ok_or_else(|| vm.index_error("deque index out of range"))
}

fn setitem(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "__setitem__", &a[1..], 2, 2)?;
    let at = position(vm, &a[0], &a[1])?;
    let d = this(vm, &a[0])?;
    let old = std::mem::replace(&mut d.items.borrow_mut()[at], a[2].clone());
    drop(old);
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "__delitem__", &a[1..], 1, 1)?;
    let at = position(vm, &a[0], &a[1])?;
    let d = this(vm, &a[0])?;
    d.touch();
    let old = d.items.borrow_mut().remove(at);
    drop(old);
    Ok(Value::None)
}

fn repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "repr", &a[1..], 0, 0)?;
    let Some(_guard) = ReprGuard::enter(vm, &a[0]) else {
        return Ok(vm.new_str("[...]"));
    };
    let d = this(vm, &a[0])?;
    let (items, maxlen) = (d.items.borrow().iter().cloned().collect::<Vec<_>>(), d.maxlen.get());
    let list = vm.new_list(items);
    let shown = vm.repr(&list)?;
    let shown = vm.str_string(&shown)?;
    let cls = Value::Obj(vm.class_of(&a[0]).clone());
    let name = vm.get_attr_str(&cls, "__name__")?;
    let name = vm.str_string(&name)?;
    Ok(vm.new_str(match maxlen {
        Some(m) => format!("{name}({shown}, maxlen={m})"),
        None => format!("{name}({shown})"),
    }))
}

fn compare(vm: &mut Vm, a: &[Value], op: CompareOp) -> PyResult<Value> {
    args::check_positional(vm, "comparison", &a[1..], 1, 1)?;
    if !is_deque(&a[1]) {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    }
    let left: Vec<Value> = this(vm, &a[0])?.items.borrow().iter().cloned().collect();
    let right: Vec<Value> = this(vm, &a[1])?.items.borrow().iter().cloned().collect();
    let (l, r) = (vm.new_list(left), vm.new_list(right));
    vm.rich_compare(&l, &r, op)
}

macro_rules! comparisons {
    ($($name:ident => $op:expr;)*) => {
        $(fn $name(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
            compare(vm, a, $op)
        })*
    };
}

comparisons! {
    eq => CompareOp::Eq;
    ne => CompareOp::Ne;
    lt => CompareOp::Lt;
    le => CompareOp::Le;
    gt => CompareOp::Gt;
    ge => CompareOp::Ge;
}

fn add(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "__add__", &a[1..], 1, 1)?;
    if !is_deque(&a[1]) {
        let tn = vm.type_name(&a[1]);
        return Err(vm.type_error(format!("can only concatenate deque (not \"{tn}\") to deque")));
    }
    let d = this(vm, &a[0])?;
    let (mut items, maxlen): (Vec<Value>, _) = (d.items.borrow().iter().cloned().collect(), d.maxlen.get());
    items.extend(this(vm, &a[1])?.items.borrow().iter().cloned());
    new_like(vm, &a[0], items, maxlen)
}

fn iadd(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "__iadd__", &a[1..], 1, 1)?;
    extend_right(vm, &a[0], &a[1])?;
    Ok(a[0].clone())
}

fn repeat_count(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    if !ferropy_runtime::types::int::is_int(v) {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{tn}'")));
    }
    Ok(ferropy_runtime::protocol::number::index_i64(vm, v)?.max(0) as usize)
}

fn repeated(vm: &mut Vm, this: &Value, n: usize) -> PyResult<Vec<Value>> {
    let items: Vec<Value> = self::this(vm, this)?.items.borrow().iter().cloned().collect();
    vm.check_alloc(items.len().saturating_mul(n).saturating_mul(8))?;
    Ok(std::iter::repeat_n(items, n).flatten().collect())
}

fn mul(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "__mul__", &a[1..], 1, 1)?;
    let n = repeat_count(vm, &a[1])?;
    let items = repeated(vm, &a[0], n)?;
    let maxlen = this(vm, &a[0])?.maxlen.get();
    new_like(vm, &a[0], items, maxlen)
}

fn imul(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "__imul__", &a[1..], 1, 1)?;
    let n = repeat_count(vm, &a[1])?;
    let items = repeated(vm, &a[0], n)?;
    let d = this(vm, &a[0])?;
    d.touch();
    let old = std::mem::take(&mut *d.items.borrow_mut());
    drop(old);
    let dropped: Vec<Value> = items.into_iter().filter_map(|v| d.push_back(v)).collect();
    drop(dropped);
    Ok(a[0].clone())
}

/// (class, args, state, iterator): pickling and copy.copy.
fn reduce(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "reduce", &a[1..], 0, 0)?;
    let cls = Value::Obj(vm.class_of(&a[0]).clone());
    let args = match this(vm, &a[0])?.maxlen.get() {
        None => vm.new_tuple(vec![]),
        Some(m) => {
            let empty = vm.new_tuple(vec![]);
            vm.new_tuple(vec![empty, Value::Int(m as i64)])
        }
    };
    let state = match a[0].as_obj().and_then(|o| o.dict.clone()) {
        Some(d) if ferropy_runtime::types::dict::dict_items(&d).is_empty() => Value::None,
        Some(d) => Value::Obj(d),
        None => Value::None,
    };
    let iterator = new_iterator(vm, &a[0], false)?;
    Ok(vm.new_tuple(vec![cls, args, state, iterator]))
}

// ----- iterators ---------------------------------------------------------------

struct DequeIter {
    deque: Value,
    next: Cell<usize>,
    state: u64,
    len: usize,
    reverse: bool,
}

impl NativeData for DequeIter {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Value::Obj(o) = &self.deque {
            visit(o);
        }
    }
}

fn new_iterator(vm: &mut Vm, deque: &Value, reverse: bool) -> PyResult<Value> {
    let d = this(vm, deque)?;
    let data = DequeIter { deque: deque.clone(), next: Cell::new(0), state: d.state.get(), len: d.len(), reverse };
    let class = if reverse { "_deque_reverse_iterator" } else { "_deque_iterator" };
    native_class::new_instance(vm, "_collections", class, Box::new(data))
}

fn iter(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "iter", &a[1..], 0, 0)?;
    new_iterator(vm, &a[0], false)
}

fn reversed(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "reversed", &a[1..], 0, 0)?;
    new_iterator(vm, &a[0], true)
}

fn iter_state<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a DequeIter> {
    match v.payload() {
        Some(Payload::Native(n)) => {
            n.as_any().downcast_ref::<DequeIter>().ok_or_else(|| vm.type_error("expected a deque iterator"))
        }
        _ => Err(vm.type_error("expected a deque iterator")),
    }
}

fn iter_self(_vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(a[0].clone())
}

fn iter_next(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let it = iter_state(vm, &a[0])?;
    let (deque, i, state, len, reverse) = (it.deque.clone(), it.next.get(), it.state, it.len, it.reverse);
    let d = this(vm, &deque)?;
    if d.state.get() != state || d.len() != len {
        iter_state(vm, &a[0])?.next.set(len);
        return Err(vm.runtime_error("deque mutated during iteration"));
    }
    if i >= len {
        let ty = vm.exc.stop_iteration.clone();
        return Err(vm.new_exception(&ty, vec![]));
    }
    let at = if reverse { len - 1 - i } else { i };
    let item = d.get(at).unwrap_or(Value::None);
    iter_state(vm, &a[0])?.next.set(i + 1);
    Ok(item)
}

fn iter_length_hint(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let it = iter_state(vm, &a[0])?;
    Ok(Value::Int(it.len.saturating_sub(it.next.get()) as i64))
}

pub fn make_module(vm: &mut Vm) -> PyResult<Obj> {
    let module = ferropy_runtime::types::module::new_native_module(vm, "_collections", &[])?;
    let dict = module.dict.clone().expect("a module has a dict");
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", deque_init),
        ("append", append),
        ("appendleft", appendleft),
        ("extend", extend),
        ("extendleft", extendleft),
        ("pop", pop),
        ("popleft", popleft),
        ("clear", clear),
        ("copy", copy),
        ("__copy__", copy),
        ("count", count),
        ("index", index),
        ("insert", insert),
        ("remove", remove),
        ("reverse", reverse),
        ("rotate", rotate),
        ("__len__", len),
        ("__contains__", contains),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__iter__", iter),
        ("__reversed__", reversed),
        ("__repr__", repr),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__lt__", lt),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
        ("__add__", add),
        ("__iadd__", iadd),
        ("__mul__", mul),
        ("__rmul__", mul),
        ("__imul__", imul),
        ("__reduce__", reduce),
    ];
    let cls = native_class::add_class_with_slots(vm, "collections", &dict, "deque", methods, &["__weakref__"])?;
    vm.add_staticmethod(&cls, "__new__", deque_new);
    add_getset(vm, &cls, "maxlen", |vm, v| Ok(this(vm, v)?.maxlen.get().map_or(Value::None, |m| Value::Int(m as i64))));
    let cls_value = Value::Obj(cls);
    vm.set_attr_str(&cls_value, "__hash__", Value::None)?;
    let iter_methods: &[(&'static str, NativeFn)] =
        &[("__iter__", iter_self), ("__next__", iter_next), ("__length_hint__", iter_length_hint)];
    native_class::add_class(vm, "_collections", &dict, "_deque_iterator", iter_methods)?;
    native_class::add_class(vm, "_collections", &dict, "_deque_reverse_iterator", iter_methods)?;
    Ok(module)
}
