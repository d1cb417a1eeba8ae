"""getuser() and getpass(). ferropy cannot turn terminal echo off yet,
so getpass() on a terminal raises NotImplementedError instead of
showing the password; without a terminal it reads a line from stdin
after a GetPassWarning, as CPython's fallback does."""

import os
import sys
import warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def getuser():
    """The login name, from LOGNAME, USER, LNAME or USERNAME, else from
    the password database."""
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        user = os.environ.get(name)
        if user:
            return user
    uid = os.getuid()
    try:
        with open("/etc/passwd") as f:
            for line in f:
                fields = line.split(":")
                if len(fields) > 2 and fields[2] == str(uid):
                    return fields[0]
    except OSError:
        pass
    raise KeyError("getpwuid(): uid not found: %d" % uid)


def getpass(prompt="Password: ", stream=None):
    if sys.stdin is not None and sys.stdin.isatty():
        raise NotImplementedError("getpass.getpass on a terminal is not supported by ferropy yet "
                                  "(it cannot turn echo off)")
    passwd = _fallback_getpass(prompt, stream)
    # As CPython's terminal path, which ends the prompt's line.
    (stream or sys.stderr).write("\n")
    return passwd


def _fallback_getpass(prompt="Password: ", stream=None):
    warnings.warn("Can not control echo on the terminal.", GetPassWarning, stacklevel=2)
    if not stream:
        stream = sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    stream.write(prompt)
    stream.flush()
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    if line[-1] == "\n":
        line = line[:-1]
    return line
