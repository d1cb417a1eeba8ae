//! `_mmap`: memory mappings (on the memmap2 crate) under lib/mmap.py,
//! which gives them CPython's `mmap.mmap` interface.
//!
//! A `Region` is a mapping of a file (shared, read-only or copy-on-write)
//! or of anonymous memory. Python code reaches its bytes only through
//! `read` (a copy) and `write`/`move` (checked ranges), never by address,
//! so no Python object can outlive or overrun the mapping.

use std::cell::RefCell;
use std::fs::File;
use std::os::fd::{FromRawFd, IntoRawFd};

use ferropy_runtime::object::NativeData;
use ferropy_runtime::protocol::args;
use ferropy_runtime::protocol::number::index_i64;
use ferropy_runtime::types::builtin_function::{KwArgs, NativeFn};
use ferropy_runtime::types::file::os_error_from;
use ferropy_runtime::{Obj, PyResult, Value, Vm};
use memmap2::{Mmap, MmapMut, MmapOptions};

enum Region {
    ReadOnly(Mmap),
    Writable(MmapMut),
}

impl Region {
    fn bytes(&self) -> &[u8] {
        match self {
            Region::ReadOnly(m) => m,
            Region::Writable(m) => m,
        }
    }
}

/// The state of one `_mmap.Region` object; None once closed.
struct Mapping {
    region: RefCell<Option<Region>>,
}

impl NativeData for Mapping {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn buffer(&self) -> Option<&dyn ferropy_runtime::object::Buffer> {
        Some(self)
    }
}

/// memoryview(mmap) sees the mapped memory itself (writes go to the file
/// or the shared memory); a closed mapping lends nothing.
impl ferropy_runtime::object::Buffer for Mapping {
    fn buffer_len(&self) -> usize {
        self.region.borrow().as_ref().map_or(0, |r| r.bytes().len())
    }
    fn buffer_readonly(&self) -> bool {
        matches!(*self.region.borrow(), Some(Region::ReadOnly(_)) | None)
    }
    fn with_buffer(&self, f: &mut dyn FnMut(&[u8])) {
        f(self.region.borrow().as_ref().map_or(&[][..], Region::bytes))
    }
    fn write_buffer(&self, at: usize, data: &[u8]) -> bool {
        match self.region.borrow_mut().as_mut() {
            Some(Region::Writable(m)) if at + data.len() <= m.len() => {
                m[at..at + data.len()].copy_from_slice(data);
                true
            }
            _ => false,
        }
    }
}

/// Maps `length` bytes of open file `fd` from `offset` (mode "r": shared
/// and read-only, "w": shared, "c": private copy-on-write), or anonymous
/// memory when `fd` is -1: private for "c", else shared as CPython's
/// (a child made by fork sees the same memory), which is a mapping of an
/// unnamed memory file.
fn map_region(fd: i32, length: usize, offset: u64, mode: &str) -> std::io::Result<Region> {
    if fd == -1 && mode == "c" {
        return Ok(Region::Writable(MmapOptions::new().len(length).map_anon()?));
    }
    if fd == -1 {
        let name = c"ferropy-mmap";
        // SAFETY: memfd_create() reads the NUL-terminated name; the new
        // descriptor is owned by the File at once.
        let memfd = unsafe { libc::memfd_create(name.as_ptr(), libc::MFD_CLOEXEC) };
        if memfd < 0 {
            return Err(std::io::Error::last_os_error());
        }
        // SAFETY: memfd is a fresh descriptor nothing else owns.
        let file = unsafe { File::from_raw_fd(memfd) };
        file.set_len(length as u64)?;
        // SAFETY: the memory file is private to this mapping (and to
        // children that inherit the mapping); its bytes are only copied
        // in and out with checked ranges.
        return Ok(Region::Writable(unsafe { MmapOptions::new().len(length).map_mut(&file)? }));
    }
    // SAFETY: `fd` is an open descriptor the caller owns (lib/mmap.py
    // keeps its own dup); the File is turned back into a raw descriptor
    // below without closing it.
    let file = unsafe { File::from_raw_fd(fd) };
    let mut options = MmapOptions::new();
    options.len(length).offset(offset);
    // SAFETY: the mapping's memory is only read into fresh bytes objects
    // and written through range-checked copies. Another process may
    // change the file meanwhile (which is what a shared mapping is for);
    // shrinking it under the mapping makes access fault, as it does in
    // CPython and C.
    let region = unsafe {
        match mode {
            "r" => options.map(&file).map(Region::ReadOnly),
            "c" => options.map_copy(&file).map(Region::Writable),
            _ => options.map_mut(&file).map(Region::Writable),
        }
    };
    let _ = file.into_raw_fd();
    region
}

