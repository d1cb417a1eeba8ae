"""Parsing TOML 1.0.0 (loads, load), as CPython 3.11's tomllib: tables
become dicts, arrays lists, date-times datetime objects; an invalid
document raises TOMLDecodeError with the line and column."""

from ._parser import TOMLDecodeError, load, loads

__all__ = ("loads", "load", "TOMLDecodeError")

TOMLDecodeError.__module__ = __name__
