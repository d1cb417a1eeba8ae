//! `_pickle`: the fast path of lib/pickle.py for the binary protocols
//! (2 to 5), as CPython's C accelerator is for its pickle.py.
//!
//! `dumps(obj, protocol)` writes what the Python Pickler writes, byte for
//! byte (the same opcodes, memo and frames), for trees of None, bool,
//! int, float, str, bytes, bytearray, tuple, list, dict, set, frozenset
//! and functions and classes (by reference). `loads(data)` reads those
//! opcodes plus REDUCE, BUILD, NEWOBJ and NEWOBJ_EX. Anything else (an
//! object that needs `__reduce_ex__`, a text protocol, a str with a lone
//! surrogate, malformed data) makes them return None, and the Python
//! implementation does the whole job: its errors and messages stay the
//! only ones.

use std::collections::HashMap;

use ferropy_runtime::object::Payload;
use ferropy_runtime::protocol::args;
use ferropy_runtime::types::builtin_function::{KwArgs, NativeFn};
use ferropy_runtime::types::bytes::{as_bytes_like, new_bytes};
use ferropy_runtime::{Obj, PyErr, PyResult, Value, Vm};
use num_bigint::BigInt;

mod op {
    pub const MARK: u8 = b'(';
    pub const STOP: u8 = b'.';
    pub const POP: u8 = b'0';
    pub const POP_MARK: u8 = b'1';
    pub const DUP: u8 = b'2';
    pub const BININT: u8 = b'J';
    pub const BININT1: u8 = b'K';
    pub const BININT2: u8 = b'M';
    pub const NONE: u8 = b'N';
    pub const REDUCE: u8 = b'R';
    pub const BINUNICODE: u8 = b'X';
    pub const APPEND: u8 = b'a';
    pub const BUILD: u8 = b'b';
    pub const GLOBAL: u8 = b'c';
    pub const APPENDS: u8 = b'e';
    pub const BINGET: u8 = b'h';
    pub const LONG_BINGET: u8 = b'j';
    pub const EMPTY_LIST: u8 = b']';
    pub const BINPUT: u8 = b'q';
    pub const LONG_BINPUT: u8 = b'r';
    pub const SETITEM: u8 = b's';
    pub const TUPLE: u8 = b't';
    pub const EMPTY_TUPLE: u8 = b')';
    pub const SETITEMS: u8 = b'u';
    pub const EMPTY_DICT: u8 = b'}';
    pub const BINFLOAT: u8 = b'G';
    pub const BINBYTES: u8 = b'B';
    pub const SHORT_BINBYTES: u8 = b'C';
    pub const PROTO: u8 = 0x80;
    pub const NEWOBJ: u8 = 0x81;
    pub const TUPLE1: u8 = 0x85;
    pub const TUPLE2: u8 = 0x86;
    pub const TUPLE3: u8 = 0x87;
    pub const NEWTRUE: u8 = 0x88;
    pub const NEWFALSE: u8 = 0x89;
    pub const LONG1: u8 = 0x8a;
    pub const LONG4: u8 = 0x8b;
    pub const SHORT_BINUNICODE: u8 = 0x8c;
    pub const BINUNICODE8: u8 = 0x8d;
    pub const BINBYTES8: u8 = 0x8e;
    pub const EMPTY_SET: u8 = 0x8f;
    pub const ADDITEMS: u8 = 0x90;
    pub const FROZENSET: u8 = 0x91;
    pub const NEWOBJ_EX: u8 = 0x92;
    pub const STACK_GLOBAL: u8 = 0x93;
    pub const MEMOIZE: u8 = 0x94;
    pub const FRAME: u8 = 0x95;
    pub const BYTEARRAY8: u8 = 0x96;
}

/// pickle.py's framing and batching constants.
const FRAME_SIZE_MIN: usize = 4;
const FRAME_SIZE_TARGET: usize = 64 * 1024;
const BATCHSIZE: usize = 1000;

/// Why the fast path stopped: the Python implementation takes over, or a
/// Python exception (from a call the Python path would make as well).
enum Stop {
    Unsupported,
    Raised(PyErr),
}

impl From<PyErr> for Stop {
    fn from(e: PyErr) -> Stop {
        Stop::Raised(e)
    }
}

