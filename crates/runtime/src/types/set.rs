//! `set` and `frozenset`.
//!
//! An open-addressing table laid out and probed exactly as CPython's
//! (linear probes of 9, then perturbed jumps; resize at 60% fill to four
//! times the used count), so that iterating a set yields CPython's order.
//! Equality is resolved outside the borrow as in `dict.rs`.

use crate::object::{Obj, Payload, PyCell};
use crate::protocol::args;
use crate::types::builtin_function::KwArgs;
use crate::types::dict::fast_eq;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
enum Slot {
    Empty,
    Dummy,
    Active(i64, Value),
}

#[derive(Clone)]
pub struct SetTable {
    slots: Vec<Slot>,
    fill: usize,
    used: usize,
    finger: usize,
}

impl Default for SetTable {
    fn default() -> SetTable {
        SetTable { slots: vec![Slot::Empty; MIN_SIZE], fill: 0, used: 0, finger: 0 }
    }
}

enum Probe {
    Found(usize),
    /// Not present: the slot to insert into, and whether it held a dummy.
    Insert(usize, bool),
    NeedsEq(Vec<usize>),
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable::default()
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Walks the probe sequence of a hash, CPython style.
    fn probe(&self, hash: i64, key: &Value, unequal: &[usize]) -> Probe {
        let mask = self.mask();
        let mut perturb = hash as u64 as usize;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot = None;
        let mut slow = Vec::new();
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                match &self.slots[j] {
                    Slot::Empty => {
                        if !slow.is_empty() {
                            return Probe::NeedsEq(slow);
                        }
                        return match freeslot {
                            Some(f) => Probe::Insert(f, true),
                            None => Probe::Insert(j, false),
                        };
                    }
                    Slot::Active(h, k) if *h == hash && !unequal.contains(&j) => match fast_eq(k, key) {
                        Some(true) => return Probe::Found(j),
                        Some(false) => {}
                        None => slow.push(j),
                    },
                    Slot::Dummy if freeslot.is_none() => freeslot = Some(j),
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        }
    }

    fn insert_clean(slots: &mut [Slot], hash: i64, key: Value) {
        let mask = slots.len() - 1;
        let mut perturb = hash as u64 as usize;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if matches!(slots[i], Slot::Empty) {
                slots[i] = Slot::Active(hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                if let Some(slot) = slots[i + 1..=i + LINEAR_PROBES].iter_mut().find(|s| matches!(s, Slot::Empty)) {
                    *slot = Slot::Active(hash, key);
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; newsize]);
        for slot in old {
            if let Slot::Active(h, k) = slot {
                Self::insert_clean(&mut self.slots, h, k);
            }
        }
        self.fill = self.used;
    }

    fn place(&mut self, slot: usize, was_dummy: bool, hash: i64, key: Value) {
        self.slots[slot] = Slot::Active(hash, key);
        self.used += 1;
        if was_dummy {
            return;
        }
        self.fill += 1;
        if self.fill * 5 >= self.mask() * 3 {
            let target = if self.used > 50000 { self.used * 2 } else { self.used * 4 };
            self.resize(target);
        }
    }

    /// Active entries in table order.
    pub fn iter(&self) -> impl Iterator<Item = (i64, &Value)> + '_ {
        self.slots.iter().filter_map(|s| match s {
            Slot::Active(h, k) => Some((*h, k)),
            _ => None,
        })
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|(_, k)| k.clone()).collect()
    }

    /// The key in slot `i`, for iterators that walk by position.
    pub fn slot_key(&self, i: usize) -> Option<Option<Value>> {
        match self.slots.get(i)? {
            Slot::Active(_, k) => Some(Some(k.clone())),
            _ => Some(None),
        }
    }

    pub fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        for (_, k) in self.iter() {
            if let Value::Obj(o) = k {
                visit(o);
            }
        }
    }

    /// CPython's frozenset hash: order independent.
    pub fn hash(&self) -> i64 {
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
        }
        let mut hash: u64 = 0;
        for (h, _) in self.iter() {
            hash ^= shuffle(h as u64);
        }
        hash ^= (self.used as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        if hash == u64::MAX {
            590923713
        } else {
            hash as i64
        }
    }
}

