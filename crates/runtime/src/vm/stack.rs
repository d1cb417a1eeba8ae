//! Pushing and popping the value stack field by field.
//!
//! A `Value` is two words. Built in place (say `Value::Float(x)`), it is
//! written as two 8-byte stores; copied as a whole, it is read with one
//! 16-byte load, and a 16-byte load that spans two recent 8-byte stores
//! cannot be forwarded from the store buffer: the CPU stalls for a dozen
//! cycles. `Vec::push` and `Vec::pop` copy whole values, and the
//! interpreter's hottest paths push a freshly built value and pop it one
//! instruction later. These versions move each variant's fields
//! separately, so loads always match the stores that fed them.
//!
//! This module owns the `unsafe` this needs: extending or shrinking the
//! vector's length around a slot whose ownership we move by hand.

use crate::value::Value;

#[cold]
#[inline(never)]
fn grow(stack: &mut Vec<Value>) {
    stack.reserve(stack.len().max(16));
}

/// Pushes `v` (as `Vec::push`).
#[inline(always)]
pub fn push(stack: &mut Vec<Value>, v: Value) {
    if stack.len() == stack.capacity() {
        grow(stack);
    }
    let len = stack.len();
    let Some(slot) = stack.spare_capacity_mut().first_mut() else {
        unreachable!("grow() leaves spare capacity");
    };
    match v {
        Value::Int(i) => slot.write(Value::Int(i)),
        Value::Float(f) => slot.write(Value::Float(f)),
        Value::Bool(b) => slot.write(Value::Bool(b)),
        Value::Obj(o) => slot.write(Value::Obj(o)),
        Value::None => slot.write(Value::None),
        Value::Undef => slot.write(Value::Undef),
    };
    // SAFETY: the slot at index `len` (within capacity) was initialized
    // just above, so the first `len + 1` elements are initialized.
    unsafe { stack.set_len(len + 1) };
}

/// Pushes the value a call returned, or gives back its error. Matching
/// on the result in place reads each variant's fields as the callee
/// stored them; taking the value out first copies it whole (the stall
/// above).
#[inline(always)]
pub fn push_result(stack: &mut Vec<Value>, result: crate::vm::PyResult<Value>) -> Result<(), crate::vm::PyErr> {
    match result {
        Ok(Value::Int(i)) => push(stack, Value::Int(i)),
        Ok(Value::Float(f)) => push(stack, Value::Float(f)),
        Ok(Value::Bool(b)) => push(stack, Value::Bool(b)),
        Ok(Value::Obj(o)) => push(stack, Value::Obj(o)),
        Ok(Value::None) => push(stack, Value::None),
        Ok(Value::Undef) => push(stack, Value::Undef),
        Err(e) => return Err(e),
    }
    Ok(())
}

/// Records a suspended interpreter loop (as `Vec::push`), writing each
/// field straight into its slot: built whole first, the record would be
/// copied out of a temporary just written field by field, with the stall
/// described above, on every call from the loop into native code.
#[inline(always)]
pub fn push_suspended(
    list: &mut Vec<crate::vm::Suspended>,
    parents: Vec<crate::vm::frame::Frame>,
    current: crate::vm::FrameInfo,
    nesting: usize,
) {
    if list.len() == list.capacity() {
        list.reserve(list.len().max(16));
    }
    let len = list.len();
    let Some(slot) = list.spare_capacity_mut().first_mut() else {
        unreachable!("reserve() leaves spare capacity");
    };
    let slot = slot.as_mut_ptr();
    // SAFETY: `slot` points at the spare element at index `len`, within
    // capacity and not yet initialized; each field is written exactly once
    // through its own place (no reads of uninitialized memory), so after
    // the writes the element is fully initialized and the length may
    // include it.
    unsafe {
        std::ptr::addr_of_mut!((*slot).parents).write(parents);
        std::ptr::addr_of_mut!((*slot).current.code).write(current.code);
        std::ptr::addr_of_mut!((*slot).current.globals).write(current.globals);
        std::ptr::addr_of_mut!((*slot).current.lasti).write(current.lasti);
        std::ptr::addr_of_mut!((*slot).nesting).write(nesting);
        list.set_len(len + 1);
    }
}

