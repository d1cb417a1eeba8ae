//! Installing packages: tests/packaging/pip_session.py builds test wheels
//! and an sdist, then runs one packaging session (venv with pip, installs,
//! console scripts, metadata, uninstall, failures) under CPython and under
//! ferropy and compares the transcripts (docs/packages.md). CPython runs
//! the driver and is the oracle; pip is the wheel its ensurepip bundles,
//! so no network is needed.

use std::path::Path;
use std::process::Command;

#[test]
fn pip_session_matches_cpython() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let out = Command::new("python3")
        .arg(root.join("tests/packaging/pip_session.py"))
        .arg("--ferropy")
        .arg(env!("CARGO_BIN_EXE_ferropy"))
        .env_remove("PYTHONDONTWRITEBYTECODE")
        .output()
        .expect("run python3 tests/packaging/pip_session.py");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "the pip session differs from CPython's:\n{stdout}\n{stderr}");
    assert!(stdout.contains("identical to CPython's"), "unexpected report:\n{stdout}");
}
