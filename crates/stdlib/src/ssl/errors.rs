//! rustls's errors in OpenSSL's words.
//!
//! Programs match on what CPython's `ssl` raises: the class
//! (SSLCertVerificationError, SSLEOFError, ...), `errno` (the SSL_ERROR_*
//! code), `reason`, `library` and the message, which ends with the place
//! in `_ssl.c` that CPython 3.11 reports for that operation.

use rustls::pki_types::{CertificateDer, ServerName};
use rustls::{AlertDescription, CertificateError, Error, InvalidMessage};

/// The SSL_ERROR_* codes CPython exposes.
pub const SSL_ERROR_SSL: i64 = 1;
pub const SSL_ERROR_WANT_READ: i64 = 2;
pub const SSL_ERROR_ZERO_RETURN: i64 = 6;
pub const SSL_ERROR_EOF: i64 = 8;

/// The operation that failed: CPython's messages name its line.
#[derive(Clone, Copy)]
pub enum Operation {
    Handshake,
    Read,
    Write,
    Shutdown,
}

impl Operation {
    fn place(self) -> &'static str {
        match self {
            Operation::Handshake => "(_ssl.c:1006)",
            Operation::Read => "(_ssl.c:2580)",
            Operation::Write => "(_ssl.c:2427)",
            Operation::Shutdown => "(_ssl.c:2706)",
        }
    }
}

/// Which `ssl` exception class.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Class {
    SslError,
    CertVerification,
    Eof,
    ZeroReturn,
    WantRead,
}

impl Class {
    pub fn name(self) -> &'static str {
        match self {
            Class::SslError => "SSLError",
            Class::CertVerification => "SSLCertVerificationError",
            Class::Eof => "SSLEOFError",
            Class::ZeroReturn => "SSLZeroReturnError",
            Class::WantRead => "SSLWantReadError",
        }
    }
}

/// An error ready to raise.
#[derive(Clone, Debug)]
pub struct Failure {
    pub class: Class,
    pub errno: i64,
    pub library: Option<&'static str>,
    pub reason: Option<String>,
    pub message: String,
    pub verify: Option<(i64, String)>,
}

impl Failure {
    fn ssl(op: Operation, reason: &str, text: &str) -> Failure {
        Failure {
            class: Class::SslError,
            errno: SSL_ERROR_SSL,
            library: Some("SSL"),
            reason: Some(reason.to_string()),
            message: format!("[SSL: {reason}] {text} {}", op.place()),
            verify: None,
        }
    }

    fn plain(class: Class, errno: i64, text: &str, op: Operation) -> Failure {
        Failure { class, errno, library: None, reason: None, message: format!("{text} {}", op.place()), verify: None }
    }

    pub fn want_read(op: Operation) -> Failure {
        Failure::plain(Class::WantRead, SSL_ERROR_WANT_READ, "The operation did not complete (read)", op)
    }

    pub fn zero_return(op: Operation) -> Failure {
        Failure::plain(Class::ZeroReturn, SSL_ERROR_ZERO_RETURN, "TLS/SSL connection has been closed (EOF)", op)
    }

    /// The transport ended without a close_notify.
    pub fn unexpected_eof(op: Operation) -> Failure {
        Failure {
            errno: SSL_ERROR_EOF,
            class: Class::Eof,
            ..Failure::ssl(op, "UNEXPECTED_EOF_WHILE_READING", "EOF occurred in violation of protocol")
        }
    }

    pub fn protocol_is_shutdown(op: Operation) -> Failure {
        Failure::ssl(op, "PROTOCOL_IS_SHUTDOWN", "protocol is shutdown")
    }

    /// `detail` is what the verifier saw (X509 code and text); `looked_like_http`
    /// whether the peer's first bytes were a plain HTTP request.
    pub fn from_rustls(e: &Error, op: Operation, detail: Option<(i64, String)>, looked_like_http: bool) -> Failure {
        match e {
            Error::InvalidCertificate(c) => {
                let (code, text) = detail.unwrap_or_else(|| generic_verify_detail(c));
                Failure {
                    class: Class::CertVerification,
                    verify: Some((code, text.clone())),
                    ..Failure::ssl(op, "CERTIFICATE_VERIFY_FAILED", &format!("certificate verify failed: {text}"))
                }
            }
            Error::AlertReceived(alert) => {
                let (reason, text) = alert_words(*alert);
                Failure::ssl(op, &reason, &text)
            }
            Error::InvalidMessage(_)
            | Error::InappropriateMessage { .. }
            | Error::InappropriateHandshakeMessage { .. }
                if looked_like_http =>
            {
                Failure::ssl(op, "HTTP_REQUEST", "http request")
            }
            Error::InvalidMessage(InvalidMessage::InvalidContentType | InvalidMessage::UnknownProtocolVersion)
            | Error::InvalidMessage(InvalidMessage::MessageTooLarge) => {
                Failure::ssl(op, "WRONG_VERSION_NUMBER", "wrong version number")
            }
            Error::InvalidMessage(_) => Failure::ssl(op, "RECORD_LAYER_FAILURE", "record layer failure"),
            Error::NoApplicationProtocol => Failure::ssl(op, "NO_APPLICATION_PROTOCOL", "no application protocol"),
            Error::DecryptError => {
                Failure::ssl(op, "DECRYPTION_FAILED_OR_BAD_RECORD_MAC", "decryption failed or bad record mac")
            }
            Error::PeerIncompatible(_) => Failure::ssl(op, "NO_SHARED_CIPHER", "no shared cipher"),
            Error::NoCertificatesPresented => {
                Failure::ssl(op, "PEER_DID_NOT_RETURN_A_CERTIFICATE", "peer did not return a certificate")
            }
            other => Failure {
                class: Class::SslError,
                errno: SSL_ERROR_SSL,
                library: Some("SSL"),
                reason: None,
                message: format!("[SSL] {other} {}", op.place()),
                verify: None,
            },
        }
    }
}

