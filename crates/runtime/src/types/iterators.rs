//! The built-in iterator types (list, tuple, str, range, dict, set,
//! sequence and callable iterators, and enumerate, zip, map, filter,
//! reversed), all sharing one payload. `next_builtin` advances any of them
//! without running Python code except where the iterator itself calls out
//! (map, filter ...), and then never while holding a borrow.

use crate::object::{Obj, Object, Payload, PyCell};
use crate::types::builtin_function::KwArgs;
use crate::types::range::RangeData;
use crate::types::views::ViewKind;
use crate::types::Types;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub enum IterState {
    /// Run out; remembers what it was, which decides its class.
    Exhausted(IterKind),
    List {
        list: Obj,
        index: usize,
        reverse: bool,
    },
    Tuple {
        tuple: Value,
        index: usize,
    },
    Str {
        s: Value,
        byte: usize,
    },
    Bytes {
        b: Value,
        index: usize,
    },
    Range {
        next: i64,
        remaining: usize,
        step: i64,
    },
    Dict {
        dict: Obj,
        kind: ViewKind,
        pos: usize,
        size: usize,
        version: u64,
        reverse: bool,
        seen: usize,
    },
    Set {
        set: Obj,
        pos: usize,
        size: usize,
    },
    Seq {
        obj: Value,
        index: i64,
    },
    Callable {
        func: Value,
        sentinel: Value,
    },
    Enumerate {
        iter: Value,
        count: Value,
    },
    Zip {
        iters: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        iter: Value,
    },
    Reversed {
        seq: Value,
        index: i64,
    },
}

impl IterState {
    pub fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        let mut v = |x: &Value| {
            if let Value::Obj(o) = x {
                visit(o);
            }
        };
        match self {
            IterState::List { list, .. } => v(&Value::Obj(list.clone())),
            IterState::Tuple { tuple, .. } => v(tuple),
            IterState::Str { s, .. } => v(s),
            IterState::Bytes { b, .. } => v(b),
            IterState::Dict { dict, .. } => v(&Value::Obj(dict.clone())),
            IterState::Set { set, .. } => v(&Value::Obj(set.clone())),
            IterState::Seq { obj, .. } => v(obj),
            IterState::Callable { func, sentinel } => {
                v(func);
                v(sentinel);
            }
            IterState::Enumerate { iter, count } => {
                v(iter);
                v(count);
            }
            IterState::Zip { iters, .. } => iters.iter().for_each(v),
            IterState::Map { func, iters } => {
                v(func);
                iters.iter().for_each(v);
            }
            IterState::Filter { func, iter } => {
                v(func);
                v(iter);
            }
            IterState::Reversed { seq, .. } => v(seq),
            IterState::Exhausted(_) | IterState::Range { .. } => {}
        }
    }
}

fn make(state: IterState, class: Option<Obj>) -> Value {
    Value::Obj(Object::new(class, None, Payload::Iterator(Box::new(PyCell::new(state)))))
}

pub fn new_list_iter(list: Obj, reverse: bool) -> Value {
    let index = if reverse { crate::types::list::len(&list) } else { 0 };
    make(IterState::List { list, index, reverse }, None)
}

pub fn new_tuple_iter(tuple: Value) -> Value {
    make(IterState::Tuple { tuple, index: 0 }, None)
}

pub fn new_str_iter(s: Value) -> Value {
    make(IterState::Str { s, byte: 0 }, None)
}

pub fn new_bytes_iter(b: Value) -> Value {
    make(IterState::Bytes { b, index: 0 }, None)
}

pub fn new_range_iter(r: RangeData) -> Value {
    make(IterState::Range { next: r.start, remaining: r.len(), step: r.step }, None)
}

pub fn new_dict_iter(dict: &Obj, kind: ViewKind, reverse: bool) -> Value {
    let (size, version, pos) = match crate::types::dict::table(dict) {
        Some(t) => {
            let t = t.borrow();
            (t.len(), t.version, if reverse { t.capacity_used() } else { 0 })
        }
        None => (0, 0, 0),
    };
    make(IterState::Dict { dict: dict.clone(), kind, pos, size, version, reverse, seen: 0 }, None)
}

