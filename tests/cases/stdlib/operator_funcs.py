# operator: functions, in-place forms, and the getter/caller classes.
import operator as op

print(op.add(2, 3), op.sub(5, 2), op.mul("ab", 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(5), op.pos(-5), op.abs(-3), op.inv(5), op.lshift(1, 4), op.rshift(16, 2), op.and_(6, 3), op.or_(6, 3), op.xor(6, 3))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2), op.not_([]), op.truth("x"), op.is_(None, None), op.is_not(1, None))
print(op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"), op.getitem([5, 6], 1), op.concat([1], [2]), op.index(7))
lst = [1, 2, 3]
op.setitem(lst, 0, 9)
op.delitem(lst, 1)
print(lst, op.iadd([1], [2]), op.iconcat("a", "b"), op.length_hint(iter([1, 2, 3])), op.length_hint(object(), 5), op.call(len, "abc"))
print(op.itemgetter(1)("abc"), op.itemgetter(0, 2)("abc"), op.attrgetter("real")(3), op.attrgetter("real", "imag")(1 + 2j))
print(op.methodcaller("split", ",")("a,b"), op.methodcaller("rjust", 5, "*")("x"), op.methodcaller("split", sep=",", maxsplit=1)("a,b,c"))
print(repr(op.itemgetter(1, "k")), repr(op.attrgetter("a.b")), repr(op.methodcaller("m", 1, x=2)))
print(sorted([("b", 2), ("a", 3), ("c", 1)], key=op.itemgetter(1)), op.__add__(1, 2))
for expr in ["op.indexOf([1], 5)", "op.attrgetter(1)", "op.methodcaller(1)", "op.concat(1, 2)"]:
    try:
        eval(expr)
    except Exception as e:
        print(expr, type(e).__name__, e)
