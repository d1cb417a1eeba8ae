"""Small statistics helpers, documented by example.

>>> mean([1, 2, 3, 4])
2.5
"""


def mean(values):
    """The arithmetic mean.

    >>> mean([2, 4])
    3.0
    >>> mean([])
    Traceback (most recent call last):
        ...
    ValueError: mean of an empty list
    """
    if not values:
        raise ValueError("mean of an empty list")
    return sum(values) / len(values)


def spread(values):
    """Largest minus smallest (one example is wrong on purpose).

    >>> spread([3, 9, 4])
    6
    >>> spread([1.5, 1.0])
    0.25
    """
    return max(values) - min(values)
