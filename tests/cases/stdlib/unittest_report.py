# unittest's report as CPython writes it: a test module written for
# CPython, run verbosely and quietly into a StringIO (the timing line is
# masked), with failures, errors, subtests, skips and expected failures.
import io
import os
import re
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "modules", "unittest_project"))
from tests import test_inventory  # noqa: E402

for verbosity in (2, 1):
    stream = io.StringIO()
    suite = unittest.defaultTestLoader.loadTestsFromModule(test_inventory)
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    text = re.sub(r"in \d+\.\d+s", "in X.XXXs", stream.getvalue())
    print(text.replace(os.path.dirname(os.path.abspath(__file__)), "DIR"))
    print(result, result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
          len(result.expectedFailures), result.wasSuccessful())
