//! The runtime stage: values, heap objects, the built-in types, the
//! interpreter loop, imports, and the `builtins`, `sys` and `gc` modules.
//!
//! Layout: `value.rs` and `object.rs` define what a Python value is;
//! `types/` has one file per built-in type; `protocol/` has the abstract
//! operations (attribute access, arithmetic, comparison, hashing, repr,
//! iteration); `vm/` has the interpreter state, loop, calls, imports and
//! traceback printing; `builtins/`, `modules/` and `format/` hold the
//! built-in functions, the interpreter's own modules, and text formatting.

pub mod ast_export;
pub mod ast_import;
pub mod builtins;
pub mod codecs;
pub mod format;
pub mod gc;
pub mod gil;
pub mod modules;
pub mod object;
pub mod protocol;
pub mod types;
pub mod unicode;
pub mod value;
pub mod vm;

pub use object::{Obj, Object, Payload};
pub use value::Value;
pub use vm::{Config, Flags, HashSeed, Limits, PyErr, PyResult, Vm};

/// Private-name mangling (`__x` in class `C` is `_C__x`), as the compiler
/// does it, for `__slots__`.
pub fn symtable_mangle(class_name: &str, name: &str) -> String {
    ferropy_compiler::mangle(Some(class_name), name)
}
