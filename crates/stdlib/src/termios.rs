//! `_termioscalls`: the terminal system calls under lib/termios.py —
//! tcgetattr/tcsetattr as lists of flags and control characters,
//! tcsendbreak, tcdrain, tcflush, tcflow and the window size.

use ferropy_runtime::object::Payload;
use ferropy_runtime::protocol::args;
use ferropy_runtime::protocol::number::index_i64;
use ferropy_runtime::types::builtin_function::{KwArgs, NativeFn};
use ferropy_runtime::types::bytes::{as_bytes_like, new_bytes};
use ferropy_runtime::types::file::os_error_from;
use ferropy_runtime::{Obj, PyResult, Value, Vm};

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    Ok(index_i64(vm, v)? as i32)
}

fn check(vm: &mut Vm, rc: libc::c_int) -> PyResult<()> {
    if rc < 0 {
        return Err(os_error_from(vm, &std::io::Error::last_os_error(), None));
    }
    Ok(())
}

fn get_termios(vm: &mut Vm, fd: i32) -> PyResult<libc::termios> {
    // SAFETY: termios is plain old data; zeroed is a valid value that
    // tcgetattr overwrites.
    let mut t: libc::termios = unsafe { std::mem::zeroed() };
    // SAFETY: t is a live termios for tcgetattr to fill.
    let rc = unsafe { libc::tcgetattr(fd, &mut t) };
    check(vm, rc)?;
    Ok(t)
}

/// tcgetattr(fd) → [iflag, oflag, cflag, lflag, ispeed, ospeed, cc]; cc
/// holds one-byte bytes, except VMIN and VTIME in non-canonical mode,
/// which are ints (as CPython gives them).
fn tcgetattr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "tcgetattr", a)?;
    let fd = int_arg(vm, &v)?;
    let t = get_termios(vm, fd)?;
    // SAFETY: reads the speeds out of a termios tcgetattr filled.
    let (ispeed, ospeed) = unsafe { (libc::cfgetispeed(&t), libc::cfgetospeed(&t)) };
    let canonical = t.c_lflag & libc::ICANON != 0;
    let cc: Vec<Value> = t
        .c_cc
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            if !canonical && (i == libc::VMIN || i == libc::VTIME) {
                Value::Int(c as i64)
            } else {
                new_bytes(vec![c])
            }
        })
        .collect();
    let cc = vm.new_list(cc);
    Ok(vm.new_list(vec![
        Value::Int(t.c_iflag as i64),
        Value::Int(t.c_oflag as i64),
        Value::Int(t.c_cflag as i64),
        Value::Int(t.c_lflag as i64),
        Value::Int(ispeed as i64),
        Value::Int(ospeed as i64),
        cc,
    ]))
}

fn tcsetattr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "tcsetattr", a, 3, 3)?;
    let (fd, when) = (int_arg(vm, &a[0])?, int_arg(vm, &a[1])?);
    let items = match a[2].payload() {
        Some(Payload::List(l)) if l.borrow().len() == 7 => l.borrow().to_vec(),
        _ => return Err(vm.type_error("tcsetattr, arg 3: must be 7 element list")),
    };
    let mut t = get_termios(vm, fd)?;
    t.c_iflag = index_i64(vm, &items[0])? as libc::tcflag_t;
    t.c_oflag = index_i64(vm, &items[1])? as libc::tcflag_t;
    t.c_cflag = index_i64(vm, &items[2])? as libc::tcflag_t;
    t.c_lflag = index_i64(vm, &items[3])? as libc::tcflag_t;
    let ispeed = index_i64(vm, &items[4])? as libc::speed_t;
    let ospeed = index_i64(vm, &items[5])? as libc::speed_t;
    let cc = match items[6].payload() {
        Some(Payload::List(l)) if l.borrow().len() == libc::NCCS => l.borrow().to_vec(),
        _ => return Err(vm.type_error(format!("tcsetattr: attributes[6] must be {} element list", libc::NCCS))),
    };
    for (slot, v) in t.c_cc.iter_mut().zip(&cc) {
        *slot = match as_bytes_like(v) {
            Some(b) if b.len() == 1 => b[0],
            Some(_) => return Err(vm.type_error("tcsetattr: elements of attributes must be characters or integers")),
            None => index_i64(vm, v)? as libc::cc_t,
        };
    }
    // SAFETY: t is a valid termios; the speed setters only write into it.
    let rc = unsafe { libc::cfsetispeed(&mut t, ispeed) };
    check(vm, rc)?;
    // SAFETY: as above.
    let rc = unsafe { libc::cfsetospeed(&mut t, ospeed) };
    check(vm, rc)?;
    // SAFETY: t is a valid termios the kernel only reads.
    let rc = unsafe { libc::tcsetattr(fd, when, &t) };
    check(vm, rc)?;
    Ok(Value::None)
}

