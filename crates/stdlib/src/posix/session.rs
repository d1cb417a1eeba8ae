//! Sessions and process groups: `getsid`, `setsid`, `getpgid`, `setpgid`,
//! `getpgrp`, `setpgrp` and `killpg`. Each is the system call of the same
//! name; errors become OSError with its errno.

use super::checked;
use ferropy_runtime::protocol::args;
use ferropy_runtime::protocol::number::index_i64;
use ferropy_runtime::types::builtin_function::{KwArgs, NativeFn};
use ferropy_runtime::{PyResult, Value, Vm};

/// A system call's result as a Python int.
fn result(vm: &mut Vm, r: libc::c_int) -> PyResult<Value> {
    checked(vm, r, None).map(|n| Value::Int(n as i64))
}

fn pid_arg(vm: &mut Vm, v: &Value) -> PyResult<libc::pid_t> {
    Ok(index_i64(vm, v)? as libc::pid_t)
}

fn getsid(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "getsid", a)?;
    let pid = pid_arg(vm, &v)?;
    // SAFETY: getsid() on an integer only.
    let r = unsafe { libc::getsid(pid) };
    result(vm, r)
}

fn setsid(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "setsid", a, 0, 0)?;
    // SAFETY: setsid() takes no arguments.
    let r = unsafe { libc::setsid() };
    result(vm, r).map(|_| Value::None)
}

fn getpgid(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "getpgid", a)?;
    let pid = pid_arg(vm, &v)?;
    // SAFETY: getpgid() on an integer only.
    let r = unsafe { libc::getpgid(pid) };
    result(vm, r)
}

fn setpgid(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "setpgid", a, 2, 2)?;
    let (pid, pgrp) = (pid_arg(vm, &a[0])?, pid_arg(vm, &a[1])?);
    // SAFETY: setpgid() on integers only.
    let r = unsafe { libc::setpgid(pid, pgrp) };
    result(vm, r).map(|_| Value::None)
}

fn getpgrp(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "getpgrp", a, 0, 0)?;
    // SAFETY: getpgrp() takes no arguments.
    let r = unsafe { libc::getpgrp() };
    result(vm, r)
}

fn setpgrp(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "setpgrp", a, 0, 0)?;
    // SAFETY: setpgid(0, 0) on integers only.
    let r = unsafe { libc::setpgid(0, 0) };
    result(vm, r).map(|_| Value::None)
}

fn killpg(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "killpg", a, 2, 2)?;
    let pgrp = pid_arg(vm, &a[0])?;
    let sig = index_i64(vm, &a[1])? as libc::c_int;
    // SAFETY: killpg() on integers only.
    let r = unsafe { libc::killpg(pgrp, sig) };
    result(vm, r)?;
    // A signal to our own group may need handling now.
    vm.run_pending()?;
    Ok(Value::None)
}

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("getsid", getsid),
    ("setsid", setsid),
    ("getpgid", getpgid),
    ("setpgid", setpgid),
    ("getpgrp", getpgrp),
    ("setpgrp", setpgrp),
    ("killpg", killpg),
];
