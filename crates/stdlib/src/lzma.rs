//! `_lzma`: xz and lzma compression on liblzma (the liblzma crate builds
//! the C library CPython links, so compressed bytes are CPython's). The
//! `lzma` module (lib/lzma.py) builds files and one-shot functions on the
//! compressor and decompressor here; filter chains arrive as lists of
//! dicts, already checked for an "id" there.

use std::cell::RefCell;

use liblzma::stream::{Action, Check, Filters, LzmaOptions, MatchFinder, Mode, Status, Stream};

use ferropy_runtime::object::NativeData;
use ferropy_runtime::protocol::args;
use ferropy_runtime::types::builtin_function::{KwArgs, NativeFn};
use ferropy_runtime::types::bytes::new_bytes;
use ferropy_runtime::{Obj, PyErr, PyResult, Value, Vm};

use crate::binascii::data_arg;
use crate::stream_decoder::{self, Decoder, Step, StreamState};

const CHUNK: usize = 64 * 1024;

// Container formats and check ids, as liblzma and CPython number them.
const FORMAT_AUTO: i64 = 0;
const FORMAT_XZ: i64 = 1;
const FORMAT_ALONE: i64 = 2;
const FORMAT_RAW: i64 = 3;
const CHECK_NONE: i64 = 0;
const CHECK_UNKNOWN: i64 = 16;
const XZ_MAGIC: &[u8] = b"\xfd7zXZ\x00";

// Filter ids.
const FILTER_LZMA1: i64 = 0x4000000000000001;
const FILTER_LZMA2: i64 = 0x21;
const FILTER_DELTA: i64 = 0x03;
const FILTER_X86: i64 = 0x04;
const FILTER_POWERPC: i64 = 0x05;
const FILTER_IA64: i64 = 0x06;
const FILTER_ARM: i64 = 0x07;
const FILTER_ARMTHUMB: i64 = 0x08;
const FILTER_SPARC: i64 = 0x09;

struct Compressor(RefCell<Option<Stream>>);

