"""Runs CPython's own regression suite (the `test` package of the installed
CPython, in place: a temporary directory holds only a link to it) under
ferropy, one test module per process, and counts what passes.

    python3 tools/cpython_suite.py [--ferropy PATH] [--jobs N] [--timeout S]
                                   [--cpython | --reference JSON]
                                   [--json OUT] [--table MARKDOWN] [MODULE ...]

Each module runs as `ferropy -m unittest test.MODULE`; unittest's summary
gives the tests run, failed, errored and skipped. A module that cannot be
imported, crashes or times out counts as no tests passed. The yardstick
is the number of tests CPython loads from the same modules (counted
without running them); --cpython runs them under CPython as well, and
--reference reads such a CPython run from an earlier --json file (the
CPython run takes a while and does not change). --table writes the
per-module table (docs/conformance.md): what CPython passes, what ferropy
passes, and for a module that does not run, its first blocker.
"""

import argparse
import concurrent.futures
import json
import os
import pathlib
import re
import signal
import subprocess
import sys
import sysconfig
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
RAN = re.compile(r"^Ran (\d+) tests? in", re.M)
COUNTS = re.compile(r"(failures|errors|skipped|expected failures|unexpected successes)=(\d+)")


def test_dir():
    return pathlib.Path(sysconfig.get_paths()["stdlib"]) / "test"


# CPython's source tree runs test._test_multiprocessing once per start
# method through three tiny modules that call its
# install_tests_in_module_dict; an installation may lack them. Then the
# runner writes those three lines itself, beside the link to the suite,
# and runs them under the same names (with a longer time limit: each is
# some 400 tests that start processes).
DERIVED = {f"test_multiprocessing_{method}": "import test._test_multiprocessing as tests\n"
           f"tests.install_tests_in_module_dict(globals(), {method!r})\n"
           for method in ("fork", "spawn", "forkserver")}
DERIVED_TIME_FACTOR = 8
# Test packages that are many modules' worth of tests in one process get
# the same longer limit.
LONG_PACKAGES = {"test_asyncio"}


def derived_modules():
    if not (test_dir() / "_test_multiprocessing.py").exists():
        return {}
    return {name: text for name, text in DERIVED.items() if not (test_dir() / (name + ".py")).exists()}


def make_suite_dir(path):
    """A directory with the link to the suite and the derived modules."""
    os.symlink(test_dir(), os.path.join(path, "test"))
    for name, text in derived_modules().items():
        with open(os.path.join(path, name + ".py"), "w") as f:
            f.write(text)


def qualified(module):
    return module if module in derived_modules() else "test." + module


def all_modules():
    names = list(derived_modules())
    for entry in sorted(test_dir().iterdir()):
        if entry.name.startswith("test_") and (entry.suffix == ".py" or (entry / "__init__.py").exists()):
            names.append(entry.stem if entry.suffix == ".py" else entry.name)
    return sorted(names)


