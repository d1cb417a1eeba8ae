//! `code` objects at run time: the compiler's code object plus a decoded
//! instruction array and constants turned into values.
//!
//! The interpreter runs `instrs`, one entry per two-byte unit of the
//! canonical code, so instruction indices and byte offsets correspond
//! (`offset = 2 * index`). `EXTENDED_ARG` prefixes are folded into the
//! instruction they precede and left in place as no-ops; jump arguments
//! are turned into absolute instruction indices.

use std::rc::Rc;

use ferropy_bytecode::{ArgKind, CodeFlags, CodeObject, Constant, Opcode};

use crate::object::{Obj, Object, Payload};
use crate::types::builtin_function::KwArgs;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[derive(Clone, Copy, Debug)]
pub struct Instr {
    pub op: Opcode,
    pub arg: u32,
}

/// Where LOAD_GLOBAL last found a name: the entry index in the globals
/// (or builtins) dict, valid while those dicts keep the key-set versions
/// recorded here (versions are never reused; see dict::fresh_version).
#[derive(Clone, Copy, Default)]
pub struct GlobalCache {
    pub globals_version: u64,
    /// Zero when the name was found in the globals.
    pub builtins_version: u64,
    pub index: u32,
}

pub struct Code {
    pub source: Rc<CodeObject>,
    /// One LOAD_GLOBAL cache per name.
    pub global_cache: Box<[std::cell::Cell<GlobalCache>]>,
    pub instrs: Box<[Instr]>,
    pub consts: Box<[Value]>,
    pub names: Box<[Obj]>,
    pub varnames: Box<[Obj]>,
    pub nlocals: usize,
    pub ncells: usize,
    pub nfree: usize,
    /// For each cell variable that is also a parameter: the parameter index.
    pub cell_from_arg: Box<[Option<usize>]>,
    pub name: Obj,
    pub qualname: Obj,
    pub filename: Obj,
    pub flags: u32,
    pub argcount: usize,
    pub posonlyargcount: usize,
    pub kwonlyargcount: usize,
}

impl Code {
    /// Fast locals, cells and free variables: the frame's fixed slots.
    pub fn nlocalsplus(&self) -> usize {
        self.nlocals + self.ncells + self.nfree
    }

    pub fn is_generator(&self) -> bool {
        self.flags & CodeFlags::GENERATOR != 0
    }

    pub fn is_coroutine(&self) -> bool {
        self.flags & CodeFlags::COROUTINE != 0
    }

    pub fn is_async_generator(&self) -> bool {
        self.flags & CodeFlags::ASYNC_GENERATOR != 0
    }

    pub fn has_varargs(&self) -> bool {
        self.flags & CodeFlags::VARARGS != 0
    }

    pub fn has_varkeywords(&self) -> bool {
        self.flags & CodeFlags::VARKEYWORDS != 0
    }

    /// Source line of the instruction at an index.
    pub fn line_at(&self, index: usize) -> u32 {
        self.source.location_at(index * 2).line
    }

    pub fn name_str(&self) -> &str {
        crate::types::str::as_str(&Value::Obj(self.name.clone())).map_or("?", |_| match &self.name.payload {
            Payload::Str(s) => s.as_str(),
            _ => "?",
        })
    }
}

/// Turns a compiled code object (and its nested ones) into a runtime one.
pub fn load_code(vm: &mut Vm, source: &Rc<CodeObject>) -> Rc<Code> {
    let decoded = source.instructions();
    let units = source.code.len() / 2;
    let mut instrs = vec![Instr { op: Opcode::EXTENDED_ARG, arg: 0 }; units];
    for ins in decoded {
        let arg = match ins.opcode.arg_kind() {
            ArgKind::JumpRelative | ArgKind::JumpAbsolute => (ins.jump_target().unwrap_or(0) / 2) as u32,
            _ => ins.arg,
        };
        instrs[ins.offset / 2] = Instr { op: ins.opcode, arg };
    }
    fuse_superinstructions(&mut instrs, source);
    let consts: Vec<Value> = source.consts.iter().map(|c| constant_value(vm, c)).collect();
    let names: Vec<Obj> = source.names.iter().map(|n| vm.intern(n)).collect();
    let varnames: Vec<Obj> = source.varnames.iter().map(|n| vm.intern(n)).collect();
    let total_args = source.argcount as usize
        + source.kwonlyargcount as usize
        + (source.flags & CodeFlags::VARARGS != 0) as usize
        + (source.flags & CodeFlags::VARKEYWORDS != 0) as usize;
    let cell_from_arg: Vec<Option<usize>> =
        source.cellvars.iter().map(|c| source.varnames.iter().take(total_args).position(|v| v == c)).collect();
    Rc::new(Code {
        global_cache: (0..names.len()).map(|_| std::cell::Cell::new(GlobalCache::default())).collect(),
        instrs: instrs.into_boxed_slice(),
        consts: consts.into_boxed_slice(),
        names: names.into_boxed_slice(),
        varnames: varnames.into_boxed_slice(),
        nlocals: source.varnames.len(),
        ncells: source.cellvars.len(),
        nfree: source.freevars.len(),
        cell_from_arg: cell_from_arg.into_boxed_slice(),
        name: vm.intern(&source.name),
        qualname: vm.intern(&source.qualname),
        filename: vm.intern(&source.filename),
        flags: source.flags,
        argcount: source.argcount as usize,
        posonlyargcount: source.posonlyargcount as usize,
        kwonlyargcount: source.kwonlyargcount as usize,
        source: source.clone(),
    })
}

