//! File descriptors: `os.open`, `read`, `write`, `close`, `lseek`,
//! `fsync`, `dup`, `dup2`, `fstat`, `pipe` and the `O_*` flags. Each call is the system
//! call of the same name; errors become OSError with its errno.

use std::os::unix::ffi::OsStrExt;

use ferropy_runtime::protocol::args;
use ferropy_runtime::protocol::number::index_i64;
use ferropy_runtime::types::builtin_function::{KwArgs, NativeFn};
use ferropy_runtime::types::bytes::new_bytes;
use ferropy_runtime::types::file::os_error_from;
use ferropy_runtime::{Obj, PyResult, Value, Vm};

use super::{bytes_arg, fd_arg, last_error, retry_interrupted};

fn open(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = args::parse(vm, "open", a, kw, &["path", "flags", "mode", "dir_fd"], 2)?;
    let (path, _) = super::path_arg(vm, "open", &p[0])?;
    let flags = index_i64(vm, &p[1])? as libc::c_int;
    let mode = if p[2].is_undef() { 0o777 } else { index_i64(vm, &p[2])? } as libc::c_uint;
    if !p[3].is_undef() && !p[3].is_none() {
        return Err(vm.not_implemented_error("os.open(dir_fd=...) is not supported by ferropy yet"));
    }
    let Ok(c_path) = std::ffi::CString::new(path.as_os_str().as_bytes()) else {
        return Err(vm.value_error("embedded null byte"));
    };
    // New descriptors are not inherited by child processes (PEP 446).
    // SAFETY: open() reads the NUL-terminated path; flags and mode are
    // plain integers.
    let fd = unsafe { libc::open(c_path.as_ptr(), flags | libc::O_CLOEXEC, mode) };
    if fd < 0 {
        return Err(last_error(vm, Some(&p[0])));
    }
    Ok(Value::Int(fd as i64))
}

fn close(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "close", a)?;
    let fd = fd_arg(vm, &v)?;
    // SAFETY: close() on an integer; a descriptor the program does not
    // own is the program's error, reported as EBADF when not open.
    if unsafe { libc::close(fd) } != 0 {
        return Err(last_error(vm, None));
    }
    Ok(Value::None)
}

fn read(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "read", a, 2, 2)?;
    let fd = fd_arg(vm, &a[0])?;
    let n = index_i64(vm, &a[1])?;
    if n < 0 {
        return Err(os_error_from(vm, &std::io::Error::from_raw_os_error(libc::EINVAL), None));
    }
    let mut buf = vec![0u8; n as usize];
    // SAFETY: the buffer is ours and n bytes long.
    let got = retry_interrupted(vm, || unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) })?;
    buf.truncate(got);
    Ok(new_bytes(buf))
}

fn write(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "write", a, 2, 2)?;
    let fd = fd_arg(vm, &a[0])?;
    let data = bytes_arg(vm, &a[1])?;
    // SAFETY: the data is ours and data.len() bytes long.
    let put = retry_interrupted(vm, || unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) })?;
    Ok(Value::Int(put as i64))
}

fn lseek(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "lseek", a, 3, 3)?;
    let fd = fd_arg(vm, &a[0])?;
    let pos = index_i64(vm, &a[1])?;
    let how = index_i64(vm, &a[2])? as libc::c_int;
    // SAFETY: lseek() on integers only.
    let at = unsafe { libc::lseek(fd, pos as libc::off_t, how) };
    if at < 0 {
        return Err(last_error(vm, None));
    }
    Ok(Value::Int(at as i64))
}

fn fsync(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "fsync", a)?;
    let fd = match fd_arg(vm, &v) {
        Ok(fd) => fd,
        Err(_) => {
            let fileno = vm.call_method(&v, "fileno", &[])?;
            fd_arg(vm, &fileno)?
        }
    };
    // SAFETY: fsync() on an integer only.
    if unsafe { libc::fsync(fd) } != 0 {
        return Err(last_error(vm, None));
    }
    Ok(Value::None)
}

/// A new close-on-exec descriptor for the same open file.
fn dup_cloexec(vm: &mut Vm, fd: libc::c_int) -> PyResult<libc::c_int> {
    // SAFETY: fcntl(F_DUPFD_CLOEXEC) on integers only.
    let new = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if new < 0 {
        return Err(last_error(vm, None));
    }
    Ok(new)
}

fn dup(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "dup", a)?;
    let fd = fd_arg(vm, &v)?;
    Ok(Value::Int(dup_cloexec(vm, fd)? as i64))
}

fn dup2(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = args::parse(vm, "dup2", a, kw, &["fd", "fd2", "inheritable"], 2)?;
    let fd = fd_arg(vm, &p[0])?;
    let fd2 = fd_arg(vm, &p[1])?;
    let inheritable = p[2].is_undef() || vm.truthy(&p[2])?;
    let flags = if inheritable { 0 } else { libc::O_CLOEXEC };
    // SAFETY: dup3/dup2 on integers only.
    let new = unsafe {
        if fd == fd2 {
            libc::dup2(fd, fd2)
        } else {
            libc::dup3(fd, fd2, flags)
        }
    };
    if new < 0 {
        return Err(last_error(vm, None));
    }
    Ok(Value::Int(new as i64))
}

/// `os.fstat(fd)`: the metadata of an open descriptor, read through a
/// duplicate that a File owns (and closes).
fn fstat(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    use std::os::fd::FromRawFd;
    let v = args::exactly_one(vm, "fstat", a)?;
    let fd = fd_arg(vm, &v)?;
    let copy = dup_cloexec(vm, fd)?;
    // SAFETY: `copy` is a descriptor just made for this File alone, which
    // closes it when dropped.
    let file = unsafe { std::fs::File::from_raw_fd(copy) };
    match file.metadata() {
        Ok(m) => Ok(super::stat_tuple(vm, &m)),
        Err(e) => Err(os_error_from(vm, &e, None)),
    }
}

fn pipe(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "pipe", a, 0, 0)?;
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: pipe2() fills the two-element array we own.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return Err(last_error(vm, None));
    }
    Ok(vm.new_tuple(vec![Value::Int(fds[0] as i64), Value::Int(fds[1] as i64)]))
}

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("open", open),
    ("close", close),
    ("read", read),
    ("write", write),
    ("lseek", lseek),
    ("fsync", fsync),
    ("dup", dup),
    ("dup2", dup2),
    ("fstat", fstat),
    ("pipe", pipe),
];

/// The `O_*` flags of open(2) on this system.
pub fn install_constants(vm: &mut Vm, module: &Obj) -> PyResult<()> {
    let dict = module.dict.clone().expect("modules have dicts");
    let flags: &[(&str, libc::c_int)] = &[
        ("O_RDONLY", libc::O_RDONLY),
        ("O_WRONLY", libc::O_WRONLY),
        ("O_RDWR", libc::O_RDWR),
        ("O_APPEND", libc::O_APPEND),
        ("O_CREAT", libc::O_CREAT),
        ("O_EXCL", libc::O_EXCL),
        ("O_TRUNC", libc::O_TRUNC),
        ("O_NONBLOCK", libc::O_NONBLOCK),
        ("O_CLOEXEC", libc::O_CLOEXEC),
        ("O_SYNC", libc::O_SYNC),
        ("O_NOFOLLOW", libc::O_NOFOLLOW),
        ("O_DIRECTORY", libc::O_DIRECTORY),
    ];
    for (name, value) in flags {
        vm.dict_set_str(&dict, name, Value::Int(*value as i64))?;
    }
    Ok(())
}
