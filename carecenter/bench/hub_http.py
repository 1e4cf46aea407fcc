"""The simulated desks' HTTP: a bare HTTP/1.1 client on asyncio streams (``hub_clients``)."""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit


class Http:
    """A bare HTTP/1.1 client with keep-alive connections (asyncio streams): a pull answer
    of a few MB is read with one ``readexactly``. httpx parses bodies in Python, which cost
    the simulating process a whole core at 1,000 desks (33 pulls a second of ~6 MB each)
    and left the service idle; a real desk pays that on its own CPU, once every interval."""

    def __init__(self, limit: int = 256) -> None:
        self.idle: dict[str, list[tuple[asyncio.StreamReader, asyncio.StreamWriter]]] = {}
        self.gate = asyncio.Semaphore(limit)

    async def post(self, base: str, path: str, body: bytes, token: str) -> tuple[int, bytes]:
        u = urlsplit(base)
        host, port = u.hostname or "127.0.0.1", u.port or 80
        head = (f"POST {path} HTTP/1.1\r\nHost: {host}:{port}\r\n"
                f"Authorization: Bearer {token}\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(body)}\r\n\r\n").encode()
        async with self.gate:
            pool = self.idle.setdefault(base, [])
            for attempt in (0, 1):
                reused = bool(pool) and attempt == 0
                reader, writer = pool.pop() if reused else \
                    await asyncio.open_connection(host, port)
                try:
                    writer.write(head + body)
                    await writer.drain()
                    status, keep, data = await _answer(reader)
                except (ConnectionError, asyncio.IncompleteReadError, ValueError):
                    writer.close()
                    if reused:  # the service closed an idle connection: a new one
                        continue
                    raise
                if keep:
                    pool.append((reader, writer))
                else:
                    writer.close()
                return status, data
        raise ConnectionError("no connection")

    async def close(self) -> None:
        for pool in self.idle.values():
            for _r, w in pool:
                w.close()
        self.idle.clear()


async def _answer(reader: asyncio.StreamReader) -> tuple[int, bool, bytes]:
    line = await reader.readline()
    if not line:
        raise ConnectionError("closed")
    status = int(line.split()[1])
    length, keep, chunked = -1, True, False
    while True:
        h = await reader.readline()
        if h in (b"\r\n", b""):
            break
        name, _, value = h.decode("latin-1").partition(":")
        name, value = name.strip().lower(), value.strip().lower()
        if name == "content-length":
            length = int(value)
        elif name == "connection" and value == "close":
            keep = False
        elif name == "transfer-encoding" and "chunked" in value:
            chunked = True
    if chunked:
        parts = []
        while (size := int((await reader.readline()).split(b";")[0], 16)) > 0:
            parts.append(await reader.readexactly(size))
            await reader.readexactly(2)
        await reader.readline()
        return status, keep, b"".join(parts)
    if length < 0:
        return status, False, await reader.read()
    return status, keep, await reader.readexactly(length)
