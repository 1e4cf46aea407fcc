"""The simulation's random edits (tests/sync/simulation.py): one write of a random kind on
a random desk, drawing the same random numbers in the same order as before they moved here."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from carecenter.db import models as m
from carecenter.db.base import Synced
from carecenter.services.uow import UnitOfWork

T0 = datetime(2026, 6, 1, tzinfo=UTC)
ORDERS = {
    ("case", "status"): ["open", "in_progress", "resolved", "closed"],
    ("offer", "status"): ["draft", "active", "retired"],
    ("campaign", "status"): ["draft", "active", "closed"],
    ("follow_up", "status"): ["open", "done"],
}


class Edits:
    """What World writes with; ``ids`` and ``write`` are World's."""

    def ids(self, i: int, model: type[Synced], live: bool = False) -> list[str]:
        raise NotImplementedError

    def write(self, i: int, fn: Callable[[UnitOfWork], None]) -> None:
        raise NotImplementedError

    def _edit_people(self, i: int, rnd: random.Random, kind: int, n: int, at: datetime,
                     c: str) -> bool:
        """Customers, their e-mails, consent, contacts, cases and decisions."""
        add = _add
        if kind == 0:
            ref = rnd.choice(["R-1", "R-2", f"R-{n}-{i}"])
            phone = rnd.choice(["+390611100001", "+390611100002", f"+3906222{n:05d}"])

            def new_customer(u: UnitOfWork) -> None:
                cust = u.add(m.Customer(customer_ref=ref, first_name=f"F{n}"))
                u.add(m.CustomerPhone(customer_id=cust.id, e164=phone))

            def imported_customer(u: UnitOfWork) -> None:  # as an import writes it
                u.bulk_insert(m.Customer, [{"customer_ref": ref, "first_name": f"F{n}"}])
            self.write(i, new_customer if rnd.random() < 0.7 else imported_customer)
            return True
        if kind == 1:
            f = rnd.choice(["first_name", "last_name", "tier", "language", "store"])
            # tier holds a code of carecenter.domain.Tier: the hub and the desk refuse others
            v = rnd.choice([None, "gold", "silver", "platinum"] if f == "tier"
                           else [None, "a", "b", f"v{n}"])
            self.write(i, lambda u: _upd(u, m.Customer, c, **{f: v}))
            return True
        if kind == 2 and rnd.random() < 0.3:
            self.write(i, lambda u: _upd(u, m.Customer, c, deleted=True))
            return True
        if kind == 2:
            self.write(i, add(m.CustomerEmail, customer_id=c, email=f"e{n}@x.org"))
            return True
        if kind == 3:
            self.write(i, add(m.ConsentEvent, customer_id=c, channel="phone",
                              purpose="marketing", granted=rnd.random() < 0.5,
                              at=T0 + timedelta(minutes=rnd.randrange(3))))
            return True
        if kind == 4 and rnd.random() < 0.5:
            self.write(i, add(m.Contact, customer_id=c, at=at, channel="phone",
                              direction="inbound", team="service", summary=f"s{n}"))
            return True
        if kind == 4:  # a contacts import: ops that read their rows when pushed
            self.write(i, lambda u: u.bulk_insert(m.Contact, [
                {"customer_id": c, "at": at, "channel": "phone", "direction": "outbound",
                 "team": "marketing", "summary": f"s{n}.{k}", "contact_ref": f"K{n}.{k}"}
                for k in range(2)]))
            return True
        if kind == 5:
            self.write(i, add(m.Case, customer_id=c, category="billing", opened_at=at))
            return True
        if kind == 6 and (cases := self.ids(i, m.Case)):
            case, st = rnd.choice(cases), rnd.choice(ORDERS[("case", "status")])
            self.write(i, lambda u: _upd(u, m.Case, case, status=st, summary=f"s{n}"))
            return True
        if kind == 7:
            self.write(i, add(m.Decision, customer_id=c, remedy="credit", at=at,
                              amount_cents=rnd.choice([2000, 4000, 6000])))
            return True
        return False

    def _edit_work(self, i: int, rnd: random.Random, kind: int, n: int, at: datetime, c: str,
                   customers: list[str]) -> bool:
        """Review notes, agents, products, offers, campaigns, follow-ups, steps, merges."""
        add = _add
        if kind == 8 and (ds := self.ids(i, m.Decision)):
            self.write(i, add(m.ReviewNote, decision_id=rnd.choice(ds), kind="praise",
                              text=f"t{n}", at=at))
            return True
        if kind == 9:
            agents = self.ids(i, m.Agent)
            if agents and rnd.random() < 0.6:
                a, v = rnd.choice(agents), f"A{n}"
                self.write(i, lambda u: _upd(u, m.Agent, a, name=v, team="t"))
            else:
                self.write(i, add(m.Agent, name=f"A{n}"))
            return True
        if kind == 10:
            def product(u: UnitOfWork) -> None:
                p = u.add(m.Product(code=f"P{n}", name="p"))
                u.add(m.Holding(customer_id=c, product_id=p.id, channel="store"))
            self.write(i, product)
            return True
        if kind == 11:
            offers = self.ids(i, m.Offer)
            if offers and rnd.random() < 0.7:
                o = rnd.choice(offers)
                changes: list[dict[str, Any]] = [
                    {"status": rnd.choice(ORDERS[("offer", "status")])},
                    {"title": f"T{n}"}, {"value_cents": n}]
                ch = rnd.choice(changes)
                self.write(i, lambda u: _upd(u, m.Offer, o, **ch))
            else:
                self.write(i, add(m.Offer, code=f"O{n}", title="o", status="draft"))
            return True
        if kind == 12:
            self._edit_campaigns(i, rnd, n, c)
            return True
        if kind == 13:
            fus = self.ids(i, m.FollowUp)
            if fus and rnd.random() < 0.6:
                fu = rnd.choice(fus)
                ch = rnd.choice([{"status": rnd.choice(["open", "done"])}, {"note": f"n{n}"}])
                self.write(i, lambda u: _upd(u, m.FollowUp, fu, **ch))
            else:
                self.write(i, add(m.FollowUp, customer_id=c, due=at, reason="promise"))
            return True
        if kind == 14 and (cases := self.ids(i, m.Case)):
            self.write(i, add(m.CaseStepEvent, case_id=rnd.choice(cases), step="apologise",
                              at=at))
            return True
        if kind == 15 and len(customers) > 1:
            a, b = rnd.sample(customers, 2)
            self.write(i, add(m.Merge, kept_id=a, merged_id=b, at=at))
            return True
        return False


    def _edit_campaigns(self, i: int, rnd: random.Random, n: int, c: str) -> None:
        add = _add
        camps = self.ids(i, m.Campaign)
        if camps and rnd.random() < 0.5:
            cp = rnd.choice(camps)
            st = rnd.choice(ORDERS[("campaign", "status")])
            self.write(i, lambda u: _upd(u, m.Campaign, cp, status=st))
        elif camps:
            entries = self.ids(i, m.CallListEntry)
            if entries and rnd.random() < 0.5:
                e, st = rnd.choice(entries), rnd.choice(["pending", "calling", "called"])
                self.write(i, lambda u: _upd(u, m.CallListEntry, e, status=st))
            else:
                self.write(i, add(m.CallListEntry, campaign_id=rnd.choice(camps),
                                  customer_id=c, position=n))
        else:
            self.write(i, add(m.Campaign, name=f"C{n}", status="draft"))


def _add(model: type[Synced], **values: Any) -> Callable[[UnitOfWork], None]:
    def insert(u: UnitOfWork) -> None:
        u.add(model(**values))

    return insert


def _upd(u: UnitOfWork, model: type[Synced], rid: str, **changes: Any) -> None:
    row = u.session.get(model, rid)
    assert row is not None
    u.update(row, **changes)


# -- fixtures: warm stores and hub, emptied between examples --------------------------------
