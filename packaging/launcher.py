"""Entry point of the bundled application."""

from wizard.cli import main

raise SystemExit(main())
