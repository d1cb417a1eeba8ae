# configparser: reading INI text (comments, continuation lines, blank
# lines in values, no-value options), defaults, interpolation (basic and
# extended), typed getters and converters, the mapping protocol, writing,
# and the errors with their messages.
import configparser, io, os, tempfile

text = """
[DEFAULT]
home = /srv
debug = off

[paths]
data = %(home)s/data
logs : %(data)s/logs
multi = first line
    second line

    after a blank
; a comment
# another
[Server Opts]
Port = 8080
ratio = 0.75
enabled = Yes
"""
cp = configparser.ConfigParser()
cp.read_string(text)
print(cp.sections(), cp.defaults())
print(cp.get("paths", "logs"), cp.get("paths", "logs", raw=True), repr(cp["paths"]["multi"]))
print(cp.getint("Server Opts", "port"), cp.getfloat("Server Opts", "ratio"), cp.getboolean("Server Opts", "enabled"),
      cp.getboolean("paths", "debug"), cp.getint("paths", "missing", fallback=-1))
print(cp.options("Server Opts"), cp.has_option("paths", "HOME"), "paths" in cp, "nope" in cp, len(cp), list(cp))
print(cp.items("paths"), cp.get("paths", "data", vars={"home": "/tmp"}))
sec = cp["Server Opts"]
print(sec.name, repr(sec), sec.get("port"), sec.getint("port"), sec.get("absent", "dflt"), dict(sec))
sec["new"] = "v"
del sec["ratio"]
print(list(sec), cp.remove_option("Server Opts", "new"), cp.remove_section("nope"))
out = io.StringIO()
cp.write(out)
print(out.getvalue())
cp2 = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation(),
                                converters={"list": lambda v: v.split(",")})
cp2.read_dict({"a": {"x": "1", "y": "${x}2", "names": "p,q,r"}, "b": {"z": "${a:y}3", "dollar": "$$5"}})
print(cp2["b"]["z"], cp2["b"]["dollar"], cp2.getlist("a", "names"), cp2["a"].getlist("names"), sorted(cp2.converters))
raw = configparser.RawConfigParser(allow_no_value=True, delimiters=("=",), inline_comment_prefixes=(";",))
raw.read_string("[s]\nflag\nkey = value ; note\npct = 100%\n")
print(raw.items("s"), raw.get("s", "flag"))
out = io.StringIO()
raw.write(out, space_around_delimiters=False)
print(out.getvalue())
d = tempfile.mkdtemp()
path = os.path.join(d, "c.ini")
with open(path, "w") as f:
    f.write("[one]\na = 1\n")
cp3 = configparser.ConfigParser(defaults={"b": "2"})
print([os.path.basename(p) for p in cp3.read([path, os.path.join(d, "missing.ini")])], dict(cp3["one"]))
bad_sources = ["[s]\na = 1\na = 2\n", "[s]\n[s]\n", "a = 1\n", "[s]\nnovalue\n  =x\n", "[s]\n= x\n"]
for src in bad_sources:
    try:
        configparser.ConfigParser().read_string(src)
    except configparser.Error as e:
        print(type(e).__name__, repr(str(e)), e.args)
cp4 = configparser.ConfigParser()
cp4.read_string("[s]\nloop = %(loop)s\nmiss = %(nothere)s\nbad = %z\n")
for name in ("loop", "miss", "bad", "absent"):
    try:
        cp4.get("s", name)
    except configparser.Error as e:
        print(type(e).__name__, e)
for action in (lambda: cp4.get("nosuch", "x"), lambda: cp4.add_section("s"), lambda: cp4.add_section("DEFAULT"),
               lambda: cp4.set("s", "x", 5), lambda: cp4.set("s", "x", "50%"), lambda: cp4.getboolean("s", "loop", raw=True),
               lambda: cp4.__delitem__("DEFAULT"), lambda: cp4["zzz"]):
    try:
        action()
    except (configparser.Error, ValueError, TypeError, KeyError) as e:
        print(type(e).__name__, e)
print('%(a)s %s' % {'a': 1} if False else '%s %(a)s' % {'a': 1}, b'%(k)s' % {b'k': b'v'})
try:
    '%(a)s/%s' % {'a': 'x'}
except TypeError as e:
    print(e)
