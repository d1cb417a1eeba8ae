//! `_heapq`: the heap functions over lists, natively (lib/heapq.py takes
//! them, as CPython's heapq takes its C accelerator). The algorithms are
//! CPython's, comparison for comparison (only `<`, in the same order),
//! so items with their own `__lt__` see the same calls; a list resized by
//! such a comparison is CPython's RuntimeError.

use ferropy_runtime::object::PyCell;
use ferropy_runtime::types::builtin_function::{KwArgs, NativeFn};
use ferropy_runtime::types::list::{storage, ListStorage};
use ferropy_runtime::{Obj, PyResult, Value, Vm};

/// A list being treated as a heap; `max` heaps order by `>`.
struct Heap<'a> {
    cell: &'a PyCell<ListStorage>,
    max: bool,
}

impl Heap<'_> {
    fn len(&self) -> usize {
        self.cell.borrow().len()
    }

    fn get(&self, i: usize) -> Value {
        self.cell.borrow().get(i)
    }

    fn swap(&self, i: usize, j: usize) {
        let mut s = self.cell.borrow_mut();
        let a = s.get(i);
        let b = s.set(j, a);
        s.set(i, b);
    }

    /// Whether `a` goes above `b` (`a < b`, or `b < a` for a max heap).
    fn above(&self, vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
        if self.max {
            vm.lt(b, a)
        } else {
            vm.lt(a, b)
        }
    }

    /// The comparison just made may have run Python code that resized
    /// the list: CPython's error, before any index goes stale.
    fn check_size(&self, vm: &mut Vm, size: usize) -> PyResult<()> {
        if self.len() != size {
            return Err(vm.runtime_error("list changed size during iteration"));
        }
        Ok(())
    }

    /// Moves the item at `pos` up towards `start` while it goes above its
    /// parent.
    fn sift_down(&self, vm: &mut Vm, start: usize, mut pos: usize) -> PyResult<()> {
        let size = self.len();
        if pos >= size {
            return Err(vm.index_error("index out of range"));
        }
        while pos > start {
            let parent = (pos - 1) >> 1;
            let above = self.above(vm, &self.get(pos), &self.get(parent))?;
            self.check_size(vm, size)?;
            if !above {
                break;
            }
            self.swap(pos, parent);
            pos = parent;
        }
        Ok(())
    }

    /// Moves the smaller child up until `pos` reaches a leaf, then sifts
    /// the item that was at `pos` back down into place.
    fn sift_up(&self, vm: &mut Vm, mut pos: usize) -> PyResult<()> {
        let end = self.len();
        let start = pos;
        let limit = end >> 1;
        while pos < limit {
            let mut child = 2 * pos + 1;
            if child + 1 < end {
                let above = self.above(vm, &self.get(child), &self.get(child + 1))?;
                self.check_size(vm, end)?;
                if !above {
                    child += 1;
                }
            }
            self.swap(pos, child);
            pos = child;
        }
        self.sift_down(vm, start, pos)
    }

    fn pop(&self, vm: &mut Vm) -> PyResult<Value> {
        let last = {
            let mut s = self.cell.borrow_mut();
            if s.is_empty() {
                drop(s);
                return Err(vm.index_error("index out of range"));
            }
            let n = s.len();
            s.pop(n - 1)
        };
        if self.len() == 0 {
            return Ok(last);
        }
        let top = self.cell.borrow_mut().set(0, last);
        self.sift_up(vm, 0)?;
        Ok(top)
    }

    fn replace(&self, vm: &mut Vm, item: Value) -> PyResult<Value> {
        if self.len() == 0 {
            return Err(vm.index_error("index out of range"));
        }
        let top = self.cell.borrow_mut().set(0, item);
        self.sift_up(vm, 0)?;
        Ok(top)
    }

    fn heapify(&self, vm: &mut Vm) -> PyResult<()> {
        let n = self.len();
        for i in (0..n / 2).rev() {
            self.sift_up(vm, i)?;
        }
        Ok(())
    }
}

/// The list that `func` works on; `only` when it is the function's sole
/// argument (CPython's message names the argument differently then).
fn heap_arg<'a>(vm: &mut Vm, func: &str, v: &'a Value, max: bool, only: bool) -> PyResult<Heap<'a>> {
    if let Some(cell) = v.as_obj().and_then(storage) {
        return Ok(Heap { cell, max });
    }
    let tn = vm.type_name(v);
    let which = if only { "argument" } else { "argument 1" };
    Err(vm.type_error(format!("{func}() {which} must be list, not {tn}")))
}

fn arity(vm: &mut Vm, func: &str, a: &[Value], n: usize) -> PyResult<()> {
    if a.len() != n {
        if n == 1 {
            return Err(vm.type_error(format!("{func}() takes exactly one argument ({} given)", a.len())));
        }
        return Err(vm.type_error(format!("{func} expected {n} arguments, got {}", a.len())));
    }
    Ok(())
}

fn heappush(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    arity(vm, "heappush", a, 2)?;
    let heap = heap_arg(vm, "heappush", &a[0], false, false)?;
    heap.cell.borrow_mut().push(a[1].clone());
    let last = heap.len() - 1;
    heap.sift_down(vm, 0, last)?;
    Ok(Value::None)
}

fn pop_with(vm: &mut Vm, a: &[Value], func: &str, max: bool) -> PyResult<Value> {
    arity(vm, func, a, 1)?;
    heap_arg(vm, func, &a[0], max, true)?.pop(vm)
}

fn heappop(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    pop_with(vm, a, "heappop", false)
}

fn heappop_max(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    pop_with(vm, a, "_heappop_max", true)
}

fn replace_with(vm: &mut Vm, a: &[Value], func: &str, max: bool) -> PyResult<Value> {
    arity(vm, func, a, 2)?;
    heap_arg(vm, func, &a[0], max, false)?.replace(vm, a[1].clone())
}

fn heapreplace(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    replace_with(vm, a, "heapreplace", false)
}

fn heapreplace_max(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    replace_with(vm, a, "_heapreplace_max", true)
}

fn heappushpop(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    arity(vm, "heappushpop", a, 2)?;
    let heap = heap_arg(vm, "heappushpop", &a[0], false, false)?;
    let item = a[1].clone();
    if heap.len() == 0 {
        return Ok(item);
    }
    let top = heap.get(0);
    let above = heap.above(vm, &top, &item)?;
    if !above {
        return Ok(item);
    }
    if heap.len() == 0 {
        return Err(vm.index_error("index out of range"));
    }
    heap.replace(vm, item)
}

fn heapify_with(vm: &mut Vm, a: &[Value], func: &str, max: bool) -> PyResult<Value> {
    arity(vm, func, a, 1)?;
    heap_arg(vm, func, &a[0], max, true)?.heapify(vm)?;
    Ok(Value::None)
}

fn heapify(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    heapify_with(vm, a, "heapify", false)
}

fn heapify_max(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    heapify_with(vm, a, "_heapify_max", true)
}

pub fn make_module(vm: &mut Vm) -> PyResult<Obj> {
    let functions: &[(&str, NativeFn)] = &[
        ("heappush", heappush),
        ("heappop", heappop),
        ("heapreplace", heapreplace),
        ("heappushpop", heappushpop),
        ("heapify", heapify),
        ("_heappop_max", heappop_max),
        ("_heapreplace_max", heapreplace_max),
        ("_heapify_max", heapify_max),
    ];
    ferropy_runtime::types::module::new_native_module(vm, "_heapq", functions)
}
