# io.IncrementalNewlineDecoder: line endings seen (newlines), translation,
# a \r split across chunks, state, and wrapping a bytes decoder.
import codecs
import io

d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode("a\r")), d.getstate(), repr(d.decode("\nb\rc\n")), d.newlines)
d = io.IncrementalNewlineDecoder(None, translate=False)
print(repr(d.decode("x\r\ny\r", final=True)), d.newlines)
d.reset()
print(d.newlines, d.getstate())
u = io.IncrementalNewlineDecoder(codecs.getincrementaldecoder("utf-8")(), translate=True)
print(repr(u.decode(b"caf\xc3")), repr(u.decode(b"\xa9\r")), u.getstate(), repr(u.decode(b"", final=True)), u.newlines)
u.setstate((b"", 1))
print(repr(u.decode(b"\nz")))