type Step<T = ()> = Result<T, Stop>;

fn finish<T>(vm: &mut Vm, r: Step<T>, wrap: impl FnOnce(&mut Vm, T) -> Value) -> PyResult<Value> {
    match r {
        Ok(v) => Ok(wrap(vm, v)),
        Err(Stop::Unsupported) => Ok(Value::None),
        Err(Stop::Raised(e)) => Err(e),
    }
}

// ----- writing ---------------------------------------------------------------

struct Writer {
    proto: u8,
    out: Vec<u8>,
    /// The frame being filled (protocol 4 on), else None.
    frame: Option<Vec<u8>>,
    memo: HashMap<usize, u32>,
    /// What the memo refers to, kept alive so that no id is reused.
    memoized: Vec<Value>,
}

impl Writer {
    fn write(&mut self, data: &[u8]) {
        match &mut self.frame {
            Some(frame) => frame.extend_from_slice(data),
            None => self.out.extend_from_slice(data),
        }
    }

    fn commit_frame(&mut self) {
        let Some(frame) = self.frame.as_mut() else { return };
        let frame = std::mem::take(frame);
        if frame.len() >= FRAME_SIZE_MIN {
            self.out.push(op::FRAME);
            self.out.extend_from_slice(&(frame.len() as u64).to_le_bytes());
        }
        self.out.extend_from_slice(&frame);
    }

    /// A big payload goes out whole, between frames.
    fn write_large(&mut self, header: &[u8], payload: &[u8]) {
        if self.frame.is_some() && payload.len() >= FRAME_SIZE_TARGET {
            self.commit_frame();
            self.out.extend_from_slice(header);
            self.out.extend_from_slice(payload);
        } else {
            self.write(header);
            self.write(payload);
        }
    }

    fn memoize(&mut self, obj: &Value) {
        let idx = self.memo.len() as u32;
        if self.proto >= 4 {
            self.write(&[op::MEMOIZE]);
        } else if idx < 256 {
            self.write(&[op::BINPUT, idx as u8]);
        } else {
            self.write(&[op::LONG_BINPUT]);
            self.write(&idx.to_le_bytes());
        }
        self.memo.insert(obj.id() as usize, idx);
        self.memoized.push(obj.clone());
    }

    fn get(&mut self, idx: u32) {
        if idx < 256 {
            self.write(&[op::BINGET, idx as u8]);
        } else {
            self.write(&[op::LONG_BINGET]);
            self.write(&idx.to_le_bytes());
        }
    }

    fn memo_of(&self, v: &Value) -> Option<u32> {
        self.memo.get(&(v.id() as usize)).copied()
    }

    fn save(&mut self, vm: &mut Vm, v: &Value) -> Step {
        if self.frame.as_ref().is_some_and(|f| f.len() >= FRAME_SIZE_TARGET) {
            self.commit_frame();
        }
        match v {
            Value::None => self.write(&[op::NONE]),
            Value::Bool(b) => self.write(&[if b.get() { op::NEWTRUE } else { op::NEWFALSE }]),
            Value::Int(i) => self.save_int(*i),
            Value::Float(f) => {
                self.write(&[op::BINFLOAT]);
                self.write(&f.get().to_be_bytes());
            }
            Value::Obj(o) => {
                if let Some(idx) = self.memo_of(v) {
                    self.get(idx);
                    return Ok(());
                }
                self.save_object(vm, v, o)?;
            }
            Value::Undef => return Err(Stop::Unsupported),
        }
        Ok(())
    }

    fn save_int(&mut self, i: i64) {
        if (0..=0xff).contains(&i) {
            self.write(&[op::BININT1, i as u8]);
        } else if (0..=0xffff).contains(&i) {
            self.write(&[op::BININT2]);
            self.write(&(i as u16).to_le_bytes());
        } else if (-0x8000_0000..=0x7fff_ffff).contains(&i) {
            self.write(&[op::BININT]);
            self.write(&(i as i32).to_le_bytes());
        } else {
            self.save_long(&BigInt::from(i));
        }
    }

