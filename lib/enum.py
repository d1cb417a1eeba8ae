"""Enumerations: the `enum` module (Enum, IntEnum, StrEnum, Flag,
IntFlag, auto, unique, the functional API).

A Flag's members with one bit set are its canonical members (what
iteration and len() see); other values are aliases or composites,
created on demand and kept in `_value2member_map_`. What happens to bits
no member has is the class's boundary (STRICT for Flag, KEEP for
IntFlag).
"""

import sys as _sys

import types as _types

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "auto",
           "unique", "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP", "ReprEnum",
           "property", "member", "nonmember", "global_flag_repr", "global_enum_repr", "global_str",
           "global_enum", "EnumCheck", "CONTINUOUS", "NAMED_FLAGS", "UNIQUE", "verify",
           "show_flag_values", "pickle_by_global_name", "pickle_by_enum_name"]


class member:
    """Makes `value` a member even where it would not be one (a function)."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps `value` a plain class attribute, never a member."""

    def __init__(self, value):
        self.value = value


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
        if isinstance(value, nonmember):
            value = value.value
        elif isinstance(value, member) and not (_is_dunder(key) or _is_sunder(key)):
            value = value.value
            if key in self._member_names:
                raise TypeError(f"{key!r} already defined as {self[key]!r}")
            self._member_names.append(key)
            self._last_values.append(value)
        elif key == "_generate_next_value_":
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

    def __new__(metacls, cls, bases, classdict, *, boundary=None, **kwds):
        member_names = getattr(classdict, "_member_names", [])
        for base in bases:
            if getattr(base, "_member_names_", None):
                raise TypeError(f"{cls} cannot extend {base!r}")
        members = {name: classdict[name] for name in member_names}
        is_flag = "Flag" in globals() and any(issubclass(b, Flag) for b in bases if isinstance(b, EnumType))
        plain = {k: v for k, v in classdict.items() if k not in members}
        enum_class = super().__new__(metacls, cls, bases, plain, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        if boundary is not None:
            enum_class._boundary_ = boundary
        # A mixed-in data type (int for IntEnum) makes the members.
        data_type = None
        if "Enum" in globals():
            for base in enum_class.__mro__[1:]:
                if base is not object and not issubclass(base, Enum):
                    data_type = base
                    break
            first_enum = bases[-1] if bases and isinstance(bases[-1], EnumType) else Enum
            if data_type is not None:
                # The enum's repr, str, format and reduce win over the data
                # type's (ReprEnums define their str and format themselves).
                for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
                    if name not in plain and getattr(enum_class, name) in (getattr(data_type, name),
                                                                           getattr(object, name)):
                        type.__setattr__(enum_class, name, getattr(first_enum, name))
            if is_flag:
                # Flag's operators win over an int's.
                for name in ("__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__", "__invert__"):
                    if name not in plain:
                        type.__setattr__(enum_class, name, getattr(Flag, name))
        enum_class._member_type_ = object if data_type is None else data_type
        # What makes a member: a __new__ the enum (or an enum it extends)
        # defines, else the data type's; the enum's own __new__ leaves the
        # class, which looks members up by value when called.
        new_member = plain.get("__new__")
        if new_member is not None:
            type.__delattr__(enum_class, "__new__")
        else:
            for base in enum_class.__mro__[1:]:
                new_member = base.__dict__.get("_new_member_")
                if new_member is not None:
                    break
        if isinstance(new_member, staticmethod):
            new_member = new_member.__func__
        if new_member is not None:
            enum_class._new_member_ = new_member
        for name, value in members.items():
            args = value if isinstance(value, tuple) else (value,)
            if data_type is tuple:
                args = (args,)
            if new_member is not None:
                member = new_member(enum_class, *args)
                if not hasattr(member, "_value_"):
                    member._value_ = value if data_type is None else data_type(*args)
            elif data_type is None:
                member = object.__new__(enum_class)
                member._value_ = value
            else:
                member = data_type.__new__(enum_class, *args)
                member._value_ = data_type(*args)
            if "Enum" in globals():
                member.__init__(*args)
            member._name_ = name
            member.__objclass__ = enum_class
            existing = enum_class._value2member_map_.get(member._value_)
            if existing is not None:
                member = existing           # an alias
            elif is_flag and not _is_single_bit(member._value_):
                # A multi-bit (or zero) flag value: reachable by value and
                # name, but not a canonical member.
                enum_class._value2member_map_[member._value_] = member
            else:
                enum_class._member_names_.append(name)
                try:
                    enum_class._value2member_map_[member._value_] = member
                except TypeError:
                    pass
            enum_class._member_map_[name] = member
            type.__setattr__(enum_class, name, member)
        if is_flag:
            mask = 0
            for name in enum_class._member_names_:
                mask |= enum_class._member_map_[name]._value_
            enum_class._flag_mask_ = mask
            enum_class._all_bits_ = 2 ** mask.bit_length() - 1
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is not None:
            return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start,
                                boundary=boundary)
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

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        """The functional API: Enum("Name", "A B C") and its relatives."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            last_values = []
            generate = classdict._generate_next_value or cls._generate_next_value_
            pairs = []
            for count, name in enumerate(names):
                value = generate(name, start, count, last_values[:])
                last_values.append(value)
                pairs.append((name, value))
            names = pairs
        items = names.items() if hasattr(names, "items") else names
        for item in items:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            classdict[name] = value
        if module is None:
            try:
                module = _sys._getframe(2).f_globals["__name__"]
            except (AttributeError, ValueError, KeyError, NotImplementedError):
                # ferropy cannot always see past a call from native code;
                # the class then says it comes from enum (unpicklable).
                module = None
        if module is not None:
            classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None, as_global=False):
        """An enum of the module-level constants `filter` accepts (from
        `source`, else the module), put back into the module by name."""
        module_globals = _sys.modules[module].__dict__
        members = _constants_matching(module, filter, source)
        made = cls(name, members, module=module, boundary=boundary or KEEP)
        if as_global:
            global_enum(made)
        else:
            module_globals.update(made.__members__)
        module_globals[name] = made
        return made

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
        if "Flag" in globals() and issubclass(cls, Flag):
            return f"<flag {cls.__name__!r}>"
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

    def __init__(self, *args, **kwds):
        # Members are made by EnumType; extra values go to a subclass's
        # own __init__.
        pass

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


class FlagBoundary(StrEnum):
    """What a Flag does with bits none of its members has."""

    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary.STRICT, FlagBoundary.CONFORM, FlagBoundary.EJECT, FlagBoundary.KEEP


def _is_single_bit(value):
    return isinstance(value, int) and value > 0 and value & (value - 1) == 0


def _flag_bits(num, width):
    """A flag value in binary for error messages: '0b0 0111'."""
    if num >= 0:
        return "0b0 " + format(num, "b").zfill(width)
    return "0b1 " + format(num & (2 ** width - 1), "b").zfill(width)


class Flag(Enum, boundary=STRICT):
    """Members combine with |, & and ^ into composite values."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        if not isinstance(last_value, int):
            raise TypeError(f"invalid flag value {last_value!r}")
        return 2 ** last_value.bit_length()

    @classmethod
    def _iter_member_(cls, value):
        for name in cls._member_names_:
            member = cls._member_map_[name]
            if member._value_ & value == member._value_:
                yield member

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError(f"{cls!r} invalid value {value!r}\n    given {_flag_bits(value, width)}"
                                 f"\n  allowed {_flag_bits(flag_mask, width)}")
            if boundary is CONFORM:
                value &= flag_mask
            elif boundary is EJECT:
                return value
            elif value < 0:
                value = max(all_bits + 1, 2 ** value.bit_length()) + value
        neg_value = None
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        existing = cls._value2member_map_.get(value)
        if existing is not None:
            return existing
        unknown = value & ~flag_mask
        known = value & flag_mask
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        if known or unknown:
            names = [m._name_ for m in cls._iter_member_(known)]
            if unknown:
                names.append(cls._numeric_repr_(unknown))
            pseudo._name_ = "|".join(names)
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo
        return pseudo

    def __repr__(self):
        cls_name = self.__class__.__name__
        value = self.__class__._member_type_.__repr__(self._value_) if self.__class__._member_type_ is not object \
            else repr(self._value_)
        if self._name_ is None:
            return f"<{cls_name}: {value}>"
        return f"<{cls_name}.{self._name_}: {value}>"

    def __str__(self):
        if self._name_ is None:
            return f"{self.__class__.__name__}({self._value_!r})"
        return f"{self.__class__.__name__}.{self._name_}"

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(f"unsupported operand type(s) for 'in': {type(other).__qualname__!r} "
                            f"and {self.__class__.__qualname__!r}")
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return self._iter_member_(self._value_)

    def __len__(self):
        return bin(self._value_).count("1")

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return None

    def __or__(self, other):
        value = self._operand(other)
        return NotImplemented if value is None else self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._operand(other)
        return NotImplemented if value is None else self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._operand(other)
        return NotImplemented if value is None else self.__class__(self._value_ ^ value)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        if self._boundary_ in (EJECT, KEEP):
            return self.__class__(~self._value_)
        return self.__class__(self._flag_mask_ ^ self._value_)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are also ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)


