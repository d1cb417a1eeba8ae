//! Certificates as CPython's `getpeercert()` shows them: the dict of
//! subject, issuer, version, serial number, validity and extensions
//! that `_ssl._decode_certificate` builds from OpenSSL's view of an X.509
//! certificate, with OpenSSL's long attribute names and date format.

use ferropy_runtime::{PyResult, Value, Vm};
use x509_parser::extensions::{GeneralName, ParsedExtension};
use x509_parser::prelude::{FromDer, X509Certificate, X509Name};

/// Whether a certificate names itself as its issuer.
pub fn is_self_signed(der: &[u8]) -> bool {
    X509Certificate::from_der(der).is_ok_and(|(_, c)| c.issuer().as_raw() == c.subject().as_raw())
}

/// Whether `now` (seconds since the Epoch) is within the certificate's
/// validity period.
pub fn valid_at(der: &[u8], now: u64) -> bool {
    let Ok((_, c)) = X509Certificate::from_der(der) else { return false };
    let now = i64::try_from(now).unwrap_or(i64::MAX);
    c.validity().not_before.timestamp() <= now && now <= c.validity().not_after.timestamp()
}

/// Whether a certificate says it is a certificate authority
/// (basicConstraints CA:TRUE), which OpenSSL's store counts as x509_ca.
pub fn is_ca(der: &[u8]) -> bool {
    X509Certificate::from_der(der).is_ok_and(|(_, c)| c.is_ca())
}

/// OpenSSL's long name for an attribute type, or the dotted OID.
fn attribute_name(oid: &str) -> String {
    let name = match oid {
        "2.5.4.3" => "commonName",
        "2.5.4.4" => "surname",
        "2.5.4.5" => "serialNumber",
        "2.5.4.6" => "countryName",
        "2.5.4.7" => "localityName",
        "2.5.4.8" => "stateOrProvinceName",
        "2.5.4.9" => "streetAddress",
        "2.5.4.10" => "organizationName",
        "2.5.4.11" => "organizationalUnitName",
        "2.5.4.12" => "title",
        "2.5.4.15" => "businessCategory",
        "2.5.4.17" => "postalCode",
        "2.5.4.42" => "givenName",
        "2.5.4.43" => "initials",
        "2.5.4.44" => "generationQualifier",
        "2.5.4.46" => "dnQualifier",
        "2.5.4.65" => "pseudonym",
        "1.2.840.113549.1.9.1" => "emailAddress",
        "0.9.2342.19200300.100.1.1" => "userId",
        "0.9.2342.19200300.100.1.25" => "domainComponent",
        "1.3.6.1.4.1.311.60.2.1.1" => "jurisdictionLocalityName",
        "1.3.6.1.4.1.311.60.2.1.2" => "jurisdictionStateOrProvinceName",
        "1.3.6.1.4.1.311.60.2.1.3" => "jurisdictionCountryName",
        other => return other.to_string(),
    };
    name.to_string()
}

/// A name as CPython gives it: a tuple of RDNs, each a tuple of
/// (attribute, value) pairs.
fn name_value(vm: &mut Vm, name: &X509Name<'_>) -> Value {
    let mut rdns = Vec::new();
    for rdn in name.iter() {
        let mut pairs = Vec::new();
        for attr in rdn.iter() {
            let key = vm.new_str(attribute_name(&attr.attr_type().to_id_string()));
            let text = match attr.as_str() {
                Ok(s) => s.to_string(),
                Err(_) => String::from_utf8_lossy(attr.attr_value().data).into_owned(),
            };
            let text = vm.new_str(text);
            pairs.push(vm.new_tuple(vec![key, text]));
        }
        rdns.push(vm.new_tuple(pairs));
    }
    vm.new_tuple(rdns)
}

/// OpenSSL's ASN1_TIME_print format: "Dec  7 17:23:06 2026 GMT".
fn time_text(t: &x509_parser::time::ASN1Time) -> String {
    let d = t.to_datetime();
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    format!(
        "{} {:>2} {:02}:{:02}:{:02} {} GMT",
        MONTHS[usize::from(u8::from(d.month())) - 1],
        d.day(),
        d.hour(),
        d.minute(),
        d.second(),
        d.year()
    )
}