pub fn table(obj: &Obj) -> Option<&PyCell<SetTable>> {
    match &obj.payload {
        Payload::Set(t) | Payload::FrozenSet(t) => Some(t),
        _ => None,
    }
}

pub fn is_anyset(value: &Value) -> bool {
    matches!(value.payload(), Some(Payload::Set(_) | Payload::FrozenSet(_)))
}

/// Resolves a probe that needs Python's `==`.
fn lookup(vm: &mut Vm, cell: &PyCell<SetTable>, key: &Value, hash: i64) -> PyResult<Probe> {
    let mut unequal = Vec::new();
    'probing: loop {
        let probe = cell.borrow().probe(hash, key, &unequal);
        match probe {
            Probe::NeedsEq(candidates) => {
                let size = cell.borrow().slots.len();
                for slot in candidates {
                    let stored = match cell.borrow().slots.get(slot) {
                        Some(Slot::Active(_, k)) => k.clone(),
                        _ => continue,
                    };
                    let equal = vm.eq(&stored, key)?;
                    if cell.borrow().slots.len() != size {
                        // `__eq__` resized the set: its slots mean
                        // something else now, so the probe starts over.
                        unequal.clear();
                        continue 'probing;
                    }
                    if equal {
                        // Still there after the comparison?
                        if matches!(&cell.borrow().slots.get(slot), Some(Slot::Active(_, k)) if k.is(&stored)) {
                            return Ok(Probe::Found(slot));
                        }
                    }
                    unequal.push(slot);
                }
            }
            other => return Ok(other),
        }
    }
}

pub fn set_add(vm: &mut Vm, set: &Obj, key: Value) -> PyResult<()> {
    let hash = vm.hash(&key)?;
    set_add_hashed(vm, set, key, hash)
}

fn set_add_hashed(vm: &mut Vm, set: &Obj, key: Value, hash: i64) -> PyResult<()> {
    let Some(cell) = table(set) else {
        return Ok(());
    };
    if let Probe::Insert(slot, dummy) = lookup(vm, cell, &key, hash)? {
        cell.borrow_mut().place(slot, dummy, hash, key);
    }
    Ok(())
}

pub fn set_contains(vm: &mut Vm, set: &Obj, key: &Value) -> PyResult<bool> {
    let hash = match vm.hash(key) {
        Ok(h) => h,
        Err(e) => {
            // `{1} in set_of_frozensets`: an unhashable set is looked up
            // as a frozenset.
            if let Some(Payload::Set(t)) = key.payload() {
                t.borrow().hash()
            } else {
                return Err(e);
            }
        }
    };
    let Some(cell) = table(set) else {
        return Ok(false);
    };
    Ok(matches!(lookup(vm, cell, key, hash)?, Probe::Found(_)))
}

/// Removes a key; returns whether it was present.
pub fn set_discard(vm: &mut Vm, set: &Obj, key: &Value) -> PyResult<bool> {
    let hash = vm.hash(key)?;
    let Some(cell) = table(set) else {
        return Ok(false);
    };
    if let Probe::Found(slot) = lookup(vm, cell, key, hash)? {
        let old = {
            let mut t = cell.borrow_mut();
            t.used -= 1;
            std::mem::replace(&mut t.slots[slot], Slot::Dummy)
        };
        drop(old);
        return Ok(true);
    }
    Ok(false)
}

