//! Signals. The OS's delivery only sets atomic flags (signal-hook's
//! handlers: the signal's own flag, and `Vm::interrupt`, which makes the
//! interpreter stop at its next safe point); `run_pending` then does
//! what the signal's disposition says, in Python's own time: raise
//! KeyboardInterrupt, call the Python handler, ignore it, or take the
//! OS's default action.
//!
//! A signal is caught (its flags registered) from the first time it is
//! given a disposition; SIGINT is caught at start-up by the command line.
//!
//! As in CPython, a caught signal interrupts a blocking system call (no
//! SA_RESTART): a read from a terminal or pipe returns EINTR, and the
//! caller runs the pending handlers (which may raise KeyboardInterrupt)
//! before trying again (PEP 475). `retry_interrupted` is that loop. This
//! module owns the one `sigaction` call that clears SA_RESTART.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::sync::Arc;

use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub const SIGINT: i32 = 2;

/// What a caught signal does.
#[derive(Clone)]
pub enum Disposition {
    /// The OS's default action (SIG_DFL): terminate, stop, or nothing.
    Default,
    /// SIG_IGN.
    Ignore,
    /// `signal.default_int_handler`: raise KeyboardInterrupt.
    KeyboardInterrupt,
    /// A Python callable, called with (signum, frame).
    Handler(Value),
}

/// One more than the largest signal number on Linux (`signal.NSIG`).
const NSIG: i32 = 65;

#[derive(Default)]
pub struct Signals {
    caught: Vec<(i32, Arc<AtomicBool>)>,
    dispositions: HashMap<i32, Disposition>,
}

impl Vm {
    /// Registers `sig`'s flags with the OS (once per signal).
    pub fn catch_signal(&mut self, sig: i32) -> std::io::Result<()> {
        if self.interp.signals.borrow().caught.iter().any(|(s, _)| *s == sig) {
            return Ok(());
        }
        if signal_hook::consts::FORBIDDEN.contains(&sig) {
            // SIGKILL and SIGSTOP cannot be caught at all (EINVAL, as the
            // OS says); signal-hook will not take SIGILL, SIGFPE, SIGSEGV.
            if sig == signal_hook::consts::SIGKILL || sig == signal_hook::consts::SIGSTOP {
                return Err(std::io::Error::from_raw_os_error(22));
            }
            return Err(std::io::Error::new(std::io::ErrorKind::Unsupported, "forbidden signal"));
        }
        let flag = Arc::new(AtomicBool::new(false));
        signal_hook::flag::register(sig, flag.clone())?;
        signal_hook::flag::register(sig, self.interrupt.clone())?;
        // SAFETY: the action only stores to an atomic, which is
        // async-signal-safe; it sets the eval breaker, so the running
        // thread looks at the signal at its next safe point.
        unsafe { signal_hook::low_level::register(sig, crate::object::set_breaker)? };
        // SAFETY: `write_wakeup_byte` only loads an atomic and calls
        // write(2), both async-signal-safe, and restores errno.
        unsafe { signal_hook::low_level::register(sig, move || write_wakeup_byte(sig))? };
        interrupt_system_calls(sig)?;
        self.interp.signals.borrow_mut().caught.push((sig, flag));
        Ok(())
    }

    /// Runs a system call, retrying it when a signal interrupted it once
    /// the signal's handler has run (a handler that raises ends the call:
    /// Ctrl-C in `input()` is KeyboardInterrupt there). Other errors are
    /// OSError.
    pub fn retry_interrupted<T>(&mut self, mut call: impl FnMut() -> std::io::Result<T>) -> PyResult<T> {
        loop {
            match call() {
                Ok(v) => return Ok(v),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => self.run_pending()?,
                Err(e) => return Err(crate::types::file::os_error_from(self, &e, None)),
            }
        }
    }

