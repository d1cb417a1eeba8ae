//! `dict`: an insertion-ordered hash table.
//!
//! Entries live in a vector in insertion order; a separate index table of
//! `i32`s maps hash slots to entries (CPython's compact dict). Deleted
//! entries leave a tombstone until the next resize.
//!
//! Key equality is decided inline when both keys are built-in values whose
//! `==` cannot run Python code (str, int, float, tuples of those ...). For
//! other keys the candidates are copied out, the borrow released, and
//! Python's `==` called; if the dict changed meanwhile the lookup restarts.
//! So `__eq__` and `__hash__` may do anything, including touch the dict.

use crate::object::{Obj, Object, Payload, PyCell};
use crate::types::builtin_function::KwArgs;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
pub struct Entry {
    /// `Value::Undef` marks a deleted entry.
    pub key: Value,
    pub value: Value,
}

pub struct DictTable {
    indices: Vec<i32>,
    entries: Vec<Entry>,
    /// The hash of each entry, kept only once a key is not an exact str.
    /// While every key is an exact str (namespaces, most data dicts), the
    /// hash is the one the key caches, as in CPython's str-keyed tables:
    /// entries are 32 bytes instead of 40.
    hashes: Option<Vec<i64>>,
    used: usize,
    /// Index slots that are not EMPTY (live or tombstones). Probes stop
    /// only at an EMPTY slot, so this, not the entry count, decides when
    /// to resize: deleting and re-adding keys would otherwise fill the
    /// table with tombstones and a lookup would never end.
    filled: usize,
    /// Bumped on every change of the key set, for iterators and lookups.
    pub version: u64,
}

/// The result of looking a key up without running Python code.
pub enum Probe {
    Found(usize),
    Absent,
    /// These entries have an equal hash and need Python's `==`.
    NeedsEq(Vec<usize>),
}

/// Equality that cannot run Python code: `Some` when decided.
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Float(x), Value::Float(y)) => Some(x.get() == y.get()),
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => {
            Some(crate::types::float::int_eq_float(*x, y.get()))
        }
        (Value::Bool(x), Value::Int(y)) | (Value::Int(y), Value::Bool(x)) => Some(x.get() as i64 == *y),
        (Value::Bool(x), Value::Float(y)) | (Value::Float(y), Value::Bool(x)) => Some(x.get() as i64 as f64 == y.get()),
        (Value::Bool(x), Value::Bool(y)) => Some(x.get() == y.get()),
        (Value::None, _) | (_, Value::None) => match (a, b) {
            (Value::Obj(o), _) | (_, Value::Obj(o)) if o.class().is_some() => None,
            _ => Some(false),
        },
        (Value::Obj(x), Value::Obj(y)) => {
            if x.class().is_some() || y.class().is_some() {
                return None;
            }
            match (&x.payload, &y.payload) {
                (Payload::Str(s), Payload::Str(t)) => Some(s.as_str() == t.as_str()),
                (Payload::Bytes(s), Payload::Bytes(t)) => Some(s == t),
                (Payload::Int(s), Payload::Int(t)) => Some(s == t),
                (Payload::Tuple(s), Payload::Tuple(t)) => {
                    if s.len() != t.len() {
                        return Some(false);
                    }
                    for (p, q) in s.iter().zip(t.iter()) {
                        match fast_eq(p, q)? {
                            true => {}
                            false => return Some(false),
                        }
                    }
                    Some(true)
                }
                // bytes against str takes the slow path: under -b it warns.
                (Payload::Str(_), Payload::Bytes(_)) | (Payload::Bytes(_), Payload::Str(_)) => None,
                (p, q) if simple_kind(p).is_some() && simple_kind(q).is_some() && simple_kind(p) != simple_kind(q) => {
                    Some(false)
                }
                _ => None,
            }
        }
        (Value::Obj(o), _) | (_, Value::Obj(o)) => {
            if o.class().is_some() {
                return None;
            }
            match &o.payload {
                // bytes against an int takes the slow path: under -b it warns.
                Payload::Bytes(_)
                    if matches!((a, b), (Value::Int(_) | Value::Bool(_), _) | (_, Value::Int(_) | Value::Bool(_))) =>
                {
                    None
                }
                Payload::Str(_) | Payload::Bytes(_) | Payload::Tuple(_) => Some(false),
                Payload::Int(_) => Some(false),
                _ => None,
            }
        }
        _ => None,
    }
}

