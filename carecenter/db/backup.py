"""Backing up a local store and restoring it: SQLite's online backup, safe while the
console writes (a WAL reader sees one consistent snapshot and blocks no writer).

A backup is a store file (journal ``DELETE``, one file, mode 0600) with ``backup.*`` keys
in its ``store_meta``. A restore refuses, changing nothing, a file that is not such a
backup, one written by a newer schema, and one from another hub than the target store
syncs with. It copies the backup into the target through the backup API as well (a
console that has the target open sees the new content, never a file swapped under it),
keeps the store it replaced beside it, and never moves this site's clock back, so a
later sync resends what the hub already has (recognised by op id, taken once) and pulls
what the backup lacks.

Every file is opened through a ``Connect`` (plain ``sqlite3`` here): an encrypted store
passes its own (``connect_for``: a ``KeyedConnect``, which applies the store's key to every
file), so its backup is encrypted with the same key (and salt: the keyring finds it), and
the rest holds as it is.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from carecenter import __version__
from carecenter.clock import utcnow
from carecenter.db import cipher
from carecenter.db import store as store_file
from carecenter.db.cipher import StoreKey

# Opens a database file; ``readonly`` for a file the caller must not change.
Connect = Callable[[Path, bool], sqlite3.Connection]

BACKUP_KEYS = ("backup.taken_at", "backup.version")
HUB_KEY = "sync.hub_id"
OWNER_ONLY = 0o600


def plain_connect(path: Path, readonly: bool) -> sqlite3.Connection:
    if readonly:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    else:
        con = sqlite3.connect(path)
    con.execute("PRAGMA busy_timeout=10000")
    return con


@dataclass(frozen=True)
class KeyedConnect:
    """Opens every file under an encrypted store's key."""

    key: StoreKey

    def __call__(self, path: Path, readonly: bool) -> sqlite3.Connection:
        con: sqlite3.Connection = cipher.connect(path, self.key, readonly=readonly)
        con.execute("PRAGMA busy_timeout=10000")
        return con


def connect_for(path: Path) -> Connect:
    """How to open the store (or backup) at ``path`` and its copies: plainly, or under its
    key (StoreError, one sentence, when this computer has none)."""
    if not path.is_file() or not cipher.looks_encrypted(path):
        return plain_connect
    key = cipher.key_for(path)
    if key is None:
        store_file.check(path)  # raises the store's own sentence (KEY_MISSING, KEY_NEEDED)
        raise AssertionError(path)  # pragma: no cover - check raised
    return KeyedConnect(key)


def _encrypted(connect: Connect) -> bool:
    return isinstance(connect, KeyedConnect)


class BackupProblem(StrEnum):
    """Why a backup or a restore is refused; values named in the comment."""

    NO_STORE = "no_store"  # path
    SAME_FILE = "same_file"  # path
    NO_BACKUP_FILE = "no_backup_file"  # path
    NOT_A_BACKUP = "not_a_backup"  # path
    BACKUP_DAMAGED = "backup_damaged"  # path, detail
    BACKUP_NEWER = "backup_newer"  # path, revision
    OTHER_HUB = "other_hub"  # path, store, backup_hub, store_hub
    OTHER_KEY = "other_key"  # path, store: one is encrypted and the other is not


class BackupRefused(Exception):
    """A backup or restore refused, nothing changed: ``code`` and the sentence's values."""

    def __init__(self, code: BackupProblem, **values: object) -> None:
        super().__init__(code.value)
        self.code = code
        self.values: dict[str, object] = values


@dataclass(frozen=True)
class BackupInfo:
    """What a backup holds, read from its ``store_meta``."""

    path: Path
    taken_at: str
    version: str
    revision: str
    site_id: str
    hub_id: str | None
    hlc: int
    outbox: int


@dataclass(frozen=True)
class RestoreResult:
    backup: BackupInfo
    replaced: Path | None  # the copy of the store the restore replaced, if there was one


@contextlib.contextmanager
def _open(connect: Connect, path: Path, readonly: bool) -> Iterator[sqlite3.Connection]:
    con = connect(path, readonly)
    try:
        yield con
    finally:
        con.close()


