//! File objects: what `open()` returns, and `sys.stdin/stdout/stderr`.
//!
//! One Rust type serves text files (`_io.TextIOWrapper`) and binary files
//! (`_io.BufferedReader` / `BufferedWriter`). Writes are buffered and
//! flushed when the buffer fills, on `flush()`/`close()`, at exit, and
//! (for terminals, stderr and `-u`) at every line.

use std::cell::{Cell, RefCell};
use std::io::{Read, Seek, SeekFrom, Write};
use std::rc::Rc;

use crate::codecs::Codec;
use crate::object::{Obj, Object, Payload};
use crate::protocol::args;
use crate::types::builtin_function::KwArgs;
use crate::types::newlines::NewlineMode;
use crate::types::read_buffer::ReadBuffer;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

pub enum Handle {
    File(std::fs::File),
    /// A file after close(): its descriptor is released.
    Closed,
    Stdin,
    Stdout,
    Stderr,
}

/// A file object. A text file and its `.buffer` (the binary file under
/// it) are two FileData sharing one handle, its buffers and its state
/// (the `Rc` fields), so what either writes goes out in order.
pub struct FileData {
    pub handle: Rc<RefCell<Handle>>,
    pub binary: bool,
    pub readable: bool,
    pub writable: bool,
    pub append: bool,
    pub closed: Rc<Cell<bool>>,
    pub name: Value,
    pub mode: String,
    /// Bytes read from the handle but not yet returned.
    read_buf: Rc<RefCell<ReadBuffer>>,
    write_buf: Rc<RefCell<Vec<u8>>>,
    pub line_buffered: Rc<Cell<bool>>,
    /// Every write goes out at once (`buffering=0`, `-u`).
    pub unbuffered: Cell<bool>,
    eof: Rc<Cell<bool>>,
    /// A text file's binary view, made on first use of `.buffer`.
    buffer: RefCell<Option<Value>>,
    /// Text files: the encoding as given (shown by `.encoding`), its codec
    /// and error handler.
    pub encoding: String,
    codec: Codec,
    pub errors: String,
    /// utf-8-sig: a BOM still to strip (reading) or to write (writing).
    bom_pending: Cell<bool>,
    /// Where lines end, and how endings are read and written.
    newline: NewlineMode,
    /// The line endings met so far (for `newlines`).
    seen_newlines: Cell<u8>,
}

impl crate::object::NativeData for FileData {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl Drop for FileData {
    fn drop(&mut self) {
        let _ = self.flush_buffer();
    }
}

const WRITE_BUFFER: usize = 64 * 1024;

impl FileData {
    pub fn new(handle: Handle, binary: bool, readable: bool, writable: bool, name: Value, mode: &str) -> FileData {
        let line_buffered = matches!(handle, Handle::Stderr);
        FileData {
            handle: Rc::new(RefCell::new(handle)),
            binary,
            readable,
            writable,
            append: mode.contains('a'),
            closed: Rc::new(Cell::new(false)),
            name,
            mode: mode.to_string(),
            read_buf: Rc::new(RefCell::new(ReadBuffer::default())),
            write_buf: Rc::new(RefCell::new(Vec::new())),
            line_buffered: Rc::new(Cell::new(line_buffered)),
            unbuffered: Cell::new(false),
            eof: Rc::new(Cell::new(false)),
            buffer: RefCell::new(None),
            encoding: "utf-8".to_string(),
            codec: Codec::Utf8,
            errors: "strict".to_string(),
            bom_pending: Cell::new(false),
            newline: NewlineMode::Lf,
            seen_newlines: Cell::new(0),
        }
    }

    /// The binary file under a text file: same handle, buffers and state.
    fn binary_view(&self) -> FileData {
        let mut mode: String = self.mode.chars().filter(|c| *c != '+').collect();
        mode.push('b');
        if self.mode.contains('+') {
            mode.push('+');
        }
        FileData {
            handle: self.handle.clone(),
            binary: true,
            readable: self.readable,
            writable: self.writable,
            append: self.append,
            closed: self.closed.clone(),
            name: self.name.clone(),
            mode,
            read_buf: self.read_buf.clone(),
            write_buf: self.write_buf.clone(),
            line_buffered: self.line_buffered.clone(),
            unbuffered: Cell::new(self.unbuffered.get()),
            eof: self.eof.clone(),
            buffer: RefCell::new(None),
            encoding: self.encoding.clone(),
            codec: self.codec,
            errors: self.errors.clone(),
            bom_pending: Cell::new(false),
            newline: NewlineMode::Lf,
            seen_newlines: Cell::new(0),
        }
    }

    /// Sets a text file's encoding, error handler and line endings.
    fn with_encoding(mut self, encoding: String, codec: Codec, errors: String, newline: NewlineMode) -> FileData {
        self.bom_pending.set(codec == Codec::Utf8Sig && !self.append);
        self.encoding = encoding;
        self.codec = codec;
        self.errors = errors;
        self.newline = newline;
        self
    }

    /// Whether text written here is encoded as UTF-8 (str's own bytes).
    /// Text as this text file writes it (its codec and error handler).
    pub fn encode(&self, vm: &mut Vm, text: &str) -> PyResult<Vec<u8>> {
        crate::codecs::encode_with(vm, self.codec, text, &self.errors)
    }

    /// How many bytes a character read from here has, from its first
    /// byte: one in binary files and single-byte encodings; in UTF-8 what
    /// the first byte says.
    fn char_width(&self) -> fn(u8) -> usize {
        if self.binary || matches!(self.codec, Codec::Ascii | Codec::Latin1 | Codec::Charmap(_)) {
            return |_| 1;
        }
        |b| match b {
            0xc0..=0xdf => 2,
            0xe0..=0xef => 3,
            0xf0..=0xf7 => 4,
            _ => 1,
        }
    }

