"""Imports read what offices write (issue 16): files written here as Excel and Italian
back offices save them, each with the exact report and the rows stored before and after."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import text

from carecenter.commands.import_words import reject_words
from carecenter.commands.imports import summary
from carecenter.commands.refusal_words import refusal_sentence as said
from carecenter.db.store import Store
from carecenter.services.calls.campaigns import CampaignSpec, create_campaign, import_call_list
from carecenter.services.imports import ImportFileError, import_file
from tests.unit.test_imports import CONTACT_HEADER, CUSTOMERS, contact_row, counts, write


@pytest.fixture
def rome(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The workstation in Italy: times without an offset are Rome's."""
    monkeypatch.setenv("TZ", "Europe/Rome")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def customers(store: Store, tmp_path: Path) -> Store:
    assert import_file(store, "customers", write(tmp_path, "c0.csv", CUSTOMERS)).imported == 3
    return store


def rows(store: Store, sql: str) -> list[tuple[object, ...]]:
    with store.session() as s:
        return [tuple(r) for r in s.execute(text(sql))]


def xlsx(path: Path, table: list[list[object]]) -> Path:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Foglio1")
    for row in table:
        sheet.append(row)
    book.save(path)
    return path


ITALIAN_CUSTOMERS = (
    "Codice cliente;Nome;Cognome;Telefono;E-mail;Data di nascita;Lingua;Livello;Negozio\r\n"
    "C10;Niccolò;D'Angelo;333 123 4567;niccolo@example.it;31/12/1980;italiano;oro;Città Alta\r\n"
    "C11;Zoë;Müller;;;05.03.1975;Inglese;Argento;Forlì\r\n"
)


def test_windows_1252_semicolons_crlf_and_italian_words(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path, "clienti.csv", ITALIAN_CUSTOMERS.encode("cp1252"))
    before = counts(store)
    result = import_file(store, "customers", path)
    assert (result.rows, result.imported, result.rejected, result.encoding) == (
        2, 2, 0, "Windows-1252")
    assert summary(result) == ("customers: 2 rows read, 2 imported, 0 already there, "
                               "0 rejected. Read as Windows-1252 text.")
    assert rows(store, "SELECT customer_ref, first_name, last_name, birth_date, language, "
                       "tier, store FROM customer ORDER BY customer_ref") == [
        ("C10", "Niccolò", "D'Angelo", "1980-12-31", "it", "gold", "Città Alta"),
        ("C11", "Zoë", "Müller", "1975-03-05", "en", "silver", "Forlì")]
    after = counts(store)
    assert (after["customer"] - before["customer"], after["customer_phone"],
            after["customer_email"]) == (2, 1, 1)
    # The same file again, now saved as UTF-8 with a BOM: nothing changes.
    again = write(tmp_path, "clienti-utf8.csv", "\ufeff" + ITALIAN_CUSTOMERS)
    result = import_file(store, "customers", again)
    assert (result.imported, result.unchanged, result.encoding) == (0, 2, "UTF-8")
    assert counts(store) == after


def test_latin_1_is_read_as_windows_1252_its_superset(store: Store, tmp_path: Path) -> None:
    content = "customer_ref,first_name,last_name\nC1,José,Ærøskøbing\n".encode("latin-1")
    result = import_file(store, "customers", write(tmp_path, "c.csv", content))
    assert (result.imported, result.encoding) == (1, "Windows-1252")
    assert rows(store, "SELECT first_name, last_name FROM customer") == [
        ("José", "Ærøskøbing")]


