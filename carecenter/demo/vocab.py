"""The fixed vocabulary of the demo store: shops, products, offers, campaigns and the short
texts agents write, in Italian and English. Plain data, no randomness."""

from __future__ import annotations

from typing import Final

# (name, weight of the customers who belong to it)
STORES: Final = (
    ("Milano Centro", 16), ("Milano Bicocca", 6), ("Roma Termini", 14), ("Roma EUR", 6),
    ("Torino Porta Nuova", 7), ("Napoli Toledo", 8), ("Bologna Maggiore", 6),
    ("Firenze Duomo", 5), ("Palermo Libertà", 4), ("London Oxford St", 10),
    ("Manchester Arndale", 3), ("Online", 15),
)
UK_STORES: Final = ("London Oxford St", "Manchester Arndale", "Online")
IT_STORES: Final = tuple(name for name, _ in STORES if name not in UK_STORES[:2])

TIERS: Final = (("standard", 70), ("silver", 18), ("gold", 9), ("platinum", 3))

# code, Italian and English name (the store holds one name: the Italian one, as the
# company is Italian; English customers read the code in their letters).
PRODUCTS: Final = (
    ("FIBRA-1G", "Fibra 1 Giga"),
    ("MOBILE-50", "Mobile 50 GB"),
    ("MOBILE-UNL", "Mobile Illimitato"),
    ("TV-SPORT", "TV Sport e Cinema"),
    ("HOME-INS", "Assicurazione Casa"),
    ("ENERGY-GREEN", "Luce Verde"),
)

# code, product code, title, value in cents, valid from (days before now), valid for
# (days), channels (Channel codes, "|"-joined as services/customers/offers.py reads them),
# eligibility
OFFERS: Final = (
    ("FIBRA-PROMO", "FIBRA-1G", "Fibra 1 Giga a 24,90 €/mese per 12 mesi", 6000, 60, 120,
     "phone|counter|chat", "Clienti senza fibra attiva"),
    ("MOB-UPGRADE", "MOBILE-UNL", "Passa a Illimitato: primo mese gratis", 1999, 30, 90,
     "phone|sms|counter", "Clienti Mobile 50 GB da almeno 6 mesi"),
    ("TV-3MESI", "TV-SPORT", "TV Sport e Cinema: 3 mesi a metà prezzo", 4500, 20, 60,
     "phone|counter", "Clienti con fibra"),
    ("CASA-SICURA", "HOME-INS", "Assicurazione Casa: sconto 20% il primo anno", 3600, 90, 180,
     "phone|email|letter", "Tutti i clienti maggiorenni"),
    ("LUCE-VERDE", "ENERGY-GREEN", "Luce Verde: 50 € di bonus in bolletta", 5000, 10, 75,
     "phone|email", "Clienti residenti in Italia"),
    ("FEDELTA-GOLD", "MOBILE-50", "Fedeltà Gold: 10 GB in più per sempre", 1200, 120, 365,
     "phone|counter", "Clienti gold e platinum"),
    # Better offers of the same products as two campaigns' ones: the sales team presents
    # them, and the call list then says to present the better one (better_offer).
    ("FIBRA-TOP", "FIBRA-1G", "Fibra 1 Giga: 6 mesi gratis per chi arriva da un altro operatore",
     9000, 15, 90, "phone|counter|chat", "Clienti di altri operatori"),
    ("MOB-UNL-PLUS", "MOBILE-UNL", "Illimitato Plus: tre mesi gratis", 2999, 25, 60,
     "phone|counter", "Clienti Mobile da almeno un anno"),
)

# name, offer code, recontact days, max calls in 30 days, max attempts, status
CAMPAIGNS: Final = (
    ("Autunno Fibra", "FIBRA-PROMO", 30, 3, 5, "active"),
    ("Upgrade Mobile", "MOB-UPGRADE", 21, 2, 4, "active"),
    ("Sport in TV", "TV-3MESI", 45, 3, 6, "active"),
    ("Casa Sicura", "CASA-SICURA", 60, 2, 3, "closed"),
    ("Luce Verde", "LUCE-VERDE", 30, 3, 5, "active"),
)

# role, how many, team
AGENT_ROLES: Final = (
    ("agent", 12), ("senior", 5), ("supervisor", 3),
)
AGENT_TEAMS: Final = ("service", "marketing", "sales", "store")

