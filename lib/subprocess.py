"""Running programs: run(), check_output(), call(), Popen, on the native
`_process` module.

Streams may be inherited (None), PIPE, DEVNULL, a file descriptor or a
file object (its fileno()), or for stderr STDOUT. Popen.stdin/stdout/
stderr are file objects over the pipes."""

import io
import os
import sys
import time

import _process

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput", "check_output",
           "run", "CalledProcessError", "DEVNULL", "SubprocessError", "TimeoutExpired", "CompletedProcess"]

# Linux signal numbers, for messages about processes they ended.
_SIGNAL_NAMES = {1: "SIGHUP", 2: "SIGINT", 3: "SIGQUIT", 4: "SIGILL", 6: "SIGABRT", 8: "SIGFPE", 9: "SIGKILL",
                 10: "SIGUSR1", 11: "SIGSEGV", 12: "SIGUSR2", 13: "SIGPIPE", 14: "SIGALRM", 15: "SIGTERM"}

PIPE = -1
STDOUT = -2
DEVNULL = -3


class SubprocessError(Exception):
    pass


class _OutputAsStdout:
    """`stdout` is another name for `output` (as run() names it)."""

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CalledProcessError(_OutputAsStdout, SubprocessError):
    """A process run by check_call(), check_output() or run(check=True)
    exited with a non-zero status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            name = _SIGNAL_NAMES.get(-self.returncode)
            if name is None:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
            return "Command '%s' died with <Signals.%s: %d>." % (self.cmd, name, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)


class TimeoutExpired(_OutputAsStdout, SubprocessError):
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)


class CompletedProcess:
    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ["args={!r}".format(self.args), "returncode={!r}".format(self.returncode)]
        if self.stdout is not None:
            args.append("stdout={!r}".format(self.stdout))
        if self.stderr is not None:
            args.append("stderr={!r}".format(self.stderr))
        return "{}({})".format(type(self).__name__, ", ".join(args))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _mode(value, name):
    """How _process.spawn connects a stream: 0 inherited, 1 PIPE, 2 DEVNULL,
    3 STDOUT, or ("fd", n) for a file descriptor or an object with fileno()."""
    if value is None:
        return 0
    if value == PIPE:
        return 1
    if value == DEVNULL:
        return 2
    if value == STDOUT and name == "stderr":
        return 3
    if isinstance(value, int) and value >= 0:
        return ("fd", value)
    return ("fd", value.fileno())


# Children that may still need reaping (CPython keeps those whose Popen
# was dropped while they ran); _cleanup() reaps the finished ones.
_active = []


def _cleanup():
    for process in _active[:]:
        if process.poll() is not None:
            _active.remove(process)


def _optim_args_from_interpreter_flags():
    """The -O options that reproduce this interpreter's sys.flags."""
    value = sys.flags.optimize
    return ["-" + "O" * value] if value > 0 else []


def _args_from_interpreter_flags():
    """The command-line options that start another interpreter with this
    one's flags, -W and -X options."""
    args = _optim_args_from_interpreter_flags()
    for flag, letter in (("debug", "d"), ("dont_write_bytecode", "B"), ("no_site", "S"), ("verbose", "v"),
                         ("bytes_warning", "b"), ("quiet", "q")):
        value = getattr(sys.flags, flag)
        if value > 0:
            args.append("-" + letter * value)
    if sys.flags.isolated:
        args.append("-I")
    else:
        for flag, option in (("ignore_environment", "-E"), ("no_user_site", "-s"), ("safe_path", "-P")):
            if getattr(sys.flags, flag):
                args.append(option)
    # The warning options that -b and -X dev added themselves are implied.
    warnoptions = sys.warnoptions[:]
    if sys.flags.bytes_warning > 1:
        warnoptions.remove("error::BytesWarning")
    elif sys.flags.bytes_warning:
        warnoptions.remove("default::BytesWarning")
    if sys.flags.dev_mode:
        warnoptions.remove("default")
    args.extend("-W" + option for option in warnoptions)
    if sys.flags.dev_mode:
        args.extend(("-X", "dev"))
    xoptions = getattr(sys, "_xoptions", {})
    for name in ("faulthandler", "tracemalloc", "importtime", "frozen_modules", "showrefcount", "utf8"):
        if name in xoptions:
            value = xoptions[name]
            args.extend(("-X", name if value is True else f"{name}={value}"))
    return args


