"""Method calls and attribute access on many small objects."""

class Particle:
    __slots__ = ("x", "v")

    def __init__(self, x, v):
        self.x = x
        self.v = v

    def step(self, dt):
        self.x += self.v * dt

    def energy(self):
        return 0.5 * self.v * self.v

class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount
        return self

    def withdraw(self, amount):
        if amount <= self.balance:
            self.balance -= amount
            return True
        return False

particles = [Particle(float(i), (i % 17) * 0.5) for i in range(2000)]
for _ in range(200):
    for p in particles:
        p.step(0.01)
total = sum(p.energy() for p in particles)
accounts = [Account(i) for i in range(1000)]
ok = 0
for round_ in range(300):
    for a in accounts:
        a.deposit(round_ % 5)
        if a.withdraw(3):
            ok += 1
print(round(total, 6), round(sum(p.x for p in particles), 6), ok, sum(a.balance for a in accounts))
