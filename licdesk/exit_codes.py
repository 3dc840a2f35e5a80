"""licdesk's exit status, the same for the desk and every command: 0 done, 2 bad input (one clear line
on stderr, nothing changed), 1 an internal error."""

EXIT_OK = 0
EXIT_BUG = 1
EXIT_BAD_INPUT = 2
