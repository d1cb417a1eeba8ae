//! `memoryview`: a view of a bytes or bytearray object's memory without
//! copying. One-dimensional: a byte offset, a length in items, a stride
//! in bytes (negative for reversed slices) and a struct format for the
//! items. Views of a bytearray write through to it; slicing and `cast`
//! make new views of the same memory.

use std::cell::Cell;

use crate::object::{NativeData, Obj, Object, Payload};
use crate::protocol::args;
use crate::types::builtin_function::KwArgs;
use crate::types::bytes::new_bytes;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub struct MemoryView {
    /// The object the view was made from (`.obj`).
    pub obj: Value,
    /// The bytes or bytearray that holds the memory.
    base: Value,
    offset: usize,
    len: usize,
    stride: isize,
    format: String,
    itemsize: usize,
    readonly: bool,
    released: Cell<bool>,
}

impl NativeData for MemoryView {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        for v in [&self.obj, &self.base] {
            if let Value::Obj(o) = v {
                visit(o);
            }
        }
    }
}

/// The view `v` is, if it is one.
pub fn as_memoryview(v: &Value) -> Option<&MemoryView> {
    match v.payload() {
        Some(Payload::Native(n)) => n.as_any().downcast_ref::<MemoryView>(),
        _ => None,
    }
}

impl MemoryView {
    /// A new (unreleased) view of the same memory, shown as `obj`'s.
    fn another_view(&self, obj: Value) -> MemoryView {
        MemoryView {
            obj,
            base: self.base.clone(),
            offset: self.offset,
            len: self.len,
            stride: self.stride,
            format: self.format.clone(),
            itemsize: self.itemsize,
            readonly: self.readonly,
            released: Cell::new(false),
        }
    }

    /// The viewed bytes, in item order (a copy).
    pub fn bytes(&self) -> Vec<u8> {
        let read = |mem: &[u8]| -> Vec<u8> {
            if self.stride == self.itemsize as isize {
                let end = (self.offset + self.len * self.itemsize).min(mem.len());
                return mem[self.offset.min(end)..end].to_vec();
            }
            let mut out = Vec::with_capacity(self.len * self.itemsize);
            for i in 0..self.len {
                let at = self.offset as isize + i as isize * self.stride;
                let at = at.max(0) as usize;
                if at + self.itemsize <= mem.len() {
                    out.extend_from_slice(&mem[at..at + self.itemsize]);
                }
            }
            out
        };
        with_memory(&self.base, read).unwrap_or_default()
    }

    fn memory_len(&self) -> usize {
        match self.base.payload() {
            Some(Payload::Bytes(b)) => b.len(),
            Some(Payload::ByteArray(b)) => b.borrow().len(),
            _ => native_buffer(&self.base).map_or(0, |b| b.buffer_len()),
        }
    }

    /// Whether every item still lies inside the memory (a bytearray may
    /// have shrunk under the view).
    fn in_bounds(&self) -> bool {
        if self.len == 0 {
            return true;
        }
        let first = self.offset as isize;
        let last = first + (self.len as isize - 1) * self.stride;
        first.min(last) >= 0 && (first.max(last) as usize + self.itemsize) <= self.memory_len()
    }

    fn item_offset(&self, i: usize) -> usize {
        (self.offset as isize + i as isize * self.stride) as usize
    }
}

fn released_error(vm: &mut Vm) -> crate::vm::PyErr {
    vm.value_error("operation forbidden on released memoryview object")
}

/// The live view of `a[0]` (ValueError once released or out of bounds).
fn view<'a>(vm: &mut Vm, a: &'a [Value]) -> PyResult<&'a MemoryView> {
    let Some(m) = a.first().and_then(as_memoryview) else {
        return Err(vm.type_error("descriptor requires a 'memoryview' object"));
    };
    if m.released.get() {
        return Err(released_error(vm));
    }
    if !m.in_bounds() {
        return Err(vm.value_error("memoryview: the underlying bytearray was resized"));
    }
    Ok(m)
}

fn new_view(vm: &mut Vm, m: MemoryView) -> Value {
    Value::Obj(Object::new(Some(vm.types.memoryview.clone()), None, Payload::Native(Box::new(m))))
}

/// The size of one item of a struct format, or None for formats views
/// do not support.
fn format_size(format: &str) -> Option<usize> {
    let code = format.strip_prefix('@').unwrap_or(format);
    Some(match code {
        "B" | "b" | "c" | "?" => 1,
        "h" | "H" | "e" => 2,
        "i" | "I" | "f" => 4,
        "l" | "L" | "q" | "Q" | "n" | "N" | "d" | "P" => 8,
        _ => return None,
    })
}