/// OpenSSL's text for an IP address in subjectAltName: dotted IPv4, or
/// eight uppercase hex groups without compression for IPv6.
fn ip_text(bytes: &[u8]) -> String {
    match bytes.len() {
        4 => format!("{}.{}.{}.{}", bytes[0], bytes[1], bytes[2], bytes[3]),
        16 => bytes.chunks(2).map(|p| format!("{:X}", u16::from_be_bytes([p[0], p[1]]))).collect::<Vec<_>>().join(":"),
        _ => "<invalid>".to_string(),
    }
}

fn general_name(vm: &mut Vm, name: &GeneralName<'_>) -> Value {
    let (kind, value) = match name {
        GeneralName::DNSName(s) => ("DNS", vm.new_str(*s)),
        GeneralName::RFC822Name(s) => ("email", vm.new_str(*s)),
        GeneralName::URI(s) => ("URI", vm.new_str(*s)),
        GeneralName::IPAddress(b) => ("IP Address", vm.new_str(ip_text(b))),
        GeneralName::DirectoryName(n) => ("DirName", name_value(vm, n)),
        GeneralName::RegisteredID(oid) => ("Registered ID", vm.new_str(oid.to_id_string())),
        _ => ("othername", vm.new_str("<unsupported>")),
    };
    let kind = vm.new_str(kind);
    vm.new_tuple(vec![kind, value])
}

/// The serial number as OpenSSL's BN_bn2hex prints it: uppercase, two
/// digits per byte, no leading zero bytes.
fn serial_text(raw: &[u8]) -> String {
    let digits: Vec<u8> = raw.iter().copied().skip_while(|b| *b == 0).collect();
    if digits.is_empty() {
        return "0".into();
    }
    digits.iter().map(|b| format!("{b:02X}")).collect()
}

/// The dict `getpeercert()` returns for a DER certificate.
pub fn decode(vm: &mut Vm, der: &[u8]) -> PyResult<Value> {
    let Ok((_, cert)) = X509Certificate::from_der(der) else {
        return Err(vm.value_error("[SSL] could not decode the certificate"));
    };
    let dict = vm.new_dict();
    let subject = name_value(vm, cert.subject());
    vm.dict_set_str(&dict, "subject", subject)?;
    let issuer = name_value(vm, cert.issuer());
    vm.dict_set_str(&dict, "issuer", issuer)?;
    vm.dict_set_str(&dict, "version", Value::Int(i64::from(cert.version().0) + 1))?;
    let serial = vm.new_str(serial_text(cert.raw_serial()));
    vm.dict_set_str(&dict, "serialNumber", serial)?;
    let not_before = vm.new_str(time_text(&cert.validity().not_before));
    vm.dict_set_str(&dict, "notBefore", not_before)?;
    let not_after = vm.new_str(time_text(&cert.validity().not_after));
    vm.dict_set_str(&dict, "notAfter", not_after)?;
    let mut alt_names = Vec::new();
    let (mut ocsp, mut ca_issuers, mut crl) = (Vec::new(), Vec::new(), Vec::new());
    for ext in cert.extensions() {
        match ext.parsed_extension() {
            ParsedExtension::SubjectAlternativeName(san) => {
                for n in &san.general_names {
                    alt_names.push(general_name(vm, n));
                }
            }
            ParsedExtension::AuthorityInfoAccess(aia) => {
                for desc in &aia.accessdescs {
                    let GeneralName::URI(uri) = &desc.access_location else { continue };
                    let uri = vm.new_str(*uri);
                    match desc.access_method.to_id_string().as_str() {
                        "1.3.6.1.5.5.7.48.1" => ocsp.push(uri),
                        "1.3.6.1.5.5.7.48.2" => ca_issuers.push(uri),
                        _ => {}
                    }
                }
            }
            ParsedExtension::CRLDistributionPoints(points) => {
                for point in points.iter() {
                    if let Some(x509_parser::extensions::DistributionPointName::FullName(names)) =
                        &point.distribution_point
                    {
                        for n in names {
                            if let GeneralName::URI(uri) = n {
                                crl.push(vm.new_str(*uri));
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    for (key, items) in
        [("subjectAltName", alt_names), ("OCSP", ocsp), ("caIssuers", ca_issuers), ("crlDistributionPoints", crl)]
    {
        if !items.is_empty() {
            let t = vm.new_tuple(items);
            vm.dict_set_str(&dict, key, t)?;
        }
    }
    Ok(Value::Obj(dict))
}
