//! `_signal`: the native half of `signal` (lib/signal.py). Dispositions
//! are kept by the runtime (`ferropy_runtime::vm::signals`); handlers run
//! at the interpreter's next safe point, as in CPython.

use ferropy_runtime::protocol::args;
use ferropy_runtime::types::builtin_function::{KwArgs, NativeFn};
use ferropy_runtime::vm::signals::Disposition;
use ferropy_runtime::{Obj, PyResult, Value, Vm};

fn signum(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let n = ferropy_runtime::protocol::number::index_i64(vm, v)?;
    if !(1..65).contains(&n) {
        return Err(vm.value_error("signal number out of range"));
    }
    Ok(n as i32)
}

/// `set_disposition(signum, kind, handler)`: kind 0 is SIG_DFL, 1 SIG_IGN,
/// 2 default_int_handler, 3 the Python callable `handler`.
fn set_disposition(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "set_disposition", a, 3, 3)?;
    if !vm.is_main_thread {
        return Err(vm.value_error("signal only works in main thread of the main interpreter"));
    }
    let sig = signum(vm, &a[0])?;
    let disposition = match ferropy_runtime::protocol::number::index_i64(vm, &a[1])? {
        0 => Disposition::Default,
        1 => Disposition::Ignore,
        2 => Disposition::KeyboardInterrupt,
        _ => Disposition::Handler(a[2].clone()),
    };
    if let Err(e) = vm.set_signal_disposition(sig, disposition) {
        if e.kind() == std::io::ErrorKind::Unsupported {
            return Err(vm.not_implemented_error(format!(
                "signal.signal({sig}, ...): handling SIGILL, SIGFPE or SIGSEGV is not supported by ferropy"
            )));
        }
        return Err(ferropy_runtime::types::file::os_error_from(vm, &e, None));
    }
    Ok(Value::None)
}

fn raise_signal(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "raise_signal", a)?;
    let sig = signum(vm, &v)?;
    let sent = if vm.is_main_thread {
        signal_hook::low_level::raise(sig)
    } else {
        // Other threads block signals (they are the main thread's to
        // handle): send it to the process, where the main thread gets it.
        // SAFETY: kill() with our own pid and a signal number has no
        // memory effects.
        match unsafe { libc::kill(libc::getpid(), sig) } {
            0 => Ok(()),
            _ => Err(std::io::Error::last_os_error()),
        }
    };
    if let Err(e) = sent {
        return Err(ferropy_runtime::types::file::os_error_from(vm, &e, None));
    }
    // CPython runs the handler before the next instruction.
    vm.run_pending()?;
    Ok(Value::None)
}

fn alarm(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "alarm", a)?;
    let secs = ferropy_runtime::protocol::number::index_i64(vm, &v)?;
    let secs =
        u32::try_from(secs).map_err(|_| vm.overflow_error("Python int too large to convert to C unsigned int"))?;
    // SAFETY: alarm(2) takes a number and only arms the process's timer;
    // it touches no memory of ours.
    let previous = unsafe { libc::alarm(secs) };
    Ok(Value::Int(previous as i64))
}

fn pause(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "pause", a, 0, 0)?;
    // SAFETY: pause(2) only suspends the calling thread until a signal
    // arrives; no arguments, no memory.
    unsafe { libc::pause() };
    vm.run_pending()?;
    Ok(Value::None)
}

fn default_int_handler(vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let ty = vm.exc.keyboard_interrupt.clone();
    Err(vm.new_exception(&ty, vec![]))
}

/// `set_wakeup_fd(fd, /, *, warn_on_full_buffer=True)`: the previous fd.
fn set_wakeup_fd(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "set_wakeup_fd", a, 1, 1)?;
    for (key, _) in kw {
        if ferropy_runtime::types::str::as_str(key) != Some("warn_on_full_buffer") {
            let name = vm.repr_string(key)?;
            return Err(vm.type_error(format!("set_wakeup_fd() got an unexpected keyword argument {name}")));
        }
    }
    let fd = ferropy_runtime::protocol::number::index_i64(vm, &a[0])?;
    let fd = i32::try_from(fd).map_err(|_| vm.overflow_error("Python int too large to convert to C int"))?;
    if !vm.is_main_thread {
        return Err(vm.value_error("set_wakeup_fd only works in main thread of the main interpreter"));
    }
    if fd != -1 {
        // SAFETY: fcntl(F_GETFL) on any integer only reads descriptor flags.
        let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
        if flags < 0 {
            let e = std::io::Error::last_os_error();
            return Err(ferropy_runtime::types::file::os_error_from(vm, &e, None));
        }
        if flags & libc::O_NONBLOCK == 0 {
            return Err(vm.value_error(format!("the fd {fd} must be in non-blocking mode")));
        }
    }
    Ok(Value::Int(ferropy_runtime::vm::signals::set_wakeup_fd(fd) as i64))
}

/// `siginterrupt(signalnum, flag)`: ferropy's caught signals always
/// interrupt system calls, which are then retried (PEP 475); a program
/// asking for restarts gets the same observable behaviour.
fn siginterrupt(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "siginterrupt", a, 2, 2)?;
    signum(vm, &a[0])?;
    Ok(Value::None)
}

pub fn make_module(vm: &mut Vm) -> PyResult<Obj> {
    let functions: &[(&'static str, NativeFn)] = &[
        ("set_disposition", set_disposition),
        ("raise_signal", raise_signal),
        ("alarm", alarm),
        ("pause", pause),
        ("default_int_handler", default_int_handler),
        ("set_wakeup_fd", set_wakeup_fd),
        ("siginterrupt", siginterrupt),
    ];
    ferropy_runtime::types::module::new_native_module(vm, "_signal", functions)
}
