"""`python -m qa.cli`: the `qa` command."""

from qa.cli.app import main

main()
