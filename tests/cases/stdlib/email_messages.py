import email
from email import message_from_string
raw = """From: A <a@b.c>
To: d@e.f
Subject: multi
 continued
Content-Type: multipart/mixed; boundary="XYZ"

preamble text
--XYZ
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

aGVsbG8gd29ybGQ=
--XYZ
Content-Type: text/plain

second
part

--XYZ--
epilogue
"""
m = message_from_string(raw)
print(m.is_multipart(), m["subject"], repr(m.preamble), repr(m.epilogue), m.get_boundary())
for p in m.walk():
    print(p.get_content_type(), p.get_content_charset(), repr(p.get_payload(decode=True)) if not p.is_multipart() else "-")
print(m.items())
print(repr(m.as_string()))
s = message_from_string("Content-Type: text/html; charset=ISO-8859-1; name=\"a b.html\"\nX: 1\nX: 2\n\nbody\n")
print(s.get_params(), s.get_param("name"), s.get_filename(), s.get_all("x"), s.get_content_maintype(), len(s), "x" in s)
s.add_header("Content-Disposition", "attachment", filename="f.txt")
s.set_param("charset", "utf-8")
s.replace_header("X", "3")
del s["nothere"]
print(s.items(), str(s))
h = message_from_string("no colon line\nmore\n")
print(h.defects, repr(h.get_payload()), h.keys())
print(message_from_string(" cont\nA: b\n\nx").defects)
e = email.message.Message(); e["A"] = "b"; e.set_payload("hi"); print(repr(e.as_string()), e.get_content_type())
from email.parser import Parser, HeaderParser, BytesParser
print(HeaderParser().parsestr("A: 1\n\nbody").get_payload(), BytesParser().parsebytes(b"A: \xe9\n\nx")["A"] == "\udce9")
