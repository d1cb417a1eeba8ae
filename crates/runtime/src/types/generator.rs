//! Generators, coroutines and async generators: suspended frames.
//!
//! The generator owns its frame while suspended. Resuming takes the frame
//! out, runs it in a nested interpreter loop until it yields or returns,
//! and puts it back. A value sent in becomes the result of the `yield`
//! expression (it is pushed on the frame's stack). `yield from` keeps the
//! delegate iterator on the stack and re-runs its instruction on each
//! resume; `throw` and `close` are forwarded to that delegate first.

use std::cell::Cell;
use std::rc::Rc;

use ferropy_bytecode::Opcode;

use crate::object::{Obj, Object, Payload, PyCell};
use crate::types::builtin_function::KwArgs;
use crate::types::code::Code;
use crate::types::Types;
use crate::value::Value;
use crate::vm::eval::Resume;
use crate::vm::{Frame, PyErr, PyResult, Vm};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

pub struct GeneratorData {
    pub kind: GenKind,
    pub code: Rc<Code>,
    /// The suspended frame; `None` while running or once finished.
    /// Boxed, so that resuming moves a pointer out and back, not the
    /// frame's fields (just written back, they would stall the copy).
    pub frame: PyCell<Option<Box<Frame>>>,
    pub running: Cell<bool>,
    pub started: Cell<bool>,
    pub finished: Cell<bool>,
    pub name: PyCell<Value>,
    pub qualname: PyCell<Value>,
    /// The exception being handled inside the generator when it yielded.
    pub exc_state: PyCell<Option<Obj>>,
    /// Async generators: whether `sys.set_asyncgen_hooks`' hooks were
    /// consulted (on the first `__anext__`/`asend`/`athrow`/`aclose`),
    /// and the finalizer they named then, which replaces `aclose` when
    /// the generator is dropped unfinished.
    pub hooks_done: Cell<bool>,
    pub asyncgen_finalizer: PyCell<Option<Value>>,
}

impl GeneratorData {
    pub fn class_in<'a>(&self, t: &'a Types) -> &'a Obj {
        match self.kind {
            GenKind::Generator => &t.generator,
            GenKind::Coroutine => &t.coroutine,
            GenKind::AsyncGenerator => &t.async_generator,
        }
    }

    pub fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Ok(frame) = self.frame.try_borrow() {
            if let Some(f) = frame.as_ref() {
                f.trace(visit);
            }
        }
        if let Ok(e) = self.exc_state.try_borrow() {
            if let Some(o) = e.as_ref() {
                visit(o);
            }
        }
        if let Ok(f) = self.asyncgen_finalizer.try_borrow() {
            if let Some(Value::Obj(o)) = f.as_ref() {
                visit(o);
            }
        }
    }

    pub fn clear(&self) {
        let frame = self.frame.try_borrow_mut().map(|mut f| f.take());
        drop(frame);
        let finalizer = self.asyncgen_finalizer.try_borrow_mut().map(|mut f| f.take());
        drop(finalizer);
        self.finished.set(true);
    }

    /// Whether dropping the generator runs code first (`finalize`): a
    /// coroutine never started warns that it was never awaited; an async
    /// generator with a finalizer hook goes to the hook; a generator
    /// suspended inside a `try` or `with` block is closed.
    pub fn needs_finalizer(&self) -> bool {
        if self.finished.get() {
            return false;
        }
        if self.kind == GenKind::Coroutine && !self.started.get() {
            return true;
        }
        if self.asyncgen_finalizer.try_borrow().is_ok_and(|f| f.is_some()) {
            return true;
        }
        if !self.started.get() {
            return false;
        }
        match self.frame.try_borrow() {
            Ok(frame) => frame.as_ref().is_some_and(|f| f.code.source.handler_at(f.pc.saturating_sub(1) * 2).is_some()),
            Err(_) => false,
        }
    }
}

pub fn new_generator(frame: Frame, kind: GenKind) -> Value {
    let code = frame.code.clone();
    let data = GeneratorData {
        kind,
        name: PyCell::new(Value::Obj(code.name.clone())),
        qualname: PyCell::new(Value::Obj(code.qualname.clone())),
        code,
        frame: PyCell::new(Some(Box::new(frame))),
        running: Cell::new(false),
        started: Cell::new(false),
        finished: Cell::new(false),
        exc_state: PyCell::new(None),
        hooks_done: Cell::new(false),
        asyncgen_finalizer: PyCell::new(None),
    };
    Value::Obj(Object::builtin(Payload::Generator(Box::new(data))))
}

pub fn as_generator(value: &Value) -> Option<&GeneratorData> {
    match value.payload() {
        Some(Payload::Generator(g)) => Some(g),
        _ => None,
    }
}

