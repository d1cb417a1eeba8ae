"""pickle: objects to bytes and back, in the format CPython reads and
writes.

The Pickler writes protocols 2 to 5 with CPython's choice of opcodes,
memo and frames, so its bytes are CPython's; the Unpickler reads every
protocol (0 to 5). Objects that are not built-in containers or scalars go
through `__reduce_ex__` (see copyreg), classes and functions by
reference (module and qualified name).
"""

import copyreg
import io
import struct
import sys
from types import BuiltinFunctionType, FunctionType

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler", "dump", "dumps", "load",
           "loads", "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4

# Opcodes, by protocol.
MARK, STOP, POP, POP_MARK, DUP = b"(", b".", b"0", b"1", b"2"
FLOAT, INT, BININT, BININT1, LONG, BININT2, NONE = b"F", b"I", b"J", b"K", b"L", b"M", b"N"
PERSID, BINPERSID, REDUCE, STRING, BINSTRING, SHORT_BINSTRING = b"P", b"Q", b"R", b"S", b"T", b"U"
UNICODE, BINUNICODE, APPEND, BUILD, GLOBAL, DICT, EMPTY_DICT = b"V", b"X", b"a", b"b", b"c", b"d", b"}"
APPENDS, GET, BINGET, INST, LONG_BINGET, LIST, EMPTY_LIST = b"e", b"g", b"h", b"i", b"j", b"l", b"]"
OBJ, PUT, BINPUT, LONG_BINPUT, SETITEM, TUPLE, EMPTY_TUPLE = b"o", b"p", b"q", b"r", b"s", b"t", b")"
SETITEMS, BINFLOAT = b"u", b"G"
PROTO, NEWOBJ, EXT1, EXT2, EXT4 = b"\x80", b"\x81", b"\x82", b"\x83", b"\x84"
TUPLE1, TUPLE2, TUPLE3, NEWTRUE, NEWFALSE, LONG1, LONG4 = b"\x85", b"\x86", b"\x87", b"\x88", b"\x89", b"\x8a", b"\x8b"
BINBYTES, SHORT_BINBYTES = b"B", b"C"
SHORT_BINUNICODE, BINUNICODE8, BINBYTES8, EMPTY_SET = b"\x8c", b"\x8d", b"\x8e", b"\x8f"
ADDITEMS, FROZENSET, NEWOBJ_EX, STACK_GLOBAL, MEMOIZE, FRAME = b"\x90", b"\x91", b"\x92", b"\x93", b"\x94", b"\x95"
BYTEARRAY8, NEXT_BUFFER, READONLY_BUFFER = b"\x96", b"\x97", b"\x98"
TRUE, FALSE = b"I01\n", b"I00\n"

_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_BATCHSIZE = 1000


# Python 2's names for what protocols 0 to 2 refer to, when fix_imports
# asks for them, and back (tables generated from CPython's).
from _compat_pickle import (IMPORT_MAPPING as _PY3_MODULES, NAME_MAPPING as _PY3_NAMES,  # noqa: E402
                            REVERSE_IMPORT_MAPPING as _PY2_MODULES, REVERSE_NAME_MAPPING as _PY2_NAMES)


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


for _cls in (PickleError, PicklingError, UnpicklingError):
    _cls.__module__ = "_pickle"


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


def encode_long(x):
    """Two's complement little-endian bytes of x, as few as hold it."""
    if x == 0:
        return b""
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder="little", signed=True)
    if x < 0 and nbytes > 1 and result[-1] == 0xFF and (result[-2] & 0x80) != 0:
        result = result[:-1]
    return result


def decode_long(data):
    return int.from_bytes(data, byteorder="little", signed=True)