def _owner_only_file(path: Path) -> None:
    """Create ``path`` empty, readable and writable by its owner only (whatever the umask)."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, OWNER_ONLY)
    os.close(fd)
    os.chmod(path, OWNER_ONLY)


def _temp_beside(path: Path, tag: str) -> Path:
    tmp = path.with_name(f".{path.name}.{tag}-{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    _owner_only_file(tmp)
    return tmp


def _meta(con: sqlite3.Connection) -> dict[str, str]:
    return {str(k): str(v) for k, v in con.execute("SELECT key, value FROM store_meta")}


def backup(db: Path, out: Path, connect: Connect = plain_connect) -> BackupInfo:
    """Copy the store ``db`` into ``out`` (replaced whole, at the end, if it exists)."""
    if not db.is_file() or db.stat().st_size == 0:
        raise BackupRefused(BackupProblem.NO_STORE, path=db)
    if out.exists() and out.resolve() == db.resolve():
        raise BackupRefused(BackupProblem.SAME_FILE, path=out)
    store_file.check(db)  # not a store, damaged, or newer: StoreError, untouched
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = _temp_beside(out, "backup")
    try:
        with _open(connect, db, False) as src, _open(connect, tmp, False) as dst:
            src.backup(dst)  # one step: one snapshot, writers go on meanwhile
            dst.execute("PRAGMA journal_mode=DELETE")  # one file, no -wal beside it
            with dst:
                dst.executemany(
                    "INSERT OR REPLACE INTO store_meta (key, value) VALUES (?, ?)",
                    zip(BACKUP_KEYS, (utcnow().isoformat(), __version__), strict=True))
            _integrity(dst, tmp)
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return read_backup(out, connect)


def _integrity(con: sqlite3.Connection, path: Path) -> None:
    result = [str(r[0]) for r in con.execute("PRAGMA quick_check")]
    if result != ["ok"]:
        raise BackupRefused(BackupProblem.BACKUP_DAMAGED, path=path, detail=result[0])


def read_backup(path: Path, connect: Connect = plain_connect) -> BackupInfo:
    """What the backup at ``path`` holds; BackupRefused for anything else."""
    if not path.is_file():
        raise BackupRefused(BackupProblem.NO_BACKUP_FILE, path=path)
    with path.open("rb") as f:
        header = f.read(20)
    # A backup is written in rollback-journal mode (bytes 18-19 are 1); a file in WAL mode
    # (2) is a live store, not a backup: refused before opening it leaves a -wal beside it.
    if _encrypted(connect):  # the header is encrypted too: the journal mode is asked below
        if not cipher.looks_encrypted(path):
            raise BackupRefused(BackupProblem.NOT_A_BACKUP, path=path)
    elif not header.startswith(store_file.SQLITE_MAGIC) or header[18:20] != b"\x01\x01":
        raise BackupRefused(BackupProblem.NOT_A_BACKUP, path=path)
    try:
        with _open(connect, path, True) as con:
            if _encrypted(connect) and _journal(con) != "delete":
                raise BackupRefused(BackupProblem.NOT_A_BACKUP, path=path)
            tables = {str(r[0]) for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table'")}
            if not {"store_meta", "alembic_version", "outbox"} <= tables:
                raise BackupRefused(BackupProblem.NOT_A_BACKUP, path=path)
            meta = _meta(con)
            rev = con.execute("SELECT version_num FROM alembic_version").fetchone()
            if (meta.get("app") != store_file.APP_ID or "site_id" not in meta
                    or any(k not in meta for k in BACKUP_KEYS) or rev is None):
                raise BackupRefused(BackupProblem.NOT_A_BACKUP, path=path)
            _integrity(con, path)
            outbox = int(con.execute("SELECT count(*) FROM outbox").fetchone()[0])
    except Exception as exc:
        if not isinstance(exc, sqlite3.DatabaseError) and not cipher.is_driver_error(exc):
            raise
        raise BackupRefused(BackupProblem.BACKUP_DAMAGED, path=path, detail=str(exc)) from exc
    revision = str(rev[0])
    known, _ = store_file.known_revisions()
    if revision not in known:
        raise BackupRefused(BackupProblem.BACKUP_NEWER, path=path, revision=revision)
    return BackupInfo(path, meta["backup.taken_at"], meta["backup.version"], revision,
                      meta["site_id"], meta.get(HUB_KEY), int(meta.get("hlc", "0")), outbox)


def _journal(con: sqlite3.Connection) -> str:
    return str(con.execute("PRAGMA journal_mode").fetchone()[0]).lower()


def _target_meta(db: Path, connect: Connect, backup_file: Path) -> dict[str, str] | None:
    """The target store's facts, or None when there is no store there yet."""
    if not db.exists() or db.stat().st_size == 0:
        return None
    if cipher.looks_encrypted(db) != _encrypted(connect):
        raise BackupRefused(BackupProblem.OTHER_KEY, path=backup_file, store=db)
    store_file.check(db)  # not a store, damaged, or newer: StoreError, untouched
    # Read-write, only read: the last connection of a WAL file removes the -wal and -shm
    # it opened (a read-only one would leave them behind).
    with _open(connect, db, False) as con:
        tables = {str(r[0]) for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table'")}
        return _meta(con) if "store_meta" in tables else None


def restore(backup_file: Path, db: Path, connect: Connect = plain_connect) -> RestoreResult:
    """Replace the store ``db`` (made if missing) with the backup's content."""
    if db.exists() and db.resolve() == backup_file.resolve():
        raise BackupRefused(BackupProblem.SAME_FILE, path=db)
    info = read_backup(backup_file, connect)
    target = _target_meta(db, connect, backup_file)
    store_hub = (target or {}).get(HUB_KEY)
    if store_hub is not None and info.hub_id is not None and info.hub_id != store_hub:
        raise BackupRefused(BackupProblem.OTHER_HUB, path=backup_file, store=db,
                            backup_hub=info.hub_id, store_hub=store_hub)
    db.parent.mkdir(parents=True, exist_ok=True)
    work = _temp_beside(db, "restore")
    try:
        with _open(connect, backup_file, True) as src, _open(connect, work, False) as dst:
            src.backup(dst)
            _prepare(dst, info, target, db, connect)
        replaced = _keep_replaced(db, connect) if target is not None else None
        if target is None and not db.exists():
            _owner_only_file(db)
        with _open(connect, work, True) as src, _open(connect, db, False) as dst:
            src.backup(dst)
    finally:
        work.unlink(missing_ok=True)
    if info.revision != store_file.known_revisions()[1]:
        store_file.Store.open(db).close()  # an older schema: migrated now, backed up first
    return RestoreResult(info, replaced)


def _prepare(con: sqlite3.Connection, info: BackupInfo, target: dict[str, str] | None,
             db: Path, connect: Connect) -> None:
    """The copy as the store it becomes: no backup marks; this site's clock never back
    (the ops it stamped after the backup are on the hub: a new one must come after them);
    the target's page size (the backup API cannot change a WAL file's page size)."""
    with con:
        con.executemany("DELETE FROM store_meta WHERE key = ?", ((k,) for k in BACKUP_KEYS))
        if target is not None and target.get("site_id") == info.site_id:
            hlc = max(info.hlc, int(target.get("hlc", "0")))
            con.execute("UPDATE store_meta SET value = ? WHERE key = 'hlc'", (str(hlc),))
    if target is not None:
        with _open(connect, db, True) as t:
            size = int(t.execute("PRAGMA page_size").fetchone()[0])
        if int(con.execute("PRAGMA page_size").fetchone()[0]) != size:
            con.execute(f"PRAGMA page_size={size}")
            con.execute("VACUUM")


def _keep_replaced(db: Path, connect: Connect) -> Path:
    """A copy of the store about to be replaced, beside it (its unsent work is there)."""
    stamp = utcnow().strftime("%Y%m%dT%H%M%SZ")
    keep = db.with_name(f"{db.name}.before-restore-{stamp}")
    keep.unlink(missing_ok=True)
    _owner_only_file(keep)
    with _open(connect, db, False) as src, _open(connect, keep, False) as dst:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")
    return keep
