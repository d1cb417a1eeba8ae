"""Shell-like lexing: the `shlex` lexer class, and split, join and quote
built on it.

The lexer reads one character at a time and is always in one state:
between tokens (" "), in a word ("a"), in a run of punctuation ("c"),
inside a quote (the quote character), or after an escape character
(that character). Each state has its own method below; a state method
returns True when the token in hand is complete.
"""

import io
import os
import sys
from collections import deque

__all__ = ["shlex", "split", "quote", "join"]


class shlex:
    """A lexical analyzer class for simple shell-like syntaxes."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = io.StringIO(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        self.eof = None if posix else ""
        self.commenters = "#"
        self.wordchars = "abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
        if posix:
            self.wordchars += "ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ"
        self.whitespace = " \t\r\n"
        self.whitespace_split = False
        self.quotes = "'\""
        self.escape = "\\"
        self.escapedquotes = '"'
        self.state = " "
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ""
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ""
        elif punctuation_chars is True:
            punctuation_chars = "();<>|&"
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            self._pushback_chars = deque()
            # Characters that may appear in file names stay in words.
            self.wordchars += "~-./*?="
            self.wordchars = "".join(c for c in self.wordchars if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        """Push a token onto the stack popped by the get_token method."""
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        """Push an input source onto the lexer's input source stack."""
        if isinstance(newstream, str):
            newstream = io.StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1

    def pop_source(self):
        """Pop the input source stack."""
        self.instream.close()
        (self.infile, self.instream, self.lineno) = self.filestack.popleft()
        self.state = " "

    def get_token(self):
        """Get a token from the input stream (or from the pushback)."""
        if self.pushback:
            return self.pushback.popleft()
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    (newfile, newstream) = spec
                    self.push_source(newstream, newfile)
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        return raw

    def sourcehook(self, newfile):
        """Hook called on a filename to be sourced."""
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        if isinstance(self.infile, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return (newfile, open(newfile, "r"))

    def error_leader(self, infile=None, lineno=None):
        """Emit a C-compiler-like, Emacs-friendly error-message leader."""
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token

    # The lexer proper.

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        c = self.instream.read(1)
        if c == "\n":
            self.lineno += 1
        return c

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def _ready(self):
        return bool(self.token) or (self.posix and self._quoted)

    def read_token(self):
        self._quoted = False
        self._escaped_state = " "
        while True:
            state = self.state
            if state is None:
                self.token = ""
                break
            c = self._next_char()
            if state == " ":
                done = self._between_tokens(c)
            elif state in self.quotes:
                done = self._in_quotes(c)
            elif state in self.escape:
                done = self._after_escape(c)
            else:
                done = self._in_word(c)
            if done:
                break
        result = self.token
        self.token = ""
        if self.posix and not self._quoted and result == "":
            result = None
        return result

    def _between_tokens(self, c):
        if not c:
            self.state = None
            return True
        if c in self.whitespace:
            return self._ready()
        if c in self.commenters:
            self._skip_comment()
        elif self.posix and c in self.escape:
            self._escaped_state = "a"
            self.state = c
        elif c in self.wordchars:
            self.token = c
            self.state = "a"
        elif c in self._punctuation_chars:
            self.token = c
            self.state = "c"
        elif c in self.quotes:
            if not self.posix:
                self.token = c
            self.state = c
        elif self.whitespace_split:
            self.token = c
            self.state = "a"
        else:
            self.token = c
            return self._ready()
        return False

    def _in_quotes(self, c):
        self._quoted = True
        if not c:
            raise ValueError("No closing quotation")
        if c == self.state:
            if not self.posix:
                self.token += c
                self.state = " "
                return True
            self.state = "a"
        elif self.posix and c in self.escape and self.state in self.escapedquotes:
            self._escaped_state = self.state
            self.state = c
        else:
            self.token += c
        return False

    def _after_escape(self, c):
        if not c:
            raise ValueError("No escaped character")
        # Inside quotes, only the quote itself or the escape character
        # can be escaped; before anything else the backslash stays.
        if self._escaped_state in self.quotes and c != self.state and c != self._escaped_state:
            self.token += self.state
        self.token += c
        self.state = self._escaped_state
        return False

    def _in_word(self, c):
        if not c:
            self.state = None
            return True
        if c in self.whitespace:
            self.state = " "
            return self._ready()
        if c in self.commenters:
            self._skip_comment()
            if self.posix:
                self.state = " "
                return self._ready()
            return False
        if self.state == "c":
            if c in self._punctuation_chars:
                self.token += c
                return False
            if c not in self.whitespace:
                self._pushback_chars.append(c)
            self.state = " "
            return True
        if self.posix and c in self.quotes:
            self.state = c
        elif self.posix and c in self.escape:
            self._escaped_state = "a"
            self.state = c
        elif c in self.wordchars or c in self.quotes or (self.whitespace_split and c not in self._punctuation_chars):
            self.token += c
        else:
            if self._punctuation_chars:
                self._pushback_chars.append(c)
            else:
                self.pushback.appendleft(c)
            self.state = " "
            return self._ready()
        return False


def split(s, comments=False, posix=True):
    """Split the string *s* using shell-like syntax."""
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.", DeprecationWarning, stacklevel=2)
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ""
    return list(lex)


_SAFE = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@%+=:,./-_")


def quote(s):
    """Return a shell-escaped version of the string *s*."""
    if not s:
        return "''"
    if all(c in _SAFE for c in s):
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    """Return a shell-escaped string from *split_command*."""
    return " ".join(quote(arg) for arg in split_command)