/// Kinds of exact built-in values that never equal a value of another kind.
fn simple_kind(p: &Payload) -> Option<u8> {
    match p {
        Payload::Str(_) => Some(1),
        Payload::Bytes(_) => Some(2),
        Payload::Tuple(_) => Some(3),
        Payload::List(_) => Some(4),
        Payload::Dict(_) => Some(5),
        _ => None,
    }
}

/// The interpreter's dict version counter (all threads' dicts share it).
static LAST_VERSION: crate::gil::GilLocal<std::cell::Cell<u64>> = crate::gil::GilLocal::new(std::cell::Cell::new(0));

/// A version no table has had: every change of a key set gets a new one,
/// so a version names one state of one dict (the LOAD_GLOBAL cache relies
/// on that).
pub fn fresh_version() -> u64 {
    LAST_VERSION.with(|v| {
        let next = v.get() + 1;
        v.set(next);
        next
    })
}

impl Default for DictTable {
    fn default() -> DictTable {
        DictTable {
            indices: Vec::new(),
            entries: Vec::new(),
            hashes: None,
            used: 0,
            filled: 0,
            version: fresh_version(),
        }
    }
}

impl Clone for DictTable {
    fn clone(&self) -> DictTable {
        DictTable {
            indices: self.indices.clone(),
            entries: self.entries.clone(),
            hashes: self.hashes.clone(),
            used: self.used,
            filled: self.filled,
            version: fresh_version(),
        }
    }
}

/// The cached hash of an exact str, or None for any other key.
#[inline(always)]
fn exact_str_hash(key: &Value) -> Option<i64> {
    match key {
        Value::Obj(o) if o.class().is_none() => match &o.payload {
            Payload::Str(s) => Some(s.hash()),
            _ => None,
        },
        _ => None,
    }
}

impl DictTable {
    pub fn new() -> DictTable {
        DictTable::default()
    }

    /// The hash of entry `index` (a live entry, or a tombstone while the
    /// table keeps hashes).
    #[inline(always)]
    pub fn hash_at(&self, index: usize) -> i64 {
        match &self.hashes {
            Some(h) => h[index],
            None => exact_str_hash(&self.entries[index].key).unwrap_or(-1),
        }
    }

    /// The index of the entry for a str key (or None): for caches that
    /// remember where a name lives while the key set stays the same.
    pub fn index_of_str(&self, key: &Obj) -> Option<usize> {
        let Payload::Str(s) = &key.payload else {
            return None;
        };
        let hash = s.hash();
        let mut found = None;
        self.probe_slots(hash, |_, ix| {
            if ix == EMPTY {
                return false;
            }
            if ix >= 0 {
                let e = &self.entries[ix as usize];
                if self.hash_at(ix as usize) == hash {
                    if let Value::Obj(k) = &e.key {
                        if Obj::ptr_eq(k, key) || matches!(&k.payload, Payload::Str(t) if t.as_str() == s.as_str()) {
                            found = Some(ix as usize);
                            return false;
                        }
                    }
                }
            }
            true
        });
        found
    }

    /// The value of entry `index` if its key is exactly `key`.
    #[inline(always)]
    pub fn value_if_key_at(&self, index: usize, key: &Obj) -> Option<Value> {
        match self.entries.get(index) {
            Some(Entry { key: Value::Obj(k), value, .. }) if Obj::ptr_eq(k, key) => Some(value.clone()),
            _ => None,
        }
    }

