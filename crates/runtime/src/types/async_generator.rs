//! The async generator protocol (PEP 525): `__anext__`, `asend`, `athrow`
//! and `aclose` return awaitables that drive the generator's frame.
//!
//! An async generator's frame yields two kinds of values: its own `yield`s,
//! which the compiler marks with ASYNC_GEN_WRAP, and whatever an `await`
//! inside it passes up to the event loop. The awaitables tell them apart:
//! a wrapped value ends the awaitable (StopIteration carrying the value),
//! anything else is passed up unchanged.

use std::cell::{Cell, RefCell};

use crate::object::{NativeData, Obj, Object, Payload};
use crate::types::builtin_function::KwArgs;
use crate::types::generator::{as_generator, make_thrown, resume, GenResult, GeneratorData};
use crate::value::Value;
use crate::vm::eval::Resume;
use crate::vm::{PyErr, PyResult, Vm};

/// A value the async generator yielded (as opposed to one an `await`
/// inside it passes up).
struct Wrapped(Value);

impl NativeData for Wrapped {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Value::Obj(o) = &self.0 {
            visit(o);
        }
    }
}

/// ASYNC_GEN_WRAP: marks a value yielded by an async generator.
pub fn wrap(vm: &mut Vm, v: Value) -> Value {
    let cls = vm.types.async_generator_wrapped_value.clone();
    Value::Obj(Object::new(Some(cls), None, Payload::Native(Box::new(Wrapped(v)))))
}

fn unwrap(v: &Value) -> Option<Value> {
    match v.payload() {
        Some(Payload::Native(n)) => n.as_any().downcast_ref::<Wrapped>().map(|w| w.0.clone()),
        _ => None,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Init,
    Iter,
    Closed,
}

/// What the awaitable does to the generator when first sent to.
enum Action {
    /// `__anext__()` / `asend(value)`.
    Send(RefCell<Value>),
    /// `athrow(type, value, tb)`: the arguments.
    Throw(Vec<Value>),
    /// `aclose()`.
    Close,
}

struct Awaitable {
    generator: Value,
    action: Action,
    state: Cell<State>,
}

impl NativeData for Awaitable {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Value::Obj(o) = &self.generator {
            visit(o);
        }
        let values: Vec<Value> = match &self.action {
            Action::Send(v) => v.try_borrow().map(|v| vec![v.clone()]).unwrap_or_default(),
            Action::Throw(args) => args.clone(),
            Action::Close => Vec::new(),
        };
        for v in values {
            if let Value::Obj(o) = v {
                visit(&o);
            }
        }
    }
}

fn new_awaitable(vm: &mut Vm, generator: Value, action: Action) -> Value {
    let cls = match action {
        Action::Send(_) => vm.types.async_generator_asend.clone(),
        _ => vm.types.async_generator_athrow.clone(),
    };
    let data = Awaitable { generator, action, state: Cell::new(State::Init) };
    Value::Obj(Object::new(Some(cls), None, Payload::Native(Box::new(data))))
}

fn this_gen<'a>(vm: &mut Vm, a: &'a [Value]) -> PyResult<&'a GeneratorData> {
    a.first().and_then(as_generator).ok_or_else(|| vm.type_error("expected an async generator"))
}

fn this_awaitable<'a>(vm: &mut Vm, a: &'a [Value]) -> PyResult<&'a Awaitable> {
    match a.first().and_then(|v| v.payload()) {
        Some(Payload::Native(n)) => {
            n.as_any().downcast_ref::<Awaitable>().ok_or_else(|| vm.type_error("expected an async generator awaitable"))
        }
        _ => Err(vm.type_error("expected an async generator awaitable")),
    }
}

fn stop_async(vm: &mut Vm) -> PyErr {
    let ty = vm.exc.stop_async_iteration.clone();
    vm.new_exception(&ty, vec![])
}

/// Interprets what the generator did, for this awaitable.
fn outcome(vm: &mut Vm, aw: &Awaitable, result: PyResult<GenResult>) -> PyResult<Value> {
    let closing = matches!(aw.action, Action::Close);
    match result {
        Ok(GenResult::Yielded(v)) => match unwrap(&v) {
            Some(inner) => {
                aw.state.set(State::Closed);
                if closing {
                    return Err(vm.runtime_error("async generator ignored GeneratorExit"));
                }
                Err(vm.stop_iteration(Some(inner)))
            }
            // An await inside the generator passes this to the event loop.
            None => Ok(v),
        },
        Ok(GenResult::Returned(_)) => {
            aw.state.set(State::Closed);
            if closing {
                return Err(vm.stop_iteration(None));
            }
            Err(stop_async(vm))
        }
        Err(e) => {
            aw.state.set(State::Closed);
            let done = vm.err_matches(&e, &vm.exc.stop_async_iteration.clone())
                || vm.err_matches(&e, &vm.exc.generator_exit.clone());
            if closing && done {
                return Err(vm.stop_iteration(None));
            }
            Err(e)
        }
    }
}

fn awaitable_send(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let value = a.get(1).cloned().unwrap_or(Value::None);
    send_into(vm, a, value)
}

fn awaitable_next(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    send_into(vm, a, Value::None)
}