    pub fn is_utf8(&self) -> bool {
        self.codec == Codec::Utf8
    }

    pub fn flush_buffer(&self) -> std::io::Result<()> {
        let mut buf = self.write_buf.borrow_mut();
        if buf.is_empty() {
            return Ok(());
        }
        let result = match &mut *self.handle.borrow_mut() {
            Handle::File(f) => f.write_all(&buf),
            Handle::Stdout => {
                let mut out = std::io::stdout().lock();
                out.write_all(&buf).and_then(|_| out.flush())
            }
            Handle::Stderr => {
                let mut err = std::io::stderr().lock();
                err.write_all(&buf).and_then(|_| err.flush())
            }
            Handle::Stdin | Handle::Closed => Ok(()),
        };
        // As CPython's buffered writer: what could not be written is
        // dropped, and the error (BrokenPipeError for a closed pipe) goes
        // to the program.
        buf.clear();
        result
    }

    pub fn write_bytes(&self, data: &[u8]) -> std::io::Result<()> {
        let mut buf = self.write_buf.borrow_mut();
        buf.extend_from_slice(data);
        let flush =
            buf.len() >= WRITE_BUFFER || self.unbuffered.get() || (self.line_buffered.get() && data.contains(&b'\n'));
        drop(buf);
        if flush {
            self.flush_buffer()?;
        }
        Ok(())
    }

    /// Reads more bytes into the read buffer; false at end of file.
    fn fill(&self) -> std::io::Result<bool> {
        if self.eof.get() {
            return Ok(false);
        }
        let mut buf = self.read_buf.borrow_mut();
        let n = match &mut *self.handle.borrow_mut() {
            Handle::File(f) => buf.fill_from(f)?,
            Handle::Stdin => buf.fill_from(&mut std::io::stdin().lock())?,
            _ => 0,
        };
        if n == 0 {
            self.eof.set(true);
            return Ok(false);
        }
        Ok(true)
    }

    pub fn read_all(&self) -> std::io::Result<Vec<u8>> {
        let mut out = self.read_buf.borrow_mut().take_all();
        // A regular file says how much is left, and a read from it is not
        // interrupted by signals: take it in one read_to_end (which sizes
        // its buffer and does not zero it). Pipes and terminals are read in
        // our own loop, so that EINTR reaches the caller (Ctrl-C), with
        // what was read so far kept in the buffer.
        if !self.eof.get() {
            if let Handle::File(f) = &mut *self.handle.borrow_mut() {
                if f.metadata().is_ok_and(|m| m.is_file()) {
                    f.read_to_end(&mut out)?;
                    self.eof.set(true);
                }
            }
        }
        if !self.eof.get() {
            self.read_buf.borrow_mut().extend_front(out);
            while self.fill()? {}
            return Ok(self.read_buf.borrow_mut().take_all());
        }
        Ok(out)
    }

    /// The bytes of the next `n` characters of text, each as wide as
    /// `width` says from its first byte (fewer at end of file).
    pub fn read_chars(&self, n: usize, width: impl Fn(u8) -> usize) -> std::io::Result<Vec<u8>> {
        loop {
            let cut = self.newline.char_cut(self.read_buf.borrow().as_slice(), n, self.eof.get(), &width);
            if let Some(cut) = cut {
                return Ok(self.read_buf.borrow_mut().take(cut));
            }
            if !self.fill()? {
                return Ok(self.read_buf.borrow_mut().take_all());
            }
        }
    }

    pub fn read_n(&self, n: usize) -> std::io::Result<Vec<u8>> {
        while self.read_buf.borrow().len() < n && self.fill()? {}
        Ok(self.read_buf.borrow_mut().take(n))
    }

    /// At most `n` bytes (all that is buffered for None) with at most one
    /// read from the file, made only when nothing is buffered: what
    /// `read1` gives, so a reader of a pipe gets what has arrived without
    /// waiting for more.
    pub fn read_some(&self, n: Option<usize>) -> std::io::Result<Vec<u8>> {
        if self.read_buf.borrow().is_empty() && n != Some(0) {
            self.fill()?;
        }
        let have = self.read_buf.borrow().len();
        Ok(self.read_buf.borrow_mut().take(n.map_or(have, |n| n.min(have))))
    }

    /// The buffered bytes, reading once from the file if there are none.
    pub fn peek_some(&self) -> std::io::Result<Vec<u8>> {
        if self.read_buf.borrow().is_empty() {
            self.fill()?;
        }
        Ok(self.read_buf.borrow().as_slice().to_vec())
    }

