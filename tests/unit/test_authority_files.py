"""The authority policy and the remedy catalogue as files: the shipped defaults, exports
that read back unchanged, and broken files reported with file and line."""

from __future__ import annotations

from dataclasses import replace

import pytest

from carecenter.services.decisions.authority_files import (
    PolicyFileError,
    default_catalogue,
    default_policy,
    dump_catalogue,
    dump_policy,
    parse_catalogue,
    parse_policy,
)
from tests.unit.test_authority import POLICY

# -- files --------------------------------------------------------------------------------

def test_the_shipped_defaults_are_the_issues() -> None:
    policy = default_policy()
    agent = policy["agent"]
    assert (agent.currency, agent.max_per_decision_cents, agent.max_per_customer_30_days_cents,
            agent.max_per_agent_day_cents, agent.may_override_with_reason) == (
        "EUR", 5000, 10000, 30000, True)
    assert agent.day_time_zone == "Europe/Rome"
    for lower, higher in (("agent", "senior"), ("senior", "supervisor")):
        lo, hi = policy[lower], policy[higher]
        assert hi.max_per_decision_cents > lo.max_per_decision_cents
        assert hi.max_per_customer_30_days_cents > lo.max_per_customer_30_days_cents
        assert hi.max_per_agent_day_cents > lo.max_per_agent_day_cents
    cat = default_catalogue()
    assert [r.code for r in cat.remedies] == [
        "fee_waiver", "credit", "discount", "upgrade", "gift", "replacement", "free_shipping",
        "payment_extension", "cutoff_moved", "late_fee_waived", "priority_handling",
        "redelivery_slot"]
    for r in cat.remedies:
        assert r.currency == "EUR"
        if r.costs_money:
            assert r.default_amount_cents > 0
        else:  # counted in its unit, with a limit for every role
            assert r.default_amount_cents == 0 and r.default_quantity > 0
            assert all(policy[role].remedy_limits[r.code][0] >= 1 for role in policy)
        assert r.labels["en"]
        assert r.labels["it"]
        assert r.labels["en"] != r.labels["it"]


def test_exports_read_back_unchanged() -> None:
    cat = default_catalogue()
    assert parse_catalogue(dump_catalogue(cat), "x.toml") == cat
    odd = replace(cat, remedies=(replace(cat.remedies[0], labels={
        "en": 'D\'Angelo\'s "fee" \\ waiver\x7f', "it": "Commissione è già 😀"}),
        *cat.remedies[1:]))
    assert parse_catalogue(dump_catalogue(odd), "x.toml") == odd
    pol = default_policy()
    assert parse_policy(dump_policy(pol), "x.toml") == pol


POLICY_TEXT = dump_policy(POLICY)
CATALOGUE_TEXT = dump_catalogue(default_catalogue())


def _line(text: str, needle: str) -> int:
    return next(i for i, ln in enumerate(text.splitlines(), 1) if needle in ln)


@pytest.mark.parametrize(("old", "new", "problem"), [
    ("max_per_agent_day_cents = 30000", "max_per_agent_day_cents = 300 00",
     "this is not valid TOML (expected newline or end of document after a statement)"),
    ("max_per_agent_day_cents = 30000", 'max_per_agent_day_cents = "300"',
     'max_per_agent_day_cents of role agent must be a whole number of cents from 0 to '
     '100000000, not "300"'),
    ("max_per_decision_cents = 5000", "max_per_decision_cents = -1",
     "max_per_decision_cents of role agent must be a whole number of cents from 0 to "
     "100000000, not -1"),
    ("max_per_agent_day_cents = 75000", "max_per_agent_daily_cents = 75000",
     "unknown setting 'max_per_agent_daily_cents'; the settings here are "
     "max_per_decision_cents, max_per_customer_30_days_cents, max_per_agent_day_cents, "
     "may_override_with_reason, remedy"),
    ("[role.senior]", "[role.junior]",
     "unknown role 'junior'; the roles are agent, senior, supervisor"),
    ('day_time_zone = "Europe/Rome"', 'day_time_zone = "Europe/Atlantis"',
     'day_time_zone must be a time zone name such as "Europe/Rome", not "Europe/Atlantis"'),
    ('currency = "EUR"', 'currency = "euro"',
     'currency must be a three-letter ISO code such as "EUR", not "euro"'),
])
def test_a_broken_policy_is_reported_with_file_and_line(old: str, new: str, problem: str) -> None:
    text = POLICY_TEXT.replace(old, new, 1)
    with pytest.raises(PolicyFileError) as err:
        parse_policy(text, "policy.toml")
    assert str(err.value) == f"policy.toml, line {_line(text, new)}: {problem}."


def test_a_policy_without_a_role_names_it() -> None:
    text = POLICY_TEXT[:POLICY_TEXT.index("[role.supervisor]")]
    with pytest.raises(PolicyFileError) as err:
        parse_policy(text, "p.toml")
    assert str(err.value) == (f"p.toml, line {_line(text, '[role.agent]')}: the policy has "
                              "no [role.supervisor].")


def test_a_role_without_a_limit_names_it() -> None:
    text = POLICY_TEXT.replace("max_per_decision_cents = 10000\n", "")
    with pytest.raises(PolicyFileError) as err:
        parse_policy(text, "p.toml")
    assert str(err.value) == (f"p.toml, line {_line(text, '[role.senior]')}: role senior has "
                              "no max_per_decision_cents.")


@pytest.mark.parametrize(("old", "new", "problem"), [
    ("[remedy.gift]", "[remedy.Gift]",
     "'Gift' is not a remedy code: use lower-case letters, digits and \"_\", starting with a "
     "letter (at most 40)"),
    ('label = { en = "Discount", it = "Sconto" }', 'label = { en = "Discount" }',
     "remedy discount has no label in language 'it'"),
    ("default_amount_cents = 900", "default_amount_cents = 9.5",
     "default_amount_cents of remedy free_shipping must be a whole number of cents from 0 to "
     "100000000, not 9.5"),
    ("default_amount_cents = 1000", "default_amount_cents = true",
     "default_amount_cents of remedy discount must be a whole number of cents from 0 to "
     "100000000, not true"),
    ('label = { en = "Discount", it = "Sconto" }', 'label = { en = "Discount", it = " " }',
     "the 'it' label of remedy discount must be text of 1 to 80 characters"),
])
def test_a_broken_catalogue_is_reported_with_file_and_line(old: str, new: str,
                                                           problem: str) -> None:
    text = CATALOGUE_TEXT.replace(old, new, 1)
    with pytest.raises(PolicyFileError) as err:
        parse_catalogue(text, "remedies.toml")
    assert str(err.value) == f"remedies.toml, line {_line(text, new)}: {problem}."
