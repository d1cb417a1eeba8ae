# itertools: every tool, with reprs and error messages.
from itertools import *
import operator

print(list(islice(count(5), 3)), list(islice(count(1.5, 0.5), 3)), repr(count(5)), repr(count(2, 3)), repr(count(0.5)))
c = count(10)
next(c)
print(repr(c), list(islice(cycle("ab"), 5)), list(repeat("x", 3)), repr(repeat(1, 2)), repr(repeat(None)), list(repeat(1, -2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)), list(accumulate([1, 2], initial=10)), list(accumulate([])))
print(list(chain("ab", [1, 2], ())), list(chain.from_iterable(["xy", "z"])), list(compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(filterfalse(None, [0, 1, "", "a"])))
print([(k, list(g)) for k, g in groupby("aaabbcaa")], [(k, len(list(g))) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = groupby("aabbb")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2), list(groups))
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 4)), list(islice("abcdefg", 2, None)), list(islice("abcdefg", 0, None, 2)), list(islice(range(10), 1, 8, 3)))
print(list(pairwise("abcd")), list(pairwise("a")), list(starmap(pow, [(2, 5), (3, 2)])))
print(list(zip_longest("ab", "xyz", fillvalue="-")), list(zip_longest()), list(zip_longest([1], [])))
print(list(product("ab", [1, 2])), list(product([0, 1], repeat=2)), list(product()), len(list(product(range(3), repeat=3))))
print(list(permutations("abc")), list(permutations(range(3), 2)), list(permutations("ab", 3)), list(permutations([], 0)))
print(list(combinations("abcd", 2)), list(combinations(range(4), 3)), list(combinations("ab", 3)), list(combinations("abc", 0)))
print(list(combinations_with_replacement("abc", 2)), list(combinations_with_replacement([], 0)), list(combinations_with_replacement([], 1)))
a, b = tee(iter([1, 2, 3]))
print(next(a), list(b), list(a), len(tee("x", 3)), tee("x", 0))
print(type(chain()).__name__, type(count()).__name__)
for expr in ["islice('abc', -1)", "islice('abc', 1, -1)", "islice('abc', 0, 2, 0)", "islice('abc', 'x')", "permutations('ab', -1)",
             "combinations('ab', -1)", "tee('a', -1)", "count('a')", "product('a', repeat=-1)"]:
    try:
        eval(expr)
    except Exception as e:
        print(expr, type(e).__name__, e)
