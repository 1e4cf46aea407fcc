"""Checklist templates and playbooks published by an administrator: checked, stored
through the unit of work (with outbox ops), exported, synced to another store through a
hub, and a broken published one never replaces the shipped one."""

from __future__ import annotations

from pathlib import Path

import pytest

from carecenter.cli import main
from carecenter.db.models import ChecklistTemplate, PlaybookText
from carecenter.db.store import Store
from carecenter.services import published
from carecenter.services.cases import checklists
from carecenter.services.published import PublishError
from carecenter.services.uow import UnitOfWork
from carecenter.sync.hub import Hub, init_hub
from carecenter.sync.replica import Replica
from carecenter.sync.transport import InProcessTransport
from tests.unit.recovery_data import T0, count, outbox_size

REFUND = """label = { en = "Refund delay", it = "Rimborso in ritardo" }

[[steps]]
id = "check_refund"
label = { en = "Check the refund", it = "Verifica il rimborso" }
after = "act"
"""

BROKEN = """label = { en = "Late delivery", it = "Consegna in ritardo" }

[[steps]]
id = "call_courier"
label = { en = "Call the courier", it = "" }
"""


def _folder(tmp_path: Path, files: dict[str, str], name: str = "admin") -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for file, text in files.items():
        (folder / file).write_text(text, encoding="utf-8")
    return folder


def test_publish_checks_and_writes_through_the_unit_of_work(tmp_path: Path,
                                                            store: Store) -> None:
    folder = _folder(tmp_path, {"refund_delay.toml": REFUND})
    result = published.publish_templates(store, folder, by="admin", now=T0)
    assert (result.added, result.changed, result.unchanged) == (1, 0, 0)
    assert result.changes.touches("checklist_template")
    assert outbox_size(store) == 1
    templates = published.load_templates(store)
    assert templates.problems == ()
    tpl = templates.get("refund_delay")
    assert tpl is not None and tpl.source == "store:refund_delay.toml"
    assert [s.id for s in tpl.steps][:3] == ["apologise", "act", "check_refund"]
    assert set(templates.codes) >= {"billing_error", "late_delivery", "refund_delay"}
    # The same folder again: nothing changes, nothing to sync.
    again = published.publish_templates(store, folder, by="admin", now=T0)
    assert (again.added, again.changed, again.unchanged) == (0, 0, 1)
    assert outbox_size(store) == 1


def test_a_broken_file_refuses_the_whole_publish(tmp_path: Path, store: Store) -> None:
    folder = _folder(tmp_path, {"refund_delay.toml": REFUND, "late_delivery.toml": BROKEN})
    with pytest.raises(PublishError) as err:
        published.publish_templates(store, folder, by="admin", now=T0)
    assert str(err.value) == (
        f"{folder} has 1 broken file(s); nothing was published:\n"
        f"{folder / 'late_delivery.toml'}:5: steps[1].label.it: must be a non-empty text")
    assert count(store, ChecklistTemplate) == 0
    assert outbox_size(store) == 0


