# The prompt calls sys.__interactivehook__ (site sets one) before its
# first line, also after a program run with -i; an error in the hook is
# reported and the prompt comes all the same.
import subprocess
import sys

r = subprocess.run([sys.executable, "-c", "import sys; print(callable(sys.__interactivehook__))"],
                   capture_output=True, text=True)
print(r.stdout, end="")
setup = "import sys; sys.__interactivehook__ = lambda: print('hook ran')"
r = subprocess.run([sys.executable, "-i", "-c", setup], input="print('typed')\n", capture_output=True, text=True)
print(r.returncode, r.stdout, end="")
bad = "import sys\ndef hook():\n    raise ValueError('bad hook')\nsys.__interactivehook__ = hook"
r = subprocess.run([sys.executable, "-i", "-c", bad], input="print('still here')\n", capture_output=True, text=True)
print(r.returncode, r.stdout, end="")
print([line for line in r.stderr.splitlines() if "hook" in line.lower() and "File" not in line])
