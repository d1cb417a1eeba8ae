//! `resource`: the process's resource usage (`getrusage`, whose
//! `ru_maxrss` is how batch jobs report peak memory) and limits
//! (`getrlimit`, `setrlimit`, `prlimit`), through the C library, with
//! CPython's messages. A limit of `RLIM_INFINITY` reads as -1.

use ferropy_runtime::protocol::args;
use ferropy_runtime::protocol::number::index_i64;
use ferropy_runtime::types::builtin_function::{KwArgs, NativeFn};
use ferropy_runtime::types::file::os_error_from;
use ferropy_runtime::types::structseq::{make_instance, make_type};
use ferropy_runtime::{Obj, PyResult, Value, Vm};

const RUSAGE_FIELDS: [&str; 16] = [
    "ru_utime",
    "ru_stime",
    "ru_maxrss",
    "ru_ixrss",
    "ru_idrss",
    "ru_isrss",
    "ru_minflt",
    "ru_majflt",
    "ru_nswap",
    "ru_inblock",
    "ru_oublock",
    "ru_msgsnd",
    "ru_msgrcv",
    "ru_nsignals",
    "ru_nvcsw",
    "ru_nivcsw",
];

/// The limits this platform has, by their Python names.
const LIMITS: [(&str, libc::__rlimit_resource_t); 16] = [
    ("RLIMIT_CPU", libc::RLIMIT_CPU),
    ("RLIMIT_FSIZE", libc::RLIMIT_FSIZE),
    ("RLIMIT_DATA", libc::RLIMIT_DATA),
    ("RLIMIT_STACK", libc::RLIMIT_STACK),
    ("RLIMIT_CORE", libc::RLIMIT_CORE),
    ("RLIMIT_RSS", libc::RLIMIT_RSS),
    ("RLIMIT_NPROC", libc::RLIMIT_NPROC),
    ("RLIMIT_NOFILE", libc::RLIMIT_NOFILE),
    ("RLIMIT_OFILE", libc::RLIMIT_NOFILE),
    ("RLIMIT_MEMLOCK", libc::RLIMIT_MEMLOCK),
    ("RLIMIT_AS", libc::RLIMIT_AS),
    ("RLIMIT_SIGPENDING", libc::RLIMIT_SIGPENDING),
    ("RLIMIT_MSGQUEUE", libc::RLIMIT_MSGQUEUE),
    ("RLIMIT_NICE", libc::RLIMIT_NICE),
    ("RLIMIT_RTPRIO", libc::RLIMIT_RTPRIO),
    ("RLIMIT_RTTIME", libc::RLIMIT_RTTIME),
];

fn seconds(tv: libc::timeval) -> Value {
    Value::float(tv.tv_sec as f64 + tv.tv_usec as f64 * 0.000001)
}

fn getrusage(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if a.len() != 1 {
        return Err(vm.type_error(format!("resource.getrusage() takes exactly one argument ({} given)", a.len())));
    }
    let who = index_i64(vm, &a[0])?;
    let who = libc::c_int::try_from(who).map_err(|_| vm.value_error("invalid who parameter"))?;
    // SAFETY: rusage is a plain C struct that getrusage fills.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `usage` is a valid, writable rusage.
    if unsafe { libc::getrusage(who, &mut usage) } != 0 {
        let err = std::io::Error::last_os_error();
        if err.raw_os_error() == Some(libc::EINVAL) {
            return Err(vm.value_error("invalid who parameter"));
        }
        return Err(os_error_from(vm, &err, None));
    }
    let counts = [
        usage.ru_maxrss,
        usage.ru_ixrss,
        usage.ru_idrss,
        usage.ru_isrss,
        usage.ru_minflt,
        usage.ru_majflt,
        usage.ru_nswap,
        usage.ru_inblock,
        usage.ru_oublock,
        usage.ru_msgsnd,
        usage.ru_msgrcv,
        usage.ru_nsignals,
        usage.ru_nvcsw,
        usage.ru_nivcsw,
    ];
    let mut fields = vec![seconds(usage.ru_utime), seconds(usage.ru_stime)];
    fields.extend(counts.iter().map(|&n| Value::Int(n)));
    let ty = ferropy_runtime::types::module::class_in_module(vm, "resource", "struct_rusage")?;
    Ok(make_instance(vm, &ty, fields))
}

/// A resource number, checked as CPython checks it.
fn resource_arg(vm: &mut Vm, v: &Value) -> PyResult<libc::__rlimit_resource_t> {
    let n = index_i64(vm, v)?;
    match libc::__rlimit_resource_t::try_from(n) {
        // RLIMIT_RTTIME is Linux's last resource (libc's RLIM_NLIMITS is
        // deprecated as it changes between kernels).
        Ok(r) if r <= libc::RLIMIT_RTTIME => Ok(r),
        _ => Err(vm.value_error("invalid resource specified")),
    }
}

fn limit_value(n: libc::rlim_t) -> Value {
    if n == libc::RLIM_INFINITY {
        Value::Int(-1)
    } else {
        Value::from(n as usize)
    }
}

fn limits_value(vm: &mut Vm, r: &libc::rlimit) -> Value {
    vm.new_tuple(vec![limit_value(r.rlim_cur), limit_value(r.rlim_max)])
}

