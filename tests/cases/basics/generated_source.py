# Source as code generators write it: huge literals, long sums, many
# statements, compiled in linear time.
n = 200000
ns = {}
exec("x = [" + ", ".join(str(i) for i in range(n)) + "]", ns)
print(len(ns["x"]), ns["x"][-1])
exec("d = {" + ", ".join(f"{i}: 's{i}'" for i in range(40000)) + "}", ns)
print(len(ns["d"]), ns["d"][39999])
exec("s = {" + ", ".join(f"{i}.5" for i in range(40000)) + "}", ns)
print(len(ns["s"]))
exec("t = (" + ", ".join(repr(str(i % 100)) for i in range(40000)) + ")", ns)
print(len(ns["t"]), len(set(ns["t"])))
exec("\n".join(f"a{i} = {i} * 2" for i in range(40000)), ns)
print(ns["a39999"])
ns["a"] = 1
print(eval(" + ".join("a" for _ in range(2000)), ns))
print(eval(" * ".join("1" for _ in range(2000))))
code = compile("\n".join(f"v{i} = {i}.0" for i in range(5000)), "<gen>", "exec")
print(len(code.co_consts), code.co_consts[:3], code.co_consts[-1])
