//! The interactive prompt: read a statement (more lines while it is
//! incomplete), compile it in "single" mode so expression results are
//! shown (and kept in `_`) by `sys.displayhook`, run it in `__main__`, and
//! print a traceback on error without leaving. Line editing and history
//! come from rustyline; the history lives in `~/.ferropy_history`.

use rustyline::error::ReadlineError;
use rustyline::history::DefaultHistory;
use rustyline::Editor;

use ferropy_compiler::Mode;
use ferropy_runtime::{Obj, PyErr, Value, Vm};

pub fn banner() -> String {
    let (a, b, c) = ferropy_runtime::modules::sys::PY_VERSION;
    format!(
        "ferropy {} (Python {a}.{b}.{c} compatible) on {}\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.",
        ferropy_runtime::modules::sys::FERROPY_VERSION,
        std::env::consts::OS
    )
}

fn history_path() -> Option<std::path::PathBuf> {
    std::env::var_os("HOME").map(|home| std::path::Path::new(&home).join(".ferropy_history"))
}

/// The prompt in `sys.ps1`/`sys.ps2` (set to CPython's if absent).
fn prompt(vm: &mut Vm, name: &str, default: &str) -> String {
    let sys = Value::Obj(vm.sys.clone());
    match vm.get_attr_str(&sys, name) {
        Ok(v) => vm.str_string(&v).unwrap_or_else(|_| default.to_string()),
        Err(_) => {
            let text = vm.new_str(default);
            let _ = vm.set_attr_str(&sys, name, text);
            default.to_string()
        }
    }
}

fn flush_output(vm: &mut Vm) {
    for name in ["stdout", "stderr"] {
        if let Ok(stream) = vm.sys_attr(name) {
            let _ = vm.call_method(&stream, "flush", &[]);
        }
    }
}

/// The message of a SyntaxError, or None for other errors.
fn syntax_error_message(vm: &mut Vm, err: &PyErr) -> Option<String> {
    let syntax_error = vm.exc.syntax_error.clone();
    if !vm.err_matches(err, &syntax_error) {
        return None;
    }
    let msg = vm.get_attr_str(&err.value(), "msg").ok()?;
    vm.str_string(&msg).ok()
}

/// Whether `source` needs more lines before it can run.
fn needs_more(vm: &mut Vm, source: &str) -> bool {
    let last = source.rsplit('\n').next().unwrap_or("");
    let multi_line = source.contains('\n');
    // An empty line ends a block.
    if multi_line && last.trim().is_empty() {
        return false;
    }
    if source.trim_end().ends_with('\\') {
        return true;
    }
    let first = source.lines().next().unwrap_or("").trim_start();
    // A compound statement runs only after an empty line, even when it
    // fits on one (`while x: f()`), as in CPython.
    let first_word = first.split(|c: char| !c.is_alphanumeric() && c != '_').next().unwrap_or("");
    let opens_block = first.trim_end().ends_with(':')
        || first.starts_with('@')
        || ["if", "while", "for", "def", "class", "with", "try", "async"].contains(&first_word);
    match vm.compile_source(source, "<stdin>", Mode::Single) {
        Ok(_) => opens_block,
        Err(err) => match syntax_error_message(vm, &err) {
            Some(msg) => {
                ferropy_runtime::vm::source::INCOMPLETE_MESSAGES.iter().any(|m| msg.contains(m))
                    || (opens_block && multi_line)
            }
            None => false,
        },
    }
}

/// Where lines come from: the line editor on a terminal; otherwise plain
/// lines from stdin, with the prompts on stderr as CPython writes them.
enum Lines {
    /// A paste the terminal marked as one (bracketed paste) comes back as
    /// one multi-line text: its lines wait in `pending`, and each is read
    /// as if typed, in order.
    Editor {
        editor: Box<Editor<(), DefaultHistory>>,
        pending: std::collections::VecDeque<String>,
    },
    Plain,
}

