//! The interpreter state of one thread, and the helpers everything else
//! uses to make and inspect values.

pub mod call;
pub mod error;
pub mod eval;
pub mod frame;
pub mod import;
pub mod interpreter;
pub mod names;
pub mod signals;
pub mod source;
pub mod stack;
pub mod traceback;
pub mod warnings;

use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use num_bigint::BigInt;

pub use error::{PyErr, PyResult};
pub use frame::Frame;
pub use interpreter::Interpreter;
pub use names::Names;

use crate::object::{Obj, Object, Payload, PyCell};
use crate::types::dict::DictTable;
use crate::types::list::ListStorage;
use crate::types::str::PyStr;
use crate::types::{ExcTypes, Types};
use crate::value::Value;

/// Creates a native module: called once, on first import.
pub type NativeModuleInit = fn(&mut Vm) -> PyResult<Obj>;

/// The Python library embedded in the binary (our `lib/`).
#[derive(Clone, Copy)]
pub struct EmbeddedLibrary {
    /// A module's source by its dotted name: `Some((source, is_package))`.
    pub source: fn(&str) -> Option<(&'static str, bool)>,
    /// A module's precompiled code (`ferropy_bytecode::serial` bytes) by
    /// the file name it was compiled under; None when it must be compiled
    /// from source.
    pub code: fn(&str) -> Option<&'static [u8]>,
}

/// How the interpreter was started.
#[derive(Clone, Debug, Default)]
pub struct Config {
    pub argv: Vec<String>,
    /// Directories searched for modules, in order, before the standard ones.
    pub path: Vec<String>,
    pub optimize: u8,
    pub unbuffered: bool,
    pub inspect: bool,
    pub executable: String,
    /// `sys._base_executable`, `sys.prefix` and `sys.base_prefix`; empty
    /// means the embedded library's name (an embedder with no files).
    pub base_executable: String,
    pub prefix: String,
    pub base_prefix: String,
    pub no_site: bool,
    pub limits: Limits,
    /// The rest of what the command line and environment set.
    pub flags: Flags,
}

/// Where the str/bytes hash key comes from (PYTHONHASHSEED).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HashSeed {
    /// A fixed seed: 0 is the zero key (no randomization), others derive a
    /// key as CPython does, so hashes and set orders repeat CPython's.
    Fixed(u32),
    /// A key from the OS's randomness (CPython's default).
    Random,
}

impl Default for HashSeed {
    /// Embedders and tests get reproducible hashes; the command line asks
    /// for `Random` unless PYTHONHASHSEED says otherwise.
    fn default() -> Self {
        HashSeed::Fixed(0)
    }
}

/// Start-up settings shown in `sys.flags`, `sys.warnoptions` and
/// `sys._xoptions`, as CPython's command line sets them.
#[derive(Clone, Debug, Default)]
pub struct Flags {
    pub debug: bool,
    pub interactive: bool,
    pub dont_write_bytecode: bool,
    pub no_user_site: bool,
    pub ignore_environment: bool,
    pub verbose: u8,
    pub bytes_warning: u8,
    pub quiet: bool,
    pub isolated: bool,
    pub dev_mode: bool,
    pub utf8_mode: bool,
    pub safe_path: bool,
    /// -x: skip the first line of the program's source.
    pub skip_first_line: bool,
    /// `-X int_max_str_digits` / PYTHONINTMAXSTRDIGITS (None: the default).
    pub int_max_str_digits: Option<usize>,
    /// PYTHONHASHSEED: the key of str and bytes hashes.
    pub hash_seed: HashSeed,
    pub warnoptions: Vec<String>,
    pub xoptions: Vec<String>,
    /// PYTHONIOENCODING: the standard streams' encoding and (stdin and
    /// stdout) error handler, each None for the default.
    pub io_encoding: (Option<String>, Option<String>),
}

/// Resource limits for running untrusted input (the fuzzer). Python itself
/// has none; the defaults are unlimited.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Safe points (calls, backward jumps) a run may pass; then it aborts
    /// with an exception no handler can catch.
    pub max_steps: u64,
    /// Largest allocation, in bytes, of one str, bytes, list or tuple, and
    /// largest int, in bits: beyond it MemoryError.
    pub max_alloc_bytes: usize,
    pub max_int_bits: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_steps: u64::MAX, max_alloc_bytes: memory_ceiling(), max_int_bits: u64::MAX }
    }
}

