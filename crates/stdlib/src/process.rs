//! `_process`: child processes for `subprocess`, on std::process.
//!
//! `spawn(argv, cwd, env, stdin, stdout, stderr, options)` starts a
//! program; each stream mode is 0 (inherit), 1 (a pipe), 2 (/dev/null),
//! and for stderr 3 (into the stdout pipe); `options` sets up the child
//! (descriptors kept or closed, session, process group, umask, ids). `Child.take_pipes()` hands our ends of the
//! pipes to Python as descriptors (Popen's file objects); `Child.
//! communicate(input, timeout, stdin, stdout, stderr)` then writes stdin and
//! reads stdout/stderr on threads, so no pipe can fill up and block the
//! child, and the caller waits up to `timeout` seconds (None: for ever). A timeout
//! leaves the child running and keeps what was read, as CPython's
//! communicate does. Exit statuses are Python's: the code, or minus the
//! signal that ended the process.

use std::cell::RefCell;
use std::io::{Read, Write};
use std::os::unix::process::ExitStatusExt;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use ferropy_runtime::object::{NativeData, Payload};
use ferropy_runtime::protocol::args;
use ferropy_runtime::types::builtin_function::{KwArgs, NativeFn};
use ferropy_runtime::types::bytes::new_bytes;
use ferropy_runtime::{Obj, PyResult, Value, Vm};

/// Output read so far on the reader threads.
type Collected = mpsc::Receiver<(u8, Vec<u8>)>;
/// What stdout and stderr delivered (None: not a pipe, or not read yet).
type Output = (Option<Vec<u8>>, Option<Vec<u8>>);

struct Process {
    child: RefCell<Child>,
    status: RefCell<Option<ExitStatus>>,
    /// The pipe that stdout and stderr share (stderr=STDOUT).
    merged: RefCell<Option<std::io::PipeReader>>,
    /// Readers started by the first communicate(), kept across timeouts.
    readers: RefCell<Option<(Collected, usize)>>,
    out: RefCell<Output>,
}

impl NativeData for Process {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn process<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a Process> {
    if let Some(Payload::Native(n)) = v.payload() {
        if let Some(p) = n.as_any().downcast_ref::<Process>() {
            return Ok(p);
        }
    }
    Err(vm.type_error("expected a _process.Child"))
}

fn os_string(vm: &mut Vm, v: &Value) -> PyResult<std::ffi::OsString> {
    use std::os::unix::ffi::OsStringExt;
    if let Some(s) = ferropy_runtime::types::str::as_str(v) {
        return Ok(std::ffi::OsString::from_vec(ferropy_runtime::codecs::fs_encode(vm, s)?.into_owned()));
    }
    match ferropy_runtime::types::bytes::as_bytes_like(v) {
        Some(b) => Ok(std::ffi::OsString::from_vec(b)),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("expected str, bytes or os.PathLike object, not {tn}")))
        }
    }
}

/// How a child's standard stream is connected: 0 inherited, 1 a pipe,
/// 2 /dev/null, 3 (stderr) with stdout; `("fd", n)` a descriptor of ours.
enum StreamMode {
    Inherit,
    Pipe,
    Null,
    WithStdout,
    Descriptor(i64),
}

fn stream_mode(vm: &mut Vm, v: &Value) -> PyResult<StreamMode> {
    if let Some(Payload::Tuple(items)) = v.payload() {
        if let Some(fd) = items.get(1) {
            return Ok(StreamMode::Descriptor(ferropy_runtime::protocol::number::index_i64(vm, fd)?));
        }
    }
    Ok(match ferropy_runtime::protocol::number::index_i64(vm, v)? {
        1 => StreamMode::Pipe,
        2 => StreamMode::Null,
        3 => StreamMode::WithStdout,
        _ => StreamMode::Inherit,
    })
}

fn stdio(vm: &mut Vm, mode: &StreamMode) -> PyResult<Stdio> {
    Ok(match mode {
        StreamMode::Pipe => Stdio::piped(),
        StreamMode::Null => Stdio::null(),
        StreamMode::Descriptor(fd) => match ferropy_runtime::types::file::duplicate_descriptor(*fd) {
            Ok(owned) => Stdio::from(owned),
            Err(e) => return Err(os_error(vm, &e, None)),
        },
        StreamMode::Inherit | StreamMode::WithStdout => Stdio::inherit(),
    })
}

