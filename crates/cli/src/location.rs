//! Where this interpreter runs from: `sys.executable`, the prefixes and
//! the virtual environment it belongs to, found as CPython's start-up
//! finds them (docs/packages.md).
//!
//! The program's own path comes from argv[0], not from the resolved
//! binary: a venv's `bin/python` is a symbolic link to ferropy, and it is
//! the link's directory whose `pyvenv.cfg` makes the environment.

use std::path::{Path, PathBuf};

/// The paths `sys` reports.
pub struct Location {
    /// `sys.executable`: the path the program was started by.
    pub executable: PathBuf,
    /// `sys._base_executable`: the interpreter a venv was made from.
    pub base_executable: PathBuf,
    /// `sys.prefix`: the venv's directory, or `base_prefix`.
    pub prefix: PathBuf,
    /// `sys.base_prefix`: the installation, the parent of the real
    /// binary's directory (`PREFIX/bin/ferropy`).
    pub base_prefix: PathBuf,
}

impl Location {
    pub fn find() -> Location {
        let binary = std::env::current_exe().unwrap_or_else(|_| PathBuf::from("ferropy"));
        let executable = started_as().unwrap_or_else(|| binary.clone());
        let real = std::fs::canonicalize(&binary).unwrap_or(binary);
        let (prefix, base_executable, base_prefix) = match venv_config(&executable) {
            Some((dir, home)) => {
                // A venv made with --copies holds its own binary: the
                // installation is the one `home` names, not the copy's.
                let home = home.filter(|h| h.is_dir());
                let base_prefix = match &home {
                    Some(h) => h.parent().map(Path::to_path_buf).unwrap_or_else(|| grandparent(&real)),
                    None => grandparent(&real),
                };
                let name = executable.file_name().map(PathBuf::from).unwrap_or_default();
                let base = home
                    .iter()
                    .flat_map(|h| [h.join(&name), h.join("ferropy")])
                    .find(|p| p.exists())
                    .unwrap_or_else(|| real.clone());
                (dir, base, base_prefix)
            }
            None => (grandparent(&real), executable.clone(), grandparent(&real)),
        };
        Location { executable, base_executable, prefix, base_prefix }
    }
}

fn grandparent(path: &Path) -> PathBuf {
    path.parent().and_then(Path::parent).map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("/"))
}

/// argv[0] as an absolute path: relative to the working directory when
/// it names a directory, else looked up on PATH as the shell did.
fn started_as() -> Option<PathBuf> {
    let argv0 = PathBuf::from(std::env::args_os().next()?);
    if argv0.as_os_str().is_empty() {
        return None;
    }
    let found = if argv0.components().count() > 1 {
        std::path::absolute(&argv0).ok()?
    } else {
        let path = std::env::var_os("PATH")?;
        std::env::split_paths(&path).map(|dir| dir.join(&argv0)).find(|p| is_executable_file(p))?
    };
    // `.` and `..` parts are dropped without resolving links.
    let mut clean = PathBuf::new();
    for part in found.components() {
        match part {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                clean.pop();
            }
            other => clean.push(other),
        }
    }
    clean.is_file().then_some(clean)
}

fn is_executable_file(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// The venv directory and its `home` key, when `pyvenv.cfg` lies beside
/// the executable or one directory up (PEP 405).
fn venv_config(executable: &Path) -> Option<(PathBuf, Option<PathBuf>)> {
    let bin = executable.parent()?;
    for dir in [bin, bin.parent()?] {
        if let Ok(text) = std::fs::read_to_string(dir.join("pyvenv.cfg")) {
            let home = text.lines().find_map(|line| {
                let (key, value) = line.split_once('=')?;
                (key.trim() == "home").then(|| PathBuf::from(value.trim()))
            });
            return Some((dir.to_path_buf(), home));
        }
    }
    None
}
