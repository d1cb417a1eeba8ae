//! Heap objects: one header (class, instance dict, flags) and a payload.
//!
//! Objects are reference counted (`Rc`): the last reference going frees the
//! object at once, as in CPython. This module owns the rules around that:
//! - containers are registered with the cycle collector (`gc.rs`) when made;
//! - freeing a deeply nested structure does not recurse without bound: past
//!   a fixed depth, payloads are queued and freed iteratively (CPython calls
//!   this the trashcan);
//! - an object whose class defines `__del__` is not freed on the spot: its
//!   contents move to a fresh object that is queued, and the interpreter
//!   calls `__del__` on it at its next safe point (`take_pending_finalizers`).
//!
//! `Obj` and `PyCell` are the only names the rest of the runtime uses for
//! shared ownership and interior mutability, so that a free-threaded build
//! can swap them for atomic and locked versions in one place.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};
use std::sync::atomic::{AtomicBool, Ordering};

use num_bigint::BigInt;

use crate::gil::GilLocal;
use crate::types::builtin_function::BuiltinFunction;
use crate::types::code::Code;
use crate::types::complex::Complex;
use crate::types::descriptors::{GetSetDescr, MemberDescr, PropertyData};
use crate::types::dict::DictTable;
use crate::types::exceptions::ExceptionData;
use crate::types::function::Function;
use crate::types::generator::GeneratorData;
use crate::types::iterators::IterState;
use crate::types::list::ListStorage;
use crate::types::module::ModuleData;
use crate::types::range::RangeData;
use crate::types::set::SetTable;
use crate::types::str::PyStr;
use crate::types::super_::SuperData;
use crate::types::traceback::TracebackData;
use crate::types::type_::TypeData;
use crate::types::views::ViewKind;
use crate::types::weakref::WeakRefData;
use crate::value::Value;

/// A strong reference to a heap object.
pub type Obj = Rc<Object>;
/// A weak reference to a heap object.
pub type WeakObj = Weak<Object>;
/// Interior mutability for object contents. Borrows are always short and
/// never held across a call back into Python code.
pub type PyCell<T> = RefCell<T>;

/// Extension payloads for types defined outside the runtime (the native
/// standard library modules).
pub trait NativeData: std::any::Any {
    fn as_any(&self) -> &dyn std::any::Any;
    /// Visit every object this value references (for the cycle collector).
    fn trace(&self, _visit: &mut dyn FnMut(&Obj)) {}
    /// Drop references to break a cycle.
    fn clear(&self) {}
    /// The memory this object lends to views (the buffer protocol), if
    /// it has any: memoryview reads and writes it in place.
    fn buffer(&self) -> Option<&dyn Buffer> {
        None
    }
}

/// Memory a native object lends to `memoryview` (the buffer protocol for
/// native types; bytes and bytearray are built in). The memory may go
/// away (a closed mmap): then `len` is 0 and reads see nothing.
pub trait Buffer {
    /// The length of the memory now, in bytes.
    fn buffer_len(&self) -> usize;
    /// Whether views may not write.
    fn buffer_readonly(&self) -> bool;
    /// Calls `f` with the memory.
    fn with_buffer(&self, f: &mut dyn FnMut(&[u8]));
    /// Copies `data` into the memory at `at`; false when it cannot.
    fn write_buffer(&self, at: usize, data: &[u8]) -> bool;
}

pub enum Payload {
    /// An instance of a class with no built-in base (or `object()` itself).
    Instance,
    /// An instance of a class with `__slots__` and no `__dict__`.
    Slots(PyCell<Vec<Value>>),
    /// A big int, or any int-subclass instance.
    Int(BigInt),
    /// A float-subclass instance (exact floats are inline values).
    Float(f64),
    Complex(Complex),
    Str(PyStr),
    Bytes(Box<[u8]>),
    ByteArray(PyCell<Vec<u8>>),
    /// Boxed: the cell and its storage are 40 bytes, and every payload
    /// must stay within 32 (see `layout_tests`).
    List(Box<PyCell<ListStorage>>),
    Tuple(Box<[Value]>),
    // The larger payloads are boxed so that every object stays small: a
    // str or int is not the size of a dict table (see docs/runtime.md).
    Dict(Box<PyCell<DictTable>>),
    Set(Box<PyCell<SetTable>>),
    FrozenSet(Box<PyCell<SetTable>>),
    Range(RangeData),
    Slice(Box<[Value; 3]>),
    Function(Box<Function>),
    Builtin(Box<BuiltinFunction>),
    /// A bound method: function and the instance it is bound to.
    Method(Box<(Value, Value)>),
    Code(Rc<Code>),
    Cell(PyCell<Value>),
    Module(ModuleData),
    Type(Box<TypeData>),
    Property(Box<PropertyData>),
    ClassMethod(PyCell<Value>),
    StaticMethod(PyCell<Value>),
    GetSet(Box<GetSetDescr>),
    Member(Box<MemberDescr>),
    Super(Box<SuperData>),
    Exception(Box<PyCell<ExceptionData>>),
    Generator(Box<GeneratorData>),
    Iterator(Box<PyCell<IterState>>),
    WeakRef(Box<WeakRefData>),
    /// `dict.keys()`, `.values()`, `.items()`: the dict and the kind.
    DictView(Box<(Obj, ViewKind)>),
    /// A read-only view of a mapping (`type.__dict__`).
    MappingProxy(Obj),
    Traceback(Box<TracebackData>),
    NotImplemented,
    Ellipsis,
    Native(Box<dyn NativeData>),
}

