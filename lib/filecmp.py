"""Comparing files and directories: cmp (two files, by their stat
signature or contents), cmpfiles (files common to two directories) and
dircmp (two directory trees, computed as attributes are asked for)."""

import os
import stat
from itertools import filterfalse
from types import GenericAlias

__all__ = ["clear_cache", "cmp", "dircmp", "cmpfiles", "DEFAULT_IGNORES"]

_cache = {}
BUFSIZE = 8 * 1024

DEFAULT_IGNORES = ["RCS", "CVS", "tags", ".git", ".hg", ".bzr", "_darcs", "__pycache__"]


def clear_cache():
    """Forgets the outcomes of earlier content comparisons."""
    _cache.clear()


def _signature(st):
    return (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime)


def cmp(f1, f2, shallow=True):
    """Whether two regular files are the same: with `shallow`, files of
    equal type, size and mtime are taken as equal without reading them."""
    s1 = _signature(os.stat(f1))
    s2 = _signature(os.stat(f2))
    if s1[0] != stat.S_IFREG or s2[0] != stat.S_IFREG:
        return False
    if shallow and s1 == s2:
        return True
    if s1[1] != s2[1]:
        return False
    key = (f1, f2, s1, s2)
    outcome = _cache.get(key)
    if outcome is None:
        outcome = _same_contents(f1, f2)
        if len(_cache) > 100:
            clear_cache()
        _cache[key] = outcome
    return outcome


def _same_contents(f1, f2):
    with open(f1, "rb") as a, open(f2, "rb") as b:
        while True:
            chunk_a = a.read(BUFSIZE)
            chunk_b = b.read(BUFSIZE)
            if chunk_a != chunk_b:
                return False
            if not chunk_a:
                return True


def _filter(names, skip):
    return list(filterfalse(skip.__contains__, names))


class dircmp:
    """Compares two directories. Its attributes are computed when first
    read: left_list, right_list, common, left_only, right_only,
    common_dirs, common_files, common_funny, same_files, diff_files,
    funny_files and subdirs (a dircmp per common subdirectory)."""

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore

    def phase0(self):
        """The listings, without hidden and ignored names."""
        skip = self.hide + self.ignore
        self.left_list = _filter(os.listdir(self.left), skip)
        self.right_list = _filter(os.listdir(self.right), skip)
        self.left_list.sort()
        self.right_list.sort()

    def phase1(self):
        """Names in both directories, and names in only one."""
        left = {os.path.normcase(name): name for name in self.left_list}
        right = {os.path.normcase(name): name for name in self.right_list}
        self.common = [left[key] for key in left if key in right]
        self.left_only = [left[key] for key in left if key not in right]
        self.right_only = [right[key] for key in right if key not in left]

    def phase2(self):
        """The common names as directories, files, or neither ("funny")."""
        self.common_dirs = []
        self.common_files = []
        self.common_funny = []
        for name in self.common:
            try:
                left_type = stat.S_IFMT(os.stat(os.path.join(self.left, name)).st_mode)
                right_type = stat.S_IFMT(os.stat(os.path.join(self.right, name)).st_mode)
            except OSError:
                self.common_funny.append(name)
                continue
            if left_type != right_type:
                self.common_funny.append(name)
            elif stat.S_ISDIR(left_type):
                self.common_dirs.append(name)
            elif stat.S_ISREG(left_type):
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

    def phase3(self):
        """The common files: identical, different, or not comparable."""
        self.same_files, self.diff_files, self.funny_files = cmpfiles(self.left, self.right, self.common_files)

    def phase4(self):
        """A dircmp for each common subdirectory."""
        self.subdirs = {}
        for name in self.common_dirs:
            self.subdirs[name] = self.__class__(os.path.join(self.left, name), os.path.join(self.right, name),
                                                self.ignore, self.hide)

    def phase4_closure(self):
        self.phase4()
        for sd in self.subdirs.values():
            sd.phase4_closure()

    def report(self):
        """Prints the differences, as `diff -r` summarises them."""
        print("diff", self.left, self.right)
        for label, names in (("Only in", self.left_only), ("Only in", self.right_only)):
            if names:
                names.sort()
                side = self.left if names is self.left_only else self.right
                print(label, side, ":", names)
        for label, attr in (("Identical files :", "same_files"), ("Differing files :", "diff_files"),
                            ("Trouble with common files :", "funny_files"),
                            ("Common subdirectories :", "common_dirs"), ("Common funny cases :", "common_funny")):
            names = getattr(self, attr)
            if names:
                names.sort()
                print(label, names)

    def report_partial_closure(self):
        """The report, and those of the immediate subdirectories."""
        self.report()
        for sd in self.subdirs.values():
            print()
            sd.report()

    def report_full_closure(self):
        """The report, and those of every subdirectory below."""
        self.report()
        for sd in self.subdirs.values():
            print()
            sd.report_full_closure()

    methodmap = dict(subdirs=phase4, same_files=phase3, diff_files=phase3, funny_files=phase3,
                     common_dirs=phase2, common_files=phase2, common_funny=phase2, common=phase1,
                     left_only=phase1, right_only=phase1, left_list=phase0, right_list=phase0)

    def __getattr__(self, attr):
        if attr not in self.methodmap:
            raise AttributeError(attr)
        self.methodmap[attr](self)
        return getattr(self, attr)

    __class_getitem__ = classmethod(GenericAlias)


def cmpfiles(a, b, common, shallow=True):
    """(equal, different, not comparable) among the names `common` to
    directories a and b."""
    result = ([], [], [])
    for name in common:
        try:
            outcome = int(not cmp(os.path.join(a, name), os.path.join(b, name), shallow))
        except OSError:
            outcome = 2
        result[outcome].append(name)
    return result
