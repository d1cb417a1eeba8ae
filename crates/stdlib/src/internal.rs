//! `_ferropy`: hooks that ferropy's own Python modules under lib/ need
//! from the runtime. Not part of any public API.

use ferropy_runtime::object::{Object, Payload};
use ferropy_runtime::protocol::args;
use ferropy_runtime::types::builtin_function::{KwArgs, NativeFn};
use ferropy_runtime::{Obj, PyResult, Value, Vm};

/// `immutable_type(cls)`: the class now behaves as a type CPython writes
/// in C (attributes fixed, named `module.Name` in messages). Returns cls.
fn immutable_type(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = args::exactly_one(vm, "immutable_type", a)?;
    match &cls {
        Value::Obj(ty) if ferropy_runtime::types::type_::is_type(&cls) => {
            ferropy_runtime::types::type_::make_immutable(vm, ty)?;
            Ok(cls.clone())
        }
        _ => Err(vm.type_error("immutable_type() expects a class")),
    }
}

/// `opcode_table()`: (name, number, argument kind) of every canonical
/// instruction, for the `opcode` and `dis` modules. The kinds are
/// "none", "number", "const", "name", "local", "free", "jrel", "jabs",
/// "compare".
fn opcode_table(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "opcode_table", a, 0, 0)?;
    use ferropy_bytecode::{ArgKind, Opcode};
    let mut rows = Vec::new();
    for op in Opcode::ALL.iter().filter(|op| !op.is_internal()) {
        let kind = match op.arg_kind() {
            ArgKind::None => "none",
            ArgKind::Number => "number",
            ArgKind::Const => "const",
            ArgKind::Name => "name",
            ArgKind::Local => "local",
            ArgKind::Free => "free",
            ArgKind::JumpRelative => "jrel",
            ArgKind::JumpAbsolute => "jabs",
            ArgKind::Compare => "compare",
        };
        let row = vec![vm.new_str(op.name()), Value::Int(*op as u8 as i64), vm.new_str(kind)];
        rows.push(vm.new_tuple(row));
    }
    Ok(vm.new_list(rows))
}

/// `io_types()`: the native classes behind `open()` and the standard
/// streams, and the exception the `io` module exports: (TextIOWrapper,
/// BufferedReader, BufferedWriter, UnsupportedOperation).
fn io_types(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "io_types", a, 0, 0)?;
    let t = &vm.types;
    let classes = [&t.text_io, &t.buffered_reader, &t.buffered_writer, &vm.exc.unsupported_operation];
    let items = classes.map(|c| Value::Obj(c.clone())).to_vec();
    Ok(vm.new_tuple(items))
}

fn strings(vm: &mut Vm, chunks: Vec<String>) -> Value {
    let items = chunks.into_iter().map(|c| vm.new_str(c)).collect();
    vm.new_list(items)
}

fn limit_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => ferropy_runtime::protocol::number::as_index(vm, v),
    }
}

/// `exception_chunks(exc, chain, limit)`: the pieces of the text printed
/// for an uncaught exception (what `traceback.format_exception` returns).
fn exception_chunks(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "exception_chunks", a, 3, 3)?;
    let Value::Obj(exc) = &a[0] else {
        return Err(vm.type_error("expected an exception"));
    };
    let chain = vm.truthy(&a[1])?;
    let limit = limit_arg(vm, a.get(2))?;
    let chunks = ferropy_runtime::vm::traceback::exception_chunks(vm, exc, chain, limit);
    Ok(strings(vm, chunks))
}

/// `exception_only(exc)`: the lines after the traceback.
fn exception_only(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let exc = args::exactly_one(vm, "exception_only", a)?;
    let Value::Obj(exc) = &exc else {
        return Err(vm.type_error("expected an exception"));
    };
    let chunks = ferropy_runtime::vm::traceback::exception_only_chunks(vm, exc);
    Ok(strings(vm, chunks))
}

/// `traceback_chunks(tb, limit)`: one piece per frame of a traceback.
fn traceback_chunks(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "traceback_chunks", a, 2, 2)?;
    let Value::Obj(tb) = &a[0] else {
        return Ok(vm.new_list(Vec::new()));
    };
    let limit = limit_arg(vm, a.get(1))?;
    let chunks = ferropy_runtime::vm::traceback::traceback_chunks(vm, tb, limit);
    Ok(strings(vm, chunks))
}

