//! Runs every program under tests/cases with the built `ferropy` and
//! compares stdout, exit status and the last line of stderr with what
//! CPython 3.11 produced for it (the `.json` files written by
//! tests/record.py). Files whose name starts with `_`, and directories named
//! `modules`, hold helpers that cases import, not cases. A `.cli` case lists
//! the interpreter's command-line arguments, one per line (see record.py).

use std::io::{Read, Write};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use wait_timeout::ChildExt;

const TIMEOUT: Duration = Duration::from_secs(60);

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/cases")
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "modules" && n != "__pycache__") {
                collect(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "py" || e == "cli")
            && !path.file_name().is_some_and(|n| n.to_string_lossy().starts_with('_'))
        {
            out.push(path);
        }
    }
}

struct Outcome {
    exit: i32,
    stdout: String,
    stderr: String,
    stderr_last: String,
    timed_out: bool,
}

/// The case directory as `{dir}` and addresses as `0xADDR`, as record.py
/// writes them.
fn normalize_stderr(text: &str, dir: &Path) -> String {
    let text = text.replace(&dir.display().to_string(), "{dir}");
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i]);
        let hex = rest[i + 2..].bytes().take_while(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(b)).count();
        if hex > 0 {
            out.push_str("0xADDR");
            rest = &rest[i + 2 + hex..];
        } else {
            out.push_str("0x");
            rest = &rest[i + 2..];
        }
    }
    out.push_str(rest);
    out
}

fn run_case(case: &Path) -> Outcome {
    let mut args: Vec<String> = Vec::new();
    if let Ok(a) = std::fs::read_to_string(case.with_extension("args")) {
        args = a.split_whitespace().map(str::to_string).collect();
    }
    let stdin = std::fs::read(case.with_extension("stdin")).unwrap_or_default();
    let mut command = Command::new(env!("CARGO_BIN_EXE_ferropy"));
    // The environment record.py gives CPython.
    // As tests/record.py runs CPython: no bytecode caches written.
    command
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env_remove("PYTHONPATH");
    if case.extension().is_some_and(|e| e == "cli") {
        let text = std::fs::read_to_string(case).unwrap_or_default();
        command.args(text.lines());
        if let Ok(env) = std::fs::read_to_string(case.with_extension("env")) {
            for line in env.lines() {
                let (key, value) = line.split_once('=').unwrap_or((line, ""));
                command.env(key, value);
            }
        }
    } else {
        command.arg(case.file_name().expect("file name")).args(&args);
    }
    let mut child = command
        .current_dir(case.parent().expect("parent"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("ferropy runs");
    let mut child_stdin = child.stdin.take().expect("stdin");
    let writer = std::thread::spawn(move || {
        let _ = child_stdin.write_all(&stdin);
    });
    let mut out = child.stdout.take().expect("stdout");
    let mut err = child.stderr.take().expect("stderr");
    let out_reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = out.read_to_end(&mut s);
        s
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = err.read_to_end(&mut s);
        s
    });
    let status = child.wait_timeout(TIMEOUT).expect("wait");
    let timed_out = status.is_none();
    if timed_out {
        let _ = child.kill();
    }
    let status = status.or_else(|| child.wait().ok());
    let _ = writer.join();
    // The case directory is written {dir} everywhere, so the expected
    // outputs do not depend on where the checkout lives.
    let dir = case.parent().expect("parent").canonicalize().unwrap_or_default();
    let dir_text = dir.display().to_string();
    let mut stdout = String::from_utf8_lossy(&out_reader.join().unwrap_or_default()).replace(&dir_text, "{dir}");
    let stderr = String::from_utf8_lossy(&err_reader.join().unwrap_or_default()).into_owned();
    let mut stderr_last = stderr.trim_end_matches('\n').rsplit('\n').next().unwrap_or("").replace(&dir_text, "{dir}");
    if case.extension().is_some_and(|e| e == "cli") {
        // Messages naming the interpreter compare with the program as {prog}.
        stderr_last = stderr_last.replace(env!("CARGO_BIN_EXE_ferropy"), "{prog}").replace("ferropy", "{prog}");
        stdout = stdout.replace(env!("CARGO_BIN_EXE_ferropy"), "{prog}");
    }
    // Death by a signal is recorded as Python's subprocess reports it: -signal.
    let exit = status.and_then(|s| s.code().or_else(|| s.signal().map(|n| -n))).unwrap_or(-1);
    let stderr = normalize_stderr(&stderr, &dir);
    Outcome { exit, stdout, stderr, stderr_last, timed_out }
}