pub fn new_set_iter(set: Obj) -> Value {
    let size = crate::types::set::table(&set).map_or(0, |t| t.borrow().len());
    make(IterState::Set { set, pos: 0, size }, None)
}

pub fn new_seq_iter(obj: Value) -> Value {
    make(IterState::Seq { obj, index: 0 }, None)
}

pub fn new_callable_iter(func: Value, sentinel: Value) -> Value {
    make(IterState::Callable { func, sentinel }, None)
}

/// Which built-in iterator type an iterator state belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IterKind {
    List,
    ListReverse,
    Tuple,
    StrAscii,
    Str,
    Bytes,
    Range,
    DictKeys,
    DictValues,
    DictItems,
    DictKeysReverse,
    DictValuesReverse,
    DictItemsReverse,
    Set,
    Seq,
    Callable,
    Enumerate,
    Zip,
    Map,
    Filter,
    Reversed,
}

impl Default for IterState {
    fn default() -> Self {
        IterState::Exhausted(IterKind::Seq)
    }
}

impl IterState {
    pub fn kind(&self) -> IterKind {
        match self {
            IterState::Exhausted(kind) => *kind,
            IterState::List { reverse: false, .. } => IterKind::List,
            IterState::List { reverse: true, .. } => IterKind::ListReverse,
            IterState::Tuple { .. } => IterKind::Tuple,
            IterState::Str { s, .. } => {
                if crate::types::str::as_str(s).is_some_and(str::is_ascii) {
                    IterKind::StrAscii
                } else {
                    IterKind::Str
                }
            }
            IterState::Bytes { .. } => IterKind::Bytes,
            IterState::Range { .. } => IterKind::Range,
            IterState::Dict { kind, reverse, .. } => match (kind, reverse) {
                (ViewKind::Keys, false) => IterKind::DictKeys,
                (ViewKind::Values, false) => IterKind::DictValues,
                (ViewKind::Items, false) => IterKind::DictItems,
                (ViewKind::Keys, true) => IterKind::DictKeysReverse,
                (ViewKind::Values, true) => IterKind::DictValuesReverse,
                (ViewKind::Items, true) => IterKind::DictItemsReverse,
            },
            IterState::Set { .. } => IterKind::Set,
            IterState::Seq { .. } => IterKind::Seq,
            IterState::Callable { .. } => IterKind::Callable,
            IterState::Enumerate { .. } => IterKind::Enumerate,
            IterState::Zip { .. } => IterKind::Zip,
            IterState::Map { .. } => IterKind::Map,
            IterState::Filter { .. } => IterKind::Filter,
            IterState::Reversed { .. } => IterKind::Reversed,
        }
    }

    /// Drops what the iterator holds, keeping its kind.
    pub fn exhaust(&mut self) {
        *self = IterState::Exhausted(self.kind());
    }
}

/// The class of an iterator object.
pub fn class_of_iterator<'a>(t: &'a Types, cell: &PyCell<IterState>) -> &'a Obj {
    let kind = match cell.try_borrow() {
        Ok(state) => state.kind(),
        Err(_) => IterKind::Seq,
    };
    match kind {
        IterKind::List => &t.list_iterator,
        IterKind::ListReverse => &t.list_reverseiterator,
        IterKind::Tuple => &t.tuple_iterator,
        IterKind::StrAscii => &t.str_ascii_iterator,
        IterKind::Str => &t.str_iterator,
        IterKind::Bytes => &t.bytes_iterator,
        IterKind::Range => &t.range_iterator,
        IterKind::DictKeys => &t.dict_keyiterator,
        IterKind::DictValues => &t.dict_valueiterator,
        IterKind::DictItems => &t.dict_itemiterator,
        IterKind::DictKeysReverse => &t.dict_reversekeyiterator,
        IterKind::DictValuesReverse => &t.dict_reversevalueiterator,
        IterKind::DictItemsReverse => &t.dict_reverseitemiterator,
        IterKind::Set => &t.set_iterator,
        IterKind::Seq => &t.seq_iterator,
        IterKind::Callable => &t.callable_iterator,
        IterKind::Enumerate => &t.enumerate,
        IterKind::Zip => &t.zip,
        IterKind::Map => &t.map,
        IterKind::Filter => &t.filter,
        IterKind::Reversed => &t.reversed,
    }
}

