"""stringprep: the tables of RFC 3454 (Unicode 3.2), as membership
tests and mappings of single characters. The data is generated from
CPython by tools/gen_stringprep.py."""

from bisect import bisect_right

import _stringprep_data as _data


def _in(table, code):
    cp = ord(code)
    i = bisect_right(table, (cp, 0x10FFFF))
    return i > 0 and table[i - 1][0] <= cp <= table[i - 1][1]


def in_table_a1(code):
    return _in(_data.A1, code)


def in_table_b1(code):
    return _in(_data.B1, code)


def map_table_b3(code):
    return _data.MAP_B3.get(ord(code), code)


def map_table_b2(a):
    return _data.MAP_B2.get(ord(a), a)


def in_table_c11(code):
    return _in(_data.C11, code)


def in_table_c12(code):
    return _in(_data.C12, code)


def in_table_c11_c12(code):
    return in_table_c11(code) or in_table_c12(code)


def in_table_c21(code):
    return _in(_data.C21, code)


def in_table_c22(code):
    return _in(_data.C22, code)


def in_table_c21_c22(code):
    return in_table_c21(code) or in_table_c22(code)


def in_table_c3(code):
    return _in(_data.C3, code)


def in_table_c4(code):
    return _in(_data.C4, code)


def in_table_c5(code):
    return _in(_data.C5, code)


def in_table_c6(code):
    return _in(_data.C6, code)


def in_table_c7(code):
    return _in(_data.C7, code)


def in_table_c8(code):
    return _in(_data.C8, code)


def in_table_c9(code):
    return _in(_data.C9, code)


def in_table_d1(code):
    return _in(_data.D1, code)


def in_table_d2(code):
    return _in(_data.D2, code)
