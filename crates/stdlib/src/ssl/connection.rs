//! `_ssl.Connection`: one TLS session as a state machine over bytes.
//!
//! The connection never touches a socket: `feed` gives it what arrived
//! from the peer, `outgoing` hands over what must be sent. lib/ssl.py
//! drives it from a socket (SSLSocket) or from two MemoryBIOs (SSLObject,
//! which asyncio uses), so one engine serves both.
//!
//! A protocol error is kept and raised by every later operation, with
//! the words of the operation that meets it, as OpenSSL's are.

use std::io::{Read, Write};

use ferropy_runtime::object::{NativeData, PyCell};
use ferropy_runtime::protocol::args;
use ferropy_runtime::types::builtin_function::{KwArgs, NativeFn};
use ferropy_runtime::{PyResult, Value, Vm};

use super::config::VerifyDetail;
use super::errors::{Failure, Operation};
use crate::native_class;

struct State {
    /// The first protocol error, kept for every later call.
    error: Option<rustls::Error>,
    /// The transport reached its end.
    eof: bool,
    /// The first bytes the peer sent (to recognise a plain HTTP request).
    first_bytes: Vec<u8>,
    /// Records received but not yet taken by rustls, which holds at most
    /// 16 KiB of unread plaintext and refuses more until it is read.
    backlog: Vec<u8>,
    /// close_notify sent / received.
    sent_close: bool,
    peer_closed: bool,
}

pub struct Connection {
    tls: PyCell<rustls::Connection>,
    state: PyCell<State>,
    detail: Option<VerifyDetail>,
}

impl NativeData for Connection {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl Connection {
    pub fn new(mut tls: rustls::Connection, detail: Option<VerifyDetail>) -> Connection {
        // Every write is taken whole, as OpenSSL's over a memory BIO:
        // the caller drains `outgoing()` right after.
        tls.set_buffer_limit(None);
        let state = State {
            error: None,
            eof: false,
            first_bytes: Vec::new(),
            backlog: Vec::new(),
            sent_close: false,
            peer_closed: false,
        };
        Connection { tls: PyCell::new(tls), state: PyCell::new(state), detail }
    }

    fn failure(&self, op: Operation) -> Option<Failure> {
        let state = self.state.borrow();
        let error = state.error.as_ref()?;
        let detail = self.detail.as_ref().and_then(|d| d.lock().ok().and_then(|d| d.clone()));
        Some(Failure::from_rustls(error, op, detail, looks_like_http(&state.first_bytes)))
    }

    /// Hands rustls as much of the backlog as it takes, processing as it
    /// goes; what it refuses waits for the plaintext to be read.
    fn pump(&self) {
        let mut state = self.state.borrow_mut();
        let mut tls = self.tls.borrow_mut();
        let mut offset = 0;
        while offset < state.backlog.len() && state.error.is_none() {
            let mut rest = &state.backlog[offset..];
            match tls.read_tls(&mut rest) {
                Ok(0) | Err(_) => break,
                Ok(n) => offset += n,
            }
            match tls.process_new_packets() {
                Ok(io) => state.peer_closed |= io.peer_has_closed(),
                Err(e) => state.error = Some(e),
            }
        }
        state.backlog.drain(..offset);
    }

    /// Raises the kept error, if any.
    fn check(&self, vm: &mut Vm, op: Operation) -> PyResult<()> {
        match self.failure(op) {
            Some(f) => Err(super::raise(vm, &f)),
            None => Ok(()),
        }
    }
}

fn looks_like_http(first: &[u8]) -> bool {
    ["GET ", "POST ", "HEAD ", "PUT ", "DELETE ", "OPTIONS ", "CONNECT ", "PATCH "].iter().any(|m| {
        first.starts_with(m.as_bytes())
            || (first.len() < m.len() && !first.is_empty() && m.as_bytes().starts_with(first))
    })
}

fn this<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a Connection> {
    native_class::state::<Connection>(vm, v, "_ssl", "Connection")
}

fn bytes_arg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Vec<u8>> {
    ferropy_runtime::types::bytes::as_bytes_like(v)
        .ok_or_else(|| vm.type_error(format!("{what}: a bytes-like object is required")))
}

/// `feed(data)`: TLS records from the peer.
fn feed(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "feed", &a[1..], 1, 1)?;
    let data = bytes_arg(vm, &a[1], "feed")?;
    let c = this(vm, &a[0])?;
    let mut state = c.state.borrow_mut();
    if state.first_bytes.len() < 8 {
        let take = (8 - state.first_bytes.len()).min(data.len());
        state.first_bytes.extend_from_slice(&data[..take]);
    }
    state.backlog.extend_from_slice(&data);
    drop(state);
    c.pump();
    Ok(Value::None)
}

/// `feed_eof()`: the transport ended.
fn feed_eof(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let c = this(vm, &a[0])?;
    c.state.borrow_mut().eof = true;
    Ok(Value::None)
}

