//! The standard library: native modules written in Rust, and the modules
//! we wrote in Python under `lib/`, embedded in the binary.

mod binascii;
mod bisect;
mod bz2;
mod deque;
mod fcntl;
mod float_bits;
mod hashlib;
mod heapq;
mod internal;
mod json;
mod lzma;
mod math;
mod mmap;
mod multiprocessing;
mod native_class;
mod numpy;
mod permits;
mod pickle;
mod posix;
mod process;
mod random;
mod regex;
mod resource;
mod select;
mod signal;
mod simple_queue;
mod socket;
mod ssl;
mod stream_decoder;
mod termios;
mod thread;
mod time;
mod unicodedata;
mod users;
mod zlib;

use include_dir::{include_dir, Dir};

use ferropy_runtime::Vm;

static LIB: Dir = include_dir!("$CARGO_MANIFEST_DIR/../../lib");

// LIB_CODE_INDEX: the modules build.rs precompiled, by file name.
include!(concat!(env!("OUT_DIR"), "/lib_code_index.rs"));
static LIB_CODE_BLOB: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/lib_code.bin"));

/// The precompiled code of an embedded module, by the file name it was
/// compiled under (see build.rs).
pub fn embedded_code(filename: &str) -> Option<&'static [u8]> {
    let at = LIB_CODE_INDEX.binary_search_by(|(name, _, _)| (*name).cmp(filename)).ok()?;
    let (_, start, end) = LIB_CODE_INDEX[at];
    LIB_CODE_BLOB.get(start..end)
}

/// Finds an embedded module's source: `(source, is_package)`.
pub fn embedded_source(fullname: &str) -> Option<(&'static str, bool)> {
    let path = fullname.replace('.', "/");
    if let Some(f) = LIB.get_file(format!("{path}/__init__.py")) {
        return f.contents_utf8().map(|s| (s, true));
    }
    LIB.get_file(format!("{path}.py")).and_then(|f| f.contents_utf8()).map(|s| (s, false))
}

/// The modules directly inside an embedded package ("" for the top):
/// `(name, is_package)`, sorted.
pub fn embedded_children(package: &str) -> Vec<(String, bool)> {
    let dir = if package.is_empty() { Some(&LIB) } else { LIB.get_dir(package.replace('.', "/")) };
    let Some(dir) = dir else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for file in dir.files() {
        let path = file.path();
        if path.extension().and_then(|e| e.to_str()) == Some("py") {
            if let Some(stem) = path.file_stem().and_then(|s| s.to_str()) {
                if stem != "__init__" {
                    out.push((stem.to_string(), false));
                }
            }
        }
    }
    for sub in dir.dirs() {
        if sub.get_file(sub.path().join("__init__.py")).is_some() {
            if let Some(name) = sub.path().file_name().and_then(|s| s.to_str()) {
                out.push((name.to_string(), true));
            }
        }
    }
    out.sort();
    out
}

/// A data file of ferropy's own library by its path under lib/
/// (`numpy-1.26.4.dist-info/METADATA`): the metadata of the distributions
/// ferropy provides itself.
pub fn embedded_file(path: &str) -> Option<&'static [u8]> {
    LIB.get_file(path).map(|f| f.contents())
}

/// The entries of a directory of ferropy's own library ("" for the top):
/// `(name, is_directory)`, sorted; None when there is no such directory.
pub fn embedded_listdir(path: &str) -> Option<Vec<(String, bool)>> {
    let dir = if path.is_empty() { &LIB } else { LIB.get_dir(path)? };
    let name_of = |p: &std::path::Path| p.file_name().and_then(|n| n.to_str()).map(str::to_string);
    let mut out: Vec<(String, bool)> = dir.files().filter_map(|f| name_of(f.path()).map(|n| (n, false))).collect();
    out.extend(dir.dirs().filter_map(|d| name_of(d.path()).map(|n| (n, true))));
    out.sort();
    Some(out)
}

/// Installs the standard library into an interpreter.
pub fn install(vm: &mut Vm) {
    vm.interp.embedded.set(Some(ferropy_runtime::vm::EmbeddedLibrary { source: embedded_source, code: embedded_code }));
    vm.add_native_module("time", time::make_module);
    vm.add_native_module("_random", random::make_module);
    vm.add_native_module("math", math::make_module);
    vm.add_native_module("_hashlib", hashlib::make_module);
    vm.add_native_module("_ferropy", internal::make_module);
    vm.add_native_module("posix", posix::make_module);
    vm.add_native_module("_regex", regex::make_module);
    vm.add_native_module("binascii", binascii::make_module);
    vm.add_native_module("_process", process::make_module);
    vm.add_native_module("zlib", zlib::make_module);
    vm.add_native_module("_signal", signal::make_module);
    vm.add_native_module("_socketcalls", socket::make_module);
    vm.add_native_module("_selectcalls", select::make_module);
    vm.add_native_module("_termioscalls", termios::make_module);
    vm.add_native_module("_json", json::make_module);
    vm.add_native_module("_fcntl", fcntl::make_module);
    vm.add_native_module("unicodedata", unicodedata::make_module);
    vm.add_native_module("_bz2", bz2::make_module);
    vm.add_native_module("_lzma", lzma::make_module);
    vm.add_native_module("_mmap", mmap::make_module);
    vm.add_native_module("pwd", users::make_pwd);
    vm.add_native_module("grp", users::make_grp);
    vm.add_native_module("resource", resource::make_module);
    vm.add_native_module("_heapq", heapq::make_module);
    vm.add_native_module("_bisect", bisect::make_module);
    vm.add_native_module("_thread", thread::make_module);
    vm.add_native_module("_queue", simple_queue::make_module);
    vm.add_native_module("_multiprocessing", multiprocessing::make_module);
    vm.add_native_module("_pickle", pickle::make_module);
    vm.add_native_module("_collections", deque::make_module);
    vm.add_native_module("_ssl", ssl::make_module);
    vm.add_native_module("_numpy", numpy::make_module);
    if let Err(err) = vm.install_import_system() {
        vm.print_exception(&err);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every precompiled module decodes, was compiled under the name it is
    /// found by, and has a source beside it (for tracebacks and
    /// get_source).
    #[test]
    fn precompiled_library_matches_its_sources() {
        assert!(LIB_CODE_INDEX.len() > 100, "build.rs precompiled too little");
        for (filename, _, _) in LIB_CODE_INDEX {
            let code = ferropy_bytecode::serial::decode_code(embedded_code(filename).unwrap()).unwrap();
            assert_eq!(&code.filename, filename);
            let module = match filename.strip_prefix("<frozen ") {
                Some(rest) => rest.trim_end_matches('>').to_string(),
                None => filename["<ferropy-lib>/".len()..]
                    .trim_end_matches(".py")
                    .trim_end_matches("/__init__")
                    .replace('/', "."),
            };
            assert!(embedded_source(&module).is_some(), "{filename} has no source");
        }
    }
}
