"""The metadata of installed distributions (packages installed by pip):
versions, requirements, entry points and file lists, read from the
`*.dist-info` and `*.egg-info` directories along sys.path."""

import csv
import functools
import os
import pathlib
import posixpath
import re
import sys

__all__ = [
    "Distribution",
    "DistributionFinder",
    "PackageMetadata",
    "PackageNotFoundError",
    "distribution",
    "distributions",
    "entry_points",
    "files",
    "metadata",
    "packages_distributions",
    "requires",
    "version",
]


class PackageNotFoundError(ModuleNotFoundError):
    """No installed distribution has this name."""

    def __str__(self):
        return f"No package metadata was found for {self.name}"

    @property
    def name(self):
        (name,) = self.args
        return name


def _normalize(name):
    """PEP 503 normalisation, with underscores as in directory names."""
    return re.sub(r"[-_.]+", "-", name).lower().replace("-", "_")


class PackageMetadata:
    """The headers of a METADATA or PKG-INFO file (RFC 822 style): a
    header may repeat; the body after the headers is the description."""

    def __init__(self, text):
        self._headers = []
        self._payload = ""
        lines = text.splitlines()
        i = 0
        while i < len(lines):
            line = lines[i]
            if not line.strip():
                self._payload = "\n".join(lines[i + 1 :])
                if lines[i + 1 :] and text.endswith("\n"):
                    self._payload += "\n"
                break
            if line[:1] in (" ", "\t") and self._headers:
                key, value = self._headers[-1]
                self._headers[-1] = (key, value + "\n" + line)
            elif ":" in line:
                key, _, value = line.partition(":")
                self._headers.append((key.strip(), value.strip()))
            i += 1

    def __getitem__(self, name):
        for key, value in self._headers:
            if key.lower() == name.lower():
                return value
        return None

    def get(self, name, failobj=None):
        value = self[name]
        return failobj if value is None else value

    def get_all(self, name, failobj=None):
        values = [value for key, value in self._headers if key.lower() == name.lower()]
        return values or failobj

    def get_payload(self):
        return self._payload

    def keys(self):
        return [key for key, _ in self._headers]

    def values(self):
        return [value for _, value in self._headers]

    def items(self):
        return list(self._headers)

    def __iter__(self):
        return iter(self.keys())

    def __len__(self):
        return len(self._headers)

    def __contains__(self, name):
        return any(key.lower() == name.lower() for key, _ in self._headers)

    @property
    def json(self):
        """The headers as a dict, as PEP 566 describes (repeatable fields
        as lists, keywords split)."""
        multiple = {
            "classifier",
            "obsoletes_dist",
            "platform",
            "project_url",
            "provides_dist",
            "provides_extra",
            "requires_dist",
            "requires_external",
            "supported_platform",
            "dynamic",
        }

        def transform(key):
            value = self.get_all(key) if key.lower().replace("-", "_") in multiple else self[key]
            if key == "Keywords":
                value = re.split(r"\s+", value)
            return key.lower().replace("-", "_"), value

        return dict(map(transform, dict.fromkeys(self.keys())))


class FileHash:
    def __init__(self, spec):
        self.mode, _, self.value = spec.partition("=")

    def __repr__(self):
        return f"<FileHash mode: {self.mode} value: {self.value}>"


class PackagePath(pathlib.PurePosixPath):
    """A file of a distribution, relative to its site directory."""

    def read_text(self, encoding="utf-8"):
        with self.locate().open(encoding=encoding) as stream:
            return stream.read()

    def read_binary(self):
        with self.locate().open("rb") as stream:
            return stream.read()

    def locate(self):
        """The file's path on disk."""
        return self.dist.locate_file(self)


class EntryPoint:
    """A named object a distribution advertises in a group, written
    `module:attr [extras]`."""

    pattern = re.compile(r"(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$")

    def __init__(self, name, value, group):
        vars(self).update(name=name, value=value, group=group)
        vars(self)["dist"] = None

    def __setattr__(self, name, value):
        raise AttributeError("EntryPoint objects are immutable.")

    def load(self):
        """Import the module and return the named object."""
        import importlib

        match = self.pattern.match(self.value)
        module = importlib.import_module(match.group("module"))
        attrs = filter(None, (match.group("attr") or "").split("."))
        return functools.reduce(getattr, attrs, module)

    @property
    def module(self):
        return self.pattern.match(self.value).group("module")

    @property
    def attr(self):
        return self.pattern.match(self.value).group("attr")

    @property
    def extras(self):
        match = self.pattern.match(self.value)
        return re.findall(r"\w+", match.group("extras") or "")

    def _for(self, dist):
        vars(self)["dist"] = dist
        return self

    def matches(self, **params):
        attrs = (getattr(self, param) for param in params)
        return all(map(lambda a, b: a == b, params.values(), attrs))

    def _key(self):
        return self.name, self.value, self.group

    def __lt__(self, other):
        return self._key() < other._key()

    def __eq__(self, other):
        return isinstance(other, EntryPoint) and self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        return f"EntryPoint(name={self.name!r}, value={self.value!r}, group={self.group!r})"

    def __iter__(self):
        return iter((self.name, self))

    def __reduce__(self):
        return (self.__class__, (self.name, self.value, self.group))