fn unpack(vm: &mut Vm, format: &str, raw: &[u8]) -> PyResult<Value> {
    let code = format.strip_prefix('@').unwrap_or(format);
    let int = |signed: bool| -> Value {
        let mut buf = [0u8; 8];
        buf[..raw.len()].copy_from_slice(raw);
        let unsigned = u64::from_le_bytes(buf);
        if signed {
            let shift = 64 - 8 * raw.len() as u32;
            Value::Int(((unsigned << shift) as i64) >> shift)
        } else if unsigned > i64::MAX as u64 {
            crate::types::int::big_to_value(num_bigint::BigInt::from(unsigned))
        } else {
            Value::Int(unsigned as i64)
        }
    };
    Ok(match code {
        "B" | "H" | "I" | "L" | "Q" | "N" | "P" => int(false),
        "b" | "h" | "i" | "l" | "q" | "n" => int(true),
        "c" => new_bytes(raw.to_vec()),
        "?" => Value::bool(raw[0] != 0),
        "f" => Value::float(f32::from_le_bytes([raw[0], raw[1], raw[2], raw[3]]) as f64),
        "d" => Value::float(f64::from_le_bytes(raw.try_into().unwrap_or([0; 8]))),
        _ => return Err(vm.not_implemented_error(format!("memoryview: format {format} not supported"))),
    })
}

fn pack(vm: &mut Vm, format: &str, itemsize: usize, v: &Value) -> PyResult<Vec<u8>> {
    let code = format.strip_prefix('@').unwrap_or(format);
    let invalid = |vm: &mut Vm| vm.type_error(format!("memoryview: invalid type for format '{format}'"));
    match code {
        "c" => match v.payload() {
            Some(Payload::Bytes(b)) if b.len() == 1 => Ok(b.to_vec()),
            _ => Err(invalid(vm)),
        },
        "f" | "d" => {
            let Ok(x) = crate::types::float::float_from_value(vm, v) else {
                return Err(invalid(vm));
            };
            Ok(if code == "f" { (x as f32).to_le_bytes().to_vec() } else { x.to_le_bytes().to_vec() })
        }
        "?" => {
            let t = vm.truthy(v)?;
            Ok(vec![t as u8])
        }
        _ => {
            let n = match crate::protocol::number::as_index_value(vm, v) {
                Ok(Some(n)) => n,
                _ => return Err(invalid(vm)),
            };
            let signed = code.chars().all(|c| c.is_ascii_lowercase());
            let bits = 8 * itemsize as u32;
            let big = match crate::types::int::as_int(&n) {
                Some(crate::types::int::IntVal::Small(i)) => num_bigint::BigInt::from(i),
                Some(crate::types::int::IntVal::Big(b)) => b,
                None => return Err(invalid(vm)),
            };
            let (lo, hi) = if signed {
                (-(num_bigint::BigInt::from(1) << (bits - 1)), (num_bigint::BigInt::from(1) << (bits - 1)))
            } else {
                (num_bigint::BigInt::from(0), num_bigint::BigInt::from(1) << bits)
            };
            if big < lo || big >= hi {
                return Err(vm.value_error(format!("memoryview: invalid value for format '{format}'")));
            }
            let (_, mut digits) = big.to_bytes_le();
            if big.sign() == num_bigint::Sign::Minus {
                digits = (big + (num_bigint::BigInt::from(1) << bits)).to_bytes_le().1;
            }
            digits.resize(itemsize, 0);
            Ok(digits)
        }
    }
}

/// `memoryview(object)`.
pub fn memoryview_new(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = args::parse(vm, "memoryview", a.get(1..).unwrap_or(&[]), kw, &["object"], 1)?;
    from_object(vm, &p[0])
}

