import dbm, dbm.dumb, os, tempfile
d = tempfile.mkdtemp()
path = os.path.join(d, "db")
with dbm.dumb.open(path, "c") as db:
    db["a"] = "1"; db[b"b"] = b"x" * 600; db["a"] = "22"; db["b"] = "short"
    print(sorted(db.keys()), db["a"], len(db), b"a" in db, "z" in db)
print(dbm.whichdb(path))
with dbm.dumb.open(path, "r") as db:
    print(sorted(db.items()))
    try: db["c"] = "3"
    except dbm.error as e: print(type(e).__name__, e)
with dbm.dumb.open(path, "w") as db:
    del db["a"]; print(list(db.keys()))
print(sorted(os.listdir(d)), open(path + ".dir").read())
import shutil; shutil.rmtree(d)
try: dbm.open(os.path.join(d, "missing"))
except dbm.error[0] as e: print(e)
