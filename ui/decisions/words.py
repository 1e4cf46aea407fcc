"""Decisions in words: authority states, review flags, remedy labels and the one-sentence
messages of a refusal, in the current language (the core gives codes). Money and times
are formatted by ui/widgets/formats.py."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from carecenter.domain import AuthorityState, ReviewKind
from carecenter.services.decisions.authority import Limit, Meter
from carecenter.services.decisions.units import Unit, UnitMeter
from ui.shell import i18n
from ui.shell.ops import user_message
from ui.widgets import formats

# (text, background) per state, as the theme's colour roles (ui.shell.theme): calm for the
# usual, amber for "look at it", red for refused.
STATE_COLORS: dict[str, tuple[str, str]] = {
    AuthorityState.WITHIN: ("ok_fg", "ok_bg"),
    AuthorityState.APPROVED: ("ok_fg", "ok_bg"),
    AuthorityState.PENDING: ("accent_text", "info_bg"),
    AuthorityState.OVERRIDE: ("chip_gold_fg", "chip_gold_bg"),
    AuthorityState.EXCEEDS_CAP: ("notice_fg", "notice_bg"),
    AuthorityState.REJECTED: ("error_fg", "error_bg"),
}
# the authority meter's bar per level: theme roles
METER_ROLES = {"ok": "meter_ok", "near": "meter_near", "over": "meter_over"}


translate = QCoreApplication.translate  # literal calls, so that lupdate collects them


def state(code: str) -> str:
    words: dict[str, str] = {
        AuthorityState.WITHIN: translate("decisions", "Granted"),
        AuthorityState.OVERRIDE: translate("decisions", "Override"),
        AuthorityState.PENDING: translate("decisions", "Pending approval"),
        AuthorityState.APPROVED: translate("decisions", "Approved"),
        AuthorityState.REJECTED: translate("decisions", "Refused"),
        AuthorityState.EXCEEDS_CAP: translate("decisions", "Over a cap (found at sync)"),
    }
    return words.get(code, code)


def state_tip(code: str) -> str:
    words: dict[str, str] = {
        AuthorityState.WITHIN: translate("decisions", "Granted within the agent's authority."),
        AuthorityState.OVERRIDE: translate(
            "decisions", "Granted over a limit with a written reason; "
            "a supervisor will look at it."),
        AuthorityState.PENDING: translate("decisions", "Waiting for a supervisor's answer."),
        AuthorityState.APPROVED: translate("decisions", "A supervisor approved it."),
        AuthorityState.REJECTED: translate(
            "decisions", "A supervisor refused it; nothing was granted."),
        AuthorityState.EXCEEDS_CAP: translate(
            "decisions",
            "Granted within what this workstation knew; with other workstations' decisions "
            "it went over a cap. It stands, and a supervisor will look at it."),
    }
    return words.get(code, "")


def flag(code: str) -> str:
    words = {
        "override": translate("decisions", "Override"),
        "exceeds_cap": translate("decisions", "Over a cap"),
        "pending": translate("decisions", "Pending"),
        "outlier": translate("decisions", "Unusual amount"),
        "repeat": translate("decisions", "Repeated remedy"),
    }
    return words.get(code, code)


def note_kind(code: str) -> str:
    words: dict[str, str] = {ReviewKind.PRAISE: translate("decisions", "Praise"),
                             ReviewKind.LESSON: translate("decisions", "Lesson")}
    return words.get(code, code)


def remedy(code: str, labels: Mapping[str, str] | None) -> str:
    labels = labels or {}
    return labels.get(i18n.current()) or labels.get("en") or code.replace("_", " ").capitalize()


def limit(code: Limit) -> str:
    return {Limit.DECISION: translate("decisions", "per decision"),
            Limit.CUSTOMER_30_DAYS: translate("decisions", "for this customer in 30 days"),
            Limit.AGENT_DAY: translate("decisions", "for you today")}[code]


def verdict(m: Meter | UnitMeter) -> str:
    """What the meter means for the agent, in one sentence."""
    if m.within:
        return translate("decisions",
                         "Within your authority: it is granted at once, offline too.")
    over = ", ".join(limit(x) for x in m.over)
    if m.may_override:
        return translate("decisions", "Over your limit {0}: ask a supervisor for approval, or "
                         "override it with a written reason.").format(over)
    return translate("decisions",
                     "Over your limit {0}: ask a supervisor for approval.").format(over)


def quantity(unit: str, n: int) -> str:
    """A quantity of a remedy that costs nothing: "30 days", "4 hours", "yes"."""
    if unit == Unit.DAYS:
        return (translate("decisions", "1 day") if n == 1
                else translate("decisions", "{0} days").format(formats.number(n)))
    if unit == Unit.HOURS:
        return (translate("decisions", "1 hour") if n == 1
                else translate("decisions", "{0} hours").format(formats.number(n)))
    if unit == Unit.YES_NO:
        return translate("decisions", "yes")
    return (translate("decisions", "1 time") if n == 1
            else translate("decisions", "{0} times").format(formats.number(n)))


def of_cap(unit: str, n: int, cap: int) -> str:
    """What the unit meter shows beside a bar: "30 of 45 days"."""
    if unit == Unit.DAYS:
        return translate("decisions", "{0} of {1} days").format(
        formats.number(n), formats.number(cap))
    if unit == Unit.HOURS:
        return translate("decisions", "{0} of {1} hours").format(
        formats.number(n), formats.number(cap))
    return translate("decisions", "{0} of {1} times").format(
        formats.number(n), formats.number(cap))


def unit_field(unit: str) -> str:
    """The label of the quantity field for a remedy that costs nothing."""
    if unit == Unit.DAYS:
        return translate("decisions", "&Days")
    if unit == Unit.HOURS:
        return translate("decisions", "&Hours")
    if unit == Unit.YES_NO:
        return translate("decisions", "Granted (&yes or no)")
    return translate("decisions", "&How many")


def other_currency(currency: str, policy_currency: str) -> str:
    return translate("decisions", "Amounts in {0} cannot be granted: the authority policy "
                     "counts {1} only, so enter the amount in {1}.").format(
        currency, policy_currency)


def message(exc: BaseException) -> str:
    """One sentence for a failed decision (a refusal's code said in words)."""
    return user_message(exc)
