"""INI-style configuration files (`configparser`).

A parser holds sections of options (plus the DEFAULT section, whose
options every section falls back to), read from files, strings or dicts
and written back. Values are strings; `getint`, `getfloat`, `getboolean`
and registered converters turn them into other types, and an
interpolation (`%(name)s` by default in ConfigParser, `${section:name}`
with ExtendedInterpolation) expands references when a value is read.

Internally each section is a dict of option names (as `optionxform`
makes them, lower case by default) to values; a value being read is a
list of lines until the file is finished, then joined.
"""

import functools
import io
import itertools
import os
import re
import sys
import warnings
from collections import ChainMap as _ChainMap
from collections.abc import MutableMapping

__all__ = ["NoSectionError", "DuplicateOptionError", "DuplicateSectionError", "NoOptionError",
           "InterpolationError", "InterpolationDepthError", "InterpolationMissingOptionError",
           "InterpolationSyntaxError", "ParsingError", "MissingSectionHeaderError",
           "ConfigParser", "SafeConfigParser", "RawConfigParser", "Interpolation", "BasicInterpolation",
           "ExtendedInterpolation", "LegacyInterpolation", "SectionProxy", "ConverterMapping",
           "DEFAULTSECT", "MAX_INTERPOLATION_DEPTH"]

_default_dict = dict
DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10

# "Not given", where None is a meaningful value.
_UNSET = object()


# -- errors -------------------------------------------------------------------

class Error(Exception):
    """Base class for configparser exceptions; `message` is its text."""

    def __init__(self, msg=""):
        self.message = msg
        Exception.__init__(self, msg)

    def __repr__(self):
        return self.message

    __str__ = __repr__


class NoSectionError(Error):
    """No section of that name."""

    def __init__(self, section):
        Error.__init__(self, f"No section: {section!r}")
        self.section = section
        self.args = (section,)


def _duplicate_message(kind, what, source, lineno):
    """`Kind what already exists`, or where it was read when known."""
    if source is None:
        return f"{kind.capitalize()} {what} already exists"
    where = f"While reading from {source!r}"
    if lineno is not None:
        where += f" [line {lineno:2d}]"
    return f"{where}: {kind} {what} already exists"


class DuplicateSectionError(Error):
    """A section read twice (with strict=True), or added when it exists."""

    def __init__(self, section, source=None, lineno=None):
        Error.__init__(self, _duplicate_message("section", repr(section), source, lineno))
        self.section = section
        self.source = source
        self.lineno = lineno
        self.args = (section, source, lineno)


class DuplicateOptionError(Error):
    """An option read twice in one section (with strict=True)."""

    def __init__(self, section, option, source=None, lineno=None):
        Error.__init__(self, _duplicate_message("option", f"{option!r} in section {section!r}", source, lineno))
        self.section = section
        self.option = option
        self.source = source
        self.lineno = lineno
        self.args = (section, option, source, lineno)


class NoOptionError(Error):
    """No option of that name in the section (or the defaults)."""

    def __init__(self, option, section):
        Error.__init__(self, f"No option {option!r} in section: {section!r}")
        self.option = option
        self.section = section
        self.args = (option, section)


class InterpolationError(Error):
    """Base class for errors while expanding references in a value."""

    def __init__(self, option, section, msg):
        Error.__init__(self, msg)
        self.option = option
        self.section = section
        self.args = (option, section, msg)


class InterpolationMissingOptionError(InterpolationError):
    """A value refers to an option that does not exist."""

    def __init__(self, option, section, rawval, reference):
        msg = (f"Bad value substitution: option {option!r} in section {section!r} contains an interpolation "
               f"key {reference!r} which is not a valid option name. Raw value: {rawval!r}")
        InterpolationError.__init__(self, option, section, msg)
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    """A value's references are malformed."""


class InterpolationDepthError(InterpolationError):
    """References nest deeper than MAX_INTERPOLATION_DEPTH (a loop)."""

    def __init__(self, option, section, rawval):
        msg = (f"Recursion limit exceeded in value substitution: option {option!r} in section {section!r} "
               f"contains an interpolation key which cannot be substituted in {MAX_INTERPOLATION_DEPTH} steps. "
               f"Raw value: {rawval!r}")
        InterpolationError.__init__(self, option, section, msg)
        self.args = (option, section, rawval)


