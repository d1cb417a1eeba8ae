//! `_bisect`: binary search and sorted insertion, natively (lib/bisect.py
//! takes them, as CPython's bisect takes its C accelerator). As in
//! CPython: any sequence may be searched (exact lists are read directly,
//! anything else through `__getitem__`), only `<` is used, `key` applies
//! to the probed items (and to `x` when inserting), and `hi=-1` means the
//! length, like `hi=None`.

use ferropy_runtime::protocol::args;
use ferropy_runtime::protocol::number::index_i64;
use ferropy_runtime::types::builtin_function::{KwArgs, NativeFn};
use ferropy_runtime::types::list::storage;
use ferropy_runtime::{Obj, PyResult, Value, Vm};

/// `a[i]`, straight from an exact list's storage.
fn item(vm: &mut Vm, a: &Value, i: usize) -> PyResult<Value> {
    if let Some(o) = a.as_obj().filter(|o| o.class().is_none()) {
        if let Some(cell) = storage(o) {
            return match cell.borrow().get_checked(i) {
                Some(v) => Ok(v),
                None => Err(vm.index_error("list index out of range")),
            };
        }
    }
    vm.get_item(a, &Value::Int(i as i64))
}

/// The arguments of every function here: (a, x, lo, hi, key).
fn parse(vm: &mut Vm, func: &str, a: &[Value], kw: KwArgs) -> PyResult<(Value, Value, usize, usize, Value)> {
    let parsed = args::parse(vm, func, a, kw, &["a", "x", "lo", "hi", "key"], 2)?;
    let lo = match &parsed[2] {
        Value::Undef => 0,
        v => index_i64(vm, v)?,
    };
    if lo < 0 {
        return Err(vm.value_error("lo must be non-negative"));
    }
    let hi = match &parsed[3] {
        Value::Undef | Value::None => -1,
        v => index_i64(vm, v)?,
    };
    let hi = if hi == -1 { vm.len(&parsed[0])? as i64 } else { hi };
    let key = match &parsed[4] {
        Value::Undef => Value::None,
        v => v.clone(),
    };
    Ok((parsed[0].clone(), parsed[1].clone(), lo as usize, hi.max(0) as usize, key))
}

/// The insertion point for `x` (already keyed) in `a[lo:hi]`: after any
/// equal items (`right`) or before them.
fn search(
    vm: &mut Vm,
    a: &Value,
    x: &Value,
    mut lo: usize,
    mut hi: usize,
    key: &Value,
    right: bool,
) -> PyResult<usize> {
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let mut probe = item(vm, a, mid)?;
        if !key.is_none() {
            probe = vm.call(key, &[probe])?;
        }
        let go_left = if right { vm.lt(x, &probe)? } else { !vm.lt(&probe, x)? };
        if go_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn bisect_with(vm: &mut Vm, a: &[Value], kw: KwArgs, func: &str, right: bool) -> PyResult<Value> {
    let (seq, x, lo, hi, key) = parse(vm, func, a, kw)?;
    Ok(Value::from(search(vm, &seq, &x, lo, hi, &key, right)?))
}

fn insort_with(vm: &mut Vm, a: &[Value], kw: KwArgs, func: &str, right: bool) -> PyResult<Value> {
    let (seq, x, lo, hi, key) = parse(vm, func, a, kw)?;
    let keyed = if key.is_none() { x.clone() } else { vm.call(&key, std::slice::from_ref(&x))? };
    let index = search(vm, &seq, &keyed, lo, hi, &key, right)?;
    match seq.as_obj().filter(|o| o.class().is_none()).and_then(storage) {
        Some(cell) => {
            let mut s = cell.borrow_mut();
            let at = index.min(s.len());
            s.insert(at, x);
        }
        None => {
            vm.call_method(&seq, "insert", &[Value::from(index), x])?;
        }
    }
    Ok(Value::None)
}

fn bisect_right(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    bisect_with(vm, a, kw, "bisect_right", true)
}

fn bisect_left(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    bisect_with(vm, a, kw, "bisect_left", false)
}

fn insort_right(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    insort_with(vm, a, kw, "insort_right", true)
}

fn insort_left(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    insort_with(vm, a, kw, "insort_left", false)
}

pub fn make_module(vm: &mut Vm) -> PyResult<Obj> {
    let functions: &[(&str, NativeFn)] = &[
        ("bisect_right", bisect_right),
        ("bisect_left", bisect_left),
        ("insort_right", insort_right),
        ("insort_left", insort_left),
    ];
    ferropy_runtime::types::module::new_native_module(vm, "_bisect", functions)
}
