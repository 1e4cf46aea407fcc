"""Imports: reading any sane CSV, every rejection reason, idempotence, whole batches."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import text

from carecenter.commands.import_words import problem_words, reject_words
from carecenter.commands.refusal_words import refusal_sentence as said
from carecenter.db.store import Store
from carecenter.services.imports import ImportFileError, import_file
from carecenter.services.tasks import Cancelled, TaskState

CUSTOMERS = (
    "customer_ref,first_name,last_name,phone,email,birth_date,tier\n"
    "C1,Anna,Bianchi,333 123 4567|06 1234567,ANNA@Example.com,1980-02-29,gold\n"
    "C2,Bruno,Verdi,+44 20 7946 0958,,,\n"
    "C3,Carla,Neri,,,,\n"
)
CONTACT_HEADER = ("contact_ref,customer_ref,at,channel,direction,team,campaign,offer,outcome,"
                  "agent,duration_s\n")


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def counts(store: Store) -> dict[str, int]:
    tables = ("customer", "customer_phone", "customer_email", "contact", "consent_event",
              "agent", "holding", "product", "offer", "outbox")
    with store.session() as s:
        return {t: s.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in tables}


def snapshot(store: Store) -> list[tuple[object, ...]]:
    with store.session() as s:
        return [tuple(r) for r in s.execute(text(
            "SELECT \"table\", row_id, kind FROM outbox ORDER BY seq"))]


@pytest.fixture
def customers(store: Store, tmp_path: Path) -> Store:
    result = import_file(store, "customers", write(tmp_path, "customers.csv", CUSTOMERS))
    assert (result.imported, result.rejected) == (3, 0)
    return store


# -- reading ------------------------------------------------------------------------------
def test_bom_semicolons_any_case_any_order_and_unknown_columns(store: Store,
                                                              tmp_path: Path) -> None:
    content = "\ufeffTIER;Phone;Customer_Ref;Colour;First_Name\ngold;333 123 4567;C1;blue;Anna\n"
    result = import_file(store, "customers", write(tmp_path, "c.csv", content))
    assert (result.rows, result.imported, result.rejected) == (1, 1, 0)
    assert result.unknown_columns == ("Colour",)
    with store.session() as s:
        row = s.execute(text("SELECT customer_ref, first_name, tier FROM customer")).one()
        phone = s.execute(text("SELECT e164 FROM customer_phone")).scalar_one()
    assert tuple(row) == ("C1", "Anna", "gold")
    assert phone == "+393331234567"


def test_customers_are_normalised(customers: Store) -> None:
    with customers.session() as s:
        phones = s.execute(text(
            "SELECT c.customer_ref, p.e164 FROM customer_phone p JOIN customer c "
            "ON c.id = p.customer_id ORDER BY p.id")).all()
        email = s.execute(text("SELECT email FROM customer_email")).scalar_one()
        birth = s.execute(text(
            "SELECT birth_date FROM customer WHERE customer_ref = 'C1'")).scalar_one()
    assert [tuple(p) for p in phones] == [
        ("C1", "+393331234567"), ("C1", "+39061234567"), ("C2", "+442079460958")]
    assert email == "anna@example.com"
    assert birth == "1980-02-29"


def test_line_numbers_count_file_lines_with_multiline_fields(customers: Store,
                                                             tmp_path: Path) -> None:
    content = (CONTACT_HEADER.replace("duration_s", "summary")
               + 'K1,C1,2024-03-01,phone,inbound,service,,,reached,,"two\nlines"\n'
               + "\n"
               + "K2,C404,2024-03-01,phone,inbound,service,,,reached,,\n")
    result = import_file(customers, "contacts", write(tmp_path, "k.csv", content))
    assert [(r.line, reject_words(r)) for r in result.rejects] == [(5, "unknown customer_ref C404")]
    assert result.rows == 2


@pytest.mark.parametrize(("content", "message"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00",
     "c.csv is neither a CSV text file nor an .xlsx workbook; save it as CSV or .xlsx and "
     "import it again."),
    (b"", "c.csv is empty; the first line must be a header naming the columns (at least "
          "customer_ref)."),
    (b"\xef\xbb\xbf\n\n", "c.csv is empty; the first line must be a header naming the columns "
                          "(at least customer_ref)."),
    (b"first_name,last_name\nAnna,Bianchi\n",
     "c.csv has no customer_ref column (header read: \"first_name,last_name\"); nothing was "
     "imported."),
    (b"customer_ref|first_name\nC1|Anna\n",
     "c.csv has no customer_ref column (header read: \"customer_ref|first_name\"); columns "
     "must be separated by commas or semicolons; nothing was imported."),
    (b"customer_ref,Customer_Ref\nC1,C2\n",
     "c.csv names the column customer_ref twice in its header; keep one and import it again."),
])
def test_unusable_files_are_refused_whole(customers: Store, tmp_path: Path, content: bytes,
                                          message: str) -> None:
    before = snapshot(customers)
    with pytest.raises(ImportFileError) as err:
        import_file(customers, "customers", write(tmp_path, "c.csv", content))
    assert said(err.value) == message
    assert snapshot(customers) == before


def test_a_missing_file_is_one_sentence(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as err:
        import_file(store, "offers", tmp_path / "nope.csv")
    assert said(err.value) == f"{tmp_path / 'nope.csv'} does not exist; check the file name."


# -- rejections ---------------------------------------------------------------------------
@pytest.mark.parametrize(("row", "reason"), [
    (",Anna,,,,,", "customer_ref is empty"),
    ("C9,Anna,,12ab,,,", "phone '12ab' is not a phone number (region IT)"),
    ("C9,Anna,,333 123 4567|1,,,", "phone '1' is not a phone number (region IT)"),
    ("C9,Anna,,,anna@,,", "email 'anna@' is not an e-mail address"),
    ("C9,Anna,,,,1980-02-30,", "birth_date '1980-02-30' is not a date like 31/12/1980 or "
                               "1980-12-31"),
    ("C9,Anna,,,,31/02/1980,", "birth_date '31/02/1980' is not a date like 31/12/1980 or "
                               "1980-12-31"),
    ("C9,Anna,,,,1880-01-01,", "birth_date '1880-01-01' is before 1900"),
    ("C9,Anna,,,,,diamond", "tier 'diamond' is not one of standard, silver, gold, platinum"),
    ("C9," + "x" * 121 + ",,,,,", "first_name is longer than 120 characters"),
    ("C9,Anna", "has 2 fields where the header has 7"),
    ("C1,Anna,Bianchi,,,,", "customer_ref C1 already exists with different data"),
])
def test_customer_rejections(customers: Store, tmp_path: Path, row: str, reason: str) -> None:
    before = counts(customers)
    header = CUSTOMERS.splitlines()[0]
    result = import_file(customers, "customers", write(tmp_path, "c.csv", f"{header}\n{row}\n"))
    assert [(r.line, reject_words(r)) for r in result.rejects] == [(2, reason)]
    assert (result.imported, result.rejected) == (0, 1)
    assert counts(customers) == before


def contact_row(**overrides: str) -> str:
    row = {"contact_ref": "K1", "customer_ref": "C1", "at": "2024-03-01T10:00:00",
           "channel": "phone", "direction": "outbound", "team": "marketing", "campaign": "",
           "offer": "", "outcome": "reached", "agent": "", "duration_s": "30"}
    row.update(overrides)
    return ",".join(row.values())


@pytest.mark.parametrize(("overrides", "reason"), [
    ({"contact_ref": ""}, "contact_ref is empty"),
    ({"customer_ref": ""}, "customer_ref is empty"),
    ({"customer_ref": "C404"}, "unknown customer_ref C404"),
    ({"at": ""}, "at is empty"),
    ({"at": "yesterday"}, "at 'yesterday' is not a date and time like 05/12/2026 14:30 or "
                          "2026-12-05T14:30"),
    ({"at": "2024-02-30"}, "at '2024-02-30' is not a date and time like 05/12/2026 14:30 or "
                           "2026-12-05T14:30"),
    ({"channel": "fax"}, "channel 'fax' is not one of phone, counter, email, sms, chat, letter"),
    ({"channel": ""}, "channel is empty"),
    ({"direction": "sideways"}, "direction 'sideways' is not one of inbound, outbound"),
    ({"team": "legal"}, "team 'legal' is not one of service, marketing, sales, store"),
    ({"outcome": "won"}, "outcome 'won' is not one of reached, no_answer, busy, declined, "
                         "accepted, callback, wrong_number, opted_out, resolved, info, merged"),
    ({"duration_s": "-5"}, "duration_s '-5' is not a whole number of 0 or more"),
    ({"duration_s": "1.5"}, "duration_s '1.5' is not a whole number of 0 or more"),
    ({"campaign": "Nope"}, "unknown campaign Nope (create it first with carecenter campaign "
                           "create)"),
    ({"offer": "X99"}, "unknown offer X99 (import the offers first)"),
])
def test_contact_rejections(customers: Store, tmp_path: Path, overrides: dict[str, str],
                            reason: str) -> None:
    before = counts(customers)
    path = write(tmp_path, "k.csv", CONTACT_HEADER + contact_row(**overrides) + "\n")
    result = import_file(customers, "contacts", path)
    assert [(r.line, reject_words(r)) for r in result.rejects] == [(2, reason)]
    assert counts(customers) == before


def test_a_contact_ref_again_with_other_data(customers: Store, tmp_path: Path) -> None:
    first = write(tmp_path, "a.csv", CONTACT_HEADER + contact_row() + "\n")
    assert import_file(customers, "contacts", first).imported == 1
    both = CONTACT_HEADER + contact_row(duration_s="31") + "\n" + contact_row(
        contact_ref="K2") + "\n" + contact_row(contact_ref="K2", outcome="busy") + "\n"
    result = import_file(customers, "contacts", write(tmp_path, "b.csv", both))
    assert [(r.line, reject_words(r)) for r in result.rejects] == [
        (2, "contact_ref K1 already exists with different data"),
        (4, "contact_ref K2 appears again with different data (first on line 3)")]
    assert result.imported == 1


def test_holding_and_offer_rejections(customers: Store, tmp_path: Path) -> None:
    holdings = ("customer_ref,product,since\nC404,FIBRA,2024-01-01\nC1,,2024-01-01\n"
                "C1,FIBRA,\nC1,FIBRA,13/13/2024\n")
    result = import_file(customers, "holdings", write(tmp_path, "h.csv", holdings))
    assert [(r.line, reject_words(r)) for r in result.rejects] == [
        (2, "unknown customer_ref C404"), (3, "product is empty"), (4, "since is empty"),
        (5, "since '13/13/2024' is not a date like 31/12/1980 or 1980-12-31")]
    offers = ("offer_code,product,title,value,valid_from,valid_to,channels\n"
              "F1,FIBRA,Fibra,ten,,,\n"
              "F2,FIBRA,Fibra,-3,,,\n"
              "F3,FIBRA,Fibra,10,2024-05-01,2024-04-01,\n"
              "F4,FIBRA,Fibra,10,,,fax\n"
              "F5,FIBRA,,10,,,\n")
    result = import_file(customers, "offers", write(tmp_path, "o.csv", offers))
    assert [(r.line, reject_words(r)) for r in result.rejects] == [
        (2, "value 'ten' is not an amount in euro like 12.50"),
        (3, "value '-3' is not an amount in euro like 12.50"),
        (4, "valid_to 2024-04-01 is before valid_from 2024-05-01"),
        (5, "channels 'fax' is not one of phone, counter, email, sms, chat, letter"),
        (6, "title is empty")]
    assert counts(customers)["offer"] == 0


def test_rejects_file_keeps_line_reason_and_the_row(customers: Store, tmp_path: Path) -> None:
    content = "customer_ref;first_name\nC9;Ida\n;Nobody\n"
    path = write(tmp_path, "c.csv", content)
    result = import_file(customers, "customers", path, describe=problem_words)
    assert result.rejects_path == tmp_path / "c.csv.rejects.csv"
    assert result.rejects_path.read_text(encoding="utf-8") == (
        "line;reason;customer_ref;first_name\n3;customer_ref is empty;;Nobody\n")
    path.write_text("customer_ref;first_name\nC9;Ida\n", encoding="utf-8")
    again = import_file(customers, "customers", path)
    assert again.rejects_path is None and again.unchanged == 1
    assert not (tmp_path / "c.csv.rejects.csv").exists()


# -- what is stored -----------------------------------------------------------------------
def test_contacts_store_utc_agents_and_opt_outs(customers: Store, tmp_path: Path) -> None:
    with customers.session() as s:
        before_agents = s.execute(text("SELECT count(*) FROM agent")).scalar_one()
    content = CONTACT_HEADER + "\n".join([
        contact_row(contact_ref="K1", at="2024-03-01T10:00:00+01:00", agent="Mario Rossi"),
        contact_row(contact_ref="K2", at="2024-03-02", agent="mario rossi", outcome="opted_out",
                    channel="SMS"),
        contact_row(contact_ref="K3", at="2024-03-03T08:00:00Z", channel="letter",
                    outcome="opted_out", agent="Lucia"),
    ]) + "\n"
    result = import_file(customers, "contacts", write(tmp_path, "k.csv", content))
    assert (result.imported, result.created) == (3, {"agent": 2})
    with customers.session() as s:
        ats = s.execute(text("SELECT contact_ref, at, channel FROM contact ORDER BY contact_ref"))
        consents = s.execute(text(
            "SELECT channel, purpose, granted, source, at FROM consent_event ORDER BY at"))
        agents = s.execute(text("SELECT count(*) FROM agent")).scalar_one()
        assert [tuple(r) for r in ats] == [
            ("K1", "2024-03-01T09:00:00.000000Z", "phone"),
            ("K2", "2024-03-02T00:00:00.000000Z", "sms"),
            ("K3", "2024-03-03T08:00:00.000000Z", "letter")]
        assert [tuple(r) for r in consents] == [
            ("sms", "marketing", 0, "import", "2024-03-02T00:00:00.000000Z"),
            ("mail", "marketing", 0, "import", "2024-03-03T08:00:00.000000Z")]
    assert agents == before_agents + 2


def test_offers_and_holdings_create_products_once(customers: Store, tmp_path: Path) -> None:
    offers = ("offer_code;product;title;value;valid_from;valid_to;channels\n"
              "F10;FIBRA;Fibra 10;10,50;2024-01-01;2024-12-31;Phone|email\n"
              "F20;FIBRA;Fibra 20;€ 20;;;\n")
    result = import_file(customers, "offers", write(tmp_path, "o.csv", offers))
    assert (result.imported, result.created) == (2, {"product": 1})
    holdings = "customer_ref,product,since\nC1,FIBRA,2024-01-01\nC2,MOBILE,2023-05-01\n"
    result = import_file(customers, "holdings", write(tmp_path, "h.csv", holdings))
    assert (result.imported, result.created) == (2, {"product": 1})
    with customers.session() as s:
        rows = s.execute(text(
            "SELECT code, value_cents, currency, valid_from, valid_to, channels FROM offer "
            "ORDER BY code")).all()
        products = s.execute(text("SELECT code, name FROM product ORDER BY code")).all()
    assert [tuple(r) for r in rows] == [
        ("F10", 1050, "EUR", "2024-01-01", "2024-12-31", "phone|email"),
        ("F20", 2000, "EUR", None, None, None)]
    assert [tuple(p) for p in products] == [("FIBRA", "FIBRA"), ("MOBILE", "MOBILE")]


# -- idempotence, batches, kills ----------------------------------------------------------
def test_every_kind_twice_changes_nothing(customers: Store, tmp_path: Path) -> None:
    files = {
        "customers": write(tmp_path, "c.csv", CUSTOMERS),
        "offers": write(tmp_path, "o.csv", "offer_code,product,title,value\nF1,FIBRA,Fibra,9\n"),
        "holdings": write(tmp_path, "h.csv", "customer_ref,product,since\nC1,FIBRA,2024-01-01\n"
                                             "C1,FIBRA,2024-01-01\n"),
        "contacts": write(tmp_path, "k.csv", CONTACT_HEADER + contact_row(
            outcome="opted_out", offer="F1", agent="New Agent") + "\n"),
    }
    for kind in ("offers", "holdings", "contacts"):
        import_file(customers, kind, files[kind])
    before = snapshot(customers)
    for kind, path in files.items():
        result = import_file(customers, kind, path)
        assert (result.imported, result.rejected) == (0, 0), kind
        assert result.unchanged == result.rows, kind
    assert snapshot(customers) == before


def many_contacts(n: int) -> str:
    return CONTACT_HEADER + "".join(
        f"K{i},C{1 + i % 3},2024-03-01T10:{i % 60:02d}:00,phone,outbound,marketing,,,"
        f"{'opted_out' if i % 7 == 0 else 'busy'},Agent {i % 4},{i}\n" for i in range(n))


def test_progress_is_reported_and_cancel_keeps_whole_batches(customers: Store,
                                                             tmp_path: Path) -> None:
    path = write(tmp_path, "k.csv", many_contacts(25))
    seen: list[float] = []
    state = TaskState(lambda fraction, _what: seen.append(fraction))
    result = import_file(customers, "contacts", path, state=state, batch_size=10)
    assert result.imported == 25
    # batches of 1, 4, 10 and 10 (the first two ramp up), each full one told, then 1.0
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) == 5

    path2 = write(tmp_path, "k2.csv", many_contacts(25).replace("\nK", "\nZ"))
    stopper = TaskState()
    stopper._on_progress = lambda _f, _w: stopper.cancel()
    with pytest.raises(Cancelled):
        import_file(customers, "contacts", path2, state=stopper, batch_size=10)
    assert counts(customers)["contact"] == 25 + 1
    assert import_file(customers, "contacts", path2).imported == 24


KILLER = textwrap.dedent("""
    import os, signal, sys
    from sqlalchemy import event
    from carecenter.db.store import Store
    from carecenter.services.imports import import_file

    store = Store.open(sys.argv[1])
    seen = {"contact": 0}

    def kill_in_third_batch(conn, cursor, statement, params, context, executemany):
        if statement.replace('"', '').startswith('INSERT INTO contact '):
            seen["contact"] += 1
            if seen["contact"] == 3:  # the third batch's contacts are in, not committed
                os.kill(os.getpid(), signal.SIGKILL)

    event.listen(store.engine, "after_cursor_execute", kill_in_third_batch)
    if sys.argv[4] == "ahead":  # read by a second process, which outlives nothing
        from carecenter.services.imports import ahead
        ahead.MIN_BYTES = 1
    import_file(store, "contacts", sys.argv[2], batch_size=int(sys.argv[3]))
