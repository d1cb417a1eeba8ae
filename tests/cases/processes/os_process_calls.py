# The os calls under multiprocessing: fork with register_at_fork hooks,
# waitpid with WNOHANG, the exec family, _exit without atexit handlers,
# sched_getaffinity, kill and the wait-status helpers.
import atexit
import os
import signal
import sys
import time

hooks_run = []
os.register_at_fork(before=lambda: hooks_run.append("before"),
                    after_in_parent=lambda: hooks_run.append("after, in parent"),
                    after_in_child=lambda: hooks_run.append("after, in child"))
atexit.register(print, "atexit ran in", "the parent")

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, repr(hooks_run).encode())
    os._exit(7)
os.close(w)
print(os.read(r, 100), hooks_run)
_, status = os.waitpid(pid, 0)
print(os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.write(w, b"started")
    time.sleep(30)
    os._exit(0)
os.read(r, 10)
print(os.waitpid(pid, os.WNOHANG))
os.kill(pid, signal.SIGTERM)
_, status = os.waitpid(pid, 0)
print(os.WIFSIGNALED(status), os.WTERMSIG(status) == signal.SIGTERM, os.waitstatus_to_exitcode(status))

pid = os.fork()
if pid == 0:
    os.execvp("echo", ["echo", "exec'd echo"])
os.waitpid(pid, 0)
pid = os.fork()
if pid == 0:
    os.execv(sys.executable, [sys.executable, "-c", "print('a new interpreter')"])
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
for bad in ([], ["", "x"]):
    try:
        os.execv("/bin/true", bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    os.execv("/bin/true", "not a list")
except TypeError as e:
    print("TypeError:", e)
try:
    os.execv("/nonexistent/program", ["x"])
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno)
cpus = os.sched_getaffinity(0)
print(type(cpus).__name__, 0 < len(cpus) <= os.cpu_count())
