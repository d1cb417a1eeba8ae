# zoneinfo: POSIX TZ strings in a TZif footer are validated as CPython's
# C implementation does (its messages, naming the string as bytes); the
# time before a zone's first transition is its first standard type (LMT);
# zones pickle by key, except those read from a stream.
import io
import pickle
import struct
import zoneinfo
from datetime import datetime

header = bytearray()
for _ in range(2):
    header += b"TZif" + b"3" + b" " * 15 + struct.pack(">6l", 0, 0, 0, 0, 0, 0)
header = bytes(header)


def from_tzstr(s):
    return zoneinfo.ZoneInfo.from_file(io.BytesIO(header + b"\n" + s.encode() + b"\n"), key=s)


for s in ["PST8PDT", "AAA4:0BBB,J60/2,J300/2", "AAA4BBB,J0/2,J300/2", "AAA25", "AAA24", "AAA4BBB,M1.1.1/168,M1.1.1/2",
          "AAA4BBB,M1.1.1/167,J365/2", "AAA4BBB,0/2,365/2", "<+11>-11", "AAA4BBB,J60/-167,J300/2",
          "EST5EDT,M3.2.0/2:00:00,M11.1.0/2:00:00", "AAA-4:30BBB-5:45:10,J1/0,J365/25", "+11", "AAA4BBB,366/2,J300/2",
          "AA4", "<AB>4", "AAA4BBB5:0,J60/2,J300/2", "UTC0", "AAA4BBB,M13.1.1/2,M1.1.1/2", "AAA4BBB,M1.6.1/2,M1.1.1/2",
          "AAA4BBB,M1.1.7/2,M1.1.1/2", "AAA4BBB,J60/2,z", "PST8PDT,M3.2.0/2", "GMT,M3.2.0/2,M11.1.0/3"]:
    try:
        z = from_tzstr(s)
        print("ok", s, datetime(2020, 7, 1, 12, tzinfo=z).tzname(), datetime(2020, 1, 1, 12, tzinfo=z).utcoffset())
    except ValueError as e:
        print("ValueError", e)

dublin = zoneinfo.ZoneInfo("Europe/Dublin")
print(datetime(1800, 1, 1, tzinfo=dublin).tzname(), datetime(2020, 7, 1, tzinfo=dublin).tzname())
print(pickle.loads(pickle.dumps(dublin)) is dublin)
fresh = zoneinfo.ZoneInfo.no_cache("Europe/Dublin")
back = pickle.loads(pickle.dumps(fresh))
print(back is fresh, back is dublin, back.key)
try:
    pickle.dumps(from_tzstr("UTC0"))
except pickle.PicklingError as e:
    print("PicklingError", e)
