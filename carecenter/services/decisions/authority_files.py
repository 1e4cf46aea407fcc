"""Reading and checking remedy catalogue and authority policy files (TOML).

The defaults ship as ``resources/remedies.toml`` and ``resources/authority.toml``; an
administrator exports and imports the same format (``carecenter remedies|policy``).
A broken file is reported as one sentence naming the file and the line, for example
``policy.toml, line 9: max_per_decision_cents of role agent must be a whole number of
cents from 0 to 100000000, not "50"``. Writing goes through ``dump_*`` so that an export
imports back unchanged.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfoNotFoundError

from carecenter.services.decisions.authority import (
    POLICY_ROLES,
    Catalogue,
    RemedySpec,
    RolePolicy,
    zone,
)
from carecenter.services.decisions.units import MAX_QUANTITY, UNITS, limits_from_json

MAX_CENTS = 100_000_000  # 1,000,000.00: fits a 32-bit integer column everywhere
MAX_FOLLOW_UP_DAYS = 365
REQUIRED_LANGUAGES = ("en", "it")
_CODE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_LANGUAGE = re.compile(r"^[a-z]{2}(_[A-Z]{2})?$")
_POSITION = re.compile(r"\((?:at line (\d+), column \d+|at end of document)\)\s*$")
_LIMIT_KEYS = ("max_per_decision_cents", "max_per_customer_30_days_cents",
               "max_per_agent_day_cents")


class PolicyFileError(ValueError):
    """A catalogue or policy file cannot be used; one sentence naming file and line."""


class _Source:
    """The text of a file, to point at the line of a table or key."""

    def __init__(self, text: str, name: str) -> None:
        self.lines = text.splitlines()
        self.name = name

    def fail(self, line: int, problem: str) -> PolicyFileError:
        return PolicyFileError(f"{self.name}, line {line}: {problem}.")

    def line_of(self, table: tuple[str, ...], key: str | None = None) -> int:
        """The line of ``key`` in ``[table]`` (or of the header), best effort; 1 if unsure."""
        wanted = ".".join(table)
        start, end = 0, len(self.lines)
        if table:
            header = next((i for i, ln in enumerate(self.lines)
                           if _header_name(ln) == wanted), None)
            if header is None:  # e.g. [role.agent] without [role]: point at the first
                header = next((i for i, ln in enumerate(self.lines)
                               if (_header_name(ln) or "").startswith(wanted + ".")), None)
                return 1 if header is None else header + 1
            start = header + 1
            end = next((i for i in range(start, len(self.lines))
                        if _header_name(self.lines[i]) is not None), len(self.lines))
            if key is None:
                return header + 1
        else:
            end = next((i for i, ln in enumerate(self.lines)
                        if _header_name(ln) is not None), len(self.lines))
        if key is not None:
            pat = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*[=.]")
            for i in range(start, end):
                if pat.match(self.lines[i]):
                    return i + 1
        return start if table else 1


def _header_name(line: str) -> str | None:
    m = re.match(r"^\s*\[\[?([^\]]+)\]\]?\s*(#.*)?$", line)
    if not m:
        return None
    return ".".join(p.strip().strip("\"'") for p in m.group(1).split("."))


def _parse(text: str, src: _Source) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        msg = str(exc)
        m = _POSITION.search(msg)
        line = int(m.group(1)) if m and m.group(1) else max(1, len(src.lines))
        what = _POSITION.sub("", msg).strip() or "invalid TOML"
        raise src.fail(line, f"this is not valid TOML ({what[0].lower()}{what[1:]})") from exc


def _read(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PolicyFileError(f"{path} cannot be read ({exc.strerror or exc}).") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise PolicyFileError(
            f"{path}, line {line}: the file is not UTF-8 text; save it as UTF-8.") from exc


def _unknown(src: _Source, table: tuple[str, ...], got: Mapping[str, Any],
             allowed: tuple[str, ...]) -> None:
    for key in got:
        if key not in allowed:
            raise src.fail(src.line_of(table, key),
                           f"unknown setting {key!r}; the settings here are "
                           + ", ".join(allowed))


def _cents(src: _Source, table: tuple[str, ...], key: str, value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_CENTS:
        raise src.fail(src.line_of(table, key),
                       f"{key} of {what} must be a whole number of cents from 0 to "
                       f"{MAX_CENTS}, not {json.dumps(value, default=str)}")
    return value


def _days(src: _Source, table: tuple[str, ...], value: Any) -> int:
    if (isinstance(value, bool) or not isinstance(value, int)
            or not 0 <= value <= MAX_FOLLOW_UP_DAYS):
        raise src.fail(src.line_of(table, "follow_up_days"),
                       f"follow_up_days must be a whole number of days from 0 to "
                       f"{MAX_FOLLOW_UP_DAYS}, not {json.dumps(value, default=str)}")
    return value


def _currency(src: _Source, table: tuple[str, ...], value: Any) -> str:
    if not isinstance(value, str) or not _CURRENCY.match(value):
        raise src.fail(src.line_of(table, "currency"),
                       f"currency must be a three-letter ISO code such as \"EUR\", not "
                       f"{json.dumps(value, default=str)}")
    return value


def _required(src: _Source, table: tuple[str, ...], got: Mapping[str, Any], key: str,
              what: str) -> Any:
    if key not in got:
        raise src.fail(src.line_of(table), f"{what} has no {key}")
    return got[key]


def _table(src: _Source, table: tuple[str, ...], value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise src.fail(src.line_of(table[:-1], table[-1]), f"{what} must be a table")
    return value


# -- catalogue ---------------------------------------------------------------------------

def parse_catalogue(text: str, name: str) -> Catalogue:
    """The catalogue in ``text`` (``name`` is the file named in messages)."""
    src = _Source(text, name)
    doc = _parse(text, src)
    _unknown(src, (), doc, ("currency", "follow_up_days", "remedy"))
    currency = _currency(src, (), _required(src, (), doc, "currency", "the catalogue"))
    days = _days(src, (), doc.get("follow_up_days", 7))
    remedies = _table(src, ("remedy",), _required(src, (), doc, "remedy", "the catalogue"),
                      "remedy")
    if not remedies:
        raise src.fail(src.line_of(("remedy",)), "the catalogue has no remedy")
    specs = []
    for position, (code, raw) in enumerate(remedies.items()):
        where = ("remedy", code)
        if not _CODE.match(code):
            raise src.fail(src.line_of(where),
                           f"{code!r} is not a remedy code: use lower-case letters, digits "
                           "and \"_\", starting with a letter (at most 40)")
        body = _table(src, where, raw, f"remedy {code}")
        _unknown(src, where, body, ("default_amount_cents", "currency", "follow_up_days", "label",
                                    "unit", "default_quantity"))
        unit, quantity = _unit(src, where, body, code)
        amount = 0 if unit != "money" else _cents(
            src, where, "default_amount_cents",
            _required(src, where, body, "default_amount_cents", f"remedy {code}"),
            f"remedy {code}")
        labels = _labels(src, where, _required(src, where, body, "label", f"remedy {code}"), code)
        specs.append(RemedySpec(
            code=code, default_amount_cents=amount,
            currency=_currency(src, where, body.get("currency", currency)),
            follow_up_days=_days(src, where, body.get("follow_up_days", days)),
            labels=labels, position=position, unit=unit, default_quantity=quantity,
        ))
    return Catalogue(currency=currency, follow_up_days=days, remedies=tuple(specs))


def _unit(src: _Source, where: tuple[str, ...], body: Mapping[str, Any],
          code: str) -> tuple[str, int]:
    """A remedy's unit and, for one that costs nothing, the quantity usually granted."""
    unit = body.get("unit", "money")
    if unit not in UNITS:
        raise src.fail(src.line_of(where, "unit"),
                       f"unit of remedy {code} must be one of " + ", ".join(UNITS)
                       + f", not {json.dumps(unit, default=str)}")
    wrong = "default_quantity" if unit == "money" else "default_amount_cents"
    if wrong in body:
        raise src.fail(src.line_of(where, wrong), f"remedy {code} is counted in {unit}: "
                       f"{wrong} does not apply to it")
    if unit == "money":
        return unit, 0
    q = _required(src, where, body, "default_quantity", f"remedy {code}")
    return unit, _quantity(src, where, "default_quantity", q, f"remedy {code}",
                           top=1 if unit == "yes_no" else MAX_QUANTITY)


