# The code-object attributes the seminar inspects (co_code and co_stacksize
# are ferropy's own bytecode; see crates/cli/tests/dis.rs).
def foo(x, y):
    return x * y + 17


def kinds(a, b=2, /, c=3, *args, d, e=5, **kw):
    local = a + b
    return local


def outer(n):
    step = 2

    def inner(m):
        return m * step + n
    return inner


def gen():
    yield 1


async def coro():
    pass


for f in [foo, kinds, outer, outer(1), gen, coro, lambda q: q]:
    c = f.__code__
    print(c.co_name, c.co_qualname, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals)
    print("  varnames", c.co_varnames, "cellvars", c.co_cellvars, "freevars", c.co_freevars)
    print("  names", c.co_names, "consts", [k for k in c.co_consts if not hasattr(k, "co_code")])
    print("  flags", c.co_flags, "firstlineno", c.co_firstlineno, c.co_filename.endswith("code_attributes.py"))
    print("  code is bytes", type(c.co_code) is bytes, len(c.co_code) % 2 == 0)
