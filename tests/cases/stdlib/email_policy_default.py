# email.policy and the modern API: policies, header objects from the registry
# (addresses, dates, MIME parameters, encoded words), folding, EmailMessage
# with text content, parsing with policy=default, and max-count checks.
import email, email.policy as p, email.headerregistry as h
from email.message import EmailMessage
from email import message_from_string
print(repr(p.default), repr(p.SMTP), p.default.max_line_length, p.HTTP.max_line_length, p.strict.raise_on_defect)
r = h.HeaderRegistry()
for n,v in [('Subject','hi there'),('To','A <a@b.c>, d@e.f'),('Date','Mon, 7 Dec 2026 03:31:56 -0500'),('Content-Type','text/plain; charset=utf-8'),('Content-Type','TEXT/Plain; Charset="utf-8"; format=flowed'),('X-Foo','bar'),('MIME-Version','1.0'),('Message-ID','<x@y>'),('Content-Disposition','attachment; filename=a.txt'),('Content-Disposition','inline'), ('Content-Transfer-Encoding','base64'), ('To', 'Fred  Bloggs <f@x.org>'), ('To', '"Last, First" <lf@x.org>'), ('Subject', '=?utf-8?q?caf=C3=A9?= ok'), ('Subject', ' lead  and  double  ')]:
    x = r(n, v)
    print(type(x).__mro__[1].__name__, repr(str(x)), x.max_count, repr(x.fold(policy=p.default)), getattr(x, 'content_type', ''), dict(getattr(x, 'params', {})), getattr(x, 'datetime', ''), getattr(x, 'addresses', ''))
print(repr(r('Subject', 'word ' * 30).fold(policy=p.default)))
print(repr(h.Address('Fred', 'f', 'x.org')), str(h.Address('Fr, ed', 'f', 'x.org')), str(h.Group('G', [h.Address('A','a','b')])), h.Address(addr_spec='q@r.s').domain)
m = EmailMessage()
m['Subject'] = 'Hello'
m['From'] = 'Me <me@example.com>'
m['To'] = 'you@example.com, Other <o@example.com>'
m.set_content('Hi there,\nhow are you?\n')
print(m.as_string())
print(type(m['to']).__name__, m['to'].addresses[1].display_name, m.get_content(), m.get_content_type(), m['Content-Type'].params)
print(bytes(m) if hasattr(m, '__bytes__') else m.as_bytes())
msg = email.message_from_string("From: a@b.c\nTo: x@y.z\nSubject: test\nContent-Type: text/plain; charset=us-ascii\n\nbody\n", policy=p.default)
print(type(msg).__name__, msg['from'].addresses, msg.get_content(), msg.get_body() is msg, list(msg.iter_attachments()))
try:
    m['Subject'] = 'again'
except ValueError as e:
    print(e)
