"""The desk's workflows, one controller each, built when first used (see licdesk/ui/main_window.py)."""
