//! More calls on descriptors and paths: sizes (`ftruncate`, `truncate`),
//! positioned I/O (`pread`, `pwrite`), descriptor flags (`get_blocking`,
//! `set_blocking`, `get_inheritable`, `set_inheritable`), `fdatasync`,
//! `closerange`, ownership and links (`fchmod`, `chown`, `lchown`,
//! `fchown`, `link`, `mkfifo`), and facts about the system (`uname`,
//! `getloadavg`, `sysconf`, `get_terminal_size`). Each is the system call of the same name;
//! errors become OSError with its errno.

use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;

use ferropy_runtime::protocol::args;
use ferropy_runtime::protocol::number::index_i64;
use ferropy_runtime::types::builtin_function::{KwArgs, NativeFn};
use ferropy_runtime::types::bytes::new_bytes;
use ferropy_runtime::types::file::os_error_from;
use ferropy_runtime::{PyResult, Value, Vm};

use super::{bytes_arg, checked, fd_arg, last_error, retry_interrupted};

fn c_path(vm: &mut Vm, func: &str, v: &Value) -> PyResult<CString> {
    let (path, _) = super::path_arg(vm, func, v)?;
    CString::new(path.as_os_str().as_bytes()).map_err(|_| vm.value_error("embedded null byte"))
}

fn ftruncate(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "ftruncate", a, 2, 2)?;
    let fd = fd_arg(vm, &a[0])?;
    let length = index_i64(vm, &a[1])?;
    // SAFETY: ftruncate() on integers only.
    let r = unsafe { libc::ftruncate(fd, length as libc::off_t) };
    checked(vm, r, None).map(|_| Value::None)
}

/// truncate(path or fd, length).
fn truncate(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "truncate", a, 2, 2)?;
    if matches!(a[0], Value::Int(_)) {
        return ftruncate(vm, a, &[]);
    }
    let path = c_path(vm, "truncate", &a[0])?;
    let length = index_i64(vm, &a[1])?;
    // SAFETY: truncate() reads the NUL-terminated path we own.
    let r = unsafe { libc::truncate(path.as_ptr(), length as libc::off_t) };
    checked(vm, r, Some(&a[0])).map(|_| Value::None)
}

fn pread(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "pread", a, 3, 3)?;
    let fd = fd_arg(vm, &a[0])?;
    let n = index_i64(vm, &a[1])?;
    let offset = index_i64(vm, &a[2])?;
    if n < 0 {
        return Err(os_error_from(vm, &std::io::Error::from_raw_os_error(libc::EINVAL), None));
    }
    let mut buf = Vec::new();
    if buf.try_reserve_exact(n as usize).is_err() {
        return Err(vm.memory_error());
    }
    buf.resize(n as usize, 0);
    // SAFETY: pread() writes at most buf.len() bytes into the buffer we own.
    let got = retry_interrupted(vm, || unsafe {
        libc::pread(fd, buf.as_mut_ptr().cast(), buf.len(), offset as libc::off_t)
    })?;
    buf.truncate(got);
    Ok(new_bytes(buf))
}

fn pwrite(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "pwrite", a, 3, 3)?;
    let fd = fd_arg(vm, &a[0])?;
    let data = bytes_arg(vm, &a[1])?;
    let offset = index_i64(vm, &a[2])?;
    // SAFETY: pwrite() reads data.len() bytes from the buffer we own.
    let put =
        retry_interrupted(vm, || unsafe { libc::pwrite(fd, data.as_ptr().cast(), data.len(), offset as libc::off_t) })?;
    Ok(Value::Int(put as i64))
}

/// The descriptor's file-status or descriptor flags (F_GETFL/F_GETFD).
fn fcntl_get(vm: &mut Vm, fd: libc::c_int, cmd: libc::c_int) -> PyResult<libc::c_int> {
    // SAFETY: fcntl(F_GETFL/F_GETFD) on integers only.
    let flags = unsafe { libc::fcntl(fd, cmd) };
    if flags < 0 {
        return Err(last_error(vm, None));
    }
    Ok(flags)
}

fn fcntl_set(vm: &mut Vm, fd: libc::c_int, cmd: libc::c_int, flags: libc::c_int) -> PyResult<Value> {
    // SAFETY: fcntl(F_SETFL/F_SETFD) on integers only.
    let r = unsafe { libc::fcntl(fd, cmd, flags) };
    checked(vm, r, None).map(|_| Value::None)
}

fn get_blocking(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "get_blocking", a)?;
    let fd = fd_arg(vm, &v)?;
    let flags = fcntl_get(vm, fd, libc::F_GETFL)?;
    Ok(Value::bool(flags & libc::O_NONBLOCK == 0))
}

