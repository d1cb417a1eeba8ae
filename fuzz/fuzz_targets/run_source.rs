//! Feeds arbitrary bytes through decode, parse, compile and run: the bytes
//! are decoded as a source file is (coding cookies, byte order mark),
//! then compiled and executed as `__main__` under a step budget and memory
//! limits, so any input finishes quickly; errors are Python exceptions.
//! What the fuzzer looks for is anything else: a panic, an abort, a hang.
#![no_main]

use libfuzzer_sys::fuzz_target;

use ferropy_runtime::value::Value;
use ferropy_runtime::{Config, Limits, Vm};

fn run(data: &[u8]) {
    let config = Config {
        argv: vec!["fuzz".to_string()],
        path: Vec::new(),
        optimize: 0,
        unbuffered: false,
        inspect: false,
        executable: "ferropy".to_string(),
        no_site: true,
        limits: Limits { max_steps: 20_000, max_alloc_bytes: 16 << 20, max_int_bits: 1 << 20 },
        flags: Default::default(),
    };
    let mut vm = Vm::new(config);
    ferropy_stdlib::install(&mut vm);
    // No system calls on the fuzzing machine's files and processes
    // (`os` is built on `posix`).
    vm.native_modules.remove("posix");
    let module = ferropy_runtime::types::module::new_module(&mut vm, "__main__", None);
    let dict = module.dict.clone().expect("modules have dicts");
    let builtins = Value::Obj(vm.builtins.clone());
    let _ = vm.dict_set_str(&dict, "__builtins__", builtins);
    let modules = vm.modules.clone();
    let _ = vm.dict_set_str(&modules, "__main__", Value::Obj(module));
    let result = vm
        .decode_source(data, "<fuzz>", ferropy_runtime::vm::source::SourceOrigin::Bytes)
        .and_then(|source| vm.compile_source(&source, "<fuzz>", ferropy_compiler::Mode::Exec))
        .and_then(|code| vm.run_code(code, dict, None));
    if let Err(err) = result {
        // Formatting the traceback runs more code (reprs, str()).
        vm.aborting = false;
        vm.steps_left = 20_000;
        vm.print_exception(&err);
    }
    vm.run_finalizers();
    vm.finalize_modules();
}

fuzz_target!(|data: &[u8]| {
    let data = data.to_vec();
    // The interpreter wants a deep stack, as the ferropy binary gives it.
    let worker = std::thread::Builder::new().stack_size(256 << 20).spawn(move || run(&data)).expect("thread");
    if let Err(panic) = worker.join() {
        std::panic::resume_unwind(panic);
    }
});
