//! `type`: type objects, the MRO, class creation and instantiation.

use std::cell::Cell;

use crate::object::{Obj, Object, Payload, PyCell, WeakObj};
use crate::types::builtin_function::KwArgs;
use crate::types::descriptors::add_getset;
use crate::types::dict::DictTable;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// What payload instances of a type carry. Subclasses of a built-in type
/// share its layout, which is what lets a `list` subclass be a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Object,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Exception,
    Type,
    Module,
}

pub struct TypeFlags;

impl TypeFlags {
    /// Python code may subclass the type.
    pub const BASETYPE: u32 = 1;
    /// Made by a class statement or `type()`.
    pub const HEAPTYPE: u32 = 2;
    /// Some class in the MRO defines `__del__`.
    pub const HAS_DEL: u32 = 4;
    /// Overrides `__getattribute__`.
    pub const CUSTOM_GETATTRIBUTE: u32 = 8;
    /// Defines `__getattr__`.
    pub const HAS_GETATTR: u32 = 16;
    /// Overrides `__setattr__` or `__delattr__`.
    pub const CUSTOM_SETATTR: u32 = 32;
    /// Has abstract methods (instantiation is refused).
    pub const ABSTRACT: u32 = 64;
    /// A class of ferropy's Python standard library standing in for a type
    /// CPython writes in C: its attributes cannot be set, and its internal
    /// name (used in error messages) is `module.Name`.
    pub const IMMUTABLE: u32 = 128;
}

/// Makes a class behave as a built-in type of its module (see
/// `TypeFlags::IMMUTABLE`).
pub fn make_immutable(vm: &mut Vm, ty: &Obj) -> PyResult<()> {
    let module = type_module(vm, ty)?.unwrap_or_default();
    let td = data(ty);
    let name = td.name.borrow().clone();
    if !td.has_flag(TypeFlags::IMMUTABLE) && !module.is_empty() && module != "builtins" {
        *td.name.borrow_mut() = format!("{module}.{name}");
    }
    td.flags.set(td.flags.get() | TypeFlags::IMMUTABLE);
    Ok(())
}

pub struct TypeData {
    pub name: PyCell<String>,
    pub qualname: PyCell<String>,
    pub bases: PyCell<Vec<Obj>>,
    /// The method resolution order, starting with the type itself.
    pub mro: PyCell<Vec<Obj>>,
    pub layout: Layout,
    pub flags: Cell<u32>,
    /// Instances get a `__dict__`.
    pub has_dict: bool,
    /// Number of `__slots__` values instances carry (own and inherited).
    pub nslots: usize,
    pub subclasses: PyCell<Vec<WeakObj>>,
    /// Changes whenever this type's dict, or that of a class in its MRO,
    /// changes: the key of the attribute cache (see `lookup`).
    pub version: Cell<u64>,
}

impl TypeData {
    pub fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Ok(bases) = self.bases.try_borrow() {
            for b in bases.iter() {
                visit(b);
            }
        }
        if let Ok(mro) = self.mro.try_borrow() {
            for m in mro.iter() {
                visit(m);
            }
        }
    }

    pub fn clear(&self) {
        let bases = self.bases.try_borrow_mut().map(|mut b| std::mem::take(&mut *b));
        let mro = self.mro.try_borrow_mut().map(|mut m| std::mem::take(&mut *m));
        drop(bases);
        drop(mro);
    }

    pub fn has_flag(&self, flag: u32) -> bool {
        self.flags.get() & flag != 0
    }
}

/// The type data of a type object. Every caller passes a type.
pub fn data(ty: &Obj) -> &TypeData {
    match &ty.payload {
        Payload::Type(t) => t,
        _ => panic_free_empty(),
    }
}

/// A stand-in for `data` on a non-type; unreachable by construction, but
/// never a panic.
fn panic_free_empty() -> &'static TypeData {
    type Empty = std::cell::LazyCell<&'static TypeData>;
    static EMPTY: crate::gil::GilLocal<Empty> = crate::gil::GilLocal::new(std::cell::LazyCell::new(|| {
        Box::leak(Box::new(TypeData {
            name: PyCell::new("?".into()),
            qualname: PyCell::new("?".into()),
            bases: PyCell::new(Vec::new()),
            mro: PyCell::new(Vec::new()),
            layout: Layout::Object,
            flags: Cell::new(0),
            has_dict: false,
            nslots: 0,
            subclasses: PyCell::new(Vec::new()),
            version: Cell::new(next_version()),
        }))
    }));
    EMPTY.with(|e| **e)
}

pub fn is_type(value: &Value) -> bool {
    matches!(value.payload(), Some(Payload::Type(_)))
}

pub fn type_name(ty: &Obj) -> String {
    data(ty).name.borrow().clone()
}

pub fn has_del(ty: &Obj) -> bool {
    matches!(&ty.payload, Payload::Type(t) if t.has_flag(TypeFlags::HAS_DEL))
}

/// Whether `a` is `b` or a subclass of it.
pub fn is_subtype(a: &Obj, b: &Obj) -> bool {
    if Obj::ptr_eq(a, b) {
        return true;
    }
    data(a).mro.borrow().iter().any(|t| Obj::ptr_eq(t, b))
}

pub fn mro(ty: &Obj) -> Vec<Obj> {
    data(ty).mro.borrow().clone()
}

