//! `zlib`: deflate compression through flate2 on the C zlib library, the
//! one CPython links, so compressed bytes are CPython's to the last bit.
//!
//! `wbits` chooses the container as in CPython: 9..15 zlib, -9..-15 raw
//! deflate, 25..31 gzip, 40..47 (decompression only) whichever of zlib
//! and gzip the data starts with. Errors carry zlib's code and message in
//! CPython's words ("Error -3 while decompressing data: ...").

use std::cell::RefCell;

use flate2::{Compress, Compression, Decompress, FlushCompress, FlushDecompress, Status};

use ferropy_runtime::object::NativeData;
use ferropy_runtime::protocol::args;
use ferropy_runtime::types::builtin_function::{KwArgs, NativeFn};
use ferropy_runtime::types::bytes::new_bytes;
use ferropy_runtime::{Obj, PyErr, PyResult, Value, Vm};

use crate::binascii::{data_arg, low_u32};

const DEF_BUF_SIZE: usize = 16384;
const MAX_WBITS: i64 = 15;

fn error(vm: &mut Vm, msg: &str) -> PyErr {
    match ferropy_runtime::types::module::class_in_module(vm, "zlib", "error") {
        Ok(cls) => vm.new_error(&cls, msg),
        Err(e) => e,
    }
}

/// "Error <code> while <doing>: <zlib's message>", as CPython words it.
fn zlib_error(vm: &mut Vm, code: i32, doing: &str, msg: Option<&str>) -> PyErr {
    match msg {
        Some(m) => error(vm, &format!("Error {code} while {doing}: {m}")),
        None => error(vm, &format!("Error {code} while {doing}")),
    }
}

fn int_arg(vm: &mut Vm, v: &Value, default: i64) -> PyResult<i64> {
    if v.is_undef() {
        return Ok(default);
    }
    match ferropy_runtime::protocol::number::as_index(vm, v)? {
        Some(i) => Ok(i),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
    }
}

/// The deflate container a `wbits` value asks for.
#[derive(Clone, Copy, PartialEq)]
enum Container {
    Zlib(u8),
    Raw(u8),
    Gzip(u8),
    /// zlib or gzip, decided by the first two bytes of the data.
    Auto(u8),
}

fn container(wbits: i64, decompressing: bool) -> Option<Container> {
    // zlib takes a window of 8 bits as 9; a window of 0 for decompression
    // means "as the zlib header says", which the largest window accepts.
    let bits = |w: i64| -> Option<u8> {
        match w {
            0 if decompressing => Some(15),
            8 => Some(9),
            9..=15 => Some(w as u8),
            _ => None,
        }
    };
    match wbits {
        -15..=-9 => Some(Container::Raw(-wbits as u8)),
        0..=15 => bits(wbits).map(Container::Zlib),
        16..=31 => bits(wbits - 16).filter(|_| wbits > 16 || decompressing).map(Container::Gzip),
        32..=47 if decompressing => bits(wbits - 32).map(Container::Auto),
        _ => None,
    }
}

fn level_arg(vm: &mut Vm, level: i64) -> PyResult<Compression> {
    match level {
        -1 => Ok(Compression::default()),
        0..=9 => Ok(Compression::new(level as u32)),
        _ => Err(error(vm, "Bad compression level")),
    }
}

fn new_compressor(level: Compression, c: Container) -> Compress {
    match c {
        Container::Zlib(b) => Compress::new_with_window_bits(level, true, b),
        Container::Raw(b) => Compress::new_with_window_bits(level, false, b),
        Container::Gzip(b) | Container::Auto(b) => Compress::new_gzip(level, b),
    }
}

