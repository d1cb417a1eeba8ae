"""Pools of worker processes (Pool) and threads (ThreadPool): map,
imap, starmap and apply, blocking or asynchronous.

The parent runs three threads per pool: the worker handler keeps the
pool full (replacing workers that exit, as maxtasksperchild makes them)
and, once the pool is closed and every result is in, tells the task
handler to finish; the task handler writes tasks into the in-queue; the
result handler reads the out-queue and hands each result to its job."""

import collections
import itertools
import os
import queue
import threading
import time
import traceback
import types
import warnings

from . import util
from . import get_context, TimeoutError
from .connection import wait

__all__ = ["Pool", "ThreadPool"]

INIT = "INIT"
RUN = "RUN"
CLOSE = "CLOSE"
TERMINATE = "TERMINATE"

job_counter = itertools.count()


def mapstar(args):
    return list(map(*args))


def starmapstar(args):
    return list(itertools.starmap(args[0], args[1]))


# ----- exceptions from workers --------------------------------------------------

class RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class ExceptionWithTraceback:
    """An exception sent home with the worker's traceback as text; it
    arrives with a RemoteTraceback as its __cause__."""

    def __init__(self, exc, tb):
        tb = "".join(traceback.format_exception(type(exc), exc, tb))
        self.exc = exc
        self.tb = '\n"""\n%s"""' % tb

    def __reduce__(self):
        return rebuild_exc, (self.exc, self.tb)


def rebuild_exc(exc, tb):
    exc.__cause__ = RemoteTraceback(tb)
    return exc


class MaybeEncodingError(Exception):
    """A result that could not be sent back (it did not pickle)."""

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self)


def worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None, wrap_exception=False):
    """The loop of a pool worker: run tasks until told to stop (None) or
    until `maxtasks` are done."""
    if (maxtasks is not None) and not (isinstance(maxtasks, int) and maxtasks >= 1):
        raise AssertionError("Maxtasks {!r} is not valid".format(maxtasks))
    put = outqueue.put
    get = inqueue.get
    if hasattr(inqueue, "_writer"):
        inqueue._writer.close()
        outqueue._reader.close()
    if initializer is not None:
        initializer(*initargs)
    completed = 0
    while maxtasks is None or (maxtasks and completed < maxtasks):
        try:
            task = get()
        except (EOFError, OSError):
            util.debug("worker got EOFError or OSError -- exiting")
            break
        if task is None:
            util.debug("worker got sentinel -- exiting")
            break
        job, i, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            if wrap_exception and func is not _helper_reraises_exception:
                e = ExceptionWithTraceback(e, e.__traceback__)
            result = (False, e)
        try:
            put((job, i, result))
        except Exception as e:
            wrapped = MaybeEncodingError(e, result[1])
            util.debug("Possible encoding error while sending result: %s" % wrapped)
            put((job, i, (False, wrapped)))
        task = job = result = func = args = kwds = None
        completed += 1
    util.debug("worker exiting after %d tasks" % completed)


def _helper_reraises_exception(ex):
    raise ex


class _PoolCache(dict):
    """The pool's jobs by number; when the last is removed, the worker
    handler is woken (it may be waiting to finish)."""

    def __init__(self, *args, notifier=None, **kwds):
        self.notifier = notifier
        super().__init__(*args, **kwds)

    def __delitem__(self, item):
        super().__delitem__(item)
        if not self:
            self.notifier.put(None)


class _Notifier:
    """Wakes the worker handler: a pipe it can wait on with the workers'
    sentinels."""

    def __init__(self):
        self._r, self._w = os.pipe()

    def put(self, _):
        try:
            os.write(self._w, b"x")
        except OSError:
            pass

    def drain(self):
        try:
            os.set_blocking(self._r, False)
            while os.read(self._r, 4096):
                pass
        except (BlockingIOError, OSError):
            pass
        finally:
            try:
                os.set_blocking(self._r, True)
            except OSError:
                pass

    def fileno(self):
        return self._r

    def close(self):
        for fd in (self._r, self._w):
            try:
                os.close(fd)
            except OSError:
                pass


