//! Child processes: `fork` (with `register_at_fork` hooks), `wait`,
//! `waitpid`, `waitstatus_to_exitcode` and the `W*` status macros.
//!
//! `fork` flushes sys.stdout and sys.stderr first, so text a program
//! printed before forking appears once (CPython leaves that to the
//! program; multiprocessing does it for you). The child keeps only the
//! forking thread, the interpreter's: the command-line driver notices it
//! runs in a child and ends the process itself when the program ends
//! (crates/cli/src/main.rs).

use ferropy_runtime::protocol::args;
use ferropy_runtime::protocol::number::index_i64;
use ferropy_runtime::types::builtin_function::{KwArgs, NativeFn};
use ferropy_runtime::{PyResult, Value, Vm};

/// The kinds of hook, as `register_at_fork` names its arguments, and the
/// lists of the posix module that keep them (indexed by the consts below).
const HOOK_ARGS: [&str; 3] = ["before", "after_in_parent", "after_in_child"];
const HOOK_LISTS: [&str; 3] = ["_at_fork_before", "_at_fork_in_parent", "_at_fork_in_child"];
const BEFORE: usize = 0;
const AFTER_IN_PARENT: usize = 1;
const AFTER_IN_CHILD: usize = 2;

fn hook_list(vm: &mut Vm, which: usize) -> PyResult<Value> {
    let posix = vm.import_module("posix")?;
    vm.get_attr_str(&posix, HOOK_LISTS[which])
}

fn register_at_fork(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !a.is_empty() {
        return Err(vm.type_error("register_at_fork() takes no positional arguments"));
    }
    let parsed = args::parse(vm, "register_at_fork", a, kw, &HOOK_ARGS, 0)?;
    if parsed.iter().all(|v| v.is_undef() || v.is_none()) {
        return Err(vm.type_error("At least one argument is required."));
    }
    for (name, hook) in HOOK_ARGS.iter().zip(&parsed) {
        if !hook.is_undef() && !hook.is_none() && !vm.is_callable(hook) {
            let tn = vm.type_name(hook);
            return Err(vm.type_error(format!("'{name}' must be callable, not {tn}")));
        }
    }
    for (which, hook) in parsed.into_iter().enumerate() {
        if !hook.is_undef() && !hook.is_none() {
            let list = hook_list(vm, which)?;
            vm.call_method(&list, "append", &[hook])?;
        }
    }
    Ok(Value::None)
}

/// Runs the hooks of one kind; a hook that raises is reported as
/// unraisable and the others still run, as in CPython. `before` hooks run
/// last-registered first.
fn run_hooks(vm: &mut Vm, which: usize) {
    let Ok(list) = hook_list(vm, which) else { return };
    let Ok(mut hooks) = vm.collect(&list) else { return };
    if which == BEFORE {
        hooks.reverse();
    }
    for hook in hooks {
        if let Err(err) = vm.call(&hook, &[]) {
            vm.report_unraisable(&err, Some(&hook));
        }
    }
}

fn fork(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "fork", a, 0, 0)?;
    run_hooks(vm, BEFORE);
    vm.flush_std_streams();
    // SAFETY: fork has no preconditions; the child continues with only
    // this thread, which runs the interpreter (the driver's main thread
    // only waits for it and holds no locks while it does).
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err(super::last_error(vm, None));
    }
    if pid == 0 {
        // The forking thread is the child's only thread: its main one.
        ferropy_runtime::gil::after_fork_child();
        vm.is_main_thread = true;
        // A thread other than the main one keeps signals blocked (they are
        // the main thread's); in the child it is the only thread, and
        // SIGTERM and Ctrl-C must reach it.
        let _ = ferropy_runtime::vm::signals::mask_async_signals(false);
    }
    run_hooks(vm, if pid == 0 { AFTER_IN_CHILD } else { AFTER_IN_PARENT });
    Ok(Value::Int(pid as i64))
}

