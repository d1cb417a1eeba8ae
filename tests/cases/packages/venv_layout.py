# python -m venv (--without-pip; with links and with --copies): the
# layout (the interpreters and activation scripts in bin, site-packages,
# lib64), pyvenv.cfg's keys, and the venv's interpreter seeing itself in
# a venv whose base is the installation it was made from; the prompt in
# the activation script; errors for a bad directory.
import os
import subprocess
import sys
import tempfile

base = tempfile.mkdtemp()
env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
probe = ("import sys, sysconfig; print(sys.prefix == %r, sys.base_prefix == %r, sys.prefix != sys.base_prefix, "
         "sysconfig.get_preferred_scheme('prefix'), sysconfig.get_path('purelib').replace(sys.prefix, '<venv>'))")
for flags in (["--symlinks"], ["--copies"]):
    venv = os.path.join(base, "env" + flags[0])
    r = subprocess.run([sys.executable, "-m", "venv", "--without-pip", "--prompt", "demo", *flags, venv], env=env,
                       capture_output=True, text=True)
    print(flags, r.returncode, r.stdout, r.stderr)
    names = ["python", "python3", "python3.11", "activate", "activate.fish", "activate.csh"]
    print([os.path.exists(os.path.join(venv, "bin", n)) for n in names],
          os.path.isdir(os.path.join(venv, "lib", "python3.11", "site-packages")),
          os.path.islink(os.path.join(venv, "lib64")))
    with open(os.path.join(venv, "pyvenv.cfg")) as f:
        keys = [line.split("=")[0].strip() for line in f if "=" in line]
    print(sorted(keys))
    with open(os.path.join(venv, "bin", "activate")) as f:
        text = f.read()
    print('VIRTUAL_ENV="%s"' % venv in text, "(demo) " in text)
    r = subprocess.run([os.path.join(venv, "bin", "python"), "-c", probe % (venv, sys.base_prefix)], env=env,
                       capture_output=True, text=True)
    print(r.returncode, r.stdout.strip(), r.stderr)
    r = subprocess.run(["bash", "-c", f"source {venv}/bin/activate && echo $VIRTUAL_ENV_PROMPT && "
                                      f"python -c 'import sys; print(sys.prefix)' && deactivate && "
                                      f"echo ${{VIRTUAL_ENV:-none}}"], env=env, capture_output=True, text=True)
    print(r.stdout.replace(venv, "<venv>"), end="")

with open(os.path.join(base, "a_file"), "w"):
    pass
r = subprocess.run([sys.executable, "-m", "venv", os.path.join(base, "a_file")], env=env, capture_output=True,
                   text=True)
print(r.returncode, r.stderr.replace(base, "<base>"))