class ParsingError(Error):
    """Lines that could not be read (all of a source's are collected)."""

    def __init__(self, source=None, filename=None):
        if filename and source:
            raise ValueError("Cannot specify both `filename' and `source'. Use `source'.")
        elif not filename and not source:
            raise ValueError("Required argument `source' not given.")
        elif filename:
            source = filename
        Error.__init__(self, f"Source contains parsing errors: {source!r}")
        self.source = source
        self.errors = []
        self.args = (source,)

    @property
    def filename(self):
        """Deprecated, use `source'."""
        warnings.warn("The 'filename' attribute will be removed in Python 3.12. Use 'source' instead.",
                      DeprecationWarning, stacklevel=2)
        return self.source

    @filename.setter
    def filename(self, value):
        warnings.warn("The 'filename' attribute will be removed in Python 3.12. Use 'source' instead.",
                      DeprecationWarning, stacklevel=2)
        self.source = value

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message += f"\n\t[line {lineno:2d}]: {line}"


class MissingSectionHeaderError(ParsingError):
    """An option before any section header."""

    def __init__(self, filename, lineno, line):
        Error.__init__(self, f"File contains no section headers.\nfile: {filename!r}, line: {lineno:d}\n{line!r}")
        self.source = filename
        self.lineno = lineno
        self.line = line
        self.args = (filename, lineno, line)


# -- interpolation --------------------------------------------------------------

class Interpolation:
    """No interpolation: values are used as they are. The hooks are
    called as values are read from a source, set, got and written."""

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value


class _ReferenceInterpolation(Interpolation):
    """What Basic and Extended interpolation share: a sigil (`%` or `$`)
    either doubled (itself) or followed by the opening of a reference
    (`_KEYCRE`), which `_resolve` looks up; a value brought in is expanded
    too, up to MAX_INTERPOLATION_DEPTH levels."""

    _SIGIL = _OPEN = None
    _KEYCRE = None

    def before_get(self, parser, section, option, value, defaults):
        pieces = []
        self._expand(parser, option, pieces, value, defaults, section, value, 1)
        return "".join(pieces)

    def before_set(self, parser, section, option, value):
        # Only well-formed references and doubled sigils may remain.
        sigil = self._SIGIL
        rest = self._KEYCRE.sub("", value.replace(sigil * 2, ""))
        if sigil in rest:
            raise ValueError(f"invalid interpolation syntax in {value!r} at position {rest.find(sigil)}")
        return value

    def _expand(self, parser, option, pieces, rest, mapping, section, rawval, depth):
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, rawval)
        sigil = self._SIGIL
        while rest:
            at = rest.find(sigil)
            if at < 0:
                pieces.append(rest)
                return
            if at > 0:
                pieces.append(rest[:at])
                rest = rest[at:]
            marker = rest[1:2]
            if marker == sigil:
                pieces.append(sigil)
                rest = rest[2:]
            elif marker == self._OPEN:
                match = self._KEYCRE.match(rest)
                if match is None:
                    raise InterpolationSyntaxError(option, section, f"bad interpolation variable reference {rest!r}")
                rest = rest[match.end():]
                self._resolve(parser, option, pieces, match, mapping, section, rawval, depth)
            else:
                raise InterpolationSyntaxError(
                    option, section, f"'{sigil}' must be followed by '{sigil}' or '{self._OPEN}', found: {rest!r}")


class BasicInterpolation(_ReferenceInterpolation):
    """`%(name)s` is the value of option `name` of the same section (or
    the defaults); `%%` is a percent sign."""

    _SIGIL, _OPEN = "%", "("
    _KEYCRE = re.compile(r"%\(([^)]+)\)s")

    def _resolve(self, parser, option, pieces, match, mapping, section, rawval, depth):
        name = parser.optionxform(match.group(1))
        try:
            value = mapping[name]
        except KeyError:
            raise InterpolationMissingOptionError(option, section, rawval, name) from None
        if "%" in value:
            self._expand(parser, option, pieces, value, mapping, section, rawval, depth + 1)
        else:
            pieces.append(value)


