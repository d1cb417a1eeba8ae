//! `posix`: the operating-system calls behind `os` (lib/os.py builds the
//! Python-level API, `os.path` and `os.environ` on these). File-system
//! calls go through `std::fs`; the few without a std equivalent (umask,
//! kill, the CPU count) call the C library, and this module owns that FFI.

mod exec;
mod fd;
mod fd_state;
mod fork;
mod session;

use std::ffi::OsStr;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::PathBuf;

use ferropy_runtime::protocol::args;
use ferropy_runtime::types::builtin_function::{KwArgs, NativeFn};
use ferropy_runtime::types::bytes::new_bytes;
use ferropy_runtime::types::file::os_error_from;
use ferropy_runtime::{Obj, PyResult, Value, Vm};

/// A path argument: str, bytes or an object with `__fspath__`. Returns
/// the path and whether it was given as bytes (results follow suit).
/// The OSError of the last failed system call.
fn last_error(vm: &mut Vm, filename: Option<&Value>) -> ferropy_runtime::PyErr {
    os_error_from(vm, &std::io::Error::last_os_error(), filename)
}

/// A system call's result: what it returned, or for -1 the OSError of
/// errno.
fn checked(vm: &mut Vm, result: libc::c_int, filename: Option<&Value>) -> PyResult<libc::c_int> {
    if result < 0 {
        return Err(last_error(vm, filename));
    }
    Ok(result)
}

/// A file descriptor argument.
fn fd_arg(vm: &mut Vm, v: &Value) -> PyResult<libc::c_int> {
    let n = ferropy_runtime::protocol::number::index_i64(vm, v)?;
    libc::c_int::try_from(n).map_err(|_| vm.overflow_error("fd is greater than maximum"))
}

/// A bytes-like argument's bytes.
fn bytes_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    ferropy_runtime::types::bytes::as_bytes_like(v).ok_or_else(|| {
        let tn = vm.type_name(v);
        vm.type_error(format!("a bytes-like object is required, not '{tn}'"))
    })
}

/// Makes a system call that returns a count (or -1), again after a
/// signal interrupts it, once the signal's handler has run (PEP 475).
/// A system call on descriptors, made with the GIL released (it may
/// block), retried after a signal whose handler did not raise (PEP 475).
fn retry_interrupted(vm: &mut Vm, mut call: impl FnMut() -> isize + Send) -> PyResult<usize> {
    loop {
        // errno is read on the calling side of the GIL hand-over, which
        // may itself change errno.
        let (n, err) = vm.allow_threads(|| {
            let n = call();
            (n, (n < 0).then(std::io::Error::last_os_error))
        });
        let Some(err) = err else {
            return Ok(n as usize);
        };
        if err.kind() != std::io::ErrorKind::Interrupted {
            return Err(os_error_from(vm, &err, None));
        }
        vm.run_pending()?;
    }
}

fn path_arg(vm: &mut Vm, func: &str, v: &Value) -> PyResult<(PathBuf, bool)> {
    if let Some(s) = ferropy_runtime::types::str::as_str(v) {
        // CPython's texts: a str path fails while being encoded, a bytes
        // path in the call's own check.
        if s.contains('\0') {
            return Err(vm.value_error("embedded null byte"));
        }
        let name = ferropy_runtime::codecs::fs_encode(vm, s)?;
        return Ok((PathBuf::from(OsStr::from_bytes(&name)), false));
    }
    if let Some(b) = ferropy_runtime::types::bytes::as_bytes_like(v) {
        if matches!(v.payload(), Some(ferropy_runtime::object::Payload::Bytes(_))) {
            if b.contains(&0) {
                return Err(vm.value_error(format!("{func}: embedded null character in path")));
            }
            return Ok((PathBuf::from(OsStr::from_bytes(&b)), true));
        }
    }
    let fspath = vm.intern("__fspath__");
    if let Some(r) = ferropy_runtime::protocol::attr::call_special(vm, v, &fspath, &[])? {
        if ferropy_runtime::types::str::as_str(&r).is_some()
            || matches!(r.payload(), Some(ferropy_runtime::object::Payload::Bytes(_)))
        {
            return path_arg(vm, func, &r);
        }
    }
    let tn = vm.type_name(v);
    // CPython's wording lists what each call accepts (some take a file
    // descriptor, which ferropy does not support yet).
    let accepted = match func {
        "stat" | "chdir" | "chmod" => "string, bytes, os.PathLike or integer",
        "listdir" => "string, bytes, os.PathLike, integer or None",
        _ => "string, bytes or os.PathLike",
    };
    Err(vm.type_error(format!("{func}: path should be {accepted}, not {tn}")))
}

