# subprocess: run (captured, text, input, check, timeout, shell), the
# exit status of signals, check_output/call/check_call, getoutput,
# Popen with communicate/wait/poll, stderr=STDOUT, DEVNULL, env and cwd.
import os
import subprocess
import sys

r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(r, r.returncode, r.stdout, r.stderr)
r = subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 3"], capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr), r.returncode)
print(subprocess.run(["cat"], input=b"piped\n", stdout=subprocess.PIPE).stdout)
print(subprocess.run("printf 'a\\r\\nb'", shell=True, stdout=subprocess.PIPE, text=True).stdout.split("\n"))
try:
    subprocess.run(["sh", "-c", "exit 2"], check=True)
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e, e.returncode, e.cmd)
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.cmd, "timed out after" in str(e))
r = subprocess.run(["sh", "-c", "kill -9 $$"])
print(r.returncode, str(subprocess.CalledProcessError(r.returncode, "x")))
print(subprocess.check_output(["echo", "checked"]), subprocess.check_output("echo $0", shell=True, text=True))
print(subprocess.call(["true"]), subprocess.call(["false"]), subprocess.check_call(["true"]))
try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.getoutput("echo one; echo two"), subprocess.getstatusoutput("exit 4"))
p = subprocess.Popen(["sh", "-c", "echo joined; echo also >&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
out, err = p.communicate()
print(sorted(out.splitlines()), err, p.returncode, p.poll())
p = subprocess.Popen(["sh", "-c", "exit 7"], stdout=subprocess.DEVNULL)
print(p.wait(), p.returncode)
env = {"PATH": os.environ["PATH"], "GREETING": "hi there"}
print(subprocess.run(["sh", "-c", "echo $GREETING; pwd"], env=env, cwd="/", capture_output=True, text=True).stdout)
with subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as p:
    print(p.communicate("through cat")[0])
try:
    subprocess.run(["/no/such/program"])
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename)
print(subprocess.run([sys.executable, "-c", "print(6 * 7)"], capture_output=True, text=True).stdout)
