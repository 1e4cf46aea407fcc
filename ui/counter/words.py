"""The counter's words (context "Counter"): the day list's columns, states and buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from carecenter.services.counter.appointments import AppointmentView
from ui.shell.shortcuts import native
from ui.widgets import formats

translate = QCoreApplication.translate

KEY = "F8"


def time_title() -> str:
    return translate("Counter", "Time")


def customer_title() -> str:
    return translate("Counter", "Customer")


def purpose_title() -> str:
    return translate("Counter", "For")


def agent_title() -> str:
    return translate("Counter", "With")


def status_title() -> str:
    return translate("Counter", "Status")


def slot(a: AppointmentView) -> str:
    return f"{formats.time(a.starts)}–{formats.time(a.ends)}"


def state(a: AppointmentView) -> str:
    if a.status == "arrived":
        if a.past_slot_min > 0:
            return translate("Counter", "Waiting {0} min past the slot").format(
                formats.number(a.past_slot_min))
        return translate("Counter", "Arrived {0}").format(
            formats.time(a.arrived_at) if a.arrived_at else "")
    if a.status == "seen":
        return translate("Counter", "Seen {0}").format(
            formats.time(a.seen_at) if a.seen_at else "")
    if a.status == "no_show":
        return translate("Counter", "Did not come")
    if a.past_slot_min > 0:
        return translate("Counter", "Expected — {0} min late").format(
            formats.number(a.past_slot_min))
    return translate("Counter", "Expected")


def summary(rows: tuple[AppointmentView, ...]) -> str:
    expected = sum(1 for a in rows if a.status == "expected")
    waiting = sum(1 for a in rows if a.waiting)
    return translate("Counter", "Today: {0} booked · {1} still expected · {2} waiting past "
                     "their slot").format(formats.number(len(rows)), formats.number(expected),
                                        formats.number(waiting))


def dock_title() -> str:
    return translate("Counter", "Appointments today")


def action_text() -> str:
    return translate("Counter", "&Appointments today")


def help_row() -> tuple[str, str]:
    return native(KEY), translate(
        "Counter", "Show the day's counter appointments (Ctrl+B book, Ctrl+I check in, "
        "Ctrl+D seen)")


def book_button() -> str:
    return translate("Counter", "Book for this customer…  (Ctrl+B)")


def check_in_button() -> str:
    return translate("Counter", "Check in  (Ctrl+I)")


def seen_button() -> str:
    return translate("Counter", "Seen  (Ctrl+D)")


def no_show_button() -> str:
    return translate("Counter", "No-show")


def open_customer_first() -> str:
    return translate("Counter", "Open the customer first: the appointment is booked for "
                     "the customer shown.")


def booked(name: str, when: str) -> str:
    return translate("Counter", "{0} is expected at {1}.").format(name, when)
