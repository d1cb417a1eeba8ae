//! `_thread`: OS threads running Python functions, and the locks they
//! share (lib/threading.py builds on these, as CPython's does).
//!
//! A new thread gets its own `Vm` (its thread state) from the starter's
//! `thread_seed` and takes the GIL before it runs anything. A lock is a
//! mutex and condition variable outside the interpreter's objects, so a
//! thread waits for it with the GIL released; the main thread waits in
//! short slices, so that Ctrl-C there raises KeyboardInterrupt.

use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use ferropy_runtime::gil::{self, SendBox};
use ferropy_runtime::object::{NativeData, Payload};
use ferropy_runtime::protocol::args;
use ferropy_runtime::types::builtin_function::{KwArgs, NativeFn};
use ferropy_runtime::{Obj, PyResult, Value, Vm};

use crate::native_class;
use crate::permits::{self, Permits};

/// Largest timeout accepted, in seconds (CPython's on Linux).
const TIMEOUT_MAX: f64 = 9223372036.0;
/// Stack of a new thread unless `stack_size` said otherwise: room for
/// deep recursion (a RecursionError comes before the stack runs out, as
/// the runtime checks the stack left).
const DEFAULT_STACK: usize = 64 << 20;
/// The smallest stack a thread is started with when memory is tight.
const SMALLEST_STACK: usize = 1 << 20;
/// `stack_size(n)`; 0 for the default.
static STACK_SIZE: AtomicUsize = AtomicUsize::new(0);

/// The (blocking, timeout) arguments of `acquire`, checked as CPython does.
fn acquire_args(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<(bool, f64)> {
    let parsed = args::parse(vm, "acquire", a, kw, &["blocking", "timeout"], 0)?;
    let blocking = match &parsed[0] {
        Value::Undef => true,
        v => vm.truthy(v)?,
    };
    let timeout = match &parsed[1] {
        Value::Undef => -1.0,
        v => ferropy_runtime::types::float::float_from_value(vm, v)?,
    };
    if !blocking && timeout != -1.0 {
        return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.value_error("timeout value must be positive"));
    }
    // CPython converts the timeout to nanoseconds first.
    if timeout * 1e9 >= i64::MAX as f64 {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(vm.overflow_error("timeout value is too large"));
    }
    Ok((blocking, timeout))
}

// ----- lock ----------------------------------------------------------------

struct Lock {
    raw: Arc<Permits>,
}

impl NativeData for Lock {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn lock_of<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a Lock> {
    native_class::state::<Lock>(vm, v, "_thread", "lock")
}

fn new_lock(vm: &mut Vm) -> PyResult<Value> {
    native_class::new_instance(vm, "_thread", "lock", Box::new(Lock { raw: Permits::new(1, 1) }))
}

fn allocate_lock(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "allocate_lock", a, 0, 0)?;
    new_lock(vm)
}

fn lock_acquire(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let raw = lock_of(vm, &a[0])?.raw.clone();
    let (blocking, timeout) = acquire_args(vm, &a[1..], kw)?;
    Ok(Value::bool(permits::take(vm, &raw, blocking, timeout)?))
}

fn lock_enter(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let raw = lock_of(vm, &a[0])?.raw.clone();
    Ok(Value::bool(permits::take(vm, &raw, true, -1.0)?))
}

fn lock_release(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if !lock_of(vm, &a[0])?.raw.give() {
        return Err(vm.runtime_error("release unlocked lock"));
    }
    Ok(Value::None)
}

fn lock_locked(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::bool(lock_of(vm, &a[0])?.raw.available() == 0))
}

fn lock_at_fork_reinit(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    lock_of(vm, &a[0])?.raw.reset();
    Ok(Value::None)
}

fn lock_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let state = if lock_of(vm, &a[0])?.raw.available() == 0 { "locked" } else { "unlocked" };
    Ok(vm.new_str(format!("<{state} _thread.lock object at {:#x}>", a[0].id())))
}

// ----- RLock ---------------------------------------------------------------

/// A reentrant lock: `raw` is held while `count` > 0 by thread `owner`.
/// `owner` and `count` change only under the GIL.
struct RLock {
    raw: Arc<Permits>,
    owner: Cell<u64>,
    count: Cell<u64>,
}

