//! What all threads of one interpreter share, beyond the objects they
//! reach (types, modules and `sys` are objects every thread's `Vm` holds
//! references to). Each thread's `Vm` is its thread state: frames, the
//! exception being handled, recursion depth. Interpreter-wide state that
//! code without a `Vm` needs (the collector's registry, the type attribute
//! cache, the finalizer queue) lives in `GilLocal` statics instead (see
//! gil.rs); the reference is a thread's `vm.interp`.

use std::cell::Cell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::gil::GilLocal;
use crate::object::{Obj, PyCell};
use crate::value::Value;

use super::signals::Signals;
use super::{EmbeddedLibrary, NativeModuleInit};

#[derive(Default)]
pub struct Interpreter {
    /// Modules written in Rust, made on first import.
    pub native_modules: PyCell<HashMap<String, NativeModuleInit>>,
    /// Where the embedded lib/ sources and their compiled code are found.
    pub embedded: Cell<Option<EmbeddedLibrary>>,
    /// `_bootstrap._find_and_load`, once the import system is loaded.
    pub find_and_load: PyCell<Option<Value>>,
    /// The caught signals and what they do (see `signals`).
    pub signals: PyCell<Signals>,
    /// `sys.addaudithook`'s hooks, called in order by `sys.audit`.
    pub audit_hooks: PyCell<Vec<Value>>,
    /// The state of native modules (the classes they made, settings), one
    /// value per Rust type: see `module_state` in crates/stdlib.
    pub native_state: PyCell<HashMap<std::any::TypeId, Rc<dyn std::any::Any>>>,
}

/// Interned strings: one table for all threads, so an identifier is the
/// same object everywhere.
static INTERNED: GilLocal<PyCell<Option<InternTable>>> = GilLocal::new(PyCell::new(None));

/// Interned names by text. hashbrown's default hasher (foldhash, seeded
/// per process) rather than SipHash: loading a large package interns
/// tens of thousands of names, and SipHash was a tenth of that time.
type InternTable = hashbrown::HashMap<Rc<str>, Obj>;

/// The interned str object for `s`.
pub fn intern(s: &str) -> Obj {
    INTERNED.with(|table| {
        let mut table = table.borrow_mut();
        let table = table.get_or_insert_with(InternTable::default);
        if let Some(obj) = table.get(s) {
            return obj.clone();
        }
        let obj = crate::object::Object::builtin(crate::Payload::Str(crate::types::str::PyStr::new(s.to_string())));
        table.insert(Rc::from(s), obj.clone());
        obj
    })
}

// Read on every call (the recursion check) and by `int` conversions: plain
// atomics, as cheap to read as a field.
static RECURSION_LIMIT: AtomicUsize = AtomicUsize::new(1000);
static INT_MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(4300);

/// `sys.getrecursionlimit()`.
#[inline]
pub fn recursion_limit() -> usize {
    RECURSION_LIMIT.load(Ordering::Relaxed)
}

pub fn set_recursion_limit(limit: usize) {
    RECURSION_LIMIT.store(limit, Ordering::Relaxed);
}

/// `sys.get_int_max_str_digits()`.
pub fn int_max_str_digits() -> usize {
    INT_MAX_STR_DIGITS.load(Ordering::Relaxed)
}

pub fn set_int_max_str_digits(limit: usize) {
    INT_MAX_STR_DIGITS.store(limit, Ordering::Relaxed);
}
