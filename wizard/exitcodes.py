"""The command line's exit codes (a leaf: every front end returns these)."""

EXIT_OK = 0
EXIT_USAGE = 2  # bad command line, or no password available
EXIT_INVALID_PLAN = 3
EXIT_BLOCKED = 4  # pre-flight blockers, or warnings not accepted
EXIT_STEP_FAILED = 5  # a step failed: run again to resume
EXIT_CONNECTION = 6  # unreachable, login refused, or a different certificate
