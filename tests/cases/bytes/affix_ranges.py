# bytes/bytearray startswith and endswith with start and end, tuples of
# affixes, and their errors.
for data in (b"chunk1chunk2\nchunk3\n", bytearray(b"chunk1chunk2\nchunk3\n")):
    print(data.startswith(b"\n", 12), data.startswith(b"chunk", 6), data.startswith(b"chunk", 6, 8))
    print(data.endswith(b"2", 0, 12), data.endswith((b"x", b"3\n")), data.endswith(b"\n", -8, -7))
    print(data.startswith(b"", 20), data.startswith(b"", 21), data.startswith((b"a", b"ch"), -7))
    for bad in [("a",), (("a",),), (b"a", 1, 2, 3), (b"a", "x")]:
        try:
            data.startswith(*bad)
        except TypeError as e:
            print("TypeError", e)
    try:
        data.endswith(1)
    except TypeError as e:
        print("TypeError", e)
