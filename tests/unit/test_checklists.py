"""Checklist templates: the shipped ones, overrides, and every kind of broken file."""

from __future__ import annotations

from pathlib import Path

import pytest

from carecenter.cli import main
from carecenter.services.cases.checklists import LANGUAGES, load_templates, shipped_dir

FIVE = ["apologise", "act", "empathy", "compensate", "follow_up"]
CATEGORY_HEAD = 'label = { en = "Billing error", it = "Errore di fatturazione" }\n'


def ids(templates_: object, category: str) -> list[str]:
    tpl = templates_.get(category)  # type: ignore[attr-defined]
    assert tpl is not None
    return [s.id for s in tpl.steps]


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_templates_load_without_problems() -> None:
    t = load_templates()
    assert t.problems == ()
    assert t.codes == ("billing_error", "defective_product", "late_delivery",
                       "staff_behaviour", "other")
    assert ids(t, "other") == FIVE
    assert ids(t, "billing_error") == ["apologise", "act", "check_invoice", "correct_billing",
                                       "empathy", "compensate", "follow_up"]
    assert ids(t, "staff_behaviour") == ["apologise", "act", "empathy", "inform_supervisor",
                                         "compensate", "follow_up"]
    for tpl in t.categories.values():
        assert set(LANGUAGES) <= set(tpl.labels)
        for step in tpl.steps:
            assert set(LANGUAGES) <= set(step.labels)
    billing = t.get("billing_error")
    assert billing is not None
    assert billing.label("it") == "Errore di fatturazione"
    assert billing.steps[2].label("it") == "Controllare la fattura"
    assert billing.steps[2].label("de") == "Check the invoice"  # English when missing


def test_shipped_files_are_in_the_package() -> None:
    assert sorted(p.name for p in shipped_dir().glob("*.toml")) == [
        "billing_error.toml", "default.toml", "defective_product.toml", "late_delivery.toml",
        "other.toml", "staff_behaviour.toml"]


def test_override_replaces_a_category_and_adds_one(tmp_path: Path) -> None:
    write(tmp_path, "billing_error.toml", CATEGORY_HEAD + (
        '[[steps]]\nid = "call_bank"\nafter = "apologise"\n'
        'label = { en = "Call the bank", it = "Chiamare la banca" }\n'))
    write(tmp_path, "lost_parcel.toml",
          'label = { en = "Lost parcel", it = "Pacco smarrito" }\n')
    t = load_templates(tmp_path)
    assert t.problems == ()
    assert ids(t, "billing_error") == ["apologise", "call_bank", *FIVE[1:]]
    assert ids(t, "lost_parcel") == FIVE
    assert t.codes[-1] == "other"


def test_steps_after_the_same_anchor_keep_file_order(tmp_path: Path) -> None:
    write(tmp_path, "other.toml", 'label = { en = "Other", it = "Altro" }\n'
          '[[steps]]\nid = "one"\nlabel = { en = "One", it = "Uno" }\n'
          '[[steps]]\nid = "two"\nlabel = { en = "Two", it = "Due" }\n')
    t = load_templates(tmp_path)
    assert ids(t, "other") == ["apologise", "act", "one", "two", "empathy", "compensate",
                               "follow_up"]


def test_broken_toml_names_file_and_line_and_the_rest_still_loads(tmp_path: Path) -> None:
    bad = write(tmp_path, "billing_error.toml", CATEGORY_HEAD + (
        '[[steps]]\nid = "check_bank"\nlabel = { en = "Check", it = "Controllare"\n'))
    write(tmp_path, "lost_parcel.toml",
          'label = { en = "Lost parcel", it = "Pacco smarrito" }\n')
    t = load_templates(tmp_path)
    assert [str(p) for p in t.problems] == [
        f"{bad}:4: is not valid TOML: unclosed inline table"]
    assert t.problems[0].line == 4
    # The shipped billing template stays in use; the good override and the rest load.
    assert ids(t, "billing_error")[2] == "check_invoice"
    assert set(t.codes) == {"billing_error", "defective_product", "late_delivery",
                            "staff_behaviour", "lost_parcel", "other"}


def test_broken_toml_at_end_of_file_names_the_last_line(tmp_path: Path) -> None:
    bad = write(tmp_path, "other.toml", 'label = { en = "Other", it = "Altro" }\n\nx = "abc')
    t = load_templates(tmp_path)
    assert [str(p) for p in t.problems] == [f"{bad}:3: is not valid TOML: unterminated string"]


