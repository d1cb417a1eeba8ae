//! `function`: Python functions (code plus globals, defaults and closure).

use std::rc::Rc;

use crate::object::{Obj, Object, Payload, PyCell};
use crate::types::builtin_function::KwArgs;
use crate::types::code::Code;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub struct Function {
    /// Replaceable: `f.__code__ = other.__code__` (networkx's lazy
    /// compilation does it).
    pub code: PyCell<Rc<Code>>,
    pub globals: Obj,
    pub builtins: Obj,
    pub name: PyCell<Value>,
    pub qualname: PyCell<Value>,
    /// Positional defaults (a tuple), if any.
    pub defaults: PyCell<Option<Obj>>,
    /// Keyword-only defaults (a dict), if any.
    pub kwdefaults: PyCell<Option<Obj>>,
    /// Cells for the code's free variables (a tuple).
    pub closure: Option<Obj>,
    pub doc: PyCell<Value>,
    pub annotations: PyCell<Option<Obj>>,
    pub module: PyCell<Value>,
    /// The function's `__dict__`, made on first use.
    pub dict: PyCell<Option<Obj>>,
}

impl Function {
    /// The function's code object.
    pub fn code(&self) -> Rc<Code> {
        self.code.borrow().clone()
    }

    pub fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.globals);
        visit(&self.builtins);
        if let Some(c) = &self.closure {
            visit(c);
        }
        for cell in [&self.defaults, &self.kwdefaults, &self.annotations, &self.dict] {
            if let Ok(v) = cell.try_borrow() {
                if let Some(o) = v.as_ref() {
                    visit(o);
                }
            }
        }
        for cell in [&self.doc, &self.module, &self.name, &self.qualname] {
            if let Ok(Value::Obj(o)) = cell.try_borrow().as_deref() {
                visit(o);
            }
        }
    }

    pub fn clear(&self) {
        for cell in [&self.defaults, &self.kwdefaults, &self.annotations, &self.dict] {
            let old = cell.try_borrow_mut().map(|mut v| v.take());
            drop(old);
        }
        for cell in [&self.doc, &self.module] {
            let old = cell.try_borrow_mut().map(|mut v| std::mem::replace(&mut *v, Value::None));
            drop(old);
        }
    }

    /// Positional default values.
    pub fn defaults_vec(&self) -> Vec<Value> {
        match self.defaults.borrow().as_ref().map(|d| &d.payload) {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        }
    }
}

pub fn as_function(value: &Value) -> Option<&Function> {
    match value.payload() {
        Some(Payload::Function(f)) => Some(f),
        _ => None,
    }
}

/// Makes a function object (MAKE_FUNCTION).
pub fn new_function(vm: &mut Vm, code: Rc<Code>, globals: Obj, closure: Option<Obj>) -> PyResult<Obj> {
    let builtins = match vm.dict_get_str(&globals, "__builtins__")? {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Dict(_)) => o,
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Module(_)) => {
            o.dict.clone().unwrap_or_else(|| vm.new_dict())
        }
        _ => vm.builtins.dict.clone().unwrap_or_else(|| vm.new_dict()),
    };
    let module = vm.dict_get_str(&globals, "__name__")?.unwrap_or(Value::None);
    let doc = match code.consts.first() {
        Some(v @ Value::Obj(o)) if matches!(o.payload, Payload::Str(_)) && !code.is_generator_lambda() => v.clone(),
        _ => Value::None,
    };
    let f = Function {
        name: PyCell::new(Value::Obj(code.name.clone())),
        qualname: PyCell::new(Value::Obj(code.qualname.clone())),
        code: PyCell::new(code),
        globals,
        builtins,
        defaults: PyCell::new(None),
        kwdefaults: PyCell::new(None),
        closure,
        doc: PyCell::new(doc),
        annotations: PyCell::new(None),
        module: PyCell::new(module),
        dict: PyCell::new(None),
    };
    Ok(Object::builtin(Payload::Function(Box::new(f))))
}

impl Code {
    /// Lambdas and comprehensions have no docstring slot.
    fn is_generator_lambda(&self) -> bool {
        let name = self.name_str();
        name.starts_with('<')
    }
}

/// The `__dict__` of a function, made on first use.
pub fn function_dict(vm: &mut Vm, f: &Function) -> Obj {
    let mut d = f.dict.borrow_mut();
    if let Some(dict) = d.as_ref() {
        return dict.clone();
    }
    let dict = vm.new_dict();
    *d = Some(dict.clone());
    dict
}

fn this<'a>(vm: &mut Vm, a: &'a [Value]) -> PyResult<&'a Function> {
    match a.first().and_then(as_function) {
        Some(f) => Ok(f),
        None => Err(vm.type_error("expected a function")),
    }
}

