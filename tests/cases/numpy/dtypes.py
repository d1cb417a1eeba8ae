import numpy as np

for name in ["f8", "<i4", "float32", "int", "float", "complex", "?", "b", "u2", "int64", "c8", "uint"]:
    d = np.dtype(name)
    print(name, repr(d), d.name, d.kind, d.char, d.itemsize, d.str)
print(np.dtype(np.float64) == np.float64, np.dtype("f8") == "float64", np.dtype(int) == np.int64)
print(np.dtype("i4") == np.dtype("int32"), np.dtype("i4") != np.dtype("i8"), str(np.dtype(bool)))
print(np.float64 is np.dtype(float).type, np.dtype(np.int8).type.__name__)
try:
    np.dtype("foo")
except TypeError as e:
    print("TypeError:", e)
print(np.promote_types("i1", "u1"), np.promote_types(np.int64, np.uint64), np.promote_types("f4", "i8"))
print(np.result_type(np.int8, np.float32), np.result_type(np.arange(3, dtype=np.int8), 1000))
print(np.result_type(3, 4.5), np.result_type(np.ones(2, np.float32), 2.0))
print(np.can_cast(np.int32, np.int64), np.can_cast(np.float64, np.int8), np.can_cast("f8", "f4", "same_kind"))
print(issubclass(np.float64, float), issubclass(np.int64, np.integer), issubclass(np.float32, np.floating))
print(issubclass(np.uint8, np.unsignedinteger), issubclass(np.complex128, complex), issubclass(np.bool_, np.generic))
print(np.int_ is np.int64, np.float_ is np.float64, np.intp is np.int64, np.double is np.float64)
