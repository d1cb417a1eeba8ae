//! Functions written in Rust: `builtin_function_or_method`,
//! `method_descriptor` and `classmethod_descriptor`.
//!
//! Every native function has one signature: the interpreter, positional
//! arguments, and keyword arguments as (name, value) pairs. Methods get
//! their instance as the first positional argument. The few builtins that
//! need the caller's frame (`locals`, `super`, `exec` ...) use the
//! `WithFrame` form; the interpreter loop passes the frame.

use crate::object::{Obj, Object, Payload};
use crate::types::Types;
use crate::value::Value;
use crate::vm::{Frame, PyResult, Vm};

/// Keyword arguments: (name as a str value, value).
pub type KwArgs<'a> = &'a [(Value, Value)];

pub type NativeFn = fn(&mut Vm, &[Value], KwArgs) -> PyResult<Value>;
pub type FrameFn = fn(&mut Vm, Option<&mut Frame>, &[Value], KwArgs) -> PyResult<Value>;

#[derive(Clone, Copy)]
pub enum NativeCode {
    Plain(NativeFn),
    WithFrame(FrameFn),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuiltinKind {
    /// A module-level function (`len`, `math.sqrt`).
    Function,
    /// A method in a type's dict; binds to instances.
    Method,
    /// A class method in a type's dict (`dict.fromkeys`); binds to classes.
    ClassMethod,
    /// A static method in a type's dict (`__new__`, `str.maketrans`).
    StaticMethod,
}

pub struct BuiltinFunction {
    pub name: &'static str,
    /// The type a method belongs to.
    pub owner: Option<Obj>,
    /// The module a function belongs to (for `__module__`).
    pub module: Option<&'static str>,
    pub code: NativeCode,
    pub kind: BuiltinKind,
    /// `__self__` of a bound method.
    pub bound: Option<Value>,
    pub doc: Option<&'static str>,
}

impl BuiltinFunction {
    pub fn class_in<'a>(&self, types: &'a Types) -> &'a Obj {
        match (self.kind, &self.bound) {
            (BuiltinKind::Method, None) => &types.method_descriptor,
            (BuiltinKind::ClassMethod, None) => &types.classmethod_descriptor,
            _ => &types.builtin_function,
        }
    }

    pub fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Some(o) = &self.owner {
            visit(o);
        }
        if let Some(Value::Obj(o)) = &self.bound {
            visit(o);
        }
    }

    /// The same function bound to `instance`.
    pub fn bind(&self, instance: Value) -> Obj {
        Object::builtin(Payload::Builtin(Box::new(BuiltinFunction {
            name: self.name,
            owner: self.owner.clone(),
            module: self.module,
            code: self.code,
            kind: self.kind,
            bound: Some(instance),
            doc: self.doc,
        })))
    }

    pub fn qualname(&self) -> String {
        match &self.owner {
            Some(owner) if self.kind != BuiltinKind::Function => {
                format!("{}.{}", crate::types::type_::type_name(owner), self.name)
            }
            _ => self.name.to_string(),
        }
    }
}

/// A module-level native function object.
pub fn new_function(name: &'static str, module: Option<&'static str>, func: NativeFn) -> Obj {
    new_function_doc(name, module, func, None)
}

/// A module-level native function with a docstring (in CPython's internal
/// form when it carries a text signature: `name(sig)\n--\n\ntext`).
pub fn new_function_doc(
    name: &'static str,
    module: Option<&'static str>,
    func: NativeFn,
    doc: Option<&'static str>,
) -> Obj {
    Object::builtin(Payload::Builtin(Box::new(BuiltinFunction {
        name,
        owner: None,
        module,
        code: NativeCode::Plain(func),
        kind: BuiltinKind::Function,
        bound: None,
        doc,
    })))
}

/// The docstring and text signature held in CPython's internal form.
pub fn split_doc(doc: &str) -> (Option<&str>, &str) {
    match doc.split_once("\n--\n\n") {
        Some((head, text)) => (head.find('(').map(|i| &head[i..]), text),
        None => (None, doc),
    }
}

/// A module-level native function that sees its caller's frame.
pub fn new_frame_function(name: &'static str, module: Option<&'static str>, func: FrameFn) -> Obj {
    Object::builtin(Payload::Builtin(Box::new(BuiltinFunction {
        name,
        owner: None,
        module,
        code: NativeCode::WithFrame(func),
        kind: BuiltinKind::Function,
        bound: None,
        doc: module.and_then(|m| crate::builtins::docs::function_doc(m, name)),
    })))
}

/// A native method, class method or static method of `owner`.
pub fn new_method(owner: &Obj, name: &'static str, kind: BuiltinKind, func: NativeFn) -> Obj {
    Object::builtin(Payload::Builtin(Box::new(BuiltinFunction {
        name,
        owner: Some(owner.clone()),
        module: None,
        code: NativeCode::Plain(func),
        kind,
        bound: None,
        doc: crate::builtins::docs::member_doc(&crate::types::type_::type_name(owner), name),
    })))
}

