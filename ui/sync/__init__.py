"""Sync in the console beyond the status bar: the changes the hub refused."""
