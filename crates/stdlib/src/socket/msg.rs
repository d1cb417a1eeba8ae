//! sendmsg and recvmsg with ancillary data (SCM_RIGHTS: passing file
//! descriptors over a Unix socket), and CMSG_LEN/CMSG_SPACE.

use ferropy_runtime::protocol::args;
use ferropy_runtime::types::builtin_function::KwArgs;
use ferropy_runtime::types::bytes::new_bytes;
use ferropy_runtime::{PyResult, Value, Vm};

use super::{data_arg, fd_arg, int_arg, sys};

/// sendmsg(fd, buffers, ancdata, flags[, family, address]) → bytes sent;
/// ancdata is an iterable of (level, type, data).
pub fn sendmsg(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "sendmsg", a, 4, 6)?;
    let fd = fd_arg(vm, &a[0])?;
    let buffers = vm.collect(&a[1])?.iter().map(|b| data_arg(vm, b)).collect::<PyResult<Vec<_>>>()?;
    let mut controls = Vec::new();
    for item in vm.collect(&a[2])? {
        let parts = vm.collect(&item)?;
        if parts.len() != 3 {
            return Err(vm.type_error("ancillary data items must be (level, type, data) tuples"));
        }
        controls.push((int_arg(vm, &parts[0])?, int_arg(vm, &parts[1])?, data_arg(vm, &parts[2])?));
    }
    let flags = int_arg(vm, &a[3])? | libc::MSG_NOSIGNAL;
    let address = match (a.get(4), a.get(5)) {
        (Some(family), Some(addr)) if !addr.is_none() => {
            let family = int_arg(vm, family)?;
            Some(super::address::to_sockaddr(vm, family, addr, "sendmsg")?)
        }
        _ => None,
    };
    let n = vm.retry_interrupted_blocking(|| sys::sendmsg(fd, &buffers, &controls, flags, address.as_ref()))?;
    Ok(Value::Int(n as i64))
}

/// recvmsg(fd, bufsize, ancbufsize, flags) → (data, ancdata, msg_flags, address).
pub fn recvmsg(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "recvmsg", a, 4, 4)?;
    let fd = fd_arg(vm, &a[0])?;
    let (bufsize, ancbufsize, flags) = (int_arg(vm, &a[1])?, int_arg(vm, &a[2])?, int_arg(vm, &a[3])?);
    if bufsize < 0 {
        return Err(vm.value_error("negative buffer size in recvmsg()"));
    }
    if ancbufsize < 0 {
        return Err(vm.value_error("negative buffer size in recvmsg()"));
    }
    let (data, controls, msg_flags, address) =
        vm.retry_interrupted_blocking(|| sys::recvmsg(fd, bufsize as usize, ancbufsize as usize, flags))?;
    let address = match address {
        Some(a) => super::address::from_sockaddr(vm, &a),
        None => Value::None,
    };
    let controls = controls
        .into_iter()
        .map(|(level, kind, bytes)| {
            vm.new_tuple(vec![Value::Int(level as i64), Value::Int(kind as i64), new_bytes(bytes)])
        })
        .collect();
    let controls = vm.new_list(controls);
    Ok(vm.new_tuple(vec![new_bytes(data), controls, Value::Int(msg_flags as i64), address]))
}

fn size_arg(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<usize> {
    let v = args::exactly_one(vm, name, a)?;
    let n = ferropy_runtime::protocol::number::index_i64(vm, &v)?;
    if !(0..=i32::MAX as i64).contains(&n) {
        return Err(vm.overflow_error(format!("{name}() argument out of range")));
    }
    Ok(n as usize)
}

pub fn cmsg_len(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let n = size_arg(vm, a, "CMSG_LEN")?;
    Ok(Value::Int(sys::cmsg_sizes(n).0 as i64))
}

pub fn cmsg_space(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let n = size_arg(vm, a, "CMSG_SPACE")?;
    Ok(Value::Int(sys::cmsg_sizes(n).1 as i64))
}