fn mapping<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a Mapping> {
    crate::native_class::state::<Mapping>(vm, v, "_mmap", "Region")
}

fn closed_error(vm: &mut Vm) -> ferropy_runtime::PyErr {
    vm.value_error("mmap closed or invalid")
}

fn usize_arg(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let n = index_i64(vm, v)?;
    usize::try_from(n).map_err(|_| vm.value_error("negative size"))
}

/// map(fd, length, offset, mode) → a Region.
fn map(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "map", a, 4, 4)?;
    let fd = index_i64(vm, &a[0])? as i32;
    let length = usize_arg(vm, &a[1])?;
    let offset = usize_arg(vm, &a[2])? as u64;
    let mode = ferropy_runtime::types::str::as_str(&a[3]).unwrap_or("w").to_string();
    let region = map_region(fd, length, offset, &mode).map_err(|e| os_error_from(vm, &e, None))?;
    let data = Mapping { region: RefCell::new(Some(region)) };
    crate::native_class::new_instance(vm, "_mmap", "Region", Box::new(data))
}

/// read(start, stop) → the bytes in [start, stop).
fn read(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "read", a, 3, 3)?;
    let m = mapping(vm, &a[0])?;
    let (start, stop) = (usize_arg(vm, &a[1])?, usize_arg(vm, &a[2])?);
    let region = m.region.borrow();
    let Some(region) = region.as_ref() else { return Err(closed_error(vm)) };
    let bytes = region.bytes();
    let stop = stop.min(bytes.len());
    let data = bytes.get(start.min(stop)..stop).unwrap_or_default().to_vec();
    Ok(ferropy_runtime::types::bytes::new_bytes(data))
}

/// write(start, data): copies data in at start (the range is checked).
fn write(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "write", a, 3, 3)?;
    let m = mapping(vm, &a[0])?;
    let start = usize_arg(vm, &a[1])?;
    let Some(data) = ferropy_runtime::types::bytes::as_bytes_like(&a[2]) else {
        let tn = vm.type_name(&a[2]);
        return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
    };
    let mut region = m.region.borrow_mut();
    match region.as_mut() {
        None => Err(closed_error(vm)),
        Some(Region::ReadOnly(_)) => Err(vm.type_error("mmap can't modify a readonly memory map.")),
        Some(Region::Writable(bytes)) => match bytes.get_mut(start..start.saturating_add(data.len())) {
            Some(target) => {
                target.copy_from_slice(&data);
                Ok(Value::None)
            }
            None => Err(vm.value_error("data out of range")),
        },
    }
}

/// move(dest, src, count) within the mapping.
fn move_bytes(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "move", a, 4, 4)?;
    let m = mapping(vm, &a[0])?;
    let (dest, src, count) = (usize_arg(vm, &a[1])?, usize_arg(vm, &a[2])?, usize_arg(vm, &a[3])?);
    let mut region = m.region.borrow_mut();
    match region.as_mut() {
        None => Err(closed_error(vm)),
        Some(Region::ReadOnly(_)) => Err(vm.type_error("mmap can't modify a readonly memory map.")),
        Some(Region::Writable(bytes)) => {
            let fits = |at: usize| at.checked_add(count).is_some_and(|end| end <= bytes.len());
            if !fits(dest) || !fits(src) {
                return Err(vm.value_error("source, destination, or count out of range"));
            }
            bytes.copy_within(src..src + count, dest);
            Ok(Value::None)
        }
    }
}

