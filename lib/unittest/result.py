"""TestResult: what happened to each test, and the failure texts with
unittest's own frames left out."""

import io
import sys

from _ferropy import exception_only, traceback_chunks

__unittest = True


def _is_unittest_frame(tb):
    return "__unittest" in tb.tb_frame.f_globals


def failfast(method):
    def inner(self, *args, **kw):
        if getattr(self, "failfast", False):
            self.stop()
        return method(self, *args, **kw)
    inner.__name__ = method.__name__
    return inner


class TestResult:
    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1
        self._mirrorOutput = False
        if self.buffer:
            if self._stderr_buffer is None:
                self._stderr_buffer = io.StringIO()
                self._stdout_buffer = io.StringIO()
            sys.stdout = self._stdout_buffer
            sys.stderr = self._stderr_buffer

    def startTestRun(self):
        pass

    def stopTest(self, test):
        if self.buffer:
            if self._mirrorOutput:
                output = sys.stdout.getvalue()
                error = sys.stderr.getvalue()
                if output:
                    if not output.endswith("\n"):
                        output += "\n"
                    self._original_stdout.write("\nStdout:\n%s" % output)
                if error:
                    if not error.endswith("\n"):
                        error += "\n"
                    self._original_stderr.write("\nStderr:\n%s" % error)
            sys.stdout = self._original_stdout
            sys.stderr = self._original_stderr
            self._stdout_buffer.seek(0)
            self._stdout_buffer.truncate()
            self._stderr_buffer.seek(0)
            self._stderr_buffer.truncate()
        self._mirrorOutput = False

    def stopTestRun(self):
        pass

    @failfast
    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if getattr(self, "failfast", False):
                self.stop()
            if issubclass(err[0], test.failureException):
                errors = self.failures
            else:
                errors = self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))
            self._mirrorOutput = True

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return (len(self.failures) == len(self.errors) == 0 and
                (not hasattr(self, "unexpectedSuccesses") or len(self.unexpectedSuccesses) == 0))

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The traceback text, from the first frame outside unittest to
        the last before unittest's own assertion code."""
        exctype, value, tb = err
        return "".join(_format_without_unittest(value, tb))

    def __repr__(self):
        return ("<%s.%s run=%i errors=%i failures=%i>" %
                (type(self).__module__, type(self).__qualname__, self.testsRun, len(self.errors),
                 len(self.failures)))


def _format_without_unittest(value, tb, seen=None):
    if seen is None:
        seen = set()
    seen.add(id(value))
    chunks = []
    cause = value.__cause__
    context = value.__context__
    if cause is not None and id(cause) not in seen:
        chunks += _format_without_unittest(cause, cause.__traceback__, seen)
        chunks.append("\nThe above exception was the direct cause of the following exception:\n\n")
    elif context is not None and not value.__suppress_context__ and id(context) not in seen:
        chunks += _format_without_unittest(context, context.__traceback__, seen)
        chunks.append("\nDuring handling of the above exception, another exception occurred:\n\n")
    while tb is not None and _is_unittest_frame(tb):
        tb = tb.tb_next
    if tb is not None:
        length = 0
        walk = tb
        while walk is not None and not _is_unittest_frame(walk):
            length += 1
            walk = walk.tb_next
        chunks.append("Traceback (most recent call last):\n")
        chunks += traceback_chunks(tb, length)
    chunks += exception_only(value)
    return chunks