def whichmodule(obj, name):
    """The module an object is found in, by its __module__ or a search."""
    module_name = getattr(obj, "__module__", None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == "__main__" or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return "__main__"


def _getattribute(obj, name):
    parent = None
    for part in name.split("."):
        if part == "<locals>":
            raise AttributeError(f"Can't get local attribute {name!r} on {obj!r}")
        try:
            parent = obj
            obj = getattr(obj, part)
        except AttributeError:
            raise AttributeError(f"Can't get attribute {name!r} on {obj!r}") from None
    return obj, parent


def _batches(items):
    """The items in lists of at most _BATCHSIZE (CPython's batch size)."""
    it = iter(items)
    while True:
        batch = []
        for item in it:
            batch.append(item)
            if len(batch) == _BATCHSIZE:
                break
        if batch:
            yield batch
        if len(batch) < _BATCHSIZE:
            return


class Pickler:
    """Writes pickles of objects to a binary file."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError(f"pickle protocol must be <= {HIGHEST_PROTOCOL}")
        if buffer_callback is not None:
            raise NotImplementedError("pickle buffer_callback (out-of-band buffers) is not supported by ferropy yet")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.proto = int(protocol)
        # Protocol 0 is text; 1 on are binary.
        self.bin = self.proto >= 1
        self.fast = 0
        self.fix_imports = fix_imports
        self.memo = {}
        self._frame = None

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        """Write a pickled representation of obj to the open file."""
        if not hasattr(self, "_file_write"):
            raise PicklingError(f"Pickler.__init__() was not called by {type(self).__name__}.__init__()")
        if self.proto >= 2:
            self._file_write(PROTO + bytes([self.proto]))
        if self.proto >= 4:
            self._frame = bytearray()
        self.save(obj)
        self.write(STOP)
        if self._frame is not None:
            self._commit_frame()
            self._frame = None

    # Output, in frames of about 64 KiB from protocol 4 on.

    def write(self, data):
        if self._frame is not None:
            self._frame += data
        else:
            self._file_write(data)

    def _commit_frame(self):
        frame = self._frame
        if len(frame) >= _FRAME_SIZE_MIN:
            self._file_write(FRAME + struct.pack("<Q", len(frame)) + bytes(frame))
        elif frame:
            self._file_write(bytes(frame))
        self._frame = bytearray()

    def _write_large(self, header, payload):
        """Big payloads go out whole, between frames."""
        if self._frame is not None and len(payload) >= _FRAME_SIZE_TARGET:
            self._commit_frame()
            self._file_write(header)
            self._file_write(payload)
        else:
            self.write(header + payload)

    # The memo: what was written once is referred to afterwards.

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        if self.proto >= 4:
            self.write(MEMOIZE)
        elif not self.bin:
            self.write(PUT + repr(idx).encode("ascii") + b"\n")
        elif idx < 256:
            self.write(BINPUT + bytes([idx]))
        else:
            self.write(LONG_BINPUT + struct.pack("<I", idx))
        self.memo[id(obj)] = idx, obj

    def get(self, i):
        if not self.bin:
            return GET + repr(i).encode("ascii") + b"\n"
        return BINGET + bytes([i]) if i < 256 else LONG_BINGET + struct.pack("<I", i)

    def persistent_id(self, obj):
        return None

    def save(self, obj, save_persistent_id=True):
        if self._frame is not None and len(self._frame) >= _FRAME_SIZE_TARGET:
            self._commit_frame()
        if save_persistent_id:
            pid = self.persistent_id(obj)
            if pid is not None:
                if self.bin:
                    self.save(pid, save_persistent_id=False)
                    self.write(BINPERSID)
                else:
                    try:
                        self.write(PERSID + str(pid).encode("ascii") + b"\n")
                    except UnicodeEncodeError:
                        raise PicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
                return
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return
        t = type(obj)
        f = self.dispatch.get(t)
        if f is not None:
            f(self, obj)
            return
        table = getattr(self, "dispatch_table", copyreg.dispatch_table)
        reduce = table.get(t)
        if reduce is not None:
            rv = reduce(obj)
        elif isinstance(obj, type):
            self.save_global(obj)
            return
        else:
            rv = self._reduce(obj, t)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError(f"__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self.save_reduce(*rv, obj=obj)

    def _reduce(self, obj, t):
        reduce_ex = getattr(t, "__reduce_ex__", None)
        if reduce_ex is object.__reduce_ex__ and getattr(t, "__reduce__", None) is object.__reduce__ \
                and t.__module__ == "builtins" and not hasattr(t, "__getnewargs__"):
            # A built-in type with no reduction of its own cannot be rebuilt.
            raise TypeError(f"cannot pickle {t.__name__!r} object")
        if reduce_ex is not None:
            return obj.__reduce_ex__(self.proto)
        reduce = getattr(obj, "__reduce__", None)
        if reduce is None:
            raise PicklingError(f"Can't pickle {t.__name__!r} object: {obj!r}")
        return reduce()

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None, state_setter=None, *,
                    obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        save = self.save
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            cls, args, kwargs = args
            if not hasattr(cls, "__new__"):
                raise PicklingError("first item from NEWOBJ_EX argument tuple must be a class")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("first item of NEWOBJ_EX argument tuple must be the class of the object")
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                self.write(NEWOBJ_EX)
            else:
                import functools
                save(functools.partial(cls.__new__, cls, *args, **kwargs))
                save(())
                self.write(REDUCE)
        elif self.proto >= 2 and func_name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            save(cls)
            save(args[1:])
            self.write(NEWOBJ)
        else:
            save(func)
            save(args)
            self.write(REDUCE)
        if obj is not None:
            if id(obj) in self.memo:
                self.write(POP + self.get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                self.write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                self.write(TUPLE2 + REDUCE + POP)

    # One writer per built-in type.

    dispatch = {}

    def save_none(self, obj):
        self.write(NONE)
    dispatch[type(None)] = save_none

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)
    dispatch[bool] = save_bool

    def save_long(self, obj):
        if self.bin and 0 <= obj <= 0xFF:
            self.write(BININT1 + bytes([obj]))
        elif self.bin and 0 <= obj <= 0xFFFF:
            self.write(BININT2 + struct.pack("<H", obj))
        elif self.bin and -0x80000000 <= obj <= 0x7FFFFFFF:
            self.write(BININT + struct.pack("<i", obj))
        elif self.proto < 2:
            # Text: INT for 32-bit values, LONG (with Python 2's L) beyond.
            if -0x80000000 <= obj <= 0x7FFFFFFF:
                self.write(INT + repr(obj).encode("ascii") + b"\n")
            else:
                self.write(LONG + repr(obj).encode("ascii") + b"L\n")
        else:
            data = encode_long(obj)
            n = len(data)
            self.write((LONG1 + bytes([n]) if n < 256 else LONG4 + struct.pack("<i", n)) + data)
    dispatch[int] = save_long

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + struct.pack(">d", obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b"\n")
    dispatch[float] = save_float

    def save_bytes(self, obj):
        if self.proto < 3:
            # Protocol 2 has no bytes opcodes: rebuild from latin-1 text.
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                import codecs
                self.save_reduce(codecs.encode, (str(obj, "latin1"), "latin1"), obj=obj)
            return
        n = len(obj)
        if n <= 0xFF:
            self.write(SHORT_BINBYTES + bytes([n]) + obj)
        elif n > 0xFFFFFFFF and self.proto >= 4:
            self._write_large(BINBYTES8 + struct.pack("<Q", n), obj)
        else:
            self._write_large(BINBYTES + struct.pack("<I", n), obj)
        self.memoize(obj)
    dispatch[bytes] = save_bytes

    def save_bytearray(self, obj):
        if self.proto < 5:
            self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self._write_large(BYTEARRAY8 + struct.pack("<Q", len(obj)), bytes(obj))
        self.memoize(obj)
    dispatch[bytearray] = save_bytearray

    def save_str(self, obj):
        if not self.bin:
            # Raw-unicode-escape text, with what would end the line or
            # the escape written as \u escapes.
            text = (obj.replace("\\", "\\u005c").replace("\0", "\\u0000").replace("\n", "\\u000a")
                    .replace("\r", "\\u000d").replace("\x1a", "\\u001a"))
            self.write(UNICODE + text.encode("raw-unicode-escape") + b"\n")
            self.memoize(obj)
            return
        encoded = obj.encode("utf-8", "surrogatepass")
        n = len(encoded)
        if n <= 0xFF and self.proto >= 4:
            self.write(SHORT_BINUNICODE + bytes([n]) + encoded)
        elif n > 0xFFFFFFFF and self.proto >= 4:
            self._write_large(BINUNICODE8 + struct.pack("<Q", n), encoded)
        else:
            self._write_large(BINUNICODE + struct.pack("<I", n), encoded)
        self.memoize(obj)
    dispatch[str] = save_str

    def save_tuple(self, obj):
        if not obj:
            self.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            if id(obj) in memo:
                # The tuple was reached through its own elements: drop
                # what was pushed and fetch the memoized one.
                self.write(POP * n + self.get(memo[id(obj)][0]))
            else:
                self.write((TUPLE1, TUPLE2, TUPLE3)[n - 1])
                self.memoize(obj)
            return
        self.write(MARK)
        for element in obj:
            save(element)
        if id(obj) in memo:
            # Protocol 0 has no POP_MARK: pop the items and the mark.
            drop = POP_MARK if self.bin else POP * (n + 1)
            self.write(drop + self.get(memo[id(obj)][0]))
            return
        self.write(TUPLE)
        self.memoize(obj)
    dispatch[tuple] = save_tuple

    def save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        self._batch_appends(obj)
    dispatch[list] = save_list

    def _batch_appends(self, items):
        if not self.bin:
            for item in items:
                self.save(item)
                self.write(APPEND)
            return
        for batch in _batches(items):
            if len(batch) > 1:
                self.write(MARK)
                for item in batch:
                    self.save(item)
                self.write(APPENDS)
            else:
                self.save(batch[0])
                self.write(APPEND)

    def save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        self._batch_setitems(obj.items())
    dispatch[dict] = save_dict

    def _batch_setitems(self, items):
        if not self.bin:
            for k, v in items:
                self.save(k)
                self.save(v)
                self.write(SETITEM)
            return
        for batch in _batches(items):
            if len(batch) > 1:
                self.write(MARK)
                for k, v in batch:
                    self.save(k)
                    self.save(v)
                self.write(SETITEMS)
            else:
                k, v = batch[0]
                self.save(k)
                self.save(v)
                self.write(SETITEM)

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        for batch in _batches(obj):
            self.write(MARK)
            for item in batch:
                self.save(item)
            self.write(ADDITEMS)
    dispatch[set] = save_set

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            self.write(POP_MARK + self.get(self.memo[id(obj)][0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)
    dispatch[frozenset] = save_frozenset

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, "__qualname__", None)
        if name is None:
            name = obj.__name__
        module_name = whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
            found, parent = _getattribute(module, name)
        except (ImportError, KeyError, AttributeError):
            if "<locals>" in name.split("."):
                raise AttributeError(f"Can't pickle local object {name!r}") from None
            raise PicklingError(f"Can't pickle {obj!r}: attribute lookup {name} on {module_name} failed") from None
        if found is not obj:
            raise PicklingError(f"Can't pickle {obj!r}: it's not the same object as {module_name}.{name}")
        if self.proto >= 2:
            code = copyreg._extension_registry.get((module_name, name))
            if code:
                if code <= 0xFF:
                    self.write(EXT1 + bytes([code]))
                elif code <= 0xFFFF:
                    self.write(EXT2 + struct.pack("<H", code))
                else:
                    self.write(EXT4 + struct.pack("<i", code))
                return
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self.write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, name.rpartition(".")[2]))
        else:
            if self.fix_imports and self.proto < 3:
                if (module_name, name) in _PY2_NAMES:
                    module_name, name = _PY2_NAMES[(module_name, name)]
                elif module_name in _PY2_MODULES:
                    module_name = _PY2_MODULES[module_name]
            encoding = "utf-8" if self.proto >= 3 else "ascii"
            self.write(GLOBAL + module_name.encode(encoding) + b"\n" + name.encode(encoding) + b"\n")
        self.memoize(obj)

    def save_type(self, obj):
        for value in (None, NotImplemented, ...):
            if obj is type(value):
                return self.save_reduce(type, (value,), obj=obj)
        return self.save_global(obj)
    dispatch[FunctionType] = save_global
    dispatch[type] = save_type


class Unpickler:
    """Reads pickled objects from a binary file."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
        self._file_read = file.read
        self._file_readline = file.readline
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = fix_imports
        self._buffers = iter(buffers) if buffers is not None else None
        self.memo = {}
        self.proto = 0

    def load(self):
        """Read a pickled object from the open file and return it."""
        if not hasattr(self, "_file_read"):
            raise UnpicklingError(f"Unpickler.__init__() was not called by {type(self).__name__}.__init__()")
        self._frame = None
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        dispatch = self.dispatch
        read = self.read
        try:
            while True:
                key = read(1)
                if not key:
                    raise EOFError("Ran out of input")
                op = dispatch.get(key[0])
                if op is None:
                    raise UnpicklingError(f"invalid load key, {chr(key[0])!r}.")
                op(self)
        except _Stop as stop:
            return stop.value
        except IndexError:
            raise UnpicklingError("unpickling stack underflow") from None

    # Input: frames are read whole, then served from memory.

    def read(self, n):
        frame = self._frame
        if frame is not None:
            data = frame.read(n)
            if len(data) == n or not n:
                return data
            if data:
                raise UnpicklingError("pickle exhausted before end of frame")
            self._frame = None
        data = self._file_read(n)
        return data

    def _read_exact(self, n):
        data = self.read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def readline(self):
        if self._frame is not None:
            data = self._frame.readline()
            if data:
                return data
            self._frame = None
        data = self._file_readline()
        if not data.endswith(b"\n"):
            # As CPython's unpickler: a line cut off by the end of the data.
            raise UnpicklingError("pickle data was truncated")
        return data

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _PY3_NAMES:
                module, name = _PY3_NAMES[(module, name)]
            elif module in _PY3_MODULES:
                module = _PY3_MODULES[module]
        __import__(module, level=0)
        if self.proto >= 4:
            return _getattribute(sys.modules[module], name)[0]
        return getattr(sys.modules[module], name)

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered, but no persistent_load "
                              "function was specified.")

    def pop_mark(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _memo_get(self, idx):
        try:
            self.append(self.memo[idx])
        except KeyError:
            raise UnpicklingError(f"Memo value not found at index {idx}") from None

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    dispatch = {}

    def load_proto(self):
        proto = self._read_exact(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError(f"unsupported pickle protocol: {proto}")
        self.proto = proto
    dispatch[PROTO[0]] = load_proto

    def load_frame(self):
        size, = struct.unpack("<Q", self._read_exact(8))
        if self._frame is not None and self._frame.read(1):
            raise UnpicklingError("beginning of a new frame before end of current frame")
        self._frame = None
        self._frame = io.BytesIO(self._read_exact(size))
    dispatch[FRAME[0]] = load_frame

    def load_persid(self):
        try:
            pid = self.readline()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
        self.append(self.persistent_load(pid))
    dispatch[PERSID[0]] = load_persid

    def load_binpersid(self):
        self.append(self.persistent_load(self.stack.pop()))
    dispatch[BINPERSID[0]] = load_binpersid

    def load_none(self):
        self.append(None)
    dispatch[NONE[0]] = load_none

    def load_false(self):
        self.append(False)
    dispatch[NEWFALSE[0]] = load_false

    def load_true(self):
        self.append(True)
    dispatch[NEWTRUE[0]] = load_true

    def load_int(self):
        data = self.readline()
        if data == FALSE[1:]:
            value = False
        elif data == TRUE[1:]:
            value = True
        else:
            value = int(data, 0)
        self.append(value)
    dispatch[INT[0]] = load_int

    def load_binint(self):
        self.append(struct.unpack("<i", self._read_exact(4))[0])
    dispatch[BININT[0]] = load_binint

    def load_binint1(self):
        self.append(self._read_exact(1)[0])
    dispatch[BININT1[0]] = load_binint1

    def load_binint2(self):
        self.append(struct.unpack("<H", self._read_exact(2))[0])
    dispatch[BININT2[0]] = load_binint2

    def load_long(self):
        value = self.readline()[:-1]
        if value and value[-1:] == b"L":
            value = value[:-1]
        self.append(int(value, 0))
    dispatch[LONG[0]] = load_long

    def load_long1(self):
        n = self._read_exact(1)[0]
        self.append(decode_long(self._read_exact(n)))
    dispatch[LONG1[0]] = load_long1

    def load_long4(self):
        n, = struct.unpack("<i", self._read_exact(4))
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(decode_long(self._read_exact(n)))
    dispatch[LONG4[0]] = load_long4

    def load_float(self):
        self.append(float(self.readline()[:-1]))
    dispatch[FLOAT[0]] = load_float

    def load_binfloat(self):
        self.append(struct.unpack(">d", self._read_exact(8))[0])
    dispatch[BINFLOAT[0]] = load_binfloat

    def load_string(self):
        data = self.readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b"\"'":
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(_unescape_bytes(data)))
    dispatch[STRING[0]] = load_string

    def load_binstring(self):
        n, = struct.unpack("<i", self._read_exact(4))
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self._read_exact(n)))
    dispatch[BINSTRING[0]] = load_binstring

    def load_short_binstring(self):
        n = self._read_exact(1)[0]
        self.append(self._decode_string(self._read_exact(n)))
    dispatch[SHORT_BINSTRING[0]] = load_short_binstring

    def load_binbytes(self):
        n, = struct.unpack("<I", self._read_exact(4))
        self.append(self._read_exact(n))
    dispatch[BINBYTES[0]] = load_binbytes

    def load_short_binbytes(self):
        n = self._read_exact(1)[0]
        self.append(self._read_exact(n))
    dispatch[SHORT_BINBYTES[0]] = load_short_binbytes

    def load_binbytes8(self):
        n, = struct.unpack("<Q", self._read_exact(8))
        self.append(self._read_exact(n))
    dispatch[BINBYTES8[0]] = load_binbytes8

    def load_bytearray8(self):
        n, = struct.unpack("<Q", self._read_exact(8))
        self.append(bytearray(self._read_exact(n)))
    dispatch[BYTEARRAY8[0]] = load_bytearray8

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* argument was given")
        try:
            self.append(next(self._buffers))
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None
    dispatch[NEXT_BUFFER[0]] = load_next_buffer

    def load_readonly_buffer(self):
        pass
    dispatch[READONLY_BUFFER[0]] = load_readonly_buffer

    def load_unicode(self):
        self.append(_raw_unicode_unescape(self.readline()[:-1]))
    dispatch[UNICODE[0]] = load_unicode

    def load_binunicode(self):
        n, = struct.unpack("<I", self._read_exact(4))
        self.append(str(self._read_exact(n), "utf-8", "surrogatepass"))
    dispatch[BINUNICODE[0]] = load_binunicode

    def load_binunicode8(self):
        n, = struct.unpack("<Q", self._read_exact(8))
        self.append(str(self._read_exact(n), "utf-8", "surrogatepass"))
    dispatch[BINUNICODE8[0]] = load_binunicode8

    def load_short_binunicode(self):
        n = self._read_exact(1)[0]
        self.append(str(self._read_exact(n), "utf-8", "surrogatepass"))
    dispatch[SHORT_BINUNICODE[0]] = load_short_binunicode

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))
    dispatch[TUPLE[0]] = load_tuple

    def load_empty_tuple(self):
        self.append(())
    dispatch[EMPTY_TUPLE[0]] = load_empty_tuple

    def load_tuple1(self):
        self.stack[-1] = (self.stack[-1],)
    dispatch[TUPLE1[0]] = load_tuple1

    def load_tuple2(self):
        self.stack[-2:] = [(self.stack[-2], self.stack[-1])]
    dispatch[TUPLE2[0]] = load_tuple2

    def load_tuple3(self):
        self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]
    dispatch[TUPLE3[0]] = load_tuple3

    def load_empty_list(self):
        self.append([])
    dispatch[EMPTY_LIST[0]] = load_empty_list

    def load_empty_dictionary(self):
        self.append({})
    dispatch[EMPTY_DICT[0]] = load_empty_dictionary

    def load_empty_set(self):
        self.append(set())
    dispatch[EMPTY_SET[0]] = load_empty_set

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))
    dispatch[FROZENSET[0]] = load_frozenset

    def load_list(self):
        items = self.pop_mark()
        self.append(items)
    dispatch[LIST[0]] = load_list

    def load_dict(self):
        items = self.pop_mark()
        self.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})
    dispatch[DICT[0]] = load_dict

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError(f"in constructor for {klass.__name__}: {err}") from err
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self.readline()[:-1].decode("ascii")
        name = self.readline()[:-1].decode("ascii")
        self._instantiate(self.find_class(module, name), self.pop_mark())
    dispatch[INST[0]] = load_inst

    def load_obj(self):
        args = self.pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)
    dispatch[OBJ[0]] = load_obj

    def load_newobj(self):
        args = self.stack.pop()
        cls = self.stack.pop()
        self.append(cls.__new__(cls, *args))
    dispatch[NEWOBJ[0]] = load_newobj

    def load_newobj_ex(self):
        kwargs = self.stack.pop()
        args = self.stack.pop()
        cls = self.stack.pop()
        self.append(cls.__new__(cls, *args, **kwargs))
    dispatch[NEWOBJ_EX[0]] = load_newobj_ex

    def load_global(self):
        module = self.readline()[:-1].decode("utf-8")
        name = self.readline()[:-1].decode("utf-8")
        self.append(self.find_class(module, name))
    dispatch[GLOBAL[0]] = load_global

    def load_stack_global(self):
        name = self.stack.pop()
        module = self.stack.pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))
    dispatch[STACK_GLOBAL[0]] = load_stack_global

    def _load_ext(self, code):
        missing = object()
        obj = copyreg._extension_cache.get(code, missing)
        if obj is not missing:
            self.append(obj)
            return
        key = copyreg._inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        copyreg._extension_cache[code] = obj
        self.append(obj)

    def load_ext1(self):
        self._load_ext(self._read_exact(1)[0])
    dispatch[EXT1[0]] = load_ext1

    def load_ext2(self):
        self._load_ext(struct.unpack("<H", self._read_exact(2))[0])
    dispatch[EXT2[0]] = load_ext2

    def load_ext4(self):
        self._load_ext(struct.unpack("<i", self._read_exact(4))[0])
    dispatch[EXT4[0]] = load_ext4

    def load_reduce(self):
        args = self.stack.pop()
        func = self.stack[-1]
        self.stack[-1] = func(*args)
    dispatch[REDUCE[0]] = load_reduce

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        else:
            self.pop_mark()
    dispatch[POP[0]] = load_pop

    def load_pop_mark(self):
        self.pop_mark()
    dispatch[POP_MARK[0]] = load_pop_mark

    def load_dup(self):
        self.append(self.stack[-1])
    dispatch[DUP[0]] = load_dup

    def load_get(self):
        self._memo_get(int(self.readline()[:-1]))
    dispatch[GET[0]] = load_get

    def load_binget(self):
        self._memo_get(self._read_exact(1)[0])
    dispatch[BINGET[0]] = load_binget

    def load_long_binget(self):
        self._memo_get(struct.unpack("<I", self._read_exact(4))[0])
    dispatch[LONG_BINGET[0]] = load_long_binget

    def load_put(self):
        i = int(self.readline()[:-1])
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self.stack[-1]
    dispatch[PUT[0]] = load_put

    def load_binput(self):
        self.memo[self._read_exact(1)[0]] = self.stack[-1]
    dispatch[BINPUT[0]] = load_binput

    def load_long_binput(self):
        i, = struct.unpack("<I", self._read_exact(4))
        self.memo[i] = self.stack[-1]
    dispatch[LONG_BINPUT[0]] = load_long_binput

    def load_memoize(self):
        self.memo[len(self.memo)] = self.stack[-1]
    dispatch[MEMOIZE[0]] = load_memoize

    def load_append(self):
        value = self.stack.pop()
        self.stack[-1].append(value)
    dispatch[APPEND[0]] = load_append

    def load_appends(self):
        items = self.pop_mark()
        target = self.stack[-1]
        if isinstance(target, list):
            target.extend(items)
        else:
            extend = getattr(target, "extend", None)
            if extend is not None:
                extend(items)
            else:
                for item in items:
                    target.append(item)
    dispatch[APPENDS[0]] = load_appends

    def load_setitem(self):
        value = self.stack.pop()
        key = self.stack.pop()
        self.stack[-1][key] = value
    dispatch[SETITEM[0]] = load_setitem

    def load_setitems(self):
        items = self.pop_mark()
        target = self.stack[-1]
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]
    dispatch[SETITEMS[0]] = load_setitems

    def load_additems(self):
        items = self.pop_mark()
        target = self.stack[-1]
        if isinstance(target, set):
            target.update(items)
        else:
            for item in items:
                target.add(item)
    dispatch[ADDITEMS[0]] = load_additems

    def load_build(self):
        state = self.stack.pop()
        inst = self.stack[-1]
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            for k, v in state.items():
                if type(k) is str:
                    k = sys.intern(k)
                inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)
    dispatch[BUILD[0]] = load_build

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append
    dispatch[MARK[0]] = load_mark

    def load_stop(self):
        raise _Stop(self.stack.pop())
    dispatch[STOP[0]] = load_stop


