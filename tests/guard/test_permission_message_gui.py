"""A permission the server refuses reaches the window as a plain message in the user's
language, not the crash dialog (issue 9): a real manager login on the test server tries a
save, and the window's exception handler is given the error."""

from __future__ import annotations

import os
from pathlib import Path

import psycopg
import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.engine import make_url

from db.database import Database
from db.errors import PermissionDeniedError
from db.roles import MANAGER, login_sql
from desktop_app.domain.partners import PartnerForm, PartnerService
from desktop_app.ui import crash
from desktop_app.ui.i18n import apply_language, reset_language

pytestmark = pytest.mark.postgres


@pytest.mark.parametrize("language", ["en", "fa"])
def test_refused_save_is_a_plain_message(qtbot, pg_url: str, pg_officer_url: str,
                                         tmp_path: Path, language: str) -> None:
    with psycopg.connect(pg_url.replace("postgresql+psycopg://", "postgresql://"),
                         autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = 'peyvand_test_reader'").fetchone():
            conn.execute(login_sql("peyvand_test_reader", MANAGER))
    url = make_url(pg_officer_url).set(username="peyvand_test_reader", password=None)
    db = Database.open(url.render_as_string(hide_password=False), app_version="test")
    shown: list[object] = []
    apply_language(language)
    try:
        try:
            PartnerService(db).save(PartnerForm(name="دانشگاه تبریز"))
        except PermissionDeniedError as exc:
            crash.handle_exception(type(exc), exc, exc.__traceback__, show=shown.append)
        else:
            pytest.fail("a manager's save was not refused")
    finally:
        reset_language()
        db.close()
    [box] = shown
    assert isinstance(box, QMessageBox) and not isinstance(box, crash.CrashDialog)
    assert ("not allowed" if language == "en" else "اجازه") in box.text()
    assert "Traceback" not in box.text() and "psycopg" not in box.text()
    qtbot.addWidget(box)
    box.show()
    out = Path(os.environ.get("PEYVAND_SHOTS", tmp_path)) / f"permission-{language}.png"
    box.grab().save(str(out))
