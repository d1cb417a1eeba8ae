# optparse: options of every action and type, clusters and abbreviations,
# groups, defaults with %default in help, the help and usage layout
# (both formatters), and errors (usage plus "prog: error:" and exit 2).
import io, sys
from optparse import (OptionParser, OptionGroup, Option, make_option, OptionError, OptionConflictError,
                      TitledHelpFormatter, Values, SUPPRESS_HELP)

def collect(option, opt, value, parser, tag):
    parser.values.seen = getattr(parser.values, "seen", []) + [(tag, opt, value)]

parser = OptionParser(usage="%prog [options] FILE...", version="%prog 1.2", prog="tool",
                      description="Processes files. " * 6, epilog="See the manual for more.")
parser.add_option("-f", "--file", dest="filename", metavar="FILE", help="write report to FILE")
parser.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True,
                  help="don't print status messages to stdout")
parser.add_option("-n", type="int", default="0x10", help="how many [default: %default]")
parser.add_option("--ratio", type="float", default=1.5)
parser.add_option("-v", action="count", dest="level")
parser.add_option("--tag", action="append", help="may be repeated")
parser.add_option("--mode", choices=["fast", "slow"], default="fast", help="one of fast, slow")
parser.add_option("--point", type="int", nargs=2)
parser.add_option("--const", action="store_const", const=42)
parser.add_option("--cb", action="callback", callback=collect, type="string", callback_args=("t",))
parser.add_option("--secret", help=SUPPRESS_HELP)
group = OptionGroup(parser, "Dangerous Options", "Caution: use at your own risk.")
group.add_option("-g", action="store_true", help="Group option.")
parser.add_option_group(group)

opts, args = parser.parse_args(["-vvq", "-ffile.txt", "a", "--ta=x", "--tag", "y", "-n", "0b101", "--point", "3", "4",
                                "--mode=slow", "--cb", "val", "--const", "-g", "b", "--", "-x"])
print(sorted(vars(opts).items()), args)
print(parser.get_default_values(), parser.defaults["n"], opts == {**vars(opts)}, repr(opts)[:8])
print(parser.format_help())
parser.formatter = TitledHelpFormatter()
parser.formatter.set_parser(parser)
print(parser.format_help())
sys.stderr = sys.stdout
for bad in (["-z"], ["--ta"], ["--t"], ["-n", "x"], ["--mode", "medium"], ["--point", "1"], ["--const=3"],
            ["--version"], ["-h"]):
    try:
        parser.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code)
p2 = OptionParser(prog="p2")
p2.add_option("--tab", "--taste")
try:
    p2.parse_args(["--ta"])
except SystemExit as e:
    print("exit", e.code)
p2.disable_interspersed_args()
print(p2.parse_args(["x", "--tab", "1"])[1])
for make in (lambda: Option("x"), lambda: Option("--"), lambda: Option("-x", action="bogus"),
             lambda: Option("-x", type="bogus"), lambda: Option("-x", action="store_true", type="int"),
             lambda: Option("-x", type="choice"), lambda: Option("-x", bogus=1, other=2),
             lambda: Option("-x", action="callback", callback="no"), lambda: Option("-x", const=1),
             lambda: p2.add_option("--tab")):
    try:
        make()
    except (OptionError, TypeError) as e:
        print(type(e).__name__, e)
p3 = OptionParser(conflict_handler="resolve", add_help_option=False)
p3.add_option("-a", "--all", action="store_true")
p3.add_option("-a", "--alpha", action="store_true")
print([str(o) for o in p3.option_list], p3.has_option("--all"), p3.get_option("-a"))
p3.remove_option("--all")
print([str(o) for o in p3.option_list], make_option is Option, Values({"a": 1}))
