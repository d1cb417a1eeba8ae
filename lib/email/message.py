"""email.message.Message: a message's headers (an ordered list of
(name, value) pairs, looked up without regard to case) and its payload
(a string, or a list of sub-messages for multiparts), with the MIME
parameter helpers of the compat32 API."""

import binascii
import quopri
import re

from email import errors, utils
from email._policybase import compat32

__all__ = ["Message", "MIMEPart", "EmailMessage"]

SEMISPACE = "; "
_TSPECIALS = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')


def _split_params(text):
    """The ';'-separated parts of a header value, quotes respected."""
    parts = []
    while text[:1] == ";":
        text = text[1:]
        end = text.find(";")
        while end > 0 and (text.count('"', 0, end) - text.count('\\"', 0, end)) % 2:
            end = text.find(";", end + 1)
        if end < 0:
            end = len(text)
        part = text[:end]
        if "=" in part:
            i = part.index("=")
            part = part[:i].strip().lower() + "=" + part[i + 1:].strip()
        parts.append(part.strip())
        text = text[end:]
    return parts


def _formatparam(param, value=None, quote=True):
    if value is None or len(value) == 0:
        return param
    if isinstance(value, tuple):
        param += "*"
        value = utils.encode_rfc2231(value[2], value[0], value[1])
        return f"{param}={value}"
    try:
        value.encode("ascii")
    except UnicodeEncodeError:
        return f"{param}*={utils.encode_rfc2231(value, 'utf-8', '')}"
    if quote or _TSPECIALS.search(value):
        return f'{param}="{utils.quote(value)}"'
    return f"{param}={value}"


def _unquotevalue(value):
    if isinstance(value, tuple):
        return value[0], value[1], utils.unquote(value[2])
    return utils.unquote(value)


