//! Building rustls configurations from an `ssl.SSLContext`'s settings.
//!
//! The Python context keeps its settings (trusted certificates, its own
//! chain and key, verify mode, ALPN, versions) and asks for a built
//! configuration when it makes a connection; it builds again only after
//! a setting changed. Verification follows OpenSSL's split, which rustls
//! does not have: `verify_mode` says whether the chain is checked and
//! `check_hostname` whether the name is, so the server-certificate
//! verifier wraps webpki's and decides which of its errors count.

use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::crypto::{verify_tls12_signature, verify_tls13_signature, CryptoProvider};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use rustls::server::WebPkiClientVerifier;
use rustls::{CertificateError, DigitallySignedStruct, Error, RootCertStore, SignatureScheme};

/// `ssl.CERT_NONE`, `CERT_OPTIONAL`, `CERT_REQUIRED`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum VerifyMode {
    None,
    Optional,
    Required,
}

/// What a context holds, as plain data.
pub struct Settings {
    pub server_side: bool,
    pub verify_mode: VerifyMode,
    pub check_hostname: bool,
    pub trusted: Vec<CertificateDer<'static>>,
    pub chain: Vec<CertificateDer<'static>>,
    pub key: Option<PrivateKeyDer<'static>>,
    pub alpn: Vec<Vec<u8>>,
    /// TLS versions allowed, as 0x0303 (1.2) and 0x0304 (1.3).
    pub min_version: u16,
    pub max_version: u16,
}

pub enum Built {
    /// A client configuration and its verifier; each connection gets a
    /// copy of both, so that what its verifier saw is its own.
    Client(Arc<rustls::ClientConfig>, Verifier),
    Server(Arc<rustls::ServerConfig>),
}

/// Why a server certificate was refused, in OpenSSL's terms
/// (X509_V_ERR_* code and text), for SSLCertVerificationError.
pub type VerifyDetail = Arc<std::sync::Mutex<Option<(i64, String)>>>;

impl Built {
    /// A client connection's configuration, with a verifier of its own.
    pub fn client_for_connection(
        config: &rustls::ClientConfig,
        base: &Verifier,
    ) -> (Arc<rustls::ClientConfig>, VerifyDetail) {
        let verifier = Verifier { detail: VerifyDetail::default(), ..base.clone() };
        let detail = verifier.detail.clone();
        let mut config = config.clone();
        config.dangerous().set_certificate_verifier(Arc::new(verifier));
        (Arc::new(config), detail)
    }
}

/// The ring provider: it builds with a C compiler alone (aws-lc-rs would
/// need cmake), and its key exchanges are those of the OpenSSL 3.0 that
/// CPython 3.11 links (X25519, P-256, P-384); rustls deprecates it only
/// for lacking post-quantum groups, which OpenSSL 3.0 lacks too.
pub fn provider() -> Arc<CryptoProvider> {
    #[allow(deprecated)]
    Arc::new(rustls::crypto::ring::default_provider())
}

fn versions(s: &Settings) -> Vec<&'static rustls::SupportedProtocolVersion> {
    let mut v = Vec::new();
    if s.min_version <= 0x0304 && s.max_version >= 0x0304 {
        v.push(&rustls::version::TLS13);
    }
    if s.min_version <= 0x0303 && s.max_version >= 0x0303 {
        v.push(&rustls::version::TLS12);
    }
    v
}

fn roots(s: &Settings) -> Arc<RootCertStore> {
    let mut roots = RootCertStore::empty();
    // Certificates webpki cannot use as anchors are skipped, as OpenSSL
    // skips what it cannot use from a CA bundle.
    let _ = roots.add_parsable_certificates(s.trusted.iter().cloned());
    Arc::new(roots)
}

/// Builds the rustls configuration; errors are messages for SSLError.
pub fn build(s: &Settings) -> Result<Built, String> {
    let provider = provider();
    let versions = versions(s);
    if versions.is_empty() {
        return Err("[SSL: NO_PROTOCOLS_AVAILABLE] no protocols available".into());
    }
    let chain_and_key = match (&s.key, s.chain.is_empty()) {
        (Some(key), false) => Some((s.chain.clone(), key.clone_key())),
        _ => None,
    };
    if s.server_side {
        let builder = rustls::ServerConfig::builder_with_provider(provider.clone())
            .with_protocol_versions(&versions)
            .map_err(|e| e.to_string())?;
        let builder = match s.verify_mode {
            VerifyMode::None => builder.with_no_client_auth(),
            mode => {
                let mut v = WebPkiClientVerifier::builder_with_provider(roots(s), provider);
                if mode == VerifyMode::Optional {
                    v = v.allow_unauthenticated();
                }
                let verifier = v.build().map_err(|_| {
                    "[SSL: NO_CERTIFICATES_FOR_CLIENT_AUTH] no trusted certificates for client verification".to_string()
                })?;
                builder.with_client_cert_verifier(verifier)
            }
        };
        let Some((chain, key)) = chain_and_key else {
            return Err("[SSL: NO_SHARED_CIPHER] no shared cipher".into());
        };
        let mut config = builder.with_single_cert(chain, key).map_err(key_error)?;
        config.alpn_protocols = s.alpn.clone();
        Ok(Built::Server(Arc::new(config)))
    } else {
        let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
            .with_protocol_versions(&versions)
            .map_err(|e| e.to_string())?;
        let verifier = Verifier::new(s, provider)?;
        let builder = builder.dangerous().with_custom_certificate_verifier(Arc::new(verifier.clone()));
        let mut config = match chain_and_key {
            Some((chain, key)) => builder.with_client_auth_cert(chain, key).map_err(key_error)?,
            None => builder.with_no_client_auth(),
        };
        config.alpn_protocols = s.alpn.clone();
        Ok(Built::Client(Arc::new(config), verifier))
    }
}

