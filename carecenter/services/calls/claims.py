"""Who is calling an entry of a call list right now, so two agents never ring the same
customer for the same campaign at once, and an entry just called is not rung again.

An entry's ``status`` says it: ``pending`` (not taken), ``calling`` (an agent took it
for a call), ``called`` (the call was wrapped up). When and where the status was last
written is read from the row's own field clock, which sync carries with the value, so
a claim made on another workstation is seen here after a sync, with its time:

- an entry another workstation took less than ``CLAIM_TTL`` ago is not offered (after
  that the claim is taken as abandoned: a console closed mid-call);
- an entry called less than ``CALLED_PAUSE`` ago is not offered again by work mode (the
  campaign rules decide about later calls: attempts, the 30-day cap, recontact days).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from carecenter.clock import hlc_ms, utcnow
from carecenter.db.models import CallListEntry
from carecenter.db.store import Store
from carecenter.services.uow import UnitOfWork
from carecenter.sync.apply import field_clock

CLAIM_TTL = timedelta(minutes=30)
CALLED_PAUSE = timedelta(hours=4)


class EntryStatus(StrEnum):
    PENDING = "pending"
    CALLING = "calling"
    CALLED = "called"


@dataclass(frozen=True)
class Written:
    """When and on which workstation (site) a field was last written."""

    at: datetime
    site: str


def status_written(entry: CallListEntry, site_id: str) -> Written:
    """The last write of the entry's status, from its field clock (``"*"``: the insert)."""
    hlc, site = field_clock(entry.clocks, "status", site_id)
    return Written(datetime.fromtimestamp(hlc_ms(hlc) / 1000, UTC), site)


def taken_elsewhere(entry: CallListEntry, site_id: str, now: datetime) -> bool:
    """True when work mode must not offer the entry from this workstation now."""
    if entry.status not in (EntryStatus.CALLING, EntryStatus.CALLED):
        return False
    written = status_written(entry, site_id)
    if entry.status == EntryStatus.CALLING:
        return written.site != site_id and now - written.at < CLAIM_TTL
    return now - written.at < CALLED_PAUSE


def claim(store: Store, entry_id: str, now: datetime | None = None) -> bool:
    """Take the entry for a call from this workstation; False (nothing written) when it
    is being called elsewhere or was called a short while ago."""
    now = now or utcnow()
    with UnitOfWork(store) as uow:
        entry = uow.session.get(CallListEntry, entry_id)
        if entry is None or taken_elsewhere(entry, store.site_id, now):
            return False
        if entry.status != EntryStatus.CALLING:
            uow.update(entry, status=EntryStatus.CALLING.value)
    return True


def finish(store: Store, entry_id: str, *, called: bool) -> None:
    """After the call: ``called`` when it was made (wrapped up), else back to pending (the
    agent moved on without calling, or left work mode). A claim another workstation made
    meanwhile is left alone."""
    with UnitOfWork(store) as uow:
        entry = uow.session.get(CallListEntry, entry_id)
        if entry is None:
            return
        if called:
            uow.update(entry, status=EntryStatus.CALLED.value)
        elif (entry.status == EntryStatus.CALLING
              and status_written(entry, store.site_id).site == store.site_id):
            uow.update(entry, status=EntryStatus.PENDING.value)
