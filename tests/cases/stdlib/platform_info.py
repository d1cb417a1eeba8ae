# platform: the facts both interpreters agree on (system, machine, node,
# release, architecture, python_version) and the uname fields.
import os
import platform
import sys

u = platform.uname()
print(platform.system(), platform.machine(), platform.architecture()[0], platform.python_version(),
      platform.python_version_tuple(), u._fields, u.system == platform.system(), u.node == platform.node(),
      platform.release() == os.popen("uname -r").read().strip() if hasattr(os, "popen") else True,
      platform.python_implementation() == sys.implementation.name.replace("cpython", "CPython"))
