"""Getting and setting the content of EmailMessage parts
(`email.contentmanager`): `raw_data_manager` gives text parts as str
(decoded with their charset) and other parts as bytes, and sets text
content. Setting non-text content, or text whose lines need a
quoted-printable or base64 transfer encoding, raises NotImplementedError.
"""

__all__ = ["ContentManager", "raw_data_manager"]


class ContentManager:
    """Handlers by content type (for get) and by Python type (for set)."""

    def __init__(self):
        self.get_handlers = {}
        self.set_handlers = {}

    def add_get_handler(self, key, handler):
        self.get_handlers[key] = handler

    def get_content(self, msg, *args, **kw):
        content_type = msg.get_content_type()
        for key in (content_type, msg.get_content_maintype(), ""):
            if key in self.get_handlers:
                return self.get_handlers[key](msg, *args, **kw)
        raise KeyError(content_type)

    def add_set_handler(self, typekey, handler):
        self.set_handlers[typekey] = handler

    def set_content(self, msg, obj, *args, **kw):
        if msg.get_content_maintype() == "multipart":
            raise TypeError("set_content not valid on multipart")
        handler = self._find_set_handler(msg, obj)
        msg.clear_content()
        handler(msg, obj, *args, **kw)

    def _find_set_handler(self, msg, obj):
        full_path_for_error = None
        for typ in type(obj).__mro__:
            if typ in self.set_handlers:
                return self.set_handlers[typ]
            qname = typ.__qualname__
            modname = getattr(typ, "__module__", "")
            full_path = ".".join((modname, qname)) if modname else qname
            if full_path_for_error is None:
                full_path_for_error = full_path
            for key in (full_path, qname, typ.__name__.lower(), typ.__name__):
                if key in self.set_handlers:
                    return self.set_handlers[key]
        if None in self.set_handlers:
            return self.set_handlers[None]
        raise KeyError(full_path_for_error)


raw_data_manager = ContentManager()


def get_text_content(msg, errors="replace"):
    content = msg.get_payload(decode=True)
    charset = msg.get_param("charset", "ASCII")
    return content.decode(charset, errors=errors)


def get_non_text_content(msg):
    return msg.get_payload(decode=True)


raw_data_manager.add_get_handler("text", get_text_content)
for maintype in "audio image video application".split():
    raw_data_manager.add_get_handler(maintype, get_non_text_content)


def set_text_content(msg, string, subtype="plain", charset="utf-8", cte=None, disposition=None, filename=None,
                     cid=None, params=None, headers=None):
    msg["Content-Type"] = f"text/{subtype}"
    lines = string.encode(charset).splitlines()
    body = b"\n".join(lines) + b"\n"
    widest = max((len(line) for line in lines), default=0)
    if cte is None:
        if widest <= msg.policy.max_line_length and all(b < 0x80 for b in body):
            cte = "7bit"
        elif msg.policy.cte_type == "8bit" and widest <= msg.policy.max_line_length:
            cte = "8bit"
        else:
            raise NotImplementedError("set_content() of text needing a quoted-printable or base64 transfer "
                                      "encoding is not supported by ferropy yet (pass cte='8bit')")
    elif cte not in ("7bit", "8bit"):
        raise NotImplementedError(f"set_content(cte={cte!r}) is not supported by ferropy yet")
    msg.set_param("charset", charset)
    msg.set_payload(body.decode("ascii" if cte == "7bit" else "utf-8", "surrogateescape"))
    msg["Content-Transfer-Encoding"] = cte
    if disposition is not None or filename is not None:
        if disposition is None:
            disposition = "attachment"
        msg["Content-Disposition"] = disposition
        if filename is not None:
            msg.set_param("filename", filename, header="Content-Disposition")
    if cid is not None:
        msg["Content-ID"] = cid
    for name, value in (params or {}).items():
        msg.set_param(name, value)
    for header in headers or ():
        name, _, value = header.partition(":")
        msg[name.strip()] = value.strip()


raw_data_manager.add_set_handler(str, set_text_content)
