"""TLS/SSL for sockets and memory buffers, on rustls.

The native `_ssl` module holds the TLS engine: a configuration built from
a context's settings, and connections that turn bytes from the peer into
plaintext and back. This module gives it CPython's interface: SSLContext
keeps the settings, SSLSocket drives a connection over a socket, and
SSLObject drives one over two MemoryBIOs (as asyncio does). See
docs/ssl.md for what differs from an OpenSSL build.
"""

import base64
import calendar
import enum
import errno
import os
import sys
import time
import warnings
from collections import namedtuple

import _ssl
import socket as _socket
from _ssl import (SSLError, SSLZeroReturnError, SSLWantReadError, SSLWantWriteError, SSLSyscallError,
                  SSLEOFError, SSLCertVerificationError)
from socket import socket, SOCK_STREAM, create_connection, AF_INET, SOL_SOCKET, SO_TYPE

socket_error = OSError
CertificateError = SSLCertVerificationError


def _ssl_error_str(self):
    # An SSLError shows its message, not "[Errno 1] ...", and without
    # one, its args as a tuple (as CPython's does).
    if isinstance(self.strerror, str):
        return self.strerror
    return str(self.args)


SSLError.__str__ = _ssl_error_str
for _cls in (SSLError, SSLZeroReturnError, SSLWantReadError, SSLWantWriteError, SSLSyscallError, SSLEOFError,
             SSLCertVerificationError):
    _cls.library = None
    _cls.reason = None
SSLCertVerificationError.verify_code = None
SSLCertVerificationError.verify_message = None

from _ssl import (OPENSSL_VERSION, OPENSSL_VERSION_INFO, OPENSSL_VERSION_NUMBER, _OPENSSL_API_VERSION,
                  _DEFAULT_CIPHERS, HAS_SNI, HAS_ECDH, HAS_NPN, HAS_ALPN, HAS_NEVER_CHECK_COMMON_NAME, HAS_SSLv2,
                  HAS_SSLv3, HAS_TLSv1, HAS_TLSv1_1, HAS_TLSv1_2, HAS_TLSv1_3, HAS_TLS_UNIQUE)
CHANNEL_BINDING_TYPES = []

PEM_HEADER = "-----BEGIN CERTIFICATE-----"
PEM_FOOTER = "-----END CERTIFICATE-----"

# The enums are made from _ssl's constants, as CPython makes them.
enum.IntEnum._convert_("_SSLMethod", __name__, lambda name: name.startswith("PROTOCOL_"), source=_ssl)
enum.IntFlag._convert_("Options", __name__, lambda name: name.startswith("OP_"), source=_ssl)
enum.IntEnum._convert_("AlertDescription", __name__, lambda name: name.startswith("ALERT_DESCRIPTION_"), source=_ssl)
enum.IntEnum._convert_("SSLErrorNumber", __name__, lambda name: name.startswith("SSL_ERROR_"), source=_ssl)
enum.IntEnum._convert_("VerifyMode", __name__, lambda name: name.startswith("CERT_"), source=_ssl)
enum.IntFlag._convert_("VerifyFlags", __name__, lambda name: name.startswith("VERIFY_"), source=_ssl)


class TLSVersion(enum.IntEnum):
    MINIMUM_SUPPORTED = _ssl.PROTO_MINIMUM_SUPPORTED
    SSLv3 = _ssl.PROTO_SSLv3
    TLSv1 = _ssl.PROTO_TLSv1
    TLSv1_1 = _ssl.PROTO_TLSv1_1
    TLSv1_2 = _ssl.PROTO_TLSv1_2
    TLSv1_3 = _ssl.PROTO_TLSv1_3
    MAXIMUM_SUPPORTED = _ssl.PROTO_MAXIMUM_SUPPORTED


class _TLSContentType(enum.IntEnum):
    CHANGE_CIPHER_SPEC = 20
    ALERT = 21
    HANDSHAKE = 22
    APPLICATION_DATA = 23
    HEADER = 0x100
    INNER_CONTENT_TYPE = 0x101


class _TLSMessageType(enum.IntEnum):
    HELLO_REQUEST = 0
    CLIENT_HELLO = 1
    SERVER_HELLO = 2
    HELLO_VERIFY_REQUEST = 3
    NEWSESSION_TICKET = 4
    END_OF_EARLY_DATA = 5
    HELLO_RETRY_REQUEST = 6
    ENCRYPTED_EXTENSIONS = 8
    CERTIFICATE = 11
    SERVER_KEY_EXCHANGE = 12
    CERTIFICATE_REQUEST = 13
    SERVER_DONE = 14
    CERTIFICATE_VERIFY = 15
    CLIENT_KEY_EXCHANGE = 16
    FINISHED = 20
    CERTIFICATE_URL = 21
    CERTIFICATE_STATUS = 22
    SUPPLEMENTAL_DATA = 23
    KEY_UPDATE = 24
    NEXT_PROTO = 67
    MESSAGE_HASH = 254
    CHANGE_CIPHER_SPEC = 257

class _TLSAlertType(enum.IntEnum):
    CLOSE_NOTIFY = 0
    UNEXPECTED_MESSAGE = 10
    BAD_RECORD_MAC = 20
    DECRYPTION_FAILED = 21
    RECORD_OVERFLOW = 22
    DECOMPRESSION_FAILURE = 30
    HANDSHAKE_FAILURE = 40
    NO_CERTIFICATE = 41
    BAD_CERTIFICATE = 42
    UNSUPPORTED_CERTIFICATE = 43
    CERTIFICATE_REVOKED = 44
    CERTIFICATE_EXPIRED = 45
    CERTIFICATE_UNKNOWN = 46
    ILLEGAL_PARAMETER = 47
    UNKNOWN_CA = 48
    ACCESS_DENIED = 49
    DECODE_ERROR = 50
    DECRYPT_ERROR = 51
    EXPORT_RESTRICTION = 60
    PROTOCOL_VERSION = 70
    INSUFFICIENT_SECURITY = 71
    INTERNAL_ERROR = 80
    INAPPROPRIATE_FALLBACK = 86
    USER_CANCELED = 90
    NO_RENEGOTIATION = 100
    MISSING_EXTENSION = 109
    UNSUPPORTED_EXTENSION = 110
    CERTIFICATE_UNOBTAINABLE = 111
    UNRECOGNIZED_NAME = 112
    BAD_CERTIFICATE_STATUS_RESPONSE = 113
    BAD_CERTIFICATE_HASH_VALUE = 114
    UNKNOWN_PSK_IDENTITY = 115
    CERTIFICATE_REQUIRED = 116
    NO_APPLICATION_PROTOCOL = 120


