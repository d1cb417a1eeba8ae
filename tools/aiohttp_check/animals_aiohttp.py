"""The course's coroutine example with aiohttp, as the course writes it:
`speak(animal, session)` fetches each animal's sound from an aiohttp web
server on the loopback interface, many concurrently. Run by
tools/check_aiohttp.py under CPython and ferropy."""

import asyncio
import aiohttp
from aiohttp import web

SOUNDS = {"cow": "moooo", "dog": "woof", "cat": "meow"}

async def sound(request):
    animal = request.match_info["animal"]
    if animal not in SOUNDS:
        raise web.HTTPNotFound(text="no such animal")
    return web.Response(text=SOUNDS[animal])

async def speak(animal, session, base):
    async with session.get('{}{}'.format(base, animal)) as response:
        response.raise_for_status()
        sound = await response.text()
    return 'The {} says "{}".'.format(animal, sound)

async def main():
    app = web.Application()
    app.router.add_get("/{animal}", sound)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    base = f"http://127.0.0.1:{port}/"
    async with aiohttp.ClientSession() as session:
        for s in await asyncio.gather(*(speak(a, session, base) for a in SOUNDS)):
            print(s)
        try:
            await speak("unicorn", session, base)
        except aiohttp.ClientResponseError as e:
            print("error", e.status)
    await runner.cleanup()

asyncio.run(main())
