"""Topological ordering of a graph of hashable nodes (`graphlib`).

A TopologicalSorter holds, per node, how many predecessors are not yet
done and which nodes follow it. Nodes are kept in the order they were
first named, and a node becomes ready when its last predecessor is marked
done, so the order of `get_ready()` batches and of `static_order()` is the
one CPython gives.
"""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# A node's state once prepare() has run.
_NOT_READY = 0
_PASSED_OUT = -1
_DONE = -2


class _Node:
    __slots__ = ("node", "waiting_on", "successors", "state")

    def __init__(self, node):
        self.node = node
        self.waiting_on = 0  # predecessors not yet done
        self.successors = []
        self.state = _NOT_READY


class CycleError(ValueError):
    """The graph has a cycle. `args[1]` lists its nodes, the first one
    repeated at the end (each node is a predecessor of the next)."""


class TopologicalSorter:
    """Orders the nodes of a graph so that each comes after its
    predecessors. `graph` maps each node to an iterable of predecessors."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None  # nodes ready but not yet handed out; None before prepare()
        self._handed_out = 0
        self._done = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        """Adds `node` (hashable) and edges to it from each predecessor."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.waiting_on += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        """Ends the graph: finds the nodes without predecessors and raises
        CycleError if the graph has a cycle."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [info.node for info in self._nodes.values() if info.waiting_on == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """The nodes whose predecessors are all done, not given before."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        ready = tuple(self._ready)
        for node in ready:
            self._nodes[node].state = _PASSED_OUT
        self._ready.clear()
        self._handed_out += len(ready)
        return ready

    def is_active(self):
        """Whether more nodes can become ready (or are ready now)."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._done < self._handed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Marks nodes given out by get_ready() as processed, which may make
        their successors ready."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if info.state == _NOT_READY:
                raise ValueError(f"node {node!r} was not passed out (still not ready)")
            if info.state == _DONE:
                raise ValueError(f"node {node!r} was already marked done")
            info.state = _DONE
            for successor in info.successors:
                after = self._nodes[successor]
                after.waiting_on -= 1
                if after.waiting_on == 0:
                    self._ready.append(successor)
            self._done += 1

    def _find_cycle(self):
        """A cycle as a list of nodes (first repeated last), or None: a
        depth-first walk along successors, in the order nodes were added."""
        finished = set()
        for start in self._nodes:
            if start in finished:
                continue
            path = [start]
            on_path = {start: 0}
            pending = [iter(self._nodes[start].successors)]
            while pending:
                successor = next(pending[-1], _END)
                if successor is _END:
                    node = path.pop()
                    del on_path[node]
                    finished.add(node)
                    pending.pop()
                    continue
                if successor in on_path:
                    return path[on_path[successor]:] + [successor]
                if successor in finished:
                    continue
                on_path[successor] = len(path)
                path.append(successor)
                pending.append(iter(self._nodes[successor].successors))
        return None

    def static_order(self):
        """All nodes, each after its predecessors (prepares the sorter)."""
        self.prepare()
        while self.is_active():
            ready = self.get_ready()
            yield from ready
            self.done(*ready)

    __class_getitem__ = classmethod(GenericAlias)


_END = object()
