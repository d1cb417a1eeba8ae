print("pkg.helpers running, __package__ =", __package__)
def helper_func():
    return "helped"
