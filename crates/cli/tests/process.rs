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
    // CPython's texts (recorded by tools/gen_cli_help.py), naming the
    // interpreter as it was invoked; the .cli cases compare them whole.
    let out = ferropy().arg("-h").output().expect("runs");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let usage =
        format!("usage: {} [option] ... [-c cmd | -m mod | file | -] [arg] ...\n", env!("CARGO_BIN_EXE_ferropy"));
    assert!(text.starts_with(&usage), "{text}");
    for option in ["-c cmd", "-m mod", "-u", "-V", "-h", "-W arg", "-X opt", "--help-env"] {
        assert!(text.contains(option), "help mentions {option}");
    }
    let bad = ferropy().arg("-z").output().expect("runs");
    assert_eq!(bad.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&bad.stderr),
        format!("Unknown option: -z\n{}Try `ferropy -h' for more information.\n", usage)
    );
}

/// Starts a program that signals readiness on stdout, then sends SIGINT.
fn interrupt(program: &str) -> (std::process::ExitStatus, String, String) {
    // stdin is a pipe kept open, so a read from it blocks until the signal.
    let mut child = ferropy()
        .args(["-u", "-c", program])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    let _stdin = child.stdin.take();
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    stdout.read_line(&mut first).expect("ready line");
    assert_eq!(first, "ready\n");
    // Time for the program to reach the call that blocks (a child process
    // started after "ready" is then one the program knows to kill).
    std::thread::sleep(Duration::from_millis(200));
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

#[test]
fn ctrl_c_interrupts_a_blocking_read() {
    // CPython: the signal interrupts the read; KeyboardInterrupt is raised
    // by the call that was waiting.
    let calls = [
        "input()",
        "sys.stdin.readline()",
        "sys.stdin.read()",
        "sys.stdin.buffer.read(10)",
        "subprocess.run(['sleep', '30'])",
        "subprocess.Popen(['sleep', '30'], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).wait()",
        "subprocess.run(['sleep', '30'], capture_output=True)",
    ];
    for call in calls {
        let program = format!(
            "import sys, subprocess\nprint('ready')\ntry:\n    {call}\nexcept KeyboardInterrupt:\n    print('interrupted')\n"
        );
        let (status, out, err) = interrupt(&program);
        assert!(status.success(), "{call}: {status:?} {err}");
        assert_eq!(out, "interrupted\n", "{call}");
        let uncaught = format!("import sys, subprocess\nprint('ready')\n{call}\n");
        let (status, _, err) = interrupt(&uncaught);
        assert_eq!(status.signal(), Some(2), "{call}: {err}");
        assert!(err.contains("line 3, in <module>\n"), "{call}: raised in the waiting call: {err}");
        assert!(err.ends_with("\nKeyboardInterrupt\n"), "{call}: {err}");
    }
    // A handler that does not raise: the read goes on (PEP 475).
    let program = "import sys, signal, os\n\
                   def handler(signum, frame):\n    print('handled', signum)\n\
                   signal.signal(signal.SIGINT, handler)\nprint('ready')\nline = sys.stdin.readline()\n\
                   print('read', repr(line))\n";
    let mut child =
        ferropy().args(["-u", "-c", program]).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().expect("runs");
    let mut stdin = child.stdin.take().expect("stdin");
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    stdout.read_line(&mut first).expect("ready line");
    assert_eq!(first, "ready\n");
    let sent = Command::new("kill").args(["-INT", &child.id().to_string()]).status().expect("kill runs");
    assert!(sent.success());
    let mut handled = String::new();
    stdout.read_line(&mut handled).expect("handler output");
    assert_eq!(handled, "handled 2\n");
    std::io::Write::write_all(&mut stdin, b"line after\n").expect("write");
    drop(stdin);
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).expect("rest");
    assert_eq!(rest, "read 'line after\\n'\n");
    assert!(child.wait().expect("wait").success());
}