    /// Reads until the read buffer starts with a whole line (with its
    /// ending, or the rest at end of file), of at most `limit` characters,
    /// each as wide as `width` says from its first byte; that line's length.
    fn buffer_line(&self, limit: Option<usize>, width: impl Fn(u8) -> usize) -> std::io::Result<usize> {
        // Where the search for the ending resumes after a refill.
        let mut searched = 0;
        loop {
            {
                let buf = self.read_buf.borrow();
                let bytes = buf.as_slice();
                let eof = self.eof.get();
                let end = self.newline.line_end(bytes, searched, eof);
                let limit_cut = limit.and_then(|l| self.newline.char_cut(bytes, l, eof, &width));
                let cut = match (end, limit_cut) {
                    (Ok(e), Some(l)) => Some(e.min(l)),
                    (Ok(e), None) => Some(e),
                    (Err(_), l) => l,
                };
                searched = end.err().unwrap_or(0);
                if let Some(cut) = cut {
                    return Ok(cut);
                }
            }
            if !self.fill()? {
                return Ok(self.read_buf.borrow().len());
            }
        }
    }
}

pub fn data(v: &Value) -> Option<&FileData> {
    match v.payload() {
        Some(Payload::Native(n)) => n.as_any().downcast_ref::<FileData>(),
        _ => None,
    }
}

/// The C library's text for an error number (`os.strerror`), without the
/// " (os error N)" Rust adds.
pub fn strerror(errno: i32) -> String {
    let text = std::io::Error::from_raw_os_error(errno).to_string();
    text.split(" (os error").next().unwrap_or(&text).to_string()
}

/// The OSError CPython raises for a failed system call.
pub fn os_error_from(vm: &mut Vm, e: &std::io::Error, filename: Option<&Value>) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(0) as i64;
    let strerror = match e.raw_os_error() {
        Some(code) => strerror(code),
        None => e.to_string(),
    };
    let ty = crate::types::exceptions::os_error_subclass(vm, errno).unwrap_or_else(|| vm.exc.os_error.clone());
    let mut args = vec![Value::Int(errno), vm.new_str(strerror)];
    if let Some(f) = filename {
        args.push(f.clone());
    }
    vm.new_exception(&ty, args)
}

fn new_file_object(vm: &mut Vm, file: FileData) -> Value {
    let cls = if !file.binary {
        vm.types.text_io.clone()
    } else if file.writable && !file.readable {
        vm.types.buffered_writer.clone()
    } else {
        vm.types.buffered_reader.clone()
    };
    Value::Obj(Object::new(Some(cls), None, Payload::Native(Box::new(file))))
}

