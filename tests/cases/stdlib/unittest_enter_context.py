import unittest, contextlib, io, sys

log = []


@contextlib.contextmanager
def resource(name):
    log.append(f"enter {name}")
    yield name.upper()
    log.append(f"exit {name}")


class T(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.shared = cls.enterClassContext(resource("class"))

    def test_a(self):
        value = self.enterContext(resource("test"))
        log.append(f"in test {value} {self.shared}")

    def test_not_a_cm(self):
        with self.assertRaises(TypeError) as cm:
            self.enterContext(object())
        log.append(str(cm.exception))


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
print(result.wasSuccessful(), result.testsRun)
print("\n".join(log))