class Pool:
    """A pool of worker processes."""

    _wrap_exception = True

    @staticmethod
    def Process(ctx, *args, **kwds):
        return ctx.Process(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        self._pool = []
        self._state = INIT
        self._ctx = context or get_context()
        self._setup_queues()
        self._taskqueue = queue.SimpleQueue()
        self._change_notifier = _Notifier()
        self._result_notifier = _Notifier()
        self._cache = _PoolCache(notifier=self._change_notifier)
        self._maxtasksperchild = maxtasksperchild
        self._initializer = initializer
        self._initargs = initargs
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._processes = processes
        try:
            self._repopulate_pool()
        except Exception:
            for p in self._pool:
                if p.exitcode is None:
                    p.terminate()
            for p in self._pool:
                p.join()
            raise
        self._worker_handler = threading.Thread(target=Pool._handle_workers, args=(self,), daemon=True)
        self._worker_handler._state = RUN
        self._worker_handler.start()
        self._task_handler = threading.Thread(target=Pool._handle_tasks, args=(self,), daemon=True)
        self._task_handler._state = RUN
        self._task_handler.start()
        self._result_handler = threading.Thread(target=Pool._handle_results, args=(self,), daemon=True)
        self._result_handler._state = RUN
        self._result_handler.start()
        self._terminate = util.Finalize(self, Pool._terminate_pool, args=(self,), exitpriority=15)
        self._state = RUN

    def __del__(self, _warn=warnings.warn, RUN=RUN):
        if getattr(self, "_state", None) == RUN:
            _warn(f"unclosed running multiprocessing pool {self!r}", ResourceWarning, source=self)

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} state={self._state} pool_size={len(self._pool)}>")

    def _setup_queues(self):
        self._inqueue = self._ctx.SimpleQueue()
        self._outqueue = self._ctx.SimpleQueue()
        self._quick_put = self._inqueue._writer.send
        self._quick_get = self._outqueue._reader.recv

    def _get_sentinels(self):
        return [p.sentinel for p in self._pool]

    def _join_exited_workers(self):
        """Removes workers that have ended; whether any had."""
        cleaned = False
        for i in reversed(range(len(self._pool))):
            w = self._pool[i]
            if w.exitcode is not None:
                util.debug("cleaning up worker %d" % i)
                w.join()
                cleaned = True
                del self._pool[i]
        return cleaned

    def _repopulate_pool(self):
        for _ in range(self._processes - len(self._pool)):
            w = self.Process(self._ctx, target=worker,
                             args=(self._inqueue, self._outqueue, self._initializer, self._initargs,
                                   self._maxtasksperchild, self._wrap_exception))
            w.name = w.name.replace("Process", "PoolWorker")
            w.daemon = True
            w.start()
            self._pool.append(w)
            util.debug("added worker")

    def _maintain_pool(self):
        if self._join_exited_workers():
            self._repopulate_pool()

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    # ----- the API --------------------------------------------------------

    def apply(self, func, args=(), kwds={}):
        """func(*args, **kwds) run in a worker; its result."""
        return self.apply_async(func, args, kwds).get()

    def map(self, func, iterable, chunksize=None):
        """list(map(func, iterable)), the items run in the workers."""
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        """map, each item being the arguments of one call."""
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, starmapstar, chunksize, callback, error_callback)

    def _guarded_task_generation(self, result_job, func, iterable):
        """The tasks of imap; an exception while iterating becomes one
        failed task."""
        try:
            i = -1
            for i, x in enumerate(iterable):
                yield (result_job, i, func, (x,), {})
        except Exception as e:
            yield (result_job, i + 1, _helper_reraises_exception, (e,), {})

    def imap(self, func, iterable, chunksize=1):
        """An iterator of func's results in order, while the workers go on."""
        if chunksize < 1:
            self._check_running()
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        return self._imap(IMapIterator, func, iterable, chunksize)

    def imap_unordered(self, func, iterable, chunksize=1):
        """imap, the results in the order they are done."""
        if chunksize < 1:
            self._check_running()
            raise ValueError("Chunksize must be 1+, not {0!r}".format(chunksize))
        return self._imap(IMapUnorderedIterator, func, iterable, chunksize)

    def _imap(self, iterator_class, func, iterable, chunksize):
        self._check_running()
        result = iterator_class(self)
        if chunksize == 1:
            self._taskqueue.put((self._guarded_task_generation(result._job, func, iterable), result._set_length))
            return result
        task_batches = Pool._get_tasks(func, iterable, chunksize)
        self._taskqueue.put((self._guarded_task_generation(result._job, mapstar, task_batches), result._set_length))
        return (item for chunk in result for item in chunk)

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        """An AsyncResult of func(*args, **kwds) run in a worker."""
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._taskqueue.put(([(result._job, 0, func, args, kwds)], None))
        return result

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        """An AsyncResult of map()."""
        return self._map_async(func, iterable, mapstar, chunksize, callback, error_callback)

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        if not hasattr(iterable, "__len__"):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        task_batches = Pool._get_tasks(func, iterable, chunksize)
        result = MapResult(self, chunksize, len(iterable), callback, error_callback=error_callback)
        self._taskqueue.put((self._guarded_task_generation(result._job, mapper, task_batches), None))
        return result

    @staticmethod
    def _get_tasks(func, it, size):
        it = iter(it)
        while True:
            x = tuple(itertools.islice(it, size))
            if not x:
                return
            yield (func, x)

    def __reduce__(self):
        raise NotImplementedError("pool objects cannot be passed between processes or pickled")

    def close(self):
        """No more tasks: the workers exit when the queued ones are done."""
        util.debug("closing pool")
        if self._state == RUN:
            self._state = CLOSE
            self._worker_handler._state = CLOSE
            self._change_notifier.put(None)

    def terminate(self):
        """Stops the workers at once; unfinished work is lost."""
        util.debug("terminating pool")
        self._state = TERMINATE
        self._terminate()

    def join(self):
        """Waits for the workers to exit (after close() or terminate())."""
        util.debug("joining pool")
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        self._worker_handler.join()
        self._task_handler.join()
        self._result_handler.join()
        for p in self._pool:
            p.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()

    # ----- the handler threads ------------------------------------------------

    def _wait_for_updates(self, sentinels, timeout):
        wait(sentinels + [self._change_notifier], timeout)
        self._change_notifier.drain()

    def _handle_workers(self):
        thread = threading.current_thread()
        while thread._state == RUN or (self._cache and thread._state != TERMINATE):
            self._maintain_pool()
            self._wait_for_updates(self._get_sentinels(), 0.2)
        # Every job is done (or the pool is terminating): the task handler
        # may stop the workers.
        self._taskqueue.put(None)
        util.debug("worker handler exiting")

    def _handle_tasks(self):
        thread = threading.current_thread()
        put = self._quick_put
        for taskseq, set_length in iter(self._taskqueue.get, None):
            task = None
            try:
                for task in taskseq:
                    if thread._state != RUN:
                        util.debug("task handler found thread._state != RUN")
                        break
                    try:
                        put(task)
                    except Exception as e:
                        job, idx = task[:2]
                        try:
                            self._cache[job]._set(idx, (False, e))
                        except KeyError:
                            pass
                else:
                    if set_length:
                        idx = task[1] if task else -1
                        set_length(idx + 1)
                    continue
                break
            finally:
                task = taskseq = job = None
        else:
            util.debug("task handler got sentinel")
        if thread._state == RUN:
            try:
                # Tell the result handler, then each worker, to finish.
                self._outqueue.put(None)
                for _ in self._pool:
                    put(None)
            except OSError:
                util.debug("task handler got OSError when sending sentinels")
        util.debug("task handler exiting")

    def _handle_results(self):
        thread = threading.current_thread()
        get = self._quick_get
        readable = self._result_waitables()
        while thread._state != TERMINATE:
            if readable is not None and self._outqueue._reader not in wait(readable):
                # Woken by terminate(): the loop test ends it.
                self._result_notifier.drain()
                continue
            try:
                task = get()
            except (OSError, EOFError):
                util.debug("result handler got EOFError/OSError -- exiting")
                return
            if task is None:
                util.debug("result handler got sentinel")
                break
            job, i, obj = task
            try:
                self._cache[job]._set(i, obj)
            except KeyError:
                pass
            task = job = obj = None
        util.debug("result handler exiting: len(cache)=%s, thread._state=%s", len(self._cache), thread._state)

    def _result_waitables(self):
        return [self._outqueue._reader, self._result_notifier]

    @classmethod
    def _terminate_pool(cls, self):
        util.debug("finalizing pool")
        self._state = TERMINATE
        self._worker_handler._state = TERMINATE
        self._task_handler._state = TERMINATE
        self._result_handler._state = TERMINATE
        self._change_notifier.put(None)
        self._result_notifier.put(None)
        util.debug("joining worker handler")
        if threading.current_thread() is not self._worker_handler:
            self._worker_handler.join()
        if self._pool and hasattr(self._pool[0], "terminate"):
            util.debug("terminating workers")
            for p in self._pool:
                if p.exitcode is None:
                    p.terminate()
        self._help_finish()
        util.debug("joining task handler")
        if threading.current_thread() is not self._task_handler:
            self._task_handler.join()
        util.debug("joining result handler")
        if threading.current_thread() is not self._result_handler:
            self._result_handler.join()
        if self._pool and hasattr(self._pool[0], "terminate"):
            util.debug("joining pool workers")
            for p in self._pool:
                if p.is_alive():
                    util.debug("cleaning up worker %d" % p.pid)
                    p.join()
        self._change_notifier.close()
        self._result_notifier.close()

    def _help_finish(self):
        # The workers are gone: empty the in-queue so that a task handler
        # blocked writing into a full pipe can go on and see TERMINATE.
        reader = self._inqueue._reader
        deadline = time.monotonic() + 5
        while self._task_handler.is_alive() and time.monotonic() < deadline:
            try:
                if reader.poll(0.01):
                    reader.recv_bytes()
            except (OSError, EOFError):
                break