fn size(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let m = mapping(vm, &a[0])?;
    let len = m.region.borrow().as_ref().map(|r| r.bytes().len());
    match len {
        Some(n) => Ok(Value::Int(n as i64)),
        None => Err(closed_error(vm)),
    }
}

/// flush(offset, size): writes a shared mapping's changes to its file.
fn flush(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "flush", a, 3, 3)?;
    let m = mapping(vm, &a[0])?;
    let (offset, len) = (usize_arg(vm, &a[1])?, usize_arg(vm, &a[2])?);
    let region = m.region.borrow();
    let result = match region.as_ref() {
        None => return Err(closed_error(vm)),
        Some(Region::ReadOnly(_)) => Ok(()),
        Some(Region::Writable(bytes)) => bytes.flush_range(offset, len),
    };
    drop(region);
    result.map_err(|e| os_error_from(vm, &e, None))?;
    Ok(Value::None)
}

/// advise(option, start, length): madvise(2) on part of the mapping.
fn advise(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    use memmap2::{Advice, UncheckedAdvice};
    args::check_positional(vm, "advise", a, 4, 4)?;
    let m = mapping(vm, &a[0])?;
    let option = index_i64(vm, &a[1])? as i32;
    let (start, len) = (usize_arg(vm, &a[2])?, usize_arg(vm, &a[3])?);
    let safe = match option {
        libc::MADV_NORMAL => Some(Advice::Normal),
        libc::MADV_RANDOM => Some(Advice::Random),
        libc::MADV_SEQUENTIAL => Some(Advice::Sequential),
        libc::MADV_WILLNEED => Some(Advice::WillNeed),
        libc::MADV_DONTFORK => Some(Advice::DontFork),
        libc::MADV_DOFORK => Some(Advice::DoFork),
        libc::MADV_MERGEABLE => Some(Advice::Mergeable),
        libc::MADV_UNMERGEABLE => Some(Advice::Unmergeable),
        libc::MADV_HUGEPAGE => Some(Advice::HugePage),
        libc::MADV_NOHUGEPAGE => Some(Advice::NoHugePage),
        libc::MADV_DONTDUMP => Some(Advice::DontDump),
        libc::MADV_DODUMP => Some(Advice::DoDump),
        _ => None,
    };
    let unchecked = match option {
        libc::MADV_DONTNEED => Some(UncheckedAdvice::DontNeed),
        libc::MADV_FREE => Some(UncheckedAdvice::Free),
        libc::MADV_REMOVE => Some(UncheckedAdvice::Remove),
        _ => None,
    };
    let region = m.region.borrow();
    let Some(region) = region.as_ref() else { return Err(closed_error(vm)) };
    let result = match (region, safe, unchecked) {
        (Region::ReadOnly(r), Some(advice), _) => r.advise_range(advice, start, len),
        (Region::Writable(r), Some(advice), _) => r.advise_range(advice, start, len),
        // SAFETY: these advices may drop the pages' contents (reading them
        // again gives the file's data or zeros); no Rust reference into
        // the mapping is alive across this call, since Python code only
        // ever gets copies.
        (Region::ReadOnly(r), None, Some(advice)) => unsafe { r.unchecked_advise_range(advice, start, len) },
        (Region::Writable(r), None, Some(advice)) => unsafe { r.unchecked_advise_range(advice, start, len) },
        _ => Err(std::io::Error::from_raw_os_error(libc::EINVAL)),
    };
    result.map_err(|e| os_error_from(vm, &e, None))?;
    Ok(Value::None)
}

