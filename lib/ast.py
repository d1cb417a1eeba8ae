"""Python syntax trees: ast.parse gives the tree of source code (node
classes of CPython 3.11's grammar, with CPython's locations), and the
helpers walk, inspect, transform and print trees. Compiling a tree back
to code is not supported by ferropy yet."""

import sys

from _ast import *  # noqa: F401,F403
from _ast import AST, Constant, Expr, Expression, Module, Name, Tuple, List, Set, Dict, Call, BinOp, UnaryOp
from _ast import UAdd, USub, Add, Sub, AsyncFunctionDef, FunctionDef, ClassDef, TypeIgnore
from _ast import PyCF_ONLY_AST, PyCF_TYPE_COMMENTS


def parse(source, filename="<unknown>", mode="exec", *, type_comments=False, feature_version=None):
    """The syntax tree of source (mode 'exec', 'eval' or 'single')."""
    flags = PyCF_ONLY_AST
    if type_comments:
        flags |= PyCF_TYPE_COMMENTS
    if mode == "func_type":
        raise NotImplementedError("ast.parse(mode='func_type') is not supported by ferropy yet")
    return compile(source, filename, mode, flags, dont_inherit=True)


def literal_eval(node_or_string):
    """The value of a string or tree holding only a literal: strings,
    bytes, numbers, tuples, lists, dicts, sets, booleans, None, and
    + or - between numbers (for complex literals)."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(" \t"), mode="eval")
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def malformed(node):
        msg = "malformed node or string"
        lno = getattr(node, "lineno", None)
        if lno:
            msg += f" on line {lno}"
        raise ValueError(msg + f": {node!r}")

    def number(node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            malformed(node)
        return node.value

    def signed(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            operand = number(node.operand)
            return +operand if isinstance(node.op, UAdd) else -operand
        return number(node)

    def convert(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple(map(convert, node.elts))
        if isinstance(node, List):
            return list(map(convert, node.elts))
        if isinstance(node, Set):
            return set(map(convert, node.elts))
        if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == "set"
                and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                malformed(node)
            return dict(zip(map(convert, node.keys), map(convert, node.values)))
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = signed(node.left)
            right = number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
        return signed(node)

    return convert(node_or_string)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """A string showing a tree: Class(field=value, ...), leaving out
    optional fields that are None; with indent, one field per line."""
    if indent is not None and not isinstance(indent, str):
        indent = " " * indent

    def fmt(node, level=0):
        if indent is not None:
            level += 1
            prefix = "\n" + indent * level
            sep = ",\n" + indent * level
        else:
            prefix = ""
            sep = ", "
        if isinstance(node, AST):
            cls = type(node)
            args = []
            all_simple = True
            keywords = annotate_fields
            for name in node._fields:
                try:
                    value = getattr(node, name)
                except AttributeError:
                    keywords = True
                    continue
                if value is None and getattr(cls, name, ...) is None:
                    keywords = True
                    continue
                text, simple = fmt(value, level)
                all_simple = all_simple and simple
                args.append(f"{name}={text}" if keywords else text)
            if include_attributes and node._attributes:
                for name in node._attributes:
                    try:
                        value = getattr(node, name)
                    except AttributeError:
                        continue
                    if value is None and getattr(cls, name, ...) is None:
                        continue
                    text, simple = fmt(value, level)
                    all_simple = all_simple and simple
                    args.append(f"{name}={text}")
            if all_simple and len(args) <= 3:
                return f"{cls.__name__}({', '.join(args)})", not args
            return f"{cls.__name__}({prefix}{sep.join(args)})", False
        if isinstance(node, list):
            if not node:
                return "[]", True
            return f"[{prefix}{sep.join(fmt(x, level)[0] for x in node)}]", False
        return repr(node), True

    if not isinstance(node, AST):
        raise TypeError("expected AST, got %r" % node.__class__.__name__)
    return fmt(node)[0]


def copy_location(new_node, old_node):
    """Copy the location attributes of old_node onto new_node."""
    for attr in "lineno", "col_offset", "end_lineno", "end_col_offset":
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            if value is not None or (hasattr(old_node, attr) and attr.startswith("end_")):
                setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    """Give nodes without a location their parent's (for trees built by
    hand)."""

    def fix(node, inherited):
        # A missing start is absent; a missing end is None (the class's).
        location = dict(inherited)
        for name in location:
            if name in node._attributes:
                if getattr(node, name, None) is None:
                    setattr(node, name, location[name])
                else:
                    location[name] = getattr(node, name)
        for child in iter_child_nodes(node):
            fix(child, location)

    fix(node, {"lineno": 1, "col_offset": 0, "end_lineno": 1, "end_col_offset": 0})
    return node


def increment_lineno(node, n=1):
    """Move a tree n lines down."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, "lineno", 0) + n
            continue
        if "lineno" in child._attributes:
            child.lineno = getattr(child, "lineno", 0) + n
        if "end_lineno" in child._attributes and (end_lineno := getattr(child, "end_lineno", 0)) is not None:
            child.end_lineno = end_lineno + n
    return node


