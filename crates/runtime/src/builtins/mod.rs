//! The `builtins` module.

mod code;

pub use code::slots_dict;
pub mod docs;
mod functional;
mod io;

use crate::object::{Obj, Payload};
use crate::protocol::args;
use crate::types::builtin_function::{new_frame_function, KwArgs, NativeFn};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub use io::write_to_stdout;

/// Makes the `builtins` module with its functions, types and constants.
pub fn make_module(vm: &mut Vm) -> Obj {
    let module = crate::types::module::new_module(vm, "builtins", None);
    if let Payload::Module(d) = &module.payload {
        *d.builtin.borrow_mut() = true;
    }
    let dict = module.dict.clone().expect("modules have dicts");
    let functions: &[(&'static str, NativeFn)] = &[
        ("abs", builtin_abs),
        ("all", functional::builtin_all),
        ("any", functional::builtin_any),
        ("ascii", builtin_ascii),
        ("bin", builtin_bin),
        ("callable", builtin_callable),
        ("chr", builtin_chr),
        ("delattr", builtin_delattr),
        ("divmod", builtin_divmod),
        ("format", builtin_format),
        ("getattr", builtin_getattr),
        ("hasattr", builtin_hasattr),
        ("hash", builtin_hash),
        ("hex", builtin_hex),
        ("id", builtin_id),
        ("isinstance", builtin_isinstance),
        ("issubclass", builtin_issubclass),
        ("iter", builtin_iter),
        ("len", builtin_len),
        ("max", functional::builtin_max),
        ("min", functional::builtin_min),
        ("next", builtin_next),
        ("oct", builtin_oct),
        ("ord", builtin_ord),
        ("pow", builtin_pow),
        ("repr", builtin_repr),
        ("round", builtin_round),
        ("setattr", builtin_setattr),
        ("sorted", functional::builtin_sorted),
        ("sum", functional::builtin_sum),
        ("print", io::builtin_print),
        ("input", io::builtin_input),
        ("open", io::builtin_open),
        ("__build_class__", code::builtin_build_class),
        ("__import__", code::builtin_import),
        ("breakpoint", builtin_breakpoint),
        ("aiter", builtin_aiter),
        ("anext", builtin_anext),
    ];
    for (name, f) in functions {
        let func = crate::types::builtin_function::new_function_doc(
            name,
            Some("builtins"),
            *f,
            docs::function_doc("builtins", name),
        );
        let _ = vm.dict_set_str(&dict, name, Value::Obj(func));
    }
    let frame_functions: &[(&'static str, crate::types::builtin_function::FrameFn)] = &[
        ("exec", code::builtin_exec),
        ("compile", code::builtin_compile),
        ("eval", code::builtin_eval),
        ("globals", code::builtin_globals),
        ("locals", code::builtin_locals),
        ("vars", code::builtin_vars),
        ("dir", code::builtin_dir),
    ];
    for (name, f) in frame_functions {
        let func = new_frame_function(name, Some("builtins"), *f);
        let _ = vm.dict_set_str(&dict, name, Value::Obj(func));
    }
    let t = &vm.types;
    let types = [
        ("object", t.object.clone()),
        ("type", t.type_.clone()),
        ("int", t.int.clone()),
        ("bool", t.bool_.clone()),
        ("float", t.float.clone()),
        ("complex", t.complex.clone()),
        ("str", t.str.clone()),
        ("bytes", t.bytes.clone()),
        ("bytearray", t.bytearray.clone()),
        ("memoryview", t.memoryview.clone()),
        ("list", t.list.clone()),
        ("tuple", t.tuple.clone()),
        ("dict", t.dict.clone()),
        ("set", t.set.clone()),
        ("frozenset", t.frozenset.clone()),
        ("range", t.range.clone()),
        ("slice", t.slice.clone()),
        ("property", t.property.clone()),
        ("classmethod", t.classmethod.clone()),
        ("staticmethod", t.staticmethod.clone()),
        ("super", t.super_.clone()),
        ("enumerate", t.enumerate.clone()),
        ("zip", t.zip.clone()),
        ("map", t.map.clone()),
        ("filter", t.filter.clone()),
        ("reversed", t.reversed.clone()),
    ];
    for (name, ty) in types {
        let _ = vm.dict_set_str(&dict, name, Value::Obj(ty));
    }
    for exc in vm.exc.all() {
        let name = crate::types::type_::type_name(&exc);
        // io.UnsupportedOperation is built in but lives in the io module.
        if name == "UnsupportedOperation" {
            continue;
        }
        let _ = vm.dict_set_str(&dict, &name, Value::Obj(exc));
    }
    let os_error = vm.exc.os_error.clone();
    let _ = vm.dict_set_str(&dict, "EnvironmentError", Value::Obj(os_error.clone()));
    let _ = vm.dict_set_str(&dict, "IOError", Value::Obj(os_error));
    let _ = vm.dict_set_str(&dict, "None", Value::None);
    let _ = vm.dict_set_str(&dict, "True", Value::TRUE);
    let _ = vm.dict_set_str(&dict, "False", Value::FALSE);
    let _ = vm.dict_set_str(&dict, "Ellipsis", Value::Obj(vm.ellipsis.clone()));
    let _ = vm.dict_set_str(&dict, "NotImplemented", Value::Obj(vm.not_implemented.clone()));
    let _ = vm.dict_set_str(&dict, "__debug__", Value::bool(vm.config.optimize == 0));
    module
}

fn builtin_abs(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "abs", a)?;
    crate::protocol::number::unary_op(vm, &v, crate::protocol::number::UnaryOp::Abs)
}

fn builtin_ascii(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "ascii", a)?;
    let s = vm.ascii_string(&v)?;
    Ok(vm.new_str(s))
}