/// A file object for one of the standard streams, in the encoding and
/// error handler PYTHONIOENCODING asks for (UTF-8 by default; errors
/// `surrogateescape` for stdin and stdout, `backslashreplace` for stderr,
/// as CPython in a UTF-8 locale).
pub fn std_stream(vm: &mut Vm, which: u8) -> Value {
    let (handle, name, readable, writable, mode) = match which {
        0 => (Handle::Stdin, "<stdin>", true, false, "r"),
        1 => (Handle::Stdout, "<stdout>", false, true, "w"),
        _ => (Handle::Stderr, "<stderr>", false, true, "w"),
    };
    let (encoding, errors) = vm.config.flags.io_encoding.clone();
    // An encoding named without a handler is strict.
    let default_errors = match (which, &encoding) {
        (2, _) => "backslashreplace",
        (_, Some(_)) => "strict",
        _ => "surrogateescape",
    };
    let encoding = encoding.unwrap_or_else(|| "utf-8".to_string());
    let errors = if which == 2 { default_errors.to_string() } else { errors.unwrap_or_else(|| default_errors.into()) };
    // The command line has checked the name; UTF-8 if it cannot be found.
    let codec = Codec::lookup(&encoding).unwrap_or(Codec::Utf8);
    let shown = if Codec::lookup(&encoding).is_some() { codec.canonical_name() } else { encoding };
    // CPython's standard streams write UTF-16/32 without a byte order
    // mark (little-endian here).
    let codec = match codec {
        Codec::Utf16 => Codec::Utf16Le,
        Codec::Utf32 => Codec::Utf32Le,
        other => other,
    };
    let name = vm.new_str(name);
    let f = FileData::new(handle, false, readable, writable, name, mode).with_encoding(
        shown,
        codec,
        errors,
        NewlineMode::Lf,
    );
    if which != 0 && vm.config.unbuffered {
        f.unbuffered.set(true);
    }
    if which == 1 && std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        f.line_buffered.set(true);
    }
    new_file_object(vm, f)
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None,
/// newline=None, closefd=True, opener=None)`.
pub fn open(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let parsed = args::parse(
        vm,
        "open",
        a,
        kwargs,
        &["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"],
        1,
    )?;
    let file = parsed[0].clone();
    let mode = match &parsed[1] {
        Value::Undef => "r".to_string(),
        v => match crate::types::str::as_str(v) {
            Some(m) => m.to_string(),
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("open() argument 'mode' must be str, not {tn}")));
            }
        },
    };
    let encoding = match &parsed[3] {
        Value::Undef | Value::None => "UTF-8".to_string(),
        // "locale" (what io.text_encoding gives) is the locale's encoding,
        // UTF-8 for ferropy.
        v if crate::types::str::as_str(v) == Some("locale") => "UTF-8".to_string(),
        v => vm.str_string(v)?,
    };
    let errors = match &parsed[4] {
        Value::Undef | Value::None => "strict".to_string(),
        v => vm.str_string(v)?,
    };
    let Some(codec) = Codec::lookup(&encoding) else {
        return Err(vm.new_error(&vm.exc.lookup_error.clone(), format!("unknown encoding: {encoding}")));
    };
    crate::codecs::Handler::lookup(vm, &errors)?;
    // Text files are read a byte or a UTF-8 sequence at a time.
    if !matches!(codec, Codec::Utf8 | Codec::Utf8Sig | Codec::Ascii | Codec::Latin1 | Codec::Charmap(_))
        && !mode.contains('b')
    {
        return Err(vm.not_implemented_error(format!(
            "text files in the {} encoding are not supported by ferropy yet",
            codec.name()
        )));
    }
    let valid = mode.chars().all(|c| "rwxabt+".contains(c))
        && mode.chars().filter(|c| "rwxa".contains(*c)).count() == 1
        && !(mode.contains('b') && mode.contains('t'));
    if !valid {
        return Err(vm.value_error(format!("invalid mode: '{mode}'")));
    }
    let binary = mode.contains('b');
    if binary && !parsed[3].is_undef() && !parsed[3].is_none() {
        return Err(vm.value_error("binary mode doesn't take an encoding argument"));
    }
    let newline = match &parsed[5] {
        Value::Undef | Value::None if binary => NewlineMode::Lf,
        Value::Undef | Value::None => NewlineMode::Universal,
        v => match crate::types::str::as_str(v) {
            Some(_) if binary => return Err(vm.value_error("binary mode doesn't take a newline argument")),
            Some(s) => match NewlineMode::from_arg(Some(s)) {
                Some(mode) => mode,
                None => return Err(vm.value_error(format!("illegal newline value: {s}"))),
            },
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("open() argument 'newline' must be str or None, not {tn}")));
            }
        },
    };
    let closefd = parsed[6].is_undef() || vm.truthy(&parsed[6])?;
    let buffering = match &parsed[2] {
        Value::Undef => -1,
        v => crate::protocol::number::index_i64(vm, v)?,
    };
    if buffering == 0 && !binary {
        return Err(vm.value_error("can't have unbuffered text I/O"));
    }
    // What open() made, with the buffering asked for.
    let buffered = |data: FileData| {
        data.unbuffered.set(buffering == 0);
        if buffering == 1 && !binary {
            data.line_buffered.set(true);
        }
        data
    };
    if let Some(n) = crate::types::int::as_int(&file) {
        let fd = match n {
            crate::types::int::IntVal::Small(i) => i,
            crate::types::int::IntVal::Big(_) => -1,
        };
        if fd < 0 {
            return Err(vm.value_error("negative file descriptor"));
        }
        let (readable, writable) = mode_access(&mode);
        let handle = match file_from_descriptor(fd, closefd) {
            Ok(f) => f,
            Err(e) => return Err(os_error_from(vm, &e, None)),
        };
        let mode_shown = if binary { mode.clone() } else { mode.replace('t', "") };
        let data = FileData::new(Handle::File(handle), binary, readable, writable, file.clone(), &mode_shown)
            .with_encoding(encoding, codec, errors, newline);
        return Ok(new_file_object(vm, buffered(data)));
    }
    if !closefd {
        return Err(vm.value_error("Cannot use closefd=False with file name"));
    }
    // A path-like object is opened, and named, by its __fspath__ (so
    // `f.name` is a str or bytes, as in CPython).
    let file = if crate::types::str::as_str(&file).is_none() && crate::types::bytes::as_bytes_like(&file).is_none() {
        let fspath = vm.names.__fspath__.clone();
        match crate::protocol::attr::call_special(vm, &file, &fspath, &[])? {
            Some(p) if crate::types::str::as_str(&p).is_some() || matches!(p.payload(), Some(Payload::Bytes(_))) => p,
            Some(p) => {
                let (tn, rn) = (vm.type_name(&file), vm.type_name(&p));
                return Err(vm.type_error(format!("expected {tn}.__fspath__() to return str or bytes, not {rn}")));
            }
            None => {
                let tn = vm.type_name(&file);
                return Err(vm.type_error(format!("expected str, bytes or os.PathLike object, not {tn}")));
            }
        }
    } else {
        file
    };
    // The name as the OS sees it (bytes; a str encoded as the file
    // system encoding, surrogateescape included).
    let path: Vec<u8> = match crate::types::str::as_str(&file) {
        Some(p) => crate::codecs::fs_encode(vm, p)?.into_owned(),
        None => crate::types::bytes::as_bytes_like(&file).unwrap_or_default(),
    };
    if path.contains(&0) {
        return Err(vm.value_error("embedded null byte"));
    }
    let path = std::path::PathBuf::from(<std::ffi::OsStr as std::os::unix::ffi::OsStrExt>::from_bytes(&path));
    let plus = mode.contains('+');
    let mut options = std::fs::OpenOptions::new();
    let (readable, writable) = if mode.contains('r') {
        options.read(true);
        if plus {
            options.write(true);
        }
        (true, plus)
    } else if mode.contains('w') {
        options.write(true).create(true).truncate(true);
        if plus {
            options.read(true);
        }
        (plus, true)
    } else if mode.contains('a') {
        options.append(true).create(true);
        if plus {
            options.read(true);
        }
        (plus, true)
    } else {
        options.write(true).create_new(true);
        if plus {
            options.read(true);
        }
        (plus, true)
    };
    match options.open(&path) {
        Ok(f) => {
            if f.metadata().map(|m| m.is_dir()).unwrap_or(false) {
                let e = std::io::Error::from_raw_os_error(21);
                return Err(os_error_from(vm, &e, Some(&file)));
            }
            let name = file.clone();
            let mode_shown = if binary { mode.clone() } else { mode.replace('t', "") };
            let data = FileData::new(Handle::File(f), binary, readable, writable, name, &mode_shown)
                .with_encoding(encoding, codec, errors, newline);
            Ok(new_file_object(vm, buffered(data)))
        }
        Err(e) => Err(os_error_from(vm, &e, Some(&file))),
    }
}

/// (readable, writable) of an open() mode.
fn mode_access(mode: &str) -> (bool, bool) {
    let plus = mode.contains('+');
    if mode.contains('r') {
        (true, plus)
    } else {
        (plus, true)
    }
}