/// Adds every element of an iterable, with CPython's bulk-resize rules.
pub fn set_update(vm: &mut Vm, set: &Obj, other: &Value) -> PyResult<()> {
    let Some(cell) = table(set) else {
        return Ok(());
    };
    if let Some(Value::Obj(o)) = Some(other) {
        if Obj::ptr_eq(o, set) {
            return Ok(());
        }
        if let Some(src) = table(o) {
            let src = src.borrow().clone();
            if src.used == 0 {
                return Ok(());
            }
            {
                let mut t = cell.borrow_mut();
                if (t.fill + src.used) * 5 >= t.mask() * 3 {
                    let target = (t.used + src.used) * 2;
                    t.resize(target);
                }
                if t.fill == 0 && t.slots.len() == src.slots.len() && src.fill == src.used {
                    t.slots = src.slots.clone();
                    t.fill = src.fill;
                    t.used = src.used;
                    return Ok(());
                }
                if t.fill == 0 {
                    for (h, k) in src.iter() {
                        SetTable::insert_clean(&mut t.slots, h, k.clone());
                    }
                    t.fill = src.used;
                    t.used = src.used;
                    return Ok(());
                }
            }
            for (h, k) in src.iter() {
                set_add_hashed(vm, set, k.clone(), h)?;
            }
            return Ok(());
        }
        if let Payload::Dict(d) = &o.payload {
            if o.class().is_none() {
                let entries: Vec<(i64, Value)> =
                    d.borrow().iter_hashed().map(|(hash, e)| (hash, e.key.clone())).collect();
                {
                    let mut t = cell.borrow_mut();
                    if (t.fill + entries.len()) * 5 >= t.mask() * 3 {
                        let target = (t.used + entries.len()) * 2;
                        t.resize(target);
                    }
                }
                for (h, k) in entries {
                    set_add_hashed(vm, set, k, h)?;
                }
                return Ok(());
            }
        }
    }
    let items = vm.collect(other)?;
    for item in items {
        set_add(vm, set, item)?;
    }
    Ok(())
}

/// A new set (or frozenset) object of `cls`.
pub fn new_set_of_class(vm: &mut Vm, cls: &Obj, frozen: bool) -> Obj {
    let payload = if frozen {
        Payload::FrozenSet(Box::new(PyCell::new(SetTable::new())))
    } else {
        Payload::Set(Box::new(PyCell::new(SetTable::new())))
    };
    crate::types::object::alloc_instance(vm, cls, payload)
}

pub fn new_set(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let cls = vm.types.set.clone();
    let set = new_set_of_class(vm, &cls, false);
    for item in items {
        set_add(vm, &set, item)?;
    }
    Ok(Value::Obj(set))
}

fn this<'a>(vm: &mut Vm, a: &'a [Value], name: &str) -> PyResult<&'a Obj> {
    match a.first() {
        Some(Value::Obj(o)) if table(o).is_some() => Ok(o),
        other => {
            let got = other.map(|v| vm.type_name(v)).unwrap_or_default();
            Err(vm.type_error(format!("descriptor '{name}' for 'set' objects doesn't apply to a '{got}' object")))
        }
    }
}

fn is_frozen(o: &Obj) -> bool {
    matches!(o.payload, Payload::FrozenSet(_))
}

/// A copy with the same kind and exact type as `o` (subclasses give their
/// base type, as CPython's set operations do).
fn copy_of(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    let frozen = is_frozen(o);
    let cls = if frozen { vm.types.frozenset.clone() } else { vm.types.set.clone() };
    let result = new_set_of_class(vm, &cls, frozen);
    set_update(vm, &result, &Value::Obj(o.clone()))?;
    Ok(result)
}

fn keys(o: &Obj) -> Vec<Value> {
    table(o).map(|t| t.borrow().keys()).unwrap_or_default()
}

fn set_new(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = match a.first() {
        Some(Value::Obj(c)) => c.clone(),
        _ => return Err(vm.type_error("set.__new__(X): X is not a type object")),
    };
    Ok(Value::Obj(new_set_of_class(vm, &cls, false)))
}

