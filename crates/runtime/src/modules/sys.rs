//! The `sys` module.

use crate::object::{Obj, Payload};
use crate::protocol::args;
use crate::types::builtin_function::{new_function, KwArgs, NativeFn};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The version we report: the CPython version whose behaviour we follow.
pub const PY_VERSION: (i64, i64, i64) = (3, 11, 7);
pub const FERROPY_VERSION: &str = env!("CARGO_PKG_VERSION");

pub fn version_string() -> String {
    format!("{}.{}.{} (ferropy {FERROPY_VERSION}) [Rust]", PY_VERSION.0, PY_VERSION.1, PY_VERSION.2)
}

/// Writes to `sys.stderr`, falling back to the process's stderr.
pub fn write_stderr(vm: &mut Vm, text: &str) {
    let target = vm.sys.dict.clone().and_then(|d| crate::types::dict::dict_get_str(vm, &d, "stderr").ok().flatten());
    if let Some(err) = &target {
        if let Some(f) = crate::types::file::as_file(err) {
            let bytes = match f.encode(vm, text) {
                Ok(bytes) => std::borrow::Cow::Owned(bytes),
                Err(_) => crate::codecs::utf8_backslashreplace(text),
            };
            let _ = f.write_bytes(&bytes);
            let _ = f.flush_buffer();
            return;
        }
        let s = vm.new_str(text);
        if vm.call_method(err, "write", &[s]).is_ok() {
            return;
        }
    }
    use std::io::Write;
    let _ = std::io::stderr().write_all(&crate::codecs::utf8_backslashreplace(text));
}

fn sys_getfilesystemencodeerrors(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "getfilesystemencodeerrors", a, 0, 0)?;
    Ok(vm.new_str("surrogateescape"))
}

/// The type of sys.unraisablehook's argument (not a name in sys).
static UNRAISABLE_ARGS: crate::gil::GilLocal<std::cell::OnceCell<Obj>> =
    crate::gil::GilLocal::new(std::cell::OnceCell::new());

/// An UnraisableHookArgs(exc_type, exc_value, exc_traceback, err_msg, object).
pub fn unraisable_hook_args(vm: &mut Vm, values: Vec<Value>) -> PyResult<Value> {
    let ty = match UNRAISABLE_ARGS.with(|cell| cell.get().cloned()) {
        Some(ty) => ty,
        None => {
            let fields = ["exc_type", "exc_value", "exc_traceback", "err_msg", "object"];
            let ty = crate::types::structseq::make_type(vm, "sys", "UnraisableHookArgs", &fields)?;
            UNRAISABLE_ARGS.with(|cell| cell.set(ty.clone()).ok());
            ty
        }
    };
    Ok(crate::types::structseq::make_instance(vm, &ty, values))
}

/// `sys.unraisablehook(args)` as CPython's default: "Exception ignored
/// in: <object>" (or the given message), then the traceback.
fn sys_unraisablehook(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let hook_args = args::exactly_one(vm, "unraisablehook", a)?;
    let field = |vm: &mut Vm, name: &str| vm.get_attr_str(&hook_args, name);
    let exc_value = field(vm, "exc_value")?;
    let err_msg = field(vm, "err_msg")?;
    let object = field(vm, "object")?;
    let message = if err_msg.is_none() { None } else { Some(vm.str_string(&err_msg)?) };
    print_unraisable(vm, exc_value.as_obj(), message.as_deref(), &object);
    Ok(Value::None)
}

/// CPython's default report of an exception that cannot propagate:
/// "Exception ignored in: <object>" (or the message), then the traceback.
pub fn print_unraisable(vm: &mut Vm, exc: Option<&Obj>, message: Option<&str>, object: &Value) {
    let mut text = String::new();
    if !object.is_none() {
        let what = crate::protocol::repr::repr_or_placeholder(vm, object);
        text.push_str(&format!("{}: {what}\n", message.unwrap_or("Exception ignored in")));
    } else if let Some(m) = message {
        text.push_str(&format!("{m}:\n"));
    }
    if let Some(exc) = exc {
        text.push_str(&crate::vm::traceback::format_exception(vm, &crate::vm::PyErr { exc: exc.clone() }));
    }
    write_stderr(vm, &text);
}

