"""``carecenter search``: find customers from scripts and telephony integrations."""

from __future__ import annotations

import argparse
import json

from carecenter.commands.common import add_db, open_store
from carecenter.services.customers.phones import display
from carecenter.services.search.query import search
from carecenter.settings import Settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("search", help="find customers by name, phone, e-mail or number")
    add_db(p)
    p.add_argument("text", metavar="TEXT",
                   help="a name, phone number, e-mail or customer number")
    p.add_argument("--json", action="store_true", help="print a JSON list, best match first")
    p.add_argument("--limit", type=int, default=20, metavar="N",
                   help="at most this many customers (default: 20)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        hits = search(store, args.text, limit=args.limit, region=Settings.load().region)
    finally:
        store.close()
    if args.json:
        print(json.dumps([
            {"customer_ref": h.customer_ref, "name": h.name, "company": h.company,
             "phones": list(h.phones), "emails": list(h.emails), "tier": h.tier,
             "store": h.store, "match": h.match,
             "last_contact_at": h.last_contact_at.isoformat() if h.last_contact_at else None}
            for h in hits
        ], ensure_ascii=False, indent=2))
        return 0
    if not hits:
        print("No customer found.")
        return 0
    for h in hits:
        phones = ", ".join(display(p) for p in h.phones)
        print(f"{h.customer_ref}\t{h.name}\t{phones}\t{', '.join(h.emails)}")
    return 0