impl NativeData for Compressor {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

struct LzmaDecoder {
    stream: Stream,
    format: i64,
    check: i64,
    /// The first bytes seen, until the xz header names the check.
    header: Vec<u8>,
}

struct Decompressor {
    codec: RefCell<LzmaDecoder>,
    stream: RefCell<StreamState>,
}

impl NativeData for Decompressor {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl Decoder for Decompressor {
    const MODULE: &'static str = "_lzma";
    const CLASS: &'static str = "LZMADecompressor";
    fn stream(&self) -> &RefCell<StreamState> {
        &self.stream
    }
}

/// `_lzma.LZMAError`, raised for what liblzma reports.
fn lzma_error(vm: &mut Vm, msg: &str) -> PyErr {
    match ferropy_runtime::types::module::class_in_module(vm, "_lzma", "LZMAError") {
        Ok(class) => vm.new_error(&class, msg),
        Err(e) => e,
    }
}

fn stream_error(vm: &mut Vm, e: liblzma::stream::Error) -> PyErr {
    use liblzma::stream::Error as E;
    let msg = match e {
        E::Data => "Corrupt input data",
        E::Options => "Invalid or unsupported options",
        E::Format => "Input format not supported by decoder",
        E::MemLimit => "Memory usage limit exceeded",
        E::Mem => return vm.memory_error(),
        E::UnsupportedCheck => "Unsupported integrity check",
        E::NoCheck | E::Program => "Internal error",
    };
    lzma_error(vm, msg)
}

fn int_arg(vm: &mut Vm, v: &Value, default: i64) -> PyResult<i64> {
    match v {
        Value::Undef | Value::None => Ok(default),
        v => ferropy_runtime::protocol::number::index_i64(vm, v),
    }
}

/// A filter spec's entry, or `default` when it has none.
fn spec_int(vm: &mut Vm, spec: &Value, key: &str, default: i64) -> PyResult<i64> {
    let key_value = vm.new_str(key);
    match vm.get_item(spec, &key_value) {
        Ok(v) => int_arg(vm, &v, default),
        Err(e) if vm.err_matches(&e, &vm.exc.key_error.clone()) => Ok(default),
        Err(e) => Err(e),
    }
}

/// The LZMA options of an LZMA1/LZMA2 filter spec: a preset, then any
/// options the spec sets.
fn lzma_options(vm: &mut Vm, spec: &Value) -> PyResult<LzmaOptions> {
    let preset = spec_int(vm, spec, "preset", 6)?;
    let mut opts = u32::try_from(preset)
        .ok()
        .and_then(|p| LzmaOptions::new_preset(p).ok())
        .ok_or_else(|| lzma_error(vm, &format!("Invalid compression preset: {preset}")))?;
    let unset = -1;
    let setting = |vm: &mut Vm, key: &str| -> PyResult<Option<u32>> {
        match spec_int(vm, spec, key, unset)? {
            v if v == unset => Ok(None),
            v => u32::try_from(v).map(Some).map_err(|_| vm.overflow_error("Value too large for uint32_t type")),
        }
    };
    // The plain numeric options, each with its setter.
    type Setter = fn(&mut LzmaOptions, u32) -> &mut LzmaOptions;
    let numeric: [(&str, Setter); 5] = [
        ("dict_size", LzmaOptions::dict_size),
        ("lc", LzmaOptions::literal_context_bits),
        ("lp", LzmaOptions::literal_position_bits),
        ("pb", LzmaOptions::position_bits),
        ("nice_len", LzmaOptions::nice_len),
    ];
    for (key, set) in numeric {
        if let Some(v) = setting(vm, key)? {
            set(&mut opts, v);
        }
    }
    if let Some(v) = setting(vm, "mode")? {
        opts.mode(match v {
            1 => Mode::Fast,
            2 => Mode::Normal,
            _ => return Err(vm.value_error("Invalid filter specifier for LZMA filter")),
        });
    }
    if let Some(v) = setting(vm, "mf")? {
        opts.match_finder(match v {
            0x03 => MatchFinder::HashChain3,
            0x04 => MatchFinder::HashChain4,
            0x12 => MatchFinder::BinaryTree2,
            0x13 => MatchFinder::BinaryTree3,
            0x14 => MatchFinder::BinaryTree4,
            _ => return Err(vm.value_error("Invalid filter specifier for LZMA filter")),
        });
    }
    if let Some(v) = setting(vm, "depth")? {
        opts.depth(v);
    }
    Ok(opts)
}

/// A filter chain from a sequence of filter specs.
fn filter_chain(vm: &mut Vm, specs: &Value) -> PyResult<Filters> {
    let specs = vm.collect(specs)?;
    if specs.len() > 4 {
        return Err(vm.value_error("Too many filters - liblzma supports a maximum of 4"));
    }
    let mut filters = Filters::new();
    for spec in &specs {
        let id = spec_int(vm, spec, "id", -1)?;
        let bad = |vm: &mut Vm, e| stream_error(vm, e);
        match id {
            FILTER_LZMA1 => {
                let opts = lzma_options(vm, spec)?;
                filters.lzma1(&opts);
            }
            FILTER_LZMA2 => {
                let opts = lzma_options(vm, spec)?;
                filters.lzma2(&opts);
            }
            FILTER_DELTA => {
                let dist = spec_int(vm, spec, "dist", 1)?;
                if !(1..=256).contains(&dist) {
                    return Err(lzma_error(vm, "Invalid or unsupported options"));
                }
                filters.delta_properties(&[(dist - 1) as u8]).map_err(|e| bad(vm, e))?;
            }
            FILTER_X86 | FILTER_POWERPC | FILTER_IA64 | FILTER_ARM | FILTER_ARMTHUMB | FILTER_SPARC => {
                let start = spec_int(vm, spec, "start_offset", 0)?;
                let start = u32::try_from(start).map_err(|_| vm.overflow_error("Value too large for uint32_t type"))?;
                let props: Vec<u8> = if start == 0 { Vec::new() } else { start.to_le_bytes().to_vec() };
                let added = match id {
                    FILTER_X86 => filters.x86_properties(&props),
                    FILTER_POWERPC => filters.powerpc_properties(&props),
                    FILTER_IA64 => filters.ia64_properties(&props),
                    FILTER_ARM => filters.arm_properties(&props),
                    FILTER_ARMTHUMB => filters.arm_thumb_properties(&props),
                    _ => filters.sparc_properties(&props),
                };
                added.map_err(|e| bad(vm, e))?;
            }
            _ => return Err(vm.value_error(format!("Invalid filter ID: {id}"))),
        }
    }
    Ok(filters)
}

fn check_of(vm: &mut Vm, id: i64) -> PyResult<Check> {
    Ok(match id {
        0 => Check::None,
        1 => Check::Crc32,
        4 => Check::Crc64,
        10 => Check::Sha256,
        _ => return Err(lzma_error(vm, "Unsupported integrity check")),
    })
}

fn new_compressor(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let parsed = args::parse(vm, "LZMACompressor", a, kw, &["format", "check", "preset", "filters"], 0)?;
    let format = int_arg(vm, &parsed[0], FORMAT_XZ)?;
    let check = int_arg(vm, &parsed[1], -1)?;
    let has_preset = !matches!(parsed[2], Value::Undef | Value::None);
    let has_filters = !matches!(parsed[3], Value::Undef | Value::None);
    if format != FORMAT_XZ && check != -1 && check != CHECK_NONE {
        return Err(vm.value_error("Integrity checks are only supported by FORMAT_XZ"));
    }
    if has_preset && has_filters {
        return Err(vm.value_error("Cannot specify both preset and filter chain"));
    }
    let preset = int_arg(vm, &parsed[2], 6)?;
    let preset = u32::try_from(preset).map_err(|_| lzma_error(vm, &format!("Invalid compression preset: {preset}")))?;
    let stream = match format {
        FORMAT_XZ => {
            let check = check_of(vm, if check == -1 { 4 } else { check })?;
            if has_filters {
                let filters = filter_chain(vm, &parsed[3])?;
                Stream::new_stream_encoder(&filters, check)
            } else {
                Stream::new_easy_encoder(preset, check)
            }
        }
        FORMAT_ALONE => {
            let opts = if has_filters {
                let specs = vm.collect(&parsed[3])?;
                let single_lzma1 = specs.len() == 1 && spec_int(vm, &specs[0], "id", -1)? == FILTER_LZMA1;
                if !single_lzma1 {
                    return Err(vm.value_error("Invalid filter chain for FORMAT_ALONE - must be a single LZMA1 filter"));
                }
                lzma_options(vm, &specs[0])?
            } else {
                LzmaOptions::new_preset(preset)
                    .map_err(|_| lzma_error(vm, &format!("Invalid compression preset: {preset}")))?
            };
            Stream::new_lzma_encoder(&opts)
        }
        FORMAT_RAW => {
            if !has_filters {
                return Err(vm.value_error("Must specify filters for FORMAT_RAW"));
            }
            let filters = filter_chain(vm, &parsed[3])?;
            Stream::new_raw_encoder(&filters)
        }
        _ => return Err(vm.value_error(format!("Invalid container format: {format}"))),
    };
    let stream = stream.map_err(|e| stream_error(vm, e))?;
    crate::native_class::new_instance(vm, "_lzma", "LZMACompressor", Box::new(Compressor(RefCell::new(Some(stream)))))
}

fn run_compress(vm: &mut Vm, z: &mut Stream, input: &[u8], action: Action) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(input.len() / 4 + 64);
    let start_in = z.total_in();
    loop {
        if out.capacity() - out.len() < CHUNK {
            out.reserve(CHUNK);
        }
        let consumed = (z.total_in() - start_in) as usize;
        let status = z.process_vec(&input[consumed..], &mut out, action).map_err(|e| stream_error(vm, e))?;
        let done_input = (z.total_in() - start_in) as usize >= input.len();
        match action {
            Action::Finish if status == Status::StreamEnd => break,
            Action::Finish => continue,
            _ if done_input && out.len() < out.capacity() => break,
            _ => continue,
        }
    }
    Ok(out)
}

fn compressor_compress(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "compress", a, 2, 2)?;
    let data = data_arg(vm, &a[1], false)?;
    let c: &Compressor = crate::native_class::state(vm, &a[0], "_lzma", "LZMACompressor")?;
    let mut guard = c.0.borrow_mut();
    let Some(z) = guard.as_mut() else {
        return Err(vm.value_error("Compressor has been flushed"));
    };
    Ok(new_bytes(run_compress(vm, z, &data, Action::Run)?))
}

