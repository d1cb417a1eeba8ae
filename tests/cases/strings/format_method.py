class P:
    def __init__(self):
        self.x = 3
        self.items = [10, 20]
p = P()
print("{0.x} {0.items[1]} {obj.x}".format(p, obj=p))
print("{:d}".format(True), "{:5}".format(True), "{}".format(True), "{:>5}".format(None))
print("{:08.3f}".format(-3.14159), "{:+,}".format(1000000), "{:_b}".format(1024), "{:#_x}".format(2**40))
print("{:c}".format(97), "{:%}".format(0.25), "{:e}".format(0), "{:x}".format(-255), "{:=10d}".format(-5))
print("{0!s:>5}{0!r:>5}".format("a"), "{:s}".format("str"), "{:10s}|".format("ab"), "{:.2s}".format("abc"))
for fmt, args in [("{", ()), ("}", ()), ("{0}{}", (1, 2)), ("{}{0}", (1, 2)), ("{x}", ()), ("{0[}", ([],)), ("{!x}", (1,)), ("{:>>}", (1,))]:
    try:
        print(fmt.format(*args))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
print(format("abc", "^9"), format(3, "b"), format([1], ""), format(None, ""))
try:
    format(object(), "x")
except TypeError as e:
    print(e)
