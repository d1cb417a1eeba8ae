//! Raising exceptions from Rust.
//!
//! A `PyErr` is an exception instance on its way up the Rust stack. Helpers
//! here build the common ones with CPython's messages.

use crate::object::Obj;
use crate::value::Value;
use crate::vm::Vm;

/// A raised Python exception (always an instance of BaseException).
#[derive(Clone)]
pub struct PyErr {
    pub exc: Obj,
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PyErr({:p})", Obj::as_ptr(&self.exc))
    }
}

pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    pub fn value(&self) -> Value {
        Value::Obj(self.exc.clone())
    }
}

impl Vm {
    /// A new exception of class `ty` with `args`.
    pub fn new_exception(&mut self, ty: &Obj, args: Vec<Value>) -> PyErr {
        PyErr { exc: crate::types::exceptions::new_exception_object(self, ty, args) }
    }

    /// A new exception of class `ty` with one message argument.
    pub fn new_error(&mut self, ty: &Obj, msg: impl Into<String>) -> PyErr {
        let msg = self.new_str(msg.into());
        self.new_exception(ty, vec![msg])
    }

    pub fn type_error(&mut self, msg: impl Into<String>) -> PyErr {
        let ty = self.exc.type_error.clone();
        self.new_error(&ty, msg)
    }

    pub fn value_error(&mut self, msg: impl Into<String>) -> PyErr {
        let ty = self.exc.value_error.clone();
        self.new_error(&ty, msg)
    }

    pub fn index_error(&mut self, msg: impl Into<String>) -> PyErr {
        let ty = self.exc.index_error.clone();
        self.new_error(&ty, msg)
    }

    pub fn key_error(&mut self, key: Value) -> PyErr {
        let ty = self.exc.key_error.clone();
        self.new_exception(&ty, vec![key])
    }

    pub fn attribute_error(&mut self, msg: impl Into<String>) -> PyErr {
        let ty = self.exc.attribute_error.clone();
        self.new_error(&ty, msg)
    }

    pub fn name_error(&mut self, name: &str) -> PyErr {
        let ty = self.exc.name_error.clone();
        let err = self.new_error(&ty, format!("name '{name}' is not defined"));
        let name_value = self.new_str(name.to_string());
        let _ = crate::protocol::attr::set_exception_attr(self, &err.exc, "name", name_value);
        err
    }

    pub fn zero_division(&mut self, msg: impl Into<String>) -> PyErr {
        let ty = self.exc.zero_division_error.clone();
        self.new_error(&ty, msg)
    }

    pub fn overflow_error(&mut self, msg: impl Into<String>) -> PyErr {
        let ty = self.exc.overflow_error.clone();
        self.new_error(&ty, msg)
    }

    pub fn runtime_error(&mut self, msg: impl Into<String>) -> PyErr {
        let ty = self.exc.runtime_error.clone();
        self.new_error(&ty, msg)
    }

    pub fn not_implemented_error(&mut self, msg: impl Into<String>) -> PyErr {
        let ty = self.exc.not_implemented_error.clone();
        self.new_error(&ty, msg)
    }

    pub fn memory_error(&mut self) -> PyErr {
        let ty = self.exc.memory_error.clone();
        self.new_exception(&ty, vec![])
    }

    pub fn recursion_error(&mut self) -> PyErr {
        let ty = self.exc.recursion_error.clone();
        self.new_error(&ty, "maximum recursion depth exceeded")
    }

    pub fn os_error(&mut self, msg: impl Into<String>) -> PyErr {
        let ty = self.exc.os_error.clone();
        self.new_error(&ty, msg)
    }

    pub fn stop_iteration(&mut self, value: Option<Value>) -> PyErr {
        let ty = self.exc.stop_iteration.clone();
        let args = match value {
            Some(v) => vec![v],
            None => vec![],
        };
        self.new_exception(&ty, args)
    }

    pub fn import_error(&mut self, msg: impl Into<String>) -> PyErr {
        let ty = self.exc.import_error.clone();
        self.new_error(&ty, msg)
    }

    pub fn unicode_error(&mut self, msg: impl Into<String>) -> PyErr {
        let ty = self.exc.unicode_error.clone();
        self.new_error(&ty, msg)
    }

    /// Whether an exception is an instance of `ty`.
    pub fn err_matches(&self, err: &PyErr, ty: &Obj) -> bool {
        let cls = self.class_of_obj(&err.exc);
        crate::types::type_::is_subtype(cls, ty)
    }
}