/// Where a loop that called a built-in keeps its frames during the call:
/// its running frame and the vector of frames below it, both owned by the
/// loop's Rust stack frame, which neither moves nor touches them until the
/// call returns (it holds only shared borrows of the running frame's
/// stack meanwhile). Written before each built-in call (three words, no
/// reference counts); turned into a `Suspended` record by
/// `record_unrecorded` only when the built-in runs Python code.
pub struct UnrecordedLoop {
    frame: *const crate::vm::frame::Frame,
    parents: *mut Vec<crate::vm::frame::Frame>,
    pc: usize,
    nesting: usize,
}

impl UnrecordedLoop {
    pub fn new(
        frame: &crate::vm::frame::Frame,
        parents: &mut Vec<crate::vm::frame::Frame>,
        pc: usize,
        nesting: usize,
    ) -> Self {
        UnrecordedLoop { frame, parents, pc, nesting }
    }
}

/// Records the loop described by `unrecorded` in `list` when it is the
/// loop that called into the one starting now (`nesting` is that loop's
/// level), taking its parent frames; returns whether it did.
#[inline]
pub fn record_unrecorded(
    list: &mut Vec<crate::vm::Suspended>,
    unrecorded: Option<UnrecordedLoop>,
    nesting: usize,
) -> bool {
    let Some(lp) = unrecorded else { return false };
    if lp.nesting != nesting {
        return false;
    }
    // SAFETY: the pointers were made from the calling loop's `&Frame` and
    // `&mut Vec<Frame>` just before it called the built-in that is now
    // running Python code (`nesting` equal to the caller's level proves
    // the call has not returned: `Vm::call_builtin_recorded` clears
    // `unrecorded` when it does). During the call the loop only holds a
    // shared borrow into the frame's value stack and does not use
    // `parents`, so reading the frame's code, globals and taking the
    // vector's contents (leaving it empty) alias nothing that is written;
    // the caller gets the frames back from the record after the call.
    let (current, parents) = unsafe {
        let frame = &*lp.frame;
        let code = frame.code.clone();
        let globals = frame.globals.clone();
        (crate::vm::FrameInfo { code, globals, lasti: lp.pc.saturating_sub(1) }, std::mem::take(&mut *lp.parents))
    };
    push_suspended(list, parents, current, lp.nesting);
    true
}

/// Removes the newest suspended loop's record, giving back its parent
/// frames. Each field is read or dropped where it lies, for the same
/// reason `push_suspended` writes them so.
#[inline(always)]
pub fn pop_suspended(list: &mut Vec<crate::vm::Suspended>) -> Option<Vec<crate::vm::frame::Frame>> {
    let len = list.len();
    let slot: *mut crate::vm::Suspended = list.last_mut()?;
    // SAFETY: `slot` is the last initialized element. The length is cut
    // first, so the vector no longer owns it; then `parents` is moved out
    // and the other fields are dropped in place, each exactly once.
    unsafe {
        list.set_len(len - 1);
        let parents = std::ptr::addr_of!((*slot).parents).read();
        std::ptr::addr_of_mut!((*slot).current).drop_in_place();
        Some(parents)
    }
}

/// Pops the top value (as `Vec::pop`); `Undef` if the stack is empty.
#[inline(always)]
pub fn pop(stack: &mut Vec<Value>) -> Value {
    let len = stack.len();
    let Some(top) = stack.last() else {
        return Value::Undef;
    };
    let v = match top {
        Value::Int(i) => Value::Int(*i),
        Value::Float(f) => Value::Float(*f),
        Value::Bool(b) => Value::Bool(*b),
        Value::None => Value::None,
        Value::Undef => Value::Undef,
        // SAFETY: the `Rc` is moved out bitwise; the slot it came from is
        // cut off below without being dropped, so it is owned exactly once.
        Value::Obj(o) => Value::Obj(unsafe { std::ptr::read(o) }),
    };
    // SAFETY: the top element's contents now belong to `v` (scalars were
    // copied, the `Rc` moved), so shrinking the length must not drop it,
    // and `set_len` does not.
    unsafe { stack.set_len(len - 1) };
    v
}