fn send_into(vm: &mut Vm, a: &[Value], value: Value) -> PyResult<Value> {
    let aw = this_awaitable(vm, a)?;
    let Some(gen) = as_generator(&aw.generator) else {
        return Err(vm.type_error("expected an async generator"));
    };
    match aw.state.get() {
        State::Closed => {
            let what = if matches!(aw.action, Action::Send(_)) { "__anext__()/asend()" } else { "aclose()/athrow()" };
            Err(vm.runtime_error(format!("cannot reuse already awaited {what}")))
        }
        State::Iter => {
            let result = resume(vm, gen, Resume::Send(value));
            outcome(vm, aw, result)
        }
        State::Init => {
            aw.state.set(State::Iter);
            let how = match &aw.action {
                Action::Send(v) => {
                    if gen.finished.get() {
                        aw.state.set(State::Closed);
                        return Err(stop_async(vm));
                    }
                    let first = if value.is_none() { v.borrow().clone() } else { value };
                    Resume::Send(first)
                }
                Action::Throw(args) => {
                    let args = args.clone();
                    Resume::Throw(make_thrown(vm, &args)?)
                }
                Action::Close => {
                    if gen.finished.get() || !gen.started.get() {
                        // Nothing ran yet (or it already ended): just close it.
                        crate::types::generator::close(vm, gen)?;
                        aw.state.set(State::Closed);
                        return Err(vm.stop_iteration(None));
                    }
                    let ty = vm.exc.generator_exit.clone();
                    Resume::Throw(vm.new_exception(&ty, vec![]))
                }
            };
            let result = resume(vm, gen, how);
            outcome(vm, aw, result)
        }
    }
}

fn awaitable_throw(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let aw = this_awaitable(vm, a)?;
    if aw.state.get() == State::Closed {
        return Err(vm.runtime_error("cannot reuse already awaited __anext__()/asend()"));
    }
    let Some(gen) = as_generator(&aw.generator) else {
        return Err(vm.type_error("expected an async generator"));
    };
    let err = make_thrown(vm, &a[1..])?;
    aw.state.set(State::Iter);
    let result = resume(vm, gen, Resume::Throw(err));
    outcome(vm, aw, result)
}

fn awaitable_close(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    this_awaitable(vm, a)?.state.set(State::Closed);
    Ok(Value::None)
}

fn awaitable_self(_vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(a[0].clone())
}

/// On an async generator's first `__anext__`, `asend`, `athrow` or
/// `aclose`: remember this thread's finalizer hook and call its firstiter
/// hook (`sys.set_asyncgen_hooks`).
fn init_hooks(vm: &mut Vm, this: &Value) -> PyResult<()> {
    let Some(g) = as_generator(this) else { return Ok(()) };
    if g.hooks_done.replace(true) {
        return Ok(());
    }
    let [firstiter, finalizer] = vm.asyncgen_hooks.clone();
    *g.asyncgen_finalizer.borrow_mut() = finalizer;
    match firstiter {
        Some(hook) => vm.call(&hook, std::slice::from_ref(this)).map(drop),
        None => Ok(()),
    }
}

fn agen_aiter(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    this_gen(vm, a)?;
    Ok(a[0].clone())
}

fn agen_anext(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    this_gen(vm, a)?;
    init_hooks(vm, &a[0])?;
    Ok(new_awaitable(vm, a[0].clone(), Action::Send(RefCell::new(Value::None))))
}

fn agen_asend(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    this_gen(vm, a)?;
    init_hooks(vm, &a[0])?;
    let v = crate::protocol::args::exactly_one(vm, "asend", &a[1..])?;
    Ok(new_awaitable(vm, a[0].clone(), Action::Send(RefCell::new(v))))
}

fn agen_athrow(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    this_gen(vm, a)?;
    init_hooks(vm, &a[0])?;
    crate::protocol::args::check_positional(vm, "athrow", &a[1..], 1, 3)?;
    Ok(new_awaitable(vm, a[0].clone(), Action::Throw(a[1..].to_vec())))
}

fn agen_aclose(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    this_gen(vm, a)?;
    init_hooks(vm, &a[0])?;
    Ok(new_awaitable(vm, a[0].clone(), Action::Close))
}

pub fn init(vm: &mut Vm) {
    use crate::types::descriptors::add_getset;
    let t = vm.types.async_generator.clone();
    vm.add_method(&t, "__aiter__", agen_aiter);
    vm.add_method(&t, "__anext__", agen_anext);
    vm.add_method(&t, "asend", agen_asend);
    vm.add_method(&t, "athrow", agen_athrow);
    vm.add_method(&t, "aclose", agen_aclose);
    add_getset(vm, &t, "ag_running", |_vm, v| Ok(Value::bool(as_generator(v).is_some_and(|g| g.running.get()))));
    add_getset(vm, &t, "ag_code", |_vm, v| {
        Ok(as_generator(v).map(|g| Value::Obj(Object::builtin(Payload::Code(g.code.clone())))).unwrap_or(Value::None))
    });
    for t in [vm.types.async_generator_asend.clone(), vm.types.async_generator_athrow.clone()] {
        vm.add_method(&t, "__await__", awaitable_self);
        vm.add_method(&t, "__iter__", awaitable_self);
        vm.add_method(&t, "__next__", awaitable_next);
        vm.add_method(&t, "send", awaitable_send);
        vm.add_method(&t, "throw", awaitable_throw);
        vm.add_method(&t, "close", awaitable_close);
    }
}
