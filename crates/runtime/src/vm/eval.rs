//! The interpreter loop.
//!
//! `execute` runs a frame until it returns or yields. A call of a Python
//! function does not recurse in Rust: the caller is parked on a local list
//! and the callee runs in the same loop; its return resumes the caller.
//! Native code that calls Python (`sorted(key=f)`, `__eq__` from a dict
//! lookup ...) does enter a nested `execute`, guarded against running out
//! of Rust stack.
//!
//! An error inside an instruction leaves the dispatch loop as `pending`;
//! the loop around it adds a traceback entry, looks the failing instruction up in the
//! exception table, and either jumps to the handler or passes the error to
//! the calling frame.
//!
//! Safe points (backward jumps, calls, returns) check `object::breaker()`
//! and the interrupt flag: that is where the cycle collector, `__del__`
//! methods, weak reference callbacks and KeyboardInterrupt run.

use ferropy_bytecode::Opcode;

use crate::object::{Obj, Object, Payload, PyCell};
use crate::protocol::compare::CompareOp;
use crate::protocol::number::{binary_op, inplace_op, unary_op, BinOp, UnaryOp};
use crate::types::builtin_function::NativeCode;
use crate::types::code::Instr;
use crate::value::{Float64, Value};
use crate::vm::{Frame, PyErr, PyResult, Vm};

/// `*slot = Value::Int(n)`, writing only the number when the slot holds
/// an int already (a loop variable): a whole new `Value` would be built in
/// a temporary and copied, which stalls on store forwarding.
#[inline(always)]
fn store_int(slot: &mut Value, n: i64) {
    match slot {
        Value::Int(x) => *x = n,
        other => *other = Value::Int(n),
    }
}

/// Writes a loop's next item into its variable; false when there is none
/// to write (the iterator is done, or needs the general protocol).
#[inline(always)]
fn store_loop_item(slot: &mut Value, next: FastNext) -> bool {
    match next {
        FastNext::Int(n) => store_int(slot, n),
        FastNext::Item(v) => drop(std::mem::replace(slot, v)),
        FastNext::Done | FastNext::Slow => return false,
    }
    true
}

/// What `fast_next` could do without calling into the object protocol.
enum FastNext {
    /// The next int of a range (kept apart from `Item` so it can be
    /// written straight into its destination, without a `Value` temporary).
    Int(i64),
    Item(Value),
    Done,
    Slow,
}

/// The next item of a range or list iterator, read in place (no clone of
/// the iterator); `Slow` for every other iterator.
#[inline(always)]
fn fast_next(it: &Value) -> FastNext {
    use crate::types::iterators::IterState;
    let Value::Obj(o) = it else { return FastNext::Slow };
    let Payload::Iterator(state) = &o.payload else { return FastNext::Slow };
    if o.class().is_some() {
        return FastNext::Slow;
    }
    let mut s = state.borrow_mut();
    match &mut *s {
        IterState::Range { next, remaining, step } => {
            if *remaining == 0 {
                return FastNext::Done;
            }
            let v = *next;
            *remaining -= 1;
            *next = next.wrapping_add(*step);
            FastNext::Int(v)
        }
        IterState::List { list, index, reverse: false } => {
            match crate::types::list::storage(list).and_then(|l| l.borrow().get_checked(*index)) {
                Some(item) => {
                    *index += 1;
                    FastNext::Item(item)
                }
                None => FastNext::Slow,
            }
        }
        _ => FastNext::Slow,
    }
}

/// `a = a <op> b` for floats and small ints, in place; false when the
/// operands need the general protocol (other types, int overflow, division
/// by zero). Writing only the payload of the existing stack slot keeps the
/// hot arithmetic free of whole-`Value` copies.
#[inline(always)]
fn arith_in_place(op: Opcode, a: &mut Value, b: &Value) -> bool {
    use Opcode::*;
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => float_arith(op, x.get(), y.get()).map(|r| *x = Float64::new(r)).is_some(),
        // int -> float conversion rounds to nearest, as CPython's does.
        (Value::Float(x), Value::Int(y)) => float_arith(op, x.get(), *y as f64).map(|r| *x = Float64::new(r)).is_some(),
        (a @ Value::Int(_), Value::Float(y)) => {
            let Value::Int(x) = *a else { return false };
            float_arith(op, x as f64, y.get()).map(|r| *a = Value::float(r)).is_some()
        }
        (a @ Value::Int(_), Value::Int(y)) => {
            let Value::Int(x) = *a else { return false };
            let r = match op {
                BINARY_ADD | INPLACE_ADD => x.checked_add(*y),
                BINARY_SUBTRACT | INPLACE_SUBTRACT => x.checked_sub(*y),
                BINARY_MULTIPLY | INPLACE_MULTIPLY => x.checked_mul(*y),
                // Exact when both fit a double's mantissa (then the quotient
                // is correctly rounded, as CPython's int true division).
                _ if *y != 0 && x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) => {
                    *a = Value::float(x as f64 / *y as f64);
                    return true;
                }
                _ => None,
            };
            match r {
                Some(r) => {
                    *a = Value::Int(r);
                    true
                }
                None => false,
            }
        }
        _ => false,
    }
}

/// `l <op> r` for the float cases of `arith_in_place`; None for division
/// by zero (the general protocol raises it).
#[inline(always)]
fn float_arith(op: Opcode, l: f64, r: f64) -> Option<f64> {
    use Opcode::*;
    match op {
        BINARY_ADD | INPLACE_ADD => Some(l + r),
        BINARY_SUBTRACT | INPLACE_SUBTRACT => Some(l - r),
        BINARY_MULTIPLY | INPLACE_MULTIPLY => Some(l * r),
        _ if r != 0.0 => Some(l / r),
        _ => None,
    }
}

/// How a frame stopped running.
pub enum FrameExit {
    Return(Value),
    Yield(Value),
}

/// How a generator frame is resumed.
pub enum Resume {
    /// The value becomes the result of the `yield` expression.
    Send(Value),
    /// The exception is raised at the `yield`.
    Throw(PyErr),
}

/// Stack headroom kept for native code below a nested interpreter loop.
const MIN_STACK: usize = 256 * 1024;

macro_rules! pop {
    ($frame:expr) => {
        crate::vm::stack::pop(&mut $frame.stack)
    };
}

macro_rules! top {
    ($frame:expr) => {
        match $frame.stack.last() {
            Some(v) => v,
            None => &Value::Undef,
        }
    };
}

impl Vm {
    /// Runs a (non-generator) frame to completion.
    pub fn run_frame(&mut self, frame: Frame) -> PyResult<Value> {
        let mut frame = frame;
        match self.execute(&mut frame, None)? {
            FrameExit::Return(v) => Ok(v),
            FrameExit::Yield(v) => Ok(v),
        }
    }

    /// Resumes a generator's frame; on its `first` run a sent value (None,
    /// checked by the caller) is not pushed. (A flag, not a variant
    /// rebuilt from `how`: moving the 24-byte `Resume` whole stalls on
    /// the stores that just built it.)
    #[inline(always)]
    pub fn run_generator_frame(&mut self, frame: &mut Frame, how: Resume, first: bool) -> PyResult<FrameExit> {
        match how {
            Resume::Send(_) if first => self.execute(frame, None),
            Resume::Send(v) => {
                crate::vm::stack::push(&mut frame.stack, v);
                self.execute(frame, None)
            }
            Resume::Throw(err) => {
                // Suspended in `yield from`: the delegate sees the exception first.
                let at_yield_from = frame.code.instrs.get(frame.pc).is_some_and(|i| i.op == Opcode::YIELD_FROM);
                if at_yield_from {
                    let sub = frame.stack.last().cloned().unwrap_or_default();
                    let gen_exit = self.exc.generator_exit.clone();
                    let result = if self.err_matches(&err, &gen_exit) {
                        // Close the delegate, then raise GeneratorExit here.
                        match self.close_delegate(&sub) {
                            Ok(()) => Err(err),
                            Err(e) => Err(e),
                        }
                    } else {
                        self.throw_into(&sub, err)
                    };
                    match result {
                        Ok(v) => return Ok(FrameExit::Yield(v)),
                        Err(e) => {
                            let stop = self.exc.stop_iteration.clone();
                            if self.err_matches(&e, &stop) {
                                frame.stack.pop();
                                let value = stop_iteration_value(self, &e);
                                crate::vm::stack::push(&mut frame.stack, value);
                                frame.pc += 1;
                                return self.execute(frame, None);
                            }
                            frame.pc += 1;
                            return self.execute(frame, Some(e));
                        }
                    }
                }
                self.execute(frame, Some(err))
            }
        }
    }

    fn close_delegate(&mut self, sub: &Value) -> PyResult<()> {
        if let Some(g) = crate::types::generator::as_generator(sub) {
            return crate::types::generator::close(self, g);
        }
        let close = self.names.close.clone();
        if let Some(m) = crate::protocol::attr::lookup_special(self, sub, &close) {
            self.call(&m, &[])?;
        }
        Ok(())
    }

    /// Throws into a delegate iterator: `Ok(v)` if it yielded `v`.
    fn throw_into(&mut self, sub: &Value, err: PyErr) -> PyResult<Value> {
        if let Some(g) = crate::types::generator::as_generator(sub) {
            return match crate::types::generator::resume(self, g, Resume::Throw(err))? {
                crate::types::generator::GenResult::Yielded(v) => Ok(v),
                crate::types::generator::GenResult::Returned(v) => Err(self.stop_iteration(Some(v))),
            };
        }
        let throw = self.names.throw.clone();
        match crate::protocol::attr::lookup_special(self, sub, &throw) {
            Some(m) => self.call(&m, &[err.value()]),
            None => Err(err),
        }
    }

    /// Runs Python code (a module, `exec`, or a class body) in a namespace.
    pub fn run_code(
        &mut self,
        code: std::rc::Rc<crate::types::code::Code>,
        globals: Obj,
        locals: Option<Obj>,
    ) -> PyResult<Value> {
        let builtins = match self.dict_get_str(&globals, "__builtins__")? {
            Some(Value::Obj(o)) if matches!(o.payload, Payload::Dict(_)) => o,
            Some(Value::Obj(o)) if matches!(o.payload, Payload::Module(_)) => {
                o.dict.clone().unwrap_or_else(|| self.new_dict())
            }
            _ => {
                let b = self.builtins.dict.clone().unwrap_or_else(|| self.new_dict());
                self.dict_set_str(&globals, "__builtins__", Value::Obj(self.builtins.clone()))?;
                b
            }
        };
        let locals = locals.unwrap_or_else(|| globals.clone());
        let is_coroutine = code.is_coroutine();
        let frame = Frame::new(code, globals, builtins, Some(locals));
        if is_coroutine {
            // Compiled with PyCF_ALLOW_TOP_LEVEL_AWAIT and awaiting: eval()
            // gives the coroutine, to be awaited.
            return Ok(crate::types::generator::new_generator(frame, crate::types::generator::GenKind::Coroutine));
        }
        self.run_frame(frame)
    }

    #[inline(always)]
    fn execute(&mut self, frame: &mut Frame, pending: Option<PyErr>) -> PyResult<FrameExit> {
        if stacker::remaining_stack().is_some_and(|r| r < MIN_STACK) {
            return Err(self.recursion_error());
        }
        self.depth += 1;
        if self.depth > self.recursion_limit() {
            self.depth -= 1;
            return Err(self.recursion_error());
        }
        let mut parents: Vec<Frame> = Vec::new();
        let saved_globals = self.current_globals.take();
        // A built-in called without recording its caller now runs Python
        // code: record the caller so this code sees it.
        let unrecorded = self.unrecorded.take();
        crate::vm::stack::record_unrecorded(&mut self.suspended, unrecorded, self.execute_nesting);
        self.execute_nesting += 1;
        let result = self.execute_loop(frame, &mut parents, pending.map(|e| (e, true)));
        self.execute_nesting -= 1;
        self.current_globals = saved_globals;
        // Frames still parked here belong to this invocation (an error
        // escaped through them already); restore the base frame.
        while let Some(caller) = parents.pop() {
            let done = std::mem::replace(frame, caller);
            drop(done);
            self.depth -= 1;
        }
        self.depth -= 1;
        result
    }

