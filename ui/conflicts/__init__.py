"""Changes to check: the conflicts sync found on customers (a dock, Ctrl+Shift+K)."""
