"""licdesk: keep value-added telecom operating licenses on the desk, offline."""

__version__ = "0.1.0"
