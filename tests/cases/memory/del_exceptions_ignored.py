class Bad:
    def __del__(self):
        raise ValueError("in __del__")
b = Bad()
del b
print("continued after __del__ error")