fn path_value(vm: &mut Vm, bytes: bool, name: &OsStr) -> Value {
    if bytes {
        new_bytes(name.as_bytes().to_vec())
    } else {
        vm.new_str(ferropy_runtime::codecs::fs_decode(name.as_bytes()))
    }
}

fn getcwd(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "getcwd", a, 0, 0)?;
    match std::env::current_dir() {
        Ok(p) => Ok(path_value(vm, false, p.as_os_str())),
        Err(e) => Err(os_error_from(vm, &e, None)),
    }
}

fn getcwdb(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "getcwdb", a, 0, 0)?;
    match std::env::current_dir() {
        Ok(p) => Ok(path_value(vm, true, p.as_os_str())),
        Err(e) => Err(os_error_from(vm, &e, None)),
    }
}

/// Runs `op` on the path argument, raising OSError with the filename.
fn with_path<T>(
    vm: &mut Vm,
    func: &str,
    v: &Value,
    op: impl FnOnce(&PathBuf) -> std::io::Result<T>,
) -> PyResult<(T, bool)> {
    let (path, bytes) = path_arg(vm, func, v)?;
    match op(&path) {
        Ok(r) => Ok((r, bytes)),
        Err(e) => Err(os_error_from(vm, &e, Some(v))),
    }
}

fn chdir(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "chdir", a)?;
    with_path(vm, "chdir", &v, |p| std::env::set_current_dir(p))?;
    Ok(Value::None)
}

fn listdir(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let parsed = args::parse(vm, "listdir", a, kw, &["path"], 0)?;
    let arg = if parsed[0].is_undef() || parsed[0].is_none() { vm.new_str(".") } else { parsed[0].clone() };
    let (entries, bytes) = with_path(vm, "listdir", &arg, |p| {
        std::fs::read_dir(p)?.map(|e| e.map(|e| e.file_name())).collect::<std::io::Result<Vec<_>>>()
    })?;
    let names = entries.iter().map(|n| path_value(vm, bytes, n)).collect();
    Ok(vm.new_list(names))
}

fn mkdir(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let parsed = args::parse(vm, "mkdir", a, kw, &["path", "mode"], 1)?;
    let mode = if parsed[1].is_undef() { 0o777 } else { ferropy_runtime::protocol::number::index_i64(vm, &parsed[1])? };
    with_path(vm, "mkdir", &parsed[0], |p| {
        let mut builder = std::fs::DirBuilder::new();
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, mode as u32);
        builder.create(p)
    })?;
    Ok(Value::None)
}

fn rmdir(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "rmdir", a)?;
    with_path(vm, "rmdir", &v, |p| std::fs::remove_dir(p))?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "remove", a)?;
    with_path(vm, "remove", &v, |p| std::fs::remove_file(p))?;
    Ok(Value::None)
}

fn rename(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "rename", a, 2, 2)?;
    let (src, _) = path_arg(vm, "rename", &a[0])?;
    let (dst, _) = path_arg(vm, "rename", &a[1])?;
    match std::fs::rename(&src, &dst) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(two_path_error(vm, &e, &a[0], &a[1])),
    }
}

/// The OSError of a call on two paths: CPython names both
/// ("[Errno 2] ...: 'a' -> 'b'").
fn two_path_error(vm: &mut Vm, e: &std::io::Error, first: &Value, second: &Value) -> ferropy_runtime::PyErr {
    let err = os_error_from(vm, e, Some(first));
    let _ = vm.set_attr_str(&err.value(), "filename2", second.clone());
    err
}

fn chmod(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "chmod", a, 2, 2)?;
    let mode = ferropy_runtime::protocol::number::index_i64(vm, &a[1])?;
    with_path(vm, "chmod", &a[0], |p| std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode as u32)))?;
    Ok(Value::None)
}

