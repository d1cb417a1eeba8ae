# os.fork with register_at_fork hooks (before: last registered first), the
# child exit status through waitpid/wait and the W* macros, a child killed
# by a signal, a child whose exception ends it, a pipe between the two.
import os, sys
print("before fork", flush=False)
order = []
os.register_at_fork(before=lambda: order.append("before1"), after_in_parent=lambda: order.append("parent"),
                    after_in_child=lambda: order.append("child"))
os.register_at_fork(before=lambda: order.append("before2"))
pid = os.fork()
if pid == 0:
    print("in child", order)
    sys.exit(3)
p, status = os.waitpid(pid, 0)
print(p == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status), order)
pid = os.fork()
if pid == 0:
    os.kill(os.getpid(), 9)
p, status = os.wait()
print(p == pid, os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status))
pid = os.fork()
if pid == 0:
    raise ValueError("child fails")
p, status = os.waitpid(pid, 0)
print(os.waitstatus_to_exitcode(status))
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, b"hello from child")
    os._exit(0)
os.close(w)
print(os.read(r, 100), os.waitpid(pid, 0)[1])

for f in [lambda: os.waitpid(-1, 0), lambda: os.wait(), lambda: os.register_at_fork(), lambda: os.register_at_fork(before=1),
          lambda: os.waitstatus_to_exitcode(0x7f7f)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(os.WNOHANG, os.WUNTRACED, os.WCONTINUED, os.WIFEXITED(256), os.WEXITSTATUS(256), os.WCOREDUMP(0x80 | 9),
      os.WIFSTOPPED(0x137f), os.WSTOPSIG(0x137f), os.WIFCONTINUED(0xffff))
