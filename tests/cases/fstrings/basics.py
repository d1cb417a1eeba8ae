name, n, f = "world", 42, 3.14159
print(f"hello {name}!")
print(f"{n} {n!r} {name!r} {name!s} {name!a} {'é'!a}")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:+}|{n:x}|{n:#o}|{n:#b}|{n:,}")
print(f"{f:.2f} {f:10.3f} {f:e} {f:.3g} {f:%} {f:.0%}")
print(f"{{literal}} {{{n}}}")
print(f"{n=} {name=!s} {f=:.1f} {n + 1 = }")
width, prec = 10, 3
print(f"{f:{width}.{prec}f}|{name:>{width}}|{n:{'0'}{width}}")
print(f"{'nested ' + f'{n}'}")
print(f"{[x * 2 for x in range(3)]} {dict(a=1)} {(lambda: 7)()}")
print(f"{n if n > 10 else 0}")
print(f"{3.0:.0f} {2.5:.0f} {0.5:.0f} {-0.0:.1f}")
print(F"upper F {n}", rf"\n{n}", fr"raw {name}\t")
print(f"multi"
      f"part {n}"
      " plain")
print(f"""triple
{name}""")
x = 5
print(f"{x!r:>4}|{'abc'!r:^9}|")
print(f"{None} {True} {1j} {b'x'}")
class Fmt:
    def __format__(self, spec):
        return f"<Fmt {spec!r}>"
print(f"{Fmt()} {Fmt():abc} {Fmt():{width}}")
print(f"{'a' 'b'}")
print(f"{3:{'>'}{'5'}}")
