import sys
print(sys.getrecursionlimit())
def down(n):
    return down(n + 1) + 1
try:
    down(0)
except RecursionError as e:
    print("caught:", e)
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(0)
except RecursionError as e:
    print("caught mutual:", e)
sys.setrecursionlimit(200)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(150))
try:
    count(300)
except RecursionError:
    print("limit 200 enforced")
sys.setrecursionlimit(1000)
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError:
    print("repr recursion caught")
down(0)
