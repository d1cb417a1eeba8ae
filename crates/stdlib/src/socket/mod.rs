//! `_socketcalls`: the system calls behind `_socket.socket` (lib/_socket.py
//! keeps the Python object, its descriptor, family and timeout; each
//! function here is one call on a descriptor), plus name resolution and
//! the constants. Blocking and timeouts are the Python side's: it puts
//! the descriptor in non-blocking mode and waits with `wait`.

mod address;
mod msg;
mod resolve;
mod sys;

use std::mem::MaybeUninit;
use std::net::Shutdown;
use std::os::unix::io::{IntoRawFd, RawFd};

use ferropy_runtime::protocol::args;
use ferropy_runtime::protocol::number::index_i64;
use ferropy_runtime::types::builtin_function::{KwArgs, NativeFn};
use ferropy_runtime::types::bytes::{as_bytes_like, new_bytes};
use ferropy_runtime::types::file::os_error_from;
use ferropy_runtime::{Obj, PyErr, PyResult, Value, Vm};
use socket2::{Domain, Protocol, Socket, Type};

use sys::with_fd;

fn os_error(vm: &mut Vm, e: &std::io::Error) -> PyErr {
    os_error_from(vm, e, None)
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let n = index_i64(vm, v)?;
    i32::try_from(n).map_err(|_| vm.overflow_error("signed integer is greater than maximum"))
}

fn fd_arg(vm: &mut Vm, v: &Value) -> PyResult<RawFd> {
    int_arg(vm, v)
}

fn data_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match as_bytes_like(v) {
        Some(b) => Ok(b.to_vec()),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
        }
    }
}

/// socket(family, type, proto) → a new descriptor (close-on-exec).
fn socket(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "socket", a, 3, 3)?;
    let (family, ty, proto) = (int_arg(vm, &a[0])?, int_arg(vm, &a[1])?, int_arg(vm, &a[2])?);
    let proto = (proto != 0).then(|| Protocol::from(proto));
    match Socket::new(Domain::from(family), Type::from(ty), proto) {
        Ok(s) => Ok(Value::Int(s.into_raw_fd() as i64)),
        Err(e) => Err(os_error(vm, &e)),
    }
}

fn socketpair(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "socketpair", a, 3, 3)?;
    let (family, ty, proto) = (int_arg(vm, &a[0])?, int_arg(vm, &a[1])?, int_arg(vm, &a[2])?);
    let proto = (proto != 0).then(|| Protocol::from(proto));
    match Socket::pair(Domain::from(family), Type::from(ty), proto) {
        Ok((x, y)) => Ok(vm.new_tuple(vec![Value::Int(x.into_raw_fd() as i64), Value::Int(y.into_raw_fd() as i64)])),
        Err(e) => Err(os_error(vm, &e)),
    }
}

/// info(fd) → (family, type, proto) of an open socket.
fn info(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "info", a)?;
    let fd = fd_arg(vm, &v)?;
    let mut out = Vec::new();
    for opt in [libc::SO_DOMAIN, libc::SO_TYPE, libc::SO_PROTOCOL] {
        let raw = sys::getsockopt(fd, libc::SOL_SOCKET, opt, 4).map_err(|e| os_error(vm, &e))?;
        let n = raw.get(..4).map_or(0, |b| i32::from_ne_bytes([b[0], b[1], b[2], b[3]]));
        out.push(Value::Int(n as i64));
    }
    Ok(vm.new_tuple(out))
}

fn bind(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "bind", a, 3, 3)?;
    let (fd, family) = (fd_arg(vm, &a[0])?, int_arg(vm, &a[1])?);
    let addr = address::to_sockaddr(vm, family, &a[2], "bind")?;
    with_fd(fd, |s| s.bind(&addr)).map_err(|e| os_error(vm, &e))?;
    Ok(Value::None)
}

/// connect(fd, family, address) → 0, or the errno of a connect that did
/// not complete (EINPROGRESS and the like are the caller's to wait on).
fn connect(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "connect", a, 4, 4)?;
    let (fd, family) = (fd_arg(vm, &a[0])?, int_arg(vm, &a[1])?);
    let name = ferropy_runtime::types::str::as_str(&a[3]).unwrap_or("connect").to_string();
    let addr = address::to_sockaddr(vm, family, &a[2], &name)?;
    loop {
        match vm.allow_threads(|| with_fd(fd, |s| s.connect(&addr))) {
            Ok(()) => return Ok(Value::Int(0)),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => vm.run_pending()?,
            Err(e) => return Ok(Value::Int(e.raw_os_error().unwrap_or(libc::EIO) as i64)),
        }
    }
}

