"""Offline-first sync: merge rules, hub, replica, transports (design.md section 4)."""
