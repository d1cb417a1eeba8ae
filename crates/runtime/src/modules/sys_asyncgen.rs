//! `sys.set_asyncgen_hooks` and `sys.get_asyncgen_hooks`: per thread, the
//! functions an event loop installs to learn of async generators as they
//! start (`firstiter`) and to finish them itself when they are dropped
//! unfinished (`finalizer`, called instead of `aclose`). The generator
//! side is in types/async_generator.rs (`init_hooks`) and
//! types/generator.rs (`finalize`).
//!
//! Also `sys.{get,set}_coroutine_origin_tracking_depth`: ferropy does not
//! record where coroutines were made, so only depth 0 is accepted.

use crate::object::Obj;
use crate::protocol::args;
use crate::types::builtin_function::KwArgs;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The type of `get_asyncgen_hooks()`' result.
static HOOKS_TYPE: crate::gil::GilLocal<std::cell::OnceCell<Obj>> =
    crate::gil::GilLocal::new(std::cell::OnceCell::new());

pub fn set_asyncgen_hooks(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "set_asyncgen_hooks", a, 0, 2)?;
    let mut given: [Option<Value>; 2] = [a.first().cloned(), a.get(1).cloned()];
    for (key, value) in kw {
        let slot = match crate::types::str::as_str(key) {
            Some("firstiter") => 0,
            Some("finalizer") => 1,
            Some(other) => {
                return Err(vm.type_error(format!("set_asyncgen_hooks() got an unexpected keyword argument '{other}'")))
            }
            None => return Err(vm.type_error("keywords must be strings")),
        };
        given[slot] = Some(value.clone());
    }
    // Both are checked before either is set, as in CPython.
    for (value, name) in given.iter().zip(["firstiter", "finalizer"]) {
        if let Some(v) = value {
            if !v.is_none() && !vm.is_callable(v) {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("callable {name} expected, got {tn}")));
            }
        }
    }
    for (slot, value) in given.into_iter().enumerate() {
        if let Some(v) = value {
            vm.asyncgen_hooks[slot] = if v.is_none() { None } else { Some(v) };
        }
    }
    Ok(Value::None)
}

pub fn get_asyncgen_hooks(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "get_asyncgen_hooks", a, 0, 0)?;
    let ty = match HOOKS_TYPE.with(|cell| cell.get().cloned()) {
        Some(ty) => ty,
        None => {
            let ty = crate::types::structseq::make_type(vm, "builtins", "asyncgen_hooks", &["firstiter", "finalizer"])?;
            HOOKS_TYPE.with(|cell| cell.set(ty.clone()).ok());
            ty
        }
    };
    let values = vm.asyncgen_hooks.iter().map(|h| h.clone().unwrap_or(Value::None)).collect();
    Ok(crate::types::structseq::make_instance(vm, &ty, values))
}

pub fn get_coroutine_origin_tracking_depth(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "get_coroutine_origin_tracking_depth", a, 0, 0)?;
    Ok(Value::Int(0))
}

pub fn set_coroutine_origin_tracking_depth(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let depth = match (a, kw) {
        ([d], []) => d.clone(),
        ([], [(k, d)]) if crate::types::str::as_str(k) == Some("depth") => d.clone(),
        _ => return Err(vm.type_error("set_coroutine_origin_tracking_depth() takes exactly one argument (depth)")),
    };
    let depth = crate::protocol::number::index_i64(vm, &depth)?;
    if depth < 0 {
        return Err(vm.value_error("depth must be >= 0"));
    }
    if depth > 0 {
        return Err(vm.not_implemented_error(
            "sys.set_coroutine_origin_tracking_depth(): ferropy does not record where coroutines are created",
        ));
    }
    Ok(Value::None)
}