/// Replaces common instruction sequences by one superinstruction that does
/// their work in one dispatch (and reads locals without copying them). The
/// covered instructions stay behind it, so a jump or an exception handler
/// landing inside a sequence finds ordinary code; sequences that contain a
/// jump target or cross an exception-table boundary are left alone.
/// The arithmetic instructions ARITH_ARITH fuses, indexed by its arg.
pub const ARITH_OPS: [Opcode; 8] = [
    Opcode::BINARY_ADD,
    Opcode::BINARY_SUBTRACT,
    Opcode::BINARY_MULTIPLY,
    Opcode::BINARY_TRUE_DIVIDE,
    Opcode::INPLACE_ADD,
    Opcode::INPLACE_SUBTRACT,
    Opcode::INPLACE_MULTIPLY,
    Opcode::INPLACE_TRUE_DIVIDE,
];

fn fuse_superinstructions(instrs: &mut [Instr], source: &CodeObject) {
    let n = instrs.len();
    let mut boundary = vec![false; n + 1];
    for ins in instrs.iter() {
        if ins.op.is_jump() {
            if let Some(b) = boundary.get_mut(ins.arg as usize) {
                *b = true;
            }
        }
    }
    for entry in &source.exception_table {
        for offset in [entry.start, entry.end, entry.target] {
            if let Some(b) = boundary.get_mut(offset as usize / 2) {
                *b = true;
            }
        }
    }
    // `i..i + len` can run as one unit when no instruction after the first
    // is entered from elsewhere.
    let straight = |i: usize, len: usize| i + len <= n && (i + 1..i + len).all(|k| !boundary[k]);
    let small = |arg: u32| arg < (1 << 16);
    let mut i = 0;
    while i < n {
        let (a, b, c) = (instrs[i], instrs.get(i + 1).copied(), instrs.get(i + 2).copied());
        let is_arith = |op: Opcode| ARITH_OPS.contains(&op);
        let op_at = |k: usize| instrs.get(k).map(|x| (x.op, x.arg));
        if a.op == Opcode::FOR_ITER && op_at(i + 1).is_some_and(|(op, _)| op == Opcode::STORE_FAST) && straight(i, 2) {
            instrs[i].op = Opcode::FOR_ITER_STORE_FAST;
            i += 2;
            continue;
        }
        if a.op == Opcode::DUP_TOP_TWO && b.is_some_and(|b| b.op == Opcode::BINARY_SUBSCR) && straight(i, 2) {
            instrs[i] = Instr { op: Opcode::SUBSCR_KEEP, arg: 0 };
            i += 2;
            continue;
        }
        if a.op == Opcode::ROT_THREE && b.is_some_and(|b| b.op == Opcode::STORE_SUBSCR) && straight(i, 2) {
            instrs[i] = Instr { op: Opcode::STORE_SUBSCR_AUG, arg: 0 };
            i += 2;
            continue;
        }
        if is_arith(a.op) && b.is_some_and(|b| is_arith(b.op)) && straight(i, 2) {
            // The first operation, as its index in ARITH_OPS; the second
            // is read from the covered instruction.
            let first = ARITH_OPS.iter().position(|op| *op == a.op).unwrap_or_default();
            instrs[i] = Instr { op: Opcode::ARITH_ARITH, arg: first as u32 };
            i += 2;
            continue;
        }
        let is = |k: usize, op: Opcode| op_at(k).is_some_and(|(o, _)| o == op);
        let tiny = |k: usize| op_at(k).is_some_and(|(_, arg)| arg < (1 << 10));
        if a.op == Opcode::LOAD_FAST
            && is(i + 1, Opcode::LOAD_FAST)
            && is(i + 2, Opcode::BINARY_SUBSCR)
            && is(i + 3, Opcode::LOAD_FAST)
            && is(i + 4, Opcode::BINARY_SUBSCR)
            && tiny(i)
            && tiny(i + 1)
            && tiny(i + 3)
            && straight(i, 5)
        {
            let arg = a.arg | (instrs[i + 1].arg << 10) | (instrs[i + 3].arg << 20);
            instrs[i] = Instr { op: Opcode::SUBSCR2_FAST, arg };
            i += 5;
            continue;
        }
        if a.op == Opcode::LOAD_FAST
            && is(i + 1, Opcode::LOAD_FAST)
            && is(i + 2, Opcode::DUP_TOP_TWO)
            && is(i + 3, Opcode::BINARY_SUBSCR)
            && small(a.arg)
            && small(instrs[i + 1].arg)
            && straight(i, 4)
        {
            let arg = a.arg | (instrs[i + 1].arg << 16);
            instrs[i] = Instr { op: Opcode::FAST_FAST_SUBSCR_KEEP, arg };
            i += 4;
            continue;
        }
        if a.op == Opcode::LOAD_FAST
            && is(i + 1, Opcode::DUP_TOP_TWO)
            && is(i + 2, Opcode::BINARY_SUBSCR)
            && straight(i, 3)
        {
            instrs[i].op = Opcode::LOAD_FAST_SUBSCR_KEEP;
            i += 3;
            continue;
        }
        if a.op == Opcode::LOAD_FAST && small(a.arg) {
            match (b, c) {
                (Some(b), Some(c))
                    if b.op == Opcode::LOAD_FAST && c.op == Opcode::BINARY_SUBSCR && small(b.arg) && straight(i, 3) =>
                {
                    instrs[i] = Instr { op: Opcode::SUBSCR_FAST_FAST, arg: a.arg | (b.arg << 16) };
                    i += 3;
                    continue;
                }
                (Some(b), _) if b.op == Opcode::BINARY_SUBSCR && straight(i, 2) => {
                    instrs[i] = Instr { op: Opcode::SUBSCR_TOS_FAST, arg: a.arg };
                    i += 2;
                    continue;
                }
                (Some(b), _) if b.op == Opcode::LOAD_FAST && small(b.arg) && straight(i, 2) => {
                    instrs[i] = Instr { op: Opcode::LOAD_FAST_LOAD_FAST, arg: a.arg | (b.arg << 16) };
                    i += 2;
                    continue;
                }
                _ => {}
            }
        }
        i += 1;
    }
}

