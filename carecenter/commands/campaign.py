"""``carecenter campaign create``: a marketing campaign for one product (and offer)."""

from __future__ import annotations

import argparse

from carecenter.cli import UserError
from carecenter.commands.common import add_db, open_store
from carecenter.commands.refusal_words import refusal_sentence
from carecenter.services.calls.campaigns import CampaignError, CampaignSpec, create_campaign


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("campaign", help="create marketing campaigns")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True)
    c = verbs.add_parser("create", help="create a campaign")
    add_db(c, required=True)
    c.add_argument("--name", required=True, help="the campaign's name")
    c.add_argument("--product", required=True, metavar="P", help="product code")
    c.add_argument("--offer", metavar="CODE", help="offer code presented in this campaign")
    c.add_argument("--recontact-days", type=int, default=30, metavar="N",
                   help="skip customers reached by marketing in the last N days (30)")
    c.add_argument("--max-calls-30d", type=int, default=3, metavar="N",
                   help="skip customers with N or more marketing attempts in 30 days (3)")
    c.add_argument("--max-attempts", type=int, default=5, metavar="N",
                   help="skip customers with N or more attempts in this campaign (5)")
    c.set_defaults(run=run_create)


def run_create(args: argparse.Namespace) -> int:
    spec = CampaignSpec(name=args.name, product=args.product, offer=args.offer,
                        recontact_days=args.recontact_days, max_calls_30d=args.max_calls_30d,
                        max_attempts=args.max_attempts)
    store = open_store(args)
    try:
        created = create_campaign(store, spec)
    except CampaignError as exc:
        raise UserError(refusal_sentence(exc)) from None
    finally:
        store.close()
    note = f" (new product {spec.product.strip()} created)" if created.product_created else ""
    print(f"Campaign {spec.name.strip()} created{note}.")
    return 0
