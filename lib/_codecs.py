"""The codec registry (CPython keeps it in the built-in _codecs module;
codecs re-exports it): search functions, the cache of CodecInfos, error
handlers, and encode/decode through any codec."""

_search_functions = []
_cache = {}
_error_handlers = {}


def _normalize(encoding):
    # As CPython's registry: lower case, spaces become underscores.
    return encoding.lower().replace(" ", "_")


def register(search_function):
    """Register a function that maps a (normalised) encoding name to a
    CodecInfo, or None."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    """Unregister a search function and forget the codecs it found."""
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _cache.clear()


def lookup(encoding):
    """The CodecInfo of an encoding, or LookupError."""
    if not isinstance(encoding, str):
        raise TypeError(f"lookup() argument must be str, not {type(encoding).__name__}")
    if not _search_functions:
        import codecs  # registers the standard search function
    normalized = _normalize(encoding)
    try:
        return _cache[normalized]
    except KeyError:
        pass
    for search in _search_functions:
        result = search(normalized)
        if result is not None:
            if not isinstance(result, tuple) or len(result) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            _cache[normalized] = result
            return result
    raise LookupError(f"unknown encoding: {encoding}")


def encode(obj, encoding="utf-8", errors="strict"):
    """Encode obj with the codec for encoding (any codec: text or not)."""
    return lookup(encoding).encode(obj, errors)[0]


def decode(obj, encoding="utf-8", errors="strict"):
    """Decode obj with the codec for encoding (any codec: text or not)."""
    return lookup(encoding).decode(obj, errors)[0]


def register_error(name, error_handler):
    """Register an error handler for codecs written in Python (the
    runtime's own codecs know only the standard handlers)."""
    if not callable(error_handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = error_handler


def lookup_error(name):
    """The error handler registered under name."""
    if not _error_handlers:
        import codecs  # registers the standard handlers
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError(f"unknown error handler name '{name}'") from None
