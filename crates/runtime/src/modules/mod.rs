//! Native modules that belong to the interpreter itself (`sys`, `gc`);
//! the rest of the native standard library is in the stdlib crate.

pub mod gc;
pub mod imp;
pub mod sys;
pub mod sys_asyncgen;
pub mod weakref;

use crate::vm::Vm;

pub fn register_native_modules(vm: &mut Vm) {
    vm.add_native_module("gc", gc::make_module);
    vm.add_native_module("_imp", imp::make_module);
    vm.add_native_module("_weakref", weakref::make_module);
}