def list2cmdline(seq):
    """A sequence of arguments as one Windows command line (the quoting
    rules of the MS C runtime)."""
    result = []
    for arg in map(os.fsdecode, seq):
        if result:
            result.append(" ")
        needquote = (" " in arg) or ("\t" in arg) or not arg
        if needquote:
            result.append('"')
        backslashes = []
        for c in arg:
            if c == "\\":
                backslashes.append(c)
            elif c == '"':
                result.append("\\" * len(backslashes) * 2)
                backslashes = []
                result.append('\\"')
            else:
                if backslashes:
                    result.extend(backslashes)
                    backslashes = []
                result.append(c)
        if backslashes:
            result.extend(backslashes)
        if needquote:
            result.extend(backslashes)
            result.append('"')
    return "".join(result)


def _child_setup(close_fds, pass_fds, start_new_session, process_group, umask, user, group, extra_groups):
    """The options tuple of _process.spawn, with CPython's checks: names
    of users and groups become ids, pass_fds implies close_fds."""
    pass_fds = tuple(sorted(map(int, pass_fds)))
    if pass_fds and not close_fds:
        import warnings
        warnings.warn("pass_fds overriding close_fds.", RuntimeWarning)
        close_fds = True
    uid = gid = groups = None
    if user is not None:
        if isinstance(user, str):
            import pwd
            uid = pwd.getpwnam(user).pw_uid
        elif isinstance(user, int):
            uid = user
        else:
            raise TypeError("User must be a string or an integer")
        if uid < 0:
            raise ValueError(f"User ID cannot be negative, got {uid}")
    if group is not None:
        if isinstance(group, str):
            import grp
            gid = grp.getgrnam(group).gr_gid
        elif isinstance(group, int):
            gid = group
        else:
            raise TypeError("Group must be a string or an integer, not {}".format(type(group)))
        if gid < 0:
            raise ValueError(f"Group ID cannot be negative, got {gid}")
    if extra_groups is not None:
        groups = []
        for g in extra_groups:
            if isinstance(g, str):
                import grp
                groups.append(grp.getgrnam(g).gr_gid)
            elif isinstance(g, int):
                if g < 0:
                    raise ValueError(f"Group ID cannot be negative, got {g}")
                groups.append(g)
            else:
                raise TypeError("Items in extra_groups must be a string or integer")
    # A negative process group means none, as CPython's internal -1.
    if process_group is not None and process_group < 0:
        process_group = None
    return (bool(close_fds), pass_fds, bool(start_new_session), process_group, umask, uid, gid, groups)