# team, weight; channel weights per team; direction weights
TEAMS: Final = (("service", 40), ("marketing", 30), ("sales", 12), ("store", 18))
CHANNELS: Final = {
    "service": (("phone", 55), ("email", 18), ("chat", 14), ("sms", 5), ("letter", 3),
                ("counter", 5)),
    "marketing": (("phone", 85), ("sms", 8), ("email", 7)),
    "sales": (("phone", 50), ("counter", 30), ("chat", 10), ("email", 10)),
    "store": (("counter", 90), ("phone", 10)),
}

MARKETING_OUTCOMES: Final = (
    ("reached", 16), ("no_answer", 30), ("busy", 9), ("declined", 18), ("accepted", 8),
    ("callback", 10), ("wrong_number", 4), ("opted_out", 5),
)
SERVICE_OUTCOMES: Final = (("resolved", 60), ("info", 30), ("callback", 10))
SALES_OUTCOMES: Final = (("accepted", 35), ("declined", 35), ("info", 30))

CASE_CATEGORIES: Final = (
    ("billing_error", 35), ("late_delivery", 22), ("defective_product", 20),
    ("staff_behaviour", 8), ("other", 15),
)
SEVERITIES: Final = (("low", 35), ("medium", 45), ("high", 20))
STEPS: Final = ("apologise", "act", "empathy", "compensate", "follow_up")

# remedy, weight, typical amounts in cents
REMEDIES: Final = (
    ("fee_waiver", 25, (500, 900, 1500, 2000)),
    ("credit", 22, (1000, 1500, 2000, 2500, 3000)),
    ("discount", 15, (500, 1000, 1500)),
    ("upgrade", 10, (2000, 3000, 4000)),
    ("gift", 10, (1000, 1500, 2000)),
    ("replacement", 10, (2900, 3900, 4500, 8900)),
    ("free_shipping", 8, (490, 690, 990)),
)

# Texts by language. Placeholders: {product} {offer} {days} {amount}
SUMMARIES: Final = {
    "it": {
        ("service", "resolved"): (
            "Chiarito l'addebito in fattura; il cliente è soddisfatto.",
            "Risolto problema di connessione dopo riavvio del modem.",
            "Aggiornato l'indirizzo di fatturazione su richiesta del cliente.",
            "Spiegato il rinnovo di {product}; nessuna azione necessaria.",
            "Riattivata la SIM dopo il blocco per smarrimento.",
        ),
        ("service", "info"): (
            "Il cliente chiede i tempi di attivazione di {product}.",
            "Informazioni sui costi di recesso anticipato.",
            "Richiesta copia del contratto: inviata per e-mail.",
            "Chiesto lo stato della spedizione del nuovo modem.",
        ),
        ("service", "callback"): (
            "Il cliente richiamerà con il numero della fattura.",
            "Promesso di richiamare entro {days} giorni con l'esito della verifica.",
        ),
        ("marketing", "reached"): ("Presentata l'offerta {offer}; il cliente ci pensa.",),
        ("marketing", "no_answer"): ("Nessuna risposta.", "Squilla a vuoto."),
        ("marketing", "busy"): ("Linea occupata.",),
        ("marketing", "declined"): (
            "Il cliente non è interessato a {offer}.",
            "Rifiutata l'offerta: ha già un contratto con un altro operatore.",
        ),
        ("marketing", "accepted"): ("Il cliente accetta {offer}: attivazione in corso.",),
        ("marketing", "callback"): ("Richiamare la sera, dopo le 18.",
                                    "Il cliente chiede di essere richiamato tra {days} giorni."),
        ("marketing", "wrong_number"): ("Numero errato: risponde un'altra persona.",),
        ("marketing", "opted_out"): ("Il cliente non vuole più ricevere chiamate commerciali.",),
        ("sales", "accepted"): ("Venduto {product}; contratto firmato.",),
        ("sales", "declined"): ("Preventivo per {product} non accettato.",),
        ("sales", "info"): ("Il cliente chiede un preventivo per {product}.",),
        ("store", None): (
            "In negozio per cambio SIM.", "Ritirato il nuovo modem in negozio.",
            "Pagata una fattura arretrata allo sportello.",
            "Chiesto aiuto per configurare il telefono.",
        ),
    },
    "en": {
        ("service", "resolved"): (
            "Explained the charge on the bill; customer happy.",
            "Fixed the connection after a router restart.",
            "Updated the billing address at the customer's request.",
            "Explained the renewal of {product}; nothing to do.",
            "Reactivated the SIM after it was blocked as lost.",
        ),
        ("service", "info"): (
            "Customer asks when {product} will be active.",
            "Asked about early termination fees.",
            "Asked for a copy of the contract: sent by e-mail.",
            "Asked where the new router delivery is.",
        ),
        ("service", "callback"): (
            "Customer will call back with the invoice number.",
            "Promised to call back within {days} days with the result of the check.",
        ),
        ("marketing", "reached"): ("Presented {offer}; customer will think about it.",),
        ("marketing", "no_answer"): ("No answer.", "Rang out."),
        ("marketing", "busy"): ("Line busy.",),
        ("marketing", "declined"): (
            "Customer not interested in {offer}.",
            "Declined: already under contract with another provider.",
        ),
        ("marketing", "accepted"): ("Customer accepts {offer}: activation under way.",),
        ("marketing", "callback"): ("Call back in the evening, after 6 pm.",
                                    "Customer asks to be called again in {days} days."),
        ("marketing", "wrong_number"): ("Wrong number: someone else answered.",),
        ("marketing", "opted_out"): ("Customer does not want any more sales calls.",),
        ("sales", "accepted"): ("Sold {product}; contract signed.",),
        ("sales", "declined"): ("Quote for {product} not accepted.",),
        ("sales", "info"): ("Customer asks for a quote for {product}.",),
        ("store", None): (
            "In store to swap the SIM.", "Collected the new router in store.",
            "Paid an overdue bill at the counter.", "Asked for help setting up the phone.",
        ),
    },
}

