"""stringprep: the tables of RFC 3454 (Unicode 3.2), as membership
tests and mappings of single characters. The data is generated from
CPython by tools/gen_stringprep.py."""

from bisect import bisect_right

import _stringprep_data as _data


def _in(table, code):
    cp = ord(code)
    i = bisect_right(table, (cp, 0x10FFFF))
    return i > 0 and table[i - 1][0] <= cp <= table[i - 1][1]


def _member(table, name):
    """A test of whether a character is in one of the range tables."""
    def test(code):
        return _in(table, code)
    test.__name__ = name
    return test


in_table_a1 = _member(_data.A1, "in_table_a1")
in_table_b1 = _member(_data.B1, "in_table_b1")
in_table_c11 = _member(_data.C11, "in_table_c11")
in_table_c12 = _member(_data.C12, "in_table_c12")
in_table_c21 = _member(_data.C21, "in_table_c21")
in_table_c22 = _member(_data.C22, "in_table_c22")
in_table_c3 = _member(_data.C3, "in_table_c3")
in_table_c4 = _member(_data.C4, "in_table_c4")
in_table_c5 = _member(_data.C5, "in_table_c5")
in_table_c6 = _member(_data.C6, "in_table_c6")
in_table_c7 = _member(_data.C7, "in_table_c7")
in_table_c8 = _member(_data.C8, "in_table_c8")
in_table_c9 = _member(_data.C9, "in_table_c9")
in_table_d1 = _member(_data.D1, "in_table_d1")
in_table_d2 = _member(_data.D2, "in_table_d2")


def map_table_b3(code):
    return _data.MAP_B3.get(ord(code), code)


def map_table_b2(a):
    return _data.MAP_B2.get(ord(a), a)


def in_table_c11_c12(code):
    return in_table_c11(code) or in_table_c12(code)


def in_table_c21_c22(code):
    return in_table_c21(code) or in_table_c22(code)
