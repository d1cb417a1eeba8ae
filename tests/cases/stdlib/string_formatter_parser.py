# _string (CPython's helpers under string.Formatter): parsing format
# strings and splitting field names.
import _string
import string

for text in ["a{0!r:>5}b{x.y[1]}c{{", "{}{:{}}", "plain", "}}{{", "{a[0].b!s:^{w}}"]:
    print(list(_string.formatter_parser(text)))
first, rest = _string.formatter_field_name_split("x.y[1][key].z")
print(first, list(rest))
first, rest = _string.formatter_field_name_split("0")
print(repr(first), list(rest))
for bad in ["{", "}", "{0!x}"]:
    try:
        list(_string.formatter_parser(bad))
    except ValueError as e:
        print("ValueError", e)
print(string.Formatter().format("{0}-{name}", 1, name="n"))
