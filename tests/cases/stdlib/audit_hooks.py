# sys.addaudithook / sys.audit (PEP 578): hooks see events raised with
# sys.audit and the import system's "import" event; a hook raising
# RuntimeError for "sys.addaudithook" keeps later hooks out.
import sys

seen = []


def hook(event, args):
    if event in ("my.event", "import", "sys.addaudithook"):
        seen.append((event, args[0] if event == "import" else args))


sys.addaudithook(hook)
sys.audit("my.event", 1, "two")
import colorsys  # a module not imported yet
print(seen)


def veto(event, args):
    if event == "sys.addaudithook":
        raise RuntimeError("no more hooks")


sys.addaudithook(veto)
sys.addaudithook(lambda event, args: print("never added", event))
sys.audit("my.event")
print(seen[-2:])
try:
    sys.audit(5)
except TypeError as err:
    print(err)