    pub fn with_capacity(n: usize) -> DictTable {
        let mut t = DictTable::new();
        if n > 0 {
            t.indices = vec![EMPTY; index_size_for(n)];
            t.entries.reserve(n);
        }
        t
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Visits every slot a hash probes, in order.
    fn probe_slots(&self, hash: i64, mut f: impl FnMut(usize, i32) -> bool) {
        if self.indices.is_empty() {
            return;
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if !f(i, ix) {
                return;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// Looks a key up, deciding equality inline where possible.
    pub fn probe(&self, hash: i64, key: &Value) -> Probe {
        let mut result = Probe::Absent;
        let mut slow = Vec::new();
        self.probe_slots(hash, |_, ix| {
            if ix == EMPTY {
                return false;
            }
            if ix >= 0 {
                let e = &self.entries[ix as usize];
                if self.hash_at(ix as usize) == hash {
                    match fast_eq(&e.key, key) {
                        Some(true) => {
                            result = Probe::Found(ix as usize);
                            return false;
                        }
                        Some(false) => {}
                        None => slow.push(ix as usize),
                    }
                }
            }
            true
        });
        match result {
            Probe::Found(i) => Probe::Found(i),
            _ if !slow.is_empty() => Probe::NeedsEq(slow),
            _ => Probe::Absent,
        }
    }

    /// Looks up a str key by content (type dicts, namespaces).
    pub fn get_str(&self, key: &Obj) -> Option<Value> {
        self.index_of_str(key).map(|i| self.entries[i].value.clone())
    }

    pub fn entry(&self, index: usize) -> Option<&Entry> {
        self.entries.get(index).filter(|e| !e.key.is_undef())
    }

    pub fn value_at(&self, index: usize) -> Value {
        self.entries[index].value.clone()
    }

    pub fn set_value_at(&mut self, index: usize, value: Value) -> Value {
        std::mem::replace(&mut self.entries[index].value, value)
    }

    /// Adds a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        let taken = self.filled.max(self.entries.len());
        if self.indices.is_empty() || (taken + 1) * 3 >= self.indices.len() * 2 {
            self.resize(self.used + 1);
        }
        let index = self.entries.len() as i32;
        let mut slot = None;
        self.probe_slots(hash, |i, ix| {
            if ix < 0 {
                slot = Some(i);
                return false;
            }
            true
        });
        if let Some(slot) = slot {
            if self.indices[slot] == EMPTY {
                self.filled += 1;
            }
            self.indices[slot] = index;
        }
        if self.hashes.is_none() && exact_str_hash(&key).is_none() {
            // The first key that is not an exact str: from now on the
            // table keeps every hash.
            let hashes = (0..self.entries.len()).map(|i| self.hash_at(i)).collect();
            self.hashes = Some(hashes);
        }
        if let Some(h) = &mut self.hashes {
            h.push(hash);
        }
        self.entries.push(Entry { key, value });
        self.used += 1;
        self.version = fresh_version();
    }

    /// Removes the entry at `index`; returns its key and value.
    pub fn remove_at(&mut self, index: usize) -> (Value, Value) {
        let hash = self.hash_at(index);
        let mut slot = None;
        self.probe_slots(hash, |i, ix| {
            if ix == index as i32 {
                slot = Some(i);
                return false;
            }
            ix != EMPTY
        });
        if let Some(slot) = slot {
            self.indices[slot] = DUMMY;
        }
        let e = &mut self.entries[index];
        let key = std::mem::take(&mut e.key);
        let value = std::mem::take(&mut e.value);
        self.used -= 1;
        self.version = fresh_version();
        // Trailing tombstones can simply go.
        while self.entries.last().is_some_and(|e| e.key.is_undef()) {
            self.entries.pop();
            if let Some(h) = &mut self.hashes {
                h.pop();
            }
        }
        (key, value)
    }

    fn resize(&mut self, min_used: usize) {
        if let Some(hashes) = &mut self.hashes {
            let mut live = self.entries.iter().map(|e| !e.key.is_undef());
            hashes.retain(|_| live.next().unwrap_or(false));
        }
        self.entries.retain(|e| !e.key.is_undef());
        let size = index_size_for(min_used.max(self.entries.len()));
        self.indices = vec![EMPTY; size];
        let mask = size - 1;
        for n in 0..self.entries.len() {
            let hash = self.hash_at(n);
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            while self.indices[i] != EMPTY {
                perturb >>= PERTURB_SHIFT;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            }
            self.indices[i] = n as i32;
        }
        self.filled = self.entries.len();
    }

    pub fn clear(&mut self) {
        *self = DictTable::new();
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> + '_ {
        self.entries.iter().filter(|e| !e.key.is_undef())
    }

    /// Live entries in insertion order, each with its key's hash.
    pub fn iter_hashed(&self) -> impl Iterator<Item = (i64, &Entry)> + '_ {
        self.entries.iter().enumerate().filter(|(_, e)| !e.key.is_undef()).map(|(i, e)| (self.hash_at(i), e))
    }

    /// Number of entry slots (live or deleted), for index-based iteration.
    pub fn capacity_used(&self) -> usize {
        self.entries.len()
    }

    pub fn last_index(&self) -> Option<usize> {
        self.entries.iter().rposition(|e| !e.key.is_undef())
    }

    pub fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        for e in &self.entries {
            if let Value::Obj(o) = &e.key {
                visit(o);
            }
            if let Value::Obj(o) = &e.value {
                visit(o);
            }
        }
    }
}

fn index_size_for(n: usize) -> usize {
    let mut size = 8;
    while size * 2 < n * 3 + 1 {
        size *= 2;
    }
    size
}

/// The table of a dict object (or dict subclass instance).
pub fn table(dict: &Obj) -> Option<&PyCell<DictTable>> {
    match &dict.payload {
        Payload::Dict(d) => Some(d),
        _ => None,
    }
}

/// Finds the entry index of `key`, calling Python `==` where needed.
pub fn find(vm: &mut Vm, dict: &Obj, key: &Value, hash: i64) -> PyResult<Option<usize>> {
    let Some(cell) = table(dict) else {
        return Ok(None);
    };
    loop {
        let (probe, version) = {
            let t = cell.borrow();
            (t.probe(hash, key), t.version)
        };
        match probe {
            Probe::Found(i) => return Ok(Some(i)),
            Probe::Absent => return Ok(None),
            Probe::NeedsEq(candidates) => {
                let mut restart = false;
                for i in candidates {
                    let stored = match cell.borrow().entry(i) {
                        Some(e) => e.key.clone(),
                        None => {
                            restart = true;
                            break;
                        }
                    };
                    let equal = vm.eq(&stored, key)?;
                    if cell.borrow().version != version {
                        restart = true;
                        break;
                    }
                    if equal {
                        return Ok(Some(i));
                    }
                }
                if !restart {
                    return Ok(None);
                }
            }
        }
    }
}

pub fn dict_get(vm: &mut Vm, dict: &Obj, key: &Value) -> PyResult<Option<Value>> {
    let hash = vm.hash(key)?;
    dict_get_hashed(vm, dict, key, hash)
}

pub fn dict_get_hashed(vm: &mut Vm, dict: &Obj, key: &Value, hash: i64) -> PyResult<Option<Value>> {
    match find(vm, dict, key, hash)? {
        Some(i) => Ok(table(dict).map(|t| t.borrow().value_at(i))),
        None => Ok(None),
    }
}

pub fn dict_set(vm: &mut Vm, dict: &Obj, key: Value, value: Value) -> PyResult<()> {
    let hash = vm.hash(&key)?;
    dict_set_hashed(vm, dict, key, value, hash)
}

pub fn dict_set_hashed(vm: &mut Vm, dict: &Obj, key: Value, value: Value, hash: i64) -> PyResult<()> {
    let Some(cell) = table(dict) else {
        return Ok(());
    };
    match find(vm, dict, &key, hash)? {
        Some(i) => {
            let old = cell.borrow_mut().set_value_at(i, value);
            drop(old);
        }
        None => cell.borrow_mut().insert_new(hash, key, value),
    }
    Ok(())
}

/// Removes a key; returns its value if it was there.
pub fn dict_del(vm: &mut Vm, dict: &Obj, key: &Value) -> PyResult<Option<Value>> {
    let hash = vm.hash(key)?;
    let Some(cell) = table(dict) else {
        return Ok(None);
    };
    match find(vm, dict, key, hash)? {
        Some(i) => {
            let (k, v) = cell.borrow_mut().remove_at(i);
            drop(k);
            Ok(Some(v))
        }
        None => Ok(None),
    }
}

pub fn dict_get_str(vm: &mut Vm, dict: &Obj, key: &str) -> PyResult<Option<Value>> {
    let key = vm.intern(key);
    Ok(table(dict).and_then(|t| t.borrow().get_str(&key)))
}

/// Binds a name (an exact str) in a namespace dict: STORE_NAME and
/// STORE_GLOBAL. Rebinding an existing name replaces its value in place,
/// found by the name's cached hash without the general equality walk.
pub fn store_name(vm: &mut Vm, dict: &Obj, name: &Obj, value: Value) -> PyResult<()> {
    if let Some(cell) = table(dict) {
        let mut t = cell.borrow_mut();
        if let Some(i) = t.index_of_str(name) {
            let old = t.set_value_at(i, value);
            drop(t);
            drop(old);
            return Ok(());
        }
    }
    dict_set(vm, dict, Value::Obj(name.clone()), value)
}

pub fn dict_set_str(vm: &mut Vm, dict: &Obj, key: &str, value: Value) -> PyResult<()> {
    let key = vm.intern(key);
    dict_set(vm, dict, Value::Obj(key), value)
}

/// A snapshot of the items.
pub fn dict_items(dict: &Obj) -> Vec<(Value, Value)> {
    match table(dict) {
        Some(t) => t.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect(),
        None => Vec::new(),
    }
}

pub fn dict_keys(dict: &Obj) -> Vec<Value> {
    match table(dict) {
        Some(t) => t.borrow().iter().map(|e| e.key.clone()).collect(),
        None => Vec::new(),
    }
}

pub fn dict_len(dict: &Obj) -> usize {
    table(dict).map_or(0, |t| t.borrow().len())
}

impl Vm {
    pub fn dict_set_str(&mut self, dict: &Obj, key: &str, value: Value) -> PyResult<()> {
        dict_set_str(self, dict, key, value)
    }

