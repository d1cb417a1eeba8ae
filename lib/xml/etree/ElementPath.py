"""The path language of Element.find/findall/iterfind/findtext: the XPath
subset ElementTree documents (tags, `*`, `.`, `..`, `//`, `{uri}` and
`prefix:` names, and the predicates `[@a]`, `[@a='v']`, `[@a!='v']`,
`[tag]`, `[tag='t']`, `[.='t']`, `[n]`, `[last()]`, `[last()-n]`)."""

import re

_TOKEN = re.compile(
    r"('[^']*'|\"[^\"]*\"|::|//?|\.\.|\(\)|!=|[/.*:\[\]\(\)@=])|"
    r"((?:\{[^}]+\})?[^/\[\]\(\)@!=\s]+)|\s+")


def _tokenize(pattern, namespaces=None):
    default = namespaces.get("") if namespaces else None
    parsing_attribute = False
    for match in _TOKEN.finditer(pattern):
        op, tag = match.group(1) or "", match.group(2) or ""
        if tag and tag[0] != "{":
            if ":" in tag:
                prefix, local = tag.split(":", 1)
                try:
                    if not namespaces:
                        raise KeyError
                    yield op, "{%s}%s" % (namespaces[prefix], local)
                except KeyError:
                    raise SyntaxError("prefix %r not found in prefix map" % prefix) from None
            elif default and not parsing_attribute:
                yield op, "{%s}%s" % (default, tag)
            else:
                yield op, tag
            parsing_attribute = False
        else:
            if tag or op:
                yield op, tag
            parsing_attribute = op == "@"


def _tag_test(tag):
    """A function telling whether an element's tag matches `tag` (which
    may be `*`, `{*}name`, `{}*`, `{uri}*` ...)."""
    if tag == "*":
        return lambda elem: isinstance(elem.tag, str)
    if tag == "{*}*":
        return lambda elem: isinstance(elem.tag, str)
    if tag == "{}*":
        return lambda elem: isinstance(elem.tag, str) and elem.tag[:1] != "{"
    if tag.startswith("{*}"):
        local = tag[3:]
        return lambda elem: isinstance(elem.tag, str) and (elem.tag == local or elem.tag.endswith("}" + local))
    if tag.endswith("}*"):
        prefix = tag[:-1]
        return lambda elem: isinstance(elem.tag, str) and elem.tag.startswith(prefix)
    if tag.startswith("{}"):
        tag = tag[2:]
    return lambda elem: elem.tag == tag


def _children(context, test):
    for elem in context:
        for child in elem:
            if test(child):
                yield child


def _descendants(context, test):
    for elem in context:
        for child in elem.iter():
            if child is not elem and test(child):
                yield child


def _parents(context, root_map):
    seen = set()
    for elem in context:
        parent = root_map.get(elem)
        if parent is not None and id(parent) not in seen:
            seen.add(id(parent))
            yield parent


