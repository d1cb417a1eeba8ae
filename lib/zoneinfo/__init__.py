"""IANA time zones (the tz database) as datetime.tzinfo objects.

ZoneInfo("Europe/Paris") reads the compiled TZif file of that key from
the first directory of TZPATH that has it (or the `tzdata` package):
its transition times and local time types, and the POSIX TZ rule in its
footer for times after the last transition.
"""

import bisect
import calendar
import os
import re
import struct
import sys
from datetime import datetime, timedelta, timezone, tzinfo

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH", "ZoneInfoNotFoundError",
           "InvalidTZPathWarning"]

_DEFAULT_TZPATH = ("/usr/share/zoneinfo", "/usr/lib/zoneinfo", "/usr/share/lib/zoneinfo", "/etc/zoneinfo")


class ZoneInfoNotFoundError(KeyError):
    """No time zone file for the key was found."""


class InvalidTZPathWarning(RuntimeWarning):
    """A relative path in PYTHONTZPATH (it is ignored)."""


TZPATH = ()


def reset_tzpath(to=None):
    """Set TZPATH: from `to`, else PYTHONTZPATH, else the default."""
    global TZPATH
    if to is not None:
        if isinstance(to, (str, bytes)):
            raise TypeError(f"tzpaths must be a list or tuple, not {type(to)}: {to!r}")
        if not all(map(os.path.isabs, to)):
            raise ValueError("tzpaths must contain only absolute paths")
        TZPATH = tuple(to)
        return
    env = os.environ.get("PYTHONTZPATH")
    if env is not None:
        paths = [p for p in env.split(os.pathsep) if p]
        good = [p for p in paths if os.path.isabs(p)]
        if len(good) != len(paths):
            import warnings

            bad = [p for p in paths if not os.path.isabs(p)]
            warnings.warn("Invalid paths specified in PYTHONTZPATH environment variable. Paths should be "
                          f"absolute but found the following relative paths:\n    {', '.join(bad)}",
                          InvalidTZPathWarning, stacklevel=2)
        TZPATH = tuple(good)
    else:
        TZPATH = _DEFAULT_TZPATH


def _validate_key(key):
    if os.path.isabs(key):
        raise ValueError(f"ZoneInfo keys may not be absolute paths, got: {key}")
    normalized = os.path.normpath(key)
    if len(normalized) != len(key):
        raise ValueError(f"ZoneInfo keys must be normalized relative paths, got: {key}")


def _find_file(key):
    _validate_key(key)
    for directory in TZPATH:
        path = os.path.join(directory, key)
        if os.path.isfile(path):
            return open(path, "rb")
    try:
        import importlib.resources

        package, _, resource = ("tzdata.zoneinfo." + key.replace("/", ".")).rpartition(".")
        return importlib.resources.files(package).joinpath(resource).open("rb")
    except (ImportError, FileNotFoundError, UnicodeEncodeError, NotImplementedError, AttributeError, TypeError):
        raise ZoneInfoNotFoundError(f"No time zone found with key {key}") from None


def available_timezones():
    """The keys of every time zone found along TZPATH (and tzdata)."""
    valid = set()
    try:
        import importlib.resources

        with importlib.resources.files("tzdata").joinpath("zones").open("r") as f:
            for zone in f:
                zone = zone.strip()
                if zone:
                    valid.add(zone)
    except (ImportError, FileNotFoundError, NotImplementedError, AttributeError):
        pass
    for tz_root in TZPATH:
        if not os.path.exists(tz_root):
            continue
        for root, dirnames, files in os.walk(tz_root):
            if root == tz_root:
                for name in ("right", "posix"):
                    if name in dirnames:
                        dirnames.remove(name)
            for file in files:
                fpath = os.path.join(root, file)
                key = os.path.relpath(fpath, start=tz_root)
                if os.sep != "/":
                    key = key.replace(os.sep, "/")
                if not key or key in valid:
                    continue
                with open(fpath, "rb") as f:
                    if f.read(4) == b"TZif":
                        valid.add(key)
    if "posixrules" in valid:
        valid.remove("posixrules")
    return valid


