# -v traces imports on stderr: the zipimport hook, each module's loader,
# "code object from" for compiled sources, and the banner. (The shutdown
# trace, "# cleanup[2] removing ..." and "# destroy ...", is not compared:
# ferropy does not print it.)
import os, re, subprocess, sys, tempfile

work = tempfile.mkdtemp()
with open(os.path.join(work, "traced_mod.py"), "w") as f:
    f.write("VALUE = 42\n")
r = subprocess.run([sys.executable, "-v", "-c", "import traced_mod; print(traced_mod.VALUE)"],
                   cwd=work, capture_output=True, text=True)
print(r.returncode, r.stdout)
lines = [re.sub(r"0x[0-9a-f]+", "0xADDR", line.replace(work, "<work>")) for line in r.stderr.splitlines()]
for line in lines:
    if ("traced_mod" in line or "zipimport hook" in line) and not line.startswith(("# cleanup", "# destroy")):
        print(line)
print(any(line.startswith('Type "help", "copyright", "credits" or "license"') for line in lines))
r = subprocess.run([sys.executable, "-c", "import traced_mod"], cwd=work, capture_output=True, text=True)
print(repr(r.stderr))
