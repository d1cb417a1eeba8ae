//! `frame` objects, as far as ferropy has them: a snapshot of where a frame
//! was (its code, globals and line), made when a traceback's `tb_frame` is
//! read. Live frames (`sys._getframe`, `f_back`, `f_locals` of a running
//! function) are not exposed yet.

use std::rc::Rc;

use crate::object::{NativeData, Obj, Object, Payload};
use crate::types::code::Code;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub struct FrameSnapshot {
    pub code: Rc<Code>,
    pub globals: Obj,
    pub lineno: u32,
}

impl NativeData for FrameSnapshot {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.globals);
    }
}

pub fn new_frame_snapshot(vm: &mut Vm, code: Rc<Code>, globals: Obj, lineno: u32) -> Value {
    let cls = vm.types.frame.clone();
    Value::Obj(Object::new(Some(cls), None, Payload::Native(Box::new(FrameSnapshot { code, globals, lineno }))))
}

fn snapshot<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a FrameSnapshot> {
    match v.payload() {
        Some(Payload::Native(n)) => match n.as_any().downcast_ref::<FrameSnapshot>() {
            Some(f) => Ok(f),
            None => Err(vm.type_error("expected a frame")),
        },
        _ => Err(vm.type_error("expected a frame")),
    }
}

pub fn init(vm: &mut Vm) {
    use crate::types::descriptors::add_getset;
    let f = vm.types.frame.clone();
    add_getset(vm, &f, "f_code", |vm, v| Ok(Value::Obj(Object::builtin(Payload::Code(snapshot(vm, v)?.code.clone())))));
    add_getset(vm, &f, "f_globals", |vm, v| Ok(Value::Obj(snapshot(vm, v)?.globals.clone())));
    add_getset(vm, &f, "f_lineno", |vm, v| Ok(Value::Int(snapshot(vm, v)?.lineno as i64)));
    add_getset(vm, &f, "f_locals", |vm, v| {
        // Module-level frames: the locals are the globals.
        let frame = snapshot(vm, v)?;
        if frame.code.source.flags & ferropy_bytecode::CodeFlags::NEWLOCALS != 0 {
            return Err(vm.not_implemented_error("f_locals of a function frame is not supported by ferropy yet"));
        }
        Ok(Value::Obj(frame.globals.clone()))
    });
    add_getset(
        vm,
        &f,
        "f_back",
        |vm, _v| Err(vm.not_implemented_error("frame.f_back is not supported by ferropy yet")),
    );
}
