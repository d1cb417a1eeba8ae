//! Warnings raised by native code.
//!
//! They go through the Python `warnings` module, so filters, -W, -b/-bb,
//! `catch_warnings` and the once-per-location registry apply as to a
//! warning from Python code. `warnings.warn` is called with stacklevel 1:
//! its caller's frame is the Python code running the native operation,
//! which is where CPython reports such a warning.

use crate::object::Obj;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// Warns with `category` (a Warning subclass); an error when the
    /// filters turn the warning into an exception.
    pub fn warn(&mut self, category: &Obj, message: &str) -> PyResult<()> {
        let warnings = self.import_module("warnings")?;
        let warn = self.get_attr_str(&warnings, "warn")?;
        let message = self.new_str(message);
        let category = crate::value::Value::Obj(category.clone());
        match self.call(&warn, &[message, category, crate::value::Value::Int(1)]) {
            Ok(_) => Ok(()),
            Err(err) => {
                // A warning turned error is raised where the operation is,
                // as CPython's (C) warnings machinery raises it.
                crate::types::traceback::drop_frames_of(&err.exc, "<ferropy-lib>/warnings.py");
                Err(err)
            }
        }
    }

    /// A BytesWarning under -b (and the error it becomes under -bb).
    pub fn bytes_warning(&mut self, message: &str) -> PyResult<()> {
        if self.config.flags.bytes_warning == 0 {
            return Ok(());
        }
        let category = self.exc.bytes_warning.clone();
        self.warn(&category, message)
    }
}
