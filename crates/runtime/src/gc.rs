//! The cycle collector.
//!
//! Reference counting frees everything except cycles. Container objects are
//! registered here (as weak references, so registration never keeps an
//! object alive) in three generations, as in CPython. A collection of
//! generation `g` looks at generations `0..=g` together and uses trial
//! deletion: each object's count of references from outside the set is its
//! strong count minus the references found by tracing the set; objects with
//! outside references, and everything they reach, survive and move up a
//! generation; the rest are unreachable cycles. Their `__del__` methods run
//! first (the caller does that, it needs the interpreter), then their
//! contents are cleared, which breaks the cycles and lets reference
//! counting free them.
//!
//! References held by Rust code (interpreter stacks, native locals) are not
//! traced, so they count as outside references: the collector can only
//! err on the side of keeping objects.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use crate::gil::GilLocal;
use crate::object::{Obj, Object, WeakObj};

pub const GENERATIONS: usize = 3;

struct GcState {
    generations: [Vec<WeakObj>; GENERATIONS],
    /// Allocations since the last collection of generation 0.
    allocations: usize,
    /// Collections of generation `i` since the last collection of `i + 1`.
    counts: [usize; GENERATIONS],
    thresholds: [usize; GENERATIONS],
    enabled: bool,
    /// Objects that survived into the oldest generation since the last full
    /// collection, and the size of that generation after it.
    long_lived_pending: usize,
    long_lived_total: usize,
    /// Size of the oldest generation when dead entries were last dropped.
    compacted_len: usize,
    collecting: bool,
    /// Objects moved out of the generations by `gc.freeze()`: never
    /// examined by a collection until `gc.unfreeze()`.
    permanent: Vec<WeakObj>,
}

// The collector's registry is the interpreter's: every thread's
// containers are in it, and only the GIL holder touches it.
static STATE: GilLocal<RefCell<GcState>> = GilLocal::new(RefCell::new(GcState {
    generations: [const { Vec::new() }; GENERATIONS],
    allocations: 0,
    counts: [0; GENERATIONS],
    thresholds: [700, 10, 10],
    enabled: true,
    long_lived_pending: 0,
    long_lived_total: 0,
    compacted_len: 0,
    collecting: false,
    permanent: Vec::new(),
}));
static PENDING: GilLocal<Cell<bool>> = GilLocal::new(Cell::new(false));

/// Registers a new container object.
pub fn track(obj: &Obj) {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        s.generations[0].push(Rc::downgrade(obj));
        s.allocations += 1;
        if s.enabled && s.allocations > s.thresholds[0] && s.thresholds[0] > 0 && !s.collecting {
            PENDING.with(|p| p.set(true));
            crate::object::set_breaker();
        }
    });
}

/// Whether enough allocations happened that the interpreter should collect
/// at its next safe point.
#[inline]
pub fn collection_pending() -> bool {
    PENDING.with(|p| p.get())
}

/// The generation an automatic collection should cover, following
/// CPython's thresholds; resets the pending flag.
pub fn generation_to_collect() -> usize {
    PENDING.with(|p| p.set(false));
    STATE.with(|s| {
        let s = s.borrow();
        for g in (1..GENERATIONS).rev() {
            if s.counts[g - 1] > s.thresholds[g] {
                // A full collection waits until enough has survived.
                if g == GENERATIONS - 1 && s.long_lived_pending < s.long_lived_total / 4 {
                    continue;
                }
                return g;
            }
        }
        0
    })
}

/// What a collection found.
pub struct Garbage {
    /// Unreachable objects: finalize, then `clear_garbage`.
    pub objects: Vec<Obj>,
}

/// The buffers of one collection of `n` tracked objects, all reserved
/// up front (about 90 bytes per object), or none.
struct WorkingMemory {
    weak: Vec<WeakObj>,
    objects: Vec<Obj>,
    index: HashMap<*const Object, usize>,
    outside: Vec<isize>,
    reachable: Vec<bool>,
    stack: Vec<usize>,
    garbage: Vec<Obj>,
    survivors: Vec<WeakObj>,
}

impl WorkingMemory {
    fn reserve(n: usize) -> Option<WorkingMemory> {
        fn vec<T>(n: usize) -> Option<Vec<T>> {
            let mut v = Vec::new();
            v.try_reserve_exact(n).ok()?;
            Some(v)
        }
        let mut index = HashMap::new();
        index.try_reserve(n).ok()?;
        Some(WorkingMemory {
            weak: vec(n)?,
            objects: vec(n)?,
            index,
            outside: vec(n)?,
            reachable: vec(n)?,
            stack: vec(n)?,
            garbage: vec(n)?,
            survivors: vec(n)?,
        })
    }
}

