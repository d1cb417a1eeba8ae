"""sympy: import time and a small symbolic workload, for issue 11's
speed target. Needs sympy on PYTHONPATH (tools/check_packages.py installs
it into /tmp/ferropy-packages/site); prints the two times on stderr:

    PYTHONPATH=/tmp/ferropy-packages/site ferropy bench/packages/sympy_workload.py
"""
import time
t0 = time.perf_counter()
import sympy as sp
t1 = time.perf_counter()
x, y = sp.symbols("x y")
e = sp.expand((x + y + 1) ** 12)
f = sp.factor(x**6 - 1)
i = sp.integrate(sp.sin(x) ** 3 * sp.cos(x), x)
s = sp.series(sp.exp(x) * sp.sin(x), x, 0, 8)
t2 = time.perf_counter()
print(len(e.args), f, i, s)
import sys
print(f"import {t1 - t0:.2f}s work {t2 - t1:.2f}s", file=sys.stderr)
