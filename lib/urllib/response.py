"""urllib.response: the file-like objects urlopen returns — a wrapped
stream with headers, URL and status."""

__all__ = ["addbase", "addclosehook", "addinfo", "addinfourl"]


class addbase:
    """A stream wrapper: reads and iteration go to the wrapped file."""

    def __init__(self, fp):
        self.fp = fp
        self.file = fp
        self.name = "<urllib response>"
        self.delete = False
        self.close_called = False

    def __getattr__(self, name):
        file = self.__dict__.get("file")
        if file is None:
            raise AttributeError(name)
        return getattr(file, name)

    def __iter__(self):
        for line in self.file:
            yield line

    def __repr__(self):
        return f"<{self.__class__.__name__} at {id(self)!r} whose fp = {self.file!r}>"

    def __enter__(self):
        if self.fp.closed:
            raise ValueError("I/O operation on closed file")
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def close(self):
        if not self.close_called:
            self.close_called = True
            self.file.close()


class addclosehook(addbase):
    """Calls closehook(*hookargs) when closed."""

    def __init__(self, fp, closehook, *hookargs):
        super().__init__(fp)
        self.closehook = closehook
        self.hookargs = hookargs

    def close(self):
        try:
            closehook = self.closehook
            hookargs = self.hookargs
            if closehook:
                self.closehook = None
                self.hookargs = None
                closehook(*hookargs)
        finally:
            super().close()


class addinfo(addbase):
    """With headers (info())."""

    def __init__(self, fp, headers):
        super().__init__(fp)
        self.headers = headers

    def info(self):
        return self.headers


class addinfourl(addinfo):
    """With headers, URL and status code."""

    def __init__(self, fp, headers, url, code=None):
        super().__init__(fp, headers)
        self.url = url
        self.code = code

    @property
    def status(self):
        return self.code

    def getcode(self):
        return self.code

    def geturl(self):
        return self.url