pub fn constant_value(vm: &mut Vm, c: &Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::Ellipsis => Value::Obj(vm.ellipsis.clone()),
        Constant::Bool(b) => Value::bool(*b),
        Constant::Int(i) => Value::Int(*i),
        Constant::BigInt(b) => crate::types::int::big_to_value(b.clone()),
        Constant::Float(f) => Value::float(*f),
        Constant::Complex { real, imag } => crate::types::complex::new_complex(*real, *imag),
        Constant::Str(s) => {
            // Identifier-like constants are interned, as CPython does.
            if s.len() < 40 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                Value::Obj(vm.intern(s))
            } else {
                vm.new_str(s.to_string())
            }
        }
        Constant::Bytes(b) => Value::Obj(Object::builtin(Payload::Bytes(b.to_vec().into_boxed_slice()))),
        Constant::Tuple(items) => {
            let values = items.iter().map(|c| constant_value(vm, c)).collect();
            vm.new_tuple(values)
        }
        Constant::FrozenSet(items) => {
            let cls = vm.types.frozenset.clone();
            let set = crate::types::set::new_set_of_class(vm, &cls, true);
            for c in items.iter() {
                let v = constant_value(vm, c);
                // Constants are hashable; an error here cannot happen.
                let _ = crate::types::set::set_add(vm, &set, v);
            }
            Value::Obj(set)
        }
        Constant::Code(code) => Value::Obj(Object::builtin(Payload::Code(load_code(vm, code)))),
    }
}

