"""Encrypted stores (issue 18, part 3): made under a key kept in the keyring, unreadable
without it, refused with one sentence and left unchanged when the key is missing or wrong;
a passphrase where there is no keyring; files readable by their owner only."""

from __future__ import annotations

import hashlib
import shutil
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as NoKeyring

from carecenter.cli import main
from carecenter.db import cipher
from carecenter.db.cipher import StoreKey
from carecenter.db.store import Store, StoreCode, StoreError
from carecenter.services.search.query import search
from carecenter.settings import Settings
from tests.conftest import MemoryKeyring
from tests.factories import make_customer

FIRST, LAST = "Zebedeo", "Quaglierini"
NAME = f"{FIRST} {LAST}"


def fingerprint(path: Path) -> tuple[str, float, list[str]]:
    """The file's content, its modification time and the files beside it."""
    return (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime,
            sorted(p.name for p in path.parent.iterdir()))


def on_disk(path: Path) -> bytes:
    """Every byte the store keeps on disk (the file and any -wal beside it)."""
    return b"".join(p.read_bytes() for p in cipher.store_files(path) if p.exists())


def ring() -> MemoryKeyring:
    """The test run's keyring (tests/conftest.py)."""
    found = keyring.get_keyring()
    assert isinstance(found, MemoryKeyring)
    return found


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())  # type: ignore[no-untyped-call]
    yield
    keyring.set_keyring(previous)
    cipher._given.clear()


def encrypted_store(path: Path) -> Store:
    store = Store.open(path, encrypt=True)
    make_customer(store, "C-1", FIRST, LAST, phones=("+390612345678",))
    return store


