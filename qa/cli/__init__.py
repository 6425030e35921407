"""The `qa` command line: `qa.cli.app` holds the commands, `qa.cli.eval` the `qa eval` group."""
