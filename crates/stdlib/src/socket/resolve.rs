//! Name resolution and address text: getaddrinfo and getnameinfo (the C
//! library's, through dns-lookup), gethostname, gethostbyname(_ex),
//! gethostbyaddr, and inet_aton/ntoa/pton/ntop. Failures are
//! socket.gaierror / socket.herror with the C library's texts.

use std::net::{IpAddr, SocketAddr};

use dns_lookup::{AddrInfoHints, LookupError};
use ferropy_runtime::object::Payload;
use ferropy_runtime::protocol::args;
use ferropy_runtime::protocol::number::index_i64;
use ferropy_runtime::types::builtin_function::KwArgs;
use ferropy_runtime::types::bytes::{as_bytes_like, new_bytes};
use ferropy_runtime::types::str::as_str;
use ferropy_runtime::{PyErr, PyResult, Value, Vm};

use super::address::{ipv4_text, ipv6_text};
use super::sys;

/// socket.gaierror(code, text) for a failed lookup (EAI_SYSTEM: OSError).
fn lookup_error(vm: &mut Vm, e: &LookupError) -> PyErr {
    let code = e.error_num();
    if code == libc::EAI_SYSTEM {
        let err = std::io::Error::last_os_error();
        return ferropy_runtime::types::file::os_error_from(vm, &err, None);
    }
    raise_in_socket(vm, "gaierror", code, &sys::gai_strerror(code))
}

fn raise_in_socket(vm: &mut Vm, class: &str, code: i32, text: &str) -> PyErr {
    match ferropy_runtime::types::module::class_in_module(vm, "_socket", class) {
        Ok(cls) => {
            let text = vm.new_str(text);
            vm.new_exception(&cls, vec![Value::Int(code as i64), text])
        }
        Err(e) => e,
    }
}

/// The address `host` names, for a socket of `family`: '' is the
/// wildcard, '<broadcast>' the broadcast address, numbers are taken as
/// they are, anything else is looked up.
pub fn host_to_ip(vm: &mut Vm, host: &str, family: i32) -> PyResult<IpAddr> {
    if host.is_empty() {
        return Ok(if family == libc::AF_INET6 {
            IpAddr::V6(std::net::Ipv6Addr::UNSPECIFIED)
        } else {
            IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED)
        });
    }
    if host == "<broadcast>" || host == "255.255.255.255" {
        if family != libc::AF_INET {
            return Err(raise_in_socket(vm, "gaierror", libc::EAI_FAMILY, "address family mismatched"));
        }
        return Ok(IpAddr::V4(std::net::Ipv4Addr::BROADCAST));
    }
    if host.contains('\0') {
        return Err(vm.type_error("host name must not contain null character"));
    }
    let hints = AddrInfoHints { flags: 0, address: family, socktype: libc::SOCK_DGRAM, protocol: 0 };
    let mut found = dns_lookup::getaddrinfo(Some(host), None, Some(hints)).map_err(|e| lookup_error(vm, &e))?;
    match found.next() {
        Some(Ok(info)) => Ok(info.sockaddr.ip()),
        Some(Err(e)) => Err(ferropy_runtime::types::file::os_error_from(vm, &e, None)),
        None => Err(raise_in_socket(vm, "gaierror", libc::EAI_NONAME, &sys::gai_strerror(libc::EAI_NONAME))),
    }
}

fn text_arg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Option<String>> {
    if v.is_none() {
        return Ok(None);
    }
    if let Some(s) = as_str(v) {
        if s.is_ascii() {
            return Ok(Some(s.to_string()));
        }
        let idna = vm.new_str("idna");
        let encoded = vm.call_method(v, "encode", &[idna])?;
        return Ok(Some(String::from_utf8_lossy(&as_bytes_like(&encoded).unwrap_or_default()).into_owned()));
    }
    if let Some(b) = as_bytes_like(v) {
        return Ok(Some(String::from_utf8_lossy(&b).into_owned()));
    }
    if let Value::Int(n) = v {
        if what == "port" {
            return Ok(Some(n.to_string()));
        }
    }
    let msg = if what == "port" {
        "getaddrinfo() argument 2 must be integer or string"
    } else {
        "getaddrinfo() argument 1 must be string or None"
    };
    Err(vm.type_error(msg))
}

