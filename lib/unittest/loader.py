"""TestLoader: finding tests in classes, modules, names and directories."""

import fnmatch
import functools
import os
import sys

from unittest import case, suite

__unittest = True


class TestLoader:
    testMethodPrefix = "test"
    sortTestMethodsUsing = staticmethod(lambda a, b: (a > b) - (a < b))
    testNamePatterns = None
    suiteClass = suite.TestSuite

    def __init__(self):
        self.errors = []
        self._top_level_dir = None

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. Maybe you meant to derive "
                            "from TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, "runTest"):
            names = ["runTest"]
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *, pattern=None):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, case.TestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, "load_tests", None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            return load_tests(self, tests, pattern)
        return tests

    def loadTestsFromName(self, name, module=None):
        parts = name.split(".")
        if module is None:
            parts_copy = parts[:]
            while parts_copy:
                try:
                    module = __import__(".".join(parts_copy))
                    break
                except ImportError:
                    del parts_copy[-1]
                    if not parts_copy:
                        raise
            parts = parts[1:]
        obj = module
        for part in parts:
            parent, obj = obj, getattr(obj, part)
        if type(obj).__name__ == "module":
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, case.TestCase):
            return self.loadTestsFromTestCase(obj)
        if callable(obj) and isinstance(parent, type) and issubclass(parent, case.TestCase):
            return self.suiteClass([parent(parts[-1])])
        if isinstance(obj, suite.TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, (suite.TestSuite, case.TestCase)):
                return test
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        def is_test(name):
            if not name.startswith(self.testMethodPrefix):
                return False
            method = getattr(testCaseClass, name)
            if not callable(method):
                return False
            full = "%s.%s.%s" % (testCaseClass.__module__, testCaseClass.__qualname__, name)
            return self.testNamePatterns is None or any(
                fnmatch.fnmatchcase(full, pattern) for pattern in self.testNamePatterns)
        names = [name for name in dir(testCaseClass) if is_test(name)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def discover(self, start_dir, pattern="test*.py", top_level_dir=None):
        """The tests of every module named like `pattern` under start_dir
        (packages included), imported with top_level_dir on sys.path."""
        if top_level_dir is None:
            top_level_dir = start_dir
        top_level_dir = os.path.abspath(top_level_dir)
        if top_level_dir not in sys.path:
            sys.path.insert(0, top_level_dir)
        self._top_level_dir = top_level_dir
        start_dir = os.path.abspath(start_dir)
        if not os.path.isdir(start_dir):
            raise ImportError("Start directory is not importable: %r" % start_dir)
        tests = list(self._find_tests(start_dir, pattern))
        return self.suiteClass(tests)

    def _module_name(self, path):
        relative = os.path.relpath(os.path.splitext(os.path.normpath(path))[0], self._top_level_dir)
        return relative.replace(os.path.sep, ".")

    def _find_tests(self, start_dir, pattern):
        for name in sorted(os.listdir(start_dir)):
            full = os.path.join(start_dir, name)
            if os.path.isfile(full):
                base, ext = os.path.splitext(name)
                if ext != ".py" or not base.isidentifier() or not fnmatch.fnmatch(name, pattern):
                    continue
                module_name = self._module_name(full)
                try:
                    __import__(module_name)
                except case.SkipTest as e:
                    yield _skipped_module(module_name, str(e), self.suiteClass)
                    continue
                except BaseException:
                    yield self._failed_import(module_name)
                    continue
                yield self.loadTestsFromModule(sys.modules[module_name], pattern=pattern)
            elif os.path.isdir(full):
                if not name.isidentifier() or not os.path.isfile(os.path.join(full, "__init__.py")):
                    continue
                package = self._module_name(full)
                try:
                    __import__(package)
                except BaseException:
                    yield self._failed_import(package)
                    continue
                load_tests = getattr(sys.modules[package], "load_tests", None)
                if load_tests is not None:
                    yield load_tests(self, self.suiteClass(list(self._find_tests(full, pattern))), pattern)
                else:
                    yield from self._find_tests(full, pattern)

    def _failed_import(self, name):
        from _ferropy import exception_chunks
        message = "Failed to import test module: %s\n%s" % (
            name, "".join(exception_chunks(sys.exception(), True, None)))
        self.errors.append(message)
        return _failed_test(name, ImportError(message), self.suiteClass)


def _failed_test(methodname, exception, suiteClass):
    def testFailure(self):
        raise exception
    TestClass = type("ModuleImportFailure", (case.TestCase,), {methodname: testFailure})
    TestClass.__module__ = "unittest.loader"
    return suiteClass((TestClass(methodname),))


def _skipped_module(name, reason, suiteClass):
    @case.skip(reason)
    def testSkipped(self):
        pass
    TestClass = type("ModuleSkipped", (case.TestCase,), {name: testSkipped})
    TestClass.__module__ = "unittest.loader"
    return suiteClass((TestClass(name),))


defaultTestLoader = TestLoader()
