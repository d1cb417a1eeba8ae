# resource: getrusage (ru_maxrss is how batch jobs report peak memory),
# getrlimit/setrlimit/prlimit round trips, and CPython's errors.
import resource as r
print(r.RLIM_INFINITY, r.error, r.getpagesize() > 0)
print(sorted(n for n in dir(r) if not n.startswith('__')))
u = r.getrusage(r.RUSAGE_SELF)
print(type(u).__name__, type(u).__module__, r.struct_rusage.n_fields, len(u), u.ru_maxrss > 0, type(u.ru_utime).__name__, u[2] == u.ru_maxrss)
print(repr(u).split("(")[0], [f for f in repr(u).split("(")[1].split(", ")][0].split("=")[0])
soft, hard = r.getrlimit(r.RLIMIT_NOFILE)
r.setrlimit(r.RLIMIT_NOFILE, (min(soft, 100), hard))
print(r.getrlimit(r.RLIMIT_NOFILE) == (min(soft, 100), hard))
r.setrlimit(r.RLIMIT_NOFILE, [soft, hard])
print(r.getrlimit(r.RLIMIT_NOFILE) == (soft, hard), r.prlimit(0, r.RLIMIT_NOFILE) == (soft, hard))
print(isinstance(r.getrusage(r.RUSAGE_CHILDREN).ru_stime, float))
for bad in [lambda: r.getrusage(99), lambda: r.getrlimit(99), lambda: r.getrlimit(-1), lambda: r.setrlimit(r.RLIMIT_NOFILE, (1,)), lambda: r.setrlimit(99, (1,1)), lambda: r.getrlimit('x'), lambda: r.setrlimit(r.RLIMIT_NOFILE, (10, 1)), lambda: r.setrlimit(r.RLIMIT_NOFILE, 5), lambda: r.getrusage(), lambda: r.getrusage(1.5)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
