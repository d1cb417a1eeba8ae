# contextvars: get/set/reset with tokens, defaults and LookupError, copies
# that keep their values, Context.run (changes stay in the context it ran),
# the mapping interface, and the misuse errors.
import contextvars
from contextvars import ContextVar, Context, Token, copy_context
var = ContextVar("var", default=42)
other = ContextVar("other")
print(var.name, var.get(), other.get("fallback"))
try:
    other.get()
except LookupError as e:
    print("LookupError", e.args[0] is other)
token = var.set(1)
print(var.get(), token.var is var, token.old_value is Token.MISSING, repr(Token.MISSING))
snapshot = copy_context()
var.set(2)
print(var.get(), snapshot[var], var in snapshot, other in snapshot, len(snapshot), list(snapshot) == [var])
def work(n):
    var.set(n)
    other.set(n * 10)
    return var.get() + other.get()
ctx = Context()
print(ctx.run(work, 5), ctx.get(var), ctx[other], var.get(), other.get(None), sorted(ctx.values()))
print(ctx == ctx.copy(), ctx == Context(), dict(ctx.items()) == {var: 5, other: 50})
var.reset(token)
print(var.get())
for action in (lambda: var.reset(token), lambda: other.reset(var.set(3)), lambda: ctx.run(lambda: var.reset(var.set(9)) or 0),
               lambda: ctx.run(ctx.run, print), lambda: ctx[1], lambda: ContextVar(1)):
    try:
        print(action())
    except (RuntimeError, ValueError, TypeError, KeyError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])
t = var.set(7)
ctx2 = copy_context()
try:
    ctx2.run(var.reset, t)
except ValueError as e:
    print("ValueError", "different Context" in str(e))
for cls in (ContextVar, Context, Token):
    try:
        type("Sub", (cls,), {})
    except TypeError as e:
        print(e)
print(ContextVar[int], repr(ContextVar("n")).startswith("<ContextVar name='n' at 0x"),
      repr(ContextVar("d", default=None)).startswith("<ContextVar name='d' default=None at"))
print(type(ctx).__hash__)
