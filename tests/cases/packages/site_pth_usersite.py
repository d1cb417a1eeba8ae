# site at start-up: the user site directory (PYTHONUSERBASE) is added with
# its .pth files processed (paths, `import` lines, a failing line reported
# and the rest of that file skipped) and usercustomize imported; -s, -I
# and PYTHONNOUSERSITE turn it off, -S skips site altogether; site's
# functions (addsitedir, getusersitepackages, python -m site --user-site).
import os
import subprocess
import sys
import tempfile

base = tempfile.mkdtemp()
site_dir = os.path.join(base, "lib", "python%d.%d" % sys.version_info[:2], "site-packages")
os.makedirs(os.path.join(site_dir, "extra_dir"))
os.makedirs(os.path.join(base, "other"))
with open(os.path.join(site_dir, "a_paths.pth"), "w") as f:
    f.write("# a comment\nextra_dir\nmissing_dir\n\nimport sys; sys.pth_ran = True\n")
with open(os.path.join(site_dir, "b_broken.pth"), "w") as f:
    f.write("import no_such_module_here\nextra_after_error\n")
with open(os.path.join(site_dir, "usercustomize.py"), "w") as f:
    f.write("import sys\nsys.usercustomized = True\n")
with open(os.path.join(base, "other", "c.pth"), "w") as f:
    f.write("import sys; sys.added_later = True\n")

probe = ("import sys, site; "
         "print([p.replace(%r, '<base>') for p in sys.path if p.startswith(%r)]); "
         "print(getattr(sys, 'pth_ran', False), getattr(sys, 'usercustomized', False), "
         "site.ENABLE_USER_SITE, 'exit' in dir(__builtins__))") % (base, base)
env = dict(os.environ, PYTHONUSERBASE=base)
env.pop("PYTHONNOUSERSITE", None)
for flags in ([], ["-s"], ["-I"], ["-S"]):
    r = subprocess.run([sys.executable, *flags, "-c", probe], env=env, capture_output=True, text=True)
    err = r.stderr.replace(base, "<base>").splitlines()
    print(flags, r.returncode)
    print(r.stdout, end="")
    # The report names the file and the error; the traceback between
    # them shows site's own lines, which differ between implementations.
    print([line for line in err if line.startswith(("Error processing", "  ModuleNotFoundError", "Remainder"))])
r = subprocess.run([sys.executable, "-c", probe], env=dict(env, PYTHONNOUSERSITE="1"), capture_output=True,
                   text=True)
print("PYTHONNOUSERSITE", r.stdout, end="")
r = subprocess.run([sys.executable, "-m", "site", "--user-site"], env=env, capture_output=True, text=True)
print("-m site --user-site", r.returncode, r.stdout.replace(base, "<base>"), end="")

import site
known = site.addsitedir(os.path.join(base, "other"))
print(getattr(sys, "added_later", False), os.path.join(base, "other") in sys.path)
print(site.getusersitepackages() == site.USER_SITE, isinstance(site.getsitepackages(), list))
