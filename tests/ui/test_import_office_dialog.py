"""The import dialog with a file as an Italian office saves it: Windows-1252, semicolons,
Italian columns; every problem of a row in the console's language."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from carecenter.db.store import Store
from tests.ui.test_calls import customer_count, rows
from ui.calls.import_dialog import ImportDialog
from ui.shell import i18n
from ui.shell.ops import OpRunner

CONTENT = ("Codice cliente;Nome;Lingua;Livello;Data di nascita\r\n"
           "N1;Niccolò;italiano;oro;31/12/1980\r\n"
           "N2;Nadia\x00;klingon;diamante;01/01/2999\r\n")


def _run(qtbot: QtBot, runner: OpRunner, store: Store, path: Path) -> ImportDialog:
    dialog = ImportDialog(runner, store)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("customers"))
    dialog.path.setText(str(path))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=10000)
    return dialog


def test_an_office_file_and_every_problem_of_a_row(qtbot: QtBot, store: Store,
                                                   runner: OpRunner, tmp_path: Path) -> None:
    path = tmp_path / "clienti.csv"
    path.write_bytes(CONTENT.encode("cp1252"))
    before = customer_count(store)
    dialog = _run(qtbot, runner, store, path)
    assert dialog.summary.text() == (
        "2 rows read: 1 imported, 0 already there, 1 rejected. Read as Windows-1252 text. "
        f"The rejected rows are also in {path}.rejects.csv.")
    assert rows(dialog.rejects) == [[
        "3", "first_name holds a control character (U+0000), which no text may hold; "
             "birth_date “01/01/2999” is more than a day in the future; "
             "language “klingon” is not a two-letter language code like it or en; "
             "tier “diamante” is not one of standard, silver, gold, platinum"]]
    assert customer_count(store) == before + 1


def test_in_italian_the_problems_are_said_in_italian(qtbot: QtBot, store: Store,
                                                     runner: OpRunner, tmp_path: Path) -> None:
    i18n.set_language("it")
    path = tmp_path / "clienti.csv"
    path.write_bytes(CONTENT.encode("cp1252"))
    dialog = _run(qtbot, runner, store, path)
    assert rows(dialog.rejects)[0][1] == (
        "first_name contiene un carattere di controllo (U+0000), che nessun testo può "
        "contenere; birth_date «01/01/2999» è nel futuro di oltre un giorno; "
        "la lingua «klingon» non è un codice di due lettere come it o en; "
        "tier «diamante» non è uno tra standard, silver, gold, platinum")
    assert "Letto come testo Windows-1252." in dialog.summary.text()