/// Compresses all of `input`, then flushes as `flush` asks.
fn deflate(z: &mut Compress, input: &[u8], flush: FlushCompress) -> Result<Vec<u8>, flate2::CompressError> {
    let mut out = Vec::with_capacity(input.len() / 2 + 64);
    let mut pos = 0;
    loop {
        if out.capacity() - out.len() < 64 {
            out.reserve(out.capacity().max(4096));
        }
        let (in_before, out_before) = (z.total_in(), out.len());
        let status = z.compress_vec(&input[pos..], &mut out, flush)?;
        pos += (z.total_in() - in_before) as usize;
        let stalled = pos == input.len() && out.len() == out_before;
        // Room left over with all input taken means zlib has nothing more
        // to give for this flush mode.
        if status == Status::StreamEnd || stalled || (pos == input.len() && out.len() < out.capacity()) {
            return Ok(out);
        }
    }
}

/// What one inflate run did.
struct Inflated {
    out: Vec<u8>,
    consumed: usize,
    ended: bool,
}

/// Inflates `input` until it is used up, the stream ends, or `max_len`
/// bytes (0: no limit) are out. A stream that asks for a preset
/// dictionary gets `zdict`.
fn inflate(vm: &mut Vm, z: &mut Decompress, input: &[u8], max_len: usize, zdict: Option<&[u8]>) -> PyResult<Inflated> {
    let mut out = Vec::new();
    let mut pos = 0;
    loop {
        let room = if max_len > 0 { (max_len - out.len()).min(DEF_BUF_SIZE) } else { DEF_BUF_SIZE };
        if room == 0 {
            return Ok(Inflated { out, consumed: pos, ended: false });
        }
        let mut buf = vec![0u8; room];
        let (in_before, out_before) = (z.total_in(), z.total_out());
        let result = z.decompress(&input[pos..], &mut buf, FlushDecompress::None);
        pos += (z.total_in() - in_before) as usize;
        let produced = (z.total_out() - out_before) as usize;
        out.extend_from_slice(&buf[..produced]);
        match result {
            Ok(Status::StreamEnd) => return Ok(Inflated { out, consumed: pos, ended: true }),
            Ok(_) => {
                if produced < room && (pos == input.len() || produced == 0) {
                    return Ok(Inflated { out, consumed: pos, ended: false });
                }
            }
            Err(e) if e.needs_dictionary().is_some() => match zdict {
                Some(d) => {
                    if z.set_dictionary(d).is_err() {
                        return Err(zlib_error(vm, -3, "setting zdict", Some("invalid dictionary")));
                    }
                }
                None => return Err(zlib_error(vm, 2, "decompressing data", None)),
            },
            Err(e) => return Err(zlib_error(vm, -3, "decompressing data", e.message())),
        }
    }
}

fn new_decompressor(c: Container, data: &[u8]) -> Decompress {
    match c {
        Container::Zlib(b) => Decompress::new_with_window_bits(true, b),
        Container::Raw(b) => Decompress::new_with_window_bits(false, b),
        Container::Gzip(b) => Decompress::new_gzip(b),
        Container::Auto(b) if data.starts_with(&[0x1f, 0x8b]) => Decompress::new_gzip(b),
        Container::Auto(b) => Decompress::new_with_window_bits(true, b),
    }
}

fn compress(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = args::parse_with_posonly(vm, "compress", a, kw, &["data", "level", "wbits"], 1, 1)?;
    let data = data_arg(vm, &p[0], false)?;
    let level = int_arg(vm, &p[1], -1)?;
    let level = level_arg(vm, level)?;
    let wbits = int_arg(vm, &p[2], MAX_WBITS)?;
    let Some(c) = container(wbits, false) else {
        return Err(error(vm, "Bad compression level"));
    };
    let mut z = new_compressor(level, c);
    match deflate(&mut z, &data, FlushCompress::Finish) {
        Ok(out) => Ok(new_bytes(out)),
        Err(e) => Err(zlib_error(vm, -2, "compressing data", e.message())),
    }
}