/// What resuming a generator produced.
pub enum GenResult {
    Yielded(Value),
    Returned(Value),
}

fn kind_word(kind: GenKind) -> &'static str {
    match kind {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async generator",
    }
}

/// Resumes a generator with a value or an exception.
#[inline(always)]
pub fn resume(vm: &mut Vm, gen: &GeneratorData, how: Resume) -> PyResult<GenResult> {
    if gen.running.get() {
        return Err(vm.new_error(&vm.exc.value_error.clone(), format!("{} already executing", kind_word(gen.kind))));
    }
    if gen.finished.get() {
        return match how {
            Resume::Throw(err) => Err(err),
            _ if gen.kind == GenKind::Coroutine => Err(vm.runtime_error("cannot reuse already awaited coroutine")),
            _ => Err(vm.stop_iteration(None)),
        };
    }
    let Some(mut frame) = gen.frame.borrow_mut().take() else {
        return Err(vm.stop_iteration(None));
    };
    if !gen.started.get() {
        if let Resume::Send(v) = &how {
            if !v.is_none() {
                *gen.frame.borrow_mut() = Some(frame);
                return Err(
                    vm.type_error(format!("can't send non-None value to a just-started {}", kind_word(gen.kind)))
                );
            }
        }
    }
    let first = !gen.started.get();
    gen.started.set(true);
    gen.running.set(true);
    // The generator's handled exception becomes current while it runs.
    let saved_exc = std::mem::replace(&mut vm.exc_info, gen.exc_state.borrow_mut().take());
    let result = vm.run_generator_frame(&mut frame, how, first);
    *gen.exc_state.borrow_mut() = std::mem::replace(&mut vm.exc_info, saved_exc);
    gen.running.set(false);
    match result {
        Ok(crate::vm::eval::FrameExit::Yield(v)) => {
            *gen.frame.borrow_mut() = Some(frame);
            Ok(GenResult::Yielded(v))
        }
        Ok(crate::vm::eval::FrameExit::Return(v)) => {
            gen.finished.set(true);
            drop(frame);
            Ok(GenResult::Returned(v))
        }
        Err(err) => {
            gen.finished.set(true);
            drop(frame);
            // A StopIteration escaping a generator becomes RuntimeError.
            if vm.err_matches(&err, &vm.exc.stop_iteration.clone())
                || (gen.kind == GenKind::AsyncGenerator && vm.err_matches(&err, &vm.exc.stop_async_iteration.clone()))
            {
                let msg = match gen.kind {
                    GenKind::Generator => "generator raised StopIteration",
                    GenKind::Coroutine => "coroutine raised StopIteration",
                    GenKind::AsyncGenerator => "async generator raised StopAsyncIteration",
                };
                let new = vm.runtime_error(msg);
                if let Some(d) = crate::types::exceptions::data(&new.exc) {
                    let mut d = d.borrow_mut();
                    d.cause = err.value();
                    d.context = err.value();
                    d.suppress_context = true;
                }
                return Err(new);
            }
            Err(err)
        }
    }
}

/// `next(gen)` for the interpreter: `None` when exhausted.
#[inline(always)]
pub fn next(vm: &mut Vm, gen: &GeneratorData) -> PyResult<Option<Value>> {
    if gen.finished.get() && !gen.running.get() {
        return Ok(None);
    }
    if gen.finished.get() && !gen.running.get() {
        return Ok(None);
    }
    match resume(vm, gen, Resume::Send(Value::None))? {
        GenResult::Yielded(v) => Ok(Some(v)),
        GenResult::Returned(_) => Ok(None),
    }
}

fn this<'a>(vm: &mut Vm, a: &'a [Value]) -> PyResult<&'a GeneratorData> {
    a.first().and_then(as_generator).ok_or_else(|| vm.type_error("expected a generator"))
}

fn finish_send(vm: &mut Vm, r: GenResult) -> PyResult<Value> {
    match r {
        GenResult::Yielded(v) => Ok(v),
        GenResult::Returned(v) => Err(vm.stop_iteration(if v.is_none() { None } else { Some(v) })),
    }
}

fn gen_next(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = this(vm, a)?;
    let r = resume(vm, g, Resume::Send(Value::None))?;
    finish_send(vm, r)
}

fn gen_send(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = this(vm, a)?;
    let v = crate::protocol::args::exactly_one(vm, "send", &a[1..])?;
    let r = resume(vm, g, Resume::Send(v))?;
    finish_send(vm, r)
}

