"""email.generator: writes a Message back out as text (compat32: header
values as stored, one "Name: value" line each)."""

import random
import re

from email._policybase import Compat32
import sys

__all__ = ["Generator", "DecodedGenerator", "BytesGenerator"]

_FROM = re.compile(r"^From ", re.MULTILINE)
_LINES = re.compile(r"\r\n|\r|\n")


class Generator:
    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, *, policy=None):
        self._fp = outfp
        self._mangle_from_ = mangle_from_
        self.maxheaderlen = maxheaderlen
        self.policy = policy

    def write(self, s):
        self._fp.write(s)

    def flatten(self, msg, unixfrom=False, linesep=None):
        policy = msg.policy if self.policy is None else self.policy
        self._nl = policy.linesep if linesep is None else linesep
        mangle = policy.mangle_from_ if self._mangle_from_ is None else self._mangle_from_
        self._mangle = mangle
        if unixfrom:
            ufrom = msg.get_unixfrom() or "From nobody " + __import__("time").ctime()
            self.write(ufrom + self._nl)
        self.write(self._render(msg))

    def clone(self, fp):
        return self.__class__(fp, self._mangle_from_, None, policy=self.policy)

    def _lines(self, text):
        return _LINES.sub(self._nl, text)

    def _render(self, msg):
        policy = msg.policy if self.policy is None else self.policy
        if isinstance(policy, Compat32):
            headers = "".join(f"{name}: {self._lines(str(value))}{self._nl}" for name, value in msg._headers)
        else:
            # Modern policies write (and refold) each header themselves.
            policy = policy.clone(linesep=self._nl)
            headers = "".join(policy.fold(name, value) for name, value in msg._headers)
        return headers + self._nl + self._render_body(msg)

    def _render_body(self, msg):
        payload = msg.get_payload()
        if payload is None:
            return ""
        if not msg.is_multipart():
            if not isinstance(payload, str):
                raise TypeError(f"string payload expected: {type(payload)}")
            text = self._lines(payload)
            if self._mangle:
                text = _FROM.sub(">From ", text)
            return text
        parts = [self._render(part) for part in payload]
        boundary = msg.get_boundary()
        if boundary is None:
            boundary = self._make_boundary("".join(parts))
            msg.set_boundary(boundary)
        out = []
        if msg.preamble is not None:
            out.append(self._lines(msg.preamble) + self._nl)
        out.append("--" + boundary + self._nl)
        out.append((self._nl + "--" + boundary + self._nl).join(parts))
        out.append(self._nl + "--" + boundary + "--" + self._nl)
        if msg.epilogue is not None:
            out.append(self._lines(msg.epilogue))
        return "".join(out)

    @staticmethod
    def _make_boundary(text=None):
        token = random.randrange(sys.maxsize)
        boundary = ("=" * 15) + (f"{token:0{len(repr(sys.maxsize - 1))}d}") + "=="
        if text is None:
            return boundary
        b, counter = boundary, 0
        while re.search("^--" + re.escape(b) + "(--)?$", text, re.MULTILINE):
            b = boundary + "." + str(counter)
            counter += 1
        return b


class BytesGenerator(Generator):
    def write(self, s):
        self._fp.write(s.encode("ascii", "surrogateescape"))


class DecodedGenerator(Generator):
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("email.generator.DecodedGenerator is not supported by ferropy yet")
