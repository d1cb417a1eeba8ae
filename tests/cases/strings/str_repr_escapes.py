samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "\r\x00\x7f", "\x80\xff",
           "é", "€", "😀", "\u200b", "back\\slash", "\x1b[0m", "\u0085", "\xa0"]
for s in samples:
    print(repr(s), ascii(s), len(s))
print(repr("a" * 3), ascii(["é", 1]), repr(["it's"]))
print("%r %a %s" % ("é", "é", "é"))
