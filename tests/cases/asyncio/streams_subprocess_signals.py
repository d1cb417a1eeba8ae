# asyncio streams (an upper-casing echo server with five clients), a refused
# connection, subprocesses with pipes, cancellation with a message, and
# a signal handler on the loop.
import asyncio, sys

async def handle(reader, writer):
    addr = writer.get_extra_info("peername")[0]
    while line := await reader.readline():
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()

async def client(port, n):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    out = []
    for i in range(n):
        writer.write(f"msg {i}\n".encode())
        await writer.drain()
        out.append(await reader.readline())
    writer.write_eof()
    rest = await reader.read()
    writer.close()
    await writer.wait_closed()
    return out, rest

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print(type(server.sockets[0]).__name__, server.is_serving())
    results = await asyncio.gather(*(client(port, 3) for _ in range(5)))
    print(results[0], len(results))
    server.close()
    await server.wait_closed()
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        print("refused", e.errno, str(e).startswith("[Errno 111] Connect call failed ('127.0.0.1', "))
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", "import sys; print(sys.stdin.read().upper()); sys.exit(3)",
                                                stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    out, err = await proc.communicate(b"piped text")
    print(out, err, proc.returncode)
    proc = await asyncio.create_subprocess_shell("echo shell; exit 2", stdout=asyncio.subprocess.PIPE)
    print(await proc.stdout.read(), await proc.wait())
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled", e.args, t.cancelled())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    import signal, os
    loop.add_signal_handler(signal.SIGUSR1, fut.set_result, "signalled")
    os.kill(os.getpid(), signal.SIGUSR1)
    print(await fut)
    loop.remove_signal_handler(signal.SIGUSR1)

asyncio.run(main())