    fn save_long(&mut self, b: &BigInt) {
        let data = if b.sign() == num_bigint::Sign::NoSign { Vec::new() } else { b.to_signed_bytes_le() };
        if data.len() < 256 {
            self.write(&[op::LONG1, data.len() as u8]);
        } else {
            self.write(&[op::LONG4]);
            self.write(&(data.len() as i32).to_le_bytes());
        }
        self.write(&data);
    }

    fn save_object(&mut self, vm: &mut Vm, v: &Value, o: &Obj) -> Step {
        let class = vm.class_of(v).clone();
        let t = &vm.types;
        let exact = |ty: &Obj| Obj::ptr_eq(&class, ty);
        match &o.payload {
            Payload::Int(b) if exact(&t.int) => self.save_long(b),
            Payload::Str(s) if exact(&t.str) => {
                let text = s.as_str();
                if ferropy_runtime::unicode::code_points::contains_reserved(text.as_bytes()) {
                    // Lone surrogates: surrogatepass is the Python path's.
                    return Err(Stop::Unsupported);
                }
                let n = text.len();
                if n <= 0xff && self.proto >= 4 {
                    self.write(&[op::SHORT_BINUNICODE, n as u8]);
                    self.write(text.as_bytes());
                } else if n > 0xffff_ffff && self.proto >= 4 {
                    let mut header = vec![op::BINUNICODE8];
                    header.extend_from_slice(&(n as u64).to_le_bytes());
                    self.write_large(&header, text.as_bytes());
                } else {
                    let mut header = vec![op::BINUNICODE];
                    header.extend_from_slice(&(n as u32).to_le_bytes());
                    self.write_large(&header, text.as_bytes());
                }
                self.memoize(v);
            }
            Payload::Bytes(b) if exact(&t.bytes) && self.proto >= 3 => {
                let n = b.len();
                if n <= 0xff {
                    self.write(&[op::SHORT_BINBYTES, n as u8]);
                    self.write(b);
                } else if n > 0xffff_ffff && self.proto >= 4 {
                    let mut header = vec![op::BINBYTES8];
                    header.extend_from_slice(&(n as u64).to_le_bytes());
                    self.write_large(&header, b);
                } else {
                    let mut header = vec![op::BINBYTES];
                    header.extend_from_slice(&(n as u32).to_le_bytes());
                    self.write_large(&header, b);
                }
                self.memoize(v);
            }
            Payload::ByteArray(b) if exact(&t.bytearray) && self.proto >= 5 => {
                let data = b.borrow().clone();
                let mut header = vec![op::BYTEARRAY8];
                header.extend_from_slice(&(data.len() as u64).to_le_bytes());
                self.write_large(&header, &data);
                self.memoize(v);
            }
            Payload::Tuple(items) if exact(&t.tuple) => self.save_tuple(vm, v, items)?,
            Payload::List(_) if exact(&t.list) => {
                self.write(&[op::EMPTY_LIST]);
                self.memoize(v);
                let items = ferropy_runtime::types::list::to_vec(o);
                self.appends(vm, &items)?;
            }
            Payload::Dict(_) if exact(&t.dict) => {
                self.write(&[op::EMPTY_DICT]);
                self.memoize(v);
                let items = ferropy_runtime::types::dict::dict_items(o);
                for batch in items.chunks(BATCHSIZE) {
                    if batch.len() > 1 {
                        self.write(&[op::MARK]);
                    }
                    for (k, val) in batch {
                        self.save(vm, k)?;
                        self.save(vm, val)?;
                    }
                    self.write(&[if batch.len() > 1 { op::SETITEMS } else { op::SETITEM }]);
                }
            }
            Payload::Set(_) if exact(&t.set) && self.proto >= 4 => {
                self.write(&[op::EMPTY_SET]);
                self.memoize(v);
                let items = vm.collect(v)?;
                for batch in items.chunks(BATCHSIZE) {
                    self.write(&[op::MARK]);
                    for item in batch {
                        self.save(vm, item)?;
                    }
                    self.write(&[op::ADDITEMS]);
                }
            }
            Payload::FrozenSet(_) if exact(&t.frozenset) && self.proto >= 4 => {
                self.write(&[op::MARK]);
                for item in vm.collect(v)? {
                    self.save(vm, &item)?;
                }
                if let Some(idx) = self.memo_of(v) {
                    self.write(&[op::POP_MARK]);
                    self.get(idx);
                } else {
                    self.write(&[op::FROZENSET]);
                    self.memoize(v);
                }
            }
            Payload::Function(_) if exact(&t.function) => self.save_global(vm, v)?,
            Payload::Type(_) if !is_singleton_type(vm, o) => self.save_global(vm, v)?,
            _ => return Err(Stop::Unsupported),
        }
        Ok(())
    }