def iter_fields(node):
    """(name, value) for each field a node has."""
    for field in node._fields:
        try:
            yield field, getattr(node, field)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """The direct children of a node: its fields that are nodes, and the
    nodes in its list fields."""
    for name, field in iter_fields(node):
        if isinstance(field, AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, AST):
                    yield item


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    node = node.body[0].value
    if isinstance(node, Constant) and isinstance(node.value, str):
        text = node.value
    else:
        return None
    if clean:
        import inspect

        text = inspect.cleandoc(text)
    return text


def _splitlines_no_ff(source):
    """Lines as the tokenizer sees them (form feeds do not end lines)."""
    idx = 0
    lines = []
    next_line = ""
    while idx < len(source):
        c = source[idx]
        next_line += c
        idx += 1
        if c == "\r" and idx < len(source) and source[idx] == "\n":
            next_line += "\n"
            idx += 1
        if c in "\r\n":
            lines.append(next_line)
            next_line = ""
    if next_line:
        lines.append(next_line)
    return lines


def _pad_whitespace(source):
    result = ""
    for c in source:
        if c in "\f\t":
            result += c
        else:
            result += " "
    return result


def get_source_segment(source, node, *, padded=False):
    """The source text a node was parsed from, or None without a
    location."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        lineno = node.lineno - 1
        end_lineno = node.end_lineno - 1
        col_offset = node.col_offset
        end_col_offset = node.end_col_offset
    except AttributeError:
        return None
    lines = _splitlines_no_ff(source)
    if end_lineno == lineno:
        return lines[lineno].encode()[col_offset:end_col_offset].decode()
    if padded:
        padding = _pad_whitespace(lines[lineno].encode()[:col_offset].decode())
    else:
        padding = ""
    first = padding + lines[lineno].encode()[col_offset:].decode()
    last = lines[end_lineno].encode()[:end_col_offset].decode()
    lines = lines[lineno + 1:end_lineno]
    lines.insert(0, first)
    lines.append(last)
    return "".join(lines)


def walk(node):
    """Every node of a tree (breadth first, in no promised order)."""
    from collections import deque

    todo = deque([node])
    while todo:
        node = todo.popleft()
        todo.extend(iter_child_nodes(node))
        yield node


class NodeVisitor:
    """Walks a tree calling visit_<ClassName> for each node (or
    generic_visit, which visits the children)."""

    def visit(self, node):
        method = "visit_" + node.__class__.__name__
        visitor = getattr(self, method, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        for field, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the replacement of each
    node (None removes it; a list replaces one node by several)."""

    def generic_visit(self, node):
        for field, old_value in iter_fields(node):
            if isinstance(old_value, list):
                new_values = []
                for value in old_value:
                    if isinstance(value, AST):
                        value = self.visit(value)
                        if value is None:
                            continue
                        elif not isinstance(value, AST):
                            new_values.extend(value)
                            continue
                    new_values.append(value)
                old_value[:] = new_values
            elif isinstance(old_value, AST):
                new_node = self.visit(old_value)
                if new_node is None:
                    delattr(node, field)
                else:
                    setattr(node, field, new_node)
        return node


def unparse(ast_obj):
    """Source code for a tree (parsing it gives an equal tree)."""
    from _ast_unparse import unparse
    return unparse(ast_obj)


def main():
    import argparse

    parser = argparse.ArgumentParser(prog="python -m ast")
    parser.add_argument("infile", type=argparse.FileType(mode="rb"), nargs="?", default="-",
                        help="the file to parse; defaults to stdin")
    parser.add_argument("-m", "--mode", default="exec", choices=("exec", "single", "eval", "func_type"),
                        help="specify what kind of code must be parsed")
    parser.add_argument("--no-type-comments", default=True, action="store_false",
                        help="don't add information about type comments")
    parser.add_argument("-a", "--include-attributes", action="store_true",
                        help="include attributes such as line numbers and column offsets")
    parser.add_argument("-i", "--indent", type=int, default=3, help="indentation of nodes (number of spaces)")
    args = parser.parse_args()
    with args.infile as infile:
        source = infile.read()
    tree = parse(source, args.infile.name, args.mode, type_comments=args.no_type_comments)
    print(dump(tree, include_attributes=args.include_attributes, indent=args.indent))


if __name__ == "__main__":
    main()
