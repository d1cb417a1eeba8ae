# The same seeds give CPython's streams: ints of every size and sign,
# floats, str, bytes, and every method that draws from the generator.
import random

for seed in [0, 1, 42, -42, 2**32, 2**32 - 1, 2**64 + 7, -(10**50), 3.25, "hello", "", b"bytes", bytearray(b"ba"), "ünïcode"]:
    random.seed(seed)
    print(repr(seed), random.random(), random.getrandbits(7), random.getrandbits(70), random.randrange(10**30))

random.seed(12345)
print([random.randint(-10, 10) for _ in range(20)])
print([random.randrange(0, 100, 7) for _ in range(10)], random.randrange(50, 0, -3), random.randrange(7))
print([round(random.uniform(-100.0, 100.0), 12) for _ in range(5)])
print(random.uniform(-100.0, 100.0), random.triangular(), random.triangular(1, 10, 3))
print(random.choice("abcdefg"), random.choice(range(1000)), random.choices(range(10), k=5))
print(random.choices("abc", weights=[5, 1, 0.5], k=8), random.choices("xyz", cum_weights=[1, 2, 10], k=4))
deck = list(range(20))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 10), random.sample("abcdefghij", 4), random.sample(range(10**6), 3))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.gauss(), random.gauss(10, 2), random.gauss(), random.normalvariate(), random.normalvariate(5, 0.1))
print(random.expovariate(1.5), random.lognormvariate(0, 1), random.vonmisesvariate(1.0, 4.0), random.vonmisesvariate(0, 0))
print(random.gammavariate(0.5, 1), random.gammavariate(1.0, 2), random.gammavariate(3.5, 0.5), random.betavariate(2, 3))
print(random.paretovariate(2.5), random.weibullvariate(1.0, 1.5), random.randbytes(6), random.getrandbits(0))

state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)], state[0], len(state[1]), state[2])

r1 = random.Random(7)
r2 = random.Random()
r2.seed(7)
print(r1.random() == r2.random(), r1.randint(1, 6), r2.randint(1, 6), random.Random("7").random())
version1 = random.Random()
version1.seed("text", version=1)
print(version1.random())


class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)


print([Dice(3).roll() for _ in range(3)], Dice(4).roll())

for expr in ["random.randrange(0)", "random.randrange(5, 2)", "random.randrange(1, 10, 0)",
             "random.randrange(10, 1, 2)", "random.choice([])",
             "random.sample([1, 2], 3)", "random.sample({1, 2}, 1)", "random.choices([1, 2], [1])",
             "random.choices([1], [0])", "random.choices([1, 2], [1, 1], cum_weights=[1, 2])",
             "random.seed([1])", "random.getrandbits(-1)", "random.setstate((1, 2))",
             "random.choices([1, 2], 2)", "random.sample([1, 2, 3], counts=[1, 1], k=1)",
             "random.shuffle((1, 2))", "random.gammavariate(-1, 1)", "random.Random().setstate((3, (1,) * 10, None))"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
