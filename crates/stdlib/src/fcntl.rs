//! `_fcntl`: the system calls behind lib/fcntl.py — fcntl(2) and ioctl(2)
//! with an integer or a buffer argument, flock(2), and lockf built on
//! fcntl's record locks. Blocking lock waits release the GIL and are
//! retried after a signal (PEP 475).

use ferropy_runtime::protocol::args;
use ferropy_runtime::types::builtin_function::{KwArgs, NativeFn};
use ferropy_runtime::{Obj, PyResult, Value, Vm};

/// CPython's limit for a buffer argument.
const MAX_BUFFER: usize = 1024;

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    ferropy_runtime::protocol::number::index_i64(vm, v)
}

fn c_int(vm: &mut Vm, v: &Value) -> PyResult<libc::c_int> {
    let n = int_arg(vm, v)?;
    libc::c_int::try_from(n).map_err(|_| vm.overflow_error("Python int too large to convert to C int"))
}

fn os_error(vm: &mut Vm) -> ferropy_runtime::vm::PyErr {
    let e = std::io::Error::last_os_error();
    ferropy_runtime::types::file::os_error_from(vm, &e, None)
}

fn bytes_value(vm: &mut Vm, data: &[u8]) -> Value {
    let _ = vm;
    Value::Obj(ferropy_runtime::object::Object::builtin(ferropy_runtime::object::Payload::Bytes(
        data.to_vec().into_boxed_slice(),
    )))
}

/// `fcntl_int(fd, cmd, arg)` -> int.
fn fcntl_int(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "fcntl_int", a, 3, 3)?;
    let (fd, cmd) = (c_int(vm, &a[0])?, c_int(vm, &a[1])?);
    let arg = int_arg(vm, &a[2])? as libc::c_long;
    let result = vm.retry_interrupted_blocking(move || {
        // SAFETY: an integer argument is passed by value; commands that
        // would read memory through it get an address the caller chose,
        // as in C (CPython passes it the same way).
        let r = unsafe { libc::fcntl(fd, cmd, arg) };
        if r < 0 {
            Err(std::io::Error::last_os_error())
        } else {
            Ok(r)
        }
    })?;
    Ok(Value::Int(i64::from(result)))
}

/// `fcntl_buf(fd, cmd, data)` -> bytes: the call sees a copy of data.
fn fcntl_buf(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "fcntl_buf", a, 3, 3)?;
    let (fd, cmd) = (c_int(vm, &a[0])?, c_int(vm, &a[1])?);
    let Some(data) = ferropy_runtime::types::bytes::as_bytes_like(&a[2]) else {
        return Err(vm.type_error("fcntl_buf() expects bytes"));
    };
    if data.len() > MAX_BUFFER {
        return Err(vm.value_error("fcntl argument 3 is too long"));
    }
    let mut buf = [0u8; MAX_BUFFER];
    buf[..data.len()].copy_from_slice(&data);
    // SAFETY: buf is a live, writable 1024-byte buffer for the call.
    let r = unsafe { libc::fcntl(fd, cmd, buf.as_mut_ptr()) };
    if r < 0 {
        return Err(os_error(vm));
    }
    Ok(bytes_value(vm, &buf[..data.len()]))
}

/// `ioctl_int(fd, request, arg)` -> int.
fn ioctl_int(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "ioctl_int", a, 3, 3)?;
    let fd = c_int(vm, &a[0])?;
    let request = int_arg(vm, &a[1])? as libc::c_ulong;
    let arg = int_arg(vm, &a[2])? as libc::c_long;
    // SAFETY: as fcntl_int: an integer argument passed by value.
    let r = unsafe { libc::ioctl(fd, request, arg) };
    if r < 0 {
        return Err(os_error(vm));
    }
    Ok(Value::Int(i64::from(r)))
}

/// `ioctl_buf(fd, request, data)` -> (result, bytes after the call).
fn ioctl_buf(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "ioctl_buf", a, 3, 3)?;
    let fd = c_int(vm, &a[0])?;
    let request = int_arg(vm, &a[1])? as libc::c_ulong;
    let Some(data) = ferropy_runtime::types::bytes::as_bytes_like(&a[2]) else {
        return Err(vm.type_error("ioctl_buf() expects bytes"));
    };
    // Large buffers are passed as they are (CPython does so for mutable
    // ones); small ones through a 1024-byte copy.
    let mut buf = vec![0u8; data.len().max(MAX_BUFFER)];
    buf[..data.len()].copy_from_slice(&data);
    // SAFETY: buf is live, writable, and at least 1024 bytes long.
    let r = unsafe { libc::ioctl(fd, request, buf.as_mut_ptr()) };
    if r < 0 {
        return Err(os_error(vm));
    }
    let out = bytes_value(vm, &buf[..data.len()]);
    Ok(vm.new_tuple(vec![Value::Int(i64::from(r)), out]))
}

/// `flock(fd, operation)`.
fn flock(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "flock", a, 2, 2)?;
    let (fd, op) = (c_int(vm, &a[0])?, c_int(vm, &a[1])?);
    vm.retry_interrupted_blocking(move || {
        // SAFETY: flock takes two integers.
        match unsafe { libc::flock(fd, op) } {
            0 => Ok(()),
            _ => Err(std::io::Error::last_os_error()),
        }
    })?;
    Ok(Value::None)
}