del _cls
_PROTOCOL_NAMES = {p.value: p.name for p in _SSLMethod}
PROTOCOL_SSLv23 = _SSLMethod.PROTOCOL_SSLv23 = _SSLMethod.PROTOCOL_TLS


class _ASN1Object(namedtuple("_ASN1Object", "nid shortname longname oid")):
    """An ASN.1 object identifier, by OID or name."""
    __slots__ = ()

    _KNOWN = {
        "1.3.6.1.5.5.7.3.1": (129, "serverAuth", "TLS Web Server Authentication"),
        "1.3.6.1.5.5.7.3.2": (130, "clientAuth", "TLS Web Client Authentication"),
    }

    def __new__(cls, oid):
        if oid not in cls._KNOWN:
            raise ValueError(f"unknown object '{oid}'")
        return super().__new__(cls, *cls._KNOWN[oid], oid)

    @classmethod
    def fromnid(cls, nid):
        for oid, (n, _, _) in cls._KNOWN.items():
            if n == nid:
                return cls(oid)
        raise ValueError(f"unknown NID {nid}")

    @classmethod
    def fromname(cls, name):
        for oid, (_, short, long) in cls._KNOWN.items():
            if name in (short, long, oid):
                return cls(oid)
        raise ValueError(f"unknown object '{name}'")


class Purpose(_ASN1Object, enum.Enum):
    """SSLContext purpose flags with X509v3 Extended Key Usage objects."""
    SERVER_AUTH = "1.3.6.1.5.5.7.3.1"
    CLIENT_AUTH = "1.3.6.1.5.5.7.3.2"


DefaultVerifyPaths = namedtuple(
    "DefaultVerifyPaths", "cafile capath openssl_cafile_env openssl_cafile openssl_capath_env openssl_capath")

_OPENSSL_CAFILE = "/usr/lib/ssl/cert.pem"
_OPENSSL_CAPATH = "/usr/lib/ssl/certs"


def get_default_verify_paths():
    """Where the trusted certificates are looked for, as OpenSSL's defaults."""
    cafile = os.environ.get("SSL_CERT_FILE", _OPENSSL_CAFILE)
    capath = os.environ.get("SSL_CERT_DIR", _OPENSSL_CAPATH)
    return DefaultVerifyPaths(cafile if os.path.isfile(cafile) else None, capath if os.path.isdir(capath) else None,
                              "SSL_CERT_FILE", _OPENSSL_CAFILE, "SSL_CERT_DIR", _OPENSSL_CAPATH)


def get_protocol_name(protocol_code):
    return _PROTOCOL_NAMES.get(protocol_code, "<unknown>")


_system_store = None


def _system_certificates():
    # The system's store is read once per process.
    global _system_store
    if _system_store is None:
        _system_store = _ssl.system_certificates()
    return _system_store


def _read_file(path):
    with open(path, "rb") as f:
        return f.read()


_VERSION_BITS = {TLSVersion.TLSv1_2: 0x0303, TLSVersion.TLSv1_3: 0x0304}


class _SSLContext:
    """The engine's settings: protocol, verification, options, versions
    (CPython's _ssl._SSLContext). They are descriptors of this base class,
    so code that reaches them through super(SSLContext, SSLContext), as
    truststore does, finds them."""

    sslsocket_class = None
    sslobject_class = None

    def __new__(cls, protocol=None, *args, **kwargs):
        if protocol is None:
            warnings.warn("ssl.SSLContext() without protocol argument is deprecated.", DeprecationWarning, 2)
            protocol = PROTOCOL_TLS
        if protocol not in (PROTOCOL_TLS, PROTOCOL_TLS_CLIENT, PROTOCOL_TLS_SERVER, PROTOCOL_TLSv1_2):
            # TLS 1.0 and 1.1 included: rustls does not speak them.
            raise ValueError("invalid or unsupported protocol version %i" % protocol)
        if protocol in (PROTOCOL_TLS, PROTOCOL_TLSv1_2):
            warnings.warn(f"ssl.{_SSLMethod(protocol).name} is deprecated", DeprecationWarning, 2)
        self = object.__new__(cls)
        self._protocol = _SSLMethod(protocol)
        client = protocol == PROTOCOL_TLS_CLIENT
        self._verify_mode = CERT_REQUIRED if client else CERT_NONE
        self._check_hostname = client
        self._options = Options(OP_ALL | OP_NO_SSLv3 | OP_NO_COMPRESSION | OP_ENABLE_MIDDLEBOX_COMPAT
                                | OP_CIPHER_SERVER_PREFERENCE)
        self._minimum_version = TLSVersion.TLSv1_2
        self._maximum_version = TLSVersion.MAXIMUM_SUPPORTED if protocol != PROTOCOL_TLSv1_2 else TLSVersion.TLSv1_2
        self._verify_flags = VerifyFlags.VERIFY_X509_TRUSTED_FIRST
        self._trusted = []
        self._chain = []
        self._key = None
        self._alpn = []
        self._built = {}
        self.post_handshake_auth = False
        self.hostname_checks_common_name = True
        self.sni_callback = None
        self.keylog_filename = None
        self.num_tickets = 2
        return self

    def __init__(self, protocol=None, *args, **kwargs):
        pass

    def _changed(self):
        self._built = {}

    @property
    def protocol(self):
        return self._protocol

    @property
    def security_level(self):
        return 2

    @property
    def verify_mode(self):
        return self._verify_mode

    @verify_mode.setter
    def verify_mode(self, value):
        value = VerifyMode(value) if value in (0, 1, 2) else value
        if value not in (CERT_NONE, CERT_OPTIONAL, CERT_REQUIRED):
            raise ValueError("invalid value for verify_mode")
        if value == CERT_NONE and self._check_hostname:
            raise ValueError("Cannot set verify_mode to CERT_NONE when check_hostname is enabled.")
        self._verify_mode = VerifyMode(value)
        self._changed()

    @property
    def check_hostname(self):
        return self._check_hostname

    @check_hostname.setter
    def check_hostname(self, value):
        value = bool(value)
        if value and self._verify_mode == CERT_NONE:
            self._verify_mode = CERT_REQUIRED
        self._check_hostname = value
        self._changed()

    @property
    def options(self):
        return self._options

    @options.setter
    def options(self, value):
        self._options = Options(value)
        self._changed()

    @property
    def verify_flags(self):
        return self._verify_flags

    @verify_flags.setter
    def verify_flags(self, value):
        self._verify_flags = VerifyFlags(value)

    def _version_setter(name):
        def setter(self, value):
            if self._protocol not in (PROTOCOL_TLS, PROTOCOL_TLS_CLIENT, PROTOCOL_TLS_SERVER):
                raise ValueError("The context's protocol doesn't support modification of highest and lowest version.")
            setattr(self, name, TLSVersion(value))
            self._changed()
        return setter

    minimum_version = property(lambda self: self._minimum_version, _version_setter("_minimum_version"))
    maximum_version = property(lambda self: self._maximum_version, _version_setter("_maximum_version"))
    del _version_setter

    def _versions(self):
        low = {TLSVersion.MINIMUM_SUPPORTED: 0x0303}.get(self._minimum_version, self._minimum_version)
        high = {TLSVersion.MAXIMUM_SUPPORTED: 0x0304}.get(self._maximum_version, self._maximum_version)
        low = max(low, 0x0303)
        if self._options & OP_NO_TLSv1_2:
            low = max(low, 0x0304)
        if self._options & OP_NO_TLSv1_3:
            high = min(high, 0x0303)
        return low, high