""")


@pytest.mark.parametrize("reading", ["alone", "ahead"])
def test_a_kill_mid_import_leaves_whole_batches_and_a_rerun_finishes(
        store_path: Path, tmp_path: Path, reading: str) -> None:
    store = Store.open(store_path)
    import_file(store, "customers", write(tmp_path, "c.csv", CUSTOMERS))
    store.close()
    path = write(tmp_path, "k.csv", many_contacts(100))
    done = subprocess.run([sys.executable, "-c", KILLER, str(store_path), str(path), "20",
                           reading], capture_output=True, text=True, check=False)
    assert done.returncode == -9, done.stderr
    store = Store.open(store_path)
    try:
        with store.session() as s:
            contacts = s.execute(text("SELECT count(*) FROM contact")).scalar_one()
            ops = s.execute(text(
                "SELECT count(*) FROM outbox WHERE \"table\" = 'contact'")).scalar_one()
            orphans = s.execute(text(
                "SELECT count(*) FROM contact k WHERE NOT EXISTS (SELECT 1 FROM outbox o "
                "WHERE o.row_id = k.id)")).scalar_one()
            optouts = s.execute(text(
                "SELECT count(*) FROM contact WHERE outcome = 'opted_out'")).scalar_one()
            consents = s.execute(text("SELECT count(*) FROM consent_event")).scalar_one()
        assert (contacts, ops, orphans) == (10, 10, 0)  # batches of 2 and 8 (then 20s)
        assert consents == optouts
        result = import_file(store, "contacts", path, batch_size=20)
        assert (result.imported, result.unchanged, result.rejected) == (90, 10, 0)
        assert counts(store)["contact"] == 100
        assert counts(store)["consent_event"] == sum(1 for i in range(100) if i % 7 == 0)
    finally:
        store.close()
