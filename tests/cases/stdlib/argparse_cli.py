# argparse: parsing, usage and help pages, and error messages, captured
# from stderr/stdout so many cases fit in one program.
import argparse
import sys


class Capture:
    def __init__(self):
        self.text = ""

    def write(self, s):
        self.text += s

    def flush(self):
        pass


def run(parser, argv):
    out, err = Capture(), Capture()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        result = parser.parse_args(argv)
        status = None
    except SystemExit as e:
        result, status = None, e.code
    finally:
        sys.stdout, sys.stderr = saved
    print(f"--- {argv!r} -> exit {status}")
    if result is not None:
        print(result)
    if out.text:
        print("[stdout]")
        print(out.text, end="")
    if err.text:
        print("[stderr]")
        print(err.text, end="")


bench = argparse.ArgumentParser(prog="lu_bench", description="Time matrix inversion by LU decomposition in pure Python.",
                                epilog="The sum of the diagonals of the inverses is printed as a check.")
bench.add_argument("--method", choices=["serial", "threads", "processes"], default="serial", help="how to run the inversions (default: %(default)s)")
bench.add_argument("--size", type=int, default=300, help="matrix size n (the matrices are n x n)")
bench.add_argument("--number", "-n", type=int, default=4, help="how many matrices to invert")
bench.add_argument("-v", "--verbose", action="count", default=0, help="say more")
bench.add_argument("--seed", type=float, metavar="S")
bench.add_argument("--check", action=argparse.BooleanOptionalAction, default=True, help="verify the inverses")
for argv in [[], ["--method", "threads", "--size", "50", "-n", "2", "-vv"], ["--size=10", "--no-check"], ["-h"],
             ["--method", "gpu"], ["--size", "ten"], ["--size"], ["extra"], ["--siz", "5"], ["--nu", "3"], ["-n3", "-v"]]:
    run(bench, argv)

tool = argparse.ArgumentParser(prog="tool")
tool.add_argument("src", help="input files", nargs="+")
tool.add_argument("dst", help="output directory")
tool.add_argument("--mode", "-m", default="fast", choices=("fast", "exact"), help="%(prog)s mode; one of %(choices)s")
tool.add_argument("--tag", action="append", dest="tags", help="tags (repeatable)")
tool.add_argument("--flag", action="store_true")
tool.add_argument("--no-cache", action="store_false", dest="cache")
tool.add_argument("--const", action="store_const", const=42)
tool.add_argument("--pair", nargs=2, metavar=("KEY", "VALUE"))
tool.add_argument("--opt", nargs="?", const="c", default="d")
tool.add_argument("--many", nargs="*", type=int)
tool.add_argument("--version", action="version", version="%(prog)s 1.0")
group = tool.add_mutually_exclusive_group()
group.add_argument("--quiet", action="store_true")
group.add_argument("--loud", action="store_true")
for argv in [["a", "b", "out"], ["a", "out", "--tag", "x", "--tag", "y", "--flag", "--no-cache", "--const"],
             ["--pair", "k", "v", "a", "o"], ["a", "o", "--opt"], ["a", "o", "--opt", "z", "--many", "1", "2", "3"],
             ["a", "o", "--many"], ["--version"], ["-h"], ["only_one"], [], ["a", "o", "--quiet", "--loud"],
             ["a", "o", "--pair", "k"], ["a", "o", "--many", "x"], ["a", "o", "-mexact"], ["--", "-a", "-b"],
             ["a", "o", "--mode", "slow"], ["a", "o", "-x"]]:
    run(tool, argv)

git = argparse.ArgumentParser(prog="git")
git.add_argument("--debug", action="store_true")
sub = git.add_subparsers(dest="command", title="commands", help="what to do")
commit = sub.add_parser("commit", help="record changes")
commit.add_argument("-m", "--message", required=True)
commit.add_argument("--amend", action="store_true")
push = sub.add_parser("push", aliases=["p"], help="send changes")
push.add_argument("remote", nargs="?", default="origin")
for argv in [["commit", "-m", "msg"], ["--debug", "push"], ["p", "upstream"], ["commit"], ["-h"], ["commit", "-h"],
             ["fly"], []]:
    run(git, argv)

long = argparse.ArgumentParser(prog="a_program_with_a_rather_long_name_for_wrapping",
                               description="A description long enough to need wrapping across more than one line of the help output, "
                                           "so that the filling of paragraphs is exercised too.")
for i in range(8):
    long.add_argument(f"--option-number-{i}", metavar="VALUE", help=f"the {i}th option, with a help text that is long enough to wrap onto a second line")
long.add_argument("positional_one")
long.add_argument("positional_two", nargs="*")
run(long, ["-h"])
run(long, [])
defaults = argparse.ArgumentParser(prog="d", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
defaults.add_argument("--x", type=int, default=3, help="an x")
defaults.add_argument("y", nargs="?", default="why", help="a y")
run(defaults, ["-h"])
print(repr(argparse.Namespace(b=1, a=2)), argparse.Namespace(a=1) == argparse.Namespace(a=1), "a" in argparse.Namespace(a=1))
print(repr(bench.add_argument("--extra", help="x")))
for bad in [lambda: tool.add_argument("--flag"), lambda: tool.add_argument("pos", required=True),
            lambda: tool.add_argument("--bad", nargs=0), lambda: tool.add_argument("x", action="nope")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
