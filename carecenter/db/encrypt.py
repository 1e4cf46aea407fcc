"""``carecenter store encrypt``: a plain store converted in place into an encrypted one.

The steps, each safe against a kill (the original is never lost):

1. the store at the newest schema, alone (no other program has it open: its journal is
   turned to DELETE, so it is one file, and it stays locked while it is copied);
2. a backup of it beside it (``<store>.plain-backup``, owner-only);
3. ``sqlcipher_export`` into a new owner-only file beside it, under a new key kept in the
   keyring first (or the passphrase given); the copy must pass SQLCipher's and SQLite's
   integrity checks and hold as many rows as the original, table by table (the outbox
   too);
4. the copy put in the store's place (one rename), opened again as the store;
5. only then the backup removed.

A kill before 4 leaves the original where it was (and a stray copy, removed by the next
run); after 4, the encrypted store plus the backup.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from carecenter.db import cipher
from carecenter.db.cipher import StoreKey
from carecenter.db.faults import StoreCode, StoreError
from carecenter.db.store import Store, check, is_encrypted


@dataclass(frozen=True)
class Encrypted:
    path: Path
    tables: int
    rows: int  # rows in every table, the outbox's included
    outbox: int
    in_keyring: bool  # False: a passphrase, asked at each start


def backup_path(path: Path) -> Path:
    return path.with_name(f"{path.name}.plain-backup")


def _work_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.encrypting.tmp")


def encrypt_store(path: Path) -> Encrypted:
    """Convert the plain store at ``path``; StoreError (a code) when it cannot be, with the
    store left as it was: MISSING, ENCRYPTED (already), KEY_NEEDED (no keyring and no
    passphrase given), LOCKED (another program has it open), ENCRYPT_FAILED."""
    if not path.is_file() or path.stat().st_size == 0:
        raise StoreError(f"There is no store at {path}.", StoreCode.MISSING, path)
    if is_encrypted(path):
        raise StoreError(f"{path} is already encrypted.", StoreCode.ENCRYPTED, path)
    check(path)  # not a store, damaged or newer: StoreError, untouched
    Store.open(path, create=False).close()  # at the newest schema (migrated, backed up)
    _work_path(path).unlink(missing_ok=True)  # a copy a killed run left
    key = cipher.key_for_new(path)
    if key is None:
        raise StoreError(f"{path} is to be encrypted and there is no keyring here: a "
                         "passphrase is needed.", StoreCode.KEY_NEEDED, path)
    try:
        counts = _copy(path, key)
        os.replace(_work_path(path), path)
    except BaseException:
        _work_path(path).unlink(missing_ok=True)
        backup_path(path).unlink(missing_ok=True)  # the original is still in its place
        if key.raw is not None:
            cipher.forget_key(key)
        raise
    for stale in cipher.store_files(path)[1:]:
        stale.unlink(missing_ok=True)  # the plain store's (none: its journal was DELETE)
    Store.open(path, create=False).close()  # opens with its key, back in WAL
    backup_path(path).unlink()
    return Encrypted(path, len(counts), sum(counts.values()), counts.get("outbox", 0),
                     key.raw is not None)


def _copy(path: Path, key: StoreKey) -> dict[str, int]:
    """The backup and the checked encrypted copy; the rows of each table."""
    work = _work_path(path)
    cipher.create_owner_only(work)
    dbapi2 = cipher.driver()
    src = dbapi2.connect(str(path), isolation_level=None)  # no key: the plain file
    try:
        src.execute("PRAGMA busy_timeout=2000")
        mode = _locked(src, path)
        _backup(src, backup_path(path))
        src.execute(f"ATTACH DATABASE ? AS enc KEY {key.literal()}", (str(work),))
        for pragma in cipher.settings("enc"):
            src.execute(pragma)
        src.execute("BEGIN IMMEDIATE")
        src.execute("SELECT sqlcipher_export('enc')")
        counts = _counts(src)  # in the transaction: what was exported
        src.execute("COMMIT")
        src.execute("DETACH DATABASE enc")
        src.execute(f"PRAGMA journal_mode={mode}")
    except Exception as exc:
        if not cipher.is_driver_error(exc):
            raise
        raise StoreError(f"{path} could not be encrypted ({exc}); it was left as it was.",
                         _fault(exc), path) from exc
    finally:
        src.close()
    _verify(work, key, counts, path)
    return counts


def _locked(src: Any, path: Path) -> str:
    """The store as one file (journal DELETE), which only works when no other program has
    it open; the journal mode it had, to put back."""
    mode = str(src.execute("PRAGMA journal_mode").fetchone()[0])
    if str(src.execute("PRAGMA journal_mode=DELETE").fetchone()[0]).lower() != "delete":
        raise StoreError(f"{path} is open in another program.", StoreCode.LOCKED, path)
    return mode


def _fault(exc: BaseException) -> StoreCode:
    from carecenter.db.faults import store_fault

    return store_fault(exc) or StoreCode.ENCRYPT_FAILED


def _backup(src: Any, target: Path) -> None:
    target.unlink(missing_ok=True)
    cipher.create_owner_only(target)
    dst = cipher.driver().connect(str(target))  # no key: a plain copy
    try:
        src.backup(dst)
    finally:
        dst.close()


def _counts(con: Any, schema: str = "main") -> dict[str, int]:
    names = [str(r[0]) for r in con.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type='table' "
        "AND name NOT LIKE 'sqlite_%'")]
    return {n: int(con.execute(f'SELECT count(*) FROM {schema}."{n}"').fetchone()[0])
            for n in names}


def _verify(work: Path, key: StoreKey, counts: dict[str, int], path: Path) -> None:
    """The encrypted copy checks out: both integrity checks, every table's rows."""
    con = cipher.connect(work, key)
    try:
        cipher_faults = con.execute("PRAGMA cipher_integrity_check").fetchall()
        integrity = [str(r[0]) for r in con.execute("PRAGMA integrity_check")]
        copied = _counts(con)
    finally:
        con.close()
    if cipher_faults or integrity != ["ok"] or copied != counts:
        raise StoreError(f"The encrypted copy of {path} did not check out; the store was "
                         "left as it was.", StoreCode.ENCRYPT_FAILED, path)

