"""numpy's print options (set_printoptions, get_printoptions,
printoptions) and the array-to-text functions; the formatting itself is
native (crates/numeric/src/format.rs)."""

import contextlib

import _numpy

_DEFAULTS = dict(edgeitems=3, threshold=1000, floatmode="maxprec", precision=8, suppress=False,
                 linewidth=75, nanstr="nan", infstr="inf", sign="-", formatter=None, legacy=False)
_options = dict(_DEFAULTS)


def _native_options(overrides=None):
    o = dict(_options, **(overrides or {}))
    return (o["precision"], o["threshold"], o["edgeitems"], o["linewidth"], o["suppress"], o["nanstr"],
            o["infstr"], o["sign"], o["floatmode"])


def set_printoptions(precision=None, threshold=None, edgeitems=None, linewidth=None, suppress=None,
                     nanstr=None, infstr=None, formatter=None, sign=None, floatmode=None, *, legacy=None):
    new = dict(precision=precision, threshold=threshold, edgeitems=edgeitems, linewidth=linewidth,
               suppress=suppress, nanstr=nanstr, infstr=infstr, sign=sign, floatmode=floatmode)
    if formatter is not None:
        raise NotImplementedError("set_printoptions(formatter=...) is not implemented in ferropy's numpy yet")
    if legacy not in (None, False):
        raise NotImplementedError("set_printoptions(legacy=...) is not implemented in ferropy's numpy yet")
    if floatmode is not None and floatmode not in ("fixed", "unique", "maxprec", "maxprec_equal"):
        raise ValueError("floatmode option must be one of 'fixed', 'unique', 'maxprec', 'maxprec_equal'")
    if sign is not None and sign not in ("-", "+", " "):
        raise ValueError("sign option must be one of ' ', '+', or '-'")
    if threshold is not None and threshold != threshold:
        raise ValueError("threshold must be non-NAN, try sys.maxsize for untruncated representation")
    for key, value in new.items():
        if value is not None:
            _options[key] = value
    if precision is not None:
        _options["precision"] = int(precision)


def get_printoptions():
    return dict(_options)


@contextlib.contextmanager
def printoptions(*args, **kwargs):
    old = get_printoptions()
    try:
        set_printoptions(*args, **kwargs)
        yield get_printoptions()
    finally:
        _options.clear()
        _options.update(old)


def array_repr(arr, max_line_width=None, precision=None, suppress_small=None):
    overrides = {k: v for k, v in (("linewidth", max_line_width), ("precision", precision),
                                   ("suppress", suppress_small)) if v is not None}
    return _numpy.format_array(arr, _native_options(overrides), "repr")


def array_str(a, max_line_width=None, precision=None, suppress_small=None):
    from ._array import asarray
    a = asarray(a)
    if a.ndim == 0:
        return str(a[()])
    overrides = {k: v for k, v in (("linewidth", max_line_width), ("precision", precision),
                                   ("suppress", suppress_small)) if v is not None}
    return _numpy.format_array(a, _native_options(overrides), "str")


def array2string(a, max_line_width=None, precision=None, suppress_small=None, separator=" ", prefix="",
                 style=None, formatter=None, threshold=None, edgeitems=None, sign=None, floatmode=None,
                 suffix="", **kwargs):
    if separator != " " or prefix or suffix or formatter is not None:
        raise NotImplementedError("array2string with separator/prefix/suffix/formatter is not implemented "
                                  "in ferropy's numpy yet")
    overrides = {k: v for k, v in (("linewidth", max_line_width), ("precision", precision),
                                   ("suppress", suppress_small), ("threshold", threshold),
                                   ("edgeitems", edgeitems), ("sign", sign), ("floatmode", floatmode))
                 if v is not None}
    return _numpy.format_array(a, _native_options(overrides), "str")


def format_float_positional(x, precision=None, unique=True, fractional=True, trim="k", sign=False,
                            pad_left=None, pad_right=None, min_digits=None):
    raise NotImplementedError("np.format_float_positional is not implemented in ferropy's numpy yet")


def format_float_scientific(x, precision=None, unique=True, trim="k", sign=False, pad_left=None,
                            exp_digits=None, min_digits=None):
    raise NotImplementedError("np.format_float_scientific is not implemented in ferropy's numpy yet")