/// A fresh type version (never 0).
fn next_version() -> u64 {
    static VERSIONS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    VERSIONS.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// Records that `ty`'s dict or MRO changed: it and its subclasses get new
/// versions, so cached lookups made before no longer match.
pub fn type_modified(ty: &Obj) {
    data(ty).version.set(next_version());
    let subclasses: Vec<Obj> = data(ty).subclasses.borrow().iter().filter_map(WeakObj::upgrade).collect();
    for sub in subclasses {
        type_modified(&sub);
    }
}

const LOOKUP_CACHE_SIZE: usize = 4096;

/// One cached lookup: the type version and name it answers. The entry
/// holds the name, so no other string can take its address meanwhile.
#[derive(Clone, Default)]
struct CachedLookup {
    version: u64,
    name: Option<Obj>,
    value: Option<Value>,
}

type LookupCache = std::cell::LazyCell<PyCell<Vec<CachedLookup>>>;

/// A direct-mapped cache of `lookup` results, like CPython's type
/// attribute cache: an entry is valid while its type's version is
/// unchanged. It holds references, so it is emptied before each garbage
/// collection (`clear_lookup_cache`). One per interpreter, as types are.
static LOOKUP_CACHE: crate::gil::GilLocal<LookupCache> =
    crate::gil::GilLocal::new(std::cell::LazyCell::new(|| PyCell::new(empty_lookup_cache())));

fn empty_lookup_cache() -> Vec<CachedLookup> {
    vec![CachedLookup::default(); LOOKUP_CACHE_SIZE]
}

pub fn clear_lookup_cache() {
    LOOKUP_CACHE.with(|c| {
        let old = std::mem::replace(&mut *c.borrow_mut(), empty_lookup_cache());
        drop(old);
    });
}

/// Finds `name` in the dicts along the MRO of `ty`.
pub fn lookup(ty: &Obj, name: &Obj) -> Option<Value> {
    let version = data(ty).version.get();
    let key = Obj::as_ptr(name) as usize;
    let slot = ((version as usize).wrapping_mul(0x9E37_79B9_7F4A_7C15_u64 as usize) ^ (key >> 4)) % LOOKUP_CACHE_SIZE;
    let hit = LOOKUP_CACHE.with(|c| {
        let c = c.borrow();
        let entry = &c[slot];
        let same_name = entry.name.as_ref().is_some_and(|n| Obj::ptr_eq(n, name));
        (entry.version == version && same_name).then(|| entry.value.clone())
    });
    if let Some(found) = hit {
        return found;
    }
    let found = lookup_uncached(ty, name);
    LOOKUP_CACHE.with(|c| {
        let old = std::mem::replace(
            &mut c.borrow_mut()[slot],
            CachedLookup { version, name: Some(name.clone()), value: found.clone() },
        );
        drop(old);
    });
    found
}

fn lookup_uncached(ty: &Obj, name: &Obj) -> Option<Value> {
    let data = data(ty);
    let mro = data.mro.borrow();
    for class in mro.iter() {
        if let Some(dict) = &class.dict {
            if let Payload::Dict(d) = &dict.payload {
                if let Some(v) = d.borrow().get_str(name) {
                    return Some(v);
                }
            }
        }
    }
    None
}

/// Like `lookup`, skipping the MRO up to and including `after`.
pub fn lookup_after(ty: &Obj, after: &Obj, name: &Obj) -> Option<Value> {
    let mro = data(ty).mro.borrow().clone();
    let start = mro.iter().position(|t| Obj::ptr_eq(t, after)).map_or(mro.len(), |i| i + 1);
    for class in &mro[start..] {
        if let Some(dict) = &class.dict {
            if let Payload::Dict(d) = &dict.payload {
                if let Some(v) = d.borrow().get_str(name) {
                    return Some(v);
                }
            }
        }
    }
    None
}

fn new_type_object(meta: Option<Obj>, data: TypeData) -> Obj {
    let dict = Object::builtin(Payload::Dict(Box::new(PyCell::new(DictTable::new()))));
    Object::new(meta, Some(dict), Payload::Type(Box::new(data)))
}

/// Makes `object` and `type`.
pub fn bootstrap() -> (Obj, Obj) {
    let object = new_type_object(
        None,
        TypeData {
            name: PyCell::new("object".into()),
            qualname: PyCell::new("object".into()),
            bases: PyCell::new(Vec::new()),
            mro: PyCell::new(Vec::new()),
            layout: Layout::Object,
            flags: Cell::new(TypeFlags::BASETYPE),
            has_dict: false,
            nslots: 0,
            subclasses: PyCell::new(Vec::new()),
            version: Cell::new(next_version()),
        },
    );
    data(&object).mro.borrow_mut().push(object.clone());
    let type_ = new_static_type("type", &object, Layout::Type, TypeFlags::BASETYPE);
    (object, type_)
}

/// A built-in type with a single base.
pub fn new_static_type(name: &str, base: &Obj, layout: Layout, flags: u32) -> Obj {
    let mut mro_list = vec![];
    mro_list.extend(data(base).mro.borrow().iter().cloned());
    let ty = new_type_object(
        None,
        TypeData {
            name: PyCell::new(name.into()),
            qualname: PyCell::new(name.into()),
            bases: PyCell::new(vec![base.clone()]),
            mro: PyCell::new(Vec::new()),
            layout,
            flags: Cell::new(flags),
            has_dict: false,
            nslots: 0,
            subclasses: PyCell::new(Vec::new()),
            version: Cell::new(next_version()),
        },
    );
    let mut full = vec![ty.clone()];
    full.extend(mro_list);
    *data(&ty).mro.borrow_mut() = full;
    data(base).subclasses.borrow_mut().push(Obj::downgrade(&ty));
    ty
}

/// C3 linearization of a new class with `bases`.
pub fn compute_mro(ty: &Obj, bases: &[Obj]) -> Result<Vec<Obj>, String> {
    let mut seqs: Vec<Vec<Obj>> = bases.iter().map(mro).collect();
    seqs.push(bases.to_vec());
    let mut result = vec![ty.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(result);
        }
        let candidate = seqs
            .iter()
            .map(|s| s[0].clone())
            .find(|head| !seqs.iter().any(|s| s[1..].iter().any(|t| Obj::ptr_eq(t, head))));
        let Some(next) = candidate else {
            let names: Vec<String> = bases.iter().map(type_name).collect();
            return Err(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ));
        };
        result.push(next.clone());
        for s in seqs.iter_mut() {
            if Obj::ptr_eq(&s[0], &next) {
                s.remove(0);
            }
        }
    }
}

