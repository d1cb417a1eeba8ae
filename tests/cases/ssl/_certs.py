"""Paths of the test certificates (made by _make_certs.sh): a CA, a
server certificate it signed for localhost and 127.0.0.1 (also usable
as a client certificate), and a self-signed one."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CA = os.path.join(HERE, "_ca.pem")
SERVER = os.path.join(HERE, "_server_keycert.pem")
SELF_SIGNED = os.path.join(HERE, "_self_keycert.pem")
