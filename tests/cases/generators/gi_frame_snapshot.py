def g():
    yield 1
x = g()
print(x.gi_frame.f_lineno, x.gi_frame.f_code.co_name)
next(x)
print(x.gi_frame.f_lineno)
list(x)
print(x.gi_frame)