impl NativeData for RLock {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn rlock_of<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a RLock> {
    native_class::state::<RLock>(vm, v, "_thread", "RLock")
}

fn rlock_new(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = a.first() else {
        return Err(vm.type_error("RLock.__new__(X): X is not a type object"));
    };
    let data = RLock { raw: Permits::new(1, 1), owner: Cell::new(0), count: Cell::new(0) };
    Ok(Value::Obj(ferropy_runtime::types::object::alloc_instance(vm, cls, Payload::Native(Box::new(data)))))
}

fn rlock_acquire_with(vm: &mut Vm, this: &Value, blocking: bool, timeout: f64) -> PyResult<bool> {
    let me = gil::thread_ident();
    let lock = rlock_of(vm, this)?;
    if lock.count.get() > 0 && lock.owner.get() == me {
        lock.count.set(lock.count.get() + 1);
        return Ok(true);
    }
    let raw = lock.raw.clone();
    if !permits::take(vm, &raw, blocking, timeout)? {
        return Ok(false);
    }
    let lock = rlock_of(vm, this)?;
    lock.owner.set(me);
    lock.count.set(1);
    Ok(true)
}

fn rlock_acquire(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (blocking, timeout) = acquire_args(vm, &a[1..], kw)?;
    Ok(Value::bool(rlock_acquire_with(vm, &a[0], blocking, timeout)?))
}

fn rlock_enter(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::bool(rlock_acquire_with(vm, &a[0], true, -1.0)?))
}

fn rlock_release(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let lock = rlock_of(vm, &a[0])?;
    if lock.count.get() == 0 || lock.owner.get() != gil::thread_ident() {
        return Err(vm.runtime_error("cannot release un-acquired lock"));
    }
    lock.count.set(lock.count.get() - 1);
    if lock.count.get() == 0 {
        lock.owner.set(0);
        lock.raw.give();
    }
    Ok(Value::None)
}

fn rlock_is_owned(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let lock = rlock_of(vm, &a[0])?;
    Ok(Value::bool(lock.count.get() > 0 && lock.owner.get() == gil::thread_ident()))
}

fn rlock_recursion_count(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let lock = rlock_of(vm, &a[0])?;
    let mine = lock.owner.get() == gil::thread_ident();
    Ok(Value::Int(if mine { lock.count.get() as i64 } else { 0 }))
}

/// `_release_save()`: lets go of the lock entirely (for Condition.wait);
/// the state to give `_acquire_restore`.
fn rlock_release_save(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let lock = rlock_of(vm, &a[0])?;
    if lock.count.get() == 0 {
        return Err(vm.runtime_error("cannot release un-acquired lock"));
    }
    let (count, owner) = (lock.count.replace(0), lock.owner.replace(0));
    lock.raw.give();
    Ok(vm.new_tuple(vec![Value::Int(count as i64), Value::Int(owner as i64)]))
}

fn rlock_acquire_restore(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "_acquire_restore", &a[1..], 1, 1)?;
    let state = vm.collect(&a[1])?;
    let number = |vm: &mut Vm, v: Option<&Value>| -> PyResult<u64> {
        match v {
            Some(v) => Ok(ferropy_runtime::protocol::number::index_i64(vm, v)? as u64),
            None => Err(vm.type_error("_acquire_restore() argument 1 must be tuple")),
        }
    };
    let (count, owner) = (number(vm, state.first())?, number(vm, state.get(1))?);
    let raw = rlock_of(vm, &a[0])?.raw.clone();
    permits::take(vm, &raw, true, -1.0)?;
    let lock = rlock_of(vm, &a[0])?;
    lock.owner.set(owner);
    lock.count.set(count);
    Ok(Value::None)
}

fn rlock_at_fork_reinit(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let lock = rlock_of(vm, &a[0])?;
    lock.raw.reset();
    lock.owner.set(0);
    lock.count.set(0);
    Ok(Value::None)
}

fn rlock_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let lock = rlock_of(vm, &a[0])?;
    let (owner, count) = (lock.owner.get(), lock.count.get());
    let state = if count > 0 { "locked" } else { "unlocked" };
    let class = vm.class_of(&a[0]).clone();
    let module = vm.get_attr_str(&Value::Obj(class.clone()), "__module__")?;
    let module = vm.str_string(&module)?;
    let name = vm.get_attr_str(&Value::Obj(class), "__qualname__")?;
    let name = vm.str_string(&name)?;
    Ok(vm.new_str(format!("<{state} {module}.{name} object owner={owner} count={count} at {:#x}>", a[0].id())))
}