/// `utime(path, times=None, *, ns=None)`: set access and modification
/// times (seconds as floats, or nanoseconds; now if neither).
fn utime(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let parsed = args::parse(vm, "utime", a, kw, &["path", "times", "ns", "dir_fd", "follow_symlinks"], 1)?;
    let pair = |v: &Value| -> Option<[Value; 2]> {
        if v.is_undef() || v.is_none() {
            return None;
        }
        match ferropy_runtime::types::tuple::items(v) {
            Some([x, y]) => Some([x.clone(), y.clone()]),
            _ => Some([Value::Undef, Value::Undef]),
        }
    };
    let (seconds, nanos) = (pair(&parsed[1]), pair(&parsed[2]));
    if seconds.is_some() && nanos.is_some() {
        return Err(vm.value_error("utime: you may specify either 'times' or 'ns' but not both"));
    }
    // Each time as a timespec: seconds (a number, rounded to the
    // nanosecond) or exact integer nanoseconds; UTIME_NOW for neither.
    let now = libc::timespec { tv_sec: 0, tv_nsec: libc::UTIME_NOW };
    let mut times = [now, now];
    if let Some(pair) = seconds {
        for (slot, v) in times.iter_mut().zip(pair.iter()) {
            if v.is_undef() {
                return Err(vm.type_error("utime: 'times' must be either a tuple of two ints or None"));
            }
            let secs = ferropy_runtime::types::float::float_from_value(vm, v)?;
            let whole = secs.floor();
            let mut nsec = ((secs - whole) * 1e9).round() as i64;
            let mut sec = whole as i64;
            if nsec >= 1_000_000_000 {
                sec += 1;
                nsec -= 1_000_000_000;
            }
            *slot = libc::timespec { tv_sec: sec as libc::time_t, tv_nsec: nsec as _ };
        }
    } else if let Some(pair) = nanos {
        for (slot, v) in times.iter_mut().zip(pair.iter()) {
            if v.is_undef() {
                return Err(vm.type_error("utime: 'ns' must be a tuple of two ints"));
            }
            let ns = ferropy_runtime::protocol::number::index_i64(vm, v)?;
            *slot = libc::timespec {
                tv_sec: ns.div_euclid(1_000_000_000) as libc::time_t,
                tv_nsec: ns.rem_euclid(1_000_000_000) as _,
            };
        }
    }
    if !parsed[3].is_undef() && !parsed[3].is_none() {
        return Err(vm.not_implemented_error("os.utime(dir_fd=...) is not supported by ferropy yet"));
    }
    let follow = parsed[4].is_undef() || vm.truthy(&parsed[4])?;
    let result = if let Value::Int(fd) = parsed[0] {
        // SAFETY: futimens() reads the two timespecs we own.
        unsafe { libc::futimens(fd as libc::c_int, times.as_ptr()) }
    } else {
        let (path, _) = path_arg(vm, "utime", &parsed[0])?;
        let Ok(c_path) = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()) else {
            return Err(vm.value_error("embedded null byte"));
        };
        let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
        // SAFETY: utimensat() reads the NUL-terminated path and the two
        // timespecs we own. Unlike opening the file, it neither blocks on
        // a FIFO nor needs read permission.
        unsafe { libc::utimensat(libc::AT_FDCWD, c_path.as_ptr(), times.as_ptr(), flags) }
    };
    if result != 0 {
        return Err(os_error_from(vm, &std::io::Error::last_os_error(), Some(&parsed[0])));
    }
    Ok(Value::None)
}

fn readlink(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "readlink", a)?;
    let (target, bytes) = with_path(vm, "readlink", &v, |p| std::fs::read_link(p))?;
    Ok(path_value(vm, bytes, target.as_os_str()))
}

fn symlink(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "symlink", a, 2, 3)?;
    let (src, _) = path_arg(vm, "symlink", &a[0])?;
    with_path(vm, "symlink", &a[1], |dst| std::os::unix::fs::symlink(&src, dst))?;
    Ok(Value::None)
}

/// The raw fields of a stat: (mode, ino, dev, nlink, uid, gid, size,
/// atime, mtime, ctime as floats, the same in ns, blksize, blocks, rdev).
pub(crate) fn stat_tuple(vm: &mut Vm, m: &std::fs::Metadata) -> Value {
    let ns = |s: i64, n: i64| vm.new_int_big((num_bigint::BigInt::from(s) * 1_000_000_000) + n);
    let times = [ns(m.atime(), m.atime_nsec()), ns(m.mtime(), m.mtime_nsec()), ns(m.ctime(), m.ctime_nsec())];
    let float_time = |s: i64, n: i64| Value::float(s as f64 + n as f64 * 1e-9);
    let mut items = vec![
        Value::Int(m.mode() as i64),
        Value::Int(m.ino() as i64),
        Value::Int(m.dev() as i64),
        Value::Int(m.nlink() as i64),
        Value::Int(m.uid() as i64),
        Value::Int(m.gid() as i64),
        Value::Int(m.size() as i64),
        float_time(m.atime(), m.atime_nsec()),
        float_time(m.mtime(), m.mtime_nsec()),
        float_time(m.ctime(), m.ctime_nsec()),
    ];
    items.extend(times);
    items.extend([Value::Int(m.blksize() as i64), Value::Int(m.blocks() as i64), Value::Int(m.rdev() as i64)]);
    vm.new_tuple(items)
}