/// getaddrinfo(host, port, family, type, proto, flags) → raw 5-tuples
/// (ints for family, type and proto; socket.py makes them enums).
pub fn getaddrinfo(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = args::parse(vm, "getaddrinfo", a, kw, &["host", "port", "family", "type", "proto", "flags"], 2)?;
    let host = text_arg(vm, &p[0], "host")?;
    let port = text_arg(vm, &p[1], "port")?;
    let mut ints = [0i32; 4];
    for (slot, v) in ints.iter_mut().zip(&p[2..6]) {
        if !v.is_undef() {
            *slot = index_i64(vm, v)? as i32;
        }
    }
    let [family, socktype, protocol, flags] = ints;
    if host.is_none() && port.is_none() {
        return Err(raise_in_socket(vm, "gaierror", libc::EAI_NONAME, &sys::gai_strerror(libc::EAI_NONAME)));
    }
    let hints = AddrInfoHints { flags, address: family, socktype, protocol };
    let found =
        dns_lookup::getaddrinfo(host.as_deref(), port.as_deref(), Some(hints)).map_err(|e| lookup_error(vm, &e))?;
    let mut out = Vec::new();
    for info in found {
        let info = info.map_err(|e| ferropy_runtime::types::file::os_error_from(vm, &e, None))?;
        let canon = vm.new_str(info.canonname.clone().unwrap_or_default());
        let addr = socket_addr_value(vm, &info.sockaddr);
        out.push(vm.new_tuple(vec![
            Value::Int(info.address as i64),
            Value::Int(info.socktype as i64),
            Value::Int(info.protocol as i64),
            canon,
            addr,
        ]));
    }
    Ok(vm.new_list(out))
}

fn socket_addr_value(vm: &mut Vm, addr: &SocketAddr) -> Value {
    match addr {
        SocketAddr::V4(v4) => {
            let host = vm.new_str(ipv4_text(v4.ip()));
            vm.new_tuple(vec![host, Value::Int(v4.port() as i64)])
        }
        SocketAddr::V6(v6) => {
            let host = vm.new_str(ipv6_text(v6.ip()));
            vm.new_tuple(vec![
                host,
                Value::Int(v6.port() as i64),
                Value::Int(v6.flowinfo() as i64),
                Value::Int(v6.scope_id() as i64),
            ])
        }
    }
}

/// getnameinfo((host, port[, flowinfo, scope_id]), flags) → (host, port).
pub fn getnameinfo(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "getnameinfo", a, 2, 2)?;
    let items = match a[0].payload() {
        Some(Payload::Tuple(items)) if (2..=4).contains(&items.len()) => items.to_vec(),
        Some(Payload::Tuple(_)) => return Err(vm.type_error("getnameinfo(): illegal sockaddr argument")),
        _ => return Err(vm.type_error("getnameinfo() argument 1 must be a tuple")),
    };
    let flags = index_i64(vm, &a[1])? as i32;
    let Some(host) = as_str(&items[0]).map(str::to_string) else {
        let tn = vm.type_name(&items[0]);
        return Err(vm.type_error(format!("getnameinfo() argument 1 must be str, not {tn}")));
    };
    let port = index_i64(vm, &items[1])?;
    if !(0..=65535).contains(&port) {
        return Err(vm.overflow_error("getnameinfo(): port must be 0-65535."));
    }
    let hints = AddrInfoHints { flags: libc::AI_NUMERICHOST, address: 0, socktype: libc::SOCK_DGRAM, protocol: 0 };
    let mut found = dns_lookup::getaddrinfo(Some(&host), None, Some(hints)).map_err(|e| lookup_error(vm, &e))?;
    let ip = match found.next() {
        Some(Ok(info)) => info.sockaddr.ip(),
        _ => return Err(raise_in_socket(vm, "gaierror", libc::EAI_NONAME, &sys::gai_strerror(libc::EAI_NONAME))),
    };
    let sock = match ip {
        IpAddr::V4(ip) => {
            if items.len() != 2 {
                return Err(vm.type_error("getnameinfo(): illegal sockaddr argument"));
            }
            SocketAddr::from((ip, port as u16))
        }
        IpAddr::V6(ip) => {
            let flow = if items.len() > 2 { index_i64(vm, &items[2])? as u32 } else { 0 };
            let scope = if items.len() > 3 { index_i64(vm, &items[3])? as u32 } else { 0 };
            SocketAddr::V6(std::net::SocketAddrV6::new(ip, port as u16, flow, scope))
        }
    };
    let (h, s) = dns_lookup::getnameinfo(&sock, flags).map_err(|e| lookup_error(vm, &e))?;
    let (h, s) = (vm.new_str(h), vm.new_str(s));
    Ok(vm.new_tuple(vec![h, s]))
}