fn radix_string(vm: &mut Vm, v: &Value, radix: u32, prefix: &str) -> PyResult<Value> {
    let i = match crate::protocol::number::as_index_value(vm, v)? {
        Some(i) => crate::types::int::as_int(&i).map(|x| x.to_big()).unwrap_or_default(),
        None => {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
        }
    };
    let negative = num_traits::Signed::is_negative(&i);
    let digits = num_traits::Signed::abs(&i).to_str_radix(radix);
    Ok(vm.new_str(format!("{}{prefix}{digits}", if negative { "-" } else { "" })))
}

fn builtin_bin(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "bin", a)?;
    radix_string(vm, &v, 2, "0b")
}

fn builtin_oct(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "oct", a)?;
    radix_string(vm, &v, 8, "0o")
}

fn builtin_hex(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "hex", a)?;
    radix_string(vm, &v, 16, "0x")
}

fn builtin_callable(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "callable", a)?;
    Ok(Value::bool(vm.is_callable(&v)))
}

fn builtin_chr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "chr", a)?;
    let n = match crate::protocol::number::as_index(vm, &v) {
        Ok(Some(n)) => n,
        Ok(None) => {
            let tn = vm.type_name(&v);
            return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
        }
        Err(_) => return Err(vm.overflow_error("Python int too large to convert to C int")),
    };
    let n = u32::try_from(n).unwrap_or(u32::MAX);
    let c = crate::unicode::char_for(vm, n)?;
    Ok(vm.new_str(c.to_string()))
}

fn builtin_ord(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "ord", a)?;
    if let Some(s) = crate::types::str::as_str(&v) {
        let mut chars = s.chars();
        return match (chars.next(), chars.next()) {
            (Some(c), None) => Ok(Value::Int(crate::unicode::code_points::ord(c) as i64)),
            _ => {
                let n = s.chars().count();
                Err(vm.type_error(format!("ord() expected a character, but string of length {n} found")))
            }
        };
    }
    if let Some(b) = crate::types::bytes::as_bytes_like(&v) {
        if b.len() == 1 {
            return Ok(Value::Int(b[0] as i64));
        }
        return Err(vm.type_error(format!("ord() expected a character, but string of length {} found", b.len())));
    }
    let tn = vm.type_name(&v);
    Err(vm.type_error(format!("ord() expected string of length 1, but {tn} found")))
}

