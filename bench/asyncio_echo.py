"""An asyncio echo server on the loopback interface with 100 concurrent
stream clients, each sending 1,000 lines and reading each echo back:
100,000 round trips through transports, protocols and streams."""

import asyncio

CLIENTS = 100
MESSAGES = 1_000


async def echo(reader, writer):
    while line := await reader.readline():
        writer.write(line)
        await writer.drain()
    writer.close()


async def client(port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    received = 0
    for i in range(MESSAGES):
        writer.write(b"message %d\n" % i)
        await writer.drain()
        received += len(await reader.readline())
    writer.close()
    await writer.wait_closed()
    return received


async def main():
    server = await asyncio.start_server(echo, "127.0.0.1", 0, backlog=CLIENTS)
    port = server.sockets[0].getsockname()[1]
    totals = await asyncio.gather(*(client(port) for _ in range(CLIENTS)))
    server.close()
    await server.wait_closed()
    print(len(totals), sum(totals))


if __name__ == "__main__":
    asyncio.run(main())