use ferropy_runtime::types::file::os_error_from as os_error;

fn code_of(status: ExitStatus) -> i64 {
    match (status.code(), status.signal()) {
        (Some(code), _) => code as i64,
        (None, Some(signal)) => -(signal as i64),
        _ => -1,
    }
}

/// `spawn(argv, cwd, env, stdin, stdout, stderr)` -> Child.
/// What the child does between fork and exec (Popen's close_fds,
/// pass_fds, start_new_session, process_group, umask, user, group and
/// extra_groups).
#[derive(Default)]
struct ChildSetup {
    close_fds: bool,
    pass_fds: Vec<libc::c_int>,
    new_session: bool,
    umask: Option<libc::mode_t>,
    extra_groups: Option<Vec<libc::gid_t>>,
}

impl ChildSetup {
    /// Runs in the child after fork: only async-signal-safe system calls.
    fn apply(&self) -> std::io::Result<()> {
        // SAFETY (every call below): plain system calls on integers and
        // on memory this struct owns, allowed between fork and exec.
        unsafe {
            // The interpreter ignores SIGXFSZ; the program gets the default
            // back (CPython's restore_signals).
            libc::signal(libc::SIGXFSZ, libc::SIG_DFL);
            if self.new_session && libc::setsid() < 0 {
                return Err(std::io::Error::last_os_error());
            }
            if let Some(mask) = self.umask {
                libc::umask(mask);
            }
            if let Some(groups) = &self.extra_groups {
                if libc::setgroups(groups.len(), groups.as_ptr()) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
            }
            if self.close_fds {
                // Every descriptor above 2 closes at exec; close_range
                // marks them all in one call where the kernel has it.
                let all_marked = libc::syscall(libc::SYS_close_range, 3u32, u32::MAX, libc::CLOSE_RANGE_CLOEXEC) == 0;
                if !all_marked {
                    let max = libc::sysconf(libc::_SC_OPEN_MAX).clamp(256, 65536) as libc::c_int;
                    for fd in 3..max {
                        libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC);
                    }
                }
            }
            // pass_fds stay open in the program.
            for &fd in &self.pass_fds {
                let flags = libc::fcntl(fd, libc::F_GETFD);
                if flags >= 0 {
                    libc::fcntl(fd, libc::F_SETFD, flags & !libc::FD_CLOEXEC);
                }
            }
        }
        Ok(())
    }
}

/// The child setup from spawn's options tuple: (close_fds, pass_fds,
/// start_new_session, process_group, umask, uid, gid, extra_groups),
/// None for options not given.
fn child_setup(vm: &mut Vm, command: &mut Command, options: &Value) -> PyResult<ChildSetup> {
    use std::os::unix::process::CommandExt;
    let items = vm.collect(options)?;
    if items.len() != 8 {
        return Err(vm.type_error("spawn() options must be an 8-tuple"));
    }
    let int = |vm: &mut Vm, v: &Value| ferropy_runtime::protocol::number::index_i64(vm, v);
    let mut setup = ChildSetup { close_fds: vm.truthy(&items[0])?, ..ChildSetup::default() };
    for fd in vm.collect(&items[1])? {
        setup.pass_fds.push(int(vm, &fd)? as libc::c_int);
    }
    setup.new_session = vm.truthy(&items[2])?;
    if !items[3].is_none() {
        command.process_group(int(vm, &items[3])? as i32);
    }
    if !items[4].is_none() {
        let mask = int(vm, &items[4])?;
        if mask >= 0 {
            setup.umask = Some(mask as libc::mode_t);
        }
    }
    if !items[5].is_none() {
        command.uid(int(vm, &items[5])? as u32);
    }
    if !items[6].is_none() {
        command.gid(int(vm, &items[6])? as u32);
    }
    if !items[7].is_none() {
        let mut groups = Vec::new();
        for g in vm.collect(&items[7])? {
            groups.push(int(vm, &g)? as libc::gid_t);
        }
        setup.extra_groups = Some(groups);
    }
    Ok(setup)
}