/// A duplicate of descriptor `fd` that Rust owns (sharing its offset),
/// or EBADF when `fd` is not open.
pub fn duplicate_descriptor(fd: i64) -> std::io::Result<std::os::fd::OwnedFd> {
    let fd = i32::try_from(fd).ok().filter(|fd| *fd >= 0).ok_or_else(|| std::io::Error::from_raw_os_error(9))?;
    // SAFETY: borrow_raw only wraps the integer for the duplicate made at
    // once; a descriptor that is not open makes that dup fail (EBADF).
    unsafe { std::os::fd::BorrowedFd::borrow_raw(fd) }.try_clone_to_owned()
}

/// A File for descriptor `fd`: the descriptor itself when the file object
/// is to close it (closefd), else a duplicate sharing its offset. With
/// closefd the caller hands the descriptor over: the File closes it.
pub fn file_from_descriptor(fd: i64, closefd: bool) -> std::io::Result<std::fs::File> {
    use std::os::fd::{FromRawFd, OwnedFd};
    let duplicate = duplicate_descriptor(fd)?;
    if !closefd {
        return Ok(std::fs::File::from(duplicate));
    }
    drop(duplicate);
    // SAFETY: the descriptor is open (the dup above succeeded), and
    // open(fd) with closefd=True hands it to the file object, which owns
    // and closes it, as the caller asked.
    Ok(std::fs::File::from(unsafe { OwnedFd::from_raw_fd(fd as i32) }))
}

fn this<'a>(vm: &mut Vm, a: &'a [Value]) -> PyResult<&'a FileData> {
    a.first().and_then(data).ok_or_else(|| vm.type_error("expected a file object"))
}

fn check_open(vm: &mut Vm, f: &FileData) -> PyResult<()> {
    if f.closed.get() {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(())
}

fn unsupported(vm: &mut Vm, what: &str) -> PyErr {
    let ty = vm.exc.unsupported_operation.clone();
    vm.new_error(&ty, what)
}

/// Bytes read from a file, as str (text mode, universal newlines) or bytes.
fn as_result(vm: &mut Vm, f: &FileData, bytes: Vec<u8>) -> PyResult<Obj> {
    if f.binary {
        return Ok(Object::builtin(Payload::Bytes(bytes.into_boxed_slice())));
    }
    // Valid UTF-8 in a UTF-8 file (nearly every line read) becomes the
    // str without a copy; anything else goes through the codec and its
    // error handler.
    let mut text = match (f.codec, String::from_utf8(bytes)) {
        (Codec::Utf8, Ok(text)) => {
            crate::unicode::check_outside_text(vm, &text)?;
            text
        }
        (_, Ok(text)) => crate::codecs::decode_with(vm, f.codec, text.as_bytes(), &f.errors)?,
        (_, Err(e)) => crate::codecs::decode_with(vm, f.codec, e.as_bytes(), &f.errors)?,
    };
    if f.bom_pending.get() && !text.is_empty() {
        f.bom_pending.set(false);
        if let Some(rest) = text.strip_prefix('\u{feff}') {
            text = rest.to_string();
        }
    }
    let text = f.newline.decode(text, &f.seen_newlines);
    Ok(vm.new_str_owned(text))
}

/// A read of `f`, retried after signals (PEP 475). While other threads
/// run, a read that would block (a pipe, a terminal, a socket) first
/// waits for data with the GIL released, so they are not held up; the
/// file's own state is touched only with the GIL held.
fn read_retrying<T>(vm: &mut Vm, f: &FileData, call: impl FnMut() -> std::io::Result<T>) -> PyResult<T> {
    if !crate::gil::single_threaded() && f.read_buf.borrow().is_empty() {
        wait_readable(vm, f)?;
    }
    vm.retry_interrupted(call)
}

/// Waits, without the GIL, until `f`'s descriptor has data (or an end or
/// error to report); regular files never wait.
fn wait_readable(vm: &mut Vm, f: &FileData) -> PyResult<()> {
    use std::os::fd::AsRawFd;
    let fd = match &*f.handle.borrow() {
        Handle::Stdin => 0,
        Handle::File(file) => file.as_raw_fd(),
        _ => return Ok(()),
    };
    // SAFETY: fstat writes into the zeroed stat buffer it is given.
    let regular = unsafe {
        let mut st: libc::stat = std::mem::zeroed();
        libc::fstat(fd, &mut st) == 0 && (st.st_mode & libc::S_IFMT) == libc::S_IFREG
    };
    if regular {
        return Ok(());
    }
    loop {
        let interrupted = vm.allow_threads(|| {
            let mut one = libc::pollfd { fd, events: libc::POLLIN, revents: 0 };
            // SAFETY: `one` is a live pollfd that poll() updates in place.
            let rc = unsafe { libc::poll(&mut one, 1, -1) };
            rc < 0 && std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted
        });
        if !interrupted {
            return Ok(());
        }
        vm.run_pending()?;
    }
}

/// `read1(size=-1)` and `peek(size=0)` of binary files.
fn file_read1(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a)?;
    check_open(vm, f)?;
    if !f.readable {
        return Err(unsupported(vm, "read1"));
    }
    let _ = f.flush_buffer();
    let size = match a.get(1) {
        None | Some(Value::None) => None,
        Some(v) => usize::try_from(crate::protocol::number::index_i64(vm, v)?).ok(),
    };
    let bytes = read_retrying(vm, f, || f.read_some(size))?;
    Ok(crate::types::bytes::new_bytes(bytes))
}

