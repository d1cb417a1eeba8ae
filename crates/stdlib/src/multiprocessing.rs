//! `_multiprocessing`: the semaphore under multiprocessing's locks
//! (lib/multiprocessing/synchronize.py), as CPython's module of that name.
//!
//! A `SemLock` is a POSIX named semaphore (`sem_open`), so it works across
//! processes: a forked child shares the parent's, and a spawned child
//! opens it again by name (`_rebuild`). Kind RECURSIVE_MUTEX is an RLock
//! (its owner thread may take it again; `count` says how often), kind
//! SEMAPHORE a counting semaphore. A thread waits with the GIL released;
//! the main thread waits in short slices so that Ctrl-C raises there.

use std::cell::Cell;
use std::ffi::CString;
use std::time::{Duration, Instant};

use ferropy_runtime::gil;
use ferropy_runtime::object::{NativeData, Payload};
use ferropy_runtime::protocol::args;
use ferropy_runtime::types::builtin_function::{KwArgs, NativeFn};
use ferropy_runtime::types::descriptors::add_getset;
use ferropy_runtime::{Obj, PyResult, Value, Vm};

use crate::native_class;

const RECURSIVE_MUTEX: i64 = 0;
const SEMAPHORE: i64 = 1;
/// The largest value a semaphore may hold (Linux's SEM_VALUE_MAX).
const SEM_VALUE_MAX: i64 = i32::MAX as i64;
/// How long the main thread waits before looking for a signal.
const SIGNAL_SLICE: Duration = Duration::from_millis(20);

struct SemLock {
    /// The `sem_t*` from sem_open, as an address (valid for the life of
    /// this object in this process and in forked children).
    handle: usize,
    kind: i64,
    maxvalue: i64,
    name: Option<String>,
    /// How often the owning thread holds it (RLocks), or has taken it.
    count: Cell<u64>,
    /// The thread that last took it.
    last_thread: Cell<u64>,
}

impl NativeData for SemLock {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl Drop for SemLock {
    fn drop(&mut self) {
        // SAFETY: `handle` came from sem_open and is closed once, here.
        unsafe { libc::sem_close(self.handle as *mut libc::sem_t) };
    }
}

impl SemLock {
    fn sem(&self) -> *mut libc::sem_t {
        self.handle as *mut libc::sem_t
    }

    fn is_mine(&self) -> bool {
        self.count.get() > 0 && self.last_thread.get() == gil::thread_ident()
    }

    fn value(&self) -> i64 {
        let mut v: libc::c_int = 0;
        // SAFETY: the semaphore is open; `v` is a writable int.
        unsafe { libc::sem_getvalue(self.sem(), &mut v) };
        v as i64
    }
}

fn state<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a SemLock> {
    native_class::state::<SemLock>(vm, v, "_multiprocessing", "SemLock")
}

fn os_error(vm: &mut Vm) -> ferropy_runtime::PyErr {
    ferropy_runtime::types::file::os_error_from(vm, &std::io::Error::last_os_error(), None)
}

fn c_name(vm: &mut Vm, v: &Value) -> PyResult<CString> {
    let name = vm.str_string(v)?;
    CString::new(name).map_err(|_| vm.value_error("embedded null character"))
}

fn new_semlock(vm: &mut Vm, cls: &Obj, data: SemLock) -> Value {
    Value::Obj(ferropy_runtime::types::object::alloc_instance(vm, cls, Payload::Native(Box::new(data))))
}

/// `SemLock(kind, value, maxvalue, name, unlink)`.
fn semlock_new(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = a.first() else {
        return Err(vm.type_error("SemLock.__new__(X): X is not a type object"));
    };
    let p = args::parse(vm, "SemLock", &a[1..], kw, &["kind", "value", "maxvalue", "name", "unlink"], 5)?;
    let kind = ferropy_runtime::protocol::number::index_i64(vm, &p[0])?;
    let value = ferropy_runtime::protocol::number::index_i64(vm, &p[1])?;
    let maxvalue = ferropy_runtime::protocol::number::index_i64(vm, &p[2])?;
    let unlink = vm.truthy(&p[4])?;
    if kind != RECURSIVE_MUTEX && kind != SEMAPHORE {
        return Err(vm.value_error("unrecognized kind"));
    }
    if !(0..=SEM_VALUE_MAX).contains(&value) {
        return Err(vm.value_error("invalid value"));
    }
    let name = c_name(vm, &p[3])?;
    // SAFETY: `name` is a NUL-terminated string; O_CREAT|O_EXCL with a
    // mode and an initial value is sem_open's four-argument form.
    let sem = unsafe {
        libc::sem_open(name.as_ptr(), libc::O_CREAT | libc::O_EXCL, 0o600 as libc::c_uint, value as libc::c_uint)
    };
    if sem == libc::SEM_FAILED {
        return Err(os_error(vm));
    }
    if unlink {
        // SAFETY: unlinking a name; the open semaphore stays usable.
        unsafe { libc::sem_unlink(name.as_ptr()) };
    }
    let name = (!unlink).then(|| name.to_string_lossy().into_owned());
    let data = SemLock { handle: sem as usize, kind, maxvalue, name, count: Cell::new(0), last_thread: Cell::new(0) };
    Ok(new_semlock(vm, cls, data))
}

/// `SemLock._rebuild(handle, kind, maxvalue, name)`: the semaphore again
/// in a spawned child (opened by name).
fn semlock_rebuild(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "_rebuild", a, 5, 5)?;
    let Value::Obj(cls) = &a[0] else {
        return Err(vm.type_error("_rebuild() needs a class"));
    };
    let kind = ferropy_runtime::protocol::number::index_i64(vm, &a[2])?;
    let maxvalue = ferropy_runtime::protocol::number::index_i64(vm, &a[3])?;
    if a[4].is_none() {
        return Err(vm.value_error("cannot rebuild a SemLock whose name was unlinked"));
    }
    let name = c_name(vm, &a[4])?;
    // SAFETY: opening an existing semaphore by a NUL-terminated name.
    let sem = unsafe { libc::sem_open(name.as_ptr(), 0) };
    if sem == libc::SEM_FAILED {
        return Err(os_error(vm));
    }
    let data = SemLock {
        handle: sem as usize,
        kind,
        maxvalue,
        name: Some(name.to_string_lossy().into_owned()),
        count: Cell::new(0),
        last_thread: Cell::new(0),
    };
    Ok(new_semlock(vm, cls, data))
}