    fn save_tuple(&mut self, vm: &mut Vm, v: &Value, items: &[Value]) -> Step {
        let n = items.len();
        if n == 0 {
            self.write(&[op::EMPTY_TUPLE]);
            return Ok(());
        }
        let short = n <= 3 && self.proto >= 2;
        if !short {
            self.write(&[op::MARK]);
        }
        for item in items {
            self.save(vm, item)?;
        }
        // Reached through its own items: drop them, fetch the memoized one.
        if let Some(idx) = self.memo_of(v) {
            if short {
                self.write(&vec![op::POP; n]);
            } else {
                self.write(&[op::POP_MARK]);
            }
            self.get(idx);
            return Ok(());
        }
        self.write(&[if short { [op::TUPLE1, op::TUPLE2, op::TUPLE3][n - 1] } else { op::TUPLE }]);
        self.memoize(v);
        Ok(())
    }

    /// A list's items in batches of 1000: MARK ... APPENDS, or a batch of
    /// one item and APPEND.
    fn appends(&mut self, vm: &mut Vm, items: &[Value]) -> Step {
        for batch in items.chunks(BATCHSIZE) {
            if batch.len() > 1 {
                self.write(&[op::MARK]);
            }
            for item in batch {
                self.save(vm, item)?;
            }
            self.write(&[if batch.len() > 1 { op::APPENDS } else { op::APPEND }]);
        }
        Ok(())
    }

    /// A function or class by reference: module and qualified name, when
    /// importing the module and looking the name up gives the object back
    /// (anything else is the Python path's, with its errors).
    fn save_global(&mut self, vm: &mut Vm, v: &Value) -> Step {
        let name = match vm.get_attr_str(v, "__qualname__") {
            Ok(n) => n,
            Err(_) => vm.get_attr_str(v, "__name__").map_err(|_| Stop::Unsupported)?,
        };
        let module_name = vm.get_attr_str(v, "__module__").map_err(|_| Stop::Unsupported)?;
        let (Some(name_text), Some(module_text)) = (
            ferropy_runtime::types::str::as_str(&name).map(str::to_owned),
            ferropy_runtime::types::str::as_str(&module_name).map(str::to_owned),
        ) else {
            return Err(Stop::Unsupported);
        };
        if name_text.split('.').any(|part| part == "<locals>") {
            return Err(Stop::Unsupported);
        }
        let found = lookup(vm, &module_text, &name_text).ok_or(Stop::Unsupported)?;
        if !found.is(v) || has_extension_code(vm, &module_name, &name)? {
            return Err(Stop::Unsupported);
        }
        if self.proto >= 4 {
            self.save(vm, &module_name)?;
            self.save(vm, &name)?;
            self.write(&[op::STACK_GLOBAL]);
        } else if self.proto >= 3 && !name_text.contains('.') {
            self.write(&[op::GLOBAL]);
            self.write(module_text.as_bytes());
            self.write(b"\n");
            self.write(name_text.as_bytes());
            self.write(b"\n");
        } else {
            // Protocol 2's names may be mapped for Python 2 (fix_imports);
            // nested names are rebuilt with getattr: the Python path's.
            return Err(Stop::Unsupported);
        }
        self.memoize(v);
        Ok(())
    }
}

/// type(None), type(NotImplemented) and type(...): pickled by reduce.
fn is_singleton_type(vm: &mut Vm, o: &Obj) -> bool {
    [Value::None, Value::Obj(vm.not_implemented.clone()), Value::Obj(vm.ellipsis.clone())]
        .iter()
        .any(|v| Obj::ptr_eq(vm.class_of(v), o))
}