fn two_ints(vm: &mut Vm, name: &str, a: &[Value]) -> PyResult<(i32, i32)> {
    args::check_positional(vm, name, a, 2, 2)?;
    Ok((int_arg(vm, &a[0])?, int_arg(vm, &a[1])?))
}

fn tcsendbreak(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (fd, duration) = two_ints(vm, "tcsendbreak", a)?;
    // SAFETY: integer arguments only.
    let rc = unsafe { libc::tcsendbreak(fd, duration) };
    check(vm, rc)?;
    Ok(Value::None)
}

fn tcdrain(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "tcdrain", a)?;
    let fd = int_arg(vm, &v)?;
    // SAFETY: integer argument only.
    let rc = unsafe { libc::tcdrain(fd) };
    check(vm, rc)?;
    Ok(Value::None)
}

fn tcflush(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (fd, queue) = two_ints(vm, "tcflush", a)?;
    // SAFETY: integer arguments only.
    let rc = unsafe { libc::tcflush(fd, queue) };
    check(vm, rc)?;
    Ok(Value::None)
}

fn tcflow(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (fd, action) = two_ints(vm, "tcflow", a)?;
    // SAFETY: integer arguments only.
    let rc = unsafe { libc::tcflow(fd, action) };
    check(vm, rc)?;
    Ok(Value::None)
}

/// tcgetwinsize(fd) → (rows, columns).
fn tcgetwinsize(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "tcgetwinsize", a)?;
    let fd = int_arg(vm, &v)?;
    let mut w = libc::winsize { ws_row: 0, ws_col: 0, ws_xpixel: 0, ws_ypixel: 0 };
    // SAFETY: TIOCGWINSZ writes one winsize into w.
    let rc = unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut w) };
    check(vm, rc)?;
    Ok(vm.new_tuple(vec![Value::Int(w.ws_row as i64), Value::Int(w.ws_col as i64)]))
}

fn tcsetwinsize(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "tcsetwinsize", a, 2, 2)?;
    let fd = int_arg(vm, &a[0])?;
    let size = vm.collect(&a[1])?;
    if size.len() != 2 {
        return Err(vm.type_error("tcsetwinsize, arg 2: must be a two-item sequence"));
    }
    let mut w = libc::winsize { ws_row: 0, ws_col: 0, ws_xpixel: 0, ws_ypixel: 0 };
    // SAFETY: TIOCGWINSZ writes one winsize into w (the pixel sizes are kept).
    let rc = unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut w) };
    check(vm, rc)?;
    w.ws_row = index_i64(vm, &size[0])? as u16;
    w.ws_col = index_i64(vm, &size[1])? as u16;
    // SAFETY: TIOCSWINSZ reads one winsize from w.
    let rc = unsafe { libc::ioctl(fd, libc::TIOCSWINSZ, &w) };
    check(vm, rc)?;
    Ok(Value::None)
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("tcgetattr", tcgetattr),
    ("tcsetattr", tcsetattr),
    ("tcsendbreak", tcsendbreak),
    ("tcdrain", tcdrain),
    ("tcflush", tcflush),
    ("tcflow", tcflow),
    ("tcgetwinsize", tcgetwinsize),
    ("tcsetwinsize", tcsetwinsize),
];

pub fn make_module(vm: &mut Vm) -> PyResult<Obj> {
    ferropy_runtime::types::module::new_native_module(vm, "_termioscalls", FUNCTIONS)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_pipe_is_not_a_terminal() {
        let (r, _w) = std::os::unix::net::UnixStream::pair().unwrap();
        let fd = std::os::unix::io::AsRawFd::as_raw_fd(&r);
        // SAFETY: as in tcgetattr above.
        let mut t: libc::termios = unsafe { std::mem::zeroed() };
        // SAFETY: t is a live termios.
        assert!(unsafe { libc::tcgetattr(fd, &mut t) } < 0);
    }
}
