"""The Qt console (PySide6). Talks to carecenter.services only; the core never imports it."""
