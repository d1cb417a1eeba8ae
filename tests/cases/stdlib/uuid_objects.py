import uuid, pickle, copy
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.time, u.clock_seq, u.node, u.urn, u.variant, u.version)
print(uuid.UUID("{12345678123456781234567812345678}") == u, uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid3(uuid.NAMESPACE_URL, "x"))
r = uuid.uuid4(); print(r.version, r.variant, len(str(r)))
t = uuid.uuid1(); print(t.version, t.variant)
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1)]), hash(u) == hash(uuid.UUID(int=u.int)), int(u))
print(pickle.loads(pickle.dumps(u)) == u, copy.copy(u) == u, uuid.UUID(int=5, version=4))
for bad in [lambda: uuid.UUID("xyz"), lambda: uuid.UUID(), lambda: uuid.UUID(int=-1), lambda: uuid.UUID(fields=(1 << 32, 0, 0, 0, 0, 0)), lambda: uuid.UUID(int=1, version=9)]:
    try: bad()
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
try: u.x = 1
except TypeError as e: print("TypeError", e)
print(uuid.SafeUUID.safe, uuid.RFC_4122, uuid.getnode() > 0)