def run_module(exe, module, suite_path, timeout):
    env = dict(os.environ, PYTHONPATH=suite_path, PYTHONIOENCODING="utf-8")
    # Each module runs in a process group of its own: on a timeout the
    # whole group goes, including the interpreters its tests started
    # (left alone, they would go on using the machine).
    if module in derived_modules() or module in LONG_PACKAGES:
        timeout *= DERIVED_TIME_FACTOR
    proc = subprocess.Popen([exe, "-m", "unittest", qualified(module)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, errors="replace", env=env, cwd=suite_path,
                            start_new_session=True)
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        return {"module": module, "status": "timeout", "ran": 0, "passed": 0}
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    output = stderr + stdout
    ran = RAN.search(output)
    if not ran:
        last = [line for line in output.strip().splitlines() if line.strip()][-1:] or [""]
        return {"module": module, "status": "no result", "ran": 0, "passed": 0, "detail": last[0][:160]}
    total = int(ran.group(1))
    counts = dict((k, int(v)) for k, v in COUNTS.findall(output[ran.end():]))
    bad = counts.get("failures", 0) + counts.get("errors", 0) + counts.get("unexpected successes", 0)
    skipped = counts.get("skipped", 0)
    return {"module": module, "status": "ran", "ran": total, "skipped": skipped, "failed": bad,
            "passed": max(0, total - bad - skipped)}


COUNT_TESTS = r"""
import json, sys, unittest
counts = {}
for name in sys.argv[1:]:
    try:
        counts[name] = unittest.defaultTestLoader.loadTestsFromName(name).countTestCases()
    except BaseException:
        counts[name] = 0
print(json.dumps(counts))
"""


def cpython_counts(modules):
    """How many tests CPython loads from each module."""
    with tempfile.TemporaryDirectory() as suite_path:
        make_suite_dir(suite_path)
        env = dict(os.environ, PYTHONPATH=suite_path)
        out = subprocess.run([sys.executable, "-c", COUNT_TESTS, *map(qualified, modules)], capture_output=True, text=True,
                             env=env, cwd=suite_path).stdout
    counted = json.loads(out.strip().splitlines()[-1])
    return {m: counted.get(qualified(m), 0) for m in modules}


def run_all(exe, modules, jobs, timeout):
    with tempfile.TemporaryDirectory() as suite_path:
        make_suite_dir(suite_path)
        with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
            futures = [pool.submit(run_module, exe, m, suite_path, timeout) for m in modules]
            return [f.result() for f in futures]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ferropy", default=str(ROOT / "target" / "release" / "ferropy"))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("--cpython", action="store_true", help="also run the modules under CPython")
    ap.add_argument("--reference", help="CPython's results: the --json file of an earlier --cpython run")
    ap.add_argument("--json", help="write the per-module results here")
    ap.add_argument("--table", help="write the per-module table (Markdown) here, e.g. docs/conformance.md")
    ap.add_argument("modules", nargs="*")
    opts = ap.parse_args()
    opts.ferropy = str(pathlib.Path(opts.ferropy).resolve())  # modules run in a scratch directory
    modules = opts.modules or all_modules()
    results = run_all(opts.ferropy, modules, opts.jobs, opts.timeout)
    counts = cpython_counts(modules)
    reference = run_all(sys.executable, modules, opts.jobs, opts.timeout * 3) if opts.cpython else None
    if opts.reference:
        with open(opts.reference) as f:
            wanted = set(modules)
            reference = [r for r in (json.load(f).get("cpython") or []) if r["module"] in wanted]
    passed = sum(r["passed"] for r in results)
    ran_modules = sum(1 for r in results if r["status"] == "ran")
    clean = sum(1 for r in results if r["status"] == "ran" and r["failed"] == 0)
    for r in results:
        detail = r.get("detail", "")
        print(f"{r['module']:40} {r['status']:10} passed {r['passed']:5} of {counts.get(r['module'], 0):5} {detail}")
    total = sum(counts.values())
    share = 100.0 * passed / total if total else 0.0
    print(f"\n{len(modules)} modules: {ran_modules} ran ({clean} without failures); {passed} of the {total} "
          f"tests CPython loads from them pass under ferropy ({share:.1f}%)")
    if reference is not None:
        ref_passed = sum(r["passed"] for r in reference)
        share = 100.0 * passed / ref_passed if ref_passed else 0.0
        print(f"CPython passes {ref_passed} tests of the same modules: ferropy {share:.1f}%")
    if opts.json:
        with open(opts.json, "w") as f:
            json.dump({"ferropy": results, "cpython": reference}, f, indent=1)
    if opts.table:
        write_table(opts.table, results, counts, reference)


def blocker(result):
    """Why a module did not run to the end, in a few words."""
    if result["status"] == "timeout":
        return "timed out"
    detail = result.get("detail", "").replace("|", "\\|").strip()
    return detail or "no unittest summary"


def write_table(path, results, counts, reference):
    ref = {r["module"]: r for r in reference or []}
    yardstick = "CPython passes" if ref else "CPython loads"

    def yardstick_of(name):
        return ref[name]["passed"] if name in ref else counts.get(name, 0)

    rows = []
    for r in sorted(results, key=lambda r: r["module"]):
        name = r["module"]
        cp = yardstick_of(name)
        note = blocker(r) if r["status"] != "ran" else ("" if r["failed"] == 0 else f"{r['failed']} fail")
        share = f"{100.0 * r['passed'] / cp:.0f}%" if cp else "-"
        rows.append(f"| {name} | {cp} | {r['passed']} | {share} | {note} |")
    total_cp = sum(yardstick_of(r["module"]) for r in results)
    total_fp = sum(r["passed"] for r in results)
    ran = sum(1 for r in results if r["status"] == "ran")
    share = 100.0 * total_fp / total_cp if total_cp else 0.0
    python = sys.version.split()[0]
    with open(path, "w") as f:
        f.write(f"""# Conformance: CPython's regression suite under ferropy

Written by `python3 tools/cpython_suite.py --table docs/conformance.md`
(the `test` package of the installed CPython {python}, run in place, one
module per process). "{yardstick}" is the yardstick per module;
"ferropy" counts the tests that pass under ferropy (run, not failed, not
skipped). A module that does not run to the end shows its first blocker
(the last line it printed) or "timed out".

**Totals:** {len(results)} modules, {ran} run to the end under ferropy;
ferropy passes {total_fp} of the {total_cp} tests ({share:.1f}%).

| module | {yardstick} | ferropy | share | blocker or failures |
|---|---:|---:|---:|---|
""")
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
