"""Heap queues on plain lists (smallest item at index 0): `heapq`.

The sift operations are the ones CPython uses (moving the smaller child up
to a leaf, then the new item down), so heaps hold their items in the same
order as CPython's.
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest",
           "heappushpop"]


def _check(heap, name):
    if not isinstance(heap, list):
        # One-argument functions say "argument", the others "argument 1".
        which = "argument" if name in ("heappop", "heapify") else "argument 1"
        raise TypeError(f"{name}() {which} must be list, not {type(heap).__name__}")


def _less(a, b):
    return a < b


def _greater(a, b):
    # Max heaps ask `b < a`: the same `<` calls CPython makes.
    return b < a


def _siftdown(heap, startpos, pos, above=_less):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if above(newitem, parent):
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos, above=_less):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not above(heap[childpos], heap[rightpos]):
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos, above)


def heappush(heap, item):
    _check(heap, "heappush")
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    _check(heap, "heappop")
    if not heap:
        raise IndexError("index out of range")
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item):
    _check(heap, "heapreplace")
    if not heap:
        raise IndexError("index out of range")
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item):
    _check(heap, "heappushpop")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    _check(x, "heapify")
    for i in reversed(range(len(x) // 2)):
        _siftup(x, i)


# Max-heap helpers (largest item at index 0).
def _heappop_max(heap):
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0, _greater)
        return returnitem
    return lastelt


def _heapreplace_max(heap, item):
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0, _greater)
    return returnitem


def _heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _siftup(x, i, _greater)


def nsmallest(n, iterable, key=None):
    """The n smallest items (as sorted(iterable, key=key)[:n])."""
    return sorted(iterable, key=key)[:max(n, 0)]


def nlargest(n, iterable, key=None):
    """The n largest items (as sorted(iterable, key=key, reverse=True)[:n])."""
    return sorted(iterable, key=key, reverse=True)[:max(n, 0)]


def merge(*iterables, key=None, reverse=False):
    """Merges sorted inputs into one sorted stream; equal items come in
    the order of their inputs."""
    iterators = [iter(it) for it in iterables]
    heads = []
    for order, it in enumerate(iterators):
        for value in it:
            heads.append([value if key is None else key(value), order, value, it])
            break

    def better(a, b):
        if reverse:
            return b[0] < a[0] or (not a[0] < b[0] and a[1] < b[1])
        return a[0] < b[0] or (not b[0] < a[0] and a[1] < b[1])

    while heads:
        best = 0
        for i in range(1, len(heads)):
            if better(heads[i], heads[best]):
                best = i
        entry = heads[best]
        yield entry[2]
        for value in entry[3]:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            break
        else:
            del heads[best]


# The native versions (crates/stdlib/src/heapq.rs), as CPython takes its C
# accelerator; the Python ones above remain for import_fresh_module tests.
try:
    from _heapq import *
    from _heapq import _heapify_max, _heappop_max, _heapreplace_max
except ImportError:
    pass