fn compressor_flush(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "flush", a, 1, 1)?;
    let c: &Compressor = crate::native_class::state(vm, &a[0], "_lzma", "LZMACompressor")?;
    let Some(mut z) = c.0.borrow_mut().take() else {
        return Err(vm.value_error("Repeated call to flush()"));
    };
    Ok(new_bytes(run_compress(vm, &mut z, &[], Action::Finish)?))
}

fn new_decompressor(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let parsed = args::parse(vm, "LZMADecompressor", a, kw, &["format", "memlimit", "filters"], 0)?;
    let format = int_arg(vm, &parsed[0], FORMAT_AUTO)?;
    let has_memlimit = !matches!(parsed[1], Value::Undef | Value::None);
    let has_filters = !matches!(parsed[2], Value::Undef | Value::None);
    let memlimit = match int_arg(vm, &parsed[1], -1)? {
        -1 => u64::MAX,
        n => u64::try_from(n).map_err(|_| vm.overflow_error("Value too large for uint64_t type"))?,
    };
    if has_memlimit && format == FORMAT_RAW {
        return Err(vm.value_error("Cannot specify memory limit with FORMAT_RAW"));
    }
    if has_filters && format != FORMAT_RAW {
        return Err(vm.value_error("Cannot specify filters except with FORMAT_RAW"));
    }
    let flags = liblzma::stream::TELL_ANY_CHECK | liblzma::stream::TELL_NO_CHECK;
    let (stream, check) = match format {
        FORMAT_AUTO => (Stream::new_auto_decoder(memlimit, flags), CHECK_UNKNOWN),
        FORMAT_XZ => (Stream::new_stream_decoder(memlimit, flags), CHECK_UNKNOWN),
        FORMAT_ALONE => (Stream::new_lzma_decoder(memlimit), CHECK_NONE),
        FORMAT_RAW => {
            if !has_filters {
                return Err(vm.value_error("Must specify filters for FORMAT_RAW"));
            }
            let filters = filter_chain(vm, &parsed[2])?;
            (Stream::new_raw_decoder(&filters), CHECK_NONE)
        }
        _ => return Err(vm.value_error(format!("Invalid container format: {format}"))),
    };
    let stream = stream.map_err(|e| stream_error(vm, e))?;
    let codec = LzmaDecoder { stream, format, check, header: Vec::new() };
    let d = Decompressor { codec: RefCell::new(codec), stream: RefCell::default() };
    crate::native_class::new_instance(vm, "_lzma", "LZMADecompressor", Box::new(d))
}

