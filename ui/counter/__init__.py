"""The counter: the day's appointments in a dock (F8), booking, check-in and seen."""