fn stat(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let parsed = args::parse(vm, "stat", a, kw, &["path", "dir_fd", "follow_symlinks"], 1)?;
    let follow = parsed[2].is_undef() || vm.truthy(&parsed[2])?;
    let (m, _) =
        with_path(
            vm,
            "stat",
            &parsed[0],
            |p| if follow { std::fs::metadata(p) } else { std::fs::symlink_metadata(p) },
        )?;
    Ok(stat_tuple(vm, &m))
}

fn lstat(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "lstat", a)?;
    let (m, _) = with_path(vm, "lstat", &v, |p| std::fs::symlink_metadata(p))?;
    Ok(stat_tuple(vm, &m))
}

fn access(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "access", a, 2, 2)?;
    let (path, _) = path_arg(vm, "access", &a[0])?;
    let mode = ferropy_runtime::protocol::number::index_i64(vm, &a[1])?;
    let Ok(c_path) = std::ffi::CString::new(path.as_os_str().as_bytes()) else {
        return Ok(Value::FALSE);
    };
    // SAFETY: access() reads the NUL-terminated path and returns a status.
    let ok = unsafe { libc::access(c_path.as_ptr(), mode as libc::c_int) } == 0;
    Ok(Value::bool(ok))
}

fn getpid(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "getpid", a, 0, 0)?;
    Ok(Value::Int(std::process::id() as i64))
}

fn getppid(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "getppid", a, 0, 0)?;
    Ok(Value::Int(std::os::unix::process::parent_id() as i64))
}

fn getuid(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "getuid", a, 0, 0)?;
    // SAFETY: getuid() cannot fail and touches no memory of ours.
    Ok(Value::Int(unsafe { libc::getuid() } as i64))
}

fn getgid(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "getgid", a, 0, 0)?;
    // SAFETY: getgid() cannot fail and touches no memory of ours.
    Ok(Value::Int(unsafe { libc::getgid() } as i64))
}

fn cpu_count(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "cpu_count", a, 0, 0)?;
    // CPython counts the CPUs online, not the ones this process may use.
    // SAFETY: sysconf() only reads a system parameter.
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n > 0 { Value::Int(n as i64) } else { Value::None })
}

fn umask(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "umask", a)?;
    let mask = ferropy_runtime::protocol::number::index_i64(vm, &v)?;
    // SAFETY: umask() sets the process's file mode mask and returns the old.
    let old = unsafe { libc::umask(mask as libc::mode_t) };
    Ok(Value::Int(old as i64))
}

fn kill(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "kill", a, 2, 2)?;
    let pid = ferropy_runtime::protocol::number::index_i64(vm, &a[0])?;
    let sig = ferropy_runtime::protocol::number::index_i64(vm, &a[1])?;
    // SAFETY: kill() sends a signal; it reads and writes no memory of ours.
    if unsafe { libc::kill(pid as libc::pid_t, sig as libc::c_int) } != 0 {
        return Err(os_error_from(vm, &std::io::Error::last_os_error(), None));
    }
    // A signal to this process: as CPython, its handler runs before the
    // next instruction (Linux delivers it before kill() returns).
    // SAFETY: getpid() cannot fail and touches no memory of ours.
    if vm.is_main_thread && (pid == 0 || pid == unsafe { libc::getpid() } as i64) {
        vm.run_pending()?;
    }
    Ok(Value::None)
}

fn exit_now(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "_exit", a)?;
    let code = ferropy_runtime::protocol::number::index_i64(vm, &v)?;
    // The C library's _exit: no atexit handlers and no buffers flushed,
    // in this process or (after fork) the parent's copies of them.
    // SAFETY: _exit ends the process; it cannot return.
    unsafe { libc::_exit(code as i32) }
}

