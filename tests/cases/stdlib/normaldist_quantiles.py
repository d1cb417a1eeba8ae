import random
from statistics import NormalDist, StatisticsError

rng = random.Random(11)
std = NormalDist()
ps = [rng.random() for _ in range(3000)] + [1e-300, 1e-20, 1e-10, 0.0001, 0.02425, 0.075, 0.5, 0.925, 0.97575,
                                           0.9999, 1 - 1e-16, 0.425, 0.575, 0.07499999999999998]
values = [std.inv_cdf(p) for p in ps]
print(values[:5], values[-14:])
print(sum(values), hash(tuple(values)))
d = NormalDist(100, 15)
print(d.inv_cdf(0.975), d.quantiles(), d.quantiles(10), NormalDist(3, 0.5).inv_cdf(0.1))
pairs = [(NormalDist(0, 1), NormalDist(0, 1)), (NormalDist(2.4, 1.6), NormalDist(3.2, 2.0)),
         (NormalDist(10, 3), NormalDist(-4, 0.5)), (NormalDist(1, 2), NormalDist(5, 2)), (NormalDist(0, 1), NormalDist(0, 9))]
print([a.overlap(b) for a, b in pairs], [b.overlap(a) for a, b in pairs])
for bad in (0.0, 1.0, -0.5, 2):
    try:
        std.inv_cdf(bad)
    except StatisticsError as e:
        print("StatisticsError", e)
for args in [(NormalDist(0, 0), NormalDist(1, 1))]:
    try:
        args[0].overlap(args[1])
    except StatisticsError as e:
        print("StatisticsError", e)
try:
    std.overlap(5)
except TypeError as e:
    print("TypeError", e)
try:
    NormalDist(1, 0).inv_cdf(0.5)
except StatisticsError as e:
    print("StatisticsError", e)
samples = NormalDist(5, 2).samples(5, seed=3)
print(samples, NormalDist.from_samples([1, 2, 3, 4]).inv_cdf(0.3))