/// The most one allocation could get: physical memory and swap, or the
/// address-space limit (`ulimit -v`) if smaller. An allocation beyond it
/// cannot succeed, and asking would abort the process: it is a
/// MemoryError instead, as CPython's malloc failing would be.
fn memory_ceiling() -> usize {
    let kib = |text: &str, key: &str| -> Option<usize> {
        let line = text.lines().find(|l| l.starts_with(key))?;
        line[key.len()..].split_whitespace().next()?.parse::<usize>().ok().map(|k| k.saturating_mul(1024))
    };
    let mut ceiling = isize::MAX as usize;
    if let Ok(info) = std::fs::read_to_string("/proc/meminfo") {
        if let (Some(ram), Some(swap)) = (kib(&info, "MemTotal:"), kib(&info, "SwapTotal:")) {
            ceiling = ceiling.min(ram.saturating_add(swap));
        }
    }
    if let Ok(limits) = std::fs::read_to_string("/proc/self/limits") {
        let line = limits.lines().find(|l| l.starts_with("Max address space"));
        if let Some(limit) = line.and_then(|l| l["Max address space".len()..].split_whitespace().next()?.parse().ok()) {
            ceiling = ceiling.min(limit);
        }
    }
    ceiling
}

/// What `sys._getframe` needs of a frame: its code, globals and the
/// instruction it is at.
pub struct FrameInfo {
    pub code: Rc<crate::types::code::Code>,
    pub globals: Obj,
    pub lasti: usize,
}

/// An interpreter loop waiting for a call: its running frame (`current`)
/// and the frames below it (`parents`, bottom first). `nesting` is the
/// loop's `execute_nesting`, so a walk can tell when a loop in between
/// (native code that called Python some other way) left no record.
pub struct Suspended {
    pub parents: Vec<Frame>,
    pub current: FrameInfo,
    pub nesting: usize,
}

pub struct Vm {
    /// What this thread shares with the interpreter's other threads.
    pub interp: Rc<Interpreter>,
    pub types: Types,
    pub exc: ExcTypes,
    pub names: Names,
    pub not_implemented: Obj,
    pub ellipsis: Obj,
    pub empty_tuple: Obj,
    pub empty_str: Obj,
    pub builtins: Obj,
    pub sys: Obj,
    /// `sys.modules`.
    pub modules: Obj,
    /// Globals of the Python frame running now (for natives that need the
    /// caller's module, like `type(name, bases, ns)` setting `__module__`).
    pub current_globals: Option<Obj>,
    /// Python frames active (including those run by native callers).
    pub depth: usize,
    /// The exception being handled (`sys.exc_info()`), if any.
    pub exc_info: Option<Obj>,
    pub config: Config,
    /// Set when a caught signal arrives; checked at safe points.
    pub interrupt: Arc<AtomicBool>,
    /// Whether this is the main thread (the one that runs signal handlers).
    pub is_main_thread: bool,
    /// Nesting of native operations that recurse (repr, ==, hash ...).
    pub native_depth: usize,
    /// Safe points left before the step budget runs out (`Limits`).
    pub steps_left: u64,
    /// The step budget ran out: exceptions unwind without being handled.
    pub aborting: bool,
    /// Interpreter loops waiting for a call they made, innermost last: the
    /// frames they hold, so `sys._getframe` and `f_back` can walk the
    /// whole Python call stack (see `Suspended`).
    pub suspended: Vec<Suspended>,
    /// A loop that called a built-in without recording itself (recording
    /// costs a quarter of a cheap call): if the built-in runs Python code,
    /// the new loop records the caller from here first (vm/stack.rs,
    /// `UnrecordedLoop`).
    pub unrecorded: Option<crate::vm::stack::UnrecordedLoop>,
    /// How many interpreter loops are running (native code calling Python
    /// starts another); a frame's callers are known within one loop.
    pub execute_nesting: usize,
    /// `sys.set_asyncgen_hooks`' firstiter and finalizer, per thread.
    pub asyncgen_hooks: [Option<Value>; 2],
    /// This thread's hold on the GIL. Last, so that it is let go after
    /// every other field (they hold objects) has been dropped.
    gil: Option<crate::gil::GilHold>,
}