/// Header flags.
pub mod flags {
    /// `__del__` has run (or must not run) for this object.
    pub const FINALIZED: u8 = 1;
    /// A weak reference with a callback points here: its death must be
    /// noticed at the next safe point.
    pub const WATCHED: u8 = 2;
    /// May reference other objects, so the cycle collector tracks it
    /// (set once, at allocation).
    pub const TRACKED: u8 = 4;
}

// Field order is fixed so that the class pointer sits next to the
// reference count and the payload's tag: the hot type checks ("an exact
// list?") then touch one cache line, not two (the payload is large, and
// Rust would put the class after it).
#[repr(C)]
pub struct Object {
    /// The class, or `None` for the built-in type of the payload.
    class: Option<Obj>,
    /// The instance `__dict__` (a dict object), if the object has one.
    pub dict: Option<Obj>,
    // A full word, not a byte: with a byte here the payload that follows
    // is copied into a new object through unaligned moves that straddle
    // the stores that built it, which stalls every allocation.
    flags: Cell<usize>,
    pub payload: Payload,
}

// Objects are freed, and `__del__` queued, only by the thread holding
// the GIL, which never lets go of it in the middle of a drop.
static DROP_DEPTH: GilLocal<Cell<usize>> = GilLocal::new(Cell::new(0));
static DEFERRED_DROPS: GilLocal<RefCell<Vec<Payload>>> = GilLocal::new(RefCell::new(Vec::new()));
static PENDING_FINALIZERS: GilLocal<RefCell<Vec<Obj>>> = GilLocal::new(RefCell::new(Vec::new()));
static FINALIZERS_PENDING: GilLocal<Cell<bool>> = GilLocal::new(Cell::new(false));
/// Set by any thread (a waiter for the GIL too), read by the running one.
static BREAKER: AtomicBool = AtomicBool::new(false);

/// Whether the interpreter should stop at its next safe point (a
/// collection is due, objects wait for their `__del__`, or another
/// thread waits for the GIL).
#[inline]
pub fn breaker() -> bool {
    BREAKER.load(Ordering::Relaxed)
}

pub fn set_breaker() {
    BREAKER.store(true, Ordering::SeqCst);
}

pub fn clear_breaker() {
    BREAKER.store(false, Ordering::SeqCst);
}

/// Nesting of drops beyond which payloads are queued instead of dropped.
const MAX_DROP_DEPTH: usize = 100;

impl Object {
    /// Allocates an object and registers it with the cycle collector if
    /// its payload can reference other objects.
    pub fn new(class: Option<Obj>, dict: Option<Obj>, payload: Payload) -> Obj {
        let tracked = class.is_some() || dict.is_some() || payload.may_reference();
        let flags = if tracked { flags::TRACKED as usize } else { 0 };
        let obj = Rc::new(Object { class, dict, flags: Cell::new(flags), payload });
        if tracked {
            crate::gc::track(&obj);
        }
        obj
    }

    /// An exact built-in object: no class pointer, no dict. Inlined: the
    /// payload is then written straight into the new allocation, where a
    /// payload passed to a call is rebuilt in memory and reloaded with a
    /// store-forwarding stall (see vm/stack.rs), and the tracking test
    /// folds away for payloads that never reference objects.
    #[inline(always)]
    pub fn builtin(payload: Payload) -> Obj {
        let tracked = payload.may_reference();
        let flags = if tracked { flags::TRACKED as usize } else { 0 };
        let obj = Rc::new(Object { class: None, dict: None, flags: Cell::new(flags), payload });
        if tracked {
            crate::gc::track(&obj);
        }
        obj
    }

