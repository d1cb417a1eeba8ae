"""Text documentation for `help()`: the `pydoc` module, as far as ferropy
has it. Functions, methods and classes are documented as CPython's pydoc
lays them out; modules and other objects are not yet.
"""

import inspect
import sys
from inspect import CO_ASYNC_GENERATOR as _ASYNC_GENERATOR, CO_COROUTINE as _COROUTINE, cleandoc

__all__ = ["help", "render_doc", "getdoc"]


def getdoc(obj):
    doc = getattr(obj, "__doc__", None)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def _signature(func, skip_first=False):
    """'(a, b=2, /, *args, c, **kw) -> int' from a function's code."""
    return str(inspect._function_signature(func, skip_first))


def _text_signature(obj):
    """A built-in's signature from __text_signature__, as inspect.signature
    reads it (None where it cannot)."""
    if not getattr(obj, "__text_signature__", None):
        return None
    try:
        return str(inspect.signature(obj))
    except (ValueError, TypeError):
        return None


def _describe(obj):
    kind = type(obj).__name__
    if kind == "module":
        return "module " + obj.__name__
    if kind == "builtin_function_or_method":
        return "built-in function " + obj.__name__
    if kind in ("getset_descriptor", "member_descriptor"):
        owner = obj.__objclass__
        return f"{kind.replace('_', ' ')} {owner.__module__}.{owner.__name__}.{obj.__name__}"
    if isinstance(obj, type):
        return "class " + obj.__name__
    if kind == "function":
        return "function " + obj.__name__
    if kind == "method":
        return "method " + obj.__name__
    return kind


def _is_routine(obj):
    return type(obj).__name__ in ("function", "method", "builtin_function_or_method",
                                  "method_descriptor", "classmethod_descriptor")


def _is_bound(obj):
    """A method bound to an instance or class (not a module's function)."""
    if type(obj).__name__ == "method":
        return True
    if type(obj).__name__ == "builtin_function_or_method":
        owner = getattr(obj, "__self__", None)
        return owner is not None and type(owner).__name__ != "module"
    return False


def _classname(cls, module):
    name = cls.__qualname__
    if cls.__module__ != module:
        name = cls.__module__ + "." + name
    return name


def _inherited_doc(cls, name):
    """The docstring of `name` in the first base of cls that documents it."""
    for base in cls.__mro__[1:]:
        attr = base.__dict__.get(name)
        if attr is not None:
            doc = getdoc(attr)
            if doc:
                return doc
    return None


def _indent(text, prefix="    "):
    lines = [prefix + line for line in text.split("\n")]
    if lines:
        lines[-1] = lines[-1].rstrip()
    return "\n".join(lines)


def _document_routine(obj, cl=None, module=None, name=None):
    func = getattr(obj, "__func__", obj)
    realname = obj.__name__
    note = ""
    bound = _is_bound(obj)
    if bound:
        owner_class = type(obj.__self__)
        if cl is not None:
            # A class method (or a built-in's __new__), reached through the class.
            if owner_class is not cl:
                note = " from " + _classname(owner_class, module)
        else:
            note = f" method of {_classname(owner_class, module)} instance"
    qualifier = ""
    code = getattr(func, "__code__", None)
    if code is not None and code.co_flags & (_COROUTINE | _ASYNC_GENERATOR):
        qualifier = "async "
    title = realname if name in (None, realname) else f"{name} = {realname}"
    if code is not None:
        argspec = _signature(func, skip_first=bound)
    else:
        argspec = _text_signature(obj) or "(...)"
    if realname == "<lambda>":
        title = realname + " lambda "
        argspec = argspec[1:-1]
    decl = qualifier + title + argspec + note
    doc = getdoc(obj) or getdoc(func) or (_inherited_doc(cl, realname) if cl else "") or ""
    if doc:
        lines = ["    " + line for line in doc.split("\n")]
        lines[-1] = lines[-1].rstrip()
        doc = "\n".join(lines).rstrip() + "\n"
    return decl + "\n" + doc


_SPECIAL_DESCRIPTOR_DOCS = {"__dict__": "dictionary for instance variables",
                            "__weakref__": "list of weak references to the object"}