class ExtendedInterpolation(_ReferenceInterpolation):
    """`${name}` is option `name` of the same section (or the defaults),
    `${section:name}` one of another section; `$$` is a dollar sign."""

    _SIGIL, _OPEN = "$", "{"
    _KEYCRE = re.compile(r"\$\{([^}]+)\}")

    def _resolve(self, parser, option, pieces, match, mapping, section, rawval, depth):
        path = match.group(1).split(":")
        where, values = section, mapping
        try:
            if len(path) == 1:
                name = parser.optionxform(path[0])
                value = values[name]
            elif len(path) == 2:
                where = path[0]
                name = parser.optionxform(path[1])
                value = parser.get(where, name, raw=True)
            else:
                rest = match.string[match.end():]
                raise InterpolationSyntaxError(option, section, f"More than one ':' found: {rest!r}")
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(option, section, rawval, ":".join(path)) from None
        if "$" in value:
            if len(path) == 2:
                values = dict(parser.items(where, raw=True))
            self._expand(parser, name, pieces, value, values, where, rawval, depth + 1)
        else:
            pieces.append(value)


class LegacyInterpolation(Interpolation):
    """`%(name)s` expanded with the % operator, as before Python 3.2
    (deprecated)."""

    _KEYCRE = re.compile(r"%\(([^)]*)\)s|.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        warnings.warn("LegacyInterpolation has been deprecated since Python 3.2 and will be removed from the "
                      "configparser module in Python 3.13. Use BasicInterpolation or ExtendedInterpolation "
                      "instead.", DeprecationWarning, stacklevel=2)

    def before_get(self, parser, section, option, value, vars):
        rawval = value
        depth = MAX_INTERPOLATION_DEPTH
        while depth:
            depth -= 1
            if value and "%(" in value:
                value = self._KEYCRE.sub(lambda m: self._lower_key(m, parser), value)
                try:
                    value = value % vars
                except KeyError as e:
                    raise InterpolationMissingOptionError(option, section, rawval, e.args[0]) from None
            else:
                break
        if value and "%(" in value:
            raise InterpolationDepthError(option, section, rawval)
        return value

    @staticmethod
    def _lower_key(match, parser):
        name = match.group(1)
        if name is None:
            return match.group()
        return f"%({parser.optionxform(name)})s"


# -- the parser -------------------------------------------------------------------