fn set_blocking(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "set_blocking", a, 2, 2)?;
    let fd = fd_arg(vm, &a[0])?;
    let blocking = vm.truthy(&a[1])?;
    let flags = fcntl_get(vm, fd, libc::F_GETFL)?;
    let flags = if blocking { flags & !libc::O_NONBLOCK } else { flags | libc::O_NONBLOCK };
    fcntl_set(vm, fd, libc::F_SETFL, flags)
}

fn get_inheritable(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "get_inheritable", a)?;
    let fd = fd_arg(vm, &v)?;
    let flags = fcntl_get(vm, fd, libc::F_GETFD)?;
    Ok(Value::bool(flags & libc::FD_CLOEXEC == 0))
}

fn set_inheritable(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "set_inheritable", a, 2, 2)?;
    let fd = fd_arg(vm, &a[0])?;
    let inheritable = vm.truthy(&a[1])?;
    let flags = fcntl_get(vm, fd, libc::F_GETFD)?;
    let flags = if inheritable { flags & !libc::FD_CLOEXEC } else { flags | libc::FD_CLOEXEC };
    fcntl_set(vm, fd, libc::F_SETFD, flags)
}

fn fdatasync(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "fdatasync", a)?;
    let fd = match fd_arg(vm, &v) {
        Ok(fd) => fd,
        Err(_) => {
            let fileno = vm.call_method(&v, "fileno", &[])?;
            fd_arg(vm, &fileno)?
        }
    };
    // SAFETY: fdatasync() on an integer only.
    let r = unsafe { libc::fdatasync(fd) };
    checked(vm, r, None).map(|_| Value::None)
}

/// closerange(low, high): closes the descriptors in [low, high), ignoring
/// errors, as CPython does.
fn closerange(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "closerange", a, 2, 2)?;
    let low = fd_arg(vm, &a[0])?.max(0);
    let high = fd_arg(vm, &a[1])?;
    for fd in low..high {
        // SAFETY: close() on an integer; errors (EBADF) are ignored.
        unsafe { libc::close(fd) };
    }
    Ok(Value::None)
}

fn fchmod(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "fchmod", a, 2, 2)?;
    let fd = fd_arg(vm, &a[0])?;
    let mode = index_i64(vm, &a[1])? as libc::mode_t;
    // SAFETY: fchmod() on integers only.
    let r = unsafe { libc::fchmod(fd, mode) };
    checked(vm, r, None).map(|_| Value::None)
}

fn owner_args(vm: &mut Vm, a: &[Value]) -> PyResult<(libc::uid_t, libc::gid_t)> {
    // -1 leaves the owner or group as it is.
    let uid = index_i64(vm, &a[1])? as libc::uid_t;
    let gid = index_i64(vm, &a[2])? as libc::gid_t;
    Ok((uid, gid))
}

fn chown(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = args::parse(vm, "chown", a, kw, &["path", "uid", "gid", "dir_fd", "follow_symlinks"], 3)?;
    let (uid, gid) = owner_args(vm, &p)?;
    if matches!(p[0], Value::Int(_)) {
        let fd = fd_arg(vm, &p[0])?;
        // SAFETY: fchown() on integers only.
        let r = unsafe { libc::fchown(fd, uid, gid) };
        return checked(vm, r, None).map(|_| Value::None);
    }
    let follow = p[4].is_undef() || vm.truthy(&p[4])?;
    let path = c_path(vm, "chown", &p[0])?;
    // SAFETY: (l)chown() reads the NUL-terminated path we own.
    let r = unsafe {
        if follow {
            libc::chown(path.as_ptr(), uid, gid)
        } else {
            libc::lchown(path.as_ptr(), uid, gid)
        }
    };
    checked(vm, r, Some(&p[0])).map(|_| Value::None)
}

fn lchown(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "lchown", a, 3, 3)?;
    let (uid, gid) = owner_args(vm, a)?;
    let path = c_path(vm, "lchown", &a[0])?;
    // SAFETY: lchown() reads the NUL-terminated path we own.
    let r = unsafe { libc::lchown(path.as_ptr(), uid, gid) };
    checked(vm, r, Some(&a[0])).map(|_| Value::None)
}

fn fchown(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "fchown", a, 3, 3)?;
    let fd = fd_arg(vm, &a[0])?;
    let (uid, gid) = owner_args(vm, a)?;
    // SAFETY: fchown() on integers only.
    let r = unsafe { libc::fchown(fd, uid, gid) };
    checked(vm, r, None).map(|_| Value::None)
}

fn link(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = args::parse(vm, "link", a, kw, &["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"], 2)?;
    let src = c_path(vm, "link", &p[0])?;
    let dst = c_path(vm, "link", &p[1])?;
    // SAFETY: link() reads the two NUL-terminated paths we own.
    let r = unsafe { libc::link(src.as_ptr(), dst.as_ptr()) };
    if r < 0 {
        let err = std::io::Error::last_os_error();
        return Err(super::two_path_error(vm, &err, &p[0], &p[1]));
    }
    Ok(Value::None)
}

