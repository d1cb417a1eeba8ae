"""CSV files: reader and writer with dialects (excel, excel-tab, unix),
DictReader and DictWriter, as CPython's csv module reads and writes
them."""

import re
from io import StringIO
from types import GenericAlias as _GenericAlias

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect", "excel",
           "excel_tab", "field_size_limit", "reader", "writer", "register_dialect", "get_dialect",
           "list_dialects", "Sniffer", "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


Error.__module__ = "_csv"

_field_limit = 128 * 1024
_dialects = {}


def field_size_limit(*args):
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


class Dialect:
    """The parameters of a CSV format; subclass it to describe one."""

    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        _validated(self)


class excel(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = "\t"


class unix_dialect(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


class _Params:
    """A checked, complete set of dialect parameters."""

    def __init__(self, delimiter, quotechar, escapechar, doublequote, skipinitialspace, lineterminator,
                 quoting, strict):
        self.delimiter = delimiter
        self.quotechar = quotechar
        self.escapechar = escapechar
        self.doublequote = doublequote
        self.skipinitialspace = skipinitialspace
        self.lineterminator = lineterminator
        self.quoting = quoting
        self.strict = strict


def _char(name, value, allow_none):
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        if allow_none:
            raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__))
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


def _validated(dialect=None, **fmtparams):
    def pick(name, default):
        if name in fmtparams:
            return fmtparams[name]
        value = getattr(dialect, name, None) if dialect is not None else None
        return default if value is None else value
    unknown = set(fmtparams) - {"delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace",
                                "lineterminator", "quoting", "strict"}
    if unknown:
        raise TypeError("'%s' is an invalid keyword argument for this function" % sorted(unknown)[0])
    quoting = pick("quoting", QUOTE_MINIMAL)
    if not isinstance(quoting, int) or quoting not in (0, 1, 2, 3):
        raise TypeError("bad \"quoting\" value")
    delimiter = _char("delimiter", pick("delimiter", ","), False)
    if "quotechar" in fmtparams:
        quotechar = fmtparams["quotechar"]
    else:
        quotechar = getattr(dialect, "quotechar", '"') if dialect is not None else '"'
    quotechar = _char("quotechar", quotechar, True)
    if quotechar is None and quoting != QUOTE_NONE:
        raise TypeError("quotechar must be set if quoting enabled")
    escapechar = fmtparams.get("escapechar", getattr(dialect, "escapechar", None))
    escapechar = _char("escapechar", escapechar, True)
    lineterminator = pick("lineterminator", "\r\n")
    if not isinstance(lineterminator, str):
        raise TypeError('"lineterminator" must be a string')
    return _Params(delimiter, quotechar, escapechar, bool(pick("doublequote", True)),
                   bool(pick("skipinitialspace", False)), lineterminator, quoting, bool(pick("strict", False)))


def _dialect_of(dialect, fmtparams):
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    return _validated(dialect, **fmtparams)


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    _dialects[name] = _validated(dialect, **fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)

# Reader states.
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, _ESCAPE_IN_QUOTED_FIELD,
 _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)


