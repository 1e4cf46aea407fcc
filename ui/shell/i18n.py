"""Interface language: our .qm (from resources/translations) plus Qt's own qtbase_*.qm.

``set_language`` swaps the translators; Qt then sends LanguageChange to every widget,
and each widget re-translates itself in ``changeEvent`` (conventions 14).
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from carecenter.settings import LANGUAGES

SUPPORTED = LANGUAGES
DEFAULT = "en"

_installed: list[QTranslator] = []
_keep: dict[int, bytes] = {}
_current = DEFAULT


def resolve(lang: str | None) -> str:
    """``lang`` if we ship it; otherwise the system language if we ship it; else English."""
    for candidate in (lang or "", QLocale.system().name()):
        code = candidate.split("_")[0].split("-")[0].lower()
        if code in SUPPORTED:
            return code
    return DEFAULT


def _ours(lang: str) -> QTranslator | None:
    ref = resources.files("resources") / "translations" / f"carecenter_{lang}.qm"
    try:
        data = ref.read_bytes()
    except OSError:
        return None
    tr = QTranslator()
    if not tr.load(data):
        return None
    _keep[id(tr)] = data  # Qt does not copy the bytes: keep them while the translator lives
    return tr


def _qtbase(lang: str) -> QTranslator | None:
    tr = QTranslator()
    where = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return tr if tr.load(f"qtbase_{lang}", where) else None


def set_language(lang: str | None) -> str:
    """Install the translators for ``lang`` (resolved as in :func:`resolve`)."""
    global _current  # noqa: PLW0603 - the application has one language at a time
    app = QCoreApplication.instance()
    code = resolve(lang)
    for tr in _installed:
        if app is not None:
            app.removeTranslator(tr)
    _installed.clear()
    _keep.clear()
    QLocale.setDefault(QLocale(code))
    if app is not None:
        for maybe in (_qtbase(code), _ours(code)):
            if maybe is not None:
                app.installTranslator(maybe)
                _installed.append(maybe)
    _current = code
    return code


def current() -> str:
    return _current