/// Whether copyreg gives (module, name) an extension code.
fn has_extension_code(vm: &mut Vm, module: &Value, name: &Value) -> Step<bool> {
    let copyreg = vm.import_module("copyreg")?;
    let registry = vm.get_attr_str(&copyreg, "_extension_registry")?;
    if vm.len(&registry)? == 0 {
        return Ok(false);
    }
    let key = vm.new_tuple(vec![module.clone(), name.clone()]);
    let found = vm.call_method(&registry, "get", &[key])?;
    Ok(!found.is_none())
}

/// `module.qualified.name`, importing the module; None if it fails.
fn lookup(vm: &mut Vm, module: &str, name: &str) -> Option<Value> {
    vm.import_module(module).ok()?;
    let modules = vm.sys_attr("modules").ok()?;
    let key = vm.new_str(module);
    let mut obj = vm.get_item(&modules, &key).ok()?;
    for part in name.split('.') {
        obj = vm.get_attr_str(&obj, part).ok()?;
    }
    Some(obj)
}

/// dumps(obj, protocol) → the pickle's bytes, or None for the Python path.
fn dumps(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "dumps", a, 2, 2)?;
    let proto = ferropy_runtime::protocol::number::index_i64(vm, &a[1])?;
    if !(2..=5).contains(&proto) {
        return Ok(Value::None);
    }
    let mut w = Writer {
        proto: proto as u8,
        out: vec![op::PROTO, proto as u8],
        frame: (proto >= 4).then(Vec::new),
        memo: HashMap::new(),
        memoized: Vec::new(),
    };
    let result = w.save(vm, &a[0]).map(|()| {
        w.write(&[op::STOP]);
        w.commit_frame();
        std::mem::take(&mut w.out)
    });
    finish(vm, result, |_, out| new_bytes(out))
}

