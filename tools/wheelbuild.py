"""Test wheels built by hand: a pure-Python package and its dist-info
(METADATA, WHEEL, RECORD with sha256s, entry points), for the packaging
test (tests/packaging/pip_session.py) and the pip benchmarks (bench/)."""

import base64
import hashlib
import os
import zipfile


def record_line(name, data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def build_wheel(folder, name, version, files, requires=(), entry_points=None, tag="py3-none-any"):
    """A wheel with `files` ({path: text}) and its dist-info."""
    dist_info = f"{name}-{version}.dist-info"
    metadata = f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\nSummary: {name} for the packaging test\n"
    for requirement in requires:
        metadata += f"Requires-Dist: {requirement}\n"
    contents = dict(files)
    contents[f"{dist_info}/METADATA"] = metadata
    contents[f"{dist_info}/WHEEL"] = (f"Wheel-Version: 1.0\nGenerator: pip_session\nRoot-Is-Purelib: "
                                      f"{'true' if tag.endswith('any') else 'false'}\nTag: {tag}\n")
    if entry_points:
        contents[f"{dist_info}/entry_points.txt"] = entry_points
    records = [record_line(path, text.encode()) for path, text in contents.items()]
    records.append(f"{dist_info}/RECORD,,")
    contents[f"{dist_info}/RECORD"] = "\n".join(records) + "\n"
    path = os.path.join(folder, f"{name}-{version}-{tag}.whl")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, text in contents.items():
            archive.writestr(member, text)
    return path