class EntryPoints(tuple):
    """Entry points, selectable by name and group."""

    __slots__ = ()

    def __getitem__(self, name):
        if isinstance(name, int):
            import warnings

            warnings.warn(
                "Accessing entry points by index is deprecated. Cast to tuple if needed.",
                DeprecationWarning,
                stacklevel=2,
            )
            return super().__getitem__(name)
        try:
            return next(iter(self.select(name=name)))
        except StopIteration:
            raise KeyError(name)

    def select(self, **params):
        return EntryPoints(ep for ep in self if ep.matches(**params))

    @property
    def names(self):
        return {ep.name for ep in self}

    @property
    def groups(self):
        return {ep.group for ep in self}

    def __repr__(self):
        return f"{self.__class__.__name__}({tuple(self)!r})"


class SelectableGroups(dict):
    """entry_points() without arguments: a dict of group -> EntryPoints
    that can also select()."""

    @classmethod
    def load(cls, eps):
        by_group = {}
        for ep in eps:
            by_group.setdefault(ep.group, []).append(ep)
        return cls((group, EntryPoints(items)) for group, items in by_group.items())

    @property
    def _all(self):
        return EntryPoints(ep for group in self.values() for ep in group)

    @property
    def groups(self):
        return self._all.groups

    @property
    def names(self):
        return self._all.names

    def select(self, **params):
        if not params:
            return self
        return self._all.select(**params)


def _parse_sections(text):
    """Lines of an INI-like file as (section, line) pairs."""
    section = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            continue
        yield section, line


class Distribution:
    """An installed distribution: its metadata files and where it lives."""

    def read_text(self, filename):
        raise NotImplementedError

    def locate_file(self, path):
        raise NotImplementedError

    @classmethod
    def from_name(cls, name):
        if not name:
            raise ValueError("A distribution name is required.")
        for dist in cls.discover(name=name):
            return dist
        raise PackageNotFoundError(name)

    @classmethod
    def discover(cls, **kwargs):
        context = kwargs.pop("context", None)
        if context and kwargs:
            raise ValueError("cannot accept context and kwargs")
        context = context or DistributionFinder.Context(**kwargs)
        for finder in sys.meta_path:
            find = getattr(finder, "find_distributions", None)
            if find is not None:
                yield from find(context)

    @staticmethod
    def at(path):
        return PathDistribution(pathlib.Path(path))

    @property
    def metadata(self):
        text = self.read_text("METADATA") or self.read_text("PKG-INFO") or self.read_text("") or ""
        return PackageMetadata(text)

    @property
    def name(self):
        return self.metadata["Name"]

    @property
    def _normalized_name(self):
        return _normalize(self.name)

    @property
    def version(self):
        return self.metadata["Version"]

    @property
    def entry_points(self):
        text = self.read_text("entry_points.txt") or ""
        return EntryPoints(EntryPoint(*self._entry(line), group)._for(self) for group, line in _parse_sections(text))

    @staticmethod
    def _entry(line):
        name, _, value = line.partition("=")
        return name.strip(), value.strip()

    @property
    def files(self):
        """The distribution's files (from RECORD, or the egg-info lists),
        or None if it does not list them."""
        text = self.read_text("RECORD")
        if text is not None:
            rows = list(csv.reader(text.splitlines()))
        else:
            text = self.read_text("installed-files.txt")
            if text is not None:
                rows = [(posixpath.join(self._egg_info_name(), name), None, None) for name in text.splitlines()]
            else:
                text = self.read_text("SOURCES.txt")
                if text is None:
                    return None
                rows = [(name, None, None) for name in text.splitlines()]
        result = []
        for row in rows:
            if not row:
                continue
            name, hash_, size = (list(row) + [None, None])[:3]
            path = PackagePath(name)
            path.hash = FileHash(hash_) if hash_ else None
            path.size = int(size) if size else None
            path.dist = self
            result.append(path)
        return result

    def _egg_info_name(self):
        return ""

    @property
    def requires(self):
        """The requirements of the distribution (PEP 508 strings)."""
        reqs = self.metadata.get_all("Requires-Dist")
        if reqs is not None:
            return reqs
        text = self.read_text("requires.txt")
        if text is None:
            return None
        result = []
        for section, line in _parse_sections(text):
            extra, _, markers = (section or "").partition(":")
            conditions = []
            if extra:
                conditions.append(f'extra == "{extra}"')
            if markers:
                conditions.append(f"({markers})" if extra else markers)
            result.append(line + ("; " + " and ".join(conditions) if conditions else ""))
        return result