/// Learns the integrity check from the start of the input: an xz stream
/// names it in its header; an lzma-alone stream has none.
fn note_check(st: &mut LzmaDecoder, input: &[u8]) {
    // The check is known once the whole stream header (magic, flags and
    // their CRC32: 12 bytes) has been read.
    if st.check != CHECK_UNKNOWN || st.header.len() >= 12 {
        return;
    }
    let take = (12 - st.header.len()).min(input.len());
    st.header.extend_from_slice(&input[..take]);
    if st.header.len() >= 12 && st.header.starts_with(XZ_MAGIC) {
        st.check = (st.header[7] & 0x0f) as i64;
    } else if st.format == FORMAT_AUTO
        && !st.header.is_empty()
        && !XZ_MAGIC.starts_with(&st.header[..st.header.len().min(6)])
    {
        st.check = CHECK_NONE;
    }
}

fn decompressor_decompress(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let parsed = args::parse(vm, "decompress", a, kw, &["self", "data", "max_length"], 2)?;
    let data = data_arg(vm, &parsed[1], false)?;
    let max_length = int_arg(vm, &parsed[2], -1)?;
    let d: &Decompressor = crate::native_class::state(vm, &parsed[0], "_lzma", "LZMADecompressor")?;
    let mut st = d.stream.borrow_mut();
    if st.eof {
        let ty = vm.exc.eof_error.clone();
        return Err(vm.new_error(&ty, "Already at end of stream"));
    }
    let mut codec = d.codec.borrow_mut();
    let codec = &mut *codec;
    // Input kept back earlier was noted when it arrived.
    note_check(codec, &data);
    let out = stream_decoder::decompress(&mut st, &data, max_length, |input, buf| {
        let (before_in, before_out) = (codec.stream.total_in(), codec.stream.total_out());
        let status = match codec.stream.process(input, buf, Action::Run) {
            // What TELL_NO_CHECK reports (liblzma's LZMA_NO_CHECK): the
            // stream has no integrity check; decoding goes on.
            Err(liblzma::stream::Error::NoCheck) => {
                codec.check = CHECK_NONE;
                Status::GetCheck
            }
            other => other?,
        };
        Ok(Step {
            consumed: (codec.stream.total_in() - before_in) as usize,
            produced: (codec.stream.total_out() - before_out) as usize,
            stream_end: status == Status::StreamEnd,
            again: status == Status::GetCheck,
        })
    });
    out.map(new_bytes).map_err(|e| stream_error(vm, e))
}