/// Builds the exception for `throw(type, value, tb)`.
pub fn make_thrown(vm: &mut Vm, args: &[Value]) -> PyResult<PyErr> {
    let Some(typ) = args.first() else {
        return Err(vm.type_error("throw expected at least 1 argument, got 0"));
    };
    let value = args.get(1).cloned().unwrap_or(Value::None);
    let err = if crate::types::type_::is_type(typ) {
        let t = typ.as_obj().expect("type").clone();
        if !crate::types::type_::is_subtype(&t, &vm.exc.base_exception) {
            return Err(vm.type_error("exceptions must be classes or instances deriving from BaseException, not type"));
        }
        if vm.is_instance(&value, &t) {
            PyErr { exc: value.as_obj().expect("instance").clone() }
        } else {
            let args: Vec<Value> = match &value {
                Value::None => vec![],
                v => match crate::types::tuple::items(v) {
                    Some(items) => items.to_vec(),
                    None => vec![v.clone()],
                },
            };
            // As CPython normalizes a thrown class: an error while making
            // the instance, or a `__new__` that made something else, is
            // what the generator sees at its `yield`.
            let exc = match vm.call(typ, &args) {
                Ok(exc) => exc,
                Err(err) => return Ok(err),
            };
            let base = vm.exc.base_exception.clone();
            match exc {
                Value::Obj(o) if vm.is_instance(&Value::Obj(o.clone()), &base) => PyErr { exc: o },
                other => {
                    let tn = vm.type_name(&other);
                    let r = vm.repr_string(typ)?;
                    return Ok(vm.type_error(format!(
                        "calling {r} should have returned an instance of BaseException, not {tn}"
                    )));
                }
            }
        }
    } else if vm.is_instance(typ, &vm.exc.base_exception.clone()) {
        if !value.is_none() {
            return Err(vm.type_error("instance exception may not have a separate value"));
        }
        PyErr { exc: typ.as_obj().expect("instance").clone() }
    } else {
        let tn = vm.type_name(typ);
        return Err(
            vm.type_error(format!("exceptions must be classes or instances deriving from BaseException, not {tn}"))
        );
    };
    Ok(err)
}

fn gen_throw(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = this(vm, a)?;
    let err = make_thrown(vm, &a[1..])?;
    let r = resume(vm, g, Resume::Throw(err))?;
    finish_send(vm, r)
}

/// `generator.close()`.
pub fn close(vm: &mut Vm, g: &GeneratorData) -> PyResult<()> {
    if g.finished.get() || !g.started.get() {
        g.finished.set(true);
        let frame = g.frame.borrow_mut().take();
        drop(frame);
        return Ok(());
    }
    let ty = vm.exc.generator_exit.clone();
    let exit = vm.new_exception(&ty, vec![]);
    match resume(vm, g, Resume::Throw(exit)) {
        Ok(GenResult::Yielded(_)) => Err(vm.runtime_error(format!("{} ignored GeneratorExit", kind_word(g.kind)))),
        Ok(GenResult::Returned(_)) => Ok(()),
        Err(e)
            if vm.err_matches(&e, &vm.exc.generator_exit.clone())
                || vm.err_matches(&e, &vm.exc.stop_iteration.clone()) =>
        {
            Ok(())
        }
        Err(e) => Err(e),
    }
}

/// What dropping an unfinished generator runs (see `needs_finalizer`).
pub fn finalize(vm: &mut Vm, g: &GeneratorData, this: &Value) -> PyResult<()> {
    if g.kind == GenKind::Coroutine && !g.started.get() && !g.finished.get() {
        // CPython's `warnings._warn_unawaited_coroutine`, which a program
        // may have replaced.
        let warnings = vm.import_module("warnings")?;
        let warn = vm.get_attr_str(&warnings, "_warn_unawaited_coroutine")?;
        close(vm, g)?;
        vm.call(&warn, std::slice::from_ref(this))?;
        return Ok(());
    }
    let finalizer = g.asyncgen_finalizer.borrow_mut().take();
    match finalizer {
        Some(hook) if !g.finished.get() => vm.call(&hook, std::slice::from_ref(this)).map(drop),
        _ => close(vm, g),
    }
}

fn gen_close(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = this(vm, a)?;
    close(vm, g)?;
    Ok(Value::None)
}

fn gen_iter(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let _ = this(vm, a)?;
    Ok(a[0].clone())
}

fn gen_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = this(vm, a)?;
    let q = g.qualname.borrow().clone();
    let q = vm.str_string(&q)?;
    let word = match g.kind {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async_generator",
    };
    Ok(vm.new_str(format!("<{word} object {q} at {:#x}>", a[0].id())))
}

fn coro_await(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let _ = this(vm, a)?;
    Ok(a[0].clone())
}

