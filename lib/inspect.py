"""Looking inside live objects: type predicates, members, docstrings,
source code (from files, through linecache), and call signatures
(Signature and Parameter, with bind)."""

import linecache
import os
import sys
import types
from collections import OrderedDict

__all__ = ["ismodule", "isclass", "ismethod", "isfunction", "isgeneratorfunction", "iscoroutinefunction",
           "isasyncgenfunction", "isgenerator", "iscoroutine", "isasyncgen", "isawaitable", "istraceback",
           "isframe", "iscode", "isbuiltin", "isroutine", "isabstract", "ismethoddescriptor",
           "isdatadescriptor", "getmembers", "getdoc", "cleandoc", "getfile", "getsourcefile", "getmodule",
           "getsourcelines", "getsource", "signature", "Signature", "Parameter", "BoundArguments", "unwrap",
           "currentframe", "stack", "getmro", "indentsize", "CO_GENERATOR", "CO_COROUTINE"]

CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS = 1, 2, 4, 8
CO_NESTED, CO_GENERATOR, CO_NOFREE, CO_COROUTINE = 16, 32, 64, 128
CO_ITERABLE_COROUTINE, CO_ASYNC_GENERATOR = 256, 512


# -- predicates ---------------------------------------------------------------------

def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, types.CoroutineType)


def isasyncgen(object):
    return isinstance(object, types.AsyncGeneratorType)


def isawaitable(object):
    import collections.abc
    return isinstance(object, (types.CoroutineType, collections.abc.Awaitable))


def istraceback(object):
    return isinstance(object, types.TracebackType)


def isframe(object):
    return isinstance(object, types.FrameType)


def iscode(object):
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object) or ismethoddescriptor(object))


def isabstract(object):
    return bool(isinstance(object, type) and getattr(object, "__abstractmethods__", False))


def getmro(cls):
    return cls.__mro__


def getmembers(object, predicate=None):
    results = []
    names = dir(object)
    for key in names:
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


# -- documentation ----------------------------------------------------------------

def indentsize(line):
    expline = line.expandtabs()
    return len(expline) - len(expline.lstrip())


def cleandoc(doc):
    """A docstring without the indentation of its second and later lines
    and without leading and trailing blank lines."""
    try:
        lines = doc.expandtabs().split("\n")
    except UnicodeError:
        return None
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            margin = min(margin, len(line) - content)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def getdoc(object):
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        # Inherited from the same method of a base class.
        name = getattr(object, "__name__", None)
        cls = None
        if ismethod(object):
            cls = object.__self__ if isclass(object.__self__) else type(object.__self__)
        elif isfunction(object) and "." in getattr(object, "__qualname__", ""):
            module = sys.modules.get(object.__module__)
            owner = module
            for part in object.__qualname__.split(".")[:-1]:
                owner = getattr(owner, part, None)
            cls = owner if isclass(owner) else None
        if cls is not None and name:
            for base in cls.__mro__[1:]:
                doc = getattr(base.__dict__.get(name), "__doc__", None)
                if doc is not None:
                    break
        if doc is None:
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


# -- source -----------------------------------------------------------------------

