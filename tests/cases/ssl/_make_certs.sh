#!/bin/sh
# How the test certificates here were made (EC P-256, valid 100 years).
# Re-running makes new ones: re-record the ssl cases afterwards.
set -e
cd "$(dirname "$0")"
t=$(mktemp -d)
openssl ecparam -name prime256v1 -genkey -noout -out "$t/ca.key"
openssl req -x509 -new -key "$t/ca.key" -sha256 -days 36500 -subj "/C=XY/O=ferropy tests/CN=ferropy test CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" -out _ca.pem
openssl ecparam -name prime256v1 -genkey -noout -out "$t/server.key"
openssl req -new -key "$t/server.key" -subj "/C=XY/L=Castle Anthrax/O=ferropy tests/CN=localhost" -out "$t/server.csr"
printf "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth,clientAuth\n" > "$t/ext.cnf"
openssl x509 -req -in "$t/server.csr" -CA _ca.pem -CAkey "$t/ca.key" -set_serial 0x1001 -days 36500 -sha256 \
    -extfile "$t/ext.cnf" -out "$t/server.crt"
openssl pkcs8 -topk8 -nocrypt -in "$t/server.key" -out "$t/server.pk8"
cat "$t/server.crt" "$t/server.pk8" > _server_keycert.pem
openssl ecparam -name prime256v1 -genkey -noout -out "$t/self.key"
openssl pkcs8 -topk8 -nocrypt -in "$t/self.key" -out "$t/self.pk8"
openssl req -x509 -new -key "$t/self.key" -sha256 -days 36500 -subj "/CN=localhost" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" -set_serial 7 -out "$t/self.crt"
cat "$t/self.crt" "$t/self.pk8" > _self_keycert.pem
rm -r "$t"
