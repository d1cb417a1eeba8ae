"""wsgiref: the WSGI reference pieces (PEP 3333): headers, util,
handlers, simple_server."""
