import io
import shlex


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


texts = ['ls -l "my file.txt" \'single quoted\' back\\ slash',
         'echo "a \\"quoted\\" word" $HOME # comment here',
         "a=1 b='two words' c=\"x\\ny\" d\\'e",
         'cmd && other || third; fourth | fifth > out.txt 2>&1 < in',
         "foo(bar) [baz] {q} @at ~home ./path/to/file.py *.txt",
         '""  \'\'  x""y  "a"\'b\'c',
         "line one\nline two # note\n  line three",
         'mixed "quote\'s" \'and "double"\' esc\\"aped',
         "ünïcödé wörds çà"]
def punctuated(text, posix, split):
    lex = shlex.shlex(text, posix=posix, punctuation_chars=True)
    lex.whitespace_split = split
    return list(lex)


for text in texts:
    attempt("split", lambda: shlex.split(text))
    attempt("split comments", lambda: shlex.split(text, comments=True))
    attempt("non-posix", lambda: list(shlex.shlex(text)))
    attempt("posix", lambda: list(shlex.shlex(text, posix=True)))
    attempt("punctuation", lambda: punctuated(text, True, False))
    attempt("punct split", lambda: punctuated(text, False, True))

lex = shlex.shlex("a b\nc d\n\ne", posix=True)
tokens = []
while True:
    tok = lex.get_token()
    if tok is None:
        break
    tokens.append((tok, lex.lineno))
print(tokens)
lex = shlex.shlex("first second third")
print(lex.get_token())
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), repr(lex.get_token()), repr(lex.get_token()), repr(lex.eof))
lex = shlex.shlex(io.StringIO("key = value ; other=thing"), infile="conf.txt")
lex.wordchars += "="
print(list(lex), lex.error_leader(), lex.infile)
lex = shlex.shlex("path/to:file,x", posix=True)
lex.whitespace = ":,"
lex.wordchars += "/"
print(list(lex))
print(shlex.shlex("a").punctuation_chars, repr(shlex.shlex("a", punctuation_chars="|").punctuation_chars))

attempt("no closing", lambda: shlex.split('echo "unterminated'))
attempt("no escaped", lambda: shlex.split("trailing\\"))
attempt("none", lambda: shlex.split(None))
attempt("non-posix split", lambda: shlex.split("a 'b c' d\\ e", posix=False))
print(shlex.quote("simple"), shlex.quote("has space"), shlex.quote("it's"), shlex.quote(""), shlex.quote("ünï"))
print(shlex.join(["ls", "-l", "my file", "$HOME", "a'b"]))
