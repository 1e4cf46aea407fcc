"""Data shipped with CareCenter (icons, translations, checklist templates, playbooks, styles).

A regular package so that ``importlib.resources.files("resources")`` finds it in the wheel
and in an editable install alike; it holds no code.
"""
