"""A promised window that was missed: the follow-up stays open (overdue) and the recovery
steps are offered on a case: its own case, or a new one opened for the missed promise.

The case's summary comes from the console (its words, in the agent's language)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from carecenter.db.models import Case, FollowUp
from carecenter.db.store import Store
from carecenter.domain import CaseStatus, FollowUpReason, FollowUpStatus, Severity
from carecenter.problems import Problem
from carecenter.services.cases.casework import (
    CaseError,
    aware,
    check_agent,
    refresh_promise_due,
    text_or_none,
)
from carecenter.services.cases.checklists import Templates
from carecenter.services.uow import ChangeSet, UnitOfWork

MISSED_CATEGORY = "other"  # the five recovery steps alone


@dataclass(frozen=True)
class Recovering:
    case_id: str
    opened: bool  # a new case was opened for the missed window
    changes: ChangeSet


def recover_missed(store: Store, templates: Templates, follow_up_id: str, *, summary: str,
                   agent_id: str | None, now: datetime) -> Recovering:
    """The case whose recovery steps answer a missed window: the follow-up's own case, or
    a new one (category ``other``, high severity) that the follow-up is then linked to."""
    aware(now)
    with UnitOfWork(store) as uow:
        fu = uow.session.get(FollowUp, follow_up_id)
        if fu is None:
            raise CaseError(Problem.NO_FOLLOW_UP, id=follow_up_id)
        if fu.status != FollowUpStatus.OPEN.value:
            raise CaseError(Problem.FOLLOW_UP_DONE)
        if fu.case_id is not None:
            return Recovering(fu.case_id, False, ChangeSet())
        text = text_or_none(summary)
        if text is None:
            raise CaseError(Problem.NO_DESCRIPTION)
        tpl = templates.get(MISSED_CATEGORY) or templates.get(templates.codes[-1])
        if tpl is None:
            raise CaseError(Problem.NO_CHECKLIST, category=MISSED_CATEGORY, categories=())
        check_agent(uow, agent_id)
        case = uow.add(Case(
            customer_id=fu.customer_id, category=tpl.category, severity=Severity.HIGH.value,
            status=CaseStatus.OPEN.value, summary=text, opened_at=now, opened_by_id=agent_id,
            steps=[s.as_json() for s in tpl.steps], close_override=False))
        uow.update(fu, case_id=case.id)
        if fu.reason == FollowUpReason.PROMISE.value:
            refresh_promise_due(uow, case.id)
    return Recovering(case.id, True, uow.changes)
