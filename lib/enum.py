"""Enumerations: the `enum` module (Enum, IntEnum, StrEnum, auto, unique).
Flag and IntFlag are not there yet (NotImplementedError when subclassed).
"""

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "auto",
           "unique"]


class auto:
    """A value chosen for the member: one more than the last by default."""

    _counter = 0

    def __init__(self):
        auto._counter += 1
        self._order = auto._counter
        self.value = None

    def __repr__(self):
        return "auto(%r)" % self.value


class _EnumDict(dict):
    """The class namespace while an enum is defined: records members in order."""

    def __init__(self):
        super().__init__()
        self._member_names = []
        self._last_values = []
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if key == "_generate_next_value_":
            self._generate_next_value = value
        elif _is_descriptor(value) or _is_dunder(key) or _is_sunder(key):
            pass
        else:
            if key in self._member_names:
                raise TypeError(f"{key!r} already defined as {self[key]!r}")
            if isinstance(value, auto):
                generate = self._generate_next_value or Enum._generate_next_value_
                value.value = generate(key, 1, len(self._member_names), self._last_values[:])
                value = value.value
            self._member_names.append(key)
            self._last_values.append(value)
        super().__setitem__(key, value)


def _is_descriptor(obj):
    return hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


class EnumType(type):
    """The metaclass of enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        namespace = _EnumDict()
        for base in bases:
            generate = getattr(base, "_generate_next_value_", None)
            if generate is not None and base is not object:
                namespace._generate_next_value = generate
                break
        return namespace

    def __new__(metacls, cls, bases, classdict, **kwds):
        member_names = getattr(classdict, "_member_names", [])
        for base in bases:
            if getattr(base, "_member_names_", None):
                raise TypeError(f"{cls} cannot extend {base!r}")
            if (base.__name__ in ("Flag", "IntFlag") and base.__module__ == "enum"
                    and classdict.get("__module__") != "enum"):
                raise NotImplementedError("enum.Flag and IntFlag are not supported by ferropy yet")
        members = {name: classdict[name] for name in member_names}
        plain = {k: v for k, v in classdict.items() if k not in members}
        enum_class = super().__new__(metacls, cls, bases, plain, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        # A mixed-in data type (int for IntEnum) makes the members.
        data_type = None
        if "Enum" in globals():
            for base in enum_class.__mro__[1:]:
                if base is not object and not issubclass(base, Enum):
                    data_type = base
                    break
            if data_type is not None:
                # Enum's repr (and str, unless ReprEnum) win over the data type's.
                if "__repr__" not in plain:
                    type.__setattr__(enum_class, "__repr__", Enum.__repr__)
                if not issubclass(enum_class, ReprEnum) and "__str__" not in plain:
                    type.__setattr__(enum_class, "__str__", Enum.__str__)
                    type.__setattr__(enum_class, "__format__", Enum.__format__)
        for name, value in members.items():
            args = value if isinstance(value, tuple) else (value,)
            if data_type is None:
                member = object.__new__(enum_class)
                member._value_ = value
            else:
                member = data_type.__new__(enum_class, *args)
                member._value_ = data_type(*args)
            if hasattr(enum_class, "__init__") and enum_class.__init__ is not object.__init__ \
                    and data_type is None and "__init__" in plain:
                enum_class.__init__(member, *args)
            member._name_ = name
            member.__objclass__ = enum_class
            existing = enum_class._value2member_map_.get(member._value_)
            if existing is not None:
                member = existing           # an alias
            else:
                enum_class._member_names_.append(name)
                try:
                    enum_class._value2member_map_[member._value_] = member
                except TypeError:
                    pass
            enum_class._member_map_[name] = member
            type.__setattr__(enum_class, name, member)
        return enum_class

    def __call__(cls, value, *args, **kwds):
        if args or kwds:
            raise NotImplementedError("Enum's functional API is not supported by ferropy yet")
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        missing = cls._missing_(value)
        if isinstance(missing, cls):
            return missing
        raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(f"unsupported operand type(s) for 'in': '{type(member).__qualname__}' "
                            f"and '{cls.__class__.__qualname__}'")
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __bool__(cls):
        return True

    def __repr__(cls):
        return f"<enum {cls.__name__!r}>"

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError(f"cannot reassign member {name!r}")
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError(f"{cls.__name__!r} cannot delete member {name!r}.")
        super().__delattr__(name)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Base of enumerations: class Color(Enum): RED = 1."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for last_value in reversed(last_values):
            try:
                return last_value + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ if hasattr(self.__class__, "_value_repr_") else repr
        return f"<{self.__class__.__name__}.{self._name_}: {v_repr(self._value_)}>"

    def __str__(self):
        return f"{self.__class__.__name__}.{self._name_}"

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        return ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """An enum whose str() and format() are those of its data type."""


class IntEnum(int, ReprEnum):
    """An enum whose members are also ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)


class StrEnum(str, ReprEnum):
    """An enum whose members are also strings."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)


class Flag(Enum):
    """Not supported yet."""


class IntFlag(int, Flag):
    """Not supported yet."""


def unique(enumeration):
    """Refuses aliases: every member must have its own value."""
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items()
                  if name != member.name]
    if duplicates:
        alias_details = ", ".join(f"{alias} -> {name}" for (alias, name) in duplicates)
        raise ValueError(f"duplicate values found in {enumeration!r}: {alias_details}")
    return enumeration
