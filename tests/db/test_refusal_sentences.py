"""A refused register is told in both languages, every sentence from the catalogue of words.

The window shows the Persian of a :class:`RegisterRefusedError`, the command line the
English; each half must say the same things: what is wrong, where the file was kept, and
which backup can bring the register back (or that there is none).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from db.backup import BackupStore, register_backups_dir
from db.database import Database
from db.errors import RegisterRefusedError, StorageError
from db.integrity import set_aside
from resources.translations.catalogue import language, set_language
from tests.db.storage_damage import make_register, without_rights


def _foreign(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos(id INTEGER PRIMARY KEY, data BLOB)")
    conn.commit()
    conn.close()
    return path


def _refusal(path: Path, **kwargs: object) -> RegisterRefusedError:
    with pytest.raises(RegisterRefusedError) as info:
        Database.open(path, app_version="test", **kwargs)  # type: ignore[arg-type]
    return info.value


def test_a_foreign_file_without_backups_is_refused_in_both_languages(tmp_path: Path) -> None:
    error = _refusal(_foreign(tmp_path / "photos.sqlite3"))
    kept = Path(str(error.kept_as))
    assert kept.parent == tmp_path and kept.name.startswith("photos.damaged-")
    assert error.english == (f"photos.sqlite3 is a SQLite database of another program, not a "
                             f"Peyvand register. It was not changed and was kept as {kept.name}. "
                             f"No good backup of it was found.")
    assert error.persian == (f"«\u2068photos.sqlite3\u2069» پایگاه داده برنامه دیگری است، نه دفتر "
                             f"پیوند. به آن دست زده نشد و با نام «\u2068{kept.name}\u2069» کنار "
                             f"گذاشته شد. پشتیبان سالمی از آن پیدا نشد.")
    assert error.message("fa") == error.persian and error.message("en") == error.english


def test_the_newest_good_backup_is_named_in_each_language_with_its_own_date(
        tmp_path: Path) -> None:
    register = make_register(tmp_path / "register.sqlite3")
    backup = BackupStore(register_backups_dir(register)).back_up(register, "manual")
    register.write_bytes(b"not a register at all, but long enough to look at " * 40)
    error = _refusal(register)
    assert error.newest_backup is not None and error.newest_backup.path == backup.path
    when = backup.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
    assert error.english.endswith(f" The newest good backup is from {when} "
                                  f"({backup.summary('en')}): {backup.path.name}.")
    assert error.persian.endswith(f" تازه‌ترین پشتیبان سالم از {backup.when_fa()} است "
                                  f"({backup.summary_fa()}): «\u2068{backup.path.name}\u2069».")
    # Each half in its own digits: the Jalali date and the counts in Persian only.
    assert "26 partners" in error.english and "۲۶" not in error.english
    assert "(۲۶ " in error.persian and "(26 " not in error.persian


def test_an_empty_place_where_a_register_was_refused_earlier_is_not_started_anew(
        tmp_path: Path) -> None:
    register = _foreign(tmp_path / "register.sqlite3")
    kept = set_aside(register)
    error = _refusal(register)
    assert not register.exists() and error.kept_as == kept
    assert error.english == (f"register.sqlite3 was refused earlier as damaged and kept as "
                             f"{kept.name}; restore a backup (or move that file away to start a "
                             f"new register). No good backup of it was found.")
    assert error.persian == (f"«\u2068register.sqlite3\u2069» پیش‌تر آسیب‌دیده شناخته و با نام "
                             f"«\u2068{kept.name}\u2069» کنار گذاشته شد؛ یک پشتیبان را "
                             f"بازگردانید (یا آن پرونده را جابه‌جا کنید تا دفتر تازه‌ای آغاز "
                             f"شود). پشتیبان سالمی از آن پیدا نشد.")


def test_a_refused_file_that_cannot_be_renamed_says_so() -> None:
    with without_rights() as folder:
        shelf = folder / "shelf"
        shelf.mkdir()
        register = _foreign(shelf / "photos.sqlite3")
        shelf.chmod(0o555)  # the file can be read, not renamed
        error = _refusal(register)
        assert error.kept_as is None and register.exists()
    assert "It was not changed (it could not be renamed). No good backup" in error.english
    assert "به آن دست زده نشد (نامش عوض نشد). پشتیبان سالمی" in error.persian


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_an_unreadable_register_is_told_in_the_programs_language(lang: str) -> None:
    before = language()
    set_language(lang)
    try:
        with without_rights() as folder, pytest.raises(StorageError) as info:
            register = _foreign(folder / "register.sqlite3")
            register.chmod(0)
            Database.open(register, app_version="test")
    finally:
        set_language(before)
    assert not isinstance(info.value, RegisterRefusedError)
    assert str(info.value) == {
        "en": "register.sqlite3 cannot be read: permission denied.",
        "fa": "«\u2068register.sqlite3\u2069» خوانده نمی‌شود: اجازه دسترسی نیست.",
    }[lang]
