import locale


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, str(e).split(" (ferropy")[0])


print(locale.setlocale(locale.LC_ALL), locale.getlocale(), locale.getpreferredencoding(False), locale.getencoding())
print(locale.localeconv())
print(locale.setlocale(locale.LC_ALL, ""), locale.setlocale(locale.LC_NUMERIC), locale.getlocale(locale.LC_NUMERIC))
print(locale.format_string("%d %.2f %s", (1234567, 1234.5, "x"), grouping=True), locale.str(3.14159265358979))
print(locale.atof("1.5"), locale.atoi("42"), locale.delocalize("1,234.5"), locale.localize("1234.5", grouping=True))
attempt("unknown locale", lambda: locale.setlocale(locale.LC_ALL, "xx_YY.UTF-8"))
print(locale.normalize("en_US"), locale.normalize("C.UTF-8"), locale.normalize("en_US.utf8"), locale.normalize("C"))
print(locale.LC_ALL, locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE, locale.LC_MONETARY,
      locale.LC_MESSAGES, locale.CHAR_MAX)
print(locale.setlocale(locale.LC_ALL, "C"), locale.getlocale(), locale.setlocale(locale.LC_ALL, "C.UTF-8"),
      locale.getlocale())
print(locale.setlocale(locale.LC_NUMERIC, "C"), locale.setlocale(locale.LC_ALL))
print(locale.setlocale(locale.LC_ALL, "POSIX"), locale.getlocale(locale.LC_TIME))
attempt("currency", lambda: locale.currency(3.5))
attempt("getlocale LC_ALL", lambda: locale.getlocale(locale.LC_ALL))
attempt("bad category", lambda: locale.setlocale(99))
print(locale.strxfrm("b"), locale.strcoll("a", "b"), locale.strcoll("b", "a"), sorted(["b", "A", "a"], key=locale.strxfrm))
print(issubclass(locale.Error, Exception), locale.Error.__name__)
