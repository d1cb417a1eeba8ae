"""pyexpat: the XML parser under xml.parsers.expat, xml.etree and xml.dom.

CPython wraps the C library expat; ferropy's parser is written here in
Python with expat's interface and behaviour: the same handlers, the same
error codes and messages at the same line and column, incremental input
through Parse(data, isfinal), namespaces with a separator. Character data
between two pieces of markup is delivered in one CharacterDataHandler call
(as expat does with buffer_text set). Documents are well-formedness
checked; there is no validation and no external entity loading (as
CPython's default). Encodings: a byte order mark, the XML declaration's
encoding (any codec Python knows) or UTF-8.
"""

import codecs as _codecs
import re as _re
import sys as _sys

EXPAT_VERSION = "expat_2.5.0"
version_info = (2, 5, 0)
native_encoding = "UTF-8"
features = [("sizeof(XML_Char)", 1), ("sizeof(XML_LChar)", 1), ("XML_DTD", 0), ("XML_CONTEXT_BYTES", 1024),
            ("XML_NS", 0)]

XML_PARAM_ENTITY_PARSING_NEVER = 0
XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE = 1
XML_PARAM_ENTITY_PARSING_ALWAYS = 2


class ExpatError(Exception):
    pass


error = ExpatError

# expat's error messages, by code (XML_ErrorString).
_MESSAGES = [
    None, "out of memory", "syntax error", "no element found", "not well-formed (invalid token)", "unclosed token",
    "partial character", "mismatched tag", "duplicate attribute", "junk after document element",
    "illegal parameter entity reference", "undefined entity", "recursive entity reference", "asynchronous entity",
    "reference to invalid character number", "reference to binary entity",
    "reference to external entity in attribute", "XML or text declaration not at start of entity",
    "unknown encoding", "encoding specified in XML declaration is incorrect", "unclosed CDATA section",
    "error in processing external entity reference", "document is not standalone",
    "unexpected parser state - please send a bug report", "entity declared in parameter entity",
    "requested feature requires XML_DTD support in Expat", "cannot change setting once parsing has begun",
    "unbound prefix", "must not undeclare prefix", "incomplete markup in parameter entity",
    "XML declaration not well-formed", "text declaration not well-formed", "illegal character(s) in public id",
    "parser suspended", "parser not suspended", "parsing aborted", "parsing finished",
    "cannot suspend in external parameter entity",
    "reserved prefix (xml) must not be undeclared or bound to another namespace name",
    "reserved prefix (xmlns) must not be declared or undeclared",
    "prefix must not be bound to one of the reserved namespace names", "invalid argument",
    "a successful prior call to function XML_GetBuffer is required",
    "limit on input amplification factor (from DTD and entities) breached",
]
_CONSTANT_NAMES = [
    None, "NO_MEMORY", "SYNTAX", "NO_ELEMENTS", "INVALID_TOKEN", "UNCLOSED_TOKEN", "PARTIAL_CHAR", "TAG_MISMATCH",
    "DUPLICATE_ATTRIBUTE", "JUNK_AFTER_DOC_ELEMENT", "PARAM_ENTITY_REF", "UNDEFINED_ENTITY", "RECURSIVE_ENTITY_REF",
    "ASYNC_ENTITY", "BAD_CHAR_REF", "BINARY_ENTITY_REF", "ATTRIBUTE_EXTERNAL_ENTITY_REF", "MISPLACED_XML_PI",
    "UNKNOWN_ENCODING", "INCORRECT_ENCODING", "UNCLOSED_CDATA_SECTION", "EXTERNAL_ENTITY_HANDLING",
    "NOT_STANDALONE", "UNEXPECTED_STATE", "ENTITY_DECLARED_IN_PE", "FEATURE_REQUIRES_XML_DTD",
    "CANT_CHANGE_FEATURE_ONCE_PARSING", "UNBOUND_PREFIX", "UNDECLARING_PREFIX", "INCOMPLETE_PE", "XML_DECL",
    "TEXT_DECL", "PUBLICID", "SUSPENDED", "NOT_SUSPENDED", "ABORTED", "FINISHED", "SUSPEND_PE",
    "RESERVED_PREFIX_XML", "RESERVED_PREFIX_XMLNS", "RESERVED_NAMESPACE_URI", "INVALID_ARGUMENT", "NO_BUFFER",
    "AMPLIFICATION_LIMIT_BREACH",
]


