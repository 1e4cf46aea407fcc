"""Row ids: the bulk maker gives what RFC 9562 calls a UUIDv7, as many as asked."""

from __future__ import annotations

import time
import uuid

from carecenter.ids import new_id, new_ids


def test_bulk_ids_are_unique_increasing_uuid7_of_now() -> None:
    before = time.time_ns() // 1_000_000
    ids = new_ids(10_000)  # more than 4096: the sequence runs out, the next ms is taken
    assert len(ids) == 10_000 and len(set(ids)) == 10_000
    assert ids == sorted(ids)
    parsed = [uuid.UUID(i) for i in ids]
    assert [str(u) for u in parsed] == ids  # canonical lower-case text
    assert {u.version for u in parsed} == {7}
    assert {u.variant for u in parsed} == {uuid.RFC_4122}
    stamps = [u.int >> 80 for u in parsed]
    assert before <= stamps[0] and stamps[-1] == stamps[0] + 2  # 4096 ids a millisecond
    assert [(u.int >> 64) & 0xFFF for u in parsed[:3]] == [0, 1, 2]
    assert (parsed[4096].int >> 64) & 0xFFF == 0 and stamps[4096] == stamps[0] + 1
    # the random bits do vary, in every position (62 bits an id)
    rand = [u.int & ((1 << 62) - 1) for u in parsed]
    assert len(set(rand)) == 10_000
    assert all(any(r >> bit & 1 for r in rand) for bit in range(62))


def test_one_id_and_bulk_ids_have_the_same_form() -> None:
    one, many = new_id(), new_ids(1)
    assert len(one) == len(many[0]) == 36
    assert uuid.UUID(many[0]).version == uuid.UUID(one).version == 7
    assert new_ids(0) == []