/// Recomputes the flags that depend on which special methods the MRO
/// defines, for `ty` and all its subclasses.
pub fn update_flags(vm: &Vm, ty: &Obj) {
    let data = data(ty);
    let mut flags = data.flags.get()
        & !(TypeFlags::HAS_DEL | TypeFlags::CUSTOM_GETATTRIBUTE | TypeFlags::HAS_GETATTR | TypeFlags::CUSTOM_SETATTR);
    if data.has_flag(TypeFlags::HEAPTYPE) || !Obj::ptr_eq(ty, &vm.types.object) {
        if lookup(ty, &vm.names.__del__).is_some() {
            flags |= TypeFlags::HAS_DEL;
        }
        if let Some(ga) = lookup(ty, &vm.names.__getattribute__) {
            if !is_native_slot(&ga) {
                flags |= TypeFlags::CUSTOM_GETATTRIBUTE;
            }
        }
        if lookup(ty, &vm.names.__getattr__).is_some() {
            flags |= TypeFlags::HAS_GETATTR;
        }
        for name in [&vm.names.__setattr__, &vm.names.__delattr__] {
            if let Some(sa) = lookup(ty, name) {
                if !is_native_slot(&sa) {
                    flags |= TypeFlags::CUSTOM_SETATTR;
                }
            }
        }
    }
    data.flags.set(flags);
    let subs: Vec<Obj> = data.subclasses.borrow().iter().filter_map(|w| w.upgrade()).collect();
    for sub in subs {
        update_flags(vm, &sub);
    }
}

/// Whether an attribute is one of our native implementations (so the
/// generic fast path applies).
fn is_native_slot(value: &Value) -> bool {
    matches!(value.payload(), Some(Payload::Builtin(_)))
}

impl Vm {
    /// Sets an attribute in a type's dict without running `__setattr__`.
    pub fn set_type_attr_raw(&mut self, ty: &Obj, name: &str, value: Value) {
        let key = self.intern(name);
        if let Some(dict) = &ty.dict {
            let _ = crate::types::dict::dict_set(self, dict, Value::Obj(key), value);
        }
        type_modified(ty);
    }

