import pickle, pickletools, io
for proto in range(6):
    data = pickle.dumps([1, "a", (2, 3), {"k": b"v"}, 1.5, None, True, 2**70, [[]] * 2], proto)
    out = io.StringIO()
    pickletools.dis(data, out, annotate=1)
    print(out.getvalue())
    opt = pickletools.optimize(data)
    print(len(opt) <= len(data), pickle.loads(opt) == pickle.loads(data), [op.name for op, arg, pos in pickletools.genops(opt)][:6])
print(len(pickletools.opcodes), pickletools.code2op["("].name, pickletools.markobject, pickletools.uint1.n)
try:
    pickletools.dis(b"e.")
except ValueError as e:
    print(e)