def _quantity(src: _Source, where: tuple[str, ...], key: str, value: Any, what: str, *,
              top: int = MAX_QUANTITY) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= top:
        raise src.fail(src.line_of(where, key),
                       f"{key} of {what} must be a whole number from 0 to {top}, not "
                       f"{json.dumps(value, default=str)}")
    return value


def _remedy_limits(src: _Source, where: tuple[str, ...], raw: Any,
                   role: str) -> dict[str, tuple[int, int]]:
    """``[role.<role>.remedy.<code>]`` tables: ``per_grant`` and ``per_period``."""
    table = _table(src, (*where, "remedy"), raw, f"remedy limits of role {role}")
    out = {}
    for code, raw_body in table.items():
        at = (*where, "remedy", code)
        if not _CODE.match(code):
            raise src.fail(src.line_of(at), f"{code!r} is not a remedy code")
        body = _table(src, at, raw_body, f"remedy {code} of role {role}")
        _unknown(src, at, body, ("per_grant", "per_period"))
        what = f"remedy {code} of role {role}"
        g, p = (_quantity(src, at, k, _required(src, at, body, k, what), what)
                for k in ("per_grant", "per_period"))
        out[code] = (g, p)
    return out


def _labels(src: _Source, where: tuple[str, ...], value: Any, code: str) -> dict[str, str]:
    if not isinstance(value, dict):
        raise src.fail(src.line_of(where, "label"),
                       f"label of remedy {code} must be a table such as "
                       "{ en = \"Fee waiver\", it = \"Storno della commissione\" }")
    for lang in REQUIRED_LANGUAGES:
        if lang not in value:
            raise src.fail(src.line_of(where, "label"),
                           f"remedy {code} has no label in language {lang!r}")
    out = {}
    for lang, label in value.items():
        if not _LANGUAGE.match(lang):
            raise src.fail(src.line_of(where, "label"),
                           f"{lang!r} is not a language code such as \"en\" or \"it\"")
        if not isinstance(label, str) or not label.strip() or len(label) > 80:
            raise src.fail(src.line_of(where, "label"),
                           f"the {lang!r} label of remedy {code} must be text of 1 to 80 "
                           "characters")
        out[lang] = label.strip()
    return out


