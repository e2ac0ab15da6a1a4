"""Every storage error of backups, restores and the driver reads wholly in one language.

Each error is produced on real files (a real register, real zip backups, real SQLite
failures: a held lock, a page limit, a file that is not a database, a read-only
connection) once in Persian and once in English. A Persian message may carry technical
words only inside a bidi isolate (a file name, SQLite's own words) and the product names
SQLite, PostgreSQL and NUL; an English one carries no Persian letter at all. That is what
catches a sentence of one language wrapped around a word of the other.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from db.backup import (
    THE_BACKUP,
    THE_RESTORED_REGISTER,
    BackupStore,
    _disk_full,
    _no_permission,
    _not_written,
    _sqlite_error,
    backup_sqlite,
    check_sqlite_file,
    read_manifest,
    restore_backup,
    verify_backup,
    write_backup,
)
from db.errors import (
    DatabaseDamagedError,
    DatabaseLockedError,
    DatabaseTooNewError,
    DiskFullError,
    StorageError,
    translate_dbapi_error,
)
from resources.translations.catalogue import set_language
from tests.db.storage_damage import damage, make_register

ISOLATE = re.compile("[\u2066\u2067\u2068][^\u2069]*\u2069")
PERSIAN_LETTER = re.compile("[\u0600-\u06ff]")
LATIN_WORD = re.compile("[A-Za-z][A-Za-z_]*")
PRODUCT_NAMES = {"SQLite", "PostgreSQL", "NUL"}


def assert_wholly(text: str, language: str) -> None:
    """*text* reads in *language* only (see the module's docstring)."""
    assert text.strip(), "an empty message"
    if language == "en":
        assert not PERSIAN_LETTER.search(text), f"Persian in an English message: {text!r}"
        assert LATIN_WORD.search(text), text
        return
    bare = ISOLATE.sub("", text)
    assert PERSIAN_LETTER.search(bare), f"no Persian in {text!r}"
    stray = set(LATIN_WORD.findall(bare)) - PRODUCT_NAMES
    assert not stray, f"English words {sorted(stray)} outside an isolate in {text!r}"


@pytest.fixture(autouse=True)
def _persian_afterwards() -> Iterator[None]:
    yield
    set_language("fa")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_register(tmp_path_factory.mktemp("tpl") / "register.sqlite3",
                         attachment=b"signed scan")


def _register(template: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "register.sqlite3"
    backup_sqlite(template, path)
    shutil.copytree(template.parent / "register.attachments", folder / "register.attachments")
    return path


def _missing_backup(template: Path, tmp: Path) -> Callable[[], object]:
    return lambda: verify_backup(tmp / "nowhere.peyvand.zip")


def _not_sqlite(template: Path, tmp: Path) -> Callable[[], object]:
    path = tmp / "scan.pdf"
    path.write_bytes(b"%PDF-1.4 a scan\n" * 50)
    return lambda: verify_backup(path)


def _unreadable_sqlite(template: Path, tmp: Path) -> Callable[[], object]:
    path = tmp / "garbage.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    return lambda: check_sqlite_file(path)


def _foreign_sqlite(template: Path, tmp: Path) -> Callable[[], object]:
    path = tmp / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    return lambda: verify_backup(path)


def _flipped_zip(template: Path, tmp: Path) -> Callable[[], object]:
    register = _register(template, tmp / "office")
    info = write_backup(register, tmp / "good.peyvand.zip")
    data = bytearray(info.path.read_bytes())
    data[len(data) // 3] ^= 0xFF
    bad = tmp / "bad.peyvand.zip"
    bad.write_bytes(bytes(data))
    return lambda: verify_backup(bad)


def _zip_without_manifest(template: Path, tmp: Path) -> Callable[[], object]:
    path = tmp / "junk.peyvand.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "not a backup")
    return lambda: verify_backup(path)


def _too_new(template: Path, tmp: Path) -> Callable[[], object]:
    register = _register(template, tmp / "newer")
    conn = sqlite3.connect(register)
    conn.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    conn.commit()
    conn.close()
    out = write_backup(register, tmp / "newer.peyvand.zip").path
    return lambda: verify_backup(out)


def _damaged_register(template: Path, tmp: Path) -> Callable[[], object]:
    register = _register(template, tmp / "damaged")
    damage(register, "flipped")
    return lambda: write_backup(register, tmp / "never.peyvand.zip")


def _missing_register(template: Path, tmp: Path) -> Callable[[], object]:
    return lambda: write_backup(tmp / "gone.sqlite3", tmp / "never.peyvand.zip")


def _onto_itself(template: Path, tmp: Path) -> Callable[[], object]:
    register = _register(template, tmp / "self")
    return lambda: restore_backup(register, register)


def _into_a_missing_folder(template: Path, tmp: Path) -> Callable[[], object]:
    register = _register(template, tmp / "plain")
    return lambda: backup_sqlite(register, tmp / "no-such-folder" / "copy.sqlite3")


def _locked(template: Path, tmp: Path) -> Callable[[], object]:
    register = _register(template, tmp / "locked")
    holder = sqlite3.connect(register, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")

    def attempt() -> object:
        other = sqlite3.connect(register, timeout=0)
        try:
            other.execute("UPDATE partners SET notes = 'x'")
        except sqlite3.OperationalError as exc:
            raise translate_dbapi_error(exc) or exc from exc
        finally:
            other.close()
            holder.rollback() if holder.in_transaction else None
        return None

    return attempt


def _page_limit(template: Path, tmp: Path) -> Callable[[], object]:
    register = _register(template, tmp / "full")

    def attempt() -> object:
        conn = sqlite3.connect(register)
        try:
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
            conn.execute(f"PRAGMA max_page_count = {pages}")
            conn.execute("UPDATE partners SET notes = hex(randomblob(20000))")
        except sqlite3.OperationalError as exc:
            raise translate_dbapi_error(exc) or exc from exc
        finally:
            conn.close()
        return None

    return attempt


def _driver_not_a_database(template: Path, tmp: Path) -> Callable[[], object]:
    path = tmp / "letter.sqlite3"
    path.write_bytes(b"Dear colleague, " * 400)

    def attempt() -> object:
        conn = sqlite3.connect(path)
        try:
            conn.execute("SELECT * FROM partners")
        except sqlite3.DatabaseError as exc:
            raise translate_dbapi_error(exc) or exc from exc
        finally:
            conn.close()
        return None

    return attempt


def _driver_read_only(template: Path, tmp: Path) -> Callable[[], object]:
    register = _register(template, tmp / "ro")

    def attempt() -> object:
        conn = sqlite3.connect(f"file:{register}?mode=ro", uri=True)
        try:
            conn.execute("UPDATE partners SET notes = 'x'")
        except sqlite3.OperationalError as exc:
            raise translate_dbapi_error(exc) or exc from exc
        finally:
            conn.close()
        return None

    return attempt


CASES: dict[str, tuple[Callable[[Path, Path], Callable[[], object]], type, str, str]] = {
    # name: (set-up, error type, English words, Persian words)
    "missing backup": (_missing_backup, StorageError, "does not exist", "وجود ندارد"),
    "not SQLite": (_not_sqlite, DatabaseDamagedError, "not a Peyvand backup", "پشتیبان پیوند نیست"),
    "unreadable SQLite": (_unreadable_sqlite, DatabaseDamagedError, "not a readable database",
                          "خواندنی نیست"),
    "foreign SQLite": (_foreign_sqlite, DatabaseDamagedError, "not a Peyvand database",
                       "پایگاه دادهٔ پیوند نیست"),
    "flipped zip": (_flipped_zip, DatabaseDamagedError, "it was not restored", "بازگردانده نشد"),
    "no manifest": (_zip_without_manifest, DatabaseDamagedError, "not a readable Peyvand backup",
                    "پشتیبان خواندنی پیوند نیست"),
    "too new": (_too_new, DatabaseTooNewError, "newer Peyvand", "نسخهٔ تازه‌تری از پیوند"),
    "damaged register": (_damaged_register, DatabaseDamagedError, "It was not backed up",
                         "از آن پشتیبان گرفته نشد"),
    "missing register": (_missing_register, StorageError, "does not exist", "وجود ندارد"),
    "onto itself": (_onto_itself, StorageError, "the register itself", "خود دفتر است"),
    "missing folder": (_into_a_missing_folder, StorageError, "does not exist", "وجود ندارد"),
    "locked": (_locked, DatabaseLockedError, "writing to this register", "می‌نویسد"),
    "disk full (driver)": (_page_limit, DiskFullError, "The disk is full", "دیسک پر است"),
    "not a database (driver)": (_driver_not_a_database, DatabaseDamagedError, "restore a backup",
                                "آسیب دیده"),
    "read-only (driver)": (_driver_read_only, DatabaseLockedError, "permissions", "مجوزهای پوشه"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_each_storage_error_in_both_languages(case: str, template: Path, tmp_path: Path) -> None:
    build, kind, english, persian = CASES[case]
    texts = {}
    for language in ("fa", "en"):
        (tmp_path / language).mkdir()
        attempt = build(template, tmp_path / language)
        set_language(language)
        with pytest.raises(kind) as info:
            attempt()
        texts[language] = str(info.value)
        assert_wholly(texts[language], language)
    assert english in texts["en"], texts["en"]
    assert persian in texts["fa"], texts["fa"]


@pytest.mark.parametrize("language", ["fa", "en"])
def test_what_could_not_be_written_is_named_in_the_same_language(language: str) -> None:
    set_language(language)
    for subject in (THE_BACKUP, THE_RESTORED_REGISTER):
        for error in (_disk_full(subject), _no_permission(subject),
                      _not_written(subject, "\u2066Input/output error\u2069")):
            assert subject.text(language) in str(error)
            assert_wholly(str(error), language)
    assert isinstance(_disk_full(THE_BACKUP), DiskFullError)
    assert str(_disk_full(THE_BACKUP)) != str(_disk_full(THE_RESTORED_REGISTER))


def test_a_backup_list_says_why_a_file_is_unusable_in_both_languages(
        template: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.peyvand.zip"
    junk.write_bytes(b"PK not really a zip")
    register = _register(template, tmp_path / "office")
    stored = next((register.parent / "register.attachments").rglob("*"))
    while stored.is_dir():
        stored = next(stored.iterdir())
    stored.write_bytes(b"changed after it was attached")  # its name no longer matches
    backup = BackupStore.for_register(register).back_up(register, "manual")
    problems = {}
    for language in ("fa", "en"):
        set_language(language)
        listed = read_manifest(junk)
        assert not listed.verified
        assert_wholly(listed.problem, language)
        checked = verify_backup(backup.path)
        assert checked.problem, "an attachment that does not match its hash is flagged"
        assert_wholly(checked.problem, language)
        problems[language] = checked.problem
    assert "does not match its hash" in problems["en"]
    assert "چکیده" in problems["fa"]


@pytest.mark.parametrize("text", [
    "پشتیبان \u2066register.sqlite3\u2069 نوشته شد",
    "«\u2068office.sqlite3\u2069» پایگاه داده SQLite نیست",
])
def test_the_language_check_accepts_isolated_names(text: str) -> None:
    assert_wholly(text, "fa")


@pytest.mark.parametrize(("text", "language"), [
    ("دیسک پر است: The backup نوشته نشد", "fa"),
    ("The disk is full: پشتیبان could not be written", "en"),
    ("office.sqlite3 آسیب دیده است", "fa"),
])
def test_the_language_check_catches_a_mixed_sentence(text: str, language: str) -> None:
    with pytest.raises(AssertionError):
        assert_wholly(text, language)


def _real_sqlite_error(how: str, tmp: Path) -> sqlite3.Error:
    """A real error of the sqlite3 driver."""
    try:
        if how == "unable to open":
            sqlite3.connect(tmp / "no-such-folder" / "x.sqlite3").execute("SELECT 1")
        path = tmp / f"{how.replace(' ', '-')}-{len(list(tmp.iterdir()))}.sqlite3"
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE t (a)")
        conn.commit()
        conn.close()
        if how == "readonly":
            sqlite3.connect(f"file:{path}?mode=ro", uri=True).execute("INSERT INTO t VALUES (1)")
        if how == "other":
            sqlite3.connect(path).execute("SELECT * FROM missing_table")
        if how == "full":
            conn = sqlite3.connect(path)
            conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
            conn.execute("INSERT INTO t VALUES (randomblob(100000))")
    except sqlite3.Error as exc:
        return exc
    raise AssertionError(f"no error for {how}")


@pytest.mark.parametrize("language", ["fa", "en"])
def test_sqlite_failures_of_a_backup_or_restore_say_which_and_why(
        language: str, tmp_path: Path) -> None:
    set_language(language)
    for subject in (THE_BACKUP, THE_RESTORED_REGISTER):
        full = _sqlite_error(_real_sqlite_error("full", tmp_path), subject)
        assert type(full) is DiskFullError and str(full) == str(_disk_full(subject))
        for how in ("readonly", "unable to open"):
            refused = _sqlite_error(_real_sqlite_error(how, tmp_path), subject)
            assert type(refused) is StorageError, how
            assert str(refused) == str(_no_permission(subject)), how
        other = _real_sqlite_error("other", tmp_path)
        said = _sqlite_error(other, subject)
        assert type(said) is StorageError
        assert str(said) == str(_not_written(subject, other))
        assert subject.text(language) in str(said) and "missing_table" in str(said)
        assert_wholly(str(said).replace(str(other), ""), language)


def test_the_sentences_name_the_file_and_the_detail(tmp_path: Path) -> None:
    set_language("en")
    assert str(tmp_path / "x.zip") in _missing_register_message(tmp_path / "x.zip")
    assert "Input/output error" in str(_not_written(THE_BACKUP, "Input/output error"))
    assert str(_not_written(THE_BACKUP, "Input/output error")) == \
        "The backup could not be written: Input/output error."


def _missing_register_message(path: Path) -> str:
    with pytest.raises(StorageError) as info:
        verify_backup(path)
    return str(info.value)


def test_a_backup_from_a_newer_peyvand_says_its_schema(template: Path, tmp_path: Path) -> None:
    with pytest.raises(DatabaseTooNewError) as info:
        _too_new(template, tmp_path)()
    assert info.value.schema == "ffff9999" and info.value.app_version == ""
    assert "ffff9999" in str(info.value)
