"""The follow-up lists answer a search key press quickly on a register of realistic size."""

from __future__ import annotations

import datetime as dt
import time

from sqlalchemy import insert

from db.models import ActionItem, ActionStatus, Letter
from desktop_app.domain.actions import ActionQuery, ActionService
from desktop_app.domain.letters import LetterQuery, LetterService

WORDS = ["تشکیل", "کارگروه", "مشترک", "گزارش", "فناوری", "نوآوری", "پارک", "هاب", "ترکیه",
         "تفاهم‌نامه", "شرکت", "دانش‌بنیان", "پیگیری", "جلسه", "نمایشگاه"]


def test_search_is_fast_on_5000_actions_and_letters(sqlite_db):
    rows = [{"title": " ".join(WORDS[(i * k) % len(WORDS)] for k in (1, 3, 7, 11)),
             "owner": WORDS[i % len(WORDS)], "status": ActionStatus.OPEN, "progress": i % 100,
             "uuid": f"00000000-0000-0000-0000-{i:012d}",
             "due_on": dt.date(2025, 1, 1) + dt.timedelta(days=i % 700)} for i in range(5000)]
    letters = [{"reference_number": str(100000 + i), "dated": dt.date(2024, 1, 1),
                "subject": r["title"], "uuid": f"10000000-0000-0000-0000-{i:012d}"}
               for i, r in enumerate(rows)]
    with sqlite_db.unit_of_work() as s:
        s.execute(insert(ActionItem), rows)
        s.execute(insert(Letter), letters)
    acts, ls = ActionService(sqlite_db), LetterService(sqlite_db)
    acts.query(ActionQuery(text="گزارش"))  # first search computes the keys once
    ls.query(LetterQuery(text="گزارش"))
    def best_of_3(run):  # type: ignore[no-untyped-def]
        # the best of three, so a busy machine (other test processes) does not fail it
        out = []
        for _ in range(3):
            start = time.perf_counter()
            result = run()
            out.append(time.perf_counter() - start)
        assert result
        return min(out)

    timings = [best_of_3(lambda typed=typed: acts.query(ActionQuery(text=typed)))
               for typed in ("ک", "کار", "کارگروه", "کارگروه مشت", "دانش بنیان")]
    timings.append(best_of_3(lambda: ls.query(LetterQuery(text="۱۰۴۹۹۹"))))
    assert max(timings) < 0.05, timings
