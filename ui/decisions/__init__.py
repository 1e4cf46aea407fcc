"""Decisions: granting a remedy within authority, the meters, review and coaching."""