    /// Looks for a handler for an exception raised at the current
    /// instruction; positions the frame there if found.
    fn handle_exception(&mut self, frame: &mut Frame, err: PyErr, add_traceback: bool) -> Result<(), PyErr> {
        if self.aborting {
            return Err(err);
        }
        let lasti = frame.lasti();
        if add_traceback {
            if let Some(data) = crate::types::exceptions::data(&err.exc) {
                let old = data.borrow_mut().traceback.take();
                let first_raise = old.is_none();
                let locals = crate::types::frame::FrameLocals::of(frame);
                let tb = crate::types::traceback::new_traceback(
                    frame.code.clone(),
                    frame.globals.clone(),
                    locals,
                    lasti,
                    old,
                );
                data.borrow_mut().traceback = Some(tb);
                if first_raise {
                    self.chain_context(&err);
                }
            }
        }
        let entry = frame.code.source.handler_at(lasti * 2).copied();
        match entry {
            Some(entry) => {
                let base = frame.code.nlocalsplus();
                let depth = base + entry.depth as usize;
                while frame.stack.len() > depth {
                    frame.stack.pop();
                }
                if entry.push_lasti {
                    crate::vm::stack::push(&mut frame.stack, Value::Int(lasti as i64 * 2));
                }
                crate::vm::stack::push(&mut frame.stack, err.value());
                frame.pc = entry.target as usize / 2;
                Ok(())
            }
            None => Err(err),
        }
    }

    /// Sets `__context__` of a newly raised exception to the exception
    /// being handled, avoiding cycles as CPython does.
    pub fn chain_context(&mut self, err: &PyErr) {
        let Some(handled) = self.exc_info.clone() else {
            return;
        };
        if Obj::ptr_eq(&handled, &err.exc) {
            return;
        }
        let Some(data) = crate::types::exceptions::data(&err.exc) else {
            return;
        };
        if !data.borrow().context.is_none() {
            return;
        }
        // Break a cycle: if err is somewhere in handled's context chain.
        let mut cur = handled.clone();
        for _ in 0..1000 {
            let next = match crate::types::exceptions::data(&cur) {
                Some(d) => d.borrow().context.clone(),
                None => break,
            };
            match next {
                Value::Obj(n) => {
                    if Obj::ptr_eq(&n, &err.exc) {
                        if let Some(d) = crate::types::exceptions::data(&cur) {
                            d.borrow_mut().context = Value::None;
                        }
                        break;
                    }
                    cur = n;
                }
                _ => break,
            }
        }
        data.borrow_mut().context = Value::Obj(handled);
    }

    /// The UnboundLocalError for reading or deleting an unset local.
    #[cold]
    /// One arithmetic instruction (+, -, *, / and their in-place forms) on
    /// the top two stack values.
    #[inline(always)]
    fn arith_step(&mut self, frame: &mut Frame, op: Opcode, pc: usize, parents: &mut Vec<Frame>) -> PyResult<()> {
        let b = pop!(frame);
        // Floats and small ints: the result replaces the left operand
        // where it lies on the stack.
        if let Some(a) = frame.stack.last_mut() {
            if arith_in_place(op, a, &b) {
                return Ok(());
            }
        }
        let a = pop!(frame);
        let apply = |vm: &mut Vm| match op {
            Opcode::INPLACE_ADD | Opcode::INPLACE_SUBTRACT | Opcode::INPLACE_MULTIPLY | Opcode::INPLACE_TRUE_DIVIDE => {
                inplace_op(vm, &a, &b, binop_of(op))
            }
            _ => binary_op(vm, &a, &b, binop_of(op)),
        };
        // An operand's Python method (an array's __add__ that warns) sees
        // its caller.
        let r = if is_plain_scalar(&a) && is_plain_scalar(&b) {
            apply(self)?
        } else {
            self.with_frames_recorded(frame, pc, parents, apply)?
        };
        crate::vm::stack::push(&mut frame.stack, r);
        Ok(())
    }

    /// `container[key] = value`, with exact lists of the right element type
    /// written in place.
    #[inline(always)]
    fn store_subscr(&mut self, container: Value, key: Value, value: Value) -> PyResult<()> {
        if let (Value::Obj(o), Value::Int(i)) = (&container, &key) {
            if let (None, Payload::List(l)) = (o.class(), &o.payload) {
                let mut l = l.borrow_mut();
                let Some(i) = crate::types::list::normalize_index(*i, l.len()) else {
                    drop(l);
                    return Err(self.index_error("list assignment index out of range"));
                };
                if l.set_scalar(i, &value) {
                    return Ok(());
                }
                // The old element is dropped after the borrow ends: its
                // finalizer may look at the list.
                let old = l.set(i, value);
                drop(l);
                drop(old);
                return Ok(());
            }
        }
        self.set_item(&container, key, value)
    }

    fn unbound_local(&mut self, code: &crate::types::code::Code, index: u32) -> PyErr {
        let name = code.source.varnames.get(index as usize).cloned().unwrap_or_default();
        let ty = self.exc.unbound_local_error.clone();
        self.new_error(&ty, format!("cannot access local variable '{name}' where it is not associated with a value"))
    }

    /// Work at a safe point; cheap when there is none. The pending work
    /// (signal handlers, `__del__` methods, weakref callbacks, warnings
    /// of finalized objects) runs with this loop's frames recorded, so it
    /// sees the code that was running as its caller.
    #[inline]
    fn safe_point(&mut self, frame: &mut Frame, pc: usize, parents: &mut Vec<Frame>) -> PyResult<()> {
        self.take_step()?;
        // One flag for everything: a signal sets it too (see signals.rs).
        if crate::object::breaker() {
            crate::object::clear_breaker();
            self.with_frames_recorded(frame, pc, parents, |vm| {
                vm.run_pending()?;
                if crate::types::weakref::callbacks_due() {
                    crate::types::weakref::run_dead_callbacks(vm);
                }
                Ok(())
            })?;
        }
        Ok(())
    }

