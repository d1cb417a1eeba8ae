# graphlib: static orders, get_ready batches with done(), cycles (the
# cycle's nodes as CPython lists them), and the misuse errors.
import graphlib
from graphlib import TopologicalSorter, CycleError
print(list(TopologicalSorter({"d": ["b", "c"], "b": ["a"], "c": ["a"], "e": []}).static_order()))
print(list(TopologicalSorter({2: {11}, 9: {11, 8}, 10: {11, 3}, 11: {7, 5}, 8: {7, 3}}).static_order()))
ts = TopologicalSorter()
ts.add("build", "compile", "link")
ts.add("compile", "fetch")
ts.add("link", "compile")
ts.prepare()
while ts:
    batch = ts.get_ready()
    print("ready", batch)
    ts.done(*batch)
for g in ({1: [2], 2: [1]}, {1: [2], 2: [3], 3: [1]}, {"a": ["b"], "b": ["c"], "c": ["b"], "d": ["a"]}, {1: [1]}):
    try:
        list(TopologicalSorter(g).static_order())
    except CycleError as e:
        print(type(e).__mro__[1].__name__, e.args)
ts = TopologicalSorter({1: [2]})
for action in (ts.get_ready, ts.is_active, lambda: ts.done(1)):
    try:
        action()
    except ValueError as e:
        print(e)
ts.prepare()
for action in (ts.prepare, lambda: ts.add(3), lambda: ts.done(1), lambda: ts.done(9)):
    try:
        action()
    except ValueError as e:
        print(e)
print(ts.get_ready())
ts.done(2)
try:
    ts.done(2)
except ValueError as e:
    print(e)
print(ts.get_ready(), ts.is_active(), TopologicalSorter[int])
