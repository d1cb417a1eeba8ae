import subprocess, sys, os, tempfile
d = tempfile.mkdtemp()
with open(os.path.join(d, "test_demo.py"), "w") as f:
    f.write("import pytest\n\ndef test_ok():\n    assert 1 + 1 == 2\n\ndef test_fail():\n    assert [1, 2] == [1, 3]\n\n"
            "@pytest.mark.parametrize('n', [1, 2, 3])\ndef test_param(n):\n    assert n < 3\n")
r = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", d], capture_output=True, text=True)
print(r.returncode, r.stdout.strip().splitlines()[-1].split(" in ")[0])
