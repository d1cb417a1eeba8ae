# help() and __doc__/__text_signature__ of built-in functions.
for f in [len, print, abs, max, sorted, isinstance, getattr, divmod, round, sum, iter, next, pow, vars, dir, __import__, input]:
    help(f)
print(len.__doc__)
print(len.__text_signature__, print.__text_signature__, max.__text_signature__)
import math, time, gc
for f in [math.sqrt, math.hypot, math.gamma, time.sleep, time.time, gc.collect]:
    help(f)
