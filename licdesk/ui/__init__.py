"""licdesk's desk: everything that knows Qt lives in this package.

Importing the package first protects the interpreter from a reference-count bug in the Qt bindings
on Python 3.11 (see singleton_guard), before any Qt call is made.
"""

from licdesk.ui.singleton_guard import protect_singletons

protect_singletons()
