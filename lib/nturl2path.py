"""nturl2path: Windows paths and file: URLs (what urllib.request uses on
Windows; importable everywhere)."""


def url2pathname(url):
    """'///C|/foo/bar' or '///C:/foo/bar' → 'C:\\foo\\bar'."""
    import string
    import urllib.parse
    url = url.replace(":", "|")
    if "|" not in url:
        if url[:4] == "////":
            url = url[2:]
        components = url.split("/")
        return urllib.parse.unquote("\\".join(components))
    comp = url.split("|")
    if len(comp) != 2 or comp[0][-1] not in string.ascii_letters:
        raise OSError("Bad URL: " + url)
    drive = comp[0][-1].upper()
    components = comp[1].split("/")
    path = drive + ":"
    for comp in components:
        if comp:
            path = path + "\\" + urllib.parse.unquote(comp)
    if path.endswith(":") and url.endswith("/"):
        path += "\\"
    return path


def pathname2url(p):
    """'C:\\foo\\bar' → '///C:/foo/bar'."""
    import urllib.parse
    p = p.replace("\\", "/")
    if p[:4] == "//?/":
        p = p[4:]
        if p[:4].upper() == "UNC/":
            p = "//" + p[4:]
        elif p[1:2] != ":":
            raise OSError("Bad path: " + p)
    if ":" not in p:
        return urllib.parse.quote(p)
    comp = p.split(":", maxsplit=2)
    if len(comp) != 2 or len(comp[0]) > 1:
        raise OSError("Bad path: " + p)
    drive = urllib.parse.quote(comp[0].upper())
    tail = urllib.parse.quote(comp[1])
    return "///" + drive + ":" + tail