fn mkfifo(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = args::parse(vm, "mkfifo", a, kw, &["path", "mode", "dir_fd"], 1)?;
    let mode = if p[1].is_undef() { 0o666 } else { index_i64(vm, &p[1])? } as libc::mode_t;
    let path = c_path(vm, "mkfifo", &p[0])?;
    // SAFETY: mkfifo() reads the NUL-terminated path we own.
    let r = unsafe { libc::mkfifo(path.as_ptr(), mode) };
    checked(vm, r, Some(&p[0])).map(|_| Value::None)
}

/// uname() → a posix.uname_result (sysname, nodename, release, version,
/// machine).
fn uname(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "uname", a, 0, 0)?;
    // SAFETY: utsname is plain old data; uname() fills the struct we own.
    let mut info: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: as above.
    if unsafe { libc::uname(&mut info) } < 0 {
        return Err(last_error(vm, None));
    }
    let field = |chars: &[libc::c_char]| {
        let bytes: Vec<u8> = chars.iter().take_while(|&&c| c != 0).map(|&c| c as u8).collect();
        ferropy_runtime::codecs::fs_decode(&bytes)
    };
    let fields = [&info.sysname[..], &info.nodename[..], &info.release[..], &info.version[..], &info.machine[..]];
    let values: Vec<Value> = fields.iter().map(|f| vm.new_str(field(f))).collect();
    let ty = ferropy_runtime::types::module::class_in_module(vm, "posix", "uname_result")?;
    Ok(ferropy_runtime::types::structseq::make_instance(vm, &ty, values))
}

fn getloadavg(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "getloadavg", a, 0, 0)?;
    let mut loads = [0f64; 3];
    // SAFETY: getloadavg() writes at most 3 doubles into the array we own.
    if unsafe { libc::getloadavg(loads.as_mut_ptr(), 3) } != 3 {
        return Err(vm.new_error(&vm.exc.os_error.clone(), "Load averages are unobtainable"));
    }
    Ok(vm.new_tuple(loads.iter().map(|&l| Value::float(l)).collect()))
}

/// The sysconf(3) names CPython knows on Linux, with their values.
const SYSCONF_NAMES: &[(&str, libc::c_int)] = &[
    ("SC_ARG_MAX", libc::_SC_ARG_MAX),
    ("SC_CHILD_MAX", libc::_SC_CHILD_MAX),
    ("SC_CLK_TCK", libc::_SC_CLK_TCK),
    ("SC_NGROUPS_MAX", libc::_SC_NGROUPS_MAX),
    ("SC_OPEN_MAX", libc::_SC_OPEN_MAX),
    ("SC_PAGESIZE", libc::_SC_PAGESIZE),
    ("SC_PAGE_SIZE", libc::_SC_PAGESIZE),
    ("SC_NPROCESSORS_CONF", libc::_SC_NPROCESSORS_CONF),
    ("SC_NPROCESSORS_ONLN", libc::_SC_NPROCESSORS_ONLN),
    ("SC_PHYS_PAGES", libc::_SC_PHYS_PAGES),
    ("SC_AVPHYS_PAGES", libc::_SC_AVPHYS_PAGES),
    ("SC_LINE_MAX", libc::_SC_LINE_MAX),
    ("SC_HOST_NAME_MAX", libc::_SC_HOST_NAME_MAX),
    ("SC_LOGIN_NAME_MAX", libc::_SC_LOGIN_NAME_MAX),
    ("SC_IOV_MAX", libc::_SC_IOV_MAX),
    ("SC_GETPW_R_SIZE_MAX", libc::_SC_GETPW_R_SIZE_MAX),
    ("SC_GETGR_R_SIZE_MAX", libc::_SC_GETGR_R_SIZE_MAX),
    ("SC_TTY_NAME_MAX", libc::_SC_TTY_NAME_MAX),
    ("SC_SEM_NSEMS_MAX", libc::_SC_SEM_NSEMS_MAX),
    ("SC_VERSION", libc::_SC_VERSION),
];

/// sysconf(name or number) → the value (-1 when the system sets none).
fn sysconf(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "sysconf", a)?;
    let name = match ferropy_runtime::types::str::as_str(&v) {
        Some(text) => match SYSCONF_NAMES.iter().find(|(n, _)| *n == text) {
            Some((_, value)) => *value,
            None => return Err(vm.value_error("unrecognized configuration name")),
        },
        None => index_i64(vm, &v)? as libc::c_int,
    };
    // SAFETY: sysconf() on an integer only; errno tells an error from "no limit".
    let value = unsafe {
        *libc::__errno_location() = 0;
        libc::sysconf(name)
    };
    if value == -1 && std::io::Error::last_os_error().raw_os_error().unwrap_or(0) != 0 {
        return Err(last_error(vm, None));
    }
    Ok(Value::Int(value as i64))
}

