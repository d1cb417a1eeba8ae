def f1():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "end"
print(f1())

def f2():
    try:
        raise ValueError
    finally:
        return "suppressed by return"
print(f2())

def f3():
    while True:
        try:
            raise KeyError
        finally:
            break
    return "broke out"
print(f3())

def f4():
    x = []
    try:
        try:
            x.append(1)
            return x
        finally:
            x.append(2)
    finally:
        x.append(3)
print(f4())

def f5():
    try:
        pass
    finally:
        print("f5 finally")
    return 5
print(f5())

def f6(n):
    result = []
    for i in range(n):
        try:
            if i % 2:
                continue
            result.append(i)
        finally:
            result.append(-i)
    return result
print(f6(5))

def f7():
    try:
        with open(__file__) as fh:
            return fh.readline().strip()
    finally:
        print("f7 closed")
print(f7())

def f8():
    i = 0
    while i < 3:
        i += 1
        try:
            try:
                if i == 2:
                    raise ValueError(i)
            finally:
                print("inner", i)
        except ValueError as e:
            print("caught", e)
            continue
        print("body", i)
f8()