impl Lines {
    fn readline(&mut self, prompt: &str) -> Result<String, ReadlineError> {
        match self {
            Lines::Editor { editor, pending } => {
                if let Some(line) = pending.pop_front() {
                    return Ok(line);
                }
                let text = editor.readline(prompt)?;
                let mut lines = text.split('\n').map(|l| l.trim_end_matches('\r').to_string());
                let first = lines.next().unwrap_or_default();
                pending.extend(lines);
                // A paste ending in a newline leaves an empty last piece,
                // which is the Enter that accepted it, not a line.
                if text.ends_with('\n') {
                    pending.pop_back();
                }
                Ok(first)
            }
            Lines::Plain => {
                eprint!("{prompt}");
                let mut line = String::new();
                match std::io::stdin().read_line(&mut line) {
                    Ok(0) => Err(ReadlineError::Eof),
                    Ok(_) => Ok(line.trim_end_matches(['\n', '\r']).to_string()),
                    Err(e) => Err(ReadlineError::Io(e)),
                }
            }
        }
    }

    fn add_history_entry(&mut self, entry: &str) {
        if let Lines::Editor { editor, .. } = self {
            let _ = editor.add_history_entry(entry);
        }
    }
}

/// Reads one statement; None at end of input (Ctrl-D).
fn read_statement(vm: &mut Vm, editor: &mut Lines) -> Option<String> {
    let ps1 = prompt(vm, "ps1", ">>> ");
    let mut source = loop {
        flush_output(vm);
        match editor.readline(&ps1) {
            Ok(line) => break line,
            Err(ReadlineError::Interrupted) => {
                vm.write_stderr("\nKeyboardInterrupt\n");
                continue;
            }
            Err(_) => return None,
        }
    };
    if source.trim().is_empty() {
        return Some(source);
    }
    while needs_more(vm, &source) {
        let ps2 = prompt(vm, "ps2", "... ");
        match editor.readline(&ps2) {
            Ok(line) => {
                source.push('\n');
                source.push_str(&line);
            }
            Err(ReadlineError::Interrupted) => {
                vm.write_stderr("\nKeyboardInterrupt\n");
                return Some(String::new());
            }
            Err(_) => return None,
        }
    }
    editor.add_history_entry(source.as_str());
    Some(source)
}

/// Runs the prompt in `namespace` (the `__main__` dict) until Ctrl-D or
/// `exit()`. Returns the process's exit status.
pub fn run(vm: &mut Vm, namespace: &Obj, show_banner: bool, exit_code: fn(&mut Vm, &PyErr) -> i32) -> i32 {
    if show_banner {
        vm.write_stderr(&format!("{}\n", banner()));
    }
    use std::io::IsTerminal;
    let history = history_path();
    let mut editor = if std::io::stdin().is_terminal() {
        let Ok(mut editor) = Editor::<(), DefaultHistory>::new() else {
            vm.write_stderr("ferropy: cannot start the line editor\n");
            return 1;
        };
        if let Some(path) = &history {
            let _ = editor.load_history(path);
        }
        Lines::Editor { editor: Box::new(editor), pending: Default::default() }
    } else {
        Lines::Plain
    };
    // `from __future__ import annotations` holds for the rest of the session.
    let mut future_flags = 0u32;
    let status = loop {
        let Some(source) = read_statement(vm, &mut editor) else {
            // End of input ends the prompt's line, as CPython does.
            eprintln!();
            break 0;
        };
        if source.trim().is_empty() {
            continue;
        }
        let result = vm
            .compile_source_with_flags(&format!("{source}\n"), "<stdin>", Mode::Single, future_flags)
            .and_then(|code| {
                future_flags |= code.source.flags;
                vm.run_code(code, namespace.clone(), None).map(|_: Value| ())
            });
        // A Ctrl-C that arrived while nothing was running is forgotten.
        vm.interrupt.store(false, std::sync::atomic::Ordering::Relaxed);
        if let Err(err) = result {
            let system_exit = vm.exc.system_exit.clone();
            if vm.err_matches(&err, &system_exit) {
                break exit_code(vm, &err);
            }
            flush_output(vm);
            vm.print_exception(&err);
        }
    };
    if let (Some(path), Lines::Editor { editor, .. }) = (&history, &mut editor) {
        let _ = editor.save_history(path);
    }
    status
}
