"""The office sync: registers that work offline and exchange changes, merging field by field.

No Qt here. :mod:`.changelog` reads the change log (the audit trail), :mod:`.apply` merges
another site's changes in, :mod:`.engine` syncs directly or by a change package, and
:mod:`.ops` holds what a person starts (merge partners, undelete, resolve a conflict).
"""