impl Vm {
    /// Adds a native method to a type's dict.
    pub fn add_method(&mut self, ty: &Obj, name: &'static str, func: NativeFn) {
        let f = new_method(ty, name, BuiltinKind::Method, func);
        self.set_type_attr_raw(ty, name, Value::Obj(f));
    }

    /// Adds a native method with a docstring (what `help()` shows).
    pub fn add_method_doc(&mut self, ty: &Obj, name: &'static str, func: NativeFn, doc: &'static str) {
        let f = Object::builtin(Payload::Builtin(Box::new(BuiltinFunction {
            name,
            owner: Some(ty.clone()),
            module: None,
            code: NativeCode::Plain(func),
            kind: BuiltinKind::Method,
            bound: None,
            doc: Some(doc),
        })));
        self.set_type_attr_raw(ty, name, Value::Obj(f));
    }

    pub fn add_classmethod(&mut self, ty: &Obj, name: &'static str, func: NativeFn) {
        let f = new_method(ty, name, BuiltinKind::ClassMethod, func);
        self.set_type_attr_raw(ty, name, Value::Obj(f));
    }

    pub fn add_staticmethod(&mut self, ty: &Obj, name: &'static str, func: NativeFn) {
        let f = new_method(ty, name, BuiltinKind::StaticMethod, func);
        self.set_type_attr_raw(ty, name, Value::Obj(f));
    }

    /// Calls a native function with its bound instance (if any) prepended.
    pub fn call_builtin(
        &mut self,
        f: &BuiltinFunction,
        frame: Option<&mut Frame>,
        args: &[Value],
        kwargs: KwArgs,
    ) -> PyResult<Value> {
        match &f.bound {
            Some(bound) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(bound.clone());
                full.extend_from_slice(args);
                self.call_builtin_unbound(f, frame, &full, kwargs)
            }
            None => self.call_builtin_unbound(f, frame, args, kwargs),
        }
    }

    /// Calls a native function on exactly these arguments, checking that an
    /// unbound method gets an instance of its type first.
    pub fn call_builtin_unbound(
        &mut self,
        f: &BuiltinFunction,
        frame: Option<&mut Frame>,
        args: &[Value],
        kwargs: KwArgs,
    ) -> PyResult<Value> {
        if f.kind == BuiltinKind::Method && f.bound.is_none() {
            if let Some(owner) = &f.owner {
                match args.first() {
                    None => {
                        let owner_name = crate::types::type_::type_name(owner);
                        return Err(
                            self.type_error(format!("unbound method {}.{}() needs an argument", owner_name, f.name))
                        );
                    }
                    Some(first) => {
                        if !self.is_instance(first, owner) {
                            let owner_name = crate::types::type_::type_name(owner);
                            let got = self.type_name(first);
                            return Err(self.type_error(format!(
                                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                                f.name, owner_name, got
                            )));
                        }
                    }
                }
            }
        }
        if f.kind == BuiltinKind::StaticMethod && f.name == "__new__" && f.bound.is_none() {
            // Every native __new__ takes the class first.
            let owner = f.owner.as_ref().map(crate::types::type_::type_name).unwrap_or_default().to_string();
            match args.first() {
                None => return Err(self.type_error(format!("{owner}.__new__(): not enough arguments"))),
                Some(cls) if !crate::types::type_::is_type(cls) => {
                    let tn = self.type_name(cls);
                    return Err(self.type_error(format!("{owner}.__new__(X): X is not a type object ({tn})")));
                }
                _ => {}
            }
        }
        match f.code {
            NativeCode::Plain(func) => func(self, args, kwargs),
            NativeCode::WithFrame(func) => func(self, frame, args, kwargs),
        }
    }
}

fn builtin_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(Payload::Builtin(f)) = args.first().and_then(|v| v.payload()) else {
        return Err(vm.type_error("expected a builtin function"));
    };
    let text = match (&f.bound, f.kind) {
        (None, BuiltinKind::Function) => format!("<built-in function {}>", f.name),
        (None, _) => {
            let owner = f.owner.as_ref().map(crate::types::type_::type_name).unwrap_or_default();
            format!("<method '{}' of '{}' objects>", f.name, owner)
        }
        (Some(Value::Obj(o)), _) if matches!(o.payload, Payload::Module(_)) => {
            format!("<built-in function {}>", f.name)
        }
        (Some(bound), _) => {
            let tn = vm.type_name(bound);
            format!("<built-in method {} of {} object at {:#x}>", f.name, tn, bound.id())
        }
    };
    Ok(vm.new_str(text))
}