class RawConfigParser(MutableMapping):
    """A configuration: sections of options, read and written as INI
    text. No interpolation unless one is given."""

    _SECT_TMPL = r"""
        \[                                 # [
        (?P<header>.+)                     # the section name
        \]                                 # ]
        """
    _OPT_TMPL = r"""
        (?P<option>.*?)                    # the option name
        \s*(?P<vi>{delim})\s*              # a delimiter, spaces around it
        (?P<value>.*)$                     # everything up to the end
        """
    _OPT_NV_TMPL = r"""
        (?P<option>.*?)                    # the option name
        \s*(?:                             # optionally
            (?P<vi>{delim})\s*             # a delimiter
            (?P<value>.*))?$               # and a value
        """
    _DEFAULT_INTERPOLATION = Interpolation()
    SECTCRE = re.compile(_SECT_TMPL, re.VERBOSE)
    OPTCRE = re.compile(_OPT_TMPL.format(delim="=|:"), re.VERBOSE)
    OPTCRE_NV = re.compile(_OPT_NV_TMPL.format(delim="=|:"), re.VERBOSE)
    NONSPACECRE = re.compile(r"\S")
    BOOLEAN_STATES = {"1": True, "yes": True, "true": True, "on": True,
                      "0": False, "no": False, "false": False, "off": False}

    def __init__(self, defaults=None, dict_type=_default_dict, allow_no_value=False, *, delimiters=("=", ":"),
                 comment_prefixes=("#", ";"), inline_comment_prefixes=None, strict=True,
                 empty_lines_in_values=True, default_section=DEFAULTSECT, interpolation=_UNSET,
                 converters=_UNSET):
        self._dict = dict_type
        self._sections = self._dict()
        self._defaults = self._dict()
        self._converters = ConverterMapping(self)
        self._proxies = self._dict()
        self._proxies[default_section] = SectionProxy(self, default_section)
        self._delimiters = tuple(delimiters)
        if delimiters == ("=", ":"):
            self._optcre = self.OPTCRE_NV if allow_no_value else self.OPTCRE
        else:
            delim = "|".join(re.escape(d) for d in delimiters)
            template = self._OPT_NV_TMPL if allow_no_value else self._OPT_TMPL
            self._optcre = re.compile(template.format(delim=delim), re.VERBOSE)
        self._comment_prefixes = tuple(comment_prefixes or ())
        self._inline_comment_prefixes = tuple(inline_comment_prefixes or ())
        self._strict = strict
        self._allow_no_value = allow_no_value
        self._empty_lines_in_values = empty_lines_in_values
        self.default_section = default_section
        self._interpolation = interpolation
        if self._interpolation is _UNSET:
            self._interpolation = self._DEFAULT_INTERPOLATION
        if self._interpolation is None:
            self._interpolation = Interpolation()
        if not isinstance(self._interpolation, Interpolation):
            raise TypeError(f"interpolation= must be None or an instance of Interpolation; "
                            f"got an object of type {type(self._interpolation)}")
        if converters is not _UNSET:
            self._converters.update(converters)
        if defaults:
            self._read_defaults(defaults)

    # -- sections and options --

    def defaults(self):
        return self._defaults

    def sections(self):
        """The section names, DEFAULT excluded."""
        return list(self._sections.keys())

    def add_section(self, section):
        """Adds an empty section; DuplicateSectionError if it exists,
        ValueError for the default section's name."""
        if section == self.default_section:
            raise ValueError(f"Invalid section name: {section!r}")
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._sections[section] = self._dict()
        self._proxies[section] = SectionProxy(self, section)

    def has_section(self, section):
        """Whether the section exists (never true for DEFAULT)."""
        return section in self._sections

    def options(self, section):
        """The section's option names, with those of the defaults."""
        try:
            opts = self._sections[section].copy()
        except KeyError:
            raise NoSectionError(section) from None
        opts.update(self._defaults)
        return list(opts.keys())

    # -- reading --

    def read(self, filenames, encoding=None):
        """Reads each file that can be opened (others are skipped); the
        list of those read."""
        if isinstance(filenames, (str, bytes, os.PathLike)):
            filenames = [filenames]
        encoding = io.text_encoding(encoding)
        read_ok = []
        for filename in filenames:
            try:
                with open(filename, encoding=encoding) as fp:
                    self._read(fp, filename)
            except OSError:
                continue
            if isinstance(filename, os.PathLike):
                filename = os.fspath(filename)
            read_ok.append(filename)
        return read_ok

    def read_file(self, f, source=None):
        """Reads lines from an iterable of str (an open file); `source`
        names it in errors (its `name` by default)."""
        if source is None:
            try:
                source = f.name
            except AttributeError:
                source = "<???>"
        self._read(f, source)

    def read_string(self, string, source="<string>"):
        """Reads configuration text."""
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source="<dict>"):
        """Reads sections from a mapping of section names to mappings of
        options; keys and values are made str."""
        seen = set()
        for section, keys in dictionary.items():
            section = str(section)
            try:
                self.add_section(section)
            except (DuplicateSectionError, ValueError):
                if self._strict and section in seen:
                    raise
            seen.add(section)
            for key, value in keys.items():
                key = self.optionxform(str(key))
                if value is not None:
                    value = str(value)
                if self._strict and (section, key) in seen:
                    raise DuplicateOptionError(section, key, source)
                seen.add((section, key))
                self.set(section, key, value)

    def readfp(self, fp, filename=None):
        """Deprecated, use read_file instead."""
        warnings.warn("This method will be removed in Python 3.12. Use 'parser.read_file()' instead.",
                      DeprecationWarning, stacklevel=2)
        self.read_file(fp, source=filename)

    # -- getting values --

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        """An option's value: from `vars`, the section, or the defaults,
        expanded by the interpolation unless `raw`. NoOptionError (or
        `fallback`) when it is nowhere."""
        try:
            values = self._unify_values(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        option = self.optionxform(option)
        try:
            value = values[option]
        except KeyError:
            if fallback is _UNSET:
                raise NoOptionError(option, section)
            return fallback
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, option, value, values)

    def _get(self, section, conv, option, **kwargs):
        return conv(self.get(section, option, **kwargs))

    def _get_conv(self, section, option, conv, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        try:
            return self._get(section, conv, option, raw=raw, vars=vars, **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is _UNSET:
                raise
            return fallback

    def getint(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, int, raw=raw, vars=vars, fallback=fallback, **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, float, raw=raw, vars=vars, fallback=fallback, **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, self._convert_to_boolean, raw=raw, vars=vars, fallback=fallback,
                              **kwargs)

    def items(self, section=_UNSET, raw=False, vars=None):
        """Without a section: (name, SectionProxy) pairs, DEFAULT first.
        With one: its (option, value) pairs, defaults included."""
        if section is _UNSET:
            return super().items()
        values = self._defaults.copy()
        try:
            values.update(self._sections[section])
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section) from None
        names = list(values.keys())
        if vars:
            for key, value in vars.items():
                values[self.optionxform(key)] = value
        if raw:
            return [(name, values[name]) for name in names]
        return [(name, self._interpolation.before_get(self, section, name, values[name], values)) for name in names]

    def popitem(self):
        """Removes the first section (never DEFAULT): (name, proxy)."""
        for key in self.sections():
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    def optionxform(self, optionstr):
        """How option names are stored: lower case (override to keep
        case)."""
        return optionstr.lower()

    def has_option(self, section, option):
        """Whether the option is in the section or the defaults (with no
        or the default section: in the defaults)."""
        if not section or section == self.default_section:
            return self.optionxform(option) in self._defaults
        if section not in self._sections:
            return False
        option = self.optionxform(option)
        return option in self._sections[section] or option in self._defaults

    # -- changing --

    def set(self, section, option, value=None):
        """Sets an option; the section must exist."""
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        self._options_of(section)[self.optionxform(option)] = value

    def _options_of(self, section):
        """The option dict of a section (the defaults for the default
        section); NoSectionError if there is no such section."""
        if not section or section == self.default_section:
            return self._defaults
        try:
            return self._sections[section]
        except KeyError:
            raise NoSectionError(section) from None

    def write(self, fp, space_around_delimiters=True):
        """Writes the configuration as INI text (the defaults first)."""
        delimiter = f" {self._delimiters[0]} " if space_around_delimiters else self._delimiters[0]
        if self._defaults:
            self._write_section(fp, self.default_section, self._defaults.items(), delimiter)
        for section in self._sections:
            self._write_section(fp, section, self._sections[section].items(), delimiter)

    def _write_section(self, fp, section_name, section_items, delimiter):
        fp.write(f"[{section_name}]\n")
        for key, value in section_items:
            value = self._interpolation.before_write(self, section_name, key, value)
            if value is not None or not self._allow_no_value:
                value = delimiter + str(value).replace("\n", "\n\t")
            else:
                value = ""
            fp.write(f"{key}{value}\n")
        fp.write("\n")

    def remove_option(self, section, option):
        """Removes an option; whether it existed."""
        options = self._options_of(section)
        option = self.optionxform(option)
        existed = option in options
        if existed:
            del options[option]
        return existed

    def remove_section(self, section):
        """Removes a section; whether it existed."""
        existed = section in self._sections
        if existed:
            del self._sections[section]
            del self._proxies[section]
        return existed

    # -- the mapping of section names to proxies --

    def __getitem__(self, key):
        if key != self.default_section and not self.has_section(key):
            raise KeyError(key)
        return self._proxies[key]

    def __setitem__(self, key, value):
        # Assigning a section its own proxy changes nothing.
        if key in self and self[key] is value:
            return
        if key == self.default_section:
            self._defaults.clear()
        elif key in self._sections:
            self._sections[key].clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if not self.has_section(key):
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return key == self.default_section or self.has_section(key)

    def __len__(self):
        return len(self._sections) + 1

    def __iter__(self):
        return itertools.chain((self.default_section,), self._sections.keys())

    # -- reading a source --

    def _read(self, fp, fpname):
        """Reads lines into sections. A line is a section header, an
        option (`name = value`), a continuation of the last value (indented
        deeper than its option), a comment or blank. Errors of malformed
        lines are collected into one ParsingError, raised at the end."""
        seen = set()
        section = None  # the options dict being filled
        section_name = option = None
        indent = 0
        errors = None
        for lineno, line in enumerate(fp, start=1):
            comment_start = self._comment_start(line)
            value = line[:comment_start].strip()
            if not value:
                if self._empty_lines_in_values:
                    # A blank line (not a comment) may be part of a value.
                    if comment_start is None and section is not None and option and section[option] is not None:
                        section[option].append("")
                else:
                    indent = sys.maxsize
                continue
            first = self.NONSPACECRE.search(line)
            cur_indent = first.start() if first else 0
            if section is not None and option and cur_indent > indent:
                section[option].append(value)
                continue
            indent = cur_indent
            header = self.SECTCRE.match(value)
            if header:
                section_name = header.group("header")
                if section_name in self._sections:
                    if self._strict and section_name in seen:
                        raise DuplicateSectionError(section_name, fpname, lineno)
                    section = self._sections[section_name]
                    seen.add(section_name)
                elif section_name == self.default_section:
                    section = self._defaults
                else:
                    section = self._dict()
                    self._sections[section_name] = section
                    self._proxies[section_name] = SectionProxy(self, section_name)
                    seen.add(section_name)
                option = None
            elif section is None:
                raise MissingSectionHeaderError(fpname, lineno, line)
            else:
                match = self._optcre.match(value)
                if not match:
                    errors = self._handle_error(errors, fpname, lineno, line)
                    continue
                option, _, option_value = match.group("option", "vi", "value")
                if not option:
                    errors = self._handle_error(errors, fpname, lineno, line)
                option = self.optionxform(option.rstrip())
                if self._strict and (section_name, option) in seen:
                    raise DuplicateOptionError(section_name, option, fpname, lineno)
                seen.add((section_name, option))
                # A value is a list of lines until the source is read.
                section[option] = None if option_value is None else [option_value.strip()]
        self._join_multiline_values()
        if errors:
            raise errors

    def _comment_start(self, line):
        """Where a comment starts in `line`: 0 for a whole-line comment,
        the earliest inline prefix after whitespace, or None."""
        if any(line.strip().startswith(prefix) for prefix in self._comment_prefixes):
            return 0
        starts = []
        for prefix in self._inline_comment_prefixes:
            at = line.find(prefix)
            while at != -1:
                if at == 0 or line[at - 1].isspace():
                    starts.append(at)
                    break
                at = line.find(prefix, at + 1)
        return min(starts) if starts else None

    def _join_multiline_values(self):
        everything = itertools.chain(((self.default_section, self._defaults),), self._sections.items())
        for section, options in everything:
            for name, value in options.items():
                if isinstance(value, list):
                    value = "\n".join(value).rstrip()
                options[name] = self._interpolation.before_read(self, section, name, value)

    def _read_defaults(self, defaults):
        # RawConfigParser keeps constructor defaults as given (names only
        # go through optionxform), as it always has.
        for key, value in defaults.items():
            self._defaults[self.optionxform(key)] = value

    def _handle_error(self, errors, fpname, lineno, line):
        if not errors:
            errors = ParsingError(fpname)
        errors.append(lineno, repr(line))
        return errors

    def _unify_values(self, section, vars):
        """The values `get` sees: vars, then the section, then defaults."""
        try:
            section_values = self._sections[section]
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section) from None
            section_values = {}
        var_values = {}
        if vars:
            for key, value in vars.items():
                if value is not None:
                    value = str(value)
                var_values[self.optionxform(key)] = value
        return _ChainMap(var_values, section_values, self._defaults)

    def _convert_to_boolean(self, value):
        if value.lower() not in self.BOOLEAN_STATES:
            raise ValueError(f"Not a boolean: {value}")
        return self.BOOLEAN_STATES[value.lower()]

    def _validate_value_types(self, *, section="", option="", value=""):
        """ConfigParser stores only str names and values (None too when
        options may have no value)."""
        if not isinstance(section, str):
            raise TypeError("section names must be strings")
        if not isinstance(option, str):
            raise TypeError("option keys must be strings")
        if not self._allow_no_value or value:
            if not isinstance(value, str):
                raise TypeError("option values must be strings")

    @property
    def converters(self):
        return self._converters