pub fn as_code(value: &Value) -> Option<&Rc<Code>> {
    match value.payload() {
        Some(Payload::Code(c)) => Some(c),
        _ => None,
    }
}

fn code_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(code) = a.first().and_then(as_code) else {
        return Err(vm.type_error("expected a code object"));
    };
    let s = format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        code.source.name,
        a[0].id(),
        code.source.filename,
        code.source.firstlineno
    );
    Ok(vm.new_str(s))
}

fn strings_tuple(vm: &mut Vm, items: &[String]) -> Value {
    let values = items.iter().map(|s| Value::Obj(vm.intern(s))).collect();
    vm.new_tuple(values)
}

/// `code.replace(**changes)`: a copy with some fields changed. The names
/// and numbers are supported; fields that would need new bytecode
/// (co_code, co_consts, co_names ...) are refused naming the field.
fn code_replace(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    crate::protocol::args::check_positional(vm, "replace", a, 1, 1)?;
    let Some(code) = as_code(&a[0]).cloned() else {
        return Err(vm.type_error("descriptor 'replace' requires a 'code' object"));
    };
    let mut source = (*code.source).clone();
    for (key, value) in kw {
        let field = crate::types::str::as_str(key).unwrap_or("").to_string();
        let text = |vm: &mut Vm, v: &Value| -> PyResult<String> {
            match crate::types::str::as_str(v) {
                Some(s) => Ok(s.to_string()),
                None => {
                    let tn = vm.type_name(v);
                    Err(vm.type_error(format!("replace() argument '{field}' must be str, not {tn}")))
                }
            }
        };
        let number = |vm: &mut Vm, v: &Value| -> PyResult<u32> {
            match crate::protocol::number::index_i64(vm, v)? {
                n if n >= 0 && n <= u32::MAX as i64 => Ok(n as u32),
                _ => Err(vm.value_error(format!("replace(): '{field}' out of range"))),
            }
        };
        match field.as_str() {
            "co_name" => source.name = text(vm, value)?,
            "co_qualname" => source.qualname = text(vm, value)?,
            "co_filename" => source.filename = text(vm, value)?,
            "co_firstlineno" => source.firstlineno = number(vm, value)?,
            "co_flags" => source.flags = number(vm, value)?,
            "co_stacksize" => source.stacksize = number(vm, value)?,
            "co_argcount" | "co_posonlyargcount" | "co_kwonlyargcount" | "co_nlocals" | "co_code" | "co_consts"
            | "co_names" | "co_varnames" | "co_freevars" | "co_cellvars" | "co_linetable" | "co_exceptiontable" => {
                return Err(vm.not_implemented_error(format!(
                    "code.replace({field}=...) is not supported by ferropy yet (it would need new bytecode)"
                )))
            }
            other => return Err(vm.type_error(format!("'{other}' is an invalid keyword argument for replace()"))),
        }
    }
    Ok(Value::Obj(crate::object::Object::builtin(Payload::Code(load_code(vm, &Rc::new(source))))))
}

/// `code == other`: see `CodeObject::same_code`.
fn code_eq(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::protocol::args::check_positional(vm, "__eq__", a, 2, 2)?;
    Ok(match (as_code(&a[0]), as_code(&a[1])) {
        (Some(x), Some(y)) => Value::bool(x.source.same_code(&y.source)),
        _ => Value::Obj(vm.not_implemented.clone()),
    })
}

fn code_ne(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    Ok(match code_eq(vm, a, kw)? {
        Value::Bool(b) => Value::bool(!b.get()),
        other => other,
    })
}

/// A hash that agrees with `==`: of the fields that identify most code.
pub fn hash_code(code: &Code) -> i64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    let s = &code.source;
    (&s.name, &s.code, s.flags, s.firstlineno, s.argcount, &s.names, &s.varnames).hash(&mut h);
    // Never -1 (which means "no hash").
    (h.finish() >> 2) as i64
}

fn code_hash(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match a.first().and_then(as_code) {
        Some(code) => Ok(Value::Int(hash_code(code))),
        None => Err(vm.type_error("expected a code object")),
    }
}