def ErrorString(code):
    """The message of an expat error code (None for an unknown one)."""
    if 0 < code < len(_MESSAGES):
        return _MESSAGES[code]
    return None


class _Module:
    """A plain namespace standing in for a submodule (pyexpat.errors,
    pyexpat.model)."""

    def __init__(self, name, doc, names):
        self.__name__ = name
        self.__doc__ = doc
        self.__dict__.update(names)


def _errors_module():
    names = {}
    for code in range(1, len(_MESSAGES)):
        names["XML_ERROR_" + _CONSTANT_NAMES[code]] = _MESSAGES[code]
    names["codes"] = {_MESSAGES[code]: code for code in range(1, len(_MESSAGES))}
    names["messages"] = {code: _MESSAGES[code] for code in range(1, len(_MESSAGES))}
    return _Module("pyexpat.errors", "Constants used to describe error conditions.", names)


errors = _errors_module()
model = _Module("pyexpat.model", "Constants used to interpret content model information.", {
    "XML_CTYPE_ANY": 2, "XML_CTYPE_CHOICE": 5, "XML_CTYPE_EMPTY": 1, "XML_CTYPE_MIXED": 3,
    "XML_CTYPE_NAME": 4, "XML_CTYPE_SEQ": 6, "XML_CQUANT_NONE": 0, "XML_CQUANT_OPT": 1,
    "XML_CQUANT_PLUS": 3, "XML_CQUANT_REP": 2,
})

# XML 1.0 (fifth edition) names.
_NAME_START = (":A-Z_a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
               "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff")
_NAME_CHAR = _NAME_START + "\\-.0-9\u00b7\u0300-\u036f\u203f-\u2040"
_NAME = _re.compile(f"[{_NAME_START}][{_NAME_CHAR}]*")
_NAME_RUN = _re.compile(f"[{_NAME_CHAR}]*")
_SPACE = _re.compile(r"[ \t\n]*")
_CHAR_REF = _re.compile(r"&#(?:([0-9]+)|x([0-9a-fA-F]+));")
_PREDEFINED = {"lt": "<", "gt": ">", "amp": "&", "apos": "'", "quot": '"'}
_XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace"
_XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/"

_HANDLERS = (
    "StartElementHandler", "EndElementHandler", "ProcessingInstructionHandler", "CharacterDataHandler",
    "UnparsedEntityDeclHandler", "NotationDeclHandler", "StartNamespaceDeclHandler", "EndNamespaceDeclHandler",
    "CommentHandler", "StartCdataSectionHandler", "EndCdataSectionHandler", "DefaultHandler",
    "DefaultHandlerExpand", "NotStandaloneHandler", "ExternalEntityRefHandler", "StartDoctypeDeclHandler",
    "EndDoctypeDeclHandler", "EntityDeclHandler", "XmlDeclHandler", "ElementDeclHandler", "AttlistDeclHandler",
    "SkippedEntityHandler",
)


class _Stop(Exception):
    """Raised inside the parser to report an expat error."""

    def __init__(self, code, at):
        self.code = code
        self.at = at