/// The names `confstr` knows (os.confstr_names).
const CONFSTR_NAMES: &[(&str, libc::c_int)] = &[
    ("CS_PATH", 0),
    ("CS_GNU_LIBC_VERSION", libc::_CS_GNU_LIBC_VERSION),
    ("CS_GNU_LIBPTHREAD_VERSION", libc::_CS_GNU_LIBPTHREAD_VERSION),
];

/// confstr(name or number) → the configuration string, or None when the
/// system defines no value.
fn confstr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "confstr", a)?;
    let name = match ferropy_runtime::types::str::as_str(&v) {
        Some(text) => match CONFSTR_NAMES.iter().find(|(n, _)| *n == text) {
            Some((_, value)) => *value,
            None => return Err(vm.value_error("unrecognized configuration name")),
        },
        None => index_i64(vm, &v)? as libc::c_int,
    };
    let mut buffer = vec![0u8; 256];
    loop {
        // SAFETY: confstr writes at most buffer.len() bytes (NUL included)
        // into the buffer we own and returns the length it needs.
        let needed = unsafe {
            *libc::__errno_location() = 0;
            libc::confstr(name, buffer.as_mut_ptr().cast(), buffer.len())
        };
        if needed == 0 {
            if std::io::Error::last_os_error().raw_os_error().unwrap_or(0) != 0 {
                return Err(last_error(vm, None));
            }
            return Ok(Value::None);
        }
        if needed > buffer.len() {
            buffer.resize(needed, 0);
            continue;
        }
        let text = String::from_utf8_lossy(&buffer[..needed - 1]).into_owned();
        return Ok(vm.new_str(text));
    }
}

/// get_terminal_size(fd=1) → os.terminal_size(columns, lines).
fn get_terminal_size(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "get_terminal_size", a, 0, 1)?;
    let fd = match a.first() {
        Some(v) => fd_arg(vm, v)?,
        None => 1,
    };
    let mut size = libc::winsize { ws_row: 0, ws_col: 0, ws_xpixel: 0, ws_ypixel: 0 };
    // SAFETY: TIOCGWINSZ writes one winsize into the struct we own.
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut size) } < 0 {
        return Err(last_error(vm, None));
    }
    let ty = ferropy_runtime::types::module::class_in_module(vm, "posix", "terminal_size")?;
    let values = vec![Value::Int(size.ws_col as i64), Value::Int(size.ws_row as i64)];
    Ok(ferropy_runtime::types::structseq::make_instance(vm, &ty, values))
}

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("get_terminal_size", get_terminal_size),
    ("ftruncate", ftruncate),
    ("truncate", truncate),
    ("pread", pread),
    ("pwrite", pwrite),
    ("get_blocking", get_blocking),
    ("set_blocking", set_blocking),
    ("get_inheritable", get_inheritable),
    ("set_inheritable", set_inheritable),
    ("fdatasync", fdatasync),
    ("closerange", closerange),
    ("fchmod", fchmod),
    ("chown", chown),
    ("lchown", lchown),
    ("fchown", fchown),
    ("link", link),
    ("mkfifo", mkfifo),
    ("uname", uname),
    ("getloadavg", getloadavg),
    ("sysconf", sysconf),
    ("confstr", confstr),
];

/// `sysconf_names` (a dict) and the `uname_result` type.
pub fn install_constants(vm: &mut Vm, module: &ferropy_runtime::Obj) -> PyResult<()> {
    let dict = module.dict.clone().expect("modules have dicts");
    let fields = ["sysname", "nodename", "release", "version", "machine"];
    let uname_result = ferropy_runtime::types::structseq::make_type(vm, "posix", "uname_result", &fields)?;
    vm.dict_set_str(&dict, "uname_result", Value::Obj(uname_result))?;
    let terminal_size = ferropy_runtime::types::structseq::make_type(vm, "os", "terminal_size", &["columns", "lines"])?;
    vm.dict_set_str(&dict, "terminal_size", Value::Obj(terminal_size))?;
    let names = vm.new_dict();
    for (name, value) in SYSCONF_NAMES {
        vm.dict_set_str(&names, name, Value::Int(*value as i64))?;
    }
    vm.dict_set_str(&dict, "sysconf_names", Value::Obj(names))?;
    let names = vm.new_dict();
    for (name, value) in CONFSTR_NAMES {
        vm.dict_set_str(&names, name, Value::Int(*value as i64))?;
    }
    vm.dict_set_str(&dict, "confstr_names", Value::Obj(names))?;
    Ok(())
}
