"""Task: a coroutine driven by the loop, step by step, waiting on the
futures it awaits; and the functions that combine awaitables."""

__all__ = (
    "Task", "create_task",
    "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED",
    "wait", "wait_for", "as_completed", "sleep",
    "gather", "shield", "ensure_future", "run_coroutine_threadsafe",
    "current_task", "all_tasks",
    "_register_task", "_unregister_task", "_enter_task", "_leave_task",
)

import concurrent.futures
import contextvars
import functools
import inspect
import itertools
import types
import weakref
from types import GenericAlias

from . import base_tasks
from . import coroutines
from . import events
from . import exceptions
from . import futures
from .coroutines import _is_coroutine

_task_name_counter = itertools.count(1).__next__


def current_task(loop=None):
    """The task running on loop (the running loop by default), or None."""
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """The tasks of loop (the running loop by default) not yet done."""
    if loop is None:
        loop = events.get_running_loop()
    # The set may change while we copy it (a task finishing in a thread's
    # callback): retry a few times, then copy under the GIL's protection.
    for _ in range(1000):
        try:
            tasks = list(_all_tasks)
        except RuntimeError:
            continue
        break
    else:
        tasks = list(_all_tasks)
    return {t for t in tasks if futures._get_loop(t) is loop and not t.done()}


class Task(futures._PyFuture):
    """A coroutine scheduled on a loop. Each step sends into the coroutine
    until it awaits a pending future; the task then waits for that future
    to finish and takes the next step. Cancelling throws CancelledError into
    the coroutine at its await."""

    # Report a task dropped while pending (set False for tasks whose
    # coroutine was rejected).
    _log_destroy_pending = True
    # (Class defaults, so a task whose __init__ failed still has a repr.)
    _num_cancels_requested = 0
    _must_cancel = False
    _fut_waiter = None
    _coro = None
    _name = None

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if self._source_traceback:
            del self._source_traceback[-1]
        if not coroutines.iscoroutine(coro):
            # The coroutine is not ours to close; no report of a pending task.
            self._log_destroy_pending = False
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        self._name = f"Task-{_task_name_counter()}" if name is None else str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._context = contextvars.copy_context() if context is None else context
        self._loop.call_soon(self.__step, context=self._context)
        _register_task(self)

    def __del__(self, _PENDING=futures._PENDING):
        # (The default argument: at exit the module's globals may be gone.)
        if self._state == _PENDING and self._log_destroy_pending:
            context = {"task": self, "message": "Task was destroyed but it is pending!"}
            if self._source_traceback:
                context["source_traceback"] = self._source_traceback
            self._loop.call_exception_handler(context)
        super().__del__()

    __class_getitem__ = classmethod(GenericAlias)

    def __repr__(self):
        return base_tasks._task_repr(self)

    def _repr_info(self):
        return base_tasks._task_repr_info(self)

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError("Task does not support set_result operation")

    def set_exception(self, exception):
        raise RuntimeError("Task does not support set_exception operation")

    def get_stack(self, *, limit=None):
        """The frames of the suspended coroutine (or of the exception's
        traceback once it failed), oldest first."""
        return base_tasks._task_get_stack(self, limit)

    def print_stack(self, *, limit=None, file=None):
        """Print get_stack()'s frames, as a traceback prints them."""
        return base_tasks._task_print_stack(self, limit, file)

    def cancel(self, msg=None):
        """Ask the task to stop: CancelledError is thrown into the
        coroutine at its next step. False if the task is already done."""
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg=msg):
            # The waiter's cancellation wakes us with CancelledError. Keep
            # _fut_waiter: a Task waiter may swallow it and need another.
            return True
        # The next step throws it in.
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        """Pending cancellation requests (cancel() minus uncancel())."""
        return self._num_cancels_requested

    def uncancel(self):
        """Withdraw one cancellation request; how many remain."""
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def __step(self, exc=None):
        if self.done():
            raise exceptions.InvalidStateError(f"_step(): already done: {self!r}, {exc!r}")
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        coro = self._coro
        self._fut_waiter = None
        _enter_task(self._loop, self)
        try:
            try:
                result = coro.send(None) if exc is None else coro.throw(exc)
            except StopIteration as stop:
                if self._must_cancel:
                    # Cancelled as it returned: the task ends cancelled.
                    self._must_cancel = False
                    super().cancel(msg=self._cancel_message)
                else:
                    super().set_result(stop.value)
            except exceptions.CancelledError as cancelled:
                # Kept so result() re-raises it with its traceback.
                self._cancelled_exc = cancelled
                super().cancel()
            except (KeyboardInterrupt, SystemExit) as fatal:
                super().set_exception(_from_coroutine(fatal))
                raise
            except BaseException as error:
                super().set_exception(_from_coroutine(error))
            else:
                self.__wait_on(result)
        finally:
            _leave_task(self._loop, self)
            self = None  # no cycle through the frame when an exception passes

    def __wait_on(self, result):
        """What the coroutine yielded decides the next step."""
        blocking = getattr(result, "_asyncio_future_blocking", None)
        if blocking is not None:
            if futures._get_loop(result) is not self._loop:
                error = RuntimeError(f"Task {self!r} got Future {result!r} attached to a different loop")
            elif not blocking:
                error = RuntimeError(f"yield was used instead of yield from in task {self!r} with {result!r}")
            elif result is self:
                error = RuntimeError(f"Task cannot await on itself: {self!r}")
            else:
                result._asyncio_future_blocking = False
                result.add_done_callback(self.task_wakeup, context=self._context)
                self._fut_waiter = result
                if self._must_cancel and self._fut_waiter.cancel(msg=self._cancel_message):
                    self._must_cancel = False
                return
        elif result is None:
            # A bare yield (sleep(0)): give the loop one turn.
            self._loop.call_soon(self.__step, context=self._context)
            return
        elif inspect.isgenerator(result):
            error = RuntimeError(f"yield was used instead of yield from for generator in task {self!r} with {result!r}")
        else:
            error = RuntimeError(f"Task got bad yield: {result!r}")
        self._loop.call_soon(self.__step, error, context=self._context)

    def task_wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            # The awaited future failed: raise its exception in the coroutine.
            self.__step(exc)
        else:
            # Its result is taken by the coroutine's own `await`.
            self.__step()
        self = None


