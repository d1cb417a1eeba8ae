//! `_ferropy`: hooks that ferropy's own Python modules under lib/ need
//! from the runtime. Not part of any public API.

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

pub fn make_module(vm: &mut Vm) -> PyResult<Obj> {
    let functions: &[(&'static str, NativeFn)] =
        &[("immutable_type", immutable_type), ("opcode_table", opcode_table), ("io_types", io_types)];
    ferropy_runtime::types::module::new_native_module(vm, "_ferropy", functions)
}
