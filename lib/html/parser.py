"""html.parser: a tolerant HTML tokenizer that calls a handler method for
each start tag, end tag, run of text, comment, declaration and processing
instruction it meets.

Text fed in pieces is kept in `rawdata` until what it holds is complete:
a tag whose '>' has not arrived, or (with convert_charrefs) text that
may end in half a character reference, waits for the next feed() or for
close(). Inside <script> and <style> everything up to the matching end
tag is text.
"""

import re
from html import unescape

__all__ = ["HTMLParser"]

# A start tag: '<', a letter, then anything up to a '>' outside quotes.
_START_TAG_OPEN = re.compile("<[a-zA-Z]")
_TAG_NAME = re.compile(r"([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*")
_ATTRIBUTE = re.compile(
    r"((?<=[\'\"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*"
    r"(\'[^\']*\'|\"[^\"]*\"|(?![\'\"])[^>\s]*))?(?:\s|/(?!>))*")
_START_TAG_END = re.compile(r"""
  <[a-zA-Z][^\t\n\r\f />\x00]*       # tag name
  (?:[\s/]*                          # optional whitespace before attribute name
    (?:(?<=['"\s/])[^\s/>][^\s/=>]*  # attribute name
      (?:\s*=+\s*                    # value indicator
        (?:'[^']*'                   # LITA-enclosed value
          |"[^"]*"                   # LIT-enclosed value
          |(?!['"])[^>\s]*           # bare value
         )
        \s*                          # possibly followed by a space
       )?(?:\s|/(?!>))*
     )*
   )?
  \s*                                # trailing whitespace
""", re.VERBOSE)
_END_TAG_END = re.compile(">")
_END_TAG = re.compile(r"</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>")
_CHARREF = re.compile("&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]")
_ENTITYREF = re.compile("&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]")
_INCOMPLETE = re.compile("&[a-zA-Z#]")
_COMMENT_CLOSE = re.compile(r"--\s*>")
_DECL_NAME = re.compile(r"[a-zA-Z][-_.a-zA-Z0-9]*\s*")
_DECL_STRING = re.compile(r"(\'[^\']*\'|\"[^\"]*\")\s*")
_MARKED_SECTION_CLOSE = re.compile(r"]\s*]\s*>")
_MS_MARKED_SECTION_CLOSE = re.compile(r"]\s*>")
_AMP_OR_LT = re.compile("[&<]")
_CHARREF_END = re.compile(r"[\s;]")