    #[allow(clippy::cognitive_complexity)]
    fn execute_loop(
        &mut self,
        frame: &mut Frame,
        parents: &mut Vec<Frame>,
        mut pending: Option<(PyErr, bool)>,
    ) -> PyResult<FrameExit> {
        'frames: loop {
            let code = frame.code.clone();
            if !self.current_globals.as_ref().is_some_and(|g| Obj::ptr_eq(g, &frame.globals)) {
                self.current_globals = Some(frame.globals.clone());
            }
            let instrs: &[Instr] = &code.instrs;
            // The program counter lives in a local while the frame runs; it
            // is stored back into the frame before anything that needs it
            // there (handling an exception, switching frames, yielding).
            let mut pc = frame.pc;
            loop {
                if let Some((err, add_tb)) = pending.take() {
                    frame.pc = pc;
                    match self.handle_exception(frame, err, add_tb) {
                        Ok(()) => pc = frame.pc,
                        Err(err) => match parents.pop() {
                            Some(caller) => {
                                let done = std::mem::replace(frame, caller);
                                drop(done);
                                self.depth -= 1;
                                pending = Some((err, true));
                                continue 'frames;
                            }
                            None => return Err(err),
                        },
                    }
                }
                // Run instructions until one raises: errors leave this loop
                // with `break 'dispatch`, so the normal path never looks at
                // `pending`.
                pending = Some('dispatch: loop {
                    let Some(&Instr { op, arg }) = instrs.get(pc) else {
                        // Falling off the end (never produced by the compiler).
                        break 'dispatch (
                            self.new_error(&self.exc.system_error.clone(), "frame ran off the end of its code"),
                            true,
                        );
                    };
                    pc += 1;

                    macro_rules! tri {
                        ($e:expr) => {
                            match $e {
                                Ok(v) => v,
                                Err(e) => break 'dispatch (e, true),
                            }
                        };
                    }

                    match op {
                        Opcode::NOP | Opcode::EXTENDED_ARG => {}
                        Opcode::LOAD_FAST => {
                            let v = &frame.stack[arg as usize];
                            if v.is_undef() {
                                break 'dispatch (self.unbound_local(&code, arg), true);
                            }
                            let v = v.clone();
                            crate::vm::stack::push(&mut frame.stack, v);
                        }
                        // ----- superinstructions (see types/code.rs) -------
                        Opcode::LOAD_FAST_LOAD_FAST => {
                            let (first, second) = ((arg & 0xffff) as usize, (arg >> 16) as usize);
                            let a = frame.stack[first].clone();
                            if a.is_undef() {
                                break 'dispatch (self.unbound_local(&code, first as u32), true);
                            }
                            pc += 1;
                            let b = frame.stack[second].clone();
                            if b.is_undef() {
                                break 'dispatch (self.unbound_local(&code, second as u32), true);
                            }
                            crate::vm::stack::push(&mut frame.stack, a);
                            crate::vm::stack::push(&mut frame.stack, b);
                        }
                        Opcode::SUBSCR_FAST_FAST => {
                            let (seq, index) = ((arg & 0xffff) as usize, (arg >> 16) as usize);
                            pc += 2;
                            // list[int], both locals.
                            if let Value::Int(i) = frame.stack[index] {
                                if let Some(v) = crate::types::list::exact_list_get(&frame.stack[seq], i) {
                                    crate::vm::stack::push(&mut frame.stack, v);
                                    continue;
                                }
                            }
                            // Anything else, as the three instructions would run.
                            let container = frame.stack[seq].clone();
                            if container.is_undef() {
                                pc -= 2;
                                break 'dispatch (self.unbound_local(&code, seq as u32), true);
                            }
                            let key = frame.stack[index].clone();
                            if key.is_undef() {
                                pc -= 1;
                                break 'dispatch (self.unbound_local(&code, index as u32), true);
                            }
                            tri!(crate::vm::stack::push_result(&mut frame.stack, self.get_item(&container, &key)));
                        }
                        Opcode::SUBSCR_TOS_FAST => {
                            let index = arg as usize;
                            pc += 1;
                            // list[int] with the index in a local: the element
                            // replaces the list on the stack.
                            if let (Value::Int(i), Some(top)) = (&frame.stack[index], frame.stack.last()) {
                                if let Some(v) = crate::types::list::exact_list_get(top, *i) {
                                    crate::vm::stack::replace_top(&mut frame.stack, v);
                                    continue;
                                }
                            }
                            let key = frame.stack[index].clone();
                            if key.is_undef() {
                                pc -= 1;
                                break 'dispatch (self.unbound_local(&code, index as u32), true);
                            }
                            let container = pop!(frame);
                            tri!(crate::vm::stack::push_result(&mut frame.stack, self.get_item(&container, &key)));
                        }
                        Opcode::STORE_FAST => {
                            let v = pop!(frame);
                            let old = std::mem::replace(&mut frame.stack[arg as usize], v);
                            drop(old);
                        }
                        Opcode::DELETE_FAST => {
                            let old = std::mem::take(&mut frame.stack[arg as usize]);
                            if old.is_undef() {
                                break 'dispatch (self.unbound_local(&code, arg), true);
                            }
                            drop(old);
                        }
                        Opcode::LOAD_CONST => {
                            let v = code.consts[arg as usize].clone();
                            crate::vm::stack::push(&mut frame.stack, v);
                        }
                        Opcode::POP_TOP => {
                            let v = pop!(frame);
                            drop(v);
                        }
                        Opcode::ROT_TWO => {
                            let n = frame.stack.len();
                            frame.stack.swap(n - 1, n - 2);
                        }
                        Opcode::ROT_THREE => {
                            // [a, b, c] -> [c, a, b]
                            let n = frame.stack.len();
                            frame.stack.swap(n - 1, n - 2);
                            frame.stack.swap(n - 2, n - 3);
                        }
                        Opcode::ROT_FOUR => {
                            let v = pop!(frame);
                            let n = frame.stack.len();
                            frame.stack.insert(n - 3, v);
                        }
                        Opcode::DUP_TOP => {
                            let v = top!(frame).clone();
                            crate::vm::stack::push(&mut frame.stack, v);
                        }
                        Opcode::DUP_TOP_TWO => {
                            let n = frame.stack.len();
                            let (a, b) = (frame.stack[n - 2].clone(), frame.stack[n - 1].clone());
                            crate::vm::stack::push(&mut frame.stack, a);
                            crate::vm::stack::push(&mut frame.stack, b);
                        }
                        Opcode::SWAP => {
                            let n = frame.stack.len();
                            frame.stack.swap(n - 1, n - arg as usize);
                        }
                        Opcode::COPY => {
                            let n = frame.stack.len();
                            let v = frame.stack[n - arg as usize].clone();
                            crate::vm::stack::push(&mut frame.stack, v);
                        }

                        // ----- arithmetic -----------------------------------
                        Opcode::BINARY_ADD
                        | Opcode::BINARY_SUBTRACT
                        | Opcode::BINARY_MULTIPLY
                        | Opcode::BINARY_TRUE_DIVIDE
                        | Opcode::INPLACE_ADD
                        | Opcode::INPLACE_SUBTRACT
                        | Opcode::INPLACE_MULTIPLY
                        | Opcode::INPLACE_TRUE_DIVIDE => {
                            tri!(self.arith_step(frame, op, pc, parents));
                        }
                        Opcode::ARITH_ARITH => {
                            let first = crate::types::code::ARITH_OPS[arg as usize & 7];
                            tri!(self.arith_step(frame, first, pc, parents));
                            let second = instrs[pc].op;
                            pc += 1;
                            tri!(self.arith_step(frame, second, pc, parents));
                        }
                        Opcode::BINARY_POWER
                        | Opcode::BINARY_MODULO
                        | Opcode::BINARY_FLOOR_DIVIDE
                        | Opcode::BINARY_LSHIFT
                        | Opcode::BINARY_RSHIFT
                        | Opcode::BINARY_AND
                        | Opcode::BINARY_OR
                        | Opcode::BINARY_XOR
                        | Opcode::BINARY_MATRIX_MULTIPLY => {
                            let b = pop!(frame);
                            let a = pop!(frame);
                            let r = if is_plain_scalar(&a) && is_plain_scalar(&b) {
                                binary_op(self, &a, &b, binop_of(op))
                            } else {
                                self.with_frames_recorded(frame, pc, parents, |vm| binary_op(vm, &a, &b, binop_of(op)))
                            };
                            tri!(crate::vm::stack::push_result(&mut frame.stack, r));
                        }
                        Opcode::INPLACE_POWER
                        | Opcode::INPLACE_MODULO
                        | Opcode::INPLACE_FLOOR_DIVIDE
                        | Opcode::INPLACE_LSHIFT
                        | Opcode::INPLACE_RSHIFT
                        | Opcode::INPLACE_AND
                        | Opcode::INPLACE_OR
                        | Opcode::INPLACE_XOR
                        | Opcode::INPLACE_MATRIX_MULTIPLY => {
                            let b = pop!(frame);
                            let a = pop!(frame);
                            let r = if is_plain_scalar(&a) && is_plain_scalar(&b) {
                                inplace_op(self, &a, &b, binop_of(op))
                            } else {
                                self.with_frames_recorded(frame, pc, parents, |vm| inplace_op(vm, &a, &b, binop_of(op)))
                            };
                            tri!(crate::vm::stack::push_result(&mut frame.stack, r));
                        }
                        Opcode::UNARY_NEGATIVE | Opcode::UNARY_POSITIVE | Opcode::UNARY_INVERT => {
                            let a = pop!(frame);
                            let uop = match op {
                                Opcode::UNARY_NEGATIVE => UnaryOp::Neg,
                                Opcode::UNARY_POSITIVE => UnaryOp::Pos,
                                _ => UnaryOp::Invert,
                            };
                            tri!(crate::vm::stack::push_result(&mut frame.stack, unary_op(self, &a, uop)));
                        }
                        Opcode::UNARY_NOT => {
                            let a = pop!(frame);
                            let b = tri!(self.truthy(&a));
                            crate::vm::stack::push(&mut frame.stack, Value::bool(!b));
                        }
                        Opcode::COMPARE_OP => {
                            let b = pop!(frame);
                            let a = pop!(frame);
                            let r = match arg {
                                0..=5 => {
                                    let cop = CompareOp::from_arg(arg).unwrap_or(CompareOp::Eq);
                                    match (&a, &b) {
                                        (Value::Int(x), Value::Int(y)) => Value::bool(cop.holds(x.cmp(y))),
                                        (Value::Float(x), Value::Float(y)) => {
                                            Value::bool(match x.get().partial_cmp(&y.get()) {
                                                Some(o) => cop.holds(o),
                                                None => cop == CompareOp::Ne,
                                            })
                                        }
                                        _ if is_plain_scalar(&a) && is_plain_scalar(&b) => {
                                            tri!(self.rich_compare(&a, &b, cop))
                                        }
                                        _ => tri!(self.with_frames_recorded(frame, pc, parents, |vm| vm
                                            .rich_compare(&a, &b, cop))),
                                    }
                                }
                                6 | 7 => {
                                    let found = if is_plain_scalar(&a) && is_hashed_or_text(&b) {
                                        tri!(self.contains(&b, &a))
                                    } else {
                                        tri!(self.with_frames_recorded(frame, pc, parents, |vm| vm.contains(&b, &a)))
                                    };
                                    Value::bool(found == (arg == 6))
                                }
                                8 => Value::bool(a.is(&b)),
                                _ => Value::bool(!a.is(&b)),
                            };
                            crate::vm::stack::push(&mut frame.stack, r);
                        }

                        // ----- subscription ---------------------------------
                        Opcode::BINARY_SUBSCR => {
                            let key = pop!(frame);
                            // list[int]: the element replaces the list on the stack.
                            if let (Value::Int(i), Some(top)) = (&key, frame.stack.last()) {
                                if let Some(v) = crate::types::list::exact_list_get(top, *i) {
                                    crate::vm::stack::replace_top(&mut frame.stack, v);
                                    continue;
                                }
                            }
                            let container = pop!(frame);
                            tri!(crate::vm::stack::push_result(&mut frame.stack, self.get_item(&container, &key)));
                        }
                        Opcode::STORE_SUBSCR => {
                            let key = pop!(frame);
                            let container = pop!(frame);
                            let value = pop!(frame);
                            tri!(self.store_subscr(container, key, value));
                        }
                        Opcode::SUBSCR2_FAST => {
                            let (a, b, c) =
                                ((arg & 0x3ff) as usize, ((arg >> 10) & 0x3ff) as usize, (arg >> 20) as usize);
                            if let (Value::Int(i), Value::Int(j)) = (&frame.stack[b], &frame.stack[c]) {
                                if let Some(v) = crate::types::list::nested_get(&frame.stack[a], *i, *j) {
                                    pc += 4;
                                    crate::vm::stack::push(&mut frame.stack, v);
                                    continue;
                                }
                            }
                            // The five instructions one by one, each failing at
                            // its own place.
                            for (local, at) in [(a, 0), (b, 1)] {
                                let v = frame.stack[local].clone();
                                if v.is_undef() {
                                    pc += at;
                                    break 'dispatch (self.unbound_local(&code, local as u32), true);
                                }
                                crate::vm::stack::push(&mut frame.stack, v);
                            }
                            pc += 2;
                            let key = pop!(frame);
                            let container = pop!(frame);
                            let row = tri!(self.get_item(&container, &key));
                            pc += 1;
                            let key = frame.stack[c].clone();
                            if key.is_undef() {
                                break 'dispatch (self.unbound_local(&code, c as u32), true);
                            }
                            pc += 1;
                            tri!(crate::vm::stack::push_result(&mut frame.stack, self.get_item(&row, &key)));
                        }
                        Opcode::LOAD_FAST_SUBSCR_KEEP | Opcode::FAST_FAST_SUBSCR_KEEP => {
                            let locals = if op == Opcode::LOAD_FAST_SUBSCR_KEEP {
                                [arg as usize, usize::MAX]
                            } else {
                                [(arg & 0xffff) as usize, (arg >> 16) as usize]
                            };
                            for local in locals {
                                if local == usize::MAX {
                                    break;
                                }
                                let v = frame.stack[local].clone();
                                if v.is_undef() {
                                    break 'dispatch (self.unbound_local(&code, local as u32), true);
                                }
                                crate::vm::stack::push(&mut frame.stack, v);
                                pc += 1;
                            }
                            // Now as SUBSCR_KEEP (pc is on the DUP_TOP_TWO).
                            pc += 1;
                            let n = frame.stack.len();
                            if let Value::Int(i) = &frame.stack[n - 1] {
                                if let Some(v) = crate::types::list::exact_list_get(&frame.stack[n - 2], *i) {
                                    crate::vm::stack::push(&mut frame.stack, v);
                                    continue;
                                }
                            }
                            let (container, key) = (frame.stack[n - 2].clone(), frame.stack[n - 1].clone());
                            tri!(crate::vm::stack::push_result(&mut frame.stack, self.get_item(&container, &key)));
                        }
                        Opcode::SUBSCR_KEEP => {
                            pc += 1;
                            let n = frame.stack.len();
                            if let Value::Int(i) = frame.stack[n - 1] {
                                if let Some(v) = crate::types::list::exact_list_get(&frame.stack[n - 2], i) {
                                    crate::vm::stack::push(&mut frame.stack, v);
                                    continue;
                                }
                            }
                            let (container, key) = (frame.stack[n - 2].clone(), frame.stack[n - 1].clone());
                            tri!(crate::vm::stack::push_result(&mut frame.stack, self.get_item(&container, &key)));
                        }
                        Opcode::STORE_SUBSCR_AUG => {
                            pc += 1;
                            let value = pop!(frame);
                            let key = pop!(frame);
                            let container = pop!(frame);
                            tri!(self.store_subscr(container, key, value));
                        }
                        Opcode::DELETE_SUBSCR => {
                            let key = pop!(frame);
                            let container = pop!(frame);
                            tri!(self.del_item(&container, &key));
                        }
                        Opcode::BUILD_SLICE => {
                            let step = if arg == 3 { pop!(frame) } else { Value::None };
                            let stop = pop!(frame);
                            let start = pop!(frame);
                            crate::vm::stack::push(&mut frame.stack, crate::types::slice::new_slice(start, stop, step));
                        }

                        // ----- names ----------------------------------------
                        Opcode::LOAD_GLOBAL => {
                            let name = &code.names[arg as usize];
                            if !push_global(&code, arg as usize, frame, name) {
                                let n = code.source.names[arg as usize].clone();
                                break 'dispatch (self.name_error(&n), true);
                            }
                        }
                        Opcode::STORE_GLOBAL => {
                            let v = pop!(frame);
                            let globals = frame.globals.clone();
                            tri!(crate::types::dict::store_name(self, &globals, &code.names[arg as usize], v));
                        }
                        Opcode::DELETE_GLOBAL => {
                            let name = code.names[arg as usize].clone();
                            let globals = frame.globals.clone();
                            if tri!(crate::types::dict::dict_del(self, &globals, &Value::Obj(name))).is_none() {
                                let n = code.source.names[arg as usize].clone();
                                break 'dispatch (self.name_error(&n), true);
                            }
                        }
                        Opcode::LOAD_NAME if frame.locals.as_ref().is_none_or(|l| Obj::ptr_eq(l, &frame.globals)) => {
                            // Module-level code: the names are the globals,
                            // so LOAD_GLOBAL's cache serves.
                            let name = &code.names[arg as usize];
                            if !push_global(&code, arg as usize, frame, name) {
                                let n = code.source.names[arg as usize].clone();
                                break 'dispatch (self.name_error(&n), true);
                            }
                        }
                        Opcode::LOAD_NAME => {
                            let name = code.names[arg as usize].clone();
                            let v = tri!(self.load_name(frame, &name));
                            match v {
                                Some(v) => crate::vm::stack::push(&mut frame.stack, v),
                                None => {
                                    let n = code.source.names[arg as usize].clone();
                                    break 'dispatch (self.name_error(&n), true);
                                }
                            }
                        }
                        Opcode::STORE_NAME => {
                            let v = pop!(frame);
                            let name = code.names[arg as usize].clone();
                            let locals = frame.locals.clone().unwrap_or_else(|| frame.globals.clone());
                            if matches!(locals.payload, Payload::Dict(_)) && locals.class().is_none() {
                                tri!(crate::types::dict::store_name(self, &locals, &name, v));
                            } else {
                                tri!(self.set_item(&Value::Obj(locals), Value::Obj(name), v));
                            }
                        }
                        Opcode::DELETE_NAME => {
                            let name = code.names[arg as usize].clone();
                            let locals = frame.locals.clone().unwrap_or_else(|| frame.globals.clone());
                            let key = Value::Obj(name);
                            let r = if matches!(locals.payload, Payload::Dict(_)) && locals.class().is_none() {
                                tri!(crate::types::dict::dict_del(self, &locals, &key)).is_some()
                            } else {
                                match self.del_item(&Value::Obj(locals), &key) {
                                    Ok(()) => true,
                                    Err(e) if self.err_matches(&e, &self.exc.key_error.clone()) => false,
                                    Err(e) => {
                                        break 'dispatch (e, true);
                                    }
                                }
                            };
                            if !r {
                                let n = code.source.names[arg as usize].clone();
                                break 'dispatch (self.name_error(&n), true);
                            }
                        }
                        Opcode::LOAD_DEREF | Opcode::LOAD_CLOSURE | Opcode::LOAD_CLASSDEREF => {
                            let slot = code.nlocals + arg as usize;
                            if op == Opcode::LOAD_CLOSURE {
                                let cell = frame.stack[slot].clone();
                                crate::vm::stack::push(&mut frame.stack, cell);
                                continue;
                            }
                            if op == Opcode::LOAD_CLASSDEREF {
                                let name_str = deref_name(&code, arg as usize);
                                if let Some(locals) = frame.locals.clone() {
                                    let key = Value::Obj(self.intern(&name_str));
                                    let found = if matches!(locals.payload, Payload::Dict(_)) {
                                        tri!(crate::types::dict::dict_get(self, &locals, &key))
                                    } else {
                                        match self.get_item(&Value::Obj(locals), &key) {
                                            Ok(v) => Some(v),
                                            Err(e) if self.err_matches(&e, &self.exc.key_error.clone()) => None,
                                            Err(e) => {
                                                break 'dispatch (e, true);
                                            }
                                        }
                                    };
                                    if let Some(v) = found {
                                        crate::vm::stack::push(&mut frame.stack, v);
                                        continue;
                                    }
                                }
                            }
                            let v = match frame.stack[slot].payload() {
                                Some(Payload::Cell(c)) => c.borrow().clone(),
                                _ => Value::Undef,
                            };
                            if v.is_undef() {
                                break 'dispatch (self.unbound_deref(&code, arg as usize), true);
                            }
                            crate::vm::stack::push(&mut frame.stack, v);
                        }
                        Opcode::STORE_DEREF => {
                            let v = pop!(frame);
                            let slot = code.nlocals + arg as usize;
                            if let Some(Payload::Cell(c)) = frame.stack[slot].payload() {
                                let old = std::mem::replace(&mut *c.borrow_mut(), v);
                                drop(old);
                            }
                        }
                        Opcode::DELETE_DEREF => {
                            let slot = code.nlocals + arg as usize;
                            let old = match frame.stack[slot].payload() {
                                Some(Payload::Cell(c)) => std::mem::take(&mut *c.borrow_mut()),
                                _ => Value::Undef,
                            };
                            if old.is_undef() {
                                break 'dispatch (self.unbound_deref(&code, arg as usize), true);
                            }
                            drop(old);
                        }

                        // ----- attributes -----------------------------------
                        Opcode::LOAD_ATTR => {
                            let obj = pop!(frame);
                            let name = &code.names[arg as usize];
                            tri!(crate::vm::stack::push_result(
                                &mut frame.stack,
                                crate::protocol::attr::get_attr(self, &obj, name)
                            ));
                        }
                        Opcode::STORE_ATTR => {
                            let obj = pop!(frame);
                            let v = pop!(frame);
                            let name = &code.names[arg as usize];
                            tri!(crate::protocol::attr::set_attr(self, &obj, name, v));
                        }
                        Opcode::DELETE_ATTR => {
                            let obj = pop!(frame);
                            let name = &code.names[arg as usize];
                            tri!(crate::protocol::attr::del_attr(self, &obj, name));
                        }
                        Opcode::LOAD_METHOD => {
                            let obj = pop!(frame);
                            let name = &code.names[arg as usize];
                            match self.find_method(&obj, name) {
                                Some(method) => {
                                    crate::vm::stack::push(&mut frame.stack, method);
                                    crate::vm::stack::push(&mut frame.stack, obj);
                                }
                                None => {
                                    let v = tri!(crate::protocol::attr::get_attr(self, &obj, name));
                                    crate::vm::stack::push(&mut frame.stack, Value::Undef);
                                    crate::vm::stack::push(&mut frame.stack, v);
                                }
                            }
                        }

                        // ----- control flow ---------------------------------
                        Opcode::JUMP_FORWARD => pc = arg as usize,
                        Opcode::JUMP_ABSOLUTE => {
                            let backward = (arg as usize) < pc;
                            pc = arg as usize;
                            if backward {
                                tri!(self.safe_point(frame, pc, parents));
                                // The back edge of a `for` loop over a range or a
                                // list: take the next item here, saving a dispatch.
                                if let Some(&Instr { op: Opcode::FOR_ITER_STORE_FAST, .. }) = instrs.get(pc) {
                                    // Finished or not simple: FOR_ITER runs as usual.
                                    let next = fast_next(top!(frame));
                                    let local = instrs[pc + 1].arg as usize;
                                    if store_loop_item(&mut frame.stack[local], next) {
                                        pc += 2;
                                    }
                                }
                            }
                        }
                        Opcode::POP_JUMP_IF_FALSE | Opcode::POP_JUMP_IF_TRUE => {
                            let v = pop!(frame);
                            let b = match v {
                                Value::Bool(b) => b.get(),
                                other => tri!(self.truthy(&other)),
                            };
                            if b == (op == Opcode::POP_JUMP_IF_TRUE) {
                                pc = arg as usize;
                            }
                        }
                        Opcode::JUMP_IF_FALSE_OR_POP | Opcode::JUMP_IF_TRUE_OR_POP => {
                            let b = match top!(frame) {
                                Value::Bool(b) => b.get(),
                                other => {
                                    let other = other.clone();
                                    tri!(self.truthy(&other))
                                }
                            };
                            if b == (op == Opcode::JUMP_IF_TRUE_OR_POP) {
                                pc = arg as usize;
                            } else {
                                frame.stack.pop();
                            }
                        }
                        Opcode::GET_ITER => {
                            let v = pop!(frame);
                            tri!(crate::vm::stack::push_result(&mut frame.stack, self.iter(&v)));
                        }
                        Opcode::FOR_ITER | Opcode::FOR_ITER_STORE_FAST => {
                            let fast = fast_next(top!(frame));
                            if op == Opcode::FOR_ITER_STORE_FAST && matches!(fast, FastNext::Int(_) | FastNext::Item(_))
                            {
                                let local = instrs[pc].arg as usize;
                                pc += 1;
                                store_loop_item(&mut frame.stack[local], fast);
                                continue;
                            }
                            let next = match fast {
                                FastNext::Int(n) => Some(Value::Int(n)),
                                FastNext::Item(v) => Some(v),
                                FastNext::Done => None,
                                FastNext::Slow => {
                                    let it = top!(frame).clone();
                                    match &it {
                                        Value::Obj(o)
                                            if matches!(o.payload, Payload::Iterator(_)) && o.class().is_none() =>
                                        {
                                            tri!(crate::types::iterators::next_builtin(self, o))
                                        }
                                        // A generator resumed here sees this loop's
                                        // frames as its callers.
                                        _ => tri!(self.call_builtin_recorded(frame, pc, parents, |vm| vm.next(&it))),
                                    }
                                }
                            };
                            match next {
                                Some(v) if op == Opcode::FOR_ITER_STORE_FAST => {
                                    let local = instrs[pc].arg as usize;
                                    pc += 1;
                                    store_loop_item(&mut frame.stack[local], FastNext::Item(v));
                                }
                                Some(v) => crate::vm::stack::push(&mut frame.stack, v),
                                None => {
                                    frame.stack.pop();
                                    pc = arg as usize;
                                }
                            }
                        }

                        // ----- building -------------------------------------
                        Opcode::BUILD_TUPLE => {
                            let n = frame.stack.len() - arg as usize;
                            let items = frame.stack.split_off(n);
                            crate::vm::stack::push(&mut frame.stack, self.new_tuple(items));
                        }
                        Opcode::BUILD_LIST => {
                            let n = frame.stack.len() - arg as usize;
                            let items = frame.stack.split_off(n);
                            crate::vm::stack::push(&mut frame.stack, self.new_list(items));
                        }
                        Opcode::BUILD_SET => {
                            let n = frame.stack.len() - arg as usize;
                            let items = frame.stack.split_off(n);
                            tri!(crate::vm::stack::push_result(
                                &mut frame.stack,
                                crate::types::set::new_set(self, items)
                            ));
                        }
                        Opcode::BUILD_MAP => {
                            let n = frame.stack.len() - 2 * arg as usize;
                            let items = frame.stack.split_off(n);
                            let d = crate::types::dict::DictTable::with_capacity(arg as usize);
                            let dict = Object::builtin(Payload::Dict(Box::new(PyCell::new(d))));
                            let mut it = items.into_iter();
                            while let (Some(k), Some(v)) = (it.next(), it.next()) {
                                tri!(crate::types::dict::dict_set(self, &dict, k, v));
                            }
                            crate::vm::stack::push(&mut frame.stack, Value::Obj(dict));
                        }
                        Opcode::BUILD_CONST_KEY_MAP => {
                            let keys = pop!(frame);
                            let n = frame.stack.len() - arg as usize;
                            let values = frame.stack.split_off(n);
                            let keys = crate::types::tuple::items(&keys).map(|t| t.to_vec()).unwrap_or_default();
                            let dict = Object::builtin(Payload::Dict(Box::new(PyCell::new(
                                crate::types::dict::DictTable::with_capacity(arg as usize),
                            ))));
                            for (k, v) in keys.into_iter().zip(values) {
                                tri!(crate::types::dict::dict_set(self, &dict, k, v));
                            }
                            crate::vm::stack::push(&mut frame.stack, Value::Obj(dict));
                        }
                        Opcode::BUILD_STRING => {
                            let n = frame.stack.len() - arg as usize;
                            let parts = frame.stack.split_off(n);
                            let mut out = String::new();
                            for p in &parts {
                                out.push_str(crate::types::str::as_str(p).unwrap_or(""));
                            }
                            crate::vm::stack::push(&mut frame.stack, self.new_str(out));
                        }
                        Opcode::LIST_APPEND => {
                            let v = pop!(frame);
                            let n = frame.stack.len();
                            if let Value::Obj(l) = &frame.stack[n - arg as usize] {
                                crate::types::list::append(l, v);
                            }
                        }
                        Opcode::SET_ADD => {
                            let v = pop!(frame);
                            let n = frame.stack.len();
                            if let Value::Obj(s) = frame.stack[n - arg as usize].clone() {
                                tri!(crate::types::set::set_add(self, &s, v));
                            }
                        }
                        Opcode::MAP_ADD => {
                            let v = pop!(frame);
                            let k = pop!(frame);
                            let n = frame.stack.len();
                            if let Value::Obj(d) = frame.stack[n - arg as usize].clone() {
                                tri!(crate::types::dict::dict_set(self, &d, k, v));
                            }
                        }
                        Opcode::LIST_EXTEND => {
                            let iterable = pop!(frame);
                            let n = frame.stack.len();
                            if let Value::Obj(l) = frame.stack[n - arg as usize].clone() {
                                if let Err(e) = crate::types::list::extend(self, &l, &iterable) {
                                    let type_error = self.exc.type_error.clone();
                                    if self.err_matches(&e, &type_error) && !self.is_iterable(&iterable) {
                                        let tn = self.type_name(&iterable);
                                        break 'dispatch (
                                            self.type_error(format!("Value after * must be an iterable, not {tn}")),
                                            true,
                                        );
                                    } else {
                                        break 'dispatch (e, true);
                                    }
                                }
                            }
                        }
                        Opcode::SET_UPDATE => {
                            let iterable = pop!(frame);
                            let n = frame.stack.len();
                            if let Value::Obj(s) = frame.stack[n - arg as usize].clone() {
                                tri!(crate::types::set::set_update(self, &s, &iterable));
                            }
                        }
                        Opcode::DICT_UPDATE => {
                            let other = pop!(frame);
                            let n = frame.stack.len();
                            if let Value::Obj(d) = frame.stack[n - arg as usize].clone() {
                                let keys = self.names.keys.clone();
                                if !matches!(other.payload(), Some(Payload::Dict(_)))
                                    && !tri!(crate::protocol::attr::has_attr(self, &other, &keys))
                                {
                                    let tn = self.type_name(&other);
                                    break 'dispatch (self.type_error(format!("'{tn}' object is not a mapping")), true);
                                }
                                tri!(crate::types::dict::update_from(self, &d, &other));
                            }
                        }
                        Opcode::DICT_MERGE => {
                            let other = pop!(frame);
                            let n = frame.stack.len();
                            let func = frame.stack[n - arg as usize - 2].clone();
                            if let Value::Obj(d) = frame.stack[n - arg as usize].clone() {
                                tri!(self.dict_merge(&d, &other, &func));
                            }
                        }
                        Opcode::LIST_TO_TUPLE => {
                            let l = pop!(frame);
                            let items = match &l {
                                Value::Obj(o) => crate::types::list::to_vec(o),
                                _ => Vec::new(),
                            };
                            crate::vm::stack::push(&mut frame.stack, self.new_tuple(items));
                        }
                        Opcode::UNPACK_SEQUENCE => {
                            let seq = pop!(frame);
                            tri!(self.unpack_sequence(frame, &seq, arg as usize));
                        }
                        Opcode::UNPACK_EX => {
                            let seq = pop!(frame);
                            tri!(self.unpack_ex(frame, &seq, (arg & 0xff) as usize, (arg >> 8) as usize));
                        }
                        Opcode::FORMAT_VALUE => {
                            let spec = if arg & 4 != 0 { Some(pop!(frame)) } else { None };
                            let v = pop!(frame);
                            let format = |vm: &mut Self| -> PyResult<Value> {
                                let converted = match arg & 3 {
                                    1 => vm.str_value(&v)?,
                                    2 => vm.repr(&v)?,
                                    3 => {
                                        let s = vm.ascii_string(&v)?;
                                        vm.new_str(s)
                                    }
                                    _ => v.clone(),
                                };
                                crate::format::format_value(vm, &converted, spec.as_ref())
                            };
                            let r = if is_plain_scalar(&v) {
                                tri!(format(self))
                            } else {
                                tri!(self.with_frames_recorded(frame, pc, parents, format))
                            };
                            crate::vm::stack::push(&mut frame.stack, r);
                        }

                        // ----- calls ----------------------------------------
                        Opcode::CALL_FUNCTION | Opcode::CALL_METHOD => {
                            tri!(self.safe_point(frame, pc, parents));
                            let n = arg as usize;
                            let len = frame.stack.len();
                            let (callable_at, args_at) = if op == Opcode::CALL_METHOD {
                                if frame.stack[len - n - 2].is_undef() {
                                    (len - n - 1, len - n)
                                } else {
                                    (len - n - 2, len - n - 1)
                                }
                            } else {
                                (len - n - 1, len - n)
                            };
                            let base = if op == Opcode::CALL_METHOD { len - n - 2 } else { len - n - 1 };
                            // A Python function: switch frames in this loop.
                            if let Some(Payload::Function(f)) = frame.stack[callable_at].payload() {
                                let new_frame = tri!(self.prepare_frame(f, &frame.stack[args_at..], &[]));
                                if new_frame.code.source.is_generator_like() {
                                    frame.stack.truncate(base);
                                    tri!(crate::vm::stack::push_result(
                                        &mut frame.stack,
                                        self.run_function_frame(new_frame)
                                    ));
                                    continue;
                                }
                                frame.stack.truncate(base);
                                frame.pc = pc;
                                tri!(self.push_frame(frame, parents, new_frame));
                                continue 'frames;
                            }
                            let result = match frame.stack[callable_at].payload() {
                                Some(Payload::Builtin(b)) => match b.code {
                                    // Built-ins are called with this loop's frames
                                    // recorded: Python code they run (a generator
                                    // driven by any(), a __len__, a warning) sees its
                                    // callers through sys._getframe, as in CPython.
                                    NativeCode::Plain(func) if b.bound.is_none() => {
                                        let args = &frame.stack[args_at..];
                                        if b.kind != crate::types::builtin_function::BuiltinKind::Function {
                                            self.call_builtin_recorded(frame, pc, parents, |vm| {
                                                vm.call_builtin_unbound(b, None, args, &[])
                                            })
                                        } else {
                                            self.call_builtin_recorded(frame, pc, parents, |vm| func(vm, args, &[]))
                                        }
                                    }
                                    NativeCode::Plain(_) => {
                                        let args = &frame.stack[args_at..];
                                        self.call_builtin_recorded(frame, pc, parents, |vm| {
                                            vm.call_builtin(b, None, args, &[])
                                        })
                                    }
                                    NativeCode::WithFrame(_) => {
                                        let args: Vec<Value> = frame.stack[args_at..].to_vec();
                                        let callable = frame.stack[callable_at].clone();
                                        let Some(Payload::Builtin(b)) = callable.payload() else {
                                            continue;
                                        };
                                        self.call_with_frame(b, frame, pc, parents, &args, &[])
                                    }
                                },
                                Some(Payload::Type(_))
                                    if n == 0
                                        && matches!(&frame.stack[callable_at], Value::Obj(t) if Obj::ptr_eq(t, &self.types.super_)) =>
                                {
                                    crate::types::super_::super_call(self, Some(frame), &[], &[])
                                }
                                _ => {
                                    let callable = frame.stack[callable_at].clone();
                                    self.suspend_loop(frame, pc, parents);
                                    let r = self.call(&callable, &frame.stack[args_at..]);
                                    self.resume_loop(parents);
                                    r
                                }
                            };
                            frame.stack.truncate(base);
                            tri!(crate::vm::stack::push_result(&mut frame.stack, result));
                        }
                        Opcode::CALL_FUNCTION_KW => {
                            tri!(self.safe_point(frame, pc, parents));
                            let names = pop!(frame);
                            let names = crate::types::tuple::items(&names).map(|t| t.to_vec()).unwrap_or_default();
                            let n = arg as usize;
                            let len = frame.stack.len();
                            let base = len - n - 1;
                            let npos = n - names.len();
                            let kwargs: Vec<(Value, Value)> =
                                names.into_iter().zip(frame.stack[base + 1 + npos..].iter().cloned()).collect();
                            let callable = frame.stack[base].clone();
                            if let Some(Payload::Function(f)) = callable.payload() {
                                let new_frame =
                                    tri!(self.prepare_frame(f, &frame.stack[base + 1..base + 1 + npos], &kwargs));
                                frame.stack.truncate(base);
                                if new_frame.code.source.is_generator_like() {
                                    tri!(crate::vm::stack::push_result(
                                        &mut frame.stack,
                                        self.run_function_frame(new_frame)
                                    ));
                                    continue;
                                }
                                frame.pc = pc;
                                tri!(self.push_frame(frame, parents, new_frame));
                                continue 'frames;
                            }
                            let args: Vec<Value> = frame.stack[base + 1..base + 1 + npos].to_vec();
                            frame.stack.truncate(base);
                            let v = match callable.payload() {
                                Some(Payload::Builtin(b)) if matches!(b.code, NativeCode::WithFrame(_)) => {
                                    tri!(self.call_with_frame(b, frame, pc, parents, &args, &kwargs))
                                }
                                _ => {
                                    self.suspend_loop(frame, pc, parents);
                                    let r = self.call_kw(&callable, &args, &kwargs);
                                    self.resume_loop(parents);
                                    tri!(r)
                                }
                            };
                            crate::vm::stack::push(&mut frame.stack, v);
                        }
                        Opcode::CALL_FUNCTION_EX => {
                            tri!(self.safe_point(frame, pc, parents));
                            let kwargs_v = if arg & 1 != 0 { Some(pop!(frame)) } else { None };
                            let args_v = pop!(frame);
                            let callable = pop!(frame);
                            let args = match crate::types::tuple::items(&args_v) {
                                Some(t) => t.to_vec(),
                                None => match self.collect(&args_v) {
                                    Ok(a) => a,
                                    Err(_) => {
                                        let name = self.callable_name(&callable);
                                        let tn = self.type_name(&args_v);
                                        break 'dispatch (
                                            self.type_error(format!(
                                                "{name} argument after * must be an iterable, not {tn}"
                                            )),
                                            true,
                                        );
                                    }
                                },
                            };
                            let kwargs: Vec<(Value, Value)> = match &kwargs_v {
                                Some(Value::Obj(d)) if matches!(d.payload, Payload::Dict(_)) => {
                                    crate::types::dict::dict_items(d)
                                }
                                Some(other) => {
                                    let d = self.new_dict();
                                    tri!(self.dict_merge(&d, other, &callable));
                                    crate::types::dict::dict_items(&d)
                                }
                                None => Vec::new(),
                            };
                            if let Some(Payload::Function(f)) = callable.payload() {
                                let new_frame = tri!(self.prepare_frame(f, &args, &kwargs));
                                if new_frame.code.source.is_generator_like() {
                                    tri!(crate::vm::stack::push_result(
                                        &mut frame.stack,
                                        self.run_function_frame(new_frame)
                                    ));
                                    continue;
                                }
                                frame.pc = pc;
                                tri!(self.push_frame(frame, parents, new_frame));
                                continue 'frames;
                            }
                            let v = match callable.payload() {
                                Some(Payload::Builtin(b)) if matches!(b.code, NativeCode::WithFrame(_)) => {
                                    tri!(self.call_with_frame(b, frame, pc, parents, &args, &kwargs))
                                }
                                _ => {
                                    self.suspend_loop(frame, pc, parents);
                                    let r = self.call_kw(&callable, &args, &kwargs);
                                    self.resume_loop(parents);
                                    tri!(r)
                                }
                            };
                            crate::vm::stack::push(&mut frame.stack, v);
                        }
                        Opcode::MAKE_FUNCTION => {
                            let code_v = pop!(frame);
                            let closure = if arg & 8 != 0 { pop!(frame).as_obj().cloned() } else { None };
                            let annotations = if arg & 4 != 0 { pop!(frame).as_obj().cloned() } else { None };
                            let kwdefaults = if arg & 2 != 0 { pop!(frame).as_obj().cloned() } else { None };
                            let defaults = if arg & 1 != 0 { pop!(frame).as_obj().cloned() } else { None };
                            let Some(fcode) = crate::types::code::as_code(&code_v).cloned() else {
                                break 'dispatch (self.type_error("MAKE_FUNCTION expects a code object"), true);
                            };
                            let f =
                                tri!(crate::types::function::new_function(self, fcode, frame.globals.clone(), closure));
                            if let Payload::Function(func) = &f.payload {
                                *func.defaults.borrow_mut() = defaults;
                                *func.kwdefaults.borrow_mut() = kwdefaults;
                                *func.annotations.borrow_mut() = annotations;
                            }
                            crate::vm::stack::push(&mut frame.stack, Value::Obj(f));
                        }
                        Opcode::RETURN_VALUE => {
                            let v = pop!(frame);
                            match parents.pop() {
                                Some(caller) => {
                                    let done = std::mem::replace(frame, caller);
                                    drop(done);
                                    self.depth -= 1;
                                    pc = frame.pc;
                                    crate::vm::stack::push(&mut frame.stack, v);
                                    tri!(self.safe_point(frame, pc, parents));
                                    continue 'frames;
                                }
                                None => return Ok(FrameExit::Return(v)),
                            }
                        }
                        Opcode::LOAD_BUILD_CLASS => {
                            let name = self.names.__build_class__.clone();
                            match crate::types::dict::table(&frame.builtins).and_then(|t| t.borrow().get_str(&name)) {
                                Some(v) => crate::vm::stack::push(&mut frame.stack, v),
                                None => {
                                    break 'dispatch (
                                        self.new_error(&self.exc.name_error.clone(), "__build_class__ not found"),
                                        true,
                                    );
                                }
                            }
                        }

