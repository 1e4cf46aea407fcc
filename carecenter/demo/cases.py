"""Cases with partly ticked checklists, remedy decisions, follow-ups and review notes."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime
from typing import Any

from carecenter.db.models import (
    Case,
    CaseStepEvent,
    CharterCitation,
    Decision,
    DecisionAnswer,
    FollowUp,
    ReviewNote,
)
from carecenter.demo import vocab
from carecenter.demo.pools import Pick
from carecenter.demo.reference import Reference, Rows
from carecenter.ids import id_at

DAY_MS = 86_400_000
HOUR_MS = 3_600_000

_CATEGORIES = Pick(list(vocab.CASE_CATEGORIES))
_SEVERITIES = Pick(list(vocab.SEVERITIES))
_STATUS = Pick([("open", 25), ("in_progress", 20), ("resolved", 25), ("closed", 30)])
_REMEDIES = Pick([((name, amounts), weight) for name, weight, amounts in vocab.REMEDIES])
_AUTHORITY = Pick([("within", 86), ("override", 8), ("pending", 3), ("approved", 3)])
_ANSWERS = uuid.UUID("3c1d7f0e-5b1a-4e53-9a55-0d6a3e2b7c41")  # ids of the demo's answers
_FIRST_STATES = ("override", "pending", "approved")
_CITED = uuid.UUID("8e2b6d4a-1f3c-4b7e-a0d5-6c9f2e1b3a57")  # ids of the demo's citations
# Remedies that cost nothing, each with the quantity granted and the charter clause cited,
# by case category: one in three decisions has such a companion (no random draw, so a
# seed's demo stays as it was otherwise).
_FREE = {
    "billing_error": (("payment_extension", 30, "4"), ("late_fee_waived", 1, "3")),
    "late_delivery": (("redelivery_slot", 1, "5"), ("priority_handling", 1, "5"),
                      ("cutoff_moved", 4, "5")),
}
_FREE_OTHER = (("priority_handling", 1, "1"),)
ON_TIME = 0.88  # follow-ups done before they were due, of those done
OPEN_CASE_DONE = 0.6  # an open case's promises due by now that were done
_DONE = Pick([("satisfied", 75), ("not_satisfied", 15), ("unreachable", 10)])


def _at(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, UTC)


class CaseMaker:
    def __init__(self, ref: Reference, rnd: random.Random, now_ms: int) -> None:
        self.ref = ref
        self.rnd = rnd
        self.r = rnd.random
        self.now_ms = now_ms
        self.cases: list[dict[str, Any]] = []
        self.steps: list[dict[str, Any]] = []
        self.decisions: list[dict[str, Any]] = []
        self.follow_ups: list[dict[str, Any]] = []
        self.reviews: list[dict[str, Any]] = []
        self.answers: list[dict[str, Any]] = []
        self.citations: list[dict[str, Any]] = []

    def rows(self) -> Rows:
        return [(Case, self.cases), (CaseStepEvent, self.steps), (Decision, self.decisions),
                (DecisionAnswer, self.answers), (FollowUp, self.follow_ups),
                (ReviewNote, self.reviews), (CharterCitation, self.citations)]

    def _agent(self, team: str = "service") -> str:
        agents = self.ref.agents[team]
        return agents[int(self.r() * len(agents))]

    def call_back(self, cid: str, when: int, lang: str, agent: str | None) -> None:
        """A follow-up promised on a call: done when long past, else still open (and
        overdue when its day has gone)."""
        r = self.r
        due = when + DAY_MS * (1 + int(r() * 3))
        due -= due % HOUR_MS
        row = _follow_up(self.rnd, cid, case_id=None, decision_id=None, due=due, agent=agent,
                         reason="call_back", note=vocab.FOLLOW_UP_NOTES["call_back"][lang == "en"])
        if due < self.now_ms - 3 * DAY_MS and r() < self._kept(due, 0.9):
            self._done(row, due, when)
        self.follow_ups.append(row)

    def _kept(self, due: int, recent: float) -> float:
        """How likely a promise due at ``due`` was kept: ``recent`` for the last month;
        older ones were nearly all kept (a team with years of history does not carry
        thousands of overdue promises; a handful from the last weeks is what a queue
        shows). One draw either way, so the rest of the demo stays as it was."""
        return recent if due >= self.now_ms - 30 * DAY_MS else 0.998

    def _done(self, row: dict[str, Any], due: int, made: int, *,
              until: int | None = None) -> None:
        """Done: before it was due (``on_time`` of them, at some point between when the
        promise was made and an hour before its due time), else up to three days late."""
        r = self.r
        if r() < ON_TIME:
            done = made + int(r() * max(due - HOUR_MS - made, 0))
        else:
            done = due + HOUR_MS + int(r() * 3 * DAY_MS)
        done = max(min(done, self.now_ms - HOUR_MS, until or self.now_ms), made)
        row.update(status="done", outcome=_DONE(self.rnd), done_at=_at(done - done % 1000))

    def case(self, cid: str, joined: int, lang: str) -> None:
        r, rnd, now = self.r, self.rnd, self.now_ms
        status = _STATUS(rnd)
        still_open = status in ("open", "in_progress")
        age = (2 + int(r() * 25)) if still_open else (30 + int(r() * 700))
        opened = max(now - age * DAY_MS - int(r() * DAY_MS), joined + DAY_MS)
        opened -= opened % 1000
        category = _CATEGORIES(rnd)
        texts = vocab.CASE_SUMMARIES[lang][category]
        agent = self._agent()
        case_id = id_at(opened, rnd)
        promise = opened + DAY_MS * (2 + int(r() * 8))
        promise -= promise % HOUR_MS
        if still_open:
            # Open cases mostly have their promise still ahead (one in eight was due
            # yesterday): a queue of overdue promises in the hundreds is not a team's day.
            promise = now + (promise - opened) - 3 * DAY_MS
            promise -= promise % HOUR_MS
        closed = None if still_open else min(opened + DAY_MS * (1 + int(r() * 20)), now - DAY_MS)
        case = {
            "id": case_id, "customer_id": cid, "category": category,
            "severity": _SEVERITIES(rnd), "status": status,
            "summary": texts[int(r() * len(texts))].format(days=5 + int(r() * 10)),
            "opened_at": _at(opened), "opened_by_id": agent,
            "closed_at": _at(closed) if closed else None,
            "close_reason": None, "promise_due": _at(promise) if promise else None,
            "reopens_id": None,
        }
        if closed:
            case["close_reason"] = ("Cliente soddisfatto." if lang == "it"
                                    else "Customer satisfied.")
        self.cases.append(case)
        # Open cases have ticked the first steps only (some up to the remedy, so the
        # review queue's last month has decisions); finished ones all five.
        ticked = int(r() * 5) if still_open else len(vocab.STEPS)
        when = opened
        for step in vocab.STEPS[:ticked]:
            when += int(r() * 6 * HOUR_MS) + 60_000
            when = min(when, now - 60_000)
            when -= when % 1000
            self.steps.append({"id": id_at(when, rnd), "case_id": case_id, "step": step,
                               "done": True, "agent_id": agent, "at": _at(when), "note": None})
            if step == "compensate":
                self._decision(cid, case_id, agent, when, lang)
                if len(self.decisions) % 3 == 0:
                    self._free(cid, case_id, category, agent, when + 2000)
        self._promise(cid, case_id, agent, (opened, promise, closed), lang)

    def _promise(self, cid: str, case_id: str, agent: str,
                 times: tuple[int, int, int | None], lang: str) -> None:
        """The promise made when the case was opened (``times``: opened, due, closed):
        kept on time by most (the supervisor's "promises kept" reads these), some late;
        a finished case's promise is done, an open case's one due by now mostly so (the
        others are the few overdue ones of the queue), one not due yet is still open."""
        opened, due, closed = times
        row = _follow_up(self.rnd, cid, case_id=case_id, decision_id=None, due=due,
                         agent=agent, reason="promise",
                         note=vocab.FOLLOW_UP_NOTES["promise"][lang == "en"])
        if closed is not None or (due <= self.now_ms and self.r() < OPEN_CASE_DONE):
            self._done(row, due, opened, until=closed)
        self.follow_ups.append(row)

    def _decision(self, cid: str, case_id: str, agent: str, when: int, lang: str) -> None:
        r, rnd = self.r, self.rnd
        remedy, amounts = _REMEDIES(rnd)
        state = _AUTHORITY(rnd)
        if len(self.decisions) < len(_FIRST_STATES):
            # every batch has one of each state the supervisor's views show
            state = _FIRST_STATES[len(self.decisions)]
        amount = amounts[int(r() * len(amounts))]
        if state != "within":
            amount += 2500 + 500 * int(r() * 10)
        reasons = vocab.DECISION_REASONS[lang]
        decision_id = id_at(when + 1000, rnd)
        self.decisions.append({
            "id": decision_id, "customer_id": cid, "case_id": case_id, "agent_id": agent,
            "remedy": remedy, "amount_cents": amount, "currency": "EUR",
            "reason": reasons[int(r() * len(reasons))], "authority_state": state, "quantity": None,
            "at": _at(when + 1000)})
        if state == "approved":  # a supervisor's answer approved it (the hub asks for one)
            self._answer(decision_id, when + 1000 + HOUR_MS)
        due = when + 7 * DAY_MS
        row = _follow_up(rnd, cid, case_id=case_id, decision_id=decision_id, due=due,
                         agent=agent, reason="remedy_check",
                         note=vocab.FOLLOW_UP_NOTES["remedy_check"][lang == "en"])
        if due < self.now_ms - 2 * DAY_MS and r() < self._kept(due, 0.85):
            self._done(row, due, when)
        self.follow_ups.append(row)
        if r() < 0.15:
            kind = "praise" if r() < 0.7 else "lesson"
            texts = vocab.REVIEW_TEXTS[kind]
            noted = min(when + DAY_MS * (1 + int(r() * 4)), self.now_ms - HOUR_MS)
            noted -= noted % 1000
            supervisors = self.ref.supervisors
            self.reviews.append({
                "id": id_at(noted, rnd), "decision_id": decision_id, "case_id": case_id,
                "author_id": supervisors[int(r() * len(supervisors))], "kind": kind,
                "text": texts[int(r() * len(texts))], "at": _at(noted)})


    def _free(self, cid: str, case_id: str, category: str, agent: str, when: int) -> None:
        """A remedy that costs nothing granted within authority on the same case, and the
        charter clause the agent read to the customer, cited on it."""
        options = _FREE.get(category, _FREE_OTHER)
        remedy, quantity, clause = options[len(self.decisions) % len(options)]
        when = min(when, self.now_ms - 1000)
        decision_id = str(uuid.uuid5(_CITED, f"decision:{case_id}"))
        self.decisions.append({
            "id": decision_id, "customer_id": cid, "case_id": case_id, "agent_id": agent,
            "remedy": remedy, "amount_cents": 0, "currency": "EUR", "quantity": quantity,
            "reason": None, "authority_state": "within", "at": _at(when - when % 1000)})
        self.citations.append({
            "id": str(uuid.uuid5(_CITED, f"citation:{decision_id}")), "customer_id": cid,
            "case_id": None, "decision_id": decision_id, "clause": clause, "agent_id": agent,
            "at": _at(when - when % 1000)})
        self.citations.append({
            "id": str(uuid.uuid5(_CITED, f"citation:{case_id}")), "customer_id": cid,
            "case_id": case_id, "decision_id": None, "clause": clause, "agent_id": agent,
            "at": _at(when - when % 1000)})

    def _answer(self, decision_id: str, when: int) -> None:
        """The supervisor's answer of an approved request; made without drawing from the
        random stream, so the rest of a seed's demo stays as it was."""
        supervisors = self.ref.supervisors
        self.answers.append({
            "id": str(uuid.uuid5(_ANSWERS, decision_id)), "decision_id": decision_id,
            "by_id": supervisors[len(self.answers) % len(supervisors)], "approved": True,
            "note": None, "at": _at(min(when, self.now_ms - 1000))})


def _follow_up(rnd: random.Random, cid: str, *, case_id: str | None, decision_id: str | None,
               due: int, agent: str | None, reason: str, note: str) -> dict[str, Any]:
    return {"id": id_at(due - 7 * DAY_MS, rnd), "customer_id": cid, "case_id": case_id,
            "decision_id": decision_id, "due": _at(due), "assignee_id": agent,
            "reason": reason, "note": note, "status": "open", "outcome": None,
            "done_at": None}