fn set_init(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "__init__")?.clone();
    if !kwargs.is_empty() {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    if a.len() > 2 {
        return Err(vm.type_error(format!("set expected at most 1 argument, got {}", a.len() - 1)));
    }
    let old = table(&s).map(|t| std::mem::take(&mut *t.borrow_mut()));
    drop(old);
    if let Some(it) = a.get(1) {
        set_update(vm, &s, it)?;
    }
    Ok(Value::None)
}

fn frozenset_new(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let cls = match a.first() {
        Some(Value::Obj(c)) => c.clone(),
        _ => return Err(vm.type_error("frozenset.__new__(X): X is not a type object")),
    };
    if !kwargs.is_empty() && Obj::ptr_eq(&cls, &vm.types.frozenset) {
        return Err(vm.type_error("frozenset() takes no keyword arguments"));
    }
    args::check_positional(vm, "frozenset", &a[1..], 0, 1)?;
    if let Some(Value::Obj(o)) = a.get(1) {
        if Obj::ptr_eq(&cls, &vm.types.frozenset) && o.class().is_none() && is_frozen(o) {
            return Ok(a[1].clone());
        }
    }
    let s = new_set_of_class(vm, &cls, true);
    if let Some(it) = a.get(1) {
        set_update(vm, &s, it)?;
    }
    Ok(Value::Obj(s))
}

fn set_len(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "__len__")?;
    Ok(Value::Int(table(s).map_or(0, |t| t.borrow().len()) as i64))
}

fn set_contains_method(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "__contains__")?.clone();
    let key = args::exactly_one(vm, "set.__contains__", &a[1..])?;
    Ok(Value::bool(set_contains(vm, &s, &key)?))
}

fn set_iter(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "__iter__")?;
    Ok(crate::types::iterators::new_set_iter(s.clone()))
}

fn set_add_method(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "add")?.clone();
    let key = args::exactly_one(vm, "set.add", &a[1..])?;
    set_add(vm, &s, key)?;
    Ok(Value::None)
}

fn set_discard_method(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "discard")?.clone();
    let key = args::exactly_one(vm, "set.discard", &a[1..])?;
    set_discard(vm, &s, &key)?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "remove")?.clone();
    let key = args::exactly_one(vm, "set.remove", &a[1..])?;
    if !set_discard(vm, &s, &key)? {
        return Err(vm.key_error(key));
    }
    Ok(Value::None)
}

fn set_pop(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "pop")?.clone();
    let cell = table(&s).expect("set");
    let mut t = cell.borrow_mut();
    if t.used == 0 {
        drop(t);
        return Err(vm.key_error_msg("pop from an empty set"));
    }
    let mask = t.mask();
    let mut i = t.finger & mask;
    while !matches!(t.slots[i], Slot::Active(..)) {
        i = (i + 1) & mask;
    }
    let old = std::mem::replace(&mut t.slots[i], Slot::Dummy);
    t.used -= 1;
    t.finger = i + 1;
    drop(t);
    match old {
        Slot::Active(_, k) => Ok(k),
        _ => Ok(Value::None),
    }
}

fn set_clear(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "clear")?;
    let old = table(s).map(|t| std::mem::take(&mut *t.borrow_mut()));
    drop(old);
    Ok(Value::None)
}

fn set_copy(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "copy")?.clone();
    if is_frozen(&s) && s.class().is_none() {
        return Ok(a[0].clone());
    }
    Ok(Value::Obj(copy_of(vm, &s)?))
}

/// The other operand of a set operator, or None for NotImplemented.
fn operand(value: &Value) -> Option<&Obj> {
    match value {
        Value::Obj(o) if table(o).is_some() => Some(o),
        _ => None,
    }
}

fn union_into(vm: &mut Vm, result: &Obj, others: &[Value]) -> PyResult<()> {
    for other in others {
        set_update(vm, result, other)?;
    }
    Ok(())
}