pub fn state(obj: &Obj) -> Option<&PyCell<IterState>> {
    match &obj.payload {
        Payload::Iterator(s) => Some(s),
        _ => None,
    }
}

/// Advances a built-in iterator: `Ok(None)` when exhausted.
pub fn next_builtin(vm: &mut Vm, obj: &Obj) -> PyResult<Option<Value>> {
    let Some(cell) = state(obj) else {
        return Ok(None);
    };
    // Iterators that call out to Python copy what they need first.
    enum Call {
        Seq(Value, i64),
        Callable(Value, Value),
        Enumerate(Value, Value),
        Zip(Vec<Value>, bool),
        Map(Value, Vec<Value>),
        Filter(Value, Value),
        Reversed(Value, i64),
    }
    let call = {
        let mut s = cell.borrow_mut();
        match &mut *s {
            IterState::Exhausted(_) => return Ok(None),
            IterState::List { list, index, reverse } => {
                let l = crate::types::list::storage(list).map(|c| c.borrow());
                let len = l.as_ref().map_or(0, |l| l.len());
                if *reverse {
                    if *index == 0 || *index > len {
                        drop(l);
                        s.exhaust();
                        return Ok(None);
                    }
                    *index -= 1;
                    return Ok(l.map(|l| l.get(*index)));
                }
                if *index >= len {
                    drop(l);
                    s.exhaust();
                    return Ok(None);
                }
                let v = l.map(|l| l.get(*index));
                *index += 1;
                return Ok(v);
            }
            IterState::Tuple { tuple, index } => {
                let item = crate::types::tuple::items(tuple).and_then(|t| t.get(*index).cloned());
                match item {
                    Some(v) => {
                        *index += 1;
                        return Ok(Some(v));
                    }
                    None => {
                        s.exhaust();
                        return Ok(None);
                    }
                }
            }
            IterState::Str { s: text, byte } => {
                let Some(st) = crate::types::str::as_str(text) else {
                    return Ok(None);
                };
                match st[*byte..].chars().next() {
                    Some(c) => {
                        *byte += c.len_utf8();
                        let mut buf = [0u8; 4];
                        let cs: &str = c.encode_utf8(&mut buf);
                        return Ok(Some(Value::Obj(vm.intern(cs))));
                    }
                    None => {
                        s.exhaust();
                        return Ok(None);
                    }
                }
            }
            IterState::Bytes { b, index } => {
                let byte = crate::types::bytes::as_bytes_like(b).and_then(|bytes| bytes.get(*index).copied());
                match byte {
                    Some(x) => {
                        *index += 1;
                        return Ok(Some(Value::Int(x as i64)));
                    }
                    None => {
                        s.exhaust();
                        return Ok(None);
                    }
                }
            }
            IterState::Range { next, remaining, step } => {
                if *remaining == 0 {
                    return Ok(None);
                }
                let v = *next;
                *remaining -= 1;
                *next = next.wrapping_add(*step);
                return Ok(Some(Value::Int(v)));
            }
            IterState::Dict { dict, kind, pos, size, version, reverse, seen } => {
                let Some(t) = crate::types::dict::table(dict) else {
                    return Ok(None);
                };
                let t = t.borrow();
                if t.len() != *size {
                    drop(t);
                    s.exhaust();
                    return Err(vm.runtime_error("dictionary changed size during iteration"));
                }
                if t.version != *version && *seen < *size {
                    *version = t.version;
                    drop(t);
                    s.exhaust();
                    return Err(vm.runtime_error("dictionary keys changed during iteration"));
                }
                loop {
                    let i = if *reverse {
                        if *pos == 0 {
                            break;
                        }
                        *pos -= 1;
                        *pos
                    } else {
                        let i = *pos;
                        if i >= t.capacity_used() {
                            break;
                        }
                        *pos += 1;
                        i
                    };
                    if let Some(e) = t.entry(i) {
                        *seen += 1;
                        let (k, v) = (e.key.clone(), e.value.clone());
                        let kind = *kind;
                        drop(t);
                        return Ok(Some(match kind {
                            ViewKind::Keys => k,
                            ViewKind::Values => v,
                            ViewKind::Items => vm.new_tuple(vec![k, v]),
                        }));
                    }
                }
                drop(t);
                s.exhaust();
                return Ok(None);
            }
            IterState::Set { set, pos, size } => {
                let Some(t) = crate::types::set::table(set) else {
                    return Ok(None);
                };
                let t = t.borrow();
                if t.len() != *size {
                    drop(t);
                    s.exhaust();
                    return Err(vm.runtime_error("Set changed size during iteration"));
                }
                while let Some(slot) = t.slot_key(*pos) {
                    *pos += 1;
                    if let Some(k) = slot {
                        return Ok(Some(k));
                    }
                }
                drop(t);
                s.exhaust();
                return Ok(None);
            }
            IterState::Seq { obj, index } => Call::Seq(obj.clone(), *index),
            IterState::Callable { func, sentinel } => Call::Callable(func.clone(), sentinel.clone()),
            IterState::Enumerate { iter, count } => Call::Enumerate(iter.clone(), count.clone()),
            IterState::Zip { iters, strict } => Call::Zip(iters.clone(), *strict),
            IterState::Map { func, iters } => Call::Map(func.clone(), iters.clone()),
            IterState::Filter { func, iter } => Call::Filter(func.clone(), iter.clone()),
            IterState::Reversed { seq, index } => Call::Reversed(seq.clone(), *index),
        }
    };
    let exhaust = |cell: &PyCell<IterState>| {
        // Move the old state out before dropping it: dropping may run
        // Python code that touches this iterator.
        let old = {
            let mut state = cell.borrow_mut();
            let kind = state.kind();
            std::mem::replace(&mut *state, IterState::Exhausted(kind))
        };
        drop(old);
    };
    match call {
        Call::Seq(obj, index) => match vm.get_item(&obj, &Value::Int(index)) {
            Ok(v) => {
                if let IterState::Seq { index: i, .. } = &mut *cell.borrow_mut() {
                    *i += 1;
                }
                Ok(Some(v))
            }
            Err(e)
                if vm.err_matches(&e, &vm.exc.index_error.clone())
                    || vm.err_matches(&e, &vm.exc.stop_iteration.clone()) =>
            {
                exhaust(cell);
                Ok(None)
            }
            Err(e) => Err(e),
        },
        Call::Callable(func, sentinel) => {
            let v = vm.call(&func, &[])?;
            if v.is(&sentinel) || vm.eq(&v, &sentinel)? {
                exhaust(cell);
                return Ok(None);
            }
            Ok(Some(v))
        }
        Call::Enumerate(iter, count) => match vm.next(&iter)? {
            Some(v) => {
                let next_count = vm.add(&count, &Value::Int(1))?;
                if let IterState::Enumerate { count: c, .. } = &mut *cell.borrow_mut() {
                    *c = next_count;
                }
                Ok(Some(vm.new_tuple(vec![count, v])))
            }
            None => {
                exhaust(cell);
                Ok(None)
            }
        },
        Call::Zip(iters, strict) => {
            if iters.is_empty() {
                return Ok(None);
            }
            let mut items = Vec::with_capacity(iters.len());
            for (i, it) in iters.iter().enumerate() {
                match vm.next(it)? {
                    Some(v) => items.push(v),
                    None => {
                        exhaust(cell);
                        if strict {
                            if i > 0 {
                                let plural = if i == 1 { " " } else { "s 1-" };
                                return Err(vm.value_error(format!(
                                    "zip() argument {} is shorter than argument{plural}{}",
                                    i + 1,
                                    i
                                )));
                            }
                            for (j, rest) in iters.iter().enumerate().skip(1) {
                                if vm.next(rest)?.is_some() {
                                    let plural = if j == 1 { " " } else { "s 1-" };
                                    return Err(vm.value_error(format!(
                                        "zip() argument {} is longer than argument{plural}{}",
                                        j + 1,
                                        j
                                    )));
                                }
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            Ok(Some(vm.new_tuple(items)))
        }
        Call::Map(func, iters) => {
            let mut args = Vec::with_capacity(iters.len());
            for it in &iters {
                match vm.next(it)? {
                    Some(v) => args.push(v),
                    None => {
                        exhaust(cell);
                        return Ok(None);
                    }
                }
            }
            vm.call(&func, &args).map(Some)
        }
        Call::Filter(func, iter) => loop {
            match vm.next(&iter)? {
                Some(v) => {
                    let keep = if func.is_none() {
                        vm.truthy(&v)?
                    } else {
                        let r = vm.call(&func, std::slice::from_ref(&v))?;
                        vm.truthy(&r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
                None => {
                    exhaust(cell);
                    return Ok(None);
                }
            }
        },
        Call::Reversed(seq, index) => {
            if index < 0 {
                exhaust(cell);
                return Ok(None);
            }
            match vm.get_item(&seq, &Value::Int(index)) {
                Ok(v) => {
                    if let IterState::Reversed { index: i, .. } = &mut *cell.borrow_mut() {
                        *i -= 1;
                    }
                    Ok(Some(v))
                }
                Err(e)
                    if vm.err_matches(&e, &vm.exc.index_error.clone())
                        || vm.err_matches(&e, &vm.exc.stop_iteration.clone()) =>
                {
                    exhaust(cell);
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
    }
}

fn iter_self(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    a.first().cloned().ok_or_else(|| vm.type_error("expected an iterator"))
}

fn iter_next(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Obj(o)) = a.first() else {
        return Err(vm.type_error("expected an iterator"));
    };
    let o = o.clone();
    match next_builtin(vm, &o)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(None)),
    }
}

fn iter_length_hint(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Obj(o)) = a.first() else {
        return Err(vm.type_error("expected an iterator"));
    };
    Ok(Value::Int(length_hint(o) as i64))
}

/// How many items a built-in iterator has left (0 when it cannot tell).
pub fn length_hint(o: &Obj) -> usize {
    match state(o).map(|c| c.borrow()).as_deref() {
        Some(IterState::List { list, index, reverse }) => {
            let len = crate::types::list::len(list);
            if *reverse {
                (*index).min(len)
            } else {
                len.saturating_sub(*index)
            }
        }
        Some(IterState::Tuple { tuple, index }) => {
            crate::types::tuple::items(tuple).map_or(0, |t| t.len().saturating_sub(*index))
        }
        Some(IterState::Range { remaining, .. }) => *remaining,
        Some(IterState::Dict { size, seen, .. }) => size.saturating_sub(*seen),
        _ => 0,
    }
}

fn enumerate_new(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let cls = a.first().and_then(|v| v.as_obj()).cloned();
    let parsed = crate::protocol::args::parse(vm, "enumerate", &a[1..], kwargs, &["iterable", "start"], 1)?;
    let iter = vm.iter(&parsed[0])?;
    let count = if parsed[1].is_undef() {
        Value::Int(0)
    } else {
        match crate::protocol::number::as_index_value(vm, &parsed[1])? {
            Some(v) => v,
            None => {
                let tn = vm.type_name(&parsed[1]);
                return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
            }
        }
    };
    Ok(make(IterState::Enumerate { iter, count }, subclass(vm, cls, "enumerate")))
}

fn subclass(vm: &Vm, cls: Option<Obj>, name: &str) -> Option<Obj> {
    let base = match name {
        "enumerate" => &vm.types.enumerate,
        "zip" => &vm.types.zip,
        "map" => &vm.types.map,
        "filter" => &vm.types.filter,
        _ => &vm.types.reversed,
    };
    cls.filter(|c| !Obj::ptr_eq(c, base))
}

fn zip_new(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let cls = a.first().and_then(|v| v.as_obj()).cloned();
    let mut strict = false;
    for (k, v) in kwargs {
        if crate::types::str::as_str(k) == Some("strict") {
            strict = vm.truthy(v)?;
        } else {
            return Err(vm.type_error("zip() takes no keyword arguments"));
        }
    }
    let mut iters = Vec::new();
    for (i, arg) in a[1..].iter().enumerate() {
        match vm.iter(arg) {
            Ok(it) => iters.push(it),
            Err(e) if vm.err_matches(&e, &vm.exc.type_error.clone()) => {
                let tn = vm.type_name(arg);
                let _ = i;
                return Err(vm.type_error(format!("'{tn}' object is not iterable")));
            }
            Err(e) => return Err(e),
        }
    }
    Ok(make(IterState::Zip { iters, strict }, subclass(vm, cls, "zip")))
}

fn map_new(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = a.first().and_then(|v| v.as_obj()).cloned();
    if a.len() < 3 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::new();
    for arg in &a[2..] {
        iters.push(vm.iter(arg)?);
    }
    Ok(make(IterState::Map { func: a[1].clone(), iters }, subclass(vm, cls, "map")))
}

fn filter_new(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = a.first().and_then(|v| v.as_obj()).cloned();
    if a.len() != 3 {
        return Err(vm.type_error(format!("filter expected 2 arguments, got {}", a.len().saturating_sub(1))));
    }
    let iter = vm.iter(&a[2])?;
    Ok(make(IterState::Filter { func: a[1].clone(), iter }, subclass(vm, cls, "filter")))
}

fn reversed_new(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(vm.type_error("reversed() takes no keyword arguments"));
    }
    let cls = a.first().and_then(|v| v.as_obj()).cloned();
    if a.len() != 2 {
        return Err(vm.type_error(format!("reversed expected 1 argument, got {}", a.len().saturating_sub(1))));
    }
    let seq = a[1].clone();
    let rev = vm.names.__reversed__.clone();
    if let Some(method) = crate::protocol::attr::lookup_special(vm, &seq, &rev) {
        if !method.is_none() {
            return vm.call(&method, &[]);
        }
    }
    let getitem = vm.names.__getitem__.clone();
    let has_getitem = crate::protocol::attr::lookup_special(vm, &seq, &getitem).is_some();
    if !has_getitem || matches!(seq.payload(), Some(Payload::Dict(_))) {
        let tn = vm.type_name(&seq);
        return Err(vm.type_error(format!("'{tn}' object is not reversible")));
    }
    let n = vm.len(&seq)? as i64;
    Ok(make(IterState::Reversed { seq, index: n - 1 }, subclass(vm, cls, "reversed")))
}

pub fn init(vm: &mut Vm) {
    let t = &vm.types;
    let all = [
        t.list_iterator.clone(),
        t.list_reverseiterator.clone(),
        t.tuple_iterator.clone(),
        t.str_ascii_iterator.clone(),
        t.str_iterator.clone(),
        t.bytes_iterator.clone(),
        t.range_iterator.clone(),
        t.dict_keyiterator.clone(),
        t.dict_valueiterator.clone(),
        t.dict_itemiterator.clone(),
        t.dict_reversekeyiterator.clone(),
        t.dict_reversevalueiterator.clone(),
        t.dict_reverseitemiterator.clone(),
        t.set_iterator.clone(),
        t.seq_iterator.clone(),
        t.callable_iterator.clone(),
        t.enumerate.clone(),
        t.zip.clone(),
        t.map.clone(),
        t.filter.clone(),
        t.reversed.clone(),
    ];
    for ty in all {
        vm.add_method(&ty, "__iter__", iter_self);
        vm.add_method(&ty, "__next__", iter_next);
        vm.add_method(&ty, "__length_hint__", iter_length_hint);
    }
    let t = vm.types.enumerate.clone();
    vm.add_staticmethod(&t, "__new__", enumerate_new);
    vm.add_classmethod(&t, "__class_getitem__", crate::types::object::class_getitem);
    let t = vm.types.zip.clone();
    vm.add_staticmethod(&t, "__new__", zip_new);
    let t = vm.types.map.clone();
    vm.add_staticmethod(&t, "__new__", map_new);
    let t = vm.types.filter.clone();
    vm.add_staticmethod(&t, "__new__", filter_new);
    let t = vm.types.reversed.clone();
    vm.add_staticmethod(&t, "__new__", reversed_new);
}