pub fn gethostname(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_no_args(vm, "gethostname", a)?;
    match dns_lookup::get_hostname() {
        Ok(name) => Ok(vm.new_str(name)),
        Err(e) => Err(ferropy_runtime::types::file::os_error_from(vm, &e, None)),
    }
}

/// gethostbyaddr(ip) → (name, [], [ip]) by reverse lookup.
pub fn gethostbyaddr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "gethostbyaddr", a)?;
    let host = text_arg(vm, &v, "host")?.unwrap_or_default();
    let ip = host_to_ip(vm, &host, libc::AF_UNSPEC)?;
    let name = dns_lookup::getnameinfo(&SocketAddr::from((ip, 0)), libc::NI_NAMEREQD)
        .map_err(|_| raise_in_socket(vm, "herror", 1, "Unknown host"))?
        .0;
    let ip_text = match ip {
        IpAddr::V4(ip) => ipv4_text(&ip),
        IpAddr::V6(ip) => ipv6_text(&ip),
    };
    let name = vm.new_str(name);
    let aliases = vm.new_list(Vec::new());
    let ip_text = vm.new_str(ip_text);
    let addrs = vm.new_list(vec![ip_text]);
    Ok(vm.new_tuple(vec![name, aliases, addrs]))
}

pub fn inet_aton(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "inet_aton", a)?;
    let Some(text) = as_str(&v).map(str::to_string) else {
        let tn = vm.type_name(&v);
        return Err(vm.type_error(format!("inet_aton() argument 1 must be str, not {tn}")));
    };
    match inet_aton_text(&text) {
        Some(packed) => Ok(new_bytes(packed.to_vec())),
        None => Err(vm.new_error(&vm.exc.os_error.clone(), "illegal IP address string passed to inet_aton")),
    }
}

pub fn inet_ntoa(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "inet_ntoa", a)?;
    let Some(b) = as_bytes_like(&v) else {
        let tn = vm.type_name(&v);
        return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
    };
    if b.len() != 4 {
        return Err(vm.new_error(&vm.exc.os_error.clone(), "packed IP wrong length for inet_ntoa"));
    }
    Ok(vm.new_str(format!("{}.{}.{}.{}", b[0], b[1], b[2], b[3])))
}

fn family_arg(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let family = index_i64(vm, v)? as i32;
    if family != libc::AF_INET && family != libc::AF_INET6 {
        return Err(ferropy_runtime::types::file::os_error_from(
            vm,
            &std::io::Error::from_raw_os_error(libc::EAFNOSUPPORT),
            None,
        ));
    }
    Ok(family)
}

pub fn inet_pton(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "inet_pton", a, 2, 2)?;
    let family = family_arg(vm, &a[0])?;
    let Some(text) = as_str(&a[1]).map(str::to_string) else {
        let tn = vm.type_name(&a[1]);
        return Err(vm.type_error(format!("inet_pton() argument 2 must be str, not {tn}")));
    };
    match inet_pton_text(family, &text) {
        Some(packed) => Ok(new_bytes(packed)),
        None => Err(vm.new_error(&vm.exc.os_error.clone(), "illegal IP address string passed to inet_pton")),
    }
}