pub fn from_object(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    if let Some(m) = as_memoryview(obj) {
        if m.released.get() {
            return Err(released_error(vm));
        }
        let copy = m.another_view(m.obj.clone());
        return Ok(new_view(vm, copy));
    }
    let (len, readonly) = match obj.payload() {
        Some(Payload::Bytes(b)) => (b.len(), true),
        Some(Payload::ByteArray(b)) => (b.borrow().len(), false),
        _ if native_buffer(obj).is_some() => {
            let buffer = native_buffer(obj).map(|b| (b.buffer_len(), b.buffer_readonly()));
            buffer.unwrap_or((0, true))
        }
        _ => {
            // A class written in Python lends memory through __buffer__
            // (PEP 688), which gives a view of it: the view is the
            // object's, with the object as `.obj`.
            let tn = vm.type_name(obj);
            let name = vm.intern("__buffer__");
            let hook = crate::types::type_::lookup(vm.class_of(obj), &name);
            if let Some(hook) = hook {
                let view = vm.call(&hook, &[obj.clone(), Value::Int(0)])?;
                let Some(m) = as_memoryview(&view) else {
                    return Err(vm.type_error("__buffer__ returned non-memoryview object"));
                };
                let copy = m.another_view(obj.clone());
                return Ok(new_view(vm, copy));
            }
            return Err(vm.type_error(format!("memoryview: a bytes-like object is required, not '{tn}'")));
        }
    };
    let m = MemoryView {
        obj: obj.clone(),
        base: obj.clone(),
        offset: 0,
        len,
        stride: 1,
        format: "B".into(),
        itemsize: 1,
        readonly,
        released: Cell::new(false),
    };
    Ok(new_view(vm, m))
}

fn mv_len(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(view(vm, a)?.len as i64))
}

fn item_index(vm: &mut Vm, m: &MemoryView, index: &Value) -> PyResult<usize> {
    let i = crate::protocol::number::index_i64(vm, index)?;
    match crate::types::list::normalize_index(i, m.len) {
        Some(i) => Ok(i),
        None => Err(vm.index_error("index out of bounds on dimension 1")),
    }
}

fn sliced(vm: &mut Vm, m: &MemoryView, slice: &Value) -> PyResult<MemoryView> {
    let (start, stop, step) = crate::types::slice::indices(vm, slice, m.len)?;
    let count = crate::types::slice::slice_len(start, stop, step);
    let offset = if count == 0 { m.offset } else { m.item_offset(start as usize) };
    Ok(MemoryView {
        obj: m.obj.clone(),
        base: m.base.clone(),
        offset,
        len: count,
        stride: m.stride * step as isize,
        format: m.format.clone(),
        itemsize: m.itemsize,
        readonly: m.readonly,
        released: Cell::new(false),
    })
}

fn raw_item(m: &MemoryView, i: usize) -> Vec<u8> {
    let at = m.item_offset(i);
    with_memory(&m.base, |mem| mem.get(at..at + m.itemsize).map(<[u8]>::to_vec).unwrap_or_default()).unwrap_or_default()
}

/// The memory lent by a native object (the buffer protocol), if `base`
/// is one that lends any.
fn native_buffer(base: &Value) -> Option<&dyn crate::object::Buffer> {
    match base.payload() {
        Some(Payload::Native(n)) => n.buffer(),
        _ => None,
    }
}

/// Calls `read` with the memory a view's base holds (bytes, a bytearray,
/// or a native object's buffer).
fn with_memory<R>(base: &Value, read: impl FnOnce(&[u8]) -> R) -> Option<R> {
    match base.payload() {
        Some(Payload::Bytes(b)) => Some(read(b)),
        Some(Payload::ByteArray(b)) => Some(read(&b.borrow())),
        _ => {
            let buffer = native_buffer(base)?;
            let mut read = Some(read);
            let mut result = None;
            buffer.with_buffer(&mut |mem| {
                if let Some(read) = read.take() {
                    result = Some(read(mem));
                }
            });
            result
        }
    }
}

fn mv_getitem(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let m = view(vm, a)?;
    let index = args::exactly_one(vm, "__getitem__", &a[1..])?;
    match index.payload() {
        Some(Payload::Slice(_)) => {
            let s = sliced(vm, m, &index)?;
            Ok(new_view(vm, s))
        }
        Some(Payload::Ellipsis) => Ok(a[0].clone()),
        Some(Payload::Tuple(_)) => Err(vm.type_error("memoryview: invalid slice key")),
        _ => {
            let i = item_index(vm, m, &index)?;
            let raw = raw_item(m, i);
            let format = m.format.clone();
            unpack(vm, &format, &raw)
        }
    }
}

fn write_at(m: &MemoryView, at: usize, data: &[u8]) {
    if let Some(Payload::ByteArray(b)) = m.base.payload() {
        b.borrow_mut()[at..at + data.len()].copy_from_slice(data);
    } else if let Some(buffer) = native_buffer(&m.base) {
        buffer.write_buffer(at, data);
    }
}