fn decompress(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = args::parse_with_posonly(vm, "decompress", a, kw, &["data", "wbits", "bufsize"], 1, 1)?;
    let data = data_arg(vm, &p[0], false)?;
    let wbits = int_arg(vm, &p[1], MAX_WBITS)?;
    if int_arg(vm, &p[2], DEF_BUF_SIZE as i64)? < 0 {
        return Err(vm.value_error("bufsize must be non-negative"));
    }
    let Some(c) = container(wbits, true) else {
        return Err(zlib_error(vm, -2, "preparing to decompress data", Some("inconsistent stream state")));
    };
    let mut z = new_decompressor(c, &data);
    let done = inflate(vm, &mut z, &data, 0, None)?;
    if !done.ended {
        return Err(zlib_error(vm, -5, "decompressing data", Some("incomplete or truncated stream")));
    }
    Ok(new_bytes(done.out))
}

fn adler32(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "adler32", a, 1, 2)?;
    let data = data_arg(vm, &a[0], false)?;
    let start = match a.get(1) {
        Some(v) => low_u32(vm, v)?,
        None => 1,
    };
    let mut sum = adler2::Adler32::from_checksum(start);
    sum.write_slice(&data);
    Ok(Value::Int(sum.checksum() as i64))
}

/// A compression stream: `None` once finished (CPython ends the zlib
/// stream at Z_FINISH; using it afterwards is a stream-state error).
struct Compressor(RefCell<Option<Compress>>);

