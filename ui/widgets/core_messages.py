"""The core's one-sentence errors in the console's language.

What is left of the time the core said why it refused something in English: the
sentences about an import file as a whole (``ImportFileError``); every other refusal is a
code said in words by ``ui/widgets/refusal_words.py`` (a row's problems:
``ui/calls/import_words.py``; a customer's fields: ``ui/customer/edit_words.py``).
Each sentence it can say is listed here once as a template, ``{0}`` standing for a value
it fills in (a name, an amount, a column); ``localize`` finds the
template a sentence was made from and gives it back translated, with the same values. A
sentence not listed (a new one in the core) is shown as the core wrote it.

``QT_TRANSLATE_NOOP`` marks the templates for lupdate (context ``CoreMessages``); the Italian
is in the catalogue like any other string. Keep the English exactly as the core writes it:
``tests/ui/test_core_messages.py`` checks every template against the core's sources.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QCoreApplication

from carecenter.services.imports.reader import ImportFileError

CONTEXT = "CoreMessages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate (which reads this name) under ``context``; typed, unlike
    PySide6's own. Translated later by ``localize``."""
    return text


# The core's refusals: their text is one sentence meant for the user (DecisionError is an
# AuthorityError).
REFUSALS: tuple[type[BaseException], ...] = (ImportFileError,)

TEMPLATES: tuple[str, ...] = (
    # carecenter.services.imports: the file (a row's problems: ui/calls/import_words.py)
    QT_TRANSLATE_NOOP("CoreMessages", "{0} is a folder, not a CSV file."),
    QT_TRANSLATE_NOOP("CoreMessages", "{0} is empty; the first line must be a header naming "
                      "the columns (at least {1})."),
    QT_TRANSLATE_NOOP("CoreMessages", "{0} does not exist; check the file name."),
    QT_TRANSLATE_NOOP("CoreMessages", "{0} names the column {1} twice in its header; keep one "
                      "and import it again."),
    QT_TRANSLATE_NOOP("CoreMessages", "{0} is neither a CSV text file nor an .xlsx workbook; "
                      "save it as CSV or .xlsx and import it again."),
    QT_TRANSLATE_NOOP("CoreMessages", "{0} cannot be opened as an .xlsx workbook; open it in "
                      "Excel, save it again as .xlsx (or CSV) and import it again."),
)

_PLACEHOLDER = re.compile(r"\{(\d+)\}")


def _pattern(template: str) -> re.Pattern[str]:
    """``"{0} is empty"`` -> ``(?P<p0>.+?) is empty``; a value named twice must repeat."""
    out, seen, at = [], set(), 0
    for m in _PLACEHOLDER.finditer(template):
        out.append(re.escape(template[at:m.start()]))
        n = m.group(1)
        out.append(f"(?P=p{n})" if n in seen else f"(?P<p{n}>.+?)")
        seen.add(n)
        at = m.end()
    out.append(re.escape(template[at:]))
    return re.compile("".join(out), re.DOTALL)


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    # The most specific first: "{0} {1} is before {2}" before "{0} is empty"-like ones.
    ordered = sorted(TEMPLATES, key=lambda t: -len(_PLACEHOLDER.sub("", t)))
    return tuple((t, _pattern(t)) for t in ordered)


def localize(sentence: str) -> str:
    """``sentence`` from the core in the console's language (itself if it is not known)."""
    for template, pattern in _patterns():
        m = pattern.fullmatch(sentence)
        if m is None:
            continue
        values = {int(k[1:]): v for k, v in m.groupdict().items()}
        translated = QCoreApplication.translate(CONTEXT, template)  # marked: QT_TRANSLATE_NOOP
        return translated.format(*(values[i] for i in range(len(values))))
    return sentence
