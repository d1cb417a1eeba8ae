//! `ferropy`: run a Python program, as `python3` does.

mod allocator;
mod args;
mod location;
mod repl;

#[global_allocator]
static ALLOCATOR: allocator::MiMalloc = allocator::MiMalloc;

use std::io::{IsTerminal, Read};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use args::{Options, Parsed, Program};
use ferropy_runtime::vm::source::SourceOrigin;
use ferropy_runtime::{Config, Flags, HashSeed, Obj, PyErr, Value, Vm};

/// Stack for the interpreter thread: deep recursion through native code
/// (`__init__` calling constructors, `repr` of nested lists ...) needs more
/// than the default main-thread stack. Only touched pages are committed,
/// but the whole stack is address space: under a limit (`ulimit -v`) it
/// takes a sixth of what is allowed (the allocator reserves over half of
/// a small limit for its first arena, and the binary and libraries need
/// the rest). Running low on stack is a RecursionError whatever its size
/// (the runtime checks what is left).
const INTERPRETER_STACK: usize = 1 << 30;
const SMALLEST_STACK: usize = 8 << 20;

fn interpreter_stack() -> usize {
    match address_space_limit() {
        Some(limit) => (limit / 6).clamp(SMALLEST_STACK, INTERPRETER_STACK),
        None => INTERPRETER_STACK,
    }
}

/// The soft limit on the address space ("Max address space" in
/// /proc/self/limits), None when unlimited or unknown.
fn address_space_limit() -> Option<usize> {
    let limits = std::fs::read_to_string("/proc/self/limits").ok()?;
    let line = limits.lines().find(|l| l.starts_with("Max address space"))?;
    line["Max address space".len()..].split_whitespace().next()?.parse().ok()
}

/// Exit "status" meaning: terminate by SIGINT (exit statuses are 0..=255).
const DIE_BY_SIGINT: i32 = -1;

fn main() {
    // Arguments as CPython decodes them: UTF-8, other bytes escaped.
    let mut argv = std::env::args_os().map(|a| ferropy_runtime::codecs::fs_decode(a.as_bytes()));
    let prog = argv.next().unwrap_or_else(|| "ferropy".to_string());
    let args: Vec<String> = argv.collect();
    let code = match args::parse(&args) {
        Parsed::Help(text) => {
            print!("{}", text.replace("{prog}", &prog));
            0
        }
        Parsed::Version => {
            let (a, b, c) = ferropy_runtime::modules::sys::PY_VERSION;
            println!("Python {a}.{b}.{c} (ferropy {})", ferropy_runtime::modules::sys::FERROPY_VERSION);
            0
        }
        Parsed::Error(msg) => {
            eprintln!("{msg}\n{}\nTry `ferropy -h' for more information.", args::USAGE.replace("{prog}", &prog));
            2
        }
        Parsed::Run(options) => match flags_from(&options) {
            Ok(flags) => start(options, flags),
            Err(fatal) => {
                // CPython's words for a bad setting found before start-up.
                eprintln!("Fatal Python error: {fatal}");
                1
            }
        },
    };
    finish_process(code)
}

fn finish_process(code: i32) -> ! {
    if code == DIE_BY_SIGINT {
        // Like CPython: an uncaught KeyboardInterrupt ends the process by
        // SIGINT, so the shell and parent processes see the interrupt.
        let _ = signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGINT);
        std::process::exit(130);
    }
    std::process::exit(code);
}

/// Runs the interpreter on a thread of its own; its exit status.
fn start(options: Options, flags: Flags) -> i32 {
    // Under a tight address-space limit the stack may not fit: take a
    // smaller one, and when not even the smallest fits, run on this
    // thread and its stack (deep recursion is still a RecursionError: the
    // runtime checks the stack left on whatever thread it runs).
    ferropy_runtime::vm::signals::ignore_file_size_signal();
    let mut stack = interpreter_stack();
    let parent = std::process::id();
    let worker = loop {
        let (for_thread, flags_for_thread) = (options.clone(), flags.clone());
        let spawned = std::thread::Builder::new().name("ferropy".into()).stack_size(stack).spawn(move || {
            let code = run(for_thread, flags_for_thread);
            // In a child made by os.fork this thread is the only one: the
            // thread that would report the exit status does not exist
            // there, so the child ends its process here.
            if std::process::id() != parent {
                finish_process(code);
            }
            code
        });
        match spawned {
            Ok(handle) => break handle,
            Err(_) if stack > SMALLEST_STACK => stack = (stack / 2).max(SMALLEST_STACK),
            Err(_) => return run(options, flags),
        }
    };
    // Signals go to the interpreter's thread (where they interrupt
    // blocking reads), not to this one, which only waits.
    let _ = ferropy_runtime::vm::signals::mask_async_signals(true);
    let finished = worker.join();
    let _ = ferropy_runtime::vm::signals::mask_async_signals(false);
    match finished {
        Ok(code) => code,
        _ => {
            eprintln!("ferropy: internal error (the interpreter thread failed)");
            70
        }
    }
}

