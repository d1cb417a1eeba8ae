//! `range`: an immutable arithmetic sequence of ints (64-bit bounds).

use crate::object::{Object, Payload};
use crate::protocol::args;
use crate::types::builtin_function::KwArgs;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[derive(Clone, Copy, Debug)]
pub struct RangeData {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeData {
    pub fn len(&self) -> usize {
        crate::types::slice::slice_len(self.start, self.stop, self.step)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: usize) -> i64 {
        self.start + i as i64 * self.step
    }

    pub fn contains(&self, v: i64) -> bool {
        let in_bounds = if self.step > 0 { v >= self.start && v < self.stop } else { v <= self.start && v > self.stop };
        in_bounds && (v - self.start) % self.step == 0
    }
}

fn data(v: &Value) -> Option<RangeData> {
    match v.payload() {
        Some(Payload::Range(r)) => Some(*r),
        _ => None,
    }
}

fn bound(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match crate::protocol::number::as_index(vm, v) {
        Ok(Some(i)) => Ok(i),
        Ok(None) => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
        Err(e) => {
            let index_error = vm.exc.index_error.clone();
            if vm.err_matches(&e, &index_error) {
                // An int beyond 64 bits: CPython accepts it, we do not yet.
                return Err(vm.not_implemented_error(
                    "range() with bounds beyond 64-bit integers is not supported by ferropy yet",
                ));
            }
            Err(e)
        }
    }
}

pub fn new_range(start: i64, stop: i64, step: i64) -> Value {
    Value::Obj(Object::builtin(Payload::Range(RangeData { start, stop, step })))
}

fn range_new(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    let a = &a[1..];
    let (start, stop, step) = match a.len() {
        1 => (0, bound(vm, &a[0])?, 1),
        2 => (bound(vm, &a[0])?, bound(vm, &a[1])?, 1),
        3 => (bound(vm, &a[0])?, bound(vm, &a[1])?, bound(vm, &a[2])?),
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(new_range(start, stop, step))
}

fn this(vm: &mut Vm, a: &[Value]) -> PyResult<RangeData> {
    a.first().and_then(data).ok_or_else(|| vm.type_error("expected a range"))
}

fn range_len(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = this(vm, a)?;
    match i64::try_from(r.len()) {
        Ok(n) => Ok(Value::Int(n)),
        Err(_) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

fn range_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = this(vm, a)?;
    let s = if r.step == 1 {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    };
    Ok(vm.new_str(s))
}

fn range_getitem(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = this(vm, a)?;
    let index = args::exactly_one(vm, "range.__getitem__", &a[1..])?;
    if let Some(Payload::Slice(_)) = index.payload() {
        let (start, stop, step) = crate::types::slice::indices(vm, &index, r.len())?;
        // The slice's bounds mapped through the range, as CPython keeps them.
        let at = |i: i64| r.start.checked_add(i.checked_mul(r.step)?);
        let bounds = (at(start), at(stop), r.step.checked_mul(step));
        let (Some(new_start), Some(new_stop), Some(new_step)) = bounds else {
            return Err(vm.not_implemented_error("range slice beyond 64-bit integers is not supported by ferropy yet"));
        };
        return Ok(new_range(new_start, new_stop, new_step));
    }
    let i = match crate::protocol::number::as_index(vm, &index)? {
        Some(i) => i,
        None => {
            let tn = vm.type_name(&index);
            return Err(vm.type_error(format!("range indices must be integers or slices, not {tn}")));
        }
    };
    match crate::types::list::normalize_index(i, r.len()) {
        Some(i) => Ok(Value::Int(r.get(i))),
        None => Err(vm.index_error("range object index out of range")),
    }
}

fn range_contains(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = this(vm, a)?;
    let v = args::exactly_one(vm, "range.__contains__", &a[1..])?;
    if let Some(crate::types::int::IntVal::Small(i)) = crate::types::int::as_int(&v) {
        return Ok(Value::bool(r.contains(i)));
    }
    for i in 0..r.len() {
        if vm.eq(&Value::Int(r.get(i)), &v)? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn range_iter(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = this(vm, a)?;
    Ok(crate::types::iterators::new_range_iter(r))
}

fn range_reversed(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = this(vm, a)?;
    let n = r.len() as i64;
    let last = r.start + (n - 1) * r.step;
    Ok(crate::types::iterators::new_range_iter(
        RangeData { start: last, stop: r.start - r.step, step: -r.step }.normalized(n),
    ))
}

impl RangeData {
    fn normalized(self, n: i64) -> RangeData {
        if n <= 0 {
            RangeData { start: 0, stop: 0, step: 1 }
        } else {
            self
        }
    }
}

fn range_index(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = this(vm, a)?;
    let v = args::exactly_one(vm, "range.index", &a[1..])?;
    if let Some(crate::types::int::IntVal::Small(i)) = crate::types::int::as_int(&v) {
        if r.contains(i) {
            return Ok(Value::Int((i - r.start) / r.step));
        }
    }
    let rep = vm.repr_string(&v)?;
    Err(vm.value_error(format!("{rep} is not in range")))
}

fn range_count(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = this(vm, a)?;
    let v = args::exactly_one(vm, "range.count", &a[1..])?;
    if let Some(crate::types::int::IntVal::Small(i)) = crate::types::int::as_int(&v) {
        return Ok(Value::Int(r.contains(i) as i64));
    }
    Ok(Value::Int(0))
}

fn range_eq(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = this(vm, a)?;
    let Some(o) = a.get(1).and_then(data) else {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    };
    let (n, m) = (r.len(), o.len());
    let eq = n == m && (n == 0 || (r.start == o.start && (n == 1 || r.step == o.step)));
    Ok(Value::bool(eq))
}

fn range_hash(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = this(vm, a)?;
    let n = r.len();
    let t = match n {
        0 => vm.new_tuple(vec![Value::Int(0), Value::None, Value::None]),
        1 => vm.new_tuple(vec![Value::Int(1), Value::Int(r.start), Value::None]),
        _ => vm.new_tuple(vec![Value::Int(n as i64), Value::Int(r.start), Value::Int(r.step)]),
    };
    Ok(Value::Int(vm.hash(&t)?))
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.range.clone();
    vm.add_staticmethod(&t, "__new__", range_new);
    vm.add_method(&t, "__len__", range_len);
    vm.add_method(&t, "__repr__", range_repr);
    vm.add_method(&t, "__getitem__", range_getitem);
    vm.add_method(&t, "__contains__", range_contains);
    vm.add_method(&t, "__iter__", range_iter);
    vm.add_method(&t, "__reversed__", range_reversed);
    vm.add_method(&t, "index", range_index);
    vm.add_method(&t, "count", range_count);
    vm.add_method(&t, "__reduce__", crate::types::slice::reduce_start_stop_step);
    vm.add_method(&t, "__eq__", range_eq);
    vm.add_method(&t, "__hash__", range_hash);
    crate::types::descriptors::add_getset(vm, &t, "start", |_vm, v| Ok(Value::Int(data(v).map_or(0, |r| r.start))));
    crate::types::descriptors::add_getset(vm, &t, "stop", |_vm, v| Ok(Value::Int(data(v).map_or(0, |r| r.stop))));
    crate::types::descriptors::add_getset(vm, &t, "step", |_vm, v| Ok(Value::Int(data(v).map_or(1, |r| r.step))));
}
