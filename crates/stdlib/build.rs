//! Precompiles the Python modules of lib/ into code objects embedded in
//! the binary, so importing one of them costs a decode instead of a parse
//! and a compile (docs/stdlib.md, "Precompiled library").
//!
//! Each module is compiled as the runtime would compile it with no `-O`
//! and no inherited future flags, under the file name the runtime gives it
//! (`<ferropy-lib>/json/__init__.py`; the import system's two bootstrap
//! modules also under their `<frozen ...>` names). A module whose compile
//! warns, fails, or depends on the runtime (`from __future__ import
//! annotations` renders constants with the runtime's repr) is left out and
//! compiled at import as before. The compiler is a build dependency, so a
//! change to it rebuilds this cache: the two can never disagree.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Where embedded modules appear to live (`EMBEDDED_PATH` in
/// lib/importlib/_bootstrap_external.py).
const EMBEDDED_PATH: &str = "<ferropy-lib>";
/// Modules the runtime also runs under CPython's frozen names.
const FROZEN: &[&str] = &["importlib/_bootstrap.py", "importlib/_bootstrap_external.py"];

fn main() {
    println!("cargo:rerun-if-changed=../../lib");
    let lib = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lib");
    let mut files = Vec::new();
    collect_py(&lib, &lib, &mut files);
    files.sort();

    // (file name the runtime uses, source)
    let mut jobs: Vec<(String, String)> = Vec::new();
    for rel in &files {
        let Ok(source) = std::fs::read_to_string(lib.join(rel)) else { continue };
        if source.contains("from __future__ import annotations") {
            continue;
        }
        jobs.push((format!("{EMBEDDED_PATH}/{rel}"), source.clone()));
        if FROZEN.contains(&rel.as_str()) {
            let module = rel.trim_end_matches(".py").replace('/', ".");
            jobs.push((format!("<frozen {module}>"), source));
        }
    }

    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = jobs.len().div_ceil(threads).max(1);
    let mut compiled: Vec<(String, Vec<u8>)> = std::thread::scope(|scope| {
        let workers: Vec<_> = jobs.chunks(chunk).map(|part| scope.spawn(move || compile_all(part))).collect();
        workers.into_iter().flat_map(|w| w.join().expect("compiling lib/ panicked")).collect()
    });
    compiled.sort_by(|a, b| a.0.cmp(&b.0));

    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut blob = Vec::new();
    let mut index = String::from("/// (file name, start, end) in LIB_CODE_BLOB, sorted by file name.\n");
    index.push_str("static LIB_CODE_INDEX: &[(&str, usize, usize)] = &[\n");
    for (filename, bytes) in &compiled {
        let start = blob.len();
        blob.extend_from_slice(bytes);
        writeln!(index, "    ({filename:?}, {start}, {}),", blob.len()).expect("writing to a String");
    }
    index.push_str("];\n");
    std::fs::write(out.join("lib_code.bin"), blob).expect("writing lib_code.bin");
    std::fs::write(out.join("lib_code_index.rs"), index).expect("writing lib_code_index.rs");
}

/// Every `.py` under `dir`, as paths relative to `root` with `/`.
fn collect_py(root: &Path, dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_py(root, &path, out);
        } else if path.extension().is_some_and(|e| e == "py") {
            if let Ok(rel) = path.strip_prefix(root) {
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
}

fn compile_all(jobs: &[(String, String)]) -> Vec<(String, Vec<u8>)> {
    let options = ferropy_compiler::Options { optimize: 0, flags: 0, constant_repr: None };
    let mut out = Vec::new();
    for (filename, source) in jobs {
        let mode = ferropy_compiler::Mode::Exec;
        if let Ok((code, warnings)) = ferropy_compiler::compile_with_warnings(source, filename, mode, options) {
            if warnings.is_empty() {
                out.push((filename.clone(), ferropy_bytecode::serial::encode(&code)));
            }
        }
    }
    out
}