// ----- threads -------------------------------------------------------------

fn start_new_thread(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("start_new_thread() takes no keyword arguments"));
    }
    if a.len() < 2 || a.len() > 3 {
        let which = if a.len() < 2 { "at least 2" } else { "at most 3" };
        return Err(vm.type_error(format!("start_new_thread expected {which} arguments, got {}", a.len())));
    }
    let function = a[0].clone();
    if !vm.is_callable(&function) {
        return Err(vm.type_error("first arg must be callable"));
    }
    if !matches!(a[1].payload(), Some(Payload::Tuple(_))) {
        return Err(vm.type_error("2nd arg must be a tuple"));
    }
    let kwargs = a.get(2).cloned().unwrap_or(Value::None);
    if !kwargs.is_none() && !matches!(kwargs.payload(), Some(Payload::Dict(_))) {
        return Err(vm.type_error("optional 3rd arg must be a dictionary"));
    }
    let arguments = vm.collect(&a[1])?;
    let keywords: Vec<(Value, Value)> = match &kwargs {
        Value::None => Vec::new(),
        d => ferropy_runtime::types::dict::dict_items(d.as_obj().expect("a dict")),
    };
    spawn(vm, function, arguments, keywords)
}

/// What a new thread calls: function, arguments, keyword arguments.
type ThreadCall = (Value, Vec<Value>, Vec<(Value, Value)>);

/// Starts an OS thread that calls `function`; the new thread's ident.
fn spawn(vm: &mut Vm, function: Value, arguments: Vec<Value>, keywords: Vec<(Value, Value)>) -> PyResult<Value> {
    let chosen = STACK_SIZE.load(Ordering::Relaxed);
    let mut stack = if chosen == 0 { DEFAULT_STACK } else { chosen };
    gil::thread_started();
    let process = std::process::id();
    loop {
        let seed = vm.thread_seed();
        let call = SendBox::new((function.clone(), arguments.clone(), keywords.clone()));
        // If the OS refuses, the closure is dropped on this thread, which
        // holds the GIL; under a tight memory limit, try a smaller stack.
        let started = std::thread::Builder::new().stack_size(stack).spawn(move || run_thread(seed, call, process));
        match started {
            Ok(handle) => {
                use std::os::unix::thread::JoinHandleExt;
                return Ok(Value::Int(handle.as_pthread_t() as i64));
            }
            Err(_) if chosen == 0 && stack > SMALLEST_STACK => stack = (stack / 4).max(SMALLEST_STACK),
            Err(_) => {
                gil::thread_finished();
                return Err(vm.runtime_error("can't start new thread"));
            }
        }
    }
}

/// The body of a new thread: take the GIL, call the function, report an
/// exception that escapes it (SystemExit ends the thread quietly), and
/// let go of everything before the GIL.
fn run_thread(seed: ferropy_runtime::vm::ThreadSeed, call: SendBox<ThreadCall>, process: u32) {
    // Signals are for the main thread, where blocking calls wake for them.
    let _ = ferropy_runtime::vm::signals::mask_async_signals(true);
    let mut vm = Vm::from_seed(seed);
    let (function, arguments, keywords) = call.open();
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let result = vm.call_kw(&function, &arguments, &keywords);
        if let Err(err) = result {
            let exit = vm.exc.system_exit.clone();
            if !vm.is_instance(&Value::Obj(err.exc.clone()), &exit) {
                vm.report_unraisable_with(&err, Some("Exception ignored in thread started by"), Some(&function));
            }
        }
        drop((function, arguments, keywords));
        vm.run_pending().ok();
    }));
    if outcome.is_err() {
        eprintln!("ferropy: internal error (a thread failed)");
        std::process::exit(70);
    }
    if std::process::id() != process {
        // A fork made in this thread: the child has this thread alone,
        // and its program ends with it.
        vm.flush_std_streams();
        std::process::exit(0);
    }
    gil::thread_finished();
    drop(vm);
}

fn get_ident(_vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(gil::thread_ident() as i64))
}

fn get_native_id(_vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(gil::native_thread_id() as i64))
}

fn count(_vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(gil::other_threads() as i64))
}

