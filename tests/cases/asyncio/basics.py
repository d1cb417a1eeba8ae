# asyncio basics: gather, tasks, wait_for timeouts, queues, timeout(), TaskGroup
# with except*, to_thread, Lock, Event, current_task.
import asyncio

async def speak(animal, delay):
    await asyncio.sleep(delay)
    return f"The {animal} says hi."

async def main():
    results = await asyncio.gather(speak("cow", 0.02), speak("dog", 0.01), speak("cat", 0))
    for r in results:
        print(r)
    t = asyncio.create_task(speak("owl", 0.01), name="owl-task")
    print(t.get_name(), t.done())
    print(await t, t.done())
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except TimeoutError as e:
        print("timeout", type(e).__name__)
    q = asyncio.Queue()
    async def producer():
        for i in range(5):
            await q.put(i)
        await q.put(None)
    async def consumer():
        total = 0
        while (item := await q.get()) is not None:
            total += item
        return total
    p = asyncio.create_task(producer())
    print("sum", await consumer())
    await p
    async with asyncio.timeout(0.01) as cm:
        pass
    print(cm.expired())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(speak("a", 0))
            async def boom():
                raise ValueError("boom")
            tg.create_task(boom())
    except* ValueError as eg:
        print("group", [str(e) for e in eg.exceptions])
    print(await asyncio.to_thread(sum, [1, 2, 3]))
    lock = asyncio.Lock()
    async with lock:
        print(lock.locked())
    ev = asyncio.Event()
    asyncio.get_running_loop().call_later(0.01, ev.set)
    print(await ev.wait())
    print(asyncio.current_task().get_name())

print(asyncio.run(main()))
