"""The simulation of issue 3's "Done when": several workstations and a hub, random offline
edits of every aggregate, partitions, lost requests and responses, duplicated pushes,
kills mid-push and mid-pull, skewed clocks; after healing and two rounds each, every
export equals the hub's and every field holds the winner worked out from the write log.
A bounded variant runs over HTTP through the real hub service (issue 13), each
workstation signed in as a device.
"""

from __future__ import annotations

import os
import random
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.sync.simulation import FAULTS, Pool

REPLICAS = 3
# 200 in the suite; `carecenter bench sync --simulate N` runs N.
EXAMPLES = int(os.environ.get("CARECENTER_SIM_EXAMPLES", "200"))
SKEW = st.integers(-4 * 60_000, 4 * 60_000)
# (what, replica, argument): the argument's type depends on what
Step = tuple[str, int, Any]

step = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, REPLICAS - 1), st.integers(0, 2**32)),
    st.tuples(st.just("sync"), st.integers(0, REPLICAS - 1), st.sampled_from(FAULTS)),
    st.tuples(st.just("partition"), st.integers(0, REPLICAS - 1), st.booleans()),
    st.tuples(st.just("time"), st.integers(0, 5), st.integers(1, 120_000)),
)


@pytest.fixture(scope="module")
def pool() -> Iterator[Pool]:
    where = Path(tempfile.mkdtemp(prefix="cc-sim-"))
    p = Pool(where, REPLICAS)
    yield p
    p.close()


def run(pool: Pool, program: list[Step], skews: list[int]) -> None:
    world = pool.world(skews)
    for what, i, arg in program:
        world.now[0] += 5
        if what == "edit":
            world.edit(i, random.Random(arg))
        elif what == "sync":
            world.sync(i, arg)
        elif what == "partition":
            (world.partitioned.add if arg else world.partitioned.discard)(i)
        else:
            world.now[0] += arg
    world.heal()
    with tempfile.TemporaryDirectory() as tmp:
        world.check(Path(tmp))


HEALTH = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large]
PROGRAM = st.lists(step, min_size=1, max_size=40)
SKEWS = st.lists(SKEW, min_size=REPLICAS, max_size=REPLICAS)


@settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=HEALTH)
@given(program=PROGRAM, skews=SKEWS)
def test_every_workstation_converges_with_the_hub(pool: Pool, program: list[Step],
                                                   skews: list[int]) -> None:
    run(pool, program, skews)


@pytest.fixture(scope="module")
def pg_pool(pg_server_url: str) -> Iterator[Pool]:
    from tests.sync.conftest import new_pg_database

    where = Path(tempfile.mkdtemp(prefix="cc-sim-pg-"))
    p = Pool(where, REPLICAS, hub_url=new_pg_database(pg_server_url))
    yield p
    p.close()


@settings(max_examples=max(40, EXAMPLES // 5), deadline=None, database=None,
          suppress_health_check=HEALTH)
@given(program=PROGRAM, skews=SKEWS)
def test_every_workstation_converges_with_a_postgresql_hub(
        pg_pool: Pool, program: list[Step], skews: list[int]) -> None:
    """The same on PostgreSQL, where pulls come as database-made JSON (cells and rows)."""
    run(pg_pool, program, skews)


# Over HTTP: a few examples (each signs an administrator up and three devices in).
HTTP_EXAMPLES = int(os.environ.get("CARECENTER_SIM_HTTP_EXAMPLES", "8"))


@pytest.fixture(scope="module")
def http_pool() -> Iterator[Pool]:
    where = Path(tempfile.mkdtemp(prefix="cc-sim-http-"))
    p = Pool(where, REPLICAS, http=True)
    yield p
    p.close()


@settings(max_examples=HTTP_EXAMPLES, deadline=None, database=None,
          suppress_health_check=HEALTH)
@given(program=PROGRAM, skews=SKEWS)
def test_every_workstation_converges_through_the_hub_service(
        http_pool: Pool, program: list[Step], skews: list[int]) -> None:
    run(http_pool, program, skews)


@pytest.fixture(scope="module")
def pg_http_pool(pg_server_url: str) -> Iterator[Pool]:
    from tests.sync.conftest import new_pg_database

    where = Path(tempfile.mkdtemp(prefix="cc-sim-pg-http-"))
    p = Pool(where, REPLICAS, hub_url=new_pg_database(pg_server_url), http=True)
    yield p
    p.close()


@settings(max_examples=max(3, HTTP_EXAMPLES // 2), deadline=None, database=None,
          suppress_health_check=HEALTH)
@given(program=PROGRAM, skews=SKEWS)
def test_every_workstation_converges_through_the_hub_service_on_postgresql(
        pg_http_pool: Pool, program: list[Step], skews: list[int]) -> None:
    run(pg_http_pool, program, skews)