def _predicate(tokens):
    """The step for one `[...]`: a filter of the context elements, or
    ("position", index) for `[n]`, `[last()]`, `[last()-n]`."""
    signature = []
    values = []
    for op, tag in tokens:
        if op == "]":
            break
        if op and op[0] in "'\"":
            signature.append("'")
            values.append(op[1:-1])
        elif op:
            signature.append(op)
            values.append(None)
        else:
            signature.append("-")
            values.append(tag)
    else:
        raise SyntaxError("invalid predicate")
    sig = "".join(signature)
    if sig == "@-":
        key = values[1]
        return lambda elems: [e for e in elems if e.get(key) is not None]
    if sig in ("@-='", "@-!='"):
        key, value = values[1], values[-1]
        if "!=" in sig:
            return lambda elems: [e for e in elems if e.get(key) is not None and e.get(key) != value]
        return lambda elems: [e for e in elems if e.get(key) == value]
    if sig == "-" and not re.match(r"\-?\d+$", values[0]):
        test = _tag_test(values[0])
        return lambda elems: [e for e in elems if any(test(c) for c in e)]
    if sig in (".='", ".!='", "-='", "-!='"):
        value = values[-1]
        negate = "!=" in sig
        if sig[0] == ".":
            return lambda elems: [e for e in elems if ("".join(e.itertext()) == value) != negate]
        test = _tag_test(values[0])

        def child_text(e):
            return any(test(c) and ("".join(c.itertext()) == value) != negate for c in e)
        return lambda elems: [e for e in elems if child_text(e)]
    if sig in ("-", "-()", "-()-"):
        if sig == "-":
            index = int(values[0]) - 1
            if index < 0:
                raise SyntaxError("XPath position >= 1 expected")
        else:
            if values[0] != "last":
                raise SyntaxError("unsupported function")
            if sig == "-()-":
                try:
                    index = int(values[2]) - 1
                except ValueError:
                    raise SyntaxError("unsupported expression") from None
                if index > -2:
                    raise SyntaxError("XPath offset from last() must be negative")
            else:
                index = -1
        return ("position", index)
    raise SyntaxError("invalid predicate")


def _compile(path, namespaces):
    """The path as a list of steps: functions from a list of elements to
    the next list (the parent map is filled lazily)."""
    if path[-1:] == "/":
        path += "*"
    tokens = iter(list(_tokenize(path, namespaces)))
    steps = []
    try:
        token = next(tokens)
    except StopIteration:
        return steps
    while True:
        op, tag = token
        if op == "/":
            try:
                token = next(tokens)
            except StopIteration:
                raise SyntaxError("invalid path") from None
            op, tag = token
        if op == "" and tag:
            test = _tag_test(tag)
            steps.append(("children", test))
        elif op == "*":
            steps.append(("children", _tag_test("*")))
        elif op == ".":
            pass
        elif op == "..":
            steps.append(("parent", None))
        elif op == "//":
            token = next(tokens)
            op, tag = token
            if op == "*":
                tag = "*"
            elif op:
                raise SyntaxError("invalid descendant")
            steps.append(("descendants", _tag_test(tag)))
        elif op == "[":
            steps.append(("filter", _predicate(tokens)))
        else:
            raise SyntaxError("invalid path")
        try:
            token = next(tokens)
        except StopIteration:
            break
    return steps


_cache = {}


def _select(elem, path, namespaces=None):
    if path[:1] == "/":
        raise SyntaxError("cannot use absolute path on element")
    key = (path, None if namespaces is None else tuple(sorted(namespaces.items())))
    steps = _cache.get(key)
    if steps is None:
        steps = _compile(path, namespaces)
        if len(_cache) > 100:
            _cache.clear()
        _cache[key] = steps
    context = [elem]
    parent_map = None
    for kind, arg in steps:
        if kind == "children":
            context = list(_children(context, arg))
        elif kind == "descendants":
            context = list(_descendants(context, arg))
        elif kind == "parent":
            if parent_map is None:
                parent_map = {c: p for p in elem.iter() for c in p}
            context = list(_parents(context, parent_map))
        elif isinstance(arg, tuple):
            # [n]: the elements that are the n-th of their tag among their
            # parent's children.
            index = arg[1]
            if parent_map is None:
                parent_map = {c: p for p in elem.iter() for c in p}
            chosen = []
            for e in context:
                parent = parent_map.get(e)
                if parent is None:
                    continue
                same = [c for c in parent if c.tag == e.tag]
                try:
                    if same[index] is e:
                        chosen.append(e)
                except IndexError:
                    pass
            context = chosen
        else:
            context = arg(context)
    return context


def iterfind(elem, path, namespaces=None):
    return iter(_select(elem, path, namespaces))


def find(elem, path, namespaces=None):
    return next(iterfind(elem, path, namespaces), None)


def findall(elem, path, namespaces=None):
    return list(iterfind(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    try:
        elem = next(iterfind(elem, path, namespaces))
    except StopIteration:
        return default
    return elem.text or ""
