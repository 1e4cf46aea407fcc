"""The counter: appointments of the day, who is expected and who is kept waiting."""
