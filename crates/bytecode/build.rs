//! Fingerprints the code that decides what bytecode means: this crate's
//! sources and the compiler's. `serial` writes the fingerprint into every
//! encoded code object and refuses bytes carrying another, so a bytecode
//! cache (`__pycache__/*.ferropy-311.pyc`) written by a different build is
//! recompiled rather than misread (docs/packages.md).

use std::path::{Path, PathBuf};

fn main() {
    let here = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let dirs = [("bytecode", here.join("src")), ("compiler", here.join("../compiler/src"))];
    // (name within its crate, path), so the fingerprint does not depend
    // on where the checkout lies.
    let mut files = Vec::new();
    for (label, dir) in &dirs {
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut found = Vec::new();
        collect(dir, &mut found);
        for path in found {
            let rel = path.strip_prefix(dir).unwrap_or(&path).to_string_lossy().replace('\\', "/");
            files.push((format!("{label}/{rel}"), path));
        }
    }
    files.sort();
    // FNV-1a over each file's path (relative to its crate) and contents.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for &b in bytes {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    for (name, path) in &files {
        feed(name.as_bytes());
        feed(&std::fs::read(path).unwrap_or_default());
    }
    println!("cargo:rustc-env=FERROPY_CODE_FINGERPRINT={hash}");
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else {
            out.push(path);
        }
    }
}