_SIMPLE_ESCAPES = {ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("a"): 7, ord("b"): 8, ord("f"): 12, ord("v"): 11,
                   ord("\\"): 92, ord("'"): 39, ord('"'): 34}


def _unescape_bytes(data):
    """The bytes a protocol-0 STRING literal (a repr's escapes) stands for."""
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        c = data[i]
        if c != 92 or i + 1 == n:
            out.append(c)
            i += 1
            continue
        e = data[i + 1]
        if e in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[e])
            i += 2
        elif e == ord("x"):
            out.append(int(data[i + 2:i + 4], 16))
            i += 4
        elif 48 <= e <= 55:
            j = i + 1
            while j < min(n, i + 4) and 48 <= data[j] <= 55:
                j += 1
            out.append(int(data[i + 1:j], 8) & 0xFF)
            i = j
        else:
            out += data[i:i + 2]
            i += 2
    return bytes(out)


def _raw_unicode_unescape(data):
    """A protocol-0 UNICODE argument: Latin-1 text with \\uXXXX and
    \\UXXXXXXXX escapes."""
    text = data.decode("latin-1")
    if "\\u" not in text and "\\U" not in text:
        return text
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and text[i + 1:i + 2] in ("u", "U"):
            width = 4 if text[i + 1] == "u" else 8
            out.append(chr(int(text[i + 2:i + 2 + width], 16)))
            i += 2 + width
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