#[test]
fn a_collection_short_of_memory_is_skipped_not_fatal() {
    // A million frames under 500 MB: the cycle collector, which needs
    // working memory per tracked object, cannot get it and skips its
    // collection; the recursion still ends in a RecursionError (CPython's
    // outcome), not an abort.
    let program = "import sys\nsys.setrecursionlimit(10**6)\n\
                   def f(n):\n    return f(n + 1)\n\
                   try:\n    f(0)\nexcept RecursionError as e:\n    print('RecursionError', e)\n";
    let out = under_ulimit(500_000, program);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "RecursionError maximum recursion depth exceeded\n");
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

#[test]
fn a_forked_child_prints_once_and_exits_with_its_status() {
    // Output is a pipe, so sys.stdout is block-buffered: os.fork flushes
    // it first, and the child (whose only thread is the interpreter's)
    // ends its own process with the program's exit status.
    let program =
        "import os, sys\nprint('before')\npid = os.fork()\nif pid == 0:\n    print('child')\n    sys.exit(3)\n\
                   _, status = os.waitpid(pid, 0)\nprint('after', os.waitstatus_to_exitcode(status))\n";
    let out = ferropy().args(["-c", program]).output().expect("ferropy runs");
    assert!(out.status.success(), "{out:?}");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "before\nchild\nafter 3\n");
}

#[test]
fn ctrl_c_reaches_the_main_thread_blocked_while_a_worker_spins() {
    // CPython: signal handlers run in the main thread, and a main thread
    // blocked in join(), a lock, Queue.get() or Event.wait() gets the
    // KeyboardInterrupt there, even while another thread keeps running.
    let waits = ["t.join()", "lock.acquire()", "q.get()", "ev.wait()"];
    for wait in waits {
        let program = format!(
            "import threading, queue\nlock = threading.Lock(); lock.acquire()\nq = queue.Queue(); ev = \
             threading.Event()\ndef spin():\n    while True:\n        pass\nt = threading.Thread(target=spin, \
             daemon=True); t.start()\nprint('ready')\ntry:\n    {wait}\nexcept KeyboardInterrupt:\n    \
             print('caught')\n"
        );
        let (status, out, err) = interrupt(&program);
        assert!(status.success(), "{wait}: {status:?} {err}");
        assert_eq!(out, "caught\n", "{wait}");
    }
}

#[test]
fn threads_stress_briefly() {
    // tests/stress/threads.py: shared containers, cyclic garbage with
    // __del__ and weakref callbacks, gc.collect() and imports on 17
    // threads; it checks every count itself. The closing note reports a
    // five-minute run.
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/stress/threads.py");
    let mut child =
        ferropy().args([script, "1"]).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("ferropy runs");
    let status = child.wait_timeout(Duration::from_secs(120)).expect("wait").expect("no hang");
    let mut out = String::new();
    child.stdout.take().expect("stdout").read_to_string(&mut out).expect("stdout");
    let mut err = String::new();
    child.stderr.take().expect("stderr").read_to_string(&mut err).expect("stderr");
    assert!(status.success(), "{status:?}\n{out}\n{err}");
    assert!(out.ends_with("OK\n"), "{out}");
}

#[test]
fn daemon_threads_still_running_at_exit_stop_quietly() {
    let program = "import threading\ndef spin():\n    while True:\n        pass\nfor _ in range(3):\n    \
                   threading.Thread(target=spin, daemon=True).start()\nprint('bye')\n";
    let out = ferropy().args(["-c", program]).output().expect("ferropy runs");
    assert!(out.status.success(), "{out:?}");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "bye\n");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

/// Runs `program` in a process group of its own; once it prints "ready",
/// sends SIGINT to the whole group, as a terminal's Ctrl-C does.
fn interrupt_group(program: &str) -> (std::process::ExitStatus, String, String) {
    use std::os::unix::process::CommandExt;
    let mut child = ferropy()
        .args(["-u", "-c", program])
        .process_group(0)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    stdout.read_line(&mut first).expect("ready line");
    assert!(first.starts_with("ready"), "{first}");
    std::thread::sleep(Duration::from_millis(300));
    let group = format!("-{}", child.id());
    let sent = Command::new("kill").args(["-INT", "--", &group]).status().expect("kill runs");
    assert!(sent.success());
    let status = child.wait_timeout(Duration::from_secs(30)).expect("wait").expect("exits after SIGINT");
    let mut rest = first;
    stdout.read_to_string(&mut rest).expect("stdout");
    let mut err = String::new();
    child.stderr.take().expect("stderr").read_to_string(&mut err).expect("stderr");
    (status, rest, err)
}