    pub fn class(&self) -> Option<&Obj> {
        self.class.as_ref()
    }

    pub fn has_flag(&self, flag: u8) -> bool {
        self.flags.get() & flag as usize != 0
    }

    pub fn set_flag(&self, flag: u8) {
        self.flags.set(self.flags.get() | flag as usize);
    }

    /// Visits the objects this one references directly.
    pub fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Some(c) = &self.class {
            visit(c);
        }
        if let Some(d) = &self.dict {
            visit(d);
        }
        self.payload.trace(visit);
    }

    /// Drops the references this object holds (for breaking cycles).
    pub fn clear(&self) {
        self.payload.clear();
    }
}

fn trace_value(value: &Value, visit: &mut dyn FnMut(&Obj)) {
    if let Value::Obj(o) = value {
        visit(o);
    }
}

impl Payload {
    /// Whether this payload can hold references to other objects.
    #[inline(always)]
    fn may_reference(&self) -> bool {
        match self {
            Payload::Int(_)
            | Payload::Float(_)
            | Payload::Complex(_)
            | Payload::Str(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
            | Payload::Range(_)
            | Payload::Code(_)
            | Payload::NotImplemented
            | Payload::Ellipsis
            | Payload::GetSet(_)
            | Payload::Member(_)
            | Payload::Instance => false,
            // A tuple of atoms cannot be part of a cycle. Its elements were
            // judged when they were made: no walk down nested tuples (that
            // made building `t = (t,)` chains quadratic).
            Payload::Tuple(items) => items.iter().any(|v| matches!(v, Value::Obj(o) if o.has_flag(flags::TRACKED))),
            _ => true,
        }
    }

    pub fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        match self {
            Payload::Slots(values) => {
                if let Ok(values) = values.try_borrow() {
                    values.iter().for_each(|v| trace_value(v, visit));
                }
            }
            Payload::List(list) => {
                if let Ok(list) = list.try_borrow() {
                    list.trace(visit);
                }
            }
            Payload::Tuple(items) => items.iter().for_each(|v| trace_value(v, visit)),
            Payload::Dict(dict) => {
                if let Ok(dict) = dict.try_borrow() {
                    dict.trace(visit);
                }
            }
            Payload::Set(set) | Payload::FrozenSet(set) => {
                if let Ok(set) = set.try_borrow() {
                    set.trace(visit);
                }
            }
            Payload::Slice(parts) => parts.iter().for_each(|v| trace_value(v, visit)),
            Payload::Function(f) => f.trace(visit),
            Payload::Builtin(b) => b.trace(visit),
            Payload::Method(m) => {
                trace_value(&m.0, visit);
                trace_value(&m.1, visit);
            }
            Payload::Cell(c) => {
                if let Ok(c) = c.try_borrow() {
                    trace_value(&c, visit);
                }
            }
            Payload::Module(m) => m.trace(visit),
            Payload::Type(t) => t.trace(visit),
            Payload::Property(p) => p.trace(visit),
            Payload::ClassMethod(f) | Payload::StaticMethod(f) => {
                if let Ok(f) = f.try_borrow() {
                    trace_value(&f, visit);
                }
            }
            Payload::Super(s) => s.trace(visit),
            Payload::Exception(e) => {
                if let Ok(e) = e.try_borrow() {
                    e.trace(visit);
                }
            }
            Payload::Generator(g) => g.trace(visit),
            Payload::Iterator(it) => {
                if let Ok(it) = it.try_borrow() {
                    it.trace(visit);
                }
            }
            Payload::WeakRef(w) => w.trace(visit),
            Payload::DictView(v) => visit(&v.0),
            Payload::MappingProxy(m) => visit(m),
            Payload::Traceback(t) => t.trace(visit),
            Payload::Native(n) => n.trace(visit),
            _ => {}
        }
    }

