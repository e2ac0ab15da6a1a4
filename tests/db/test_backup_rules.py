"""The rules behind backups and refused registers, case by case: which automatic backups
rotation keeps (every bucket edge), how a backup and a set-aside file are named, what the
Backups page says a backup holds (fa/en), and how a SQLite header's page size is read."""

from __future__ import annotations

import datetime as dt
import struct
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db.backup import (
    BackupInfo,
    RetentionPolicy,
    backup_name,
    register_attachments_dir,
    register_backups_dir,
    select_kept,
)
from db.integrity import Finding, damaged_name, page_size_of, set_aside, set_aside_copies
from resources.translations.catalogue import set_language

NOW = dt.datetime(2026, 3, 18, 12, 0, tzinfo=dt.UTC)  # a Wednesday
H = dt.timedelta(hours=1)
D = dt.timedelta(days=1)


def _kept(times: list[dt.datetime], policy: RetentionPolicy | None = None) -> list[dt.datetime]:
    kept = select_kept(times, NOW, policy) if policy else select_kept(times, NOW)
    return sorted((times[i] for i in kept), reverse=True)


def test_everything_of_the_last_hours_is_kept() -> None:
    times = [NOW - k * H for k in range(0, 13)] + [NOW - 12 * H - dt.timedelta(minutes=1)]
    policy = RetentionPolicy(hours=12, days=0, weeks=0, months=0)
    # exactly 12 hours old is still inside; a minute more is not
    assert _kept(times, policy) == times[:13]


def test_the_newest_backup_is_kept_however_old() -> None:
    old = [NOW - 400 * D, NOW - 500 * D]
    assert _kept(old) == [NOW - 400 * D]
    assert select_kept([], NOW) == set()


def test_one_per_day_then_week_then_month() -> None:
    policy = RetentionPolicy(hours=0, days=3, weeks=0, months=0)
    # two a day on each of five days, at 09:00 and 18:00
    times = [dt.datetime(2026, 3, d, h, tzinfo=dt.UTC) for d in range(13, 18) for h in (9, 18)]
    # days within 3 × 24 h of NOW (2026-03-18 12:00): the 15th 18:00 onward; newest of each day
    assert _kept(times, policy) == [dt.datetime(2026, 3, 17, 18, tzinfo=dt.UTC),
                                    dt.datetime(2026, 3, 16, 18, tzinfo=dt.UTC),
                                    dt.datetime(2026, 3, 15, 18, tzinfo=dt.UTC)]
    weekly = RetentionPolicy(hours=0, days=0, weeks=2, months=0)
    # ISO weeks: Mon 9th–Sun 15th, Mon 2nd–Sun 8th
    times = [dt.datetime(2026, 3, d, 10, tzinfo=dt.UTC) for d in (3, 7, 9, 14, 17)]
    assert _kept(times, weekly) == [dt.datetime(2026, 3, 17, 10, tzinfo=dt.UTC),
                                    dt.datetime(2026, 3, 14, 10, tzinfo=dt.UTC),
                                    dt.datetime(2026, 3, 7, 10, tzinfo=dt.UTC)]
    monthly = RetentionPolicy(hours=0, days=0, weeks=0, months=2)
    times = [dt.datetime(2026, m, d, tzinfo=dt.UTC) for m, d in ((1, 5), (1, 20), (2, 3), (2, 25),
                                                                 (3, 1), (3, 10))]
    # 2 × 31 days back from NOW reaches 15 January: the 5th is too old, the 20th is not
    assert _kept(times, monthly) == [dt.datetime(2026, 3, 10, tzinfo=dt.UTC),
                                     dt.datetime(2026, 2, 25, tzinfo=dt.UTC),
                                     dt.datetime(2026, 1, 20, tzinfo=dt.UTC)]


@given(st.lists(st.integers(0, 24 * 400), min_size=1, max_size=40, unique=True))
def test_rotation_keeps_the_newest_and_nothing_it_was_not_given(hours_ago: list[int]) -> None:
    times = [NOW - h * H for h in hours_ago]
    kept = select_kept(times, NOW)
    assert kept <= set(range(len(times)))
    assert hours_ago.index(min(hours_ago)) in kept
    assert all(i in kept for i, h in enumerate(hours_ago) if h <= 12)
    assert all(i not in kept for i, h in enumerate(hours_ago)
               if h > 31 * 9 * 24 and h != min(hours_ago))


def test_names_sort_by_time_and_say_their_kind() -> None:
    when = dt.datetime(2026, 12, 2, 5, 1, 2, 123456, tzinfo=dt.UTC)
    assert backup_name(Path("office.sqlite3"), "automatic", when) == \
        "office-20261202T050102.123Z-automatic.peyvand.zip"
    tehran = dt.timezone(dt.timedelta(hours=3, minutes=30))
    assert backup_name(Path("a/b/office.sqlite3"), "manual", when.astimezone(tehran)) == \
        "office-20261202T050102.123Z-manual.peyvand.zip"
    assert backup_name(Path("x.sqlite3"), "m", when.replace(microsecond=7000)).startswith(
        "x-20261202T050102.007Z")
    assert register_backups_dir(Path("d/office.sqlite3")) == Path("d/office.backups")
    assert register_attachments_dir(Path("d/office.sqlite3")) == Path("d/office.attachments")


