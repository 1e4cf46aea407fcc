"""Dates, numbers, money and durations in the console's language, from one module.

Each formatter in English and Italian (exact strings), the picker's date as everywhere
else, the supervisor's median in Italian, and a grep of ui/ so that no hand formatting
comes back outside ``ui/widgets/formats.py``; counts in translated sentences grouped
as the language writes them, and a grep so that no plural drops the locale (``%n``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from carecenter.db.store import Store
from carecenter.services.search.query import CustomerHit
from carecenter.services.supervisor import CategoryRecovery
from ui.shell import i18n
from ui.shell.ops import OpRunner
from ui.widgets import formats

NBSP = "\u00a0"
# Noon UTC: the same day in every time zone the tests run in.
AT = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


def _local_clock(at: datetime) -> str:
    return at.astimezone().strftime("%H:%M")  # the test's own reference, not the UI's


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", {"money": "€1,985.00", "small": "€12.50", "number": "1,234,567",
            "decimal": "10.5", "percent": "75%", "date": "27 Nov 2026", "day": "27 Nov",
            "days": "10.5 days", "hours": "1.5 hours", "ago": "3 days ago", "call": "4:05"}),
    ("it", {"money": f"1.985,00{NBSP}€", "small": f"12,50{NBSP}€", "number": "1.234.567",
            "decimal": "10,5", "percent": "75%", "date": "27 nov 2026", "day": "27 nov",
            "call": "4:05"}),
])
def test_each_formatter_in_english_and_italian(lang: str, expected: dict[str, str]) -> None:
    i18n.set_language(lang)
    got = {"money": formats.money(198_500), "small": formats.money(1250),
           "number": formats.number(1_234_567), "decimal": formats.number(10.5, 1),
           "percent": formats.percent(0.754), "date": formats.date(AT),
           "day": formats.day_month(AT), "days": formats.duration(10.5 * 86400),
           "hours": formats.duration(5400), "ago": formats.days_ago(3),
           "call": formats.call_length(245)}
    assert {k: got[k] for k in expected} == expected
    assert formats.date(date(2026, 11, 27)) == expected["date"]  # a plain date too
    clock = _local_clock(AT)
    assert formats.date_time(AT) == f"{expected['date']} {clock}"
    assert formats.time(AT) == clock
    assert formats.weekday_date_time(AT).endswith(f"{expected['day']} {clock}")
    assert formats.percent(None) == "—"
    assert formats.call_length(None) == ""


def test_italian_durations_and_negative_amounts() -> None:
    i18n.set_language("it")
    assert formats.duration(10.5 * 86400).startswith("10,5 ")  # never "10.5 d"
    assert formats.duration(5400).startswith("1,5 ")
    assert formats.money(-198_500) == f"-1.985,00{NBSP}€"
    assert formats.number(-0.04, 1) == "0,0"  # no "minus zero"
    assert formats.days_ago(0) != formats.days_ago(1) != formats.days_ago(2)
    i18n.set_language("en")
    assert formats.money(-198_500) in {"-€1,985.00", "(€1,985.00)"}
    assert (formats.days_ago(0), formats.days_ago(1)) == ("today", "yesterday")
    assert formats.birth_date_input(date(1980, 12, 31)) == "31/12/1980"
    assert formats.birth_date_input(None) == ""


def test_the_picker_dates_a_contact_as_everywhere_else() -> None:
    from ui.customer.picker import LAST, PickerModel

    hit = CustomerHit("c1", "C-1", "Anna Rossi", None, ("+390212345678",), (), None, None,
                      "phone", AT)
    model = PickerModel([hit])
    shown = model.data(model.index(0, LAST))
    assert shown == "27 Nov 2026" == formats.date(AT)
    assert formats.date_time(AT).startswith(shown)  # the timeline's form, with the time
    i18n.set_language("it")
    assert model.data(model.index(0, LAST)) == "27 nov 2026"


def test_the_supervisor_median_in_italian(qtbot: QtBot, runner: OpRunner,
                                          store: Store) -> None:
    from ui.supervisor.view import SupervisorView

    i18n.set_language("it")
    view = SupervisorView(runner, store)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.figures is not None, timeout=10000)
    assert view.figures is not None
    # Billing errors recovered in ten and a half days at the middle, four weeks at p90.
    slow = CategoryRecovery("billing_error", 4, timedelta(days=10.5), timedelta(days=28),
                            1, 0)
    view._show(replace(view.figures, recovery=(slow,)))  # the figures shown
    text = view.recovery_chart.text_at(0)
    assert text.startswith(f"mediana {formats.duration(10.5 * 86400)}, p90 "), text
    assert re.match(r"mediana 10,5 \w+, p90 28,0 \w+", text), text  # "10,5 giorni"
    assert not re.search(r"\d\.\d| d\b", text), text  # never "mediana 10.5 d"
    assert view.kept.text() == formats.percent(view.figures.promises.overall.rate)
    view.close()



def test_counts_in_sentences_are_grouped_in_the_console_language(qtbot: QtBot) -> None:
    from carecenter.services.cases.followups import QueueCounts
    from ui.cases.followups_feature import CountsButton

    button = CountsButton()
    qtbot.addWidget(button)
    counts = QueueCounts(overdue=1234, today=12_345, upcoming=2000)
    button.show_counts(counts)
    assert "1,234" in button.text() and "12,345" in button.text(), button.text()
    assert "2,000" in button.toolTip(), button.toolTip()
    i18n.set_language("it")
    button.show_counts(counts)
    assert "1.234" in button.text() and "12.345" in button.text(), button.text()
    assert "2.000" in button.toolTip(), button.toolTip()
    assert not re.search(r"\d{4}", button.text() + button.toolTip())


def _italian_with_pending(tmp_path: Path) -> QTranslator:
    """The Italian catalogue with the strings still waiting in pending/*.tsv folded in."""
    import shutil
    import subprocess

    from tests.ui.test_translations import script

    tool = script()
    ts = tmp_path / "carecenter_it.ts"
    shutil.copyfile(tool.TRANSLATIONS / "carecenter_it.ts", ts)
    tool._fill(ts, tool._pending())
    ns = ElementTree.parse(ts)  # the pending plurals are new messages: add them
    have = {(c.findtext("name"), m.findtext("source"))
            for c in ns.getroot().iter("context") for m in c.iter("message")}
    for (ctx, src), text in tool._pending().items():
        if (ctx, src) in have:
            continue
        context = ElementTree.SubElement(ns.getroot(), "context")
        ElementTree.SubElement(context, "name").text = ctx
        message = ElementTree.SubElement(context, "message")
        ElementTree.SubElement(message, "source").text = src
        tr = ElementTree.SubElement(message, "translation")
        if "%Ln" in src or "%n" in src:
            message.set("numerus", "yes")
            for form in text.split("|"):
                ElementTree.SubElement(tr, "numerusform").text = form
        else:
            tr.text = text
    ns.write(ts, encoding="utf-8", xml_declaration=True)
    qm = ts.with_suffix(".qm")
    subprocess.run([tool._tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    return translator


def test_a_plural_count_is_written_in_the_console_language(qapp: QCoreApplication,
                                                           tmp_path: Path) -> None:
    found = "%Ln customer(s) found"  # the search panel's status line
    # English: grouped, where a bare %n would write "1234".
    assert QCoreApplication.translate("SearchPanel", found, "", 1234).startswith("1,234 ")
    i18n.set_language("it")
    translator = _italian_with_pending(tmp_path)
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("SearchPanel", found, "", 1) == "1 cliente trovato"
        # Qt's %Ln groups five digits and more in Italian ("12.345"); four it leaves whole.
        assert (QCoreApplication.translate("SearchPanel", found, "", 12_345)
                == "12.345 clienti trovati")
    finally:
        qapp.removeTranslator(translator)

# What formats by hand, for display: strftime, f-string or str.format specs on numbers and
# times ({x:.1f}, {0:.0%}, {n:02d}, {at:%H:%M}), %-style number formats ("%.2f", "%5d"),
# a literal toString/setDisplayFormat pattern, and QLocale() used outside the module.
HAND_FORMATTING = re.compile(
    r"\.strftime\("
    r"|\{[^{}:]*:[0-9,._+\-#<>^=]*[bdeEfFgGn%]\}"
    r"|\{[^{}:]*:%"
    r"|%[-+ 0#]*\d*\.\d+[dfFeEgG%]|%0?\d+d"
    r"|[\"'][^\"']*%[-+ 0#]*\d*[dif][^\"']*[\"']\s*%\s"
    r"|\bformat\([^()]*,\s*[\"'][0-9,._+\-#<>^=]*[bdeEfFgGn%][\"']\)"
    r"|\.toString\([^)]*[\"'][dMyHhms]"
    r"|setDisplayFormat\([\"']|setFormat\([\"']|setLabelFormat\([\"']"
    r"|\bQLocale\(\)")
ALLOWED = {Path("ui/widgets/formats.py"), Path("ui/shell/i18n.py")}


def _hand_formatting(root: Path) -> list[str]:
    found = []
    for path in sorted((root / "ui").rglob("*.py")):
        rel = path.relative_to(root)
        if rel in ALLOWED:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if "strptime" not in line and HAND_FORMATTING.search(line):
                found.append(f"{rel}:{n}: {line.strip()}")
    return found


def test_nothing_in_ui_formats_by_hand() -> None:
    root = Path(__file__).resolve().parents[2]
    assert _hand_formatting(root) == []


@pytest.mark.parametrize("line", [
    'label.setText(f"{seconds / 3600:.1f} h")',
    'self.tr("{0:.0%} of {1}").format(rate, due)',
    'f"{minutes}:{secs:02d}"',
    'f"{local:%H:%M}"',
    'at.strftime("%d/%m")',
    'text = "%.2f" % amount',
    'label = "%d calls" % count',
    'format(share, ".0%")',
    "QLocale().toString(day, 'ddd d MMM')",
    'self.edit.setDisplayFormat("dd/MM/yyyy")',
])
def test_the_grep_catches_hand_formatting(tmp_path: Path, line: str) -> None:
    (tmp_path / "ui").mkdir()
    (tmp_path / "ui" / "bad.py").write_text(f"x = 1\n{line}\n", encoding="utf-8")
    assert _hand_formatting(tmp_path) == [f"ui/bad.py:2: {line}"]


# Qt's plural %n writes the count without grouping ("1234"); %Ln writes it as the
# console's language does. A tr() source in ui/ uses %Ln.
RAW_PLURAL = re.compile(r"(?<![L%])%n")


def _raw_plurals(root: Path) -> list[str]:
    return [f"{path.relative_to(root)}:{n}: {line.strip()}"
            for path in sorted((root / "ui").rglob("*.py"))
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if RAW_PLURAL.search(line)]


def test_every_plural_count_in_ui_is_written_with_the_locale() -> None:
    assert _raw_plurals(Path(__file__).resolve().parents[2]) == []


@pytest.mark.parametrize(("line", "caught"), [
    ('self.tr("%n customer(s) found", "", n)', True),
    ('self.tr("Last %n day(s)", "", days)', True),
    ('self.tr("%Ln customer(s) found", "", n)', False),
    ('"100%%n"', False),
])
def test_the_grep_catches_a_plural_without_the_locale(tmp_path: Path, line: str,
                                                      caught: bool) -> None:
    (tmp_path / "ui").mkdir()
    (tmp_path / "ui" / "bad.py").write_text(f"x = 1\n{line}\n", encoding="utf-8")
    assert _raw_plurals(tmp_path) == ([f"ui/bad.py:2: {line}"] if caught else [])
