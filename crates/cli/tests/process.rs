//! Behaviour of the ferropy process that the recorded cases cannot show:
//! the version and help texts (ours by design), and Ctrl-C arriving while a
//! program runs. What CPython does here is documented behaviour: SIGINT
//! raises KeyboardInterrupt in the main thread, and an uncaught one ends the
//! process by SIGINT after printing the traceback.

use std::io::{BufRead, BufReader, Read};
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};
use std::time::Duration;

use wait_timeout::ChildExt;

fn ferropy() -> Command {
    Command::new(env!("CARGO_BIN_EXE_ferropy"))
}

#[test]
fn version_names_python_and_ferropy() {
    for flag in ["-V", "--version"] {
        let out = ferropy().arg(flag).output().expect("runs");
        assert!(out.status.success());
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.starts_with("Python 3.11."), "{text}");
        assert!(text.contains("ferropy"), "{text}");
    }
}

#[test]
fn help_prints_usage_and_succeeds() {
    let out = ferropy().arg("-h").output().expect("runs");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("usage: ferropy [option] ... [-c cmd | -m mod | file | -] [arg] ..."), "{text}");
    for option in ["-c cmd", "-m mod", "-u", "-V", "-h"] {
        assert!(text.contains(option), "help mentions {option}");
    }
}

/// Starts a program that signals readiness on stdout, then sends SIGINT.
fn interrupt(program: &str) -> (std::process::ExitStatus, String, String) {
    let mut child =
        ferropy().args(["-u", "-c", program]).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("runs");
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    stdout.read_line(&mut first).expect("ready line");
    assert_eq!(first, "ready\n");
    let sent = Command::new("kill").args(["-INT", &child.id().to_string()]).status().expect("kill runs");
    assert!(sent.success());
    let status = child.wait_timeout(Duration::from_secs(20)).expect("wait").expect("exits after SIGINT");
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).expect("stdout");
    let mut err = String::new();
    child.stderr.take().expect("stderr").read_to_string(&mut err).expect("stderr");
    (status, rest, err)
}

#[test]
fn ctrl_c_raises_keyboard_interrupt() {
    let program =
        "import time\nprint('ready')\ntry:\n    time.sleep(30)\nexcept KeyboardInterrupt:\n    print('caught')\n";
    let (status, out, _) = interrupt(program);
    assert!(status.success(), "{status:?}");
    assert_eq!(out, "caught\n");

    let busy = "print('ready')\nwhile True:\n    pass\n";
    let (status, _, err) = interrupt(busy);
    assert_eq!(status.signal(), Some(2), "an uncaught KeyboardInterrupt ends the process by SIGINT");
    assert_eq!(err.trim_end().rsplit('\n').next(), Some("KeyboardInterrupt"));
}

/// Runs a program under an address-space limit (`ulimit -v`, in KiB).
fn under_ulimit(kib: u32, program: &str) -> std::process::Output {
    Command::new("sh")
        .args(["-c", &format!("ulimit -v {kib} && exec \"$0\" -c \"$1\""), env!("CARGO_BIN_EXE_ferropy"), program])
        .output()
        .expect("sh runs")
}

#[test]
fn starts_and_recovers_under_an_address_space_limit() {
    // As CPython: a batch job under `ulimit -v` starts, deep recursion is
    // a RecursionError, and a too-large allocation a MemoryError.
    let program = "import sys\nprint('started')\nsys.setrecursionlimit(10**5)\n\
                   def f(n):\n    return f(n + 1)\n\
                   try:\n    f(0)\nexcept RecursionError as e:\n    print('RecursionError', e)\n\
                   sys.setrecursionlimit(1000)\nl = []\nfor i in range(10**5):\n    l = [l]\n\
                   try:\n    repr(l)\nexcept RecursionError as e:\n    print('RecursionError', e)\n\
                   try:\n    x = [0] * 10**9\nexcept MemoryError:\n    print('MemoryError')\n\
                   print(len([0] * 10**6))\n";
    for kib in [500_000, 200_000] {
        let out = under_ulimit(kib, program);
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "under {kib} KiB: {out:?}");
        assert_eq!(
            text,
            "started\nRecursionError maximum recursion depth exceeded\n\
             RecursionError maximum recursion depth exceeded while getting the repr of an object\n\
             MemoryError\n1000000\n",
            "under {kib} KiB"
        );
    }
}