fn decompressor_check(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d: &Decompressor = crate::native_class::state(vm, &a[0], "_lzma", "LZMADecompressor")?;
    Ok(Value::Int(d.codec.borrow().check))
}

/// `is_check_supported(check_id)`.
fn is_check_supported(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "is_check_supported", a, 1, 1)?;
    let id = int_arg(vm, &a[0], -1)?;
    Ok(Value::bool(matches!(id, 0 | 1 | 4 | 10)))
}

pub fn make_module(vm: &mut Vm) -> PyResult<Obj> {
    let functions: &[(&'static str, NativeFn)] = &[
        ("_new_compressor", new_compressor),
        ("_new_decompressor", new_decompressor),
        ("is_check_supported", is_check_supported),
    ];
    let module = ferropy_runtime::types::module::new_native_module(vm, "_lzma", functions)?;
    let dict = module.dict.clone().expect("modules have dicts");
    let exception = vm.exc.exception.clone();
    crate::native_class::add_exception(vm, "_lzma", &dict, "LZMAError", exception)?;
    crate::native_class::add_class(
        vm,
        "_lzma",
        &dict,
        "LZMACompressor",
        &[("compress", compressor_compress), ("flush", compressor_flush)],
    )?;
    let mut methods: Vec<(&'static str, NativeFn)> =
        vec![("decompress", decompressor_decompress), ("_check", decompressor_check)];
    methods.extend(stream_decoder::state_methods::<Decompressor>());
    crate::native_class::add_class(vm, "_lzma", &dict, "LZMADecompressor", &methods)?;
    Ok(module)
}
