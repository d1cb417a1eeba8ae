"""Parsing of time text by format: what time.strptime and
datetime.strptime call.

A format becomes one regular expression, each directive a named group
(C-locale names: English months and weekdays, AM/PM). The fields found
are then completed the way CPython completes them: a missing year is
1900, a day of the year or a week number plus weekday fixes the date,
and the weekday and day of the year are computed from the date.
"""

import calendar
import datetime as _datetime_module
import re
import time

__all__ = []

_MONTHS = [m.lower() for m in calendar.month_name[1:]]
_MONTHS_ABBR = [m.lower() for m in calendar.month_abbr[1:]]
_DAYS = [d.lower() for d in calendar.day_name]
_DAYS_ABBR = [d.lower() for d in calendar.day_abbr]


def _alternatives(words):
    # Longest first, so that "sept" is not cut to "sep".
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _timezone_names():
    names = {"utc", "gmt"}
    names.update(n.lower() for n in time.tzname if n)
    return names


_PATTERNS = {
    "d": r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"(?P<f>[0-9]{1,6})",
    "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    "G": r"(?P<G>\d\d\d\d)",
    "j": r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "M": r"(?P<M>[0-5]\d|\d)",
    "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "U": r"(?P<U>5[0-3]|[0-4]\d|\d)",
    "w": r"(?P<w>[0-6])",
    "u": r"(?P<u>[1-7])",
    "V": r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    "y": r"(?P<y>\d\d)",
    "Y": r"(?P<Y>\d\d\d\d)",
    "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    "A": "(?P<A>" + _alternatives(_DAYS) + ")",
    "a": "(?P<a>" + _alternatives(_DAYS_ABBR) + ")",
    "B": "(?P<B>" + _alternatives(_MONTHS) + ")",
    "b": "(?P<b>" + _alternatives(_MONTHS_ABBR) + ")",
    "p": "(?P<p>am|pm)",
    "%": "%",
}
_PATTERNS["W"] = _PATTERNS["U"].replace("U", "W")
# The C locale's composite directives.
_COMPOSITE = {
    "c": "%a %b %d %H:%M:%S %Y",
    "x": "%m/%d/%y",
    "X": "%H:%M:%S",
    "D": "%m/%d/%y",
    "T": "%H:%M:%S",
    "R": "%H:%M",
    "r": "%I:%M:%S %p",
    "e": "%d",
}

_cache = {}


