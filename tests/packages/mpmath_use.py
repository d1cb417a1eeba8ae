import mpmath
mpmath.mp.dps = 30
print(mpmath.pi, mpmath.sqrt(2), mpmath.quad(mpmath.sin, [0, mpmath.pi]))