class HTMLParser:
    """Override the handle_* methods to act on what is found; call feed()
    with text and close() at the end."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        self.rawdata = ""
        self.lasttag = "???"
        self.interesting = _AMP_OR_LT
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0

    def feed(self, data):
        self.rawdata = self.rawdata + data
        self.goahead(False)

    def close(self):
        self.goahead(True)

    __starttag_text = None

    def get_starttag_text(self):
        return self.__starttag_text

    def getpos(self):
        return self.lineno, self.offset

    def updatepos(self, i, j):
        """Moves the (line, offset) position over rawdata[i:j]."""
        if i >= j:
            return j
        newlines = self.rawdata.count("\n", i, j)
        if newlines:
            self.lineno += newlines
            self.offset = j - (self.rawdata.rindex("\n", i, j) + 1)
        else:
            self.offset += j - i
        return j

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        self.interesting = re.compile(r"</\s*%s\s*>" % self.cdata_elem, re.I)

    def clear_cdata_mode(self):
        self.interesting = _AMP_OR_LT
        self.cdata_elem = None

    def _text(self, text):
        if self.convert_charrefs and not self.cdata_elem:
            text = unescape(text)
        self.handle_data(text)

    def _text_end(self, i, n):
        """Where the text starting at i ends: the next markup, or None when
        the rest must wait for more input."""
        rawdata = self.rawdata
        if self.convert_charrefs and not self.cdata_elem:
            j = rawdata.find("<", i)
            if j >= 0:
                return j
            # No markup ahead: hold the text back if it may end in half a
            # character reference.
            amp = rawdata.rfind("&", max(i, n - 34))
            if amp >= 0 and not _CHARREF_END.search(rawdata, amp):
                return None
            return n
        match = self.interesting.search(rawdata, i)
        if match:
            return match.start()
        if self.cdata_elem:
            return None
        return n

    def goahead(self, end):
        """Handles everything complete in rawdata (everything, at the end)."""
        rawdata = self.rawdata
        i = 0
        n = len(rawdata)
        while i < n:
            j = self._text_end(i, n)
            if j is None:
                break
            if i < j:
                self._text(rawdata[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if rawdata.startswith("<", i):
                k = self._markup(i, n)
                if k is None:
                    break
                if k < 0:
                    if not end:
                        break
                    k = rawdata.find(">", i + 1)
                    if k < 0:
                        k = rawdata.find("<", i + 1)
                        if k < 0:
                            k = i + 1
                    else:
                        k += 1
                    self._text(rawdata[i:k])
                i = self.updatepos(i, k)
            elif rawdata.startswith("&#", i):
                k = self._charref(i, n, end)
                if k is None:
                    break
                i = self.updatepos(i, k)
            elif rawdata.startswith("&", i):
                k = self._entityref(i, n, end)
                if k is None:
                    break
                i = self.updatepos(i, k)
            else:
                raise AssertionError("interesting.search() lied")
        if end and i < n and not self.cdata_elem:
            self._text(rawdata[i:n])
            i = self.updatepos(i, n)
        self.rawdata = rawdata[i:]

    def _markup(self, i, n):
        """Handles the markup at i; returns where it ends, -1 when it is
        not complete, None when a lone '<' ends the input so far."""
        rawdata = self.rawdata
        if _START_TAG_OPEN.match(rawdata, i):
            return self.parse_starttag(i)
        if rawdata.startswith("</", i):
            return self.parse_endtag(i)
        if rawdata.startswith("<!--", i):
            return self.parse_comment(i)
        if rawdata.startswith("<?", i):
            return self.parse_pi(i)
        if rawdata.startswith("<!", i):
            return self.parse_html_declaration(i)
        if i + 1 < n:
            self.handle_data("<")
            return i + 1
        return None

    def _charref(self, i, n, end):
        rawdata = self.rawdata
        match = _CHARREF.match(rawdata, i)
        if match:
            name = match.group()[2:-1]
            self.handle_charref(name)
            k = match.end()
            if not rawdata.startswith(";", k - 1):
                k = k - 1
            return k
        if ";" in rawdata[i:]:
            self.handle_data(rawdata[i:i + 2])
            return i + 2
        return None

    def _entityref(self, i, n, end):
        rawdata = self.rawdata
        match = _ENTITYREF.match(rawdata, i)
        if match:
            self.handle_entityref(match.group(1))
            k = match.end()
            if not rawdata.startswith(";", k - 1):
                k = k - 1
            return k
        match = _INCOMPLETE.match(rawdata, i)
        if match:
            if end and match.group() == rawdata[i:]:
                k = match.end()
                if k <= i:
                    k = n
                return i + 1
            return None
        if i + 1 < n:
            self.handle_data("&")
            return i + 1
        return None

    # --- declarations, comments, processing instructions -----------------------

    def parse_html_declaration(self, i):
        rawdata = self.rawdata
        if rawdata[i:i + 4] == "<!--":
            return self.parse_comment(i)
        if rawdata[i:i + 3] == "<![":
            return self.parse_marked_section(i)
        if rawdata[i:i + 9].lower() == "<!doctype":
            gtpos = rawdata.find(">", i + 9)
            if gtpos == -1:
                return -1
            self.handle_decl(rawdata[i + 2:gtpos])
            return gtpos + 1
        return self.parse_bogus_comment(i)

    def parse_marked_section(self, i, report=1):
        rawdata = self.rawdata
        assert rawdata[i:i + 3] == "<![", "unexpected call to parse_marked_section()"
        name_match = _DECL_NAME.match(rawdata, i + 3)
        if name_match is None:
            return -1
        sectname = name_match.group(0).strip().lower()
        if sectname in {"temp", "cdata", "ignore", "include", "rcdata"}:
            match = _MARKED_SECTION_CLOSE.search(rawdata, i + 3)
        elif sectname in {"if", "else", "endif"}:
            match = _MS_MARKED_SECTION_CLOSE.search(rawdata, i + 3)
        else:
            raise AssertionError(f"unknown status keyword {rawdata[i + 3:i + 3 + 20]!r} in marked section")
        if not match:
            return -1
        if report:
            self.unknown_decl(rawdata[i + 3:match.start(0)])
        return match.end(0)

    def parse_comment(self, i, report=1):
        rawdata = self.rawdata
        if rawdata[i:i + 4] != "<!--":
            raise AssertionError("unexpected call to parse_comment()")
        match = _COMMENT_CLOSE.search(rawdata, i + 4)
        if not match:
            return -1
        if report:
            self.handle_comment(rawdata[i + 4:match.start(0)])
        return match.end(0)

    def parse_bogus_comment(self, i, report=1):
        rawdata = self.rawdata
        assert rawdata[i:i + 2] in ("<!", "</"), "unexpected call to parse_comment()"
        pos = rawdata.find(">", i + 2)
        if pos == -1:
            return -1
        if report:
            self.handle_comment(rawdata[i + 2:pos])
        return pos + 1

    def parse_pi(self, i):
        rawdata = self.rawdata
        assert rawdata[i:i + 2] == "<?", "unexpected call to parse_pi()"
        end = rawdata.find(">", i + 2)
        if end < 0:
            return -1
        self.handle_pi(rawdata[i + 2:end])
        return end + 1

    # --- tags -------------------------------------------------------------------

    def check_for_whole_start_tag(self, i):
        """Where the start tag at i ends; -1 when more input is needed."""
        rawdata = self.rawdata
        match = _START_TAG_END.match(rawdata, i)
        if not match:
            raise AssertionError("we should not get here!")
        j = match.end()
        nextc = rawdata[j:j + 1]
        if nextc == ">":
            return j + 1
        if nextc == "/":
            if rawdata.startswith("/>", j):
                return j + 2
            if rawdata.startswith("/", j):
                return -1
            if j > i:
                return j
            return i + 1
        if nextc == "":
            return -1
        if nextc in "abcdefghijklmnopqrstuvwxyz=/ABCDEFGHIJKLMNOPQRSTUVWXYZ":
            return -1
        if j > i:
            return j
        return i + 1

    def parse_starttag(self, i):
        self.__starttag_text = None
        endpos = self.check_for_whole_start_tag(i)
        if endpos < 0:
            return endpos
        rawdata = self.rawdata
        self.__starttag_text = rawdata[i:endpos]
        attrs = []
        match = _TAG_NAME.match(rawdata, i + 1)
        assert match, "unexpected call to parse_starttag()"
        k = match.end()
        self.lasttag = tag = match.group(1).lower()
        while k < endpos:
            m = _ATTRIBUTE.match(rawdata, k)
            if not m:
                break
            attrname, rest, attrvalue = m.group(1, 2, 3)
            if not rest:
                attrvalue = None
            elif attrvalue[:1] == "'" == attrvalue[-1:] or attrvalue[:1] == '"' == attrvalue[-1:]:
                attrvalue = attrvalue[1:-1]
            if attrvalue:
                attrvalue = unescape(attrvalue)
            attrs.append((attrname.lower(), attrvalue))
            k = m.end()
        end = rawdata[k:endpos].strip()
        if end not in (">", "/>"):
            self.handle_data(rawdata[i:endpos])
            return endpos
        if end.endswith("/>"):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return endpos

    def parse_endtag(self, i):
        rawdata = self.rawdata
        assert rawdata[i:i + 2] == "</", "unexpected call to parse_endtag"
        match = _END_TAG_END.search(rawdata, i + 1)
        if not match:
            return -1
        gtpos = match.end()
        match = _END_TAG.match(rawdata, i)
        if not match:
            if self.cdata_elem is not None:
                self.handle_data(rawdata[i:gtpos])
                return gtpos
            namematch = _TAG_NAME.match(rawdata, i + 2)
            if not namematch:
                if rawdata[i:i + 3] == "</>":
                    return i + 3
                return self.parse_bogus_comment(i)
            tagname = namematch.group(1).lower()
            gtpos = rawdata.find(">", namematch.end())
            self.handle_endtag(tagname)
            return gtpos + 1
        elem = match.group(1).lower()
        if self.cdata_elem is not None:
            if elem != self.cdata_elem:
                self.handle_data(rawdata[i:gtpos])
                return gtpos
        self.handle_endtag(elem)
        self.clear_cdata_mode()
        return gtpos

    # --- handlers (to override) -------------------------------------------------

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
