"""Workflow steps without widgets, shared by the desk and the command line."""
