//! `_ssl`: TLS on rustls, the native half of lib/ssl.py.
//!
//! - `config(...)` builds a rustls configuration from an SSLContext's
//!   settings (config.rs); its `connect(server_hostname)` starts a session.
//! - `Connection` is one session over bytes (connection.rs).
//! - The exception classes live here so that native code raises them;
//!   ssl.py re-exports them. Errors speak OpenSSL's words (errors.rs).
//! - Certificates: PEM parsing, the system's trusted store, and the dict
//!   form of `getpeercert()` (cert.rs).
//!
//! No OpenSSL code is involved; ring does the cryptography.

mod cert;
mod config;
mod connection;
mod constants;
mod errors;

use std::sync::Arc;

use ferropy_runtime::object::NativeData;
use ferropy_runtime::protocol::args;
use ferropy_runtime::types::builtin_function::{KwArgs, NativeFn};
use ferropy_runtime::{Obj, PyErr, PyResult, Value, Vm};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName};

use crate::native_class;
use config::{Built, Settings, VerifyMode};
use errors::{Class, Failure};

/// Raises `f` as its `ssl` exception class, with CPython's attributes.
pub fn raise(vm: &mut Vm, f: &Failure) -> PyErr {
    let cls = match ferropy_runtime::types::module::class_in_module(vm, "_ssl", f.class.name()) {
        Ok(cls) => cls,
        Err(e) => return e,
    };
    let message = vm.new_str(f.message.clone());
    let err = vm.new_exception(&cls, vec![Value::Int(f.errno), message]);
    let exc = err.value();
    let library = f.library.map_or(Value::None, |l| vm.new_str(l));
    let reason = f.reason.clone().map_or(Value::None, |r| vm.new_str(r));
    let mut attrs = vec![("library", library), ("reason", reason)];
    if let Some((code, text)) = &f.verify {
        let text = vm.new_str(text.clone());
        attrs.push(("verify_code", Value::Int(*code)));
        attrs.push(("verify_message", text));
    }
    for (name, value) in attrs {
        if let Err(e) = vm.set_attr_str(&exc, name, value) {
            return e;
        }
    }
    err
}

fn ssl_error(vm: &mut Vm, message: &str) -> PyErr {
    let f = Failure {
        class: Class::SslError,
        errno: errors::SSL_ERROR_SSL,
        library: None,
        reason: None,
        message: message.to_string(),
        verify: None,
    };
    raise(vm, &f)
}

fn bytes_arg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Vec<u8>> {
    ferropy_runtime::types::bytes::as_bytes_like(v)
        .ok_or_else(|| vm.type_error(format!("{what}: a bytes-like object is required")))
}

fn der_list(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Vec<CertificateDer<'static>>> {
    let items = vm.collect(v)?;
    items.iter().map(|item| Ok(CertificateDer::from(bytes_arg(vm, item, what)?))).collect()
}

/// `pem_certificates(data)` -> list of DER bytes, every CERTIFICATE block.
fn pem_certificates(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "pem_certificates", a, 1, 1)?;
    let data = bytes_arg(vm, &a[0], "pem_certificates")?;
    let mut out = Vec::new();
    for cert in CertificateDer::pem_slice_iter(&data) {
        match cert {
            Ok(c) => out.push(ferropy_runtime::types::bytes::new_bytes(c.to_vec())),
            Err(_) => return Err(ssl_error(vm, "[X509: PEM_LIB] PEM lib")),
        }
    }
    Ok(vm.new_list(out))
}

/// The private key in PEM `data`; a message for SSLError when there is none.
fn private_key(data: &[u8]) -> Result<PrivateKeyDer<'static>, &'static str> {
    if data.windows(29).any(|w| w == b"-----BEGIN ENCRYPTED PRIVATE ") {
        return Err("encrypted");
    }
    PrivateKeyDer::from_pem_slice(data).map_err(|_| "[SSL] PEM lib")
}

/// `check_private_key(pem)` -> 'ok', 'encrypted' or 'missing'.
fn check_private_key(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "check_private_key", a, 1, 1)?;
    let data = bytes_arg(vm, &a[0], "check_private_key")?;
    let verdict = match private_key(&data) {
        Ok(_) => "ok",
        Err("encrypted") => "encrypted",
        Err(_) => "missing",
    };
    Ok(vm.new_str(verdict))
}