/// Replaces the top value with `v` (the old one is dropped afterwards).
#[inline(always)]
pub fn replace_top(stack: &mut Vec<Value>, v: Value) {
    let old = pop(stack);
    push(stack, v);
    drop(old);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::{Object, Payload};

    #[test]
    fn push_and_pop_keep_values_and_counts() {
        let obj = Object::builtin(Payload::Instance);
        let mut stack = Vec::new();
        for i in 0..100 {
            push(&mut stack, Value::Int(i));
            push(&mut stack, Value::float(i as f64));
            push(&mut stack, Value::Obj(obj.clone()));
        }
        assert_eq!(std::rc::Rc::strong_count(&obj), 101);
        for i in (0..100).rev() {
            assert!(matches!(pop(&mut stack), Value::Obj(_)));
            assert!(matches!(pop(&mut stack), Value::Float(f) if f.get() == i as f64));
            assert!(matches!(pop(&mut stack), Value::Int(n) if n == i));
        }
        assert!(matches!(pop(&mut stack), Value::Undef));
        assert_eq!(std::rc::Rc::strong_count(&obj), 1);
    }

    #[test]
    fn suspended_loops_are_recorded_whole() {
        let mut vm = crate::vm::Vm::new(crate::vm::Config::default());
        let code = vm.compile_source("pass", "<test>", ferropy_compiler::Mode::Exec).expect("compiles");
        let globals = Object::builtin(Payload::Instance);
        let mut list = Vec::new();
        for i in 0..40 {
            let current = crate::vm::FrameInfo { code: code.clone(), globals: globals.clone(), lasti: i };
            push_suspended(&mut list, Vec::new(), current, i * 2);
        }
        assert_eq!(std::rc::Rc::strong_count(&globals), 41);
        let top = list.last().map(|t| (t.current.lasti, t.nesting));
        assert_eq!(top, Some((39, 78)));
        assert_eq!(pop_suspended(&mut list).map(|p| p.len()), Some(0));
        assert_eq!((list.len(), std::rc::Rc::strong_count(&globals)), (39, 40));
        drop(list);
        assert_eq!(std::rc::Rc::strong_count(&globals), 1);
        assert_eq!(std::rc::Rc::strong_count(&code), 1);
    }

    #[test]
    fn unrecorded_loops_are_recorded_only_at_their_level() {
        let mut vm = crate::vm::Vm::new(crate::vm::Config::default());
        let code = vm.compile_source("pass", "<test>", ferropy_compiler::Mode::Exec).expect("compiles");
        let globals = Object::builtin(Payload::Instance);
        let builtins = Object::builtin(Payload::Instance);
        let frame = crate::vm::frame::Frame::new(code.clone(), globals.clone(), builtins.clone(), None);
        let below = crate::vm::frame::Frame::new(code.clone(), globals.clone(), builtins, None);
        let mut parents = vec![below];
        let mut list = Vec::new();
        // Another loop level: nothing is recorded, the parents stay.
        let other = UnrecordedLoop::new(&frame, &mut parents, 5, 3);
        assert!(!record_unrecorded(&mut list, Some(other), 4));
        assert_eq!((list.len(), parents.len()), (0, 1));
        // The calling loop's level: recorded, its parents taken.
        let caller = UnrecordedLoop::new(&frame, &mut parents, 5, 3);
        assert!(record_unrecorded(&mut list, Some(caller), 3));
        assert_eq!((list.len(), parents.len()), (1, 0));
        assert_eq!((list[0].current.lasti, list[0].nesting, list[0].parents.len()), (4, 3, 1));
        assert!(std::rc::Rc::ptr_eq(&list[0].current.code, &code));
        parents = pop_suspended(&mut list).unwrap_or_default();
        assert_eq!((list.len(), parents.len()), (0, 1));
        assert!(!record_unrecorded(&mut list, None, 3));
    }
}
