# Popen's child setup: close_fds/pass_fds (an inheritable descriptor is
# closed unless passed), start_new_session, process_group, umask, and
# the argument checks.
import os, subprocess, sys, tempfile

r, w = os.pipe()
os.set_inheritable(w, True)
probe = "import os, sys; fd = int(sys.argv[1])\ntry:\n    os.fstat(fd); print('open')\nexcept OSError:\n    print('closed')"
for kwargs in [{}, {"close_fds": False}, {"pass_fds": [w]}]:
    out = subprocess.run([sys.executable, "-c", probe, str(w)], capture_output=True, text=True, **kwargs)
    print(kwargs if "pass_fds" not in kwargs else "pass_fds", out.stdout.strip())
os.close(r); os.close(w)

show = "import os; print(os.getsid(0) == os.getpid(), os.getpgid(0) == os.getpid())"
for kwargs in [{}, {"start_new_session": True}, {"process_group": 0}]:
    out = subprocess.run([sys.executable, "-c", show], capture_output=True, text=True, **kwargs)
    print(kwargs, out.stdout.strip(), out.stderr.strip()[-60:])

d = tempfile.mkdtemp()
subprocess.run(["sh", "-c", "touch f"], cwd=d, umask=0o077)
print(oct(os.stat(os.path.join(d, "f")).st_mode & 0o777))
for bad in [{"process_group": -1}, {"user": -1}, {"group": 1.5}, {"extra_groups": [-3]}]:
    try:
        subprocess.run(["true"], **bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