fn mv_setitem(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let m = view(vm, a)?;
    args::check_positional(vm, "__setitem__", &a[1..], 2, 2)?;
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let (index, value) = (&a[1], &a[2]);
    if let Some(Payload::Slice(_)) = index.payload() {
        let target = sliced(vm, m, index)?;
        let Some(data) = crate::types::bytes::as_bytes_like(value) else {
            let tn = vm.type_name(value);
            return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
        };
        if let Some(src) = as_memoryview(value) {
            if src.format != m.format {
                return Err(vm.value_error("memoryview assignment: lvalue and rvalue have different structures"));
            }
        }
        if data.len() != target.len * target.itemsize {
            return Err(vm.value_error("memoryview assignment: lvalue and rvalue have different structures"));
        }
        for i in 0..target.len {
            let at = target.item_offset(i);
            write_at(m, at, &data[i * m.itemsize..(i + 1) * m.itemsize]);
        }
        return Ok(Value::None);
    }
    let i = item_index(vm, m, index)?;
    let format = m.format.clone();
    let raw = pack(vm, &format, m.itemsize, value)?;
    write_at(m, m.item_offset(i), &raw);
    Ok(Value::None)
}

fn items(vm: &mut Vm, m: &MemoryView) -> PyResult<Vec<Value>> {
    let format = m.format.clone();
    (0..m.len).map(|i| unpack(vm, &format, &raw_item(m, i))).collect()
}

fn mv_tolist(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let m = view(vm, a)?;
    let items = items(vm, m)?;
    Ok(vm.new_list(items))
}

fn mv_iter(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let list = mv_tolist(vm, a, KwArgs::default())?;
    vm.iter(&list)
}

fn mv_tobytes(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let m = view(vm, a)?;
    let _ = args::parse(vm, "tobytes", &a[1..], kw, &["order"], 0)?;
    Ok(new_bytes(m.bytes()))
}

fn mv_hex(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let m = view(vm, a)?;
    let mut args = vec![new_bytes(m.bytes())];
    args.extend_from_slice(&a[1..]);
    crate::types::bytes::b_hex(vm, &args, kw)
}

fn mv_release(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if let Some(m) = a.first().and_then(as_memoryview) {
        m.released.set(true);
        return Ok(Value::None);
    }
    Err(vm.type_error("descriptor 'release' requires a 'memoryview' object"))
}

fn mv_enter(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    view(vm, a)?;
    Ok(a[0].clone())
}

fn mv_exit(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    mv_release(vm, &a[..1], KwArgs::default())
}

fn reshaped(m: &MemoryView, format: String, itemsize: usize, readonly: bool) -> MemoryView {
    MemoryView {
        obj: m.obj.clone(),
        base: m.base.clone(),
        offset: m.offset,
        len: m.len * m.itemsize / itemsize,
        stride: itemsize as isize,
        format,
        itemsize,
        readonly,
        released: Cell::new(false),
    }
}