/// A new thread's `Vm`, made by the thread that starts it, opened by the
/// new thread once it holds the GIL (`Vm::from_seed`).
pub type ThreadSeed = crate::gil::SendBox<Vm>;

impl Vm {
    /// A fresh interpreter with the built-in types, `builtins` and `sys`.
    pub fn new(config: Config) -> Vm {
        // Before any object is made.
        let gil = crate::gil::hold();
        // Before any str is hashed (hashes are cached in the objects).
        crate::types::str::set_hash_seed(config.flags.hash_seed);
        let types = Types::create();
        let exc = ExcTypes::create(&types);
        let names = Names::create(&mut interpreter::intern);
        let not_implemented = Object::builtin(Payload::NotImplemented);
        let ellipsis = Object::builtin(Payload::Ellipsis);
        let empty_tuple = Object::builtin(Payload::Tuple(Box::new([])));
        let empty_str = interpreter::intern("");
        let placeholder = Object::builtin(Payload::Dict(Box::new(PyCell::new(DictTable::new()))));
        let mut vm = Vm {
            interp: Rc::new(Interpreter::default()),
            types,
            exc,
            names,
            not_implemented,
            ellipsis,
            empty_tuple,
            empty_str,
            builtins: placeholder.clone(),
            sys: placeholder.clone(),
            modules: placeholder,
            current_globals: None,
            depth: 0,
            exc_info: None,
            config,
            interrupt: Arc::new(AtomicBool::new(false)),
            is_main_thread: true,
            native_depth: 0,
            steps_left: 0,
            aborting: false,
            suspended: Vec::new(),
            unrecorded: None,
            execute_nesting: 0,
            asyncgen_hooks: [None, None],
            gil: Some(gil),
        };
        vm.steps_left = vm.config.limits.max_steps;
        interpreter::set_recursion_limit(1000);
        interpreter::set_int_max_str_digits(vm.config.flags.int_max_str_digits.unwrap_or(4300));
        crate::types::init_all(&mut vm);
        vm.modules = vm.new_dict();
        vm.builtins = crate::builtins::make_module(&mut vm);
        vm.sys = crate::modules::sys::make_module(&mut vm);
        let builtins = Value::Obj(vm.builtins.clone());
        let sys = Value::Obj(vm.sys.clone());
        let _ = vm.dict_set_str(&vm.modules.clone(), "builtins", builtins);
        let _ = vm.dict_set_str(&vm.modules.clone(), "sys", sys);
        crate::modules::register_native_modules(&mut vm);
        vm
    }

    /// Registers a native module to be created on first import.
    pub fn add_native_module(&mut self, name: &str, init: NativeModuleInit) {
        self.interp.native_modules.borrow_mut().insert(name.to_string(), init);
    }

    /// The state of a new thread of this interpreter: the shared objects
    /// and an empty frame stack. The new thread opens it with `from_seed`.
    pub fn thread_seed(&self) -> ThreadSeed {
        crate::gil::SendBox::new(Vm {
            interp: self.interp.clone(),
            types: self.types.clone(),
            exc: self.exc.clone(),
            names: self.names.clone(),
            not_implemented: self.not_implemented.clone(),
            ellipsis: self.ellipsis.clone(),
            empty_tuple: self.empty_tuple.clone(),
            empty_str: self.empty_str.clone(),
            builtins: self.builtins.clone(),
            sys: self.sys.clone(),
            modules: self.modules.clone(),
            current_globals: None,
            depth: 0,
            exc_info: None,
            config: self.config.clone(),
            interrupt: self.interrupt.clone(),
            is_main_thread: false,
            native_depth: 0,
            steps_left: self.steps_left,
            aborting: false,
            suspended: Vec::new(),
            unrecorded: None,
            execute_nesting: 0,
            asyncgen_hooks: [None, None],
            gil: None,
        })
    }

    /// A new thread's `Vm`, on that thread: takes the GIL first.
    pub fn from_seed(seed: ThreadSeed) -> Vm {
        let hold = crate::gil::hold();
        let mut vm = seed.open();
        vm.gil = Some(hold);
        vm
    }

    /// Runs `f` with the GIL released, so that other threads run while
    /// this one blocks (a read, a sleep, a lock wait). `f` cannot touch a
    /// Python object: it must be `Send`, and objects are not.
    pub fn allow_threads<T>(&mut self, f: impl FnOnce() -> T + Send) -> T {
        if crate::gil::single_threaded() {
            return f();
        }
        crate::gil::without_gil(f)
    }

