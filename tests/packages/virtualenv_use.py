# The course's first packaging step: `python -m virtualenv venv`, then the
# environment's python and pip, activated and deactivated from a shell.
import os
import subprocess
import sys
import tempfile

with tempfile.TemporaryDirectory() as scratch:
    env_dir = os.path.join(scratch, "venv")
    done = subprocess.run([sys.executable, "-m", "virtualenv", "--no-periodic-update", env_dir],
                          capture_output=True, text=True)
    print("created:", done.returncode, done.stdout.startswith("created virtual environment"))
    bin_dir = os.path.join(env_dir, "bin")
    for name in ("python", "python3", "pip", "activate", "activate.fish", "activate.csh"):
        print(name, os.path.exists(os.path.join(bin_dir, name)))
    python = os.path.join(bin_dir, "python")
    probe = "import sys; print(sys.prefix == sys.argv[1], sys.base_prefix != sys.prefix, sys.path[-1].endswith('site-packages'))"
    print(subprocess.run([python, "-c", probe, env_dir], capture_output=True, text=True).stdout.strip())
    pip = subprocess.run([python, "-m", "pip", "--version"], capture_output=True, text=True)
    print("pip:", pip.returncode, pip.stdout.split()[0], env_dir in pip.stdout)
    shell = f'. "{bin_dir}/activate"; python -c "import sys; print(sys.prefix)"; deactivate; echo "${{VIRTUAL_ENV:-none}}"'
    lines = subprocess.run(["bash", "-c", shell], capture_output=True, text=True).stdout.split()
    print("activated:", lines[0] == env_dir, "after deactivate:", lines[1])
