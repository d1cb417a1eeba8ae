# Future and Task states, reprs and errors; the default report of a task
# exception never retrieved; exception handlers; as_completed, shield,
# gather(return_exceptions=True); loops made and closed by hand.
import asyncio, gc

async def fails():
    raise ValueError("lost")

async def waits():
    await asyncio.sleep(0.01)
    return 42

def cb(x):
    raise KeyError(x)

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(fails(), name="lonely")
    await asyncio.sleep(0)
    print(repr(t).split(" coro=")[0], t.done())
    del t
    gc.collect()
    f = loop.create_future()
    print(repr(f))
    f.set_result([1, 2])
    print(repr(f))
    try:
        f.set_result(3)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    g = loop.create_future()
    try:
        g.result()
    except asyncio.InvalidStateError as e:
        print(e)
    g.cancel("why")
    try:
        g.result()
    except asyncio.CancelledError as e:
        print("cancelled", e.args)
    w = asyncio.create_task(waits())
    await asyncio.sleep(0)
    print(repr(w).replace(__file__, "FILE"))
    print(await w, repr(w).replace(__file__, "FILE"))
    h = loop.call_later(10, print)
    print(repr(h).split(" when=")[0], h.cancelled())
    h.cancel()
    print(repr(h).split(" when=")[0], h.cancelled())
    c = waits()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print(e)
    c.close()
    c = waits()
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print(e)
    c.close()
    done, pending = await asyncio.wait([asyncio.create_task(waits())], timeout=1)
    print(len(done), len(pending))
    seen = []
    loop.set_exception_handler(lambda l, ctx: seen.append(ctx["message"]))
    loop.call_soon(cb, "z")
    await asyncio.sleep(0)
    print(seen)
    loop.set_exception_handler(None)
    for coro in asyncio.as_completed([asyncio.sleep(0.02, "slow"), asyncio.sleep(0, "fast")]):
        print(await coro)
    inner = asyncio.create_task(asyncio.sleep(0.01, "shielded"))
    outer = asyncio.shield(inner)
    outer.cancel()
    print(await inner, outer.cancelled())
    res = await asyncio.gather(fails(), waits(), return_exceptions=True)
    print(res)
    print(asyncio.iscoroutine(waits), asyncio.iscoroutinefunction(waits))

asyncio.run(main())
print("after run")
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
loop = asyncio.new_event_loop()
print(loop.run_until_complete(waits()), loop.is_running(), loop.is_closed())
loop.close()
c = waits()
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print(e)
c.close()
