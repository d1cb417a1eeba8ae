//! The blocking primitive under `_thread`'s locks and `_queue`'s
//! SimpleQueue: a count of permits (at most `max`) that threads take and
//! give back. A thread that must wait for a permit waits with the GIL
//! released; the main thread waits in short slices so that a signal (Ctrl-C)
//! runs its handler there.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use ferropy_runtime::{PyResult, Vm};

/// What a blocking wait for a permit came to.
enum Wait {
    Taken,
    TimedOut,
    /// A signal arrived (main thread only): run its handler, then wait on.
    Interrupted,
}

pub struct Permits {
    count: Mutex<usize>,
    given: Condvar,
    max: usize,
    /// Threads blocked in `wait`: giving with none skips the wake-up (a
    /// system call) that would find no one.
    waiters: AtomicUsize,
}

impl Permits {
    /// `count` permits now, at most `max` ever.
    pub fn new(count: usize, max: usize) -> Arc<Permits> {
        Arc::new(Permits { count: Mutex::new(count), given: Condvar::new(), max, waiters: AtomicUsize::new(0) })
    }

    fn count(&self) -> MutexGuard<'_, usize> {
        // A count stays meaningful even if a holder panicked.
        self.count.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub fn available(&self) -> usize {
        *self.count()
    }

    /// Takes a permit if one is free.
    pub fn try_take(&self) -> bool {
        let mut count = self.count();
        if *count == 0 {
            return false;
        }
        *count -= 1;
        true
    }

    /// Gives a permit back; false (and nothing changes) if all `max` are
    /// already free (a lock released twice).
    pub fn give(&self) -> bool {
        let mut count = self.count();
        if *count >= self.max {
            return false;
        }
        *count += 1;
        // Read under the mutex: a waiter counts itself before it sleeps.
        let wake = self.waiters.load(Ordering::Relaxed) > 0;
        drop(count);
        if wake {
            self.given.notify_one();
        }
        true
    }

    /// Makes every permit free again (`_at_fork_reinit`).
    pub fn reset(&self) {
        *self.count() = self.max;
    }

    /// Waits for a permit until `deadline`; wakes for a signal when
    /// `interrupt` is given (the main thread).
    fn wait(&self, deadline: Option<Instant>, interrupt: Option<&AtomicBool>) -> Wait {
        let mut count = self.count();
        loop {
            if *count > 0 {
                *count -= 1;
                return Wait::Taken;
            }
            if interrupt.is_some_and(|flag| flag.load(Ordering::Relaxed)) {
                return Wait::Interrupted;
            }
            let now = Instant::now();
            let mut slice = match deadline {
                Some(d) if d <= now => return Wait::TimedOut,
                Some(d) => d - now,
                None => Duration::from_secs(3600),
            };
            if interrupt.is_some() {
                slice = slice.min(Duration::from_millis(20));
            }
            self.waiters.fetch_add(1, Ordering::Relaxed);
            count = self.given.wait_timeout(count, slice).unwrap_or_else(|poisoned| poisoned.into_inner()).0;
            self.waiters.fetch_sub(1, Ordering::Relaxed);
        }
    }
}

/// Takes a permit as `lock.acquire(blocking, timeout)` does (timeout < 0:
/// no limit); whether one was taken. Signal handlers run in the main
/// thread while it waits, and may raise.
pub fn take(vm: &mut Vm, permits: &Arc<Permits>, blocking: bool, timeout: f64) -> PyResult<bool> {
    if permits.try_take() {
        return Ok(true);
    }
    if !blocking {
        return Ok(false);
    }
    let deadline = (timeout >= 0.0).then(|| Instant::now() + Duration::from_secs_f64(timeout));
    loop {
        let (permits, interrupt) = (permits.clone(), vm.is_main_thread.then(|| vm.interrupt.clone()));
        let outcome = vm.allow_threads(move || permits.wait(deadline, interrupt.as_deref()));
        match outcome {
            Wait::Taken => return Ok(true),
            Wait::TimedOut => return Ok(false),
            Wait::Interrupted => vm.run_pending()?,
        }
    }
}