class SSLContext(_SSLContext):
    """An SSLContext holds settings and certificates shared by connections."""

    # -- certificates -------------------------------------------------

    def load_cert_chain(self, certfile, keyfile=None, password=None):
        """Loads this side's certificate chain and private key (PEM)."""
        if not isinstance(certfile, (str, bytes, os.PathLike)):
            raise TypeError("certfile should be a valid filesystem path")
        if keyfile is not None and not isinstance(keyfile, (str, bytes, os.PathLike)):
            raise TypeError("keyfile should be a valid filesystem path")
        if password is not None and not (callable(password) or isinstance(password, (str, bytes, bytearray))):
            raise TypeError("password should be a string or callable")
        cert_pem = _read_file(certfile)
        key_pem = _read_file(keyfile) if keyfile is not None else cert_pem
        try:
            chain = _ssl.pem_certificates(cert_pem)
        except SSLError:
            chain = []
        if not chain:
            raise _error(SSLError, 524297, "[SSL] PEM lib (_ssl.c:3905)", "SSL")
        verdict = _ssl.check_private_key(key_pem)
        if verdict == "encrypted":
            raise NotImplementedError("ssl: password-protected private keys are not supported by ferropy's "
                                      "rustls backend; decrypt the key first")
        if verdict != "ok":
            raise _error(SSLError, 524297, "[SSL] PEM lib (_ssl.c:3926)", "SSL")
        # A server configuration checks that key and certificate match.
        try:
            _ssl.config(True, 0, False, [], chain, key_pem, [], 0x0303, 0x0304)
        except SSLError as e:
            if "KEY_VALUES_MISMATCH" not in str(e):
                raise
            raise _error(SSLError, 116, "[X509: KEY_VALUES_MISMATCH] key values mismatch (_ssl.c:3926)", "X509",
                         "KEY_VALUES_MISMATCH") from None
        self._chain, self._key = chain, key_pem
        self._changed()

    def load_verify_locations(self, cafile=None, capath=None, cadata=None):
        """Adds trusted certificates: a PEM file, a folder of them, or data
        (PEM text or DER bytes)."""
        if cafile is None and capath is None and cadata is None:
            raise TypeError("cafile, capath and cadata cannot be all omitted")
        found = []
        if cafile is not None:
            if not isinstance(cafile, (str, bytes, os.PathLike)):
                raise TypeError("cafile should be a valid filesystem path")
            found += _ssl.pem_certificates(_read_file(cafile))
        if capath is not None:
            if not isinstance(capath, (str, bytes, os.PathLike)):
                raise TypeError("capath should be a valid filesystem path")
            for entry in sorted(os.listdir(capath)):
                path = os.path.join(capath, entry)
                if os.path.isfile(path):
                    try:
                        found += _ssl.pem_certificates(_read_file(path))
                    except (OSError, SSLError):
                        pass
        if cadata is not None:
            if isinstance(cadata, str):
                try:
                    certs = _ssl.pem_certificates(cadata.encode("ascii"))
                except SSLError:
                    certs = []
                if not certs:
                    raise SSLError(0, "no start line: cadata does not contain a certificate (_ssl.c:4020)")
                found += certs
            else:
                try:
                    data = bytes(memoryview(cadata))
                except TypeError:
                    raise TypeError("cadata should be an ASCII string or a bytes-like object") from None
                found += _split_der(data)
        known = set(self._trusted)
        for cert in found:
            if cert not in known:
                self._trusted.append(cert)
                known.add(cert)
        self._changed()

    def load_default_certs(self, purpose=Purpose.SERVER_AUTH):
        if not isinstance(purpose, _ASN1Object):
            raise TypeError(purpose)
        self.set_default_verify_paths()

    def set_default_verify_paths(self):
        known = set(self._trusted)
        self._trusted.extend(c for c in _system_certificates() if c not in known)
        self._changed()

    def cert_store_stats(self):
        cas = sum(1 for c in self._trusted if _ssl.certificate_is_ca(c))
        return {"x509": len(self._trusted), "crl": 0, "x509_ca": cas}

    def get_ca_certs(self, binary_form=False):
        """The trusted certificates that are CAs (as OpenSSL lists them)."""
        cas = [c for c in self._trusted if _ssl.certificate_is_ca(c)]
        if binary_form:
            return cas
        return [_ssl.decode_certificate(c) for c in cas]

    # -- protocol choices ---------------------------------------------

    def set_alpn_protocols(self, alpn_protocols):
        protos = []
        for p in alpn_protocols:
            b = bytes(p, "ascii")
            if len(b) == 0 or len(b) > 255:
                raise SSLError("ALPN protocols must be 1 to 255 in length")
            protos.append(b)
        self._alpn = protos
        self._changed()

    def set_npn_protocols(self, npn_protocols):
        warnings.warn("ssl NPN is deprecated, use ALPN instead", DeprecationWarning, stacklevel=2)
        raise NotImplementedError("The NPN extension requires OpenSSL 1.0.1 or later.")

    def set_ciphers(self, cipherlist):
        # rustls offers only modern AEAD suites; a list naming none of
        # the kinds it has selects nothing, as OpenSSL would say.
        if not isinstance(cipherlist, str):
            raise TypeError(f"set_ciphers() argument must be str, not {type(cipherlist).__name__}")
        words = cipherlist.upper()
        if not any(k in words for k in ("DEFAULT", "ALL", "HIGH", "AES", "CHACHA", "ECDH", "ECDHE", "TLS", "@")):
            raise SSLError(1, "No cipher can be selected.")

    def get_ciphers(self):
        out = []
        for name, proto, bits in _ssl.ciphers():
            out.append({"name": name, "protocol": proto, "strength_bits": bits, "alg_bits": bits, "aead": True,
                        "symmetric": _symmetric(name), "digest": None,
                        "kea": "kx-any" if proto == "TLSv1.3" else "kx-ecdhe",
                        "auth": "auth-any" if proto == "TLSv1.3" else ("auth-ecdsa" if "ECDSA" in name else "auth-rsa"),
                        "description": f"{name} {proto}"})
        return out

    def set_ecdh_curve(self, name):
        if name not in ("prime256v1", "secp384r1", "X25519", "x25519", b"prime256v1", b"secp384r1"):
            raise ValueError(f"unknown elliptic curve name {name!r}")

    def load_dh_params(self, path):
        with open(path, "rb"):
            pass

    def set_servername_callback(self, callback):
        if callback is not None and not callable(callback):
            raise TypeError("not a callable object")
        self.sni_callback = callback

    def session_stats(self):
        keys = ("number", "connect", "connect_good", "connect_renegotiate", "accept", "accept_good",
                "accept_renegotiate", "hits", "misses", "timeouts", "cache_full")
        return dict.fromkeys(keys, 0)

    # -- connections --------------------------------------------------

    def _config(self, server_side):
        built = self._built.get(server_side)
        if built is None:
            low, high = self._versions()
            built = _ssl.config(server_side, self._verify_mode, self._check_hostname and not server_side,
                                self._trusted, self._chain, self._key, self._alpn, low, high)
            self._built[server_side] = built
        return built

    def wrap_socket(self, sock, server_side=False, do_handshake_on_connect=True, suppress_ragged_eofs=True,
                    server_hostname=None, session=None):
        return self.sslsocket_class._create(
            sock=sock, server_side=server_side, do_handshake_on_connect=do_handshake_on_connect,
            suppress_ragged_eofs=suppress_ragged_eofs, server_hostname=server_hostname, context=self,
            session=session)

    def wrap_bio(self, incoming, outgoing, server_side=False, server_hostname=None, session=None):
        return self.sslobject_class._create(incoming, outgoing, server_side=server_side,
                                            server_hostname=self._encode_hostname(server_hostname),
                                            session=session, context=self)

    def _encode_hostname(self, hostname):
        if hostname is None:
            return None
        if isinstance(hostname, str):
            return hostname
        return hostname.decode("ascii")

    def _connection(self, server_side, server_hostname):
        if server_side and server_hostname:
            raise ValueError("server_hostname can only be specified in client mode")
        if not server_side and self._check_hostname and not server_hostname:
            raise ValueError("check_hostname requires server_hostname")
        if server_hostname is not None:
            if not isinstance(server_hostname, str):
                raise TypeError("server_hostname must be a str")
            if server_hostname.startswith("."):
                raise ValueError("server_hostname cannot start with a dot")
            if "\x00" in server_hostname:
                raise ValueError("server_hostname cannot contain null character")
        return self._config(server_side).connect(server_hostname)


