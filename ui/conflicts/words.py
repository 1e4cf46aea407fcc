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

translate = QCoreApplication.translate


def field_name(table: str, field: str) -> str:
    """The field a conflict is about, as the console calls it."""
    names = {
        ("customer", "customer_ref"): translate("ChangesToCheck", "Customer number"),
        ("customer", "first_name"): translate("ChangesToCheck", "First name"),
        ("customer", "last_name"): translate("ChangesToCheck", "Last name"),
        ("customer", "company"): translate("ChangesToCheck", "Company"),
        ("customer", "birth_date"): translate("ChangesToCheck", "Birth date"),
        ("customer", "language"): translate("ChangesToCheck", "Language"),
        ("customer", "tier"): translate("ChangesToCheck", "Tier"),
        ("customer", "store"): translate("ChangesToCheck", "Home store"),
        ("customer", "merged_into_id"): translate("ChangesToCheck", "Merged into"),
        ("customer", "deleted"): translate("ChangesToCheck", "Customer deleted"),
        ("customer_phone", "e164"): translate("ChangesToCheck", "Phone number"),
        ("customer_phone", "label"): translate("ChangesToCheck", "Phone label"),
        ("customer_phone", "deleted"): translate("ChangesToCheck", "Phone number removed"),
        ("customer_email", "email"): translate("ChangesToCheck", "E-mail"),
        ("customer_email", "deleted"): translate("ChangesToCheck", "E-mail removed"),
    }
    return names.get((table, field), field.replace("_", " ").capitalize())


def value_text(value: Any) -> str:
    if value is None or value == "":
        return translate("ChangesToCheck", "(empty)")
    if value is True:
        return translate("ChangesToCheck", "yes")
    if value is False:
        return translate("ChangesToCheck", "no")
    return str(value)


def kept_text(item: ConflictItem) -> str:
    """What every desk has now."""
    if item.kind == ConflictKind.DELETE:
        return translate("ChangesToCheck", "Kept, with the other desk's changes")
    return value_text(item.kept.value)


def lost_text(item: ConflictItem) -> str:
    """What lost."""
    if item.kind == ConflictKind.DELETE:
        return translate("ChangesToCheck", "Deleted")
    return value_text(item.lost.value)


def change_text(item: ConflictItem) -> str:
    if item.kind == ConflictKind.DELETE:
        if item.lost.here:
            return translate("ChangesToCheck", "Deleted here while changed elsewhere")
        return translate("ChangesToCheck", "Deleted at one desk while changed at another")
    return field_name(item.table, item.field)


def desk_text(w: Write) -> str:
    """Who and when: the desk (this one, or another) and the time of the write."""
    if w.here:
        desk = translate("ChangesToCheck", "this desk")
    elif w.site:
        desk = translate("ChangesToCheck", "desk {0}").format(w.site[:8])
    else:
        desk = translate("ChangesToCheck", "another desk")
    if w.at is None:
        return desk
    return translate("ChangesToCheck", "{0}, {1}").format(desk, date_time(w.at))


def who_text(item: ConflictItem) -> str:
    return translate("ChangesToCheck", "Kept: {0} · Lost: {1}").format(
        desk_text(item.kept), desk_text(item.lost))


def keep_label(item: ConflictItem | None) -> str:
    if item is not None and item.kind == ConflictKind.DELETE:
        return translate("ChangesToCheck", "Keep the customer  (Alt+K)")
    return translate("ChangesToCheck", "Keep this value  (Alt+K)")


def restore_label(item: ConflictItem | None) -> str:
    if item is not None and item.kind == ConflictKind.DELETE:
        return translate("ChangesToCheck", "Delete again  (Alt+L)")
    return translate("ChangesToCheck", "Restore the lost value  (Alt+L)")


def detail_text(item: ConflictItem) -> str:
    if item.kind == ConflictKind.DELETE:
        return translate(
            "ChangesToCheck",
            "{0} ({1}) was deleted at {2} while {3} changed it. Sync kept the customer: "
            "keep it, or delete it again.").format(
            item.customer_name, item.customer_ref, desk_text(item.lost),
            desk_text(item.kept))
    return translate(
        "ChangesToCheck",
        "{0} of {1} ({2}) was changed at two desks at once. Every desk now has “{3}” "
        "({4}); “{5}” ({6}) lost. Keep the value, or restore the one that lost.").format(
        field_name(item.table, item.field), item.customer_name, item.customer_ref,
        kept_text(item), desk_text(item.kept), lost_text(item), desk_text(item.lost))


def error_sentence(exc: ConflictError) -> str:
    """A refusal of ``settle`` in one sentence."""
    if exc.code == ConflictCode.SETTLED:
        if exc.values.get("chosen") == "kept":
            return translate("ChangesToCheck", "This change was already settled (the kept "
                             "value stays): the list is now up to date.")
        return translate("ChangesToCheck", "This change was already settled (the lost "
                         "value was restored): the list is now up to date.")
    if exc.code == ConflictCode.NOT_YOURS:
        return translate("ChangesToCheck", "Only a team lead, or the agent whose value "
                         "lost, may settle this change.")
    if exc.code == ConflictCode.ROW_GONE:
        return translate("ChangesToCheck", "The record this change is about is not on this "
                         "workstation yet: sync, then try again.")
    return translate("ChangesToCheck",
                     "This change is no longer here: the list is now up to date.")