fn intersection(vm: &mut Vm, s: &Obj, other: &Value) -> PyResult<Obj> {
    let frozen = is_frozen(s);
    let cls = if frozen { vm.types.frozenset.clone() } else { vm.types.set.clone() };
    let result = new_set_of_class(vm, &cls, frozen);
    if let Some(o) = operand(other) {
        let (small, large) = if table(o).map_or(0, |t| t.borrow().len()) > table(s).map_or(0, |t| t.borrow().len()) {
            (s.clone(), o.clone())
        } else {
            (o.clone(), s.clone())
        };
        let entries: Vec<(i64, Value)> =
            table(&small).map(|t| t.borrow().iter().map(|(h, k)| (h, k.clone())).collect()).unwrap_or_default();
        for (h, k) in entries {
            let cell = table(&large).expect("set");
            if matches!(lookup(vm, cell, &k, h)?, Probe::Found(_)) {
                set_add_hashed(vm, &result, k, h)?;
            }
        }
        return Ok(result);
    }
    for k in vm.collect(other)? {
        if set_contains(vm, s, &k)? {
            set_add(vm, &result, k)?;
        }
    }
    Ok(result)
}

fn difference(vm: &mut Vm, s: &Obj, other: &Value) -> PyResult<Obj> {
    let frozen = is_frozen(s);
    let cls = if frozen { vm.types.frozenset.clone() } else { vm.types.set.clone() };
    let other_obj = match operand(other) {
        Some(o) => o.clone(),
        None => {
            let items = vm.collect(other)?;
            let tmp = new_set(vm, items)?;
            tmp.as_obj().expect("set").clone()
        }
    };
    let self_len = table(s).map_or(0, |t| t.borrow().len());
    let other_len = table(&other_obj).map_or(0, |t| t.borrow().len());
    if (self_len >> 2) > other_len {
        let result = copy_of(vm, s)?;
        for k in keys(&other_obj) {
            set_discard(vm, &result, &k)?;
        }
        return Ok(result);
    }
    let result = new_set_of_class(vm, &cls, frozen);
    let entries: Vec<(i64, Value)> =
        table(s).map(|t| t.borrow().iter().map(|(h, k)| (h, k.clone())).collect()).unwrap_or_default();
    for (h, k) in entries {
        let cell = table(&other_obj).expect("set");
        if !matches!(lookup(vm, cell, &k, h)?, Probe::Found(_)) {
            set_add_hashed(vm, &result, k, h)?;
        }
    }
    Ok(result)
}

fn symmetric_difference_update(vm: &mut Vm, s: &Obj, other: &Value) -> PyResult<()> {
    let other_obj = match operand(other) {
        Some(o) => o.clone(),
        None => {
            let items = vm.collect(other)?;
            let tmp = new_set(vm, items)?;
            tmp.as_obj().expect("set").clone()
        }
    };
    if Obj::ptr_eq(&other_obj, s) {
        let old = table(s).map(|t| std::mem::take(&mut *t.borrow_mut()));
        drop(old);
        return Ok(());
    }
    let entries: Vec<(i64, Value)> =
        table(&other_obj).map(|t| t.borrow().iter().map(|(h, k)| (h, k.clone())).collect()).unwrap_or_default();
    for (h, k) in entries {
        if !set_discard(vm, s, &k)? {
            set_add_hashed(vm, s, k, h)?;
        }
    }
    Ok(())
}

fn binary(vm: &mut Vm, a: &[Value], name: &str, f: fn(&mut Vm, &Obj, &Value) -> PyResult<Obj>) -> PyResult<Value> {
    let s = this(vm, a, name)?.clone();
    let other = args::exactly_one(vm, name, &a[1..])?;
    if operand(&other).is_none() {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    }
    Ok(Value::Obj(f(vm, &s, &other)?))
}