fn mv_cast(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let m = view(vm, a)?;
    let p = args::parse(vm, "cast", &a[1..], kw, &["format", "shape"], 1)?;
    if !p[1].is_undef() {
        let shape = vm.collect(&p[1])?;
        if shape.len() != 1 {
            return Err(vm.not_implemented_error(
                "memoryview.cast() to more than one dimension is not supported by ferropy yet",
            ));
        }
    }
    let Some(format) = crate::types::str::as_str(&p[0]).map(str::to_string) else {
        return Err(vm.type_error("memoryview: format argument must be a string"));
    };
    if m.stride != m.itemsize as isize {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let Some(itemsize) = format_size(&format) else {
        return Err(vm.value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    let is_byte = |f: &str| matches!(f.strip_prefix('@').unwrap_or(f), "B" | "b" | "c");
    if !is_byte(&m.format) && !is_byte(&format) {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    if (m.len * m.itemsize) % itemsize != 0 {
        return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
    }
    let v = reshaped(m, format, itemsize, m.readonly);
    Ok(new_view(vm, v))
}

fn mv_toreadonly(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let m = view(vm, a)?;
    let mut v = sliced(vm, m, &crate::types::slice::new_slice(Value::None, Value::None, Value::None))?;
    v.readonly = true;
    Ok(new_view(vm, v))
}

fn mv_eq(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(m) = a.first().and_then(as_memoryview) else {
        return Err(vm.type_error("descriptor '__eq__' requires a 'memoryview' object"));
    };
    let other = &a[1];
    if let Value::Obj(x) = &a[0] {
        if let Value::Obj(y) = other {
            if Obj::ptr_eq(x, y) {
                return Ok(Value::TRUE);
            }
        }
    }
    if m.released.get() || as_memoryview(other).is_some_and(|o| o.released.get()) {
        return Ok(Value::FALSE);
    }
    let theirs = match as_memoryview(other) {
        Some(o) => items(vm, o)?,
        None => match crate::types::bytes::as_bytes_like(other) {
            Some(b) => b.into_iter().map(|x| Value::Int(x as i64)).collect(),
            None => return Ok(Value::Obj(vm.not_implemented.clone())),
        },
    };
    let ours = items(vm, m)?;
    if ours.len() != theirs.len() {
        return Ok(Value::FALSE);
    }
    for (x, y) in ours.iter().zip(&theirs) {
        if !vm.eq(x, y)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn mv_ne(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    match mv_eq(vm, a, kw)? {
        Value::Bool(b) => Ok(Value::bool(!b.get())),
        other => Ok(other),
    }
}

fn mv_hash(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let m = view(vm, a)?;
    if !m.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    if !matches!(m.format.as_str(), "B" | "b" | "c") {
        return Err(vm.value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    Ok(Value::Int(crate::types::bytes::hash_bytes(&m.bytes())))
}

fn mv_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(m) = a.first().and_then(as_memoryview) else {
        return Err(vm.type_error("descriptor '__repr__' requires a 'memoryview' object"));
    };
    let addr = a[0].id();
    let released = if m.released.get() { "released " } else { "" };
    Ok(vm.new_str(format!("<{released}memory at {addr:#x}>")))
}

fn mv_getstate(vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Err(vm.type_error("cannot pickle 'memoryview' object"))
}

pub fn init(vm: &mut Vm) {
    use crate::types::descriptors::add_getset;
    let t = vm.types.memoryview.clone();
    vm.add_staticmethod(&t, "__new__", memoryview_new);
    for (name, f) in [
        ("__len__", mv_len as crate::types::builtin_function::NativeFn),
        ("__getitem__", mv_getitem),
        ("__setitem__", mv_setitem),
        ("__iter__", mv_iter),
        ("__eq__", mv_eq),
        ("__ne__", mv_ne),
        ("__hash__", mv_hash),
        ("__repr__", mv_repr),
        ("__enter__", mv_enter),
        ("__exit__", mv_exit),
        ("__reduce_ex__", mv_getstate),
        ("tolist", mv_tolist),
        ("tobytes", mv_tobytes),
        ("hex", mv_hex),
        ("release", mv_release),
        ("cast", mv_cast),
        ("toreadonly", mv_toreadonly),
    ] {
        vm.add_method(&t, name, f);
    }
    fn live<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a MemoryView> {
        view(vm, std::slice::from_ref(v))
    }
    add_getset(vm, &t, "obj", |vm, v| Ok(live(vm, v)?.obj.clone()));
    add_getset(vm, &t, "nbytes", |vm, v| {
        let m = live(vm, v)?;
        Ok(Value::Int((m.len * m.itemsize) as i64))
    });
    add_getset(vm, &t, "readonly", |vm, v| Ok(Value::bool(live(vm, v)?.readonly)));
    add_getset(vm, &t, "itemsize", |vm, v| Ok(Value::Int(live(vm, v)?.itemsize as i64)));
    add_getset(vm, &t, "format", |vm, v| {
        let f = live(vm, v)?.format.clone();
        Ok(vm.new_str(f))
    });
    add_getset(vm, &t, "ndim", |vm, v| live(vm, v).map(|_| Value::Int(1)));
    add_getset(vm, &t, "shape", |vm, v| {
        let n = live(vm, v)?.len;
        Ok(vm.new_tuple(vec![Value::Int(n as i64)]))
    });
    add_getset(vm, &t, "strides", |vm, v| {
        let s = live(vm, v)?.stride;
        Ok(vm.new_tuple(vec![Value::Int(s as i64)]))
    });
    add_getset(vm, &t, "suboffsets", |vm, v| live(vm, v).map(|_| vm.new_tuple(vec![])));
    add_getset(vm, &t, "c_contiguous", |vm, v| {
        let m = live(vm, v)?;
        Ok(Value::bool(m.len <= 1 || m.stride == m.itemsize as isize))
    });
    add_getset(vm, &t, "f_contiguous", |vm, v| {
        let m = live(vm, v)?;
        Ok(Value::bool(m.len <= 1 || m.stride == m.itemsize as isize))
    });
    add_getset(vm, &t, "contiguous", |vm, v| {
        let m = live(vm, v)?;
        Ok(Value::bool(m.len <= 1 || m.stride == m.itemsize as isize))
    });
    add_getset(vm, &t, "released", |_vm, v| Ok(Value::bool(as_memoryview(v).is_some_and(|m| m.released.get()))));
}
