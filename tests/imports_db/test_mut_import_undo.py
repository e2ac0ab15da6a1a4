"""The undo question's last line in Persian (mutation testing: its context was unchecked)."""

from __future__ import annotations

import csv
from pathlib import Path

from db.database import Database
from desktop_app.domain import i18n
from desktop_app.domain.imports import ImportService

HEADERS = ["نام سازمان", "نام لاتین", "کشور"]


def test_the_question_says_in_persian_that_nothing_is_kept(sqlite_db: Database,
                                                           tmp_path: Path) -> None:
    path = tmp_path / "one.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows([HEADERS, ["مرکز نوآوری آفتاب", "Aftab Innovation", "ایران"]])
    imports = ImportService(sqlite_db)
    batch = imports.commit(imports.preview(path)).value
    before = i18n.language()
    i18n.set_language("fa")
    try:
        lines = imports.undo_plan(batch).question().split("\n")
    finally:
        i18n.set_language(before)
    assert lines[0] == f"ورود شماره {batch} برگردانده شود؟"
    assert lines[-1] == ("از آن پس چیزی پیوند یا ویرایش نشده است؛ "
                         "این ورود به‌تمامی برگردانده می‌شود.")
