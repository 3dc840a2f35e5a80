"""licdesk's desk: everything that knows Qt lives in this package."""