/// Where two outputs first differ, for the failure report.
fn first_difference(what: &str, got: &str, expected: &str) -> String {
    let line = got
        .lines()
        .zip(expected.lines())
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| got.lines().count().min(expected.lines().count()));
    let g = got.lines().nth(line).unwrap_or("<end>");
    let e = expected.lines().nth(line).unwrap_or("<end>");
    format!("{what} differs at line {}:\n    got:      {g:?}\n    expected: {e:?}", line + 1)
}

fn check(case: &Path) -> Result<(), String> {
    let expected_text = std::fs::read_to_string(case.with_extension("json"))
        .map_err(|_| "no .json: run tests/record.py".to_string())?;
    let expected: serde_json::Value = serde_json::from_str(&expected_text).map_err(|e| format!("bad .json: {e}"))?;
    let got = run_case(case);
    if got.timed_out {
        return Err(format!("timed out after {TIMEOUT:?}"));
    }
    let mut problems = Vec::new();
    let exp_exit = expected["exit"].as_i64().unwrap_or(-99) as i32;
    if got.exit != exp_exit {
        problems.push(format!("exit status {} (expected {exp_exit})", got.exit));
    }
    let exp_out = expected["stdout"].as_str().unwrap_or("");
    if got.stdout != exp_out {
        problems.push(first_difference("stdout", &got.stdout, exp_out));
    }
    let exp_err = expected["stderr_last"].as_str().unwrap_or("");
    if got.stderr_last != exp_err {
        problems.push(format!("last stderr line:\n    got:      {:?}\n    expected: {exp_err:?}", got.stderr_last));
    } else if let Some(exp_full) = expected["stderr"].as_str().filter(|_| case.extension().is_none_or(|e| e != "cli")) {
        // The whole traceback, line by line (command-line cases name the
        // interpreter, so only their last line is compared).
        if got.stderr != exp_full {
            problems.push(first_difference("stderr", &got.stderr, exp_full));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n  "))
    }
}

#[test]
fn cases_match_cpython() {
    let mut cases = Vec::new();
    collect(&cases_dir(), &mut cases);
    if let Ok(filter) = std::env::var("CASES") {
        cases.retain(|c| c.to_string_lossy().contains(&filter));
    }
    assert!(!cases.is_empty(), "no test cases found");
    let queue = Arc::new(Mutex::new(cases.clone()));
    let failures = Arc::new(Mutex::new(Vec::new()));
    let workers: Vec<_> = (0..4)
        .map(|_| {
            let queue = queue.clone();
            let failures = failures.clone();
            std::thread::spawn(move || loop {
                let Some(case) = queue.lock().expect("queue").pop() else {
                    break;
                };
                if let Err(e) = check(&case) {
                    let name = case.strip_prefix(cases_dir()).unwrap_or(&case).display().to_string();
                    failures.lock().expect("failures").push(format!("{name}:\n  {e}"));
                }
            })
        })
        .collect();
    for w in workers {
        w.join().expect("worker");
    }
    let mut failures = failures.lock().expect("failures").clone();
    failures.sort();
    for f in &failures {
        eprintln!("FAIL {f}");
    }
    eprintln!("{} of {} cases match CPython", cases.len() - failures.len(), cases.len());
    assert!(failures.is_empty(), "{} of {} cases differ from CPython", failures.len(), cases.len());
}
