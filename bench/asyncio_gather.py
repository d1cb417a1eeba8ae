"""100,000 tasks created and gathered: the cost of a Task's life (creation,
scheduling, one suspension, completion) and of gather's bookkeeping."""

import asyncio


async def work(i):
    await asyncio.sleep(0)
    return i


async def main():
    results = await asyncio.gather(*(work(i) for i in range(100_000)))
    print(len(results), sum(results))


if __name__ == "__main__":
    asyncio.run(main())