fn listen(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "listen", a, 2, 2)?;
    let (fd, backlog) = (fd_arg(vm, &a[0])?, int_arg(vm, &a[1])?);
    with_fd(fd, |s| s.listen(backlog.max(0))).map_err(|e| os_error(vm, &e))?;
    Ok(Value::None)
}

/// accept(fd) → (new fd, address).
fn accept(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "accept", a)?;
    let fd = fd_arg(vm, &v)?;
    let (conn, addr) = vm.retry_interrupted_blocking(|| with_fd(fd, |s| s.accept()))?;
    let addr = address::from_sockaddr(vm, &addr);
    Ok(vm.new_tuple(vec![Value::Int(conn.into_raw_fd() as i64), addr]))
}

fn send(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "send", a, 3, 3)?;
    let fd = fd_arg(vm, &a[0])?;
    let data = data_arg(vm, &a[1])?;
    let flags = int_arg(vm, &a[2])? | libc::MSG_NOSIGNAL;
    let n = vm.retry_interrupted_blocking(|| with_fd(fd, |s| s.send_with_flags(&data, flags)))?;
    Ok(Value::Int(n as i64))
}

fn sendto(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "sendto", a, 5, 5)?;
    let fd = fd_arg(vm, &a[0])?;
    let data = data_arg(vm, &a[1])?;
    let flags = int_arg(vm, &a[2])? | libc::MSG_NOSIGNAL;
    let family = int_arg(vm, &a[3])?;
    let addr = address::to_sockaddr(vm, family, &a[4], "sendto")?;
    let n = vm.retry_interrupted_blocking(|| with_fd(fd, |s| s.send_to_with_flags(&data, &addr, flags)))?;
    Ok(Value::Int(n as i64))
}

fn size_arg(vm: &mut Vm, v: &Value, call: &str) -> PyResult<usize> {
    let n = index_i64(vm, v)?;
    if n < 0 {
        return Err(vm.value_error(format!("negative buffersize in {call}")));
    }
    Ok(n as usize)
}

fn recv(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "recv", a, 3, 3)?;
    let fd = fd_arg(vm, &a[0])?;
    let size = size_arg(vm, &a[1], "recv")?;
    let flags = int_arg(vm, &a[2])?;
    let mut buf = vec![MaybeUninit::<u8>::uninit(); size];
    let n = vm.retry_interrupted_blocking(|| with_fd(fd, |s| s.recv_with_flags(&mut buf, flags)))?;
    Ok(new_bytes(sys::received(&buf, n)))
}

fn recvfrom(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "recvfrom", a, 3, 3)?;
    let fd = fd_arg(vm, &a[0])?;
    let size = size_arg(vm, &a[1], "recvfrom")?;
    let flags = int_arg(vm, &a[2])?;
    let mut buf = vec![MaybeUninit::<u8>::uninit(); size];
    let (n, addr) = vm.retry_interrupted_blocking(|| with_fd(fd, |s| s.recv_from_with_flags(&mut buf, flags)))?;
    let data = new_bytes(sys::received(&buf, n));
    let addr = if addr.family() == 0 { Value::None } else { address::from_sockaddr(vm, &addr) };
    Ok(vm.new_tuple(vec![data, addr]))
}

fn shutdown(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "shutdown", a, 2, 2)?;
    let (fd, how) = (fd_arg(vm, &a[0])?, int_arg(vm, &a[1])?);
    let how = match how {
        libc::SHUT_RD => Shutdown::Read,
        libc::SHUT_WR => Shutdown::Write,
        libc::SHUT_RDWR => Shutdown::Both,
        _ => return Err(os_error(vm, &std::io::Error::from_raw_os_error(libc::EINVAL))),
    };
    with_fd(fd, |s| s.shutdown(how)).map_err(|e| os_error(vm, &e))?;
    Ok(Value::None)
}

fn getsockname(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "getsockname", a)?;
    let fd = fd_arg(vm, &v)?;
    let addr = with_fd(fd, |s| s.local_addr()).map_err(|e| os_error(vm, &e))?;
    Ok(address::from_sockaddr(vm, &addr))
}

fn getpeername(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "getpeername", a)?;
    let fd = fd_arg(vm, &v)?;
    let addr = with_fd(fd, |s| s.peer_addr()).map_err(|e| os_error(vm, &e))?;
    Ok(address::from_sockaddr(vm, &addr))
}

fn setblocking(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "setblocking", a, 2, 2)?;
    let fd = fd_arg(vm, &a[0])?;
    let blocking = vm.truthy(&a[1])?;
    with_fd(fd, |s| s.set_nonblocking(!blocking)).map_err(|e| os_error(vm, &e))?;
    Ok(Value::None)
}

