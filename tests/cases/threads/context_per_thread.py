# Each thread has its own current context: context variables and decimal
# contexts set in one thread are not seen in another.
import contextvars
import decimal
import threading

var = contextvars.ContextVar("var", default="default")
var.set("main")
seen = {}


def look(name):
    seen[name] = [var.get()]
    var.set(name)
    seen[name].append(var.get())
    decimal.getcontext().prec = 5
    seen[name].append(str(decimal.Decimal(1) / decimal.Decimal(7)))


ts = [threading.Thread(target=look, args=(f"t{i}",)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen.items()))
print(var.get(), str(decimal.Decimal(1) / decimal.Decimal(7)))
ctx = contextvars.copy_context()
out = []
t = threading.Thread(target=lambda: out.append(ctx.run(var.get)))
t.start()
t.join()
print(out)