/// `outgoing()` -> bytes: TLS records to send to the peer.
fn outgoing(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let c = this(vm, &a[0])?;
    let mut out = Vec::new();
    let mut tls = c.tls.borrow_mut();
    while tls.wants_write() {
        if tls.write_tls(&mut out).is_err() {
            break;
        }
    }
    Ok(ferropy_runtime::types::bytes::new_bytes(out))
}

/// Raises what a handshake still in progress means for `op`.
fn unfinished(vm: &mut Vm, c: &Connection, op: Operation) -> PyResult<()> {
    c.check(vm, op)?;
    if !c.tls.borrow().is_handshaking() {
        return Ok(());
    }
    let failure = if c.state.borrow().eof { Failure::unexpected_eof(op) } else { Failure::want_read(op) };
    Err(super::raise(vm, &failure))
}

/// `handshake()`: returns once the handshake is complete; otherwise
/// raises SSLWantReadError (or the error that ended it).
fn handshake(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let c = this(vm, &a[0])?;
    unfinished(vm, c, Operation::Handshake)?;
    Ok(Value::None)
}

/// `read(n)` -> bytes: up to n bytes of plaintext; b'' once the peer
/// closed the session.
fn read(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "read", &a[1..], 1, 1)?;
    let n = ferropy_runtime::protocol::number::index_i64(vm, &a[1])?.max(0) as usize;
    let c = this(vm, &a[0])?;
    unfinished(vm, c, Operation::Read)?;
    let mut buf = vec![0u8; n];
    let mut result = c.tls.borrow_mut().reader().read(&mut buf);
    if result.is_err() && !c.state.borrow().backlog.is_empty() {
        // rustls had refused records until its plaintext was read.
        c.pump();
        c.check(vm, Operation::Read)?;
        result = c.tls.borrow_mut().reader().read(&mut buf);
    }
    match result {
        Ok(0) if n > 0 => {
            if c.state.borrow().sent_close {
                Err(super::raise(vm, &Failure::zero_return(Operation::Read)))
            } else {
                Ok(ferropy_runtime::types::bytes::new_bytes(Vec::new()))
            }
        }
        Ok(got) => {
            buf.truncate(got);
            if !c.state.borrow().backlog.is_empty() {
                c.pump();
            }
            Ok(ferropy_runtime::types::bytes::new_bytes(buf))
        }
        Err(_) => {
            let state = c.state.borrow();
            let failure = if state.peer_closed {
                drop(state);
                return Ok(ferropy_runtime::types::bytes::new_bytes(Vec::new()));
            } else if state.eof {
                Failure::unexpected_eof(Operation::Read)
            } else {
                Failure::want_read(Operation::Read)
            };
            drop(state);
            Err(super::raise(vm, &failure))
        }
    }
}

/// `write(data)` -> int: plaintext to send; its records wait in
/// `outgoing()`.
fn write(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "write", &a[1..], 1, 1)?;
    let data = bytes_arg(vm, &a[1], "write")?;
    let c = this(vm, &a[0])?;
    unfinished(vm, c, Operation::Write)?;
    if c.state.borrow().sent_close {
        return Err(super::raise(vm, &Failure::protocol_is_shutdown(Operation::Write)));
    }
    let written = c.tls.borrow_mut().writer().write_all(&data);
    if written.is_err() {
        return Err(super::raise(vm, &Failure::protocol_is_shutdown(Operation::Write)));
    }
    Ok(Value::Int(data.len() as i64))
}

/// `pending()` -> int: decrypted bytes ready to read.
fn pending(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let c = this(vm, &a[0])?;
    if c.state.borrow().error.is_some() {
        return Ok(Value::Int(0));
    }
    let io = c.tls.borrow_mut().process_new_packets();
    match io {
        Ok(io) => Ok(Value::Int(io.plaintext_bytes_to_read() as i64)),
        Err(e) => {
            // Kept for the next operation to raise, as any other error.
            c.state.borrow_mut().error = Some(e);
            Ok(Value::Int(0))
        }
    }
}

/// `shutdown()`: sends close_notify (once); returns when the peer's has
/// arrived, else raises SSLWantReadError.
fn shutdown(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let c = this(vm, &a[0])?;
    c.check(vm, Operation::Shutdown)?;
    if !c.state.borrow().sent_close {
        c.tls.borrow_mut().send_close_notify();
        c.state.borrow_mut().sent_close = true;
    }
    let state = c.state.borrow();
    if state.peer_closed {
        return Ok(Value::None);
    }
    let failure =
        if state.eof { Failure::unexpected_eof(Operation::Shutdown) } else { Failure::want_read(Operation::Shutdown) };
    drop(state);
    Err(super::raise(vm, &failure))
}

