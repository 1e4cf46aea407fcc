"""Demo coaching (issue 19, part 6), so the review's "Training and praise" and My coaching
show something on first start: a lesson pointing to a playbook section, a praise the team
celebrated, and training an agent asked for about a case and a decision. Ids are fixed by
the seed."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import select

from carecenter.db.models import (
    Agent,
    Case,
    Celebration,
    Decision,
    ReviewNote,
    TrainingRequest,
)
from carecenter.db.store import Store
from carecenter.services.uow import UnitOfWork

_NS = uuid.UUID("9a4e1f60-2b7c-4d35-8e0a-5c3f7b1d2e48")
LESSON = ("When the bill is wrong, name the exact line with the customer before you offer "
          "anything: it showed you listened.")
SECTION = "billing_error#Errors to avoid"
PRAISE = "A gift on the first call, with a real apology: exactly what the customer needed."
ASKS = ("How far can I go when the same fault comes back a third time?",
        "I would like to practise calming a caller who is shouting.")


def _id(seed: int, *parts: object) -> str:
    return str(uuid.uuid5(_NS, "|".join(str(p) for p in (seed, *parts))))


def add_coaching(store: Store, seed: int, now: datetime) -> dict[str, int]:
    """Add the demo's coaching rows (none without decisions and a supervisor)."""
    with UnitOfWork(store) as uow:
        s = uow.session
        boss = s.scalar(select(Agent.id).where(Agent.role == "supervisor").order_by(Agent.id))
        decisions = s.scalars(select(Decision).where(Decision.agent_id.is_not(None))
                              .order_by(Decision.at.desc(), Decision.id).limit(2)).all()
        if boss is None or len(decisions) < 2:
            return {}
        lesson_on, praise_on = decisions
        uow.add(ReviewNote(id=_id(seed, "lesson"), decision_id=lesson_on.id, author_id=boss,
                           kind="lesson", text=LESSON, at=now - timedelta(hours=5),
                           playbook_ref=SECTION))
        praise = uow.add(ReviewNote(id=_id(seed, "praise"), decision_id=praise_on.id,
                                    author_id=boss, kind="praise", text=PRAISE,
                                    at=now - timedelta(hours=4)))
        uow.add(Celebration(id=_id(seed, "cheer"), note_id=praise.id, by_id=boss,
                            at=now - timedelta(hours=3)))
        asks = 1
        uow.add(TrainingRequest(id=_id(seed, "ask", 1), agent_id=lesson_on.agent_id,
                                customer_id=lesson_on.customer_id, decision_id=lesson_on.id,
                                text=ASKS[0], at=now - timedelta(hours=2)))
        case = s.scalar(select(Case).where(Case.opened_by_id == lesson_on.agent_id)
                        .order_by(Case.opened_at.desc(), Case.id))
        if case is not None:
            uow.add(TrainingRequest(id=_id(seed, "ask", 2), agent_id=lesson_on.agent_id,
                                    customer_id=case.customer_id, case_id=case.id,
                                    text=ASKS[1], at=now - timedelta(hours=1)))
            asks += 1
    return {"review_note": 2, "celebration": 1, "training_request": asks}
