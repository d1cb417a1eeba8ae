# os.get_terminal_size on a pipe is ENOTTY; shutil.get_terminal_size uses
# COLUMNS/LINES, then the fallback; os.terminal_size is a struct sequence.
import os, shutil, subprocess, sys
try:
    os.get_terminal_size(sys.stdout.fileno())
except OSError as e:
    print("OSError", e.errno)
t = os.terminal_size((100, 40))
print(t, t.columns, t.lines, t[0], isinstance(t, tuple))
for env in [{}, {"COLUMNS": "120"}, {"COLUMNS": "90", "LINES": "30"}, {"LINES": "x"}]:
    e = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    e.update(env)
    r = subprocess.run([sys.executable, "-c", "import shutil; print(shutil.get_terminal_size((70, 20)))"],
                       env=e, capture_output=True, text=True)
    print(env, r.stdout.strip())