class XMLParserType:
    """An XML parser (made by ParserCreate)."""

    def __init__(self, encoding=None, namespace_separator=None, intern=None):
        for name in _HANDLERS:
            object.__setattr__(self, name, None)
        self._encoding = encoding
        self._separator = namespace_separator
        self.intern = {} if intern is None else intern
        self.buffer_text = False
        self.buffer_size = 8192
        self.ordered_attributes = False
        self.specified_attributes = False
        self.namespace_prefixes = False
        self._base = None
        self._bytes = b""         # input not decoded yet
        self._decoder = None
        self._text = ""           # decoded input not parsed yet
        self._consumed = 0        # characters parsed before self._text
        self._line = 1            # position of self._text[0]
        self._column = 0
        self._byte_index = 0
        self._event = (1, 0)      # where the current event starts
        self._started = False     # the first markup (the XML declaration's place) was seen
        self._root_seen = False
        self._root_closed = False
        self._stack = []          # open elements: (raw name, namespace scope)
        self._scopes = [{"xml": _XML_NAMESPACE}]
        self._entities = {}
        self._finished = False
        self.ErrorCode = 0
        self.ErrorLineNumber = 1
        self.ErrorColumnNumber = 0
        self.ErrorByteIndex = -1

    # -- positions ---------------------------------------------------------

    @property
    def CurrentLineNumber(self):
        return self._event[0]

    @property
    def CurrentColumnNumber(self):
        return self._event[1]

    @property
    def CurrentByteIndex(self):
        return self._byte_index

    @property
    def buffer_used(self):
        return 0

    def _position(self, i):
        """Line and column of self._text[i]."""
        chunk = self._text[:i]
        newlines = chunk.count("\n")
        if newlines:
            return self._line + newlines, i - chunk.rfind("\n") - 1
        return self._line, self._column + i

    def _advance(self, i):
        """Drops the parsed text before self._text[i]."""
        self._line, self._column = self._position(i)
        self._consumed += i
        self._text = self._text[i:]

    def _fail(self, code, at):
        raise _Stop(code, at)

    # -- the public methods ------------------------------------------------

    def SetBase(self, base):
        self._base = base

    def GetBase(self):
        return self._base

    def GetInputContext(self):
        return None

    def SetParamEntityParsing(self, flag):
        return 1

    def UseForeignDTD(self, flag=True):
        pass

    def ExternalEntityParserCreate(self, context, encoding=None):
        raise NotImplementedError("ferropy's pyexpat does not parse external entities")

    def ParseFile(self, file):
        while True:
            data = file.read(self.buffer_size if self.buffer_size > 0 else 8192)
            if not data:
                break
            self.Parse(data, False)
        return self.Parse(b"", True)

    def Parse(self, data, isfinal=False):
        if self._finished:
            raise self._make_error(36, self._event)
        if isinstance(data, str):
            data = data.encode("utf-8")
            if self._decoder is None:
                self._encoding = "utf-8"
        else:
            data = bytes(data)
        self._bytes += data
        if self._decoder is None and not self._choose_encoding(isfinal):
            return 1
        text = self._decoder.decode(self._bytes, isfinal)
        self._byte_index += len(self._bytes)
        self._bytes = b""
        self._text += text
        try:
            self._parse(isfinal)
        except _Stop as stop:
            line, column = self._position(stop.at)
            self._finished = True
            raise self._make_error(stop.code, (line, column))
        if isfinal:
            self._finished = True
        return 1

    def _make_error(self, code, position):
        line, column = position
        self.ErrorCode = code
        self.ErrorLineNumber = line
        self.ErrorColumnNumber = column
        err = ExpatError(f"{_MESSAGES[code]}: line {line}, column {column}")
        err.code = code
        err.lineno = line
        err.offset = column
        return err

    # -- encodings ---------------------------------------------------------

    def _choose_encoding(self, isfinal):
        """Picks the decoder once the start of the input tells the
        encoding; False while it cannot yet."""
        data = self._bytes
        encoding = self._encoding
        if encoding is None:
            if data.startswith(_codecs.BOM_UTF8):
                encoding = "utf-8-sig"
            elif data.startswith(_codecs.BOM_UTF16_LE) or data.startswith(_codecs.BOM_UTF16_BE):
                encoding = "utf-16"
            elif data.startswith(b"<?xml"):
                end = data.find(b"?>")
                if end < 0 and not isfinal:
                    return False
                match = _re.search(rb"""encoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']""", data[:end])
                encoding = match.group(1).decode("ascii") if match else "utf-8"
            elif len(data) < 5 and not isfinal and b"<?xml".startswith(data):
                return False
            else:
                encoding = "utf-8"
        try:
            self._decoder = _codecs.getincrementaldecoder(encoding)("strict")
        except LookupError:
            self._finished = True
            raise self._make_error(18, (1, 0)) from None
        return True

    # -- the tokenizer -----------------------------------------------------

    def _parse(self, final):
        text = self._text
        if "\r" in text:
            # Line ends read as \n; a trailing \r waits for its \n.
            keep_cr = text.endswith("\r") and not final
            if keep_cr:
                text = text[:-1]
            text = text.replace("\r\n", "\n").replace("\r", "\n")
            if keep_cr:
                text += "\r"
            self._text = text
        i = 0
        n = len(text)
        while i < n:
            if text[i] == "\r":
                break
            if text[i] != "<":
                end = text.find("<", i)
                if end < 0:
                    if not final:
                        break
                    end = n
                self._character_data(i, end)
                i = end
                continue
            end = self._markup(i, final)
            if end is None:
                break
            i = end
        self._advance(i)
        if final:
            if self._text:
                self._fail(5, 0)
            if not self._root_seen:
                self._fail(3, 0)
            if self._stack:
                self._fail(3, 0)

    def _set_event(self, i):
        self._event = self._position(i)

    def _markup(self, i, final):
        """Handles the markup at self._text[i]; returns where it ends, or
        None when it is incomplete and more input may come."""
        text = self._text
        if text.startswith("<!--", i):
            end = text.find("-->", i + 4)
            if end < 0:
                return self._incomplete(i, final, 5)
            body = text[i + 4:end]
            dash = body.find("--")
            if dash >= 0:
                self._fail(4, i + 4 + dash + 2)
            if body.endswith("-"):
                self._fail(4, i + 4 + len(body) + 1)
            self._started = True
            self._set_event(i)
            self._call("CommentHandler", body)
            return end + 3
        if text.startswith("<![CDATA[", i):
            if not self._stack:
                self._fail(4 if self._root_seen else 2, i)
            end = text.find("]]>", i + 9)
            if end < 0:
                return self._incomplete(len(text), final, 20)
            self._set_event(i)
            self._call("StartCdataSectionHandler")
            if end > i + 9:
                self._call("CharacterDataHandler", text[i + 9:end])
            self._call("EndCdataSectionHandler")
            return end + 3
        if text.startswith("<!DOCTYPE", i):
            return self._doctype(i, final)
        if text.startswith("<?", i):
            end = text.find("?>", i + 2)
            if end < 0:
                return self._incomplete(i, final, 5)
            return self._processing_instruction(i, end)
        if text.startswith("</", i):
            return self._end_tag(i, final)
        if text.startswith("<!", i):
            if len(text) - i < 9 and not final:
                return None
            self._fail(4 if self._root_seen or self._started else 2, i + 1)
        return self._start_tag(i, final)

    def _incomplete(self, at, final, code):
        if not final:
            return None
        self._fail(code, at)

    def _character_data(self, start, end):
        text = self._text
        piece = text[start:end]
        if not self._stack:
            stripped = piece.lstrip(" \t\n")
            if stripped:
                # Outside the root, expat reads a name run right before
                # markup as a bad token there; other text is a syntax
                # error (junk, after the root) where it starts.
                at = start + len(piece) - len(stripped)
                run = _NAME_RUN.match(text, at).end()
                if run == end and end < len(text):
                    self._fail(4, run)
                self._fail(9 if self._root_closed else 2, at)
            return
        if "]]>" in piece:
            self._fail(4, start + piece.index("]]>") + 2)
        if "&" in piece:
            piece = self._expand(piece, start)
        self._set_event(start)
        if piece:
            self._call("CharacterDataHandler", piece)

    def _expand(self, piece, start, in_attribute=False):
        """Entity and character references replaced in text or an
        attribute value; `start` is where piece is in self._text."""
        out = []
        i = 0
        while True:
            amp = piece.find("&", i)
            if amp < 0:
                out.append(piece[i:])
                return "".join(out)
            out.append(piece[i:amp])
            at = start + amp
            semicolon = piece.find(";", amp)
            match = _CHAR_REF.match(piece, amp)
            if match:
                value = int(match.group(1)) if match.group(1) else int(match.group(2), 16)
                if not _is_xml_char(value):
                    self._fail(14, at)
                out.append(chr(value))
                i = match.end()
                continue
            name = _NAME.match(piece, amp + 1)
            if name is None or semicolon != name.end():
                bad = name.end() if name else amp + 1
                self._fail(4, start + bad)
            entity = name.group()
            if entity in _PREDEFINED:
                out.append(_PREDEFINED[entity])
            elif entity in self._entities:
                out.append(self._entities[entity])
            else:
                self._fail(11, at)
            i = semicolon + 1

    def _processing_instruction(self, i, end):
        text = self._text
        target = _NAME.match(text, i + 2)
        if target is None:
            self._fail(4, i + 2)
        name = target.group()
        rest = text[target.end():end]
        if rest and rest[0] not in " \t\n":
            self._fail(4, target.end())
        data = rest.lstrip(" \t\n")
        if name.lower() == "xml":
            if i != 0 or self._consumed != 0 or name != "xml":
                self._fail(17, i)
            self._xml_declaration(data, target.end())
            self._started = True
            return end + 2
        self._started = True
        self._set_event(i)
        self._call("ProcessingInstructionHandler", name, data)
        return end + 2

    def _xml_declaration(self, data, at):
        pattern = _re.compile(r"""version\s*=\s*(["'])([-A-Za-z0-9_.:]+)\1"""
                              r"""(?:\s+encoding\s*=\s*(["'])([A-Za-z][-A-Za-z0-9._]*)\3)?"""
                              r"""(?:\s+standalone\s*=\s*(["'])(yes|no)\5)?\s*$""")
        match = pattern.match(data)
        if match is None:
            self._fail(30, at + 1 + (len(self._text[at:]) - len(self._text[at:].lstrip(" \t\n")) - 1))
        standalone = {"yes": 1, "no": 0}.get(match.group(6), -1)
        self._set_event(0)
        self._call("XmlDeclHandler", match.group(2), match.group(4), standalone)

    def _doctype(self, i, final):
        text = self._text
        if self._root_seen:
            self._fail(9 if self._root_closed else 4, i)
        # The end: the first '>' outside quotes and the internal subset.
        j = i + 9
        quote = None
        depth = 0
        n = len(text)
        while j < n:
            c = text[j]
            if quote:
                if c == quote:
                    quote = None
            elif c in "\"'":
                quote = c
            elif c == "[":
                depth += 1
            elif c == "]":
                depth -= 1
            elif c == ">" and depth == 0:
                break
            j += 1
        if j >= n:
            return self._incomplete(i, final, 5)
        body = text[i + 9:j]
        match = _re.match(r"""\s+([^\s\[>]+)\s*(?:(SYSTEM)\s+(["'])(.*?)\3|(PUBLIC)\s+(["'])(.*?)\6\s+(["'])(.*?)\8)?"""
                          r"""\s*(\[(.*)\])?\s*$""", body, _re.S)
        if match is None:
            self._fail(2, i)
        name = match.group(1)
        system_id = match.group(4) if match.group(2) else match.group(9)
        public_id = match.group(7) if match.group(5) else None
        subset = match.group(11)
        self._started = True
        self._set_event(i)
        self._call("StartDoctypeDeclHandler", name, system_id, public_id, 1 if subset is not None else 0)
        if subset:
            for m in _re.finditer(r"""<!ENTITY\s+(%\s+)?([^\s]+)\s+(?:(["'])(.*?)\3|(SYSTEM|PUBLIC)[^>]*)\s*>""",
                                  subset, _re.S):
                if m.group(1) or m.group(4) is None:
                    continue
                value = _CHAR_REF.sub(lambda r: chr(int(r.group(1)) if r.group(1) else int(r.group(2), 16)),
                                      m.group(4))
                if "<" in value or "&" in value.replace("&lt;", "").replace("&amp;", ""):
                    raise NotImplementedError("ferropy's pyexpat does not expand entities holding markup")
                value = value.replace("&lt;", "<").replace("&amp;", "&")
                self._entities.setdefault(m.group(2), value)
                self._call("EntityDeclHandler", m.group(2), 0, value, self._base, None, None, None)
        self._call("EndDoctypeDeclHandler")
        return j + 1

    def _start_tag(self, i, final):
        text = self._text
        if self._root_closed:
            self._fail(9, i)
        name = _NAME.match(text, i + 1)
        if name is None:
            if i + 1 >= len(text):
                return self._incomplete(i, final, 5)
            self._fail(4, i + 1)
        j = name.end()
        attributes = []
        seen = set()
        n = len(text)
        while True:
            space = _SPACE.match(text, j).end()
            if space >= n:
                return self._incomplete(i, final, 5)
            c = text[space]
            if c == ">" or text.startswith("/>", space):
                end = space + (1 if c == ">" else 2)
                empty = c == "/"
                break
            if c == "/":
                if space + 1 >= n:
                    return self._incomplete(i, final, 5)
                self._fail(4, space + 1)
            if space == j:
                self._fail(4, j)
            attr = _NAME.match(text, space)
            if attr is None:
                self._fail(4, space)
            k = _SPACE.match(text, attr.end()).end()
            if k >= n:
                return self._incomplete(i, final, 5)
            if text[k] != "=":
                self._fail(4, k)
            k = _SPACE.match(text, k + 1).end()
            if k >= n:
                return self._incomplete(i, final, 5)
            quote = text[k]
            if quote not in "\"'":
                self._fail(4, k)
            close = text.find(quote, k + 1)
            if close < 0:
                return self._incomplete(i, final, 5)
            raw = text[k + 1:close]
            lt = raw.find("<")
            if lt >= 0:
                self._fail(4, k + 1 + lt)
            if attr.group() in seen:
                self._fail(8, space)
            seen.add(attr.group())
            value = raw.replace("\t", " ").replace("\n", " ")
            if "&" in value:
                value = self._expand(value, k + 1, True)
            attributes.append((attr.group(), value))
            j = close + 1
        self._root_seen = True
        self._started = True
        self._set_event(i)
        self._open(name.group(), attributes, i)
        if empty:
            self._close(name.group())
        return end

    def _end_tag(self, i, final):
        text = self._text
        name = _NAME.match(text, i + 2)
        if name is None:
            if i + 2 >= len(text):
                return self._incomplete(i, final, 5)
            self._fail(4, i + 2)
        end = _SPACE.match(text, name.end()).end()
        if end >= len(text):
            return self._incomplete(i, final, 5)
        if text[end] != ">":
            self._fail(4, end)
        if not self._stack:
            self._fail(9 if self._root_closed else 4, i + 1 if not self._root_closed else i)
        if self._stack[-1][0] != name.group():
            self._fail(7, i + 2)
        self._set_event(i)
        self._close(name.group())
        return end + 1

    # -- elements and namespaces --------------------------------------------

    def _open(self, name, attributes, at):
        raw = name
        declared = []
        if self._separator is not None:
            scope = dict(self._scopes[-1])
            plain = []
            for key, value in attributes:
                if key == "xmlns" or key.startswith("xmlns:"):
                    prefix = key[6:] or None
                    scope[prefix] = value
                    declared.append((prefix, value))
                else:
                    plain.append((key, value))
            self._scopes.append(scope)
            for prefix, uri in declared:
                self._call("StartNamespaceDeclHandler", prefix, uri or None)
            name = self._qualify(name, scope, True, at)
            attributes = [(self._qualify(key, scope, False, at), value) for key, value in plain]
        self._stack.append((raw, declared))
        handler = self.StartElementHandler
        if handler is not None:
            if self.ordered_attributes:
                flat = []
                for key, value in attributes:
                    flat += [key, value]
                handler(name, flat)
            else:
                handler(name, dict(attributes))

    def _qualify(self, raw, scope, is_element, at):
        prefix, colon, local = raw.partition(":")
        if not colon:
            uri = scope.get(None) if is_element else None
            if not uri:
                return raw
            prefix, local = None, raw
        else:
            uri = scope.get(prefix)
            if uri is None:
                self._fail(27, at)
        name = uri + self._separator + local
        if self.namespace_prefixes and prefix:
            name += self._separator + prefix
        return name

    def _close(self, name):
        raw, declared = self._stack.pop()
        shown = name
        if self._separator is not None:
            shown = self._qualify(name, self._scopes[-1], True, 0)
            self._scopes.pop()
        self._call("EndElementHandler", shown)
        for prefix, _ in reversed(declared):
            self._call("EndNamespaceDeclHandler", prefix)
        if not self._stack:
            self._root_closed = True

    def _call(self, handler_name, *args):
        handler = getattr(self, handler_name)
        if handler is not None:
            handler(*args)


def _is_xml_char(n):
    return n in (0x9, 0xA, 0xD) or 0x20 <= n <= 0xD7FF or 0xE000 <= n <= 0xFFFD or 0x10000 <= n <= 0x10FFFF


def ParserCreate(encoding=None, namespace_separator=None, intern=None):
    """A new XML parser."""
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError(f"ParserCreate() argument 'encoding' must be str or None, not {type(encoding).__name__}")
    if namespace_separator is not None:
        if not isinstance(namespace_separator, str):
            raise TypeError("ParserCreate() argument 'namespace_separator' must be str or None, not "
                            f"{type(namespace_separator).__name__}")
        if len(namespace_separator) > 1:
            raise ValueError("namespace_separator must be at most one character, omitted, or None")
    return XMLParserType(encoding, namespace_separator, intern)


_sys.modules.setdefault("pyexpat.errors", errors)
_sys.modules.setdefault("pyexpat.model", model)
