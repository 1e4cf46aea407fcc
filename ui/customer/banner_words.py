"""The banner's words: each core banner line (carecenter.services.customers.banner) as the
one line the agent reads at a glance, and its detail. The only place the banner's codes
become words (through ``QCoreApplication.translate``, context "BannerStrip")."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from carecenter.services.customers.banner import BannerLine
from ui.widgets import labels
from ui.widgets.formats import date, days_ago, number, window

#: a case category's name in the console's language (the cases feature's api gives it)
CategoryLabel = Callable[[str], str]


translate = QCoreApplication.translate


def _date(value: Any) -> str:
    if isinstance(value, datetime):
        return date(value)  # as in the timeline
    return str(value or "")


def _code(value: str | None) -> str:
    return (value or "").replace("_", " ")


def _consents(which: list[str]) -> str:
    words = []
    for item in which:
        channel, _, purpose = item.partition(":")
        words.append(f"{labels.channel(channel) or channel} ({_code(purpose)})")
    return ", ".join(words)


def severity(code: str | None) -> str:
    return {
        "low": translate("BannerStrip", "low severity"),
        "medium": translate("BannerStrip", "medium severity"),
        "high": translate("BannerStrip", "high severity"),
    }.get(code or "", _code(code))


def marketing_did(channel: str | None, when: str) -> str:
    """What marketing did, by the channel of its contact: it called, sent an SMS…"""
    said = {
        "phone": translate("BannerStrip", "Marketing called {0}"),
        "sms": translate("BannerStrip", "Marketing sent an SMS {0}"),
        "email": translate("BannerStrip", "Marketing sent an e-mail {0}"),
        "letter": translate("BannerStrip", "Marketing sent a letter {0}"),
        "counter": translate("BannerStrip", "Marketing met the customer at the counter {0}"),
        "chat": translate("BannerStrip", "Marketing chatted with the customer {0}"),
    }.get(channel or "", translate("BannerStrip", "Marketing contacted the customer {0}"))
    return said.format(when)


def same_key(field: str | None, value: str | None) -> str:
    if field == "e164":
        return translate("BannerStrip", "same phone {0}").format(value or "")
    if field == "customer_ref":
        return translate("BannerStrip", "same customer number {0}").format(value or "")
    return translate("BannerStrip", "same {0}").format(_code(field))


def _window_text(v: dict[str, Any]) -> str:
    return translate("BannerStrip", "Call back promised {0} — {1} min left").format(
        window(v["starts"], v["ends"], v["now"]), number(v.get("minutes_left", 0)))


def _changes_text(v: dict[str, Any]) -> str:
    return translate("BannerStrip", "Changes to check after sync: {0}").format(
        number(v.get("count", 0)))


_SIMPLE: dict[str, Callable[[dict[str, Any]], str]] = {
    "window": _window_text, "changes_to_check": _changes_text}


def line_text(line: BannerLine, category: CategoryLabel | None = None) -> str:
    """The one line the agent reads at a glance."""
    v = line.values
    k = line.kind
    if k == "do_not_call":
        return translate("BannerStrip", "Do not call for marketing (since {0})").format(
            _date(v.get("since"))
        )
    if k == "consent_withdrawn":
        return translate("BannerStrip", "Consent withdrawn: {0}").format(
            _consents(v.get("which", []))
        )
    if k == "open_complaint":
        code = str(v.get("category") or "")
        name = category(code) if category is not None else _code(code)
        text = translate("BannerStrip", "Open complaint: {0}, {1}, opened {2}").format(
            name, severity(v.get("severity")), days_ago(v.get("age_days", 0))
        )
        if v.get("summary"):
            text += translate("BannerStrip", " — {0}").format(v["summary"])
        if v.get("count", 1) > 1:
            text += translate("BannerStrip", " (and {0} more)").format(number(v["count"] - 1))
        return text
    simple = _SIMPLE.get(k)
    if simple is not None:
        return simple(v)
    if k == "promises":
        text = translate("BannerStrip", "Open promises: {0}, next due {1}").format(
            number(v.get("count", 0)), _date(v.get("next_due"))
        )
        if v.get("overdue"):
            text += translate("BannerStrip", " — overdue: {0}").format(number(v["overdue"]))
        return text
    if k == "overdue":
        return translate("BannerStrip", "Overdue follow-ups: {0}, oldest due {1}").format(
            number(v.get("count", 0)), _date(v.get("oldest_due"))
        )
    if k == "possible_duplicate":
        who = v.get("other_name") or v.get("other_ref") or ""
        text = translate(
            "BannerStrip", "Possible duplicate: {0} (customer {1}), {2} — open to merge"
        ).format(who, v.get("other_ref") or "", same_key(v.get("field"), v.get("value")))
        if v.get("count", 1) > 1:
            text += translate("BannerStrip", " (and {0} more)").format(number(v["count"] - 1))
        return text
    if k == "marketing_contact":
        offer = v.get("offer_title") or v.get("offer_code") or "—"
        return translate("BannerStrip", "{0} — campaign {1} · offer {2} · {3}").format(
            marketing_did(v.get("channel"), days_ago(v.get("days_ago", 0))),
            v.get("campaign") or "—",
            offer,
            labels.outcome(v.get("outcome")) or "—",
        )
    if k == "offer_response":
        parts = [
            f"{o.get('title') or o.get('code')}: {labels.outcome(o.get('outcome'))}"
            for o in v.get("offers", [])[:3]
        ]
        more = len(v.get("offers", [])) - 3
        text = translate("BannerStrip", "Recent offers: {0}").format("; ".join(parts))
        if more > 0:
            text += translate("BannerStrip", " (and {0} more)").format(number(more))
        return text
    return k


def line_detail(line: BannerLine, category: CategoryLabel | None = None) -> str:
    """Everything the core gave for the line, one fact a row."""
    v = line.values
    rows = [line_text(line, category)]
    if line.kind == "open_complaint":
        rows.append(
            translate("BannerStrip", "Opened on {0}; open complaints in all: {1}.").format(
                _date(v.get("opened_at")), number(v.get("count", 1))
            )
        )
    elif line.kind in ("promises", "window") and v.get("note"):
        rows.append(translate("BannerStrip", "Next promise: {0}").format(v["note"]))
    elif line.kind == "overdue":
        rows.append(translate("BannerStrip", "Oldest reason: {0}").format(_code(v.get("reason"))))
    elif line.kind == "marketing_contact":
        rows.append(
            translate("BannerStrip", "Contacted on {0} ({1}); offer {2}.").format(
                _date(v.get("at")),
                labels.channel(v.get("channel")) or "—",
                v.get("offer_code") or "—",
            )
        )
    elif line.kind == "offer_response":
        rows += [
            f"{_date(o.get('at'))}  {o.get('code')} · {o.get('title')}: "
            f"{labels.outcome(o.get('outcome'))}"
            for o in v.get("offers", [])
        ]
    return "\n".join(rows)
