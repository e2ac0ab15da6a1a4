"""The domain layer: text, dates, countries and the services that read and change the register.

Nothing in this package imports Qt; the import-linter contract in pyproject.toml checks it.
"""
