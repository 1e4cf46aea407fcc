"""The customer record's codes in words: its fields, the checks' refusals and the audit
trail's rows in the timeline — the one place the console says them (``tr`` context
``EditCustomer``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from carecenter.services.customers.checks import Field, InvalidField, Problem
from ui.widgets import labels

CONTEXT = "EditCustomer"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_label(code: str | None) -> str:
    """A field of the record (``checks.Field``); an unknown code as it is."""
    words: dict[str, str] = {
        Field.FIRST_NAME: _t("First name"), Field.LAST_NAME: _t("Last name"),
        Field.COMPANY: _t("Company"), Field.PHONES: _t("Phones"),
        Field.PRIMARY_PHONE: _t("Main phone"), Field.EMAILS: _t("Emails"),
        Field.PRIMARY_EMAIL: _t("Main email"), Field.STREET: _t("Street"),
        Field.HOUSE_NUMBER: _t("House number"), Field.POSTCODE: _t("Postcode"),
        Field.TOWN: _t("Town"), Field.PROVINCE: _t("Province"), Field.COUNTRY: _t("Country"),
        Field.BIRTH_DATE: _t("Birth date"), Field.LANGUAGE: _t("Language"),
        Field.STORE: _t("Home store"), Field.TIER: _t("Tier"),
    }
    return words.get(code or "", code or "")


def problem_message(exc: InvalidField) -> str:
    """The refusal of a field check as one sentence."""
    v, p = exc.values, exc.problem
    value = str(v.get("value", ""))
    if p is Problem.NO_NAME:
        return _t("Give a first name, a last name or a company.")
    if p is Problem.TOO_LONG:
        return _t("{0} is too long: keep it to {1} characters.").format(
            field_label(exc.field), v["limit"])
    if p is Problem.NOT_A_PHONE:
        return _t("“{0}” is not a phone number.").format(value)
    if p is Problem.NOT_AN_EMAIL:
        return _t("“{0}” is not an email address.").format(value)
    if p is Problem.NOT_A_TIER:
        return _t("“{0}” is not a tier.").format(value)
    if p is Problem.NOT_A_LANGUAGE:
        return _t("“{0}” is not a language code.").format(value)
    if p is Problem.BAD_POSTCODE:
        if v.get("country") == "IT":
            return _t("“{0}” is not an Italian postcode: it has five digits, "
                      "like 20121.").format(value)
        return _t("“{0}” is not a postcode.").format(value)
    if p is Problem.BAD_PROVINCE:
        return _t("“{0}” is not an Italian province: write its two letters, "
                  "like MI or RM.").format(value)
    if p is Problem.BAD_COUNTRY:
        return _t("“{0}” is not a country: write its two-letter code, "
                  "like IT or GB.").format(value)
    if p is Problem.ADDRESS_INCOMPLETE:
        return _t("An address needs a street, a postcode and a town.")
    if p is Problem.BAD_BIRTH_DATE:
        return _t("The birth date cannot be in the future or before 1900.")
    return _t("This customer is no longer in the store.")


def change_value(field: str | None, value: str | None) -> str:
    """An old or new value of the audit trail (codes in words, nothing as a dash)."""
    if not value:
        return "—"
    if field == Field.TIER:
        return labels.tier(value)
    if field == Field.LANGUAGE:
        return labels.language(value)
    return value


def record_change() -> str:
    return _t("Record change")


def record_changes_filter() -> str:
    return _t("Record changes")
