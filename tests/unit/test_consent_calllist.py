"""Call lists use the consent rule of sync: a grant the hub overruled (its desk had not
seen a withdrawal) does not make a customer callable; one recorded through the consent
service after the withdrawal does."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from carecenter.db.models import ConsentEvent
from carecenter.db.store import Store
from carecenter.services.calls.calllist import Reason, Status
from carecenter.services.customers.consent import record_consent
from carecenter.services.uow import UnitOfWork
from tests.unit.test_calllist import NOW, World

D = timedelta(days=1)


def test_an_overruled_grant_leaves_the_customer_on_do_not_call(store: Store,
                                                               tmp_path: Path) -> None:
    world = World(store, tmp_path)
    cid = world.ids["A"]
    record_consent(store, cid, channel="phone", purpose="marketing", granted=False,
                   source="call", at=NOW - 10 * D)
    assert world.one() == (Status.SKIP, (Reason.DO_NOT_CALL,))
    with UnitOfWork(store) as uow:  # a later grant, as pulled with the hub's mark
        uow.add(ConsentEvent(customer_id=cid, channel="phone", purpose="marketing",
                             granted=True, source="form", at=NOW - 9 * D, overruled=True))
    assert world.one() == (Status.SKIP, (Reason.DO_NOT_CALL,))
    record_consent(store, cid, channel="phone", purpose="marketing", granted=True,
                   source="counter", note="changed their mind", at=NOW - 2 * D)
    assert world.one() == (Status.CALL, ())
