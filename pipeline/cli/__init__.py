"""The command line: the Typer commands and the one module that prints."""