/// `readinto(b)` and `readinto1(b)`: a read of len(b) bytes (one system
/// read at most for readinto1) stored at the front of the buffer.
fn readinto_with(vm: &mut Vm, a: &[Value], once: bool) -> PyResult<Value> {
    let f = this(vm, a)?;
    check_open(vm, f)?;
    if !f.readable {
        return Err(unsupported(vm, "readinto"));
    }
    let Some(target) = a.get(1).cloned() else {
        return Err(vm.type_error("readinto() takes exactly one argument (0 given)"));
    };
    let size = vm.len(&target)?;
    let _ = f.flush_buffer();
    let bytes =
        if once { read_retrying(vm, f, || f.read_some(Some(size)))? } else { read_retrying(vm, f, || f.read_n(size))? };
    let n = bytes.len();
    let slice = crate::types::slice::new_slice(Value::Int(0), Value::Int(n as i64), Value::None);
    vm.set_item(&target, slice, crate::types::bytes::new_bytes(bytes))?;
    Ok(Value::Int(n as i64))
}

fn file_readinto(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    readinto_with(vm, a, false)
}

fn file_readinto1(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    readinto_with(vm, a, true)
}

fn file_peek(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a)?;
    check_open(vm, f)?;
    if !f.readable {
        return Err(unsupported(vm, "peek"));
    }
    let bytes = read_retrying(vm, f, || f.peek_some())?;
    Ok(crate::types::bytes::new_bytes(bytes))
}

fn file_read(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a)?;
    check_open(vm, f)?;
    if !f.readable {
        return Err(unsupported(vm, "not readable"));
    }
    let _ = f.flush_buffer();
    let size = match a.get(1) {
        None | Some(Value::None) => -1,
        Some(v) => crate::protocol::number::index_i64(vm, v)?,
    };
    let bytes = if size < 0 {
        read_retrying(vm, f, || f.read_all())?
    } else if f.binary {
        read_retrying(vm, f, || f.read_n(size as usize))?
    } else {
        read_retrying(vm, f, || f.read_chars(size as usize, f.char_width()))?
    };
    Ok(Value::Obj(as_result(vm, f, bytes)?))
}

fn file_readline(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a)?;
    let limit = match a.get(1) {
        None | Some(Value::None) => None,
        Some(v) => {
            let n = crate::protocol::number::index_i64(vm, v)?;
            (n >= 0).then_some(n as usize)
        }
    };
    Ok(Value::Obj(read_line(vm, f, limit)?))
}

/// The next line (str or bytes; empty at the end of the file). An `Obj`,
/// not a `Value`: the 8-byte result comes back in a register, where a
/// 16-byte `Value` just built would be reloaded through memory with a
/// store-forwarding stall on every line (see vm/stack.rs).
#[inline(always)]
fn read_line(vm: &mut Vm, f: &FileData, limit: Option<usize>) -> PyResult<Obj> {
    check_open(vm, f)?;
    if !f.readable {
        return Err(unsupported(vm, "not readable"));
    }
    let n = read_retrying(vm, f, || f.buffer_line(limit, f.char_width()))?;
    // The line is made straight from the buffer when that cannot run
    // Python code (which might read this file): bytes, and valid UTF-8
    // in a UTF-8 file. Anything else goes through a copy and the codec.
    let line = {
        let buf = f.read_buf.borrow();
        let bytes = &buf.as_slice()[..n];
        if f.binary {
            Some(Object::builtin(Payload::Bytes(bytes.into())))
        } else if let (Codec::Utf8, false, Ok(text)) = (f.codec, f.bom_pending.get(), std::str::from_utf8(bytes)) {
            crate::unicode::check_outside_text(vm, text)?;
            Some(match f.newline.decode_str(text, &f.seen_newlines) {
                std::borrow::Cow::Borrowed(text) => vm.new_str_obj(text),
                std::borrow::Cow::Owned(text) => vm.new_str_obj(&text),
            })
        } else {
            None
        }
    };
    match line {
        Some(line) => {
            f.read_buf.borrow_mut().advance(n);
            Ok(line)
        }
        None => {
            let bytes = f.read_buf.borrow_mut().take(n);
            as_result(vm, f, bytes)
        }
    }
}

fn file_readlines(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let mut lines = Vec::new();
    loop {
        let line = file_readline(vm, &a[..1], &[])?;
        if vm.len(&line)? == 0 {
            break;
        }
        lines.push(line);
    }
    Ok(vm.new_list(lines))
}

fn file_write(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a)?;
    let v = args::exactly_one(vm, "write", &a[1..])?;
    check_open(vm, f)?;
    if !f.writable {
        return Err(unsupported(vm, "not writable"));
    }
    let (bytes, n) = if f.binary {
        match crate::types::bytes::as_bytes_like(&v) {
            Some(b) => {
                let n = b.len();
                (b, n)
            }
            None => {
                let tn = vm.type_name(&v);
                return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
            }
        }
    } else {
        match crate::types::str::as_pystr(&v) {
            Some(s) => {
                let n = s.char_len();
                let text = f.newline.encode(s.as_str());
                let mut bytes = crate::codecs::encode_with(vm, f.codec, &text, &f.errors)?;
                if f.bom_pending.get() && f.codec == Codec::Utf8Sig {
                    f.bom_pending.set(false);
                } else if f.codec == Codec::Utf8Sig {
                    // The codec adds a BOM to every chunk; only the first keeps it.
                    bytes.drain(..3);
                }
                (bytes, n)
            }
            None => {
                let tn = vm.type_name(&v);
                return Err(vm.type_error(format!("write() argument must be str, not {tn}")));
            }
        }
    };
    f.write_bytes(&bytes).map_err(|e| os_error_from(vm, &e, None))?;
    Ok(Value::Int(n as i64))
}

