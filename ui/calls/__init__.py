"""Calls: work mode on a campaign's call list, and imports of customers, contacts, offers."""