# ----- TZif files ---------------------------------------------------------


def _read_tzif(fp):
    """Transition times (UTC seconds), the index of the local time type
    after each, the types (offset seconds, isdst, abbreviation), and the
    POSIX TZ footer (v2+), from a TZif file."""
    header = fp.read(44)
    if header[:4] != b"TZif":
        raise ValueError("Invalid TZif file: magic not found")
    version = header[4:5]

    def counts(h):
        return struct.unpack(">6l", h[20:44])

    isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts(header)
    time_size = 4
    if version != b"\x00":
        # Skip the v1 data block: the v2 block has 64-bit times.
        fp.read(timecnt * 5 + typecnt * 6 + charcnt + leapcnt * 8 + isstdcnt + isutcnt)
        header = fp.read(44)
        if header[:4] != b"TZif":
            raise ValueError("Invalid TZif file: second magic not found")
        isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts(header)
        time_size = 8
    fmt = ">%d%s" % (timecnt, "q" if time_size == 8 else "l")
    transitions = list(struct.unpack(fmt, fp.read(timecnt * time_size))) if timecnt else []
    indices = list(fp.read(timecnt))
    ttinfos = []
    for _ in range(typecnt):
        offset, isdst, abbrind = struct.unpack(">lbb", fp.read(6))
        ttinfos.append((offset, isdst, abbrind))
    abbrs = fp.read(charcnt)
    types = []
    for offset, isdst, abbrind in ttinfos:
        end = abbrs.find(b"\x00", abbrind)
        types.append((offset, isdst, abbrs[abbrind:end].decode()))
    fp.read(leapcnt * (time_size + 4) + isstdcnt + isutcnt)
    footer = None
    if version != b"\x00":
        rest = fp.read()
        lines = rest.split(b"\n")
        if len(lines) >= 2:
            footer = lines[1].decode()
    return transitions, indices, types, footer


class _TTInfo:
    __slots__ = ("utcoff", "dstoff", "tzname")

    def __init__(self, utcoff, dstoff, tzname):
        self.utcoff = utcoff
        self.dstoff = dstoff
        self.tzname = tzname

    def __eq__(self, other):
        return (self.utcoff, self.dstoff, self.tzname) == (other.utcoff, other.dstoff, other.tzname)


# ----- POSIX TZ rules (the footer) ----------------------------------------


# A POSIX TZ string (the footer of a TZif file): std offset [dst [offset]
# ,start[/time],end[/time]]. Names are letters, or anything alphanumeric
# (with signs) in <>; offsets are hh[:mm[:ss]] with hours up to 24,
# transition times allow hours up to 167 either way (RFC 8536). Errors
# are CPython's, naming the string as bytes.
_TZ_NAME = re.compile(r"<[A-Za-z0-9+-]+>|[A-Za-z]+")
_TZ_CLOCK = re.compile(r"([+-]?)(\d+)(?::(\d+)(?::(\d+))?)?")
_TZ_DATE = re.compile(r"J(\d+)|M(\d+)\.(\d+)\.(\d+)|(\d+)")


def _parse_name(s, i):
    """A zone abbreviation at s[i:], and where it ends; None if absent."""
    m = _TZ_NAME.match(s, i)
    if m is None:
        return None
    name = m.group()
    return (name[1:-1] if name.startswith("<") else name), m.end()


def _parse_clock(s, i, max_hours):
    """A [+-]h[:mm[:ss]] at s[i:]: seconds, and where it ends; None when
    malformed or out of range."""
    m = _TZ_CLOCK.match(s, i)
    if m is None:
        return None
    sign, hours, minutes, seconds = m.groups()
    if int(hours) > max_hours or len(hours) > 3:
        return None
    for part in (minutes, seconds):
        if part is not None and (len(part) != 2 or int(part) > 59):
            return None
    total = int(hours) * 3600 + int(minutes or 0) * 60 + int(seconds or 0)
    return (-total if sign == "-" else total), m.end()