def getfile(object):
    if ismodule(object):
        if getattr(object, "__file__", None):
            return object.__file__
        raise TypeError("{!r} is a built-in module".format(object))
    if isclass(object):
        module = sys.modules.get(object.__module__)
        if getattr(module, "__file__", None):
            return module.__file__
        raise TypeError("{!r} is a built-in class".format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError("module, class, method, function, traceback, frame, or code object was expected, got "
                    "{}".format(type(object).__name__))


def getsourcefile(object):
    filename = getfile(object)
    if filename.startswith("<") and filename.endswith(">"):
        return None
    if os.path.exists(filename) or filename.startswith("<ferropy-lib>"):
        return filename
    return None


def getmodule(object, _filename=None):
    if ismodule(object):
        return object
    if hasattr(object, "__module__"):
        return sys.modules.get(object.__module__)
    return None


def _lines_of(object):
    filename = getsourcefile(object)
    if not filename:
        raise OSError("could not get source code")
    lines = linecache.getlines(filename)
    if not lines:
        raise OSError("could not get source code")
    return lines


def _block_end(lines, start):
    """The line after the block that starts at `start` (its first line is
    a def/class header, perhaps with decorators before it)."""
    header = start
    while header < len(lines) and lines[header].lstrip().startswith("@"):
        header += 1
    indent = indentsize(lines[header])
    # The header may continue over several lines until its colon.
    end = header + 1
    depth = sum(lines[header].count(c) for c in "([{") - sum(lines[header].count(c) for c in ")]}")
    while depth > 0 and end < len(lines):
        depth += sum(lines[end].count(c) for c in "([{") - sum(lines[end].count(c) for c in ")]}")
        end += 1
    if lines[end - 1].rstrip().endswith(":") is False and ":" in lines[header]:
        after_colon = lines[end - 1].split(":", 1)[-1].strip()
        if after_colon and not after_colon.startswith("#"):
            return end
    last = end
    while end < len(lines):
        line = lines[end]
        if line.strip():
            if indentsize(line) <= indent:
                break
            last = end + 1
        end += 1
    return last


def getsourcelines(object):
    """(lines, first line number) of the source of a module, class,
    function, method or code object."""
    while hasattr(object, "__wrapped__"):
        object = object.__wrapped__
    lines = _lines_of(object)
    if ismodule(object):
        return lines, 0
    if isclass(object):
        import re
        pattern = re.compile(r"^(\s*)class\s*" + object.__name__ + r"\b")
        candidates = [i for i, line in enumerate(lines) if pattern.match(line)]
        if not candidates:
            raise OSError("could not find class definition")
        start = min(candidates, key=lambda i: indentsize(lines[i]))
        while start > 0 and lines[start - 1].lstrip().startswith("@"):
            start -= 1
        return lines[start:_block_end(lines, start)], start + 1
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if iscode(object):
        start = object.co_firstlineno - 1
        if object.co_name == "<lambda>":
            return [lines[start]], start + 1
        return lines[start:_block_end(lines, start)], start + 1
    raise TypeError("module, class, method, function, traceback, frame, or code object was expected, got "
                    "{}".format(type(object).__name__))


def getsource(object):
    lines, lnum = getsourcelines(object)
    return "".join(lines)


# -- frames -------------------------------------------------------------------------

def currentframe():
    return sys._getframe(1)


def stack(context=1):
    frames = []
    f = sys._getframe(1)
    while f is not None:
        frames.append((f, f.f_code.co_filename, f.f_lineno, f.f_code.co_name, None, None))
        f = f.f_back
    return frames


def unwrap(func, *, stop=None):
    f = func
    memo = {id(f): f}
    while hasattr(f, "__wrapped__") and not (stop is not None and stop(f)):
        f = f.__wrapped__
        if id(f) in memo or len(memo) >= sys.getrecursionlimit():
            raise ValueError("wrapper loop when unwrapping {!r}".format(func))
        memo[id(f)] = f
    return f


# -- signatures -----------------------------------------------------------------------

class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind(int):
    def __new__(cls, value, name, description):
        self = int.__new__(cls, value)
        self._name = name
        self.description = description
        return self

    def __repr__(self):
        return "<_ParameterKind.%s: %d>" % (self._name, int(self))

    def __str__(self):
        return self._name

    @property
    def name(self):
        return self._name


_POSITIONAL_ONLY = _ParameterKind(0, "POSITIONAL_ONLY", "positional-only")
_POSITIONAL_OR_KEYWORD = _ParameterKind(1, "POSITIONAL_OR_KEYWORD", "positional or keyword")
_VAR_POSITIONAL = _ParameterKind(2, "VAR_POSITIONAL", "variadic positional")
_KEYWORD_ONLY = _ParameterKind(3, "KEYWORD_ONLY", "keyword-only")
_VAR_KEYWORD = _ParameterKind(4, "VAR_KEYWORD", "variadic keyword")


def formatannotation(annotation, base_module=None):
    if getattr(annotation, "__module__", None) == "typing":
        import re
        return re.sub(r"\btyping\.", "", repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ("builtins", base_module):
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a signature: name, kind, default, annotation."""

    __slots__ = ("_name", "_kind", "_default", "_annotation")
    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if kind not in (0, 1, 2, 3, 4):
            raise ValueError(f"value {kind!r} is not a valid Parameter.kind")
        self._kind = [_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL, _KEYWORD_ONLY,
                      _VAR_KEYWORD][kind]
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f"{self._kind.description} parameters cannot have default values")
        if not isinstance(name, str):
            raise TypeError("name must be a str, not a {}".format(type(name).__name__))
        if not name.isidentifier():
            raise ValueError("{!r} is not a valid parameter name".format(name))
        self._name = name
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=None, kind=None, default=None, annotation=None):
        return type(self)(self._name if name is None else name, self._kind if kind is None else kind,
                          default=self._default if default is None else default,
                          annotation=self._annotation if annotation is None else annotation)

    def __str__(self):
        kind = self._kind
        text = self._name
        if self._annotation is not _empty:
            text = "{}: {}".format(text, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                text = "{} = {}".format(text, repr(self._default))
            else:
                text = "{}={}".format(text, repr(self._default))
        if kind == _VAR_POSITIONAL:
            text = "*" + text
        elif kind == _VAR_KEYWORD:
            text = "**" + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and self._default == other._default
                and self._annotation == other._annotation)


class BoundArguments:
    """The arguments of a call mapped to the parameters that receive them."""

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or name not in self.arguments:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(self.arguments[name])
            else:
                args.append(self.arguments[name])
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started or name not in self.arguments:
                continue
            if param.kind == _VAR_KEYWORD:
                kwargs.update(self.arguments[name])
            else:
                kwargs[name] = self.arguments[name]
        return kwargs

    def apply_defaults(self):
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            try:
                new_arguments.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind == _VAR_POSITIONAL:
                    val = ()
                elif param.kind == _VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = ["{}={!r}".format(arg, value) for arg, value in self.arguments.items()]
        return "<{} ({})>".format(self.__class__.__name__, ", ".join(args))


class Signature:
    """The parameters of a callable and its return annotation."""

    __slots__ = ("_return_annotation", "_parameters")
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = OrderedDict()
        if parameters is not None:
            for param in parameters:
                if param.name in params:
                    raise ValueError("duplicate parameter name: {!r}".format(param.name))
                params[param.name] = param
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        return _signature_of(obj, follow_wrapped)

    def replace(self, *, parameters=_empty, return_annotation=_empty):
        if parameters is _empty:
            parameters = self.parameters.values()
        if return_annotation is _empty:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation and
                list(self.parameters.values()) == list(other.parameters.values()))

    def __hash__(self):
        return hash((tuple(self.parameters.values()), self._return_annotation))

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        parameters = iter(self.parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                else:
                    if param.kind == _VAR_POSITIONAL:
                        break
                    elif param.name in kwargs:
                        if param.kind == _POSITIONAL_ONLY:
                            msg = ("{arg!r} parameter is positional only, but was passed as a keyword")
                            raise TypeError(msg.format(arg=param.name)) from None
                        parameters_ex = (param,)
                        break
                    elif param.kind == _VAR_KEYWORD or param.default is not _empty:
                        parameters_ex = (param,)
                        break
                    else:
                        if partial:
                            parameters_ex = (param,)
                            break
                        raise TypeError("missing a required argument: {arg!r}".format(arg=param.name)) from None
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError("too many positional arguments") from None
                else:
                    if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                        raise TypeError("too many positional arguments") from None
                    if param.kind == _VAR_POSITIONAL:
                        values = [arg_val]
                        values.extend(arg_vals)
                        arguments[param.name] = tuple(values)
                        break
                    if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                        raise TypeError("multiple values for argument {arg!r}".format(arg=param.name)) from None
                    arguments[param.name] = arg_val
        kwargs_param = None
        for param in list(parameters_ex) + list(parameters):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            param_name = param.name
            try:
                arg_val = kwargs.pop(param_name)
            except KeyError:
                if (not partial and param.kind != _VAR_POSITIONAL and param.default is _empty):
                    raise TypeError("missing a required argument: {arg!r}".format(arg=param_name)) from None
            else:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError("{arg!r} parameter is positional only, but was passed as a keyword".format(
                        arg=param.name))
                arguments[param_name] = arg_val
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError("got an unexpected keyword argument {arg!r}".format(arg=next(iter(kwargs))))
        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return "<{} {}>".format(self.__class__.__name__, self)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append("/")
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append("*")
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append("/")
        rendered = "({})".format(", ".join(result))
        if self.return_annotation is not _empty:
            rendered += " -> {}".format(formatannotation(self.return_annotation))
        return rendered


def _function_signature(func, skip_first=False):
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkw = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = getattr(func, "__annotations__", None) or {}
    params = []
    first_default = npos - len(defaults)
    for i in range(npos):
        kind = _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(names[i], kind, default=default, annotation=annotations.get(names[i], _empty)))
    i = npos + nkw
    if code.co_flags & CO_VARARGS:
        name = names[i]
        params.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
        i += 1
    for j in range(npos, npos + nkw):
        name = names[j]
        params.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[i]
        params.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    if skip_first and params:
        if params[0].kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            params = params[1:]
    return Signature(params, return_annotation=annotations.get("return", _empty))


def _text_signature(text, skip_first):
    """A Signature from a built-in's __text_signature__."""
    text = text.strip()
    if not (text.startswith("(") and text.endswith(")")):
        raise ValueError("no signature found for builtin")
    body = text[1:-1].strip()
    pieces = [p.strip() for p in _split_top_level(body)] if body else []
    params = []
    kind = _POSITIONAL_OR_KEYWORD
    for piece in pieces:
        if piece == "/":
            params = [p.replace(kind=_POSITIONAL_ONLY) for p in params]
            continue
        if piece == "*":
            kind = _KEYWORD_ONLY
            continue
        if piece.startswith("$"):
            # $module is never shown; $self and $type only when unbound.
            if skip_first or piece == "$module":
                continue
            piece = piece[1:]
        if piece.startswith("**"):
            params.append(Parameter(piece[2:], _VAR_KEYWORD))
            continue
        if piece.startswith("*"):
            params.append(Parameter(piece[1:], _VAR_POSITIONAL))
            kind = _KEYWORD_ONLY
            continue
        name, eq, default = piece.partition("=")
        value = _empty
        if eq:
            try:
                value = eval(default, {"sys": sys, "None": None, "True": True, "False": False})
            except Exception:
                raise ValueError("no signature found for builtin") from None
        params.append(Parameter(name.strip(), kind, default=value))
    return Signature(params)


def _split_top_level(body):
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(body):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(body[start:i])
            start = i + 1
    parts.append(body[start:])
    return parts


def _signature_of(obj, follow_wrapped=True, skip_first=False):
    if not callable(obj):
        raise TypeError("{!r} is not a callable object".format(obj))
    if ismethod(obj):
        return _signature_of(obj.__func__, follow_wrapped, skip_first=True)
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
        if ismethod(obj):
            return _signature_of(obj, follow_wrapped, skip_first)
    sig = getattr(obj, "__signature__", None)
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError("unexpected object {!r} in __signature__ attribute".format(sig))
        return sig
    if isfunction(obj):
        return _function_signature(obj, skip_first)
    import functools
    if isinstance(obj, functools.partial):
        wrapped = _signature_of(obj.func, follow_wrapped)
        params = list(wrapped.parameters.values())[len(obj.args):]
        params = [p.replace(default=obj.keywords[p.name], kind=_KEYWORD_ONLY)
                  if p.name in obj.keywords and p.kind in (_POSITIONAL_OR_KEYWORD, _KEYWORD_ONLY) else p
                  for p in params]
        return wrapped.replace(parameters=params)
    if isclass(obj):
        for name in ("__init__", "__new__"):
            for klass in obj.__mro__:
                if name in klass.__dict__:
                    member = klass.__dict__[name]
                    if isfunction(member) or isinstance(member, staticmethod):
                        function = member.__func__ if isinstance(member, staticmethod) else member
                        return _function_signature(function, skip_first=True)
                    break
        text = getattr(obj, "__text_signature__", None)
        if text:
            return _text_signature(text, False)
        if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
            return Signature()
        raise ValueError("no signature found for builtin type {!r}".format(obj))
    text = getattr(obj, "__text_signature__", None)
    if text:
        bound = getattr(obj, "__self__", None)
        return _text_signature(text, skip_first or (bound is not None and not ismodule(bound)))
    if isbuiltin(obj) or ismethoddescriptor(obj):
        raise ValueError("no signature found for builtin {!r}".format(obj))
    call = getattr(type(obj), "__call__", None)
    if call is not None and isfunction(call):
        return _function_signature(call, skip_first=True)
    raise ValueError("callable {!r} is not supported by signature".format(obj))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    return _signature_of(obj, follow_wrapped)



_MISSING = object()


def _mro_of(klass):
    # type.__mro__ read through its descriptor: a metaclass may not hide it.
    return type.__dict__["__mro__"].__get__(klass)


def _own_dict_shadowed(klass):
    """Whether some class in klass's MRO replaces the `__dict__` of its
    instances with something other than the standard descriptor."""
    for entry in _mro_of(klass):
        try:
            descriptor = type.__dict__["__dict__"].__get__(entry)["__dict__"]
        except (KeyError, TypeError):
            continue
        standard = type(descriptor) is types.GetSetDescriptorType and descriptor.__name__ == "__dict__"
        if not standard:
            return descriptor
    return _MISSING


def _from_class_dicts(klass, attr):
    for entry in _mro_of(klass):
        namespace = entry.__dict__
        if attr in namespace and _own_dict_shadowed(type(entry)) is _MISSING:
            return namespace[attr]
    return _MISSING


def _is_data_descriptor(value):
    kind = type(value)
    has = lambda name: _from_class_dicts(kind, name) is not _MISSING
    return has("__get__") and (has("__set__") or has("__delete__"))


def getattr_static(obj, attr, default=_MISSING):
    """Look an attribute up without running code: no descriptor's
    __get__, no __getattr__ or __getattribute__ (a property comes back as
    the property object)."""
    is_class = type in _mro_of(type(obj))
    klass = obj if is_class else type(obj)
    from_instance = _MISSING
    if not is_class:
        shadow = _own_dict_shadowed(klass)
        if shadow is _MISSING or type(shadow) is types.MemberDescriptorType:
            try:
                instance_dict = object.__getattribute__(obj, "__dict__")
            except AttributeError:
                pass
            else:
                from_instance = dict.get(instance_dict, attr, _MISSING)
    from_class = _from_class_dicts(klass, attr)
    # A data descriptor on the class wins over the instance's own value.
    if from_class is not _MISSING and (from_instance is _MISSING or _is_data_descriptor(from_class)):
        return from_class
    if from_instance is not _MISSING:
        return from_instance
    if is_class:
        # Then the metaclass's attributes (type.__name__ and the like).
        found = _from_class_dicts(type(klass), attr)
        if found is not _MISSING:
            return found
    if default is not _MISSING:
        return default
    raise AttributeError(attr)


def getmodulename(path):
    """The module name a file name stands for (by its suffix), or None."""
    import importlib.machinery

    fname = os.path.basename(path)
    suffixes = sorted((-len(suffix), suffix) for suffix in importlib.machinery.all_suffixes())
    for neglen, suffix in suffixes:
        if fname.endswith(suffix):
            return fname[:neglen]
    return None