impl NativeData for Compressor {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

struct DecompressState {
    container: Container,
    z: Option<Decompress>,
    zdict: Option<Vec<u8>>,
    eof: bool,
    unused_data: Vec<u8>,
    unconsumed_tail: Vec<u8>,
}

struct Decompressor(RefCell<DecompressState>);

impl NativeData for Decompressor {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn native<'a, T: 'static>(vm: &mut Vm, v: &'a Value, what: &str) -> PyResult<&'a T> {
    crate::native_class::state(vm, v, "zlib", what)
}

fn new_object(vm: &mut Vm, class: &str, data: Box<dyn NativeData>) -> PyResult<Value> {
    crate::native_class::new_instance(vm, "zlib", class, data)
}

fn zdict_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<Vec<u8>>> {
    if v.is_undef() || matches!(v, Value::None) {
        return Ok(None);
    }
    data_arg(vm, v, false).map(Some)
}

fn compressobj(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let names = ["level", "method", "wbits", "memLevel", "strategy", "zdict"];
    let p = args::parse(vm, "compressobj", a, kw, &names, 0)?;
    let level = int_arg(vm, &p[0], -1)?;
    let method = int_arg(vm, &p[1], 8)?;
    let wbits = int_arg(vm, &p[2], MAX_WBITS)?;
    let mem_level = int_arg(vm, &p[3], 8)?;
    let strategy = int_arg(vm, &p[4], 0)?;
    let zdict = zdict_arg(vm, &p[5])?;
    let c = container(wbits, false);
    if method != 8 || c.is_none() || !(1..=9).contains(&mem_level) || !(0..=4).contains(&strategy) {
        return Err(vm.value_error("Invalid initialization option"));
    }
    let level = level_arg(vm, level)?;
    if mem_level != 8 || strategy != 0 {
        return Err(vm.not_implemented_error(
            "zlib.compressobj with memLevel other than 8 or a strategy other than Z_DEFAULT_STRATEGY \
             is not supported by ferropy yet",
        ));
    }
    let mut z = new_compressor(level, c.expect("checked above"));
    if let Some(d) = zdict {
        if z.set_dictionary(&d).is_err() {
            return Err(vm.value_error("Invalid dictionary"));
        }
    }
    new_object(vm, "Compress", Box::new(Compressor(RefCell::new(Some(z)))))
}

fn compress_compress(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "compress", &a[1..], 1, 1)?;
    let data = data_arg(vm, &a[1], false)?;
    let this = native::<Compressor>(vm, &a[0], "Compress")?;
    let mut slot = this.0.borrow_mut();
    let Some(z) = slot.as_mut() else {
        return Err(zlib_error(vm, -2, "compressing data", Some("inconsistent stream state")));
    };
    match deflate(z, &data, FlushCompress::None) {
        Ok(out) => Ok(new_bytes(out)),
        Err(e) => Err(zlib_error(vm, -2, "compressing data", e.message())),
    }
}

fn compress_flush(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "flush", &a[1..], 0, 1)?;
    let mode = match a.get(1) {
        Some(v) => int_arg(vm, v, 4)?,
        None => 4,
    };
    let flush = match mode {
        0 => return Ok(new_bytes(Vec::new())),
        1 => FlushCompress::Partial,
        2 => FlushCompress::Sync,
        3 => FlushCompress::Full,
        4 => FlushCompress::Finish,
        _ => {
            return Err(vm.not_implemented_error(format!(
                "zlib.Compress.flush({mode}) is not supported by ferropy yet (Z_BLOCK and Z_TREES)"
            )))
        }
    };
    let this = native::<Compressor>(vm, &a[0], "Compress")?;
    let mut slot = this.0.borrow_mut();
    let Some(z) = slot.as_mut() else {
        return Err(zlib_error(vm, -2, "flushing", Some("inconsistent stream state")));
    };
    let out = match deflate(z, &[], flush) {
        Ok(out) => out,
        Err(e) => return Err(zlib_error(vm, -2, "flushing", e.message())),
    };
    if mode == 4 {
        *slot = None;
    }
    Ok(new_bytes(out))
}

fn decompressobj(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = args::parse(vm, "decompressobj", a, kw, &["wbits", "zdict"], 0)?;
    let wbits = int_arg(vm, &p[0], MAX_WBITS)?;
    let zdict = zdict_arg(vm, &p[1])?;
    let Some(container) = container(wbits, true) else {
        return Err(vm.value_error("Invalid initialization option"));
    };
    let state = DecompressState {
        container,
        z: None,
        zdict: zdict.filter(|d| !d.is_empty()),
        eof: false,
        unused_data: Vec::new(),
        unconsumed_tail: Vec::new(),
    };
    new_object(vm, "Decompress", Box::new(Decompressor(RefCell::new(state))))
}

/// Runs `data` through a decompression stream, keeping what it did not
/// take: input past the end of the stream is unused data, input held
/// back by `max_len` the unconsumed tail.
fn feed(vm: &mut Vm, state: &mut DecompressState, data: &[u8], max_len: usize) -> PyResult<Vec<u8>> {
    if state.eof {
        state.unused_data.extend_from_slice(data);
        return Ok(Vec::new());
    }
    let container = state.container;
    let z = state.z.get_or_insert_with(|| new_decompressor(container, data));
    let done = inflate(vm, z, data, max_len, state.zdict.as_deref())?;
    let rest = &data[done.consumed..];
    if done.ended {
        state.eof = true;
        state.unused_data.extend_from_slice(rest);
        state.unconsumed_tail.clear();
    } else {
        state.unconsumed_tail = rest.to_vec();
    }
    Ok(done.out)
}

fn decompress_decompress(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = args::parse_with_posonly(vm, "decompress", &a[1..], kw, &["data", "max_length"], 1, 1)?;
    let data = data_arg(vm, &p[0], false)?;
    let max_len = int_arg(vm, &p[1], 0)?;
    if max_len < 0 {
        return Err(vm.value_error("max_length must be non-negative"));
    }
    let this = native::<Decompressor>(vm, &a[0], "Decompress")?;
    let out = feed(vm, &mut this.0.borrow_mut(), &data, max_len as usize)?;
    Ok(new_bytes(out))
}

fn decompress_flush(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "flush", &a[1..], 0, 1)?;
    if let Some(v) = a.get(1) {
        if int_arg(vm, v, 0)? <= 0 {
            return Err(vm.value_error("length must be greater than zero"));
        }
    }
    let this = native::<Decompressor>(vm, &a[0], "Decompress")?;
    let mut state = this.0.borrow_mut();
    let tail = std::mem::take(&mut state.unconsumed_tail);
    let out = feed(vm, &mut state, &tail, 0)?;
    Ok(new_bytes(out))
}

