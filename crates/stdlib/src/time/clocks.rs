//! The POSIX clocks behind `time`: process and thread CPU time,
//! `clock_gettime`/`clock_getres` with the CLOCK_* ids, and
//! `get_clock_info` (what each of time's clocks is built on).

use ferropy_runtime::protocol::args;
use ferropy_runtime::types::builtin_function::KwArgs;
use ferropy_runtime::{Obj, PyResult, Value, Vm};

/// The CLOCK_* constants time exports (Linux values).
pub const CLOCK_IDS: &[(&str, libc::clockid_t)] = &[
    ("CLOCK_REALTIME", libc::CLOCK_REALTIME),
    ("CLOCK_MONOTONIC", libc::CLOCK_MONOTONIC),
    ("CLOCK_MONOTONIC_RAW", libc::CLOCK_MONOTONIC_RAW),
    ("CLOCK_PROCESS_CPUTIME_ID", libc::CLOCK_PROCESS_CPUTIME_ID),
    ("CLOCK_THREAD_CPUTIME_ID", libc::CLOCK_THREAD_CPUTIME_ID),
    ("CLOCK_BOOTTIME", libc::CLOCK_BOOTTIME),
    ("CLOCK_TAI", libc::CLOCK_TAI),
];

fn read_clock(vm: &mut Vm, id: libc::clockid_t, res: bool) -> PyResult<(i64, i64)> {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: ts is a valid, writable timespec; an unknown id is EINVAL.
    let rc = unsafe {
        if res {
            libc::clock_getres(id, &mut ts)
        } else {
            libc::clock_gettime(id, &mut ts)
        }
    };
    if rc != 0 {
        let e = std::io::Error::last_os_error();
        return Err(ferropy_runtime::types::file::os_error_from(vm, &e, None));
    }
    Ok((ts.tv_sec, ts.tv_nsec))
}

fn seconds(vm: &mut Vm, id: libc::clockid_t) -> PyResult<Value> {
    let (s, ns) = read_clock(vm, id, false)?;
    Ok(Value::float(s as f64 + ns as f64 * 1e-9))
}

fn nanoseconds(vm: &mut Vm, id: libc::clockid_t) -> PyResult<Value> {
    let (s, ns) = read_clock(vm, id, false)?;
    Ok(vm.new_int_big((i128::from(s) * 1_000_000_000 + i128::from(ns)).into()))
}

fn clock_arg(vm: &mut Vm, name: &str, a: &[Value]) -> PyResult<libc::clockid_t> {
    let v = args::exactly_one(vm, name, a)?;
    let id = ferropy_runtime::protocol::number::index_i64(vm, &v)?;
    libc::clockid_t::try_from(id).map_err(|_| vm.overflow_error("Python int too large to convert to C int"))
}

pub fn process_time(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "process_time", a, 0, 0)?;
    seconds(vm, libc::CLOCK_PROCESS_CPUTIME_ID)
}

pub fn process_time_ns(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "process_time_ns", a, 0, 0)?;
    nanoseconds(vm, libc::CLOCK_PROCESS_CPUTIME_ID)
}

pub fn thread_time(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "thread_time", a, 0, 0)?;
    seconds(vm, libc::CLOCK_THREAD_CPUTIME_ID)
}

pub fn thread_time_ns(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "thread_time_ns", a, 0, 0)?;
    nanoseconds(vm, libc::CLOCK_THREAD_CPUTIME_ID)
}

pub fn clock_gettime(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let id = clock_arg(vm, "clock_gettime", a)?;
    seconds(vm, id)
}

pub fn clock_gettime_ns(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let id = clock_arg(vm, "clock_gettime_ns", a)?;
    nanoseconds(vm, id)
}

pub fn clock_getres(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let id = clock_arg(vm, "clock_getres", a)?;
    let (s, ns) = read_clock(vm, id, true)?;
    Ok(Value::float(s as f64 + ns as f64 * 1e-9))
}

/// `get_clock_info(name)`: a namespace with implementation, monotonic,
/// adjustable and resolution.
pub fn get_clock_info(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "get_clock_info", a)?;
    let name = ferropy_runtime::types::str::as_str(&v).map(str::to_string);
    // monotonic and perf_counter are measured from an Instant, which is
    // CLOCK_MONOTONIC on Linux.
    let (implementation, id, monotonic, adjustable) = match name.as_deref() {
        Some("time") => ("clock_gettime(CLOCK_REALTIME)", libc::CLOCK_REALTIME, false, true),
        Some("monotonic" | "perf_counter") => ("clock_gettime(CLOCK_MONOTONIC)", libc::CLOCK_MONOTONIC, true, false),
        Some("process_time") => {
            ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", libc::CLOCK_PROCESS_CPUTIME_ID, true, false)
        }
        Some("thread_time") => ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", libc::CLOCK_THREAD_CPUTIME_ID, true, false),
        _ => return Err(vm.value_error("unknown clock")),
    };
    let (s, ns) = read_clock(vm, id, true)?;
    let types = vm.import_module("types")?;
    let namespace = vm.get_attr_str(&types, "SimpleNamespace")?;
    let kwargs = [
        (vm.new_str("implementation"), vm.new_str(implementation)),
        (vm.new_str("monotonic"), Value::bool(monotonic)),
        (vm.new_str("adjustable"), Value::bool(adjustable)),
        (vm.new_str("resolution"), Value::float(s as f64 + ns as f64 * 1e-9)),
    ];
    vm.call_kw(&namespace, &[], &kwargs)
}

/// Adds the CLOCK_* constants to the module.
pub fn add_constants(vm: &mut Vm, dict: &Obj) -> PyResult<()> {
    for (name, id) in CLOCK_IDS {
        vm.dict_set_str(dict, name, Value::Int(i64::from(*id)))?;
    }
    Ok(())
}