_HIDDEN = {"__author__", "__builtins__", "__cached__", "__credits__", "__date__", "__doc__",
           "__file__", "__spec__", "__loader__", "__module__", "__name__", "__package__",
           "__path__", "__qualname__", "__slots__", "__version__"}


def _visible(name):
    if name in _HIDDEN:
        return False
    if name.startswith("__") and name.endswith("__"):
        return True
    return not name.startswith("_")


def _kind(value):
    if isinstance(value, staticmethod):
        return "static method"
    if isinstance(value, classmethod):
        return "class method"
    if isinstance(value, property):
        return "readonly property" if value.fset is None else "data descriptor"
    if type(value).__name__ == "builtin_function_or_method":
        return "static method"
    if type(value).__name__ == "classmethod_descriptor":
        return "class method"
    if hasattr(value, "__code__") or type(value).__name__ == "method_descriptor":
        return "method"
    if hasattr(type(value), "__get__") and (hasattr(type(value), "__set__") or hasattr(type(value), "__delete__")):
        return "data descriptor"
    return "data"


def _descriptor_doc(name, value):
    doc = getdoc(value) if isinstance(value, property) else getattr(value, "__doc__", None)
    if not isinstance(doc, str) or not doc:
        doc = _SPECIAL_DESCRIPTOR_DOCS.get(name, "")
    text = name + "\n"
    if doc:
        text += _indent(cleandoc(doc)) + "\n"
    return text


def _class_signature(cls):
    if cls.__text_signature__:
        return cls.__text_signature__
    init = None
    for klass in cls.__mro__:
        if "__init__" in klass.__dict__:
            init = klass.__dict__["__init__"]
            break
    if init is None or not hasattr(init, "__code__"):
        return None
    return _signature(init, skip_first=True)


def _document_class(cls, name=None, mod=None):
    module = cls.__module__
    bases = cls.__bases__
    title = "class " + cls.__name__
    if name not in (None, cls.__name__):
        title = f"{name} = class {cls.__name__}"
    if bases:
        title += "(%s)" % ", ".join(_classname(b, module) for b in bases)
    contents = []
    push = contents.append
    argspec = _class_signature(cls)
    if argspec and argspec != "()":
        push(cls.__name__ + argspec + "\n")
    doc = getdoc(cls)
    if doc:
        push(doc + "\n")
    if cls is not object:
        subclasses = sorted((sub.__name__ for sub in type.__subclasses__(cls)
                             if not sub.__name__.startswith("_") and sub.__module__ == "builtins"),
                            key=str.lower)
        if subclasses:
            push("Built-in subclasses:")
            for sub in subclasses[:4]:
                push("    " + sub)
            if len(subclasses) > 4:
                push(f"    ... and {len(subclasses) - 4} other subclasses")
            push("")
    mro = list(cls.__mro__)
    if len(mro) > 2:
        push("Method resolution order:")
        for base in mro:
            push("    " + _classname(base, module))
        push("")
    need_rule = [False]

    def section(header, entries):
        if not entries:
            return
        if need_rule[0]:
            push("-" * 70)
        need_rule[0] = True
        push(header)
        for entry in entries:
            push(entry)

    # The instance dict and weakref slots belong to the first class, from
    # object up, that has no __slots__.
    # Built-in classes have them only where their dict says so.
    dict_owner = None
    for klass in reversed(mro[:-1]):
        if "__slots__" not in klass.__dict__ and klass.__module__ != "builtins":
            dict_owner = klass
            break
    for klass in mro:
        if klass is object and cls is not object:
            continue
        tag = "defined here" if klass is cls else "inherited from " + _classname(klass, module)
        items = [(name, value) for name, value in klass.__dict__.items() if _visible(name)]
        if klass is dict_owner:
            items = [(n, v) for n, v in items if n not in _SPECIAL_DESCRIPTOR_DOCS]
            items += [(n, klass.__dict__.get(n)) for n in ("__dict__", "__weakref__")]
        # Attributes a subclass already showed are not repeated.
        items = [(n, v) for n, v in items
                 if not any(n in k.__dict__ for k in mro[:mro.index(klass)])]
        items.sort(key=lambda item: item[0])
        kinds = {}
        for name, value in items:
            kind = "data descriptor" if name in _SPECIAL_DESCRIPTOR_DOCS else _kind(value)
            kinds.setdefault(kind, []).append((name, value))
        section(f"Methods {tag}:\n", [_document_routine(getattr(cls, n), cls, mod)
                                       for n, v in kinds.get("method", [])])
        section(f"Class methods {tag}:\n", [_document_routine(getattr(cls, n), cls, mod)
                                             for n, v in kinds.get("class method", [])])
        section(f"Static methods {tag}:\n", [_document_routine(getattr(cls, n), cls, mod)
                                              for n, v in kinds.get("static method", [])])
        section(f"Readonly properties {tag}:\n", [_descriptor_doc(n, v)
                                                   for n, v in kinds.get("readonly property", [])])
        section(f"Data descriptors {tag}:\n", [_descriptor_doc(n, v)
                                                for n, v in kinds.get("data descriptor", [])])
        data = []
        for name, value in kinds.get("data", []):
            line = f"{name} = {value!r}"
            if len(line) > 70:
                text = repr(value)
                text = text[:70 - len(line)] + "..."
                line = f"{name} = {text}"
            data.append(line + "\n")
        section(f"Data and other attributes {tag}:\n", data)
    body = "\n".join(contents)
    if not body:
        return title + "\n"
    return title + "\n" + _indent(body.rstrip(), " |  ") + "\n"


