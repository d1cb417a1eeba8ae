class MyError(Exception):
    pass

def level2():
    raise MyError("deep problem")

def level1():
    level2()

print("before")
level1()