    /// Creates a new class: `type.__new__(meta, name, bases, namespace)`.
    pub fn new_class(
        &mut self,
        meta: &Obj,
        name: &str,
        bases: Vec<Obj>,
        namespace: &Obj,
        kwargs: KwArgs,
    ) -> PyResult<Obj> {
        let bases = if bases.is_empty() { vec![self.types.object.clone()] } else { bases };
        for base in &bases {
            if !data(base).has_flag(TypeFlags::BASETYPE) {
                return Err(self.type_error(format!("type '{}' is not an acceptable base type", type_name(base))));
            }
        }
        // The instance layout: all built-in bases must agree.
        let mut layout = Layout::Object;
        for base in &bases {
            let l = data(base).layout;
            if l != Layout::Object {
                if layout != Layout::Object && layout != l {
                    return Err(self.type_error("multiple bases have instance lay-out conflict"));
                }
                layout = l;
            }
        }
        let ns_items = crate::types::dict::dict_items(namespace);
        let slots_value =
            ns_items.iter().find(|(k, _)| crate::types::str::value_is_str(k, "__slots__")).map(|(_, v)| v.clone());
        let mut slot_names: Vec<String> = Vec::new();
        let mut wants_dict = slots_value.is_none();
        let mut wants_weakref = slots_value.is_none();
        if let Some(slots) = &slots_value {
            let items = match slots.payload() {
                Some(Payload::Str(_)) => vec![slots.clone()],
                _ => self.collect(slots)?,
            };
            for item in items {
                let Some(s) = crate::types::str::as_str(&item) else {
                    let tn = self.type_name(&item);
                    return Err(self.type_error(format!("__slots__ items must be strings, not '{tn}'")));
                };
                if s == "__dict__" {
                    wants_dict = true;
                } else if s == "__weakref__" {
                    wants_weakref = true;
                } else {
                    let slot = crate::symtable_mangle(name, s);
                    if ns_items.iter().any(|(k, _)| crate::types::str::value_is_str(k, &slot)) {
                        return Err(self.value_error(format!("'{s}' in __slots__ conflicts with class variable")));
                    }
                    slot_names.push(slot);
                }
            }
        }
        let inherited_dict = bases.iter().any(|b| data(b).has_dict);
        let base_slots: usize = bases.iter().map(|b| data(b).nslots).max().unwrap_or(0);
        let slots_in_dict = layout != Layout::Object && !slot_names.is_empty();
        let has_dict = wants_dict || inherited_dict || slots_in_dict;
        let nslots = if slots_in_dict { base_slots } else { base_slots + slot_names.len() };
        let qualname = ns_items
            .iter()
            .find(|(k, _)| crate::types::str::value_is_str(k, "__qualname__"))
            .and_then(|(_, v)| crate::types::str::as_str(v).map(str::to_string))
            .unwrap_or_else(|| name.to_string());
        let meta_opt = if Obj::ptr_eq(meta, &self.types.type_) { None } else { Some(meta.clone()) };
        let ty = new_type_object(
            meta_opt,
            TypeData {
                name: PyCell::new(name.to_string()),
                qualname: PyCell::new(qualname),
                bases: PyCell::new(bases.clone()),
                mro: PyCell::new(Vec::new()),
                layout,
                flags: Cell::new(TypeFlags::BASETYPE | TypeFlags::HEAPTYPE),
                has_dict,
                nslots,
                subclasses: PyCell::new(Vec::new()),
                version: Cell::new(next_version()),
            },
        );
        let mro = match compute_mro(&ty, &bases) {
            Ok(m) => m,
            Err(msg) => return Err(self.type_error(msg)),
        };
        *data(&ty).mro.borrow_mut() = mro;
        for base in &bases {
            data(base).subclasses.borrow_mut().push(Obj::downgrade(&ty));
        }
        // The class dict: the namespace, minus bookkeeping entries.
        let dict = ty.dict.clone().expect("types have dicts");
        let mut classcell = None;
        for (k, v) in ns_items.iter() {
            if crate::types::str::value_is_str(k, "__qualname__") {
                continue;
            }
            if crate::types::str::value_is_str(k, "__classcell__") {
                classcell = Some(v.clone());
                continue;
            }
            let mut v = v.clone();
            // `__new__` is a static method, `__init_subclass__` and
            // `__class_getitem__` class methods, even when written plainly.
            if let Some(key) = crate::types::str::as_str(k) {
                if matches!(v.payload(), Some(Payload::Function(_))) {
                    if key == "__new__" {
                        v = Value::Obj(Object::builtin(Payload::StaticMethod(PyCell::new(v))));
                    } else if key == "__init_subclass__" || key == "__class_getitem__" {
                        v = Value::Obj(Object::builtin(Payload::ClassMethod(PyCell::new(v))));
                    }
                }
            }
            crate::types::dict::dict_set(self, &dict, k.clone(), v)?;
        }
        // The `__dict__` and `__weakref__` attributes live on the first class
        // in a hierarchy that gives its instances them.
        if has_dict && !inherited_dict {
            crate::types::descriptors::add_getset_rw(self, &ty, "__dict__", instance_dict, set_instance_dict);
        }
        let variable_size = matches!(layout, Layout::Int | Layout::Str | Layout::Tuple | Layout::Bytes | Layout::Type);
        let weakref_key = self.intern("__weakref__");
        let inherited_weakref = bases.iter().any(|b| data(b).mro.borrow().iter().any(|c| has_own(c, &weakref_key)));
        if wants_weakref && !inherited_weakref && !variable_size {
            crate::types::descriptors::add_getset(self, &ty, "__weakref__", |_vm, _v| Ok(Value::None));
        }
        for (i, slot) in slot_names.iter().enumerate() {
            if slots_in_dict {
                break;
            }
            let descr = crate::types::descriptors::new_member(&ty, slot, base_slots + i);
            crate::types::dict::dict_set_str(self, &dict, slot, Value::Obj(descr))?;
        }
        // `type(name, bases, ns)` called directly: the caller's module.
        if crate::types::dict::dict_get_str(self, &dict, "__module__")?.is_none() {
            if let Some(globals) = self.current_globals.clone() {
                if let Some(module) = crate::types::dict::dict_get_str(self, &globals, "__name__")? {
                    crate::types::dict::dict_set_str(self, &dict, "__module__", module)?;
                }
            }
        }
        if crate::types::dict::dict_get_str(self, &dict, "__doc__")?.is_none() {
            crate::types::dict::dict_set_str(self, &dict, "__doc__", Value::None)?;
        }
        // A class that defines `__eq__` but not `__hash__` is unhashable.
        if crate::types::dict::dict_get_str(self, &dict, "__eq__")?.is_some()
            && crate::types::dict::dict_get_str(self, &dict, "__hash__")?.is_none()
        {
            crate::types::dict::dict_set_str(self, &dict, "__hash__", Value::None)?;
        }
        if let Some(cell) = classcell {
            match cell.payload() {
                Some(Payload::Cell(c)) => *c.borrow_mut() = Value::Obj(ty.clone()),
                _ => {
                    let tn = self.type_name(&cell);
                    return Err(self.type_error(format!("__classcell__ must be a nonlocal cell, not <class '{tn}'>")));
                }
            }
        }
        update_flags(self, &ty);
        // The dict is complete: lookups cached while it was filled are stale.
        type_modified(&ty);
        if let Some(abstracts) = crate::types::dict::dict_get_str(self, &dict, "__abstractmethods__")? {
            if self.truthy(&abstracts)? {
                data(&ty).flags.set(data(&ty).flags.get() | TypeFlags::ABSTRACT);
            }
        }
        // __set_name__ on attributes that want it.
        for (k, v) in crate::types::dict::dict_items(&dict) {
            let set_name = self.names.__set_name__.clone();
            if let Some(method) = crate::protocol::attr::lookup_special(self, &v, &set_name) {
                self.call(&method, &[Value::Obj(ty.clone()), k.clone()])?;
            }
        }
        // super().__init_subclass__(**kwargs)
        let init_subclass = self.names.__init_subclass__.clone();
        if let Some(method) = lookup_after(&ty, &ty, &init_subclass) {
            let bound = crate::protocol::attr::bind_descriptor(self, method, Value::None, Value::Obj(ty.clone()))?;
            self.call_kw(&bound, &[], kwargs)?;
        } else if !kwargs.is_empty() {
            return Err(self.type_error(format!("{name}.__init_subclass__() takes no keyword arguments")));
        }
        Ok(ty)
    }

    /// The most derived metaclass of `meta` and the bases' metaclasses.
    pub fn calculate_metaclass(&mut self, meta: &Obj, bases: &[Obj]) -> PyResult<Obj> {
        let metas = bases.iter().map(|b| self.class_of_obj(b).clone()).collect();
        self.winning_metaclass(meta, metas)
    }