def test_the_cli_publishes_refuses_and_exports(tmp_path: Path, store_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    bad = _folder(tmp_path, {"late_delivery.toml": BROKEN}, "bad")
    assert main(["init", "--db", str(store_path)]) == 0
    capsys.readouterr()
    assert main(["checklists", "publish", str(bad), "--db", str(store_path)]) == 2
    assert capsys.readouterr().err == (
        f"carecenter: {bad} has 1 broken file(s); nothing was published:\n"
        f"{bad / 'late_delivery.toml'}:5: steps[1].label.it: must be a non-empty text\n")
    good = _folder(tmp_path, {"refund_delay.toml": REFUND}, "good")
    assert main(["checklists", "publish", str(good), "--db", str(store_path),
                 "--by", "Ada"]) == 0
    assert capsys.readouterr().out == (
        f"Published {good}: templates 1 added, 0 changed, 0 unchanged.\n")
    out = tmp_path / "out"
    assert main(["checklists", "export", "--db", str(store_path), "--out", str(out)]) == 0
    assert (out / "refund_delay.toml").read_text(encoding="utf-8") == REFUND
    shipped = checklists.shipped_dir() / "billing_error.toml"
    assert (out / "billing_error.toml").read_text(encoding="utf-8") == \
        shipped.read_text(encoding="utf-8")
    s = Store.open(store_path)
    try:
        assert count(s, ChecklistTemplate) == 1
    finally:
        s.close()


def test_export_round_trips_to_another_store(tmp_path: Path) -> None:
    a, b = Store.open(tmp_path / "a.db"), Store.open(tmp_path / "b.db")
    try:
        published.publish_templates(a, _folder(tmp_path, {"refund_delay.toml": REFUND}),
                                    by="admin", now=T0)
        playbook = "# Refunds\n\n## What to do\nCheck the bank transfer.\n"
        published.publish_playbooks(a, _folder(tmp_path, {"refund_delay.en.md": playbook},
                                               "books"), by="admin", now=T0)
        published.export_templates(a, tmp_path / "t")
        published.export_playbooks(a, tmp_path / "p")
        published.publish_templates(b, tmp_path / "t", by="admin", now=T0)
        published.publish_playbooks(b, tmp_path / "p", by="admin", now=T0)
        ta, tb = published.load_templates(a), published.load_templates(b)
        assert tb.texts == ta.texts
        assert {c: t.steps for c, t in tb.categories.items()} == \
            {c: t.steps for c, t in ta.categories.items()}
        pa, pb = published.load_playbooks(a), published.load_playbooks(b)
        assert {k: v.text for k, v in pb.playbooks.items()} == \
            {k: v.text for k, v in pa.playbooks.items()}
        assert pb.get("refund_delay", "it").title == "Refunds"  # English for a missing one
    finally:
        a.close()
        b.close()


def test_a_published_template_and_playbook_reach_another_store_through_the_hub(
        tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'hub.db'}"
    init_hub(url)
    hub = Hub(url)
    a, b = Store.open(tmp_path / "a.db"), Store.open(tmp_path / "b.db")

    def sync(store: Store) -> None:
        report = Replica(store, InProcessTransport(hub)).sync()
        assert report.error is None, report.error

    try:
        published.publish_templates(a, _folder(tmp_path, {"refund_delay.toml": REFUND}),
                                    by="admin", now=T0)
        published.publish_playbooks(a, _folder(tmp_path, {
            "refund_delay.it.md": "# Rimborsi\n\n## Cosa fare\nVerifica il bonifico.\n"},
            "books"), by="admin", now=T0)
        assert published.load_templates(b).get("refund_delay") is None
        sync(a)
        report = Replica(b, InProcessTransport(hub)).sync()
        assert report.changes.touches("checklist_template")
        assert report.changes.touches("playbook_text")
        tpl = published.load_templates(b).get("refund_delay")
        assert tpl is not None and tpl.label("it") == "Rimborso in ritardo"
        assert published.load_playbooks(b).get("refund_delay", "it").title == "Rimborsi"
        # An edit on B travels back to A, field by field.
        edited = _folder(tmp_path, {"refund_delay.toml": REFUND.replace(
            "Refund delay", "Late refund")}, "edited")
        published.publish_templates(b, edited, by="other admin", now=T0)
        sync(b)
        sync(a)
        back = published.load_templates(a).get("refund_delay")
        assert back is not None and back.label("en") == "Late refund"
        with a.session() as s:
            row = s.get(ChecklistTemplate, published.template_row_id("refund_delay"))
            assert row is not None and row.published_by == "other admin"
    finally:
        a.close()
        b.close()


def test_a_broken_published_template_keeps_the_shipped_one(store: Store) -> None:
    with UnitOfWork(store) as uow:  # as a sync could bring it: never checked here
        uow.add(ChecklistTemplate(id=published.template_row_id("billing_error"),
                                  name="billing_error", text=BROKEN, published_by="x",
                                  published_at=T0))
        uow.add(PlaybookText(id=published.playbook_row_id("billing_error", "it"),
                             category="billing_error", lang="it", text="  \n",
                             published_by="x", published_at=T0))
    templates = published.load_templates(store)
    assert [str(p) for p in templates.problems] == [
        "store:billing_error.toml:5: steps[1].label.it: must be a non-empty text"]
    billing = templates.get("billing_error")
    shipped = checklists.load_templates().get("billing_error")
    assert billing is not None and shipped is not None
    assert billing.steps == shipped.steps and billing.source.endswith("billing_error.toml")
    books = published.load_playbooks(store)
    assert books.problems == ("store:billing_error.it.md: is empty",)
    book = books.get("billing_error", "it")
    assert book is not None and book.source.endswith("billing_error.it.md")
    assert not book.source.startswith("store:")


def test_a_misnamed_playbook_refuses_the_publish(tmp_path: Path, store: Store) -> None:
    folder = _folder(tmp_path, {"billing.md": "# Billing\n", "other.en.md": "# Other\n",
                                "late_delivery.it.md": ""})
    with pytest.raises(PublishError) as err:
        published.publish_playbooks(store, folder, by="admin", now=T0)
    assert err.value.problems == [
        f"{folder / 'billing.md'}: the name must be <category>.<language>.md, "
        "e.g. billing_error.it.md",
        f"{folder / 'late_delivery.it.md'}: is empty"]
    assert count(store, PlaybookText) == 0
    assert outbox_size(store) == 0
