"""The panes of the desk: the library, the certificate, the annex, the provisions and the tabs beside them."""
