"""`python -m qa.cli`: the `qa` command."""

from qa.cli.fast import main

main()