fn strerror(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "strerror", a)?;
    let code = ferropy_runtime::protocol::number::index_i64(vm, &v)?;
    let text = ferropy_runtime::types::file::strerror(code as i32);
    Ok(vm.new_str(text))
}

fn urandom(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "urandom", a)?;
    let n = ferropy_runtime::protocol::number::index_i64(vm, &v)?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    let read = std::fs::File::open("/dev/urandom").and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf));
    match read {
        Ok(()) => Ok(new_bytes(buf)),
        Err(e) => Err(os_error_from(vm, &e, None)),
    }
}

fn putenv(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "putenv", a, 2, 2)?;
    let (key, _) = path_arg(vm, "putenv", &a[0])?;
    let (value, _) = path_arg(vm, "putenv", &a[1])?;
    if key.as_os_str().is_empty() || key.as_os_str().as_bytes().contains(&b'=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    // The interpreter is single-threaded here: no other thread reads the
    // environment concurrently.
    std::env::set_var(key, value);
    Ok(Value::None)
}

fn unsetenv(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "unsetenv", a)?;
    let (key, _) = path_arg(vm, "unsetenv", &v)?;
    if key.as_os_str().is_empty() || key.as_os_str().as_bytes().contains(&b'=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    std::env::remove_var(key);
    Ok(Value::None)
}

fn isatty(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "isatty", a)?;
    let fd = ferropy_runtime::protocol::number::index_i64(vm, &v)?;
    // SAFETY: isatty() only inspects the descriptor number.
    Ok(Value::bool(unsafe { libc::isatty(fd as libc::c_int) } == 1))
}

fn system(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "system", a)?;
    let (command, _) = path_arg(vm, "system", &v)?;
    // Output we buffered goes out before the command's own.
    let sys = vm.import_module("sys")?;
    for stream in ["stdout", "stderr"] {
        if let Ok(f) = vm.get_attr_str(&sys, stream) {
            ferropy_runtime::types::file::flush_value(&f);
        }
    }
    match std::process::Command::new("/bin/sh").arg("-c").arg(command).status() {
        // The wait status, as C's system() returns it.
        Ok(status) => Ok(Value::Int(std::os::unix::process::ExitStatusExt::into_raw(status) as i64)),
        Err(e) => Err(os_error_from(vm, &e, None)),
    }
}

pub fn make_module(vm: &mut Vm) -> PyResult<Obj> {
    let functions: &[(&'static str, NativeFn)] = &[
        ("getcwd", getcwd),
        ("getcwdb", getcwdb),
        ("chdir", chdir),
        ("listdir", listdir),
        ("mkdir", mkdir),
        ("rmdir", rmdir),
        ("remove", remove),
        ("unlink", remove),
        ("rename", rename),
        ("replace", rename),
        ("chmod", chmod),
        ("utime", utime),
        ("readlink", readlink),
        ("symlink", symlink),
        ("stat", stat),
        ("lstat", lstat),
        ("access", access),
        ("getpid", getpid),
        ("getppid", getppid),
        ("getuid", getuid),
        ("geteuid", getuid),
        ("getgid", getgid),
        ("getegid", getgid),
        ("cpu_count", cpu_count),
        ("umask", umask),
        ("kill", kill),
        ("_exit", exit_now),
        ("strerror", strerror),
        ("urandom", urandom),
        ("putenv", putenv),
        ("unsetenv", unsetenv),
        ("isatty", isatty),
        ("system", system),
    ];
    let all: Vec<(&'static str, NativeFn)> = functions
        .iter()
        .chain(fd::FUNCTIONS)
        .chain(fd_state::FUNCTIONS)
        .chain(session::FUNCTIONS)
        .chain(fork::FUNCTIONS)
        .chain(exec::FUNCTIONS)
        .chain(fork::STATUS_FUNCTIONS)
        .copied()
        .collect();
    let module = ferropy_runtime::types::module::new_native_module(vm, "posix", &all)?;
    fd::install_constants(vm, &module)?;
    fd_state::install_constants(vm, &module)?;
    fork::install(vm, &module)?;
    let dict = module.dict.clone().expect("modules have dicts");
    // The environment as bytes, as the process received it.
    let environ = vm.new_dict();
    for (k, v) in std::env::vars_os() {
        let (k, v) = (new_bytes(k.into_vec()), new_bytes(v.into_vec()));
        vm.set_item(&Value::Obj(environ.clone()), k, v)?;
    }
    vm.dict_set_str(&dict, "environ", Value::Obj(environ))?;
    Ok(module)
}
