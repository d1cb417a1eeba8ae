# io's buffered classes over a raw stream written in Python.
import io


class Chunks(io.RawIOBase):
    """Hands out its data three bytes per readinto."""

    def __init__(self, data):
        self.data = data

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), 3, len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


class Sink(io.RawIOBase):
    def __init__(self):
        self.writes = []

    def writable(self):
        return True

    def write(self, b):
        self.writes.append(bytes(b))
        return len(b)


r = io.BufferedReader(Chunks(b"hello\nworld\nlast"), 4)
print(r.readline(), r.peek()[:1], r.read(3), r.read1(), r.read())
print(Chunks(b"abcdefg").read(5), Chunks(b"abcdefg").readall(), Chunks(b"x\ny").readline())
sink = Sink()
w = io.BufferedWriter(sink, 8)
print(w.write(b"abc"), sink.writes)
w.write(b"defghijk")
print(sink.writes)
w.flush()
print(sink.writes, w.writable(), w.readable())
t = io.TextIOWrapper(io.BufferedReader(Chunks("gr\u00fc\u00df\nzwei\n".encode())), encoding="utf-8")
print(t.readline(), t.read())
pair = io.BufferedRWPair(Chunks(b"in"), Sink())
print(pair.read(), pair.write(b"out"), pair.readable(), pair.writable())
print(isinstance(open(__file__, "rb"), io.BufferedReader), issubclass(io.BufferedReader, io.BufferedIOBase))
try:
    io.BufferedReader(Sink())
except OSError as e:
    print(type(e).__name__, e)
