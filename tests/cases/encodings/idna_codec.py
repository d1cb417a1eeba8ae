import codecs, stringprep
for name in ["bücher.de", "example.com", "ÉCOLE.fr.", "münchen", "xn--bcher-kva.de", "日本語.jp", "a..b", "", "x" * 64 + ".com", "ﬁ.com", "Straße.de"]:
    try:
        e = name.encode("idna"); print(repr(name), e, e.decode("idna"))
    except UnicodeError as ex:
        print(repr(name), type(ex).__name__, ex)
for b in [b"xn--bcher-kva.de", b"XN--BCHER-KVA.de", b"plain.org", b"xn--zz"]:
    try: print(b, b.decode("idna"))
    except UnicodeError as ex: print(b, type(ex).__name__, ex)
enc = codecs.getincrementalencoder("idna")()
print(enc.encode("bücher."), enc.encode("de", final=True))
dec = codecs.getincrementaldecoder("idna")()
print(dec.decode(b"xn--bcher-kva."), dec.decode(b"de", final=True))
print(stringprep.in_table_a1("\u0221"), stringprep.in_table_b1("\u00ad"), stringprep.map_table_b3("\u00df"), stringprep.map_table_b2("\u2121"), stringprep.in_table_c11(" "), stringprep.in_table_d1("\u05d0"), stringprep.in_table_d2("a"), stringprep.in_table_c9("\U000e0001"))
try: "a\u0600b".encode("idna")
except UnicodeError as ex: print(ex)
