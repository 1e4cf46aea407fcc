"""One typed settings object, stored as JSON text under the platformdirs config folder.

Secrets never go here: the device token of the hub service lives in the OS keyring, and
passwords are typed only in the sign-in dialog.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

import platformdirs

from carecenter.db.store import APP_ID

LANGUAGES = ("en", "it")  # the interface languages shipped (resources/translations)
# the colour themes shipped (resources/styles/themes); "system" follows the OS light or dark
THEMES = ("light", "dark", "high_contrast")
THEME_CHOICES = ("system", *THEMES)


def settings_path() -> Path:
    override = os.environ.get("CARECENTER_CONFIG")
    if override:
        return Path(override)
    return platformdirs.user_config_path(APP_ID) / "settings.json"


@dataclass(frozen=True)
class Settings:
    region: str = "IT"  # default region for national phone numbers
    language: str = ""  # "en", "it", or "" for the system language
    agent_name: str = ""  # who is at this workstation (with a hub: who signed in last)
    # Read only without a hub (a standalone demo store). With a hub the role is the hub's
    # record of the signed-in agent (carecenter.services.agents.desk_agent); the field
    # stays so that older settings files load.
    agent_role: str = "agent"
    store: str = ""  # the shop or team of this workstation
    hub_url: str = ""  # the hub service, https://host:port; the device token is in the keyring
    # The store this desk opens without --db, chosen at the first run
    # (ui/shell/first_run_wizard.py); "" for the default one (default_store_path).
    store_path: str = ""
    sync_interval_s: int = 60
    theme: str = "system"  # one of THEME_CHOICES

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        path = path or settings_path()
        try:
            raw: Any = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError):
            return cls()  # unreadable settings: start from defaults, never crash
        if not isinstance(raw, dict):
            return cls()
        known = {f.name: f.type for f in fields(cls)}
        base = cls()
        values = {k: v for k, v in raw.items()
                  if k in known and isinstance(v, type(getattr(base, k)))}
        return replace(base, **values)

    def save(self, path: Path | None = None) -> None:
        path = path or settings_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.unlink(missing_ok=True)
        # Readable by its owner only, whatever the umask (issue 18): made so, then written.
        fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(json.dumps(asdict(self), indent=2, sort_keys=True))
        os.chmod(tmp, 0o600)
        tmp.replace(path)
