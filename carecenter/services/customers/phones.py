"""Phone numbers in any format to E.164, with the phonenumbers library."""

from __future__ import annotations

import re

_PHONE_CHARS = re.compile(r"^[\d\s+\-/().]+$")


def looks_like_phone(text: str, min_digits: int = 6) -> bool:
    """Digits with the usual separators, and enough digits to be (part of) a number."""
    return bool(_PHONE_CHARS.match(text)) and sum(c.isdigit() for c in text) >= min_digits


def to_e164(text: str, region: str = "IT") -> str | None:
    """``text`` as E.164 (``+393331234567``), or None when it cannot be a phone number.

    National numbers are read in ``region``; ``+`` and ``00`` prefixes are international.
    """
    import phonenumbers  # its metadata is a large import: not on the console's start path

    if not text or len(text) > 40 or not looks_like_phone(text):
        return None
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def national_digits(e164: str) -> str:
    """The digits an agent would dial at home: ``+390612345678`` → ``0612345678``."""
    import phonenumbers  # its metadata is a large import: not on the console's start path

    number = phonenumbers.parse(e164, None)
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return re.sub(r"\D", "", national)


def display(e164: str) -> str:
    """E.164 shown the international way: ``+39 333 123 4567``."""
    import phonenumbers  # its metadata is a large import: not on the console's start path

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


_SCHEMES = ("tel:", "callto:", "sip:", "sips:")


def number_from_link(text: str) -> str:
    """The number in what a telephony link or a command line gives: ``tel:+39%20333…``,
    ``callto://+39333…`` or ``sip:+39333…@pbx;user=phone`` give ``+39 333…``."""
    from urllib.parse import unquote

    value = text.strip()
    lowered = value.lower()
    for scheme in _SCHEMES:
        if lowered.startswith(scheme):
            value = value[len(scheme):].lstrip("/")
            value = value.split("@", 1)[0].split(";", 1)[0].split("?", 1)[0]
            break
    return unquote(value).strip()
