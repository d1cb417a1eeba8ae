# Popen.stdin/stdout/stderr are file objects over the pipes; a closed reader
# gives the writer BrokenPipeError (or exit status 120 when only the final
# flush fails), as in CPython.
import subprocess, sys
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(type(p.stdin).__name__, type(p.stdout).__name__, isinstance(p.stdin.fileno(), int))
p.stdin.write(b"hello\n")
p.stdin.write(b"world\n")
p.stdin.close()
print(p.stdout.readline())
print(p.stdout.read())
print(p.wait())
p = subprocess.Popen(["wc", "-l"], stdin=subprocess.PIPE)
p.stdin.write(b"a\nb\n"); p.stdin.close(); print("wait", p.wait())
p = subprocess.Popen(["sh", "-c", "echo out; echo err >&2; exit 3"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
print(p.communicate())
print(p.returncode, p.stdout.closed)
p = subprocess.Popen([sys.executable, "-c", "import sys; print(sys.stdin.read().upper())"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
print(repr(p.communicate("abc\r\ndef")[0]))
with subprocess.Popen(["printf", "1\\n2\\n3\\n"], stdout=subprocess.PIPE, text=True) as p:
    for line in p.stdout:
        print("line", repr(line))
print(p.returncode)
p = subprocess.Popen(["sleep", "5"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
try:
    p.communicate(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("timeout", e)
p.kill(); print(p.communicate(), p.returncode)
r = subprocess.run(["cat"], input=b"xyz", capture_output=True)
print(r)
r = subprocess.run(["cat"], input="xyz", capture_output=True, text=True)
print(r)
print(subprocess.check_output(["echo", "hi"]))

# Writing into a pipe whose reader has gone: BrokenPipeError, buffered or not.
import os
for unbuffered in ("", "1"):
    env = dict(os.environ)
    env.pop("PYTHONUNBUFFERED", None)
    if unbuffered:
        env["PYTHONUNBUFFERED"] = "1"
    programs = [
        "while True: print('y')",
        "import time; time.sleep(0.3); print('y')",
        "import sys, time\ntry:\n    while True: print('y')\nexcept BrokenPipeError:\n    sys.stderr.write('caught\\n')\nprint('z')",
        "import time; time.sleep(0.3)\nf = open(1, 'wb', closefd=False)\ntry:\n    f.write(b'x' * 1000000)\nexcept OSError as e:\n    print(type(e).__name__, e.errno, e.strerror, file=__import__('sys').stderr)",
    ]
    for program in programs:
        p = subprocess.Popen([sys.executable, "-c", program], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        p.stdout.close()
        err = p.stderr.read()
        p.stderr.close()
        print(unbuffered or "buffered", p.wait(), err.decode().splitlines()[-2:])
