"""A keyring backend for CLI tests run in subprocesses: secrets in the JSON file named by
``CARECENTER_TEST_KEYRING`` (select it with
``PYTHON_KEYRING_BACKEND=tests.keyring_file.FileKeyring``).
Never the developer's real keyring."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @property
    def path(self) -> Path:
        return Path(os.environ["CARECENTER_TEST_KEYRING"])

    def _load(self) -> dict[str, str]:
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        d = self._load()
        d[f"{service}\n{username}"] = password
        self.path.write_text(json.dumps(d), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        d = self._load()
        d.pop(f"{service}\n{username}", None)
        self.path.write_text(json.dumps(d), encoding="utf-8")
