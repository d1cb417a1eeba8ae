//! Socket addresses between their Python forms and socket2's `SockAddr`:
//! `(host, port)` for AF_INET, `(host, port, flowinfo, scope_id)` for
//! AF_INET6, a path (str or bytes; a leading NUL is Linux's abstract
//! namespace) for AF_UNIX, each checked with CPython's messages.

use std::net::{Ipv4Addr, Ipv6Addr, SocketAddrV4, SocketAddrV6};
use std::os::unix::ffi::OsStrExt;

use ferropy_runtime::object::Payload;
use ferropy_runtime::protocol::number::index_i64;
use ferropy_runtime::types::bytes::{as_bytes_like, new_bytes};
use ferropy_runtime::{PyResult, Value, Vm};
use socket2::SockAddr;

use super::resolve;

/// The `SockAddr` for a Python address of `family`; `call` names the
/// method in messages.
pub fn to_sockaddr(vm: &mut Vm, family: i32, addr: &Value, call: &str) -> PyResult<SockAddr> {
    match family {
        libc::AF_INET => {
            let (host, port) = host_and_port(vm, addr, "AF_INET", call, 2, 2)?;
            let ip = resolve::host_to_ip(vm, &host, libc::AF_INET)?;
            let std::net::IpAddr::V4(ip) = ip else { unreachable!("AF_INET lookups give IPv4") };
            Ok(SockAddr::from(SocketAddrV4::new(ip, port)))
        }
        libc::AF_INET6 => {
            let (host, port) = host_and_port(vm, addr, "AF_INET6", call, 2, 4)?;
            let items = tuple_items(addr);
            let flowinfo = match items.get(2) {
                Some(v) => index_i64(vm, v)?,
                None => 0,
            };
            if !(0..=0xFFFFF).contains(&flowinfo) {
                return Err(vm.overflow_error(format!("{call}(): flowinfo must be 0-1048575.")));
            }
            let scope_id = match items.get(3) {
                Some(v) => index_i64(vm, v)?,
                None => 0,
            };
            let ip = match resolve::host_to_ip(vm, &host, libc::AF_INET6)? {
                std::net::IpAddr::V6(ip) => ip,
                std::net::IpAddr::V4(ip) => ip.to_ipv6_mapped(),
            };
            Ok(SockAddr::from(SocketAddrV6::new(ip, port, flowinfo as u32, scope_id as u32)))
        }
        libc::AF_UNIX => {
            let path: Vec<u8> = if let Some(s) = ferropy_runtime::types::str::as_str(addr) {
                ferropy_runtime::codecs::fs_encode(vm, s)?.into_owned()
            } else if let Some(b) = as_bytes_like(addr) {
                b.to_vec()
            } else {
                let tn = vm.type_name(addr);
                return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
            };
            SockAddr::unix(std::ffi::OsStr::from_bytes(&path)).map_err(|_| {
                let msg = vm.new_str("AF_UNIX path too long");
                let ty = vm.exc.os_error.clone();
                vm.new_exception(&ty, vec![msg])
            })
        }
        _ => Err(vm.new_error(&vm.exc.os_error.clone(), format!("{call}(): bad family"))),
    }
}

fn tuple_items(v: &Value) -> Vec<Value> {
    match v.payload() {
        Some(Payload::Tuple(items)) => items.to_vec(),
        _ => Vec::new(),
    }
}

/// The host text and port of an INET address tuple.
fn host_and_port(
    vm: &mut Vm,
    addr: &Value,
    family: &str,
    call: &str,
    min: usize,
    max: usize,
) -> PyResult<(String, u16)> {
    if !matches!(addr.payload(), Some(Payload::Tuple(_))) {
        let tn = vm.type_name(addr);
        return Err(vm.type_error(format!("{call}(): {family} address must be tuple, not {tn}")));
    }
    let items = tuple_items(addr);
    if items.len() < min || items.len() > max {
        let msg = if min == max {
            format!("{family} address must be a pair (host, port)")
        } else {
            format!("{family} address must be a tuple (host, port[, flowinfo[, scopeid]])")
        };
        return Err(vm.type_error(msg));
    }
    let host = if let Some(s) = ferropy_runtime::types::str::as_str(&items[0]) {
        if s.is_ascii() {
            s.to_string()
        } else {
            let idna = vm.new_str("idna");
            let encoded = vm.call_method(&items[0], "encode", &[idna])?;
            String::from_utf8_lossy(&as_bytes_like(&encoded).unwrap_or_default()).into_owned()
        }
    } else if let Some(b) = as_bytes_like(&items[0]) {
        String::from_utf8_lossy(&b).into_owned()
    } else {
        let tn = vm.type_name(&items[0]);
        return Err(vm.type_error(format!("str, bytes or bytearray expected, not {tn}")));
    };
    let port = index_i64(vm, &items[1])?;
    if !(0..=65535).contains(&port) {
        return Err(vm.overflow_error(format!("{call}(): port must be 0-65535.")));
    }
    Ok((host, port as u16))
}

/// The Python form of an address the kernel gave back.
pub fn from_sockaddr(vm: &mut Vm, addr: &SockAddr) -> Value {
    if let Some(v4) = addr.as_socket_ipv4() {
        let host = vm.new_str(ipv4_text(v4.ip()));
        return vm.new_tuple(vec![host, Value::Int(v4.port() as i64)]);
    }
    if let Some(v6) = addr.as_socket_ipv6() {
        let host = vm.new_str(ipv6_text(v6.ip()));
        return vm.new_tuple(vec![
            host,
            Value::Int(v6.port() as i64),
            Value::Int(v6.flowinfo() as i64),
            Value::Int(v6.scope_id() as i64),
        ]);
    }
    if addr.is_unix() {
        if let Some(name) = addr.as_abstract_namespace() {
            let mut raw = vec![0u8];
            raw.extend_from_slice(name);
            return new_bytes(raw);
        }
        if let Some(path) = addr.as_pathname() {
            return vm.new_str(ferropy_runtime::codecs::fs_decode(path.as_os_str().as_bytes()));
        }
        return vm.new_str("");
    }
    let family = Value::Int(addr.family() as i64);
    vm.new_tuple(vec![family, new_bytes(Vec::new())])
}

pub fn ipv4_text(ip: &Ipv4Addr) -> String {
    ip.to_string()
}

/// IPv6 text as the C library writes it: Rust's RFC 5952 text, except
/// that an IPv4-compatible address (`::1.2.3.4`) keeps its dotted tail.
pub fn ipv6_text(ip: &Ipv6Addr) -> String {
    let w = ip.segments();
    if w[..6].iter().all(|&x| x == 0) && w[6] != 0 {
        let o = ip.octets();
        return format!("::{}.{}.{}.{}", o[12], o[13], o[14], o[15]);
    }
    ip.to_string()
}