@pytest.mark.parametrize(("text", "line", "message"), [
    (CATEGORY_HEAD + '[[steps]]\nid = "check_bank"\nlabel = { en = "Check the bank" }\n',
     4, 'steps[1].label: has no text in it'),
    (CATEGORY_HEAD + '[[steps]]\nid = "check_bank"\nlabl = { en = "A", it = "B" }\n',
     4, 'steps[1].labl: unknown key (expected after, hint, id, label)'),
    (CATEGORY_HEAD + '[[steps]]\nid = "Check Bank"\nlabel = { en = "A", it = "B" }\n',
     3, 'steps[1].id: must be a code of lower case letters, digits and _ (at most 40 '
        'characters)'),
    (CATEGORY_HEAD + '[[steps]]\nid = "a"\nlabel = { en = "A", it = "B" }\n'
     '[[steps]]\nid = "a"\nlabel = { en = "A", it = "B" }\n',
     6, 'steps[2].id: "a" is used twice'),
    (CATEGORY_HEAD + '[[steps]]\nid = "a"\nafter = "nowhere"\n'
     'label = { en = "A", it = "B" }\n',
     4, 'steps[1].after: no step "nowhere" to follow'),
    (CATEGORY_HEAD + '[[steps]]\nid = "act"\nlabel = { en = "A", it = "B" }\n',
     3, 'steps[1].id: "act" is already a step of the default template'),
    (CATEGORY_HEAD + 'colour = "red"\n', 2,
     'colour: unknown key (expected label, steps)'),
    ('label = { en = "Billing error", it = "" }\n', 1, 'label.it: must be a non-empty text'),
    ('label = "Billing error"\n', 1,
     'label: must be a table of texts by language, e.g. { en = "...", it = "..." }'),
    ('[[steps]]\nid = "a"\nlabel = { en = "A", it = "B" }\n', None,
     'label: is missing: every category needs a label in en and it'),
])
def test_schema_errors_name_file_line_and_key(tmp_path: Path, text: str, line: int | None,
                                              message: str) -> None:
    path = write(tmp_path, "billing_error.toml", text)
    t = load_templates(tmp_path)
    where = f"{path}:{line}" if line else str(path)
    assert [str(p) for p in t.problems] == [f"{where}: {message}"]
    assert t.problems[0].key == message.split(":", maxsplit=1)[0]
    # The shipped billing template is still there for the console.
    assert ids(t, "billing_error")[2] == "check_invoice"


def test_badly_named_file_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path, "Billing-Error.toml", CATEGORY_HEAD)
    t = load_templates(tmp_path)
    assert [str(p) for p in t.problems] == [
        f"{path}: the file name must be a category code (lower case letters, digits and _) "
        "followed by .toml"]
    assert "Billing-Error" not in t.categories


def test_broken_default_override_keeps_the_shipped_five_steps(tmp_path: Path) -> None:
    path = write(tmp_path, "default.toml", '[[steps]]\nid = "a"\nafter = "b"\n'
                 'label = { en = "A", it = "B" }\n')
    t = load_templates(tmp_path)
    assert [str(p) for p in t.problems] == [
        f"{path}:3: steps[1].after: unknown key (expected hint, id, label)"]
    assert ids(t, "other") == FIVE


def test_cli_check_prints_problems_with_file_and_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = write(tmp_path, "late_delivery.toml", 'label = { en = "Late", it = "Ritardo"\n')
    assert main(["checklists", "check", str(tmp_path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"{bad}:1: is not valid TOML: unclosed inline table",
        "5 categories loaded (billing_error, defective_product, late_delivery, "
        "staff_behaviour, other); 1 problem(s).",
    ]


def test_cli_check_of_good_templates_exits_0(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["checklists", "check"]) == 0
    assert capsys.readouterr().out == (
        "5 categories loaded (billing_error, defective_product, late_delivery, "
        "staff_behaviour, other); 0 problem(s).\n")


def test_cli_check_of_a_missing_folder(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["checklists", "check", str(tmp_path / "nope")]) == 2
    assert capsys.readouterr().err == (
        f"carecenter: {tmp_path / 'nope'} is not a folder; give the folder that holds the "
        "template files (*.toml).\n")