    pub fn dict_get_str(&mut self, dict: &Obj, key: &str) -> PyResult<Option<Value>> {
        dict_get_str(self, dict, key)
    }

    /// A new dict from key/value pairs.
    pub fn dict_from_pairs(&mut self, pairs: Vec<(Value, Value)>) -> PyResult<Obj> {
        let dict = self.new_dict();
        for (k, v) in pairs {
            dict_set(self, &dict, k, v)?;
        }
        Ok(dict)
    }
}

/// Merges `other` (a mapping or an iterable of pairs) into `dict`.
pub fn update_from(vm: &mut Vm, dict: &Obj, other: &Value) -> PyResult<()> {
    if let Some(Payload::Dict(_)) = other.payload() {
        let src = other.as_obj().expect("dict").clone();
        if Obj::ptr_eq(&src, dict) {
            return Ok(());
        }
        let items: Vec<(i64, Value, Value)> = table(&src)
            .map(|t| t.borrow().iter_hashed().map(|(hash, e)| (hash, e.key.clone(), e.value.clone())).collect())
            .unwrap_or_default();
        // A dict subclass with its own keys()/__getitem__ is a mapping like any other.
        if src.class().is_none()
            || crate::types::type_::lookup(vm.class_of(other), &vm.names.keys.clone())
                .is_some_and(|k| matches!(k.payload(), Some(Payload::Builtin(_))))
        {
            for (hash, k, v) in items {
                dict_set_hashed(vm, dict, k, v, hash)?;
            }
            return Ok(());
        }
    }
    let keys_name = vm.names.keys.clone();
    if crate::protocol::attr::has_attr(vm, other, &keys_name)? {
        let keys = vm.call_method(other, "keys", &[])?;
        for key in vm.collect(&keys)? {
            let value = vm.get_item(other, &key)?;
            dict_set(vm, dict, key, value)?;
        }
        return Ok(());
    }
    let items = vm.collect(other)?;
    for (n, item) in items.into_iter().enumerate() {
        let pair = match vm.collect(&item) {
            Ok(p) => p,
            Err(e) if vm.err_matches(&e, &vm.exc.type_error.clone()) => {
                let tn = vm.type_name(&item);
                return Err(vm
                    .type_error(format!("cannot convert dictionary update sequence element #{n} to a sequence"))
                    .with_note_if(tn.is_empty()));
            }
            Err(e) => return Err(e),
        };
        if pair.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{n} has length {}; 2 is required",
                pair.len()
            )));
        }
        let mut it = pair.into_iter();
        let k = it.next().expect("two");
        let v = it.next().expect("two");
        dict_set(vm, dict, k, v)?;
    }
    Ok(())
}