fn attr_name(vm: &mut Vm, v: &Value) -> PyResult<Obj> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => Ok(o.clone()),
        other => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!("attribute name must be string, not '{tn}'")))
        }
    }
}

fn builtin_getattr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "getattr", a, 2, 3)?;
    let name = attr_name(vm, &a[1])?;
    match crate::protocol::attr::get_attr(vm, &a[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if a.len() == 3 && vm.err_matches(&e, &vm.exc.attribute_error.clone()) => Ok(a[2].clone()),
        Err(e) => Err(e),
    }
}

fn builtin_setattr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "setattr", a, 3, 3)?;
    let name = attr_name(vm, &a[1])?;
    crate::protocol::attr::set_attr(vm, &a[0], &name, a[2].clone())?;
    Ok(Value::None)
}

fn builtin_delattr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "delattr", a, 2, 2)?;
    let name = attr_name(vm, &a[1])?;
    crate::protocol::attr::del_attr(vm, &a[0], &name)?;
    Ok(Value::None)
}

fn builtin_hasattr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "hasattr", a, 2, 2)?;
    let name = attr_name(vm, &a[1])?;
    Ok(Value::bool(crate::protocol::attr::has_attr(vm, &a[0], &name)?))
}

fn builtin_divmod(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "divmod", a, 2, 2)?;
    crate::protocol::number::binary_op(vm, &a[0], &a[1], crate::protocol::number::BinOp::DivMod)
}

fn builtin_format(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "format", a, 1, 2)?;
    crate::format::format_value(vm, &a[0], a.get(1))
}

fn builtin_hash(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "hash", a)?;
    Ok(Value::Int(vm.hash(&v)?))
}

fn builtin_id(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "id", a)?;
    Ok(Value::Int(v.id()))
}

fn builtin_isinstance(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "isinstance", a, 2, 2)?;
    Ok(Value::bool(vm.isinstance(&a[0], &a[1])?))
}

