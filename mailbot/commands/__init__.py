"""The implementations behind each ``mailbot`` command (the parser lives in cli.py)."""
