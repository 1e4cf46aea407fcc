"""The pull answer's body is spliced from the hub database's JSON text; it must read back
as exactly the response it stands for, in every shape."""

from __future__ import annotations

import json

import pytest

from carecenter.sync.protocol import PullResponse, PullRow, RawJSON, pull_body, pull_response

ROWS = [PullRow("customer", "c1", {"first_name": ["Zoë \"Z\"", 5, "s1"]}),
        PullRow("contact", "k1", RawJSON('{"summary":["caffè",6,"s2"]}'))]


@pytest.mark.parametrize(("rows", "extra"), [
    ([], {}),
    (ROWS, {}),
    ([], {"columns": {"contact": ["id", "summary"]},
          "pages": {"contact": RawJSON('[["k1","caffè"],["k2",null]]'),
                    "case": [["x1", "ok"]]}}),
    ([], {"pages": {}}),
])
def test_the_body_reads_back_as_the_response(rows: list[PullRow], extra: dict) -> None:
    resp = PullResponse(rows, "cur", True, 42, "hub", 7, extra)
    body = pull_body(resp)
    plain = json.loads(body)
    assert plain["rows"] == [{"table": r.table, "id": r.id,
                              "cells": json.loads(r.cells) if isinstance(r.cells, RawJSON)
                              else r.cells} for r in rows]
    want_extra = {k: ({n: json.loads(v) if isinstance(v, RawJSON) else v
                       for n, v in extra["pages"].items()} if k == "pages" else v)
                  for k, v in extra.items()}
    assert plain["extra"] == want_extra
    assert (plain["cursor"], plain["done"], plain["watermark"], plain["hub_id"],
            plain["hub_ms"]) == ("cur", True, 42, "hub", 7)
    assert pull_response(body.decode()).extra == want_extra
    assert "caffè".encode() in body or not extra.get("pages")  # UTF-8, not escaped twice
