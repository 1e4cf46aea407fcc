"""Encrypted stores: SQLCipher 4 (the ``sqlcipher3`` driver) under a key of the store.

A store made by ``carecenter init``, ``demo`` or the console's first run is encrypted
under a random 256-bit key with a random 128-bit salt, both given raw (``x'<key><salt>'``:
no key derivation runs when a connection opens). The key lives in the OS keyring only,
service ``carecenter``, under the salt, which SQLCipher keeps in clear as the file's first
16 bytes: a store moved or copied (a backup is written with the same key and salt) finds
its key. Where no keyring exists, the key is a passphrase asked at start (the console's
dialog, the command line's prompt), kept in this process's memory and never written
down; it goes through SQLCipher's key derivation.

An encrypted file has no SQLite header: ``looks_encrypted`` tells it (whole pages of
seemingly random bytes) from a file that is no store at all.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

SERVICE = "carecenter"
SQLITE_MAGIC = b"SQLite format 3\x00"
SALT_BYTES = 16
KEY_BYTES = 32
PAGE_SIZE = 16384  # as the plain store's (connections.on_connect); SQLCipher must be told it
OWNER_ONLY = 0o600


def driver() -> Any:
    """The SQLCipher DB-API module, imported at first use."""
    from sqlcipher3 import dbapi2

    _quiet(dbapi2)
    return dbapi2


_quieted: list[bool] = []


def _quiet(dbapi2: ModuleType) -> None:
    """SQLCipher logs a wrong key to stderr itself; the interfaces say it in one sentence."""
    if _quieted:
        return
    con = dbapi2.connect(":memory:")
    try:
        with contextlib.suppress(dbapi2.Error):
            con.execute("PRAGMA cipher_log_level = NONE")
    finally:
        con.close()
    _quieted.append(True)


@dataclass(frozen=True)
class StoreKey:
    """The key of an encrypted store: raw key and salt (from the keyring) or a passphrase.
    Never printed: its repr hides it."""

    raw: bytes | None = field(default=None, repr=False)
    passphrase: str | None = field(default=None, repr=False)

    @classmethod
    def new(cls) -> StoreKey:
        return cls(raw=secrets.token_bytes(KEY_BYTES + SALT_BYTES))

    @property
    def salt(self) -> bytes | None:
        return self.raw[KEY_BYTES:] if self.raw is not None else None

    def statement(self, schema: str = "") -> str:
        """``PRAGMA key`` for this key (``schema`` names an attached database)."""
        where = f"{schema}." if schema else ""
        if self.raw is not None:
            return f"PRAGMA {where}key = \"x'{self.raw.hex()}'\""
        assert self.passphrase is not None
        return f"PRAGMA {where}key = '{self.passphrase.replace(chr(39), chr(39) * 2)}'"

    def literal(self) -> str:
        """The key as ``ATTACH ... KEY`` takes it."""
        if self.raw is not None:
            return f"\"x'{self.raw.hex()}'\""
        assert self.passphrase is not None
        return "'" + self.passphrase.replace("'", "''") + "'"


# Each page carries an HMAC. SHA-256 (the processors' SHA extensions) checks a page in
# about half the time of SQLCipher 4's default SHA-512: a search that reads many pages
# cold went from 1.8 to 1.4 times plain (docs/performance.md). Stores made before keep
# SHA-512 and are told apart when a connection opens (``connect``).
HMAC = "HMAC_SHA256"
LEGACY_HMAC = "HMAC_SHA512"
_hmac_of: dict[str, str] = {}  # resolved path -> the HMAC its file last opened under


def settings(schema: str = "", hmac: str = HMAC) -> tuple[str, ...]:
    """The pragmas after the key, before the file is read (``schema``: an attached one)."""
    where = f"{schema}." if schema else ""
    return (f"PRAGMA {where}cipher_page_size = {PAGE_SIZE}",
            f"PRAGMA {where}cipher_hmac_algorithm = {hmac}")


def apply(con: Any, key: StoreKey, schema: str = "", hmac: str = HMAC) -> None:
    """Key a new driver connection (before anything else reads the file)."""
    con.execute(key.statement(schema))
    for pragma in settings(schema, hmac):
        con.execute(pragma)


# The driver keeps the compiled statements used most often (pysqlite 2.6's cache) and,
# once full, compiles every new one anew each time: after a demo build its 100 held the
# batches' statements and the search compiled its own on every run (a third of its time).
# Room for a day's statements, and a connection that wrote in bulk is replaced afterwards
# (Store.bulk_work).
STATEMENTS = 1000


KDF_ROUNDS = 256_000  # SQLCipher 4's PBKDF2-HMAC-SHA512 for a passphrase


@functools.lru_cache(maxsize=4)
def _derived(passphrase: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha512", passphrase.encode(), salt, KDF_ROUNDS, KEY_BYTES)


def keyed_for(path: Path, key: StoreKey) -> StoreKey:
    """``key`` as a connection to the file at ``path`` takes it fastest: a passphrase is
    derived once per process for the file's salt, as SQLCipher derives it, and given raw
    (each connection derived it again: 150 ms). A new file keeps the passphrase:
    SQLCipher draws its salt."""
    if key.passphrase is None:
        return key
    try:
        if path.stat().st_size < SALT_BYTES or not looks_encrypted(path):
            return key
        salt = salt_of(path)
    except OSError:
        return key
    return StoreKey(raw=_derived(key.passphrase, salt) + salt)


def connect(path: Path | str, key: StoreKey, *, readonly: bool = False,
            check_same_thread: bool = True) -> Any:
    """A SQLCipher connection to ``path`` under ``key``: with the HMAC its file was made
    with (a new file gets ``HMAC``); a key that opens it under neither raises the driver's
    "file is not a database", as a wrong key always has."""
    dbapi2 = driver()
    file = Path(path)
    key = keyed_for(file, key)
    where = str(file.resolve())
    target, kw = (f"{file.resolve().as_uri()}?mode=ro", {"uri": True}) if readonly \
        else (str(path), {})
    known = _hmac_of.get(where, HMAC)
    for n, hmac in enumerate((known, LEGACY_HMAC if known == HMAC else HMAC)):
        con = dbapi2.connect(target, check_same_thread=check_same_thread,
                             cached_statements=STATEMENTS, **kw)
        try:
            apply(con, key, hmac=hmac)
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the first page
        except dbapi2.DatabaseError as exc:
            con.close()
            if n == 1 or getattr(exc, "sqlite_errorcode", None) != dbapi2.SQLITE_NOTADB:
                raise
            continue
        except BaseException:
            con.close()
            raise
        _hmac_of[where] = hmac
        return con
    raise AssertionError("unreachable")  # the loop returns or raises


def is_driver_error(exc: BaseException) -> bool:
    """An error of the SQLCipher driver (its classes are not sqlite3's)."""
    dbapi2 = _loaded_driver()
    return dbapi2 is not None and isinstance(exc, dbapi2.Error)


def is_driver_connection(con: object) -> bool:
    """A connection of the SQLCipher driver (an encrypted store's)."""
    dbapi2 = _loaded_driver()
    return dbapi2 is not None and isinstance(con, dbapi2.Connection)


def _loaded_driver() -> Any:
    import sys

    return sys.modules.get("sqlcipher3.dbapi2")


def looks_encrypted(path: Path) -> bool:
    """Whole pages without a SQLite header: an encrypted store (or random bytes); a text,
    a spreadsheet or another database never look like this."""
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(64)
    except OSError:
        return False
    if size == 0 or size % 512 != 0 or head.startswith(SQLITE_MAGIC):
        return False
    return len(set(head)) > 32  # random bytes: nearly all 64 differ; text repeats


def salt_of(path: Path) -> bytes:
    with path.open("rb") as f:
        return f.read(SALT_BYTES)


def _account(salt: bytes) -> str:
    return f"store key {salt.hex()}"


def keyring_usable() -> bool:
    try:
        import keyring

        return float(getattr(keyring.get_keyring(), "priority", 0)) > 0
    except Exception:  # a broken backend is the same as none
        return False


def save_key(key: StoreKey) -> bool:
    """Keep a raw key in the keyring, under its salt; False when there is no keyring."""
    if key.raw is None or not keyring_usable():
        return False
    import keyring
    from keyring.errors import KeyringError

    assert key.salt is not None
    try:
        keyring.set_password(SERVICE, _account(key.salt), key.raw.hex())
    except KeyringError:
        return False
    return True


def saved_key(path: Path) -> StoreKey | None:
    """The keyring's key for the encrypted file at ``path``, if it holds one."""
    if not keyring_usable():
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        found = keyring.get_password(SERVICE, _account(salt_of(path)))
    except (KeyringError, OSError):
        return None
    if found is None:
        return None
    try:
        return StoreKey(raw=bytes.fromhex(found))
    except ValueError:
        return None


def forget_key(key: StoreKey) -> None:
    if key.salt is None or not keyring_usable():
        return
    import keyring
    from keyring.errors import KeyringError

    with contextlib.suppress(KeyringError):
        keyring.delete_password(SERVICE, _account(key.salt))


# A passphrase typed at start (no keyring here), or a key handed over by a program that
# keeps it itself (the bench): for this process only, never written down.
_given: dict[Path, StoreKey] = {}


def provide_passphrase(path: Path, passphrase: str) -> None:
    _given[path.resolve()] = StoreKey(passphrase=passphrase)


def provide_key(path: Path, key: StoreKey) -> None:
    _given[path.resolve()] = key


def given_key(path: Path) -> StoreKey | None:
    return _given.get(path.resolve())


def forget_given(path: Path) -> None:
    _given.pop(path.resolve(), None)


def key_for(path: Path) -> StoreKey | None:
    """The key of the encrypted store at ``path``: the keyring's, else one given in this
    process (a passphrase); None when neither."""
    return saved_key(path) or given_key(path)


def key_for_new(path: Path) -> StoreKey | None:
    """A key for a new store at ``path``: one given in this process (a passphrase, where
    there is no keyring), else a random one kept in the keyring; None when neither (ask
    a passphrase)."""
    if (given := given_key(path)) is not None:
        return given
    if keyring_usable():
        key = StoreKey.new()
        if save_key(key):
            return key
    return None


def owner_only(path: Path) -> None:
    """Make ``path`` readable and writable by its owner only, if it exists."""
    with contextlib.suppress(FileNotFoundError):
        os.chmod(path, OWNER_ONLY)


def store_files(path: Path) -> tuple[Path, ...]:
    """The store and the files SQLite keeps beside it."""
    return (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")))


def create_owner_only(path: Path) -> None:
    """Make ``path`` an empty file readable and writable by its owner only (whatever the
    umask); an empty file already there is made owner-only."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, OWNER_ONLY)
    except FileExistsError:
        owner_only(path)
        return
    os.close(fd)
    owner_only(path)
