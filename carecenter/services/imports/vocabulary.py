"""The words an office writes for our columns and codes, in English and Italian.

A header cell or a code cell is compared folded (``fold``: lower case, spaces and hyphens
as ``_``), so ``Nessuna risposta``, ``no-answer`` and ``NO_ANSWER`` are all ``no_answer``.
The import help and docs/import.md list the same words.
"""

from __future__ import annotations

import re

from carecenter.domain import Channel, Direction, Outcome, Team, Tier

_SPACES = re.compile(r"[\s\-]+")


def fold(word: str) -> str:
    return _SPACES.sub("_", word.strip().lower())


# Italian (and common English) names of the columns -> the column.
COLUMNS: dict[str, str] = {
    "codice_cliente": "customer_ref", "cliente": "customer_ref", "rif_cliente": "customer_ref",
    "nome": "first_name", "cognome": "last_name", "azienda": "company",
    "ragione_sociale": "company", "telefono": "phone", "cellulare": "phone",
    "telefoni": "phone", "e_mail": "email", "mail": "email", "posta_elettronica": "email",
    "data_di_nascita": "birth_date", "data_nascita": "birth_date", "lingua": "language",
    "livello": "tier", "fascia": "tier", "negozio": "store", "punto_vendita": "store",
    "codice_contatto": "contact_ref", "rif_contatto": "contact_ref", "data_ora": "at",
    "data": "at", "quando": "at", "canale": "channel", "direzione": "direction",
    "reparto": "team", "squadra": "team", "campagna": "campaign", "offerta": "offer",
    "esito": "outcome", "operatore": "agent", "agente": "agent", "durata_s": "duration_s",
    "durata": "duration_s", "note": "summary", "riepilogo": "summary",
    "prodotto": "product", "dal": "since", "data_inizio": "since",
    "codice_offerta": "offer_code", "titolo": "title", "valore": "value",
    "importo": "value", "valido_dal": "valid_from", "valido_al": "valid_to",
    "canali": "channels",
}

CHANNELS: dict[str, str] = {
    "telefono": "phone", "tel": "phone", "telefonata": "phone", "sportello": "counter",
    "banco": "counter", "negozio": "counter", "punto_vendita": "counter",
    "e_mail": "email", "posta_elettronica": "email", "mail": "email",
    "messaggio": "sms", "lettera": "letter", "posta": "letter",
}
DIRECTIONS: dict[str, str] = {
    "entrata": "inbound", "in_entrata": "inbound", "entrante": "inbound", "in": "inbound",
    "uscita": "outbound", "in_uscita": "outbound", "uscente": "outbound", "out": "outbound",
}
TEAMS: dict[str, str] = {
    "assistenza": "service", "servizio_clienti": "service", "vendite": "sales",
    "negozio": "store", "punto_vendita": "store",
}
OUTCOMES: dict[str, str] = {
    "raggiunto": "reached", "nessuna_risposta": "no_answer", "non_risponde": "no_answer",
    "occupato": "busy", "rifiutato": "declined", "rifiuta": "declined",
    "accettato": "accepted", "accetta": "accepted", "richiamare": "callback",
    "da_richiamare": "callback", "numero_errato": "wrong_number",
    "numero_sbagliato": "wrong_number", "disiscritto": "opted_out",
    "revoca_consenso": "opted_out", "risolto": "resolved", "informazioni": "info",
    "unito": "merged",
}
TIERS: dict[str, str] = {"argento": "silver", "oro": "gold", "platino": "platinum"}
LANGUAGES: dict[str, str] = {
    "italiano": "it", "italian": "it", "inglese": "en", "english": "en", "tedesco": "de",
    "german": "de", "deutsch": "de", "francese": "fr", "french": "fr", "français": "fr",
    "spagnolo": "es", "spanish": "es", "español": "es",
}


def words_of(codes: tuple[str, ...], italian: dict[str, str]) -> dict[str, str]:
    """Every accepted spelling (folded) -> its code: the codes themselves and the words."""
    return {**{fold(c): str(c) for c in codes}, **italian}


CHANNEL_WORDS = words_of(tuple(Channel), CHANNELS)
DIRECTION_WORDS = words_of(tuple(Direction), DIRECTIONS)
TEAM_WORDS = words_of(tuple(Team), TEAMS)
OUTCOME_WORDS = words_of(tuple(Outcome), OUTCOMES)
TIER_WORDS = words_of(tuple(Tier), TIERS)
