"""What the compressed-file modules (gzip, bz2) share."""


def check_open_arguments(mode, encoding, errors, newline):
    """The checks of gzip.open/bz2.open: text-only arguments in binary
    mode, and 't' with 'b', are errors."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
        return
    for name, value in (("encoding", encoding), ("errors", errors), ("newline", newline)):
        if value is not None:
            raise ValueError("Argument '%s' not supported in binary mode" % name)