impl crate::vm::PyErr {
    fn with_note_if(self, _cond: bool) -> Self {
        self
    }
}

fn this(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Obj> {
    match args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Dict(_)) => Ok(o.clone()),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'dict' object"))),
    }
}

fn dict_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = match args.first() {
        Some(Value::Obj(c)) => c.clone(),
        _ => return Err(vm.type_error("dict.__new__(X): X is not a type object")),
    };
    let table = Payload::Dict(Box::new(PyCell::new(DictTable::new())));
    Ok(Value::Obj(crate::types::object::alloc_instance(vm, &cls, table)))
}

fn dict_init(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "__init__")?;
    if args.len() > 2 {
        return Err(vm.type_error(format!("dict expected at most 1 argument, got {}", args.len() - 1)));
    }
    if let Some(other) = args.get(1) {
        update_from(vm, &d, other)?;
    }
    for (k, v) in kwargs {
        dict_set(vm, &d, k.clone(), v.clone())?;
    }
    Ok(Value::None)
}

/// `d[key]`, with `__missing__` for subclasses.
pub fn getitem(vm: &mut Vm, d: &Obj, key: &Value) -> PyResult<Value> {
    if let Some(v) = dict_get(vm, d, key)? {
        return Ok(v);
    }
    if d.class().is_some() {
        let missing = vm.names.__missing__.clone();
        let dv = Value::Obj(d.clone());
        if let Some(m) = crate::protocol::attr::lookup_special(vm, &dv, &missing) {
            return vm.call(&m, std::slice::from_ref(key));
        }
    }
    Err(vm.key_error(key.clone()))
}