def test_what_a_backup_holds_in_both_languages() -> None:
    info = BackupInfo(Path("b/office-x.peyvand.zip"), dt.datetime(2025, 12, 16, 8, 30, tzinfo=dt.UTC),
                      "manual", 2048, True, "0006", {"partners": 26, "mous": 5, "meetings": 12}, 3)
    assert info.summary("en") == "26 partners, 5 MoUs, 12 meetings, 3 attachment files"
    assert info.summary_fa() == "۲۶ طرف همکاری، ۵ تفاهم‌نامه، ۱۲ جلسه، ۳ پرونده پیوست"
    empty = BackupInfo(Path("e.zip"), NOW, "automatic", 0, False)
    # without a language, the summary follows the program's current one
    try:
        set_language("en")
        assert empty.summary() == "0 partners, 0 MoUs, 0 meetings, 0 attachment files"
        assert info.summary() == info.summary("en")
        set_language("fa")
        assert empty.summary() == "۰ طرف همکاری، ۰ تفاهم‌نامه، ۰ جلسه، ۰ پرونده پیوست"
        assert info.summary() == info.summary_fa()
        assert empty.summary("en") == "0 partners, 0 MoUs, 0 meetings, 0 attachment files"
        set_language("en")
        assert info.summary_fa() == "۲۶ طرف همکاری، ۵ تفاهم‌نامه، ۱۲ جلسه، ۳ پرونده پیوست"
    finally:
        set_language("fa")
    when = info.when_fa()
    assert when.startswith("\u2066") and when.endswith("\u2069")
    assert when[1:11] == "۱۴۰۴/۰۹/۲۵"  # 2025-12-16 in any time zone of UTC−8…+14
    assert info.as_dict() == {
        "file": str(Path("b/office-x.peyvand.zip")), "name": "office-x.peyvand.zip",
        "time": "2025-12-16T08:30:00+00:00", "kind": "manual", "size": 2048, "verified": True,
        "schema": "0006", "counts": {"partners": 26, "mous": 5, "meetings": 12},
        "attachments": 3, "problem": ""}


# --------------------------------------------------------------------------- integrity


def _header(raw_page_size: int) -> bytes:
    return b"SQLite format 3\x00" + struct.pack(">H", raw_page_size) + b"\x00" * 82


@pytest.mark.parametrize(("raw", "size"), [
    (512, 512), (1024, 1024), (4096, 4096), (32768, 32768), (1, 65536),
    (0, 0), (256, 0), (511, 0), (1000, 0), (4097, 0), (3, 0), (2, 0),
])
def test_page_size_of_a_header(raw: int, size: int) -> None:
    assert page_size_of(_header(raw)) == size


def test_findings_say_whether_a_file_may_be_opened() -> None:
    assert Finding("ok").sound and not Finding("ok").refused
    assert Finding("new").sound and Finding("readonly").sound
    for kind in ("damaged", "truncated", "foreign", "empty"):
        assert Finding(kind).refused and not Finding(kind).sound, kind
    assert not Finding("locked").sound


def test_damaged_names_never_overwrite_an_earlier_one(tmp_path: Path) -> None:
    when = dt.datetime(2026, 12, 2, 9, 5, 1)
    register = tmp_path / "office.sqlite3"
    first = damaged_name(register, when)
    assert first.name == "office.damaged-20261202-090501.sqlite3"
    first.write_bytes(b"1")
    second = damaged_name(register, when)
    assert second.name == "office.damaged-20261202-090501-1.sqlite3"
    second.write_bytes(b"2")
    assert damaged_name(register, when).name == "office.damaged-20261202-090501-2.sqlite3"
    assert damaged_name(tmp_path / "plain", when).name == "plain.damaged-20261202-090501.sqlite3"


def test_set_aside_moves_the_file_and_its_side_files_untouched(tmp_path: Path) -> None:
    register = tmp_path / "office.sqlite3"
    register.write_bytes(b"main bytes")
    (tmp_path / "office.sqlite3-wal").write_bytes(b"wal bytes")
    (tmp_path / "office.sqlite3-journal").write_bytes(b"journal bytes")
    kept = set_aside(register)
    assert not register.exists() and not (tmp_path / "office.sqlite3-wal").exists()
    assert kept.read_bytes() == b"main bytes"
    assert kept.with_name(kept.name + "-wal").read_bytes() == b"wal bytes"
    assert kept.with_name(kept.name + "-journal").read_bytes() == b"journal bytes"
    assert set_aside_copies(register) == [kept]
    (tmp_path / "other.sqlite3").write_bytes(b"x")
    assert set_aside_copies(tmp_path / "other.sqlite3") == []
