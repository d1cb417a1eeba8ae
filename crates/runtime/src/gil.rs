//! The global interpreter lock (GIL), and the two ways state is shared
//! between the threads of one interpreter.
//!
//! Python objects are reference counted without atomics and mutated
//! through `PyCell`s: only one thread may touch them at a time. That
//! thread holds the GIL. The lock is handed to a waiting thread at a safe
//! point once the switch interval has passed (see `yield_if_requested`),
//! and it is released around blocking calls through `Vm::allow_threads`,
//! whose closure must be `Send`: a closure that captures an `Obj` (an
//! `Rc`) or a `PyCell` borrow does not compile.
//!
//! This module owns the unsafe code that makes the scheme work:
//! - `GilLocal<T>`: interpreter-wide state (the collector's registry, the
//!   type attribute cache, the finalizer queue, ...) in a `static`,
//!   reachable only by the thread that holds the GIL;
//! - `SendBox<T>`: carries values (a new thread's interpreter state, its
//!   function and arguments) to another OS thread, which opens the box
//!   only once it holds the GIL.
//!
//! A forked child is the forking thread alone, holding the GIL
//! (`after_fork_child` resets the books).

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::Duration;

struct GilState {
    held: bool,
    /// Times the lock changed hands: a waiter that saw no change over a
    /// whole switch interval asks the holder to let go.
    switches: u64,
    /// Threads blocked in `lock`.
    waiting: usize,
    /// Threads that yielded and wait for another to take the lock.
    yielders: usize,
}

struct Gil {
    state: Mutex<GilState>,
    /// Signalled when the lock is freed.
    released: Condvar,
    /// Signalled when a thread takes the lock.
    taken: Condvar,
}

static GIL: Gil = Gil {
    state: Mutex::new(GilState { held: false, switches: 0, waiting: 0, yielders: 0 }),
    released: Condvar::new(),
    taken: Condvar::new(),
};

/// A waiter asks the running thread to yield at its next safe point.
static DROP_REQUEST: AtomicBool = AtomicBool::new(false);
/// `sys.setswitchinterval`, in nanoseconds.
static SWITCH_INTERVAL_NS: AtomicU64 = AtomicU64::new(5_000_000);
/// Python threads alive (the main thread included).
static THREADS: AtomicUsize = AtomicUsize::new(1);
/// The interpreter is being torn down: only the thread doing it may take
/// the lock (daemon threads stop where they are, as in CPython).
static FINALIZING: AtomicBool = AtomicBool::new(false);

thread_local! {
    /// How many holds this OS thread has on the GIL (`hold` nests: a
    /// test may make two interpreters on one thread).
    static HOLDS: Cell<usize> = const { Cell::new(0) };
    /// This thread tears the interpreter down (`begin_finalizing`).
    static IS_FINALIZER: Cell<bool> = const { Cell::new(false) };
}

fn lock_state() -> MutexGuard<'static, GilState> {
    // The state is a few counters that stay consistent even if a thread
    // panicked while holding the mutex: carry on with them.
    GIL.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Takes the lock itself, waiting while another thread runs.
fn lock() {
    if FINALIZING.load(Ordering::SeqCst) && !IS_FINALIZER.with(|f| f.get()) {
        // A daemon thread at exit: it must not run again.
        loop {
            std::thread::park();
        }
    }
    let mut state = lock_state();
    if state.held {
        state.waiting += 1;
        while state.held {
            let seen = state.switches;
            let interval = Duration::from_nanos(SWITCH_INTERVAL_NS.load(Ordering::Relaxed).max(1000));
            let (guard, waited) =
                GIL.released.wait_timeout(state, interval).unwrap_or_else(|poisoned| poisoned.into_inner());
            state = guard;
            if state.held && waited.timed_out() && state.switches == seen {
                DROP_REQUEST.store(true, Ordering::SeqCst);
                crate::object::set_breaker();
            }
        }
        state.waiting -= 1;
    }
    state.held = true;
    state.switches = state.switches.wrapping_add(1);
    let yielders = state.yielders > 0;
    drop(state);
    if yielders {
        GIL.taken.notify_all();
    }
}