/// `issubclass(cls, classinfo)`.
pub fn issubclass(vm: &mut Vm, cls: &Value, info: &Value) -> PyResult<bool> {
    if let Some(items) = crate::types::tuple::items(info) {
        let items = items.to_vec();
        for item in &items {
            if issubclass(vm, cls, item)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Value::Obj(u) = info {
        if u.class().is_some_and(|c| Obj::ptr_eq(c, &vm.types.union_type)) {
            let members = crate::types::tuple::items(info).map(|t| t.to_vec()).unwrap_or_default();
            for m in &members {
                if issubclass(vm, cls, m)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
    }
    if crate::types::type_::is_type(info) && Obj::ptr_eq(vm.class_of(info), &vm.types.type_) {
        let (Some(c), Some(i)) = (cls.as_obj(), info.as_obj()) else {
            return Ok(false);
        };
        if !crate::types::type_::is_type(cls) {
            return Err(vm.type_error("issubclass() arg 1 must be a class"));
        }
        return Ok(crate::types::type_::is_subtype(c, i));
    }
    let check = vm.names.__subclasscheck__.clone();
    match crate::protocol::attr::call_special(vm, info, &check, std::slice::from_ref(cls))? {
        Some(r) => vm.truthy(&r),
        None => Err(vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")),
    }
}

fn builtin_issubclass(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "issubclass", a, 2, 2)?;
    if !crate::types::type_::is_type(&a[0]) {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    Ok(Value::bool(issubclass(vm, &a[0], &a[1])?))
}

fn builtin_iter(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "iter", a, 1, 2)?;
    if a.len() == 2 {
        let callable_fn =
            vm.builtins.dict.clone().and_then(|d| crate::types::dict::dict_get_str(vm, &d, "callable").ok().flatten());
        if let Some(c) = callable_fn {
            let r = vm.call(&c, &[a[0].clone()])?;
            if !vm.truthy(&r)? {
                return Err(vm.type_error("iter(v, w): v must be callable"));
            }
        }
        return Ok(crate::types::iterators::new_callable_iter(a[0].clone(), a[1].clone()));
    }
    vm.iter(&a[0])
}

fn builtin_next(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "next", a, 1, 2)?;
    let is_iterator = match a[0].payload() {
        Some(Payload::Iterator(_) | Payload::Generator(_)) => true,
        _ => crate::types::type_::lookup(vm.class_of(&a[0]), &vm.names.__next__).is_some(),
    };
    if !is_iterator {
        let tn = vm.type_name(&a[0]);
        return Err(vm.type_error(format!("'{tn}' object is not an iterator")));
    }
    // Call __next__ directly so the StopIteration value is kept.
    match a[0].payload() {
        Some(Payload::Generator(g)) => {
            match crate::types::generator::resume(vm, g, crate::vm::eval::Resume::Send(Value::None)) {
                Ok(crate::types::generator::GenResult::Yielded(v)) => Ok(v),
                Ok(crate::types::generator::GenResult::Returned(v)) => match a.get(1) {
                    Some(d) => Ok(d.clone()),
                    None => Err(vm.stop_iteration(if v.is_none() { None } else { Some(v) })),
                },
                Err(e) => Err(e),
            }
        }
        _ => match vm.next(&a[0])? {
            Some(v) => Ok(v),
            None => match a.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(vm.stop_iteration(None)),
            },
        },
    }
}

fn builtin_len(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "len", a)?;
    Ok(Value::from(vm.len(&v)?))
}

fn builtin_pow(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let parsed = args::parse(vm, "pow", a, kwargs, &["base", "exp", "mod"], 2)?;
    if parsed[2].is_undef() || parsed[2].is_none() {
        return crate::protocol::number::binary_op(vm, &parsed[0], &parsed[1], crate::protocol::number::BinOp::Pow);
    }
    crate::protocol::number::ternary_pow(vm, &parsed[0], &parsed[1], &parsed[2])
}

fn builtin_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "repr", a)?;
    vm.repr(&v)
}

fn builtin_round(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let parsed = args::parse(vm, "round", a, kwargs, &["number", "ndigits"], 1)?;
    let number = parsed[0].clone();
    if let Value::Float(f) = number {
        let f = f.get();
        if parsed[1].is_undef() || parsed[1].is_none() {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.overflow_error("cannot convert float infinity to integer"));
            }
            return crate::types::int::float_to_int(vm, f.round_ties_even());
        }
    }
    let round = vm.names.__round__.clone();
    let extra: Vec<Value> = if parsed[1].is_undef() { vec![] } else { vec![parsed[1].clone()] };
    match crate::protocol::attr::call_special(vm, &number, &round, &extra)? {
        Some(r) => Ok(r),
        None => {
            let tn = vm.type_name(&number);
            Err(vm.type_error(format!("type {tn} doesn't define __round__ method")))
        }
    }
}

fn builtin_breakpoint(vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Err(vm.not_implemented_error("breakpoint() (the pdb debugger) is not available in ferropy yet"))
}

fn builtin_aiter(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "aiter", a)?;
    let name = vm.names.__aiter__.clone();
    match crate::protocol::attr::call_special(vm, &v, &name, &[])? {
        Some(r) => Ok(r),
        None => {
            let tn = vm.type_name(&v);
            Err(vm.type_error(format!("'{tn}' object is not an async iterable")))
        }
    }
}

fn builtin_anext(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "anext", a, 1, 2)?;
    let name = vm.names.__anext__.clone();
    match crate::protocol::attr::call_special(vm, &a[0], &name, &[])? {
        Some(r) => Ok(r),
        None => {
            let tn = vm.type_name(&a[0]);
            Err(vm.type_error(format!("'{tn}' object is not an async iterator")))
        }
    }
}