fn spawn(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "spawn", a, 7, 7)?;
    let argv = vm.collect(&a[0])?;
    if argv.is_empty() {
        return Err(vm.value_error("spawn() needs a program"));
    }
    let program = os_string(vm, &argv[0])?;
    let mut command = Command::new(&program);
    for arg in &argv[1..] {
        let arg = os_string(vm, arg)?;
        command.arg(arg);
    }
    if !a[1].is_none() {
        let cwd = os_string(vm, &a[1])?;
        command.current_dir(cwd);
    }
    if !a[2].is_none() {
        command.env_clear();
        let Value::Obj(env) = &a[2] else {
            return Err(vm.type_error("env must be a dict"));
        };
        for (key, value) in ferropy_runtime::types::dict::dict_items(env) {
            let key = os_string(vm, &key)?;
            let value = os_string(vm, &value)?;
            command.env(key, value);
        }
    }
    let setup = child_setup(vm, &mut command, &a[6])?;
    // SAFETY: the closure runs in the child between fork and exec and
    // makes only async-signal-safe system calls (ChildSetup::apply).
    unsafe {
        std::os::unix::process::CommandExt::pre_exec(&mut command, move || setup.apply());
    }
    let modes: Vec<StreamMode> = a[3..6].iter().map(|v| stream_mode(vm, v)).collect::<PyResult<_>>()?;
    let stdin = stdio(vm, &modes[0])?;
    command.stdin(stdin);
    if let (StreamMode::Descriptor(fd), StreamMode::WithStdout) = (&modes[1], &modes[2]) {
        // stdout and stderr both to the same descriptor.
        let (out, err) = (stdio(vm, &StreamMode::Descriptor(*fd))?, stdio(vm, &StreamMode::Descriptor(*fd))?);
        command.stdout(out).stderr(err);
        let child = spawned(vm, &mut command, &program)?;
        drop(command);
        return child_value(vm, child, None);
    }
    if matches!(modes[2], StreamMode::WithStdout) {
        // stderr into the same pipe as stdout.
        let (reader, writer) = std::io::pipe().map_err(|e| os_error(vm, &e, None))?;
        let second = writer.try_clone().map_err(|e| os_error(vm, &e, None))?;
        command.stdout(writer).stderr(second);
        let child = spawned(vm, &mut command, &program)?;
        // Our copies of the write ends go, so the reader sees the end.
        drop(command);
        return child_value(vm, child, Some(reader));
    }
    let (stdout, stderr) = (stdio(vm, &modes[1])?, stdio(vm, &modes[2])?);
    command.stdout(stdout).stderr(stderr);
    let child = spawned(vm, &mut command, &program)?;
    // Our duplicates of the descriptors go now; the child has its own.
    drop(command);
    child_value(vm, child, None)
}

fn spawned(vm: &mut Vm, command: &mut Command, program: &std::ffi::OsStr) -> PyResult<Child> {
    command.spawn().map_err(|e| {
        use std::os::unix::ffi::OsStrExt;
        let name = vm.new_str(ferropy_runtime::codecs::fs_decode(program.as_bytes()));
        os_error(vm, &e, Some(&name))
    })
}

fn child_value(vm: &mut Vm, child: Child, merged: Option<std::io::PipeReader>) -> PyResult<Value> {
    let cls = ferropy_runtime::types::module::class_in_module(vm, "_process", "Child")?;
    let process = Process {
        child: RefCell::new(child),
        status: RefCell::new(None),
        merged: RefCell::new(merged),
        readers: RefCell::new(None),
        out: RefCell::new((None, None)),
    };
    let obj = ferropy_runtime::types::object::alloc_instance(vm, &cls, Payload::Native(Box::new(process)));
    Ok(Value::Obj(obj))
}

