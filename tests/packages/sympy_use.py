import sympy as sp
x = sp.symbols("x")
print(sp.expand((x + 1) ** 5), sp.integrate(sp.sin(x) ** 2, x), sp.solve(x**2 - 2, x))