/// A blocking wait, retried after a signal whose handler did not raise.
fn wait_for(vm: &mut Vm, pid: libc::pid_t, options: libc::c_int) -> PyResult<(libc::pid_t, libc::c_int)> {
    vm.retry_interrupted_blocking(move || {
        let mut status: libc::c_int = 0;
        // SAFETY: `status` is a valid, writable int.
        let r = unsafe { libc::waitpid(pid, &mut status, options) };
        if r < 0 {
            Err(std::io::Error::last_os_error())
        } else {
            Ok((r, status))
        }
    })
}

fn pair(vm: &mut Vm, (pid, status): (libc::pid_t, libc::c_int)) -> Value {
    vm.new_tuple(vec![Value::Int(pid as i64), Value::Int(status as i64)])
}

fn wait(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "wait", a, 0, 0)?;
    let r = wait_for(vm, -1, 0)?;
    Ok(pair(vm, r))
}

fn waitpid(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "waitpid", a, 2, 2)?;
    let pid = index_i64(vm, &a[0])? as libc::pid_t;
    let options = index_i64(vm, &a[1])? as libc::c_int;
    let r = wait_for(vm, pid, options)?;
    Ok(pair(vm, r))
}

fn status_arg(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<libc::c_int> {
    let v = args::exactly_one(vm, name, a)?;
    Ok(index_i64(vm, &v)? as libc::c_int)
}

fn waitstatus_to_exitcode(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let status = status_arg(vm, a, "waitstatus_to_exitcode")?;
    if libc::WIFEXITED(status) {
        return Ok(Value::Int(libc::WEXITSTATUS(status) as i64));
    }
    if libc::WIFSIGNALED(status) {
        return Ok(Value::Int(-(libc::WTERMSIG(status) as i64)));
    }
    if libc::WIFSTOPPED(status) {
        let sig = libc::WSTOPSIG(status);
        return Err(vm.value_error(format!("process stopped by delivery of signal {sig}")));
    }
    Err(vm.value_error(format!("invalid wait status: {status}")))
}

macro_rules! status_functions {
    ($($name:ident => $py:literal, $test:expr, $wrap:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
                let status = status_arg(vm, a, $py)?;
                Ok($wrap($test(status)))
            }
        )*
        pub const STATUS_FUNCTIONS: &[(&str, NativeFn)] = &[$(($py, $name)),*];
    };
}

fn int(n: libc::c_int) -> Value {
    Value::Int(n as i64)
}

status_functions! {
    wifexited => "WIFEXITED", libc::WIFEXITED, Value::bool;
    wexitstatus => "WEXITSTATUS", libc::WEXITSTATUS, int;
    wifsignaled => "WIFSIGNALED", libc::WIFSIGNALED, Value::bool;
    wtermsig => "WTERMSIG", libc::WTERMSIG, int;
    wcoredump => "WCOREDUMP", libc::WCOREDUMP, Value::bool;
    wifstopped => "WIFSTOPPED", libc::WIFSTOPPED, Value::bool;
    wstopsig => "WSTOPSIG", libc::WSTOPSIG, int;
    wifcontinued => "WIFCONTINUED", libc::WIFCONTINUED, Value::bool;
}

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("fork", fork),
    ("register_at_fork", register_at_fork),
    ("wait", wait),
    ("waitpid", waitpid),
    ("waitstatus_to_exitcode", waitstatus_to_exitcode),
];

/// The constants, and the lists that hold the hooks.
pub fn install(vm: &mut Vm, module: &ferropy_runtime::Obj) -> PyResult<()> {
    let dict = module.dict.clone().expect("modules have dicts");
    for (name, value) in [("WNOHANG", libc::WNOHANG), ("WUNTRACED", libc::WUNTRACED), ("WCONTINUED", libc::WCONTINUED)]
    {
        vm.dict_set_str(&dict, name, Value::Int(value as i64))?;
    }
    for name in HOOK_LISTS {
        let list = vm.new_list(vec![]);
        vm.dict_set_str(&dict, name, list)?;
    }
    Ok(())
}