fn dict_getitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "__getitem__")?;
    let key = crate::protocol::args::exactly_one(vm, "dict.__getitem__", &args[1..])?;
    getitem(vm, &d, &key)
}

fn dict_setitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "__setitem__")?;
    if args.len() != 3 {
        return Err(vm.type_error("expected 2 arguments"));
    }
    dict_set(vm, &d, args[1].clone(), args[2].clone())?;
    Ok(Value::None)
}

fn dict_delitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "__delitem__")?;
    let key = crate::protocol::args::exactly_one(vm, "dict.__delitem__", &args[1..])?;
    match dict_del(vm, &d, &key)? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(key)),
    }
}

fn dict_contains(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "__contains__")?;
    let key = crate::protocol::args::exactly_one(vm, "dict.__contains__", &args[1..])?;
    Ok(Value::bool(dict_get(vm, &d, &key)?.is_some()))
}

fn dict_len_method(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "__len__")?;
    Ok(Value::Int(dict_len(&d) as i64))
}

fn dict_iter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "__iter__")?;
    Ok(crate::types::iterators::new_dict_iter(&d, crate::types::views::ViewKind::Keys, false))
}

fn dict_reversed(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "__reversed__")?;
    Ok(crate::types::iterators::new_dict_iter(&d, crate::types::views::ViewKind::Keys, true))
}

fn dict_get_method(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "get")?;
    crate::protocol::args::check_positional(vm, "get", &args[1..], 1, 2)?;
    Ok(dict_get(vm, &d, &args[1])?.unwrap_or_else(|| args.get(2).cloned().unwrap_or(Value::None)))
}

fn dict_setdefault(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "setdefault")?;
    crate::protocol::args::check_positional(vm, "setdefault", &args[1..], 1, 2)?;
    let hash = vm.hash(&args[1])?;
    if let Some(v) = dict_get_hashed(vm, &d, &args[1], hash)? {
        return Ok(v);
    }
    let default = args.get(2).cloned().unwrap_or(Value::None);
    dict_set_hashed(vm, &d, args[1].clone(), default.clone(), hash)?;
    Ok(default)
}

