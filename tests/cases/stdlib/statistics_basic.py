# statistics: exact means and variances (ints, floats, Fractions, mixed),
# correctly rounded standard deviations, medians, modes, quantiles,
# covariance/correlation/regression, NormalDist, errors; plus 300 random
# datasets compared digit for digit.
import random
import statistics as st
from fractions import Fraction

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
ints = [1, 2, 2, 3, 4, 7, 9]
fracs = [Fraction(1, 3), Fraction(2, 7), Fraction(5, 6)]
for d in (data, ints, fracs, [1, 2.5, Fraction(1, 2)], [True, 3]):
    print(repr(st.mean(d)), repr(st.fmean(d)), repr(st.median(d)), st.median_low(d), st.median_high(d))
for d in (data, ints, fracs, [0.1] * 10, [1, 10**20, 3]):
    print(repr(st.variance(d)), repr(st.pvariance(d)), repr(st.stdev(d)), repr(st.pstdev(d)))
print(st.variance(data, st.mean(data)), st.pstdev(ints, 4), st.stdev([1, 1, 1]))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]),
      st.harmonic_mean([2.5, 0]), st.harmonic_mean([7]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2), st.median([1, 3, 5, 7]))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red", "green", "red"]),
      st.multimode("aabbbbccddddeeffffgg"), st.multimode([]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91,
                    103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88],
                   n=10))
print(st.quantiles([1, 2, 3, 4, 5], n=4, method="inclusive"), st.quantiles([1.5, 2.5], n=3))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x[::-1]), st.correlation(x, y), st.linear_regression(x, y))
print(st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
nd = st.NormalDist(100, 15)
print(nd, nd.pdf(110), nd.cdf(130), nd.zscore(85), nd.mean, nd.variance, nd + 5, nd * 2, nd - st.NormalDist(1, 2))
print(st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), len(nd.samples(5, seed=7)), nd == st.NormalDist(100, 15))
for call in [lambda: st.mean([]), lambda: st.variance([1]), lambda: st.median([]), lambda: st.mode([]),
             lambda: st.quantiles([1], n=4), lambda: st.geometric_mean([1, -1]), lambda: st.harmonic_mean([-1, 2]),
             lambda: st.correlation([1, 1], [1, 2]), lambda: st.covariance([1], [1, 2]),
             lambda: st.linear_regression([1, 1], [1, 2]), lambda: st.NormalDist(0, -1), lambda: st.mean(["a"])]:
    try:
        print(call())
    except (st.StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
r = random.Random(2024)
digest = []
for _ in range(300):
    n = r.randrange(2, 30)
    d = [r.uniform(-1e3, 1e3) * 10 ** r.randint(-5, 5) for _ in range(n)]
    digest.append((st.mean(d), st.stdev(d), st.pvariance(d), st.median(d), st.fmean(d)))
print(hash(tuple(map(repr, digest))), digest[:3])