/// OpenSSL's reason code and text for an alert from the peer.
fn alert_words(alert: AlertDescription) -> (String, String) {
    let (reason, text) = match alert {
        AlertDescription::UnknownCA => ("TLSV1_ALERT_UNKNOWN_CA", "tlsv1 alert unknown ca"),
        AlertDescription::BadCertificate => ("SSLV3_ALERT_BAD_CERTIFICATE", "sslv3 alert bad certificate"),
        AlertDescription::CertificateExpired => ("SSLV3_ALERT_CERTIFICATE_EXPIRED", "sslv3 alert certificate expired"),
        AlertDescription::CertificateUnknown => ("SSLV3_ALERT_CERTIFICATE_UNKNOWN", "sslv3 alert certificate unknown"),
        AlertDescription::HandshakeFailure => ("SSLV3_ALERT_HANDSHAKE_FAILURE", "sslv3 alert handshake failure"),
        AlertDescription::ProtocolVersion => ("TLSV1_ALERT_PROTOCOL_VERSION", "tlsv1 alert protocol version"),
        AlertDescription::DecryptError => ("TLSV1_ALERT_DECRYPT_ERROR", "tlsv1 alert decrypt error"),
        AlertDescription::InternalError => ("TLSV1_ALERT_INTERNAL_ERROR", "tlsv1 alert internal error"),
        AlertDescription::AccessDenied => ("TLSV1_ALERT_ACCESS_DENIED", "tlsv1 alert access denied"),
        AlertDescription::CertificateRequired => {
            ("TLSV13_ALERT_CERTIFICATE_REQUIRED", "tlsv13 alert certificate required")
        }
        AlertDescription::NoApplicationProtocol => {
            ("TLSV1_ALERT_NO_APPLICATION_PROTOCOL", "tlsv1 alert no application protocol")
        }
        AlertDescription::UnrecognisedName => ("TLSV1_ALERT_UNRECOGNIZED_NAME", "tlsv1 unrecognized name"),
        AlertDescription::IllegalParameter => ("SSLV3_ALERT_ILLEGAL_PARAMETER", "sslv3 alert illegal parameter"),
        AlertDescription::DecodeError => ("TLSV1_ALERT_DECODE_ERROR", "tlsv1 alert decode error"),
        other => {
            return (format!("TLSV1_ALERT_{other:?}").to_uppercase(), format!("tlsv1 alert {other:?}").to_lowercase())
        }
    };
    (reason.to_string(), text.to_string())
}

/// OpenSSL's X509_V_ERR code and text for a refused certificate.
pub fn verify_detail(
    e: &CertificateError,
    end_entity: &CertificateDer<'_>,
    intermediates: &[CertificateDer<'_>],
    server_name: &ServerName<'_>,
) -> (i64, String) {
    match e {
        CertificateError::UnknownIssuer => {
            if intermediates.is_empty() && super::cert::is_self_signed(end_entity) {
                (18, "self-signed certificate".into())
            } else if intermediates.last().is_some_and(|c| super::cert::is_self_signed(c)) {
                (19, "self-signed certificate in certificate chain".into())
            } else {
                (20, "unable to get local issuer certificate".into())
            }
        }
        CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => match server_name {
            ServerName::IpAddress(ip) => {
                let ip: std::net::IpAddr = (*ip).into();
                (64, format!("IP address mismatch, certificate is not valid for '{ip}'."))
            }
            name => (62, format!("Hostname mismatch, certificate is not valid for '{}'.", name.to_str())),
        },
        other => generic_verify_detail(other),
    }
}

fn generic_verify_detail(e: &CertificateError) -> (i64, String) {
    match e {
        CertificateError::Expired | CertificateError::ExpiredContext { .. } => (10, "certificate has expired".into()),
        CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => {
            (9, "certificate is not yet valid".into())
        }
        CertificateError::UnknownIssuer => (20, "unable to get local issuer certificate".into()),
        CertificateError::BadSignature => (7, "certificate signature failure".into()),
        CertificateError::InvalidPurpose | CertificateError::InvalidPurposeContext { .. } => {
            (26, "unsupported certificate purpose".into())
        }
        CertificateError::Revoked => (23, "certificate revoked".into()),
        CertificateError::BadEncoding => (4, "unable to decode issuer public key".into()),
        other => (1, format!("{other:?}")),
    }
}
