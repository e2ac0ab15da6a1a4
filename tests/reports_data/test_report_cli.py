"""``python main.py --db X report …`` in a subprocess: exit codes, files, nothing partial."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from report_pdftext import page_count

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    assert run("--db", str(path), "demo").returncode == 0
    return path


@pytest.mark.parametrize("args", [
    ["mou", "۵۴"],
    ["--lang", "en", "hub", "ترکیه"],
    ["activity", "--from", "1404/01/01", "--to", "1404/12/29"],
    ["partners", "--lang", "en"],
])
def test_report_commands_write_a_pdf(demo_db: Path, tmp_path: Path, args: list[str]) -> None:
    out = tmp_path / "out.pdf"
    if args[0] == "--lang":
        cmd = ["--db", str(demo_db), *args[:2], "report", *args[2:], "-o", str(out)]
    else:
        cmd = ["--db", str(demo_db), "report", *args, "-o", str(out)]
    result = run(*cmd)
    assert result.returncode == 0, result.stderr
    pages = page_count(out)
    assert pages >= 1
    assert result.stdout.strip() == f"{out}: {pages} pages"


def test_unknown_mou_exits_1_and_writes_nothing(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    result = run("--db", str(demo_db), "report", "mou", "999", "-o", str(out))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "999" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_unknown_hub_and_bad_period_exit_1(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    assert run("--db", str(demo_db), "report", "hub", "Germany", "-o", str(out)).returncode == 1
    result = run("--db", str(demo_db), "report", "activity", "--from", "1404/13/01",
                 "--to", "1404/12/29", "-o", str(out))
    assert result.returncode == 1 and "period" in result.stderr
    assert run("--db", str(demo_db), "report", "mou", "54",
               "-o", str(tmp_path / "no" / "x.pdf")).returncode == 1
    assert list(tmp_path.iterdir()) == []


def test_usage_errors_exit_2(demo_db: Path) -> None:
    assert run("--db", str(demo_db), "report", "mou", "54").returncode == 2  # no -o
    assert run("--db", str(demo_db), "report", "activity", "-o", "x.pdf").returncode == 2