fn sys_exit(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "exit", a, 0, 1)?;
    let ty = vm.exc.system_exit.clone();
    Err(vm.new_exception(&ty, a.to_vec()))
}

fn sys_getswitchinterval(_vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::float(crate::gil::switch_interval().as_secs_f64()))
}

fn sys_setswitchinterval(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "setswitchinterval", a)?;
    let seconds = crate::types::float::float_from_value(vm, &v)?;
    if seconds.is_nan() || seconds <= 0.0 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    // Kept in whole microseconds, as CPython keeps it.
    let micros = (seconds * 1e6).min(u64::MAX as f64) as u64;
    crate::gil::set_switch_interval(std::time::Duration::from_micros(micros.max(1)));
    Ok(Value::None)
}

fn sys_getrecursionlimit(vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::from(vm.recursion_limit()))
}

fn sys_setrecursionlimit(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "setrecursionlimit", a)?;
    let n = crate::protocol::number::index_i64(vm, &v)?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    if (n as usize) <= vm.depth {
        return Err(vm.new_error(
            &vm.exc.recursion_error.clone(),
            format!("cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low", vm.depth),
        ));
    }
    crate::vm::interpreter::set_recursion_limit(n as usize);
    Ok(Value::None)
}

fn sys_getrefcount(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "getrefcount", a)?;
    // The argument itself holds one reference, as in CPython.
    Ok(Value::Int(match &v {
        Value::Obj(o) => Obj::strong_count(o) as i64 - 1,
        _ => 1 << 30,
    }))
}

fn sys_getsizeof(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "getsizeof", a, 1, 2)?;
    let v = &a[0];
    let base = match v {
        Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None => return Ok(Value::Int(16)),
        _ => {
            let sizeof = vm.intern("__sizeof__");
            match crate::protocol::attr::call_special(vm, v, &sizeof, &[]) {
                Ok(Some(r)) => crate::protocol::number::index_i64(vm, &r)?,
                Ok(None) => 16,
                Err(e) => {
                    if let Some(d) = a.get(1) {
                        return Ok(d.clone());
                    }
                    return Err(e);
                }
            }
        }
    };
    if base < 0 {
        return Err(vm.value_error("__sizeof__() should return >= 0"));
    }
    let gc_header = matches!(v, Value::Obj(o) if crate::gc::is_tracked(o)) as i64 * 16;
    Ok(Value::Int(base + gc_header))
}

fn sys_exc_info(vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match vm.exc_info.clone() {
        Some(e) => {
            let v = Value::Obj(e.clone());
            let ty = Value::Obj(vm.class_of(&v).clone());
            let tb = crate::types::exceptions::data(&e)
                .and_then(|d| d.borrow().traceback.clone())
                .map(Value::Obj)
                .unwrap_or(Value::None);
            Ok(vm.new_tuple(vec![ty, v, tb]))
        }
        None => Ok(vm.new_tuple(vec![Value::None, Value::None, Value::None])),
    }
}

fn sys_exception(vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(vm.exc_info.clone().map(Value::Obj).unwrap_or(Value::None))
}

fn sys_intern(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "intern", a)?;
    match crate::types::str::as_str(&v) {
        Some(s) => Ok(Value::Obj(vm.intern(s))),
        None => {
            let tn = vm.type_name(&v);
            Err(vm.type_error(format!("intern() argument must be str, not {tn}")))
        }
    }
}