/// setsockopt(fd, level, option, value): an int, or a bytes-like value
/// passed as it is.
fn setsockopt(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "setsockopt", a, 4, 4)?;
    let (fd, level, name) = (fd_arg(vm, &a[0])?, int_arg(vm, &a[1])?, int_arg(vm, &a[2])?);
    let raw = match as_bytes_like(&a[3]) {
        Some(b) => b.to_vec(),
        None => int_arg(vm, &a[3])?.to_ne_bytes().to_vec(),
    };
    sys::setsockopt(fd, level, name, &raw).map_err(|e| os_error(vm, &e))?;
    Ok(Value::None)
}

/// getsockopt(fd, level, option, buflen): an int when buflen is 0,
/// otherwise the raw bytes.
fn getsockopt(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "getsockopt", a, 4, 4)?;
    let (fd, level, name) = (fd_arg(vm, &a[0])?, int_arg(vm, &a[1])?, int_arg(vm, &a[2])?);
    let buflen = index_i64(vm, &a[3])?;
    if buflen == 0 {
        let raw = sys::getsockopt(fd, level, name, 4).map_err(|e| os_error(vm, &e))?;
        let mut four = [0u8; 4];
        four[..raw.len().min(4)].copy_from_slice(&raw[..raw.len().min(4)]);
        return Ok(Value::Int(i32::from_ne_bytes(four) as i64));
    }
    if !(1..=1024).contains(&buflen) {
        return Err(vm.new_error(&vm.exc.os_error.clone(), "getsockopt buflen out of range"));
    }
    let raw = sys::getsockopt(fd, level, name, buflen as usize).map_err(|e| os_error(vm, &e))?;
    Ok(new_bytes(raw))
}

/// wait(fd, for_writing, timeout) → True when the descriptor is ready,
/// False when `timeout` seconds (a float; negative: forever) pass first.
fn wait(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "wait", a, 3, 3)?;
    let fd = fd_arg(vm, &a[0])?;
    let writing = vm.truthy(&a[1])?;
    let timeout = ferropy_runtime::types::float::float_from_value(vm, &a[2])?;
    let events = if writing { libc::POLLOUT } else { libc::POLLIN };
    let deadline = (timeout >= 0.0).then(|| std::time::Instant::now() + std::time::Duration::from_secs_f64(timeout));
    loop {
        let ms = match deadline {
            None => -1,
            Some(d) => d.saturating_duration_since(std::time::Instant::now()).as_millis().min(i32::MAX as u128) as i32,
        };
        match vm.allow_threads(|| crate::select::poll_one(fd, events, ms)) {
            Ok(ready) => return Ok(Value::bool(ready)),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => vm.run_pending()?,
            Err(e) => return Err(os_error(vm, &e)),
        }
    }
}

fn close(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "close", a)?;
    let fd = fd_arg(vm, &v)?;
    // A socket closes even when close() reports an error; ECONNRESET
    // from close is not worth raising (CPython ignores it too).
    if let Err(e) = sys::close(fd) {
        if e.raw_os_error() != Some(libc::ECONNRESET) {
            return Err(os_error(vm, &e));
        }
    }
    Ok(Value::None)
}

fn dup(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "dup", a)?;
    let fd = fd_arg(vm, &v)?;
    let copy = with_fd(fd, |s| s.try_clone()).map_err(|e| os_error(vm, &e))?;
    Ok(Value::Int(copy.into_raw_fd() as i64))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("socket", socket),
    ("socketpair", socketpair),
    ("info", info),
    ("bind", bind),
    ("connect", connect),
    ("listen", listen),
    ("accept", accept),
    ("send", send),
    ("sendto", sendto),
    ("sendmsg", msg::sendmsg),
    ("recvmsg", msg::recvmsg),
    ("CMSG_LEN", msg::cmsg_len),
    ("CMSG_SPACE", msg::cmsg_space),
    ("recv", recv),
    ("recvfrom", recvfrom),
    ("shutdown", shutdown),
    ("getsockname", getsockname),
    ("getpeername", getpeername),
    ("setblocking", setblocking),
    ("setsockopt", setsockopt),
    ("getsockopt", getsockopt),
    ("wait", wait),
    ("close", close),
    ("dup", dup),
    ("getaddrinfo", resolve::getaddrinfo),
    ("getnameinfo", resolve::getnameinfo),
    ("gethostname", resolve::gethostname),
    ("gethostbyaddr", resolve::gethostbyaddr),
    ("inet_aton", resolve::inet_aton),
    ("inet_ntoa", resolve::inet_ntoa),
    ("inet_pton", resolve::inet_pton),
    ("inet_ntop", resolve::inet_ntop),
];