/// `embedded_module(fullname)`: `(source, is_package)` of a module of
/// ferropy's own library, or None (the import system's EmbeddedFinder,
/// and linecache for tracebacks).
fn embedded_module(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let name = args::exactly_one(vm, "embedded_module", a)?;
    let Some(name) = ferropy_runtime::types::str::as_str(&name).map(str::to_string) else {
        return Err(vm.type_error("embedded_module() expects a str"));
    };
    Ok(match crate::embedded_source(&name) {
        Some((source, is_package)) => {
            let source = vm.new_str(source);
            vm.new_tuple(vec![source, Value::bool(is_package)])
        }
        None => Value::None,
    })
}

/// `embedded_code(filename)`: the precompiled code object of a module of
/// ferropy's own library by its file name, or None when it must be
/// compiled from source (EmbeddedLoader.get_code).
fn embedded_code(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let name = args::exactly_one(vm, "embedded_code", a)?;
    let Some(filename) = ferropy_runtime::types::str::as_str(&name).map(str::to_string) else {
        return Err(vm.type_error("embedded_code() expects a str"));
    };
    Ok(match vm.embedded_code(&filename) {
        Some(code) => Value::Obj(Object::builtin(Payload::Code(code))),
        None => Value::None,
    })
}

/// `code_to_bytes(code)`: a code object in ferropy's code format
/// (`ferropy_bytecode::serial`), for marshal.
fn code_to_bytes(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let code = args::exactly_one(vm, "code_to_bytes", a)?;
    let Some(code) = ferropy_runtime::types::code::as_code(&code) else {
        return Err(vm.type_error("code_to_bytes() expects a code object"));
    };
    let bytes = ferropy_bytecode::serial::encode(&code.source);
    Ok(Value::Obj(Object::builtin(Payload::Bytes(bytes.into_boxed_slice()))))
}

/// `code_from_bytes(data)`: the code object `code_to_bytes` wrote;
/// ValueError("bad marshal data (...)") for anything else.
fn code_from_bytes(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let data = args::exactly_one(vm, "code_from_bytes", a)?;
    let Some(bytes) = ferropy_runtime::types::bytes::as_bytes_like(&data) else {
        return Err(vm.type_error("code_from_bytes() expects bytes"));
    };
    match ferropy_bytecode::serial::decode_code(&bytes) {
        Ok(code) => {
            let code = ferropy_runtime::types::code::load_code(vm, &std::rc::Rc::new(code));
            Ok(Value::Obj(Object::builtin(Payload::Code(code))))
        }
        Err(e) => Err(vm.value_error(format!("bad marshal data ({})", e.0))),
    }
}

/// `decode_source(data)`: source bytes as text, by their coding cookie
/// or BOM (importlib.util.decode_source).
fn decode_source(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let data = args::exactly_one(vm, "decode_source", a)?;
    let Some(bytes) = ferropy_runtime::types::bytes::as_bytes_like(&data) else {
        return Err(vm.type_error("decode_source() expects bytes"));
    };
    let text = vm.decode_source(&bytes, "<string>", ferropy_runtime::vm::source::SourceOrigin::Bytes)?;
    Ok(vm.new_str(text))
}

/// `embedded_children(package)`: `[(name, is_package)]` of the modules in
/// one of ferropy's own packages ("" for the top level), for pkgutil.
fn embedded_children(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let name = args::exactly_one(vm, "embedded_children", a)?;
    let Some(name) = ferropy_runtime::types::str::as_str(&name).map(str::to_string) else {
        return Err(vm.type_error("embedded_children() expects a str"));
    };
    let items: Vec<Value> = crate::embedded_children(&name)
        .into_iter()
        .map(|(n, pkg)| {
            let n = vm.new_str(n);
            vm.new_tuple(vec![n, Value::bool(pkg)])
        })
        .collect();
    Ok(vm.new_list(items))
}

