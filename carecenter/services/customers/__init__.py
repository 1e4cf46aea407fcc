"""The customer: the view, editing, contacts, consent, offers, merges, screen pops."""