                        // ----- exceptions -----------------------------------
                        Opcode::RAISE_VARARGS => {
                            let err = match arg {
                                // A bare `raise` adds no traceback entry
                                // (CPython's reraise), so the exception
                                // keeps the very traceback it had.
                                0 => match self.exc_info.clone() {
                                    Some(e) => {
                                        break 'dispatch (PyErr { exc: e }, false);
                                    }
                                    None => self.runtime_error("No active exception to reraise"),
                                },
                                1 => {
                                    let exc = pop!(frame);
                                    tri!(self.make_exception(&exc))
                                }
                                _ => {
                                    let cause = pop!(frame);
                                    let exc = pop!(frame);
                                    let err = tri!(self.make_exception(&exc));
                                    let cause = if cause.is_none() {
                                        Value::None
                                    } else {
                                        tri!(self.make_exception(&cause).map_err(
                                            |_| self.type_error("exception causes must derive from BaseException")
                                        ))
                                        .value()
                                    };
                                    if let Some(d) = crate::types::exceptions::data(&err.exc) {
                                        let mut d = d.borrow_mut();
                                        d.cause = cause;
                                        d.suppress_context = true;
                                    }
                                    err
                                }
                            };
                            self.chain_context(&err);
                            break 'dispatch (err, true);
                        }
                        Opcode::RERAISE => {
                            let exc = pop!(frame);
                            match exc {
                                Value::Obj(o) => break 'dispatch (PyErr { exc: o }, false),
                                _ => break 'dispatch (self.runtime_error("RERAISE of a non-exception"), true),
                            }
                        }
                        Opcode::PUSH_EXC_INFO => {
                            let exc = pop!(frame);
                            let prev = self.exc_info.take().map(Value::Obj).unwrap_or(Value::None);
                            crate::vm::stack::push(&mut frame.stack, prev);
                            self.exc_info = exc.as_obj().cloned();
                            crate::vm::stack::push(&mut frame.stack, exc);
                        }
                        Opcode::POP_EXCEPT => {
                            let prev = pop!(frame);
                            self.exc_info = prev.as_obj().cloned();
                        }
                        Opcode::CHECK_EXC_MATCH => {
                            let ty = pop!(frame);
                            let exc = top!(frame).clone();
                            let m = tri!(self.exception_matches(&exc, &ty));
                            crate::vm::stack::push(&mut frame.stack, Value::bool(m));
                        }
                        Opcode::CHECK_EG_MATCH => {
                            let ty = pop!(frame);
                            let exc = pop!(frame);
                            let (matched, rest) =
                                tri!(crate::types::exception_group::except_star_match(self, &exc, &ty));
                            // Inside the clause, the matched part is the
                            // exception being handled.
                            if !matched.is_none() {
                                self.exc_info = matched.as_obj().cloned();
                            }
                            crate::vm::stack::push(&mut frame.stack, rest);
                            crate::vm::stack::push(&mut frame.stack, matched);
                        }
                        Opcode::PREP_RERAISE_STAR => {
                            let excs = pop!(frame);
                            let orig = pop!(frame);
                            let items = excs.as_obj().map(crate::types::list::to_vec).unwrap_or_default();
                            tri!(crate::vm::stack::push_result(
                                &mut frame.stack,
                                crate::types::exception_group::prep_reraise_star(self, &orig, &items)
                            ));
                        }
                        Opcode::LOAD_ASSERTION_ERROR => {
                            crate::vm::stack::push(&mut frame.stack, Value::Obj(self.exc.assertion_error.clone()));
                        }
                        Opcode::BEFORE_WITH => {
                            let mgr = pop!(frame);
                            let enter_name = self.names.__enter__.clone();
                            let exit_name = self.names.__exit__.clone();
                            let cls = self.class_of(&mgr).clone();
                            let has_enter = crate::types::type_::lookup(&cls, &enter_name).is_some();
                            let has_exit = crate::types::type_::lookup(&cls, &exit_name).is_some();
                            if !has_enter || !has_exit {
                                let tn = self.type_name(&mgr);
                                break 'dispatch (
                                    self.type_error(format!(
                                        "'{tn}' object does not support the context manager protocol"
                                    )),
                                    true,
                                );
                            }
                            let exit =
                                crate::protocol::attr::lookup_special(self, &mgr, &exit_name).unwrap_or(Value::None);
                            let entered = tri!(crate::protocol::attr::call_special(self, &mgr, &enter_name, &[]))
                                .unwrap_or(Value::None);
                            crate::vm::stack::push(&mut frame.stack, exit);
                            crate::vm::stack::push(&mut frame.stack, entered);
                        }
                        Opcode::WITH_EXCEPT_START => {
                            let n = frame.stack.len();
                            let exc = frame.stack[n - 1].clone();
                            let exit = frame.stack[n - 4].clone();
                            let ty = Value::Obj(self.class_of(&exc).clone());
                            let tb = exc
                                .as_obj()
                                .and_then(crate::types::exceptions::data)
                                .and_then(|d| d.borrow().traceback.clone())
                                .map(Value::Obj)
                                .unwrap_or(Value::None);
                            // As is: `async with` awaits it before the test.
                            let r = tri!(self.call(&exit, &[ty, exc, tb]));
                            crate::vm::stack::push(&mut frame.stack, r);
                        }

                        // ----- modules --------------------------------------
                        Opcode::IMPORT_NAME => {
                            let fromlist = pop!(frame);
                            let level = pop!(frame);
                            let name = code.source.names[arg as usize].clone();
                            let level = match level {
                                Value::Int(l) => l,
                                _ => 0,
                            };
                            let globals = frame.globals.clone();
                            // The import system is Python code: it sees its importer.
                            self.suspend_loop(frame, pc, parents);
                            let m = self.import_name(&name, Some(&globals), &fromlist, level);
                            self.resume_loop(parents);
                            tri!(crate::vm::stack::push_result(&mut frame.stack, m));
                        }
                        Opcode::IMPORT_FROM => {
                            let module = top!(frame).clone();
                            let name = code.names[arg as usize].clone();
                            tri!(crate::vm::stack::push_result(&mut frame.stack, self.import_from(&module, &name)));
                        }
                        Opcode::IMPORT_STAR => {
                            let module = pop!(frame);
                            let locals = frame.locals.clone().unwrap_or_else(|| frame.globals.clone());
                            tri!(self.import_star(&module, &locals));
                        }
                        Opcode::SETUP_ANNOTATIONS => {
                            let locals = frame.locals.clone().unwrap_or_else(|| frame.globals.clone());
                            if tri!(self.dict_get_str(&locals, "__annotations__")).is_none() {
                                let d = self.new_dict();
                                tri!(self.dict_set_str(&locals, "__annotations__", Value::Obj(d)));
                            }
                        }
                        Opcode::PRINT_EXPR => {
                            let v = pop!(frame);
                            let hook = tri!(self.sys_attr("displayhook"));
                            tri!(self.call(&hook, &[v]));
                        }

                        // ----- generators -----------------------------------
                        Opcode::YIELD_VALUE => {
                            let v = pop!(frame);
                            if !parents.is_empty() {
                                break 'dispatch (self.runtime_error("yield from a nested frame"), true);
                            }
                            frame.pc = pc;
                            return Ok(FrameExit::Yield(v));
                        }
                        Opcode::ASYNC_GEN_WRAP => {
                            let v = pop!(frame);
                            let wrapped = crate::types::async_generator::wrap(self, v);
                            crate::vm::stack::push(&mut frame.stack, wrapped);
                        }
                        Opcode::GET_YIELD_FROM_ITER => {
                            let v = pop!(frame);
                            let it = match crate::types::generator::as_generator(&v) {
                                Some(_) => v,
                                None => tri!(self.iter(&v)),
                            };
                            crate::vm::stack::push(&mut frame.stack, it);
                        }
                        Opcode::YIELD_FROM => {
                            let sent = pop!(frame);
                            let sub = top!(frame).clone();
                            let result = self.send_to(&sub, sent);
                            match result {
                                Ok(v) => {
                                    if !parents.is_empty() {
                                        break 'dispatch (self.runtime_error("yield from a nested frame"), true);
                                    }
                                    // Re-run this instruction when resumed.
                                    frame.pc = pc - 1;
                                    return Ok(FrameExit::Yield(v));
                                }
                                Err(e) => {
                                    let stop = self.exc.stop_iteration.clone();
                                    if self.err_matches(&e, &stop) {
                                        frame.stack.pop();
                                        let value = stop_iteration_value(self, &e);
                                        crate::vm::stack::push(&mut frame.stack, value);
                                    } else {
                                        break 'dispatch (e, true);
                                    }
                                }
                            }
                        }
                        Opcode::GET_AWAITABLE => {
                            let v = pop!(frame);
                            tri!(crate::vm::stack::push_result(&mut frame.stack, self.get_awaitable(&v)));
                        }
                        Opcode::GET_AITER => {
                            let v = pop!(frame);
                            let name = self.names.__aiter__.clone();
                            match tri!(crate::protocol::attr::call_special(self, &v, &name, &[])) {
                                Some(it) => crate::vm::stack::push(&mut frame.stack, it),
                                None => {
                                    let tn = self.type_name(&v);
                                    break 'dispatch (
                                        self.type_error(format!(
                                            "'async for' requires an object with __aiter__ method, got {tn}"
                                        )),
                                        true,
                                    );
                                }
                            }
                        }
                        Opcode::GET_ANEXT => {
                            let it = top!(frame).clone();
                            let name = self.names.__anext__.clone();
                            match tri!(crate::protocol::attr::call_special(self, &it, &name, &[])) {
                                Some(aw) => {
                                    tri!(crate::vm::stack::push_result(&mut frame.stack, self.get_awaitable(&aw)));
                                }
                                None => {
                                    let tn = self.type_name(&it);
                                    break 'dispatch (
                                        self.type_error(format!(
                                            "'async for' requires an iterator with __anext__ method, got {tn}"
                                        )),
                                        true,
                                    );
                                }
                            }
                        }
                        Opcode::END_ASYNC_FOR => {
                            let exc = pop!(frame);
                            let stop = self.exc.stop_async_iteration.clone();
                            if self.is_instance(&exc, &stop) {
                                frame.stack.pop();
                            } else if let Value::Obj(o) = exc {
                                break 'dispatch (PyErr { exc: o }, false);
                            }
                        }
                        Opcode::BEFORE_ASYNC_WITH => {
                            let mgr = pop!(frame);
                            let exit_name = self.names.__aexit__.clone();
                            let enter_name = self.names.__aenter__.clone();
                            let exit = crate::protocol::attr::lookup_special(self, &mgr, &exit_name);
                            let Some(exit) = exit else {
                                let tn = self.type_name(&mgr);
                                break 'dispatch (
                                    self.type_error(format!(
                                        "'{tn}' object does not support the asynchronous context manager protocol"
                                    )),
                                    true,
                                );
                            };
                            let entered = match tri!(crate::protocol::attr::call_special(self, &mgr, &enter_name, &[]))
                            {
                                Some(e) => e,
                                None => {
                                    let tn = self.type_name(&mgr);
                                    break 'dispatch (
                                        self.type_error(format!(
                                            "'{tn}' object does not support the asynchronous context manager protocol"
                                        )),
                                        true,
                                    );
                                }
                            };
                            crate::vm::stack::push(&mut frame.stack, exit);
                            crate::vm::stack::push(&mut frame.stack, entered);
                        }

                        // ----- pattern matching -----------------------------
                        Opcode::GET_LEN => {
                            let v = top!(frame).clone();
                            let n = tri!(self.len(&v));
                            crate::vm::stack::push(&mut frame.stack, Value::Int(n as i64));
                        }
                        Opcode::MATCH_MAPPING => {
                            let v = top!(frame).clone();
                            let r = self.is_mapping_for_match(&v);
                            crate::vm::stack::push(&mut frame.stack, Value::bool(r));
                        }
                        Opcode::MATCH_SEQUENCE => {
                            let v = top!(frame).clone();
                            let r = self.is_sequence_for_match(&v);
                            crate::vm::stack::push(&mut frame.stack, Value::bool(r));
                        }
                        Opcode::MATCH_KEYS => {
                            let n = frame.stack.len();
                            let keys = frame.stack[n - 1].clone();
                            let subject = frame.stack[n - 2].clone();
                            tri!(crate::vm::stack::push_result(&mut frame.stack, self.match_keys(&subject, &keys)));
                        }
                        Opcode::COPY_DICT_WITHOUT_KEYS => {
                            let keys = pop!(frame);
                            let subject = top!(frame).clone();
                            let d = self.new_dict();
                            tri!(crate::types::dict::update_from(self, &d, &subject));
                            for k in crate::types::tuple::items(&keys).map(|t| t.to_vec()).unwrap_or_default() {
                                tri!(crate::types::dict::dict_del(self, &d, &k));
                            }
                            crate::vm::stack::push(&mut frame.stack, Value::Obj(d));
                        }
                        Opcode::MATCH_CLASS => {
                            let names = pop!(frame);
                            let cls = pop!(frame);
                            let subject = pop!(frame);
                            tri!(crate::vm::stack::push_result(
                                &mut frame.stack,
                                self.match_class(&subject, &cls, arg as usize, &names)
                            ));
                        }
                    }
                });
            }
        }
    }

    /// Parks the current frame and makes `new_frame` current.
    /// Calls a builtin that sees its caller's frame; the frame's own
    /// callers wait in `stashed_parents` meanwhile (for `sys._getframe`).
    fn call_with_frame(
        &mut self,
        b: &crate::types::builtin_function::BuiltinFunction,
        frame: &mut Frame,
        pc: usize,
        parents: &mut Vec<Frame>,
        args: &[Value],
        kwargs: crate::types::builtin_function::KwArgs,
    ) -> PyResult<Value> {
        self.suspend_loop(frame, pc, parents);
        let result = self.call_builtin(b, Some(frame), args, kwargs);
        self.resume_loop(parents);
        result
    }

    /// Records this loop's frames in `suspended` before a call that may
    /// run Python code in another interpreter loop (a class, a bound
    /// method, an object with `__call__`), so that code can see its
    /// callers; `resume_loop` takes them back after the call.
    fn suspend_loop(&mut self, frame: &mut Frame, pc: usize, parents: &mut Vec<Frame>) {
        frame.pc = pc;
        let current =
            crate::vm::FrameInfo { code: frame.code.clone(), globals: frame.globals.clone(), lasti: frame.lasti() };
        let nesting = self.execute_nesting;
        crate::vm::stack::push_suspended(&mut self.suspended, std::mem::take(parents), current, nesting);
    }

    /// Calls a built-in from this loop with the loop's frames known to
    /// Python code the built-in runs (a generator driven by any(), a
    /// __len__, a warning), as `suspend_loop` makes them known, but
    /// lazily: only where the built-in starts another loop is a record
    /// made (`UnrecordedLoop`).
    #[inline(always)]
    fn call_builtin_recorded<T>(
        &mut self,
        frame: &Frame,
        pc: usize,
        parents: &mut Vec<Frame>,
        call: impl FnOnce(&mut Vm) -> T,
    ) -> T {
        let depth = self.suspended.len();
        let nesting = self.execute_nesting;
        self.unrecorded = Some(crate::vm::stack::UnrecordedLoop::new(frame, parents, pc, nesting));
        let result = call(self);
        self.unrecorded = None;
        if self.suspended.len() > depth {
            *parents = crate::vm::stack::pop_suspended(&mut self.suspended).unwrap_or_default();
        }
        result
    }

    fn resume_loop(&mut self, parents: &mut Vec<Frame>) {
        *parents = crate::vm::stack::pop_suspended(&mut self.suspended).unwrap_or_default();
    }

    /// Runs an instruction's slow path, which may run Python code (a
    /// user's `__eq__`, a warning from native code), with this loop's
    /// frames recorded as for a call, so that code sees its callers.
    fn with_frames_recorded<T>(
        &mut self,
        frame: &mut Frame,
        pc: usize,
        parents: &mut Vec<Frame>,
        slow_path: impl FnOnce(&mut Self) -> T,
    ) -> T {
        self.suspend_loop(frame, pc, parents);
        let result = slow_path(self);
        self.resume_loop(parents);
        result
    }

    fn push_frame(&mut self, frame: &mut Frame, parents: &mut Vec<Frame>, new_frame: Frame) -> PyResult<()> {
        self.depth += 1;
        if self.depth > self.recursion_limit() {
            self.depth -= 1;
            return Err(self.recursion_error());
        }
        // Deep recursion under a memory limit: MemoryError, not an abort.
        if parents.len() == parents.capacity() && parents.try_reserve(parents.len().max(16)).is_err() {
            self.depth -= 1;
            return Err(self.memory_error());
        }
        let caller = std::mem::replace(frame, new_frame);
        parents.push(caller);
        Ok(())
    }

    /// `LOAD_METHOD`'s lookup: the plain function or native method found on
    /// the class, if calling it with the instance prepended is equivalent
    /// to `getattr(obj, name)(...)`.
    fn find_method(&mut self, obj: &Value, name: &Obj) -> Option<Value> {
        let cls = self.class_of(obj);
        let td = crate::types::type_::data(cls);
        if td.has_flag(crate::types::type_::TypeFlags::CUSTOM_GETATTRIBUTE)
            || matches!(obj.payload(), Some(Payload::Type(_) | Payload::Module(_) | Payload::Super(_)))
        {
            return None;
        }
        let attr = crate::types::type_::lookup(cls, name)?;
        let is_method = match attr.payload() {
            Some(Payload::Function(_)) => true,
            Some(Payload::Builtin(b)) => {
                b.kind == crate::types::builtin_function::BuiltinKind::Method && b.bound.is_none()
            }
            _ => false,
        };
        if !is_method {
            return None;
        }
        if let Value::Obj(o) = obj {
            if let Some(dict) = &o.dict {
                if crate::types::dict::table(dict).is_some_and(|t| t.borrow().get_str(name).is_some()) {
                    return None;
                }
            }
        }
        Some(attr)
    }

    fn load_name(&mut self, frame: &Frame, name: &Obj) -> PyResult<Option<Value>> {
        if let Some(locals) = &frame.locals {
            if matches!(locals.payload, Payload::Dict(_)) && locals.class().is_none() {
                if let Some(v) = crate::types::dict::table(locals).and_then(|t| t.borrow().get_str(name)) {
                    return Ok(Some(v));
                }
            } else {
                match self.get_item(&Value::Obj(locals.clone()), &Value::Obj(name.clone())) {
                    Ok(v) => return Ok(Some(v)),
                    Err(e) if self.err_matches(&e, &self.exc.key_error.clone()) => {}
                    Err(e) => return Err(e),
                }
            }
        }
        Ok(global_lookup(frame, name))
    }

    fn unbound_deref(&mut self, code: &crate::types::code::Code, index: usize) -> PyErr {
        let name = deref_name(code, index);
        if index < code.ncells {
            let ty = self.exc.unbound_local_error.clone();
            self.new_error(
                &ty,
                format!("cannot access local variable '{name}' where it is not associated with a value"),
            )
        } else {
            let ty = self.exc.name_error.clone();
            self.new_error(
                &ty,
                format!(
                    "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
                ),
            )
        }
    }

    /// The exception object `raise x` raises.
    pub fn make_exception(&mut self, exc: &Value) -> PyResult<PyErr> {
        let base = self.exc.base_exception.clone();
        if crate::types::type_::is_type(exc) {
            let cls = exc.as_obj().expect("type").clone();
            if crate::types::type_::is_subtype(&cls, &base) {
                let v = self.call(exc, &[])?;
                if let Value::Obj(o) = &v {
                    if self.is_instance(&v, &base) {
                        return Ok(PyErr { exc: o.clone() });
                    }
                }
                let r = self.repr_string(exc)?;
                let class = Value::Obj(self.class_of(&v).clone());
                let tr = self.repr_string(&class)?;
                return Err(
                    self.type_error(format!("calling {r} should have returned an instance of BaseException, not {tr}"))
                );
            }
        } else if self.is_instance(exc, &base) {
            if let Value::Obj(o) = exc {
                return Ok(PyErr { exc: o.clone() });
            }
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    fn exception_matches(&mut self, exc: &Value, ty: &Value) -> PyResult<bool> {
        let base = self.exc.base_exception.clone();
        let check_one = |vm: &mut Vm, t: &Value| -> PyResult<bool> {
            match t {
                Value::Obj(o) if crate::types::type_::is_type(t) && crate::types::type_::is_subtype(o, &base) => {
                    Ok(vm.is_instance(exc, o))
                }
                _ => Err(vm.type_error("catching classes that do not inherit from BaseException is not allowed")),
            }
        };
        if let Some(items) = crate::types::tuple::items(ty) {
            let items = items.to_vec();
            for t in &items {
                if check_one(self, t)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        check_one(self, ty)
    }

    /// Sends a value into a delegate iterator: `Ok(v)` if it yielded `v`,
    /// StopIteration when it finished.
    fn send_to(&mut self, sub: &Value, sent: Value) -> PyResult<Value> {
        if let Some(g) = crate::types::generator::as_generator(sub) {
            return match crate::types::generator::resume(self, g, Resume::Send(sent))? {
                crate::types::generator::GenResult::Yielded(v) => Ok(v),
                crate::types::generator::GenResult::Returned(v) => Err(self.stop_iteration(Some(v))),
            };
        }
        if sent.is_none() {
            // Built-in iterators stop without a value; anything else is
            // asked with `__next__`, so its StopIteration keeps its value.
            if matches!(sub.payload(), Some(Payload::Iterator(_))) {
                return match self.next(sub)? {
                    Some(v) => Ok(v),
                    None => Err(self.stop_iteration(None)),
                };
            }
            let next = self.names.__next__.clone();
            return match crate::protocol::attr::lookup_special(self, sub, &next) {
                Some(m) => self.call(&m, &[]),
                None => {
                    let tn = self.type_name(sub);
                    Err(self.type_error(format!("'{tn}' object is not an iterator")))
                }
            };
        }
        let send = self.names.send.clone();
        match crate::protocol::attr::lookup_special(self, sub, &send) {
            Some(m) => self.call(&m, &[sent]),
            None => {
                let tn = self.type_name(sub);
                Err(self.attribute_error(format!("'{tn}' object has no attribute 'send'")))
            }
        }
    }

    fn get_awaitable(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(g) = crate::types::generator::as_generator(v) {
            if g.kind == crate::types::generator::GenKind::Coroutine {
                return Ok(v.clone());
            }
        }
        let name = self.names.__await__.clone();
        match crate::protocol::attr::call_special(self, v, &name, &[])? {
            Some(it) => Ok(it),
            None => {
                let tn = self.type_name(v);
                Err(self.type_error(format!("object {tn} can't be used in 'await' expression")))
            }
        }
    }

    fn is_iterable(&mut self, v: &Value) -> bool {
        let cls = self.class_of(v).clone();
        crate::types::type_::lookup(&cls, &self.names.__iter__).is_some()
            || crate::types::type_::lookup(&cls, &self.names.__getitem__).is_some()
    }

    /// A readable name of a callable for error messages (`f()`).
    /// How CPython names a callable in call errors: `module.qualname()`,
    /// with the module left out for built-ins.
    pub fn callable_name(&mut self, callable: &Value) -> String {
        let qualname = self.get_attr_str(callable, "__qualname__").ok();
        let Some(qualname) = qualname.as_ref().and_then(crate::types::str::as_str).map(str::to_string) else {
            return self.str_string(callable).unwrap_or_else(|_| "object".to_string());
        };
        let module = self.get_attr_str(callable, "__module__").ok();
        match module.as_ref().and_then(crate::types::str::as_str) {
            Some(m) if m != "builtins" => format!("{m}.{qualname}()"),
            _ => format!("{qualname}()"),
        }
    }

    /// `**mapping` in a call: merge into `dict`, refusing duplicates.
    fn dict_merge(&mut self, dict: &Obj, other: &Value, func: &Value) -> PyResult<()> {
        let items: Vec<(Value, Value)> = match other {
            Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => crate::types::dict::dict_items(o),
            _ => {
                let keys_name = self.names.keys.clone();
                if !crate::protocol::attr::has_attr(self, other, &keys_name)? {
                    let name = self.callable_name(func);
                    let tn = self.type_name(other);
                    return Err(self.type_error(format!("{name} argument after ** must be a mapping, not {tn}")));
                }
                let keys = self.call_method(other, "keys", &[])?;
                let mut items = Vec::new();
                for k in self.collect(&keys)? {
                    let v = self.get_item(other, &k)?;
                    items.push((k, v));
                }
                items
            }
        };
        for (k, v) in items {
            if crate::types::str::as_str(&k).is_none() {
                return Err(self.type_error("keywords must be strings"));
            }
            if crate::types::dict::dict_get(self, dict, &k)?.is_some() {
                let name = self.callable_name(func);
                let key = crate::types::str::as_str(&k).unwrap_or("").to_string();
                return Err(self.type_error(format!("{name} got multiple values for keyword argument '{key}'")));
            }
            crate::types::dict::dict_set(self, dict, k, v)?;
        }
        Ok(())
    }

    fn unpack_sequence(&mut self, frame: &mut Frame, seq: &Value, n: usize) -> PyResult<()> {
        let items: Vec<Value> = match seq {
            Value::Obj(o) if o.class().is_none() && matches!(o.payload, Payload::Tuple(_) | Payload::List(_)) => {
                match &o.payload {
                    Payload::Tuple(t) => t.to_vec(),
                    Payload::List(l) => l.borrow().to_vec(),
                    _ => Vec::new(),
                }
            }
            _ => {
                if !self.is_iterable(seq) {
                    let tn = self.type_name(seq);
                    return Err(self.type_error(format!("cannot unpack non-iterable {tn} object")));
                }
                let it = self.iter(seq)?;
                let mut items = Vec::with_capacity(n);
                while let Some(v) = self.next(&it)? {
                    items.push(v);
                    if items.len() > n {
                        return Err(self.value_error(format!("too many values to unpack (expected {n})")));
                    }
                }
                items
            }
        };
        if items.len() != n {
            if items.len() > n {
                return Err(self.value_error(format!("too many values to unpack (expected {n})")));
            }
            return Err(self.value_error(format!("not enough values to unpack (expected {n}, got {})", items.len())));
        }
        frame.stack.extend(items.into_iter().rev());
        Ok(())
    }

    fn unpack_ex(&mut self, frame: &mut Frame, seq: &Value, before: usize, after: usize) -> PyResult<()> {
        if !self.is_iterable(seq) {
            let tn = self.type_name(seq);
            return Err(self.type_error(format!("cannot unpack non-iterable {tn} object")));
        }
        let mut items = self.collect(seq)?;
        if items.len() < before + after {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let tail = items.split_off(items.len() - after);
        let middle = items.split_off(before);
        for v in tail.into_iter().rev() {
            crate::vm::stack::push(&mut frame.stack, v);
        }
        crate::vm::stack::push(&mut frame.stack, self.new_list(middle));
        for v in items.into_iter().rev() {
            crate::vm::stack::push(&mut frame.stack, v);
        }
        Ok(())
    }

    fn is_mapping_for_match(&mut self, v: &Value) -> bool {
        if matches!(v.payload(), Some(Payload::Dict(_) | Payload::MappingProxy(_))) {
            return true;
        }
        let cls = self.class_of(v).clone();
        crate::types::type_::mro(&cls).iter().any(|c| {
            crate::types::type_::type_name(c) == "Mapping" || crate::types::type_::type_name(c) == "MutableMapping"
        })
    }

    fn is_sequence_for_match(&mut self, v: &Value) -> bool {
        match v.payload() {
            Some(Payload::List(_) | Payload::Tuple(_) | Payload::Range(_)) => true,
            Some(Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_) | Payload::Dict(_)) => false,
            _ => {
                let cls = self.class_of(v).clone();
                crate::types::type_::mro(&cls).iter().any(|c| {
                    let n = crate::types::type_::type_name(c);
                    n == "Sequence" || n == "MutableSequence" || n == "deque"
                })
            }
        }
    }

    fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let keys = crate::types::tuple::items(keys).map(|t| t.to_vec()).unwrap_or_default();
        let mut values = Vec::with_capacity(keys.len());
        let get = self.names.get.clone();
        for (i, k) in keys.iter().enumerate() {
            if keys[..i].iter().any(|p| p.is(k)) {
                let r = self.repr_string(k)?;
                return Err(self.value_error(format!("mapping pattern checks duplicate key ({r})")));
            }
            let v = match subject {
                Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) && o.class().is_none() => {
                    crate::types::dict::dict_get(self, o, k)?
                }
                _ => {
                    let getter = crate::protocol::attr::get_attr(self, subject, &get)?;
                    let marker = Value::Obj(self.not_implemented.clone());
                    let r = self.call(&getter, &[k.clone(), marker.clone()])?;
                    if r.is(&marker) {
                        None
                    } else {
                        Some(r)
                    }
                }
            };
            match v {
                Some(v) => values.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(self.new_tuple(values))
    }

    fn match_class(&mut self, subject: &Value, cls: &Value, npos: usize, names: &Value) -> PyResult<Value> {
        let Value::Obj(cls_obj) = cls else {
            return Err(self.type_error("called match pattern must be a class"));
        };
        if !crate::types::type_::is_type(cls) {
            return Err(self.type_error("called match pattern must be a class"));
        }
        if !self.isinstance(subject, cls)? {
            return Ok(Value::None);
        }
        let mut attrs = Vec::new();
        if npos > 0 {
            let match_args_name = self.names.__match_args__.clone();
            let match_args = match crate::protocol::attr::get_attr(self, cls, &match_args_name) {
                Ok(m) => Some(m),
                Err(e) if self.err_matches(&e, &self.exc.attribute_error.clone()) => None,
                Err(e) => return Err(e),
            };
            // Built-in types like int match their positional subpattern
            // against the subject itself.
            let self_matching = matches!(
                crate::types::type_::data(cls_obj).layout,
                crate::types::type_::Layout::Int
                    | crate::types::type_::Layout::Float
                    | crate::types::type_::Layout::Str
                    | crate::types::type_::Layout::Bytes
                    | crate::types::type_::Layout::ByteArray
                    | crate::types::type_::Layout::List
                    | crate::types::type_::Layout::Tuple
                    | crate::types::type_::Layout::Dict
                    | crate::types::type_::Layout::Set
                    | crate::types::type_::Layout::FrozenSet
            ) && match_args.is_none();
            if self_matching {
                if npos > 1 {
                    let tn = crate::types::type_::type_name(cls_obj);
                    return Err(self.type_error(format!("{tn}() accepts 1 positional sub-pattern ({npos} given)")));
                }
                attrs.push(subject.clone());
            } else {
                let names_list = match match_args {
                    Some(m) => match crate::types::tuple::items(&m) {
                        Some(t) => t.to_vec(),
                        None => {
                            let tn = self.type_name(&m);
                            return Err(self.type_error(format!(
                                "{}.__match_args__ must be a tuple (got {tn})",
                                crate::types::type_::type_name(cls_obj)
                            )));
                        }
                    },
                    None => Vec::new(),
                };
                if npos > names_list.len() {
                    let tn = crate::types::type_::type_name(cls_obj);
                    let s = if names_list.len() == 1 { "" } else { "s" };
                    return Err(self.type_error(format!(
                        "{tn}() accepts {} positional sub-pattern{s} ({npos} given)",
                        names_list.len()
                    )));
                }
                for name in names_list.iter().take(npos) {
                    match self.get_attr_value(subject, name) {
                        Ok(v) => attrs.push(v),
                        Err(e) if self.err_matches(&e, &self.exc.attribute_error.clone()) => return Ok(Value::None),
                        Err(e) => return Err(e),
                    }
                }
            }
        }
        for name in crate::types::tuple::items(names).map(|t| t.to_vec()).unwrap_or_default() {
            match self.get_attr_value(subject, &name) {
                Ok(v) => attrs.push(v),
                Err(e) if self.err_matches(&e, &self.exc.attribute_error.clone()) => return Ok(Value::None),
                Err(e) => return Err(e),
            }
        }
        Ok(self.new_tuple(attrs))
    }

    /// An attribute of the `sys` module.
    pub fn sys_attr(&mut self, name: &str) -> PyResult<Value> {
        let sys = Value::Obj(self.sys.clone());
        self.get_attr_str(&sys, name)
    }
}

/// LOAD_GLOBAL: pushes the global (or builtin) `name`, found through the
/// code object's cache for it; false if there is no such name. Each path
/// pushes for itself, so no `Value` passes through a shared temporary.
#[inline(always)]
fn push_global(code: &crate::types::code::Code, slot: usize, frame: &mut Frame, name: &Obj) -> bool {
    if let Some(v) = cached_global_lookup(code, slot, frame, name) {
        crate::vm::stack::push(&mut frame.stack, v);
        return true;
    }
    match global_lookup(frame, name) {
        Some(v) => {
            crate::vm::stack::push(&mut frame.stack, v);
            true
        }
        None => false,
    }
}

/// The cached lookup of `push_global`: None on a miss it could not fill.
#[inline(always)]
fn cached_global_lookup(code: &crate::types::code::Code, slot: usize, frame: &Frame, name: &Obj) -> Option<Value> {
    use crate::types::code::GlobalCache;
    let globals = crate::types::dict::table(&frame.globals)?;
    let builtins = crate::types::dict::table(&frame.builtins)?;
    let cache = &code.global_cache[slot];
    let c = cache.get();
    let g = globals.borrow();
    if g.version == c.globals_version {
        let hit = if c.builtins_version == 0 {
            g.value_if_key_at(c.index as usize, name)
        } else {
            let b = builtins.borrow();
            if b.version == c.builtins_version {
                b.value_if_key_at(c.index as usize, name)
            } else {
                None
            }
        };
        if hit.is_some() {
            return hit;
        }
    }
    // Look it up and remember where it was.
    if let Some(i) = g.index_of_str(name) {
        cache.set(GlobalCache { globals_version: g.version, builtins_version: 0, index: i as u32 });
        return g.value_if_key_at(i, name).or_else(|| g.get_str(name));
    }
    let b = builtins.borrow();
    let i = b.index_of_str(name)?;
    cache.set(GlobalCache { globals_version: g.version, builtins_version: b.version, index: i as u32 });
    b.get_str(name)
}

fn global_lookup(frame: &Frame, name: &Obj) -> Option<Value> {
    if let Some(t) = crate::types::dict::table(&frame.globals) {
        if let Some(v) = t.borrow().get_str(name) {
            return Some(v);
        }
    }
    crate::types::dict::table(&frame.builtins).and_then(|t| t.borrow().get_str(name))
}

fn deref_name(code: &crate::types::code::Code, index: usize) -> String {
    if index < code.ncells {
        code.source.cellvars.get(index).cloned().unwrap_or_default()
    } else {
        code.source.freevars.get(index - code.ncells).cloned().unwrap_or_default()
    }
}

/// The `value` of a StopIteration.
pub fn stop_iteration_value(vm: &mut Vm, err: &PyErr) -> Value {
    if let Some(d) = &err.exc.dict {
        let d = d.clone();
        if let Ok(Some(v)) = vm.dict_get_str(&d, "value") {
            return v;
        }
    }
    Value::None
}

fn binop_of(op: Opcode) -> BinOp {
    match op {
        Opcode::BINARY_POWER | Opcode::INPLACE_POWER => BinOp::Pow,
        Opcode::BINARY_MODULO | Opcode::INPLACE_MODULO => BinOp::Mod,
        Opcode::BINARY_FLOOR_DIVIDE | Opcode::INPLACE_FLOOR_DIVIDE => BinOp::FloorDiv,
        Opcode::BINARY_TRUE_DIVIDE | Opcode::INPLACE_TRUE_DIVIDE => BinOp::TrueDiv,
        Opcode::BINARY_LSHIFT | Opcode::INPLACE_LSHIFT => BinOp::LShift,
        Opcode::BINARY_RSHIFT | Opcode::INPLACE_RSHIFT => BinOp::RShift,
        Opcode::BINARY_AND | Opcode::INPLACE_AND => BinOp::And,
        Opcode::BINARY_OR | Opcode::INPLACE_OR => BinOp::Or,
        Opcode::BINARY_XOR | Opcode::INPLACE_XOR => BinOp::Xor,
        Opcode::BINARY_MATRIX_MULTIPLY | Opcode::INPLACE_MATRIX_MULTIPLY => BinOp::MatMul,
        Opcode::BINARY_ADD | Opcode::INPLACE_ADD => BinOp::Add,
        Opcode::BINARY_SUBTRACT | Opcode::INPLACE_SUBTRACT => BinOp::Sub,
        _ => BinOp::Mul,
    }
}

/// An int, float, bool, None or exact str: operations on these run no
/// Python code, so their fast paths need not record the loop's frames.
#[inline(always)]
fn is_plain_scalar(v: &Value) -> bool {
    match v {
        Value::Obj(o) => o.class().is_none() && matches!(o.payload, Payload::Str(_)),
        _ => true,
    }
}

/// An exact str, dict, set or frozenset: `plain_scalar in` one of these
/// compares by hash or by text, running no Python code.
#[inline(always)]
fn is_hashed_or_text(v: &Value) -> bool {
    match v {
        Value::Obj(o) => {
            o.class().is_none()
                && matches!(o.payload, Payload::Str(_) | Payload::Dict(_) | Payload::Set(_) | Payload::FrozenSet(_))
        }
        _ => false,
    }
}
