import copyreg, pickle, collections
copyreg.add_extension("collections", "OrderedDict", 240)
copyreg.add_extension("builtins", "set", 0x1234)
for proto in (0, 2, 4):
    data = pickle.dumps([collections.OrderedDict, set], proto)
    print(proto, data, pickle.loads(data))
copyreg.remove_extension("collections", "OrderedDict", 240)
try: copyreg.remove_extension("collections", "OrderedDict", 240)
except ValueError as e: print(e)
try: copyreg.add_extension("x", "y", 0)
except ValueError as e: print(e)
try: pickle.loads(b"\x80\x02\x82\x05.")
except ValueError as e: print(e)
