"""Message catalogs for internationalisation (GNU gettext .mo files).

translation(domain, localedir, languages) finds `localedir/<lang>/
LC_MESSAGES/<domain>.mo` for the languages named by the LANGUAGE,
LC_ALL, LC_MESSAGES and LANG variables (or given), and returns a
GNUTranslations that looks messages up in it; without a catalog, the
NullTranslations return messages unchanged.
"""

import os
import re
import sys

__all__ = ["NullTranslations", "GNUTranslations", "Catalog", "bindtextdomain", "find", "translation", "install",
           "textdomain", "dgettext", "dngettext", "gettext", "ngettext", "pgettext", "dpgettext", "npgettext",
           "dnpgettext"]

_default_localedir = os.path.join(sys.base_prefix, "share", "locale")


# ----- plural forms -------------------------------------------------------

_token_pattern = re.compile(r"\s*(?:(\d+)|(n)|(&&|\|\||==|!=|<=|>=|[-*/%+<>!?:()])|(\S))")


def _tokens(plural):
    pos = 0
    out = []
    while pos < len(plural):
        m = _token_pattern.match(plural, pos)
        if m is None:
            break
        pos = m.end()
        number, var, op, bad = m.groups()
        if bad is not None:
            raise ValueError(f"invalid token in plural form: {bad}")
        out.append(number or var or op)
    out.append("")
    return out


# Binary operators of C's expression grammar, loosest first.
_LEVELS = [("||",), ("&&",), ("==", "!="), ("<", ">", "<=", ">="), ("+", "-"), ("*", "/", "%")]
_PYTHON_OP = {"||": "or", "&&": "and", "/": "//"}


class _PluralParser:
    """Translates a C plural expression (n%10==1 ? 0 : 1) to Python."""

    def __init__(self, plural):
        self.tokens = _tokens(plural)
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def take(self):
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def parse(self):
        result = self.conditional()
        if self.peek() != "":
            raise ValueError("unexpected token in plural form: %s" % self.peek())
        return result

    def conditional(self):
        cond = self.binary(0)
        if self.peek() == "?":
            self.take()
            if_true = self.conditional()
            if self.take() != ":":
                raise ValueError("syntax error in plural form")
            if_false = self.conditional()
            return f"({if_true} if {cond} else {if_false})"
        return cond

    def binary(self, level):
        if level == len(_LEVELS):
            return self.unary()
        left = self.binary(level + 1)
        while self.peek() in _LEVELS[level]:
            op = self.take()
            right = self.binary(level + 1)
            if op in ("==", "!=", "<", ">", "<=", ">="):
                left = f"int({left} {op} {right})"
            elif op in ("||", "&&"):
                left = f"int(bool({left}) {_PYTHON_OP[op]} bool({right}))"
            else:
                left = f"({left} {_PYTHON_OP.get(op, op)} {right})"
        return left

    def unary(self):
        token = self.take()
        if token == "!":
            return f"int(not {self.unary()})"
        if token == "(":
            inner = self.conditional()
            if self.take() != ")":
                raise ValueError("unbalanced parenthesis in plural form")
            return inner
        if token == "n":
            return "n"
        if token.isdigit():
            return token
        if token == "":
            raise ValueError("unexpected end of plural form")
        raise ValueError("unexpected token in plural form: %s" % token)


def c2py(plural):
    """A function of n computing a C plural-form expression."""
    if len(plural) > 1000:
        raise ValueError("plural form expression is too long")
    result = _PluralParser(plural).parse()
    namespace = {}
    exec(f"def func(n):\n    if not isinstance(n, int):\n        n = _as_int(n)\n    return int({result})\n",
         {"_as_int": _as_int}, namespace)
    return namespace["func"]


def _as_int(n):
    try:
        i = round(n)
    except TypeError:
        raise TypeError("Plural value must be an integer, got %s" % (n.__class__.__name__,)) from None
    import warnings

    warnings.warn("Plural value must be an integer, got %s" % (n.__class__.__name__,), DeprecationWarning, 4)
    return n