# The native fast path (crates/stdlib/src/pickle.rs): the same bytes for
# trees of built-in values, functions and classes; None for anything else,
# which this module's classes then do.
try:
    from _pickle import dumps as _native_dumps, loads as _native_loads
except ImportError:
    _native_dumps = _native_loads = None


def _fast_dumps(obj, protocol):
    if _native_dumps is None:
        return None
    if protocol is None:
        protocol = DEFAULT_PROTOCOL
    elif protocol < 0:
        protocol = HIGHEST_PROTOCOL
    if type(protocol) is not int or not 2 <= protocol <= HIGHEST_PROTOCOL:
        return None
    return _native_dumps(obj, protocol)


def _fast_loads(data):
    if _native_loads is None or type(data) not in (bytes, bytearray):
        return None
    return _native_loads(data)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    if buffer_callback is None and hasattr(file, "write"):
        data = _fast_dumps(obj, protocol)
        if data is not None:
            file.write(data)
            return
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    if buffer_callback is None:
        data = _fast_dumps(obj, protocol)
        if data is not None:
            return data
    f = io.BytesIO()
    Pickler(f, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    if buffers is None:
        loaded = _fast_loads(data)
        if loaded is not None:
            return loaded[0]
    return Unpickler(io.BytesIO(data), fix_imports=fix_imports, buffers=buffers, encoding=encoding,
                     errors=errors).load()


# The names CPython's pure-Python pickle has besides its C accelerator's:
# here the one implementation serves as both.
bytes_types = (bytes, bytearray)
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]
_Pickler, _Unpickler = Pickler, Unpickler
_dump, _dumps, _load, _loads = dump, dumps, load, loads
from copyreg import dispatch_table, _extension_registry, _inverted_registry, _extension_cache  # noqa: E402,F401
