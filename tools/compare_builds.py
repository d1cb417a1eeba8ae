#!/usr/bin/env python3
"""Times two ferropy builds against each other on the programs in bench/
(for "no slower than before this change"): runs alternate between the
builds, the table shows median wall times and the ratio new/old.

    python3 tools/compare_builds.py OLD_FERROPY NEW_FERROPY [--repeat 3] [name ...]

Build the old one from a worktree, e.g.
    git worktree add /tmp/old REV && (cd /tmp/old && CARGO_TARGET_DIR=/tmp/oldtarget cargo build --release -p ferropy-cli)
"""

import argparse
import pathlib
import statistics
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "bench"))
import run as bench_run  # noqa: E402  (bench/run.py: the program list and the timed run)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    args = parser.parse_args()
    # The programs run from bench/: name the builds by absolute path.
    args.old, args.new = (str(pathlib.Path(exe).resolve()) for exe in (args.old, args.new))
    programs = bench_run.bench_programs(args.names)
    ratios = []
    print(f"{'benchmark':<18} {'old s':>8} {'new s':>8} {'new/old':>8}")
    for program in programs:
        times = {args.old: [], args.new: []}
        for _ in range(args.repeat):
            for exe in (args.old, args.new):
                times[exe].append(bench_run.run([exe, program.name])[0])
        old, new = statistics.median(times[args.old]), statistics.median(times[args.new])
        ratios.append(new / old)
        print(f"{program.stem:<18} {old:>8.3f} {new:>8.3f} {new / old:>8.3f}", flush=True)
    if ratios:
        print(f"{'geometric mean':<18} {'':>8} {'':>8} {statistics.geometric_mean(ratios):>8.3f}")


if __name__ == "__main__":
    main()