# ----- finding catalogs ---------------------------------------------------


# A locale's optional parts: the separator each starts with, its bit in
# the subset numbering (codeset 1, territory 2, modifier 4) and its place
# in a name (territory, then codeset, then modifier).
_LOCALE_PARTS = (("@", 4), (".", 1), ("_", 2))
_NAME_ORDER = (2, 1, 4)


def _expand_lang(loc):
    """The names to try for a locale, most specific first: ll_CC.enc@mod,
    ll_CC@mod, ll.enc@mod, ll@mod, ll_CC.enc, ll_CC, ll.enc, ll (only the
    parts the locale has)."""
    import locale

    rest = locale.normalize(loc)
    parts = {}
    for separator, bit in _LOCALE_PARTS:
        rest, found, tail = rest.partition(separator)
        if found:
            parts[bit] = found + tail
    mask = sum(parts)
    names = []
    for subset in range(mask, -1, -1):
        if subset & ~mask == 0:
            names.append(rest + "".join(parts[bit] for bit in _NAME_ORDER if subset & bit))
    return names


def find(domain, localedir=None, languages=None, all=False):
    """The path of the .mo file for domain (or all of them), or None."""
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = []
        for envar in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
            val = os.environ.get(envar)
            if val:
                languages = val.split(":")
                break
        if "C" not in languages:
            languages.append("C")
    nelangs = []
    for lang in languages:
        for nelang in _expand_lang(lang):
            if nelang not in nelangs:
                nelangs.append(nelang)
    result = [] if all else None
    for lang in nelangs:
        if lang == "C":
            break
        mofile = os.path.join(localedir, lang, "LC_MESSAGES", "%s.mo" % domain)
        if os.path.exists(mofile):
            if all:
                result.append(mofile)
            else:
                return mofile
    return result


# ----- translations -------------------------------------------------------


