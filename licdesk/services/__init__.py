"""Workflow steps without Qt, shared by the desk and the command line."""
