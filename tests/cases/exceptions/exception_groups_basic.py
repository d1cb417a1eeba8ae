eg = ExceptionGroup("several", [ValueError(1), TypeError(2)])
print(repr(eg))
print(eg.message, eg.exceptions)
match_, rest = eg.split(ValueError)
print(match_, rest)
print(eg.subgroup(TypeError))
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException))
try:
    raise eg
except ExceptionGroup as e:
    print("caught group", len(e.exceptions))