def test_italian_dates_times_and_words_in_local_time(customers: Store, tmp_path: Path,
                                                     rome: None) -> None:
    content = (
        "\ufeffCodice contatto;Codice cliente;Data ora;Canale;Direzione;Reparto;Esito;"
        "Operatore;Durata;Note\r\n"
        "K1;C1;05/12/2025 14:30;Telefono;Entrata;Assistenza;Risolto;Anna;60;Bolletta\r\n"
        "K2;C2;2025-07-01T10:00:00;E-mail;In uscita;Vendite;informazioni;;;\r\n"
        "K3;C3;01/08/2025;sportello;entrata;negozio;Nessuna risposta;;;\r\n"
        "K4;C1;2025-01-15T10:00:00+00:00;chat;inbound;service;resolved;;;\r\n"
    )
    before = counts(customers)
    result = import_file(customers, "contacts", write(tmp_path, "contatti.csv", content))
    assert (result.imported, result.rejected) == (4, 0)
    assert "(CET, UTC+01:00)" in summary(result) or "(CEST, UTC+02:00)" in summary(result)
    assert rows(customers, "SELECT contact_ref, at, channel, direction, team, outcome "
                           "FROM contact ORDER BY contact_ref") == [
        ("K1", "2025-12-05T13:30:00.000000Z", "phone", "inbound", "service", "resolved"),
        ("K2", "2025-07-01T08:00:00.000000Z", "email", "outbound", "sales", "info"),
        ("K3", "2025-07-31T22:00:00.000000Z", "counter", "inbound", "store", "no_answer"),
        ("K4", "2025-01-15T10:00:00.000000Z", "chat", "inbound", "service", "resolved")]
    assert counts(customers)["contact"] == before["contact"] + 4


def test_every_problem_of_a_row_is_told(customers: Store, tmp_path: Path) -> None:
    content = ("customer_ref,first_name,email,language,tier,birth_date\n"
               "C20,Ann\x00a,anna@,klingon,diamond,01/01/2999\n"
               "C21,Bea,bea@example.com,it,gold,\n")
    before = counts(customers)
    result = import_file(customers, "customers", write(tmp_path, "c.csv", content))
    assert [(r.line, reject_words(r)) for r in result.rejects] == [(2, (
        "first_name holds a control character (U+0000), which no text may hold; "
        "birth_date '01/01/2999' is more than a day in the future; "
        "language 'klingon' is not a two-letter language code like it or en; "
        "tier 'diamond' is not one of standard, silver, gold, platinum; "
        "email 'anna@' is not an e-mail address"))]
    assert [(p.code.value, p.column, p.value) for p in result.rejects[0].problems] == [
        ("control_character", "first_name", "Ann\x00a"), ("in_future", "birth_date",
                                                          "01/01/2999"),
        ("not_language", "language", "klingon"), ("not_one_of", "tier", "diamond"),
        ("not_email", "email", "anna@")]
    assert (result.imported, result.rejected) == (1, 1)
    assert counts(customers)["customer"] == before["customer"] + 1
    assert rows(customers, "SELECT count(*) FROM customer WHERE first_name LIKE 'Ann%'") == [
        (1,)]  # C1's Anna only: no name with a NUL was stored


def test_a_contact_dated_2099_and_a_nul_in_a_summary(customers: Store, tmp_path: Path) -> None:
    content = (CONTACT_HEADER.replace("duration_s", "summary")
               + contact_row(at="2099-01-01T10:00:00", duration_s="hi") + "\n"
               + contact_row(contact_ref="K2", at="2099-01-01", channel="fax",
                             duration_s="a\x00b") + "\n"
               + contact_row(contact_ref="K3", outcome="resolved", duration_s="ok") + "\n")
    before = counts(customers)
    result = import_file(customers, "contacts", write(tmp_path, "k.csv", content))
    assert [(r.line, reject_words(r)) for r in result.rejects] == [
        (2, "at '2099-01-01T10:00:00' is more than a day in the future"),
        (3, "summary holds a control character (U+0000), which no text may hold; "
            "at '2099-01-01' is more than a day in the future; "
            "channel 'fax' is not one of phone, counter, email, sms, chat, letter")]
    assert counts(customers)["contact"] == before["contact"] + 1


def test_a_one_megabyte_field_is_one_problem(customers: Store, tmp_path: Path) -> None:
    big = "x" * (1 << 20)
    content = (CONTACT_HEADER.replace("duration_s", "summary")
               + contact_row(duration_s=big) + "\n"
               + contact_row(contact_ref="K2", duration_s="fine") + "\n")
    before = counts(customers)
    result = import_file(customers, "contacts", write(tmp_path, "k.csv", content))
    assert [(r.line, reject_words(r)) for r in result.rejects] == [
        (2, "summary is longer than 4000 characters")]
    assert result.rejects[0].problems[0].value == "x" * 39 + "…"
    assert counts(customers)["contact"] == before["contact"] + 1


