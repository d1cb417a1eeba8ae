//! `BaseException` and the built-in exception hierarchy.
//!
//! Every exception instance carries `ExceptionData` (args, traceback,
//! cause, context) and an instance dict; the extra attributes of some
//! built-in exceptions (`StopIteration.value`, `OSError.errno`,
//! `SyntaxError.lineno` ...) live in that dict, set by their `__init__`.

use crate::object::{Obj, Object, Payload, PyCell};
use crate::types::builtin_function::KwArgs;
use crate::types::type_::{is_subtype, type_name};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub struct ExceptionData {
    pub args: Value,
    /// The newest traceback entry (a traceback object), if raised.
    pub traceback: Option<Obj>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    /// For exception groups: the message and the tuple of exceptions.
    pub group: Option<(Value, Value)>,
}

impl ExceptionData {
    pub fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        for v in [&self.args, &self.cause, &self.context] {
            if let Value::Obj(o) = v {
                visit(o);
            }
        }
        if let Some((message, exceptions)) = &self.group {
            for v in [message, exceptions] {
                if let Value::Obj(o) = v {
                    visit(o);
                }
            }
        }
        if let Some(t) = &self.traceback {
            visit(t);
        }
    }

    /// Empties the references (for the cycle collector).
    pub fn take_references(&mut self) -> (Value, Option<Obj>, Value, Value, Option<(Value, Value)>) {
        (
            std::mem::replace(&mut self.args, Value::None),
            self.traceback.take(),
            std::mem::replace(&mut self.cause, Value::None),
            std::mem::replace(&mut self.context, Value::None),
            self.group.take(),
        )
    }
}

pub fn data(exc: &Obj) -> Option<&PyCell<ExceptionData>> {
    match &exc.payload {
        Payload::Exception(d) => Some(d),
        _ => None,
    }
}

/// An exception instance of `ty` with these args, with the attributes
/// its built-in base class derives from them.
pub fn new_exception_object(vm: &mut Vm, ty: &Obj, args: Vec<Value>) -> Obj {
    let args_tuple = vm.new_tuple(args.clone());
    let dict = vm.new_dict();
    let obj = Object::new(
        Some(ty.clone()),
        Some(dict),
        Payload::Exception(Box::new(PyCell::new(ExceptionData {
            args: args_tuple,
            traceback: None,
            cause: Value::None,
            context: Value::None,
            suppress_context: false,
            group: None,
        }))),
    );
    let _ = set_builtin_attributes(vm, &obj, &args);
    obj
}

fn set_attr(vm: &mut Vm, obj: &Obj, name: &str, value: Value) -> PyResult<()> {
    if let Some(dict) = &obj.dict {
        let dict = dict.clone();
        vm.dict_set_str(&dict, name, value)?;
    }
    Ok(())
}

fn get_attr(vm: &mut Vm, obj: &Obj, name: &str) -> Value {
    match &obj.dict {
        Some(dict) => {
            let dict = dict.clone();
            vm.dict_get_str(&dict, name).ok().flatten().unwrap_or(Value::None)
        }
        None => Value::None,
    }
}

