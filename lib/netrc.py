"""netrc: read ~/.netrc files (machine, default, login, account,
password, macdef)."""

import os
import stat

__all__ = ["netrc", "NetrcParseError"]


class NetrcParseError(Exception):
    """A syntax error in a netrc file."""

    def __init__(self, msg, filename=None, lineno=None):
        self.filename = filename
        self.lineno = lineno
        self.msg = msg
        Exception.__init__(self, msg)

    def __str__(self):
        return f"{self.msg} ({self.filename}, line {self.lineno})"


class _Tokens:
    """Whitespace-separated tokens; double quotes group, backslash escapes."""

    def __init__(self, text):
        self.text = text
        self.pos = 0
        self.lineno = 1

    def _char(self):
        if self.pos >= len(self.text):
            return ""
        ch = self.text[self.pos]
        self.pos += 1
        if ch == "\n":
            self.lineno += 1
        return ch

    def next(self):
        ch = self._char()
        while ch and ch in " \t\r\n":
            ch = self._char()
        if not ch:
            return ""
        token = ""
        if ch == '"':
            ch = self._char()
            while ch and ch != '"':
                if ch == "\\":
                    ch = self._char()
                token += ch
                ch = self._char()
            return token
        while ch and ch not in " \t\r\n":
            if ch == "\\":
                ch = self._char()
            token += ch
            ch = self._char()
        return token

    def rest_of_line(self):
        end = self.text.find("\n", self.pos)
        end = len(self.text) if end < 0 else end
        line = self.text[self.pos:end]
        self.pos = end
        return line


class netrc:
    """The parsed file: hosts {machine: (login, account, password)},
    macros {name: [lines]}."""

    def __init__(self, file=None):
        default_netrc = file is None
        if file is None:
            file = os.path.join(os.path.expanduser("~"), ".netrc")
        self.hosts = {}
        self.macros = {}
        try:
            with open(file, encoding="utf-8") as fp:
                self._parse(file, fp.read(), default_netrc)
        except UnicodeDecodeError:
            with open(file, encoding="locale") as fp:
                self._parse(file, fp.read(), default_netrc)

    def _parse(self, file, text, default_netrc):
        lexer = _Tokens(text)
        while True:
            saved_lineno = lexer.lineno
            toplevel = tt = lexer.next()
            if not tt:
                break
            if tt[0] == "#":
                if lexer.lineno == saved_lineno and len(tt) == 1:
                    lexer.rest_of_line()
                continue
            if tt == "machine":
                entryname = lexer.next()
            elif tt == "default":
                entryname = "default"
            elif tt == "macdef":
                entryname = lexer.next()
                self.macros[entryname] = []
                if lexer.text[lexer.pos - 1:lexer.pos] != "\n":
                    lexer.rest_of_line()  # the rest of the macdef line
                    lexer._char()
                while True:
                    line = lexer.rest_of_line()
                    lexer._char()
                    if not line.strip():
                        break
                    self.macros[entryname].append(line + "\n")
                continue
            else:
                raise NetrcParseError(f"bad toplevel token {tt!r}", file, lexer.lineno)
            if not entryname:
                raise NetrcParseError("missing {tt!r} name", file, lexer.lineno)
            login = account = password = ""
            self.hosts[entryname] = {}
            while True:
                prev_lineno = lexer.lineno
                before = lexer.pos
                tt = lexer.next()
                if tt.startswith("#"):
                    if lexer.lineno == prev_lineno:
                        lexer.rest_of_line()
                    continue
                if tt in {"", "machine", "default", "macdef"}:
                    self.hosts[entryname] = (login, account, password)
                    lexer.pos = before
                    lexer.lineno = prev_lineno
                    break
                if tt in ("login", "user"):
                    login = lexer.next()
                elif tt == "account":
                    account = lexer.next()
                elif tt == "password":
                    password = lexer.next()
                else:
                    raise NetrcParseError(f"bad follower token {tt!r}", file, lexer.lineno)
            self._security_check(file, default_netrc, login)
            if not tt:
                break

    def _security_check(self, file, default_netrc, login):
        if os.name == "posix" and default_netrc and login != "anonymous":
            prop = os.stat(file)
            if prop.st_uid != os.getuid():
                import pwd
                try:
                    fowner = pwd.getpwuid(prop.st_uid)[0]
                except KeyError:
                    fowner = f"uid {prop.st_uid}"
                try:
                    user = pwd.getpwuid(os.getuid())[0]
                except KeyError:
                    user = f"uid {os.getuid()}"
                raise NetrcParseError(f"~/.netrc file owner ({fowner}, {user}) does not match current user")
            if prop.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
                raise NetrcParseError("~/.netrc access too permissive: access permissions must restrict access "
                                      "to only the owner")

    def authenticators(self, host):
        """(login, account, password) for host (or the default entry)."""
        if host in self.hosts:
            return self.hosts[host]
        if "default" in self.hosts:
            return self.hosts["default"]
        return None

    def __repr__(self):
        rep = ""
        for host, attrs in self.hosts.items():
            login, account, password = attrs
            rep += f"machine {host}\n\tlogin {login}\n"
            if account:
                rep += f"\taccount {account}\n"
            rep += f"\tpassword {password}\n"
        for macro, lines in self.macros.items():
            rep += f"macdef {macro}\n"
            for line in lines:
                rep += line
            rep += "\n"
        return rep