fn dict_pop(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "pop")?;
    crate::protocol::args::check_positional(vm, "pop", &args[1..], 1, 2)?;
    match dict_del(vm, &d, &args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(default) => Ok(default.clone()),
            None => Err(vm.key_error(args[1].clone())),
        },
    }
}

fn dict_popitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "popitem")?;
    let cell = table(&d).expect("dict");
    let last = cell.borrow().last_index();
    match last {
        Some(i) => {
            let (k, v) = cell.borrow_mut().remove_at(i);
            Ok(vm.new_tuple(vec![k, v]))
        }
        None => Err(vm.key_error_msg("popitem(): dictionary is empty")),
    }
}

impl Vm {
    /// A KeyError whose argument is a message.
    pub fn key_error_msg(&mut self, msg: &str) -> crate::vm::PyErr {
        let m = self.new_str(msg);
        self.key_error(m)
    }
}

fn dict_keys_method(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "keys")?;
    Ok(crate::types::views::new_view(&d, crate::types::views::ViewKind::Keys))
}

fn dict_values_method(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "values")?;
    Ok(crate::types::views::new_view(&d, crate::types::views::ViewKind::Values))
}

fn dict_items_method(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "items")?;
    Ok(crate::types::views::new_view(&d, crate::types::views::ViewKind::Items))
}

fn dict_update(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "update")?;
    if args.len() > 2 {
        return Err(vm.type_error(format!("update expected at most 1 argument, got {}", args.len() - 1)));
    }
    if let Some(other) = args.get(1) {
        update_from(vm, &d, other)?;
    }
    for (k, v) in kwargs {
        dict_set(vm, &d, k.clone(), v.clone())?;
    }
    Ok(Value::None)
}

fn dict_clear(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "clear")?;
    let old = table(&d).map(|t| std::mem::take(&mut *t.borrow_mut()));
    if let Some(t) = table(&d) {
        t.borrow_mut().version = fresh_version();
    }
    drop(old);
    Ok(Value::None)
}

/// Makes `d` hold what `source` holds (a copy of its table).
pub fn replace_contents(d: &Obj, source: &Obj) {
    let new = table(source).map(|t| t.borrow().clone()).unwrap_or_default();
    if let Some(t) = table(d) {
        let old = std::mem::replace(&mut *t.borrow_mut(), new);
        t.borrow_mut().version = fresh_version();
        drop(old);
    }
}

pub fn copy_dict(vm: &Vm, d: &Obj) -> Obj {
    let t = table(d).map(|t| t.borrow().clone()).unwrap_or_default();
    let _ = vm;
    Object::builtin(Payload::Dict(Box::new(PyCell::new(t))))
}

fn dict_copy(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "copy")?;
    Ok(Value::Obj(copy_dict(vm, &d)))
}

fn dict_fromkeys(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::protocol::args::check_positional(vm, "fromkeys", &args[1..], 1, 2)?;
    let cls = args[0].clone();
    let value = args.get(2).cloned().unwrap_or(Value::None);
    let result = vm.call(&cls, &[])?;
    let keys = vm.collect(&args[1])?;
    let result_obj = result.as_obj().cloned();
    for k in keys {
        match &result_obj {
            Some(o) if o.class().is_none() && matches!(o.payload, Payload::Dict(_)) => {
                dict_set(vm, o, k, value.clone())?
            }
            _ => vm.set_item(&result, k, value.clone())?,
        }
    }
    Ok(result)
}

fn dict_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "__repr__")?;
    let items = dict_items(&d);
    if items.is_empty() {
        return Ok(vm.new_str("{}"));
    }
    let Some(_guard) = crate::protocol::repr::ReprGuard::enter(vm, &args[0]) else {
        return Ok(vm.new_str("{...}"));
    };
    let mut out = String::from("{");
    let mut first = true;
    for (k, v) in items {
        if !first {
            out.push_str(", ");
        }
        first = false;
        out.push_str(&vm.repr_string(&k)?);
        out.push_str(": ");
        out.push_str(&vm.repr_string(&v)?);
    }
    out.push('}');
    Ok(vm.new_str(out))
}