/// Sets the derived attributes of the built-in exception classes.
fn set_builtin_attributes(vm: &mut Vm, obj: &Obj, args: &[Value]) -> PyResult<()> {
    let ty = vm.class_of_obj(obj).clone();
    let exc = &vm.exc;
    let first = args.first().cloned().unwrap_or(Value::None);
    if is_subtype(&ty, &exc.stop_iteration) || is_subtype(&ty, &exc.stop_async_iteration) {
        set_attr(vm, obj, "value", first)?;
    } else if is_subtype(&ty, &exc.system_exit) {
        let code = match args.len() {
            0 => Value::None,
            1 => first,
            _ => vm.new_tuple(args.to_vec()),
        };
        set_attr(vm, obj, "code", code)?;
    } else if is_subtype(&ty, &exc.os_error) {
        let (errno, strerror, filename, filename2) = if (2..=5).contains(&args.len()) {
            (
                args[0].clone(),
                args[1].clone(),
                args.get(2).cloned().unwrap_or(Value::None),
                args.get(4).cloned().unwrap_or(Value::None),
            )
        } else {
            (Value::None, Value::None, Value::None, Value::None)
        };
        set_attr(vm, obj, "errno", errno)?;
        set_attr(vm, obj, "strerror", strerror)?;
        set_attr(vm, obj, "filename", filename.clone())?;
        set_attr(vm, obj, "filename2", filename2)?;
        // With a filename, args is just (errno, strerror).
        if args.len() >= 3 {
            let short = vm.new_tuple(args[..2].to_vec());
            if let Some(d) = data(obj) {
                d.borrow_mut().args = short;
            }
        }
    } else if is_subtype(&ty, &exc.syntax_error) {
        set_attr(vm, obj, "msg", first)?;
        let mut fields = [Value::None, Value::None, Value::None, Value::None, Value::None, Value::None];
        if let Some(details) = args.get(1).and_then(|d| crate::types::tuple::items(d)).map(|t| t.to_vec()) {
            for (slot, v) in fields.iter_mut().zip(details) {
                *slot = v;
            }
        }
        for (name, v) in ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"].iter().zip(fields) {
            set_attr(vm, obj, name, v)?;
        }
        set_attr(vm, obj, "print_file_and_line", Value::None)?;
    } else if is_subtype(&ty, &exc.import_error) {
        set_attr(vm, obj, "msg", first)?;
        set_attr(vm, obj, "name", Value::None)?;
        set_attr(vm, obj, "path", Value::None)?;
    } else if is_subtype(&ty, &exc.attribute_error) {
        set_attr(vm, obj, "name", Value::None)?;
        set_attr(vm, obj, "obj", Value::None)?;
    } else if is_subtype(&ty, &exc.name_error) {
        set_attr(vm, obj, "name", Value::None)?;
    } else if (is_subtype(&ty, &exc.unicode_decode_error) || is_subtype(&ty, &exc.unicode_encode_error))
        && args.len() == 5
    {
        for (name, v) in ["encoding", "object", "start", "end", "reason"].iter().zip(args.iter()) {
            set_attr(vm, obj, name, v.clone())?;
        }
    }
    Ok(())
}

fn this(vm: &mut Vm, a: &[Value]) -> PyResult<Obj> {
    match a.first() {
        Some(Value::Obj(o)) if data(o).is_some() => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires a 'BaseException' object")),
    }
}

pub fn exception_args(obj: &Obj) -> Vec<Value> {
    data(obj)
        .map(|d| crate::types::tuple::items(&d.borrow().args).map(|t| t.to_vec()).unwrap_or_default())
        .unwrap_or_default()
}

fn base_new(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = match a.first() {
        Some(Value::Obj(c)) if crate::types::type_::is_type(&a[0]) => c.clone(),
        _ => return Err(vm.type_error("BaseException.__new__(X): X is not a type object")),
    };
    // OSError(errno, ...) picks the subclass for the errno.
    let cls = if crate::object::Obj::ptr_eq(&cls, &vm.exc.os_error) && a.len() >= 3 {
        match crate::types::int::as_int(&a[1]) {
            Some(crate::types::int::IntVal::Small(errno)) => os_error_subclass(vm, errno).unwrap_or(cls),
            _ => cls,
        }
    } else {
        cls
    };
    Ok(Value::Obj(new_exception_object(vm, &cls, a[1..].to_vec())))
}

/// The OSError subclass CPython raises for an errno.
pub fn os_error_subclass(vm: &Vm, errno: i64) -> Option<Obj> {
    let e = &vm.exc;
    Some(match errno as i32 {
        2 => e.file_not_found_error.clone(),
        17 => e.file_exists_error.clone(),
        13 | 1 => e.permission_error.clone(),
        21 => e.is_a_directory_error.clone(),
        20 => e.not_a_directory_error.clone(),
        // EPIPE, ESHUTDOWN
        32 | 108 => e.broken_pipe_error.clone(),
        111 => e.connection_refused_error.clone(),
        104 => e.connection_reset_error.clone(),
        103 => e.connection_aborted_error.clone(),
        110 => e.timeout_error.clone(),
        // EAGAIN (EWOULDBLOCK), EALREADY, EINPROGRESS
        11 | 114 | 115 => e.blocking_io_error.clone(),
        4 => e.interrupted_error.clone(),
        3 => e.process_lookup_error.clone(),
        10 => e.child_process_error.clone(),
        _ => return None,
    })
}

