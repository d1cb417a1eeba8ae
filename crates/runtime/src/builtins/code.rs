//! Builtins that run code or look at namespaces: `exec`, `eval`,
//! `compile`, `globals`, `locals`, `vars`, `dir`, `__build_class__`,
//! `__import__`.

use crate::object::{Obj, Payload};
use crate::protocol::args;
use crate::types::builtin_function::KwArgs;
use crate::value::Value;
use crate::vm::{Frame, PyResult, Vm};

/// The namespace `locals()` shows for a frame: its mapping, or a new dict
/// of its bound fast locals and cells.
pub fn frame_locals(vm: &mut Vm, frame: &Frame) -> PyResult<Value> {
    if let Some(l) = &frame.locals {
        return Ok(Value::Obj(l.clone()));
    }
    let code = frame.code.clone();
    slots_dict(vm, &code, &frame.stack)
}

/// A function frame's variables as a dict, from its slots (fast locals,
/// then cells and free variables); unbound ones are left out.
pub fn slots_dict(vm: &mut Vm, code: &crate::types::code::Code, slots: &[Value]) -> PyResult<Value> {
    let d = vm.new_dict();
    for (i, name) in code.source.varnames.iter().enumerate() {
        let Some(v) = slots.get(i) else { break };
        if !v.is_undef() {
            let v = v.clone();
            vm.dict_set_str(&d, name, v)?;
        }
    }
    for (i, name) in code.source.cellvars.iter().chain(code.source.freevars.iter()).enumerate() {
        if let Some(Payload::Cell(c)) = slots.get(code.nlocals + i).and_then(|v| v.payload()) {
            let v = c.borrow().clone();
            if !v.is_undef() {
                vm.dict_set_str(&d, name, v)?;
            }
        }
    }
    Ok(Value::Obj(d))
}

pub fn builtin_globals(vm: &mut Vm, frame: Option<&mut Frame>, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_no_args(vm, "globals", a)?;
    match frame {
        Some(f) => Ok(Value::Obj(f.globals.clone())),
        None => Err(vm.runtime_error("globals(): no current frame")),
    }
}

pub fn builtin_locals(vm: &mut Vm, frame: Option<&mut Frame>, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_no_args(vm, "locals", a)?;
    match frame {
        Some(f) => frame_locals(vm, f),
        None => Err(vm.runtime_error("locals(): no current frame")),
    }
}

pub fn builtin_vars(vm: &mut Vm, frame: Option<&mut Frame>, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "vars", a, 0, 1)?;
    if a.is_empty() {
        return builtin_locals(vm, frame, a, kw);
    }
    let dict_name = vm.names.__dict__.clone();
    match crate::protocol::attr::get_attr(vm, &a[0], &dict_name) {
        Ok(d) => Ok(d),
        Err(e) if vm.err_matches(&e, &vm.exc.attribute_error.clone()) => {
            Err(vm.type_error("vars() argument must have __dict__ attribute"))
        }
        Err(e) => Err(e),
    }
}

pub fn builtin_dir(vm: &mut Vm, frame: Option<&mut Frame>, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "dir", a, 0, 1)?;
    let names = if a.is_empty() {
        let Some(f) = frame else {
            return Err(vm.runtime_error("dir(): no current frame"));
        };
        let locals = frame_locals(vm, f)?;
        vm.collect(&locals)?
    } else {
        let dir_name = vm.names.__dir__.clone();
        match crate::protocol::attr::call_special(vm, &a[0], &dir_name, &[])? {
            Some(r) => vm.collect(&r)?,
            None => return Err(vm.type_error("object does not provide __dir__")),
        }
    };
    let list = vm.new_list(names);
    if let Value::Obj(l) = &list {
        crate::types::list::sort(vm, l, None, false)?;
    }
    Ok(list)
}