/// The one str argument of the hook `name`.
fn str_argument(vm: &mut Vm, name: &str, a: &[Value]) -> PyResult<String> {
    let value = args::exactly_one(vm, name, a)?;
    match ferropy_runtime::types::str::as_str(&value) {
        Some(text) => Ok(text.to_string()),
        None => Err(vm.type_error(format!("{name}() expects a str"))),
    }
}

/// `embedded_file(path)`: the bytes of a file of ferropy's own library by
/// its path under lib/, or None (importlib.metadata reads the dist-info
/// of the distributions ferropy provides this way).
fn embedded_file(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let path = str_argument(vm, "embedded_file", a)?;
    Ok(match crate::embedded_file(&path) {
        Some(bytes) => Value::Obj(Object::builtin(Payload::Bytes(bytes.into()))),
        None => Value::None,
    })
}

/// `embedded_listdir(path)`: `[(name, is_directory)]` of a directory of
/// ferropy's own library ("" for the top), or None.
fn embedded_listdir(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let path = str_argument(vm, "embedded_listdir", a)?;
    let Some(entries) = crate::embedded_listdir(&path) else {
        return Ok(Value::None);
    };
    let items: Vec<Value> = entries
        .into_iter()
        .map(|(n, is_dir)| {
            let n = vm.new_str(n);
            vm.new_tuple(vec![n, Value::bool(is_dir)])
        })
        .collect();
    Ok(vm.new_list(items))
}

/// `native_codec(name)`: the canonical name of a codec the runtime
/// implements itself (`codecs.lookup`'s name), or None.
fn native_codec(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let name = args::exactly_one(vm, "native_codec", a)?;
    let Some(name) = ferropy_runtime::types::str::as_str(&name).map(str::to_string) else {
        return Err(vm.type_error("native_codec() expects a str"));
    };
    Ok(match ferropy_runtime::codecs::Codec::lookup(&name) {
        Some(codec) => vm.new_str(codec.canonical_name()),
        None => Value::None,
    })
}

/// `c_hypot(x, y)`: the C library's hypot, which cmath uses (math.hypot
/// is CPython's own algorithm and can differ in the last bit).
fn c_hypot(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "c_hypot", a, 2, 2)?;
    let x = ferropy_runtime::types::float::float_from_value(vm, &a[0])?;
    let y = ferropy_runtime::types::float::float_from_value(vm, &a[1])?;
    Ok(Value::float(x.hypot(y)))
}

/// `machine()`: the processor architecture ferropy was built for, as
/// uname(2) names it (x86_64, aarch64 ...).
fn machine(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "machine", a, 0, 0)?;
    Ok(vm.new_str(std::env::consts::ARCH))
}

pub fn make_module(vm: &mut Vm) -> PyResult<Obj> {
    let functions: &[(&'static str, NativeFn)] = &[
        ("immutable_type", immutable_type),
        ("opcode_table", opcode_table),
        ("io_types", io_types),
        ("exception_chunks", exception_chunks),
        ("exception_only", exception_only),
        ("traceback_chunks", traceback_chunks),
        ("embedded_module", embedded_module),
        ("embedded_code", embedded_code),
        ("code_to_bytes", code_to_bytes),
        ("code_from_bytes", code_from_bytes),
        ("decode_source", decode_source),
        ("native_codec", native_codec),
        ("embedded_children", embedded_children),
        ("embedded_file", embedded_file),
        ("embedded_listdir", embedded_listdir),
        ("pack_float", crate::float_bits::pack_float),
        ("c_hypot", c_hypot),
        ("machine", machine),
        ("unpack_float", crate::float_bits::unpack_float),
    ];
    let module = ferropy_runtime::types::module::new_native_module(vm, "_ferropy", functions)?;
    // The first four bytes of this build's .pyc files
    // (importlib.util.MAGIC_NUMBER): two from the code fingerprint, then
    // "\r\n" as in CPython's, so a cache from another build reads as stale.
    let mut magic = ferropy_bytecode::serial::FINGERPRINT.to_le_bytes()[..2].to_vec();
    magic.extend_from_slice(b"\r\n");
    let magic = Value::Obj(Object::builtin(Payload::Bytes(magic.into_boxed_slice())));
    vm.set_attr_str(&Value::Obj(module.clone()), "code_magic", magic)?;
    Ok(module)
}