/// `==` between two dicts.
pub fn dicts_equal(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<bool> {
    if dict_len(a) != dict_len(b) {
        return Ok(false);
    }
    for (k, v) in dict_items(a) {
        match dict_get(vm, b, &k)? {
            Some(w) => {
                if !(v.is(&w) || vm.eq(&v, &w)?) {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

fn dict_eq(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "__eq__")?;
    match args.get(1) {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Dict(_)) => Ok(Value::bool(dicts_equal(vm, &d, o)?)),
        _ => Ok(Value::Obj(vm.not_implemented.clone())),
    }
}

fn dict_ne(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "__ne__")?;
    match args.get(1) {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Dict(_)) => Ok(Value::bool(!dicts_equal(vm, &d, o)?)),
        _ => Ok(Value::Obj(vm.not_implemented.clone())),
    }
}

fn dict_or(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "__or__")?;
    match args.get(1) {
        Some(other @ Value::Obj(o)) if matches!(o.payload, Payload::Dict(_)) => {
            let result = copy_dict(vm, &d);
            update_from(vm, &result, other)?;
            Ok(Value::Obj(result))
        }
        _ => Ok(Value::Obj(vm.not_implemented.clone())),
    }
}

fn dict_ror(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "__ror__")?;
    match args.get(1) {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Dict(_)) => {
            let result = copy_dict(vm, o);
            update_from(vm, &result, &Value::Obj(d))?;
            Ok(Value::Obj(result))
        }
        _ => Ok(Value::Obj(vm.not_implemented.clone())),
    }
}

fn dict_ior(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "__ior__")?;
    let other = crate::protocol::args::exactly_one(vm, "dict.__ior__", &args[1..])?;
    update_from(vm, &d, &other)?;
    Ok(args[0].clone())
}

fn dict_sizeof(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, args, "__sizeof__")?;
    let t = table(&d).expect("dict").borrow();
    let size = 48 + t.indices.len() * 4 + t.entries.capacity() * std::mem::size_of::<Entry>();
    Ok(Value::Int(size as i64))
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.dict.clone();
    vm.add_staticmethod(&t, "__new__", dict_new);
    vm.add_method(&t, "__init__", dict_init);
    vm.add_method(&t, "__getitem__", dict_getitem);
    vm.add_method(&t, "__setitem__", dict_setitem);
    vm.add_method(&t, "__delitem__", dict_delitem);
    vm.add_method(&t, "__contains__", dict_contains);
    vm.add_method(&t, "__len__", dict_len_method);
    vm.add_method(&t, "__iter__", dict_iter);
    vm.add_method(&t, "__reversed__", dict_reversed);
    vm.add_method(&t, "get", dict_get_method);
    vm.add_method(&t, "setdefault", dict_setdefault);
    vm.add_method(&t, "pop", dict_pop);
    vm.add_method(&t, "popitem", dict_popitem);
    vm.add_method(&t, "keys", dict_keys_method);
    vm.add_method(&t, "values", dict_values_method);
    vm.add_method(&t, "items", dict_items_method);
    vm.add_method(&t, "update", dict_update);
    vm.add_method(&t, "clear", dict_clear);
    vm.add_method(&t, "copy", dict_copy);
    vm.add_classmethod(&t, "fromkeys", dict_fromkeys);
    vm.add_method(&t, "__repr__", dict_repr);
    vm.add_method(&t, "__eq__", dict_eq);
    vm.add_method(&t, "__ne__", dict_ne);
    vm.add_method(&t, "__or__", dict_or);
    vm.add_method(&t, "__ror__", dict_ror);
    vm.add_method(&t, "__ior__", dict_ior);
    vm.add_method(&t, "__sizeof__", dict_sizeof);
    vm.add_classmethod(&t, "__class_getitem__", crate::types::object::class_getitem);
    vm.set_type_attr_raw(&t, "__hash__", Value::None);
}
