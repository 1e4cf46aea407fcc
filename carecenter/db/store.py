"""Opening the local store: refuse what is not ours, back up, migrate, set the pragmas."""

from __future__ import annotations

import gc
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from carecenter.clock import HybridClock, utcnow
from carecenter.db import cipher
from carecenter.db.cipher import StoreKey
from carecenter.db.connections import cache_size, connect, make_engine, on_connect
from carecenter.db.faults import (  # re-exported: callers take them from the store
    StoreCode as StoreCode,  # noqa: PLC0414
)
from carecenter.db.faults import (
    StoreError as StoreError,  # noqa: PLC0414
)
from carecenter.db.faults import (
    store_fault as store_fault,  # noqa: PLC0414
)
from carecenter.db.guard import lifted
from carecenter.db.revisions import (  # re-exported: the store's schema revisions
    _alembic_config as _alembic_config,  # noqa: PLC0414
)
from carecenter.db.revisions import _shipped_head
from carecenter.db.revisions import (
    known_revisions as known_revisions,  # noqa: PLC0414
)

# SQLAlchemy and the models are imported where a store is opened, not with this module:
# the console shows its window first and opens the store on its worker thread, so the
# names a start needs at once (APP_ID, StoreError, default_store_path, check) stay light.
if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

APP_ID = "carecenter"
SQLITE_MAGIC = b"SQLite format 3\x00"


def default_store_path() -> Path:
    return platformdirs.user_data_path(APP_ID) / "carecenter.db"


def _key_of(path: Path) -> StoreKey | None:
    """None for a plain store file; the key of an encrypted one (StoreError, touching
    nothing, when this computer has no key for it); StoreError for a file that is no
    database at all."""
    with path.open("rb") as f:
        head = f.read(len(SQLITE_MAGIC))
    if head == SQLITE_MAGIC:
        return None
    if not cipher.looks_encrypted(path):
        raise StoreError(
            f"{path} is not a CareCenter store (it is not a database file); "
            "it was left untouched: choose another file with --db."
        )
    key = cipher.key_for(path)
    if key is None:
        code = StoreCode.KEY_MISSING if cipher.keyring_usable() else StoreCode.KEY_NEEDED
        raise StoreError(f"{path} is an encrypted store and this computer has no key for "
                         "it; it was left untouched.", code, path)
    return key