def _symmetric(name):
    for key, value in (("AES_256", "aes-256-gcm"), ("AES256", "aes-256-gcm"), ("AES_128", "aes-128-gcm"),
                       ("AES128", "aes-128-gcm"), ("CHACHA20", "chacha20-poly1305")):
        if key in name:
            return value
    return None


def _error(cls, number, message, library=None, reason=None):
    e = cls(number, message)
    e.library = library
    e.reason = reason
    return e


def _split_der(data):
    """The certificates in concatenated DER data."""
    out = []
    i = 0
    missing = "not enough data: cadata does not contain a certificate (_ssl.c:4020)"
    while i < len(data):
        if data[i] != 0x30 or i + 2 > len(data):
            raise SSLError(0, missing)
        n = data[i + 1]
        if n < 0x80:
            size, head = n, 2
        else:
            k = n & 0x7F
            size = int.from_bytes(data[i + 2:i + 2 + k], "big")
            head = 2 + k
        end = i + head + size
        if end > len(data):
            raise SSLError(0, missing)
        out.append(bytes(data[i:end]))
        i = end
    if not out:
        raise SSLError(0, missing)
    return out


def create_default_context(purpose=Purpose.SERVER_AUTH, *, cafile=None, capath=None, cadata=None):
    """A context with secure defaults for a client (SERVER_AUTH) or a
    server (CLIENT_AUTH); trusts the given or the system's certificates."""
    if not isinstance(purpose, _ASN1Object):
        raise TypeError(purpose)
    if purpose == Purpose.SERVER_AUTH:
        context = SSLContext(PROTOCOL_TLS_CLIENT)
        context.verify_mode = CERT_REQUIRED
        context.check_hostname = True
    elif purpose == Purpose.CLIENT_AUTH:
        context = SSLContext(PROTOCOL_TLS_SERVER)
    else:
        raise ValueError(purpose)
    context.verify_flags |= VERIFY_X509_STRICT | VERIFY_X509_PARTIAL_CHAIN
    if cafile or capath or cadata:
        context.load_verify_locations(cafile, capath, cadata)
    elif context.verify_mode != CERT_NONE:
        context.load_default_certs(purpose)
    keylogfile = os.environ.get("SSLKEYLOGFILE")
    if keylogfile and not sys.flags.ignore_environment:
        context.keylog_filename = keylogfile
    return context


def _create_unverified_context(protocol=None, *, cert_reqs=CERT_NONE, check_hostname=False,
                               purpose=Purpose.SERVER_AUTH, certfile=None, keyfile=None, cafile=None,
                               capath=None, cadata=None):
    """A context for code that does not verify (what urllib uses when
    PYTHONHTTPSVERIFY=0)."""
    if not isinstance(purpose, _ASN1Object):
        raise TypeError(purpose)
    if purpose == Purpose.SERVER_AUTH:
        if protocol is None:
            protocol = PROTOCOL_TLS_CLIENT
    elif purpose == Purpose.CLIENT_AUTH:
        if protocol is None:
            protocol = PROTOCOL_TLS_SERVER
    else:
        raise ValueError(purpose)
    context = SSLContext(protocol)
    context.check_hostname = check_hostname
    if cert_reqs is not None:
        context.verify_mode = cert_reqs
    if check_hostname:
        context.check_hostname = True
    if keyfile and not certfile:
        raise ValueError("certfile must be specified")
    if certfile or keyfile:
        context.load_cert_chain(certfile, keyfile)
    if cafile or capath or cadata:
        context.load_verify_locations(cafile, capath, cadata)
    elif context.verify_mode != CERT_NONE:
        context.load_default_certs(purpose)
    return context


