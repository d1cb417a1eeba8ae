"""Text documentation for `help()`: the `pydoc` module, as far as ferropy
has it. Functions and methods are documented as CPython's pydoc does
(signature, then the cleaned docstring); other objects are not yet.
"""

import sys

__all__ = ["help", "render_doc", "getdoc"]

_VARARGS, _VARKEYWORDS = 0x04, 0x08
_COROUTINE, _ASYNC_GENERATOR = 0x80, 0x200


def cleandoc(doc):
    """A docstring without its indentation and surrounding blank lines."""
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def getdoc(obj):
    doc = getattr(obj, "__doc__", None)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def _format_annotation(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return f"{annotation.__module__}.{annotation.__qualname__}"
    return repr(annotation)


def _signature(func, skip_first=False):
    """'(a, b=2, /, *args, c, **kw) -> int' from a function's code."""
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nkw = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = getattr(func, "__annotations__", {}) or {}
    first_default = npos - len(defaults)

    def param(name, default=None, has_default=False, prefix=""):
        text = prefix + name
        if name in annotations:
            text += ": " + _format_annotation(annotations[name])
            if has_default:
                text += " = " + repr(default)
        elif has_default:
            text += "=" + repr(default)
        return text

    parts = []
    for i in range(npos):
        has_default = i >= first_default
        parts.append(param(names[i], defaults[i - first_default] if has_default else None, has_default))
        if i + 1 == code.co_posonlyargcount:
            parts.append("/")
    index = npos + nkw
    if code.co_flags & _VARARGS:
        parts.append(param(names[index], prefix="*"))
        index += 1
    elif nkw:
        parts.append("*")
    for name in names[npos:npos + nkw]:
        parts.append(param(name, kwdefaults.get(name), name in kwdefaults))
    if code.co_flags & _VARKEYWORDS:
        parts.append(param(names[index], prefix="**"))
    if skip_first and parts:
        parts.pop(0)
        if parts and parts[0] == "/":
            parts.pop(0)
    text = "(" + ", ".join(parts) + ")"
    if "return" in annotations:
        text += " -> " + _format_annotation(annotations["return"])
    return text


def _describe(obj):
    if hasattr(obj, "__func__"):
        return "method " + obj.__name__
    if hasattr(obj, "__code__"):
        return "function " + obj.__name__
    if callable(obj) and type(obj).__name__ == "builtin_function_or_method":
        return "built-in function " + obj.__name__
    return None


def _document_routine(obj):
    func = getattr(obj, "__func__", obj)
    realname = obj.__name__
    note = ""
    bound = hasattr(obj, "__self__") and hasattr(obj, "__func__")
    if bound:
        cls = type(obj.__self__)
        note = f" method of {cls.__module__}.{cls.__qualname__} instance"
    qualifier = ""
    code = getattr(func, "__code__", None)
    if code is not None and code.co_flags & (_COROUTINE | _ASYNC_GENERATOR):
        qualifier = "async "
    title = realname
    argspec = _signature(func, skip_first=bound) if code is not None else "(...)"
    if realname == "<lambda>":
        title = realname + " lambda "
        argspec = argspec[1:-1]
    decl = qualifier + title + argspec + note
    doc = getdoc(obj) or getdoc(func) or ""
    if doc:
        lines = ["    " + line for line in doc.split("\n")]
        lines[-1] = lines[-1].rstrip()
        doc = "\n".join(lines).rstrip() + "\n"
    return decl + "\n" + doc


def render_doc(thing, title="Python Library Documentation: %s"):
    desc = _describe(thing)
    if desc is None:
        raise NotImplementedError(f"help() for {type(thing).__name__} objects is not supported by "
                                  "ferropy yet (functions and methods are)")
    module = getattr(thing, "__module__", None)
    if module:
        desc += " in module " + module
    return title % desc + "\n\n" + _document_routine(thing)


def help(*args):
    if not args:
        raise NotImplementedError("the interactive help utility (help() without an argument) "
                                  "is not supported by ferropy yet")
    sys.stdout.write(render_doc(args[0], "Help on %s:") + "\n")