fn or_op(vm: &mut Vm, s: &Obj, other: &Value) -> PyResult<Obj> {
    let result = copy_of(vm, s)?;
    set_update(vm, &result, other)?;
    Ok(result)
}

fn xor_op(vm: &mut Vm, s: &Obj, other: &Value) -> PyResult<Obj> {
    let result = copy_of(vm, s)?;
    symmetric_difference_update(vm, &result, other)?;
    Ok(result)
}

fn set_or(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    binary(vm, a, "__or__", or_op)
}
fn set_and(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    binary(vm, a, "__and__", intersection)
}
fn set_sub(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    binary(vm, a, "__sub__", difference)
}
fn set_xor(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    binary(vm, a, "__xor__", xor_op)
}
fn set_rsub(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "__rsub__")?.clone();
    match a.get(1).and_then(operand) {
        Some(o) => Ok(Value::Obj(difference(vm, &o.clone(), &Value::Obj(s))?)),
        None => Ok(Value::Obj(vm.not_implemented.clone())),
    }
}

fn inplace(vm: &mut Vm, a: &[Value], name: &str, f: fn(&mut Vm, &Obj, &Value) -> PyResult<()>) -> PyResult<Value> {
    let s = this(vm, a, name)?.clone();
    let other = args::exactly_one(vm, name, &a[1..])?;
    if operand(&other).is_none() {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    }
    f(vm, &s, &other)?;
    Ok(a[0].clone())
}

fn replace_contents(vm: &mut Vm, s: &Obj, new: &Obj) -> PyResult<()> {
    let contents = table(new).map(|t| t.borrow().clone()).unwrap_or_default();
    let old = table(s).map(|t| std::mem::replace(&mut *t.borrow_mut(), contents));
    let _ = vm;
    drop(old);
    Ok(())
}

fn ior(vm: &mut Vm, s: &Obj, o: &Value) -> PyResult<()> {
    set_update(vm, s, o)
}
fn iand(vm: &mut Vm, s: &Obj, o: &Value) -> PyResult<()> {
    let r = intersection(vm, s, o)?;
    replace_contents(vm, s, &r)
}
fn isub(vm: &mut Vm, s: &Obj, o: &Value) -> PyResult<()> {
    if let Some(other) = operand(o) {
        if Obj::ptr_eq(other, s) {
            let old = table(s).map(|t| std::mem::take(&mut *t.borrow_mut()));
            drop(old);
            return Ok(());
        }
    }
    for k in vm.collect(o)? {
        set_discard(vm, s, &k)?;
    }
    Ok(())
}

fn set_ior(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    inplace(vm, a, "__ior__", ior)
}
fn set_iand(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    inplace(vm, a, "__iand__", iand)
}
fn set_isub(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    inplace(vm, a, "__isub__", isub)
}
fn set_ixor(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    inplace(vm, a, "__ixor__", symmetric_difference_update)
}

fn set_union(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "union")?.clone();
    let result = copy_of(vm, &s)?;
    union_into(vm, &result, &a[1..])?;
    Ok(Value::Obj(result))
}

fn set_intersection(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "intersection")?.clone();
    if a.len() == 1 {
        return Ok(Value::Obj(copy_of(vm, &s)?));
    }
    let mut result = s;
    for other in &a[1..] {
        result = intersection(vm, &result, other)?;
    }
    Ok(Value::Obj(result))
}

fn set_difference(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "difference")?.clone();
    if a.len() == 1 {
        return Ok(Value::Obj(copy_of(vm, &s)?));
    }
    let mut result = s;
    for other in &a[1..] {
        result = difference(vm, &result, other)?;
    }
    Ok(Value::Obj(result))
}

fn set_symmetric_difference(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "symmetric_difference")?.clone();
    let other = args::exactly_one(vm, "symmetric_difference", &a[1..])?;
    Ok(Value::Obj(xor_op(vm, &s, &other)?))
}

fn set_update_method(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "update")?.clone();
    union_into(vm, &s, &a[1..])?;
    Ok(Value::None)
}

