//! `repr()`, `str()`, `ascii()`, and the recursion guard for containers.

use std::cell::RefCell;

use crate::object::Payload;
use crate::value::{Bool64, Value};
use crate::vm::{PyResult, Vm};

thread_local! {
    static ACTIVE: RefCell<Vec<i64>> = const { RefCell::new(Vec::new()) };
}

/// Marks a container as being printed, so a container inside itself
/// prints as `[...]`. `enter` returns `None` if it is already active.
pub struct ReprGuard {
    id: i64,
}

impl ReprGuard {
    pub fn enter(_vm: &Vm, v: &Value) -> Option<ReprGuard> {
        let id = v.id();
        ACTIVE.with(|a| {
            let mut a = a.borrow_mut();
            if a.contains(&id) {
                None
            } else {
                a.push(id);
                Some(ReprGuard { id })
            }
        })
    }
}

impl Drop for ReprGuard {
    fn drop(&mut self) {
        ACTIVE.with(|a| {
            let mut a = a.borrow_mut();
            if let Some(pos) = a.iter().rposition(|x| *x == self.id) {
                a.remove(pos);
            }
        });
    }
}

/// What a RecursionError in repr() says it was doing.
const REPR: &str = " while getting the repr of an object";

/// repr for error reporting: never fails.
pub fn repr_or_placeholder(vm: &mut Vm, v: &Value) -> String {
    match vm.repr_string(v) {
        Ok(s) => s,
        Err(_) => format!("<{} object at {:#x}>", vm.type_name(v), v.id()),
    }
}

impl Vm {
    /// `repr(v)` as a Rust string.
    pub fn repr_string(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Int(i) => return Ok(i.to_string()),
            Value::Float(f) => return Ok(crate::format::float_repr::repr(f.get())),
            Value::Bool(Bool64::TRUE) => return Ok("True".into()),
            Value::Bool(Bool64::FALSE) => return Ok("False".into()),
            Value::None => return Ok("None".into()),
            Value::Undef => return Ok("<NULL>".into()),
            Value::Obj(o) if o.class().is_none() => match &o.payload {
                Payload::Str(s) => return Ok(crate::types::str::repr_str(s.as_str())),
                Payload::Int(b) => {
                    return crate::types::int::to_decimal(self, &crate::types::int::IntVal::Big(b.clone()))
                }
                Payload::List(_) => {
                    self.enter_native_recursion_in(REPR)?;
                    let r = crate::types::list::repr_list(self, v);
                    self.leave_native_recursion();
                    return r;
                }
                Payload::Tuple(_) => {
                    self.enter_native_recursion_in(REPR)?;
                    let r = crate::types::tuple::repr_tuple(self, v);
                    self.leave_native_recursion();
                    return r;
                }
                _ => {}
            },
            _ => {}
        }
        self.enter_native_recursion_in(REPR)?;
        let name = self.names.__repr__.clone();
        let result = crate::protocol::attr::call_special(self, v, &name, &[]);
        self.leave_native_recursion();
        match result? {
            Some(r) => match crate::types::str::as_str(&r) {
                Some(s) => Ok(s.to_string()),
                None => {
                    let tn = self.type_name(&r);
                    Err(self.type_error(format!("__repr__ returned non-string (type {tn})")))
                }
            },
            None => crate::types::object::default_repr(self, v),
        }
    }

    /// `repr(v)` as a str value.
    pub fn repr(&mut self, v: &Value) -> PyResult<Value> {
        let s = self.repr_string(v)?;
        Ok(self.new_str(s))
    }

    /// `str(v)` as a Rust string.
    pub fn str_string(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) if o.class().is_none() => return Ok(s.as_str().to_string()),
                // BaseException.__str__ not overridden: format directly.
                Payload::Exception(_)
                    if crate::types::type_::lookup(self.class_of(v), &self.names.__str__).is_some_and(|m| {
                        crate::types::type_::lookup(&self.exc.base_exception, &self.names.__str__)
                            .is_some_and(|base| base.is(&m))
                    }) =>
                {
                    let o = o.clone();
                    return crate::types::exceptions::exception_str(self, &o);
                }
                _ => {}
            },
            Value::Undef => return Ok(String::new()),
            _ => return self.repr_string(v),
        }
        self.enter_native_recursion_in(" while getting the str of an object")?;
        let name = self.names.__str__.clone();
        let result = crate::protocol::attr::call_special(self, v, &name, &[]);
        self.leave_native_recursion();
        match result? {
            Some(r) => match crate::types::str::as_str(&r) {
                Some(s) => Ok(s.to_string()),
                None => {
                    let tn = self.type_name(&r);
                    Err(self.type_error(format!("__str__ returned non-string (type {tn})")))
                }
            },
            None => self.repr_string(v),
        }
    }

    /// `str(v)` as a str value (the same object for an exact str).
    pub fn str_value(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = v {
            if o.class().is_none() && matches!(o.payload, Payload::Str(_)) {
                return Ok(v.clone());
            }
        }
        let s = self.str_string(v)?;
        Ok(self.new_str(s))
    }

    /// `ascii(v)`.
    pub fn ascii_string(&mut self, v: &Value) -> PyResult<String> {
        let r = self.repr_string(v)?;
        Ok(crate::types::str::ascii_escape(&r))
    }
}