// ----- reading ---------------------------------------------------------------

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    proto: u8,
    stack: Vec<Value>,
    marks: Vec<usize>,
    memo: Vec<Option<Value>>,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Step<&'a [u8]> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.data.len()).ok_or(Stop::Unsupported)?;
        let data: &'a [u8] = self.data;
        let bytes = &data[self.pos..end];
        self.pos = end;
        Ok(bytes)
    }

    fn byte(&mut self) -> Step<u8> {
        Ok(self.take(1)?[0])
    }

    fn u32(&mut self) -> Step<usize> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
    }

    fn u64(&mut self) -> Step<usize> {
        let b = self.take(8)?;
        usize::try_from(u64::from_le_bytes(b.try_into().map_err(|_| Stop::Unsupported)?)).map_err(|_| Stop::Unsupported)
    }

    fn pop(&mut self) -> Step<Value> {
        if self.marks.last().is_some_and(|&m| m >= self.stack.len()) {
            return Err(Stop::Unsupported);
        }
        self.stack.pop().ok_or(Stop::Unsupported)
    }

    fn pop_mark(&mut self) -> Step<Vec<Value>> {
        let mark = self.marks.pop().ok_or(Stop::Unsupported)?;
        if mark > self.stack.len() {
            return Err(Stop::Unsupported);
        }
        Ok(self.stack.split_off(mark))
    }

    fn top(&self) -> Step<&Value> {
        self.stack.last().ok_or(Stop::Unsupported)
    }

    fn put(&mut self, idx: usize) -> Step {
        let v = self.top()?.clone();
        if idx >= self.memo.len() {
            if idx > self.memo.len() + (1 << 20) {
                return Err(Stop::Unsupported);
            }
            self.memo.resize(idx + 1, None);
        }
        self.memo[idx] = Some(v);
        Ok(())
    }

    fn get(&mut self, idx: usize) -> Step {
        let v = self.memo.get(idx).cloned().flatten().ok_or(Stop::Unsupported)?;
        self.stack.push(v);
        Ok(())
    }

    fn text(&mut self, vm: &mut Vm, n: usize) -> Step {
        let bytes = self.take(n)?;
        let text = std::str::from_utf8(bytes).map_err(|_| Stop::Unsupported)?.to_owned();
        let v = vm.new_str(text);
        self.stack.push(v);
        Ok(())
    }

    fn bytes(&mut self, n: usize) -> Step {
        let b = self.take(n)?.to_vec();
        self.stack.push(new_bytes(b));
        Ok(())
    }

    fn long(&mut self, n: usize) -> Step {
        let b = self.take(n)?;
        let v = if b.is_empty() {
            Value::Int(0)
        } else {
            ferropy_runtime::types::int::big_to_value(BigInt::from_signed_bytes_le(b))
        };
        self.stack.push(v);
        Ok(())
    }

    fn run(&mut self, vm: &mut Vm) -> Step<Value> {
        loop {
            let code = self.byte()?;
            match code {
                op::PROTO => {
                    self.proto = self.byte()?;
                    if self.proto > 5 {
                        return Err(Stop::Unsupported);
                    }
                }
                op::FRAME => {
                    self.u64()?;
                }
                op::STOP => return self.pop(),
                op::NONE => self.stack.push(Value::None),
                op::NEWTRUE => self.stack.push(Value::TRUE),
                op::NEWFALSE => self.stack.push(Value::FALSE),
                op::BININT => {
                    let b = self.take(4)?;
                    self.stack.push(Value::Int(i32::from_le_bytes([b[0], b[1], b[2], b[3]]) as i64));
                }
                op::BININT1 => {
                    let b = self.byte()?;
                    self.stack.push(Value::Int(b as i64));
                }
                op::BININT2 => {
                    let b = self.take(2)?;
                    self.stack.push(Value::Int(u16::from_le_bytes([b[0], b[1]]) as i64));
                }
                op::LONG1 => {
                    let n = self.byte()? as usize;
                    self.long(n)?;
                }
                op::LONG4 => {
                    let b = self.take(4)?;
                    let n = i32::from_le_bytes([b[0], b[1], b[2], b[3]]);
                    self.long(usize::try_from(n).map_err(|_| Stop::Unsupported)?)?;
                }
                op::BINFLOAT => {
                    let b = self.take(8)?;
                    self.stack.push(Value::float(f64::from_be_bytes(b.try_into().map_err(|_| Stop::Unsupported)?)));
                }
                op::SHORT_BINUNICODE => {
                    let n = self.byte()? as usize;
                    self.text(vm, n)?;
                }
                op::BINUNICODE => {
                    let n = self.u32()?;
                    self.text(vm, n)?;
                }
                op::BINUNICODE8 => {
                    let n = self.u64()?;
                    self.text(vm, n)?;
                }
                op::SHORT_BINBYTES => {
                    let n = self.byte()? as usize;
                    self.bytes(n)?;
                }
                op::BINBYTES => {
                    let n = self.u32()?;
                    self.bytes(n)?;
                }
                op::BINBYTES8 => {
                    let n = self.u64()?;
                    self.bytes(n)?;
                }
                op::BYTEARRAY8 => {
                    let n = self.u64()?;
                    let b = self.take(n)?.to_vec();
                    let ba = vm.call(&Value::Obj(vm.types.bytearray.clone()), &[new_bytes(b)])?;
                    self.stack.push(ba);
                }
                op::MARK => self.marks.push(self.stack.len()),
                op::EMPTY_TUPLE => self.stack.push(vm.new_tuple(vec![])),
                op::TUPLE1 | op::TUPLE2 | op::TUPLE3 => {
                    let n = (code - op::TUPLE1 + 1) as usize;
                    if self.stack.len() < n + self.marks.last().copied().unwrap_or(0) {
                        return Err(Stop::Unsupported);
                    }
                    let items = self.stack.split_off(self.stack.len() - n);
                    self.stack.push(vm.new_tuple(items));
                }
                op::TUPLE => {
                    let items = self.pop_mark()?;
                    self.stack.push(vm.new_tuple(items));
                }
                op::EMPTY_LIST => self.stack.push(vm.new_list(vec![])),
                op::APPEND => {
                    let item = self.pop()?;
                    self.extend_list(vm, vec![item])?;
                }
                op::APPENDS => {
                    let items = self.pop_mark()?;
                    self.extend_list(vm, items)?;
                }
                op::EMPTY_DICT => self.stack.push(Value::Obj(vm.new_dict())),
                op::SETITEM => {
                    let value = self.pop()?;
                    let key = self.pop()?;
                    let dict = self.top()?.clone();
                    vm.set_item(&dict, key, value)?;
                }
                op::SETITEMS => {
                    let items = self.pop_mark()?;
                    if items.len() % 2 != 0 {
                        return Err(Stop::Unsupported);
                    }
                    let dict = self.top()?.clone();
                    for pair in items.chunks(2) {
                        vm.set_item(&dict, pair[0].clone(), pair[1].clone())?;
                    }
                }
                op::EMPTY_SET => {
                    let set = ferropy_runtime::types::set::new_set(vm, vec![])?;
                    self.stack.push(set);
                }
                op::ADDITEMS => {
                    let items = self.pop_mark()?;
                    let set = self.top()?.clone();
                    let Some(set) = set.as_obj().filter(|o| matches!(o.payload, Payload::Set(_))).cloned() else {
                        return Err(Stop::Unsupported);
                    };
                    for item in items {
                        ferropy_runtime::types::set::set_add(vm, &set, item)?;
                    }
                }
                op::FROZENSET => {
                    let items = self.pop_mark()?;
                    let frozen = vm.types.frozenset.clone();
                    let list = vm.new_list(items);
                    let v = vm.call(&Value::Obj(frozen), &[list])?;
                    self.stack.push(v);
                }
                op::POP => {
                    if self.marks.last().is_some_and(|&m| m == self.stack.len()) {
                        self.marks.pop();
                    } else {
                        self.pop()?;
                    }
                }
                op::POP_MARK => {
                    self.pop_mark()?;
                }
                op::DUP => {
                    let v = self.top()?.clone();
                    self.stack.push(v);
                }
                op::BINGET => {
                    let idx = self.byte()? as usize;
                    self.get(idx)?;
                }
                op::LONG_BINGET => {
                    let idx = self.u32()?;
                    self.get(idx)?;
                }
                op::BINPUT => {
                    let idx = self.byte()? as usize;
                    self.put(idx)?;
                }
                op::LONG_BINPUT => {
                    let idx = self.u32()?;
                    self.put(idx)?;
                }
                op::MEMOIZE => {
                    let idx = self.memo.len();
                    self.put(idx)?;
                }
                op::STACK_GLOBAL => {
                    let name = self.pop()?;
                    let module = self.pop()?;
                    let v = self.find_class(vm, &module, &name, true)?;
                    self.stack.push(v);
                }
                op::GLOBAL if self.proto >= 3 => {
                    let module = self.line()?;
                    let name = self.line()?;
                    let (module, name) = (vm.new_str(module), vm.new_str(name));
                    let v = self.find_class(vm, &module, &name, false)?;
                    self.stack.push(v);
                }
                op::REDUCE => {
                    let args = self.pop()?;
                    let func = self.pop()?;
                    let args = tuple_items(&args)?;
                    let v = vm.call(&func, &args)?;
                    self.stack.push(v);
                }
                op::NEWOBJ => {
                    let args = self.pop()?;
                    let cls = self.pop()?;
                    let v = new_object(vm, &cls, tuple_items(&args)?, None)?;
                    self.stack.push(v);
                }
                op::NEWOBJ_EX => {
                    let kwargs = self.pop()?;
                    let args = self.pop()?;
                    let cls = self.pop()?;
                    let v = new_object(vm, &cls, tuple_items(&args)?, Some(kwargs))?;
                    self.stack.push(v);
                }
                op::BUILD => {
                    let state = self.pop()?;
                    let inst = self.top()?.clone();
                    build(vm, &inst, state)?;
                }
                _ => return Err(Stop::Unsupported),
            }
        }
    }

    fn line(&mut self) -> Step<String> {
        let rest = &self.data[self.pos..];
        let end = rest.iter().position(|&b| b == b'\n').ok_or(Stop::Unsupported)?;
        let text = std::str::from_utf8(&rest[..end]).map_err(|_| Stop::Unsupported)?.to_owned();
        self.pos += end + 1;
        Ok(text)
    }

    fn extend_list(&mut self, vm: &mut Vm, items: Vec<Value>) -> Step {
        let list = self.top()?.clone();
        match list.as_obj() {
            Some(o) if matches!(o.payload, Payload::List(_)) && Obj::ptr_eq(vm.class_of(&list), &vm.types.list) => {
                let items = vm.new_list(items);
                vm.call_method(&list, "extend", &[items])?;
            }
            _ => return Err(Stop::Unsupported),
        }
        Ok(())
    }

    /// The Unpickler's find_class: the module imported, the (dotted, from
    /// protocol 4) name looked up; failures are the Python path's.
    fn find_class(&mut self, vm: &mut Vm, module: &Value, name: &Value, dotted: bool) -> Step<Value> {
        let (Some(module), Some(name)) =
            (ferropy_runtime::types::str::as_str(module), ferropy_runtime::types::str::as_str(name))
        else {
            return Err(Stop::Unsupported);
        };
        if self.proto < 3 || (!dotted && name.contains('.')) {
            return Err(Stop::Unsupported);
        }
        let (module, name) = (module.to_owned(), name.to_owned());
        lookup(vm, &module, &name).ok_or(Stop::Unsupported)
    }
}

