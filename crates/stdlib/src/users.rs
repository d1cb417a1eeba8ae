//! `pwd` and `grp`: the user and group databases (through the C
//! library, so NSS sources such as LDAP count, as in CPython), as
//! `pwd.struct_passwd` and `grp.struct_group` struct sequences.

use std::ffi::{CStr, CString};

use ferropy_runtime::protocol::args;
use ferropy_runtime::protocol::number::index_i64;
use ferropy_runtime::types::builtin_function::{KwArgs, NativeFn};
use ferropy_runtime::types::structseq::{make_instance, make_type};
use ferropy_runtime::{Obj, PyResult, Value, Vm};

/// A C string field as Python text (the file system encoding).
fn text(vm: &mut Vm, field: *const libc::c_char) -> Value {
    if field.is_null() {
        return vm.new_str("");
    }
    // SAFETY: the C library gives NUL-terminated strings that live in the
    // record's buffer, which outlives this call.
    let bytes = unsafe { CStr::from_ptr(field) }.to_bytes();
    let s = ferropy_runtime::codecs::fs_decode(bytes);
    vm.new_str(s)
}

/// Calls a reentrant lookup (`getpwuid_r` and friends) with a buffer that
/// grows while the C library says it is too small; None when not found.
fn lookup<T>(
    mut call: impl FnMut(&mut T, &mut Vec<libc::c_char>, &mut *mut T) -> libc::c_int,
) -> Option<(T, Vec<libc::c_char>)> {
    let mut buf: Vec<libc::c_char> = vec![0; 1024];
    loop {
        // SAFETY: T is a plain C struct (passwd or group) that the call
        // fills; zeroed is a valid starting value for it.
        let mut record: T = unsafe { std::mem::zeroed() };
        let mut result: *mut T = std::ptr::null_mut();
        let rc = call(&mut record, &mut buf, &mut result);
        if rc == libc::ERANGE && buf.len() < (1 << 24) {
            buf.resize(buf.len() * 2, 0);
            continue;
        }
        if rc != 0 || result.is_null() {
            return None;
        }
        return Some((record, buf));
    }
}

fn passwd_value(vm: &mut Vm, p: &libc::passwd) -> PyResult<Value> {
    let fields = vec![
        text(vm, p.pw_name),
        text(vm, p.pw_passwd),
        Value::Int(p.pw_uid as i64),
        Value::Int(p.pw_gid as i64),
        text(vm, p.pw_gecos),
        text(vm, p.pw_dir),
        text(vm, p.pw_shell),
    ];
    let ty = ferropy_runtime::types::module::class_in_module(vm, "pwd", "struct_passwd")?;
    Ok(make_instance(vm, &ty, fields))
}

fn group_value(vm: &mut Vm, g: &libc::group) -> PyResult<Value> {
    let mut members = Vec::new();
    let mut at = g.gr_mem;
    // SAFETY: gr_mem is a NULL-terminated array of C strings in the
    // record's buffer.
    unsafe {
        while !at.is_null() && !(*at).is_null() {
            members.push(text(vm, *at));
            at = at.add(1);
        }
    }
    let members = vm.new_list(members);
    let fields = vec![text(vm, g.gr_name), text(vm, g.gr_passwd), Value::Int(g.gr_gid as i64), members];
    let ty = ferropy_runtime::types::module::class_in_module(vm, "grp", "struct_group")?;
    Ok(make_instance(vm, &ty, fields))
}

fn id_arg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Option<u32>> {
    if ferropy_runtime::types::int::as_int(v).is_none() {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!("{what} should be integer, not {tn}")));
    }
    // A number beyond any id (however large) is simply not found.
    match index_i64(vm, v) {
        Ok(n) => Ok(u32::try_from(n).ok()),
        Err(_) => Ok(None),
    }
}

fn name_arg(vm: &mut Vm, v: &Value, func: &str) -> PyResult<CString> {
    let Some(name) = ferropy_runtime::types::str::as_str(v) else {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!("{func}() argument must be str, not {tn}")));
    };
    let bytes = ferropy_runtime::codecs::fs_encode(vm, name)?.into_owned();
    CString::new(bytes).map_err(|_| vm.value_error("embedded null byte"))
}

fn not_found(vm: &mut Vm, message: String) -> ferropy_runtime::PyErr {
    let message = vm.new_str(message);
    let ty = vm.exc.key_error.clone();
    vm.new_exception(&ty, vec![message])
}

fn getpwuid(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "getpwuid", a)?;
    let Some(uid) = id_arg(vm, &v, "uid")? else {
        return Err(not_found(vm, "getpwuid(): uid not found".into()));
    };
    // SAFETY: getpwuid_r fills the record and buffer we own.
    let found = lookup(|rec: &mut libc::passwd, buf, result| unsafe {
        libc::getpwuid_r(uid, rec, buf.as_mut_ptr(), buf.len(), result)
    });
    match found {
        Some((record, _buf)) => passwd_value(vm, &record),
        None => Err(not_found(vm, format!("getpwuid(): uid not found: {uid}"))),
    }
}

