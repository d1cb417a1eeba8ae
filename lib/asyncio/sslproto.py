"""TLS for asyncio transports.

An SSLProtocol sits between a plain transport (a socket's) and the
application's protocol. It feeds what arrives into an SSLObject through
a MemoryBIO, hands decrypted data to the application, and sends what the
SSLObject produces. The application sees an _SSLProtocolTransport, which
writes through TLS and closes with a close_notify.

States: HANDSHAKE -> WRAPPED -> SHUTDOWN -> UNWRAPPED. Data the
application writes before the handshake ends waits in `_pending`.
"""

import collections

from . import constants, exceptions, protocols, transports
from .log import logger

try:
    import ssl
except ImportError:  # pragma: no cover
    ssl = None

HANDSHAKE, WRAPPED, SHUTDOWN, UNWRAPPED = "HANDSHAKE", "WRAPPED", "SHUTDOWN", "UNWRAPPED"
_READ_SIZE = 256 * 1024


def _create_transport_context(server_side, server_hostname):
    if server_side:
        raise ValueError("Server side SSL needs a valid SSLContext")
    context = ssl.create_default_context()
    if not server_hostname:
        context.check_hostname = False
    return context


class _SSLProtocolTransport(transports.Transport):
    """The application's side of a TLS connection."""

    _start_tls_compatible = True
    _sendfile_compatible = constants._SendfileMode.FALLBACK

    def __init__(self, loop, ssl_protocol):
        super().__init__()
        self._loop = loop
        self._ssl_protocol = ssl_protocol
        self._closed = False

    def get_extra_info(self, name, default=None):
        return self._ssl_protocol._get_extra_info(name, default)

    def set_protocol(self, protocol):
        self._ssl_protocol._set_app_protocol(protocol)

    def get_protocol(self):
        return self._ssl_protocol._app_protocol

    def is_closing(self):
        return self._closed

    def close(self):
        """Sends close_notify, then closes the connection."""
        if not self._closed:
            self._closed = True
            self._ssl_protocol._start_shutdown()

    def __del__(self):
        if not self._closed:
            self._closed = True
            try:
                self._ssl_protocol._transport_gone()
            except Exception:
                pass

    def is_reading(self):
        transport = self._ssl_protocol._transport
        return transport is not None and transport.is_reading()

    def pause_reading(self):
        if self._ssl_protocol._transport is not None:
            self._ssl_protocol._transport.pause_reading()

    def resume_reading(self):
        if self._ssl_protocol._transport is not None:
            self._ssl_protocol._transport.resume_reading()

    def set_write_buffer_limits(self, high=None, low=None):
        self._ssl_protocol._transport.set_write_buffer_limits(high, low)

    def get_write_buffer_limits(self):
        return self._ssl_protocol._transport.get_write_buffer_limits()

    def get_write_buffer_size(self):
        transport = self._ssl_protocol._transport
        return 0 if transport is None else transport.get_write_buffer_size()

    @property
    def _protocol_paused(self):
        transport = self._ssl_protocol._transport
        return transport is not None and transport._protocol_paused

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f"data: expecting a bytes-like instance, got {type(data).__name__}")
        if not data:
            return
        self._ssl_protocol._write_appdata(bytes(data))

    def writelines(self, list_of_data):
        self.write(b"".join(list_of_data))

    def write_eof(self):
        raise NotImplementedError("SSL doesn't support half-closes")

    def can_write_eof(self):
        return False

    def abort(self):
        self._closed = True
        self._ssl_protocol._abort()


