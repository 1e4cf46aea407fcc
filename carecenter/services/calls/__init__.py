"""Outbound calls: campaigns, call lists and the claims that keep two callers apart."""
