# pwd and grp: lookups by id and name, the struct sequences, the errors;
# os.path.expanduser of ~ and ~user.
import pwd, grp
r = pwd.getpwuid(0)
print(type(r).__name__, r.pw_name, r.pw_uid, r.pw_gid, r.pw_dir, r[0], len(r), pwd.struct_passwd.n_sequence_fields, pwd.struct_passwd.__module__)
g = grp.getgrgid(0)
print(type(g).__name__, g.gr_name, g.gr_gid, type(g.gr_mem).__name__, grp.struct_group.__module__)
for f, a in [(pwd.getpwuid, -5), (pwd.getpwuid, 99999), (pwd.getpwnam, 'nouser'), (grp.getgrgid, 99999), (grp.getgrnam, 'nogroupx'), (pwd.getpwuid, 'x'), (pwd.getpwnam, 'a\0b'), (grp.getgrgid, 2**40)]:
    try: f(a)
    except Exception as e: print(type(e).__name__, e)
print(len(pwd.getpwall()) > 0, type(pwd.getpwall()).__name__, len(grp.getgrall()) > 0)
print(grp.getgrnam('root').gr_gid, pwd.getpwnam('root').pw_dir, pwd.getpwnam('root')[5])
import os.path, pathlib; print(os.path.expanduser('~root'), pathlib.Path('~root').expanduser())
for f, a in [(pwd.getpwuid, 2**40), (grp.getgrgid, -5), (pwd.getpwuid, 2**32), (grp.getgrgid, 2**32-1), (pwd.getpwuid, 2**70), (grp.getgrgid, -1)]:
    try: f(a)
    except Exception as e: print(type(e).__name__, e)
import os
home = os.environ.get("HOME", "").rstrip("/")
for p in ["~", "~/x", "~root/y", "~nosuchuser/z", b"~root", "x~"]:
    print(os.path.expanduser(p).replace(home, "<HOME>") if home and isinstance(p, str) and p.startswith("~/") or p == "~" else os.path.expanduser(p))
