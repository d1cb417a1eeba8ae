//! `weakref.ref` and `weakref.proxy`.
//!
//! A weak reference holds a `Weak` to its referent. Callbacks cannot run
//! inside Rust's drop, so weak references with callbacks are registered
//! by their referent's address (which the `Weak` keeps from being reused
//! while the reference lives); a referent marked WATCHED notes its
//! address as it dies, and the next safe point calls the callbacks of
//! just those referents. The cost is per death, never a scan of every
//! registered reference (a WeakSet of 100,000 tasks stays cheap).

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

use crate::gil::GilLocal;
use crate::object::{Obj, Object, Payload, PyCell, WeakObj};
use crate::types::builtin_function::KwArgs;
use crate::types::Types;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub struct WeakRefData {
    pub target: WeakObj,
    pub callback: PyCell<Value>,
    pub proxy: bool,
    pub hash: Cell<Option<i64>>,
}

impl WeakRefData {
    pub fn class_in<'a>(&self, t: &'a Types) -> &'a Obj {
        if self.proxy {
            &t.weakproxy
        } else {
            &t.weakref
        }
    }

    pub fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Ok(Value::Obj(o)) = self.callback.try_borrow().as_deref() {
            visit(o);
        }
    }

    pub fn get(&self) -> Option<Obj> {
        self.target.upgrade()
    }
}

// The interpreter's weak references with callbacks (any thread's), by
// the address of their referent.
static BY_TARGET: GilLocal<RefCell<BTreeMap<usize, Vec<WeakObj>>>> = GilLocal::new(RefCell::new(BTreeMap::new()));
// Weak references whose referent died since the last safe point, held
// strongly: CPython calls a callback as the referent dies, so a reference
// dropped before the safe point must still have its callback called.
static DUE: GilLocal<RefCell<Vec<Obj>>> = GilLocal::new(RefCell::new(Vec::new()));

/// Called as a WATCHED object dies (Object's drop): its weak references
/// with callbacks become due.
pub fn note_death(address: usize) {
    let refs = BY_TARGET.with(|m| m.try_borrow_mut().ok().and_then(|mut m| m.remove(&address)));
    let Some(refs) = refs else { return };
    DUE.with(|d| {
        if let Ok(mut d) = d.try_borrow_mut() {
            // Newest first, as CPython calls them.
            d.extend(refs.iter().rev().filter_map(WeakObj::upgrade));
        }
    });
}

/// Whether a watched referent died (so the safe point must call back).
pub fn callbacks_due() -> bool {
    DUE.with(|d| d.try_borrow().is_ok_and(|d| !d.is_empty()))
}

/// Calls the callbacks of weak references whose referent has died.
pub fn run_dead_callbacks(vm: &mut Vm) {
    loop {
        let due = DUE.with(|d| std::mem::take(&mut *d.borrow_mut()));
        if due.is_empty() {
            break;
        }
        for r in due {
            let Payload::WeakRef(data) = &r.payload else { continue };
            let cb = std::mem::replace(&mut *data.callback.borrow_mut(), Value::None);
            if !cb.is_none() {
                if let Err(err) = vm.call(&cb, &[Value::Obj(r.clone())]) {
                    vm.report_unraisable(&err, Some(&cb));
                }
            }
        }
    }
}

/// A weak reference found unreachable by the cycle collector loses its
/// callback, as in CPython: garbage is never called back.
pub fn forget_callback(data: &WeakRefData) {
    unregister(data);
    // Dropped outside the borrow: the callback's own drop may run code.
    let _old = data.callback.try_borrow_mut().map(|mut cb| std::mem::replace(&mut *cb, Value::None));
}

/// Takes a reference with a callback out of the registry.
fn unregister(data: &WeakRefData) {
    let has_callback = data.callback.try_borrow().is_ok_and(|c| !c.is_none());
    if has_callback && data.target.strong_count() > 0 {
        let address = data.target.as_ptr() as usize;
        BY_TARGET.with(|m| {
            if let Ok(mut m) = m.try_borrow_mut() {
                if let Some(list) = m.get_mut(&address) {
                    // Keeps the other live references (a dying one no
                    // longer upgrades).
                    list.retain(|w| {
                        w.upgrade()
                            .is_some_and(|o| !matches!(&o.payload, Payload::WeakRef(d) if std::ptr::eq(&**d, data)))
                    });
                    if list.is_empty() {
                        m.remove(&address);
                    }
                }
            }
        });
    }
}

impl Drop for WeakRefData {
    fn drop(&mut self) {
        // A reference with a callback leaves the registry with it.
        unregister(self);
    }
}

pub fn new_weakref(vm: &mut Vm, cls: Option<Obj>, target: &Value, callback: Value, proxy: bool) -> PyResult<Value> {
    let Value::Obj(t) = target else {
        let tn = vm.type_name(target);
        return Err(vm.type_error(format!("cannot create weak reference to '{tn}' object")));
    };
    let builtin_refused = matches!(
        t.payload,
        Payload::Int(_) | Payload::Str(_) | Payload::Tuple(_) | Payload::Bytes(_) | Payload::List(_) | Payload::Dict(_)
    ) && t.class().is_none();
    // Instances of a class whose __slots__ leave out __weakref__ (and no
    // base gives it) cannot be referred to weakly, as in CPython.
    let slotted_refused = t.class().is_some_and(|cls| {
        let td = crate::types::type_::data(cls);
        td.has_flag(crate::types::type_::TypeFlags::HEAPTYPE)
            && td.layout == crate::types::type_::Layout::Object
            && crate::types::type_::lookup(cls, &vm.intern("__weakref__")).is_none()
    });
    if builtin_refused || slotted_refused {
        let tn = vm.type_name(target);
        return Err(vm.type_error(format!("cannot create weak reference to '{tn}' object")));
    }
    let has_callback = !callback.is_none();
    let data = WeakRefData { target: Obj::downgrade(t), callback: PyCell::new(callback), proxy, hash: Cell::new(None) };
    let obj = Object::new(cls, None, Payload::WeakRef(Box::new(data)));
    if has_callback {
        t.set_flag(crate::object::flags::WATCHED);
        let address = Obj::as_ptr(t) as usize;
        BY_TARGET.with(|m| m.borrow_mut().entry(address).or_default().push(Obj::downgrade(&obj)));
    }
    Ok(Value::Obj(obj))
}