/// Frees the lock itself; the switch count before freeing.
fn unlock() -> u64 {
    let mut state = lock_state();
    state.held = false;
    let seen = state.switches;
    let waiting = state.waiting > 0;
    drop(state);
    if waiting {
        GIL.released.notify_one();
    }
    seen
}

/// A hold on the GIL by this OS thread, given back when dropped. An
/// interpreter (`Vm`) keeps one for its whole life.
pub struct GilHold(std::marker::PhantomData<*const ()>);

/// Takes the GIL for this thread (at once if the thread holds it already).
pub fn hold() -> GilHold {
    if HOLDS.with(|h| h.get()) == 0 {
        lock();
    }
    HOLDS.with(|h| h.set(h.get() + 1));
    GilHold(std::marker::PhantomData)
}

impl Drop for GilHold {
    fn drop(&mut self) {
        let left = HOLDS.with(|h| {
            h.set(h.get() - 1);
            h.get()
        });
        if left == 0 {
            unlock();
        }
    }
}

/// Runs `f` with the GIL released, so other threads run meanwhile. `f`
/// must not touch Python objects: being `Send`, it cannot hold an `Obj`.
pub fn without_gil<T>(f: impl FnOnce() -> T + Send) -> T {
    let holds = HOLDS.with(|h| h.replace(0));
    if holds == 0 {
        return f();
    }
    unlock();
    let result = f();
    lock();
    HOLDS.with(|h| h.set(holds));
    result
}

/// At a safe point: if a waiting thread asked for the lock, hand it over
/// and wait for it back. The holder waits until another thread has taken
/// the lock, so it cannot grab it again at once (no starvation).
pub fn yield_if_requested() {
    if !DROP_REQUEST.swap(false, Ordering::SeqCst) {
        return;
    }
    let holds = HOLDS.with(|h| h.replace(0));
    if holds == 0 {
        return;
    }
    let seen = unlock();
    let mut state = lock_state();
    state.yielders += 1;
    while state.waiting > 0 && state.switches == seen {
        state = GIL.taken.wait(state).unwrap_or_else(|poisoned| poisoned.into_inner());
    }
    state.yielders -= 1;
    drop(state);
    lock();
    HOLDS.with(|h| h.set(holds));
}

/// Whether only one Python thread exists, so releasing the lock around a
/// blocking call would let no one run.
pub fn single_threaded() -> bool {
    THREADS.load(Ordering::Relaxed) == 1
}

/// Counts a Python thread being started (before its OS thread exists, so
/// the starter releases the lock around its own blocking calls from now).
pub fn thread_started() {
    THREADS.fetch_add(1, Ordering::SeqCst);
}

/// Counts a Python thread that has finished (or failed to start).
pub fn thread_finished() {
    THREADS.fetch_sub(1, Ordering::SeqCst);
}

/// Python threads alive besides the main one (`_thread._count()`).
pub fn other_threads() -> usize {
    THREADS.load(Ordering::SeqCst).saturating_sub(1)
}

pub fn switch_interval() -> Duration {
    Duration::from_nanos(SWITCH_INTERVAL_NS.load(Ordering::Relaxed))
}

pub fn set_switch_interval(interval: Duration) {
    SWITCH_INTERVAL_NS.store(interval.as_nanos().min(u64::MAX as u128) as u64, Ordering::Relaxed);
}

/// The calling thread starts tearing the interpreter down: from now on no
/// other thread takes the GIL again.
pub fn begin_finalizing() {
    IS_FINALIZER.with(|f| f.set(true));
    FINALIZING.store(true, Ordering::SeqCst);
}