#[test]
fn ctrl_c_during_pool_map_ends_the_workers() {
    // CPython: the parent gets KeyboardInterrupt in map(); leaving the
    // `with` block terminates the pool, and no worker is left running.
    let program = "import multiprocessing as mp, time\ndef slow(x):\n    time.sleep(60)\n    return x\n\
                   if __name__ == '__main__':\n    with mp.Pool(2) as pool:\n        pids = [p.pid for p in \
                   pool._pool]\n        print('ready', *pids)\n        try:\n            pool.map(slow, range(4))\n\
                   \x20       except KeyboardInterrupt:\n            print('caught')\n    \
                   print('children', len(mp.active_children()))\n";
    let (status, out, err) = interrupt_group(program);
    assert!(status.success(), "{status:?} {err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(&lines[1..], ["caught", "children 0"], "{out}");
    for pid in lines[0].split_whitespace().skip(1) {
        let alive = Command::new("kill").args(["-0", pid]).stderr(Stdio::null()).status().expect("kill runs");
        assert!(!alive.success(), "worker {pid} still running");
    }
}

#[test]
fn forking_while_threads_run_leaves_the_child_working() {
    // Other threads hold the GIL in turn, print (stdout's lock) and import
    // while the main thread forks: each child must still run Python,
    // print and import, and exit with its status.
    let program = "import multiprocessing as mp, threading, sys, importlib\nstop = False\ndef busy(i):\n    \
                   while not stop:\n        print('thread', i, file=sys.stderr)\n        \
                   importlib.import_module('json')\nts = [threading.Thread(target=busy, args=(i,)) for i in \
                   range(3)]\nfor t in ts: t.start()\ndef child(n):\n    import decimal, fractions\n    \
                   print('child', n, fractions.Fraction(n, 3))\n    sys.exit(n)\ncodes = []\nfor n in range(8):\n    \
                   p = mp.Process(target=child, args=(n,))\n    p.start(); p.join(20); codes.append(p.exitcode)\n\
                   stop = True\nfor t in ts: t.join()\nprint(codes)\n";
    let mut child = ferropy().args(["-c", program]).stdout(Stdio::piped()).stderr(Stdio::null()).spawn().expect("runs");
    let status = child.wait_timeout(Duration::from_secs(120)).expect("wait").expect("no hang");
    let mut out = String::new();
    child.stdout.take().expect("stdout").read_to_string(&mut out).expect("stdout");
    assert!(status.success(), "{status:?}\n{out}");
    assert!(out.ends_with("[0, 1, 2, 3, 4, 5, 6, 7]\n"), "{out}");
    for n in 0..8 {
        assert!(
            out.contains(&format!("child {n} {n}/3\n"))
                || (n % 3 == 0 && out.contains(&format!("child {n} {}\n", n / 3))),
            "{out}"
        );
    }
}

#[test]
fn spawn_without_the_main_guard_fails_in_the_child_as_cpython() {
    let dir = std::env::temp_dir().join(format!("ferropy-spawn-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let script = dir.join("unguarded.py");
    std::fs::write(
        &script,
        "import multiprocessing as mp\ndef f():\n    print('child ran')\nctx = mp.get_context('spawn')\n\
         p = ctx.Process(target=f)\np.start()\np.join()\nprint('exit', p.exitcode)\n",
    )
    .expect("script");
    let out = ferropy().arg(&script).output().expect("runs");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "exit 1\n");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("RuntimeError: \n        An attempt has been made to start a new process before the\n"),
        "{err}"
    );
}
