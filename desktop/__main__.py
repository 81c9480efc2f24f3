"""`python -m desktop`: the command-line interface; with no subcommand it opens the window."""

from desktop.cli import main

raise SystemExit(main())