class Message:
    """A message: headers and a payload (compat32 semantics)."""

    def __init__(self, policy=compat32):
        self.policy = policy
        self._headers = []
        self._unixfrom = None
        self._payload = None
        self._charset = None
        self.preamble = self.epilogue = None
        self.defects = []
        self._default_type = "text/plain"

    def __str__(self):
        return self.as_string()

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        from email.generator import Generator
        import io
        policy = self.policy if policy is None else policy
        fp = io.StringIO()
        Generator(fp, mangle_from_=False, maxheaderlen=maxheaderlen, policy=policy).flatten(self, unixfrom=unixfrom)
        return fp.getvalue()

    def __bytes__(self):
        return self.as_bytes()

    def as_bytes(self, unixfrom=False, policy=None):
        return self.as_string(unixfrom, policy=policy).encode("ascii", "surrogateescape")

    def is_multipart(self):
        return isinstance(self._payload, list)

    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    def get_unixfrom(self):
        return self._unixfrom

    # --- payload ----------------------------------------------------------

    def attach(self, payload):
        if self._payload is None:
            self._payload = [payload]
        else:
            try:
                self._payload.append(payload)
            except AttributeError:
                raise TypeError("Attach is not valid on a message with a non-multipart payload") from None

    def get_payload(self, i=None, decode=False):
        if self.is_multipart():
            if decode:
                return None
            return self._payload if i is None else self._payload[i]
        if i is not None and not isinstance(self._payload, list):
            raise TypeError(f"Expected list, got {type(self._payload)}")
        payload = self._payload
        if not decode:
            return payload
        cte = str(self.get("content-transfer-encoding", "")).lower()
        if isinstance(payload, str):
            try:
                bpayload = payload.encode("ascii", "surrogateescape")
            except UnicodeError:
                bpayload = payload.encode("raw-unicode-escape")
        else:
            bpayload = payload or b""
        if cte == "quoted-printable":
            return quopri.decodestring(bpayload)
        if cte == "base64":
            try:
                return binascii.a2b_base64(bpayload)
            except binascii.Error:
                self.policy.handle_defect(self, errors.InvalidBase64PaddingDefect())
                return bpayload
        if cte in ("x-uuencode", "uuencode", "uue", "x-uue"):
            raise NotImplementedError("decoding uuencoded payloads is not supported by ferropy yet")
        return bpayload

    def set_payload(self, payload, charset=None):
        if hasattr(payload, "encode") or payload is None or isinstance(payload, list):
            self._payload = payload
        else:
            self._payload = payload.decode("ascii", "surrogateescape")
        if charset is not None:
            self.set_charset(charset)

    def set_charset(self, charset):
        from email.charset import Charset
        if charset is None:
            self.del_param("charset")
            self._charset = None
            return
        if not isinstance(charset, Charset):
            charset = Charset(charset)
        self._charset = charset
        if "MIME-Version" not in self:
            self.add_header("MIME-Version", "1.0")
        if "Content-Type" not in self:
            self.add_header("Content-Type", "text/plain", charset=charset.get_output_charset())
        else:
            self.set_param("charset", charset.get_output_charset())
        if "Content-Transfer-Encoding" not in self:
            cte = charset.get_body_encoding()
            if callable(cte):
                cte(self)
            else:
                self.add_header("Content-Transfer-Encoding", cte)

    def get_charset(self):
        return self._charset

    # --- headers as a mapping ---------------------------------------------

    def __len__(self):
        return len(self._headers)

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        max_count = self.policy.header_max_count(name)
        if max_count:
            lname = name.lower()
            found = sum(1 for k, v in self._headers if k.lower() == lname)
            if found >= max_count:
                raise ValueError(f"There may be at most {max_count} {name} headers in a message")
        self._headers.append(self.policy.header_store_parse(name, val))

    def __delitem__(self, name):
        name = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != name]

    def __contains__(self, name):
        name = name.lower()
        return any(k.lower() == name for k, v in self._headers)

    def __iter__(self):
        for field, value in self._headers:
            yield field

    def keys(self):
        return [k for k, v in self._headers]

    def values(self):
        return [self.policy.header_fetch_parse(k, v) for k, v in self._headers]

    def items(self):
        return [(k, self.policy.header_fetch_parse(k, v)) for k, v in self._headers]

    def get(self, name, failobj=None):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return self.policy.header_fetch_parse(k, v)
        return failobj

    def set_raw(self, name, value):
        self._headers.append((name, value))

    def raw_items(self):
        return iter(self._headers.copy())

    def get_all(self, name, failobj=None):
        name = name.lower()
        values = [self.policy.header_fetch_parse(k, v) for k, v in self._headers if k.lower() == name]
        return values or failobj

    def add_header(self, _name, _value, **_params):
        parts = []
        for k, v in _params.items():
            k = k.replace("_", "-")
            parts.append(k if v is None else _formatparam(k, v))
        if _value is not None:
            parts.insert(0, _value)
        self[_name] = SEMISPACE.join(parts)

    def replace_header(self, _name, _value):
        _name = _name.lower()
        for i, (k, v) in enumerate(self._headers):
            if k.lower() == _name:
                self._headers[i] = self.policy.header_store_parse(k, _value)
                return
        raise KeyError(_name)

    # --- content type and parameters --------------------------------------

    def get_content_type(self):
        missing = object()
        value = self.get("content-type", missing)
        if value is missing:
            return self.get_default_type()
        ctype = _split_params(";" + str(value))[0].lower()
        if ctype.count("/") != 1:
            return "text/plain"
        return ctype

    def get_content_maintype(self):
        return self.get_content_type().split("/")[0]

    def get_content_subtype(self):
        return self.get_content_type().split("/")[1]

    def get_default_type(self):
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def _get_params_preserve(self, failobj, header):
        missing = object()
        value = self.get(header, missing)
        if value is missing:
            return failobj
        params = []
        for p in _split_params(";" + str(value)):
            try:
                name, val = p.split("=", 1)
                name, val = name.strip(), val.strip()
            except ValueError:
                name, val = p.strip(), ""
            params.append((name, val))
        return utils.decode_params(params)

    def get_params(self, failobj=None, header="content-type", unquote=True):
        missing = object()
        params = self._get_params_preserve(missing, header)
        if params is missing:
            return failobj
        if unquote:
            return [(k, _unquotevalue(v)) for k, v in params]
        return params

    def get_param(self, param, failobj=None, header="content-type", unquote=True):
        if header not in self:
            return failobj
        for k, v in self._get_params_preserve(failobj, header):
            if k.lower() == param.lower():
                return _unquotevalue(v) if unquote else v
        return failobj

    def set_param(self, param, value, header="Content-Type", requote=True, charset=None, language="",
                  replace=False):
        if not isinstance(value, tuple) and charset:
            value = (charset, language, value)
        if header not in self and header.lower() == "content-type":
            ctype = "text/plain"
        else:
            ctype = self.get(header)
        if not self.get_param(param, header=header):
            if not ctype:
                ctype = _formatparam(param, value, requote)
            else:
                ctype = SEMISPACE.join([ctype, _formatparam(param, value, requote)])
        else:
            ctype = ""
            for old_param, old_value in self.get_params(header=header, unquote=requote):
                if old_param.lower() == param.lower():
                    append = _formatparam(param, value, requote)
                else:
                    append = _formatparam(old_param, old_value, requote)
                ctype = append if not ctype else SEMISPACE.join([ctype, append])
        if ctype != self.get(header):
            if replace:
                self.replace_header(header, ctype)
            else:
                del self[header]
                self[header] = ctype

    def del_param(self, param, header="content-type", requote=True):
        if header not in self:
            return
        new_ctype = ""
        for p, v in self.get_params(header=header, unquote=requote):
            if p.lower() != param.lower():
                new_ctype = _formatparam(p, v, requote) if not new_ctype else SEMISPACE.join(
                    [new_ctype, _formatparam(p, v, requote)])
        if new_ctype != self.get(header):
            del self[header]
            self[header] = new_ctype

    def set_type(self, type, header="Content-Type", requote=True):
        if not type.count("/") == 1:
            raise ValueError
        if header.lower() == "content-type":
            del self["mime-version"]
            self["MIME-Version"] = "1.0"
        if header not in self:
            self[header] = type
            return
        params = self.get_params(header=header, unquote=requote)
        del self[header]
        self[header] = type
        for p, v in params[1:]:
            self.set_param(p, v, header, requote)

    def get_filename(self, failobj=None):
        missing = object()
        filename = self.get_param("filename", missing, "content-disposition")
        if filename is missing:
            filename = self.get_param("name", missing, "content-type")
        if filename is missing:
            return failobj
        return utils.collapse_rfc2231_value(filename).strip()

    def get_boundary(self, failobj=None):
        missing = object()
        boundary = self.get_param("boundary", missing)
        if boundary is missing:
            return failobj
        return utils.collapse_rfc2231_value(boundary).rstrip()

    def set_boundary(self, boundary):
        missing = object()
        params = self._get_params_preserve(missing, "content-type")
        if params is missing:
            raise errors.HeaderParseError("No Content-Type header found")
        newparams = []
        found = False
        for pk, pv in params:
            if pk.lower() == "boundary":
                newparams.append(("boundary", f'"{boundary}"'))
                found = True
            else:
                newparams.append((pk, pv))
        if not found:
            newparams.append(("boundary", f'"{boundary}"'))
        newheaders = []
        for h, v in self._headers:
            if h.lower() == "content-type":
                parts = []
                for k, v in newparams:
                    parts.append(k if v == "" else f"{k}={v}")
                newheaders.append(self.policy.header_store_parse(h, SEMISPACE.join(parts)))
            else:
                newheaders.append((h, v))
        self._headers = newheaders

    def get_content_charset(self, failobj=None):
        missing = object()
        charset = self.get_param("charset", missing)
        if charset is missing:
            return failobj
        if isinstance(charset, tuple):
            pcharset = charset[0] or "us-ascii"
            try:
                charset = str(charset[2].encode("raw-unicode-escape"), pcharset)
            except (LookupError, UnicodeError):
                charset = charset[2]
        try:
            charset.encode("us-ascii")
        except UnicodeError:
            return failobj
        return charset.lower()

    def get_charsets(self, failobj=None):
        return [part.get_content_charset(failobj) for part in self.walk()]

    def get_content_disposition(self):
        value = self.get("content-disposition")
        if value is None:
            return None
        return _split_params(";" + str(value))[0].lower()

    def walk(self):
        yield self
        if self.is_multipart():
            for subpart in self.get_payload():
                yield from subpart.walk()