def _parse_rule(spec):
    """A date rule (Jn, n, or Mm.w.d) with an optional /time; None when
    malformed."""
    m = _TZ_DATE.fullmatch(spec.partition("/")[0])
    if m is None:
        return None
    julian, month, week, day, plain = m.groups()
    seconds = 7200
    if "/" in spec:
        time = spec.partition("/")[2]
        parsed = _parse_clock(time, 0, 167)
        if parsed is None or parsed[1] != len(time):
            return None
        seconds = parsed[0]
    if julian is not None:
        return ("J", int(julian), seconds) if 1 <= int(julian) <= 365 else None
    if month is not None:
        m, w, d = int(month), int(week), int(day)
        if not (1 <= m <= 12 and 1 <= w <= 5 and 0 <= d <= 6):
            return None
        return ("M", m, w, d, seconds)
    return ("N", int(plain), seconds) if int(plain) <= 365 else None


def _rule_day(rule, year):
    """The ordinal (datetime.toordinal) of a rule's date in a year, and
    the seconds after midnight."""
    if rule[0] == "M":
        _, m, w, d, seconds = rule
        first_weekday = (calendar.weekday(year, m, 1) + 1) % 7
        day = 1 + (d - first_weekday) % 7 + (w - 1) * 7
        ndays = calendar.monthrange(year, m)[1]
        while day > ndays:
            day -= 7
        return datetime(year, m, day).toordinal(), seconds
    if rule[0] == "J":
        _, n, seconds = rule
        ordinal = datetime(year, 1, 1).toordinal() + n - 1
        if calendar.isleap(year) and n >= 60:
            ordinal += 1
        return ordinal, seconds
    _, n, seconds = rule
    return datetime(year, 1, 1).toordinal() + n, seconds


class _PosixRule:
    """A TZ string: standard time, and optionally DST between two rules."""

    def __init__(self, tzstr):
        def invalid(what):
            # CPython's messages name the string as bytes.
            return ValueError(f"{what} {tzstr.encode('ascii', 'replace')!r}")

        parsed = _parse_name(tzstr, 0)
        if parsed is None:
            raise invalid("Invalid STD format in")
        std, i = parsed
        parsed = _parse_clock(tzstr, i, 24)
        if parsed is None:
            raise invalid("Invalid STD offset in")
        offset, i = parsed
        self.std = _TTInfo(timedelta(seconds=-offset), timedelta(0), std)
        self.dst = None
        if i >= len(tzstr):
            return
        parsed = _parse_name(tzstr, i)
        if parsed is None:
            raise invalid("Invalid DST format in")
        dst, i = parsed
        dst_offset = -offset + 3600
        if i >= len(tzstr) or tzstr[i] != ",":
            parsed = _parse_clock(tzstr, i, 24)
            if parsed is None:
                raise invalid("Invalid DST offset in")
            value, i = parsed
            dst_offset = -value
        self.dst = _TTInfo(timedelta(seconds=dst_offset), timedelta(seconds=dst_offset + offset), dst)
        missing, malformed = "Missing transition rules in TZ string:", "Malformed transition rule in TZ string:"
        if tzstr[i:i + 1] != ",":
            raise invalid(missing)
        start, comma, rest = tzstr[i + 1:].partition(",")
        self.start = _parse_rule(start)
        if self.start is None:
            raise invalid(malformed)
        if not comma:
            raise invalid(missing)
        end, comma, _ = rest.partition(",")
        self.end = _parse_rule(end)
        if self.end is None:
            raise invalid(malformed)
        if comma:
            raise invalid("Extraneous characters at end of TZ string:")

    def _transitions(self, year):
        """UTC seconds of DST start and end in a year."""
        epoch = datetime(1970, 1, 1).toordinal()
        start_ord, start_sec = _rule_day(self.start, year)
        end_ord, end_sec = _rule_day(self.end, year)
        std_off = int(self.std.utcoff.total_seconds())
        dst_off = int(self.dst.utcoff.total_seconds())
        start = (start_ord - epoch) * 86400 + start_sec - std_off
        end = (end_ord - epoch) * 86400 + end_sec - dst_off
        return start, end

    def info_utc(self, timestamp, year):
        if self.dst is None:
            return self.std
        start, end = self._transitions(year)
        if start < end:
            return self.dst if start <= timestamp < end else self.std
        return self.std if end <= timestamp < start else self.dst