def _compile(format):
    regex = _cache.get(format)
    if regex is not None:
        return regex
    parts = []
    i = 0
    # Whitespace in the format matches any run of whitespace.
    text = format
    while i < len(text):
        ch = text[i]
        if ch != "%":
            parts.append(r"\s+" if ch.isspace() else re.escape(ch))
            i += 1
            continue
        if i + 1 >= len(text):
            raise ValueError("stray %% in format '%s'" % format)
        directive = text[i + 1]
        i += 2
        if directive in _COMPOSITE:
            text = text[:i] + _COMPOSITE[directive] + text[i:]
            continue
        if directive == "Z":
            parts.append("(?P<Z>" + _alternatives(_timezone_names()) + ")")
            continue
        pattern = _PATTERNS.get(directive)
        if pattern is None:
            if directive == "\\":
                raise ValueError("'%s' is a bad directive in format '%s'" % ("%\\", format))
            raise ValueError("'%s' is a bad directive in format '%s'" % (directive, format))
        parts.append(pattern)
    regex = re.compile("".join(parts), re.IGNORECASE)
    if len(_cache) > 100:
        _cache.clear()
    _cache[format] = regex
    return regex


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """(time tuple fields, fraction in microseconds, UTC offset) of data_string."""
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            msg = "strptime() argument {} must be str, not {}"
            raise TypeError(msg.format(index, type(arg)))
    regex = _compile(format)
    found = regex.match(data_string)
    if not found:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])

    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = week_of_year = None
    week_of_year_start = None
    weekday = julian = None
    fields = found.groupdict()
    for key, value in fields.items():
        if value is None:
            continue
        if key == "y":
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif key == "Y":
            year = int(value)
        elif key == "G":
            iso_year = int(value)
        elif key == "m":
            month = int(value)
        elif key == "B":
            month = _MONTHS.index(value.lower()) + 1
        elif key == "b":
            month = _MONTHS_ABBR.index(value.lower()) + 1
        elif key == "d":
            day = int(value)
        elif key == "H":
            hour = int(value)
        elif key == "I":
            hour = int(value)
            ampm = (fields.get("p") or "").lower()
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif ampm == "pm" and hour != 12:
                hour += 12
        elif key == "M":
            minute = int(value)
        elif key == "S":
            second = int(value)
        elif key == "f":
            fraction = int(value + "0" * (6 - len(value)))
        elif key == "A":
            weekday = _DAYS.index(value.lower())
        elif key == "a":
            weekday = _DAYS_ABBR.index(value.lower())
        elif key == "w":
            weekday = int(value)
            weekday = 6 if weekday == 0 else weekday - 1
        elif key == "u":
            weekday = int(value) - 1
        elif key == "j":
            julian = int(value)
        elif key in ("U", "W"):
            week_of_year = int(value)
            week_of_year_start = 6 if key == "U" else 0
        elif key == "V":
            iso_week = int(value)
        elif key == "z":
            if value == "Z":
                gmtoff = 0
            else:
                if value[3] == ":":
                    value = value[:3] + value[4:]
                    if len(value) > 5:
                        if value[5] != ":":
                            raise ValueError(f"Inconsistent use of : in {fields['z']}")
                        value = value[:5] + value[6:]
                hours = int(value[1:3])
                minutes = int(value[3:5])
                seconds = int(value[5:7] or 0)
                gmtoff = (hours * 60 * 60) + (minutes * 60) + seconds
                rest = value[8:]
                gmtoff_fraction = int(rest + "0" * (6 - len(rest))) if rest else 0
                if value.startswith("-"):
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
        elif key == "Z":
            name = value.lower()
            if name in ("utc", "gmt"):
                tz = 0
            elif time.daylight and len(time.tzname) > 1 and name == time.tzname[1].lower() \
                    and time.tzname[0].lower() != time.tzname[1].lower():
                tz = 1
            elif name == time.tzname[0].lower():
                tz = 0

    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")

    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904  # a leap year, so that Feb 29 exists
        leap_year_fix = True
    elif year is None:
        year = 1900

    if julian is None and weekday is not None:
        if week_of_year is not None:
            julian = _julian_from_week(year, week_of_year, weekday, week_of_year_start == 0)
        elif iso_year is not None and iso_week is not None:
            # Counted from the ISO year's January 1st, as CPython does
            # (so it can exceed 366).
            date = _datetime_module.date.fromisocalendar(iso_year, iso_week, weekday + 1)
            year = iso_year
            julian = date.toordinal() - _datetime_module.date(year, 1, 1).toordinal() + 1
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if calendar.isleap(year) else 365

    if julian is None:
        julian = _datetime_module.date(year, month, day).toordinal() - \
            _datetime_module.date(year, 1, 1).toordinal() + 1
    else:
        date = _datetime_module.date.fromordinal((julian - 1) + _datetime_module.date(year, 1, 1).toordinal())
        year, month, day = date.year, date.month, date.day
    if weekday is None:
        weekday = _datetime_module.date(year, month, day).weekday()
    tzname = fields.get("Z")
    if leap_year_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, tz, tzname, gmtoff),
            fraction, gmtoff_fraction)


def _julian_from_week(year, week_of_year, day_of_week, week_starts_monday):
    first_weekday = _datetime_module.date(year, 1, 1).weekday()
    if not week_starts_monday:
        first_weekday = (first_weekday + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first_weekday
    days_to_week = week_0_length + (7 * (week_of_year - 1))
    return 1 + days_to_week + day_of_week


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime: a struct_time."""
    tt = _strptime(data_string, format)[0]
    # ferropy's struct_time has the nine sequence fields only (no
    # tm_zone/tm_gmtoff yet).
    return time.struct_time(tt[:9])


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    """datetime.strptime (and date/time via cls): an instance of cls."""
    tt, fraction, gmtoff_fraction = _strptime(data_string, format)
    tzname, gmtoff = tt[-2:]
    args = tt[:6] + (fraction,)
    if gmtoff is not None:
        tzdelta = _datetime_module.timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        if tzname:
            tz = _datetime_module.timezone(tzdelta, tzname)
        else:
            tz = _datetime_module.timezone(tzdelta)
        args += (tz,)
    return cls(*args)