def _section(title, contents):
    return title + "\n" + _indent(contents).rstrip() + "\n\n"


def _splitdoc(doc):
    lines = doc.strip().split("\n")
    if len(lines) == 1:
        return lines[0], ""
    if len(lines) >= 2 and not lines[1].rstrip():
        return lines[0], "\n".join(lines[2:])
    return "", "\n".join(lines)


def _visible_in(name, all_names):
    if all_names is not None:
        return name in all_names
    return _visible(name) and not (name.startswith("__") and name.endswith("__"))


def _class_tree(classes, module):
    """CPython's inheritance tree of a module's classes, as text."""
    children = {}
    roots = []
    for c in classes:
        if c.__bases__:
            for parent in c.__bases__:
                children.setdefault(parent, [])
                if c not in children[parent]:
                    children[parent].append(c)
                if parent in classes:
                    break
        elif c not in roots:
            roots.append(c)
    for parent in children:
        if parent not in classes and parent not in roots:
            roots.append(parent)

    def walk(level, parent, prefix):
        text = ""
        for c in sorted(level, key=lambda c: (c.__module__, c.__name__)):
            text += prefix + _classname(c, module)
            if c.__bases__ and c.__bases__ != (parent,):
                text += "(%s)" % ", ".join(_classname(b, module) for b in c.__bases__)
            text += "\n"
            if c in children:
                text += walk(children[c], c, prefix + "    ")
        return text
    return walk(roots, None, "")


def _document_module(module):
    name = module.__name__
    synop, desc = _splitdoc(getdoc(module) or "")
    result = _section("NAME", name + (synop and " - " + synop))
    if desc:
        result += _section("DESCRIPTION", desc)
    all_names = getattr(module, "__all__", None)
    members = sorted(vars(module).items())
    classes, funcs, data = [], [], []
    for key, value in members:
        if isinstance(value, type):
            if (all_names is not None or value.__module__ == name) and _visible_in(key, all_names):
                classes.append((key, value))
        elif _is_routine(value):
            if (all_names is not None or getattr(value, "__module__", None) in (name, "builtins")
                    or type(value).__name__ == "builtin_function_or_method") and _visible_in(key, all_names):
                funcs.append((key, value))
        elif type(value).__name__ not in ("module", "code", "frame", "traceback"):
            if _visible_in(key, all_names):
                data.append((key, value))
    if classes:
        contents = [_class_tree([v for k, v in classes], name)]
        contents += [_document_class(v, k, name) for k, v in classes]
        result += _section("CLASSES", "\n".join(contents))
    if funcs:
        result += _section("FUNCTIONS", "\n".join(_document_routine(v) for k, v in funcs))
    if data:
        lines = []
        for key, value in data:
            line = f"{key} = {value!r}"
            if len(line) > 70:
                text = repr(value)
                line = f"{key} = {text[:70 - len(line)]}..."
            lines.append(line)
        result += _section("DATA", "\n".join(lines))
    file = getattr(module, "__file__", None)
    if file is None:
        file = "(built-in)"
    else:
        import os
        file = os.path.abspath(file)
    result += _section("FILE", file)
    return result