fn file_writelines(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let lines = args::exactly_one(vm, "writelines", &a[1..])?;
    for line in vm.collect(&lines)? {
        file_write(vm, &[a[0].clone(), line], &[])?;
    }
    Ok(Value::None)
}

fn file_flush(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a)?;
    check_open(vm, f)?;
    f.flush_buffer().map_err(|e| os_error_from(vm, &e, None))?;
    Ok(Value::None)
}

fn file_close(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a)?;
    if !f.closed.get() {
        let r = f.flush_buffer();
        // The standard streams close too (later writes are ValueError),
        // but their descriptors stay open, as CPython's closefd=False.
        f.closed.set(true);
        if matches!(&*f.handle.borrow(), Handle::File(_)) {
            // Dropping the File closes the descriptor now, not when the
            // object goes away.
            *f.handle.borrow_mut() = Handle::Closed;
        }
        r.map_err(|e| os_error_from(vm, &e, None))?;
    }
    Ok(Value::None)
}

fn file_enter(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a)?;
    check_open(vm, f)?;
    Ok(a[0].clone())
}

fn file_exit(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    file_close(vm, &a[..1], &[])?;
    Ok(Value::None)
}

fn file_iter(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a)?;
    check_open(vm, f)?;
    Ok(a[0].clone())
}

fn file_next(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match next_line(vm, &a[0])? {
        Some(line) => Ok(line),
        None => Err(vm.stop_iteration(None)),
    }
}

/// The next line of one of our file objects (`for line in f`), None at
/// the end: what `__next__` does, without raising StopIteration.
pub fn next_line(vm: &mut Vm, file: &Value) -> PyResult<Option<Value>> {
    let f = this(vm, std::slice::from_ref(file))?;
    let line = read_line(vm, f, None)?;
    let empty = match &line.payload {
        Payload::Str(s) => s.as_str().is_empty(),
        Payload::Bytes(b) => b.is_empty(),
        _ => false,
    };
    Ok((!empty).then_some(Value::Obj(line)))
}

fn file_seek(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a)?;
    check_open(vm, f)?;
    args::check_positional(vm, "seek", &a[1..], 1, 2)?;
    let offset = crate::protocol::number::index_i64(vm, &a[1])?;
    let whence = match a.get(2) {
        Some(v) => crate::protocol::number::index_i64(vm, v)?,
        None => 0,
    };
    f.flush_buffer().map_err(|e| os_error_from(vm, &e, None))?;
    let buffered = f.read_buf.borrow_mut().take_all().len() as i64;
    f.eof.set(false);
    let pos = match &mut *f.handle.borrow_mut() {
        Handle::File(file) => {
            let target = match whence {
                0 => SeekFrom::Start(offset.max(0) as u64),
                1 => SeekFrom::Current(offset - buffered),
                2 => SeekFrom::End(offset),
                _ => return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
            };
            file.seek(target).map_err(|e| os_error_from(vm, &e, None))?
        }
        _ => return Err(unsupported(vm, "underlying stream is not seekable")),
    };
    Ok(Value::Int(pos as i64))
}

fn file_tell(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a)?;
    check_open(vm, f)?;
    f.flush_buffer().map_err(|e| os_error_from(vm, &e, None))?;
    let buffered = f.read_buf.borrow().len() as i64;
    let pos = match &mut *f.handle.borrow_mut() {
        Handle::File(file) => file.stream_position().map_err(|e| os_error_from(vm, &e, None))? as i64,
        _ => return Err(unsupported(vm, "underlying stream is not seekable")),
    };
    Ok(Value::Int(pos - buffered))
}

/// `truncate(size=None)`: the file cut (or extended) to `size` bytes, by
/// default the current position, which does not move.
fn file_truncate(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a)?;
    check_open(vm, f)?;
    if !f.writable {
        return Err(unsupported(vm, "File not open for writing"));
    }
    args::check_positional(vm, "truncate", &a[1..], 0, 1)?;
    let size = match a.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(crate::protocol::number::index_i64(vm, v)?),
    };
    f.flush_buffer().map_err(|e| os_error_from(vm, &e, None))?;
    let buffered = f.read_buf.borrow_mut().take_all().len() as i64;
    let size = match &mut *f.handle.borrow_mut() {
        Handle::File(file) => {
            let size = match size {
                Some(n) if n < 0 => return Err(vm.value_error(format!("negative size value {n}"))),
                Some(n) => n as u64,
                None => {
                    let here = file.stream_position().map_err(|e| os_error_from(vm, &e, None))?;
                    here.saturating_sub(buffered as u64)
                }
            };
            // Reading ahead moved the OS position: put it back first.
            if buffered > 0 {
                file.seek(SeekFrom::Current(-buffered)).map_err(|e| os_error_from(vm, &e, None))?;
            }
            file.set_len(size).map_err(|e| os_error_from(vm, &e, None))?;
            size
        }
        _ => return Err(unsupported(vm, "underlying stream is not seekable")),
    };
    Ok(Value::Int(size as i64))
}

fn file_fileno(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a)?;
    let n = match &*f.handle.borrow() {
        Handle::Stdin => 0,
        Handle::Stdout => 1,
        Handle::Stderr => 2,
        Handle::File(file) => std::os::fd::AsRawFd::as_raw_fd(file) as i64,
        Handle::Closed => return Err(vm.value_error("I/O operation on closed file")),
    };
    Ok(Value::Int(n))
}