/// Finds the unreachable objects of generations `0..=generation`; the
/// survivors move to the next generation.
pub fn find_garbage(generation: usize) -> Garbage {
    let generation = generation.min(GENERATIONS - 1);
    let next = (generation + 1).min(GENERATIONS - 1);
    // The collection's working memory is reserved before anything moves:
    // when memory is short (a deep recursion under `ulimit -v`), the
    // collection is skipped, as nothing requires it, instead of aborting.
    let Some(mut work) = STATE.with(|s| {
        let mut s = s.borrow_mut();
        let n: usize = s.generations[..=generation].iter().map(Vec::len).sum();
        let work = WorkingMemory::reserve(n)?;
        s.generations[next].try_reserve(n).ok()?;
        s.collecting = true;
        Some(work)
    }) else {
        STATE.with(|s| s.borrow_mut().allocations = 0);
        return Garbage { objects: Vec::new() };
    };
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        for g in 0..=generation {
            work.weak.append(&mut s.generations[g]);
        }
    });
    let WorkingMemory {
        weak,
        mut objects,
        mut index,
        mut outside,
        mut reachable,
        mut stack,
        mut garbage,
        mut survivors,
    } = work;
    objects.extend(weak.iter().filter_map(|w| w.upgrade()));
    drop(weak);

    index.extend(objects.iter().enumerate().map(|(i, o)| (Rc::as_ptr(o), i)));
    // References from outside the set: strong count, minus our own
    // upgrade, minus references traced from inside.
    outside.extend(objects.iter().map(|o| Rc::strong_count(o) as isize - 1));
    for obj in &objects {
        obj.trace(&mut |r: &Obj| {
            if let Some(&j) = index.get(&Rc::as_ptr(r)) {
                outside[j] -= 1;
            }
        });
    }
    reachable.resize(objects.len(), false);
    stack.extend((0..objects.len()).filter(|&i| outside[i] > 0));
    for &i in &stack {
        reachable[i] = true;
    }
    while let Some(i) = stack.pop() {
        objects[i].trace(&mut |r: &Obj| {
            if let Some(&j) = index.get(&Rc::as_ptr(r)) {
                if !reachable[j] {
                    reachable[j] = true;
                    stack.push(j);
                }
            }
        });
    }

    for (i, obj) in objects.into_iter().enumerate() {
        if reachable[i] {
            survivors.push(Rc::downgrade(&obj));
        } else {
            garbage.push(obj);
        }
    }
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        if next == GENERATIONS - 1 {
            if generation == GENERATIONS - 1 {
                s.long_lived_total = survivors.len();
                s.long_lived_pending = 0;
                s.compacted_len = survivors.len();
            } else {
                s.long_lived_pending += survivors.len();
            }
        }
        s.generations[next].extend(survivors);
        // Drop dead entries of the oldest generation now and then, so that
        // freed objects do not keep their memory through a weak entry.
        let oldest = s.generations[GENERATIONS - 1].len();
        if oldest > 2 * s.compacted_len + 10_000 {
            s.generations[GENERATIONS - 1].retain(|w| w.strong_count() > 0);
            s.compacted_len = s.generations[GENERATIONS - 1].len();
        }
        if generation + 1 < GENERATIONS {
            s.counts[generation + 1] += 1;
        }
        for g in 0..=generation {
            s.counts[g] = 0;
        }
        s.allocations = 0;
        s.collecting = false;
    });
    Garbage { objects: garbage }
}

/// Breaks the cycles of unreachable objects; returns how many there were.
/// Clears the garbage's references; returns how many objects CPython
/// would count. Instance dicts are not counted: CPython 3.11 keeps an
/// instance's attributes inline, with no dict object to find.
pub fn clear_garbage(garbage: Garbage) -> usize {
    let instance_dicts: std::collections::HashSet<*const Object> =
        garbage.objects.iter().filter_map(|o| o.dict.as_ref().map(Rc::as_ptr)).collect();
    let n = garbage.objects.iter().filter(|o| !instance_dicts.contains(&Rc::as_ptr(o))).count();
    for obj in &garbage.objects {
        obj.clear();
    }
    drop(garbage);
    n
}

pub fn is_enabled() -> bool {
    STATE.with(|s| s.borrow().enabled)
}

pub fn set_enabled(enabled: bool) {
    STATE.with(|s| s.borrow_mut().enabled = enabled);
}

/// `gc.get_count()`.
pub fn get_count() -> (usize, usize, usize) {
    STATE.with(|s| {
        let s = s.borrow();
        (s.allocations, s.counts[1], s.counts[2])
    })
}

pub fn get_threshold() -> (usize, usize, usize) {
    STATE.with(|s| {
        let s = s.borrow();
        (s.thresholds[0], s.thresholds[1], s.thresholds[2])
    })
}

pub fn set_threshold(t0: usize, t1: Option<usize>, t2: Option<usize>) {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        s.thresholds[0] = t0;
        if let Some(t1) = t1 {
            s.thresholds[1] = t1;
        }
        if let Some(t2) = t2 {
            s.thresholds[2] = t2;
        }
    });
}

/// Every live tracked object (`gc.get_objects()`), optionally one generation.
pub fn tracked_objects(generation: Option<usize>) -> Vec<Obj> {
    STATE.with(|s| {
        let s = s.borrow();
        let gens: Vec<usize> = match generation {
            Some(g) if g < GENERATIONS => vec![g],
            _ => (0..GENERATIONS).collect(),
        };
        gens.iter().flat_map(|&g| s.generations[g].iter().filter_map(|w| w.upgrade())).collect()
    })
}

/// Whether an object is registered with the collector.
pub fn is_tracked(obj: &Obj) -> bool {
    let ptr = Rc::as_ptr(obj);
    STATE.with(|s| {
        let s = s.borrow();
        s.generations.iter().chain(std::iter::once(&s.permanent)).any(|g| g.iter().any(|w| w.as_ptr() == ptr))
    })
}

/// `gc.freeze()`: everything tracked now moves to the permanent
/// generation, which collections ignore.
pub fn freeze() {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        for g in 0..GENERATIONS {
            let moved = std::mem::take(&mut s.generations[g]);
            s.permanent.extend(moved);
        }
        s.counts = [0; GENERATIONS];
    });
}

/// `gc.unfreeze()`: the permanent generation goes back to the oldest one.
pub fn unfreeze() {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        let moved = std::mem::take(&mut s.permanent);
        s.generations[GENERATIONS - 1].extend(moved);
    });
}

/// `gc.get_freeze_count()`: live objects in the permanent generation.
pub fn freeze_count() -> usize {
    STATE.with(|s| s.borrow().permanent.iter().filter(|w| w.strong_count() > 0).count())
}