def _is_data_descriptor(obj):
    kind = type(obj)
    return not isinstance(obj, type) and hasattr(kind, "__get__") and (
        hasattr(kind, "__set__") or hasattr(kind, "__delete__"))


def render_doc(thing, title="Python Library Documentation: %s", name=None):
    desc = _describe(thing)
    if type(thing).__name__ == "module":
        return title % desc + "\n\n" + _document_module(thing)
    module = getattr(thing, "__module__", None)
    if not isinstance(module, str) or _is_data_descriptor(thing):
        module = None
    if name and "." in name:
        desc += " in " + name[:name.rfind(".")]
    elif module:
        desc += " in module " + module
    if _is_data_descriptor(thing):
        return title % desc + "\n\n" + _descriptor_doc(name or thing.__name__, thing)
    if not (isinstance(thing, type) or _is_routine(thing)):
        # Data or an instance: document its class instead.
        if hasattr(thing, "__origin__"):
            raise NotImplementedError("help() on generic aliases is not supported by ferropy yet")
        thing = type(thing)
        desc += " object"
    if isinstance(thing, type):
        return title % desc + "\n\n" + _document_class(thing, name)
    return title % desc + "\n\n" + _document_routine(thing, name=name)


_INTRO = """Welcome to Python 3.11's help utility! If this is your first time using
Python, you should definitely check out the tutorial at
https://docs.python.org/3.11/tutorial/.

Enter the name of any module, keyword, or topic to get help on writing
Python programs and using Python modules.  To get a list of available
modules, keywords, symbols, or topics, enter "modules", "keywords",
"symbols", or "topics".

Each module also comes with a one-line summary of what it does; to list
the modules whose name or summary contain a given string such as "spam",
enter "modules spam".

To quit this help utility and return to the interpreter,
enter "q" or "quit".
"""

_OUTRO = """
You are now leaving help and returning to the Python interpreter.
If you want to ask for help on a particular object directly from the
interpreter, you can type "help(object)".  Executing "help('string')"
has the same effect as typing a particular string at the help> prompt.
"""


def locate(path):
    """The object a dotted name refers to: a module, or an attribute of
    one, or a builtin; None if there is none."""
    import builtins
    parts = [p for p in path.split(".") if p]
    obj = None
    n = 0
    while n < len(parts):
        try:
            obj = __import__(".".join(parts[:n + 1]))
            for part in parts[1:n + 1]:
                obj = getattr(obj, part)
            n += 1
        except ImportError:
            break
    if obj is None:
        if not parts or not hasattr(builtins, parts[0]):
            return None
        obj = builtins
        n = 0
    for part in parts[n:]:
        try:
            obj = getattr(obj, part)
        except AttributeError:
            return None
    return obj


def _help_on(request):
    if isinstance(request, str):
        request = request.strip()
        if request in ("keywords", "symbols", "topics", "modules") or request.startswith("modules "):
            raise NotImplementedError(f"help: the {request.split()[0]} listing is not supported by "
                                      "ferropy yet")
        thing = locate(request)
        if thing is None:
            sys.stdout.write(f"No Python documentation found for {request!r}.\n"
                             "Use help() to get the interactive help utility.\n"
                             "Use help(str) for help on the str class.\n\n")
            return
        sys.stdout.write(render_doc(thing, "Help on %s:", name=request) + "\n")
        return
    sys.stdout.write(render_doc(request, "Help on %s:") + "\n")


def help(*args):
    if args:
        _help_on(args[0])
        return
    sys.stdout.write(_INTRO + "\n")
    while True:
        sys.stdout.write("help> ")
        sys.stdout.flush()
        line = sys.stdin.readline()
        if not line:
            break
        request = line.strip()
        if not request or request in ("q", "quit"):
            break
        _help_on(request)
    sys.stdout.write(_OUTRO)