fn set_intersection_update(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "intersection_update")?.clone();
    for other in &a[1..] {
        iand(vm, &s, other)?;
    }
    Ok(Value::None)
}

fn set_difference_update(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "difference_update")?.clone();
    for other in &a[1..] {
        isub(vm, &s, other)?;
    }
    Ok(Value::None)
}

fn set_symmetric_difference_update(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "symmetric_difference_update")?.clone();
    let other = args::exactly_one(vm, "symmetric_difference_update", &a[1..])?;
    symmetric_difference_update(vm, &s, &other)?;
    Ok(Value::None)
}

fn other_as_set(vm: &mut Vm, other: &Value) -> PyResult<Obj> {
    match operand(other) {
        Some(o) => Ok(o.clone()),
        None => {
            let items = vm.collect(other)?;
            Ok(new_set(vm, items)?.as_obj().expect("set").clone())
        }
    }
}

pub fn is_subset(vm: &mut Vm, s: &Obj, o: &Obj) -> PyResult<bool> {
    if table(s).map_or(0, |t| t.borrow().len()) > table(o).map_or(0, |t| t.borrow().len()) {
        return Ok(false);
    }
    for k in keys(s) {
        if !set_contains(vm, o, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn set_issubset(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "issubset")?.clone();
    let other = args::exactly_one(vm, "issubset", &a[1..])?;
    let o = other_as_set(vm, &other)?;
    Ok(Value::bool(is_subset(vm, &s, &o)?))
}

fn set_issuperset(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "issuperset")?.clone();
    let other = args::exactly_one(vm, "issuperset", &a[1..])?;
    let o = other_as_set(vm, &other)?;
    Ok(Value::bool(is_subset(vm, &o, &s)?))
}

fn set_isdisjoint(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "isdisjoint")?.clone();
    let other = args::exactly_one(vm, "isdisjoint", &a[1..])?;
    for k in vm.collect(&other)? {
        if set_contains(vm, &s, &k)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn compare(vm: &mut Vm, a: &[Value], op: crate::protocol::compare::CompareOp) -> PyResult<Value> {
    use crate::protocol::compare::CompareOp::*;
    let s = this(vm, a, op.dunder())?.clone();
    let Some(o) = a.get(1).and_then(operand).cloned() else {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    };
    let (ls, lo) = (keys(&s).len(), keys(&o).len());
    let r = match op {
        Eq => ls == lo && is_subset(vm, &s, &o)?,
        Ne => !(ls == lo && is_subset(vm, &s, &o)?),
        Le => is_subset(vm, &s, &o)?,
        Lt => ls < lo && is_subset(vm, &s, &o)?,
        Ge => is_subset(vm, &o, &s)?,
        Gt => ls > lo && is_subset(vm, &o, &s)?,
    };
    Ok(Value::bool(r))
}

fn set_eq(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    compare(vm, a, crate::protocol::compare::CompareOp::Eq)
}
fn set_ne(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    compare(vm, a, crate::protocol::compare::CompareOp::Ne)
}
fn set_lt(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    compare(vm, a, crate::protocol::compare::CompareOp::Lt)
}
fn set_le(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    compare(vm, a, crate::protocol::compare::CompareOp::Le)
}
fn set_gt(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    compare(vm, a, crate::protocol::compare::CompareOp::Gt)
}
fn set_ge(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    compare(vm, a, crate::protocol::compare::CompareOp::Ge)
}

fn set_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "__repr__")?.clone();
    let frozen = is_frozen(&s);
    let type_name = vm.type_name(&a[0]);
    let items = keys(&s);
    if items.is_empty() {
        return Ok(vm.new_str(format!("{type_name}()")));
    }
    let Some(_guard) = crate::protocol::repr::ReprGuard::enter(vm, &a[0]) else {
        return Ok(vm.new_str(format!("{type_name}(...)")));
    };
    let mut inner = String::from("{");
    for (i, k) in items.iter().enumerate() {
        if i > 0 {
            inner.push_str(", ");
        }
        inner.push_str(&vm.repr_string(k)?);
    }
    inner.push('}');
    let exact_set = s.class().is_none() && !frozen;
    Ok(vm.new_str(if exact_set { inner } else { format!("{type_name}({inner})") }))
}