fn getpwnam(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "getpwnam", a)?;
    let name = name_arg(vm, &v, "getpwnam")?;
    // SAFETY: getpwnam_r reads the NUL-terminated name and fills the
    // record and buffer we own.
    let found = lookup(|rec: &mut libc::passwd, buf, result| unsafe {
        libc::getpwnam_r(name.as_ptr(), rec, buf.as_mut_ptr(), buf.len(), result)
    });
    match found {
        Some((record, _buf)) => passwd_value(vm, &record),
        None => {
            let shown = vm.repr_string(&v)?;
            Err(not_found(vm, format!("getpwnam(): name not found: {shown}")))
        }
    }
}

fn getgrgid(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "getgrgid", a)?;
    let gid = match id_arg(vm, &v, "gid")? {
        Some(gid) => gid,
        // gid_t's -1 is a gid to CPython; anything else out of range is
        // its OverflowError.
        None if matches!(v, Value::Int(-1)) => u32::MAX,
        None => return Err(vm.overflow_error("gid is less than minimum")),
    };
    // SAFETY: getgrgid_r fills the record and buffer we own.
    let found = lookup(|rec: &mut libc::group, buf, result| unsafe {
        libc::getgrgid_r(gid, rec, buf.as_mut_ptr(), buf.len(), result)
    });
    match found {
        Some((record, _buf)) => group_value(vm, &record),
        None => Err(not_found(vm, format!("getgrgid(): gid not found: {}", gid as i32))),
    }
}

fn getgrnam(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "getgrnam", a)?;
    let name = name_arg(vm, &v, "getgrnam")?;
    // SAFETY: getgrnam_r reads the NUL-terminated name and fills the
    // record and buffer we own.
    let found = lookup(|rec: &mut libc::group, buf, result| unsafe {
        libc::getgrnam_r(name.as_ptr(), rec, buf.as_mut_ptr(), buf.len(), result)
    });
    match found {
        Some((record, _buf)) => group_value(vm, &record),
        None => {
            let shown = vm.repr_string(&v)?;
            Err(not_found(vm, format!("getgrnam(): name not found: {shown}")))
        }
    }
}

/// Every record of a database, read by its set/get/end enumeration
/// functions (the C library's own static record, read before the next
/// call; the interpreter runs one thread).
fn all_records<T>(
    vm: &mut Vm,
    start: unsafe extern "C" fn(),
    next: unsafe extern "C" fn() -> *mut T,
    end: unsafe extern "C" fn(),
    value: fn(&mut Vm, &T) -> PyResult<Value>,
) -> PyResult<Value> {
    let mut all = Vec::new();
    // SAFETY: the enumeration functions take no arguments; each record is
    // converted before the next call replaces it, and `end` always runs.
    unsafe { start() };
    let result = loop {
        // SAFETY: as above.
        let record = unsafe { next() };
        if record.is_null() {
            break Ok(());
        }
        // SAFETY: record points at the entry just returned.
        match value(vm, unsafe { &*record }) {
            Ok(v) => all.push(v),
            Err(e) => break Err(e),
        }
    };
    // SAFETY: ends the enumeration begun above.
    unsafe { end() };
    result?;
    Ok(vm.new_list(all))
}

fn getpwall(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "getpwall", a, 0, 0)?;
    all_records(vm, libc::setpwent, libc::getpwent, libc::endpwent, passwd_value)
}

fn getgrall(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "getgrall", a, 0, 0)?;
    all_records(vm, libc::setgrent, libc::getgrent, libc::endgrent, group_value)
}

pub fn make_pwd(vm: &mut Vm) -> PyResult<Obj> {
    let functions: &[(&str, NativeFn)] = &[("getpwuid", getpwuid), ("getpwnam", getpwnam), ("getpwall", getpwall)];
    let module = ferropy_runtime::types::module::new_native_module(vm, "pwd", functions)?;
    let dict = module.dict.clone().expect("modules have dicts");
    let fields = ["pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"];
    let ty = make_type(vm, "pwd", "struct_passwd", &fields)?;
    vm.dict_set_str(&dict, "struct_passwd", Value::Obj(ty))?;
    Ok(module)
}

pub fn make_grp(vm: &mut Vm) -> PyResult<Obj> {
    let functions: &[(&str, NativeFn)] = &[("getgrgid", getgrgid), ("getgrnam", getgrnam), ("getgrall", getgrall)];
    let module = ferropy_runtime::types::module::new_native_module(vm, "grp", functions)?;
    let dict = module.dict.clone().expect("modules have dicts");
    let ty = make_type(vm, "grp", "struct_group", &["gr_name", "gr_passwd", "gr_gid", "gr_mem"])?;
    vm.dict_set_str(&dict, "struct_group", Value::Obj(ty))?;
    Ok(module)
}

#[cfg(test)]
mod tests {
    #[test]
    fn root_is_uid_zero() {
        // SAFETY: the record and buffer belong to the closure's caller.
        let found = super::lookup(|rec: &mut libc::passwd, buf, result| unsafe {
            libc::getpwuid_r(0, rec, buf.as_mut_ptr(), buf.len(), result)
        });
        let (record, _buf) = found.expect("uid 0 exists");
        assert_eq!(record.pw_uid, 0);
    }
}