_USAGE = """pydoc - the Python documentation tool

{cmd} <name> ...
    Show text documentation on something.  <name> may be the name of a
    Python keyword, topic, function, module, or package, or a dotted
    reference to a class or function within a module or module in a
    package.  If <name> contains a '{sep}', it is used as the path to a
    Python source file to document. If name is 'keywords', 'topics',
    or 'modules', a listing of these things is displayed.

{cmd} -k <keyword>
    Search for a keyword in the synopsis lines of all available modules.

{cmd} -n <hostname>
    Start an HTTP server with the given hostname (default: localhost).

{cmd} -p <port>
    Start an HTTP server on the given port on the local machine.  Port
    number 0 can be used to get an arbitrary unused port.

{cmd} -b
    Start an HTTP server on an arbitrary unused port and open a web browser
    to interactively browse documentation.  This option can be used in
    combination with -n and/or -p.

{cmd} -w <name> ...
    Write out the HTML documentation for a module to a file in the current
    directory.  If <name> contains a '{sep}', it is treated as a filename; if
    it names a directory, documentation is written for all the contents.
"""


def _synopsis_of_source(path):
    """The first line of a source file's docstring, read without importing."""
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read(65536)
    except OSError:
        return None
    doc = None
    stripped = text.lstrip()
    while stripped.startswith("#"):
        stripped = stripped.split("\n", 1)[1].lstrip() if "\n" in stripped else ""
    for quote in ('"""', "'''", '"', "'"):
        prefix = next((p for p in ("r", "R", "") if stripped.startswith(p + quote)), None)
        if prefix is not None:
            body = stripped[len(prefix) + len(quote):]
            end = body.find(quote)
            doc = body[:end] if end >= 0 else body
            break
    if doc is None:
        return None
    return doc.strip().split("\n")[0].strip() if doc.strip() else ""


def _modules_on_path():
    """(name, synopsis) of the modules importable from sys.path and the
    built-in ones, as `pydoc -k` searches them."""
    import os
    seen = set()
    for name in sys.builtin_module_names:
        if name not in seen:
            seen.add(name)
            try:
                doc = __import__(name).__doc__ or ""
            except Exception:
                doc = ""
            yield name, doc.strip().split("\n")[0] if doc.strip() else ""
    for entry in sys.path:
        try:
            names = sorted(os.listdir(entry or "."))
        except OSError:
            continue
        for fname in names:
            path = os.path.join(entry or ".", fname)
            if fname.endswith(".py") and fname != "__init__.py":
                name = fname[:-3]
                source = path
            elif os.path.isfile(os.path.join(path, "__init__.py")):
                name = fname
                source = os.path.join(path, "__init__.py")
            else:
                continue
            if not name.isidentifier() or name in seen:
                continue
            seen.add(name)
            yield name, _synopsis_of_source(source) or ""


def apropos(key):
    """Prints the modules whose name or synopsis line contains `key`."""
    key = key.lower()
    for name, synopsis in _modules_on_path():
        if key in name.lower() or key in synopsis.lower():
            print(name, synopsis and "- " + synopsis)


def cli():
    """`python -m pydoc`: documentation on the command line."""
    import getopt
    import os
    # As CPython: the current directory is searched for the names given.
    if "" not in sys.path and "." not in sys.path:
        sys.path.insert(0, ".")
    try:
        opts, args = getopt.getopt(sys.argv[1:], "bk:n:p:w")
    except getopt.error:
        opts, args = [], None
    for opt, val in opts:
        if opt == "-k":
            apropos(val)
            return
        # The HTTP server and HTML output.
        raise NotImplementedError(f"pydoc {opt}: not supported by ferropy yet")
    if not args:
        cmd = os.path.splitext(os.path.basename(sys.argv[0]))[0]
        print(_USAGE.format(cmd=cmd, sep=os.sep))
        return
    for arg in args:
        if os.sep in arg:
            if not os.path.exists(arg):
                print("file %r does not exist" % arg)
                sys.exit(1)
            raise NotImplementedError("pydoc on a source file's path is not supported by ferropy yet")
        if locate(arg) is None:
            sys.stdout.write(f"No Python documentation found for {arg!r}.\n"
                             "Use help() to get the interactive help utility.\n"
                             "Use help(str) for help on the str class.\n")
            sys.exit(1)
        _help_on(arg)


if __name__ == "__main__":
    cli()
