"""Cases: the service-recovery checklist, playbooks and follow-ups."""
