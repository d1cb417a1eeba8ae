class C:
    pass
c = C()
c.__len__ = lambda: 5
try:
    len(c)
except TypeError as e:
    print(e)
C.__len__ = lambda self: 7
print(len(c))
class Meta(type):
    def __len__(cls):
        return 99
    def __getitem__(cls, k):
        return f"class item {k}"
class WithMeta(metaclass=Meta):
    pass
print(len(WithMeta), WithMeta["x"])
class G:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"
print(G[int], list[int], dict[str, int], type(list[int]).__name__)
class Call:
    def __call__(self, *a, **k):
        return a, k
print(Call()(1, x=2))
class Rep:
    def __repr__(self):
        return "Rep!"
print([Rep()], str(Rep()), f"{Rep()}", "%s" % Rep(), "%r" % (Rep(),))
class Fmt:
    def __format__(self, spec):
        return "fmt:" + spec
print(format(Fmt(), "x>4"), f"{Fmt():abc}", "{:z}".format(Fmt()))
class BoolLen:
    def __len__(self):
        return 0
print(bool(BoolLen()), not BoolLen())
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class BadLen:
    def __len__(self):
        return "x"
try:
    len(BadLen())
except TypeError as e:
    print(e)