_PyTask = Task


def _from_coroutine(exc):
    """exc with its traceback starting in the coroutine: the step that
    resumed it is the loop's machinery, not the program's (CPython's
    native Task shows no frame there either)."""
    tb = exc.__traceback__
    if tb is not None and tb.tb_next is not None and tb.tb_frame.f_code == _STEP_CODE:
        exc.__traceback__ = tb.tb_next
    return exc


_STEP_CODE = Task._Task__step.__code__


def _set_task_name(task, name):
    if name is not None:
        try:
            set_name = task.set_name
        except AttributeError:
            pass
        else:
            set_name(name)


def create_task(coro, *, name=None, context=None):
    """Schedule coro on the running loop as a Task."""
    loop = events.get_running_loop()
    if context is None:
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)
    _set_task_name(task, name)
    return task


FIRST_COMPLETED = concurrent.futures.FIRST_COMPLETED
FIRST_EXCEPTION = concurrent.futures.FIRST_EXCEPTION
ALL_COMPLETED = concurrent.futures.ALL_COMPLETED


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for futures and tasks: (done, pending) sets once return_when
    holds or the timeout passes. Nothing is cancelled."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f"Invalid return_when value: {return_when}")
    loop = events.get_running_loop()
    fs = set(fs)
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    fs = {ensure_future(f, loop=loop) for f in fs}
    return await _wait(fs, timeout, return_when, loop)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait_for(fut, timeout):
    """The result of fut, or TimeoutError (with fut cancelled) after
    timeout seconds. If the caller is cancelled, fut is cancelled too."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc

    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    on_done = functools.partial(_release_waiter, waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(on_done)
    try:
        try:
            await waiter
        except exceptions.CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(on_done)
            await _cancel_and_wait(fut, loop=loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(on_done)
        # The timeout: cancel fut and wait until it is really done, so
        # nothing it holds outlives wait_for.
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def _wait(fs, timeout, return_when, loop):
    """wait() on futures already made: (done, pending)."""
    assert fs, "Set of Futures is empty."
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or return_when == FIRST_COMPLETED
                or return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


async def _cancel_and_wait(fut, loop):
    """Cancel fut and wait until it has finished (it may resist)."""
    waiter = loop.create_future()
    on_done = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(on_done)
    try:
        fut.cancel()
        # fut.cancel() only asks: wait for the task to end.
        await waiter
    finally:
        fut.remove_done_callback(on_done)


def as_completed(fs, *, timeout=None):
    """Coroutines (to await in a for loop) that give the results of fs in
    the order they finish; after timeout, TimeoutError."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    from .queues import Queue

    done = Queue()
    loop = events._get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)  # each waiting caller gets TimeoutError
        todo.clear()

    def _on_completion(f):
        if not todo:
            return  # _on_timeout() was here first.
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


