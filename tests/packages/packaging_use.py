from packaging.version import Version
from packaging.specifiers import SpecifierSet
from packaging.requirements import Requirement
print(sorted(Version(v) for v in ["1.10", "1.2", "1.2rc1", "2.0.post1"]))
print(Version("1.3") in SpecifierSet(">=1.2,<2"), Requirement("requests[socks]>=2.0; python_version>'3'"))