@pytest.mark.parametrize("content", [
    b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
    bytes(range(256)) * 64,
    b"\x00" * 4096,
])
def test_a_binary_file_is_refused_whole(customers: Store, tmp_path: Path,
                                        content: bytes) -> None:
    before = counts(customers)
    with pytest.raises(ImportFileError) as err:
        import_file(customers, "customers", write(tmp_path, "photo.csv", content))
    assert said(err.value) == ("photo.csv is neither a CSV text file nor an .xlsx workbook; "
                              "save it as CSV or .xlsx and import it again.")
    assert counts(customers) == before


def test_an_xlsx_workbook_with_dates_and_numbers(store: Store, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "clienti.xlsx", [
        ["Codice cliente", "Nome", "Telefono", "Data di nascita", "Livello", None],
        ["C1", "Anna", 3331234567, datetime(1980, 12, 31), "oro"],
        [None, None, None, None, None],
        ["C2", "Bruno", "+39 06 1234567", "31/01/1975", None, None],
        ["C3", "Carla", None, date(2999, 1, 1), "diamante"],
    ])
    before = counts(store)
    result = import_file(store, "customers", path)
    assert (result.rows, result.imported, result.rejected, result.encoding) == (
        3, 2, 1, "Excel")
    assert [(r.line, reject_words(r)) for r in result.rejects] == [
        (5, "birth_date '2999-01-01' is more than a day in the future; "
            "tier 'diamante' is not one of standard, silver, gold, platinum")]
    assert rows(store, "SELECT c.customer_ref, c.birth_date, c.tier, p.e164 FROM customer c "
                       "JOIN customer_phone p ON p.customer_id = c.id ORDER BY 1") == [
        ("C1", "1980-12-31", "gold", "+393331234567"),
        ("C2", "1975-01-31", None, "+39061234567")]
    assert counts(store)["customer"] == before["customer"] + 2
    assert import_file(store, "customers", path).imported == 0  # idempotent


def test_a_call_list_as_a_spreadsheet(customers: Store, tmp_path: Path) -> None:
    create_campaign(customers, CampaignSpec(name="Fibra", product="FIBRA100"))
    path = xlsx(tmp_path / "lista.xlsx", [["codice_cliente"], ["C1"], ["C404"], ["C2"]])
    result = import_call_list(customers, "Fibra", path)
    assert (result.imported, result.rejected) == (2, 1)
    assert [(r.line, reject_words(r)) for r in result.rejects] == [
        (3, "unknown customer_ref C404")]
    assert import_call_list(customers, "Fibra", path).unchanged == 2