/// `system_certificates()` -> list of DER bytes from the system's store
/// (the files and folders OpenSSL would read, SSL_CERT_FILE/SSL_CERT_DIR).
fn system_certificates(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "system_certificates", a, 0, 0)?;
    let found = vm.allow_threads(|| {
        rustls_native_certs::load_native_certs().certs.into_iter().map(|c| c.to_vec()).collect::<Vec<_>>()
    });
    let items = found.into_iter().map(ferropy_runtime::types::bytes::new_bytes).collect();
    Ok(vm.new_list(items))
}

/// `decode_certificate(der)` -> the dict `getpeercert()` returns.
fn decode_certificate(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "decode_certificate", a, 1, 1)?;
    let der = bytes_arg(vm, &a[0], "decode_certificate")?;
    cert::decode(vm, &der)
}

/// `certificate_is_ca(der)` -> bool.
fn certificate_is_ca(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "certificate_is_ca", a, 1, 1)?;
    let der = bytes_arg(vm, &a[0], "certificate_is_ca")?;
    Ok(Value::bool(cert::is_ca(&der)))
}

/// `_test_decode_cert(path)` -> the dict of the first certificate in a
/// PEM file (CPython's tests read certificates this way).
fn test_decode_cert(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "_test_decode_cert", a, 1, 1)?;
    let Some(path) = ferropy_runtime::types::str::as_str(&a[0]).map(str::to_string) else {
        return Err(vm.type_error("_test_decode_cert() argument must be str"));
    };
    let data = match std::fs::read(&path) {
        Ok(d) => d,
        Err(e) => return Err(ferropy_runtime::types::file::os_error_from(vm, &e, Some(&a[0]))),
    };
    match CertificateDer::pem_slice_iter(&data).next() {
        Some(Ok(der)) => cert::decode(vm, &der),
        _ => Err(ssl_error(vm, "Error decoding PEM-encoded file")),
    }
}

/// `ciphers()` -> [(name, protocol, bits)] this build offers.
fn ciphers(vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let mut out = Vec::new();
    for (name, proto, bits) in connection::cipher_table() {
        let name = vm.new_str(name);
        let proto = vm.new_str(proto);
        out.push(vm.new_tuple(vec![name, proto, Value::Int(bits)]));
    }
    Ok(vm.new_list(out))
}

struct Config {
    built: Built,
}

impl NativeData for Config {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// `config(server_side, verify_mode, check_hostname, trusted, chain,
/// key_pem, alpn, min_version, max_version)` -> Config.
fn make_config(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "config", a, 9, 9)?;
    let server_side = vm.truthy(&a[0])?;
    let verify_mode = match ferropy_runtime::protocol::number::index_i64(vm, &a[1])? {
        0 => VerifyMode::None,
        1 => VerifyMode::Optional,
        _ => VerifyMode::Required,
    };
    let check_hostname = vm.truthy(&a[2])?;
    let trusted = der_list(vm, &a[3], "trusted")?;
    let chain = der_list(vm, &a[4], "chain")?;
    let key = match &a[5] {
        Value::None => None,
        v => {
            let pem = bytes_arg(vm, v, "key")?;
            Some(private_key(&pem).map_err(|m| ssl_error(vm, m))?)
        }
    };
    let alpn = vm.collect(&a[6])?.iter().map(|p| bytes_arg(vm, p, "alpn")).collect::<PyResult<Vec<_>>>()?;
    let min_version = ferropy_runtime::protocol::number::index_i64(vm, &a[7])? as u16;
    let max_version = ferropy_runtime::protocol::number::index_i64(vm, &a[8])? as u16;
    let settings =
        Settings { server_side, verify_mode, check_hostname, trusted, chain, key, alpn, min_version, max_version };
    let built = config::build(&settings).map_err(|m| ssl_error(vm, &m))?;
    native_class::new_instance(vm, "_ssl", "Config", Box::new(Config { built }))
}

