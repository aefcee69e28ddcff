"""Persistence: tables, migrations and the queries mailbot runs (the only module with SQL)."""
