"""Fixtures shared by the unit tests of decisions."""

from __future__ import annotations

import pytest

from carecenter.db.store import Store
from tests.factories import make_agent, make_customer


@pytest.fixture
def people(store: Store) -> dict[str, str]:
    return {"anna": make_agent(store, "Anna Rossi"), "bruno": make_agent(store, "Bruno Neri"),
            "sara": make_agent(store, "Sara Conti", "supervisor"),
            "c1": make_customer(store, "C1", "Carla", "Bianchi"),
            "c2": make_customer(store, "C2", "Dario", "Verdi")}
