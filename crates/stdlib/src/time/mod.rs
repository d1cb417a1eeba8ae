//! The `time` module: clocks and sleep here, broken-down time in
//! `calendar`, formatting in `strftime`.

mod calendar;
mod clocks;
pub mod strftime;

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use ferropy_runtime::protocol::args;
use ferropy_runtime::types::builtin_function::{KwArgs, NativeFn};
use ferropy_runtime::{Obj, PyResult, Value, Vm};

/// When the process started, for `time.perf_counter` (any thread).
static START: std::sync::LazyLock<Instant> = std::sync::LazyLock::new(Instant::now);

pub(crate) fn now() -> Duration {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default()
}

fn time_time(_vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::float(now().as_secs_f64()))
}

fn time_time_ns(vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(vm.new_int_big(now().as_nanos().into()))
}

fn monotonic(_vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::float(START.elapsed().as_secs_f64()))
}

fn monotonic_ns(vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(vm.new_int_big(START.elapsed().as_nanos().into()))
}

fn sleep(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "sleep", a)?;
    let secs = ferropy_runtime::types::float::float_from_value(vm, &v)?;
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    // CPython keeps times as 64-bit nanoseconds.
    if secs * 1e9 >= i64::MAX as f64 {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    // Under a step budget, each millisecond asleep costs a step.
    vm.take_steps((secs * 1000.0) as u64)?;
    // Sleep in slices so Ctrl-C is noticed promptly.
    let deadline = Instant::now() + Duration::from_secs_f64(secs);
    loop {
        let now = Instant::now();
        if now >= deadline {
            break;
        }
        let slice = (deadline - now).min(Duration::from_millis(50));
        vm.allow_threads(|| std::thread::sleep(slice));
        vm.run_pending()?;
    }
    Ok(Value::None)
}

/// `time.strptime(string, format)`: parsed by lib/_strptime.py, as
/// CPython's C module defers to its Python one.
fn strptime(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let module = vm.import_module("_strptime")?;
    let parse = vm.get_attr_str(&module, "_strptime_time")?;
    vm.call(&parse, a)
}

pub fn make_module(vm: &mut Vm) -> PyResult<Obj> {
    let functions: &[(&'static str, NativeFn)] = &[
        ("time", time_time),
        ("time_ns", time_time_ns),
        ("monotonic", monotonic),
        ("monotonic_ns", monotonic_ns),
        ("perf_counter", monotonic),
        ("perf_counter_ns", monotonic_ns),
        ("process_time", clocks::process_time),
        ("process_time_ns", clocks::process_time_ns),
        ("thread_time", clocks::thread_time),
        ("thread_time_ns", clocks::thread_time_ns),
        ("clock_gettime", clocks::clock_gettime),
        ("clock_gettime_ns", clocks::clock_gettime_ns),
        ("clock_getres", clocks::clock_getres),
        ("get_clock_info", clocks::get_clock_info),
        ("sleep", sleep),
        ("gmtime", calendar::gmtime),
        ("localtime", calendar::localtime),
        ("mktime", calendar::mktime),
        ("strftime", calendar::strftime),
        ("asctime", calendar::asctime),
        ("ctime", calendar::ctime),
        ("strptime", strptime),
    ];
    let module = ferropy_runtime::types::module::new_native_module(vm, "time", functions)?;
    let dict = module.dict.clone().expect("modules have dicts");
    let struct_time = ferropy_runtime::types::structseq::make_type(vm, "time", "struct_time", &calendar::FIELDS)?;
    vm.dict_set_str(&dict, "struct_time", Value::Obj(struct_time))?;
    // The fields of struct_time (CPython's tests read the count).
    vm.dict_set_str(&dict, "_STRUCT_TM_ITEMS", Value::Int(11))?;
    calendar::zone_constants(vm, &dict)?;
    clocks::add_constants(vm, &dict)?;
    Ok(module)
}