fn file_isatty(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a)?;
    let r = match &*f.handle.borrow() {
        Handle::Stdin => std::io::IsTerminal::is_terminal(&std::io::stdin()),
        Handle::Stdout => std::io::IsTerminal::is_terminal(&std::io::stdout()),
        Handle::Stderr => std::io::IsTerminal::is_terminal(&std::io::stderr()),
        Handle::File(_) => false,
        Handle::Closed => return Err(vm.value_error("I/O operation on closed file")),
    };
    Ok(Value::bool(r))
}

fn file_readable(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a)?;
    check_open(vm, f)?;
    Ok(Value::bool(f.readable))
}

fn file_writable(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a)?;
    check_open(vm, f)?;
    Ok(Value::bool(f.writable))
}

fn file_seekable(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a)?;
    check_open(vm, f)?;
    Ok(Value::bool(matches!(&*f.handle.borrow(), Handle::File(_))))
}

fn file_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a)?;
    let name = vm.repr_string(&f.name)?;
    let s = if f.binary {
        let tn = vm.type_name(&a[0]);
        format!("<_io.{tn} name={name}>")
    } else {
        format!("<_io.TextIOWrapper name={name} mode='{}' encoding='{}'>", f.mode, f.encoding)
    };
    Ok(vm.new_str(s))
}

pub fn init(vm: &mut Vm) {
    use crate::types::descriptors::add_getset;
    for t in [vm.types.text_io.clone(), vm.types.buffered_reader.clone(), vm.types.buffered_writer.clone()] {
        vm.add_method(&t, "read", file_read);
        vm.add_method(&t, "readline", file_readline);
        vm.add_method(&t, "readlines", file_readlines);
        vm.add_method(&t, "write", file_write);
        vm.add_method(&t, "writelines", file_writelines);
        vm.add_method(&t, "flush", file_flush);
        vm.add_method(&t, "close", file_close);
        vm.add_method(&t, "__enter__", file_enter);
        vm.add_method(&t, "__exit__", file_exit);
        vm.add_method(&t, "__iter__", file_iter);
        vm.add_method(&t, "__next__", file_next);
        vm.add_method(&t, "seek", file_seek);
        vm.add_method(&t, "truncate", file_truncate);
        vm.add_method(&t, "tell", file_tell);
        vm.add_method(&t, "fileno", file_fileno);
        vm.add_method(&t, "isatty", file_isatty);
        vm.add_method(&t, "readable", file_readable);
        vm.add_method(&t, "writable", file_writable);
        vm.add_method(&t, "seekable", file_seekable);
        vm.add_method(&t, "__repr__", file_repr);
        if Obj::ptr_eq(&t, &vm.types.buffered_reader) {
            vm.add_method(&t, "read1", file_read1);
            vm.add_method(&t, "peek", file_peek);
            vm.add_method(&t, "readinto", file_readinto);
            vm.add_method(&t, "readinto1", file_readinto1);
        }
        add_getset(vm, &t, "name", |_vm, v| Ok(data(v).map(|f| f.name.clone()).unwrap_or(Value::None)));
        add_getset(vm, &t, "mode", |vm, v| {
            Ok(match data(v) {
                Some(f) => vm.new_str(f.mode.clone()),
                None => Value::None,
            })
        });
        add_getset(vm, &t, "closed", |_vm, v| Ok(Value::bool(data(v).is_some_and(|f| f.closed.get()))));
        add_getset(vm, &t, "encoding", |vm, v| match data(v) {
            Some(f) => Ok(vm.new_str(f.encoding.clone())),
            None => Ok(Value::None),
        });
        add_getset(vm, &t, "errors", |vm, v| match data(v) {
            Some(f) => Ok(vm.new_str(f.errors.clone())),
            None => Ok(Value::None),
        });
        add_getset(vm, &t, "line_buffering", |_vm, v| Ok(Value::bool(data(v).is_some_and(|f| f.line_buffered.get()))));
    }
    let text = vm.types.text_io.clone();
    // Only text files track line endings (binary files have no `newlines`).
    add_getset(vm, &text, "newlines", |vm, v| {
        let Some(endings) = data(v)
            .and_then(|f| f.newline.seen_endings(f.seen_newlines.get(), f.eof.get() && f.read_buf.borrow().is_empty()))
        else {
            return Ok(Value::None);
        };
        let mut items: Vec<Value> = endings.into_iter().map(|e| vm.new_str(e.to_string())).collect();
        Ok(if items.len() == 1 { items.remove(0) } else { vm.new_tuple(items) })
    });
    add_getset(vm, &text, "buffer", |vm, v| {
        let Some(f) = data(v) else {
            return Ok(Value::None);
        };
        if let Some(view) = f.buffer.borrow().as_ref() {
            return Ok(view.clone());
        }
        let view = new_file_object(vm, f.binary_view());
        *f.buffer.borrow_mut() = Some(view.clone());
        Ok(view)
    });
}

/// The Rust stream objects behind `sys.stdout`, for flushing at exit.
pub fn flush_value(v: &Value) {
    if let Some(f) = data(v) {
        let _ = f.flush_buffer();
    }
}

/// Whether a value is one of our file objects writing to a std stream.
pub fn std_handle(v: &Value) -> Option<u8> {
    data(v).and_then(|f| match &*f.handle.borrow() {
        Handle::Stdin => Some(0),
        Handle::Stdout => Some(1),
        Handle::Stderr => Some(2),
        Handle::File(_) | Handle::Closed => None,
    })
}

pub fn as_file(v: &Value) -> Option<&FileData> {
    data(v)
}

pub fn obj_is_file(o: &Obj) -> bool {
    matches!(&o.payload, Payload::Native(n) if n.as_any().downcast_ref::<FileData>().is_some())
}
