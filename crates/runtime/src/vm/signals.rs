//! Signals. The OS's delivery only sets atomic flags (signal-hook's
//! handlers: the signal's own flag, and `Vm::interrupt`, which makes the
//! interpreter stop at its next safe point); `run_pending` then does
//! what the signal's disposition says, in Python's own time: raise
//! KeyboardInterrupt, call the Python handler, ignore it, or take the
//! OS's default action.
//!
//! A signal is caught (its flags registered) from the first time it is
//! given a disposition; SIGINT is caught at start-up by the command line.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
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

#[derive(Default)]
pub struct Signals {
    caught: Vec<(i32, Arc<AtomicBool>)>,
    dispositions: HashMap<i32, Disposition>,
}

impl Vm {
    /// Registers `sig`'s flags with the OS (once per signal).
    pub fn catch_signal(&mut self, sig: i32) -> std::io::Result<()> {
        if self.signals.caught.iter().any(|(s, _)| *s == sig) {
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
        self.signals.caught.push((sig, flag));
        Ok(())
    }

    /// Sets what a signal does, catching it first.
    pub fn set_signal_disposition(&mut self, sig: i32, disposition: Disposition) -> std::io::Result<()> {
        self.catch_signal(sig)?;
        self.signals.dispositions.insert(sig, disposition);
        Ok(())
    }

    /// Acts on the signals that arrived since the last safe point.
    pub(crate) fn dispatch_signals(&mut self) -> PyResult<()> {
        let fired: Vec<i32> = self
            .signals
            .caught
            .iter()
            .filter(|(_, flag)| flag.swap(false, Ordering::SeqCst))
            .map(|(s, _)| *s)
            .collect();
        for sig in fired {
            let default = if sig == SIGINT { Disposition::KeyboardInterrupt } else { Disposition::Default };
            match self.signals.dispositions.get(&sig).cloned().unwrap_or(default) {
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