def unique(enumeration):
    """Refuses aliases: every member must have its own value."""
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items()
                  if name != member.name]
    if duplicates:
        alias_details = ", ".join(f"{alias} -> {name}" for (alias, name) in duplicates)
        raise ValueError(f"duplicate values found in {enumeration!r}: {alias_details}")
    return enumeration


def _old_convert_(etype, name, module, filter, source=None, *, boundary=None):
    """What `_convert_` did before 3.11 (CPython's tests still build
    reference enums with it)."""
    members = _constants_matching(module, filter, source)
    return etype(name, members, module=module, boundary=boundary or KEEP)


def _constants_matching(module, filter, source):
    """(name, value) of the constants of `source` (else the module) whose
    names `filter` accepts, by value then name."""
    source = _sys.modules[module].__dict__ if source is None else getattr(source, "__dict__", source)
    members = [(key, value) for key, value in source.items() if filter(key)]
    try:
        members.sort(key=lambda t: (t[1], t[0]))
    except TypeError:
        members.sort(key=lambda t: t[0])
    return members


def _test_simple_enum(checked_enum, simple_enum):
    """Raises TypeError unless the two enums have the same members with
    the same values (CPython's check of its stdlib enums)."""
    failed = []
    checked = {name: m._value_ for name, m in checked_enum.__members__.items()}
    simple = {name: m._value_ for name, m in simple_enum.__members__.items()}
    for name in sorted(set(checked) | set(simple)):
        if name not in checked:
            failed.append(f"missing member from checked enum: {name!r}")
        elif name not in simple:
            failed.append(f"missing member from simple enum: {name!r}")
        elif checked[name] != simple[name]:
            failed.append(f"{name!r}: {checked[name]!r} != {simple[name]!r}")
    if failed:
        raise TypeError("enum mismatch:\n   %s" % "\n   ".join(failed))