fn this<'a>(vm: &mut Vm, a: &'a [Value]) -> PyResult<&'a WeakRefData> {
    match a.first().and_then(|v| v.payload()) {
        Some(Payload::WeakRef(w)) => Ok(w),
        _ => Err(vm.type_error("expected a weak reference")),
    }
}

fn ref_new(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::protocol::args::check_positional(vm, "ref", &a[1..], 1, 2)?;
    let cls = match &a[0] {
        Value::Obj(c) if !Obj::ptr_eq(c, &vm.types.weakref) => Some(c.clone()),
        _ => None,
    };
    new_weakref(vm, cls, &a[1], a.get(2).cloned().unwrap_or(Value::None), false)
}

fn ref_init(_vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn ref_call(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let w = this(vm, a)?;
    Ok(w.get().map(Value::Obj).unwrap_or(Value::None))
}

fn ref_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let w = this(vm, a)?;
    let s = match w.get() {
        Some(t) => {
            let tv = Value::Obj(t);
            let tn = vm.type_name(&tv);
            format!("<weakref at {:#x}; to '{}' at {:#x}>", a[0].id(), tn, tv.id())
        }
        None => format!("<weakref at {:#x}; dead>", a[0].id()),
    };
    Ok(vm.new_str(s))
}

fn ref_hash(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let w = this(vm, a)?;
    if let Some(h) = w.hash.get() {
        return Ok(Value::Int(h));
    }
    match w.get() {
        Some(t) => {
            let h = vm.hash(&Value::Obj(t))?;
            w.hash.set(Some(h));
            Ok(Value::Int(h))
        }
        None => Err(vm.type_error("weak object has gone away")),
    }
}

fn ref_eq(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let w = this(vm, a)?;
    let Some(Payload::WeakRef(o)) = a.get(1).and_then(|v| v.payload()) else {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    };
    match (w.get(), o.get()) {
        (Some(x), Some(y)) => Ok(Value::bool(vm.eq(&Value::Obj(x), &Value::Obj(y))?)),
        _ => Ok(Value::bool(a[0].is(&a[1]))),
    }
}

fn proxy_target(vm: &mut Vm, a: &[Value]) -> PyResult<Value> {
    let w = this(vm, a)?;
    match w.get() {
        Some(t) => Ok(Value::Obj(t)),
        None => {
            let ty = vm.exc.reference_error.clone();
            Err(vm.new_error(&ty, "weakly-referenced object no longer exists"))
        }
    }
}

fn proxy_getattribute(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let target = proxy_target(vm, a)?;
    let name = crate::protocol::args::exactly_one(vm, "__getattribute__", &a[1..])?;
    vm.get_attr_value(&target, &name)
}

fn proxy_setattr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let target = proxy_target(vm, a)?;
    crate::protocol::args::check_positional(vm, "__setattr__", &a[1..], 2, 2)?;
    let Some(name) = a[1].as_obj().cloned() else {
        return Err(vm.type_error("attribute name must be string"));
    };
    crate::protocol::attr::set_attr(vm, &target, &name, a[2].clone())?;
    Ok(Value::None)
}

fn proxy_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let w = this(vm, a)?;
    let s = match w.get() {
        Some(t) => {
            let tv = Value::Obj(t);
            let tn = vm.type_name(&tv);
            format!("<weakproxy at {:#x}; to '{}' at {:#x}>", a[0].id(), tn, tv.id())
        }
        None => format!("<weakproxy at {:#x}; dead>", a[0].id()),
    };
    Ok(vm.new_str(s))
}

fn proxy_str(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let target = proxy_target(vm, a)?;
    let s = vm.str_string(&target)?;
    Ok(vm.new_str(s))
}

fn proxy_call(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let target = proxy_target(vm, a)?;
    vm.call_kw(&target, &a[1..], kwargs)
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.weakref.clone();
    vm.add_classmethod(&t, "__class_getitem__", crate::types::object::class_getitem);
    vm.add_staticmethod(&t, "__new__", ref_new);
    vm.add_method(&t, "__init__", ref_init);
    vm.add_method(&t, "__call__", ref_call);
    vm.add_method(&t, "__repr__", ref_repr);
    vm.add_method(&t, "__hash__", ref_hash);
    vm.add_method(&t, "__eq__", ref_eq);
    crate::types::descriptors::add_getset(vm, &t, "__callback__", |_vm, v| match v.payload() {
        Some(Payload::WeakRef(w)) => Ok(w.callback.borrow().clone()),
        _ => Ok(Value::None),
    });
    let t = vm.types.weakproxy.clone();
    vm.add_method(&t, "__getattribute__", proxy_getattribute);
    vm.add_method(&t, "__setattr__", proxy_setattr);
    vm.add_method(&t, "__repr__", proxy_repr);
    vm.add_method(&t, "__str__", proxy_str);
    vm.add_method(&t, "__call__", proxy_call);
}
