"""CareCenter core: the domain, the local store and the services. Never imports Qt."""

__version__ = "0.1.0"
