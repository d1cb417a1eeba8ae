# multiprocessing.Process: names, exit codes (normal, sys.exit, an
# exception, signals), join with a timeout, is_alive, daemon, close, the
# process tree seen from a child, and the errors of misuse.
import multiprocessing as mp
import os
import re
import signal
import sys
import tempfile
import time


def norm(text):
    return re.sub(r"(pid|parent)=\d+", r"\1=N", text)


def report(q, *args, **kwargs):
    me = mp.current_process()
    q.put((me.name, mp.parent_process().name, args, sorted(kwargs.items()), me.daemon,
           mp.parent_process().pid == os.getppid()))


def exit_with(code):
    sys.exit(code)


def fail(path):
    sys.stderr = open(path, "w")
    raise ValueError("boom in child")


def sleep_long():
    time.sleep(30)


class Worker(mp.Process):
    def __init__(self, q):
        super().__init__(name="custom")
        self.q = q

    def run(self):
        self.q.put("run overridden in " + self.name)


if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=report, args=(q, 1, "two"), kwargs={"k": 3})
    print(norm(repr(p)), p.exitcode, p.is_alive(), p.pid)
    p.start()
    print(q.get())
    p.join()
    print(norm(repr(p)), p.exitcode, p.is_alive(), mp.active_children())

    d = mp.Process(target=report, args=(q,), daemon=True, name="demon")
    d.start()
    print(q.get())
    d.join()
    print(norm(repr(d)))

    w = Worker(q)
    w.start()
    print(q.get())
    w.join()
    print(w.exitcode)

    for code in (0, 3, None, 255):
        p = mp.Process(target=exit_with, args=(code,))
        p.start()
        p.join()
        print("sys.exit(%r) ->" % (code,), p.exitcode)

    path = os.path.join(tempfile.mkdtemp(), "child_stderr.txt")
    p = mp.Process(target=fail, args=(path,))
    p.start()
    p.join()
    with open(path) as f:
        lines = f.read().splitlines()
    print(p.exitcode, lines[0], lines[1], lines[-1])

    p = mp.Process(target=sleep_long)
    p.start()
    started = time.monotonic()
    p.join(0.2)
    print("after join(0.2):", p.is_alive(), p.exitcode, time.monotonic() - started < 5)
    p.terminate()
    p.join()
    print("terminated:", p.exitcode, norm(repr(p)))

    p = mp.Process(target=sleep_long)
    p.start()
    p.kill()
    p.join()
    print("killed:", p.exitcode, p.exitcode == -signal.SIGKILL)
    p.close()
    print(norm(repr(p)))
    for attempt in (p.is_alive, p.join, p.start):
        try:
            attempt()
        except ValueError as e:
            print(attempt.__name__, "ValueError:", e)

    p = mp.Process(target=sleep_long)
    p.start()
    try:
        p.close()
    except ValueError as e:
        print("ValueError:", e)
    try:
        p.start()
    except AssertionError as e:
        print("AssertionError:", e)
    p.kill()
    p.join()
    try:
        mp.Process(target=sleep_long).join()
    except AssertionError as e:
        print("AssertionError:", e)
    try:
        mp.Process().sentinel
    except ValueError as e:
        print("ValueError:", e)

    print(mp.current_process().name, mp.parent_process(), mp.cpu_count() == os.cpu_count())
    print(mp.get_start_method(), sorted(mp.get_all_start_methods()))
    try:
        mp.set_start_method("spawn")
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        mp.get_context("nonsense")
    except ValueError as e:
        print("ValueError:", e)
    print(type(mp.ProcessError), issubclass(mp.TimeoutError, mp.ProcessError),
          issubclass(mp.AuthenticationError, mp.ProcessError), issubclass(mp.BufferTooShort, mp.ProcessError))