# ----- results -------------------------------------------------------------------

class ApplyResult:
    """The result of an asynchronous call."""

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._job = next(job_counter)
        self._cache = pool._cache
        self._callback = callback
        self._error_callback = error_callback
        self._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        """The result, or the call's exception raised; TimeoutError if it
        is not ready within `timeout` seconds."""
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        del self._cache[self._job]
        self._pool = None

    __class_getitem__ = classmethod(types.GenericAlias)


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    """The result of map_async: a list filled chunk by chunk; the first
    failure is what get() raises, once every chunk is back."""

    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback=error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
            del self._cache[self._job]
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
        elif not success and self._success:
            self._success = False
            self._value = result
        if self._number_left == 0:
            if self._success:
                if self._callback:
                    self._callback(self._value)
            elif self._error_callback:
                self._error_callback(self._value)
            del self._cache[self._job]
            self._event.set()
            self._pool = None


class IMapIterator:
    """The iterator imap returns: results in task order."""

    def __init__(self, pool):
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._job = next(job_counter)
        self._cache = pool._cache
        self._items = collections.deque()
        self._index = 0
        self._length = None
        self._unsorted = {}
        self._cache[self._job] = self

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            try:
                item = self._items.popleft()
            except IndexError:
                if self._index == self._length:
                    self._pool = None
                    raise StopIteration from None
                self._cond.wait(timeout)
                try:
                    item = self._items.popleft()
                except IndexError:
                    if self._index == self._length:
                        self._pool = None
                        raise StopIteration from None
                    raise TimeoutError from None
        success, value = item
        if success:
            return value
        raise value

    __next__ = next

    def _set(self, i, obj):
        with self._cond:
            if self._index == i:
                self._items.append(obj)
                self._index += 1
                while self._index in self._unsorted:
                    obj = self._unsorted.pop(self._index)
                    self._items.append(obj)
                    self._index += 1
                self._cond.notify()
            else:
                self._unsorted[i] = obj
            if self._index == self._length:
                del self._cache[self._job]
                self._pool = None

    def _set_length(self, length):
        with self._cond:
            self._length = length
            if self._index == self._length:
                self._cond.notify()
                del self._cache[self._job]
                self._pool = None


class IMapUnorderedIterator(IMapIterator):
    """The iterator imap_unordered returns: results as they come."""

    def _set(self, i, obj):
        with self._cond:
            self._items.append(obj)
            self._index += 1
            self._cond.notify()
            if self._index == self._length:
                del self._cache[self._job]
                self._pool = None


# ----- ThreadPool ------------------------------------------------------------------

class ThreadPool(Pool):
    """Pool's API over threads of this process."""

    _wrap_exception = False

    @staticmethod
    def Process(ctx, *args, **kwds):
        from .dummy import Process
        return Process(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)

    def _setup_queues(self):
        self._inqueue = queue.SimpleQueue()
        self._outqueue = queue.SimpleQueue()
        self._quick_put = self._inqueue.put
        self._quick_get = self._outqueue.get

    def _get_sentinels(self):
        return []

    def _result_waitables(self):
        return None

    def _help_finish(self):
        try:
            while True:
                self._inqueue.get(block=False)
        except queue.Empty:
            pass
        for _ in range(len(self._pool)):
            self._inqueue.put(None)
        # The result handler blocks in get(): wake it.
        self._outqueue.put(None)
