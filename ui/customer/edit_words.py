"""The customer record's codes in words: its fields, the checks' refusals and the audit
trail's rows in the timeline — the one place the console says them (``tr`` context
``EditCustomer``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from carecenter.services.customers.checks import Field, InvalidField, Problem
from ui.widgets import labels
from ui.widgets.formats import number

translate = QCoreApplication.translate


def field_label(code: str | None) -> str:
    """A field of the record (``checks.Field``); an unknown code as it is."""
    words: dict[str, str] = {
        Field.FIRST_NAME: translate("EditCustomer", "First name"),
        Field.LAST_NAME: translate("EditCustomer", "Last name"),
        Field.COMPANY: translate("EditCustomer", "Company"),
        Field.PHONES: translate("EditCustomer", "Phones"),
        Field.PRIMARY_PHONE: translate("EditCustomer", "Main phone"),
        Field.EMAILS: translate("EditCustomer", "Emails"),
        Field.PRIMARY_EMAIL: translate("EditCustomer", "Main email"),
        Field.STREET: translate("EditCustomer", "Street"),
        Field.HOUSE_NUMBER: translate("EditCustomer", "House number"),
        Field.POSTCODE: translate("EditCustomer", "Postcode"),
        Field.TOWN: translate("EditCustomer", "Town"),
        Field.PROVINCE: translate("EditCustomer", "Province"),
        Field.COUNTRY: translate("EditCustomer", "Country"),
        Field.BIRTH_DATE: translate("EditCustomer", "Birth date"),
        Field.LANGUAGE: translate("EditCustomer", "Language"),
        Field.STORE: translate("EditCustomer", "Home store"),
        Field.TIER: translate("EditCustomer", "Tier"),
    }
    return words.get(code or "", code or "")


def problem_message(exc: InvalidField) -> str:
    """The refusal of a field check as one sentence."""
    v, p = exc.values, exc.problem
    value = str(v.get("value", ""))
    if p is Problem.NO_NAME:
        return translate("EditCustomer", "Give a first name, a last name or a company.")
    if p is Problem.TOO_LONG:
        return translate("EditCustomer", "{0} is too long: keep it to {1} characters.").format(
            field_label(exc.field), number(v["limit"]))
    if p is Problem.NOT_A_PHONE:
        return translate("EditCustomer", "“{0}” is not a phone number.").format(value)
    if p is Problem.NOT_AN_EMAIL:
        return translate("EditCustomer", "“{0}” is not an email address.").format(value)
    if p is Problem.NOT_A_TIER:
        return translate("EditCustomer", "“{0}” is not a tier.").format(value)
    if p is Problem.NOT_A_LANGUAGE:
        return translate("EditCustomer", "“{0}” is not a language code.").format(value)
    if p is Problem.BAD_POSTCODE:
        if v.get("country") == "IT":
            return translate("EditCustomer", "“{0}” is not an Italian postcode: it has five "
                             "digits, like 20121.").format(value)
        return translate("EditCustomer", "“{0}” is not a postcode.").format(value)
    if p is Problem.BAD_PROVINCE:
        return translate("EditCustomer", "“{0}” is not an Italian province: write its two "
                         "letters, like MI or RM.").format(value)
    if p is Problem.BAD_COUNTRY:
        return translate("EditCustomer", "“{0}” is not a country: write its two-letter "
                         "code, like IT or GB.").format(value)
    if p is Problem.ADDRESS_INCOMPLETE:
        return translate("EditCustomer", "An address needs a street, a postcode and a town.")
    if p is Problem.BAD_BIRTH_DATE:
        return translate("EditCustomer", "The birth date cannot be in the future or before 1900.")
    return translate("EditCustomer", "This customer is no longer in the store.")


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
    return translate("EditCustomer", "Record change")


def record_changes_filter() -> str:
    return translate("EditCustomer", "Record changes")
