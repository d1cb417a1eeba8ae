# platform: the facts both interpreters agree on (system, machine, node,
# release, architecture, python_version), checked against uname(1), and
# the uname fields.
import platform
import subprocess


def uname(flag):
    return subprocess.run(["uname", flag], capture_output=True, text=True).stdout.strip()


u = platform.uname()
print(platform.system(), platform.machine(), platform.architecture()[0], platform.python_version(),
      platform.python_version_tuple(), u._fields, u.system == platform.system(), u.node == platform.node())
print(platform.system() == uname("-s"), platform.machine() == uname("-m"), platform.node() == uname("-n"),
      platform.release() == uname("-r"), platform.version() == uname("-v"))