fn frozenset_hash(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "__hash__")?;
    Ok(Value::Int(table(s).map_or(0, |t| t.borrow().hash())))
}

fn set_sizeof(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "__sizeof__")?;
    let slots = table(s).map_or(0, |t| t.borrow().slots.len());
    Ok(Value::Int(200 + if slots > 8 { slots as i64 * 16 } else { 0 }))
}

pub fn init(vm: &mut Vm) {
    for (ty, frozen) in [(vm.types.set.clone(), false), (vm.types.frozenset.clone(), true)] {
        if frozen {
            vm.add_staticmethod(&ty, "__new__", frozenset_new);
            vm.add_method(&ty, "__hash__", frozenset_hash);
        } else {
            vm.add_staticmethod(&ty, "__new__", set_new);
            vm.add_method(&ty, "__init__", set_init);
            vm.add_method(&ty, "add", set_add_method);
            vm.add_method(&ty, "discard", set_discard_method);
            vm.add_method(&ty, "remove", set_remove);
            vm.add_method(&ty, "pop", set_pop);
            vm.add_method(&ty, "clear", set_clear);
            vm.add_method(&ty, "update", set_update_method);
            vm.add_method(&ty, "intersection_update", set_intersection_update);
            vm.add_method(&ty, "difference_update", set_difference_update);
            vm.add_method(&ty, "symmetric_difference_update", set_symmetric_difference_update);
            vm.add_method(&ty, "__ior__", set_ior);
            vm.add_method(&ty, "__iand__", set_iand);
            vm.add_method(&ty, "__isub__", set_isub);
            vm.add_method(&ty, "__ixor__", set_ixor);
            vm.set_type_attr_raw(&ty, "__hash__", Value::None);
        }
        vm.add_method(&ty, "__len__", set_len);
        vm.add_method(&ty, "__contains__", set_contains_method);
        vm.add_method(&ty, "__iter__", set_iter);
        vm.add_method(&ty, "copy", set_copy);
        vm.add_method(&ty, "union", set_union);
        vm.add_method(&ty, "intersection", set_intersection);
        vm.add_method(&ty, "difference", set_difference);
        vm.add_method(&ty, "symmetric_difference", set_symmetric_difference);
        vm.add_method(&ty, "issubset", set_issubset);
        vm.add_method(&ty, "issuperset", set_issuperset);
        vm.add_method(&ty, "isdisjoint", set_isdisjoint);
        vm.add_method(&ty, "__or__", set_or);
        vm.add_method(&ty, "__ror__", set_or);
        vm.add_method(&ty, "__and__", set_and);
        vm.add_method(&ty, "__rand__", set_and);
        vm.add_method(&ty, "__sub__", set_sub);
        vm.add_method(&ty, "__rsub__", set_rsub);
        vm.add_method(&ty, "__xor__", set_xor);
        vm.add_method(&ty, "__rxor__", set_xor);
        vm.add_method(&ty, "__eq__", set_eq);
        vm.add_method(&ty, "__ne__", set_ne);
        vm.add_method(&ty, "__lt__", set_lt);
        vm.add_method(&ty, "__le__", set_le);
        vm.add_method(&ty, "__gt__", set_gt);
        vm.add_method(&ty, "__ge__", set_ge);
        vm.add_method(&ty, "__repr__", set_repr);
        vm.add_method(&ty, "__sizeof__", set_sizeof);
        vm.add_classmethod(&ty, "__class_getitem__", crate::types::object::class_getitem);
    }
}
