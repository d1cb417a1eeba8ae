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


def _members(names, getter, predicate):
    results = []
    for key in names:
        try:
            value = getter(key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getmembers(object, predicate=None):
    return _members(dir(object), lambda key: getattr(object, key), predicate)


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
    module = getmodule(object, filename)
    if getattr(module, "__loader__", None) is not None and hasattr(module.__loader__, "get_source"):
        return filename
    if filename in linecache.cache:
        return filename
    return None


def getmodule(object, _filename=None):
    """The module an object was defined in, or None: by its __module__,
    else by its source file among the loaded modules."""
    if ismodule(object):
        return object
    if hasattr(object, "__module__"):
        return sys.modules.get(object.__module__)
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        module = sys.modules.get(object.f_globals.get("__name__"))
        if module is not None and getattr(module, "__dict__", None) is object.f_globals:
            return module
    try:
        file = getabsfile(object, _filename)
    except (TypeError, OSError):
        return None
    if file in modulesbyfile:
        return sys.modules.get(modulesbyfile[file])
    for name, module in list(sys.modules.items()):
        path = getattr(module, "__file__", None)
        if ismodule(module) and isinstance(path, str):
            modulesbyfile[os.path.normcase(os.path.abspath(path))] = name
    if file in modulesbyfile:
        return sys.modules.get(modulesbyfile[file])
    main = sys.modules.get("__main__")
    if main is not None and isframe(object) is False and hasattr(object, "__name__"):
        if getattr(main, object.__name__, None) is object:
            return main
    return None


def getabsfile(object, _filename=None):
    """The absolute, normalized file name of an object's source."""
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


modulesbyfile = {}


class ClassFoundException(Exception):
    pass


class EndOfBlock(Exception):
    """Raised by BlockFinder.tokeneater once the block it reads is over."""


class BlockFinder:
    """Reads the tokens of source that starts with a def, class or lambda
    (decorators first, if any) and raises EndOfBlock when that statement
    ends; `last` is then the number of its last line."""

    def __init__(self):
        self.started = False        # the def/class/lambda keyword was seen
        self.islambda = False
        self.indent = 0             # INDENTs open inside the block
        self.last = 1
        self.passline = False       # inside a logical line being skipped
        self.indecorator = False
        self.decoratorhasargs = False
        self.body_col0 = None       # the column of the body's first INDENT

    def tokeneater(self, type, token, srowcol, erowcol, line):
        import tokenize
        row, col = srowcol
        if not (self.started or self.indecorator):
            if token == "@":
                self.indecorator = True
            elif token in ("def", "class", "lambda"):
                self.islambda = token == "lambda"
                self.started = True
            self.passline = True
            return
        if self.indecorator and token in ("(", ")"):
            # A decorator with arguments ends at its closing parenthesis.
            self.decoratorhasargs = token == "("
            self.indecorator = token == "("
            return
        if type == tokenize.NEWLINE:
            self.passline = False
            self.last = row
            if self.islambda:
                raise EndOfBlock
            if self.indecorator and not self.decoratorhasargs:
                self.indecorator = False
            return
        if self.passline:
            return
        if type == tokenize.INDENT:
            if self.started and self.body_col0 is None:
                self.body_col0 = erowcol[1]
            self.indent += 1
            self.passline = True
        elif type == tokenize.DEDENT:
            self.indent -= 1
            if self.indent <= 0:
                raise EndOfBlock
        elif type == tokenize.COMMENT:
            # Comments belong to the block when indented like its body.
            if self.body_col0 is not None and col >= self.body_col0:
                self.last = row
        elif self.indent == 0 and type != tokenize.NL:
            # Anything else at the header's level: a one-line block is over.
            raise EndOfBlock


def getblock(lines):
    """The lines of the code block at the top of `lines`."""
    import tokenize
    finder = BlockFinder()
    token = None
    try:
        for token in tokenize.generate_tokens(iter(lines).__next__):
            finder.tokeneater(*token)
    except (EndOfBlock, IndentationError):
        pass
    except SyntaxError as e:
        if "unmatched" not in e.msg or token is None:
            raise e from None
        try:
            finder.tokeneater(tokenize.NEWLINE, *token[1:])
        except (EndOfBlock, IndentationError):
            pass
    return lines[:finder.last]


def _class_line(tree, qualname):
    """The 0-based line of the class `qualname` (its first decorator's, if
    decorated) in a module's AST, or None."""
    import ast

    found = []

    def visit(node, stack):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                visit(child, stack + [child.name, "<locals>"])
            elif isinstance(child, ast.ClassDef):
                names = stack + [child.name]
                if ".".join(names) == qualname and not found:
                    line = min([d.lineno for d in child.decorator_list] + [child.lineno])
                    found.append(line - 1)
                visit(child, names)
            else:
                visit(child, stack)

    visit(tree, [])
    return found[0] if found else None


def findsource(object):
    """All the lines of the file holding object's source, and the 0-based
    number of the line where that source starts."""
    file = getsourcefile(object)
    if file:
        linecache.checkcache(file)
    else:
        file = getfile(object)
        if not (file.startswith("<") and file.endswith(">")):
            raise OSError("source code not available")
    module = getmodule(object, file)
    lines = linecache.getlines(file, module.__dict__) if module else linecache.getlines(file)
    if not lines:
        raise OSError("could not get source code")
    if ismodule(object):
        return lines, 0
    if isclass(object):
        import ast
        line = _class_line(ast.parse("".join(lines)), object.__qualname__)
        if line is None:
            raise OSError("could not find class definition")
        return lines, line
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        if not hasattr(object, "co_firstlineno"):
            raise OSError("could not find function definition")
        lnum = object.co_firstlineno - 1
        if lnum >= len(lines):
            raise OSError("lineno is out of bounds")
        return lines, lnum
    raise OSError("could not find code object")


def getsourcelines(object):
    """(lines, first line number) of the source of a module, class,
    method, function, traceback, frame or code object."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == "<module>"):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    lines, lnum = getsourcelines(object)
    return "".join(lines)


def getcomments(object):
    """The comment lines right above an object's source (or at the top of
    a module), or None."""
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        start = 0
        if lines and lines[0][:2] == "#!":
            start = 1
        while start < len(lines) and lines[start].strip() in ("", "#"):
            start += 1
        if start < len(lines) and lines[start][:1] == "#":
            comments = []
            end = start
            while end < len(lines) and lines[end][:1] == "#":
                comments.append(lines[end].expandtabs())
                end += 1
            return "".join(comments)
        return None
    if lnum > 0:
        indent = indentsize(lines[lnum])
        end = lnum - 1
        if end >= 0 and lines[end].lstrip()[:1] == "#" and indentsize(lines[end]) == indent:
            comments = [lines[end].expandtabs().lstrip()]
            if end > 0:
                end -= 1
                comment = lines[end].expandtabs().lstrip()
                while comment[:1] == "#" and indentsize(lines[end]) == indent:
                    comments[:0] = [comment]
                    end -= 1
                    if end < 0:
                        break
                    comment = lines[end].expandtabs().lstrip()
            while comments and comments[0].strip() == "#":
                comments[:1] = []
            while comments and comments[-1].strip() == "#":
                comments[-1:] = []
            return "".join(comments)
    return None


# -- frames -------------------------------------------------------------------------

def currentframe():
    return sys._getframe(1)


from collections import namedtuple as _namedtuple  # noqa: E402

_Traceback = _namedtuple("_Traceback", "filename lineno function code_context index")


class Traceback(_Traceback):
    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ("Traceback(filename={!r}, lineno={!r}, function={!r}, code_context={!r}, index={!r}, "
                "positions={!r})".format(self.filename, self.lineno, self.function, self.code_context,
                                          self.index, self.positions))


_FrameInfo = _namedtuple("_FrameInfo", ("frame",) + Traceback._fields)


class FrameInfo(_FrameInfo):
    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ("FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, code_context={!r}, "
                "index={!r}, positions={!r})".format(self.frame, self.filename, self.lineno, self.function,
                                                     self.code_context, self.index, self.positions))


def getlineno(frame):
    return frame.f_lineno


def getframeinfo(frame, context=1):
    """A Traceback(filename, lineno, function, code_context, index) for a
    frame or traceback, with `context` lines of source around the line."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError("{!r} is not a frame or traceback object".format(frame))
    filename = getsourcefile(frame) or getfile(frame)
    if context > 0:
        start = lineno - 1 - context // 2
        try:
            lines, lnum = findsource(frame)
        except OSError:
            lines = index = None
        else:
            start = max(0, min(start, len(lines) - context))
            lines = lines[start:start + context]
            index = lineno - 1 - start
    else:
        lines = index = None
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index, positions=(lineno, lineno, None, None))


