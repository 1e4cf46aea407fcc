"""Sync in the console: the status, the settings it uses, the changes the hub refused."""
