# `python -m asyncio`: a prompt where await works at the top level; an
# error is reported and the prompt goes on; EOF ends it with CPython's
# message. (The banner names the interpreter, so only its shape is shown.)
import subprocess
import sys

script = """x = await asyncio.sleep(0, result=5)
x
await asyncio.sleep(0, result="hi")
async def f():
    return 3

await f()
1/0
task = asyncio.ensure_future(asyncio.sleep(0, result=8))
await task
print(sys.ps1 if hasattr(sys, "ps1") else "no ps1")
"""
p = subprocess.run([sys.executable, "-m", "asyncio"], input=script, capture_output=True, text=True, timeout=60)
print(p.returncode)
print(p.stdout)
err = p.stderr.splitlines()
print(err[0].startswith("asyncio REPL 3.11"), err[1:4])
print([line for line in err if "Error" in line])
print(err[-1])
