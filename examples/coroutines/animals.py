"""The course's coroutine example: many animals fetched concurrently from
an HTTP service, each answer turned into a sentence.

The course uses aiohttp; this version speaks HTTP/1.1 itself over
asyncio streams (tools/check_aiohttp.py runs the aiohttp version), and
starts its own little asyncio server of animal sounds on the loopback
interface, so it runs anywhere.

    ferropy examples/coroutines/animals.py
"""

import asyncio

SOUNDS = {"cow": "moooo", "dog": "woof", "cat": "meow", "duck": "quack", "owl": "hoot",
          "pig": "oink", "sheep": "baa", "horse": "neigh", "goat": "meh", "frog": "ribbit"}


async def serve(reader, writer):
    """A minimal HTTP server: GET /<animal> answers the sound."""
    request = await reader.readline()
    while (await reader.readline()) not in (b"\r\n", b""):
        pass  # headers
    animal = request.split()[1].decode().strip("/")
    await asyncio.sleep(0.01)  # a slow service
    if animal in SOUNDS:
        status, body = "200 OK", SOUNDS[animal].encode()
    else:
        status, body = "404 Not Found", b"no such animal"
    writer.write(f"HTTP/1.1 {status}\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode() + body)
    await writer.drain()
    writer.close()
    await writer.wait_closed()


class Session:
    """Just enough of an HTTP client for GET."""

    def __init__(self, host, port):
        self.host, self.port = host, port

    async def get_text(self, path):
        reader, writer = await asyncio.open_connection(self.host, self.port)
        writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}\r\nConnection: close\r\n\r\n".encode())
        await writer.drain()
        status = (await reader.readline()).decode().split(" ", 2)
        length = 0
        while (line := await reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value)
        body = await reader.readexactly(length)
        writer.close()
        await writer.wait_closed()
        if status[1] != "200":
            raise RuntimeError(f"HTTP {status[1]} for {path}: {body.decode()}")
        return body.decode()


async def speak(animal, session):
    sound = await session.get_text(f"/{animal}")
    return 'The {} says "{}".'.format(animal, sound)


async def main():
    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    host, port = server.sockets[0].getsockname()[:2]
    session = Session(host, port)
    animals = list(SOUNDS) * 3
    sentences = await asyncio.gather(*(speak(animal, session) for animal in animals))
    for sentence in sentences[:len(SOUNDS)]:
        print(sentence)
    print(len(sentences), "answers")
    try:
        await speak("unicorn", session)
    except RuntimeError as e:
        print(e)
    server.close()
    await server.wait_closed()


if __name__ == "__main__":
    asyncio.run(main())
