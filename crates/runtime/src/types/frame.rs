//! `frame` objects, as far as ferropy has them: a snapshot of where a frame
//! was (its code, globals and line), made when a traceback's `tb_frame` is
//! read. Live frames (`sys._getframe`, `f_back`, `f_locals` of a running
//! function) are not exposed yet.

use std::rc::Rc;

use crate::object::{NativeData, Obj, Object, Payload};
use crate::types::builtin_function::KwArgs;
use crate::types::code::Code;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub struct FrameSnapshot {
    pub code: Rc<Code>,
    pub globals: Obj,
    pub lineno: u32,
    /// The caller's snapshot, None at the bottom, or Undef where the
    /// caller is not known (beyond native code that called Python).
    pub back: Value,
}

impl NativeData for FrameSnapshot {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.globals);
        if let Value::Obj(o) = &self.back {
            visit(o);
        }
    }
}

pub fn new_frame_snapshot(vm: &mut Vm, code: Rc<Code>, globals: Obj, lineno: u32) -> Value {
    let cls = vm.types.frame.clone();
    let back = Value::Undef;
    Value::Obj(Object::new(Some(cls), None, Payload::Native(Box::new(FrameSnapshot { code, globals, lineno, back }))))
}

/// `sys._getframe(depth)`: snapshots of the running frame `depth` calls
/// up, linked through `f_back` to the bottom of the current interpreter
/// loop.
pub fn getframe(vm: &mut Vm, frame: Option<&mut crate::vm::Frame>, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::protocol::args::check_positional(vm, "_getframe", a, 0, 1)?;
    let depth = match a.first() {
        Some(v) => crate::protocol::number::as_index(vm, v)?.ok_or_else(|| vm.type_error("an integer is required"))?,
        None => 0,
    };
    let Some(frame) = frame else {
        return Err(vm.not_implemented_error("sys._getframe() called from native code is not supported by ferropy"));
    };
    let parents = vm.stashed_parents.last().map(|p| p.len()).unwrap_or(0);
    // Frames from the bottom (index 0) to the running one (index parents).
    let describe = |vm: &Vm, i: usize, current: &crate::vm::Frame| {
        let f = if i == parents { current } else { &vm.stashed_parents.last().expect("parents")[i] };
        (f.code.clone(), f.globals.clone(), f.code.line_at(f.lasti()))
    };
    if depth < 0 || depth as usize > parents {
        if depth >= 0 && vm.execute_nesting > 1 {
            return Err(vm.not_implemented_error(
                "sys._getframe(): frames beyond a call from native code are not supported by ferropy yet",
            ));
        }
        return Err(vm.value_error("call stack is not deep enough"));
    }
    let top = parents - depth as usize;
    let cls = vm.types.frame.clone();
    let mut back = if vm.execute_nesting > 1 { Value::Undef } else { Value::None };
    for i in 0..=top {
        let (code, globals, lineno) = describe(vm, i, frame);
        let snapshot = FrameSnapshot { code, globals, lineno, back };
        back = Value::Obj(Object::new(Some(cls.clone()), None, Payload::Native(Box::new(snapshot))));
    }
    Ok(back)
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
    add_getset(vm, &f, "f_back", |vm, v| match &snapshot(vm, v)?.back {
        Value::Undef => Err(vm.not_implemented_error(
            "frame.f_back beyond a call from native code (or of a traceback's frame) is not supported by ferropy yet",
        )),
        back => Ok(back.clone()),
    });
}
