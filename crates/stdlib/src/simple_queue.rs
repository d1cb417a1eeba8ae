//! `_queue`: SimpleQueue, the unbounded FIFO queue without task tracking
//! that lib/queue.py exports (and ThreadPoolExecutor feeds its workers
//! through), and its `Empty` exception.
//!
//! The items live in the object (touched only with the GIL held); a count
//! of permits, one per item, is what a getter waits on without the GIL.
//! A getter takes a permit before it pops, so the pop always finds an item.

use std::collections::VecDeque;
use std::sync::Arc;

use ferropy_runtime::object::{NativeData, PyCell};
use ferropy_runtime::protocol::args;
use ferropy_runtime::types::builtin_function::{KwArgs, NativeFn};
use ferropy_runtime::{Obj, PyResult, Value, Vm};

use crate::native_class;
use crate::permits::{self, Permits};

/// Where the class keeps its module's `Empty`, for instances to raise.
const EMPTY_ATTR: &str = "_Empty";

struct SimpleQueue {
    items: PyCell<VecDeque<Value>>,
    ready: Arc<Permits>,
    /// The `Empty` of the module that made the class (a module imported
    /// afresh has its own).
    empty: Obj,
}

impl NativeData for SimpleQueue {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.empty);
        for item in self.items.borrow().iter() {
            if let Value::Obj(o) = item {
                visit(o);
            }
        }
    }

    fn clear(&self) {
        let items = std::mem::take(&mut *self.items.borrow_mut());
        drop(items);
    }
}

fn queue_of<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a SimpleQueue> {
    native_class::state::<SimpleQueue>(vm, v, "_queue", "SimpleQueue")
}

fn new(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    if a.len() > 1 || !kw.is_empty() {
        return Err(vm.type_error("SimpleQueue() takes no arguments"));
    }
    let Some(Value::Obj(cls)) = a.first() else {
        return Err(vm.type_error("SimpleQueue.__new__(X): X is not a type object"));
    };
    let empty = match vm.get_attr_str(&a[0], EMPTY_ATTR)? {
        Value::Obj(empty) => empty,
        _ => return Err(vm.type_error("SimpleQueue.__new__(X): X is not a SimpleQueue class")),
    };
    let data = SimpleQueue { items: PyCell::new(VecDeque::new()), ready: Permits::new(0, usize::MAX), empty };
    let payload = ferropy_runtime::Payload::Native(Box::new(data));
    Ok(Value::Obj(ferropy_runtime::types::object::alloc_instance(vm, cls, payload)))
}

fn put(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    // block and timeout are accepted for compatibility with Queue.put:
    // an unbounded queue never waits.
    let parsed = args::parse(vm, "put", &a[1..], kw, &["item", "block", "timeout"], 1)?;
    push(vm, &a[0], &parsed[0])
}

fn put_nowait(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let parsed = args::parse(vm, "put_nowait", &a[1..], kw, &["item"], 1)?;
    push(vm, &a[0], &parsed[0])
}

/// Appends `item` and gives a getter the permit for it.
fn push(vm: &mut Vm, this: &Value, item: &Value) -> PyResult<Value> {
    let queue = queue_of(vm, this)?;
    queue.items.borrow_mut().push_back(item.clone());
    queue.ready.give();
    Ok(Value::None)
}

/// Takes the next item, waiting up to `timeout` seconds (< 0: no limit)
/// when `block`; queue.Empty when there is none.
fn take(vm: &mut Vm, this: &Value, block: bool, timeout: f64) -> PyResult<Value> {
    let queue = queue_of(vm, this)?;
    let (ready, empty) = (queue.ready.clone(), queue.empty.clone());
    if !permits::take(vm, &ready, block, timeout)? {
        return Err(vm.new_exception(&empty, vec![]));
    }
    // A permit stands for an item; only a queue emptied by the cycle
    // collector could break that, and then it has none to give.
    let item = queue_of(vm, this)?.items.borrow_mut().pop_front();
    item.ok_or_else(|| vm.new_exception(&empty, vec![]))
}

fn get(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let parsed = args::parse(vm, "get", &a[1..], kw, &["block", "timeout"], 0)?;
    let block = match &parsed[0] {
        Value::Undef => true,
        v => vm.truthy(v)?,
    };
    let timeout = match &parsed[1] {
        Value::Undef | Value::None => -1.0,
        v => {
            let t = ferropy_runtime::types::float::float_from_value(vm, v)?;
            if t < 0.0 {
                return Err(vm.value_error("'timeout' must be a non-negative number"));
            }
            t
        }
    };
    take(vm, &a[0], block, timeout)
}

fn get_nowait(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "get_nowait", &a[1..], 0, 0)?;
    take(vm, &a[0], false, -1.0)
}

fn empty(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::bool(queue_of(vm, &a[0])?.items.borrow().is_empty()))
}

fn qsize(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(queue_of(vm, &a[0])?.items.borrow().len() as i64))
}

pub fn make_module(vm: &mut Vm) -> PyResult<Obj> {
    let module = ferropy_runtime::types::module::new_native_module(vm, "_queue", &[])?;
    let dict = module.dict.clone().expect("a module has a dict");
    let exception = vm.exc.exception.clone();
    let empty_class = native_class::add_exception(vm, "_queue", &dict, "Empty", exception)?;
    let methods: &[(&'static str, NativeFn)] = &[
        ("put", put),
        ("put_nowait", put_nowait),
        ("get", get),
        ("get_nowait", get_nowait),
        ("empty", empty),
        ("qsize", qsize),
    ];
    let class = native_class::add_class(vm, "_queue", &dict, "SimpleQueue", methods)?;
    vm.add_staticmethod(&class, "__new__", new);
    vm.set_attr_str(&Value::Obj(class), EMPTY_ATTR, Value::Obj(empty_class))?;
    Ok(module)
}
