"""unittest.main() and `ferropy -m unittest`: the command line."""

import os
import sys

from unittest import loader, runner

__unittest = True

_USAGE = """usage: %(prog)s [-h] [-v] [-q] [--locals] [-f] [-c] [-b] [-k TESTNAMEPATTERNS] [tests ...]"""


class TestProgram:
    """Loads tests (from a module, names, or discovery), runs them, and
    exits with status 1 if any failed."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module="__main__", defaultTest=None, argv=None, testRunner=None,
                 testLoader=loader.defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split(".")[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings if warnings is not None else ("default" if not sys.warnoptions else None)
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def parseArgs(self, argv):
        args = list(argv[1:])
        # `-m unittest` discovers when told to, or when no test is named.
        discover_command = self.module is None and bool(args) and args[0] == "discover"
        if discover_command:
            args = args[1:]
        discover = discover_command
        names = []
        start, pattern, top = ".", "test*.py", None
        positional = []
        i = 0
        while i < len(args):
            arg = args[i]
            if arg in ("-v", "--verbose"):
                self.verbosity = 2
            elif arg in ("-q", "--quiet"):
                self.verbosity = 0
            elif arg in ("-f", "--failfast"):
                self.failfast = True
            elif arg in ("-b", "--buffer"):
                self.buffer = True
            elif arg in ("-c", "--catch"):
                self.catchbreak = True
            elif arg == "--locals":
                self.tb_locals = True
            elif arg == "-k":
                i += 1
                self.testNamePatterns = (self.testNamePatterns or []) + [_pattern(args[i])]
            elif discover and arg in ("-s", "--start-directory"):
                i += 1
                start = args[i]
            elif discover and arg in ("-p", "--pattern"):
                i += 1
                pattern = args[i]
            elif discover and arg in ("-t", "--top-level-directory"):
                i += 1
                top = args[i]
            elif arg in ("-h", "--help"):
                print(_USAGE % {"prog": self.progName})
                sys.exit(0)
            elif arg.startswith("-"):
                print(_USAGE % {"prog": self.progName}, file=sys.stderr)
                print("%s: error: unrecognized arguments: %s" % (self.progName, arg), file=sys.stderr)
                sys.exit(2)
            else:
                positional.append(arg)
            i += 1
        if self.module is None and not positional:
            discover = True
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if discover:
            if positional:
                start = positional[0]
            if len(positional) > 1:
                pattern = positional[1]
            if len(positional) > 2:
                top = positional[2]
            self.test = self.testLoader.discover(start, pattern, top)
            return
        names = [_name_of(arg) for arg in positional]
        if names:
            self.test = self.testLoader.loadTestsFromNames(names, self.module)
        elif self.defaultTest is not None:
            defaults = [self.defaultTest] if isinstance(self.defaultTest, str) else list(self.defaultTest)
            self.test = self.testLoader.loadTestsFromNames(defaults, self.module)
        else:
            self.test = self.testLoader.loadTestsFromModule(self.module)

    def runTests(self):
        testRunner = self.testRunner or runner.TextTestRunner
        if isinstance(testRunner, type):
            testRunner = testRunner(verbosity=self.verbosity, failfast=self.failfast, buffer=self.buffer,
                                    warnings=self.warnings, tb_locals=self.tb_locals)
        self.result = testRunner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


def _pattern(text):
    return text if "*" in text else "*%s*" % text


def _name_of(arg):
    """A test name, or a file path turned into a module name."""
    if os.path.isfile(arg) and arg.lower().endswith(".py"):
        path = os.path.normpath(arg)
        rel = os.path.relpath(path)
        if os.path.isabs(rel) or rel.startswith(os.pardir):
            return path
        return os.path.splitext(rel)[0].replace("\\", ".").replace("/", ".")
    return arg


main = TestProgram
