# getpass without a terminal: the fallback reads stdin (the warning is
# silenced here because it names the library file), and getuser.
import getpass
import os
import sys
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    secret = getpass.getpass("Key: ", stream=sys.stdout)
print()
print(repr(secret), [w.category.__name__ for w in caught], str(caught[0].message))
os.environ["LOGNAME"] = "tester"
print(getpass.getuser(), issubclass(getpass.GetPassWarning, UserWarning))