/// Starts the threads that write `input` and read the output pipes.
fn start_readers(p: &Process, input: Option<Vec<u8>>) {
    if p.readers.borrow().is_some() {
        return;
    }
    let (tx, rx) = mpsc::channel();
    let mut child = p.child.borrow_mut();
    if let Some(mut stdin) = child.stdin.take() {
        let data = input.unwrap_or_default();
        std::thread::spawn(move || {
            let _ = stdin.write_all(&data);
        });
    }
    let mut streams: Vec<(u8, Box<dyn Read + Send>)> = Vec::new();
    if let Some(out) = child.stdout.take() {
        streams.push((1, Box::new(out)));
    }
    if let Some(err) = child.stderr.take() {
        streams.push((2, Box::new(err)));
    }
    let count = streams.len();
    for (which, mut stream) in streams {
        let tx = tx.clone();
        std::thread::spawn(move || {
            let mut data = Vec::new();
            let _ = stream.read_to_end(&mut data);
            let _ = tx.send((which, data));
        });
    }
    *p.readers.borrow_mut() = Some((rx, count));
}

/// Waits for the child until `deadline`; true if it has ended. Signals
/// are handled while waiting (Ctrl-C is KeyboardInterrupt here).
fn wait_until(vm: &mut Vm, p: &Process, deadline: Option<Instant>) -> PyResult<bool> {
    if p.status.borrow().is_some() {
        return Ok(true);
    }
    loop {
        let polled = p.child.borrow_mut().try_wait();
        if let Some(status) = polled.map_err(|e| os_error(vm, &e, None))? {
            *p.status.borrow_mut() = Some(status);
            return Ok(true);
        }
        if deadline.is_some_and(|d| Instant::now() >= d) {
            return Ok(false);
        }
        vm.allow_threads(|| std::thread::sleep(Duration::from_millis(2)));
        vm.run_pending()?;
    }
}

/// How long a wait for output goes before looking at signals.
const SIGNAL_CHECK: Duration = Duration::from_millis(50);

fn deadline_of(vm: &mut Vm, v: &Value) -> PyResult<Option<Instant>> {
    if v.is_none() || v.is_undef() {
        return Ok(None);
    }
    let seconds = ferropy_runtime::types::float::float_from_value(vm, v)?;
    Ok(Some(Instant::now() + Duration::from_secs_f64(seconds.max(0.0))))
}

/// Collects the output once the pipes are the readers' -> (stdout, stderr,
/// done): None for streams that are not pipes; done is False when the
/// timeout passed first. `a` is (child, input, timeout).
fn collect_output(vm: &mut Vm, a: &[Value]) -> PyResult<Value> {
    let p = process(vm, &a[0])?;
    let input = if a[1].is_none() { None } else { ferropy_runtime::types::bytes::as_bytes_like(&a[1]) };
    let deadline = deadline_of(vm, &a[2])?;
    start_readers(p, input);
    // Collect what the readers have finished, until all are or time is up.
    loop {
        // The receiver leaves the object while this thread waits with the
        // GIL released (another thread may look at the object meanwhile).
        let Some((rx, left)) = p.readers.borrow_mut().take() else { break };
        if left == 0 {
            *p.readers.borrow_mut() = Some((rx, left));
            break;
        }
        let slice = match deadline {
            Some(d) => d.saturating_duration_since(Instant::now()).min(SIGNAL_CHECK),
            None => SIGNAL_CHECK,
        };
        let (rx, received) = vm.allow_threads(move || {
            let got = rx.recv_timeout(slice);
            (rx, got)
        });
        let left = if received.is_ok() { left - 1 } else { left };
        *p.readers.borrow_mut() = Some((rx, left));
        match received {
            Ok((which, data)) => {
                let mut out = p.out.borrow_mut();
                let slot = if which == 1 { &mut out.0 } else { &mut out.1 };
                slot.get_or_insert_with(Vec::new).extend(data);
            }
            Err(mpsc::RecvTimeoutError::Timeout) if deadline.is_none_or(|d| Instant::now() < d) => vm.run_pending()?,
            Err(_) => return finish(vm, p, false),
        }
    }
    let done = wait_until(vm, p, deadline)?;
    finish(vm, p, done)
}

fn finish(vm: &mut Vm, p: &Process, done: bool) -> PyResult<Value> {
    let out = p.out.borrow();
    let as_value = |o: &Option<Vec<u8>>| o.as_ref().map(|d| new_bytes(d.clone())).unwrap_or(Value::None);
    let items = vec![as_value(&out.0), as_value(&out.1), Value::bool(done)];
    Ok(vm.new_tuple(items))
}