    /// The most derived of `meta` and the bases' metaclasses `metas`.
    pub fn winning_metaclass(&mut self, meta: &Obj, metas: Vec<Obj>) -> PyResult<Obj> {
        let mut winner = meta.clone();
        for base_meta in metas {
            if is_subtype(&winner, &base_meta) {
                continue;
            }
            if is_subtype(&base_meta, &winner) {
                winner = base_meta;
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
        Ok(winner)
    }

    /// Calls a class: `cls.__new__` then `__init__`.
    /// `str(x)`, `int(x)`, `float(x)` of a small int or a float: the
    /// conversions data code calls millions of times, answered without the
    /// `__new__`/`__init__` protocol (the built-in types cannot be changed,
    /// so the answer is the one the protocol would give). None: take the
    /// general path.
    fn convert_scalar(&mut self, cls: &Obj, arg: &Value) -> Option<Value> {
        let types = &self.types;
        if Obj::ptr_eq(cls, &types.str) {
            return match arg {
                Value::Int(i) => Some(self.new_str(i.to_string())),
                Value::Float(f) => Some(self.new_str(crate::format::float_repr::repr(f.get()))),
                _ => None,
            };
        }
        if Obj::ptr_eq(cls, &types.int) {
            return match arg {
                Value::Int(_) => Some(arg.clone()),
                // Truncation toward zero, within the small-int range.
                Value::Float(f) if f.get().is_finite() && f.get().abs() < 9.0e15 => {
                    Some(Value::Int(f.get().trunc() as i64))
                }
                _ => None,
            };
        }
        if Obj::ptr_eq(cls, &types.float) {
            return match arg {
                Value::Float(_) => Some(arg.clone()),
                // Rounds to nearest, ties to even, as CPython's int-to-float.
                Value::Int(i) => Some(Value::float(*i as f64)),
                _ => None,
            };
        }
        None
    }

    pub fn call_type(&mut self, cls: &Obj, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
        if let ([arg], true) = (args, kwargs.is_empty()) {
            if let Some(v) = self.convert_scalar(cls, arg) {
                return Ok(v);
            }
        }
        let td = data(cls);
        if td.has_flag(TypeFlags::ABSTRACT) {
            let dict = cls.dict.clone();
            let mut names: Vec<String> = Vec::new();
            if let Some(dict) = dict {
                if let Some(abstracts) = crate::types::dict::dict_get_str(self, &dict, "__abstractmethods__")? {
                    for item in self.collect(&abstracts)? {
                        if let Some(s) = crate::types::str::as_str(&item) {
                            names.push(s.to_string());
                        }
                    }
                }
            }
            names.sort();
            let plural = if names.len() == 1 { "" } else { "s" };
            return Err(self.type_error(format!(
                "Can't instantiate abstract class {} with abstract method{} {}",
                type_name(cls),
                plural,
                // CPython 3.11 lists the names without quotes.
                names.join(", ")
            )));
        }
        let new_name = self.names.__new__.clone();
        let new = lookup(cls, &new_name);
        let obj = match new {
            Some(new) if !is_object_new(self, &new) => {
                let new = match new.payload() {
                    Some(Payload::StaticMethod(f)) => f.borrow().clone(),
                    _ => new,
                };
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(Value::Obj(cls.clone()));
                full.extend_from_slice(args);
                self.call_kw(&new, &full, kwargs)?
            }
            _ => {
                // object.__new__: arguments are only allowed if __init__
                // is overridden.
                let init_name = self.names.__init__.clone();
                let init = lookup(cls, &init_name);
                if (!args.is_empty() || !kwargs.is_empty()) && init.as_ref().is_none_or(|i| is_object_init(self, i)) {
                    return Err(self.type_error(format!("{}() takes no arguments", type_name(cls))));
                }
                Value::Obj(crate::types::object::new_instance(self, cls)?)
            }
        };
        if !self.is_instance(&obj, cls) {
            return Ok(obj);
        }
        let init_name = self.names.__init__.clone();
        let obj_class = self.class_of(&obj).clone();
        if let Some(init) = lookup(&obj_class, &init_name) {
            if !is_object_init(self, &init) {
                let result = match init.payload() {
                    Some(Payload::Function(_)) => {
                        let mut full = Vec::with_capacity(args.len() + 1);
                        full.push(obj.clone());
                        full.extend_from_slice(args);
                        self.call_kw(&init, &full, kwargs)?
                    }
                    _ => {
                        let bound = crate::protocol::attr::bind_descriptor(
                            self,
                            init,
                            obj.clone(),
                            Value::Obj(obj_class.clone()),
                        )?;
                        self.call_kw(&bound, args, kwargs)?
                    }
                };
                if !result.is_none() {
                    let tn = self.type_name(&result);
                    return Err(self.type_error(format!("__init__() should return None, not '{tn}'")));
                }
            } else if !args.is_empty() || !kwargs.is_empty() {
                // object.__init__ with arguments: allowed when __new__ is
                // overridden.
                if lookup(cls, &new_name).is_none_or(|n| is_object_new(self, &n)) {
                    return Err(self.type_error(format!("{}() takes no arguments", type_name(cls))));
                }
            }
        }
        Ok(obj)
    }
}

fn is_object_new(vm: &Vm, value: &Value) -> bool {
    matches!(value.payload(), Some(Payload::Builtin(b)) if b.name == "__new__" && b.owner.as_ref().is_some_and(|o| Obj::ptr_eq(o, &vm.types.object)))
}

fn is_object_init(vm: &Vm, value: &Value) -> bool {
    matches!(value.payload(), Some(Payload::Builtin(b)) if b.name == "__init__" && b.owner.as_ref().is_some_and(|o| Obj::ptr_eq(o, &vm.types.object)))
}

// ----- Python-visible methods of `type` ------------------------------

fn type_call_method(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else {
        return Err(vm.type_error("descriptor '__call__' of 'type' object needs an argument"));
    };
    let cls = cls.clone();
    vm.call_type(&cls, &args[1..], kwargs)
}

fn type_new(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let meta = match args.first() {
        Some(Value::Obj(m)) if is_type(&args[0]) => m.clone(),
        _ => return Err(vm.type_error("type.__new__(X): X is not a type object")),
    };
    if args.len() == 2 && Obj::ptr_eq(&meta, &vm.types.type_) {
        return Ok(Value::Obj(vm.class_of(&args[1]).clone()));
    }
    if args.len() != 4 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    let Some(name) = crate::types::str::as_str(&args[1]).map(str::to_string) else {
        let tn = vm.type_name(&args[1]);
        return Err(vm.type_error(format!("type.__new__() argument 1 must be str, not {tn}")));
    };
    let bases: Vec<Obj> = match args[2].payload() {
        Some(Payload::Tuple(items)) => {
            // The metaclass is settled first, from the types of the bases,
            // whatever they are; only then must the bases be types.
            let base_types: Vec<Obj> = items.iter().map(|b| vm.class_of(b).clone()).collect();
            vm.winning_metaclass(&meta, base_types)?;
            let mut out = Vec::new();
            for item in items.iter() {
                match item {
                    Value::Obj(o) if is_type(item) => out.push(o.clone()),
                    _ => return Err(vm.type_error("bases must be types")),
                }
            }
            out
        }
        _ => {
            let tn = vm.type_name(&args[2]);
            return Err(vm.type_error(format!("type.__new__() argument 2 must be tuple, not {tn}")));
        }
    };
    let Some(Payload::Dict(_)) = args[3].payload() else {
        let tn = vm.type_name(&args[3]);
        return Err(vm.type_error(format!("type.__new__() argument 3 must be dict, not {tn}")));
    };
    let ns = args[3].as_obj().cloned().expect("checked dict");
    let meta = vm.calculate_metaclass(&meta, &bases)?;
    let ty = vm.new_class(&meta, &name, bases, &ns, kwargs)?;
    Ok(Value::Obj(ty))
}

fn type_init(_vm: &mut Vm, _args: &[Value], _kwargs: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn type_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Obj(ty)) = args.first() else {
        return Err(vm.type_error("expected a type"));
    };
    let ty = ty.clone();
    let module = type_module(vm, &ty)?;
    let qualname = data(&ty).qualname.borrow().clone();
    let text = match module {
        Some(m) if m != "builtins" => format!("<class '{m}.{qualname}'>"),
        _ => format!("<class '{qualname}'>"),
    };
    Ok(vm.new_str(text))
}

/// `__module__` of a type: from its dict for classes, "builtins" else.
pub fn type_module(vm: &mut Vm, ty: &Obj) -> PyResult<Option<String>> {
    if data(ty).has_flag(TypeFlags::HEAPTYPE) {
        if let Some(dict) = &ty.dict {
            let dict = dict.clone();
            if let Some(m) = crate::types::dict::dict_get_str(vm, &dict, "__module__")? {
                return Ok(crate::types::str::as_str(&m).map(str::to_string));
            }
        }
        return Ok(None);
    }
    Ok(Some(builtin_module_of(&type_name(ty)).to_string()))
}

/// The module CPython reports for built-in types that live elsewhere.
fn builtin_module_of(name: &str) -> &'static str {
    match name {
        "function"
        | "builtin_function_or_method"
        | "method_descriptor"
        | "classmethod_descriptor"
        | "method"
        | "code"
        | "cell"
        | "module"
        | "getset_descriptor"
        | "member_descriptor"
        | "NoneType"
        | "NotImplementedType"
        | "ellipsis"
        | "generator"
        | "coroutine"
        | "async_generator"
        | "mappingproxy"
        | "traceback"
        | "frame"
        | "dict_keys"
        | "dict_values"
        | "dict_items" => "builtins",
        "TextIOWrapper" | "BufferedReader" | "BufferedWriter" | "UnsupportedOperation" => "_io",
        "UnionType" | "GenericAlias" => "types",
        _ => "builtins",
    }
}