fn source_text(vm: &mut Vm, v: &Value, func: &str) -> PyResult<String> {
    if let Some(s) = crate::types::str::as_str(v) {
        // CPython compiles the UTF-8 form: a lone surrogate fails to encode.
        if crate::unicode::code_points::contains_reserved(s.as_bytes()) {
            crate::codecs::encode(vm, s, "utf-8", "strict")?;
        }
        return Ok(s.to_string());
    }
    if let Some(b) = crate::types::bytes::as_bytes_like(v) {
        return vm.decode_source(&b, "<string>", crate::vm::source::SourceOrigin::Bytes);
    }
    Err(vm.type_error(format!("{func}() arg 1 must be a string, bytes or code object")))
}

/// The future features code compiled by `compile`, `exec` or `eval`
/// inherits from its caller.
fn inherited_flags(frame: &Option<&mut Frame>) -> u32 {
    frame.as_ref().map_or(0, |f| f.code.source.flags)
}

pub fn builtin_compile(vm: &mut Vm, frame: Option<&mut Frame>, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let parsed = args::parse(
        vm,
        "compile",
        a,
        kwargs,
        &["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"],
        3,
    )?;
    let filename = vm.str_string(&parsed[1])?;
    let mode = match crate::types::str::as_str(&parsed[2]) {
        Some("exec") => ferropy_compiler::Mode::Exec,
        Some("eval") => ferropy_compiler::Mode::Eval,
        Some("single") => ferropy_compiler::Mode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    // An `ast` tree: compiled as it is (or given back, for PyCF_ONLY_AST).
    let is_text =
        crate::types::str::as_str(&parsed[0]).is_some() || crate::types::bytes::as_bytes_like(&parsed[0]).is_some();
    let ast_class = if is_text { None } else { vm.import_module("_ast").and_then(|m| vm.get_attr_str(&m, "AST")).ok() };
    if ast_class.is_some_and(|c| vm.isinstance(&parsed[0], &c).unwrap_or(false)) {
        let f = match crate::types::int::as_int(&parsed[3]) {
            Some(crate::types::int::IntVal::Small(f)) => f as u32,
            _ => 0,
        };
        if f & 0x400 != 0 {
            return Ok(parsed[0].clone());
        }
        let mut flags = f;
        if parsed[4].is_undef() || !vm.truthy(&parsed[4])? {
            flags |= inherited_flags(&frame);
        }
        let code = vm.compile_ast_tree(&parsed[0], &filename, mode, flags)?;
        return Ok(Value::Obj(crate::object::Object::builtin(Payload::Code(code))));
    }
    let source = source_text(vm, &parsed[0], "compile")?;
    let source =
        if mode == ferropy_compiler::Mode::Eval { source.trim_start_matches([' ', '\t']).to_string() } else { source };
    let mut flags = 0u32;
    if let Some(crate::types::int::IntVal::Small(f)) = crate::types::int::as_int(&parsed[3]) {
        // PyCF_ONLY_AST: the syntax tree as `ast` nodes.
        if f & 0x400 != 0 {
            let ast_mode = match mode {
                ferropy_compiler::Mode::Exec => crate::ast_export::AstMode::Module,
                ferropy_compiler::Mode::Eval => crate::ast_export::AstMode::Expression,
                ferropy_compiler::Mode::Single => crate::ast_export::AstMode::Interactive,
            };
            return crate::ast_export::parse_to_ast(vm, &source, &filename, ast_mode);
        }
        flags = f as u32;
    }
    if parsed[4].is_undef() || !vm.truthy(&parsed[4])? {
        flags |= inherited_flags(&frame);
    }
    let code = if flags & crate::vm::source::PYCF_ALLOW_INCOMPLETE_INPUT != 0 {
        vm.compile_maybe_incomplete(&source, &filename, mode, flags)?
    } else {
        vm.compile_source_with_flags(&source, &filename, mode, flags)?
    };
    Ok(Value::Obj(crate::object::Object::builtin(Payload::Code(code))))
}

/// Resolves the globals and locals of `exec`/`eval`.
fn namespaces(
    vm: &mut Vm,
    frame: Option<&mut Frame>,
    globals: &Value,
    locals: &Value,
    func: &str,
) -> PyResult<(Obj, Option<Obj>)> {
    let globals = match globals {
        Value::Undef | Value::None => match frame {
            Some(f) => {
                let g = f.globals.clone();
                let l = if locals.is_undef() || locals.is_none() {
                    match frame_locals(vm, f)? {
                        Value::Obj(o) => Some(o),
                        _ => None,
                    }
                } else {
                    locals.as_obj().cloned()
                };
                return Ok((g, l));
            }
            None => return Err(vm.runtime_error(format!("{func}(): no current frame"))),
        },
        Value::Obj(g) if matches!(g.payload, Payload::Dict(_)) => g.clone(),
        other => {
            let tn = vm.type_name(other);
            let msg = if func == "exec" {
                format!("exec() globals must be a dict, not {tn}")
            } else {
                "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
            };
            return Err(vm.type_error(msg));
        }
    };
    if vm.dict_get_str(&globals, "__builtins__")?.is_none() {
        vm.dict_set_str(&globals, "__builtins__", Value::Obj(vm.builtins.clone()))?;
    }
    let locals = match locals {
        Value::Undef | Value::None => Some(globals.clone()),
        Value::Obj(l) => Some(l.clone()),
        _ => return Err(vm.type_error("locals must be a mapping")),
    };
    Ok((globals, locals))
}

fn run_source(vm: &mut Vm, frame: Option<&mut Frame>, a: &[Value], kwargs: KwArgs, func: &str) -> PyResult<Value> {
    let parsed = args::parse(vm, func, a, kwargs, &["source", "globals", "locals"], 1)?;
    let flags = inherited_flags(&frame);
    let (globals, locals) = namespaces(vm, frame, &parsed[1], &parsed[2], func)?;
    let code = match &parsed[0] {
        v if crate::types::code::as_code(v).is_some() => crate::types::code::as_code(v).cloned().expect("checked"),
        v => {
            if crate::types::str::as_str(v).is_none() && crate::types::bytes::as_bytes_like(v).is_none() {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("{func}() arg 1 must be a string, bytes or code object, not {tn}")));
            }
            let source = source_text(vm, v, func)?;
            let (mode, source) = if func == "eval" {
                (ferropy_compiler::Mode::Eval, source.trim_start_matches([' ', '\t']).to_string())
            } else {
                (ferropy_compiler::Mode::Exec, source)
            };
            vm.compile_source_with_flags(&source, "<string>", mode, flags)?
        }
    };
    let result = vm.run_code(code, globals, locals)?;
    Ok(if func == "exec" { Value::None } else { result })
}