fn tuple_items(v: &Value) -> Step<Vec<Value>> {
    match v.payload() {
        Some(Payload::Tuple(items)) => Ok(items.to_vec()),
        _ => Err(Stop::Unsupported),
    }
}

/// NEWOBJ: cls.__new__(cls, *args, **kwargs).
fn new_object(vm: &mut Vm, cls: &Value, args: Vec<Value>, kwargs: Option<Value>) -> Step<Value> {
    if !matches!(cls.payload(), Some(Payload::Type(_))) {
        return Err(Stop::Unsupported);
    }
    let new = vm.get_attr_str(cls, "__new__")?;
    let mut all = vec![cls.clone()];
    all.extend(args);
    let keywords = match kwargs {
        None => Vec::new(),
        Some(k) => match k.as_obj() {
            Some(d) if matches!(d.payload, Payload::Dict(_)) => ferropy_runtime::types::dict::dict_items(d),
            _ => return Err(Stop::Unsupported),
        },
    };
    Ok(vm.call_kw(&new, &all, &keywords)?)
}

/// BUILD: `__setstate__(state)`, or the state's dict into `__dict__` and
/// its slot state set as attributes.
fn build(vm: &mut Vm, inst: &Value, state: Value) -> Step {
    if let Ok(setstate) = vm.get_attr_str(inst, "__setstate__") {
        let object = vm.types.object.clone();
        let default = vm.get_attr_str(&Value::Obj(object), "__setstate__").ok();
        let is_default =
            default.is_some_and(|d| vm.get_attr_str(&setstate, "__func__").map(|f| f.is(&d)).unwrap_or(false));
        if !is_default {
            vm.call(&setstate, &[state])?;
            return Ok(());
        }
    }
    let (dict_state, slot_state) = match state.payload() {
        Some(Payload::Tuple(items)) if items.len() == 2 => (items[0].clone(), items[1].clone()),
        _ => (state, Value::None),
    };
    if !dict_state.is_none() {
        let Some(d) = dict_state.as_obj().filter(|o| matches!(o.payload, Payload::Dict(_))) else {
            return Err(Stop::Unsupported);
        };
        let inst_dict = vm.get_attr_str(inst, "__dict__")?;
        for (k, v) in ferropy_runtime::types::dict::dict_items(d) {
            vm.set_item(&inst_dict, k, v)?;
        }
    }
    if !slot_state.is_none() {
        let Some(d) = slot_state.as_obj().filter(|o| matches!(o.payload, Payload::Dict(_))) else {
            return Err(Stop::Unsupported);
        };
        for (k, v) in ferropy_runtime::types::dict::dict_items(d) {
            let name = vm.str_string(&k)?;
            vm.set_attr_str(inst, &name, v)?;
        }
    }
    Ok(())
}

/// loads(data) → (obj,), or None for the Python path.
fn loads(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "loads", a)?;
    let Some(data) = as_bytes_like(&v) else { return Ok(Value::None) };
    let data = data.to_vec();
    if data.first() != Some(&op::PROTO) {
        return Ok(Value::None);
    }
    let mut r = Reader { data: &data, pos: 0, proto: 0, stack: Vec::new(), marks: Vec::new(), memo: Vec::new() };
    let result = r.run(vm);
    finish(vm, result, |vm, obj| vm.new_tuple(vec![obj]))
}

pub fn make_module(vm: &mut Vm) -> PyResult<Obj> {
    let functions: &[(&str, NativeFn)] = &[("dumps", dumps), ("loads", loads)];
    ferropy_runtime::types::module::new_native_module(vm, "_pickle", functions)
}