fn key_error(e: Error) -> String {
    match e {
        Error::InconsistentKeys(_) => "[X509: KEY_VALUES_MISMATCH] key values mismatch".into(),
        other => format!("[SSL] {other}"),
    }
}

/// The client's check of a server certificate: webpki's chain check when
/// the verify mode asks for it, its name check when check_hostname does.
#[derive(Debug, Clone)]
pub struct Verifier {
    chain: ChainCheck,
    check_hostname: bool,
    provider: Arc<CryptoProvider>,
    detail: VerifyDetail,
    /// The trusted certificates themselves: a self-signed CA certificate
    /// the server presents is accepted when trusted exactly, as OpenSSL
    /// accepts it (webpki refuses a CA as an end entity).
    trusted: Arc<Vec<CertificateDer<'static>>>,
}

#[derive(Debug, Clone)]
enum ChainCheck {
    /// CERT_NONE: any certificate is accepted.
    Nothing,
    /// Verification asked for with nothing trusted: every chain fails,
    /// as OpenSSL's does ("unable to get local issuer certificate").
    RefuseAll,
    Webpki(Arc<WebPkiServerVerifier>),
}

impl Verifier {
    fn new(s: &Settings, provider: Arc<CryptoProvider>) -> Result<Verifier, String> {
        let chain = if s.verify_mode == VerifyMode::None {
            ChainCheck::Nothing
        } else {
            let roots = roots(s);
            if roots.is_empty() {
                ChainCheck::RefuseAll
            } else {
                let v = WebPkiServerVerifier::builder_with_provider(roots, provider.clone())
                    .build()
                    .map_err(|e| format!("[SSL] {e}"))?;
                ChainCheck::Webpki(v)
            }
        };
        Ok(Verifier {
            chain,
            check_hostname: s.check_hostname,
            provider,
            detail: VerifyDetail::default(),
            trusted: Arc::new(s.trusted.clone()),
        })
    }

    /// A CA certificate presented as the server's own, trusted as it is:
    /// its validity period and (if asked) its names are still checked.
    fn exactly_trusted(
        &self,
        end_entity: &CertificateDer<'_>,
        server_name: &ServerName<'_>,
        now: UnixTime,
    ) -> Result<ServerCertVerified, Error> {
        if !super::cert::valid_at(end_entity, now.as_secs()) {
            return Err(Error::InvalidCertificate(CertificateError::Expired));
        }
        if self.check_hostname {
            let parsed = rustls::server::ParsedCertificate::try_from(end_entity)?;
            rustls::client::verify_server_name(&parsed, server_name)?;
        }
        Ok(ServerCertVerified::assertion())
    }
}

/// Whether webpki refused a CA certificate presented as an end entity.
fn ca_as_end_entity(other: &rustls::OtherError) -> bool {
    let inner: &(dyn std::error::Error + 'static) = &*other.0;
    matches!(inner.downcast_ref::<webpki::Error>(), Some(webpki::Error::CaUsedAsEndEntity))
}

impl ServerCertVerifier for Verifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, Error> {
        let result = match &self.chain {
            ChainCheck::Nothing => return Ok(ServerCertVerified::assertion()),
            ChainCheck::RefuseAll => Err(Error::InvalidCertificate(CertificateError::UnknownIssuer)),
            ChainCheck::Webpki(v) => v.verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now),
        };
        let result = match result {
            Err(Error::InvalidCertificate(CertificateError::Other(other))) if ca_as_end_entity(&other) => {
                if self.trusted.iter().any(|t| t.as_ref() == end_entity.as_ref()) {
                    self.exactly_trusted(end_entity, server_name, now)
                } else {
                    Err(Error::InvalidCertificate(CertificateError::UnknownIssuer))
                }
            }
            other => other,
        };
        match result {
            // webpki checks the chain before the name: a name error means
            // the chain was good.
            Err(Error::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) if !self.check_hostname => Ok(ServerCertVerified::assertion()),
            Err(Error::InvalidCertificate(e)) => {
                let detail = super::errors::verify_detail(&e, end_entity, intermediates, server_name);
                if let Ok(mut d) = self.detail.lock() {
                    *d = Some(detail);
                }
                Err(Error::InvalidCertificate(e))
            }
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, Error> {
        verify_tls12_signature(message, cert, dss, &self.provider.signature_verification_algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, Error> {
        verify_tls13_signature(message, cert, dss, &self.provider.signature_verification_algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider.signature_verification_algorithms.supported_schemes()
    }
}
