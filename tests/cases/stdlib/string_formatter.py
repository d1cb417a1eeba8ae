# string.Formatter: parse() and format() with conversions, nested
# specs, attribute and index lookups, and the parse errors.
import string
f = string.Formatter()
for s in ["a{0}b{{c}}d{x!r:>{w}}e", "{}", "x}}y{{z", "{0.real}{1[0]}{a[k]}", "plain"]:
    print(list(f.parse(s)))
print(f.format("{0}-{x!r:>{w}}|{1[1]}|{c.imag}", "A", [1, 2], x="q", w=5, c=3j))
for bad in ["{", "}", "{0!}", "{0!x}"]:
    try:
        print(list(f.parse(bad)), f.format(bad, 1))
    except ValueError as e:
        print("ValueError", e)
