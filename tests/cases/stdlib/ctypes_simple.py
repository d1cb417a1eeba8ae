import ctypes
from ctypes import *
for t in [c_byte, c_ubyte, c_short, c_ushort, c_int, c_uint, c_long, c_ulong, c_longlong, c_size_t, c_ssize_t, c_float, c_double, c_bool, c_char, c_wchar, c_char_p, c_wchar_p, c_void_p, c_int8, c_uint64]:
    print(t.__name__, sizeof(t), t._type_, t().value)
print(c_int(2**31).value, c_uint(-1).value, c_byte(200).value, c_long(2**64 + 5).value, c_float(0.1).value, c_double(0.1).value)
print(c_bool(5).value, c_char(65).value, c_void_p(0).value, sizeof(c_int(3)), c_ulonglong(-1).value)
x = c_int(5); x.value = 7; print(x.value, repr(c_int(3)))
try:
    c_int(1.5)
except TypeError as e:
    print("TypeError", e)
print((1 << (8*sizeof(c_long) - 1)) - 1)
