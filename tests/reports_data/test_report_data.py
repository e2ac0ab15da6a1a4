"""Every report made from the demo register (fa and en) and read back from the PDF."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from report_pdftext import base_letters, page_count, page_text, to_logical

from db.database import Database
from desktop_app.domain.dates import jalali_quarter, jalali_year
from desktop_app.domain.demo import AXES_54, MISSIONS, PARTNERS, build_demo
from desktop_app.domain.errors import DomainError, NotFoundError
from desktop_app.domain.report_data import MoUFilter, ReportService

TODAY = dt.date(2026, 11, 22)  # 1405/09/01
TITLE_54 = "تفاهم‌نامه همکاری میان پارک علم و فناوری مازندران و پارک فناوری و نوآوری صنعت نفت"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ReportService, Path]]:
    folder = tmp_path_factory.mktemp("demo")
    db = Database.open(folder / "demo.sqlite3", app_version="test")
    build_demo(db)
    yield ReportService(db), folder
    db.close()


@pytest.fixture(scope="module")
def pdfs(demo: tuple[ReportService, Path]) -> dict[str, Path]:
    rs, folder = demo
    out: dict[str, Path] = {}
    for lang in ("fa", "en"):
        out[f"mou_{lang}"] = rs.mou_summary_pdf("54", lang, folder / f"mou_{lang}.pdf", TODAY)
        out[f"hub_{lang}"] = rs.hub_dossier_pdf("TR", lang, folder / f"hub_{lang}.pdf", TODAY)
        out[f"activity_{lang}"] = rs.activity_pdf(jalali_year(1404), lang,
                                                  folder / f"activity_{lang}.pdf", TODAY)
        out[f"partners_{lang}"] = rs.partners_pdf(lang, folder / f"partners_{lang}.pdf")
        out[f"due_{lang}"] = rs.due_pdf(lang, folder / f"due_{lang}.pdf", TODAY)
    return out


def logical_lines(path: Path, rtl: bool = True) -> list[str]:
    return [base_letters(to_logical(t, rtl)) for p in range(page_count(path))
            for t in page_text(path, p)]


def words_in_order(needle: str, haystack: str) -> bool:
    """True when the words of *needle* occur in *haystack* in the same order."""
    words = haystack.split()
    pos = 0
    for w in needle.split():
        try:
            pos = words.index(w, pos) + 1
        except ValueError:
            return False
    return True


# ---------------------------------------------------------------------- every report


@pytest.mark.parametrize("name", ["mou", "hub", "activity", "partners", "due"])
@pytest.mark.parametrize("lang", ["fa", "en"])
def test_report_is_a_pdf_with_footer_and_embedded_fonts(pdfs: dict[str, Path], name: str,
                                                       lang: str) -> None:
    path = pdfs[f"{name}_{lang}"]
    assert path.read_bytes().startswith(b"%PDF-")
    pages = page_count(path)
    assert pages >= 1
    last = logical_lines(path, lang == "fa")
    if lang == "fa":
        assert any(f"صفحه ۱ از {_fa(pages)}" in t for t in last)
        assert "پارک علم و فناوری آذربایجان شرقی" in "\n".join(last)
    else:
        assert any(f"Page 1 of {pages}" in t for t in last)
        assert "East Azarbaijan Science and Technology Park" in "\n".join(last)
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                               check=True).stdout.splitlines()[2:]
        assert fonts and all(" yes " in f and "Vazirmatn" in f for f in fonts), fonts


def _fa(n: int) -> str:
    return str(n).translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))


# ---------------------------------------------------------------------- MoU No. 54


def test_mou_54_summary_fa(pdfs: dict[str, Path]) -> None:
    lines = logical_lines(pdfs["mou_fa"])
    text = "\n".join(lines)
    assert any(words_in_order(TITLE_54, t) for t in lines) or words_in_order(TITLE_54, text)
    for i, axis in enumerate(AXES_54, start=1):
        assert any(t.startswith(f"{_fa(i)}.") and axis in t for t in lines), axis
    assert "۱۴۰۴/۰۹/۲۵" in text and "1404/09/25" not in text
    assert "۱۲:۰۰" in text
    assert "Mazandaran Science and Technology" in text
    assert "Oil Industry Technology and Innovation" in text
    assert "۲۳ روز تا پایان اعتبار" in text  # 1405/09/24 is 23 days after 1405/09/01
    assert "تفاهم‌نامه شماره ۵۴" in text


def test_mou_54_summary_en(pdfs: dict[str, Path]) -> None:
    text = "\n".join(logical_lines(pdfs["mou_en"], rtl=False))
    assert "MoU No. 54" in text
    assert "1404/09/25" in text and "expires in 23 days" in text
    assert "Mazandaran Science and Technology" in text
    assert "First party" in text
    assert "Latin name" not in text  # the names are already Latin in English


def test_mou_summary_data_shape(demo: tuple[ReportService, Path]) -> None:
    rs, _ = demo
    data = rs.mou_summary_data("۵۴", "fa", TODAY)
    assert data.number == "54" and data.title == TITLE_54
    assert data.axes == AXES_54
    assert data.date == "۱۴۰۴/۰۹/۲۵" and data.time == "۱۲:۰۰"
    assert data.status == "فعال" and data.days_to_expiry == 23
    assert [p.latin_name for p in data.parties] == [
        "Mazandaran Science and Technology Park", "Oil Industry Technology and Innovation Park"]
    assert data.bodies and data.bodies[0].kind == "کارگروه"
    assert [m.ordinal for m in data.meetings] == [2, 1]  # the latest first
    assert {a.title for a in data.actions} == {
        "تشکیل کارگروه‌های مشترک", "تعریف پروژه‌های اولویت‌دار", "توسعه شبکه‌های نوآوری"}


# ---------------------------------------------------------------------- references


def test_mou_references(demo: tuple[ReportService, Path]) -> None:
    rs, _ = demo
    id54 = rs.resolve_mou("54")
    assert rs.resolve_mou("۵۴") == rs.resolve_mou("٥٤") == id54
    assert rs.resolve_mou(f"id:{id54}") == id54
    assert rs.resolve_mou("kstp 96 01") == rs.resolve_mou("KSTP-96-01")
    other = rs.resolve_mou("EAST-1401-07")
    assert rs.resolve_mou(str(other)) == other  # a bare id that is no MoU's number
    with pytest.raises(NotFoundError, match="999"):
        rs.resolve_mou("999")
    with pytest.raises(NotFoundError):
        rs.resolve_mou("id:999")


def test_hub_references(demo: tuple[ReportService, Path]) -> None:
    rs, _ = demo
    tr = rs.resolve_hub("TR")
    assert rs.resolve_hub("ترکیه") == rs.resolve_hub("Turkey") == rs.resolve_hub("TUR") == tr
    assert rs.resolve_hub(f"id:{tr}") == tr
    with pytest.raises(NotFoundError, match="آلمان"):  # the message in the language in use
        rs.resolve_hub("Germany")
    from desktop_app.domain.i18n import set_language

    set_language("en")
    try:
        with pytest.raises(NotFoundError, match="Germany"):
            rs.resolve_hub("Germany")
    finally:
        set_language("fa")
    with pytest.raises(DomainError):
        rs.resolve_hub("Atlantis")


# ---------------------------------------------------------------------- other reports


def test_hub_dossier_tr_lists_its_six_missions(pdfs: dict[str, Path],
                                                demo: tuple[ReportService, Path]) -> None:
    rs, _ = demo
    data = rs.hub_dossier_data("TR", "fa", TODAY)
    assert data.country == "ترکیه" and len(data.missions) == 6
    assert [m.title for m in data.missions] == [t.format(c="ترکیه") for t in MISSIONS]
    text = " ".join(logical_lines(pdfs["hub_fa"]))
    for m in data.missions:
        assert words_in_order(m.title, text), m.title
    assert "Teknopark İstanbul" in text and "ODTÜ Teknokent" in text


def test_activity_1404_counts(pdfs: dict[str, Path], demo: tuple[ReportService, Path]) -> None:
    rs, _ = demo
    data = rs.activity_data(jalali_year(1404), "fa", TODAY)
    assert data.period == "سال ۱۴۰۴"
    assert data.new_mous_count == 1  # No. 54
    assert data.meetings_count == 1  # the working group's first meeting, 1404/11/20
    assert data.events_count == 1  # the 26th exhibition
    assert len(data.actions_by_month) == 12
    assert {r.label for r in data.mous_by_status} >= {"فعال"}
    text = "\n".join(logical_lines(pdfs["activity_fa"]))
    assert "سال ۱۴۰۴" in text and "گزارش فعالیت" in text
    autumn = rs.activity_data(jalali_quarter(1404, 3), "en", TODAY)
    assert autumn.period == "Autumn 1404" and autumn.new_mous_count == 1
    assert [m.month for m in autumn.actions_by_month] == ["Meh 1404", "Aba 1404", "Aza 1404"]


def test_due_list_as_of_1405_09_01(pdfs: dict[str, Path], demo: tuple[ReportService, Path]) -> None:
    rs, _ = demo
    data = rs.due_list_data("fa", TODAY)
    assert data.as_of == "۱۴۰۵/۰۹/۰۱"
    by_number = {m.number: m for m in data.expiring_mous}
    assert by_number["54"].valid_until == "۱۴۰۵/۰۹/۲۴" and by_number["54"].days_to_expiry == 23
    late = {a.title: a.days_overdue for a in data.overdue_actions}
    assert "ایجاد ۱۳ شهرک تخصصی (شیمی پارک) در استان‌های جنوبی کشور" in late
    assert "تشکیل کنسرسیوم صادراتی خوشه پلاستیک" in late
    assert "تهیه گزارش توجیهی جامع وضعیت فناوری ترکیه" in late
    assert all(d > 0 for d in late.values())
    assert "تشکیل کارگروه‌های مشترک" not in late  # due 1405/09/30, not yet
    text = "\n".join(logical_lines(pdfs["due_fa"]))
    assert "۱۴۰۵/۰۹/۲۴" in text and "تشکیل کنسرسیوم صادراتی خوشه پلاستیک" in text


def test_partner_directory_lists_all_26_grouped_by_country(
        pdfs: dict[str, Path], demo: tuple[ReportService, Path]) -> None:
    rs, _ = demo
    data = rs.partner_directory_data("fa")
    assert [g.country for g in data.groups] == ["ایران", "ترکیه", "چین"]
    assert sum(len(g.partners) for g in data.groups) == len(PARTNERS) == 26
    assert {p.name for g in data.groups for p in g.partners} == {p[1] for p in PARTNERS}
    lines = logical_lines(pdfs["partners_fa"])
    captions = [t for t in lines if t.split()[0] in ("ایران", "ترکیه", "چین")
                and "طرف همکاری" in t]
    assert [c.split()[0] for c in captions] == ["ایران", "ترکیه", "چین"]
    assert "جمع: ۲۶ طرف همکاری در ۳ کشور" in "\n".join(lines)
    en = rs.partner_directory_data("en")
    assert [g.country for g in en.groups] == ["China", "Iran", "Türkiye"]
    found = rs.partner_directory_data("fa", query="تکنو")
    assert {p.name for g in found.groups for p in g.partners} >= {"تکنوپارک استانبول"}


# ---------------------------------------------------------------------- files and the batch


def test_temp_file_when_no_output(demo: tuple[ReportService, Path]) -> None:
    rs, _ = demo
    path = rs.mou_summary_pdf(rs.resolve_mou("54"), "fa")
    try:
        assert path.exists() and path.suffix == ".pdf" and path.stat().st_size > 1000
    finally:
        path.unlink()


def test_unwritable_output_leaves_nothing(demo: tuple[ReportService, Path], tmp_path: Path) -> None:
    rs, _ = demo
    with pytest.raises(DomainError, match=r"does not exist|وجود ندارد"):
        rs.due_pdf("fa", tmp_path / "missing" / "due.pdf")
    with pytest.raises(NotFoundError):
        rs.mou_summary_pdf("999", "fa", tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == []


def test_batch_writes_every_summary_and_stops_when_cancelled(
        demo: tuple[ReportService, Path], tmp_path: Path) -> None:
    rs, _ = demo
    ids = rs.mou_ids()
    assert len(ids) == 5
    seen: list[tuple[int, int]] = []
    files = rs.mou_summaries_batch(ids, tmp_path, "fa", progress=lambda d, t: seen.append((d, t)),
                                   today=TODAY)
    assert len(files) == 5 and all(f.exists() and f.stat().st_size > 0 for f in files)
    assert seen[0] == (0, 5) and seen[-1] == (5, 5)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f.name for f in files)

    stopped = tmp_path / "stopped"
    stopped.mkdir()
    done: list[int] = []
    files = rs.mou_summaries_batch(ids, stopped, "en", progress=lambda d, t: done.append(d),
                                   cancelled=lambda: len(done) >= 3)
    assert len(files) == 2
    assert sorted(p.name for p in stopped.iterdir()) == sorted(f.name for f in files)


def test_batch_filters(demo: tuple[ReportService, Path]) -> None:
    rs, _ = demo
    from db.models import MoUStatus

    assert len(rs.mou_ids(MoUFilter(status=MoUStatus.ACTIVE))) == 3
    assert len(rs.mou_ids(MoUFilter(country_code="TR"))) == 1
    assert len(rs.mou_ids(MoUFilter(expiring_within_days=30), today=TODAY)) == 1


# ---------------------------------------------------------------------- PostgreSQL


@pytest.mark.postgres
def test_mou_summary_on_postgresql(pg_db: Database, tmp_path: Path) -> None:
    build_demo(pg_db)
    rs = ReportService(pg_db)
    path = rs.mou_summary_pdf("۵۴", "fa", tmp_path / "mou.pdf", TODAY)
    text = "\n".join(logical_lines(path))
    assert "۱۴۰۴/۰۹/۲۵" in text and "Mazandaran Science and Technology" in text
    assert "صفحه ۱ از" in text
    assert len(rs.partner_directory_data("en").groups) == 3
