"""A module whose docstrings carry examples, some of them wrong.

>>> 1 + 1
2
>>> square(3)
9
"""

import contextlib
import doctest
import io
import re


def square(x):
    """Squares a number.

    >>> square(4)
    16
    >>> square(-2)
    4
    >>> [square(i) for i in range(3)]
    [0, 1, 4]
    """
    return x * x


def broken(n):
    """A function whose examples do not all hold.

    >>> broken(2)
    3
    >>> print("a\\nb")
    a
    c
    >>> broken(0)
    Traceback (most recent call last):
        ...
    ZeroDivisionError: division by zero
    >>> broken('x')
    Traceback (most recent call last):
    ValueError: not this one
    >>> print("nothing expected")
    """
    return 10 // n


class Account:
    """A bank account.

    >>> a = Account(10)
    >>> a.deposit(5)
    >>> a.balance
    15
    >>> a  # doctest: +ELLIPSIS
    <...Account object at 0x...>
    """

    def __init__(self, balance):
        self.balance = balance

    def deposit(self, amount):
        """Adds money.

        >>> acc = Account(1)
        >>> acc.deposit(2); acc.balance
        3
        >>> print(list(range(20)))  # doctest: +NORMALIZE_WHITESPACE
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
         10, 11, 12, 13, 14, 15, 16, 17, 18, 19]
        >>> print("blank\\n\\nline")
        blank
        <BLANKLINE>
        line
        >>> True
        1
        >>> raise KeyError('k')  # doctest: +IGNORE_EXCEPTION_DETAIL
        Traceback (most recent call last):
        builtins.KeyError: 'other'
        """
        self.balance += amount

    @staticmethod
    def helper():
        """>>> Account.helper()
        'helped'
        """
        return "helped"

    @property
    def doubled(self):
        """>>> Account(2).doubled
        5
        """
        return self.balance * 2


def uncaught():
    """>>> uncaught()
    'fine'
    >>> missing_name
    1
    """
    return "fine"


def skipped():
    """>>> 1/0  # doctest: +SKIP
    >>> x = 5
    >>> for i in range(2):
    ...     print(i * x)
    0
    5
    """


def run(**kw):
    masked(doctest.testmod, **kw)


def masked(function, *args, **kw):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        result = function(*args, **kw)
    text = out.getvalue()
    # Frames inside doctest.py itself differ between implementations.
    text = re.sub(r'(?m)^( *)File "[^"]*doctest\.py", line \d+, in \w+\n(\1 .*\n)*', "", text)
    print(text)
    print(result)


run()
run(verbose=True)
run(optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
masked(doctest.testmod, verbose=False, report=False)

parser = doctest.DocTestParser()
examples = parser.get_examples(broken.__doc__)
for ex in examples:
    print(repr(ex.source), repr(ex.want), repr(ex.exc_msg), ex.lineno, ex.indent, ex.options)
tests = doctest.DocTestFinder().find(Account)
print([(t.name, t.lineno, len(t.examples)) for t in tests])
print(doctest.OutputChecker().check_output("a...z\n", "abcz\n", doctest.ELLIPSIS),
      doctest.OutputChecker().check_output("1\n", "True\n", 0), doctest.ELLIPSIS, doctest.SKIP, doctest.FAIL_FAST)
for bad in ["    >>>x = 1\n", ">>> x = 1\n... y\n", ">>> if 1:\n  ...  pass\n", ">>> 1\n  2\n",
            ">>> x  # doctest: +NOPE\n"]:
    try:
        parser.get_examples(bad, name="bad")
    except ValueError as e:
        print("ValueError", e)
globs = {"square": square}
masked(doctest.run_docstring_examples, square, globs, name="square")
masked(doctest.run_docstring_examples, broken, {"broken": broken}, name="broken_only", optionflags=doctest.FAIL_FAST)
with open("examples.txt", "w") as f:
    f.write("Some text.\n\n    >>> from doctest_examples import square\n    >>> square(5)\n    25\n"
            "    >>> square(6)\n    35\n")
masked(doctest.testfile, "examples.txt")
suite = doctest.DocTestSuite()
print(suite.countTestCases())
