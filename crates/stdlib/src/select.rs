//! `_selectcalls`: poll(2) and epoll(7) on plain descriptors, under
//! lib/select.py's `select`, `poll` and `epoll` (and the socket
//! module's timeouts, through `poll_one`).

use std::os::unix::io::RawFd;

use ferropy_runtime::object::Payload;
use ferropy_runtime::protocol::args;
use ferropy_runtime::protocol::number::index_i64;
use ferropy_runtime::types::builtin_function::{KwArgs, NativeFn};
use ferropy_runtime::types::file::os_error_from;
use ferropy_runtime::{Obj, PyResult, Value, Vm};

/// Polls `fds`; returns how many have events (0 on timeout). `ms` < 0
/// waits forever.
fn poll_fds(fds: &mut [libc::pollfd], ms: i32) -> std::io::Result<usize> {
    // SAFETY: the pointer and length describe the caller's live slice of
    // pollfd structs, which poll() only reads and updates in place.
    let n = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, ms) };
    if n < 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(n as usize)
}

/// Whether `fd` has one of `events` (or an error or hang-up) within `ms`.
pub fn poll_one(fd: RawFd, events: i16, ms: i32) -> std::io::Result<bool> {
    let mut one = [libc::pollfd { fd, events, revents: 0 }];
    Ok(poll_fds(&mut one, ms)? > 0)
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    index_i64(vm, v)
}

/// poll(pairs, timeout_ms) → [(fd, revents)] for the descriptors with
/// events; `pairs` is a list of (fd, events). Interrupted waits return
/// to Python, which recomputes the timeout and calls again.
fn poll(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "poll", a, 2, 2)?;
    let pairs = match a[0].payload() {
        Some(Payload::List(l)) => l.borrow().to_vec(),
        _ => return Err(vm.type_error("poll() expects a list of (fd, events)")),
    };
    let mut fds = Vec::with_capacity(pairs.len());
    for pair in &pairs {
        let Some(Payload::Tuple(t)) = pair.payload() else {
            return Err(vm.type_error("poll() expects a list of (fd, events)"));
        };
        let (fd, events) = (int_arg(vm, &t[0])?, int_arg(vm, &t[1])?);
        fds.push(libc::pollfd { fd: fd as RawFd, events: events as i16, revents: 0 });
    }
    let ms = int_arg(vm, &a[1])?.clamp(-1, i32::MAX as i64) as i32;
    match vm.allow_threads(|| poll_fds(&mut fds, ms)) {
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
            vm.run_pending()?;
            return Ok(Value::None);
        }
        Err(e) => return Err(os_error_from(vm, &e, None)),
    }
    let ready = fds
        .iter()
        .filter(|p| p.revents != 0)
        .map(|p| vm.new_tuple(vec![Value::Int(p.fd as i64), Value::Int((p.revents as u16) as i64)]))
        .collect();
    Ok(vm.new_list(ready))
}

fn epoll_create(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_no_args(vm, "epoll_create", a)?;
    // SAFETY: epoll_create1 takes a flag and returns a new descriptor.
    let fd = unsafe { libc::epoll_create1(libc::EPOLL_CLOEXEC) };
    if fd < 0 {
        return Err(os_error_from(vm, &std::io::Error::last_os_error(), None));
    }
    Ok(Value::Int(fd as i64))
}

/// epoll_ctl(epfd, op, fd, events); the event's data is the descriptor.
fn epoll_ctl(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "epoll_ctl", a, 4, 4)?;
    let (epfd, op, fd, events) = (int_arg(vm, &a[0])?, int_arg(vm, &a[1])?, int_arg(vm, &a[2])?, int_arg(vm, &a[3])?);
    let mut event = libc::epoll_event { events: events as u32, u64: fd as u64 };
    // SAFETY: event is a live epoll_event the kernel only reads.
    let rc = unsafe { libc::epoll_ctl(epfd as RawFd, op as i32, fd as RawFd, &mut event) };
    if rc < 0 {
        return Err(os_error_from(vm, &std::io::Error::last_os_error(), None));
    }
    Ok(Value::None)
}