/// `Child.wait(timeout)` -> the return code, or None if time ran out.
fn child_wait(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "wait", a, 2, 2)?;
    let p = process(vm, &a[0])?;
    let deadline = deadline_of(vm, &a[1])?;
    match wait_until(vm, p, deadline)? {
        true => Ok(Value::Int(code_of(p.status.borrow().expect("status after wait")))),
        false => Ok(Value::None),
    }
}

/// `Child.poll()` -> the return code, or None while it runs.
fn child_poll(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let p = process(vm, &a[0])?;
    let deadline = Some(Instant::now());
    match wait_until(vm, p, deadline)? {
        true => Ok(Value::Int(code_of(p.status.borrow().expect("status after poll")))),
        false => Ok(Value::None),
    }
}

/// `Child.take_pipes()` -> (stdin, stdout, stderr): the descriptors of
/// our ends of the pipes (None where a stream is not a pipe), handed to
/// the caller, which makes file objects owning them (Popen.stdin ...).
fn child_take_pipes(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    use std::os::fd::IntoRawFd;
    let p = process(vm, &a[0])?;
    let mut child = p.child.borrow_mut();
    let fd = |fd: Option<i32>| fd.map(|n| Value::Int(n as i64)).unwrap_or(Value::None);
    let stdin = fd(child.stdin.take().map(|s| s.into_raw_fd()));
    let merged = p.merged.borrow_mut().take().map(|r| r.into_raw_fd());
    let stdout = fd(merged.or_else(|| child.stdout.take().map(|s| s.into_raw_fd())));
    let stderr = fd(child.stderr.take().map(|s| s.into_raw_fd()));
    drop(child);
    Ok(vm.new_tuple(vec![stdin, stdout, stderr]))
}

/// `Child.communicate(input, timeout, stdin, stdout, stderr)`, on the
/// descriptors from `take_pipes`: `stdin` is handed over (written, then
/// closed, so the child sees the end of its input); stdout and stderr stay
/// the caller's (duplicated here for the reader threads) and are read to
/// the end.
fn child_communicate_fds(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "communicate", a, 6, 6)?;
    let p = process(vm, &a[0])?;
    if p.readers.borrow().is_none() {
        let mut child = p.child.borrow_mut();
        let mut owned = Vec::new();
        for (i, v) in a[3..6].iter().enumerate() {
            owned.push(match v {
                Value::None => None,
                v => {
                    let fd = ferropy_runtime::protocol::number::index_i64(vm, v)?;
                    let taken = if i == 0 {
                        ferropy_runtime::types::file::file_from_descriptor(fd, true).map(std::os::fd::OwnedFd::from)
                    } else {
                        ferropy_runtime::types::file::duplicate_descriptor(fd)
                    };
                    Some(taken.map_err(|e| os_error(vm, &e, None))?)
                }
            });
        }
        let mut owned = owned.into_iter();
        child.stdin = owned.next().flatten().map(std::process::ChildStdin::from);
        child.stdout = owned.next().flatten().map(std::process::ChildStdout::from);
        child.stderr = owned.next().flatten().map(std::process::ChildStderr::from);
    }
    collect_output(vm, &a[..3])
}

fn child_pid(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let p = process(vm, &a[0])?;
    let pid = p.child.borrow().id();
    Ok(Value::Int(pid as i64))
}

pub fn make_module(vm: &mut Vm) -> PyResult<Obj> {
    let module = ferropy_runtime::types::module::new_native_module(vm, "_process", &[("spawn", spawn)])?;
    let ns = vm.new_dict();
    let m = vm.new_str("_process");
    vm.dict_set_str(&ns, "__module__", m)?;
    let meta = vm.types.type_.clone();
    let object = vm.types.object.clone();
    let ty = vm.new_class(&meta, "Child", vec![object], &ns, &[])?;
    let methods: &[(&'static str, NativeFn)] = &[
        ("communicate", child_communicate_fds),
        ("take_pipes", child_take_pipes),
        ("wait", child_wait),
        ("poll", child_poll),
        ("pid", child_pid),
    ];
    for (name, f) in methods {
        vm.add_method(&ty, name, *f);
    }
    let dict = module.dict.clone().expect("modules have dicts");
    vm.dict_set_str(&dict, "Child", Value::Obj(ty))?;
    Ok(module)
}
