"""Rich comparisons for containers that keep their items in a list
`_items` (collections.deque, array.array): item by item, as lists
compare, and only with their own kind."""


def add_comparisons(cls):
    """Class decorator: __eq__, __ne__, __lt__, __le__, __gt__, __ge__."""
    ops = {"eq": lambda a, b: a == b, "ne": lambda a, b: a != b, "lt": lambda a, b: a < b,
           "le": lambda a, b: a <= b, "gt": lambda a, b: a > b, "ge": lambda a, b: a >= b}
    for name, op in ops.items():
        def compare(self, other, op=op):
            if not isinstance(other, cls):
                return NotImplemented
            return op(self._items, other._items)
        compare.__name__ = f"__{name}__"
        compare.__qualname__ = f"{cls.__qualname__}.__{name}__"
        setattr(cls, compare.__name__, compare)
    return cls
