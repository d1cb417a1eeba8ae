x = 42
print("startup ran")
