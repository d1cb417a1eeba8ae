//! An executing (or suspended) Python function activation.

use std::rc::Rc;

use crate::object::Obj;
use crate::types::code::Code;
use crate::value::Value;

pub struct Frame {
    pub code: Rc<Code>,
    /// Index of the next instruction.
    pub pc: usize,
    /// Fast locals, cells and free variables (`code.nlocalsplus()` slots),
    /// then the value stack.
    pub stack: Vec<Value>,
    pub globals: Obj,
    pub builtins: Obj,
    /// The namespace of module-level and class-body code (`LOAD_NAME`).
    pub locals: Option<Obj>,
}

thread_local! {
    /// Emptied value stacks of finished frames, reused by new ones: a
    /// Python call then allocates nothing.
    static STACK_POOL: std::cell::RefCell<Vec<Vec<Value>>> = const { std::cell::RefCell::new(Vec::new()) };
}

impl Drop for Frame {
    fn drop(&mut self) {
        let mut stack = std::mem::take(&mut self.stack);
        stack.clear();
        if stack.capacity() <= 4096 {
            let _ = STACK_POOL.try_with(|pool| {
                if let Ok(mut pool) = pool.try_borrow_mut() {
                    if pool.len() < 256 {
                        pool.push(stack);
                    }
                }
            });
        }
    }
}

impl Frame {
    pub fn new(code: Rc<Code>, globals: Obj, builtins: Obj, locals: Option<Obj>) -> Frame {
        let fixed = code.nlocalsplus();
        let needed = fixed + code.source.stacksize as usize + 1;
        let mut stack = STACK_POOL
            .try_with(|pool| pool.try_borrow_mut().ok().and_then(|mut p| p.pop()))
            .ok()
            .flatten()
            .unwrap_or_default();
        stack.reserve(needed);
        stack.resize(fixed, Value::Undef);
        Frame { code, pc: 0, stack, globals, builtins, locals }
    }

    pub fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.globals);
        visit(&self.builtins);
        if let Some(l) = &self.locals {
            visit(l);
        }
        for v in &self.stack {
            if let Value::Obj(o) = v {
                visit(o);
            }
        }
    }

    /// Index of the instruction being executed (for tracebacks).
    pub fn lasti(&self) -> usize {
        self.pc.saturating_sub(1)
    }
}