/// `lockf(fd, cmd, len, start, whence)`: cmd is LOCK_UN, LOCK_SH or
/// LOCK_EX, possibly with LOCK_NB.
fn lockf(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "lockf", a, 5, 5)?;
    let (fd, cmd) = (c_int(vm, &a[0])?, c_int(vm, &a[1])?);
    let (len, start) = (int_arg(vm, &a[2])?, int_arg(vm, &a[3])?);
    let whence = c_int(vm, &a[4])?;
    let kind = match cmd & !libc::LOCK_NB {
        libc::LOCK_UN => libc::F_UNLCK,
        libc::LOCK_SH => libc::F_RDLCK,
        libc::LOCK_EX => libc::F_WRLCK,
        _ => return Err(vm.value_error("unrecognized lockf argument")),
    };
    let wait = if cmd & libc::LOCK_NB != 0 { libc::F_SETLK } else { libc::F_SETLKW };
    vm.retry_interrupted_blocking(move || {
        // SAFETY: an all-zero flock is valid; the fields are set below.
        let mut lock: libc::flock = unsafe { std::mem::zeroed() };
        lock.l_type = kind as libc::c_short;
        lock.l_whence = whence as libc::c_short;
        lock.l_start = start as libc::off_t;
        lock.l_len = len as libc::off_t;
        // SAFETY: lock is a live flock for the duration of the call.
        match unsafe { libc::fcntl(fd, wait, &mut lock as *mut libc::flock) } {
            -1 => Err(std::io::Error::last_os_error()),
            _ => Ok(()),
        }
    })?;
    Ok(Value::None)
}

pub fn make_module(vm: &mut Vm) -> PyResult<Obj> {
    let functions: &[(&'static str, NativeFn)] = &[
        ("fcntl_int", fcntl_int),
        ("fcntl_buf", fcntl_buf),
        ("ioctl_int", ioctl_int),
        ("ioctl_buf", ioctl_buf),
        ("flock", flock),
        ("lockf", lockf),
    ];
    let module = ferropy_runtime::types::module::new_native_module(vm, "_fcntl", functions)?;
    let dict = module.dict.clone().expect("modules have dicts");
    let constants: &[(&str, i64)] = &[
        ("F_DUPFD", libc::F_DUPFD as i64),
        ("F_DUPFD_CLOEXEC", libc::F_DUPFD_CLOEXEC as i64),
        ("F_GETFD", libc::F_GETFD as i64),
        ("F_SETFD", libc::F_SETFD as i64),
        ("F_GETFL", libc::F_GETFL as i64),
        ("F_SETFL", libc::F_SETFL as i64),
        ("F_GETLK", libc::F_GETLK as i64),
        ("F_SETLK", libc::F_SETLK as i64),
        ("F_SETLKW", libc::F_SETLKW as i64),
        ("F_OFD_GETLK", libc::F_OFD_GETLK as i64),
        ("F_OFD_SETLK", libc::F_OFD_SETLK as i64),
        ("F_OFD_SETLKW", libc::F_OFD_SETLKW as i64),
        ("F_GETOWN", libc::F_GETOWN as i64),
        ("F_SETOWN", libc::F_SETOWN as i64),
        ("F_GETSIG", 11),
        ("F_SETSIG", 10),
        ("F_GETLEASE", libc::F_GETLEASE as i64),
        ("F_SETLEASE", libc::F_SETLEASE as i64),
        ("F_NOTIFY", libc::F_NOTIFY as i64),
        ("F_GETPIPE_SZ", libc::F_GETPIPE_SZ as i64),
        ("F_SETPIPE_SZ", libc::F_SETPIPE_SZ as i64),
        ("F_ADD_SEALS", libc::F_ADD_SEALS as i64),
        ("F_GET_SEALS", libc::F_GET_SEALS as i64),
        ("F_SEAL_SEAL", libc::F_SEAL_SEAL as i64),
        ("F_SEAL_SHRINK", libc::F_SEAL_SHRINK as i64),
        ("F_SEAL_GROW", libc::F_SEAL_GROW as i64),
        ("F_SEAL_WRITE", libc::F_SEAL_WRITE as i64),
        ("F_RDLCK", libc::F_RDLCK as i64),
        ("F_WRLCK", libc::F_WRLCK as i64),
        ("F_UNLCK", libc::F_UNLCK as i64),
        ("F_EXLCK", 4),
        ("F_SHLCK", 8),
        ("FD_CLOEXEC", libc::FD_CLOEXEC as i64),
        ("FASYNC", libc::O_ASYNC as i64),
        ("LOCK_SH", libc::LOCK_SH as i64),
        ("LOCK_EX", libc::LOCK_EX as i64),
        ("LOCK_NB", libc::LOCK_NB as i64),
        ("LOCK_UN", libc::LOCK_UN as i64),
        ("LOCK_MAND", 32),
        ("LOCK_READ", 64),
        ("LOCK_WRITE", 128),
        ("LOCK_RW", 192),
        ("DN_ACCESS", 0x1),
        ("DN_MODIFY", 0x2),
        ("DN_CREATE", 0x4),
        ("DN_DELETE", 0x8),
        ("DN_RENAME", 0x10),
        ("DN_ATTRIB", 0x20),
        ("DN_MULTISHOT", 0x8000_0000),
        ("I_PUSH", 0x5302),
    ];
    for (name, value) in constants {
        vm.dict_set_str(&dict, name, Value::Int(*value))?;
    }
    Ok(module)
}
