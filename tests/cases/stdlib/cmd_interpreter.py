# cmd: a line interpreter's dispatch, help (docstrings, help_ methods),
# columnize; a bound method's __doc__ is its function's.
import cmd, io
class Shell(cmd.Cmd):
    prompt = "> "
    def do_greet(self, arg):
        """Say hello."""
        self.stdout.write("hello %s\n" % arg)
    def do_add(self, arg):
        a, b = map(int, arg.split())
        self.stdout.write("%d\n" % (a + b))
    def help_topic(self):
        self.stdout.write("about the topic\n")
    def do_quit(self, arg):
        return True
    def do_EOF(self, arg):
        return True
out = io.StringIO()
sh = Shell(stdin=io.StringIO("greet world\nadd 2 3\n\nhelp\nhelp greet\nhelp topic\nhelp nothing\nbogus x\n?greet\n!ls\nquit\n"), stdout=out)
sh.use_rawinput = False
sh.cmdloop("intro text")
print(out.getvalue())
out = io.StringIO(); c = cmd.Cmd(stdout=out)
c.columnize(["alpha", "beta", "gamma", "delta", "epsilon"] * 6, 40); c.columnize([]); c.columnize(["one"])
print(out.getvalue())
try: c.columnize(["a", 1, "b", 2])
except TypeError as e: print(e)
print(c.parseline("  help me "), c.parseline(""), c.completenames("he"))