pub fn builtin_exec(vm: &mut Vm, frame: Option<&mut Frame>, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    run_source(vm, frame, a, kwargs, "exec")
}

pub fn builtin_eval(vm: &mut Vm, frame: Option<&mut Frame>, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    run_source(vm, frame, a, kwargs, "eval")
}

pub fn builtin_build_class(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if a.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let Some(Payload::Function(func)) = a[0].payload() else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let Some(name) = crate::types::str::as_str(&a[1]).map(str::to_string) else {
        return Err(vm.type_error("__build_class__: name is not a string"));
    };
    let orig_bases: Vec<Value> = a[2..].to_vec();
    // PEP 560: non-class bases may substitute classes.
    let mut bases: Vec<Value> = Vec::new();
    let mut changed = false;
    for base in &orig_bases {
        if crate::types::type_::is_type(base) {
            bases.push(base.clone());
            continue;
        }
        // Looked up on the object itself, as CPython does (a function may
        // carry one, like typing.NamedTuple).
        let entries = vm.names.__mro_entries__.clone();
        let method = match crate::protocol::attr::get_attr(vm, base, &entries) {
            Ok(m) => Some(m),
            Err(e) if vm.err_matches(&e, &vm.exc.attribute_error.clone()) => None,
            Err(e) => return Err(e),
        };
        match method {
            Some(m) => {
                let arg = vm.new_tuple(orig_bases.clone());
                let r = vm.call(&m, &[arg])?;
                bases.extend(vm.collect(&r)?);
                changed = true;
            }
            None => bases.push(base.clone()),
        }
    }
    let mut kw: Vec<(Value, Value)> = kwargs.to_vec();
    let meta_pos = kw.iter().position(|(k, _)| crate::types::str::as_str(k) == Some("metaclass"));
    let explicit_meta = meta_pos.map(|i| kw.remove(i).1);
    let base_types: Vec<Obj> =
        bases.iter().filter(|b| crate::types::type_::is_type(b)).filter_map(|b| b.as_obj().cloned()).collect();
    let meta: Value = match explicit_meta {
        Some(m) => {
            if let (Value::Obj(mo), true) = (&m, crate::types::type_::is_type(&m)) {
                Value::Obj(vm.calculate_metaclass(mo, &base_types)?)
            } else {
                m
            }
        }
        None => {
            let first =
                base_types.first().map(|b| vm.class_of_obj(b).clone()).unwrap_or_else(|| vm.types.type_.clone());
            Value::Obj(vm.calculate_metaclass(&first, &base_types)?)
        }
    };
    let bases_tuple = vm.new_tuple(bases.clone());
    let name_value = vm.new_str(name.clone());
    let prepare = vm.names.__prepare__.clone();
    let ns = match crate::protocol::attr::get_attr(vm, &meta, &prepare) {
        Ok(p) => vm.call_kw(&p, &[name_value.clone(), bases_tuple.clone()], &kw)?,
        Err(e) if vm.err_matches(&e, &vm.exc.attribute_error.clone()) => Value::Obj(vm.new_dict()),
        Err(e) => return Err(e),
    };
    let Value::Obj(ns_obj) = &ns else {
        let meta_repr = vm.repr_string(&meta)?;
        let tn = vm.type_name(&ns);
        return Err(vm.type_error(format!("{meta_repr}.__prepare__() must return a mapping, not {tn}")));
    };
    if changed {
        let orig = vm.new_tuple(orig_bases);
        vm.set_item(&ns, Value::Obj(vm.names.__orig_bases__.clone()), orig)?;
    }
    let mut frame = vm.prepare_frame(func, &[], &[])?;
    frame.locals = Some(ns_obj.clone());
    let cell = vm.run_frame(frame)?;
    let cls = vm.call_kw(&meta, &[name_value, bases_tuple, ns.clone()], &kw)?;
    if let Some(Payload::Cell(c)) = cell.payload() {
        let contents = c.borrow().clone();
        if !contents.is(&cls) && crate::types::type_::is_type(&cls) {
            if contents.is_undef() {
                *c.borrow_mut() = cls.clone();
            } else {
                let (c, k) = (vm.repr_string(&contents)?, vm.repr_string(&cls)?);
                return Err(vm.type_error(format!("__class__ set to {c} defining '{name}' as {k}")));
            }
        }
    }
    Ok(cls)
}

pub fn builtin_import(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let parsed = args::parse(vm, "__import__", a, kwargs, &["name", "globals", "locals", "fromlist", "level"], 1)?;
    let Some(name) = crate::types::str::as_str(&parsed[0]).map(str::to_string) else {
        let tn = vm.type_name(&parsed[0]);
        return Err(vm.type_error(format!("__import__() argument 1 must be str, not {tn}")));
    };
    let globals = parsed[1].as_obj().filter(|g| matches!(g.payload, Payload::Dict(_))).cloned();
    let fromlist = if parsed[3].is_undef() { Value::None } else { parsed[3].clone() };
    let level = match &parsed[4] {
        Value::Undef => 0,
        v => crate::protocol::number::index_i64(vm, v)?,
    };
    if level < 0 {
        return Err(vm.value_error("level must be >= 0"));
    }
    vm.import_name(&name, globals.as_ref(), &fromlist, level)
}