/// epoll_wait(epfd, timeout_ms, maxevents) → [(fd, events)], or None when
/// a signal interrupted the wait (Python recomputes the timeout).
fn epoll_wait(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "epoll_wait", a, 3, 3)?;
    let epfd = int_arg(vm, &a[0])? as RawFd;
    let ms = int_arg(vm, &a[1])?.clamp(-1, i32::MAX as i64) as i32;
    let max = int_arg(vm, &a[2])?.clamp(1, 1 << 20) as usize;
    let mut events = vec![libc::epoll_event { events: 0, u64: 0 }; max];
    let (n, error) = vm.allow_threads(|| {
        // SAFETY: events has room for `max` entries and the kernel writes
        // at most that many.
        let n = unsafe { libc::epoll_wait(epfd, events.as_mut_ptr(), max as i32, ms) };
        (n, std::io::Error::last_os_error())
    });
    if n < 0 {
        let e = error;
        if e.kind() == std::io::ErrorKind::Interrupted {
            vm.run_pending()?;
            return Ok(Value::None);
        }
        return Err(os_error_from(vm, &e, None));
    }
    let ready = events[..n as usize]
        .iter()
        .map(|e| {
            let (fd, ev) = (e.u64, e.events);
            vm.new_tuple(vec![Value::Int(fd as i64), Value::Int(ev as i64)])
        })
        .collect();
    Ok(vm.new_list(ready))
}

const FUNCTIONS: &[(&str, NativeFn)] =
    &[("poll", poll), ("epoll_create", epoll_create), ("epoll_ctl", epoll_ctl), ("epoll_wait", epoll_wait)];

const CONSTANTS: &[(&str, i64)] = &[
    ("POLLIN", libc::POLLIN as i64),
    ("POLLPRI", libc::POLLPRI as i64),
    ("POLLOUT", libc::POLLOUT as i64),
    ("POLLERR", libc::POLLERR as i64),
    ("POLLHUP", libc::POLLHUP as i64),
    ("POLLNVAL", libc::POLLNVAL as i64),
    ("POLLRDNORM", libc::POLLRDNORM as i64),
    ("POLLRDBAND", libc::POLLRDBAND as i64),
    ("POLLWRNORM", libc::POLLWRNORM as i64),
    ("POLLWRBAND", libc::POLLWRBAND as i64),
    ("POLLMSG", 0x400),
    ("POLLRDHUP", libc::POLLRDHUP as i64),
    ("EPOLLIN", libc::EPOLLIN as i64),
    ("EPOLLOUT", libc::EPOLLOUT as i64),
    ("EPOLLPRI", libc::EPOLLPRI as i64),
    ("EPOLLERR", libc::EPOLLERR as i64),
    ("EPOLLHUP", libc::EPOLLHUP as i64),
    ("EPOLLRDHUP", libc::EPOLLRDHUP as i64),
    ("EPOLLET", libc::EPOLLET as u32 as i64),
    ("EPOLLONESHOT", libc::EPOLLONESHOT as i64),
    ("EPOLLEXCLUSIVE", libc::EPOLLEXCLUSIVE as i64),
    ("EPOLLRDNORM", libc::EPOLLRDNORM as i64),
    ("EPOLLRDBAND", libc::EPOLLRDBAND as i64),
    ("EPOLLWRNORM", libc::EPOLLWRNORM as i64),
    ("EPOLLWRBAND", libc::EPOLLWRBAND as i64),
    ("EPOLLMSG", libc::EPOLLMSG as i64),
    ("EPOLL_CLOEXEC", libc::EPOLL_CLOEXEC as i64),
    ("EPOLL_CTL_ADD", libc::EPOLL_CTL_ADD as i64),
    ("EPOLL_CTL_MOD", libc::EPOLL_CTL_MOD as i64),
    ("EPOLL_CTL_DEL", libc::EPOLL_CTL_DEL as i64),
    ("PIPE_BUF", libc::PIPE_BUF as i64),
];

pub fn make_module(vm: &mut Vm) -> PyResult<Obj> {
    let module = ferropy_runtime::types::module::new_native_module(vm, "_selectcalls", FUNCTIONS)?;
    let dict = module.dict.clone().expect("modules have dicts");
    for (name, value) in CONSTANTS {
        vm.dict_set_str(&dict, name, Value::Int(*value))?;
    }
    Ok(module)
}

#[cfg(test)]
mod tests {
    #[test]
    fn poll_sees_a_readable_pipe() {
        let (a, b) = std::os::unix::net::UnixStream::pair().unwrap();
        let fd = std::os::unix::io::AsRawFd::as_raw_fd(&b);
        assert!(!super::poll_one(fd, libc::POLLIN, 0).unwrap());
        std::io::Write::write_all(&mut &a, b"x").unwrap();
        assert!(super::poll_one(fd, libc::POLLIN, 1000).unwrap());
    }
}
