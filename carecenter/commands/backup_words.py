"""The command line's words for a refused backup or restore (``carecenter.db.backup``)."""

from __future__ import annotations

from carecenter.db.backup import BackupProblem, BackupRefused

B = BackupProblem

WORDS: dict[BackupProblem, str] = {
    B.NO_STORE: "There is no store at {path} to back up: check the --db path.",
    B.SAME_FILE: "{path} is the store itself: write the backup to another file.",
    B.NO_BACKUP_FILE: "There is no backup file at {path}: check the --backup path.",
    B.NOT_A_BACKUP: (
        "{path} is not a CareCenter backup; nothing was changed: choose a file made by "
        "carecenter backup."),
    B.BACKUP_DAMAGED: (
        "{path} cannot be read as a CareCenter backup ({detail}); nothing was changed: "
        "choose another backup."),
    B.BACKUP_NEWER: (
        "{path} was written by a newer version of CareCenter (schema {revision}); nothing "
        "was changed: update CareCenter to restore it."),
    B.OTHER_HUB: (
        "{path} is a backup from another hub ({backup_hub}) than the one {store} syncs with "
        "({store_hub}); nothing was changed: restore a backup of this hub's store, or into "
        "a new --db file."),
    B.OTHER_KEY: (
        "{path} and the store {store} are not both encrypted (or both plain); nothing was "
        "changed: restore it into a new --db file, or encrypt the store first with "
        "carecenter store encrypt."),
}


def backup_sentence(exc: BackupRefused) -> str:
    """The one sentence the command line prints for a refused backup or restore."""
    return WORDS[exc.code].format(**{k: str(v) for k, v in exc.values.items()})