def dump_catalogue(catalogue: Catalogue) -> str:
    out = ["# CareCenter remedy catalogue (carecenter remedies export).", "",
           f"currency = {_q(catalogue.currency)}",
           f"follow_up_days = {catalogue.follow_up_days}"]
    for r in catalogue.remedies:
        out += ["", f"[remedy.{r.code}]"]
        out += ([f"default_amount_cents = {r.default_amount_cents}"] if r.costs_money else
                [f"unit = {_q(r.unit)}", f"default_quantity = {r.default_quantity}"])
        if r.currency != catalogue.currency:
            out.append(f"currency = {_q(r.currency)}")
        if r.follow_up_days != catalogue.follow_up_days:
            out.append(f"follow_up_days = {r.follow_up_days}")
        labels = ", ".join(f"{lang} = {_q(text)}" for lang, text in r.labels.items())
        out.append(f"label = {{ {labels} }}")
    return "\n".join(out) + "\n"


# -- policy ------------------------------------------------------------------------------

def parse_policy(text: str, name: str) -> dict[str, RolePolicy]:
    """The policy per role in ``text``; every role of ``POLICY_ROLES`` must be there."""
    src = _Source(text, name)
    doc = _parse(text, src)
    _unknown(src, (), doc, ("currency", "day_time_zone", "role"))
    currency = _currency(src, (), _required(src, (), doc, "currency", "the policy"))
    tz = _required(src, (), doc, "day_time_zone", "the policy")
    try:
        if not isinstance(tz, str) or not tz:
            raise ValueError(tz)
        zone(tz)
    except (ValueError, ZoneInfoNotFoundError) as exc:
        raise src.fail(src.line_of((), "day_time_zone"),
                       f"day_time_zone must be a time zone name such as \"Europe/Rome\", "
                       f"not {json.dumps(tz, default=str)}") from exc
    roles = _table(src, ("role",), _required(src, (), doc, "role", "the policy"), "role")
    out: dict[str, RolePolicy] = {}
    for role, raw in roles.items():
        where = ("role", role)
        if role not in POLICY_ROLES:
            raise src.fail(src.line_of(where),
                           f"unknown role {role!r}; the roles are " + ", ".join(POLICY_ROLES))
        body = _table(src, where, raw, f"role {role}")
        _unknown(src, where, body, (*_LIMIT_KEYS, "may_override_with_reason", "remedy"))
        limits = [_cents(src, where, k, _required(src, where, body, k, f"role {role}"),
                         f"role {role}") for k in _LIMIT_KEYS]
        override = body.get("may_override_with_reason", True)
        if not isinstance(override, bool):
            raise src.fail(src.line_of(where, "may_override_with_reason"),
                           "may_override_with_reason must be true or false")
        out[role] = RolePolicy(role, currency, tz, max_per_decision_cents=limits[0],
                               max_per_customer_30_days_cents=limits[1],
                               max_per_agent_day_cents=limits[2],
                               may_override_with_reason=override,
                               remedy_limits=_remedy_limits(src, where, body.get("remedy", {}),
                                                            role))
    for role in POLICY_ROLES:
        if role not in out:
            raise src.fail(src.line_of(("role",)) if "role" in doc else 1,
                           f"the policy has no [role.{role}]")
    return {r: out[r] for r in POLICY_ROLES}