pub fn init(vm: &mut Vm) {
    use crate::types::descriptors::add_getset;
    let t = vm.types.code.clone();
    vm.add_method(&t, "__repr__", code_repr);
    vm.add_method(&t, "__eq__", code_eq);
    vm.add_method(&t, "__ne__", code_ne);
    vm.add_method(&t, "__hash__", code_hash);
    vm.add_method(&t, "replace", code_replace);
    add_getset(vm, &t, "co_name", |_vm, v| Ok(as_code(v).map(|c| Value::Obj(c.name.clone())).unwrap_or(Value::None)));
    add_getset(vm, &t, "co_qualname", |_vm, v| {
        Ok(as_code(v).map(|c| Value::Obj(c.qualname.clone())).unwrap_or(Value::None))
    });
    add_getset(vm, &t, "co_filename", |_vm, v| {
        Ok(as_code(v).map(|c| Value::Obj(c.filename.clone())).unwrap_or(Value::None))
    });
    add_getset(vm, &t, "co_firstlineno", |_vm, v| {
        Ok(Value::Int(as_code(v).map_or(0, |c| c.source.firstlineno as i64)))
    });
    add_getset(vm, &t, "co_argcount", |_vm, v| Ok(Value::Int(as_code(v).map_or(0, |c| c.argcount as i64))));
    add_getset(vm, &t, "co_posonlyargcount", |_vm, v| {
        Ok(Value::Int(as_code(v).map_or(0, |c| c.posonlyargcount as i64)))
    });
    add_getset(vm, &t, "co_kwonlyargcount", |_vm, v| Ok(Value::Int(as_code(v).map_or(0, |c| c.kwonlyargcount as i64))));
    add_getset(vm, &t, "co_nlocals", |_vm, v| Ok(Value::Int(as_code(v).map_or(0, |c| c.nlocals as i64))));
    add_getset(vm, &t, "co_flags", |_vm, v| Ok(Value::Int(as_code(v).map_or(0, |c| c.flags as i64))));
    add_getset(vm, &t, "co_stacksize", |_vm, v| Ok(Value::Int(as_code(v).map_or(0, |c| c.source.stacksize as i64))));
    add_getset(vm, &t, "co_varnames", |vm, v| {
        let names = as_code(v).map(|c| c.source.varnames.clone()).unwrap_or_default();
        Ok(strings_tuple(vm, &names))
    });
    add_getset(vm, &t, "co_cellvars", |vm, v| {
        let names = as_code(v).map(|c| c.source.cellvars.clone()).unwrap_or_default();
        Ok(strings_tuple(vm, &names))
    });
    add_getset(vm, &t, "co_freevars", |vm, v| {
        let names = as_code(v).map(|c| c.source.freevars.clone()).unwrap_or_default();
        Ok(strings_tuple(vm, &names))
    });
    add_getset(vm, &t, "co_names", |vm, v| {
        let names = as_code(v).map(|c| c.source.names.clone()).unwrap_or_default();
        Ok(strings_tuple(vm, &names))
    });
    add_getset(vm, &t, "co_consts", |vm, v| {
        let consts = as_code(v).map(|c| c.consts.to_vec()).unwrap_or_default();
        Ok(vm.new_tuple(consts))
    });
    add_getset(vm, &t, "co_code", |_vm, v| {
        let bytes = as_code(v).map(|c| c.source.code.clone()).unwrap_or_default();
        Ok(Value::Obj(Object::builtin(Payload::Bytes(bytes.into_boxed_slice()))))
    });
    add_getset(vm, &t, "_co_locations", |vm, v| {
        // (line, end_line, col, end_col) per instruction unit, for `dis`.
        let locs = as_code(v).map(|c| c.source.locations.clone()).unwrap_or_default();
        let items = locs
            .iter()
            .map(|l| {
                vm.new_tuple(vec![
                    Value::Int(l.line as i64),
                    Value::Int(l.end_line as i64),
                    Value::Int(l.col as i64),
                    Value::Int(l.end_col as i64),
                ])
            })
            .collect();
        Ok(vm.new_tuple(items))
    });
    add_getset(vm, &t, "_co_exceptiontable", |vm, v| {
        let entries = as_code(v).map(|c| c.source.exception_table.clone()).unwrap_or_default();
        let items = entries
            .iter()
            .map(|e| {
                vm.new_tuple(vec![
                    Value::Int(e.start as i64),
                    Value::Int(e.end as i64),
                    Value::Int(e.target as i64),
                    Value::Int(e.depth as i64),
                    Value::bool(e.push_lasti),
                ])
            })
            .collect();
        Ok(vm.new_tuple(items))
    });
}