    pub fn clear(&self) {
        match self {
            Payload::Slots(values) => {
                if let Ok(mut v) = values.try_borrow_mut() {
                    let old = std::mem::take(&mut *v);
                    drop(v);
                    drop(old);
                }
            }
            Payload::List(list) => {
                let old = list.try_borrow_mut().map(|mut l| std::mem::take(&mut *l));
                drop(old);
            }
            Payload::Dict(dict) => {
                let old = dict.try_borrow_mut().map(|mut d| std::mem::take(&mut *d));
                drop(old);
            }
            Payload::Set(set) | Payload::FrozenSet(set) => {
                let old = set.try_borrow_mut().map(|mut s| std::mem::take(&mut *s));
                drop(old);
            }
            Payload::Function(f) => f.clear(),
            Payload::Cell(c) => {
                let old = c.try_borrow_mut().map(|mut v| std::mem::take(&mut *v));
                drop(old);
            }
            Payload::Module(m) => m.clear(),
            Payload::Type(t) => t.clear(),
            Payload::Property(p) => p.clear(),
            Payload::ClassMethod(f) | Payload::StaticMethod(f) => {
                let old = f.try_borrow_mut().map(|mut v| std::mem::take(&mut *v));
                drop(old);
            }
            Payload::Exception(e) => {
                let old = e.try_borrow_mut().map(|mut e| e.take_references());
                drop(old);
            }
            Payload::Generator(g) => g.clear(),
            Payload::Iterator(it) => {
                let old = it.try_borrow_mut().map(|mut i| std::mem::take(&mut *i));
                drop(old);
            }
            Payload::Native(n) => n.clear(),
            _ => {}
        }
    }
}

impl Drop for Object {
    fn drop(&mut self) {
        if self.has_flag(flags::WATCHED) {
            // Weak references with callbacks point here (their `Weak`s
            // keep this address from reuse until they are gone).
            crate::types::weakref::note_death(self as *const Object as usize);
            set_breaker();
        }
        let needs_finalizer = !self.has_flag(flags::FINALIZED)
            && (self.class.as_ref().is_some_and(crate::types::type_::has_del)
                || matches!(&self.payload, Payload::Generator(g) if g.needs_finalizer()));
        if needs_finalizer {
            // Resurrect the contents into a new object for `__del__` to see.
            let payload = std::mem::replace(&mut self.payload, Payload::Instance);
            let revived = Rc::new(Object {
                class: self.class.take(),
                dict: self.dict.take(),
                flags: Cell::new(flags::FINALIZED as usize | (self.flags.get() & flags::TRACKED as usize)),
                payload,
            });
            PENDING_FINALIZERS.with(|p| p.borrow_mut().push(revived));
            FINALIZERS_PENDING.with(|f| f.set(true));
            set_breaker();
            return;
        }
        let depth = DROP_DEPTH.with(|d| d.get());
        let payload = std::mem::replace(&mut self.payload, Payload::Instance);
        if depth >= MAX_DROP_DEPTH {
            DEFERRED_DROPS.with(|q| q.borrow_mut().push(payload));
            if let Some(dict) = self.dict.take() {
                DEFERRED_DROPS.with(|q| q.borrow_mut().push(Payload::Tuple(Box::new([Value::Obj(dict)]))));
            }
            return;
        }
        DROP_DEPTH.with(|d| d.set(depth + 1));
        drop(payload);
        drop(self.dict.take());
        drop(self.class.take());
        DROP_DEPTH.with(|d| d.set(depth));
        if depth == 0 {
            // Free what deeper drops queued, one payload at a time.
            loop {
                let next = DEFERRED_DROPS.with(|q| q.borrow_mut().pop());
                let Some(payload) = next else { break };
                DROP_DEPTH.with(|d| d.set(1));
                drop(payload);
                DROP_DEPTH.with(|d| d.set(0));
            }
        }
    }
}

/// Whether objects are waiting for their `__del__` to run.
pub fn finalizers_pending() -> bool {
    FINALIZERS_PENDING.with(|f| f.get())
}

/// Takes the objects waiting for their `__del__`.
pub fn take_pending_finalizers() -> Vec<Obj> {
    FINALIZERS_PENDING.with(|f| f.set(false));
    PENDING_FINALIZERS.with(|p| std::mem::take(&mut *p.borrow_mut()))
}

/// Queues an object for finalization (used by the cycle collector).
pub fn queue_finalizer(obj: Obj) {
    PENDING_FINALIZERS.with(|p| p.borrow_mut().push(obj));
    FINALIZERS_PENDING.with(|f| f.set(true));
    set_breaker();
}

#[cfg(test)]
mod layout_tests {
    /// Every object pays for the largest payload, and memory per object is
    /// a product feature (a dict of a million str keys must not outgrow
    /// CPython's): an object with its reference counts must fit mimalloc's
    /// 80-byte size class, so the header plus payload stays at 64 bytes.
    /// Box a payload variant above 32 bytes rather than grow this.
    #[test]
    fn objects_fit_the_80_byte_size_class() {
        assert_eq!(std::mem::size_of::<super::Payload>(), 40);
        assert_eq!(std::mem::size_of::<super::Object>(), 64);
        assert_eq!(std::mem::size_of::<std::rc::Rc<super::Object>>(), 8);
        assert_eq!(std::mem::size_of::<crate::value::Value>(), 16);
    }
}
