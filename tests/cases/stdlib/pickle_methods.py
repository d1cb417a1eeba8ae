import pickle, copy
class C:
    def m(self): return 42
    @classmethod
    def cm(cls): return "cm"
c = C()
for proto in range(6):
    for obj in [c.m, C.cm, [].append, list.append, dict.fromkeys, len, str.join, (1).bit_length]:
        back = pickle.loads(pickle.dumps(obj, proto))
        print(proto, type(back).__name__, getattr(back, "__name__", None))
print(pickle.loads(pickle.dumps(c.m))(), copy.copy(c.m)() , copy.deepcopy(C.cm)())
print([].append.__reduce__()[1][1], list.append.__reduce__(), len.__reduce__(), c.m.__reduce__()[1][1])
