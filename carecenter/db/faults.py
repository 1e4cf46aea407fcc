"""Why a store cannot be used: the codes, the error, and reading them off SQLite's result
codes and the system's error numbers (never off a message's text)."""

from __future__ import annotations

import errno
import os
import sqlite3
from enum import StrEnum
from pathlib import Path

from carecenter.db.cipher import is_driver_error


class StoreCode(StrEnum):
    """Why a store cannot be used, for the interfaces to say in their own words."""

    MISSING = "missing"  # no store at the path, and this command does not create one
    FOLDER = "folder"  # the path is a folder
    READ_ONLY = "read_only"  # the file (or its folder) cannot be written
    LOCKED = "locked"  # another program holds the store
    FULL = "full"  # the disk is full
    CANNOT_OPEN = "cannot_open"  # the file cannot be opened at all
    KEY_MISSING = "key_missing"  # encrypted, and the keyring holds no key for it
    KEY_NEEDED = "key_needed"  # encrypted (or to be), no keyring: a passphrase must be given
    KEY_WRONG = "key_wrong"  # encrypted, and the key or passphrase given does not open it
    ENCRYPTED = "encrypted"  # already encrypted (``carecenter store encrypt``)
    ENCRYPT_FAILED = "encrypt_failed"  # the encrypted copy did not check out; store as it was


class StoreError(Exception):
    """The store cannot be opened; the message is one sentence for the user. ``code`` and
    ``path`` say why for the interfaces that word it themselves (commands/words.py)."""

    def __init__(self, message: str, code: StoreCode | None = None,
                 path: Path | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.path = path


_SQLITE_CODES = {
    sqlite3.SQLITE_READONLY: StoreCode.READ_ONLY,
    sqlite3.SQLITE_BUSY: StoreCode.LOCKED,
    sqlite3.SQLITE_LOCKED: StoreCode.LOCKED,
    sqlite3.SQLITE_FULL: StoreCode.FULL,
    sqlite3.SQLITE_CANTOPEN: StoreCode.CANNOT_OPEN,
    sqlite3.SQLITE_PERM: StoreCode.READ_ONLY,
}
_OS_CODES = {errno.ENOSPC: StoreCode.FULL, errno.EDQUOT: StoreCode.FULL,
             errno.EROFS: StoreCode.READ_ONLY, errno.EACCES: StoreCode.READ_ONLY,
             errno.EPERM: StoreCode.READ_ONLY, errno.EISDIR: StoreCode.FOLDER}


def _no_space(path: Path) -> bool:
    try:
        return os.statvfs(path.parent).f_bavail == 0
    except (OSError, AttributeError):  # no such folder; no statvfs (Windows)
        return False


def store_fault(exc: BaseException, path: Path | None = None) -> StoreCode | None:
    """What a failure while using the store says about the store (read-only, locked, full
    disk...), from SQLite's result code or the system's error number, never from the
    text of a message; None for anything else. Takes SQLAlchemy's wrapped errors too.
    With ``path``, an I/O error on a disk with no space left is a full disk (SQLite says
    only "disk I/O error" when it cannot make the store's shared-memory file)."""
    orig = getattr(exc, "orig", None)  # sqlalchemy.exc.DBAPIError
    if isinstance(orig, BaseException):
        exc = orig
    if isinstance(exc, sqlite3.Error) or is_driver_error(exc):
        code = getattr(exc, "sqlite_errorcode", None)
        if not isinstance(code, int):
            return None
        if code & 0xFF == sqlite3.SQLITE_IOERR and path is not None and _no_space(path):
            return StoreCode.FULL
        return _SQLITE_CODES.get(code & 0xFF)
    if isinstance(exc, OSError) and exc.errno is not None:
        return _OS_CODES.get(exc.errno)
    return None
