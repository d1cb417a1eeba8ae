"""The unittest framework: TestCase and its assertions, suites, the
loader (with discovery), the text runner, and main()."""

__all__ = ["TestResult", "TestCase", "IsolatedAsyncioTestCase", "TestSuite", "TextTestRunner",
           "TestLoader", "FunctionTestCase", "main", "defaultTestLoader", "SkipTest", "skip",
           "skipIf", "skipUnless", "expectedFailure", "TextTestResult", "installHandler",
           "registerResult", "removeResult", "removeHandler", "addModuleCleanup",
           "getTestCaseNames", "makeSuite", "findTestCases", "enterModuleContext"]

__unittest = True

from unittest.result import TestResult
from unittest.case import (TestCase, FunctionTestCase, SkipTest, skip, skipIf, skipUnless,
                           expectedFailure)
from unittest.suite import BaseTestSuite, TestSuite
from unittest.loader import TestLoader, defaultTestLoader
from unittest.main import TestProgram, main
from unittest.runner import TextTestRunner, TextTestResult

_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    """Enters a context manager for the module, exited with its cleanups."""
    from unittest.case import _enter_context
    return _enter_context(cm, addModuleCleanup)


def installHandler():
    pass


def registerResult(result):
    pass


def removeResult(result):
    return False


def removeHandler(method=None):
    return method


def getTestCaseNames(testCaseClass, prefix, sortUsing=None, testNamePatterns=None):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    loader.testNamePatterns = testNamePatterns
    return loader.getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix="test", sortUsing=None, suiteClass=TestSuite):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    return loader.loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix="test", sortUsing=None, suiteClass=TestSuite):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    return loader.loadTestsFromModule(module)


def __getattr__(name):
    if name == "IsolatedAsyncioTestCase":
        # Imported on first use, as CPython does (asyncio is large).
        global IsolatedAsyncioTestCase
        from .async_case import IsolatedAsyncioTestCase
        return IsolatedAsyncioTestCase
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
