"""Python's operators on arrays and numpy scalars, through the ufuncs."""

import _numpy


def _operator(name, reflected=False):
    # numpy scalars do scalar math: its errors are named "scalar add"
    # and integer overflow is reported.
    if reflected:
        def method(self, other):
            return _numpy.binary(name, other, self, None, self._scalar_math)
    else:
        def method(self, other):
            return _numpy.binary(name, self, other, None, self._scalar_math)
    method.__name__ = name
    return method


def _forward(name):
    return _operator(name)


def _reflected(name):
    return _operator(name, reflected=True)


def _in_place(name):
    def method(self, other):
        from . import _ufuncs
        return _ufuncs.UFUNCS[name](self, other, out=self)
    method.__name__ = name
    return method


def _unary(name):
    def method(self):
        from . import _ufuncs
        return _ufuncs.UFUNCS[name](self)
    method.__name__ = name
    return method


class Arithmetic:
    """The operator methods arrays and numpy scalars share."""

    __slots__ = ()
    _scalar_math = False

    __add__, __radd__, __iadd__ = _forward("add"), _reflected("add"), _in_place("add")
    __sub__, __rsub__, __isub__ = _forward("subtract"), _reflected("subtract"), _in_place("subtract")
    __mul__, __rmul__, __imul__ = _forward("multiply"), _reflected("multiply"), _in_place("multiply")
    __truediv__, __rtruediv__, __itruediv__ = _forward("divide"), _reflected("divide"), _in_place("divide")
    __floordiv__, __rfloordiv__, __ifloordiv__ = (_forward("floor_divide"), _reflected("floor_divide"),
                                                  _in_place("floor_divide"))
    __mod__, __rmod__, __imod__ = _forward("remainder"), _reflected("remainder"), _in_place("remainder")
    __pow__, __rpow__, __ipow__ = _forward("power"), _reflected("power"), _in_place("power")
    __and__, __rand__, __iand__ = _forward("bitwise_and"), _reflected("bitwise_and"), _in_place("bitwise_and")
    __or__, __ror__, __ior__ = _forward("bitwise_or"), _reflected("bitwise_or"), _in_place("bitwise_or")
    __xor__, __rxor__, __ixor__ = _forward("bitwise_xor"), _reflected("bitwise_xor"), _in_place("bitwise_xor")
    __lshift__, __rlshift__, __ilshift__ = _forward("left_shift"), _reflected("left_shift"), _in_place("left_shift")
    __rshift__, __rrshift__, __irshift__ = (_forward("right_shift"), _reflected("right_shift"),
                                            _in_place("right_shift"))
    __eq__, __ne__ = _forward("equal"), _forward("not_equal")
    __lt__, __le__ = _forward("less"), _forward("less_equal")
    __gt__, __ge__ = _forward("greater"), _forward("greater_equal")
    __neg__, __pos__, __abs__, __invert__ = _unary("negative"), _unary("positive"), _unary("absolute"), _unary("invert")

    def __divmod__(self, other):
        from . import _ufuncs
        return _ufuncs.floor_divide(self, other), _ufuncs.remainder(self, other)

    def __rdivmod__(self, other):
        from . import _ufuncs
        return _ufuncs.floor_divide(other, self), _ufuncs.remainder(other, self)

    def __matmul__(self, other):
        return _numpy.matmul(self, other)

    def __rmatmul__(self, other):
        return _numpy.matmul(other, self)

    def __round__(self, ndigits=None):
        from ._functions import around
        if ndigits is None:
            if getattr(self, "ndim", 0) == 0:
                return round(self.item())
            return around(self)
        return around(self, ndigits)