def test_a_new_encrypted_store_hides_every_name_and_keeps_its_key_in_the_keyring(
        tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    store = encrypted_store(path)
    try:
        assert store.key is not None and store.key.raw is not None
        assert [h.name for h in search(store, "Quaglier")] == [NAME]  # FTS5 works
        written = on_disk(path)  # with the -wal still open
        assert NAME.split()[1].encode() not in written
        assert NAME.split()[1].encode("utf-16-le") not in written
        for f in cipher.store_files(path):
            if f.exists():
                assert stat.S_IMODE(f.stat().st_mode) == 0o600, f.name
    finally:
        store.close()
    assert NAME.split()[1].encode() not in on_disk(path)
    assert not path.read_bytes().startswith(cipher.SQLITE_MAGIC)
    if shutil.which("strings"):  # the issue's own check, where the tool is installed
        found = subprocess.run(["strings", "-n", "6", str(path)], capture_output=True,
                               text=True, check=True).stdout
        assert LAST not in found and FIRST not in found
    salt = path.read_bytes()[:16]
    assert ring().secrets == {("carecenter", f"store key {salt.hex()}"): store.key.raw.hex()}
    # The same store opens again by its key, found by the file's salt.
    again = Store.open(path, create=False)
    try:
        assert again.key == store.key
        assert [h.name for h in search(again, "zebedeo")] == [NAME]
    finally:
        again.close()


def test_a_plain_store_shows_the_name_the_encrypted_one_hides(tmp_path: Path) -> None:
    """The check above can fail: the same bytes are found in a plain store."""
    path = tmp_path / "plain.db"
    store = Store.open(path)
    make_customer(store, "C-1", FIRST, LAST)
    store.close()
    assert NAME.split()[1].encode() in on_disk(path)
    if shutil.which("strings"):
        found = subprocess.run(["strings", "-n", "6", str(path)], capture_output=True,
                               text=True, check=True).stdout
        assert LAST in found


def test_an_encrypted_store_without_its_key_is_refused_and_left_unchanged(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "store.db"
    encrypted_store(path).close()
    ring().secrets.clear()
    before = fingerprint(path)
    with pytest.raises(StoreError) as refused:
        Store.open(path, create=False)
    assert refused.value.code is StoreCode.KEY_MISSING
    assert main(["search", "--db", str(path), "Zebedeo"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (f"carecenter: The store {path} is encrypted and this computer's keyring "
                   "holds no key for it; it was left untouched: open it where it was made, "
                   "or restore a backup made on this computer.\n")
    assert fingerprint(path) == before


def test_an_encrypted_store_under_a_wrong_key_is_refused_and_left_unchanged(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "store.db"
    encrypted_store(path).close()
    (entry,) = ring().secrets
    ring().secrets[entry] = StoreKey.new().raw.hex()  # type: ignore[union-attr]
    before = fingerprint(path)
    with pytest.raises(StoreError) as refused:
        Store.open(path, create=False)
    assert refused.value.code is StoreCode.KEY_WRONG
    assert main(["search", "--db", str(path), "Zebedeo"]) == 2
    assert capsys.readouterr().err == (
        f"carecenter: The key or passphrase given does not open the encrypted store {path}; "
        "it was left untouched: try again with the right passphrase.\n")
    assert fingerprint(path) == before


def test_a_file_that_is_no_store_is_still_told_apart(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "notes.db"
    text.write_text("customers:\n" * 400)
    before = fingerprint(text)
    assert main(["search", "--db", str(text), "x"]) == 2
    assert capsys.readouterr().err == (
        f"carecenter: {text} is not a CareCenter store (it is not a database file); it was "
        "left untouched: choose another file with --db.\n")
    assert fingerprint(text) == before


@pytest.mark.usefixtures("no_keyring")
def test_without_a_keyring_a_passphrase_encrypts_and_is_never_written_down(
        tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    with pytest.raises(StoreError) as refused:
        Store.open(path, encrypt=True)
    assert refused.value.code is StoreCode.KEY_NEEDED
    assert not path.exists()  # nothing made before the passphrase
    cipher.provide_passphrase(path, "correct horse ' battery")
    encrypted_store(path).close()
    assert b"correct horse" not in on_disk(path)
    cipher.forget_given(path)
    before = fingerprint(path)
    with pytest.raises(StoreError) as refused:
        Store.open(path, create=False)
    assert refused.value.code is StoreCode.KEY_NEEDED
    cipher.provide_passphrase(path, "correct horse battery")
    with pytest.raises(StoreError) as refused:
        Store.open(path, create=False)
    assert refused.value.code is StoreCode.KEY_WRONG
    assert fingerprint(path) == before
    cipher.provide_passphrase(path, "correct horse ' battery")
    store = Store.open(path, create=False)
    try:
        assert [h.name for h in search(store, "Quaglierini")] == [NAME]
    finally:
        store.close()


@pytest.mark.usefixtures("no_keyring")
def test_the_command_line_asks_the_passphrase_on_standard_input(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import io

    path = tmp_path / "store.db"
    monkeypatch.setattr("sys.stdin", io.StringIO("open sesame\n"))
    assert main(["init", "--db", str(path)]) == 0
    assert capsys.readouterr().out == f"Created an empty encrypted store at {path}.\n"
    cipher._given.clear()
    monkeypatch.setattr("sys.stdin", io.StringIO("open sesame\n"))
    assert main(["search", "--db", str(path), "x"]) == 0
    cipher._given.clear()
    monkeypatch.setattr("sys.stdin", io.StringIO("\n"))
    assert main(["search", "--db", str(path), "x"]) == 2
    assert capsys.readouterr().err.endswith(
        f"carecenter: No passphrase was given for the store {path}; it was left untouched: "
        "give one (the store is encrypted, there is no keyring).\n")


def test_settings_are_readable_by_their_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    Settings().save(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_init_makes_an_encrypted_owner_only_store_and_plain_on_request(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    enc, plain = tmp_path / "enc.db", tmp_path / "plain.db"
    assert main(["init", "--db", str(enc)]) == 0
    assert main(["init", "--plain", "--db", str(plain)]) == 0
    assert capsys.readouterr().out == (f"Created an empty encrypted store at {enc}.\n"
                                       f"Created an empty store at {plain}.\n")
    assert cipher.looks_encrypted(enc)
    assert plain.read_bytes().startswith(cipher.SQLITE_MAGIC)
    assert stat.S_IMODE(enc.stat().st_mode) == stat.S_IMODE(plain.stat().st_mode) == 0o600


def opens_under(path: Path, key: StoreKey, hmac: str) -> bool:
    """Whether the file reads under ``key`` with pages checked by ``hmac``."""
    dbapi2 = cipher.driver()
    con = dbapi2.connect(str(path))
    try:
        cipher.apply(con, key, hmac=hmac)
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi2.DatabaseError:
        return False
    finally:
        con.close()
    return True


def test_new_stores_check_pages_with_sha256(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    store = encrypted_store(path)
    store.close()
    assert store.key is not None
    assert opens_under(path, store.key, "HMAC_SHA256")
    assert not opens_under(path, store.key, "HMAC_SHA512")


def test_a_store_made_with_sqlciphers_default_sha512_opens_and_stays_so(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Stores encrypted before pages were checked with SHA-256 keep opening, and writing
    to them keeps their format."""
    path = tmp_path / "store.db"
    with monkeypatch.context() as m:
        m.setattr(cipher, "HMAC", cipher.LEGACY_HMAC)  # as every store was made before
        store = encrypted_store(path)
        store.close()
    cipher._hmac_of.clear()  # a new process: nothing learnt yet
    assert store.key is not None
    assert opens_under(path, store.key, "HMAC_SHA512")
    assert not opens_under(path, store.key, "HMAC_SHA256")
    again = Store.open(path, create=False)
    try:
        assert [h.name for h in search(again, "zebedeo")] == [NAME]
        make_customer(again, "C-2", "Ottone", "Quaglierini")
        assert sorted(h.name for h in search(again, "quaglierini")) == [
            "Ottone Quaglierini", NAME]
    finally:
        again.close()
    assert opens_under(path, store.key, "HMAC_SHA512")
    assert not opens_under(path, store.key, "HMAC_SHA256")


@pytest.mark.parametrize("encrypt", [True, False])
def test_an_encrypted_store_keeps_a_bigger_page_cache(tmp_path: Path, encrypt: bool) -> None:
    """Its pages are decrypted on every read from the file: the page cache is all the
    cache it has (a plain store's pages also wait in the system's)."""
    store = Store.open(tmp_path / "store.db", encrypt=encrypt)
    want = -65536 if encrypt else -32000
    try:
        make_customer(store, "C-1", FIRST, LAST)
        with store.bulk_work(), store.reading() as db:
            assert db.execute("PRAGMA cache_size").fetchone()[0] == -262144
        for _ in range(2):  # after bulk work, and on the connection made anew
            with store.reading() as db:
                assert db.execute("PRAGMA cache_size").fetchone()[0] == want
            store.engine.dispose()
    finally:
        store.close()


@pytest.mark.usefixtures("no_keyring")
def test_a_passphrase_is_derived_once_per_process_and_opens_as_sqlcipher_derives_it(
        tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    cipher.provide_passphrase(path, "correct horse ' battery")
    encrypted_store(path).close()
    cipher._derived.cache_clear()
    key = StoreKey(passphrase="correct horse ' battery")
    for _ in range(3):  # each a new connection, as a pool makes them
        cipher.connect(path, key).close()
    assert cipher._derived.cache_info().misses == 1
    raw = cipher.keyed_for(path, key)
    assert raw.raw is not None and raw.salt == path.read_bytes()[:16]
    assert opens_under(path, raw, cipher.HMAC)  # the very key SQLCipher derived
    wrong = cipher.keyed_for(path, StoreKey(passphrase="correct horse battery"))
    assert not opens_under(path, wrong, cipher.HMAC)