def dump_policy(policy: Mapping[str, RolePolicy]) -> str:
    first = policy[POLICY_ROLES[0]]
    out = ["# CareCenter authority policy (carecenter policy export). Amounts in cents.", "",
           f"currency = {_q(first.currency)}", f"day_time_zone = {_q(first.day_time_zone)}"]
    for role in POLICY_ROLES:
        p = policy[role]
        out += ["", f"[role.{role}]",
                f"max_per_decision_cents = {p.max_per_decision_cents}",
                f"max_per_customer_30_days_cents = {p.max_per_customer_30_days_cents}",
                f"max_per_agent_day_cents = {p.max_per_agent_day_cents}",
                f"may_override_with_reason = {'true' if p.may_override_with_reason else 'false'}"]
        for code, (per_grant, per_period) in p.remedy_limits.items():
            out += ["", f"[role.{role}.remedy.{code}]", f"per_grant = {per_grant}",
                    f"per_period = {per_period}"]
    return "\n".join(out) + "\n"


def _q(text: str) -> str:
    """A TOML basic string (JSON escapes are valid TOML; DEL must be escaped too)."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


# -- files and the shipped defaults -----------------------------------------------------

def load_catalogue_file(path: Path) -> Catalogue:
    return parse_catalogue(_read(path), str(path))


def load_policy_file(path: Path) -> dict[str, RolePolicy]:
    return parse_policy(_read(path), str(path))


def _resource(name: str) -> str:
    return (resources.files("resources") / name).read_text(encoding="utf-8")


@cache
def default_catalogue() -> Catalogue:
    """The catalogue shipped in ``resources/remedies.toml``."""
    return parse_catalogue(_resource("remedies.toml"), "resources/remedies.toml")


@cache
def _default_policy() -> tuple[RolePolicy, ...]:
    return tuple(parse_policy(_resource("authority.toml"), "resources/authority.toml").values())


def default_policy() -> dict[str, RolePolicy]:
    """The policy shipped in ``resources/authority.toml``, by role."""
    return {p.role: p for p in _default_policy()}


def policy_from_records(records: Iterable[Mapping[str, Any]]) -> dict[str, RolePolicy]:
    """The policy by role from ``authority_policy`` rows (as mappings of their columns, as
    a store or the hub holds them) over the shipped default; for the hub's cap check."""
    out = default_policy()
    for r in records:
        role = str(r["role"])
        if role in POLICY_ROLES:
            out[role] = RolePolicy(
                role=role, currency=str(r["currency"]), day_time_zone=str(r["day_time_zone"]),
                max_per_decision_cents=int(r["max_per_decision_cents"]),
                max_per_customer_30_days_cents=int(r["max_per_customer_30_days_cents"]),
                max_per_agent_day_cents=int(r["max_per_agent_day_cents"]),
                may_override_with_reason=bool(r["may_override_with_reason"]),
                # a policy written before remedies that cost nothing keeps the shipped
                remedy_limits=out[role].remedy_limits if r.get("remedy_limits") is None
                else limits_from_json(r.get("remedy_limits")))
    return out

