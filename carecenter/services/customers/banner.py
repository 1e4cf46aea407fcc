"""The banner at the top of the customer view: what the agent must know before speaking.

Lines come in a fixed order and only when true (issue 4, issue 15 part 5): do not call /
consent withdrawn; open complaint (the most severe, with its category, severity, summary and
age); open promises and overdue follow-ups; a possible duplicate the hub flagged; changes
to check (field conflicts sync kept); the last marketing contact and its channel (a call,
an SMS, an e-mail…); offers accepted or declined recently. The core returns codes and
values; ``ui/`` words them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import text

from carecenter.db.base import from_text, to_text
from carecenter.services.customers.banner_checks import data_quality_lines
from carecenter.services.customers.consent import current_consent
from carecenter.services.customers.family import in_clause

MARKETING_WINDOW = timedelta(days=90)
LAST_HOUR = timedelta(hours=1)  # a promised window shows from its last hour (or start)
OFFER_WINDOW = timedelta(days=90)
OPEN_CASE = ("open", "in_progress")


@dataclass(frozen=True)
class BannerLine:
    kind: str  # do_not_call, consent_withdrawn, open_complaint, window, promises, overdue,
    #            possible_duplicate, changes_to_check, marketing_contact, offer_response
    values: dict[str, Any] = field(default_factory=dict)
    ref: str | None = None  # the row the detail key opens (case, follow-up, contact,
    #                         the other customer of a possible duplicate)


def banner_lines(conn: Any, family: list[str], now: datetime) -> tuple[BannerLine, ...]:
    lines: list[BannerLine] = []
    marks, params = in_clause("c", family)
    consent = current_consent(conn, family, now)
    if consent.get(("phone", "marketing"), (True, None))[0] is False:
        lines.append(BannerLine("do_not_call", {"since": consent[("phone", "marketing")][1]}))
    withdrawn = sorted(f"{ch}:{pu}" for (ch, pu), (granted, _) in consent.items()
                       if not granted and (ch, pu) != ("phone", "marketing"))
    if withdrawn:
        lines.append(BannerLine("consent_withdrawn", {"which": withdrawn}))

    cases = conn.execute(text(
        "SELECT id, category, opened_at, severity, summary FROM \"case\" "
        f"WHERE customer_id IN ({marks}) AND status IN ('open', 'in_progress') "
        "ORDER BY CASE severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, opened_at"),
        params).all()
    if cases:
        opened = from_text(cases[0][2])
        lines.append(BannerLine("open_complaint", {
            "count": len(cases), "category": cases[0][1], "opened_at": opened,
            "age_days": max(0, (now - opened).days), "severity": cases[0][3],
            "summary": cases[0][4]}, ref=cases[0][0]))

    fparams = {**params, "now": to_text(now)}
    lines += _windows(conn, marks, fparams, now)
    promises = conn.execute(text(
        f"SELECT id, due, note, coalesce(due_until, due) FROM follow_up "
        f"WHERE customer_id IN ({marks}) "
        "AND status = 'open' AND reason = 'promise' ORDER BY due"), fparams).all()
    if promises:  # a window is overdue once it has closed
        lines.append(BannerLine("promises", {
            "count": len(promises), "next_due": from_text(promises[0][1]),
            "note": promises[0][2], "overdue": sum(1 for p in promises if p[3] < fparams["now"])},
            ref=promises[0][0]))
    overdue = conn.execute(text(
        f"SELECT id, due, reason FROM follow_up WHERE customer_id IN ({marks}) "
        "AND status = 'open' AND reason != 'promise' AND coalesce(due_until, due) < :now "
        "ORDER BY due"), fparams).all()
    if overdue:
        lines.append(BannerLine("overdue", {
            "count": len(overdue), "oldest_due": from_text(overdue[0][1]), "reason": overdue[0][2]},
            ref=overdue[0][0]))

    lines += [BannerLine(kind, values, ref) for kind, values, ref
              in data_quality_lines(conn, family)]

    mparams = {**params, "since": to_text(now - MARKETING_WINDOW), "now": to_text(now)}
    last = conn.execute(text(
        "SELECT k.id, k.at, cp.name, o.code, o.title, k.outcome, k.channel FROM contact k "
        "LEFT JOIN campaign cp ON cp.id = k.campaign_id LEFT JOIN offer o ON o.id = k.offer_id "
        f"WHERE k.customer_id IN ({marks}) AND k.team = 'marketing' "
        "AND k.at >= :since AND k.at <= :now ORDER BY k.at DESC LIMIT 1"), mparams).first()
    if last:
        at = from_text(last[1])
        lines.append(BannerLine("marketing_contact", {
            "days_ago": max(0, (now - at).days), "at": at, "campaign": last[2],
            "offer_code": last[3], "offer_title": last[4], "outcome": last[5],
            "channel": last[6]}, ref=last[0]))

    oparams = {**params, "since": to_text(now - OFFER_WINDOW), "now": to_text(now)}
    offers = conn.execute(text(
        "SELECT k.id, k.at, o.code, o.title, k.outcome FROM contact k "
        "JOIN offer o ON o.id = k.offer_id "
        f"WHERE k.customer_id IN ({marks}) AND k.outcome IN ('accepted', 'declined') "
        "AND k.at >= :since AND k.at <= :now ORDER BY k.at DESC"), oparams).all()
    if offers:
        lines.append(BannerLine("offer_response", {"offers": [
            {"code": o[2], "title": o[3], "outcome": o[4], "at": from_text(o[1])} for o in offers]},
            ref=offers[0][0]))
    return tuple(lines)


def _windows(conn: Any, marks: str, params: dict[str, Any], now: datetime
             ) -> list[BannerLine]:
    """A promised window in its last hour (or open already): "call back promised
    16:00–17:00 today", the one closing first, with how many minutes are left."""
    rows = conn.execute(text(
        f"SELECT id, due, due_until, reason, note FROM follow_up WHERE customer_id IN ({marks}) "
        "AND status = 'open' AND due_until IS NOT NULL AND due_until >= :now "
        "ORDER BY due_until"), params).all()
    for fid, due, until, reason, note in rows:
        start, end = from_text(due), from_text(until)
        if min(start, end - LAST_HOUR) <= now:
            return [BannerLine("window", {
                "starts": start, "ends": end, "now": now, "reason": reason, "note": note,
                "minutes_left": int((end - now).total_seconds() // 60)}, ref=fid)]
    return []
