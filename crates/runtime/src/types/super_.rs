//! `super`: attribute lookup that starts after a class in an MRO.

use crate::object::{Obj, Object, Payload};
use crate::types::builtin_function::KwArgs;
use crate::value::Value;
use crate::vm::{Frame, PyResult, Vm};

pub struct SuperData {
    /// The class to start after.
    pub start: Obj,
    /// The instance (or class) the lookup is for.
    pub obj: Value,
    /// The type whose MRO is searched.
    pub obj_type: Obj,
}

impl SuperData {
    pub fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.start);
        visit(&self.obj_type);
        if let Value::Obj(o) = &self.obj {
            visit(o);
        }
    }
}

fn make(vm: &mut Vm, start: Obj, obj: Value) -> PyResult<Value> {
    let obj_type = if crate::types::type_::is_type(&obj)
        && obj.as_obj().is_some_and(|o| crate::types::type_::is_subtype(o, &start))
    {
        obj.as_obj().expect("type").clone()
    } else if vm.is_instance(&obj, &start) {
        vm.class_of(&obj).clone()
    } else {
        return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
    };
    Ok(Value::Obj(Object::builtin(Payload::Super(Box::new(SuperData { start, obj, obj_type })))))
}

/// `super()` and `super(type, obj)`; the zero-argument form reads the
/// caller's `__class__` cell and first argument.
pub fn super_call(vm: &mut Vm, frame: Option<&mut Frame>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(vm.type_error("super() takes no keyword arguments"));
    }
    match args.len() {
        0 => {
            let Some(frame) = frame else {
                return Err(vm.runtime_error("super(): no arguments"));
            };
            let code = frame.code.clone();
            if code.argcount == 0 && !code.has_varargs() {
                return Err(vm.runtime_error("super(): no arguments"));
            }
            let mut first = frame.stack[0].clone();
            // The first argument may itself have been captured by a closure.
            if let Some(i) = code.cell_from_arg.iter().position(|a| *a == Some(0)) {
                if let Some(Payload::Cell(c)) = frame.stack[code.nlocals + i].payload() {
                    first = c.borrow().clone();
                }
            }
            if first.is_undef() {
                return Err(vm.runtime_error("super(): arg[0] deleted"));
            }
            let class_pos = code.source.freevars.iter().position(|n| n == "__class__");
            let Some(pos) = class_pos else {
                return Err(vm.runtime_error("super(): __class__ cell not found"));
            };
            let cell = frame.stack[code.nlocals + code.ncells + pos].clone();
            let class = match cell.payload() {
                Some(Payload::Cell(c)) => c.borrow().clone(),
                _ => Value::Undef,
            };
            match class {
                Value::Obj(c) if crate::types::type_::is_type(&Value::Obj(c.clone())) => make(vm, c, first),
                Value::Undef => Err(vm.runtime_error("super(): empty __class__ cell")),
                _ => Err(vm.runtime_error("super(): __class__ is not a type")),
            }
        }
        1 | 2 => {
            let Value::Obj(start) = &args[0] else {
                let tn = vm.type_name(&args[0]);
                return Err(vm.type_error(format!("super() argument 1 must be a type, not {tn}")));
            };
            if !crate::types::type_::is_type(&args[0]) {
                let tn = vm.type_name(&args[0]);
                return Err(vm.type_error(format!("super() argument 1 must be a type, not {tn}")));
            }
            if args.len() == 1 {
                return Err(
                    vm.not_implemented_error("unbound super objects (super(type)) are not supported by ferropy yet")
                );
            }
            make(vm, start.clone(), args[1].clone())
        }
        n => Err(vm.type_error(format!("super() takes at most 2 arguments ({n} given)"))),
    }
}

/// Attribute lookup through a super object.
pub fn super_getattr(vm: &mut Vm, s: &SuperData, name: &Obj) -> PyResult<Option<Value>> {
    let mro = crate::types::type_::mro(&s.obj_type);
    let start = mro.iter().position(|t| Obj::ptr_eq(t, &s.start)).map_or(mro.len(), |i| i + 1);
    for class in &mro[start..] {
        if let Some(dict) = &class.dict {
            let found = crate::types::dict::table(dict).and_then(|t| t.borrow().get_str(name));
            if let Some(attr) = found {
                // super(C, C): descriptors are got from the class (no
                // instance), so a property or function is returned itself.
                let instance = if Obj::ptr_eq(s.obj.as_obj().unwrap_or(&s.obj_type), &s.obj_type)
                    && crate::types::type_::is_type(&s.obj)
                {
                    Value::Undef
                } else {
                    s.obj.clone()
                };
                return crate::protocol::attr::bind_descriptor(vm, attr, instance, Value::Obj(s.obj_type.clone()))
                    .map(Some);
            }
        }
    }
    Ok(None)
}

fn super_new(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    super_call(vm, None, &a[1..], kwargs)
}

fn super_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(Payload::Super(s)) = a.first().and_then(|v| v.payload()) else {
        return Err(vm.type_error("expected super"));
    };
    let start = crate::types::type_::type_name(&s.start);
    let tn = crate::types::type_::type_name(&s.obj_type);
    Ok(vm.new_str(format!("<super: <class '{start}'>, <{tn} object>>")))
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.super_.clone();
    vm.add_staticmethod(&t, "__new__", super_new);
    vm.add_method(&t, "__repr__", super_repr);
    crate::types::descriptors::add_getset(vm, &t, "__self__", |_vm, v| match v.payload() {
        Some(Payload::Super(s)) => Ok(s.obj.clone()),
        _ => Ok(Value::None),
    });
    crate::types::descriptors::add_getset(vm, &t, "__thisclass__", |_vm, v| match v.payload() {
        Some(Payload::Super(s)) => Ok(Value::Obj(s.start.clone())),
        _ => Ok(Value::None),
    });
}