    /// `sys.getrecursionlimit()` (the interpreter's).
    #[inline]
    pub fn recursion_limit(&self) -> usize {
        interpreter::recursion_limit()
    }

    // ----- strings -----------------------------------------------------

    /// The interned string object for `s`.
    pub fn intern(&mut self, s: &str) -> Obj {
        interpreter::intern(s)
    }

    pub fn new_str(&mut self, s: impl Into<String>) -> Value {
        Value::Obj(self.new_str_owned(s.into()))
    }

    /// `new_str` as the object itself.
    pub fn new_str_owned(&mut self, s: String) -> Obj {
        match s.len() {
            0 => self.empty_str.clone(),
            1 => self.intern(&s),
            _ => Object::builtin(Payload::Str(PyStr::new(s))),
        }
    }

    /// `new_str` of borrowed text: short text is stored inline, so it is
    /// never copied into a `String` first.
    #[inline]
    pub fn new_str_from(&mut self, s: &str) -> Value {
        Value::Obj(self.new_str_obj(s))
    }

    /// `new_str_from` as the object itself (8 bytes, returned in a
    /// register: see `types::file::read_line`).
    #[inline]
    pub fn new_str_obj(&mut self, s: &str) -> Obj {
        match s.len() {
            0 => self.empty_str.clone(),
            1 => self.intern(s),
            _ => Object::builtin(Payload::Str(PyStr::from_text(s))),
        }
    }

    // ----- containers --------------------------------------------------

    pub fn new_list(&self, items: Vec<Value>) -> Value {
        Value::Obj(Object::builtin(Payload::List(Box::new(PyCell::new(ListStorage::from_values(items))))))
    }

    pub fn new_list_storage(&self, storage: ListStorage) -> Value {
        Value::Obj(Object::builtin(Payload::List(Box::new(PyCell::new(storage)))))
    }

