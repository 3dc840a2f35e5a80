"""Domain objects and rules; no Qt, no SQL."""

from licdesk.domain.model import (  # noqa: F401
    ANNUAL_REPORT, INSPECTION, Clause, Event, Inspection, License, Service, Website,
)