/// Paused at a `yield` or `await` (3.11's gi_suspended/cr_suspended).
fn is_suspended(g: &GeneratorData) -> bool {
    g.started.get() && !g.finished.get() && !g.running.get()
}

/// `gi_frame`/`cr_frame`/`ag_frame`: a snapshot of the suspended frame
/// (None once finished).
fn frame_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let Some(g) = as_generator(v) else {
        return Ok(Value::None);
    };
    let snapshot = match g.frame.try_borrow().ok().as_deref() {
        Some(Some(f)) if !g.finished.get() => {
            // Not started yet: CPython reports the `def` line.
            let line = if g.started.get() { f.code.line_at(f.pc.saturating_sub(1)) } else { f.code.source.firstlineno };
            Some((f.code.clone(), f.globals.clone(), crate::types::frame::FrameLocals::of(f), line))
        }
        _ => None,
    };
    Ok(match snapshot {
        Some((code, globals, locals, line)) => crate::types::frame::new_frame_snapshot(vm, code, globals, locals, line),
        None => Value::None,
    })
}

/// `gi_yieldfrom`/`cr_await`/`ag_await`: what a generator suspended in
/// `yield from` or `await` is delegating to (the top of its stack while
/// it waits at YIELD_FROM), else None.
fn delegate_of(v: &Value) -> Value {
    let Some(g) = as_generator(v) else {
        return Value::None;
    };
    if g.finished.get() || g.running.get() {
        return Value::None;
    }
    match g.frame.try_borrow().ok().as_deref() {
        Some(Some(f)) if f.code.instrs.get(f.pc).is_some_and(|i| i.op == Opcode::YIELD_FROM) => {
            f.stack.last().cloned().filter(|v| !matches!(v, Value::Undef)).unwrap_or(Value::None)
        }
        _ => Value::None,
    }
}

pub fn init(vm: &mut Vm) {
    use crate::types::descriptors::add_getset;
    for t in [vm.types.generator.clone(), vm.types.coroutine.clone(), vm.types.async_generator.clone()] {
        vm.add_method(&t, "send", gen_send);
        vm.add_method(&t, "throw", gen_throw);
        vm.add_method(&t, "close", gen_close);
        vm.add_method(&t, "__repr__", gen_repr);
        add_getset(vm, &t, "__name__", |_vm, v| {
            Ok(as_generator(v).map(|g| g.name.borrow().clone()).unwrap_or(Value::None))
        });
        add_getset(vm, &t, "__qualname__", |_vm, v| {
            Ok(as_generator(v).map(|g| g.qualname.borrow().clone()).unwrap_or(Value::None))
        });
    }
    let t = vm.types.generator.clone();
    vm.add_method(&t, "__iter__", gen_iter);
    vm.add_method(&t, "__next__", gen_next);
    add_getset(vm, &t, "gi_running", |_vm, v| Ok(Value::bool(as_generator(v).is_some_and(|g| g.running.get()))));
    add_getset(vm, &t, "gi_suspended", |_vm, v| Ok(Value::bool(as_generator(v).is_some_and(is_suspended))));
    add_getset(vm, &t, "gi_code", |_vm, v| {
        Ok(as_generator(v).map(|g| Value::Obj(Object::builtin(Payload::Code(g.code.clone())))).unwrap_or(Value::None))
    });
    add_getset(vm, &t, "gi_frame", frame_of);
    add_getset(vm, &t, "gi_yieldfrom", |_vm, v| Ok(delegate_of(v)));
    let t = vm.types.coroutine.clone();
    add_getset(vm, &t, "cr_frame", frame_of);
    add_getset(vm, &t, "cr_await", |_vm, v| Ok(delegate_of(v)));
    // ferropy does not record where coroutines were made
    // (sys.set_coroutine_origin_tracking_depth stays 0).
    add_getset(vm, &t, "cr_origin", |_vm, _v| Ok(Value::None));
    let t = vm.types.async_generator.clone();
    add_getset(vm, &t, "ag_frame", frame_of);
    add_getset(vm, &t, "ag_await", |_vm, v| Ok(delegate_of(v)));
    let t = vm.types.coroutine.clone();
    vm.add_method(&t, "__await__", coro_await);
    add_getset(vm, &t, "cr_running", |_vm, v| Ok(Value::bool(as_generator(v).is_some_and(|g| g.running.get()))));
    add_getset(vm, &t, "cr_suspended", |_vm, v| Ok(Value::bool(as_generator(v).is_some_and(is_suspended))));
    add_getset(vm, &t, "cr_code", |_vm, v| {
        Ok(as_generator(v).map(|g| Value::Obj(Object::builtin(Payload::Code(g.code.clone())))).unwrap_or(Value::None))
    });
}
