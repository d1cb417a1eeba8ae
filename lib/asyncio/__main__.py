"""`python -m asyncio`: a prompt where `await` works at the top level.

The event loop runs in the main thread (so that signal handlers and
subprocesses work); the prompt reads lines in a second thread and hands
each compiled statement to the loop. A statement that awaits compiles to
a coroutine (PyCF_ALLOW_TOP_LEVEL_AWAIT), which runs as a task; Ctrl-C
cancels that task and the prompt goes on.
"""

import ast
import asyncio
import code
import concurrent.futures
import inspect
import sys
import threading
import types
import warnings

from . import futures


class AsyncIOInteractiveConsole(code.InteractiveConsole):

    def __init__(self, locals, loop):
        super().__init__(locals)
        self.compile.compiler.flags |= ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
        self.loop = loop
        self.running_task = None
        self.interrupted = False

    def _start(self, statement, done):
        """In the loop's thread: run the statement; a coroutine becomes
        the running task, chained to `done`."""
        try:
            result = types.FunctionType(statement, self.locals)()
        except SystemExit:
            raise
        except KeyboardInterrupt as exc:
            self.interrupted = True
            done.set_exception(exc)
            return
        except BaseException as exc:
            done.set_exception(exc)
            return
        if not inspect.iscoroutine(result):
            done.set_result(result)
            return
        try:
            self.running_task = self.loop.create_task(result)
            futures._chain_future(self.running_task, done)
        except BaseException as exc:
            done.set_exception(exc)

    def runcode(self, statement):
        done = concurrent.futures.Future()
        self.interrupted = False
        self.loop.call_soon_threadsafe(self._start, statement, done)
        try:
            return done.result()
        except SystemExit:
            raise
        except BaseException:
            if self.interrupted:
                self.write("\nKeyboardInterrupt\n")
            else:
                self.showtraceback()
        finally:
            self.running_task = None


class REPLThread(threading.Thread):

    def run(self):
        try:
            banner = (f'asyncio REPL {sys.version} on {sys.platform}\n'
                      f'Use "await" directly instead of "asyncio.run()".\n'
                      f'Type "help", "copyright", "credits" or "license" for more information.\n'
                      f'{getattr(sys, "ps1", ">>> ")}import asyncio')
            console.interact(banner=banner, exitmsg="exiting asyncio REPL...")
        finally:
            warnings.filterwarnings("ignore", message=r"^coroutine .* was never awaited$", category=RuntimeWarning)
            loop.call_soon_threadsafe(loop.stop)


if __name__ == "__main__":
    sys.audit("cpython.run_stdin")
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    repl_locals = {"asyncio": asyncio}
    for key in ("__name__", "__package__", "__loader__", "__spec__", "__builtins__", "__file__"):
        repl_locals[key] = locals()[key]
    console = AsyncIOInteractiveConsole(repl_locals, loop)
    try:
        import readline  # noqa: F401
    except ImportError:
        pass
    repl_thread = REPLThread()
    repl_thread.daemon = True
    repl_thread.start()
    while True:
        try:
            loop.run_forever()
        except KeyboardInterrupt:
            task = console.running_task
            if task is not None and not task.done():
                task.cancel()
                console.interrupted = True
            continue
        else:
            break
    # Closed here (CPython leaves it to the interpreter's exit), so that
    # its selector and sockets go while the modules they use are intact.
    loop.close()
