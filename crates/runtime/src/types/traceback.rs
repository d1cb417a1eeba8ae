//! `traceback` objects: one entry per frame an exception passed through,
//! linked newest first through `tb_next`... in CPython's order: the head is
//! the outermost frame.

use std::rc::Rc;

use crate::object::{Obj, Object, Payload, PyCell};
use crate::types::code::Code;
use crate::value::Value;
use crate::vm::Vm;

pub struct TracebackData {
    pub code: Rc<Code>,
    pub globals: Obj,
    /// The frame's variables when the exception passed (`tb_frame.f_locals`).
    pub locals: crate::types::frame::FrameLocals,
    /// Instruction index of the instruction that raised.
    pub lasti: usize,
    pub lineno: u32,
    pub next: PyCell<Option<Obj>>,
}

impl TracebackData {
    pub fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.globals);
        self.locals.trace(visit);
        if let Ok(n) = self.next.try_borrow() {
            if let Some(o) = n.as_ref() {
                visit(o);
            }
        }
    }
}

pub fn new_traceback(
    code: Rc<Code>,
    globals: Obj,
    locals: crate::types::frame::FrameLocals,
    lasti: usize,
    next: Option<Obj>,
) -> Obj {
    let lineno = code.line_at(lasti);
    Object::builtin(Payload::Traceback(Box::new(TracebackData {
        code,
        globals,
        locals,
        lasti,
        lineno,
        next: PyCell::new(next),
    })))
}

pub fn data(obj: &Obj) -> Option<&TracebackData> {
    match &obj.payload {
        Payload::Traceback(t) => Some(t),
        _ => None,
    }
}

/// The entries of a traceback chain, outermost first.
/// Removes from an exception's traceback the entries of code whose file
/// name starts with `file_prefix`: machinery that CPython writes in C
/// (the import system's frames, the warnings module's) shows no frames.
pub fn drop_frames_of(exc: &Obj, file_prefix: &str) {
    let Some(data) = crate::types::exceptions::data(exc) else {
        return;
    };
    let Some(head) = data.borrow().traceback.clone() else {
        return;
    };
    let kept: Vec<Obj> = entries(&head)
        .into_iter()
        .filter(|tb| self::data(tb).is_none_or(|t| !t.code.source.filename.starts_with(file_prefix)))
        .collect();
    for (i, tb) in kept.iter().enumerate() {
        if let Some(t) = self::data(tb) {
            *t.next.borrow_mut() = kept.get(i + 1).cloned();
        }
    }
    data.borrow_mut().traceback = kept.first().cloned();
}

pub fn entries(tb: &Obj) -> Vec<Obj> {
    let mut out = vec![tb.clone()];
    let mut cur = tb.clone();
    while let Some(next) = data(&cur).and_then(|d| d.next.borrow().clone()) {
        out.push(next.clone());
        cur = next;
        if out.len() > 100_000 {
            break;
        }
    }
    out
}

pub fn init(vm: &mut Vm) {
    use crate::types::descriptors::add_getset;
    let t = vm.types.traceback.clone();
    add_getset(vm, &t, "tb_lineno", |_vm, v| Ok(Value::Int(v.as_obj().and_then(data).map_or(0, |d| d.lineno as i64))));
    add_getset(vm, &t, "tb_lasti", |_vm, v| {
        Ok(Value::Int(v.as_obj().and_then(data).map_or(0, |d| d.lasti as i64 * 2)))
    });
    add_getset(vm, &t, "tb_next", |_vm, v| {
        Ok(v.as_obj().and_then(data).and_then(|d| d.next.borrow().clone()).map(Value::Obj).unwrap_or(Value::None))
    });
    add_getset(vm, &t, "tb_frame", |vm, v| {
        let Some(d) = v.as_obj().and_then(data) else {
            return Ok(Value::None);
        };
        let (code, globals, locals, lineno) = (d.code.clone(), d.globals.clone(), d.locals.clone(), d.lineno);
        Ok(crate::types::frame::new_frame_snapshot(vm, code, globals, locals, lineno))
    });
}