fn function_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a)?;
    let q = f.qualname.borrow().clone();
    let q = vm.str_string(&q)?;
    Ok(vm.new_str(format!("<function {} at {:#x}>", q, a[0].id())))
}

fn function_get(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let _ = this(vm, a)?;
    match a.get(1) {
        None | Some(Value::None) => Ok(a[0].clone()),
        Some(instance) => Ok(crate::types::method::new_method(a[0].clone(), instance.clone())),
    }
}

fn function_call(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let _ = this(vm, a)?;
    let f = a[0].clone();
    vm.call_kw(&f, &a[1..], kwargs)
}

fn get_opt(v: &PyCell<Option<Obj>>) -> Value {
    v.borrow().clone().map(Value::Obj).unwrap_or(Value::None)
}

fn set_opt(
    vm: &mut Vm,
    cell: &PyCell<Option<Obj>>,
    new: Option<Value>,
    what: &str,
    check: fn(&Payload) -> bool,
) -> PyResult<()> {
    let value = match new {
        None | Some(Value::None) => None,
        Some(Value::Obj(o)) if check(&o.payload) => Some(o),
        Some(_) => return Err(vm.type_error(format!("{what} must be set to a tuple object"))),
    };
    let old = std::mem::replace(&mut *cell.borrow_mut(), value);
    drop(old);
    Ok(())
}

/// `types.FunctionType(code, globals, name=None, argdefs=None,
/// closure=None)`: a function from a code object.
fn function_new(vm: &mut Vm, a: &[Value], kw: crate::types::builtin_function::KwArgs) -> PyResult<Value> {
    let parsed = crate::protocol::args::parse(
        vm,
        "function",
        &a[1..],
        kw,
        &["code", "globals", "name", "argdefs", "closure"],
        2,
    )?;
    let Some(code) = crate::types::code::as_code(&parsed[0]).cloned() else {
        let tn = vm.type_name(&parsed[0]);
        return Err(vm.type_error(format!("function() argument 'code' must be code, not {tn}")));
    };
    let globals = match &parsed[1] {
        Value::Obj(g) if matches!(g.payload, Payload::Dict(_)) => g.clone(),
        other => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("function() argument 'globals' must be dict, not {tn}")));
        }
    };
    let nfree = code.source.freevars.len();
    let closure = match &parsed[4] {
        Value::Undef | Value::None => None,
        v => match crate::types::tuple::items(v) {
            Some(cells) => {
                if cells.iter().any(|c| !matches!(c.payload(), Some(Payload::Cell(_)))) {
                    return Err(vm.type_error("arg 5 (closure) expected cell, found other"));
                }
                v.as_obj().cloned()
            }
            None => return Err(vm.type_error("arg 5 (closure) must be None or tuple")),
        },
    };
    let given =
        closure.as_ref().map_or(0, |c| crate::types::tuple::items(&Value::Obj(c.clone())).map_or(0, |t| t.len()));
    if given != nfree {
        let name = code.source.name.clone();
        if closure.is_none() && nfree > 0 {
            return Err(vm.type_error("arg 5 (closure) must be tuple"));
        }
        return Err(vm.value_error(format!("{name} requires closure of length {nfree}, not {given}")));
    }
    let func = new_function(vm, code, globals, closure)?;
    let Payload::Function(f) = &func.payload else {
        return Err(vm.type_error("function() could not be made"));
    };
    match &parsed[2] {
        Value::Undef | Value::None => {}
        n if crate::types::str::as_str(n).is_some() => *f.name.borrow_mut() = n.clone(),
        _ => return Err(vm.type_error("arg 3 (name) must be None or string")),
    }
    match &parsed[3] {
        Value::Undef | Value::None => {}
        v if crate::types::tuple::items(v).is_some() => *f.defaults.borrow_mut() = v.as_obj().cloned(),
        _ => return Err(vm.type_error("arg 4 (defaults) must be None or tuple")),
    }
    Ok(Value::Obj(func))
}