fn stack_size(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "stack_size", a, 0, 1)?;
    let old = STACK_SIZE.load(Ordering::Relaxed);
    if let Some(v) = a.first() {
        let size = ferropy_runtime::protocol::number::index_i64(vm, v)?;
        if size != 0 && size < 32768 {
            return Err(vm.value_error("size not valid: 32768 bytes"));
        }
        if size < 0 {
            return Err(vm.value_error("size must be 0 or a positive value"));
        }
        STACK_SIZE.store(size as usize, Ordering::Relaxed);
    }
    Ok(Value::Int(old as i64))
}

fn exit_thread(vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let ty = vm.exc.system_exit.clone();
    Err(vm.new_exception(&ty, vec![]))
}

fn interrupt_main(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let parsed = args::parse(vm, "interrupt_main", a, kw, &["signum"], 0)?;
    let signum = match &parsed[0] {
        Value::Undef => libc::SIGINT,
        v => ferropy_runtime::protocol::number::index_i64(vm, v)? as i32,
    };
    vm.simulate_signal(signum)?;
    if vm.is_main_thread {
        // As CPython, whose eval loop checks right after the call: the
        // handler runs before the caller's next statement.
        vm.run_pending()?;
    }
    Ok(Value::None)
}

/// The module's `__getattr__` (PEP 562): `_local` is threading.local,
/// written in Python (lib/_threading_local.py), which imports this module,
/// so it is fetched on first use rather than when `_thread` is made.
fn module_getattr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let name = args::exactly_one(vm, "__getattr__", a)?;
    if ferropy_runtime::types::str::as_str(&name) == Some("_local") {
        let module = vm.import_module("_threading_local")?;
        let local = vm.get_attr_str(&module, "local")?;
        let this = vm.import_module("_thread")?;
        vm.set_attr_str(&this, "_local", local.clone())?;
        return Ok(local);
    }
    let shown = vm.str_string(&name)?;
    Err(vm.attribute_error(format!("module '_thread' has no attribute '{shown}'")))
}

fn daemon_threads_allowed(_vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::TRUE)
}

pub fn make_module(vm: &mut Vm) -> PyResult<Obj> {
    let functions: &[(&str, NativeFn)] = &[
        ("start_new_thread", start_new_thread),
        ("start_new", start_new_thread),
        ("allocate_lock", allocate_lock),
        ("allocate", allocate_lock),
        ("get_ident", get_ident),
        ("get_native_id", get_native_id),
        ("_count", count),
        ("stack_size", stack_size),
        ("exit", exit_thread),
        ("exit_thread", exit_thread),
        ("interrupt_main", interrupt_main),
        ("daemon_threads_allowed", daemon_threads_allowed),
        ("__getattr__", module_getattr),
    ];
    let module = ferropy_runtime::types::module::new_native_module(vm, "_thread", functions)?;
    let dict = module.dict.clone().expect("a module has a dict");
    let lock_methods: &[(&'static str, NativeFn)] = &[
        ("acquire", lock_acquire),
        ("acquire_lock", lock_acquire),
        ("release", lock_release),
        ("release_lock", lock_release),
        ("locked", lock_locked),
        ("locked_lock", lock_locked),
        ("__enter__", lock_enter),
        ("__exit__", lock_release),
        ("_at_fork_reinit", lock_at_fork_reinit),
        ("__repr__", lock_repr),
    ];
    let lock = native_class::add_class_with_slots(vm, "_thread", &dict, "lock", lock_methods, &["__weakref__"])?;
    vm.dict_set_str(&dict, "LockType", Value::Obj(lock))?;
    let rlock_methods: &[(&'static str, NativeFn)] = &[
        ("acquire", rlock_acquire),
        ("release", rlock_release),
        ("__enter__", rlock_enter),
        ("__exit__", rlock_release),
        ("_is_owned", rlock_is_owned),
        ("_recursion_count", rlock_recursion_count),
        ("_release_save", rlock_release_save),
        ("_acquire_restore", rlock_acquire_restore),
        ("_at_fork_reinit", rlock_at_fork_reinit),
        ("__repr__", rlock_repr),
    ];
    let rlock = native_class::add_class_with_slots(vm, "_thread", &dict, "RLock", rlock_methods, &["__weakref__"])?;
    vm.add_staticmethod(&rlock, "__new__", rlock_new);
    vm.dict_set_str(&dict, "TIMEOUT_MAX", Value::float(TIMEOUT_MAX))?;
    let error = vm.exc.runtime_error.clone();
    vm.dict_set_str(&dict, "error", Value::Obj(error))?;
    Ok(module)
}
