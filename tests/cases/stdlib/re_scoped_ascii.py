import re
print(re.findall(r"(?a:\w+)", "héllo wörld"), re.findall(r"\w+", "héllo"), re.findall(r"(?u:\w+)", "héllo"), re.findall(r"(?a:\bx\b)", "éxé x"))
print(re.match(r"(?ai:[a-z]+)", "ABC"), re.findall(r"(?a:\d)", "1٣2"), re.findall(r"(?a:\s+)", "a\u2003b c"))
for bad in [r"(?L:x)", r"(?au:x)", rb"(?u:x)"]:
    try: re.compile(bad)
    except re.error as e: print("error", e)