/// What one wait on the semaphore came to.
enum Wait {
    Taken,
    TimedOut,
    Interrupted,
    Failed(std::io::Error),
}

/// Waits until `deadline` (or for ever), with the GIL released; the main
/// thread returns `Interrupted` when a signal is pending.
fn wait(vm: &mut Vm, handle: usize, deadline: Option<Instant>) -> Wait {
    let interrupt = vm.is_main_thread.then(|| vm.interrupt.clone());
    vm.allow_threads(move || loop {
        if interrupt.as_ref().is_some_and(|f| f.load(std::sync::atomic::Ordering::Relaxed)) {
            return Wait::Interrupted;
        }
        let now = Instant::now();
        let mut slice = match deadline {
            Some(d) if d <= now => Duration::ZERO,
            Some(d) => d - now,
            None => Duration::from_secs(3600),
        };
        if interrupt.is_some() {
            slice = slice.min(SIGNAL_SLICE);
        }
        // sem_timedwait takes an absolute CLOCK_REALTIME time.
        let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
        // SAFETY: `ts` is a writable timespec.
        unsafe { libc::clock_gettime(libc::CLOCK_REALTIME, &mut ts) };
        let nanos = ts.tv_nsec + slice.subsec_nanos() as libc::c_long;
        ts.tv_sec += slice.as_secs() as libc::time_t + (nanos / 1_000_000_000) as libc::time_t;
        ts.tv_nsec = (nanos % 1_000_000_000) as _;
        // SAFETY: the semaphore is open (its SemLock is alive: the caller
        // holds a reference); `ts` is a valid timespec.
        let r = unsafe { libc::sem_timedwait(handle as *mut libc::sem_t, &ts) };
        if r == 0 {
            return Wait::Taken;
        }
        let err = std::io::Error::last_os_error();
        match err.raw_os_error() {
            Some(libc::ETIMEDOUT) => {
                if deadline.is_some_and(|d| Instant::now() >= d) {
                    return Wait::TimedOut;
                }
            }
            Some(libc::EINTR) => {}
            _ => return Wait::Failed(err),
        }
    })
}

fn semlock_acquire(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = args::parse(vm, "acquire", &a[1..], kw, &["block", "timeout"], 0)?;
    let block = if p[0].is_undef() { true } else { vm.truthy(&p[0])? };
    let timeout = match &p[1] {
        Value::Undef | Value::None => None,
        v => Some(ferropy_runtime::types::float::float_from_value(vm, v)?.max(0.0)),
    };
    acquire(vm, &a[0], block, timeout).map(Value::bool)
}