def getouterframes(frame, context=1):
    """FrameInfo records for a frame and each frame outside it."""
    frames = []
    while frame:
        info = getframeinfo(frame, context)
        frames.append(FrameInfo(frame, *info, positions=info.positions))
        try:
            frame = frame.f_back
        except NotImplementedError:
            break
    return frames


def getinnerframes(tb, context=1):
    """FrameInfo records for a traceback's frame and each frame inside it."""
    frames = []
    while tb:
        info = getframeinfo(tb, context)
        frames.append(FrameInfo(tb.tb_frame, *info, positions=info.positions))
        tb = tb.tb_next
    return frames


def stack(context=1):
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    return getinnerframes(sys.exc_info()[2], context)


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


# -- argument introspection --------------------------------------------------------

FullArgSpec = _namedtuple("FullArgSpec", "args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations")
Arguments = _namedtuple("Arguments", "args, varargs, varkw")
ArgInfo = _namedtuple("ArgInfo", "args varargs keywords locals")
ClosureVars = _namedtuple("ClosureVars", "nonlocals globals builtins unbound")
Attribute = _namedtuple("Attribute", "name kind defining_class object")


def getargs(co):
    """Arguments(args, varargs, varkw) of a code object."""
    if not iscode(co):
        raise TypeError("{!r} is not a code object".format(co))
    names = co.co_varnames
    nargs = co.co_argcount
    nkwargs = co.co_kwonlyargcount
    args = list(names[:nargs + nkwargs])
    step = nargs + nkwargs
    varargs = None
    if co.co_flags & CO_VARARGS:
        varargs = names[step]
        step += 1
    varkw = names[step] if co.co_flags & CO_VARKEYWORDS else None
    return Arguments(args, varargs, varkw)


