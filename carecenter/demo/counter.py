"""The demo's promise windows, counter appointments and messages to customers (issue 19,
parts 3 and 4), so that the banner, the follow-up queue, the counter's day list and the
cases' "last told" show something on first start.

Times are relative to the demo's "now" (midnight UTC of the day it is built): today's
appointments from 08:00 UTC (some seen, one no-show, one customer waiting, the rest
expected), call-back windows today and tomorrow and one missed yesterday, and an update
e-mailed on a few open cases. Ids are drawn from the seed, like the rest of the demo.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta

from sqlalchemy import select

from carecenter.db.models import Agent, Appointment, Case, Contact, Customer, FollowUp
from carecenter.db.store import Store
from carecenter.ids import id_at
from carecenter.services.uow import UnitOfWork

# (minutes after midnight UTC, length, status, minutes arrived before the slot)
_SLOTS = ((480, 30, "seen", 5), (525, 30, "seen", 0), (570, 15, "no_show", None),
          (615, 30, "arrived", 5), (780, 30, "expected", None), (870, 45, "expected", None),
          (915, 30, "expected", None), (960, 30, "expected", None))
_PURPOSES = {
    "it": ("Sostituire il modem guasto", "Firmare il nuovo contratto", "Ritirare il telefono",
           "Spiegazione della bolletta", "Portabilità del numero", "Attivare la SIM"),
    "en": ("Swap the faulty modem", "Sign the new contract", "Pick up the phone",
           "Explain the bill", "Move the number", "Activate the SIM"),
}
# (day offset, start hour UTC, hours, reason, note it, note en)
_WINDOWS = ((0, 15, 1, "promise", "Richiamare tra le 16 e le 17 con la data del tecnico",
             "Call back between 16 and 17 with the technician's date"),
            (1, 8, 2, "call_back", "Richiamare domattina per l'esito della verifica",
             "Call back tomorrow morning with the check's result"),
            (-1, 14, 1, "promise", "Richiamare con l'esito del rimborso",
             "Call back with the refund's outcome"))
_MESSAGE = {"it": ("Aggiornamento sulla sua pratica",
                   "Ce ne stiamo ancora occupando e non l'abbiamo dimenticata."),
            "en": ("News about your case", "We are still on it and have not forgotten you.")}


def add_counter_and_windows(store: Store, seed: int, now: datetime) -> Counter[str]:
    """Add the rows (none without customers); returns how many per table."""
    written: Counter[str] = Counter()
    with store.session() as s:
        people = list(s.execute(select(Customer.id, Customer.language)
                                .where(Customer.deleted.is_(False))
                                .order_by(Customer.customer_ref).limit(60)))
        staff = {team: s.scalars(select(Agent.id).where(Agent.team == team)
                                 .order_by(Agent.name).limit(1)).first()
                 for team in ("store", "service")}
        cases = list(s.execute(select(Case.id, Case.customer_id).where(
            Case.status.in_(("open", "in_progress"))).order_by(Case.opened_at.desc(),
                                                                 Case.id).limit(3)))
    if len(people) < len(_SLOTS) + len(_WINDOWS):
        return written
    rng = random.Random(seed * 104_729 + 19)
    picks = rng.sample(people, len(_SLOTS) + len(_WINDOWS))
    ms = int(now.timestamp() * 1000)
    with UnitOfWork(store) as uow:
        for (minute, length, status, early), (cid, lang) in zip(_SLOTS, picks, strict=False):
            starts = now + timedelta(minutes=minute)
            arrived = starts - timedelta(minutes=early) if early is not None else None
            uow.add(Appointment(
                id=id_at(ms + minute * 60_000, rng), customer_id=cid, agent_id=staff["store"],
                starts=starts, ends=starts + timedelta(minutes=length), status=status,
                purpose=rng.choice(_PURPOSES.get(lang or "it", _PURPOSES["it"])),
                arrived_at=arrived, seen_at=starts + timedelta(minutes=length)
                if status == "seen" else None))
            written["appointment"] += 1
        for (day, hour, hours, reason, it, en), (cid, lang) in zip(
                _WINDOWS, picks[len(_SLOTS):], strict=True):
            due = now + timedelta(days=day, hours=hour)
            uow.add(FollowUp(
                id=id_at(ms + day * 86_400_000 + hour * 3_600_000, rng), customer_id=cid,
                due=due, due_until=due + timedelta(hours=hours), reason=reason,
                assignee_id=staff["service"], note=en if lang == "en" else it,
                status="open"))
            written["follow_up"] += 1
        for n, (case_id, cid) in enumerate(cases):
            lang = dict(people).get(cid) or "it"
            subject, body = _MESSAGE.get(lang, _MESSAGE["it"])
            uow.add(Contact(
                id=id_at(ms - (n + 2) * 3_600_000, rng), customer_id=cid, case_id=case_id,
                at=now - timedelta(hours=n + 2), channel="email", direction="outbound",
                team="service", outcome="info", agent_id=staff["service"],
                summary=f"{subject}\n\n{body}"))
            written["contact"] += 1
    return written