_create_default_https_context = create_default_context
_create_stdlib_context = _create_unverified_context


class MemoryBIO:
    """A buffer of bytes for SSLObject: one carries what arrived from the
    peer, one what must be sent to it."""

    def __init__(self):
        self._buffer = bytearray()
        self._eof_written = False

    @property
    def pending(self):
        return len(self._buffer)

    @property
    def eof(self):
        return self._eof_written and not self._buffer

    def read(self, size=-1):
        n = len(self._buffer) if size < 0 else min(size, len(self._buffer))
        data = bytes(self._buffer[:n])
        del self._buffer[:n]
        return data

    def write(self, b):
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        view = memoryview(b)
        if self._eof_written:
            raise SSLError("cannot write() after write_eof()")
        self._buffer += view
        return view.nbytes

    def write_eof(self):
        self._eof_written = True


class SSLSession:
    """Sessions are not resumed explicitly by this backend."""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'ssl.SSLSession' instances")


class _Certificate:
    """A certificate of a peer's chain (what _sslobj.get_verified_chain()
    returns)."""

    def __init__(self, der):
        self._der = der

    def public_bytes(self, format=1):
        # 1 is ENCODING_PEM, 2 ENCODING_DER, as in CPython's _ssl.
        return DER_cert_to_PEM_cert(self._der) if format == 1 else self._der

    def get_info(self):
        return _ssl.decode_certificate(self._der)

    def __eq__(self, other):
        return isinstance(other, _Certificate) and other._der == self._der

    def __hash__(self):
        return hash(self._der)

    def __repr__(self):
        subject = ",".join("=".join(pair) for rdn in self.get_info()["subject"] for pair in rdn)
        return f"<Certificate '{subject}'>"


class _EngineView:
    """What `SSLSocket._sslobj` and `SSLObject._sslobj` show of the TLS
    engine: its owner, context and the peer's chains."""

    def __init__(self, owner):
        self.owner = owner

    @property
    def context(self):
        return self.owner.context

    def get_unverified_chain(self):
        return [_Certificate(c) for c in self.owner._conn.peer_certificates() or ()]

    def get_verified_chain(self):
        chain = self.get_unverified_chain()
        if chain and self.owner.context.verify_mode != CERT_NONE:
            # The trusted certificate that signed the last one sent.
            issuer = chain[-1].get_info()["issuer"]
            if issuer != chain[-1].get_info()["subject"]:
                for der in self.owner.context._trusted:
                    if _ssl.decode_certificate(der)["subject"] == issuer:
                        chain.append(_Certificate(der))
                        break
        return chain


def _peer_certificate(conn, context, binary_form):
    if not conn.handshake_done():
        raise ValueError("handshake not done yet")
    certs = conn.peer_certificates()
    if not certs:
        return None
    if binary_form:
        return certs[0]
    if context.verify_mode == CERT_NONE:
        return {}
    return _ssl.decode_certificate(certs[0])


class _Endpoint:
    """What SSLObject and SSLSocket share: the context, and what the
    engine (`_conn`, None once unwrapped) tells about the session."""

    @property
    def context(self):
        return self._context

    @context.setter
    def context(self, ctx):
        self._context = ctx

    def selected_npn_protocol(self):
        warnings.warn("ssl NPN is deprecated, use ALPN instead", DeprecationWarning, stacklevel=2)
        return None

    def selected_alpn_protocol(self):
        return None if self._conn is None else self._conn.alpn()

    def cipher(self):
        return None if self._conn is None else self._conn.cipher()

    def shared_ciphers(self):
        return None if self._conn is None or not self._conn.handshake_done() else _ssl.ciphers()

    def compression(self):
        return None

    def version(self):
        return None if self._conn is None else self._conn.version()

    def get_channel_binding(self, cb_type="tls-unique"):
        raise ValueError(f"{cb_type!r} channel binding type not implemented")


class _NoHostname:
    """The engine of an SSLObject made with check_hostname on and no
    server_hostname: every use raises, as CPython's does at handshake."""

    def __getattr__(self, name):
        def refuse(*args, **kwargs):
            raise ValueError("check_hostname requires server_hostname")
        return refuse


class SSLObject(_Endpoint):
    """TLS over two MemoryBIOs: the caller moves the bytes."""

    def __init__(self, *args, **kwargs):
        raise TypeError(f"{self.__class__.__name__} does not have a public constructor. "
                        "Instances are returned by SSLContext.wrap_bio().")

    @classmethod
    def _create(cls, incoming, outgoing, server_side=False, server_hostname=None, session=None, context=None):
        self = cls.__new__(cls)
        if session is not None:
            raise ValueError("Cannot set session for server-side SSLSocket." if server_side
                             else "Session refers to a different SSLContext.")
        if not server_side and context.check_hostname and not server_hostname:
            # CPython makes the object and fails when it is used.
            self._conn = _NoHostname()
        else:
            self._conn = context._connection(server_side, server_hostname)
        self._incoming = incoming
        self._outgoing = outgoing
        self._context = context
        self._server_side = server_side
        self._server_hostname = server_hostname
        self._closed_input = False
        return self

    def _run(self, op, *args):
        if not self._closed_input:
            data = self._incoming.read()
            if data:
                self._conn.feed(data)
            if self._incoming.eof:
                self._conn.feed_eof()
                self._closed_input = True
        try:
            return op(*args)
        finally:
            data = self._conn.outgoing()
            if data:
                self._outgoing.write(data)

    @property
    def _sslobj(self):
        return _EngineView(self)

    @property
    def session(self):
        return None

    @property
    def session_reused(self):
        return False

    @property
    def server_side(self):
        return self._server_side

    @property
    def server_hostname(self):
        return self._server_hostname

    def read(self, len=1024, buffer=None):
        data = self._run(self._conn.read, len if buffer is None or len > 0 else memoryview(buffer).nbytes)
        if buffer is None:
            return data
        memoryview(buffer)[:_len(data)] = data
        return _len(data)

    def write(self, data):
        return self._run(self._conn.write, data)

    def getpeercert(self, binary_form=False):
        return _peer_certificate(self._conn, self._context, binary_form)

    def pending(self):
        return self._conn.pending()

    def do_handshake(self):
        self._run(self._conn.handshake)

    def unwrap(self):
        self._run(self._conn.shutdown)

    def verify_client_post_handshake(self):
        raise _error(SSLError, 1, "[SSL: EXTENSION_NOT_RECEIVED] extension not received (_ssl.c:2732)", "SSL",
                     "EXTENSION_NOT_RECEIVED")


