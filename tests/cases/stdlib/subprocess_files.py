import os
import subprocess
import sys
import tempfile

with tempfile.TemporaryDirectory() as d:
    out_path = os.path.join(d, "out.txt")
    with open(out_path, "w") as out:
        r = subprocess.run(["echo", "to a file"], stdout=out)
    print(r.returncode, repr(open(out_path).read()))
    with open(out_path, "ab") as out:
        subprocess.run(["sh", "-c", "echo out; echo err >&2"], stdout=out, stderr=subprocess.STDOUT)
    print(repr(open(out_path).read()))
    in_path = os.path.join(d, "in.txt")
    with open(in_path, "w") as f:
        f.write("banana\napple\ncherry\n")
    with open(in_path) as f:
        print(subprocess.run(["sort"], stdin=f, capture_output=True, text=True).stdout, end="")
    fd = os.open(out_path, os.O_WRONLY | os.O_TRUNC)
    subprocess.run(["printf", "via fd"], stdout=fd)
    os.close(fd)
    print(repr(open(out_path).read()))
    err_path = os.path.join(d, "err.txt")
    with open(err_path, "w") as err:
        r = subprocess.run(["ls", "/definitely/missing"], stdout=subprocess.DEVNULL, stderr=err)
    print(r.returncode != 0, os.path.getsize(err_path) > 0)
    try:
        subprocess.run(["echo"], stdout="not a file")
    except AttributeError as e:
        print("AttributeError", e)
    sys.stdout.flush()
    subprocess.run(["echo", "inherited"], stdout=sys.stdout)
