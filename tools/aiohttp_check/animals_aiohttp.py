"""The course's coroutine example with aiohttp, as the course writes it:
`speak(animal, session)` fetches each animal's sound from an aiohttp web
server on the loopback interface, many concurrently. Run by
tools/check_aiohttp.py under CPython and ferropy."""

import asyncio
import os
import ssl

import aiohttp
from aiohttp import web

# The test certificates of tests/cases/ssl: the same fetches over HTTPS.
CERTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "cases", "ssl")

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

async def main(tls):
    app = web.Application()
    app.router.add_get("/{animal}", sound)
    runner = web.AppRunner(app)
    await runner.setup()
    server_ctx = client_ctx = None
    if tls:
        server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        server_ctx.load_cert_chain(os.path.join(CERTS, "_server_keycert.pem"))
        client_ctx = ssl.create_default_context(cafile=os.path.join(CERTS, "_ca.pem"))
    site = web.TCPSite(runner, "127.0.0.1", 0, ssl_context=server_ctx)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    base = f"{'https' if tls else 'http'}://localhost:{port}/"
    print(base.split(":")[0])
    connector = aiohttp.TCPConnector(ssl=client_ctx) if tls else None
    async with aiohttp.ClientSession(connector=connector) as session:
        for s in await asyncio.gather(*(speak(a, session, base) for a in SOUNDS)):
            print(s)
        try:
            await speak("unicorn", session, base)
        except aiohttp.ClientResponseError as e:
            print("error", e.status)
    await runner.cleanup()

asyncio.run(main(tls=False))
asyncio.run(main(tls=True))