fn copy_unsupported(vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Err(vm.not_implemented_error(
        "copying a zlib stream (Compress.copy, Decompress.copy) is not supported by ferropy yet",
    ))
}

/// The version of the zlib library linked in.
fn libz_version() -> String {
    // SAFETY: zlibVersion takes no arguments and returns a pointer to a
    // static NUL-terminated string inside the library, valid for the
    // program's life; we copy it out at once.
    let ptr = unsafe { libz_sys::zlibVersion() };
    if ptr.is_null() {
        return String::new();
    }
    // SAFETY: non-null and NUL-terminated, as zlib documents.
    unsafe { std::ffi::CStr::from_ptr(ptr) }.to_string_lossy().into_owned()
}

fn add_class(vm: &mut Vm, dict: &Obj, name: &str, methods: &[(&'static str, NativeFn)]) -> PyResult<Obj> {
    crate::native_class::add_class(vm, "zlib", dict, name, methods)
}

pub fn make_module(vm: &mut Vm) -> PyResult<Obj> {
    let functions: &[(&'static str, NativeFn)] = &[
        ("compress", compress),
        ("decompress", decompress),
        ("compressobj", compressobj),
        ("decompressobj", decompressobj),
        ("crc32", crate::binascii::crc32),
        ("adler32", adler32),
    ];
    let module = ferropy_runtime::types::module::new_native_module(vm, "zlib", functions)?;
    let dict = module.dict.clone().expect("modules have dicts");
    let ints: &[(&str, i64)] = &[
        ("DEFLATED", 8),
        ("DEF_BUF_SIZE", DEF_BUF_SIZE as i64),
        ("DEF_MEM_LEVEL", 8),
        ("MAX_WBITS", MAX_WBITS),
        ("Z_NO_COMPRESSION", 0),
        ("Z_BEST_SPEED", 1),
        ("Z_BEST_COMPRESSION", 9),
        ("Z_DEFAULT_COMPRESSION", -1),
        ("Z_DEFAULT_STRATEGY", 0),
        ("Z_FILTERED", 1),
        ("Z_HUFFMAN_ONLY", 2),
        ("Z_RLE", 3),
        ("Z_FIXED", 4),
        ("Z_NO_FLUSH", 0),
        ("Z_PARTIAL_FLUSH", 1),
        ("Z_SYNC_FLUSH", 2),
        ("Z_FULL_FLUSH", 3),
        ("Z_FINISH", 4),
        ("Z_BLOCK", 5),
        ("Z_TREES", 6),
    ];
    for (name, v) in ints {
        vm.dict_set_str(&dict, name, Value::Int(*v))?;
    }
    let version = vm.new_str(libz_version());
    vm.dict_set_str(&dict, "ZLIB_VERSION", version.clone())?;
    vm.dict_set_str(&dict, "ZLIB_RUNTIME_VERSION", version)?;
    let exception = vm.exc.exception.clone();
    crate::native_class::add_exception(vm, "zlib", &dict, "error", exception)?;
    add_class(
        vm,
        &dict,
        "Compress",
        &[("compress", compress_compress), ("flush", compress_flush), ("copy", copy_unsupported)],
    )?;
    let decomp = add_class(
        vm,
        &dict,
        "Decompress",
        &[("decompress", decompress_decompress), ("flush", decompress_flush), ("copy", copy_unsupported)],
    )?;
    use ferropy_runtime::types::descriptors::add_getset;
    add_getset(vm, &decomp, "eof", |vm, v| {
        Ok(Value::bool(native::<Decompressor>(vm, v, "Decompress")?.0.borrow().eof))
    });
    add_getset(vm, &decomp, "unused_data", |vm, v| {
        Ok(new_bytes(native::<Decompressor>(vm, v, "Decompress")?.0.borrow().unused_data.clone()))
    });
    add_getset(vm, &decomp, "unconsumed_tail", |vm, v| {
        Ok(new_bytes(native::<Decompressor>(vm, v, "Decompress")?.0.borrow().unconsumed_tail.clone()))
    });
    Ok(module)
}