fn sys_displayhook(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "displayhook", a)?;
    if v.is_none() {
        return Ok(Value::None);
    }
    let builtins = vm.builtins.dict.clone();
    if let Some(b) = &builtins {
        vm.dict_set_str(b, "_", Value::None)?;
    }
    let text = vm.repr_string(&v)?;
    crate::builtins::write_to_stdout(vm, &format!("{text}\n"))?;
    if let Some(b) = &builtins {
        vm.dict_set_str(b, "_", v)?;
    }
    Ok(Value::None)
}

fn sys_excepthook(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "excepthook", a, 3, 3)?;
    if let Value::Obj(e) = &a[1] {
        let err = crate::vm::PyErr { exc: e.clone() };
        let text = crate::vm::traceback::format_exception(vm, &err);
        write_stderr(vm, &text);
    }
    Ok(Value::None)
}

fn sys_get_int_max_str_digits(_vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::from(crate::vm::interpreter::int_max_str_digits()))
}

fn sys_set_int_max_str_digits(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let parsed = args::parse(vm, "set_int_max_str_digits", a, kwargs, &["maxdigits"], 1)?;
    let n = crate::protocol::number::index_i64(vm, &parsed[0])?;
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    crate::vm::interpreter::set_int_max_str_digits(n as usize);
    Ok(Value::None)
}

fn sys_getdefaultencoding(vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(vm.new_str("utf-8"))
}

fn sys_is_finalizing(_vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::FALSE)
}

fn sys_gettrace(_vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn sys_settrace(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "settrace", a)?;
    if v.is_none() {
        return Ok(Value::None);
    }
    Err(vm.not_implemented_error("sys.settrace() is not supported by ferropy yet"))
}

/// `sys.audit(event, *args)`: calls each hook added by addaudithook with
/// the event and the arguments as a tuple (PEP 578). Events are raised by
/// Python code (the standard library's modules raise theirs) and by the
/// import system ("import"); ferropy's native code raises none yet.
fn sys_audit(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(event) = a.first() else {
        return Err(vm.type_error("audit() missing 1 required positional argument: 'event'"));
    };
    if crate::types::str::as_str(event).is_none() {
        let name = vm.type_name(event);
        return Err(vm.type_error(format!("expected str for argument 'event', not {name}")));
    }
    let hooks: Vec<Value> = vm.interp.audit_hooks.borrow().clone();
    if hooks.is_empty() {
        return Ok(Value::None);
    }
    let args = vm.new_tuple(a[1..].to_vec());
    for hook in hooks {
        vm.call(&hook, &[event.clone(), args.clone()])?;
    }
    Ok(Value::None)
}

/// `sys.addaudithook(hook)`: adds a hook for every later audit event.
/// The hooks already there see "sys.addaudithook" first; one raising a
/// RuntimeError keeps the new hook out (and the error is swallowed).
fn sys_addaudithook(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let hook = crate::protocol::args::exactly_one(vm, "addaudithook", a)?;
    let event = vm.new_str("sys.addaudithook");
    if let Err(err) = sys_audit(vm, &[event], &[]) {
        let runtime_error = vm.exc.runtime_error.clone();
        if vm.err_matches(&err, &runtime_error) {
            return Ok(Value::None);
        }
        return Err(err);
    }
    vm.interp.audit_hooks.borrow_mut().push(hook);
    Ok(Value::None)
}