fn type_mro(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Obj(ty)) = args.first() else {
        return Err(vm.type_error("expected a type"));
    };
    let items: Vec<Value> = mro(ty).into_iter().map(Value::Obj).collect();
    Ok(vm.new_list(items))
}

fn type_subclasses(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Obj(ty)) = args.first() else {
        return Err(vm.type_error("expected a type"));
    };
    let items: Vec<Value> = data(ty).subclasses.borrow().iter().filter_map(|w| w.upgrade()).map(Value::Obj).collect();
    Ok(vm.new_list(items))
}

fn type_instancecheck(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error("__instancecheck__() takes exactly one argument"));
    }
    let Value::Obj(ty) = &args[0] else {
        return Ok(Value::FALSE);
    };
    let real = vm.is_instance(&args[1], ty);
    if real {
        return Ok(Value::TRUE);
    }
    // An object whose __class__ claims the type also counts.
    let class_name = vm.names.__class__.clone();
    if let Ok(Value::Obj(c)) = crate::protocol::attr::get_attr(vm, &args[1], &class_name) {
        if is_type(&Value::Obj(c.clone())) && is_subtype(&c, ty) {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn type_subclasscheck(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error("__subclasscheck__() takes exactly one argument"));
    }
    match (&args[0], &args[1]) {
        (Value::Obj(a), Value::Obj(b)) if is_type(&args[1]) => Ok(Value::bool(is_subtype(b, a))),
        _ => Err(vm.type_error("issubclass() arg 1 must be a class")),
    }
}

fn type_prepare(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Obj(vm.new_dict()))
}

fn type_or(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::types::object::make_union(vm, args)
}

fn type_dir(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Obj(ty)) = args.first() else {
        return Err(vm.type_error("expected a type"));
    };
    let mut names: Vec<Value> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for class in mro(ty) {
        if let Some(dict) = &class.dict {
            for (k, _) in crate::types::dict::dict_items(dict) {
                if let Some(s) = crate::types::str::as_str(&k) {
                    if seen.insert(s.to_string()) {
                        names.push(k.clone());
                    }
                }
            }
        }
    }
    Ok(vm.new_list(names))
}

/// `type.__setattr__(cls, name, value)`: what a metaclass's own
/// `__setattr__` reaches through super(); the type's caches see it.
fn type_setattr_method(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::protocol::args::check_positional(vm, "__setattr__", &a[1..], 2, 2)?;
    set_or_delete(vm, "__setattr__", a, Some(a[2].clone()))
}

/// `type.__delattr__(cls, name)`.
fn type_delattr_method(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::protocol::args::check_positional(vm, "__delattr__", &a[1..], 1, 1)?;
    set_or_delete(vm, "__delattr__", a, None)
}