CASE_SUMMARIES: Final = {
    "it": {
        "billing_error": ("Addebito doppio in fattura.", "Canone fatturato dopo il recesso.",
                          "Costo di attivazione non dovuto."),
        "late_delivery": ("Modem non consegnato dopo {days} giorni.",
                          "Tecnico non presentato all'appuntamento."),
        "defective_product": ("Modem che si riavvia di continuo.", "Telefono nuovo difettoso."),
        "staff_behaviour": ("Il cliente lamenta scortesia in negozio.",
                            "Operatore che ha chiuso la chiamata."),
        "other": ("Reclamo generico sul servizio.", "Disservizio nella zona del cliente."),
    },
    "en": {
        "billing_error": ("Charged twice on the bill.", "Billed after cancelling.",
                          "Activation fee that should not be there."),
        "late_delivery": ("Router not delivered after {days} days.",
                          "Engineer missed the appointment."),
        "defective_product": ("Router keeps restarting.", "New phone faulty."),
        "staff_behaviour": ("Customer says store staff were rude.",
                            "Agent hung up on the customer."),
        "other": ("General complaint about the service.", "Outage in the customer's area."),
    },
}

DECISION_REASONS: Final = {
    "it": ("Disagio per il ritardo.", "Errore nostro in fattura.", "Cliente fedele da anni.",
           "Secondo contatto per lo stesso problema."),
    "en": ("Trouble caused by the delay.", "Our mistake on the bill.",
           "Loyal customer for years.", "Second contact about the same problem."),
}

FOLLOW_UP_NOTES: Final = {
    "promise": ("Richiamare con l'esito della verifica.", "Call back with the result."),
    "remedy_check": ("Verificare che l'accredito sia arrivato.", "Check the credit arrived."),
    "call_back": ("Il cliente ha chiesto di essere richiamato.", "Customer asked for a call."),
}

REVIEW_TEXTS: Final = {
    "praise": (
        "Ottima gestione: scuse sincere e rimedio immediato.",
        "Great recovery: the customer stayed and thanked us.",
        "Hai seguito tutti i passi, il cliente è tornato soddisfatto.",
    ),
    "lesson": (
        "La prossima volta fissa subito il richiamo: il cliente ha dovuto richiamare lui.",
        "Next time offer the remedy before the customer asks for it.",
        "Un rimedio più piccolo sarebbe bastato: chiedi cosa si aspetta il cliente.",
    ),
}
