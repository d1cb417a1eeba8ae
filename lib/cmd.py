"""A generic class to build line-oriented command interpreters: a Cmd
subclass's do_<command> methods are its commands, help_<topic> methods
and docstrings its help."""

import string
import sys

__all__ = ["Cmd"]

PROMPT = "(Cmd) "
IDENTCHARS = string.ascii_letters + string.digits + "_"


class Cmd:
    """A simple framework for writing line-oriented command interpreters."""

    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = "="
    lastcmd = ""
    intro = None
    doc_leader = ""
    doc_header = "Documented commands (type help <topic>):"
    misc_header = "Miscellaneous help topics:"
    undoc_header = "Undocumented commands:"
    nohelp = "*** No help on %s"
    use_rawinput = 1

    def __init__(self, completekey="tab", stdin=None, stdout=None):
        self.stdin = stdin if stdin is not None else sys.stdin
        self.stdout = stdout if stdout is not None else sys.stdout
        self.cmdqueue = []
        self.completekey = completekey

    def _next_line(self):
        if self.cmdqueue:
            return self.cmdqueue.pop(0)
        if self.use_rawinput:
            try:
                return input(self.prompt)
            except EOFError:
                return "EOF"
        self.stdout.write(self.prompt)
        self.stdout.flush()
        line = self.stdin.readline()
        return line.rstrip("\r\n") if line else "EOF"

    def cmdloop(self, intro=None):
        """Prompts, reads a line and dispatches it, until a command's
        method returns a true value."""
        self.preloop()
        if intro is not None:
            self.intro = intro
        if self.intro:
            self.stdout.write(str(self.intro) + "\n")
        stop = None
        while not stop:
            line = self.precmd(self._next_line())
            stop = self.onecmd(line)
            stop = self.postcmd(stop, line)
        self.postloop()

    def precmd(self, line):
        return line

    def postcmd(self, stop, line):
        return stop

    def preloop(self):
        pass

    def postloop(self):
        pass

    def parseline(self, line):
        """(command, argument, line): `?` reads as help, `!` as shell (when
        do_shell exists); the command is the leading identifier."""
        line = line.strip()
        if not line:
            return None, None, line
        if line[0] == "?":
            line = "help " + line[1:]
        elif line[0] == "!":
            if not hasattr(self, "do_shell"):
                return None, None, line
            line = "shell " + line[1:]
        end = 0
        while end < len(line) and line[end] in self.identchars:
            end += 1
        return line[:end], line[end:].strip(), line

    def onecmd(self, line):
        """Runs one command line; returns the command's result (true to
        stop the loop)."""
        cmd, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if cmd is None:
            return self.default(line)
        self.lastcmd = "" if line == "EOF" else line
        if cmd == "":
            return self.default(line)
        try:
            func = getattr(self, "do_" + cmd)
        except AttributeError:
            return self.default(line)
        return func(arg)

    def emptyline(self):
        """An empty line repeats the last command."""
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        self.stdout.write("*** Unknown syntax: %s\n" % line)

    def completedefault(self, *ignored):
        return []

    def completenames(self, text, *ignored):
        prefix = "do_" + text
        return [name[3:] for name in self.get_names() if name.startswith(prefix)]

    def complete(self, text, state):
        """The state-th completion of text (readline's completer)."""
        if state == 0:
            try:
                import readline
                line = readline.get_line_buffer()
                begin = readline.get_begidx() - (len(line) - len(line.lstrip()))
                end = readline.get_endidx() - (len(line) - len(line.lstrip()))
                stripped = line.lstrip()
            except ImportError:
                stripped, begin, end = text, 0, len(text)
            if begin > 0:
                cmd, args, foo = self.parseline(stripped)
                compfunc = self.completedefault if cmd == "" else getattr(self, "complete_" + cmd,
                                                                          self.completedefault)
            else:
                compfunc = self.completenames
            self.completion_matches = compfunc(text, stripped, begin, end)
        try:
            return self.completion_matches[state]
        except IndexError:
            return None

    def get_names(self):
        return dir(self.__class__)

    def complete_help(self, *args):
        commands = set(self.completenames(*args))
        topics = set(a[5:] for a in self.get_names() if a.startswith("help_" + args[0]))
        return list(commands | topics)

    def do_help(self, arg):
        'List available commands with "help" or detailed help with "help cmd".'
        if arg:
            helper = getattr(self, "help_" + arg, None)
            if helper is not None:
                helper()
                return
            doc = getattr(getattr(self, "do_" + arg, None), "__doc__", None)
            if doc:
                self.stdout.write("%s\n" % str(doc))
                return
            self.stdout.write("%s\n" % str(self.nohelp % (arg,)))
            return
        names = self.get_names()
        topics = {name[5:] for name in names if name.startswith("help_")}
        documented, undocumented = [], []
        for name in sorted(set(names)):
            if not name.startswith("do_"):
                continue
            command = name[3:]
            if command in topics:
                documented.append(command)
                topics.discard(command)
            elif getattr(self, name).__doc__:
                documented.append(command)
            else:
                undocumented.append(command)
        self.stdout.write("%s\n" % str(self.doc_leader))
        self.print_topics(self.doc_header, documented, 15, 80)
        self.print_topics(self.misc_header, sorted(topics), 15, 80)
        self.print_topics(self.undoc_header, undocumented, 15, 80)

    def print_topics(self, header, cmds, cmdlen, maxcol):
        if cmds:
            self.stdout.write("%s\n" % str(header))
            if self.ruler:
                self.stdout.write("%s\n" % str(self.ruler * len(header)))
            self.columnize(cmds, maxcol - 1)
            self.stdout.write("\n")

    def columnize(self, list, displaywidth=80):
        """Writes the strings in as few rows as fit the width, columns two
        spaces apart, filled column by column."""
        if not list:
            self.stdout.write("<empty>\n")
            return
        bad = [i for i, item in enumerate(list) if not isinstance(item, str)]
        if bad:
            raise TypeError("list[i] not a string for i in %s" % ", ".join(map(str, bad)))
        size = len(list)
        if size == 1:
            self.stdout.write("%s\n" % str(list[0]))
            return
        for nrows in range(1, size):
            ncols = (size + nrows - 1) // nrows
            widths = [max((len(list[i]) for i in range(col * nrows, min((col + 1) * nrows, size))), default=0)
                      for col in range(ncols)]
            if sum(widths) + 2 * (ncols - 1) <= displaywidth:
                break
        else:
            nrows, ncols, widths = size, 1, [0]
        for row in range(nrows):
            texts = [list[i] if i < size else "" for i in range(row, row + nrows * ncols, nrows)]
            while texts and not texts[-1]:
                del texts[-1]
            for col in range(len(texts)):
                texts[col] = texts[col].ljust(widths[col])
            self.stdout.write("%s\n" % str("  ".join(texts)))