pub fn init(vm: &mut Vm) {
    use crate::types::descriptors::{add_getset, add_getset_rw};
    let t = vm.types.function.clone();
    vm.add_staticmethod(&t, "__new__", function_new);
    vm.add_method(&t, "__repr__", function_repr);
    vm.add_method(&t, "__get__", function_get);
    vm.add_method(&t, "__call__", function_call);
    add_getset_rw(
        vm,
        &t,
        "__name__",
        |_vm, v| Ok(as_function(v).map(|f| f.name.borrow().clone()).unwrap_or(Value::None)),
        |vm, v, new| {
            let Some(f) = as_function(v) else {
                return Ok(());
            };
            match new {
                Some(n) if crate::types::str::as_str(&n).is_some() => {
                    *f.name.borrow_mut() = n;
                    Ok(())
                }
                _ => Err(vm.type_error("__name__ must be set to a string object")),
            }
        },
    );
    add_getset_rw(
        vm,
        &t,
        "__qualname__",
        |_vm, v| Ok(as_function(v).map(|f| f.qualname.borrow().clone()).unwrap_or(Value::None)),
        |vm, v, new| {
            let Some(f) = as_function(v) else {
                return Ok(());
            };
            match new {
                Some(n) if crate::types::str::as_str(&n).is_some() => {
                    *f.qualname.borrow_mut() = n;
                    Ok(())
                }
                _ => Err(vm.type_error("__qualname__ must be set to a string object")),
            }
        },
    );
    add_getset_rw(
        vm,
        &t,
        "__doc__",
        |_vm, v| Ok(as_function(v).map(|f| f.doc.borrow().clone()).unwrap_or(Value::None)),
        |_vm, v, new| {
            if let Some(f) = as_function(v) {
                *f.doc.borrow_mut() = new.unwrap_or(Value::None);
            }
            Ok(())
        },
    );
    add_getset_rw(
        vm,
        &t,
        "__module__",
        |_vm, v| Ok(as_function(v).map(|f| f.module.borrow().clone()).unwrap_or(Value::None)),
        |_vm, v, new| {
            if let Some(f) = as_function(v) {
                *f.module.borrow_mut() = new.unwrap_or(Value::None);
            }
            Ok(())
        },
    );
    add_getset_rw(
        vm,
        &t,
        "__defaults__",
        |_vm, v| Ok(as_function(v).map(|f| get_opt(&f.defaults)).unwrap_or(Value::None)),
        |vm, v, new| match as_function(v) {
            Some(f) => set_opt(vm, &f.defaults, new, "__defaults__", |p| matches!(p, Payload::Tuple(_))),
            None => Ok(()),
        },
    );
    add_getset_rw(
        vm,
        &t,
        "__kwdefaults__",
        |_vm, v| Ok(as_function(v).map(|f| get_opt(&f.kwdefaults)).unwrap_or(Value::None)),
        |vm, v, new| match as_function(v) {
            Some(f) => set_opt(vm, &f.kwdefaults, new, "__kwdefaults__", |p| matches!(p, Payload::Dict(_))),
            None => Ok(()),
        },
    );
    add_getset_rw(
        vm,
        &t,
        "__annotations__",
        |vm, v| {
            let Some(f) = as_function(v) else {
                return Ok(Value::None);
            };
            let existing = f.annotations.borrow().clone();
            Ok(Value::Obj(match existing {
                Some(a) => a,
                None => {
                    let d = vm.new_dict();
                    *f.annotations.borrow_mut() = Some(d.clone());
                    d
                }
            }))
        },
        |vm, v, new| match as_function(v) {
            Some(f) => set_opt(vm, &f.annotations, new, "__annotations__", |p| matches!(p, Payload::Dict(_))),
            None => Ok(()),
        },
    );
    crate::types::descriptors::add_getset_rw(
        vm,
        &t,
        "__code__",
        |_vm, v| {
            Ok(as_function(v).map(|f| Value::Obj(Object::builtin(Payload::Code(f.code())))).unwrap_or(Value::None))
        },
        |vm, v, new| {
            let Some(f) = as_function(v) else { return Ok(()) };
            let Some(Payload::Code(code)) = new.as_ref().and_then(|n| n.payload()) else {
                return Err(vm.type_error("__code__ must be set to a code object"));
            };
            let closure_len = f
                .closure
                .as_ref()
                .and_then(|c| crate::types::tuple::items(&Value::Obj(c.clone())).map(|t| t.len()))
                .unwrap_or(0);
            if code.nfree != closure_len {
                let name = f.name.borrow().clone();
                let name = crate::types::str::as_str(&name).unwrap_or("?").to_string();
                return Err(vm.value_error(format!(
                    "{name}() requires a code object with {closure_len} free vars, not {}",
                    code.nfree
                )));
            }
            *f.code.borrow_mut() = code.clone();
            Ok(())
        },
    );
    add_getset(vm, &t, "__globals__", |_vm, v| {
        Ok(as_function(v).map(|f| Value::Obj(f.globals.clone())).unwrap_or(Value::None))
    });
    add_getset(vm, &t, "__builtins__", |_vm, v| {
        Ok(as_function(v).map(|f| Value::Obj(f.builtins.clone())).unwrap_or(Value::None))
    });
    add_getset(vm, &t, "__closure__", |_vm, v| {
        Ok(as_function(v).and_then(|f| f.closure.clone()).map(Value::Obj).unwrap_or(Value::None))
    });
    add_getset(vm, &t, "__dict__", |vm, v| match as_function(v) {
        Some(f) => Ok(Value::Obj(function_dict(vm, f))),
        None => Ok(Value::None),
    });
}
