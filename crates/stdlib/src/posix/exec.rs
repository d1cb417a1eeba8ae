//! Replacing the process image: `execv` and `execve` (lib/os.py builds
//! the `execl*`/`execvp*` family on them), and the CPU set a process may
//! run on, `sched_getaffinity`.
//!
//! As in CPython, exec does not flush Python-level buffers: text printed
//! but not flushed before exec is lost.

use std::ffi::CString;

use ferropy_runtime::protocol::args;
use ferropy_runtime::types::builtin_function::{KwArgs, NativeFn};
use ferropy_runtime::{PyResult, Value, Vm};

/// One argument or environment string as the C bytes exec takes: str is
/// encoded with the file-system encoding, bytes (and path-likes) pass.
fn c_string(vm: &mut Vm, func: &str, v: &Value) -> PyResult<CString> {
    let (path, _) = super::path_arg(vm, func, v)?;
    let bytes = std::os::unix::ffi::OsStringExt::into_vec(path.into_os_string());
    CString::new(bytes).map_err(|_| vm.value_error("embedded null byte"))
}

/// The argument vector: a non-empty tuple or list whose first item is
/// not empty (CPython's checks and texts).
fn argv(vm: &mut Vm, func: &str, v: &Value) -> PyResult<Vec<CString>> {
    let items = match v.payload() {
        Some(ferropy_runtime::object::Payload::Tuple(_)) | Some(ferropy_runtime::object::Payload::List(_)) => {
            vm.collect(v)?
        }
        _ => return Err(vm.type_error(format!("{func}() arg 2 must be a tuple or list"))),
    };
    if items.is_empty() {
        return Err(vm.value_error(format!("{func}() arg 2 must not be empty")));
    }
    let argv = items.iter().map(|a| c_string(vm, func, a)).collect::<PyResult<Vec<_>>>()?;
    if argv[0].as_bytes().is_empty() {
        return Err(vm.value_error(format!("{func}() arg 2 first element cannot be empty")));
    }
    Ok(argv)
}

/// The environment `KEY=VALUE` strings of a mapping.
fn envp(vm: &mut Vm, env: &Value) -> PyResult<Vec<CString>> {
    let keys = vm.call_method(env, "keys", &[])?;
    let keys = vm.collect(&keys)?;
    let mut out = Vec::with_capacity(keys.len());
    for key in keys {
        let value = vm.get_item(env, &key)?;
        let k = c_string(vm, "execve", &key)?;
        if k.as_bytes().is_empty() || k.as_bytes().contains(&b'=') {
            return Err(vm.value_error("illegal environment variable name"));
        }
        let v = c_string(vm, "execve", &value)?;
        let mut entry = k.into_bytes();
        entry.push(b'=');
        entry.extend_from_slice(v.as_bytes());
        out.push(CString::new(entry).map_err(|_| vm.value_error("embedded null byte"))?);
    }
    Ok(out)
}

/// A NULL-terminated array of pointers into `strings`, which must outlive it.
fn pointers(strings: &[CString]) -> Vec<*const libc::c_char> {
    strings.iter().map(|s| s.as_ptr()).chain(std::iter::once(std::ptr::null())).collect()
}

fn execv(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "execv", a, 2, 2)?;
    let path = c_string(vm, "execv", &a[0])?;
    let argv = argv(vm, "execv", &a[1])?;
    let argv_ptrs = pointers(&argv);
    // SAFETY: `path` and every string `argv_ptrs` points into are live
    // NUL-terminated C strings, and the array ends with NULL. execv only
    // returns on failure.
    unsafe { libc::execv(path.as_ptr(), argv_ptrs.as_ptr()) };
    Err(super::last_error(vm, None))
}

fn execve(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "execve", a, 3, 3)?;
    let path = c_string(vm, "execve", &a[0])?;
    let argv = argv(vm, "execve", &a[1])?;
    let env = envp(vm, &a[2])?;
    let (argv_ptrs, env_ptrs) = (pointers(&argv), pointers(&env));
    // SAFETY: as in execv; `env_ptrs` likewise points into live C strings
    // and ends with NULL.
    unsafe { libc::execve(path.as_ptr(), argv_ptrs.as_ptr(), env_ptrs.as_ptr()) };
    Err(super::last_error(vm, None))
}

fn sched_getaffinity(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "sched_getaffinity", a)?;
    let pid = ferropy_runtime::protocol::number::index_i64(vm, &v)? as libc::pid_t;
    // SAFETY: a zeroed cpu_set_t is a valid empty set; sched_getaffinity
    // writes at most size_of::<cpu_set_t>() bytes into it.
    let mut set: libc::cpu_set_t = unsafe { std::mem::zeroed() };
    // SAFETY: `set` is a valid, writable cpu_set_t of the size passed.
    let r = unsafe { libc::sched_getaffinity(pid, std::mem::size_of::<libc::cpu_set_t>(), &mut set) };
    if r != 0 {
        return Err(super::last_error(vm, None));
    }
    let cpus: Vec<Value> = (0..libc::CPU_SETSIZE as usize)
        // SAFETY: CPU_ISSET reads bit `cpu` of the set, in range.
        .filter(|&cpu| unsafe { libc::CPU_ISSET(cpu, &set) })
        .map(|cpu| Value::Int(cpu as i64))
        .collect();
    ferropy_runtime::types::set::new_set(vm, cpus)
}

pub const FUNCTIONS: &[(&str, NativeFn)] =
    &[("execv", execv), ("execve", execve), ("sched_getaffinity", sched_getaffinity)];