class ConfigParser(RawConfigParser):
    """A RawConfigParser with `%(name)s` interpolation that accepts only
    str section names, option names and values."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def set(self, section, option, value=None):
        self._validate_value_types(option=option, value=value)
        super().set(section, option, value)

    def add_section(self, section):
        self._validate_value_types(section=section)
        super().add_section(section)

    def _read_defaults(self, defaults):
        # Defaults given to the constructor are taken as they are.
        held = self._interpolation
        self._interpolation = Interpolation()
        try:
            self.read_dict({self.default_section: defaults})
        finally:
            self._interpolation = held


class SafeConfigParser(ConfigParser):
    """ConfigParser under its pre-3.2 name (deprecated)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        warnings.warn("The SafeConfigParser class has been renamed to ConfigParser in Python 3.2. This alias "
                      "will be removed in Python 3.12. Use ConfigParser directly instead.",
                      DeprecationWarning, stacklevel=2)


class SectionProxy(MutableMapping):
    """One section seen as a mapping of option names to values (with the
    defaults'), reading and writing through the parser."""

    def __init__(self, parser, name):
        self._parser = parser
        self._name = name
        for conv in parser.converters:
            key = "get" + conv
            setattr(self, key, functools.partial(self.get, _impl=getattr(parser, key)))

    def __repr__(self):
        return f"<Section: {self._name}>"

    def __getitem__(self, key):
        if not self._parser.has_option(self._name, key):
            raise KeyError(key)
        return self._parser.get(self._name, key)

    def __setitem__(self, key, value):
        self._parser._validate_value_types(option=key, value=value)
        return self._parser.set(self._name, key, value)

    def __delitem__(self, key):
        if not (self._parser.has_option(self._name, key) and self._parser.remove_option(self._name, key)):
            raise KeyError(key)

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __len__(self):
        return len(self._options())

    def __iter__(self):
        return self._options().__iter__()

    def _options(self):
        if self._name != self._parser.default_section:
            return self._parser.options(self._name)
        return self._parser.defaults()

    @property
    def parser(self):
        return self._parser

    @property
    def name(self):
        return self._name

    def get(self, option, fallback=None, *, raw=False, vars=None, _impl=None, **kwargs):
        """The option's value, or `fallback` (None) when it is absent."""
        if not _impl:
            _impl = self._parser.get
        return _impl(self._name, option, raw=raw, vars=vars, fallback=fallback, **kwargs)