    /// Acts as if `sig` had arrived (`_thread.interrupt_main`): its handler
    /// runs in the main thread at its next safe point.
    pub fn simulate_signal(&mut self, sig: i32) -> PyResult<()> {
        if !(1..NSIG).contains(&sig) {
            return Err(self.value_error("signal number out of range"));
        }
        // A signal Python does not handle (SIG_DFL, SIG_IGN): nothing.
        if matches!(self.disposition(sig), Disposition::Default | Disposition::Ignore) {
            return Ok(());
        }
        if self.catch_signal(sig).is_err() {
            return Err(self.value_error("signal number out of range"));
        }
        let signals = self.interp.signals.borrow();
        if let Some((_, flag)) = signals.caught.iter().find(|(s, _)| *s == sig) {
            flag.store(true, Ordering::SeqCst);
        }
        drop(signals);
        self.interrupt.store(true, Ordering::SeqCst);
        crate::object::set_breaker();
        Ok(())
    }

    /// `retry_interrupted` for a call that may block for long (a wait for
    /// a child, a pipe): it runs with the GIL released.
    pub fn retry_interrupted_blocking<T: Send>(
        &mut self,
        mut call: impl FnMut() -> std::io::Result<T> + Send,
    ) -> PyResult<T> {
        loop {
            match self.allow_threads(&mut call) {
                Ok(v) => return Ok(v),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => self.run_pending()?,
                Err(e) => return Err(crate::types::file::os_error_from(self, &e, None)),
            }
        }
    }

    /// What `sig` does now: as set, else SIGINT raises KeyboardInterrupt
    /// and the others keep the OS default.
    fn disposition(&self, sig: i32) -> Disposition {
        let default = if sig == SIGINT { Disposition::KeyboardInterrupt } else { Disposition::Default };
        self.interp.signals.borrow().dispositions.get(&sig).cloned().unwrap_or(default)
    }

    /// Sets what a signal does, catching it first.
    pub fn set_signal_disposition(&mut self, sig: i32, disposition: Disposition) -> std::io::Result<()> {
        self.catch_signal(sig)?;
        self.interp.signals.borrow_mut().dispositions.insert(sig, disposition);
        Ok(())
    }

    /// Acts on the signals that arrived since the last safe point.
    pub(crate) fn dispatch_signals(&mut self) -> PyResult<()> {
        let fired: Vec<i32> = self
            .interp
            .signals
            .borrow()
            .caught
            .iter()
            .filter(|(_, flag)| flag.swap(false, Ordering::SeqCst))
            .map(|(s, _)| *s)
            .collect();
        for sig in fired {
            match self.disposition(sig) {
                Disposition::Ignore => {}
                Disposition::Default => {
                    let _ = signal_hook::low_level::emulate_default_handler(sig);
                }
                Disposition::KeyboardInterrupt => {
                    let ty = self.exc.keyboard_interrupt.clone();
                    return Err(self.new_exception(&ty, vec![]));
                }
                Disposition::Handler(handler) => {
                    self.call(&handler, &[Value::Int(sig as i64), Value::None])?;
                }
            }
        }
        Ok(())
    }
}

/// Ignores SIGXFSZ, as CPython does at start-up: a write past the file
/// size limit (`resource.RLIMIT_FSIZE`) then fails with EFBIG, an
/// OSError the program can catch, instead of killing the process.
/// Children started by subprocess get the default action back.
/// The descriptor `signal.set_wakeup_fd` named (-1: none): each caught
/// signal writes its number there as one byte, so an event loop waiting
/// in select() wakes up and learns which signal came.
static WAKEUP_FD: AtomicI32 = AtomicI32::new(-1);

/// Sets the wake-up descriptor; returns the previous one.
pub fn set_wakeup_fd(fd: i32) -> i32 {
    WAKEUP_FD.swap(fd, Ordering::SeqCst)
}

/// Runs inside the signal handler.
fn write_wakeup_byte(sig: i32) {
    let fd = WAKEUP_FD.load(Ordering::Relaxed);
    if fd < 0 {
        return;
    }
    let byte = sig as u8;
    // SAFETY: errno is this thread's; write(2) reads one byte from a live
    // local. A full pipe (EAGAIN) loses the byte, as in CPython.
    unsafe {
        let errno = *libc::__errno_location();
        libc::write(fd, (&byte as *const u8).cast(), 1);
        *libc::__errno_location() = errno;
    }
}