/// `Config.connect(server_hostname)` -> Connection.
fn connect(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "connect", &a[1..], 1, 1)?;
    let config = native_class::state::<Config>(vm, &a[0], "_ssl", "Config")?;
    let (tls, detail) = match &config.built {
        Built::Server(c) => {
            let tls = rustls::ServerConnection::new(Arc::clone(c)).map_err(|e| ssl_error(vm, &format!("[SSL] {e}")))?;
            (rustls::Connection::Server(tls), None)
        }
        Built::Client(c, verifier) => {
            let (mut c, detail) = Built::client_for_connection(c, verifier);
            let name = match &a[1] {
                Value::None => None,
                v => Some(ferropy_runtime::types::str::as_str(v).unwrap_or_default().to_string()),
            };
            let server_name = match name.as_deref().map(ServerName::try_from) {
                Some(Ok(n)) => n.to_owned(),
                Some(Err(_)) | None => {
                    // No usable name: no SNI, and a placeholder that only
                    // a hostname check (which then is off) would read.
                    Arc::make_mut(&mut c).enable_sni = false;
                    ServerName::try_from("invalid").expect("a valid DNS name").to_owned()
                }
            };
            let tls =
                rustls::ClientConnection::new(c, server_name).map_err(|e| ssl_error(vm, &format!("[SSL] {e}")))?;
            (rustls::Connection::Client(tls), Some(detail))
        }
    };
    connection::new_instance(vm, connection::Connection::new(tls, detail))
}

/// Defines an `ssl` exception class with these bases.
fn add_error(vm: &mut Vm, dict: &Obj, name: &str, bases: Vec<Obj>) -> PyResult<Obj> {
    let ns = vm.new_dict();
    let m = vm.new_str("ssl");
    vm.dict_set_str(&ns, "__module__", m)?;
    let meta = vm.types.type_.clone();
    let cls = vm.new_class(&meta, name, bases, &ns, &[])?;
    vm.dict_set_str(dict, name, Value::Obj(cls.clone()))?;
    Ok(cls)
}

pub fn make_module(vm: &mut Vm) -> PyResult<Obj> {
    let functions: &[(&str, NativeFn)] = &[
        ("pem_certificates", pem_certificates),
        ("check_private_key", check_private_key),
        ("system_certificates", system_certificates),
        ("decode_certificate", decode_certificate),
        ("config", make_config),
        ("ciphers", ciphers),
        ("certificate_is_ca", certificate_is_ca),
        ("_test_decode_cert", test_decode_cert),
    ];
    let module = ferropy_runtime::types::module::new_native_module(vm, "_ssl", functions)?;
    let dict = module.dict.clone().expect("a module has a dict");
    let os_error = vm.exc.os_error.clone();
    let value_error = vm.exc.value_error.clone();
    let ssl_error = add_error(vm, &dict, "SSLError", vec![os_error])?;
    for name in ["SSLZeroReturnError", "SSLWantReadError", "SSLWantWriteError", "SSLSyscallError", "SSLEOFError"] {
        add_error(vm, &dict, name, vec![ssl_error.clone()])?;
    }
    add_error(vm, &dict, "SSLCertVerificationError", vec![ssl_error, value_error])?;
    native_class::add_class(vm, "_ssl", &dict, "Config", &[("connect", connect)])?;
    native_class::add_class(vm, "_ssl", &dict, "Connection", connection::METHODS)?;
    for (name, value) in constants::INTEGERS {
        vm.dict_set_str(&dict, name, Value::Int(*value))?;
    }
    for (name, value) in constants::FEATURES {
        vm.dict_set_str(&dict, name, Value::bool(*value))?;
    }
    let text = vm.new_str(constants::VERSION_TEXT);
    vm.dict_set_str(&dict, "OPENSSL_VERSION", text)?;
    let info = vm.new_tuple(constants::VERSION_INFO.iter().map(|n| Value::Int(*n)).collect());
    vm.dict_set_str(&dict, "OPENSSL_VERSION_INFO", info.clone())?;
    vm.dict_set_str(&dict, "_OPENSSL_API_VERSION", info)?;
    let ciphers = vm.new_str(constants::DEFAULT_CIPHERS);
    vm.dict_set_str(&dict, "_DEFAULT_CIPHERS", ciphers)?;
    Ok(module)
}