class ConverterMapping(MutableMapping):
    """The parser's converters by name: setting `name` to a function adds
    `get<name>` to the parser and to each section proxy. The built-in
    ones (int, float, boolean) are listed with None."""

    GETTERCRE = re.compile(r"^get(?P<name>.+)$")

    def __init__(self, parser):
        self._parser = parser
        self._data = {}
        for getter in dir(self._parser):
            match = self.GETTERCRE.match(getter)
            if not match or not callable(getattr(self._parser, getter)):
                continue
            self._data[match.group("name")] = None

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        try:
            name = "get" + key
        except TypeError:
            raise ValueError(f"Incompatible key: {key} (type: {type(key)})") from None
        if name == "get":
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._data[key] = value
        func = functools.partial(self._parser._get_conv, conv=value)
        func.converter = value
        setattr(self._parser, name, func)
        for proxy in self._parser.values():
            setattr(proxy, name, functools.partial(proxy.get, _impl=func))

    def __delitem__(self, key):
        try:
            name = "get" + (key or None)
        except TypeError:
            raise KeyError(key) from None
        del self._data[key]
        for holder in itertools.chain((self._parser,), self._parser.values()):
            try:
                delattr(holder, name)
            except AttributeError:
                # Not set on the instance: the class's own getter stays.
                continue

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)