/// The environment variable `name` unless -E/-I, and not empty.
fn env_setting(options: &Options, name: &str) -> Option<String> {
    if options.ignore_environment {
        return None;
    }
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// sys.flags and friends from the command line and the environment, or
/// the fatal error CPython reports for a bad setting.
fn flags_from(options: &Options) -> Result<Flags, String> {
    let env = |name: &str| env_setting(options, name);
    let mut flags = Flags {
        debug: options.debug || env("PYTHONDEBUG").is_some(),
        interactive: options.inspect,
        dont_write_bytecode: options.dont_write_bytecode || env("PYTHONDONTWRITEBYTECODE").is_some(),
        no_user_site: options.no_user_site || env("PYTHONNOUSERSITE").is_some(),
        ignore_environment: options.ignore_environment,
        verbose: options.verbose.max(env("PYTHONVERBOSE").map_or(0, |v| v.parse().unwrap_or(1))),
        bytes_warning: options.bytes_warning,
        quiet: options.quiet,
        isolated: options.isolated,
        dev_mode: env("PYTHONDEVMODE").is_some(),
        utf8_mode: env("PYTHONUTF8").is_some_and(|v| v == "1"),
        safe_path: options.safe_path || env("PYTHONSAFEPATH").is_some(),
        skip_first_line: options.skip_first_line,
        int_max_str_digits: None,
        hash_seed: HashSeed::Random,
        warnoptions: Vec::new(),
        xoptions: options.xoptions.clone(),
        io_encoding: (None, None),
    };
    match env("PYTHONHASHSEED").as_deref() {
        None | Some("random") => {}
        Some(text) => match text.parse::<u32>() {
            Ok(n) => flags.hash_seed = HashSeed::Fixed(n),
            Err(_) => {
                return Err("config_init_hash_seed: PYTHONHASHSEED must be \"random\" or an integer in range \
                            [0; 4294967295]\nPython runtime state: preinitialized\n"
                    .to_string())
            }
        },
    }
    let digits_limit = |text: &str, what: &str| -> Result<usize, String> {
        match text.parse::<usize>() {
            Ok(n) if n == 0 || n >= 640 => Ok(n),
            _ => Err(format!(
                "config_init_int_max_str_digits: {what}: invalid limit; must be >= 640 or 0 for unlimited.\n\
                 Python runtime state: preinitialized\n"
            )),
        }
    };
    if let Some(text) = env("PYTHONINTMAXSTRDIGITS") {
        flags.int_max_str_digits = Some(digits_limit(&text, "PYTHONINTMAXSTRDIGITS")?);
    }
    for option in &options.xoptions {
        let (name, value) = option.split_once('=').map_or((option.as_str(), None), |(n, v)| (n, Some(v)));
        match (name, value) {
            ("dev", _) => flags.dev_mode = true,
            ("utf8", None | Some("1")) => flags.utf8_mode = true,
            ("utf8", Some("0")) => flags.utf8_mode = false,
            ("int_max_str_digits", v) => {
                flags.int_max_str_digits = Some(digits_limit(v.unwrap_or(""), "-X int_max_str_digits")?)
            }
            _ => {}
        }
    }
    // sys.warnoptions: -X dev's "default", PYTHONWARNINGS, -W, then -b.
    if flags.dev_mode {
        flags.warnoptions.push("default".to_string());
    }
    if let Some(text) = env("PYTHONWARNINGS") {
        flags.warnoptions.extend(text.split(',').filter(|w| !w.is_empty()).map(str::to_string));
    }
    flags.warnoptions.extend(options.warnoptions.iter().cloned());
    // -b and -bb come last, so their filter is the first consulted.
    match flags.bytes_warning {
        0 => {}
        1 => flags.warnoptions.push("default::BytesWarning".to_string()),
        _ => flags.warnoptions.push("error::BytesWarning".to_string()),
    }
    // PYTHONIOENCODING=encoding[:errors], either part may be empty.
    if let Some(text) = env("PYTHONIOENCODING") {
        let (encoding, errors) = text.split_once(':').map_or((text.as_str(), ""), |(e, r)| (e, r));
        let encoding = (!encoding.is_empty()).then(|| encoding.to_string());
        if let Some(name) = &encoding {
            if ferropy_runtime::codecs::Codec::lookup(name).is_none() {
                return Err(format!(
                    "init_stdio_encoding: failed to get the Python codec name of the stdio encoding\n\
                     Python runtime state: core initialized\nLookupError: unknown encoding: {name}\n\n\
                     Current thread 0x{:016x} (most recent call first):\n  <no Python frame>",
                    std::process::id()
                ));
            }
        }
        flags.io_encoding = (encoding, (!errors.is_empty()).then(|| errors.to_string()));
    }
    Ok(flags)
}

/// A path as Python text: the file-system encoding, odd bytes escaped.
fn path_text(path: &Path) -> String {
    ferropy_runtime::codecs::fs_decode(path.as_os_str().as_bytes())
}

/// Python text as a path (the inverse of `path_text`).
fn os_path(text: &str) -> PathBuf {
    match ferropy_runtime::codecs::fs_encode_path(text) {
        Some(bytes) => PathBuf::from(std::ffi::OsStr::from_bytes(&bytes)),
        None => PathBuf::from(text),
    }
}

fn absolute(path: &str) -> String {
    std::path::absolute(os_path(path)).map(|p| path_text(&p)).unwrap_or_else(|_| path.to_string())
}

fn search_path(options: &Options, safe_path: bool) -> Vec<String> {
    let first = match &options.program {
        // -P, -I: nothing that the user's directory could plant.
        _ if safe_path => None,
        // A directory runs its __main__.py with itself first on the path.
        Program::Script(path) if os_path(path).is_dir() => Some(absolute(path)),
        Program::Script(path) => {
            let abs = absolute(path);
            Some(os_path(&abs).parent().map(path_text).unwrap_or_default())
        }
        Program::Module(_) => Some(std::env::current_dir().map(|p| path_text(&p)).unwrap_or_default()),
        _ => Some(String::new()),
    };
    let mut path: Vec<String> = first.into_iter().collect();
    if let Some(pp) = env_setting(options, "PYTHONPATH") {
        path.extend(pp.split(':').filter(|p| !p.is_empty()).map(str::to_string));
    }
    path
}

fn run(options: Options, flags: Flags) -> i32 {
    let unbuffered = options.unbuffered || env_setting(&options, "PYTHONUNBUFFERED").is_some();
    let location = location::Location::find();
    let config = Config {
        argv: options.argv.clone(),
        path: search_path(&options, flags.safe_path),
        optimize: options.optimize,
        unbuffered,
        inspect: options.inspect,
        executable: path_text(&location.executable),
        base_executable: path_text(&location.base_executable),
        prefix: path_text(&location.prefix),
        base_prefix: path_text(&location.base_prefix),
        no_site: options.no_site,
        limits: Default::default(),
        flags,
    };
    let mut vm = Vm::new(config);
    ferropy_stdlib::install(&mut vm);
    let _ = vm.catch_signal(signal_hook::consts::SIGINT);
    if !options.no_site {
        // site-packages, .pth files, sitecustomize, and exit/quit/help.
        if let Err(err) = vm.import_module("site") {
            vm.print_exception(&err);
        }
    }

    // No program: the prompt, on a terminal or when -i forces it (then
    // reading plain lines from a pipe), after PYTHONSTARTUP.
    let interactive = options.program == Program::Interactive && (std::io::stdin().is_terminal() || options.inspect);
    if interactive {
        let namespace = match main_namespace(&mut vm, None) {
            Ok(ns) => ns,
            Err(err) => return exit_code(&mut vm, &err),
        };
        if !options.quiet {
            vm.write_stderr(&format!("{}\n", repl::banner()));
        }
        run_startup_file(&mut vm, &options, &namespace);
        run_interactive_hook(&mut vm);
        let code = repl::run(&mut vm, &namespace, false, exit_code);
        return finish(&mut vm, code);
    }
    // -v announces the interpreter before the program, as CPython does.
    if vm.config.flags.verbose > 0 && !options.quiet {
        vm.write_stderr(&format!("{}\n", repl::banner()));
    }
    // A directory or zip archive runs its __main__ module through the
    // import system, as CPython does.
    if let Program::Script(path) = &options.program {
        let abs = absolute(path);
        if is_importable_path(&mut vm, &abs) {
            let namespace = match main_namespace(&mut vm, None) {
                Ok(ns) => ns,
                Err(err) => return exit_code(&mut vm, &err),
            };
            let result = run_main_from_path(&mut vm, &abs);
            return finish_program(&mut vm, &options, result, Some(namespace));
        }
    }
    let file = match &options.program {
        Program::Script(path) => Some(absolute(path)),
        Program::Stdin | Program::Interactive => Some("<stdin>".to_string()),
        _ => None,
    };
    let namespace = match &options.program {
        Program::Module(_) => None,
        _ => match main_namespace(&mut vm, file.as_deref()) {
            Ok(ns) => Some(ns),
            Err(err) => return exit_code(&mut vm, &err),
        },
    };
    let result = match (&options.program, &namespace, &file) {
        (Program::Script(_), Some(ns), Some(abs)) => match std::fs::read(os_path(abs)) {
            Ok(bytes) => run_bytes(&mut vm, &bytes, abs, SourceOrigin::File, ns),
            Err(e) => {
                let (errno, msg) = os_message(&e);
                eprintln!("{}: can't open file '{abs}': [Errno {errno}] {msg}", vm.config.executable);
                return 2;
            }
        },
        (Program::Command(code), Some(ns), _) => run_source(&mut vm, code, "<string>", ns),
        (Program::Module(name), _, _) => run_module(&mut vm, name),
        (_, Some(ns), _) => {
            let mut source = Vec::new();
            match std::io::stdin().read_to_end(&mut source) {
                Ok(_) => run_bytes(&mut vm, &source, "<stdin>", stdin_origin(), ns),
                Err(e) => Err(ferropy_runtime::types::file::os_error_from(&mut vm, &e, None)),
            }
        }
        (_, None, _) => Ok(()),
    };
    finish_program(&mut vm, &options, result, namespace)
}

/// Whether a script argument is a directory or a zip archive: a sys.path
/// entry with a `__main__` module to run (CPython asks its path hooks;
/// a file is one when zipimport accepts it).
fn is_importable_path(vm: &mut Vm, abs: &str) -> bool {
    if os_path(abs).is_dir() {
        return true;
    }
    let Ok(zipimport) = vm.import_module("zipimport") else { return false };
    let Ok(importer) = vm.get_attr_str(&zipimport, "zipimporter") else { return false };
    let path = vm.new_str(abs);
    vm.call(&importer, &[path]).is_ok()
}

/// Runs the `__main__` module of a directory or zip archive put first on
/// sys.path (even under -P and -I, as in CPython), through runpy.
fn run_main_from_path(vm: &mut Vm, abs: &str) -> Result<(), PyErr> {
    let sys = Value::Obj(vm.sys.clone());
    let sys_path = vm.get_attr_str(&sys, "path")?;
    let entry = vm.new_str(abs);
    if vm.config.flags.safe_path {
        vm.call_method(&sys_path, "insert", &[Value::Int(0), entry])?;
    } else {
        vm.call_method(&sys_path, "__setitem__", &[Value::Int(0), entry])?;
    }
    run_as_main(vm, "__main__", false)
}

/// `runpy._run_module_as_main(name, alter_argv)`: runs a module found by
/// the import system in the `__main__` namespace.
fn run_as_main(vm: &mut Vm, name: &str, alter_argv: bool) -> Result<(), PyErr> {
    let runpy = vm.import_module("runpy")?;
    let run = vm.get_attr_str(&runpy, "_run_module_as_main")?;
    let name = vm.new_str(name);
    vm.call(&run, &[name, Value::bool(alter_argv)])?;
    Ok(())
}

/// After the program: -i's prompt in its namespace, then finalization
/// and the exit status.
fn finish_program(vm: &mut Vm, options: &Options, result: Result<(), PyErr>, namespace: Option<Obj>) -> i32 {
    // -i: look around in the program's namespace after it ends.
    if options.inspect {
        if let Some(ns) = &namespace {
            if let Err(err) = &result {
                flush_stdout(vm);
                vm.print_exception(err);
            }
            run_interactive_hook(vm);
            let code = repl::run(vm, ns, false, exit_code);
            return finish(vm, code);
        }
    }
    let code = match result {
        Ok(()) => 0,
        Err(err) => exit_code(vm, &err),
    };
    finish(vm, code)
}

/// The process's exit status after finalization: 120 when the standard
/// output could not be flushed, as CPython's.
fn finish(vm: &mut Vm, code: i32) -> i32 {
    if shutdown(vm) || code == DIE_BY_SIGINT {
        code
    } else {
        120
    }
}

/// Creates `__main__` (registered in `sys.modules`) and returns its dict.
fn main_namespace(vm: &mut Vm, file: Option<&str>) -> Result<Obj, PyErr> {
    let module = ferropy_runtime::types::module::new_module(vm, "__main__", None);
    let dict = module.dict.clone().expect("modules have dicts");
    vm.dict_set_str(&dict, "__builtins__", Value::Obj(vm.builtins.clone()))?;
    let annotations = Value::Obj(vm.new_dict());
    vm.dict_set_str(&dict, "__annotations__", annotations)?;
    // A script's loader is a SourceFileLoader; code from -c, stdin or the
    // prompt has BuiltinImporter's, as in CPython.
    let external = vm.import_module("_frozen_importlib_external")?;
    if let Some(f) = file {
        let path = vm.new_str(f);
        vm.dict_set_str(&dict, "__file__", path)?;
        vm.dict_set_str(&dict, "__cached__", Value::None)?;
    }
    let loader = match file.filter(|f| !f.starts_with('<')) {
        Some(f) => {
            let path = vm.new_str(f);
            let class = vm.get_attr_str(&external, "SourceFileLoader")?;
            let name = vm.new_str("__main__");
            vm.call(&class, &[name, path])?
        }
        None => {
            let bootstrap = vm.import_module("_frozen_importlib")?;
            vm.get_attr_str(&bootstrap, "BuiltinImporter")?
        }
    };
    vm.dict_set_str(&dict, "__loader__", loader)?;
    let modules = vm.modules.clone();
    vm.dict_set_str(&modules, "__main__", Value::Obj(module))?;
    Ok(dict)
}

/// Runs source in the `__main__` namespace.
fn run_source(vm: &mut Vm, source: &str, filename: &str, namespace: &Obj) -> Result<(), PyErr> {
    let code = vm.compile_file_source(source, filename)?;
    vm.run_code(code, namespace.clone(), None)?;
    Ok(())
}

/// An OS error's number and its C library text (as `[Errno N] text`).
fn os_message(e: &std::io::Error) -> (i32, String) {
    let errno = e.raw_os_error().unwrap_or(0);
    (errno, ferropy_runtime::types::file::strerror(errno))
}

/// `sys.__interactivehook__()` (set by site) before the first prompt, as
/// CPython calls it; an error in it is reported and the prompt comes.
fn run_interactive_hook(vm: &mut Vm) {
    let sys = Value::Obj(vm.sys.clone());
    let Ok(hook) = vm.get_attr_str(&sys, "__interactivehook__") else { return };
    if let Err(err) = vm.call(&hook, &[]) {
        vm.write_stderr("Failed calling sys.__interactivehook__\n");
        vm.print_exception(&err);
    }
}

/// PYTHONSTARTUP: a file run in `__main__` before the first prompt (not
/// with -E/-I); its errors are printed and the prompt comes all the same.
fn run_startup_file(vm: &mut Vm, options: &Options, namespace: &Obj) {
    let Some(path) = env_setting(options, "PYTHONSTARTUP") else { return };
    let result = match std::fs::read(os_path(&path)) {
        Ok(bytes) => run_bytes(vm, &bytes, &path, SourceOrigin::File, namespace),
        Err(e) => {
            let (errno, msg) = os_message(&e);
            vm.write_stderr(&format!(
                "Could not open PYTHONSTARTUP\nFileNotFoundError: [Errno {errno}] {msg}: '{path}'\n"
            ));
            return;
        }
    };
    if let Err(err) = result {
        flush_stdout(vm);
        vm.print_exception(&err);
    }
}

/// Runs a source file's bytes (decoded as its coding cookie says).
fn run_bytes(vm: &mut Vm, bytes: &[u8], filename: &str, origin: SourceOrigin, namespace: &Obj) -> Result<(), PyErr> {
    // -x: the first line is not Python (line numbers still count it).
    let bytes = match bytes.iter().position(|&b| b == b'\n') {
        Some(end) if vm.config.flags.skip_first_line => &bytes[end..],
        None if vm.config.flags.skip_first_line => &[],
        _ => bytes,
    };
    let source = vm.decode_source(bytes, filename, origin)?;
    run_source(vm, &source, filename, namespace)
}

/// Standard input as a source: a regular file, or something that cannot
/// be read again (a pipe, a terminal).
fn stdin_origin() -> SourceOrigin {
    use std::os::fd::AsFd;
    let regular = std::io::stdin()
        .as_fd()
        .try_clone_to_owned()
        .and_then(|fd| std::fs::File::from(fd).metadata())
        .is_ok_and(|m| m.is_file());
    if regular {
        SourceOrigin::File
    } else {
        SourceOrigin::Pipe
    }
}

/// `-m name`: runs a module (or a package's `__main__`) as `__main__`,
/// through runpy as CPython does.
fn run_module(vm: &mut Vm, name: &str) -> Result<(), PyErr> {
    main_namespace(vm, None)?;
    run_as_main(vm, name, true)
}

/// The exit status for an uncaught exception, printing what CPython prints.
fn exit_code(vm: &mut Vm, err: &PyErr) -> i32 {
    let system_exit = vm.exc.system_exit.clone();
    if vm.err_matches(err, &system_exit) {
        let code = err.exc.dict.clone().and_then(|d| vm.dict_get_str(&d, "code").ok().flatten()).unwrap_or(Value::None);
        return match code {
            Value::None => 0,
            // The OS keeps the low byte, as it would for CPython.
            Value::Int(i) => (i & 0xff) as i32,
            Value::Bool(b) => b.get() as i32,
            // An int subclass (an IntEnum member) by its value; beyond a C
            // long CPython's conversion gives -1: status 255.
            ref int => match ferropy_runtime::types::int::as_int(int) {
                Some(ferropy_runtime::types::int::IntVal::Small(i)) => (i & 0xff) as i32,
                Some(ferropy_runtime::types::int::IntVal::Big(_)) => 255,
                None => {
                    if let Ok(text) = vm.str_string(int) {
                        flush_stdout(vm);
                        vm.write_stderr(&format!("{text}\n"));
                    }
                    1
                }
            },
        };
    }
    flush_stdout(vm);
    vm.print_exception(err);
    let interrupt = vm.exc.keyboard_interrupt.clone();
    if vm.err_matches(err, &interrupt) {
        return DIE_BY_SIGINT;
    }
    1
}

fn flush_stdout(vm: &mut Vm) {
    if let Ok(out) = vm.sys_attr("stdout") {
        let _ = vm.call_method(&out, "flush", &[]);
    }
}

/// Ends the interpreter as CPython's finalization does; false when
/// flushing `sys.stdout` failed (reported as "Exception ignored in: ..."),
/// which makes the exit status 120.
fn shutdown(vm: &mut Vm) -> bool {
    let _ = vm.run_pending();
    // As CPython: wait for the threads that are not daemons, then run the
    // atexit handlers, then tear the modules down; daemon threads still
    // running stop where they are (they never get the GIL back).
    let modules = vm.modules.clone();
    for (module, function) in [("threading", "_shutdown"), ("atexit", "_run_exitfuncs")] {
        if let Ok(Some(module)) = vm.dict_get_str(&modules, module) {
            match vm.get_attr_str(&module, function).and_then(|run| vm.call(&run, &[])) {
                Ok(_) => {}
                Err(err) => vm.print_exception(&err),
            }
        }
    }
    ferropy_runtime::gil::begin_finalizing();
    let flushed = flush_std_streams(vm);
    vm.run_finalizers();
    vm.finalize_modules();
    flush_std_streams(vm);
    for name in ["__stdout__", "__stderr__"] {
        if let Ok(stream) = vm.sys_attr(name) {
            ferropy_runtime::types::file::flush_value(&stream);
        }
    }
    flushed
}

/// Flushes `sys.stdout` and `sys.stderr` unless closed; an error flushing
/// stdout is reported, one flushing stderr is not (nowhere to report it).
fn flush_std_streams(vm: &mut Vm) -> bool {
    let mut ok = true;
    for name in ["stdout", "stderr"] {
        let Ok(stream) = vm.sys_attr(name) else { continue };
        if stream.is_none() {
            continue;
        }
        let closed = vm.get_attr_str(&stream, "closed").and_then(|c| vm.truthy(&c)).unwrap_or(false);
        if closed {
            continue;
        }
        if let Err(err) = vm.call_method(&stream, "flush", &[]) {
            ok = false;
            if name == "stdout" {
                vm.report_unraisable(&err, Some(&stream));
            }
        }
    }
    ok
}