/// `peer_certificates()` -> list of DER bytes, or None.
fn peer_certificates(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let c = this(vm, &a[0])?;
    let certs: Option<Vec<Vec<u8>>> =
        c.tls.borrow().peer_certificates().map(|cs| cs.iter().map(|d| d.to_vec()).collect());
    Ok(match certs {
        Some(certs) => {
            let items = certs.into_iter().map(ferropy_runtime::types::bytes::new_bytes).collect();
            vm.new_list(items)
        }
        None => Value::None,
    })
}

/// `handshake_done()` -> bool.
fn handshake_done(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let c = this(vm, &a[0])?;
    let done = !c.tls.borrow().is_handshaking() && c.state.borrow().error.is_none();
    Ok(Value::bool(done))
}

fn version_name(v: rustls::ProtocolVersion) -> &'static str {
    match v {
        rustls::ProtocolVersion::TLSv1_3 => "TLSv1.3",
        rustls::ProtocolVersion::TLSv1_2 => "TLSv1.2",
        _ => "unknown",
    }
}

/// `version()` -> 'TLSv1.3' or None before the handshake.
fn version(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let c = this(vm, &a[0])?;
    let tls = c.tls.borrow();
    if tls.is_handshaking() {
        return Ok(Value::None);
    }
    let v = tls.protocol_version().map(version_name);
    drop(tls);
    Ok(v.map_or(Value::None, |v| vm.new_str(v)))
}

/// OpenSSL's name and secret bits for a cipher suite.
fn openssl_cipher(suite: rustls::CipherSuite) -> (String, i64) {
    use rustls::CipherSuite as S;
    let (name, bits) = match suite {
        S::TLS13_AES_256_GCM_SHA384 => ("TLS_AES_256_GCM_SHA384", 256),
        S::TLS13_AES_128_GCM_SHA256 => ("TLS_AES_128_GCM_SHA256", 128),
        S::TLS13_CHACHA20_POLY1305_SHA256 => ("TLS_CHACHA20_POLY1305_SHA256", 256),
        S::TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384 => ("ECDHE-ECDSA-AES256-GCM-SHA384", 256),
        S::TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256 => ("ECDHE-ECDSA-AES128-GCM-SHA256", 128),
        S::TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256 => ("ECDHE-ECDSA-CHACHA20-POLY1305", 256),
        S::TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 => ("ECDHE-RSA-AES256-GCM-SHA384", 256),
        S::TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 => ("ECDHE-RSA-AES128-GCM-SHA256", 128),
        S::TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256 => ("ECDHE-RSA-CHACHA20-POLY1305", 256),
        other => return (format!("{other:?}"), 0),
    };
    (name.to_string(), bits)
}

/// Every suite this build offers, as `(name, protocol, bits)`.
pub fn cipher_table() -> Vec<(String, &'static str, i64)> {
    super::config::provider()
        .cipher_suites
        .iter()
        .map(|s| {
            let (name, bits) = openssl_cipher(s.suite());
            (name, version_name(s.version().version), bits)
        })
        .collect()
}

/// `cipher()` -> (name, protocol, bits) or None.
fn cipher(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let c = this(vm, &a[0])?;
    let suite = c.tls.borrow().negotiated_cipher_suite();
    let Some(suite) = suite else { return Ok(Value::None) };
    if c.tls.borrow().is_handshaking() {
        return Ok(Value::None);
    }
    let (name, bits) = openssl_cipher(suite.suite());
    let name = vm.new_str(name);
    let proto = vm.new_str(version_name(suite.version().version));
    Ok(vm.new_tuple(vec![name, proto, Value::Int(bits)]))
}

/// `alpn()` -> the protocol both sides chose, or None.
fn alpn(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let c = this(vm, &a[0])?;
    let chosen = c.tls.borrow().alpn_protocol().map(|p| String::from_utf8_lossy(p).into_owned());
    Ok(chosen.map_or(Value::None, |p| vm.new_str(p)))
}

/// `sni()` -> the name a client asked a server for, or None.
fn sni(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let c = this(vm, &a[0])?;
    let name = match &*c.tls.borrow() {
        rustls::Connection::Server(s) => s.server_name().map(str::to_string),
        rustls::Connection::Client(_) => None,
    };
    Ok(name.map_or(Value::None, |n| vm.new_str(n)))
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("feed", feed),
    ("feed_eof", feed_eof),
    ("outgoing", outgoing),
    ("handshake", handshake),
    ("handshake_done", handshake_done),
    ("read", read),
    ("write", write),
    ("pending", pending),
    ("shutdown", shutdown),
    ("peer_certificates", peer_certificates),
    ("version", version),
    ("cipher", cipher),
    ("alpn", alpn),
    ("sni", sni),
];

pub fn new_instance(vm: &mut Vm, c: Connection) -> PyResult<Value> {
    native_class::new_instance(vm, "_ssl", "Connection", Box::new(c))
}
