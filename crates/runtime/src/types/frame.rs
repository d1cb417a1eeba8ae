//! `frame` objects, as far as ferropy has them: a snapshot of where a frame
//! was (its code, globals, line and local variables), made by
//! `sys._getframe` or kept by a traceback entry when an exception passed
//! the frame. `f_locals` of a function frame is the variables as they
//! were then (CPython's is the live frame's; they differ only if the frame
//! went on running and changed them).

use std::rc::Rc;

use crate::object::{NativeData, Obj, Object, Payload};
use crate::types::builtin_function::KwArgs;
use crate::types::code::Code;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A frame's local variables as a snapshot keeps them.
#[derive(Clone)]
pub enum FrameLocals {
    /// Module and class bodies: their namespace mapping.
    Namespace(Obj),
    /// Functions: their fast-local, cell and free-variable slots.
    Slots(Rc<[Value]>),
    /// A frame suspended in a call from native code, whose slots the
    /// record does not keep (copying them on every such call would cost
    /// every call).
    Unknown,
}

impl FrameLocals {
    /// The locals of a running frame.
    pub fn of(frame: &crate::vm::Frame) -> FrameLocals {
        match &frame.locals {
            Some(namespace) => FrameLocals::Namespace(namespace.clone()),
            None => FrameLocals::Slots(frame.stack[..frame.code.nlocalsplus().min(frame.stack.len())].into()),
        }
    }

    pub fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        match self {
            FrameLocals::Namespace(o) => visit(o),
            FrameLocals::Slots(slots) => {
                for v in slots.iter() {
                    if let Value::Obj(o) = v {
                        visit(o);
                    }
                }
            }
            FrameLocals::Unknown => {}
        }
    }

    /// The `f_locals` mapping.
    pub fn to_value(&self, vm: &mut Vm, code: &Code) -> PyResult<Value> {
        match self {
            FrameLocals::Namespace(o) => Ok(Value::Obj(o.clone())),
            FrameLocals::Slots(slots) => crate::builtins::slots_dict(vm, code, slots),
            FrameLocals::Unknown => Err(vm.not_implemented_error(
                "f_locals of a frame waiting on a call from native code is not supported by ferropy yet",
            )),
        }
    }
}

pub struct FrameSnapshot {
    pub code: Rc<Code>,
    pub globals: Obj,
    pub locals: FrameLocals,
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
        self.locals.trace(visit);
        if let Value::Obj(o) = &self.back {
            visit(o);
        }
    }
}

pub fn new_frame_snapshot(vm: &mut Vm, code: Rc<Code>, globals: Obj, locals: FrameLocals, lineno: u32) -> Value {
    let cls = vm.types.frame.clone();
    let back = Value::Undef;
    let snapshot = FrameSnapshot { code, globals, locals, lineno, back };
    Value::Obj(Object::new(Some(cls), None, Payload::Native(Box::new(snapshot))))
}

/// `sys._getframe(depth)`: snapshots of the running frame `depth` calls
/// up, linked through `f_back` as far as the suspended interpreter loops
/// recorded in `Vm::suspended` reach (native code that called Python
/// without such a record ends the chain: `f_back` there is unknown).
pub fn getframe(vm: &mut Vm, frame: Option<&mut crate::vm::Frame>, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::protocol::args::check_positional(vm, "_getframe", a, 0, 1)?;
    let depth = match a.first() {
        Some(v) => crate::protocol::number::as_index(vm, v)?.ok_or_else(|| vm.type_error("an integer is required"))?,
        None => 0,
    };
    let Some(frame) = frame else {
        return Err(vm.not_implemented_error("sys._getframe() called from native code is not supported by ferropy"));
    };
    // The frames from the running one down, as (code, globals, locals, line).
    let describe =
        |f: &crate::vm::Frame| (f.code.clone(), f.globals.clone(), FrameLocals::of(f), f.code.line_at(f.lasti()));
    let mut stack: Vec<(Rc<Code>, Obj, FrameLocals, u32)> = vec![describe(frame)];
    // Each loop below the running one left a record when it made the
    // call that led here; loop n's record has nesting n.
    let mut complete = false;
    let mut expected = vm.execute_nesting;
    let last = vm.suspended.len();
    for (i, record) in vm.suspended.iter().enumerate().rev() {
        if record.nesting != expected {
            break;
        }
        // The running loop's own record holds `frame` itself.
        if i + 1 != last {
            let info = &record.current;
            stack.push((info.code.clone(), info.globals.clone(), FrameLocals::Unknown, info.code.line_at(info.lasti)));
        }
        stack.extend(record.parents.iter().rev().map(describe));
        expected -= 1;
        if expected == 0 {
            complete = true;
            break;
        }
    }
    if depth < 0 || depth as usize >= stack.len() {
        if depth >= 0 && !complete {
            return Err(vm.not_implemented_error(
                "sys._getframe(): frames beyond a call from native code are not supported by ferropy yet",
            ));
        }
        return Err(vm.value_error("call stack is not deep enough"));
    }
    let cls = vm.types.frame.clone();
    let mut back = if complete { Value::None } else { Value::Undef };
    for (code, globals, locals, lineno) in stack.into_iter().skip(depth as usize).rev() {
        let snapshot = FrameSnapshot { code, globals, locals, lineno, back };
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
        let frame = snapshot(vm, v)?;
        let (locals, code) = (frame.locals.clone(), frame.code.clone());
        locals.to_value(vm, &code)
    });
    add_getset(vm, &f, "f_back", |vm, v| match &snapshot(vm, v)?.back {
        Value::Undef => Err(vm.not_implemented_error(
            "frame.f_back beyond a call from native code (or of a traceback's frame) is not supported by ferropy yet",
        )),
        back => Ok(back.clone()),
    });
}