class SSLProtocol(protocols.Protocol):
    """TLS over a plain transport, for one application protocol."""

    def __init__(self, loop, app_protocol, sslcontext, waiter, server_side=False, server_hostname=None,
                 call_connection_made=True, ssl_handshake_timeout=None, ssl_shutdown_timeout=None):
        if ssl is None:
            raise RuntimeError("stdlib ssl module not available")
        if ssl_handshake_timeout is None:
            ssl_handshake_timeout = constants.SSL_HANDSHAKE_TIMEOUT
        elif ssl_handshake_timeout <= 0:
            raise ValueError(f"ssl_handshake_timeout should be a positive number, got {ssl_handshake_timeout}")
        if ssl_shutdown_timeout is None:
            ssl_shutdown_timeout = constants.SSL_SHUTDOWN_TIMEOUT
        elif ssl_shutdown_timeout <= 0:
            raise ValueError(f"ssl_shutdown_timeout should be a positive number, got {ssl_shutdown_timeout}")
        if not sslcontext:
            sslcontext = _create_transport_context(server_side, server_hostname)
        self._loop = loop
        self._sslcontext = sslcontext
        self._server_side = server_side
        self._server_hostname = server_hostname if server_hostname and not server_side else None
        self._waiter = waiter
        self._call_connection_made = call_connection_made
        self._handshake_timeout = ssl_handshake_timeout
        self._shutdown_timeout = ssl_shutdown_timeout
        self._incoming = ssl.MemoryBIO()
        self._outgoing = ssl.MemoryBIO()
        self._sslobj = None
        self._transport = None
        self._state = UNWRAPPED
        self._pending = collections.deque()
        self._extra = dict(sslcontext=sslcontext)
        self._timer = None
        self._app_made = False
        self._set_app_protocol(app_protocol)
        self._app_transport = _SSLProtocolTransport(loop, self)
        self._app_transport_given = False

    def _set_app_protocol(self, app_protocol):
        self._app_protocol = app_protocol

    def _get_app_transport(self):
        if self._app_transport_given:
            raise RuntimeError("Creating _SSLProtocolTransport twice")
        self._app_transport_given = True
        return self._app_transport

    def _get_extra_info(self, name, default=None):
        if name in self._extra:
            return self._extra[name]
        if self._transport is not None:
            return self._transport.get_extra_info(name, default)
        return default

    def _wake_waiter(self, exc=None):
        waiter, self._waiter = self._waiter, None
        if waiter is not None and not waiter.cancelled():
            if exc is None:
                waiter.set_result(None)
            else:
                waiter.set_exception(exc)

    def _cancel_timer(self):
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    # ----- the plain transport's events ---------------------------------

    def connection_made(self, transport):
        self._transport = transport
        self._sslobj = self._sslcontext.wrap_bio(self._incoming, self._outgoing, server_side=self._server_side,
                                                 server_hostname=self._server_hostname)
        self._state = HANDSHAKE
        self._timer = self._loop.call_later(self._handshake_timeout, self._handshake_timed_out)
        self._do_handshake()

    def connection_lost(self, exc):
        self._cancel_timer()
        self._pending.clear()
        state, self._state = self._state, UNWRAPPED
        if self._app_made:
            self._app_made = False
            self._loop.call_soon(self._app_protocol.connection_lost, exc)
        elif state == HANDSHAKE:
            self._wake_waiter(exc if exc is not None else ConnectionResetError("Connection lost"))
        self._transport = None
        self._app_transport._closed = True

    def pause_writing(self):
        self._app_protocol.pause_writing()

    def resume_writing(self):
        self._app_protocol.resume_writing()

    def data_received(self, data):
        try:
            self._incoming.write(data)
        except ssl.SSLError:
            return
        if self._state == HANDSHAKE:
            self._do_handshake()
        elif self._state == WRAPPED:
            self._do_read()
        elif self._state == SHUTDOWN:
            self._do_shutdown()

    def eof_received(self):
        try:
            if self._loop.get_debug():
                logger.debug("%r received EOF", self)
            if self._state == HANDSHAKE:
                self._on_handshake_complete(ConnectionResetError("SSL handshake is in progress"))
            elif self._state == WRAPPED:
                self._incoming.write_eof()
                self._do_read()
            elif self._state == SHUTDOWN:
                self._abort()
        except Exception:
            self._transport.close()
            raise
        return None

    # ----- handshake -----------------------------------------------------

    def _handshake_timed_out(self):
        self._timer = None
        if self._state == HANDSHAKE:
            msg = f"SSL handshake is taking longer than {self._handshake_timeout} seconds: aborting the connection"
            self._on_handshake_complete(ConnectionAbortedError(msg))

    def _do_handshake(self):
        try:
            self._sslobj.do_handshake()
        except ssl.SSLWantReadError:
            self._flush()
            return
        except ssl.SSLError as exc:
            self._flush()
            self._on_handshake_complete(exc)
            return
        self._flush()
        self._on_handshake_complete(None)

    def _on_handshake_complete(self, exc):
        self._cancel_timer()
        if exc is not None:
            self._state = UNWRAPPED
            if isinstance(exc, ssl.CertificateError):
                msg = "SSL handshake failed on verifying the certificate"
            else:
                msg = "SSL handshake failed"
            if self._loop.get_debug():
                logger.warning("%r: %s", self, msg, exc_info=True)
            if self._transport is not None:
                self._transport.abort() if not isinstance(exc, ssl.SSLError) else self._transport.close()
            self._wake_waiter(exc)
            return
        sslobj = self._sslobj
        self._extra.update(peercert=sslobj.getpeercert(), cipher=sslobj.cipher(), compression=sslobj.compression(),
                           ssl_object=sslobj)
        self._state = WRAPPED
        self._app_made = True
        if self._call_connection_made:
            self._app_protocol.connection_made(self._get_app_transport())
        self._wake_waiter()
        while self._pending and self._state == WRAPPED:
            self._write_now(self._pending.popleft())
        # Records that came with the end of the handshake.
        self._loop.call_soon(self._read_after_handshake)

    def _read_after_handshake(self):
        if self._state == WRAPPED:
            self._do_read()

    # ----- data ----------------------------------------------------------

    def _flush(self):
        data = self._outgoing.read()
        if data and self._transport is not None:
            self._transport.write(data)

    def _do_read(self):
        chunks = []
        closed = False
        try:
            while True:
                data = self._sslobj.read(_READ_SIZE)
                if not data:
                    closed = True
                    break
                chunks.append(data)
        except ssl.SSLWantReadError:
            pass
        except (ssl.SSLZeroReturnError, ssl.SSLEOFError):
            closed = True
        except ssl.SSLError as exc:
            self._flush()
            self._fatal_error(exc, "Fatal error on SSL protocol")
            return
        self._flush()
        for data in chunks:
            if isinstance(self._app_protocol, protocols.BufferedProtocol):
                protocols._feed_data_to_buffered_proto(self._app_protocol, data)
            else:
                self._app_protocol.data_received(data)
        if closed and self._state == WRAPPED:
            keep_open = self._app_protocol.eof_received()
            if keep_open:
                logger.warning("returning true from eof_received() has no effect when using ssl")
            self._start_shutdown()

    def _write_appdata(self, data):
        if self._state == HANDSHAKE:
            self._pending.append(data)
        elif self._state == WRAPPED:
            self._write_now(data)

    def _write_now(self, data):
        try:
            self._sslobj.write(data)
        except ssl.SSLError as exc:
            self._fatal_error(exc, "Fatal error on SSL protocol")
            return
        self._flush()

    # ----- closing -------------------------------------------------------

    def _start_shutdown(self):
        if self._state in (SHUTDOWN, UNWRAPPED):
            return
        if self._state == HANDSHAKE:
            self._abort()
            return
        self._state = SHUTDOWN
        self._timer = self._loop.call_later(self._shutdown_timeout, self._shutdown_timed_out)
        self._do_shutdown()

    def _do_shutdown(self):
        try:
            self._sslobj.unwrap()
        except ssl.SSLWantReadError:
            # Our close_notify is out; the peer's is not awaited: the
            # transport closes once what is buffered has been sent.
            pass
        except ssl.SSLError:
            pass
        self._flush()
        self._cancel_timer()
        if self._transport is not None:
            self._transport.close()

    def _shutdown_timed_out(self):
        self._timer = None
        self._abort()

    def _transport_gone(self):
        if self._transport is not None and self._state == WRAPPED:
            self._start_shutdown()

    def _abort(self):
        self._cancel_timer()
        if self._transport is not None:
            self._transport.abort()

    def _fatal_error(self, exc, message="Fatal error on transport"):
        if self._transport is not None:
            self._transport._force_close(exc)
        if isinstance(exc, OSError):
            if self._loop.get_debug():
                logger.debug("%r: %s", self, message, exc_info=True)
        elif not isinstance(exc, exceptions.CancelledError):
            self._loop.call_exception_handler({"message": message, "exception": exc, "transport": self._transport,
                                               "protocol": self})