class NullTranslations:
    """Translations without a catalog: every message is its own
    translation (or that of the fallback)."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        """Put _ (and the names given) into builtins."""
        import builtins

        builtins.__dict__["_"] = self.gettext
        if names is not None:
            allowed = {"gettext", "ngettext", "npgettext", "pgettext"}
            for name in allowed & set(names):
                builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    """Translations read from a GNU .mo file."""

    LE_MAGIC = 0x950412DE
    BE_MAGIC = 0xDE120495
    CONTEXT = "%s\x04%s"
    VERSIONS = (0, 1)

    def _get_versions(self, version):
        return (version >> 16, version & 0xFFFF)

    def _parse(self, fp):
        filename = getattr(fp, "name", "")
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)
        pairs = _read_mo(fp.read(), filename, self)
        # The entry with an empty id is the catalog's header.
        for msgid, msgstr in pairs:
            if msgid == b"":
                self._read_header(msgstr)
        charset = self._charset or "ascii"
        for msgid, msgstr in pairs:
            if b"\x00" in msgid:
                singular = str(msgid.split(b"\x00")[0], charset)
                for index, form in enumerate(msgstr.split(b"\x00")):
                    catalog[(singular, index)] = str(form, charset)
            else:
                catalog[str(msgid, charset)] = str(msgstr, charset)

    def _read_header(self, header):
        last_key = None
        for raw_line in header.split(b"\n"):
            line = raw_line.decode().strip()
            if not line or (line.startswith("#-#-#-#-#") and line.endswith("#-#-#-#-#")):
                continue
            if ":" not in line:
                if last_key:
                    self._info[last_key] += "\n" + line
                continue
            key, value = line.split(":", 1)
            key, value = key.strip().lower(), value.strip()
            self._info[key] = value
            last_key = key
            if key == "content-type":
                self._charset = value.split("charset=")[1]
            elif key == "plural-forms":
                self.plural = c2py(value.split(";")[1].split("plural=")[1])

    def gettext(self, message):
        missing = object()
        tmsg = self._catalog.get(message, missing)
        if tmsg is missing:
            tmsg = self._catalog.get((message, self.plural(1)), missing)
        if tmsg is not missing:
            return tmsg
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        try:
            tmsg = self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.ngettext(msgid1, msgid2, n)
            tmsg = msgid1 if n == 1 else msgid2
        return tmsg

    def pgettext(self, context, message):
        ctxt_msg_id = self.CONTEXT % (context, message)
        missing = object()
        tmsg = self._catalog.get(ctxt_msg_id, missing)
        if tmsg is missing:
            tmsg = self._catalog.get((ctxt_msg_id, self.plural(1)), missing)
        if tmsg is not missing:
            return tmsg
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        ctxt_msg_id = self.CONTEXT % (context, msgid1)
        try:
            tmsg = self._catalog[ctxt_msg_id, self.plural(n)]
        except KeyError:
            if self._fallback:
                return self._fallback.npgettext(context, msgid1, msgid2, n)
            tmsg = msgid1 if n == 1 else msgid2
        return tmsg


def _read_mo(buf, filename, translations):
    """The (msgid, msgstr) byte strings of a .mo file: a header (magic,
    version, count, offsets of the two string tables), then tables of
    (length, offset) pairs."""
    from struct import unpack

    (magic,) = unpack("<I", buf[:4])
    if magic == GNUTranslations.LE_MAGIC:
        order = "<"
    elif magic == GNUTranslations.BE_MAGIC:
        order = ">"
    else:
        raise OSError(0, "Bad magic number", filename)
    version, count, ids_at, strs_at = unpack(order + "4I", buf[4:20])
    major, _minor = translations._get_versions(version)
    if major not in translations.VERSIONS:
        raise OSError(0, "Bad version number " + str(major), filename)
    pairs = []
    for i in range(count):
        id_len, id_off = unpack(order + "II", buf[ids_at + 8 * i: ids_at + 8 * i + 8])
        str_len, str_off = unpack(order + "II", buf[strs_at + 8 * i: strs_at + 8 * i + 8])
        if id_off + id_len >= len(buf) or str_off + str_len >= len(buf):
            raise OSError(0, "File is corrupt", filename)
        pairs.append((buf[id_off:id_off + id_len], buf[str_off:str_off + str_len]))
    return pairs


_translations = {}


def translation(domain, localedir=None, languages=None, class_=None, fallback=False):
    """The translations of a domain: a GNUTranslations (chained with
    fallbacks for the other languages found), NullTranslations if
    fallback and none is found, or FileNotFoundError."""
    if class_ is None:
        class_ = GNUTranslations
    mofiles = find(domain, localedir, languages, all=True)
    if not mofiles:
        if fallback:
            return NullTranslations()
        from errno import ENOENT

        raise FileNotFoundError(ENOENT, "No translation file found for domain", domain)
    result = None
    for mofile in mofiles:
        key = (class_, os.path.abspath(mofile))
        t = _translations.get(key)
        if t is None:
            with open(mofile, "rb") as fp:
                t = _translations.setdefault(key, class_(fp))
        import copy

        t = copy.copy(t)
        if result is None:
            result = t
        else:
            result.add_fallback(t)
    return result


def install(domain, localedir=None, *, names=None):
    """Install _() (and names) for a domain into builtins."""
    t = translation(domain, localedir, fallback=True)
    t.install(names)


_localedirs = {}
_current_domain = "messages"


def textdomain(domain=None):
    """Set (or get) the global domain."""
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    """Set (or get) the directory of a domain's catalogs."""
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def _domain_translation(domain):
    """The translations of a domain, or None if it has no catalog."""
    try:
        return translation(domain, _localedirs.get(domain, None))
    except OSError:
        return None


def dgettext(domain, message):
    t = _domain_translation(domain)
    return message if t is None else t.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    t = _domain_translation(domain)
    if t is None:
        return msgid1 if n == 1 else msgid2
    return t.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    t = _domain_translation(domain)
    return message if t is None else t.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    t = _domain_translation(domain)
    if t is None:
        return msgid1 if n == 1 else msgid2
    return t.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    """The translation of message in the global domain."""
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    """The translation of a message with plural forms, for count n."""
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


Catalog = translation
