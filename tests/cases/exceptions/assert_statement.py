try:
    assert 1 == 2
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert False, "message"
except AssertionError as e:
    print(repr(e))
try:
    assert [], ("tuple", 1)
except AssertionError as e:
    print(e.args)
def calls():
    print("evaluated")
    return "m"
assert True, calls()
try:
    assert 0, calls()
except AssertionError as e:
    print(e)
print(__debug__)