def getfullargspec(func):
    """The names and defaults of a callable's parameters, as a
    FullArgSpec (bound methods keep their first parameter)."""
    try:
        sig = _signature_of(func, follow_wrapped=False, skip_first=False)
    except Exception as ex:
        raise TypeError("unsupported callable") from ex
    args, kwonlyargs, annotations, kwdefaults = [], [], {}, {}
    defaults = ()
    varargs = varkw = None
    if sig.return_annotation is not sig.empty:
        annotations["return"] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind is _VAR_KEYWORD:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs, kwdefaults or None, annotations)


def getargvalues(frame):
    """ArgInfo(args, varargs, keywords, locals) of a frame."""
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)


def formatargvalues(args, varargs, varkw, locals, formatarg=str, formatvarargs=lambda name: "*" + name,
                    formatvarkw=lambda name: "**" + name, formatvalue=lambda value: "=" + repr(value)):
    def convert(name, locals=locals, formatarg=formatarg, formatvalue=formatvalue):
        return formatarg(name) + formatvalue(locals[name])
    specs = [convert(arg) for arg in args]
    if varargs:
        specs.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        specs.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return "(" + ", ".join(specs) + ")"


def getcallargs(func, /, *positional, **named):
    """The mapping of a function's parameter names to the values a call
    with these arguments binds (bound methods get their self). The
    binding is done by a stand-in function with the same parameters, so
    mistakes fail with the interpreter's own messages."""
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
        func = func.__func__
    spec = getfullargspec(func)
    namespace = {}
    params = []
    defaults = spec.defaults or ()
    first_default = len(spec.args) - len(defaults)
    for i, name in enumerate(spec.args):
        if i >= first_default:
            namespace["_d%d" % i] = defaults[i - first_default]
            params.append("%s=_d%d" % (name, i))
        else:
            params.append(name)
    if spec.varargs:
        params.append("*" + spec.varargs)
    elif spec.kwonlyargs:
        params.append("*")
    for name in spec.kwonlyargs:
        if spec.kwonlydefaults and name in spec.kwonlydefaults:
            namespace["_k_" + name] = spec.kwonlydefaults[name]
            params.append("%s=_k_%s" % (name, name))
        else:
            params.append(name)
    if spec.varkw:
        params.append("**" + spec.varkw)
    name = func.__name__ if getattr(func, "__name__", "").isidentifier() else "func"
    exec("def %s(%s):\n    return locals()\n" % (name, ", ".join(params)), namespace)
    bound = namespace[name](*positional, **named)
    # CPython's order: positional parameters, *args, **kwargs, keyword-only.
    order = spec.args + [spec.varargs, spec.varkw] + spec.kwonlyargs
    return {key: bound[key] for key in order if key in bound}