fn set_or_delete(vm: &mut Vm, method: &str, a: &[Value], value: Option<Value>) -> PyResult<Value> {
    let (Value::Obj(ty), Value::Obj(name)) = (&a[0], &a[1]) else {
        return Err(vm.type_error("attribute name must be string"));
    };
    if !is_type(&a[0]) {
        return Err(vm.type_error(format!("descriptor '{method}' requires a 'type' object")));
    }
    crate::protocol::attr::type_setattr(vm, ty, name, value)?;
    Ok(Value::None)
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.type_.clone();
    vm.add_method(&t, "__call__", type_call_method);
    vm.add_staticmethod(&t, "__new__", type_new);
    vm.add_method(&t, "__init__", type_init);
    vm.add_method(&t, "__repr__", type_repr);
    vm.add_method(&t, "__setattr__", type_setattr_method);
    vm.add_method(&t, "__delattr__", type_delattr_method);
    vm.add_method(&t, "mro", type_mro);
    vm.add_method(&t, "__subclasses__", type_subclasses);
    vm.add_method(&t, "__instancecheck__", type_instancecheck);
    vm.add_method(&t, "__subclasscheck__", type_subclasscheck);
    // `type[int]` (PEP 585).
    vm.add_classmethod(&t, "__class_getitem__", crate::types::object::class_getitem);
    vm.add_classmethod(&t, "__prepare__", type_prepare);
    vm.add_method(&t, "__or__", type_or);
    vm.add_method(&t, "__ror__", type_or);
    vm.add_method(&t, "__dir__", type_dir);
    crate::types::descriptors::add_getset_rw(
        vm,
        &t,
        "__name__",
        |vm, v| {
            // Internal names may be dotted ("module.Name"); __name__ is the last part.
            let name = v.as_obj().map(type_name).unwrap_or_default();
            Ok(vm.new_str(name.rsplit('.').next().unwrap_or_default()))
        },
        |vm, v, new| {
            let Some(Value::Obj(ty)) = Some(v) else {
                return Ok(());
            };
            match new.as_ref().and_then(crate::types::str::as_str) {
                Some(s) => {
                    *data(ty).name.borrow_mut() = s.to_string();
                    Ok(())
                }
                None => Err(vm.type_error("can only assign string to __name__")),
            }
        },
    );
    crate::types::descriptors::add_getset_rw(
        vm,
        &t,
        "__qualname__",
        |vm, v| {
            let q = v.as_obj().map(|t| data(t).qualname.borrow().clone()).unwrap_or_default();
            Ok(vm.new_str(q))
        },
        |vm, v, new| {
            let Some(Value::Obj(ty)) = Some(v) else {
                return Ok(());
            };
            match new.as_ref().and_then(crate::types::str::as_str) {
                Some(s) => {
                    *data(ty).qualname.borrow_mut() = s.to_string();
                    Ok(())
                }
                None => Err(vm.type_error("can only assign string to __qualname__")),
            }
        },
    );
    crate::types::descriptors::add_getset_rw(
        vm,
        &t,
        "__module__",
        |vm, v| {
            let Some(ty) = v.as_obj() else {
                return Ok(Value::None);
            };
            let ty = ty.clone();
            if data(&ty).has_flag(TypeFlags::HEAPTYPE) {
                if let Some(dict) = &ty.dict {
                    let dict = dict.clone();
                    if let Some(m) = crate::types::dict::dict_get_str(vm, &dict, "__module__")? {
                        return Ok(m);
                    }
                }
                return Ok(vm.new_str("builtins"));
            }
            let m = builtin_module_of(&type_name(&ty));
            Ok(vm.new_str(m))
        },
        |vm, v, new| {
            let ty = heap_type_for_set(vm, v, "__module__")?;
            set_type_dict_item(vm, &ty, "__module__", new)
        },
    );
    crate::types::descriptors::add_getset_rw(
        vm,
        &t,
        "__bases__",
        |vm, v| {
            let items: Vec<Value> = v
                .as_obj()
                .map(|t| data(t).bases.borrow().iter().cloned().map(Value::Obj).collect())
                .unwrap_or_default();
            Ok(vm.new_tuple(items))
        },
        |vm, v, new| {
            let ty = heap_type_for_set(vm, v, "__bases__")?;
            let name = type_name(&ty);
            let Some(new) = new else {
                return Err(vm.type_error(format!("cannot delete '__bases__' attribute of immutable type '{name}'")));
            };
            set_bases(vm, &ty, &new)
        },
    );
    add_getset(vm, &t, "__base__", |_vm, v| {
        Ok(v.as_obj().and_then(|t| data(t).bases.borrow().first().cloned()).map(Value::Obj).unwrap_or(Value::None))
    });
    add_getset(vm, &t, "__mro__", |vm, v| {
        let items: Vec<Value> = v.as_obj().map(|t| mro(t).into_iter().map(Value::Obj).collect()).unwrap_or_default();
        Ok(vm.new_tuple(items))
    });
    add_getset(vm, &t, "__text_signature__", |vm, v| {
        let Some(ty) = v.as_obj().filter(|t| !data(t).has_flag(TypeFlags::HEAPTYPE)) else {
            return Ok(Value::None);
        };
        let doc = crate::builtins::docs::type_doc(&type_name(ty));
        Ok(match doc.and_then(|d| crate::types::builtin_function::split_doc(d).0) {
            Some(sig) => vm.new_str(sig),
            None => Value::None,
        })
    });
    add_getset(vm, &t, "__dict__", |_vm, v| match v.as_obj().and_then(|t| t.dict.clone()) {
        Some(d) => Ok(Value::Obj(Object::builtin(Payload::MappingProxy(d)))),
        None => Ok(Value::None),
    });
    crate::types::descriptors::add_getset_rw(
        vm,
        &t,
        "__doc__",
        |vm, v| {
            let Some(ty) = v.as_obj() else {
                return Ok(Value::None);
            };
            let ty = ty.clone();
            if let Some(dict) = &ty.dict {
                let dict = dict.clone();
                if let Some(doc) = crate::types::dict::dict_get_str(vm, &dict, "__doc__")? {
                    return crate::protocol::attr::bind_descriptor(vm, doc, Value::None, Value::Obj(ty.clone()));
                }
            }
            Ok(Value::None)
        },
        |vm, v, new| {
            let ty = heap_type_for_set(vm, v, "__doc__")?;
            set_type_dict_item(vm, &ty, "__doc__", new)
        },
    );
    crate::types::descriptors::add_getset_rw(
        vm,
        &t,
        "__abstractmethods__",
        |vm, v| {
            let Some(ty) = v.as_obj() else {
                return Ok(Value::None);
            };
            if let Some(dict) = &ty.dict {
                let dict = dict.clone();
                if let Some(a) = crate::types::dict::dict_get_str(vm, &dict, "__abstractmethods__")? {
                    return Ok(a);
                }
            }
            Err(vm.attribute_error("__abstractmethods__"))
        },
        |vm, v, new| {
            // abc.ABCMeta sets it after creating the class; the ABSTRACT
            // flag follows it.
            let ty = heap_type_for_set(vm, v, "__abstractmethods__")?;
            let abstract_ = match &new {
                Some(value) => vm.truthy(value)?,
                None => false,
            };
            set_type_dict_item(vm, &ty, "__abstractmethods__", new)?;
            let td = data(&ty);
            let flags =
                if abstract_ { td.flags.get() | TypeFlags::ABSTRACT } else { td.flags.get() & !TypeFlags::ABSTRACT };
            td.flags.set(flags);
            Ok(())
        },
    );
}