_len = len


def _timeout_error(what):
    return TimeoutError(f"The {what} operation timed out")


class SSLSocket(_Endpoint, socket):
    """A socket whose bytes go through TLS."""

    def __init__(self, *args, **kwargs):
        raise TypeError(f"{self.__class__.__name__} does not have a public constructor. "
                        "Instances are returned by SSLContext.wrap_socket().")

    @classmethod
    def _create(cls, sock, server_side=False, do_handshake_on_connect=True, suppress_ragged_eofs=True,
                server_hostname=None, context=None, session=None):
        if sock.getsockopt(SOL_SOCKET, SO_TYPE) != SOCK_STREAM:
            raise NotImplementedError("only stream sockets are supported")
        if server_side:
            if server_hostname:
                raise ValueError("server_hostname can only be specified in server mode")
            if session is not None:
                raise ValueError("session can only be specified in client mode")
        if context.check_hostname and not server_hostname and not server_side:
            raise ValueError("check_hostname requires server_hostname")
        kwargs = dict(family=sock.family, type=sock.type, proto=sock.proto, fileno=sock.fileno())
        self = cls.__new__(cls, **kwargs)
        super(SSLSocket, self).__init__(**kwargs)
        sock_timeout = sock.gettimeout()
        sock.detach()
        self._context = context
        self._session = session
        self._closed = False
        self._conn = None
        self._unsent = bytearray()
        self.server_side = server_side
        self.server_hostname = context._encode_hostname(server_hostname)
        self.do_handshake_on_connect = do_handshake_on_connect
        self.suppress_ragged_eofs = suppress_ragged_eofs
        self.settimeout(sock_timeout)
        try:
            self.getpeername()
        except OSError as e:
            if e.errno != errno.ENOTCONN:
                raise
            connected = False
            # A socket that became connected meanwhile still counts as not
            # connected here, as in CPython.
            blocking = self.getblocking()
            self.setblocking(False)
            try:
                notconn_pre_handshake_data = self.recv(1)
            except OSError as e:
                if e.errno not in (errno.ENOTCONN, errno.EINVAL):
                    raise
                notconn_pre_handshake_data = b""
            self.setblocking(blocking)
            if notconn_pre_handshake_data:
                reason = "Closed before TLS handshake with data in recv buffer."
                raise SSLError(reason)
        else:
            connected = True
        self._connected = connected
        if connected:
            try:
                self._conn = context._connection(server_side, self.server_hostname)
                if do_handshake_on_connect:
                    timeout = self.gettimeout()
                    if timeout == 0.0:
                        raise ValueError("do_handshake_on_connect should not be specified for "
                                         "non-blocking sockets")
                    self.do_handshake()
            except (OSError, ValueError):
                self.close()
                raise
        return self

    # -- the engine over the socket -----------------------------------

    def _flush(self, what, strict=False):
        """Sends the engine's records. On a non-blocking socket what does
        not fit waits in `_unsent`; `strict` makes that SSLWantWriteError
        (a write must not be taken while earlier records wait)."""
        data = self._conn.outgoing()
        if data:
            self._unsent += data
        if not self._unsent:
            return
        if self.gettimeout() is None:
            socket.sendall(self, self._unsent)
            self._unsent.clear()
            return
        while self._unsent:
            try:
                n = socket.send(self, self._unsent)
            except BlockingIOError:
                if strict:
                    raise _error(SSLWantWriteError, SSL_ERROR_WANT_WRITE,
                                 "The operation did not complete (write) (_ssl.c:%d)" % _PLACES[what]) from None
                return
            except TimeoutError:
                raise _timeout_error(what) from None
            del self._unsent[:n]

    def _fill(self, what):
        """Reads records from the socket into the engine; False at EOF.
        While shutting down it reads exactly one record: what follows the
        peer's close_notify is plain data for the unwrapped socket."""
        try:
            data = self._read_record() if what == "shutdown" else socket.recv(self, 65536)
        except TimeoutError:
            raise _timeout_error(what) from None
        if not data:
            self._conn.feed_eof()
            return False
        self._conn.feed(data)
        return True

    def _read_record(self):
        header = self._read_exactly(5)
        if len(header) < 5:
            return header
        return header + self._read_exactly(int.from_bytes(header[3:5], "big"))

    def _read_exactly(self, n):
        data = b""
        while len(data) < n:
            chunk = socket.recv(self, n - len(data))
            if not chunk:
                break
            data += chunk
        return data

    def _run(self, what, op, *args):
        while True:
            try:
                result = op(*args)
            except SSLWantReadError:
                self._flush(what)
                try:
                    self._fill(what)
                except BlockingIOError:
                    raise SSLWantReadError(
                        SSL_ERROR_WANT_READ,
                        "The operation did not complete (read) (_ssl.c:%d)" % _PLACES[what]) from None
                continue
            except SSLError:
                # Send the alert that says why, if the peer still listens.
                try:
                    self._flush(what)
                except OSError:
                    pass
                raise
            self._flush(what)
            return result

    def _check_connected(self):
        if not self._connected:
            # A connected socket's getpeername works; an unconnected one's
            # raises ENOTCONN, as CPython reports it.
            self.getpeername()

    # -- the socket interface ------------------------------------------

    @property
    def _sslobj(self):
        return None if self._conn is None else _EngineView(self)

    @property
    def session(self):
        return None

    @session.setter
    def session(self, session):
        if session is not None:
            raise ValueError("Session refers to a different SSLContext.")

    @property
    def session_reused(self):
        return False if self._conn is not None else None

    def dup(self):
        raise NotImplementedError(f"Can't dup() {self.__class__.__name__} instances")

    def read(self, len=1024, buffer=None):
        """Reads up to len bytes (into buffer, if given)."""
        if self._conn is None:
            raise ValueError("Read on closed or unwrapped SSL socket.")
        if len < 0 and buffer is None:
            raise ValueError("size should not be negative")
        want = len if buffer is None or len > 0 else memoryview(buffer).nbytes
        try:
            data = self._run("read", self._conn.read, want)
        except SSLError as x:
            if x.args[0] == SSL_ERROR_EOF and self.suppress_ragged_eofs:
                data = b""
            else:
                raise
        if buffer is None:
            return data
        memoryview(buffer)[:_len(data)] = data
        return _len(data)

    def write(self, data):
        """Writes data; returns the number of bytes written."""
        if self._conn is None:
            raise ValueError("Write on closed or unwrapped SSL socket.")
        if self._unsent:
            self._flush("write", strict=True)
        return self._run("write", self._conn.write, data)

    def getpeercert(self, binary_form=False):
        self._check_connected()
        return _peer_certificate(self._conn, self._context, binary_form)

    def send(self, data, flags=0):
        if self._conn is not None:
            if flags != 0:
                raise ValueError(f"non-zero flags not allowed in calls to send() on {self.__class__}")
            return self.write(data)
        return super().send(data, flags)

    def sendto(self, data, flags_or_addr, addr=None):
        if self._conn is not None:
            raise ValueError(f"sendto not allowed on instances of {self.__class__}")
        if addr is None:
            return super().sendto(data, flags_or_addr)
        return super().sendto(data, flags_or_addr, addr)

    def sendmsg(self, *args, **kwargs):
        raise NotImplementedError(f"sendmsg not allowed on instances of {self.__class__}")

    def sendall(self, data, flags=0):
        if self._conn is not None:
            if flags != 0:
                raise ValueError(f"non-zero flags not allowed in calls to sendall() on {self.__class__}")
            with memoryview(data) as view, view.cast("B") as byte_view:
                amount = _len(byte_view)
                count = 0
                while count < amount:
                    count += self.send(byte_view[count:count + 1048576])
            return None
        return super().sendall(data, flags)

    def sendfile(self, file, offset=0, count=None):
        if self._conn is not None:
            return self._sendfile_use_send(file, offset, count)
        return super().sendfile(file, offset, count)

    def _sendfile_use_send(self, file, offset=0, count=None):
        self._check_sendfile_params(file, offset, count)
        if offset:
            file.seek(offset)
        total = 0
        while count is None or total < count:
            chunk = file.read(min(8192, count - total) if count is not None else 8192)
            if not chunk:
                break
            self.sendall(chunk)
            total += _len(chunk)
        if total > 0 and hasattr(file, "seek"):
            file.seek(offset + total)
        return total

    def recv(self, buflen=1024, flags=0):
        if self._conn is not None:
            if flags != 0:
                raise ValueError(f"non-zero flags not allowed in calls to recv() on {self.__class__}")
            return self.read(buflen)
        return super().recv(buflen, flags)

    def recv_into(self, buffer, nbytes=None, flags=0):
        if buffer is not None and nbytes is None:
            nbytes = memoryview(buffer).nbytes
        elif nbytes is None:
            nbytes = 1024
        if self._conn is not None:
            if flags != 0:
                raise ValueError(f"non-zero flags not allowed in calls to recv_into() on {self.__class__}")
            return self.read(nbytes, buffer)
        return super().recv_into(buffer, nbytes, flags)

    def recvfrom(self, buflen=1024, flags=0):
        if self._conn is not None:
            raise ValueError(f"recvfrom not allowed on instances of {self.__class__}")
        return super().recvfrom(buflen, flags)

    def recvfrom_into(self, buffer, nbytes=None, flags=0):
        if self._conn is not None:
            raise ValueError(f"recvfrom_into not allowed on instances of {self.__class__}")
        return super().recvfrom_into(buffer, nbytes, flags)

    def recvmsg(self, *args, **kwargs):
        raise NotImplementedError(f"recvmsg not allowed on instances of {self.__class__}")

    def recvmsg_into(self, *args, **kwargs):
        raise NotImplementedError(f"recvmsg_into not allowed on instances of {self.__class__}")

    def pending(self):
        return 0 if self._conn is None else self._conn.pending()

    def shutdown(self, how):
        self._conn = None
        super().shutdown(how)

    def unwrap(self):
        """Ends TLS (close_notify both ways); returns the plain socket."""
        if self._conn is None:
            raise ValueError(f"No SSL wrapper around {self}")
        self._run("shutdown", self._conn.shutdown)
        self._conn = None
        return self

    def verify_client_post_handshake(self):
        # rustls has no post-handshake authentication: as OpenSSL answers
        # when the client did not offer it.
        if self._conn is None:
            raise ValueError("No SSL wrapper around " + str(self))
        raise _error(SSLError, 1, "[SSL: EXTENSION_NOT_RECEIVED] extension not received (_ssl.c:2732)", "SSL",
                     "EXTENSION_NOT_RECEIVED")

    def _real_close(self):
        self._conn = None
        super()._real_close()

    def do_handshake(self, block=False):
        self._check_connected()
        timeout = self.gettimeout()
        try:
            if timeout == 0.0 and block:
                self.settimeout(None)
            self._run("handshake", self._conn.handshake)
        finally:
            self.settimeout(timeout)

    def _real_connect(self, addr, connect_ex):
        if self.server_side:
            raise ValueError("can't connect in server-side mode")
        if self._connected or self._conn is not None:
            raise ValueError("attempt to connect already-connected SSLSocket!")
        self._conn = self._context._connection(False, self.server_hostname)
        try:
            if connect_ex:
                rc = super().connect_ex(addr)
            else:
                rc = None
                super().connect(addr)
            if not rc:
                self._connected = True
                if self.do_handshake_on_connect:
                    self.do_handshake()
            return rc
        except (OSError, ValueError):
            self._conn = None
            raise

    def connect(self, addr):
        self._real_connect(addr, False)

    def connect_ex(self, addr):
        return self._real_connect(addr, True)

    def accept(self):
        newsock, addr = super().accept()
        newsock = self.context.wrap_socket(newsock, do_handshake_on_connect=self.do_handshake_on_connect,
                                           suppress_ragged_eofs=self.suppress_ragged_eofs, server_side=True)
        return newsock, addr



