# -b warns (BytesWarning) where bytes meet str or int in == and !=, and on
# str() of bytes, at the line doing it; -bb makes the warning an error.
import os, subprocess, sys
here = os.path.dirname(os.path.abspath(__file__))
for flag in ["-b", "-bb"]:
    r = subprocess.run([sys.executable, flag, "_bytes_warnings.py"], cwd=here, capture_output=True, text=True)
    print(flag, r.returncode)
    print(r.stdout)
    print(r.stderr.replace(here, "<dir>"))
