# Allocations a program sizes beyond what the machine has: MemoryError (or
# CPython's ValueError/OverflowError where it checks first), and the
# program goes on.
import sys

tests = [
    "list(range(10**12))", "[0] * 10**13", "[0, 1] * (10**12)", "'x' * 10**12", "b'x' * 10**12", "bytes(10**12)",
    "bytearray(10**12)", "'{:>{}}'.format('x', 10**19)", "'{:>{}}'.format('x', 10**12)", "'%*d' % (10**12, 1)",
    "'ab'.ljust(10**12)", "'ab'.rjust(10**12, '\u00e9')", "'ab'.center(10**12)", "'ab'.zfill(10**12)",
    "b'ab'.ljust(2**62)", "(1,) * 10**12",
    "'x'.join(['ab'] * 3) * 10**12", "format(1.5, '10000000000000f')", "f'{1:>{10**12}}'", "'a\\tb'.expandtabs(10**12)",
    "[[]] * sys.maxsize", "'x' * sys.maxsize", "list(range(sys.maxsize))",
    "bytes(range(256)) * 10**12", "sorted(range(10**12))",
    "'%.*d' % (sys.maxsize, 1)", "'%.*d' % (10**12, 1)", "'%.10000000000000f' % 1", "format(1.5, '.2147483648f')",
    "'{:>{}}'.format('x', 2**63)", "'{:>{}}'.format('x', 2**63-1)", "'{:.{}}'.format('x', 2**63)",
]
for t in tests:
    try:
        r = eval(t)
        print(t, "->", type(r).__name__, len(r))
    except (MemoryError, OverflowError, ValueError) as e:
        print(t, "->", type(e).__name__, e)

# Huge precisions are digits, not errors.
for spec in [".65536f", ".70000e", ".70000g", ".1100f", ".1101f", ".2000%"]:
    s = format(1.2, spec)
    print(spec, len(s), s[:12], s[-12:], s.count("0"))
print(format(5e-324, ".1080f")[-30:], format(5e-324, ".1080e")[-30:])
print("%.3000f" % 0.1 == format(0.1, ".3000f"), len("%.*f" % (70000, 2.5)))
print("still running")