def getclosurevars(func):
    """ClosureVars(nonlocals, globals, builtins, unbound): where the names
    a function uses are bound."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError("{!r} is not a Python function".format(func))
    code = func.__code__
    nonlocal_vars = {} if func.__closure__ is None else {
        var: cell.cell_contents for var, cell in zip(code.co_freevars, func.__closure__)}
    global_ns = func.__globals__
    builtin_ns = global_ns.get("__builtins__", __builtins__)
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_vars, builtin_vars, unbound = {}, {}, set()
    names = set()
    stack = [code]
    while stack:
        c = stack.pop()
        names.update(c.co_names)
        stack.extend(const for const in c.co_consts if iscode(const))
    for name in names:
        if name in ("None", "True", "False"):
            continue
        try:
            global_vars[name] = global_ns[name]
        except KeyError:
            try:
                builtin_vars[name] = builtin_ns[name]
            except KeyError:
                unbound.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound)


# -- generator and coroutine states -------------------------------------------------

GEN_CREATED = "GEN_CREATED"
GEN_RUNNING = "GEN_RUNNING"
GEN_SUSPENDED = "GEN_SUSPENDED"
GEN_CLOSED = "GEN_CLOSED"
CORO_CREATED = "CORO_CREATED"
CORO_RUNNING = "CORO_RUNNING"
CORO_SUSPENDED = "CORO_SUSPENDED"
CORO_CLOSED = "CORO_CLOSED"


def _state(running, suspended, frame, prefix):
    if running:
        return prefix + "_RUNNING"
    if suspended:
        return prefix + "_SUSPENDED"
    if frame is None:
        return prefix + "_CLOSED"
    return prefix + "_CREATED"


def getgeneratorstate(generator):
    return _state(generator.gi_running, generator.gi_suspended, generator.gi_frame, "GEN")


def getcoroutinestate(coroutine):
    return _state(coroutine.cr_running, coroutine.cr_suspended, coroutine.cr_frame, "CORO")


def getgeneratorlocals(generator):
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    return frame.f_locals if frame is not None else {}


def getcoroutinelocals(coroutine):
    frame = getattr(coroutine, "cr_frame", None)
    return frame.f_locals if frame is not None else {}


# -- classes and members -------------------------------------------------------------

TPFLAGS_IS_ABSTRACT = 1 << 20


def isgetsetdescriptor(object):
    return isinstance(object, types.GetSetDescriptorType)


def ismemberdescriptor(object):
    return isinstance(object, types.MemberDescriptorType)


def ismethodwrapper(object):
    return isinstance(object, types.MethodWrapperType)


def getmembers_static(object, predicate=None):
    """getmembers without triggering descriptors (getattr_static)."""
    names = set()
    for klass in ([object] + list(getmro(object))) if isclass(object) else [object, type(object)] + list(
            type(object).__mro__[1:]):
        names.update(getattr(klass, "__dict__", {}))
    return _members(names, lambda key: getattr_static(object, key), predicate)


def classify_class_attrs(cls):
    """Attribute(name, kind, defining_class, object) for every name of a
    class: kind is 'class method', 'static method', 'property', 'method'
    or 'data'; the defining class is the first in the MRO (then the
    metaclass's MRO) whose own dict holds the name."""
    owners = list(getmro(cls)) + [c for c in getmro(type(cls)) if c not in (type, object)]
    names = list(dir(cls))
    for klass in owners:
        names.extend(name for name in klass.__dict__ if name not in names)
    result = []
    for name in names:
        home = next((klass for klass in owners if name in klass.__dict__), None)
        if home is None:
            continue
        raw = home.__dict__[name]
        try:
            obj = getattr(cls, name) if name != "__dict__" else raw
        except Exception:
            obj = raw
        if isinstance(raw, (staticmethod, types.BuiltinMethodType)):
            kind, obj = "static method", raw
        elif isinstance(raw, (classmethod, types.ClassMethodDescriptorType)):
            kind, obj = "class method", raw
        elif isinstance(raw, property):
            kind, obj = "property", raw
        elif isroutine(obj):
            kind = "method"
        else:
            kind = "data"
        result.append(Attribute(name, kind, home, obj))
    return result


def walktree(classes, children, parent):
    results = []
    classes.sort(key=lambda c: (c.__module__, c.__name__))
    for c in classes:
        results.append((c, c.__bases__))
        if c in children:
            results.append(walktree(children[c], children, c))
    return results


def getclasstree(classes, unique=False):
    """The inheritance of these classes as nested lists."""
    children = {}
    roots = []
    for c in classes:
        if c.__bases__:
            for parent in c.__bases__:
                if parent not in children:
                    children[parent] = []
                if c not in children[parent]:
                    children[parent].append(c)
                if unique and parent in classes:
                    break
        elif c not in roots:
            roots.append(c)
    for parent in children:
        if parent not in classes:
            roots.append(parent)
    return walktree(roots, children, None)


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """The annotations dict of a class, module or callable (a new dict;
    with eval_str, string annotations evaluated)."""
    if isinstance(obj, type):
        obj_dict = getattr(obj, "__dict__", None)
        ann = obj_dict.get("__annotations__", None) if obj_dict and hasattr(obj_dict, "get") else None
        if isinstance(ann, types.GetSetDescriptorType):
            ann = None
        module = sys.modules.get(getattr(obj, "__module__", None), None)
        obj_globals = getattr(module, "__dict__", None)
        obj_locals = dict(vars(obj))
        unwrap_obj = obj
    elif isinstance(obj, types.ModuleType):
        ann = getattr(obj, "__annotations__", None)
        obj_globals = getattr(obj, "__dict__")
        obj_locals = None
        unwrap_obj = None
    elif callable(obj):
        ann = getattr(obj, "__annotations__", None)
        obj_globals = getattr(obj, "__globals__", None)
        obj_locals = None
        unwrap_obj = obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not ann:
        return {}
    if not eval_str:
        return dict(ann)
    if unwrap_obj is not None:
        while True:
            if hasattr(unwrap_obj, "__wrapped__"):
                unwrap_obj = unwrap_obj.__wrapped__
                continue
            if isinstance(unwrap_obj, __import__("functools").partial):
                unwrap_obj = unwrap_obj.func
                continue
            break
        if hasattr(unwrap_obj, "__globals__"):
            obj_globals = unwrap_obj.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    return {key: value if not isinstance(value, str) else eval(value, globals, locals)
            for key, value in ann.items()}


def formatannotationrelativeto(object):
    module = getattr(object, "__module__", None)

    def _formatannotation(annotation):
        return formatannotation(annotation, module)
    return _formatannotation


def getmodulename(path):
    """The module name a file name stands for (by its suffix), or None."""
    import importlib.machinery

    fname = os.path.basename(path)
    suffixes = sorted((-len(suffix), suffix) for suffix in importlib.machinery.all_suffixes())
    for neglen, suffix in suffixes:
        if fname.endswith(suffix):
            return fname[:neglen]
    return None
