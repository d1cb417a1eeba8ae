//! The `_imp` module: what the import system's Python half
//! (lib/importlib/_bootstrap*.py) asks of the runtime: which modules are
//! built in, creating them, and the import lock's API.

use crate::object::Obj;
use crate::protocol::args;
use crate::types::builtin_function::{KwArgs, NativeFn};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn name_arg(vm: &mut Vm, func: &str, a: &[Value]) -> PyResult<String> {
    let v = args::exactly_one(vm, func, a)?;
    match crate::types::str::as_str(&v) {
        Some(s) => Ok(s.to_string()),
        None => {
            let tn = vm.type_name(&v);
            Err(vm.type_error(format!("{func}() argument must be str, not {tn}")))
        }
    }
}

/// 1 for a module compiled into the interpreter, 0 otherwise (CPython's
/// -1, "built in but cannot be re-initialised", does not arise).
fn is_builtin(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let name = name_arg(vm, "is_builtin", a)?;
    let builtin = vm.interp.native_modules.borrow().contains_key(&name) || name == "sys" || name == "builtins";
    Ok(Value::Int(builtin as i64))
}

/// Creates a built-in module from its spec (or returns the one already
/// made: `sys` and `builtins` exist from the start).
fn create_builtin(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let spec = args::exactly_one(vm, "create_builtin", a)?;
    let name = vm.get_attr_str(&spec, "name")?;
    let Some(name) = crate::types::str::as_str(&name).map(str::to_string) else {
        return Err(vm.type_error("spec.name must be a string"));
    };
    match name.as_str() {
        "sys" => return Ok(Value::Obj(vm.sys.clone())),
        "builtins" => return Ok(Value::Obj(vm.builtins.clone())),
        _ => {}
    }
    let modules = vm.modules.clone();
    if let Some(m) = vm.dict_get_str(&modules, &name)? {
        if !m.is_none() {
            return Ok(m);
        }
    }
    vm.load_builtin(&name)
}

/// A built-in module's code ran when it was created: nothing to do.
fn exec_builtin(_vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(0))
}

/// ferropy has no C extensions to load.
fn create_dynamic(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "create_dynamic", a, 1, 2)?;
    let name = vm.get_attr_str(&a[0], "name")?;
    let origin = vm.get_attr_str(&a[0], "origin")?;
    let name = vm.str_string(&name)?;
    let origin = vm.str_string(&origin)?;
    Err(vm.import_error(format!(
        "cannot load the C extension module '{name}' ({origin}): ferropy runs Python source only"
    )))
}

fn is_frozen(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    name_arg(vm, "is_frozen", a)?;
    Ok(Value::FALSE)
}

fn find_frozen(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "find_frozen", a, 1, 1)?;
    Ok(Value::None)
}

fn is_frozen_package(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let name = name_arg(vm, "is_frozen_package", a)?;
    Err(vm.import_error(format!("No such frozen object named {name:?}")))
}

fn extension_suffixes(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "extension_suffixes", a, 0, 0)?;
    Ok(vm.new_list(vec![]))
}

/// One thread runs Python code at a time and imports do not release it,
/// so the import lock has nothing to exclude.
fn acquire_lock(_vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn lock_held(_vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::FALSE)
}

fn fix_co_filename(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "_fix_co_filename", a, 2, 2)?;
    Ok(Value::None)
}

/// `_imp.source_hash(key, source)`: SipHash-1-3 of the source with the
/// keys (key, 0), as the 8 bytes CPython puts in hash-based .pyc files.
fn source_hash(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    use std::hash::Hasher;
    let parsed = crate::protocol::args::parse(vm, "source_hash", a, kw, &["key", "source"], 2)?;
    let key = crate::protocol::number::index_i64(vm, &parsed[0])? as u64;
    let Some(source) = crate::types::bytes::as_bytes_like(&parsed[1]) else {
        let tn = vm.type_name(&parsed[1]);
        return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
    };
    let mut hasher = siphasher::sip::SipHasher13::new_with_keys(key, 0);
    hasher.write(&source);
    Ok(crate::types::bytes::new_bytes(hasher.finish().to_le_bytes().to_vec()))
}

/// `_imp._override_frozen_modules_for_tests(n)`: CPython's switch for
/// using frozen stdlib modules; ferropy freezes only the import system,
/// so there is nothing to switch.
fn override_frozen_modules(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::protocol::args::exactly_one(vm, "_override_frozen_modules_for_tests", a)?;
    Ok(Value::None)
}

pub fn make_module(vm: &mut Vm) -> PyResult<Obj> {
    let functions: &[(&'static str, NativeFn)] = &[
        ("is_builtin", is_builtin),
        ("create_builtin", create_builtin),
        ("exec_builtin", exec_builtin),
        ("exec_dynamic", exec_builtin),
        ("create_dynamic", create_dynamic),
        ("is_frozen", is_frozen),
        ("_override_frozen_modules_for_tests", override_frozen_modules),
        ("find_frozen", find_frozen),
        ("is_frozen_package", is_frozen_package),
        ("extension_suffixes", extension_suffixes),
        ("acquire_lock", acquire_lock),
        ("release_lock", acquire_lock),
        ("lock_held", lock_held),
        ("_fix_co_filename", fix_co_filename),
        ("source_hash", source_hash),
    ];
    let module = crate::types::module::new_native_module(vm, "_imp", functions)?;
    let dict = module.dict.clone().expect("module dict");
    let never = vm.new_str("never");
    vm.dict_set_str(&dict, "check_hash_based_pycs", never)?;
    Ok(module)
}