fn acquire(vm: &mut Vm, this: &Value, block: bool, timeout: Option<f64>) -> PyResult<bool> {
    let lock = state(vm, this)?;
    if lock.kind == RECURSIVE_MUTEX && lock.is_mine() {
        lock.count.set(lock.count.get() + 1);
        return Ok(true);
    }
    let handle = lock.handle;
    // SAFETY: the semaphore is open.
    let mut taken = unsafe { libc::sem_trywait(handle as *mut libc::sem_t) } == 0;
    if !taken && block {
        let deadline = timeout.map(|t| Instant::now() + Duration::from_secs_f64(t));
        loop {
            match wait(vm, handle, deadline) {
                Wait::Taken => {
                    taken = true;
                    break;
                }
                Wait::TimedOut => break,
                Wait::Interrupted => vm.run_pending()?,
                Wait::Failed(e) => return Err(ferropy_runtime::types::file::os_error_from(vm, &e, None)),
            }
        }
    }
    if taken {
        let lock = state(vm, this)?;
        lock.count.set(lock.count.get() + 1);
        lock.last_thread.set(gil::thread_ident());
    }
    Ok(taken)
}

fn semlock_enter(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    acquire(vm, &a[0], true, None).map(Value::bool)
}

fn semlock_release(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let lock = state(vm, &a[0])?;
    if lock.kind == RECURSIVE_MUTEX {
        if !lock.is_mine() {
            let ty = vm.exc.assertion_error.clone();
            let msg = vm.new_str("attempt to release recursive lock not owned by thread");
            return Err(vm.new_exception(&ty, vec![msg]));
        }
        if lock.count.get() > 1 {
            lock.count.set(lock.count.get() - 1);
            return Ok(Value::None);
        }
    } else if lock.value() >= lock.maxvalue {
        return Err(vm.value_error("semaphore or lock released too many times"));
    }
    // SAFETY: the semaphore is open.
    if unsafe { libc::sem_post(lock.sem()) } != 0 {
        return Err(os_error(vm));
    }
    lock.count.set(lock.count.get().saturating_sub(1));
    Ok(Value::None)
}

fn semlock_count(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(state(vm, &a[0])?.count.get() as i64))
}

fn semlock_is_mine(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::bool(state(vm, &a[0])?.is_mine()))
}

fn semlock_get_value(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(state(vm, &a[0])?.value()))
}

fn semlock_is_zero(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::bool(state(vm, &a[0])?.value() == 0))
}

/// In a forked child no thread holds what the parent's threads held.
fn semlock_after_fork(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    state(vm, &a[0])?.count.set(0);
    Ok(Value::None)
}

fn sem_unlink(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "sem_unlink", a)?;
    let name = c_name(vm, &v)?;
    // SAFETY: unlinking a semaphore by a NUL-terminated name.
    if unsafe { libc::sem_unlink(name.as_ptr()) } != 0 {
        return Err(os_error(vm));
    }
    Ok(Value::None)
}

pub fn make_module(vm: &mut Vm) -> PyResult<Obj> {
    let functions: &[(&str, NativeFn)] = &[("sem_unlink", sem_unlink)];
    let module = ferropy_runtime::types::module::new_native_module(vm, "_multiprocessing", functions)?;
    let dict = module.dict.clone().expect("a module has a dict");
    let methods: &[(&'static str, NativeFn)] = &[
        ("acquire", semlock_acquire),
        ("release", semlock_release),
        ("__enter__", semlock_enter),
        ("__exit__", semlock_release),
        ("_count", semlock_count),
        ("_is_mine", semlock_is_mine),
        ("_get_value", semlock_get_value),
        ("_is_zero", semlock_is_zero),
        ("_after_fork", semlock_after_fork),
    ];
    let cls = native_class::add_class_with_slots(vm, "_multiprocessing", &dict, "SemLock", methods, &["__weakref__"])?;
    vm.add_staticmethod(&cls, "__new__", semlock_new);
    vm.add_classmethod(&cls, "_rebuild", semlock_rebuild);
    add_getset(vm, &cls, "handle", |vm, v| Ok(Value::Int(state(vm, v)?.handle as i64)));
    add_getset(vm, &cls, "kind", |vm, v| Ok(Value::Int(state(vm, v)?.kind)));
    add_getset(vm, &cls, "maxvalue", |vm, v| Ok(Value::Int(state(vm, v)?.maxvalue)));
    add_getset(vm, &cls, "name", |vm, v| {
        Ok(match state(vm, v)?.name.clone() {
            Some(n) => vm.new_str(n),
            None => Value::None,
        })
    });
    vm.set_attr_str(&Value::Obj(cls), "SEM_VALUE_MAX", Value::Int(SEM_VALUE_MAX))?;
    let flags = vm.new_dict();
    vm.dict_set_str(&dict, "flags", Value::Obj(flags))?;
    Ok(module)
}