/// `(soft, hard)` from Python: any sequence of two integers; -1 (any
/// negative number, as C converts it) is RLIM_INFINITY.
fn limits_arg(vm: &mut Vm, v: &Value) -> PyResult<libc::rlimit> {
    let items = vm.collect(v)?;
    if items.len() != 2 {
        return Err(vm.value_error("expected a tuple of 2 integers"));
    }
    let mut limit = |item: &Value| -> PyResult<libc::rlim_t> { Ok(c_long(vm, item)? as libc::rlim_t) };
    Ok(libc::rlimit { rlim_cur: limit(&items[0])?, rlim_max: limit(&items[1])? })
}

/// An int that must fit a C long (CPython's OverflowError otherwise).
fn c_long(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    use ferropy_runtime::types::int::{as_int, IntVal};
    match ferropy_runtime::protocol::number::as_index_value(vm, v)? {
        Some(i) => match as_int(&i) {
            Some(IntVal::Small(n)) => Ok(n),
            _ => Err(vm.overflow_error("Python int too large to convert to C long")),
        },
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
    }
}

/// setrlimit's and prlimit's failures, in CPython's words.
fn limit_error(vm: &mut Vm) -> ferropy_runtime::PyErr {
    let err = std::io::Error::last_os_error();
    match err.raw_os_error() {
        Some(libc::EINVAL) => vm.value_error("current limit exceeds maximum limit"),
        Some(libc::EPERM) => vm.value_error("not allowed to raise maximum limit"),
        _ => os_error_from(vm, &err, None),
    }
}

fn getrlimit(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "getrlimit", a)?;
    let resource = resource_arg(vm, &v)?;
    let mut r = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: `r` is a valid, writable rlimit.
    if unsafe { libc::getrlimit(resource, &mut r) } != 0 {
        return Err(os_error_from(vm, &std::io::Error::last_os_error(), None));
    }
    Ok(limits_value(vm, &r))
}

fn setrlimit(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "setrlimit", a, 2, 2)?;
    let resource = resource_arg(vm, &a[0])?;
    let r = limits_arg(vm, &a[1])?;
    // SAFETY: `r` is a valid rlimit that setrlimit only reads.
    if unsafe { libc::setrlimit(resource, &r) } != 0 {
        return Err(limit_error(vm));
    }
    Ok(Value::None)
}

fn prlimit(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "prlimit", a, 2, 3)?;
    let pid = index_i64(vm, &a[0])?;
    let pid = libc::pid_t::try_from(pid).map_err(|_| vm.overflow_error("signed integer is greater than maximum"))?;
    let resource = resource_arg(vm, &a[1])?;
    let new = match a.get(2) {
        Some(v) => Some(limits_arg(vm, v)?),
        None => None,
    };
    let mut old = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    let new_ptr = new.as_ref().map_or(std::ptr::null(), |r| r as *const libc::rlimit);
    // SAFETY: `new_ptr` is null or points at `new`, which outlives the
    // call; `old` is a valid, writable rlimit.
    if unsafe { libc::prlimit(pid, resource, new_ptr, &mut old) } != 0 {
        return Err(limit_error(vm));
    }
    Ok(limits_value(vm, &old))
}

fn getpagesize(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "getpagesize", a, 0, 0)?;
    // SAFETY: sysconf has no preconditions.
    Ok(Value::Int(unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as i64))
}

pub fn make_module(vm: &mut Vm) -> PyResult<Obj> {
    let functions: &[(&str, NativeFn)] = &[
        ("getrusage", getrusage),
        ("getrlimit", getrlimit),
        ("setrlimit", setrlimit),
        ("prlimit", prlimit),
        ("getpagesize", getpagesize),
    ];
    let module = ferropy_runtime::types::module::new_native_module(vm, "resource", functions)?;
    let dict = module.dict.clone().expect("modules have dicts");
    let ty = make_type(vm, "resource", "struct_rusage", &RUSAGE_FIELDS)?;
    vm.dict_set_str(&dict, "struct_rusage", Value::Obj(ty))?;
    let os_error = vm.exc.os_error.clone();
    vm.dict_set_str(&dict, "error", Value::Obj(os_error))?;
    for (name, value) in LIMITS {
        vm.dict_set_str(&dict, name, Value::Int(value as i64))?;
    }
    vm.dict_set_str(&dict, "RLIM_INFINITY", Value::Int(-1))?;
    vm.dict_set_str(&dict, "RUSAGE_SELF", Value::Int(libc::RUSAGE_SELF as i64))?;
    vm.dict_set_str(&dict, "RUSAGE_CHILDREN", Value::Int(libc::RUSAGE_CHILDREN as i64))?;
    vm.dict_set_str(&dict, "RUSAGE_THREAD", Value::Int(libc::RUSAGE_THREAD as i64))?;
    Ok(module)
}

#[cfg(test)]
mod tests {
    use ferropy_runtime::Value;

    #[test]
    fn infinity_reads_as_minus_one() {
        assert!(matches!(super::limit_value(libc::RLIM_INFINITY), Value::Int(-1)));
        assert!(matches!(super::limit_value(1024), Value::Int(1024)));
    }
}
