"""Facts about the platform: operating system, machine, and the Python
implementation (ferropy, which reports itself honestly, as PyPy does)."""

import collections
import os
import sys

__all__ = ["architecture", "machine", "node", "platform", "processor", "python_build", "python_compiler",
           "python_implementation", "python_version", "python_version_tuple", "release", "system", "uname",
           "version", "freedesktop_os_release", "libc_ver"]


def _proc(name, default=""):
    try:
        with open("/proc/sys/kernel/" + name) as f:
            return f.read().strip()
    except OSError:
        return default


uname_result = collections.namedtuple("uname_result",
                                      ["system", "node", "release", "version", "machine", "processor"])
_cache = None


def uname():
    global _cache
    if _cache is None:
        from _ferropy import machine as _machine
        _cache = uname_result(_proc("ostype", "Linux" if sys.platform == "linux" else sys.platform),
                              _proc("hostname"), _proc("osrelease"), _proc("version"), _machine(), "")
    return _cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return ""


def architecture(executable=sys.executable, bits="", linkage=""):
    return ("64bit" if sys.maxsize > 2 ** 32 else "32bit", "ELF" if sys.platform == "linux" else "")


def platform(aliased=False, terse=False):
    u = uname()
    if terse:
        return "%s-%s" % (u.system, u.release)
    text = "%s-%s-%s-with" % (u.system, u.release, u.machine)
    libc = libc_ver()
    if libc[0]:
        text += "-%s%s" % libc
    return text.replace(" ", "_")


def libc_ver(executable=None, lib="", version="", chunksize=16384):
    try:
        names = os.listdir("/lib/x86_64-linux-gnu") if os.path.isdir("/lib/x86_64-linux-gnu") else []
    except OSError:
        names = []
    for name in names:
        if name.startswith("libc.so."):
            return ("glibc", "")
    return (lib, version)


def python_implementation():
    return sys.implementation.name


def python_version():
    return "%d.%d.%d" % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(part) for part in sys.version_info[:3])


def python_build():
    return ("main", "")


def python_compiler():
    return "Rust"


def python_branch():
    return ""


def python_revision():
    return ""


def freedesktop_os_release():
    for path in ("/etc/os-release", "/usr/lib/os-release"):
        try:
            with open(path, encoding="utf-8") as f:
                info = {"NAME": "Linux", "ID": "linux", "PRETTY_NAME": "Linux"}
                for line in f:
                    line = line.strip()
                    if "=" in line and not line.startswith("#"):
                        key, value = line.split("=", 1)
                        info[key] = value.strip("'\"")
                return info
        except OSError:
            continue
    raise OSError("Unable to read files /etc/os-release, /usr/lib/os-release")


def win32_ver(release="", version="", csd="", ptype=""):
    """Windows version details: the defaults given, on other systems."""
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def mac_ver(release="", versioninfo=("", "", ""), machine=""):
    return release, versioninfo, machine


def java_ver(release="", vendor="", vminfo=("", "", ""), osinfo=("", "", "")):
    return release, vendor, vminfo, osinfo
