"""Decisions: granting remedies within authority, the policy and catalogue, review."""