def show_flag_values(value):
    """The powers of two that make up `value`."""
    return [1 << bit for bit in range(value.bit_length()) if value & (1 << bit)]


def _module_prefix(member):
    return member.__class__.__module__.split(".")[-1]


def global_enum_repr(self):
    """repr of a member of a global enum: module.NAME."""
    return f"{_module_prefix(self)}.{self._name_}"


def global_flag_repr(self):
    """repr of a member of a global flag: module.A|module.B."""
    module = _module_prefix(self)
    if self._name_ is None:
        return f"{module}.{self.__class__.__name__}({self._value_!r})"
    return "|".join(f"{module}.{name}" for name in self._name_.split("|"))


def global_str(self):
    """str of a member of a global enum: its name."""
    if self._name_ is None:
        return f"{self.__class__.__name__}({self._value_!r})"
    return self._name_


def global_enum(cls, update_str=False):
    """Puts the members into their module's namespace and shows them as
    module.NAME (re.IGNORECASE style)."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    _sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)


class EnumCheck(StrEnum):
    """What `verify` checks."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck.CONTINUOUS, EnumCheck.NAMED_FLAGS, EnumCheck.UNIQUE


class verify:
    """A class decorator that checks an enumeration (EnumCheck)."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        kind = "flag" if issubclass(enumeration, Flag) else "enum"
        for check in self.checks:
            if check is UNIQUE:
                duplicates = [(name, m.name) for name, m in enumeration.__members__.items() if name != m.name]
                if duplicates:
                    details = ", ".join(f"{alias} -> {name}" for alias, name in duplicates)
                    raise ValueError(f"aliases found in {enumeration!r}: {details}")
            elif check is CONTINUOUS:
                values = {m.value for m in enumeration}
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if kind == "flag":
                    missing = [1 << bit for bit in range(low.bit_length() - 1, high.bit_length())
                               if (1 << bit) not in values]
                else:
                    missing = [v for v in range(low + 1, high) if v not in values]
                if missing:
                    shown = ", ".join(str(v) for v in missing)
                    raise ValueError(f"invalid {kind} {cls_name!r}: missing values {shown}")
            elif check is NAMED_FLAGS:
                member_values = 0
                for m in enumeration:
                    member_values |= m.value
                for name, m in enumeration.__members__.items():
                    if name in enumeration._member_names_:
                        continue
                    missing = [v for v in show_flag_values(m.value) if not v & member_values]
                    if missing:
                        word = "values" if len(missing) > 1 else "value"
                        shown = ", ".join(hex(v) for v in missing)
                        raise ValueError(f"invalid Flag {cls_name!r}: alias {name} is missing {word} {shown} "
                                         "[use enum.show_flag_values(value) for details]")
        return enumeration


class property(_types.DynamicClassAttribute):
    """An attribute of members (name, value, ...) that a member named the
    same can shadow on the class. (Defined last: the classes above use
    the built-in property.)"""