class Popen:
    """A running child process."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None, preexec_fn=None,
                 close_fds=True, shell=False, cwd=None, env=None, universal_newlines=None, startupinfo=None,
                 creationflags=0, restore_signals=True, start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None, text=None, umask=-1, pipesize=-1,
                 process_group=None):
        if preexec_fn is not None:
            raise NotImplementedError("subprocess: preexec_fn is not supported by ferropy")
        self.args = args
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self.encoding = encoding or "utf-8"
        self.errors = errors or "strict"
        if isinstance(args, (str, bytes)) or hasattr(args, "__fspath__"):
            argv = [args]
        else:
            argv = list(args)
        if shell:
            argv = ["/bin/sh", "-c"] + argv
        if executable is not None:
            argv[0] = executable
        argv = [os.fspath(a) if hasattr(a, "__fspath__") else a for a in argv]
        if cwd is not None:
            cwd = os.fspath(cwd)
        self._modes = (_mode(stdin, "stdin"), _mode(stdout, "stdout"), _mode(stderr, "stderr"))
        setup = _child_setup(close_fds, pass_fds, start_new_session, process_group, umask, user, group,
                             extra_groups)
        self._child = _process.spawn(argv, cwd, env, *self._modes, setup)
        self.pid = self._child.pid()
        self.returncode = None
        self._communication_started = False
        self.stdin = self.stdout = self.stderr = None
        stdin_fd, stdout_fd, stderr_fd = self._child.take_pipes()
        if stdin_fd is not None:
            self.stdin = self._pipe_file(stdin_fd, "w", bufsize)
        if stdout_fd is not None:
            self.stdout = self._pipe_file(stdout_fd, "r", bufsize)
        if stderr_fd is not None:
            self.stderr = self._pipe_file(stderr_fd, "r", bufsize)

    def _pipe_file(self, fd, mode, bufsize):
        """A file object over our end of a pipe, as CPython's Popen makes:
        binary, or text with universal newlines when reading."""
        if bufsize == 1 and not self.text_mode:
            bufsize = -1
        binary = open(fd, mode + "b", buffering=bufsize)
        if not self.text_mode:
            return binary
        return io.TextIOWrapper(binary, encoding=self.encoding, errors=self.errors,
                                write_through=(mode == "w"), line_buffering=(bufsize == 1))

    def __repr__(self):
        return "<Popen: returncode: {} args: {!r}>".format(self.returncode, self.args)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for stream in (self.stdout, self.stderr):
            if stream is not None:
                stream.close()
        try:
            if self.stdin is not None:
                self.stdin.close()
        except BrokenPipeError:
            pass
        finally:
            if exc_type is KeyboardInterrupt:
                # As CPython: give the child (which got the Ctrl-C too) a
                # moment to end, but do not wait for it.
                try:
                    self.wait(0.25)
                except TimeoutExpired:
                    pass
            else:
                self.wait()

    def _decode(self, data):
        if data is None or not self.text_mode:
            return data
        text = data.decode(self.encoding, self.errors)
        return text.replace("\r\n", "\n").replace("\r", "\n")

    def _stdin_write(self, input):
        if input:
            try:
                self.stdin.write(input)
            except BrokenPipeError:
                pass
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass

    def communicate(self, input=None, timeout=None):
        """(stdout, stderr) once the process ends (None for streams that
        are not pipes); TimeoutExpired after `timeout` seconds."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        pipes = [s for s in (self.stdin, self.stdout, self.stderr) if s is not None]
        if timeout is None and not self._communication_started and len(pipes) < 2:
            # One pipe: use it directly, as CPython does.
            stdout = stderr = None
            if self.stdin is not None:
                self._stdin_write(input)
            elif self.stdout is not None:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr is not None:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
            return (stdout, stderr)
        if input is not None and self.text_mode and isinstance(input, str):
            input = input.encode(self.encoding, self.errors)
        stdin_fd = None
        if not self._communication_started and self.stdin is not None and not self.stdin.closed:
            try:
                self.stdin.flush()
            except BrokenPipeError:
                pass
            stdin_fd = os.dup(self.stdin.fileno())
            self.stdin.close()
        self._communication_started = True
        fds = [s.fileno() if s is not None and not s.closed else None for s in (self.stdout, self.stderr)]
        out, err, done = self._child.communicate(input, timeout, stdin_fd, *fds)
        if self.stdout is None:
            out = None
        if self.stderr is None:
            err = None
        if not done:
            raise TimeoutExpired(self.args, timeout, self._decode(out), self._decode(err))
        for stream in (self.stdout, self.stderr):
            if stream is not None:
                stream.close()
        self.wait()
        return (self._decode(out), self._decode(err))

    def wait(self, timeout=None):
        code = self._child.wait(timeout)
        if code is None:
            raise TimeoutExpired(self.args, timeout)
        self.returncode = code
        return code

    def poll(self):
        code = self._child.poll()
        if code is not None:
            self.returncode = code
        return code

    def send_signal(self, sig):
        if self.returncode is None and self.poll() is None:
            os.kill(self.pid, sig)

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used with capture_output.")
        kwargs["stdout"] = PIPE
        kwargs["stderr"] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process.wait()
            raise
        except BaseException:  # KeyboardInterrupt included: __exit__ waits
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except BaseException:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    for kw in ("stdout", "check"):
        if kw in kwargs:
            raise ValueError("%s argument not allowed, it will be overridden." % kw)
    if "input" in kwargs and kwargs["input"] is None:
        kwargs["input"] = "" if kwargs.get("text") or kwargs.get("universal_newlines") else b""
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == "\n":
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]