class DistributionFinder:
    """A meta path finder that also finds distributions."""

    class Context:
        """What distributions to look for: name=None means all, path the
        directories to search (sys.path by default)."""

        name = None

        def __init__(self, **kwargs):
            vars(self).update(kwargs)

        @property
        def path(self):
            return vars(self).get("path", sys.path)

    def find_distributions(self, context=Context()):
        raise NotImplementedError


class MetadataPathFinder(DistributionFinder):
    @classmethod
    def find_distributions(cls, context=DistributionFinder.Context()):
        wanted = _normalize(context.name) if context.name else None
        for entry in context.path:
            if entry == EMBEDDED_PATH:
                yield from EmbeddedDistribution.search(wanted)
                continue
            if not isinstance(entry, str) or entry.startswith("<"):
                continue
            directory = entry or "."
            try:
                children = sorted(os.listdir(directory))
            except OSError:
                continue
            for child in children:
                stem, dot, suffix = child.rpartition(".")
                if suffix.lower() not in ("dist-info", "egg-info"):
                    continue
                if wanted is not None and _normalize(stem.partition("-")[0]) != wanted:
                    continue
                yield PathDistribution(pathlib.Path(directory, child))

    @classmethod
    def invalidate_caches(cls):
        pass


class PathDistribution(Distribution):
    """A distribution whose metadata is a directory (or PKG-INFO file)."""

    def __init__(self, path):
        self._path = path

    def read_text(self, filename):
        try:
            target = self._path.joinpath(filename) if filename else self._path
            return target.read_text(encoding="utf-8")
        except (FileNotFoundError, IsADirectoryError, KeyError, NotADirectoryError, PermissionError):
            return None

    read_text.__doc__ = Distribution.read_text.__doc__

    def locate_file(self, path):
        return self._path.parent / path

    def _egg_info_name(self):
        return self._path.name

    @property
    def _normalized_name(self):
        stem = os.path.basename(str(self._path))
        name = stem.rpartition(".")[0].partition("-")[0]
        return _normalize(name) if name else super()._normalized_name


# The `sys.path` entry of ferropy's own library (importlib._bootstrap_external).
EMBEDDED_PATH = "<ferropy-lib>"


class EmbeddedDistribution(Distribution):
    """A distribution ferropy provides itself (numpy in place of the C
    extension, virtualenv's creator for ferropy): its dist-info directory
    is in ferropy's own library, found at the `<ferropy-lib>` entry of
    sys.path."""

    def __init__(self, dirname):
        self._dirname = dirname
        self._path = pathlib.PurePosixPath(EMBEDDED_PATH, dirname)

    @classmethod
    def search(cls, wanted):
        import _ferropy

        for child, is_dir in _ferropy.embedded_listdir("") or ():
            stem, _, suffix = child.rpartition(".")
            if not is_dir or suffix != "dist-info":
                continue
            if wanted is None or _normalize(stem.partition("-")[0]) == wanted:
                yield cls(child)

    def read_text(self, filename):
        import _ferropy

        data = _ferropy.embedded_file(f"{self._dirname}/{filename}") if filename else None
        return None if data is None else data.decode("utf-8")

    read_text.__doc__ = Distribution.read_text.__doc__

    def locate_file(self, path):
        return self._path.parent / path

    @property
    def _normalized_name(self):
        return _normalize(self._dirname.rpartition(".")[0].partition("-")[0])


def distribution(distribution_name):
    """The Distribution of an installed package."""
    return Distribution.from_name(distribution_name)


def distributions(**kwargs):
    """Every installed Distribution (or those matching name=...)."""
    return Distribution.discover(**kwargs)


def metadata(distribution_name):
    """The PackageMetadata of a distribution."""
    return Distribution.from_name(distribution_name).metadata


def version(distribution_name):
    """The version string of a distribution."""
    return distribution(distribution_name).version


def entry_points(**params):
    """The entry points of every distribution: all of them as a dict of
    groups, or those selected by group=, name= and so on."""
    seen = set()
    eps = []
    for dist in distributions():
        name = dist._normalized_name
        if name in seen:
            continue
        seen.add(name)
        eps.extend(dist.entry_points)
    if params:
        return EntryPoints(eps).select(**params)
    return SelectableGroups.load(eps)


def files(distribution_name):
    """The files of a distribution."""
    return distribution(distribution_name).files


def requires(distribution_name):
    """The requirements of a distribution."""
    return distribution(distribution_name).requires


def packages_distributions():
    """Top-level importable names -> the distributions that provide them."""
    pkg_to_dist = {}
    for dist in distributions():
        for pkg in _top_level_declared(dist) or _top_level_inferred(dist):
            pkg_to_dist.setdefault(pkg, []).append(dist.metadata["Name"])
    return pkg_to_dist


def _top_level_declared(dist):
    return (dist.read_text("top_level.txt") or "").split()


def _top_level_inferred(dist):
    names = set()
    for f in dist.files or []:
        parts = f.parts
        if len(parts) > 1:
            names.add(parts[0])
        elif f.suffix == ".py":
            names.add(f.stem)
    return {name for name in names if "." not in name}
