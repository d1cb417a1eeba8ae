#!/usr/bin/env python3
"""Times ferropy against CPython on the programs in bench/.

Each benchmark runs `--repeat` times under each interpreter, alternating
the two so that machine noise hits both alike; the table shows the median
wall time of each and the ratio ferropy/CPython (below 1: ferropy is
faster). The outputs must be identical (apart from lines that report a
time, like "8.123s"), or the row says so.

    python3 bench/run.py [--ferropy target/release/ferropy] [--repeat 3] [name ...]

Run it with the real CPython (this script uses sys.executable, not the
pyenv shim, so start-up overhead is the interpreter's own).
"""

import argparse
import pathlib
import re
import statistics
import subprocess
import sys
import time

BENCH = pathlib.Path(__file__).resolve().parent
ROOT = BENCH.parent


TIME_LINE = re.compile(rb"^\d+\.\d+s$", re.M)
# A program may time its own section ("timed: 1.234567"): that time is
# compared instead of the process's (numpy kernels without the import).
TIMED_LINE = re.compile(rb"^timed: (\d+\.\d+)\n", re.M)


def run(command):
    start = time.perf_counter()
    proc = subprocess.run(command, capture_output=True, cwd=BENCH)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{command} failed:\n{proc.stderr.decode(errors='replace')}")
    timed = TIMED_LINE.search(proc.stdout)
    if timed:
        elapsed = float(timed.group(1))
    return elapsed, TIME_LINE.sub(b"<time>", TIMED_LINE.sub(b"", proc.stdout))


def bench_programs(names=()):
    """The benchmark programs, all or those named."""
    # Files starting with "_" are helpers the programs import.
    programs = sorted(p for p in BENCH.glob("*.py") if p.name != "run.py" and not p.name.startswith("_"))
    return [p for p in programs if p.stem in names] if names else programs


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ferropy", default=str(ROOT / "target" / "release" / "ferropy"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    args = parser.parse_args()
    programs = bench_programs(args.names)
    print(f"CPython {sys.version.split()[0]} ({sys.executable}) vs {args.ferropy}, {args.repeat} alternating runs each")
    print(f"{'benchmark':<18} {'CPython s':>10} {'ferropy s':>10} {'ratio':>7}  output")
    ratios = []
    for program in programs:
        times = {"cpython": [], "ferropy": []}
        outputs = {}
        for _ in range(args.repeat):
            for name, interpreter in (("cpython", sys.executable), ("ferropy", args.ferropy)):
                elapsed, out = run([interpreter, program.name])
                times[name].append(elapsed)
                outputs[name] = out
        cp = statistics.median(times["cpython"])
        fp = statistics.median(times["ferropy"])
        ratio = fp / cp
        ratios.append(ratio)
        same = "same" if outputs["cpython"] == outputs["ferropy"] else "DIFFERENT"
        print(f"{program.stem:<18} {cp:>10.3f} {fp:>10.3f} {ratio:>7.2f}  {same}")
    if ratios:
        print(f"{'geometric mean':<18} {'':>10} {'':>10} {statistics.geometric_mean(ratios):>7.2f}")


if __name__ == "__main__":
    main()
