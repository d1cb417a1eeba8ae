import io
w = io.TextIOWrapper(io.BytesIO(), encoding="locale")
print(w.encoding, io.text_encoding(None), io.text_encoding("latin-1"))
w.write("h\u00e9")
w.flush()
print(w.buffer.getvalue())
