# asyncio over TLS: a stream server with ssl=, clients with
# open_connection(ssl=...), what the transport tells, a large echo,
# start_tls() upgrading a plain connection, and a refused certificate.
import asyncio
import ssl

from _certs import CA, SERVER

server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
server_ctx.load_cert_chain(SERVER)
client_ctx = ssl.create_default_context(cafile=CA)
log = []


async def handle(reader, writer):
    obj = writer.get_extra_info("ssl_object")
    log.append(f"server: {obj.version()} {writer.get_extra_info('peercert')}")
    try:
        while line := await reader.readline():
            if line == b"big\n":
                data = await reader.readexactly(3_000_000)
                writer.write(str(len(data)).encode() + b"\n")
            else:
                writer.write(line.upper())
            await writer.drain()
    except ConnectionError as e:
        log.append(f"server: {type(e).__name__}")
    writer.close()


async def plain_then_tls(reader, writer):
    line = await reader.readline()
    writer.write(b"ok " + line)
    await writer.drain()
    await writer.start_tls(server_ctx)
    log.append(f"upgraded server: {writer.get_extra_info('ssl_object').version()}")
    writer.write((await reader.readline()).upper())
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, ssl=server_ctx)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port, ssl=client_ctx,
                                                       server_hostname="localhost")
        print(type(writer.transport).__name__, writer.get_extra_info("cipher"))
        print(writer.get_extra_info("peercert")["subject"])
        print(writer.get_extra_info("sslcontext") is client_ctx, writer.can_write_eof())
        for word in [b"hello\n", b"tls\n"]:
            writer.write(word)
            print(await reader.readline())
        writer.write(b"big\n" + b"z" * 3_000_000)
        print(await reader.readline())
        writer.close()
        await writer.wait_closed()

        try:
            await asyncio.open_connection("127.0.0.1", port, ssl=ssl.create_default_context(),
                                          server_hostname="localhost")
        except ssl.SSLCertVerificationError as e:
            print("refused:", e.verify_message)

        upgrade = await asyncio.start_server(plain_then_tls, "127.0.0.1", 0)
        async with upgrade:
            uport = upgrade.sockets[0].getsockname()[1]
            reader, writer = await asyncio.open_connection("127.0.0.1", uport)
            writer.write(b"plain\n")
            print(await reader.readline(), writer.get_extra_info("ssl_object"))
            await writer.start_tls(client_ctx, server_hostname="localhost")
            print("upgraded:", writer.get_extra_info("ssl_object").version())
            writer.write(b"secret\n")
            print(await reader.readline())
            print(await reader.read())
            writer.close()
            await writer.wait_closed()
        await asyncio.sleep(0.05)
    print(*sorted(log), sep="\n")


asyncio.run(main())
