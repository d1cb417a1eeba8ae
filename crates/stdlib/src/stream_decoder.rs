//! What the incremental decompressors of `_bz2` and `_lzma` share: the
//! input kept back when `max_length` stopped early, what followed the end
//! of the stream, and the loop that feeds a decoder in bounded chunks (so
//! nothing decompressed beyond `max_length` is ever dropped), plus the
//! `_eof`, `_unused_data` and `_needs_input` accessors of lib/bz2.py and
//! lib/lzma.py.

use std::cell::RefCell;

use ferropy_runtime::object::NativeData;
use ferropy_runtime::types::builtin_function::{KwArgs, NativeFn};
use ferropy_runtime::types::bytes::new_bytes;
use ferropy_runtime::{PyResult, Value, Vm};

const CHUNK: usize = 64 * 1024;

#[derive(Default)]
pub struct StreamState {
    pub eof: bool,
    /// Bytes after the end of the stream.
    pub unused: Vec<u8>,
    /// Input not yet decompressed (when max_length stopped early).
    pub pending: Vec<u8>,
}

/// What one call of a decoder did.
pub struct Step {
    pub consumed: usize,
    pub produced: usize,
    pub stream_end: bool,
    /// The decoder reported something without reading or writing (say,
    /// liblzma naming the check): call it again.
    pub again: bool,
}

/// Decompresses `data` after any pending input, at most `max_length`
/// bytes (all for a negative one), with `step` reading input into an
/// output buffer.
pub fn decompress<E>(
    state: &mut StreamState,
    data: &[u8],
    max_length: i64,
    mut step: impl FnMut(&[u8], &mut [u8]) -> Result<Step, E>,
) -> Result<Vec<u8>, E> {
    let mut input = std::mem::take(&mut state.pending);
    input.extend_from_slice(data);
    let limit = if max_length < 0 { usize::MAX } else { max_length as usize };
    let mut out: Vec<u8> = Vec::new();
    let mut pos = 0usize;
    let mut buf = vec![0u8; CHUNK];
    while out.len() < limit {
        let room = (limit - out.len()).min(CHUNK);
        let done = step(&input[pos..], &mut buf[..room])?;
        pos += done.consumed;
        out.extend_from_slice(&buf[..done.produced]);
        if done.stream_end {
            state.eof = true;
            state.unused = input[pos..].to_vec();
            pos = input.len();
            break;
        }
        if done.consumed == 0 && done.produced == 0 && !done.again {
            break;
        }
    }
    if !state.eof && pos < input.len() {
        state.pending = input[pos..].to_vec();
    }
    Ok(out)
}

/// A native decompressor object holding a StreamState.
pub trait Decoder: NativeData + 'static {
    const MODULE: &'static str;
    const CLASS: &'static str;
    fn stream(&self) -> &RefCell<StreamState>;
}

fn with_state<D: Decoder, T>(vm: &mut Vm, a: &[Value], read: impl FnOnce(&StreamState) -> T) -> PyResult<T> {
    let d: &D = crate::native_class::state(vm, &a[0], D::MODULE, D::CLASS)?;
    Ok(read(&d.stream().borrow()))
}

/// The state methods every decompressor class has (`_eof`,
/// `_unused_data`, `_needs_input`), for its method table.
pub fn state_methods<D: Decoder>() -> [(&'static str, NativeFn); 3] {
    [("_eof", eof::<D>), ("_unused_data", unused_data::<D>), ("_needs_input", needs_input::<D>)]
}

pub fn eof<D: Decoder>(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    with_state::<D, _>(vm, a, |st| Value::bool(st.eof))
}

pub fn unused_data<D: Decoder>(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    with_state::<D, _>(vm, a, |st| new_bytes(st.unused.clone()))
}

pub fn needs_input<D: Decoder>(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    with_state::<D, _>(vm, a, |st| Value::bool(!st.eof && st.pending.is_empty()))
}