fn call_self(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let Some((callee, rest)) = args.split_first() else {
        return Err(vm.type_error("descriptor '__call__' needs an argument"));
    };
    vm.call_kw(callee, rest, kwargs)
}

fn builtin_get(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(Payload::Builtin(f)) = args.first().and_then(|v| v.payload()) else {
        return Err(vm.type_error("expected a builtin function"));
    };
    let instance = args.get(1).cloned().unwrap_or(Value::None);
    let owner = args.get(2).cloned().unwrap_or(Value::None);
    Ok(crate::protocol::attr::bind_builtin(vm, f, &args[0], instance, owner))
}

/// Pickling and copying a built-in: a module's function by its name, a
/// bound or unbound method as `getattr(owner, name)`.
fn builtin_reduce(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(Payload::Builtin(f)) = a.first().and_then(|v| v.payload()) else {
        return Err(vm.type_error("descriptor '__reduce__' requires a builtin function"));
    };
    let owner = match (&f.bound, &f.owner) {
        (Some(b), _) if !matches!(b.payload(), Some(Payload::Module(_))) => Some(b.clone()),
        (None, Some(o)) if f.module.is_none() => Some(Value::Obj(o.clone())),
        _ => None,
    };
    match owner {
        Some(owner) => {
            let name = vm.new_str(f.name);
            crate::types::method::reduce_by_getattr(vm, owner, name)
        }
        None => {
            let q = f.qualname();
            Ok(vm.new_str(q))
        }
    }
}

pub fn init(vm: &mut Vm) {
    for ty in
        [vm.types.builtin_function.clone(), vm.types.method_descriptor.clone(), vm.types.classmethod_descriptor.clone()]
    {
        vm.add_method(&ty, "__repr__", builtin_repr);
        vm.add_method(&ty, "__reduce__", builtin_reduce);
        crate::types::descriptors::add_getset(vm, &ty, "__name__", |vm, v| match v.payload() {
            Some(Payload::Builtin(f)) => Ok(vm.new_str(f.name)),
            _ => Ok(Value::None),
        });
        crate::types::descriptors::add_getset(vm, &ty, "__qualname__", |vm, v| match v.payload() {
            Some(Payload::Builtin(f)) => {
                let q = f.qualname();
                Ok(vm.new_str(q))
            }
            _ => Ok(Value::None),
        });
        crate::types::descriptors::add_getset(vm, &ty, "__self__", |vm, v| match v.payload() {
            Some(Payload::Builtin(f)) => Ok(match (&f.bound, f.module) {
                (Some(b), _) => b.clone(),
                // A built-in class's `__new__` is bound to the class, as in CPython.
                (None, None) if f.kind == BuiltinKind::StaticMethod && f.name == "__new__" => {
                    f.owner.clone().map(Value::Obj).unwrap_or(Value::None)
                }
                (None, Some(m)) => {
                    let name = vm.intern(m);
                    let modules = vm.modules.clone();
                    crate::types::dict::dict_get(vm, &modules, &Value::Obj(name))?.unwrap_or(Value::None)
                }
                _ => Value::None,
            }),
            _ => Ok(Value::None),
        });
        crate::types::descriptors::add_getset(vm, &ty, "__module__", |vm, v| match v.payload() {
            Some(Payload::Builtin(f)) => Ok(match f.module {
                Some(m) => vm.new_str(m),
                None => Value::None,
            }),
            _ => Ok(Value::None),
        });
        crate::types::descriptors::add_getset(vm, &ty, "__doc__", |vm, v| match v.payload() {
            Some(Payload::Builtin(f)) => Ok(match f.doc.map(|d| split_doc(d).1) {
                Some(text) if !text.is_empty() => vm.new_str(text),
                _ => Value::None,
            }),
            _ => Ok(Value::None),
        });
        crate::types::descriptors::add_getset(vm, &ty, "__text_signature__", |vm, v| match v.payload() {
            Some(Payload::Builtin(f)) => Ok(match f.doc.and_then(|d| split_doc(d).0) {
                Some(sig) => vm.new_str(sig),
                None => Value::None,
            }),
            _ => Ok(Value::None),
        });
    }
    let md = vm.types.method_descriptor.clone();
    vm.add_method(&md, "__get__", builtin_get);
    // Calls go straight to the function; `__call__` is there for code
    // that looks for it (callable checks, collections.abc.Callable).
    for ty in [
        vm.types.builtin_function.clone(),
        vm.types.method_descriptor.clone(),
        vm.types.classmethod_descriptor.clone(),
        vm.types.method.clone(),
    ] {
        vm.add_method(&ty, "__call__", call_self);
    }
    let cmd = vm.types.classmethod_descriptor.clone();
    vm.add_method(&cmd, "__get__", builtin_get);
}
