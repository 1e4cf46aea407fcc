"""Signing in at the hub service: the dialog, its words, and who works at this desk."""