/// The class whose special attribute is being set; only classes made by
/// Python code may change, as in CPython.
/// `cls.__bases__ = (...)`: new bases, the MRO recomputed for the class
/// and every subclass.
fn set_bases(vm: &mut Vm, ty: &Obj, new: &Value) -> PyResult<()> {
    let name = type_name(ty);
    let Some(items) = crate::types::tuple::items(new) else {
        let tn = vm.type_name(new);
        return Err(vm.type_error(format!("can only assign tuple to {name}.__bases__, not {tn}")));
    };
    if items.is_empty() {
        return Err(vm.type_error(format!("can only assign non-empty tuple to {name}.__bases__, not ()")));
    }
    let mut bases = Vec::with_capacity(items.len());
    for item in items.iter() {
        match item.as_obj().filter(|o| matches!(o.payload, Payload::Type(_))) {
            Some(base) if is_subtype(base, ty) => {
                return Err(vm.type_error("a __bases__ item causes an inheritance cycle"));
            }
            Some(base) => bases.push(base.clone()),
            None => {
                let tn = vm.type_name(item);
                return Err(vm.type_error(format!("{name}.__bases__ must be tuple of classes, not '{tn}'")));
            }
        }
    }
    let new_mro = compute_mro(ty, &bases).map_err(|e| vm.type_error(e))?;
    let old_bases = std::mem::replace(&mut *data(ty).bases.borrow_mut(), bases.clone());
    for base in &old_bases {
        data(base).subclasses.borrow_mut().retain(|w| w.upgrade().is_some_and(|s| !Obj::ptr_eq(&s, ty)));
    }
    for base in &bases {
        data(base).subclasses.borrow_mut().push(Obj::downgrade(ty));
    }
    *data(ty).mro.borrow_mut() = new_mro;
    refresh_subclass_mros(ty);
    type_modified(ty);
    Ok(())
}

/// Recomputes the MROs below a class whose bases changed.
fn refresh_subclass_mros(ty: &Obj) {
    let subclasses: Vec<Obj> = data(ty).subclasses.borrow().iter().filter_map(WeakObj::upgrade).collect();
    for sub in subclasses {
        let bases = data(&sub).bases.borrow().clone();
        if let Ok(m) = compute_mro(&sub, &bases) {
            *data(&sub).mro.borrow_mut() = m;
        }
        refresh_subclass_mros(&sub);
    }
}

fn heap_type_for_set(vm: &mut Vm, v: &Value, attr: &str) -> PyResult<Obj> {
    let Some(ty) = v.as_obj().cloned() else {
        return Err(vm.type_error("expected a type"));
    };
    let td = data(&ty);
    if !td.has_flag(TypeFlags::HEAPTYPE) || td.has_flag(TypeFlags::IMMUTABLE) {
        let tn = type_name(&ty);
        return Err(vm.type_error(format!("cannot set '{attr}' attribute of immutable type '{tn}'")));
    }
    Ok(ty)
}

/// Sets (or with None deletes) an entry of a class's dict.
fn set_type_dict_item(vm: &mut Vm, ty: &Obj, name: &str, value: Option<Value>) -> PyResult<()> {
    let Some(dict) = ty.dict.clone() else {
        return Ok(());
    };
    match value {
        Some(v) => vm.dict_set_str(&dict, name, v)?,
        None => {
            let key = vm.new_str(name);
            let _ = crate::types::dict::dict_del(vm, &dict, &key);
        }
    }
    type_modified(ty);
    Ok(())
}

/// `__or__` of unions and aliases.
pub fn union_or(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::types::object::make_union(vm, args)
}

/// Whether `ty`'s own dict has the (str) key `name`.
fn has_own(ty: &Obj, name: &Obj) -> bool {
    ty.dict.as_ref().and_then(crate::types::dict::table).is_some_and(|t| t.borrow().get_str(name).is_some())
}

/// `instance.__dict__` for classes whose instances have one.
/// `obj.__dict__ = mapping`: the instance keeps its own dict object and
/// takes the mapping's items (ferropy's objects own their dict, so the
/// new dict is copied in rather than shared).
fn set_instance_dict(vm: &mut Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let Some(value) = value else {
        return Err(vm.type_error("cannot delete __dict__"));
    };
    if !matches!(value.payload(), Some(Payload::Dict(_))) {
        let tn = vm.type_name(&value);
        return Err(vm.type_error(format!("__dict__ must be set to a dictionary, not a '{tn}'")));
    }
    let Some(own) = v.as_obj().and_then(|o| o.dict.clone()) else {
        let tn = vm.type_name(v);
        return Err(vm.attribute_error(format!("'{tn}' object has no attribute '__dict__'")));
    };
    if let Value::Obj(new) = &value {
        if Obj::ptr_eq(new, &own) {
            return Ok(());
        }
    }
    crate::types::dict::replace_contents(&own, value.as_obj().expect("a dict"));
    Ok(())
}

fn instance_dict(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.as_obj().and_then(|o| o.dict.clone()) {
        Some(d) => Ok(Value::Obj(d)),
        None => {
            let tn = vm.type_name(v);
            Err(vm.attribute_error(format!("'{tn}' object has no attribute '__dict__'")))
        }
    }
}