fn base_init(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let obj = this(vm, a)?;
    let args = vm.new_tuple(a[1..].to_vec());
    if let Some(d) = data(&obj) {
        d.borrow_mut().args = args;
    }
    set_builtin_attributes(vm, &obj, &a[1..])?;
    if !kw.is_empty() {
        keyword_attributes(vm, &obj, kw)?;
    }
    Ok(Value::None)
}

/// The keyword arguments of the built-in exceptions: `name` and `path`
/// of ImportError; the others take none.
fn keyword_attributes(vm: &mut Vm, obj: &Obj, kw: KwArgs) -> PyResult<()> {
    let ty = vm.class_of_obj(obj).clone();
    let type_name = crate::types::type_::type_name(&ty);
    if !is_subtype(&ty, &vm.exc.import_error) {
        return Err(vm.type_error(format!("{type_name}() takes no keyword arguments")));
    }
    for (key, value) in kw {
        match crate::types::str::as_str(key) {
            Some(name @ ("name" | "path")) => set_attr(vm, obj, name, value.clone())?,
            Some(other) => {
                return Err(vm.type_error(format!("'{other}' is an invalid keyword argument for {type_name}()")))
            }
            None => return Err(vm.type_error("keywords must be strings")),
        }
    }
    Ok(())
}

/// `str(exception)`, with the special forms of the built-in classes.
pub fn exception_str(vm: &mut Vm, obj: &Obj) -> PyResult<String> {
    let ty = vm.class_of_obj(obj).clone();
    let args = exception_args(obj);
    if is_subtype(&ty, &vm.exc.key_error) && args.len() == 1 {
        return vm.repr_string(&args[0]);
    }
    if is_subtype(&ty, &vm.exc.os_error) {
        let errno = get_attr(vm, obj, "errno");
        let strerror = get_attr(vm, obj, "strerror");
        let filename = get_attr(vm, obj, "filename");
        let filename2 = get_attr(vm, obj, "filename2");
        if !filename.is_none() {
            let f = vm.repr_string(&filename)?;
            let e = vm.str_string(&errno)?;
            let s = vm.str_string(&strerror)?;
            if !filename2.is_none() {
                let f2 = vm.repr_string(&filename2)?;
                return Ok(format!("[Errno {e}] {s}: {f} -> {f2}"));
            }
            return Ok(format!("[Errno {e}] {s}: {f}"));
        }
        if !errno.is_none() && !strerror.is_none() {
            let e = vm.str_string(&errno)?;
            let s = vm.str_string(&strerror)?;
            return Ok(format!("[Errno {e}] {s}"));
        }
    }
    if is_subtype(&ty, &vm.exc.syntax_error) {
        let msg = get_attr(vm, obj, "msg");
        let filename = get_attr(vm, obj, "filename");
        let lineno = get_attr(vm, obj, "lineno");
        let msg_s = if msg.is_none() { String::new() } else { vm.str_string(&msg)? };
        let file = crate::types::str::as_str(&filename)
            .map(|f| std::path::Path::new(f).file_name().map_or(f.to_string(), |n| n.to_string_lossy().to_string()));
        let line = crate::types::int::as_int(&lineno).map(|l| vm_int_text(&l));
        return Ok(match (file, line) {
            (Some(f), Some(l)) => format!("{msg_s} ({f}, line {l})"),
            (Some(f), None) => format!("{msg_s} ({f})"),
            (None, Some(l)) => format!("{msg_s} (line {l})"),
            (None, None) => msg_s,
        });
    }
    if is_subtype(&ty, &vm.exc.import_error) {
        let msg = get_attr(vm, obj, "msg");
        if !msg.is_none() {
            return vm.str_string(&msg);
        }
    }
    if (is_subtype(&ty, &vm.exc.unicode_decode_error) || is_subtype(&ty, &vm.exc.unicode_encode_error))
        && args.len() == 5
    {
        return unicode_error_str(vm, obj, is_subtype(&ty, &vm.exc.unicode_decode_error));
    }
    match args.len() {
        0 => Ok(String::new()),
        1 => vm.str_string(&args[0]),
        _ => {
            let t = vm.new_tuple(args);
            vm.str_string(&t)
        }
    }
}

fn vm_int_text(i: &crate::types::int::IntVal) -> String {
    match i {
        crate::types::int::IntVal::Small(v) => v.to_string(),
        crate::types::int::IntVal::Big(b) => b.to_string(),
    }
}