def _read_only(path: Path, key: StoreKey | None) -> sqlite3.Connection:
    if key is not None:
        con: sqlite3.Connection = cipher.connect(path, key, readonly=True)
        return con
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _inspect(path: Path) -> tuple[str | None, StoreKey | None]:
    """The schema revision of an existing store file (None for a new or empty file) and
    its key (None for a plain store).

    Raises StoreError, touching nothing, for a folder, a file that is not a CareCenter
    store, is damaged, was written by a newer version, or is encrypted under a key this
    computer does not hold.
    """
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a store file: give the store's file "
                         "with --db.", StoreCode.FOLDER, path)
    if not path.exists() or path.stat().st_size == 0:
        return None, None
    key = _key_of(path)
    try:
        con = _read_only(path, key)
        try:
            tables = {r[0] for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table'")}
            if not tables:
                return None, key
            if "store_meta" not in tables or "alembic_version" not in tables:
                raise StoreError(
                    f"{path} is a database but not a CareCenter store; "
                    "it was left untouched: choose another file with --db."
                )
            app = con.execute("SELECT value FROM store_meta WHERE key='app'").fetchone()
            rev = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except Exception as exc:
        if not isinstance(exc, sqlite3.DatabaseError) and not cipher.is_driver_error(exc):
            raise
        if key is not None and getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_NOTADB:
            raise StoreError(f"{path} is an encrypted store and its key does not open it; "
                             "it was left untouched.", StoreCode.KEY_WRONG, path) from exc
        if (fault := store_fault(exc, path)) is not None:
            raise StoreError(f"{path} cannot be opened ({exc}).", fault, path) from exc
        raise StoreError(
            f"{path} cannot be read as a CareCenter store ({exc}); "
            "it was left untouched: restore it from a backup or choose another file with --db."
        ) from exc
    if app is None or app[0] != APP_ID:
        raise StoreError(
            f"{path} is a database but not a CareCenter store; "
            "it was left untouched: choose another file with --db."
        )
    revision: str | None = str(rev[0]) if rev else None
    if revision is not None and revision in _shipped_head()[0]:
        return revision, key
    known, _ = known_revisions()
    if revision is not None and revision not in known:
        raise StoreError(
            f"{path} was written by a newer version of CareCenter (schema {revision}); "
            "it was left untouched: update CareCenter to open it."
        )
    return revision, key


def check(path: Path | str | None = None) -> None:
    """Refuse at once, touching nothing, a file that is not a CareCenter store, is damaged
    or was written by a newer version (StoreError, one sentence); cheap, no SQLAlchemy:
    the console calls it before its window shows and opens the store afterwards."""
    _inspect(Path(path) if path is not None else default_store_path())


def is_encrypted(path: Path | str) -> bool:
    """Whether the store file at ``path`` looks encrypted (no key needed to tell)."""
    return cipher.looks_encrypted(Path(path))


def _backup(path: Path, revision: str, key: StoreKey | None) -> Path:
    stamp = utcnow().strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.backup-{revision}-{stamp}")
    cipher.create_owner_only(target)
    src = connect(path, key)
    try:
        dst = connect(target, key)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def _new_file(path: Path, encrypt: bool) -> StoreKey | None:
    """Make the new store's file, owner-only (SQLite gives its -wal and -shm the same
    mode); its key when ``encrypt`` (StoreError KEY_NEEDED: ask a passphrase first)."""
    key = None
    if encrypt and (not path.exists() or path.stat().st_size == 0):  # not an empty schema
        key = cipher.key_for_new(path)
        if key is None:
            raise StoreError(f"{path} is to be encrypted and there is no keyring here: a "
                             "passphrase is needed.", StoreCode.KEY_NEEDED, path)
    try:
        cipher.create_owner_only(path)
    except OSError as exc:
        raise StoreError(f"{path} cannot be created ({exc.strerror}).",
                         store_fault(exc), path) from exc
    return key


class Store:
    """An open local store: engine, sessions, this site's id and its clock."""

    def __init__(self, path: Path, engine: Engine | None, site_id: str, clock: HybridClock,
                 reader: sqlite3.Connection | None = None, *,
                 key: StoreKey | None = None) -> None:
        self.path = path
        self.key = key  # None for a plain store
        self._engine = engine
        self._reader = reader  # a plain connection for reads before the engine exists
        self._reader_lock = threading.Lock()  # a search on it, or the engine taking it
        self.site_id = site_id
        self.clock = clock
        self._sessions: sessionmaker[Session] | None = None  # made with the first session
        self.backup_path: Path | None = None

    @classmethod
    def open(cls, path: Path | str | None = None, *, create: bool = True,
             encrypt: bool = False) -> Store:
        """Open (migrating as needed) the store at ``path``; a new one is made there only
        with ``create`` (``carecenter init`` and ``demo``, the console's first run):
        otherwise a missing store raises StoreError (MISSING) and no file is made. A new
        store is encrypted with ``encrypt`` (db/cipher.py), readable by its owner only."""
        path = Path(path) if path is not None else default_store_path()
        revision, key = _inspect(path)
        if not create and revision is None:
            raise StoreError(f"There is no store at {path}: check the path, or create one "
                             "with `carecenter init --db PATH`.", StoreCode.MISSING, path)
        if revision is not None and revision == _shipped_head()[1]:
            return cls._open_current(path, key)
        from sqlalchemy import select
        from sqlalchemy.orm import Session

        from carecenter.db.models import StoreMeta
        from carecenter.ids import new_id

        _, head = known_revisions()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"The folder for {path} cannot be created ({exc.strerror}).",
                             store_fault(exc), path) from exc
        if revision is None:
            key = _new_file(path, encrypt) or key
        backup = _backup(path, revision, key) \
            if revision is not None and revision != head else None
        engine = make_engine(path, key)
        try:
            from alembic import command

            with engine.begin() as conn, lifted(conn), _alembic_config(conn) as cfg:
                command.upgrade(cfg, "head")
            with Session(engine) as s, s.begin():
                meta = {m.key: m.value for m in s.scalars(select(StoreMeta))}
                if "app" not in meta:
                    meta = {"app": APP_ID, "site_id": new_id(), "hlc": "0",
                            "created_at": utcnow().isoformat()}
                    s.add_all(StoreMeta(key=k, value=v) for k, v in meta.items())
            # The connection that ran the migrations is closed: on SQLCipher's SQLite it
            # went on compiling every statement again in each transaction (twice the time
            # of a search); a new one compiles once (tests/unit/test_compiled_once.py).
            engine.dispose()
        except Exception as exc:
            engine.dispose()
            if not isinstance(exc, sqlite3.Error) and not cipher.is_driver_error(exc) \
                    and store_fault(exc) is None:
                raise
            raise StoreError(f"{path} cannot be opened ({exc}).", store_fault(exc, path),
                             path) from exc
        store = cls(path, engine, meta["site_id"], HybridClock(last=int(meta["hlc"])),
                    key=key)
        store.backup_path = backup
        return store

    @classmethod
    def _open_current(cls, path: Path, key: StoreKey | None) -> Store:
        """A store already at the newest schema: no migration, no Alembic, no ORM and not
        even SQLAlchemy yet: one plain connection reads the meta and then serves the
        searches (``reading``) until the engine is first needed."""
        try:
            reader = connect(path, key, check_same_thread=False)  # one worker at a time
            try:
                on_connect(reader, None)
                meta = dict(reader.execute("SELECT key, value FROM store_meta"))
            except BaseException:
                reader.close()
                raise
        except Exception as exc:
            if not isinstance(exc, sqlite3.Error) and not cipher.is_driver_error(exc):
                raise
            raise StoreError(f"{path} cannot be opened ({exc}).", store_fault(exc, path),
                             path) from exc
        if "site_id" not in meta:
            reader.close()
            raise StoreError(f"{path} is a database but not a CareCenter store; "
                             "it was left untouched: choose another file with --db.")
        return cls(path, None, meta["site_id"], HybridClock(last=int(meta.get("hlc", "0"))),
                   reader=reader, key=key)

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, made at first use (a start that only searches needs none).
        Its pool starts with the connection the store was opened with: the page cache the
        searches warmed so far goes on serving them (a new connection starts cold, and an
        encrypted store's cold pages are decrypted again: docs/performance.md)."""
        if self._engine is None:
            with self._reader_lock:  # waits for a search still reading from it
                if self._engine is None:
                    reader, self._reader = self._reader, None
                    engine = make_engine(self.path, self.key, first=reader)
                    if reader is not None:
                        engine.raw_connection().close()  # in the pool now: closed with it
                    self._engine = engine
        return self._engine

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """A driver connection for plain-SQL reads (the search): the engine's pooled one
        once the engine exists, else the plain one the store was opened with."""
        if self._engine is None:
            with self._reader_lock:
                if self._engine is None and self._reader is not None:
                    yield self._reader
                    return
        pooled = self.engine.raw_connection()
        try:
            db = pooled.driver_connection
            assert db is not None
            yield db
        finally:
            pooled.close()

    def session(self) -> Session:
        """A new short-lived session; use as ``with store.session() as s, s.begin():``."""
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        return self._sessions()

    # A page cache big enough for a whole batch's dirty pages, temporary b-trees in memory.
    BULK_PRAGMAS = ("cache_size=-262144", "temp_store=MEMORY")

    @contextmanager
    def bulk_work(self) -> Iterator[None]:
        """Settings for writing many rows (imports, demo data, a first sync): a page cache
        big enough for a whole batch's dirty pages (they are written once, at commit,
        instead of spilling into the WAL mid-transaction) and temporary b-trees in memory,
        for the pooled connection the batches' units of work use (one thread); nothing is
        persisted. And the cycle collector off: a batch makes hundreds of thousands of
        objects (cells, parsed rows, parameters, decoded pages) and none of them in cycles,
        yet each collection walked them all again (a fifth of a contacts import). Whatever
        cycles appear meanwhile are collected when it is back on.

        Durability stays what the store always has: WAL with synchronous=NORMAL (see
        connections.on_connect), where a kill never loses a committed transaction nor
        leaves half of one; only a power loss may roll back the last commits, never
        corrupt the file.
        """
        collecting = gc.isenabled()
        self._pragmas(*self.BULK_PRAGMAS)
        gc.disable()
        try:
            yield
        finally:
            if collecting:
                gc.enable()
            self._pragmas(f"cache_size={cache_size(self.key is not None)}",
                          "temp_store=DEFAULT")
            if self.key is not None:
                # SQLCipher's driver would keep the batches' statements and compile the
                # lookups' anew each time (cipher.STATEMENTS): new connections instead.
                self.engine.dispose()

    def _pragmas(self, *pragmas: str) -> None:
        # On the driver's connection: through SQLAlchemy they would open a transaction,
        # inside which temp_store cannot change.
        with self.engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            for pragma in pragmas:
                raw.execute(f"PRAGMA {pragma}")

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        if self._engine is not None:
            self._engine.dispose()
