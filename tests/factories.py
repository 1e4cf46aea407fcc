"""Small builders of domain rows for tests, all written through the unit of work."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from carecenter.db.models import Agent, Contact, Customer, CustomerEmail, CustomerPhone
from carecenter.db.store import Store
from carecenter.services.uow import UnitOfWork


def make_customer(store: Store, ref: str, first: str | None = None, last: str | None = None,
                  phones: tuple[str, ...] = (), emails: tuple[str, ...] = (),
                  **fields: Any) -> str:
    with UnitOfWork(store) as uow:
        c = uow.add(Customer(customer_ref=ref, first_name=first, last_name=last, **fields))
        for p in phones:
            uow.add(CustomerPhone(customer_id=c.id, e164=p))
        for e in emails:
            uow.add(CustomerEmail(customer_id=c.id, email=e))
    return c.id


def add_contact(store: Store, customer_id: str, at: datetime | None = None, *,
                channel: str = "phone", direction: str = "inbound", team: str = "service",
                **fields: Any) -> str:
    with UnitOfWork(store) as uow:
        k = uow.add(Contact(customer_id=customer_id, at=at or datetime.now(UTC), channel=channel,
                            direction=direction, team=team, **fields))
    return k.id


def make_agent(store: Store, name: str, role: str = "agent") -> str:
    with UnitOfWork(store) as uow:
        a = uow.add(Agent(name=name, role=role))
    return a.id
