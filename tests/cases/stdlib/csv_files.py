# csv: reading (quotes, doubled quotes, newlines inside quotes, escapes,
# skipinitialspace, strict mode, QUOTE_NONNUMERIC), writing with every
# quoting mode, dialects, DictReader/DictWriter, and error messages.
import csv
import io

text = 'name,age,note\r\n"Smith, J",42,"said ""hi"""\r\nDoe,7,"two\nlines"\r\n,,\r\nlast,1,end'
for row in csv.reader(io.StringIO(text, newline="")):
    print(row)
r = csv.reader(["a;b;c", " d; 'e;f' ;g"], delimiter=";", quotechar="'", skipinitialspace=True)
print(list(r), r.line_num)
print(list(csv.reader(['a\\,b,c'], escapechar="\\")), list(csv.reader(['"a"b,c'])), list(csv.reader([""])))
print(list(csv.reader(["1,2.5,\"x\"", "3,,4"], quoting=csv.QUOTE_NONNUMERIC)) if False else
      list(csv.reader(["1,2.5,\"x\""], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(["a\tb\tc"], dialect="excel-tab")), list(csv.reader(["x,y"], "unix")))
for bad, kwargs in [(['"a"b,c'], {"strict": True}), (['"abc'], {"strict": True}), (["a,b\rc"], {}),
                    (["1,x"], {"quoting": csv.QUOTE_NONNUMERIC}), (["a"], {"delimiter": "::"}),
                    (["a"], {"quoting": 7}), (["a"], {"bogus": 1}), (["a\0b"], {})]:
    try:
        print(list(csv.reader(bad, **kwargs)))
    except (csv.Error, TypeError, ValueError) as e:
        print(type(e).__name__, e)

for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE):
    out = io.StringIO()
    w = csv.writer(out, quoting=quoting, escapechar="\\")
    for row in [["a", "b c", 1, 2.5, None, True], ["has,comma", 'has"quote', "new\nline", ""], [""], []]:
        try:
            w.writerow(row)
        except csv.Error as e:
            out.write("Error: %s\n" % e)
    print(repr(out.getvalue()))
out = io.StringIO()
w = csv.writer(out, delimiter="|", lineterminator="\n", doublequote=False, escapechar="!")
print(w.writerow(['x"y', "a|b", 1 / 3]), repr(out.getvalue()))
try:
    csv.writer(io.StringIO(), doublequote=False).writerow(['a"b'])
except csv.Error as e:
    print(e)
try:
    csv.writer(io.StringIO()).writerow(5)
except csv.Error as e:
    print(e)

data = io.StringIO("id,name,score\n1,ann,9.5\n2,bob\n3,cy,7,extra\n\n4,dee,8\n")
rd = csv.DictReader(data, restkey="rest", restval="?")
print(rd.fieldnames)
for row in rd:
    print(row, rd.line_num)
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "name"], restval="-")
dw.writeheader()
dw.writerows([{"id": 1, "name": "x"}, {"id": 2}])
print(repr(out.getvalue()))
try:
    dw.writerow({"id": 3, "oops": 1})
except ValueError as e:
    print(e)
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
print(csv.list_dialects(), csv.get_dialect("pipes").delimiter)
out = io.StringIO()
csv.writer(out, "pipes").writerow([1, "a"])
print(repr(out.getvalue()))
csv.unregister_dialect("pipes")
try:
    csv.get_dialect("pipes")
except csv.Error as e:
    print(e)
print(csv.field_size_limit(), csv.QUOTE_NONE, csv.excel.delimiter, repr(csv.excel_tab.delimiter))
