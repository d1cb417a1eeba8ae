"""A small library the tests below exercise."""


class OutOfStock(Exception):
    pass


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, count=1):
        if count <= 0:
            raise ValueError(f"count must be positive, not {count}")
        self.items[name] = self.items.get(name, 0) + count

    def take(self, name, count=1):
        have = self.items.get(name, 0)
        if have < count:
            raise OutOfStock(name)
        self.items[name] = have - count
        if not self.items[name]:
            del self.items[name]

    def names(self):
        return sorted(self.items)

    def total(self):
        return sum(self.items.values())


def mean(values):
    return sum(values) / len(values)
