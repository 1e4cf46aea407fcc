"""Cases and service recovery: the cases section, checklists, playbooks, follow-ups."""