/// In the child of `fork`: the forking thread is the only thread, and it
/// holds the lock.
pub fn after_fork_child() {
    THREADS.store(1, Ordering::SeqCst);
    DROP_REQUEST.store(false, Ordering::SeqCst);
    let mut state = lock_state();
    state.held = true;
    state.waiting = 0;
    state.yielders = 0;
}

/// Interpreter-wide state in a `static`: one value shared by all threads
/// of the interpreter, used only by the thread holding the GIL (as
/// CPython keeps such state in its interpreter struct).
pub struct GilLocal<T>(T);

// SAFETY: a `GilLocal` is reached only through `with`, and only by the
// thread holding the GIL (checked in debug builds): at most one thread
// uses the value at any time, and handing the GIL over goes through a
// mutex, which orders one holder's accesses before the next holder's.
// Values that must not leave their thread (`Rc`, `RefCell`) are therefore
// never used by two threads at once, which is all `Send`/`Sync` guard.
unsafe impl<T> Sync for GilLocal<T> {}

impl<T> GilLocal<T> {
    pub const fn new(value: T) -> GilLocal<T> {
        GilLocal(value)
    }

    /// Runs `f` on the value. The caller holds the GIL.
    #[inline]
    pub fn with<R>(&'static self, f: impl FnOnce(&T) -> R) -> R {
        debug_assert!(HOLDS.with(|h| h.get()) > 0, "interpreter state touched without the GIL");
        f(&self.0)
    }
}

/// A value on its way to another OS thread (a new thread's interpreter
/// state, function and arguments), opened there once the GIL is held.
pub struct SendBox<T>(T);

// SAFETY: the box is made by a thread holding the GIL and opened (or
// dropped) only by a thread holding the GIL (`open` requires it; the
// thread that receives a box takes the GIL before anything else). So the
// non-atomic reference counts and cells inside are never used by two
// threads at once; the GIL's mutex orders the sender's writes before the
// receiver's reads.
unsafe impl<T> Send for SendBox<T> {}

impl<T> SendBox<T> {
    pub fn new(value: T) -> SendBox<T> {
        SendBox(value)
    }

    /// The value, on a thread that holds the GIL.
    pub fn open(self) -> T {
        debug_assert!(HOLDS.with(|h| h.get()) > 0, "SendBox opened without the GIL");
        self.0
    }
}

/// The identity of the calling OS thread, as `threading.get_ident()`
/// reports it (the pthread handle, as in CPython).
pub fn thread_ident() -> u64 {
    // SAFETY: pthread_self has no preconditions and cannot fail.
    unsafe { libc::pthread_self() as u64 }
}

/// The kernel's id of the calling thread (`threading.get_native_id()`).
pub fn native_thread_id() -> u64 {
    // SAFETY: gettid has no preconditions and cannot fail.
    unsafe { libc::gettid() as u64 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn send_box_and_gil_local_move_state_between_threads() {
        static COUNTER: GilLocal<std::cell::RefCell<Vec<std::rc::Rc<u32>>>> =
            GilLocal::new(std::cell::RefCell::new(Vec::new()));
        let hold = hold();
        let shared = std::rc::Rc::new(7u32);
        COUNTER.with(|c| c.borrow_mut().push(shared.clone()));
        let boxed = SendBox::new(shared);
        thread_started();
        let worker = std::thread::spawn(move || {
            let _hold = super::hold();
            let value = boxed.open();
            COUNTER.with(|c| c.borrow_mut().push(value));
            thread_finished();
        });
        without_gil(|| worker.join().expect("worker"));
        let count = COUNTER.with(|c| {
            let v = c.borrow();
            assert!(std::rc::Rc::ptr_eq(&v[0], &v[1]));
            std::rc::Rc::strong_count(&v[0])
        });
        assert_eq!(count, 2);
        COUNTER.with(|c| c.borrow_mut().clear());
        assert!(single_threaded());
        drop(hold);
    }
}
