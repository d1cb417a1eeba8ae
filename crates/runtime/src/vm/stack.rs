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
            push(&mut stack, Value::Float(i as f64));
            push(&mut stack, Value::Obj(obj.clone()));
        }
        assert_eq!(std::rc::Rc::strong_count(&obj), 101);
        for i in (0..100).rev() {
            assert!(matches!(pop(&mut stack), Value::Obj(_)));
            assert!(matches!(pop(&mut stack), Value::Float(f) if f == i as f64));
            assert!(matches!(pop(&mut stack), Value::Int(n) if n == i));
        }
        assert!(matches!(pop(&mut stack), Value::Undef));
        assert_eq!(std::rc::Rc::strong_count(&obj), 1);
    }
}