_PLACES = {"handshake": 1006, "read": 2580, "write": 2427, "shutdown": 2706}

SSLContext.sslsocket_class = SSLSocket
SSLContext.sslobject_class = SSLObject


def wrap_socket(sock, keyfile=None, certfile=None, server_side=False, cert_reqs=CERT_NONE,
                ssl_version=PROTOCOL_TLS, ca_certs=None, do_handshake_on_connect=True, suppress_ragged_eofs=True,
                ciphers=None):
    warnings.warn("ssl.wrap_socket() is deprecated, use SSLContext.wrap_socket()", category=DeprecationWarning,
                  stacklevel=2)
    if server_side and not certfile:
        raise ValueError("certfile must be specified for server-side operations")
    if keyfile and not certfile:
        raise ValueError("certfile must be specified")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        context = SSLContext(ssl_version)
    context.verify_mode = cert_reqs
    if ca_certs:
        context.load_verify_locations(ca_certs)
    if certfile:
        context.load_cert_chain(certfile, keyfile)
    if ciphers:
        context.set_ciphers(ciphers)
    return context.wrap_socket(sock=sock, server_side=server_side, do_handshake_on_connect=do_handshake_on_connect,
                               suppress_ragged_eofs=suppress_ragged_eofs)


def cert_time_to_seconds(cert_time):
    """Seconds since the Epoch for a certificate's "notBefore"/"notAfter"
    text ("May  9 00:00:00 2007 GMT")."""
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    time_format = " %d %H:%M:%S %Y GMT"
    try:
        month_number = months.index(cert_time[:3].title()) + 1
    except ValueError:
        raise ValueError('time data %r does not match format "%%b%s"' % (cert_time, time_format)) from None
    tt = time.strptime(cert_time[3:], time_format)
    return calendar.timegm((tt[0], month_number) + tt[2:6])


