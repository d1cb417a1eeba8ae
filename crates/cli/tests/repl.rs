//! The interactive prompt, driven through a pseudo-terminal as a person
//! would use it: prompts, echoed results and `_`, blocks, a traceback
//! followed by a working prompt, Ctrl-C at the prompt and in running
//! code, Ctrl-D and exit().

use std::process::Command;

use rexpect::session::{spawn_command, PtySession};

fn start() -> PtySession {
    start_on("xterm")
}

/// The prompt on a terminal of type `term` (`dumb` has no line editing).
fn start_on(term: &str) -> PtySession {
    let home = std::env::temp_dir().join(format!("ferropy-repl-home-{term}-{}", std::process::id()));
    std::fs::create_dir_all(&home).expect("home");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ferropy"));
    cmd.env("HOME", &home).env("TERM", term);
    let mut session = spawn_command(cmd, Some(20_000)).expect("spawn ferropy");
    session.exp_string("Type \"help\"").expect("banner");
    session.exp_string(">>> ").expect("first prompt");
    session
}

fn run(session: &mut PtySession, line: &str, expect: &str) {
    session.send_line(line).expect("send");
    session.exp_string(expect).unwrap_or_else(|e| panic!("after {line:?} expected {expect:?}: {e}"));
}

/// Ctrl-C in running code: a KeyboardInterrupt traceback, then the prompt.
fn interrupt_a_running_loop(s: &mut PtySession) {
    run(s, "while True: pass", "... ");
    s.send_line("").expect("run the loop");
    std::thread::sleep(std::time::Duration::from_millis(300));
    s.send_control('c').expect("ctrl-c");
    s.exp_string("KeyboardInterrupt").expect("KeyboardInterrupt in running code");
    s.exp_string(">>> ").expect("prompt after interrupting");
}

#[test]
fn results_blocks_and_tracebacks() {
    let mut s = start();
    run(&mut s, "1 + 2", "3");
    run(&mut s, "_ * 10", "30");
    run(&mut s, "def f(x):", "... ");
    run(&mut s, "    return x * 2", "... ");
    s.send_line("").expect("end of block");
    s.exp_string(">>> ").expect("prompt after the block");
    run(&mut s, "f(21)", "42");
    run(&mut s, "1/0", "ZeroDivisionError: division by zero");
    s.exp_string(">>> ").expect("prompt after a traceback");
    run(&mut s, "x = [1,", "... ");
    run(&mut s, "2]", ">>> ");
    run(&mut s, "x", "[1, 2]");
    run(&mut s, "exit()", "");
    s.exp_eof().expect("exit() leaves");
}

#[test]
fn dumb_terminal() {
    let mut s = start_on("dumb");
    run(&mut s, "6 * 7", "42");
    run(&mut s, "_ + 1", "43");
    run(&mut s, "for i in range(2):", "... ");
    run(&mut s, "    print(i * 11)", "... ");
    s.send_line("").expect("end of block");
    s.exp_string("11").expect("the loop ran");
    s.exp_string(">>> ").expect("prompt after the block");
    run(&mut s, "[][0]", "IndexError: list index out of range");
    s.exp_string(">>> ").expect("prompt after a traceback");
    interrupt_a_running_loop(&mut s);
    s.send_control('d').expect("ctrl-d");
    s.exp_eof().expect("ctrl-d leaves");
}

#[test]
fn ctrl_c_and_ctrl_d() {
    let mut s = start();
    // At the prompt: the line is dropped and a new prompt appears.
    s.send("half a line").expect("type");
    s.flush().expect("flush");
    s.send_control('c').expect("ctrl-c");
    s.exp_string("KeyboardInterrupt").expect("KeyboardInterrupt at the prompt");
    s.exp_string(">>> ").expect("prompt after ctrl-c");
    interrupt_a_running_loop(&mut s);
    run(&mut s, "'still here'", "'still here'");
    s.send_control('d').expect("ctrl-d");
    s.exp_eof().expect("ctrl-d leaves");
}

#[test]
fn inspect_after_a_program() {
    let home = std::env::temp_dir().join(format!("ferropy-repl-home-i-{}", std::process::id()));
    std::fs::create_dir_all(&home).expect("home");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ferropy"));
    cmd.args(["-i", "-c", "x = 6"]).env("HOME", &home).env("TERM", "xterm");
    let mut s = spawn_command(cmd, Some(20_000)).expect("spawn ferropy -i");
    s.exp_string(">>> ").expect("prompt after the program");
    run(&mut s, "x * 7", "42");
    s.send_control('d').expect("ctrl-d");
    s.exp_eof().expect("ctrl-d leaves");
}

#[test]
fn lines_pasted_in_one_write_all_run() {
    // As a terminal delivers a paste: all lines in one write, plain or
    // marked as a paste (bracketed paste mode); every line runs, in order.
    let paste = "a = 6\nb = 7\nprint('product', a * b)\nfor i in range(2):\n    print('item', i)\n\nprint('end')\n";
    for text in [paste.to_string(), format!("\x1b[200~{paste}\x1b[201~\n")] {
        let mut s = start();
        s.send(&text).expect("paste");
        s.flush().expect("flush");
        s.exp_string("product 42").expect("the third line ran");
        s.exp_string("item 1").expect("the loop ran");
        s.exp_string("end").expect("the last line ran");
        run(&mut s, "a + b", "13");
        run(&mut s, "exit()", "");
        s.exp_eof().expect("exit() leaves");
    }
}
