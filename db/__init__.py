"""Storage: ORM models, engines and units of work, migrations, backups and storage errors.

No Qt here (an import-linter contract checks it): the window, the command line and the
importer all reach the database through this package.
"""
