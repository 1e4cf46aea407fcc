"""The words of "Changes to check", in one place: the codes of
``carecenter.services.customers.conflicts`` said in the console's language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from carecenter.services.customers.conflicts import (
    ConflictCode,
    ConflictError,
    ConflictItem,
    ConflictKind,
    Write,
)
from ui.widgets.formats import date_time

_C = "ChangesToCheck"


def tr(text: str) -> str:
    return QCoreApplication.translate(_C, text)


def field_name(table: str, field: str) -> str:
    """The field a conflict is about, as the console calls it."""
    names = {
        ("customer", "customer_ref"): tr("Customer number"),
        ("customer", "first_name"): tr("First name"),
        ("customer", "last_name"): tr("Last name"),
        ("customer", "company"): tr("Company"),
        ("customer", "birth_date"): tr("Birth date"),
        ("customer", "language"): tr("Language"),
        ("customer", "tier"): tr("Tier"),
        ("customer", "store"): tr("Home store"),
        ("customer", "merged_into_id"): tr("Merged into"),
        ("customer", "deleted"): tr("Customer deleted"),
        ("customer_phone", "e164"): tr("Phone number"),
        ("customer_phone", "label"): tr("Phone label"),
        ("customer_phone", "deleted"): tr("Phone number removed"),
        ("customer_email", "email"): tr("E-mail"),
        ("customer_email", "deleted"): tr("E-mail removed"),
    }
    return names.get((table, field), field.replace("_", " ").capitalize())


def value_text(value: Any) -> str:
    if value is None or value == "":
        return tr("(empty)")
    if value is True:
        return tr("yes")
    if value is False:
        return tr("no")
    return str(value)


def kept_text(item: ConflictItem) -> str:
    """What every desk has now."""
    if item.kind == ConflictKind.DELETE:
        return tr("Kept, with the other desk's changes")
    return value_text(item.kept.value)


def lost_text(item: ConflictItem) -> str:
    """What lost."""
    if item.kind == ConflictKind.DELETE:
        return tr("Deleted")
    return value_text(item.lost.value)


def change_text(item: ConflictItem) -> str:
    if item.kind == ConflictKind.DELETE:
        return tr("Deleted here while changed elsewhere") if item.lost.here else \
            tr("Deleted at one desk while changed at another")
    return field_name(item.table, item.field)


def desk_text(w: Write) -> str:
    """Who and when: the desk (this one, or another) and the time of the write."""
    desk = tr("this desk") if w.here else \
        tr("desk {0}").format(w.site[:8]) if w.site else tr("another desk")
    return tr("{0}, {1}").format(desk, date_time(w.at)) if w.at is not None else desk


def who_text(item: ConflictItem) -> str:
    return tr("Kept: {0} · Lost: {1}").format(desk_text(item.kept), desk_text(item.lost))


def keep_label(item: ConflictItem | None) -> str:
    if item is not None and item.kind == ConflictKind.DELETE:
        return tr("Keep the customer  (Alt+K)")
    return tr("Keep this value  (Alt+K)")


def restore_label(item: ConflictItem | None) -> str:
    if item is not None and item.kind == ConflictKind.DELETE:
        return tr("Delete again  (Alt+L)")
    return tr("Restore the lost value  (Alt+L)")


def detail_text(item: ConflictItem) -> str:
    if item.kind == ConflictKind.DELETE:
        return tr("{0} ({1}) was deleted at {2} while {3} changed it. Sync kept the "
                  "customer: keep it, or delete it again.").format(
            item.customer_name, item.customer_ref, desk_text(item.lost),
            desk_text(item.kept))
    return tr("{0} of {1} ({2}) was changed at two desks at once. Every desk now has "
              "“{3}” ({4}); “{5}” ({6}) lost. Keep the value, or restore the one that "
              "lost.").format(
        field_name(item.table, item.field), item.customer_name, item.customer_ref,
        kept_text(item), desk_text(item.kept), lost_text(item), desk_text(item.lost))


def error_sentence(exc: ConflictError) -> str:
    """A refusal of ``settle`` in one sentence."""
    if exc.code == ConflictCode.SETTLED:
        return tr("This change was already settled (the {0} value stays): the list is "
                  "now up to date.").format(
            tr("kept") if exc.values.get("chosen") == "kept" else tr("lost"))
    if exc.code == ConflictCode.NOT_YOURS:
        return tr("Only a team lead, or the agent whose value lost, may settle this "
                  "change.")
    if exc.code == ConflictCode.ROW_GONE:
        return tr("The record this change is about is not on this workstation yet: sync, "
                  "then try again.")
    return tr("This change is no longer here: the list is now up to date.")