def test_a_file_that_is_not_a_workbook_named_xlsx(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as err:
        import_file(store, "offers", write(tmp_path, "o.xlsx", "offer_code\nX\n"))
    assert said(err.value) == ("o.xlsx cannot be opened as an .xlsx workbook; open it in "
                              "Excel, save it again as .xlsx (or CSV) and import it again.")


def test_excel_unicode_text_utf16_with_tabs(store: Store, tmp_path: Path) -> None:
    content = "codice_cliente\tnome\tlingua\r\nC1\tŁukasz\tpl\r\nC2\tMa\x00rio\tit\r\n"
    path = write(tmp_path, "unicode.txt", b"\xff\xfe" + content.encode("utf-16-le"))
    before = counts(store)
    result = import_file(store, "customers", path)
    assert (result.imported, result.rejected, result.encoding) == (1, 1, "UTF-16")
    assert [(r.line, reject_words(r)) for r in result.rejects] == [
        (3, "first_name holds a control character (U+0000), which no text may hold")]
    assert rows(store, "SELECT first_name, language FROM customer") == [("Łukasz", "pl")]
    assert counts(store)["customer"] == before["customer"] + 1


@pytest.mark.parametrize(("column", "row"), [
    ("customer_ref", "{v},,,"), ("first_name", "C9,{v},,"), ("company", "C9,,{v},"),
    ("store", "C9,,,{v}"),
])
def test_lengths_are_the_store_columns(store: Store, tmp_path: Path, column: str,
                                       row: str) -> None:
    from carecenter.db.models import Customer

    length = Customer.__table__.c[column].type.length
    header = "customer_ref,first_name,company,store\n"
    fits = import_file(store, "customers", write(tmp_path, "a.csv",
                                          header + row.format(v="x" * length) + "\n"))
    assert (fits.imported, fits.rejected) == (1, 0)
    before = counts(store)
    over = import_file(store, "customers", write(tmp_path, "b.csv", header + row.format(
        v="y" * (length + 1)) + "\n"))
    assert [reject_words(r) for r in over.rejects] == [
        f"{column} is longer than {length} characters"]
    assert counts(store) == before


def test_the_command_reports_an_office_file_in_words(store_path: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.unit.test_imports_more import cli

    monkeypatch.setenv("TZ", "Europe/Rome")
    content = (CONTACT_HEADER.replace("duration_s", "summary")
               + contact_row(at="31/01/2025 09:30", duration_s="più tardi") + "\r\n"
               + contact_row(contact_ref="K2", at="31/02/2025", outcome="forse",
                             duration_s="") + "\r\n")
    path = write(tmp_path, "k.csv", content.encode("cp1252"))
    Store.open(store_path).close()  # only init, demo and the console create a store
    assert cli("import", "customers", str(write(tmp_path, "c.csv", CUSTOMERS)),
               "--db", str(store_path)).returncode == 0
    done = cli("import", "contacts", str(path), "--db", str(store_path))
    assert done.returncode == 1
    assert done.stderr == (
        "line 3: at '31/02/2025' is not a date and time like 05/12/2026 14:30 or "
        "2026-12-05T14:30; outcome 'forse' is not one of reached, no_answer, busy, declined, "
        "accepted, callback, wrong_number, opted_out, resolved, info, merged\n")
    assert done.stdout == (
        "contacts: 2 rows read, 1 imported, 0 already there, 1 rejected. Read as "
        "Windows-1252 text. Times without an offset were taken as local time (CET, "
        f"UTC+01:00). Rejected rows are in {path}.rejects.csv.\n")
    assert (path.parent / "k.csv.rejects.csv").read_text(encoding="utf-8").splitlines()[1] == (
        "3,\"at '31/02/2025' is not a date and time like 05/12/2026 14:30 or "
        "2026-12-05T14:30; outcome 'forse' is not one of reached, no_answer, busy, declined, "
        "accepted, callback, wrong_number, opted_out, resolved, info, merged\","
        "K2,C1,31/02/2025,phone,outbound,marketing,,,forse,,")
    store = Store.open(store_path)
    try:
        assert rows(store, "SELECT contact_ref, at, summary FROM contact") == [
            ("K1", "2025-01-31T08:30:00.000000Z", "più tardi")]
    finally:
        store.close()


def test_a_file_broken_half_way_is_one_sentence(store: Store, tmp_path: Path) -> None:
    import zipfile

    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\xff\xfe" + "customer_ref\r\nC1\r\n".encode("utf-16-le") + b"A")
    good = xlsx(tmp_path / "good.xlsx", [["customer_ref"], *([f"C{n}"] for n in range(500))])
    cut = tmp_path / "cut.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(cut, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename.startswith("xl/worksheets/"):
                data = data[:len(data) // 2]  # the sheet's XML ends mid-row
            dst.writestr(item, data)
    before = counts(store)
    messages = []
    for path in (broken, cut):
        with pytest.raises(ImportFileError) as err:
            import_file(store, "customers", path)
        messages.append(said(err.value))
    assert messages[0] == ("broken.txt could not be read to the end (not UTF-16 text after "
                           "line 2); the "
                           "rows written so far are kept, fix the file and import it again "
                           "to take the rest.")
    # A workbook without a <dimension> (openpyxl's own) is read whole to be sized on opening.
    assert messages[1] == ("cut.xlsx cannot be opened as an .xlsx workbook; open it in Excel, "
                           "save it again as .xlsx (or CSV) and import it again.")
    assert counts(store) == before