fn close(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let m = mapping(vm, &a[0])?;
    let region = m.region.borrow_mut().take();
    drop(region);
    Ok(Value::None)
}

fn is_closed(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let m = mapping(vm, &a[0])?;
    Ok(Value::bool(m.region.borrow().is_none()))
}

/// file_size(fd): the size of an open file, for mapping all of it.
fn file_size(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "file_size", a, 1, 1)?;
    let fd = index_i64(vm, &a[0])? as i32;
    // SAFETY: stat is plain old data that fstat() fills; a bad
    // descriptor is its EBADF.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: as above.
    if unsafe { libc::fstat(fd, &mut st) } < 0 {
        return Err(os_error_from(vm, &std::io::Error::last_os_error(), None));
    }
    Ok(Value::Int(st.st_size as i64))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[("map", map), ("file_size", file_size)];

const CONSTANTS: &[(&str, i64)] = &[
    ("MAP_SHARED", libc::MAP_SHARED as i64),
    ("MAP_PRIVATE", libc::MAP_PRIVATE as i64),
    ("MAP_ANONYMOUS", libc::MAP_ANONYMOUS as i64),
    ("MAP_DENYWRITE", libc::MAP_DENYWRITE as i64),
    ("MAP_EXECUTABLE", libc::MAP_EXECUTABLE as i64),
    ("MAP_POPULATE", libc::MAP_POPULATE as i64),
    ("MAP_STACK", libc::MAP_STACK as i64),
    ("PROT_READ", libc::PROT_READ as i64),
    ("PROT_WRITE", libc::PROT_WRITE as i64),
    ("PROT_EXEC", libc::PROT_EXEC as i64),
];

pub fn make_module(vm: &mut Vm) -> PyResult<Obj> {
    let module = ferropy_runtime::types::module::new_native_module(vm, "_mmap", FUNCTIONS)?;
    let dict = module.dict.clone().expect("modules have dicts");
    for (name, value) in CONSTANTS {
        vm.dict_set_str(&dict, name, Value::Int(*value))?;
    }
    // SAFETY: sysconf only reads a configuration value.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    vm.dict_set_str(&dict, "PAGESIZE", Value::Int(page as i64))?;
    crate::native_class::add_class(
        vm,
        "_mmap",
        &dict,
        "Region",
        &[
            ("read", read),
            ("write", write),
            ("move", move_bytes),
            ("size", size),
            ("flush", flush),
            ("advise", advise),
            ("close", close),
            ("closed", is_closed),
        ],
    )?;
    Ok(module)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read, Seek, Write};

    #[test]
    fn a_shared_file_mapping_writes_through() {
        let mut file = tempfile_in_target();
        file.write_all(b"hello world").unwrap();
        let fd = std::os::fd::AsRawFd::as_raw_fd(&file);
        let Region::Writable(mut m) = map_region(fd, 11, 0, "w").unwrap() else { panic!("writable") };
        m[..5].copy_from_slice(b"HELLO");
        m.flush().unwrap();
        drop(m);
        let mut text = String::new();
        file.rewind().unwrap();
        file.read_to_string(&mut text).unwrap();
        assert_eq!(text, "HELLO world");
        let Region::ReadOnly(r) = map_region(fd, 5, 6, "r").unwrap() else { panic!("read-only") };
        assert_eq!(&r[..], b"world");
    }

    #[test]
    fn anonymous_memory_starts_zeroed() {
        let region = map_region(-1, 4096, 0, "w").unwrap();
        assert!(region.bytes().iter().all(|&b| b == 0));
    }

    fn tempfile_in_target() -> File {
        let path = std::env::temp_dir().join(format!("ferropy-mmap-test-{}", std::process::id()));
        let file = std::fs::OpenOptions::new().read(true).write(true).create(true).truncate(true).open(&path).unwrap();
        let _ = std::fs::remove_file(&path);
        file
    }
}