def _utc_year(ts):
    return (datetime(1970, 1, 1) + timedelta(seconds=ts)).year


# ----- ZoneInfo -----------------------------------------------------------


class ZoneInfo(tzinfo):
    """The tzinfo of an IANA time zone, e.g. ZoneInfo("America/New_York").
    Instances are cached per key."""

    _cache = {}

    def __init_subclass__(cls):
        cls._cache = {}

    def __new__(cls, key):
        instance = cls._cache.get(key)
        if instance is None:
            instance = cls._cache.setdefault(key, cls._new_instance(key, True))
        return instance

    @classmethod
    def no_cache(cls, key):
        """A new ZoneInfo for key, bypassing the cache."""
        return cls._new_instance(key, False)

    @classmethod
    def _new_instance(cls, key, from_cache):
        obj = super().__new__(cls)
        obj._key = key
        obj._from_cache = from_cache
        obj._from_stream = False
        obj._file_path = None
        with _find_file(key) as f:
            obj._load(f)
        return obj

    @classmethod
    def from_file(cls, fobj, /, key=None):
        """A ZoneInfo read from a TZif file object (not cached)."""
        obj = super().__new__(cls)
        obj._key = key
        obj._from_cache = False
        obj._from_stream = True
        obj._file_path = None
        obj._load(fobj)
        obj._file_repr = repr(fobj)
        return obj

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        if only_keys is None:
            cls._cache.clear()
        else:
            for key in only_keys:
                cls._cache.pop(key, None)

    @property
    def key(self):
        return self._key

    def _load(self, fp):
        transitions, indices, types, footer = _read_tzif(fp)
        infos = []
        for i, (offset, isdst, abbr) in enumerate(types):
            dstoff = 0
            if isdst:
                # The DST amount: the difference from the standard type
                # nearby in time.
                dstoff = self._dst_amount(i, transitions, indices, types)
            infos.append(_TTInfo(timedelta(seconds=offset), timedelta(seconds=dstoff), abbr))
        self._trans_utc = transitions
        self._ttinfos = [infos[i] for i in indices]
        # Before the first transition: the first standard-time type in the
        # file's table of types (RFC 8536 names type 0; CPython takes the
        # first that is not DST), else type 0.
        self._ttinfo_before = None
        if infos:
            self._ttinfo_before = infos[0]
            for i, (_offset, isdst, _abbr) in enumerate(types):
                if not isdst:
                    self._ttinfo_before = infos[i]
                    break
        self._tz_after = _PosixRule(footer) if footer else (self._ttinfos[-1] if self._ttinfos else None)
        # Local transition times: each moment in the offset before it.
        self._trans_local = [[], []]
        previous = self._ttinfo_before
        for t, info in zip(self._trans_utc, self._ttinfos):
            before = int(previous.utcoff.total_seconds()) if previous else 0
            after = int(info.utcoff.total_seconds())
            # fold=0 reads an ambiguous or skipped local time as before the
            # transition, fold=1 as after it.
            self._trans_local[0].append(t + max(before, after))
            self._trans_local[1].append(t + min(before, after))
            previous = info

    @staticmethod
    def _dst_amount(index, transitions, indices, types):
        offset = types[index][0]
        for j, type_index in enumerate(indices):
            if type_index != index:
                continue
            for k in (j - 1, j + 1):
                if 0 <= k < len(indices) and not types[indices[k]][1]:
                    return offset - types[indices[k]][0]
        return 3600

    def _info_for_utc_timestamp(self, ts):
        """The local time type at UTC time ts: from the transitions, or
        after the last one from the POSIX rule."""
        rule = self._tz_after if isinstance(self._tz_after, _PosixRule) else None
        if self._trans_utc:
            if ts < self._trans_utc[0]:
                return self._ttinfo_before
            if ts < self._trans_utc[-1] or rule is None:
                return self._ttinfos[bisect.bisect_right(self._trans_utc, ts) - 1]
        elif rule is None:
            return self._ttinfo_before
        return rule.info_utc(ts, _utc_year(ts))

    def _find_info(self, dt):
        """The local time type for a naive local datetime: of two readings
        of an ambiguous time, fold=0 is the earlier; in a gap, fold=0
        takes the offset from before it."""
        if dt is None:
            return None
        ts = self._local_timestamp(dt)
        rule = self._tz_after if isinstance(self._tz_after, _PosixRule) else None
        if rule is not None and (not self._trans_utc or ts >= max(self._trans_local[0][-1], self._trans_local[1][-1])):
            if rule.dst is None:
                return rule.std
            valid = [info for info in (rule.std, rule.dst)
                     if rule.info_utc(ts - int(info.utcoff.total_seconds()), dt.year) == info]
            larger, smaller = sorted((rule.std, rule.dst), key=lambda i: i.utcoff, reverse=True)
            if len(valid) == 1:
                return valid[0]
            if valid:
                return smaller if dt.fold else larger
            return larger if dt.fold else smaller
        if not self._trans_utc:
            return self._ttinfo_before
        lt = self._trans_local[dt.fold]
        i = bisect.bisect_right(lt, ts)
        if i == 0:
            return self._ttinfo_before
        return self._ttinfos[i - 1]

    def _last_transition(self, ts):
        """The latest transition at or before UTC time ts and the local
        time type before it, or None."""
        rule = self._tz_after if isinstance(self._tz_after, _PosixRule) else None
        if rule is not None and rule.dst is not None and (not self._trans_utc or ts >= self._trans_utc[-1]):
            year = _utc_year(ts)
            moments = []
            for y in (year - 1, year):
                start, end = rule._transitions(y)
                moments += [(start, rule.std), (end, rule.dst)]
            past = [m for m in moments if m[0] <= ts]
            if past:
                return max(past, key=lambda m: m[0])
        if self._trans_utc:
            i = bisect.bisect_right(self._trans_utc, ts)
            if i > 0:
                before = self._ttinfos[i - 2] if i >= 2 else self._ttinfo_before
                return self._trans_utc[i - 1], before
        return None

    @staticmethod
    def _local_timestamp(dt):
        return ((dt.toordinal() - 719163) * 86400 + dt.hour * 3600 + dt.minute * 60 + dt.second)

    def utcoffset(self, dt):
        info = self._find_info(dt)
        return info.utcoff if info is not None else None

    def dst(self, dt):
        info = self._find_info(dt)
        return info.dstoff if info is not None else None

    def tzname(self, dt):
        info = self._find_info(dt)
        return info.tzname if info is not None else None

    def fromutc(self, dt):
        """The local time of a UTC time that carries this zone (fold=1 for
        the second reading of an ambiguous local time)."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        ts = self._local_timestamp(dt)
        info = self._info_for_utc_timestamp(ts)
        fold = 0
        last = self._last_transition(ts)
        if last is not None:
            moment, before = last
            if before is not None and before.utcoff > info.utcoff:
                if ts - moment < (before.utcoff - info.utcoff).total_seconds():
                    fold = 1
        return (dt + info.utcoff).replace(fold=fold)

    def __str__(self):
        if self._key is not None:
            return str(self._key)
        return repr(self)

    def __repr__(self):
        if self._key is not None:
            return f"{self.__class__.__module__}.{self.__class__.__name__}(key={self._key!r})"
        return f"{self.__class__.__module__}.{self.__class__.__name__}.from_file({getattr(self, '_file_repr', None)})"

    def __reduce__(self):
        # Pickles name the zone, so one read from a stream cannot be pickled;
        # the others come back through the cache or around it, as made.
        if self._from_stream:
            import pickle

            raise pickle.PicklingError("Cannot pickle a ZoneInfo file from a file stream.")
        return (self.__class__._unpickle, (self._key, int(self._from_cache)))

    @classmethod
    def _unpickle(cls, key, from_cache):
        if from_cache:
            return cls(key)
        return cls.no_cache(key)


reset_tzpath()