pub fn ignore_file_size_signal() {
    // SAFETY: installs the C library's SIG_IGN disposition for one
    // signal; no handler code and no memory are involved.
    unsafe {
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
    }
}

/// Blocks (`block`) or unblocks the asynchronous signals in the calling
/// thread. The command line runs the interpreter on a thread of its own
/// and blocks them in the thread that waits for it, so that the kernel
/// delivers them to the interpreter's thread, where they interrupt its
/// blocking reads. The faults a thread causes itself stay deliverable.
pub fn mask_async_signals(block: bool) -> std::io::Result<()> {
    // SAFETY: the set is a zeroed sigset_t owned here, filled and edited
    // by the C library's own functions; pthread_sigmask only reads it and
    // changes this thread's mask.
    let rc = unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut set);
        for sync in [libc::SIGSEGV, libc::SIGBUS, libc::SIGILL, libc::SIGFPE, libc::SIGTRAP, libc::SIGSYS] {
            libc::sigdelset(&mut set, sync);
        }
        let how = if block { libc::SIG_BLOCK } else { libc::SIG_UNBLOCK };
        libc::pthread_sigmask(how, &set, std::ptr::null_mut())
    };
    if rc != 0 {
        return Err(std::io::Error::from_raw_os_error(rc));
    }
    Ok(())
}

/// Clears SA_RESTART from the handler installed for `sig`, so that the
/// signal interrupts a blocking read instead of letting it go on.
fn interrupt_system_calls(sig: i32) -> std::io::Result<()> {
    // SAFETY: sigaction with a null new action only reads the current one
    // into `action`, a zeroed sigaction owned here; then the same action,
    // its handler and mask unchanged (signal-hook's, installed above), is
    // written back with one flag cleared. No memory is shared.
    unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(sig, std::ptr::null(), &mut action) != 0 {
            return Err(std::io::Error::last_os_error());
        }
        action.sa_flags &= !libc::SA_RESTART;
        if libc::sigaction(sig, &action, std::ptr::null_mut()) != 0 {
            return Err(std::io::Error::last_os_error());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn file_size_signal_is_ignored() {
        super::ignore_file_size_signal();
        // SAFETY: reads the current disposition into a zeroed sigaction
        // owned here, changing nothing.
        let handler = unsafe {
            let mut action: libc::sigaction = std::mem::zeroed();
            libc::sigaction(libc::SIGXFSZ, std::ptr::null(), &mut action);
            action.sa_sigaction
        };
        assert_eq!(handler, libc::SIG_IGN);
    }

    use super::*;

    #[test]
    fn caught_signals_interrupt_system_calls() {
        let sig = signal_hook::consts::SIGUSR2;
        let flag = Arc::new(AtomicBool::new(false));
        signal_hook::flag::register(sig, flag).expect("registers");
        interrupt_system_calls(sig).expect("sigaction");
        // SAFETY: reads the current action into a zeroed struct owned here.
        let flags = unsafe {
            let mut action: libc::sigaction = std::mem::zeroed();
            assert_eq!(libc::sigaction(sig, std::ptr::null(), &mut action), 0);
            action.sa_flags
        };
        assert_eq!(flags & libc::SA_RESTART, 0);
    }

    #[test]
    fn signals_masked_in_a_thread() {
        std::thread::spawn(|| {
            mask_async_signals(true).expect("blocks");
            // SAFETY: reads this thread's mask into a zeroed set owned here.
            let blocked = unsafe {
                let mut set: libc::sigset_t = std::mem::zeroed();
                assert_eq!(libc::pthread_sigmask(libc::SIG_BLOCK, std::ptr::null(), &mut set), 0);
                (libc::sigismember(&set, libc::SIGINT), libc::sigismember(&set, libc::SIGSEGV))
            };
            assert_eq!(blocked, (1, 0));
            mask_async_signals(false).expect("unblocks");
        })
        .join()
        .expect("thread");
    }
}
