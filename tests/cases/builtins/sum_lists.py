# sum() over lists of machine ints and floats (a fast path) must give
# the general loop's results: exact ints past 64 bits, floats added one
# at a time, int starts, and list subclasses iterating their own way.
print(sum([1, 2, 3]), sum([2**62, 2**62, 2**62]), sum([-2**63, -1]), sum([0.1] * 10), sum([0.1] * 10, 5))
print(sum([1.5, 2.5], 0.25), sum([], 7), sum([1, 2], 2**70), sum([1e308, 1e308]), sum([1.0, float("nan")]))
print(sum(list(range(1000))), sum([x / 7 for x in range(100)]), sum([2**40] * 2**10, -1))


class Backwards(list):
    def __iter__(self):
        return iter([100])


print(sum(Backwards([1, 2])), sum([True, 2]), sum([1, 2.5]), sum([[1], [2]], []))