pub fn inet_ntop(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "inet_ntop", a, 2, 2)?;
    let family = family_arg(vm, &a[0])?;
    let Some(b) = as_bytes_like(&a[1]) else {
        let tn = vm.type_name(&a[1]);
        return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
    };
    let want = if family == libc::AF_INET { 4 } else { 16 };
    if b.len() != want {
        return Err(vm.value_error("invalid length of packed IP address string"));
    }
    match inet_ntop_text(family, &b) {
        Some(text) => Ok(vm.new_str(text)),
        None => Err(ferropy_runtime::types::file::os_error_from(vm, &std::io::Error::last_os_error(), None)),
    }
}

/// inet_aton's lenient IPv4 forms: one to four numbers (decimal, 0x hex
/// or 0 octal), the last filling the remaining bytes ("127.1",
/// "0x7f000001"); the text ends at the first whitespace, as in C.
pub fn inet_aton_text(text: &str) -> Option<[u8; 4]> {
    let text = text.split(|c: char| c.is_ascii_whitespace()).next().unwrap_or("");
    let parts: Vec<&str> = text.split('.').collect();
    if parts.is_empty() || parts.len() > 4 {
        return None;
    }
    let mut numbers = Vec::with_capacity(4);
    for part in &parts {
        let (digits, radix) = if let Some(h) = part.strip_prefix("0x").or_else(|| part.strip_prefix("0X")) {
            (h, 16)
        } else if part.len() > 1 && part.starts_with('0') {
            (&part[1..], 8)
        } else {
            (*part, 10)
        };
        if digits.is_empty() && radix != 16 {
            return None;
        }
        let n = if digits.is_empty() { 0 } else { u32::from_str_radix(digits, radix).ok()? };
        numbers.push(n);
    }
    let (last, leading) = numbers.split_last()?;
    if leading.iter().any(|&n| n > 255) {
        return None;
    }
    let room = 8 * (4 - leading.len() as u32);
    if room < 32 && *last >= 1 << room {
        return None;
    }
    let mut value = *last;
    for (i, n) in leading.iter().enumerate() {
        value |= n << (24 - 8 * i as u32);
    }
    Some(value.to_be_bytes())
}

/// inet_pton for AF_INET or AF_INET6: the packed address.
pub fn inet_pton_text(family: i32, text: &str) -> Option<Vec<u8>> {
    if family == libc::AF_INET6 {
        text.parse::<std::net::Ipv6Addr>().ok().map(|ip| ip.octets().to_vec())
    } else {
        text.parse::<std::net::Ipv4Addr>().ok().map(|ip| ip.octets().to_vec())
    }
}

/// inet_ntop of a packed 4- or 16-byte address, in the C library's
/// spelling (IPv4-compatible addresses end in dotted form too).
pub fn inet_ntop_text(family: i32, packed: &[u8]) -> Option<String> {
    if family == libc::AF_INET {
        let b: [u8; 4] = packed.try_into().ok()?;
        return Some(std::net::Ipv4Addr::from(b).to_string());
    }
    let b: [u8; 16] = packed.try_into().ok()?;
    Some(ipv6_text(&std::net::Ipv6Addr::from(b)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn address_texts() {
        assert_eq!(inet_aton_text("127.1"), Some([127, 0, 0, 1]));
        assert_eq!(inet_aton_text("0x7f.1"), Some([127, 0, 0, 1]));
        assert_eq!(inet_aton_text("1.2.3.256"), None);
        assert_eq!(inet_aton_text("nonsense"), None);
        assert_eq!(inet_pton_text(libc::AF_INET6, "::1").map(|v| v[15]), Some(1));
        let compat = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4];
        assert_eq!(inet_ntop_text(libc::AF_INET6, &compat).as_deref(), Some("::1.2.3.4"));
    }
}
