//! `_bz2`: bzip2 compression on libbzip2 (the bzip2 crate builds the
//! C library CPython links, so compressed bytes are CPython's). The
//! `bz2` module (lib/bz2.py) builds files and one-shot functions on
//! BZ2Compressor and BZ2Decompressor.

use std::cell::RefCell;

use bzip2::{Action, Compress, Compression, Decompress, Status};

use ferropy_runtime::object::NativeData;
use ferropy_runtime::protocol::args;
use ferropy_runtime::types::builtin_function::{KwArgs, NativeFn};
use ferropy_runtime::types::bytes::new_bytes;
use ferropy_runtime::{Obj, PyResult, Value, Vm};

use crate::binascii::data_arg;
use crate::stream_decoder::{self, Decoder, Step, StreamState};

const CHUNK: usize = 64 * 1024;

struct Compressor(RefCell<Option<Compress>>);

impl NativeData for Compressor {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

struct Decompressor {
    z: RefCell<Decompress>,
    stream: RefCell<StreamState>,
}

impl NativeData for Decompressor {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl Decoder for Decompressor {
    const MODULE: &'static str = "_bz2";
    const CLASS: &'static str = "BZ2Decompressor";
    fn stream(&self) -> &RefCell<StreamState> {
        &self.stream
    }
}

fn new_compressor(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let parsed = args::parse(vm, "BZ2Compressor", a, kw, &["compresslevel"], 0)?;
    let level = match &parsed[0] {
        Value::Undef => 9,
        v => ferropy_runtime::protocol::number::index_i64(vm, v)?,
    };
    if !(1..=9).contains(&level) {
        return Err(vm.value_error("compresslevel must be between 1 and 9"));
    }
    let z = Compress::new(Compression::new(level as u32), 30);
    crate::native_class::new_instance(vm, "_bz2", "BZ2Compressor", Box::new(Compressor(RefCell::new(Some(z)))))
}

fn run_compress(z: &mut Compress, input: &[u8], action: Action) -> Vec<u8> {
    let mut out = Vec::with_capacity(input.len() / 4 + 64);
    let start_in = z.total_in();
    loop {
        if out.capacity() - out.len() < CHUNK {
            out.reserve(CHUNK);
        }
        let consumed = (z.total_in() - start_in) as usize;
        let status = z.compress_vec(&input[consumed..], &mut out, action).expect("bzip2 compress");
        let done_input = (z.total_in() - start_in) as usize >= input.len();
        match action {
            Action::Finish if status == Status::StreamEnd => break,
            Action::Finish => continue,
            _ if done_input && out.len() < out.capacity() => break,
            _ => continue,
        }
    }
    out
}

fn compressor_compress(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "compress", a, 2, 2)?;
    let data = data_arg(vm, &a[1], false)?;
    let c: &Compressor = crate::native_class::state(vm, &a[0], "_bz2", "BZ2Compressor")?;
    let mut guard = c.0.borrow_mut();
    let Some(z) = guard.as_mut() else {
        return Err(vm.value_error("Compressor has been flushed"));
    };
    let out = run_compress(z, &data, Action::Run);
    Ok(new_bytes(out))
}

fn compressor_flush(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "flush", a, 1, 1)?;
    let c: &Compressor = crate::native_class::state(vm, &a[0], "_bz2", "BZ2Compressor")?;
    let Some(mut z) = c.0.borrow_mut().take() else {
        return Err(vm.value_error("Repeated call to flush()"));
    };
    Ok(new_bytes(run_compress(&mut z, &[], Action::Finish)))
}

fn new_decompressor(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::parse(vm, "BZ2Decompressor", a, kw, &[], 0)?;
    let d = Decompressor { z: RefCell::new(Decompress::new(false)), stream: RefCell::default() };
    crate::native_class::new_instance(vm, "_bz2", "BZ2Decompressor", Box::new(d))
}

fn decompressor_decompress(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let parsed = args::parse(vm, "decompress", a, kw, &["self", "data", "max_length"], 2)?;
    let data = data_arg(vm, &parsed[1], false)?;
    let max_length = match &parsed[2] {
        Value::Undef => -1,
        v => ferropy_runtime::protocol::number::index_i64(vm, v)?,
    };
    let d: &Decompressor = crate::native_class::state(vm, &parsed[0], "_bz2", "BZ2Decompressor")?;
    let mut st = d.stream.borrow_mut();
    if st.eof {
        let ty = vm.exc.eof_error.clone();
        return Err(vm.new_error(&ty, "End of stream already reached"));
    }
    let mut z = d.z.borrow_mut();
    let out = stream_decoder::decompress(&mut st, &data, max_length, |input, buf| {
        let (before_in, before_out) = (z.total_in(), z.total_out());
        let status = z.decompress(input, buf)?;
        Ok::<_, bzip2::Error>(Step {
            consumed: (z.total_in() - before_in) as usize,
            produced: (z.total_out() - before_out) as usize,
            stream_end: status == Status::StreamEnd,
            again: false,
        })
    });
    match out {
        Ok(out) => Ok(new_bytes(out)),
        Err(_) => Err(vm.os_error("Invalid data stream")),
    }
}

pub fn make_module(vm: &mut Vm) -> PyResult<Obj> {
    let functions: &[(&'static str, NativeFn)] =
        &[("_new_compressor", new_compressor), ("_new_decompressor", new_decompressor)];
    let module = ferropy_runtime::types::module::new_native_module(vm, "_bz2", functions)?;
    let dict = module.dict.clone().expect("modules have dicts");
    crate::native_class::add_class(
        vm,
        "_bz2",
        &dict,
        "BZ2Compressor",
        &[("compress", compressor_compress), ("flush", compressor_flush)],
    )?;
    let mut methods: Vec<(&'static str, NativeFn)> = vec![("decompress", decompressor_decompress)];
    methods.extend(stream_decoder::state_methods::<Decompressor>());
    crate::native_class::add_class(vm, "_bz2", &dict, "BZ2Decompressor", &methods)?;
    Ok(module)
}