    pub fn new_tuple(&self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return Value::Obj(self.empty_tuple.clone());
        }
        Value::Obj(Object::builtin(Payload::Tuple(items.into_boxed_slice())))
    }

    pub fn new_dict(&self) -> Obj {
        Object::builtin(Payload::Dict(Box::new(PyCell::new(DictTable::new()))))
    }

    pub fn new_int_big(&self, big: BigInt) -> Value {
        crate::types::int::big_to_value(big)
    }

    // ----- types -------------------------------------------------------

    /// The class of a value.
    pub fn class_of<'a>(&'a self, value: &'a Value) -> &'a Obj {
        match value {
            Value::Obj(o) => self.class_of_obj(o),
            Value::Int(_) => &self.types.int,
            Value::Float(_) => &self.types.float,
            Value::Bool(_) => &self.types.bool_,
            Value::None => &self.types.none_type,
            Value::Undef => &self.types.object,
        }
    }

    /// The class of a heap object.
    pub fn class_of_obj<'a>(&'a self, obj: &'a Obj) -> &'a Obj {
        if let Some(class) = obj.class() {
            return class;
        }
        let t = &self.types;
        match &obj.payload {
            Payload::Instance | Payload::Slots(_) => &t.object,
            Payload::Int(_) => &t.int,
            Payload::Float(_) => &t.float,
            Payload::Complex(_) => &t.complex,
            Payload::Str(_) => &t.str,
            Payload::Bytes(_) => &t.bytes,
            Payload::ByteArray(_) => &t.bytearray,
            Payload::List(_) => &t.list,
            Payload::Tuple(_) => &t.tuple,
            Payload::Dict(_) => &t.dict,
            Payload::Set(_) => &t.set,
            Payload::FrozenSet(_) => &t.frozenset,
            Payload::Range(_) => &t.range,
            Payload::Slice(_) => &t.slice,
            Payload::Function(_) => &t.function,
            Payload::Builtin(b) => b.class_in(t),
            Payload::Method(_) => &t.method,
            Payload::Code(_) => &t.code,
            Payload::Cell(_) => &t.cell,
            Payload::Module(_) => &t.module,
            Payload::Type(_) => &t.type_,
            Payload::Property(_) => &t.property,
            Payload::ClassMethod(_) => &t.classmethod,
            Payload::StaticMethod(_) => &t.staticmethod,
            Payload::GetSet(_) => &t.getset_descriptor,
            Payload::Member(_) => &t.member_descriptor,
            Payload::Super(_) => &t.super_,
            Payload::Exception(_) => &self.exc.base_exception,
            Payload::Generator(g) => g.class_in(t),
            Payload::Iterator(it) => crate::types::iterators::class_of_iterator(t, it),
            Payload::WeakRef(w) => w.class_in(t),
            Payload::NotImplemented => &t.not_implemented_type,
            Payload::Ellipsis => &t.ellipsis_type,
            Payload::DictView(v) => crate::types::views::class_of_view(t, v),
            Payload::MappingProxy(_) => &t.mappingproxy,
            Payload::Traceback(_) => &t.traceback,
            Payload::Native(_) => &t.object,
        }
    }

    /// The `__name__` of a value's class, for error messages.
    pub fn type_name(&self, value: &Value) -> String {
        crate::types::type_::type_name(self.class_of(value))
    }

    /// `callable(value)`.
    pub fn is_callable(&self, value: &Value) -> bool {
        match value.payload() {
            Some(Payload::Function(_) | Payload::Builtin(_) | Payload::Method(_) | Payload::Type(_)) => true,
            _ => crate::types::type_::lookup(self.class_of(value), &self.names.__call__).is_some(),
        }
    }

    /// Whether `value` is an instance of `class` (by the MRO, without
    /// consulting `__instancecheck__`).
    pub fn is_instance(&self, value: &Value, class: &Obj) -> bool {
        crate::types::type_::is_subtype(self.class_of(value), class)
    }

    // ----- safe points -------------------------------------------------

    /// Work that waits for a safe point: Ctrl-C, `__del__` methods of
    /// freed objects, and cycle collection.
    pub fn run_pending(&mut self) -> PyResult<()> {
        if self.interrupt.load(Ordering::Relaxed) {
            if self.is_main_thread {
                self.interrupt.store(false, Ordering::SeqCst);
                self.dispatch_signals()?;
            } else {
                // Only the main thread handles signals: leave the breaker
                // set for it (this thread just cleared it).
                crate::object::set_breaker();
            }
        }
        crate::gil::yield_if_requested();
        if crate::object::finalizers_pending() {
            self.run_finalizers();
        }
        if crate::gc::collection_pending() {
            let generation = crate::gc::generation_to_collect();
            self.collect_garbage(generation);
        }
        Ok(())
    }

    /// Calls `__del__` on objects whose last reference went away. Errors
    /// are reported as CPython does ("Exception ignored in: ...").
    pub fn run_finalizers(&mut self) {
        // Finalizers may free more objects; loop until quiet.
        for _ in 0..1000 {
            let pending = crate::object::take_pending_finalizers();
            if pending.is_empty() {
                break;
            }
            for obj in pending {
                self.finalize(obj);
            }
        }
    }

    /// Runs the cycle collector over generations `0..=generation`; returns
    /// the number of unreachable objects found.
    pub fn collect_garbage(&mut self, generation: usize) -> usize {
        // The attribute cache's references would keep cycles alive.
        crate::types::type_::clear_lookup_cache();
        let garbage = crate::gc::find_garbage(generation);
        for obj in &garbage.objects {
            if let Payload::WeakRef(data) = &obj.payload {
                crate::types::weakref::forget_callback(data);
            }
        }
        // Finalizers first, once per object (PEP 442), then break cycles.
        for obj in &garbage.objects {
            let needs_finalizer = obj.class().is_some_and(crate::types::type_::has_del)
                || matches!(&obj.payload, Payload::Generator(g) if g.needs_finalizer());
            if !obj.has_flag(crate::object::flags::FINALIZED) && needs_finalizer {
                obj.set_flag(crate::object::flags::FINALIZED);
                self.finalize(obj.clone());
            }
        }
        let n = crate::gc::clear_garbage(garbage);
        self.run_finalizers();
        n
    }

    /// Runs one object's finalizer: `__del__`, or for a generator what
    /// `GeneratorData::needs_finalizer` says. Errors are reported, not
    /// raised.
    fn finalize(&mut self, obj: Obj) {
        let value = Value::Obj(obj.clone());
        if let Payload::Generator(g) = &obj.payload {
            if let Err(err) = crate::types::generator::finalize(self, g, &value) {
                self.report_unraisable(&err, Some(&value));
            }
            return;
        }
        let del = self.names.__del__.clone();
        if let Some(method) = crate::protocol::attr::lookup_special(self, &value, &del) {
            if let Err(err) = self.call(&method, &[]) {
                // CPython names the function, not the bound method.
                let func = match method.payload() {
                    Some(Payload::Method(m)) => m.0.clone(),
                    _ => method.clone(),
                };
                self.report_unraisable(&err, Some(&func));
            }
        }
    }

    /// At exit, as CPython does: empty the modules' namespaces (`__main__`
    /// first and its garbage collected, then the others newest first) so the objects they hold are
    /// freed and their `__del__` methods run. Names starting with one
    /// underscore go first, then all but `__builtins__`.
    pub fn finalize_modules(&mut self) {
        // First collect the garbage there is, as CPython's finalization
        // does: its `__del__` methods still see intact modules.
        if crate::gc::is_enabled() {
            self.collect_garbage(crate::gc::GENERATIONS - 1);
            self.run_finalizers();
        }
        let modules = crate::types::dict::dict_items(&self.modules);
        let main = modules.iter().position(|(k, _)| crate::types::str::value_is_str(k, "__main__"));
        // __main__ first, then a collection: cycles the program left
        // (an unclosed event loop and its sockets) are freed while the
        // modules their `__del__` methods use are intact.
        self.clear_module_dicts(main.map(|i| modules[i].1.clone()).into_iter().collect());
        self.collect_garbage(crate::gc::GENERATIONS - 1);
        self.run_finalizers();
        // builtins goes last, after a collection: `__del__` methods of
        // garbage found then still see getattr and the other builtins.
        let is_named = |k: &Value, name| crate::types::str::value_is_str(k, name);
        let order = modules
            .iter()
            .rev()
            .filter(|(k, _)| !is_named(k, "__main__") && !is_named(k, "builtins"))
            .map(|(_, m)| m.clone())
            .collect();
        self.clear_module_dicts(order);
        self.collect_garbage(crate::gc::GENERATIONS - 1);
        self.run_finalizers();
        let builtins = modules.iter().filter(|(k, _)| is_named(k, "builtins")).map(|(_, m)| m.clone()).collect();
        self.clear_module_dicts(builtins);
        self.collect_garbage(crate::gc::GENERATIONS - 1);
        self.run_finalizers();
    }

    /// Sets the names of each module to None, private ones first, running
    /// finalizers as objects go.
    fn clear_module_dicts(&mut self, order: Vec<Value>) {
        for module in order {
            let Some(dict) =
                module.as_obj().filter(|m| matches!(m.payload, Payload::Module(_))).and_then(|m| m.dict.clone())
            else {
                continue;
            };
            for private_first in [true, false] {
                for (key, _) in crate::types::dict::dict_items(&dict) {
                    let Some(name) = crate::types::str::as_str(&key) else { continue };
                    let private = name.starts_with('_') && !name.starts_with("__");
                    if name == "__builtins__" || (private_first && !private) {
                        continue;
                    }
                    let _ = crate::types::dict::dict_set(self, &dict, key.clone(), Value::None);
                }
                self.run_finalizers();
            }
        }
    }

    /// Flushes sys.stdout and sys.stderr (before a fork, or when a
    /// process ends outside the usual shutdown).
    pub fn flush_std_streams(&mut self) {
        for name in ["stdout", "stderr"] {
            if let Ok(stream) = self.sys_attr(name) {
                if !stream.is_none() {
                    let _ = self.call_method(&stream, "flush", &[]);
                }
            }
        }
    }

    /// Prints an exception that cannot propagate, as CPython does for
    /// errors in `__del__`.
    pub fn report_unraisable(&mut self, err: &PyErr, obj: Option<&Value>) {
        self.report_unraisable_with(err, None, obj);
    }

    /// `report_unraisable` with CPython's `err_msg` ("Exception ignored
    /// in thread started by").
    pub fn report_unraisable_with(&mut self, err: &PyErr, message: Option<&str>, obj: Option<&Value>) {
        // A program's sys.unraisablehook gets the report (CPython's
        // UnraisableHookArgs); if it fails, the default below prints both.
        let object = obj.cloned().unwrap_or(Value::None);
        if let Some(hook) = self.sys_attr("unraisablehook").ok().filter(|h| !h.is_none()) {
            let exc = Value::Obj(err.exc.clone());
            let exc_type = Value::Obj(self.class_of(&exc).clone());
            let tb = crate::types::exceptions::data(&err.exc)
                .and_then(|d| d.borrow().traceback.clone())
                .map_or(Value::None, Value::Obj);
            let err_msg = message.map_or(Value::None, |m| self.new_str(m));
            let values = vec![exc_type, exc, tb, err_msg, object.clone()];
            let hook_args = crate::modules::sys::unraisable_hook_args(self, values);
            match hook_args.and_then(|a| self.call(&hook, &[a])) {
                Ok(_) => return,
                Err(hook_err) => {
                    let message = "Exception ignored in sys.unraisablehook";
                    crate::modules::sys::print_unraisable(self, Some(&hook_err.exc), Some(message), &hook);
                }
            }
        }
        crate::modules::sys::print_unraisable(self, Some(&err.exc), message, &object);
    }

    /// Writes to the process's stderr (through `sys.stderr` when it has
    /// been replaced).
    pub fn write_stderr(&mut self, text: &str) {
        crate::modules::sys::write_stderr(self, text);
    }

    /// MemoryError if an allocation of `bytes` is beyond the limit.
    pub fn check_alloc(&mut self, bytes: usize) -> PyResult<()> {
        if bytes > self.config.limits.max_alloc_bytes {
            return Err(self.memory_error());
        }
        Ok(())
    }

    /// MemoryError if an int of `bits` bits is beyond the limit.
    pub fn check_int_bits(&mut self, bits: u64) -> PyResult<()> {
        if bits > self.config.limits.max_int_bits {
            return Err(self.memory_error());
        }
        Ok(())
    }

    /// Counts a safe point against the step budget.
    #[inline]
    pub fn take_step(&mut self) -> PyResult<()> {
        self.take_steps(1)
    }

    /// Counts `n` steps against the step budget.
    #[inline]
    pub fn take_steps(&mut self, n: u64) -> PyResult<()> {
        self.steps_left = self.steps_left.saturating_sub(n);
        if self.steps_left == 0 {
            self.aborting = true;
            return Err(self.runtime_error("ferropy: step budget exhausted"));
        }
        Ok(())
    }

    /// Checks the Rust stack before a native operation that may recurse.
    pub fn enter_native_recursion(&mut self) -> PyResult<()> {
        self.enter_native_recursion_in("")
    }

    /// As `enter_native_recursion`, naming the operation in the error as
    /// CPython does (" while getting the repr of an object", " in
    /// comparison").
    pub fn enter_native_recursion_in(&mut self, during: &str) -> PyResult<()> {
        self.native_depth += 1;
        if self.native_depth > self.recursion_limit().max(100) * 2
            || stacker::remaining_stack().is_some_and(|r| r < 256 * 1024)
        {
            self.native_depth -= 1;
            let ty = self.exc.recursion_error.clone();
            return Err(self.new_error(&ty, format!("maximum recursion depth exceeded{during}")));
        }
        Ok(())
    }

    pub fn leave_native_recursion(&mut self) {
        self.native_depth -= 1;
    }
}

impl Drop for Vm {
    /// An interpreter's objects form cycles (a type and the methods in its
    /// dict, a module and its functions' globals). Breaking them lets a
    /// dropped Vm free everything; no Python code runs during teardown.
    /// Only the main thread's Vm owns the interpreter; another thread's
    /// just lets go of its references.
    fn drop(&mut self) {
        self.exc_info = None;
        if !self.is_main_thread {
            return;
        }
        self.current_globals = None;
        let mut dicts: Vec<Obj> = Vec::new();
        for (_, module) in crate::types::dict::dict_items(&self.modules) {
            if let Some(d) = module.as_obj().and_then(|m| m.dict.clone()) {
                dicts.push(d);
            }
        }
        dicts.push(self.modules.clone());
        for ty in self.types.all().into_iter().chain(self.exc.all()) {
            if let Some(d) = &ty.dict {
                dicts.push(d.clone());
            }
            crate::types::type_::data(&ty).clear();
        }
        for d in dicts {
            d.payload.clear();
        }
        drop(crate::object::take_pending_finalizers());
        crate::types::type_::clear_lookup_cache();
        crate::gc::clear_garbage(crate::gc::find_garbage(crate::gc::GENERATIONS - 1));
    }
}