fn unicode_error_str(vm: &mut Vm, obj: &Obj, decode: bool) -> PyResult<String> {
    let encoding = get_attr(vm, obj, "encoding");
    let object = get_attr(vm, obj, "object");
    let start = crate::types::int::as_int(&get_attr(vm, obj, "start")).map_or(0, |i| {
        if let crate::types::int::IntVal::Small(s) = i {
            s
        } else {
            0
        }
    });
    let end = crate::types::int::as_int(&get_attr(vm, obj, "end")).map_or(0, |i| {
        if let crate::types::int::IntVal::Small(s) = i {
            s
        } else {
            0
        }
    });
    let reason = get_attr(vm, obj, "reason");
    let enc = vm.str_string(&encoding)?;
    let reason = vm.str_string(&reason)?;
    if decode {
        let bytes = crate::types::bytes::as_bytes_like(&object).unwrap_or_default();
        if end - start == 1 {
            let b = bytes.get(start as usize).copied().unwrap_or(0);
            return Ok(format!("'{enc}' codec can't decode byte {b:#04x} in position {start}: {reason}"));
        }
        return Ok(format!("'{enc}' codec can't decode bytes in position {start}-{}: {reason}", end - 1));
    }
    let text = crate::types::str::as_str(&object).unwrap_or("").to_string();
    if end - start == 1 {
        let c = crate::unicode::code_points::ord(text.chars().nth(start as usize).unwrap_or('\0'));
        let esc = crate::unicode::escape_code_point(c);
        return Ok(format!("'{enc}' codec can't encode character '{esc}' in position {start}: {reason}"));
    }
    Ok(format!("'{enc}' codec can't encode characters in position {start}-{}: {reason}", end - 1))
}

fn base_str(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let obj = this(vm, a)?;
    let s = exception_str(vm, &obj)?;
    Ok(vm.new_str(s))
}

fn base_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let obj = this(vm, a)?;
    let name = type_name(vm.class_of_obj(&obj));
    let args = exception_args(&obj);
    let inner = match args.len() {
        1 => vm.repr_string(&args[0])?,
        _ => {
            let t = vm.new_tuple(args);
            let r = vm.repr_string(&t)?;
            r[1..r.len() - 1].trim_end_matches(',').to_string()
        }
    };
    Ok(vm.new_str(format!("{name}({inner})")))
}

fn base_with_traceback(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let obj = this(vm, a)?;
    let tb = crate::protocol::args::exactly_one(vm, "with_traceback", &a[1..])?;
    set_traceback(vm, &obj, Some(tb))?;
    Ok(a[0].clone())
}

fn set_traceback(vm: &mut Vm, obj: &Obj, tb: Option<Value>) -> PyResult<()> {
    let tb = match tb {
        None | Some(Value::None) => None,
        Some(Value::Obj(t)) if matches!(t.payload, Payload::Traceback(_)) => Some(t),
        Some(_) => return Err(vm.type_error("__traceback__ must be a traceback or None")),
    };
    if let Some(d) = data(obj) {
        let old = std::mem::replace(&mut d.borrow_mut().traceback, tb);
        drop(old);
    }
    Ok(())
}

fn base_add_note(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let obj = this(vm, a)?;
    let note = crate::protocol::args::exactly_one(vm, "add_note", &a[1..])?;
    if crate::types::str::as_str(&note).is_none() {
        let tn = vm.type_name(&note);
        return Err(vm.type_error(format!("note must be a str, not '{tn}'")));
    }
    let notes = get_attr(vm, &obj, "__notes__");
    let notes = if notes.is_none() {
        let l = vm.new_list(vec![]);
        set_attr(vm, &obj, "__notes__", l.clone())?;
        l
    } else {
        notes
    };
    vm.call_method(&notes, "append", &[note])?;
    Ok(Value::None)
}

fn base_reduce(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let obj = this(vm, a)?;
    let cls = Value::Obj(vm.class_of_obj(&obj).clone());
    let args = data(&obj).map(|d| d.borrow().args.clone()).unwrap_or(Value::None);
    let dict = obj.dict.clone().map(Value::Obj).unwrap_or(Value::None);
    if matches!(&dict, Value::Obj(d) if crate::types::dict::dict_len(d) > 0) {
        return Ok(vm.new_tuple(vec![cls, args, dict]));
    }
    Ok(vm.new_tuple(vec![cls, args]))
}

