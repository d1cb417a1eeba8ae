"""The compat32 policy: how email.message.Message stores, returns and
writes headers (values kept as given; lines of 78 characters; '\\n')."""

from email.utils import _has_surrogates

__all__ = ["Policy", "Compat32", "compat32"]


class _PolicyBase:
    """Immutable settings; clone() makes a changed copy."""

    max_line_length = 78
    linesep = "\n"
    cte_type = "7bit"
    raise_on_defect = False
    mangle_from_ = True
    message_factory = None
    verify_generated_headers = True

    def __init__(self, **kw):
        for name, value in kw.items():
            if not hasattr(self, name):
                raise TypeError(f"{name!r} is an invalid keyword argument for {type(self).__name__}")
            object.__setattr__(self, name, value)

    def __repr__(self):
        args = [f"{name}={value!r}" for name, value in self.__dict__.items()]
        return f"{type(self).__name__}({', '.join(args)})"

    def clone(self, **kw):
        new = self.__class__.__new__(self.__class__)
        for name, value in self.__dict__.items():
            object.__setattr__(new, name, value)
        for name, value in kw.items():
            if not hasattr(self, name):
                raise TypeError(f"{name!r} is an invalid keyword argument for {type(self).__name__}")
            object.__setattr__(new, name, value)
        return new

    def __setattr__(self, name, value):
        if hasattr(self, name):
            msg = f"{type(self).__name__!r} object attribute {name!r} is read-only"
        else:
            msg = f"{type(self).__name__!r} object has no attribute {name!r}"
        raise AttributeError(msg)

    def __add__(self, other):
        return self.clone(**other.__dict__)


class Policy(_PolicyBase):
    def handle_defect(self, obj, defect):
        if self.raise_on_defect:
            raise defect
        self.register_defect(obj, defect)

    def register_defect(self, obj, defect):
        obj.defects.append(defect)

    def header_max_count(self, name):
        return None


class Compat32(Policy):
    """The policy of Python 3.2's email package (the default of Message)."""

    mangle_from_ = True

    def header_source_parse(self, sourcelines):
        name, value = sourcelines[0].split(":", 1)
        value = value.lstrip(" \t") + "".join(sourcelines[1:])
        return (name, value.rstrip("\r\n"))

    def header_store_parse(self, name, value):
        return (name, value)

    def header_fetch_parse(self, name, value):
        """The value as stored; one holding undecodable bytes (surrogate
        escapes from a bytes parse) comes back as a Header."""
        if isinstance(value, str) and _has_surrogates(value):
            from email.header import Header
            from email.charset import UNKNOWN8BIT
            return Header(value, charset=UNKNOWN8BIT, header_name=name)
        return value

    def fold(self, name, value):
        return f"{name}: {value}{self.linesep}"

    def fold_binary(self, name, value):
        return self.fold(name, value).encode("ascii", "surrogateescape")


compat32 = Compat32()
