#!/usr/bin/env python3
"""Records CPython 3.11's command-line help texts for ferropy's -h,
--help-env, --help-xoptions and --help-all (crates/cli/src/help/*.txt).

The texts are CPython's word for word, with the interpreter's path written
{prog} (the binary prints its own argv[0] there). ferropy accepts every
option they describe.

Usage: python3 tools/gen_cli_help.py
"""

import pathlib
import subprocess
import sys

OUT = pathlib.Path(__file__).resolve().parent.parent / "crates" / "cli" / "src" / "help"


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("run under CPython 3.11")
    for flag, name in [("-h", "help"), ("--help-env", "env"), ("--help-xoptions", "xoptions"), ("--help-all", "all")]:
        text = subprocess.run([sys.executable, flag], capture_output=True, text=True, check=True).stdout
        text = text.replace(sys.executable, "{prog}")
        (OUT / f"{name}.txt").write_text(text)
    print(f"help texts written to {OUT}")


if __name__ == "__main__":
    main()