fn base_setstate(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let obj = this(vm, a)?;
    let state = crate::protocol::args::exactly_one(vm, "__setstate__", &a[1..])?;
    if let Value::Obj(d) = &state {
        for (k, v) in crate::types::dict::dict_items(d) {
            let v2 = v.clone();
            if let Some(dict) = &obj.dict {
                let dict = dict.clone();
                crate::types::dict::dict_set(vm, &dict, k, v2)?;
            }
        }
    }
    Ok(Value::None)
}

pub fn init(vm: &mut Vm) {
    use crate::types::descriptors::{add_getset, add_getset_rw};
    let t = vm.exc.base_exception.clone();
    vm.add_staticmethod(&t, "__new__", base_new);
    vm.add_method(&t, "__init__", base_init);
    vm.add_method(&t, "__str__", base_str);
    vm.add_method(&t, "__repr__", base_repr);
    vm.add_method(&t, "with_traceback", base_with_traceback);
    vm.add_method(&t, "add_note", base_add_note);
    vm.add_method(&t, "__reduce__", base_reduce);
    vm.add_method(&t, "__setstate__", base_setstate);
    add_getset_rw(
        vm,
        &t,
        "args",
        |_vm, v| Ok(v.as_obj().and_then(data).map(|d| d.borrow().args.clone()).unwrap_or(Value::None)),
        |vm, v, new| {
            let items = match &new {
                Some(n) => vm.collect(n)?,
                None => return Err(vm.type_error("args may not be deleted")),
            };
            let t = vm.new_tuple(items);
            if let Some(d) = v.as_obj().and_then(data) {
                d.borrow_mut().args = t;
            }
            Ok(())
        },
    );
    add_getset_rw(
        vm,
        &t,
        "__traceback__",
        |_vm, v| {
            Ok(v.as_obj()
                .and_then(data)
                .and_then(|d| d.borrow().traceback.clone())
                .map(Value::Obj)
                .unwrap_or(Value::None))
        },
        |vm, v, new| match v.as_obj() {
            Some(o) => set_traceback(vm, &o.clone(), new),
            None => Ok(()),
        },
    );
    add_getset_rw(
        vm,
        &t,
        "__cause__",
        |_vm, v| Ok(v.as_obj().and_then(data).map(|d| d.borrow().cause.clone()).unwrap_or(Value::None)),
        |vm, v, new| {
            let new = new.unwrap_or(Value::None);
            if !new.is_none() && !vm.is_instance(&new, &vm.exc.base_exception.clone()) {
                return Err(vm.type_error("exception cause must be None or derive from BaseException"));
            }
            if let Some(d) = v.as_obj().and_then(data) {
                let mut d = d.borrow_mut();
                d.cause = new;
                d.suppress_context = true;
            }
            Ok(())
        },
    );
    add_getset_rw(
        vm,
        &t,
        "__context__",
        |_vm, v| Ok(v.as_obj().and_then(data).map(|d| d.borrow().context.clone()).unwrap_or(Value::None)),
        |vm, v, new| {
            let new = new.unwrap_or(Value::None);
            if !new.is_none() && !vm.is_instance(&new, &vm.exc.base_exception.clone()) {
                return Err(vm.type_error("exception context must be None or derive from BaseException"));
            }
            if let Some(d) = v.as_obj().and_then(data) {
                d.borrow_mut().context = new;
            }
            Ok(())
        },
    );
    add_getset_rw(
        vm,
        &t,
        "__suppress_context__",
        |_vm, v| Ok(Value::bool(v.as_obj().and_then(data).is_some_and(|d| d.borrow().suppress_context))),
        |vm, v, new| {
            let b = match new {
                Some(n) => vm.truthy(&n)?,
                None => false,
            };
            if let Some(d) = v.as_obj().and_then(data) {
                d.borrow_mut().suppress_context = b;
            }
            Ok(())
        },
    );
    add_getset(vm, &t, "__dict__", |_vm, v| {
        Ok(v.as_obj().and_then(|o| o.dict.clone()).map(Value::Obj).unwrap_or(Value::None))
    });
}