def DER_cert_to_PEM_cert(der_cert_bytes):
    """A DER-encoded certificate as PEM text."""
    f = str(base64.standard_b64encode(der_cert_bytes), "ASCII", "strict")
    ss = [PEM_HEADER]
    ss += [f[i:i + 64] for i in range(0, len(f), 64)]
    ss.append(PEM_FOOTER + "\n")
    return "\n".join(ss)


def PEM_cert_to_DER_cert(pem_cert_string):
    """The DER bytes of a PEM certificate."""
    if not pem_cert_string.startswith(PEM_HEADER):
        raise ValueError("Invalid PEM encoding; must start with %s" % PEM_HEADER)
    if not pem_cert_string.strip().endswith(PEM_FOOTER):
        raise ValueError("Invalid PEM encoding; must end with %s" % PEM_FOOTER)
    d = pem_cert_string.strip()[len(PEM_HEADER):-len(PEM_FOOTER)]
    return base64.decodebytes(d.encode("ASCII", "strict"))


def get_server_certificate(addr, ssl_version=PROTOCOL_TLS_CLIENT, ca_certs=None, timeout=_socket._GLOBAL_DEFAULT_TIMEOUT):
    """The PEM certificate of the server at addr (host, port)."""
    host, port = addr
    if ca_certs is not None:
        cert_reqs = CERT_REQUIRED
    else:
        cert_reqs = CERT_NONE
    context = _create_stdlib_context(ssl_version, cert_reqs=cert_reqs, cafile=ca_certs)
    with create_connection(addr, timeout=timeout) as sock:
        with context.wrap_socket(sock, server_hostname=host) as sslsock:
            dercert = sslsock.getpeercert(True)
    return DER_cert_to_PEM_cert(dercert)


def _dnsname_match(dn, hostname):
    if not dn:
        return False
    wildcards = dn.count("*")
    if not wildcards:
        return dn.lower() == hostname.lower()
    if wildcards > 1:
        raise CertificateError("too many wildcards in certificate DNS name: {!r}.".format(dn))
    dn_leftmost, sep, dn_remainder = dn.partition(".")
    if "*" in dn_remainder:
        raise CertificateError("wildcard can only be present in the leftmost label: {!r}.".format(dn))
    if not sep:
        raise CertificateError("sole wildcard without additional labels are not support: {!r}.".format(dn))
    if dn_leftmost != "*":
        raise CertificateError("partial wildcards in leftmost label are not supported: {!r}.".format(dn))
    hostname_leftmost, sep, hostname_remainder = hostname.partition(".")
    if not hostname_leftmost or not sep:
        return False
    return dn_remainder.lower() == hostname_remainder.lower()


def _inet_paton(ipname):
    try:
        addr = _socket.inet_aton(ipname)
    except OSError:
        pass
    else:
        if _socket.inet_ntoa(addr) == ipname:
            return addr
        raise ValueError("{!r} is not a quad-dotted IPv4 address.".format(ipname))
    try:
        return _socket.inet_pton(_socket.AF_INET6, ipname)
    except OSError:
        raise ValueError("{!r} is neither an IPv4 nor an IP6 address.".format(ipname))
    except AttributeError:
        pass
    raise ValueError("{!r} is not an IPv4 address.".format(ipname))


def _ipaddress_match(cert_ipaddress, host_ip):
    ip = _inet_paton(cert_ipaddress.rstrip())
    return ip == host_ip


def match_hostname(cert, hostname):
    """Checks a getpeercert() dict against hostname (deprecated since 3.7:
    the handshake checks it)."""
    warnings.warn("ssl.match_hostname() is deprecated", category=DeprecationWarning, stacklevel=2)
    if not cert:
        raise ValueError("empty or no certificate, match_hostname needs a SSL socket or SSL context with either "
                         "CERT_OPTIONAL or CERT_REQUIRED")
    try:
        host_ip = _inet_paton(hostname)
    except ValueError:
        host_ip = None
    dnsnames = []
    san = cert.get("subjectAltName", ())
    for key, value in san:
        if key == "DNS":
            if host_ip is None and _dnsname_match(value, hostname):
                return
            dnsnames.append(value)
        elif key == "IP Address":
            if host_ip is not None and _ipaddress_match(value, host_ip):
                return
            dnsnames.append(value)
    if not dnsnames:
        for sub in cert.get("subject", ()):
            for key, value in sub:
                if key == "commonName":
                    if _dnsname_match(value, hostname):
                        return
                    dnsnames.append(value)
    if len(dnsnames) > 1:
        raise CertificateError("hostname %r doesn't match either of %s" % (hostname, ", ".join(map(repr, dnsnames))))
    elif len(dnsnames) == 1:
        raise CertificateError("hostname %r doesn't match %r" % (hostname, dnsnames[0]))
    else:
        raise CertificateError("no appropriate commonName or subjectAltName fields were found")


def RAND_bytes(n):
    """n cryptographically strong random bytes."""
    if n < 0:
        raise ValueError("num must be positive")
    return os.urandom(n)


def RAND_pseudo_bytes(n):
    warnings.warn("ssl.RAND_pseudo_bytes() is deprecated", DeprecationWarning, stacklevel=2)
    return RAND_bytes(n), True


def RAND_status():
    return True


def RAND_add(string, entropy):
    if not isinstance(string, (str, bytes, bytearray, memoryview)):
        raise TypeError(f"a bytes-like object is required, not '{type(string).__name__}'")
