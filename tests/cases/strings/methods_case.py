words = ["hello", "Hello World", "HELLO", "hello_world 42", "ǅungla", "ß", "ﬁ", "İstanbul", "", "123", "a1 b2", "o'neil's"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.capitalize(), w.title(), w.swapcase(), w.casefold())
    print(" ", w.isupper(), w.islower(), w.istitle(), w.isalpha(), w.isdigit(), w.isalnum(), w.isspace(),
          w.isidentifier(), w.isdecimal(), w.isnumeric(), w.isprintable(), w.isascii())
print("½".isnumeric(), "½".isdigit(), "²".isdigit(), "²".isdecimal(), "\t".isprintable(), " ".isspace())