/// The platform's values of the socket constants.
const CONSTANTS: &[(&str, i32)] = &[
    ("AF_UNSPEC", libc::AF_UNSPEC),
    ("AF_INET", libc::AF_INET),
    ("AF_INET6", libc::AF_INET6),
    ("AF_UNIX", libc::AF_UNIX),
    ("AF_NETLINK", libc::AF_NETLINK),
    ("AF_PACKET", libc::AF_PACKET),
    ("SOCK_STREAM", libc::SOCK_STREAM),
    ("SOCK_DGRAM", libc::SOCK_DGRAM),
    ("SOCK_RAW", libc::SOCK_RAW),
    ("SOCK_RDM", libc::SOCK_RDM),
    ("SOCK_SEQPACKET", libc::SOCK_SEQPACKET),
    ("SOCK_NONBLOCK", libc::SOCK_NONBLOCK),
    ("SOCK_CLOEXEC", libc::SOCK_CLOEXEC),
    ("SOL_SOCKET", libc::SOL_SOCKET),
    ("SOL_IP", libc::SOL_IP),
    ("SOL_TCP", libc::SOL_TCP),
    ("SOL_UDP", libc::SOL_UDP),
    ("SO_REUSEADDR", libc::SO_REUSEADDR),
    ("SO_REUSEPORT", libc::SO_REUSEPORT),
    ("SO_KEEPALIVE", libc::SO_KEEPALIVE),
    ("SO_BROADCAST", libc::SO_BROADCAST),
    ("SO_LINGER", libc::SO_LINGER),
    ("SO_SNDBUF", libc::SO_SNDBUF),
    ("SO_RCVBUF", libc::SO_RCVBUF),
    ("SO_SNDLOWAT", libc::SO_SNDLOWAT),
    ("SO_RCVLOWAT", libc::SO_RCVLOWAT),
    ("SO_SNDTIMEO", libc::SO_SNDTIMEO),
    ("SO_RCVTIMEO", libc::SO_RCVTIMEO),
    ("SO_ERROR", libc::SO_ERROR),
    ("SO_TYPE", libc::SO_TYPE),
    ("SO_DOMAIN", libc::SO_DOMAIN),
    ("SO_PROTOCOL", libc::SO_PROTOCOL),
    ("SO_ACCEPTCONN", libc::SO_ACCEPTCONN),
    ("SO_OOBINLINE", libc::SO_OOBINLINE),
    ("SO_DONTROUTE", libc::SO_DONTROUTE),
    ("SO_PASSCRED", libc::SO_PASSCRED),
    ("SO_PEERCRED", libc::SO_PEERCRED),
    ("SO_PRIORITY", libc::SO_PRIORITY),
    ("SO_BINDTODEVICE", libc::SO_BINDTODEVICE),
    ("SOMAXCONN", 4096),
    ("IPPROTO_IP", libc::IPPROTO_IP),
    ("IPPROTO_TCP", libc::IPPROTO_TCP),
    ("IPPROTO_UDP", libc::IPPROTO_UDP),
    ("IPPROTO_IPV6", libc::IPPROTO_IPV6),
    ("IPPROTO_ICMP", libc::IPPROTO_ICMP),
    ("IPPROTO_ICMPV6", libc::IPPROTO_ICMPV6),
    ("IPPROTO_RAW", libc::IPPROTO_RAW),
    ("IP_TOS", libc::IP_TOS),
    ("IP_TTL", libc::IP_TTL),
    ("IP_MULTICAST_TTL", libc::IP_MULTICAST_TTL),
    ("IP_MULTICAST_LOOP", libc::IP_MULTICAST_LOOP),
    ("IP_MULTICAST_IF", libc::IP_MULTICAST_IF),
    ("IP_ADD_MEMBERSHIP", libc::IP_ADD_MEMBERSHIP),
    ("IP_DROP_MEMBERSHIP", libc::IP_DROP_MEMBERSHIP),
    ("IP_RECVTOS", libc::IP_RECVTOS),
    ("IPV6_V6ONLY", libc::IPV6_V6ONLY),
    ("IPV6_UNICAST_HOPS", libc::IPV6_UNICAST_HOPS),
    ("IPV6_MULTICAST_HOPS", libc::IPV6_MULTICAST_HOPS),
    ("IPV6_MULTICAST_LOOP", libc::IPV6_MULTICAST_LOOP),
    ("IPV6_JOIN_GROUP", libc::IPV6_ADD_MEMBERSHIP),
    ("IPV6_LEAVE_GROUP", libc::IPV6_DROP_MEMBERSHIP),
    ("TCP_NODELAY", libc::TCP_NODELAY),
    ("TCP_MAXSEG", libc::TCP_MAXSEG),
    ("TCP_KEEPIDLE", libc::TCP_KEEPIDLE),
    ("TCP_KEEPINTVL", libc::TCP_KEEPINTVL),
    ("TCP_KEEPCNT", libc::TCP_KEEPCNT),
    ("TCP_QUICKACK", libc::TCP_QUICKACK),
    ("TCP_USER_TIMEOUT", libc::TCP_USER_TIMEOUT),
    ("TCP_FASTOPEN", libc::TCP_FASTOPEN),
    ("TCP_CORK", libc::TCP_CORK),
    ("MSG_OOB", libc::MSG_OOB),
    ("MSG_PEEK", libc::MSG_PEEK),
    ("SCM_RIGHTS", libc::SCM_RIGHTS),
    ("SCM_CREDENTIALS", libc::SCM_CREDENTIALS),
    ("MSG_CTRUNC", libc::MSG_CTRUNC),
    ("MSG_TRUNC", libc::MSG_TRUNC),
    ("MSG_CMSG_CLOEXEC", libc::MSG_CMSG_CLOEXEC),
    ("MSG_DONTROUTE", libc::MSG_DONTROUTE),
    ("MSG_DONTWAIT", libc::MSG_DONTWAIT),
    ("MSG_WAITALL", libc::MSG_WAITALL),
    ("MSG_TRUNC", libc::MSG_TRUNC),
    ("MSG_CTRUNC", libc::MSG_CTRUNC),
    ("MSG_EOR", libc::MSG_EOR),
    ("MSG_NOSIGNAL", libc::MSG_NOSIGNAL),
    ("MSG_CMSG_CLOEXEC", libc::MSG_CMSG_CLOEXEC),
    ("MSG_CONFIRM", libc::MSG_CONFIRM),
    ("MSG_ERRQUEUE", libc::MSG_ERRQUEUE),
    ("MSG_MORE", libc::MSG_MORE),
    ("SHUT_RD", libc::SHUT_RD),
    ("SHUT_WR", libc::SHUT_WR),
    ("SHUT_RDWR", libc::SHUT_RDWR),
    ("AI_PASSIVE", libc::AI_PASSIVE),
    ("AI_CANONNAME", libc::AI_CANONNAME),
    ("AI_NUMERICHOST", libc::AI_NUMERICHOST),
    ("AI_NUMERICSERV", libc::AI_NUMERICSERV),
    ("AI_V4MAPPED", libc::AI_V4MAPPED),
    ("AI_ALL", libc::AI_ALL),
    ("AI_ADDRCONFIG", libc::AI_ADDRCONFIG),
    ("NI_NUMERICHOST", libc::NI_NUMERICHOST),
    ("NI_NUMERICSERV", libc::NI_NUMERICSERV),
    ("NI_NOFQDN", libc::NI_NOFQDN),
    ("NI_NAMEREQD", libc::NI_NAMEREQD),
    ("NI_DGRAM", libc::NI_DGRAM),
    ("NI_MAXHOST", 1025),
    ("NI_MAXSERV", 32),
    ("EAI_AGAIN", libc::EAI_AGAIN),
    ("EAI_BADFLAGS", libc::EAI_BADFLAGS),
    ("EAI_FAIL", libc::EAI_FAIL),
    ("EAI_FAMILY", libc::EAI_FAMILY),
    ("EAI_MEMORY", libc::EAI_MEMORY),
    ("EAI_NODATA", -5),
    ("EAI_NONAME", libc::EAI_NONAME),
    ("EAI_OVERFLOW", libc::EAI_OVERFLOW),
    ("EAI_SERVICE", libc::EAI_SERVICE),
    ("EAI_SOCKTYPE", libc::EAI_SOCKTYPE),
    ("EAI_SYSTEM", libc::EAI_SYSTEM),
    ("EAI_ADDRFAMILY", -9),
];

pub fn make_module(vm: &mut Vm) -> PyResult<Obj> {
    let module = ferropy_runtime::types::module::new_native_module(vm, "_socketcalls", FUNCTIONS)?;
    let dict = module.dict.clone().expect("modules have dicts");
    for (name, value) in CONSTANTS {
        vm.dict_set_str(&dict, name, Value::Int(*value as i64))?;
    }
    Ok(module)
}
