"""Search: the type-ahead panel on the left of the main window."""