class _Reader:
    """Reads records from an iterable of lines (a record may span lines
    inside quotes)."""

    def __init__(self, lines, dialect):
        self._lines = iter(lines)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self.dialect
        fields = []
        field = []
        state = _START_RECORD
        numeric = False

        def save():
            nonlocal field, numeric
            text = "".join(field)
            field = []
            if numeric:
                numeric = False
                fields.append(float(text))
            else:
                fields.append(text)

        def add(c):
            if len(field) >= _field_limit:
                raise Error("field larger than field limit (%d)" % _field_limit)
            field.append(c)

        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if field or state == _IN_QUOTED_FIELD:
                    if d.strict:
                        raise Error("unexpected end of data")
                    save()
                    return fields
                if state not in (_START_RECORD, _EAT_CRNL) and (fields or state != _START_RECORD):
                    save()
                    return fields
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s (the file should be opened in "
                            "text mode)" % type(line).__name__)
            self.line_num += 1
            for c in line:
                if state == _START_RECORD:
                    if c in "\n\r":
                        state = _EAT_CRNL
                        continue
                    state = _START_FIELD
                if state == _START_FIELD:
                    if c in "\n\r":
                        save()
                        state = _EAT_CRNL
                    elif c == d.quotechar and d.quoting != QUOTE_NONE:
                        state = _IN_QUOTED_FIELD
                    elif c == d.escapechar:
                        state = _ESCAPED_CHAR
                    elif c == " " and d.skipinitialspace:
                        pass
                    elif c == d.delimiter:
                        save()
                    else:
                        if d.quoting == QUOTE_NONNUMERIC:
                            numeric = True
                        add(c)
                        state = _IN_FIELD
                elif state == _ESCAPED_CHAR:
                    if c in "\n\r":
                        add(c)
                        state = _AFTER_ESCAPED_CRNL
                        continue
                    add(c)
                    state = _IN_FIELD
                elif state == _AFTER_ESCAPED_CRNL:
                    if c in "\n\r":
                        continue
                    state = _IN_FIELD
                    if c == d.escapechar:
                        state = _ESCAPED_CHAR
                    elif c == d.delimiter:
                        save()
                        state = _START_FIELD
                    else:
                        add(c)
                elif state == _IN_FIELD:
                    if c in "\n\r":
                        save()
                        state = _EAT_CRNL
                    elif c == d.escapechar:
                        state = _ESCAPED_CHAR
                    elif c == d.delimiter:
                        save()
                        state = _START_FIELD
                    else:
                        add(c)
                elif state == _IN_QUOTED_FIELD:
                    if c == d.escapechar:
                        state = _ESCAPE_IN_QUOTED_FIELD
                    elif c == d.quotechar and d.quoting != QUOTE_NONE:
                        state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
                    else:
                        add(c)
                elif state == _ESCAPE_IN_QUOTED_FIELD:
                    add(c)
                    state = _IN_QUOTED_FIELD
                elif state == _QUOTE_IN_QUOTED_FIELD:
                    if d.quoting != QUOTE_NONE and c == d.quotechar:
                        add(c)
                        state = _IN_QUOTED_FIELD
                    elif c == d.delimiter:
                        save()
                        state = _START_FIELD
                    elif c in "\n\r":
                        save()
                        state = _EAT_CRNL
                    elif not d.strict:
                        add(c)
                        state = _IN_FIELD
                    else:
                        raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))
                elif state == _EAT_CRNL:
                    if c not in "\n\r":
                        raise Error("new-line character seen in unquoted field - do you need to open the "
                                    "file in universal-newline mode?")
            # End of a line.
            if state in (_IN_QUOTED_FIELD, _ESCAPED_CHAR, _ESCAPE_IN_QUOTED_FIELD, _AFTER_ESCAPED_CRNL):
                if state == _ESCAPED_CHAR:
                    add("\n")
                    state = _IN_FIELD
                continue
            if state == _START_RECORD:
                return []
            if state in (_START_FIELD, _IN_FIELD, _QUOTE_IN_QUOTED_FIELD):
                save()
            return fields


def reader(csvfile, dialect="excel", **fmtparams):
    return _Reader(csvfile, _dialect_of(dialect, fmtparams))


class _Writer:
    def __init__(self, fileobj, dialect):
        if not hasattr(fileobj, "write"):
            raise TypeError('argument 1 must have a "write" method')
        self._write = fileobj.write
        self.dialect = dialect

    def _field(self, value, only_field):
        d = self.dialect
        if value is None:
            text = ""
        elif isinstance(value, float):
            text = repr(value)
        else:
            text = str(value)
        if d.quoting == QUOTE_ALL:
            quoted = True
        elif d.quoting == QUOTE_NONNUMERIC:
            quoted = not isinstance(value, (int, float, complex)) or isinstance(value, bool) and False
        else:
            quoted = False
        if only_field and text == "":
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            quoted = True
        special = d.delimiter + (d.quotechar or "") + (d.escapechar or "") + "\n\r" + d.lineterminator
        out = []
        for c in text:
            if c in special:
                if d.quoting == QUOTE_NONE:
                    if c == d.escapechar or c in (d.delimiter, d.quotechar) or c in "\n\r" or \
                            c in d.lineterminator:
                        if d.escapechar is None:
                            raise Error("need to escape, but no escapechar set")
                        out.append(d.escapechar)
                elif c == d.quotechar:
                    if d.doublequote:
                        out.append(d.quotechar)
                        quoted = True
                    elif d.escapechar is not None:
                        out.append(d.escapechar)
                    else:
                        raise Error("need to escape, but no escapechar set")
                elif c == d.escapechar:
                    out.append(d.escapechar)
                else:
                    quoted = True
            out.append(c)
        text = "".join(out)
        if quoted:
            return d.quotechar + text + d.quotechar
        return text

    def writerow(self, row):
        try:
            items = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        line = self.dialect.delimiter.join(self._field(v, len(items) == 1) for v in items)
        return self._write(line + self.dialect.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect="excel", **fmtparams):
    return _Writer(csvfile, _dialect_of(dialect, fmtparams))


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d

    __class_getitem__ = classmethod(_GenericAlias)


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: " +
                                 ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))

    __class_getitem__ = classmethod(_GenericAlias)


class Sniffer:
    def __init__(self):
        raise NotImplementedError("csv.Sniffer is not supported by ferropy yet")
