from tabulate import tabulate
print(tabulate([["a", 1.5], ["bb", 22]], headers=["k", "v"], tablefmt="grid"))