class MIMEPart(Message):
    """A message part under a modern policy (email.policy.default unless
    given): header values are header objects, and content is got and set
    through the policy's content manager."""

    def __init__(self, policy=None):
        if policy is None:
            from email.policy import default
            policy = default
        super().__init__(policy)

    def as_string(self, unixfrom=False, maxheaderlen=None, policy=None):
        policy = self.policy if policy is None else policy
        if maxheaderlen is None:
            maxheaderlen = policy.max_line_length
        return super().as_string(unixfrom, maxheaderlen, policy)

    def __str__(self):
        return self.as_string(policy=self.policy.clone(utf8=True))

    def is_attachment(self):
        disposition = self.get("content-disposition")
        return False if disposition is None else disposition.content_disposition == "attachment"

    def iter_parts(self):
        if self.is_multipart():
            yield from self.get_payload()

    def iter_attachments(self):
        for part in self.iter_parts():
            if part.is_attachment():
                yield part

    def get_body(self, preferencelist=("related", "html", "plain")):
        """The part that is the body: the first of the preferred kinds."""
        best_rank = len(preferencelist)
        body = None
        for rank, part in self._body_candidates(preferencelist):
            if rank < best_rank:
                best_rank, body = rank, part
                if rank == 0:
                    break
        return body

    def _body_candidates(self, preferencelist):
        maintype, subtype = self.get_content_maintype(), self.get_content_subtype()
        if self.is_attachment():
            return
        if maintype == "text":
            if subtype in preferencelist:
                yield preferencelist.index(subtype), self
            return
        if maintype != "multipart":
            return
        if subtype == "related" and "related" in preferencelist:
            yield preferencelist.index("related"), self
        for part in self.iter_parts():
            yield from part._body_candidates(preferencelist)

    def get_content(self, *args, content_manager=None, **kw):
        if content_manager is None:
            content_manager = self.policy.content_manager
        return content_manager.get_content(self, *args, **kw)

    def set_content(self, *args, content_manager=None, **kw):
        if content_manager is None:
            content_manager = self.policy.content_manager
        content_manager.set_content(self, *args, **kw)

    def clear(self):
        self._headers = []
        self._payload = None

    def clear_content(self):
        self._headers = [(n, v) for n, v in self._headers if not n.lower().startswith("content-")]
        self._payload = None

    def _unsupported(self, *args, **kw):
        raise NotImplementedError("multipart building (make_*/add_*) of email.message.EmailMessage is not "
                                  "supported by ferropy yet")

    make_related = make_alternative = make_mixed = _unsupported
    add_related = add_alternative = add_attachment = _unsupported


class EmailMessage(MIMEPart):
    """A whole message under a modern policy (adds MIME-Version when
    content is set)."""

    def set_content(self, *args, **kw):
        super().set_content(*args, **kw)
        if "MIME-Version" not in self:
            self["MIME-Version"] = "1.0"
