# tomllib: every kind of TOML value and table, CPython's results for
# valid documents, TOMLDecodeError for invalid ones (the type only: the
# messages' wording and positions are not compared).
import decimal, io, tomllib

doc = r'''
# A comment
title = "TOML \"Example\" \u00e9 \U0001F600"
literal = 'C:\Users\nodejs\templates'
multi = """
Roses are red\
   Violets are blue
trailing quotes""""
lit_multi = LITQ
The first newline is
trimmed in raw strings.
   All other whitespace
   is preserved.
LITQ
"quoted key" = 1
'literal key' = 2
3 = "digit key"
dotted.key.here = true
dotted . spaced = false
ints = [+99, 42, 0, -17, 1_000, 5_349_221, 0xDEAD_beef, 0o755, 0b1101_0110]
floats = [+1.0, 3.1415, -0.01, 5e+22, 1e06, -2E-2, 6.626e-34, 224_617.445_991, -0.0, +0.0]
specials = [inf, +inf, -inf]
bools = [true, false]
odt = [1979-05-27T07:32:00Z, 1979-05-27T00:32:00-07:00, 1979-05-27T00:32:00.999999+05:30, 1979-05-27 07:32:00Z, 1987-07-05T17:45:56.1234567Z]
ldt = [1979-05-27T07:32:00, 1979-05-27T00:32:00.5]
ld = 1979-05-27
lt = [07:32:00, 00:32:00.999999]
nested = [ [ 1, 2 ], ["a", 'b'], [ {x = 1}, {y = "z"} ] , ]
mixed = [
  1,   # comment
  "two",
]
inline = { first = "Tom", last = "Preston-Werner", point.x = 1, point.y = 2 }
empty_inline = {}

[table]
key = "value"
sub.key = "dotted in a table"

[table.child]
deep = 1

[a.b.c]
x = 1
[a]
y = 2

[[products]]
name = "Hammer"
sku = 738594937

[[products]]

[[products]]
name = "Nail"
color = "gray"

[[fruits]]
name = "apple"
[fruits.physical]
color = "red"
[[fruits.varieties]]
name = "red delicious"
[[fruits.varieties]]
name = "granny smith"
[[fruits]]
name = "banana"
'''
data = tomllib.loads(doc.replace("LITQ", "'" * 3))
for key, value in data.items():
    print(repr(key), repr(value))
nan = tomllib.loads("n = [nan, +nan, -nan]")["n"]
print([x != x for x in nan])
print(tomllib.loads("x = 0.1\ny = 1e400", parse_float=decimal.Decimal))
print(tomllib.load(io.BytesIO("a = 'é'\r\nb = 2\r\n".encode())))
print(tomllib.loads(""), tomllib.loads("# only a comment\n\n"))

invalid = [
    "a = ", "a = 1\na = 2", "[t]\n[t]", 'a = "x', "a = 01", "x = [1,,2]", "a.b = 1\n[a]\nc=2", "= 1",
    "a = {b=1,}", "a = 1 b", "[[t]]\n[t]", "a = 1979-05-27T25:00:00", 'a = "\\q"', "a = 1.", "a={}\na.b=1",
    "a = [1]\n[[a]]", "[a]\nb = 1\n[a.b]", "a = 1979-02-30", "a = 1__0", "a = 0x", "a = +0x1", "a = .5",
    "a = 'x\ny'", 'a = "\\uD800"', "a = {b = 1\n}", "[a.b]\n[a]\nb.c = 1", "a = \"\x01\"", "a = 1 # \x01",
    "[ a ] ]", "a = true1", "a = [1 2]", "= ", "[]", "a = 1_", "a = 1e", "a = 07:32", "a.b = 1\na = 2",
    "a = {x = 1, x = 2}", "[a]\n[a.b.c]\n[a.b]\n[a.b]",
]
for text in invalid:
    try:
        print(repr(text), tomllib.loads(text))
    except tomllib.TOMLDecodeError as e:
        print(repr(text), "TOMLDecodeError")
for bad in [lambda: tomllib.loads(b"a = 1"), lambda: tomllib.load(io.StringIO("a = 1")),
            lambda: tomllib.loads("a = 1.5", parse_float=lambda s: [s])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(tomllib.TOMLDecodeError.__module__, issubclass(tomllib.TOMLDecodeError, ValueError))