/// Makes the `sys` module from the interpreter's configuration.
pub fn make_module(vm: &mut Vm) -> Obj {
    let module = crate::types::module::new_module(vm, "sys", None);
    if let Payload::Module(d) = &module.payload {
        *d.builtin.borrow_mut() = true;
    }
    let dict = module.dict.clone().expect("module dict");
    let functions: &[(&'static str, NativeFn)] = &[
        ("exit", sys_exit),
        ("getrecursionlimit", sys_getrecursionlimit),
        ("getswitchinterval", sys_getswitchinterval),
        ("setswitchinterval", sys_setswitchinterval),
        ("setrecursionlimit", sys_setrecursionlimit),
        ("getrefcount", sys_getrefcount),
        ("getsizeof", sys_getsizeof),
        ("exc_info", sys_exc_info),
        ("exception", sys_exception),
        ("intern", sys_intern),
        ("displayhook", sys_displayhook),
        ("excepthook", sys_excepthook),
        ("unraisablehook", sys_unraisablehook),
        ("get_int_max_str_digits", sys_get_int_max_str_digits),
        ("set_int_max_str_digits", sys_set_int_max_str_digits),
        ("getdefaultencoding", sys_getdefaultencoding),
        ("getfilesystemencoding", sys_getdefaultencoding),
        ("getfilesystemencodeerrors", sys_getfilesystemencodeerrors),
        ("is_finalizing", sys_is_finalizing),
        ("gettrace", sys_gettrace),
        ("settrace", sys_settrace),
        ("getprofile", sys_gettrace),
        ("setprofile", sys_settrace),
        ("audit", sys_audit),
        ("addaudithook", sys_addaudithook),
        ("set_asyncgen_hooks", super::sys_asyncgen::set_asyncgen_hooks),
        ("get_asyncgen_hooks", super::sys_asyncgen::get_asyncgen_hooks),
        ("get_coroutine_origin_tracking_depth", super::sys_asyncgen::get_coroutine_origin_tracking_depth),
        ("set_coroutine_origin_tracking_depth", super::sys_asyncgen::set_coroutine_origin_tracking_depth),
    ];
    for (name, f) in functions {
        let func = new_function(name, Some("sys"), *f);
        let _ = vm.dict_set_str(&dict, name, Value::Obj(func));
    }
    // `sys.__excepthook__` and the like are the very objects the hooks
    // start as (code tells whether a hook was replaced with `is`).
    for hook in ["displayhook", "excepthook", "unraisablehook"] {
        if let Ok(Some(f)) = crate::types::dict::dict_get_str(vm, &dict, hook) {
            let _ = vm.dict_set_str(&dict, &format!("__{hook}__"), f);
        }
    }
    let getframe =
        crate::types::builtin_function::new_frame_function("_getframe", Some("sys"), crate::types::frame::getframe);
    let _ = vm.dict_set_str(&dict, "_getframe", Value::Obj(getframe));
    let set = |vm: &mut Vm, name: &str, v: Value| {
        let _ = vm.dict_set_str(&dict, name, v);
    };
    let argv: Vec<Value> = vm.config.argv.clone().into_iter().map(|a| vm.new_str(a)).collect();
    let argv = vm.new_list(argv);
    set(vm, "argv", argv.clone());
    set(vm, "orig_argv", argv);
    let mut path: Vec<String> = vm.config.path.clone();
    path.push(crate::vm::import::EMBEDDED_PATH.to_string());
    let path: Vec<Value> = path.into_iter().map(|p| vm.new_str(p)).collect();
    let path = vm.new_list(path);
    set(vm, "path", path);
    set(vm, "modules", Value::Obj(vm.modules.clone()));
    for (i, name) in ["stdin", "stdout", "stderr"].iter().enumerate() {
        let stream = crate::types::file::std_stream(vm, i as u8);
        set(vm, name, stream.clone());
        set(vm, &format!("__{name}__"), stream);
    }
    // No bytecode caches are written, so there is no prefix for them.
    set(vm, "pycache_prefix", Value::None);
    let version = vm.new_str(version_string());
    set(vm, "version", version);
    let hexversion = (PY_VERSION.0 << 24) | (PY_VERSION.1 << 16) | (PY_VERSION.2 << 8) | 0xf0;
    set(vm, "hexversion", Value::Int(hexversion));
    let version_info_type = crate::types::structseq::make_type(
        vm,
        "sys",
        "version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
    );
    if let Ok(vi_type) = &version_info_type {
        let final_ = vm.new_str("final");
        let vi = crate::types::structseq::make_instance(
            vm,
            vi_type,
            vec![Value::Int(PY_VERSION.0), Value::Int(PY_VERSION.1), Value::Int(PY_VERSION.2), final_, Value::Int(0)],
        );
        set(vm, "version_info", vi);
    }
    if let Ok(fi_type) = crate::types::structseq::make_type(
        vm,
        "sys",
        "float_info",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
    ) {
        let fi = crate::types::structseq::make_instance(
            vm,
            &fi_type,
            vec![
                Value::float(f64::MAX),
                Value::Int(1024),
                Value::Int(308),
                Value::float(f64::MIN_POSITIVE),
                Value::Int(-1021),
                Value::Int(-307),
                Value::Int(15),
                Value::Int(53),
                Value::float(f64::EPSILON),
                Value::Int(2),
                Value::Int(1),
            ],
        );
        set(vm, "float_info", fi);
    }
    if let Ok(ii_type) = crate::types::structseq::make_type(
        vm,
        "sys",
        "int_info",
        &["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
    ) {
        let ii = crate::types::structseq::make_instance(
            vm,
            &ii_type,
            vec![Value::Int(30), Value::Int(4), Value::Int(4300), Value::Int(640)],
        );
        set(vm, "int_info", ii);
    }
    if let Ok(hi_type) = crate::types::structseq::make_type(
        vm,
        "sys",
        "hash_info",
        &["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"],
    ) {
        let alg = vm.new_str("siphash13");
        let hi = crate::types::structseq::make_instance(
            vm,
            &hi_type,
            vec![
                Value::Int(64),
                Value::Int(crate::types::int::HASH_MODULUS),
                Value::Int(314159),
                Value::Int(0),
                Value::Int(1000003),
                alg,
                Value::Int(64),
                Value::Int(128),
                Value::Int(0),
            ],
        );
        set(vm, "hash_info", hi);
    }
    if let Ok(impl_type) =
        crate::types::structseq::make_type(vm, "sys", "implementation", &["name", "version", "cache_tag", "hexversion"])
    {
        let name = vm.new_str("ferropy");
        let parts: Vec<i64> = FERROPY_VERSION.split('.').filter_map(|p| p.parse().ok()).collect();
        let final_ = vm.new_str("final");
        // Bytecode caches are `__pycache__/NAME.ferropy-311.pyc` (PEP 3147);
        // their magic tells one build's from another's (docs/packages.md).
        let cache_tag = vm.new_str(format!("ferropy-{}{}", PY_VERSION.0, PY_VERSION.1));
        let part = |i: usize| parts.get(i).copied().unwrap_or(0);
        // ferropy's own version, as a sys.version_info (packaging reads
        // .major/.minor/.micro of it for `implementation_version`).
        let version_values = vec![Value::Int(part(0)), Value::Int(part(1)), Value::Int(part(2)), final_, Value::Int(0)];
        let version = match &version_info_type {
            Ok(vi_type) => crate::types::structseq::make_instance(vm, vi_type, version_values),
            Err(_) => vm.new_tuple(version_values),
        };
        let impl_hexversion = (part(0) << 24) | (part(1) << 16) | (part(2) << 8) | 0xf0;
        let imp = crate::types::structseq::make_instance(
            vm,
            &impl_type,
            vec![name, version, cache_tag, Value::Int(impl_hexversion)],
        );
        set(vm, "implementation", imp);
    }
    if let Ok(flags_type) = crate::types::structseq::make_type(
        vm,
        "sys",
        "flags",
        &[
            "debug",
            "inspect",
            "interactive",
            "optimize",
            "dont_write_bytecode",
            "no_user_site",
            "no_site",
            "ignore_environment",
            "verbose",
            "bytes_warning",
            "quiet",
            "hash_randomization",
            "isolated",
            "dev_mode",
            "utf8_mode",
            "warn_default_encoding",
            "safe_path",
            "int_max_str_digits",
        ],
    ) {
        let f = vm.config.flags.clone();
        let int = |b: bool| Value::Int(b as i64);
        let values = vec![
            int(f.debug),
            int(vm.config.inspect),
            int(f.interactive),
            Value::Int(vm.config.optimize as i64),
            int(f.dont_write_bytecode),
            int(f.no_user_site),
            int(vm.config.no_site),
            int(f.ignore_environment),
            Value::Int(f.verbose as i64),
            Value::Int(f.bytes_warning as i64),
            int(f.quiet),
            int(f.hash_seed != crate::vm::HashSeed::Fixed(0)),
            int(f.isolated),
            Value::bool(f.dev_mode),
            int(f.utf8_mode),
            Value::Int(0),
            Value::bool(f.safe_path),
            Value::Int(f.int_max_str_digits.map_or(-1, |n| n as i64)),
        ];
        let flags = crate::types::structseq::make_instance(vm, &flags_type, values);
        set(vm, "flags", flags);
    }
    let platform = vm.new_str(std::env::consts::OS);
    set(vm, "platform", platform);
    let byteorder = vm.new_str(if cfg!(target_endian = "little") { "little" } else { "big" });
    set(vm, "byteorder", byteorder);
    set(vm, "maxsize", Value::Int(i64::MAX));
    set(vm, "maxunicode", Value::Int(0x10FFFF));
    let or_embedded =
        |text: &str| if text.is_empty() { crate::vm::import::EMBEDDED_PATH.to_string() } else { text.to_string() };
    let exe = vm.new_str(vm.config.executable.clone());
    set(vm, "executable", exe);
    let base_exe =
        if vm.config.base_executable.is_empty() { &vm.config.executable } else { &vm.config.base_executable };
    let base_exe = vm.new_str(base_exe.clone());
    set(vm, "_base_executable", base_exe);
    let prefix = vm.new_str(or_embedded(&vm.config.prefix));
    let base_prefix = vm.new_str(or_embedded(&vm.config.base_prefix));
    for (name, value) in [
        ("prefix", &prefix),
        ("exec_prefix", &prefix),
        ("base_prefix", &base_prefix),
        ("base_exec_prefix", &base_prefix),
    ] {
        set(vm, name, value.clone());
    }
    let platlibdir = vm.new_str("lib");
    set(vm, "platlibdir", platlibdir);
    let dont_write = vm.config.flags.dont_write_bytecode;
    set(vm, "dont_write_bytecode", Value::bool(dont_write));
    for name in ["meta_path", "path_hooks"] {
        let l = vm.new_list(vec![]);
        set(vm, name, l);
    }
    let warnoptions: Vec<Value> = vm.config.flags.warnoptions.clone().into_iter().map(|w| vm.new_str(w)).collect();
    let warnoptions = vm.new_list(warnoptions);
    set(vm, "warnoptions", warnoptions);
    let cache = vm.new_dict();
    set(vm, "path_importer_cache", Value::Obj(cache));
    // -X name=value, or -X name (True).
    let xoptions = vm.new_dict();
    for option in vm.config.flags.xoptions.clone() {
        let (name, value) = match option.split_once('=') {
            Some((n, v)) => (n.to_string(), vm.new_str(v)),
            None => (option.clone(), Value::TRUE),
        };
        let _ = vm.dict_set_str(&xoptions, &name, value);
    }
    set(vm, "_xoptions", Value::Obj(xoptions));
    let names: Vec<Value> = ["builtins", "sys", "gc"].iter().map(|n| vm.new_str(*n)).collect();
    let names = vm.new_tuple(names);
    set(vm, "builtin_module_names", names);
    let copyright = vm.new_str("Copyright (c) ferropy contributors.");
    set(vm, "copyright", copyright);
    let api = Value::Int(1013);
    set(vm, "api_version", api);
    module
}
