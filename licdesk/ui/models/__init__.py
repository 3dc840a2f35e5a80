"""Qt item models over the domain's objects."""
