"""XML-RPC: the client (xmlrpc.client)."""
