"""Row ids: UUIDv7 made by whoever creates the row, so offline creation never collides."""

from __future__ import annotations

import random
import secrets
import time

import uuid6

_VERSION_7 = 0x7 << 76
_VARIANT = 0b10 << 62
_RAND_B = (1 << 62) - 1
_SEQUENCE = [f"{i:03x}" for i in range(4096)]
_VARIANT_DIGIT = str.maketrans("0123456789abcdef", "89ab89ab89ab89ab")


def new_id() -> str:
    """A new UUIDv7 as its canonical 36-character text (sorts by creation time)."""
    return str(uuid6.uuid7())


def new_ids(n: int) -> list[str]:
    """``n`` new UUIDv7 texts in increasing order, much faster than ``n`` calls of new_id().

    The 12 bits after the millisecond count a sequence (RFC 9562 method 1) and the last
    62 bits are random, so ids from other writers in the same millisecond never collide.
    Each id is put together from slices of one random hex string (a tenth of a bulk
    insert's Python time went into formatting 128-bit integers one by one).
    """
    ms = time.time_ns() // 1_000_000
    # One read of the system's randomness for all of them (secrets.randbits reads it per call).
    rnd = secrets.token_hex(8 * n)  # 16 hex digits an id: 62 random bits used
    variant = rnd[::16].translate(_VARIANT_DIGIT)  # the first of them: 2 bits and the variant
    out: list[str] = []
    for start in range(0, n, 4096):
        stamp = f"{(ms + start // 4096) & 0xFFFFFFFFFFFF:012x}"
        head = f"{stamp[:8]}-{stamp[8:]}-7"
        end = min(n, start + 4096)
        out += [f"{head}{seq}-{var}{rnd[o + 1:o + 4]}-{rnd[o + 4:o + 16]}"
                for seq, var, o in zip(_SEQUENCE[:end - start], variant[start:end],
                                       range(16 * start, 16 * end, 16), strict=True)]
    return out


def id_at(ms: int, rng: random.Random) -> str:
    """A UUIDv7 text for the instant ``ms`` (Unix milliseconds) with its random bits drawn
    from ``rng``: the same generator state gives the same id (demo data, tests)."""
    bits = rng.getrandbits(74)
    value = ((ms & 0xFFFFFFFFFFFF) << 80) | _VERSION_7 | ((bits >> 62) << 64) | _VARIANT
    return _text(value | (bits & _RAND_B))


def _text(value: int) -> str:
    h = "%032x" % value  # noqa: UP031 - quicker than an f-string here (hot in bulk writes)
    return "-".join((h[:8], h[8:12], h[12:16], h[16:20], h[20:]))