@types.coroutine
def __sleep0():
    """One turn of the loop: the task yields None (see Task.__wait_on)."""
    yield


async def sleep(delay, result=None):
    """Suspend the calling task for delay seconds, then return result."""
    if delay <= 0:
        await __sleep0()
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


def ensure_future(coro_or_future, *, loop=None):
    """A future for an awaitable: futures as they are, coroutines wrapped
    in a Task, other awaitables through their __await__."""
    return _ensure_future(coro_or_future, loop=loop)


def _ensure_future(coro_or_future, *, loop=None):
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError("The future belongs to a different loop than the one specified as the loop argument")
        return coro_or_future
    called_wrap_awaitable = False
    if not coroutines.iscoroutine(coro_or_future):
        if inspect.isawaitable(coro_or_future):
            coro_or_future = _wrap_awaitable(coro_or_future)
            called_wrap_awaitable = True
        else:
            raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")
    if loop is None:
        loop = events._get_event_loop(stacklevel=4)
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if not called_wrap_awaitable:
            coro_or_future.close()
        raise


@types.coroutine
def _wrap_awaitable(awaitable):
    """A coroutine that awaits any awaitable (for ensure_future)."""
    return (yield from awaitable.__await__())


_wrap_awaitable._is_coroutine = _is_coroutine


class _GatheringFuture(futures.Future):
    """gather()'s future: cancelling it cancels what it gathers."""

    def __init__(self, children, *, loop):
        assert loop is not None
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            # A child swallowing its cancellation must still end us cancelled.
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """A future for the results of all the awaitables, in their order.

    The first exception propagates unless return_exceptions, which puts
    exceptions among the results. Cancelling the gather cancels the
    children; a child's cancellation alone fails the gather with
    CancelledError (or becomes a result under return_exceptions)."""
    if not coros_or_futures:
        loop = events._get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                # Mark the exception retrieved: gather already reported one.
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if nfinished == nfuts:
            results = []
            for fut in children:
                if fut.cancelled():
                    res = fut._make_cancelled_error()
                else:
                    res = fut.exception()
                    if res is None:
                        res = fut.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    arg_to_fut = {}
    children = []
    nfuts = 0
    nfinished = 0
    loop = None
    outer = None  # until every child is made
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = _ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(fut)
            if fut is not arg:
                # A task we made: its exception is ours to report.
                fut._log_destroy_pending = False
            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        else:
            # The same awaitable twice: one future, its result twice.
            fut = arg_to_fut[arg]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


def shield(arg):
    """Await arg without letting the caller's cancellation reach it: the
    caller gets CancelledError, arg runs on."""
    inner = _ensure_future(arg)
    if inner.done():
        return inner
    loop = futures._get_loop(inner)
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()  # retrieved: nobody else will
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


def run_coroutine_threadsafe(coro, loop):
    """Run coro on loop from another thread: a concurrent.futures.Future
    for its result."""
    if not coroutines.iscoroutine(coro):
        raise TypeError("A coroutine object is required")
    future = concurrent.futures.Future()

    def callback():
        try:
            futures._chain_future(ensure_future(coro, loop=loop), future)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(callback)
    return future


# Every task not yet garbage (weakly), and the task running per loop.
_all_tasks = weakref.WeakSet()
_current_tasks = {}


def _register_task(task):
    """Known to all_tasks() until collected."""
    _all_tasks.add(task)


def _enter_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not None:
        raise RuntimeError(f"Cannot enter into task {task!r} while another task {current!r} is being executed.")
    _current_tasks[loop] = task


def _leave_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not task:
        raise RuntimeError(f"Leaving task {task!r} does not match the current task {current!r}.")
    del _current_tasks[loop]


def _unregister_task(task):
    _all_tasks.discard(task)


_py_register_task = _register_task
_py_unregister_task = _unregister_task
_py_enter_task = _enter_task
_py_leave_task = _leave_task
