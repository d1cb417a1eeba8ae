# warnings: default display (once per location), categories, filters and
# their actions, stacklevel, catch_warnings(record=True), error action,
# showwarning/formatwarning replaced.
import sys
import warnings


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)


def noisy(n):
    warnings.warn(f"value {n} is odd")


for i in range(3):
    noisy(i)          # shown once: same text and place
noisy(7)
old_api()             # DeprecationWarning shown in __main__
warnings.warn("explicit category", RuntimeWarning)
warnings.warn(UserWarning("an instance"))
print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "x = 1"))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for i in range(2):
        warnings.warn("recorded", FutureWarning)
    old_api()
print(len(caught), [(w.category.__name__, str(w.message), w.lineno) for w in caught])
print(caught[0].filename == __file__, str(caught[0])[:40])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", UserWarning)
    except UserWarning as e:
        print("raised", repr(e))
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="skip me")
    warnings.warn("skip me please")
    warnings.warn("but not me")
with warnings.catch_warnings():
    warnings.filterwarnings("error", category=RuntimeWarning)
    warnings.warn("a user warning passes")
    try:
        warnings.warn("runtime", RuntimeWarning)
    except RuntimeWarning as e:
        print("RuntimeWarning raised:", e)
with warnings.catch_warnings():
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only")
with warnings.catch_warnings():
    seen = []
    warnings.showwarning = lambda m, c, f, l, file=None, line=None: seen.append((str(m), c.__name__, l))
    warnings.warn("custom hook")
    print(seen)
try:
    warnings.warn("x", category=str)
except TypeError as e:
    print("TypeError", e)
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print("AssertionError", e)
print(len(warnings.filters), warnings.filters[-1][0], warnings.filters[-1][2].__name__)
sys.stderr.flush()
