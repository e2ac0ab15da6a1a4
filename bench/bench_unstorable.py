"""Benchmark of the import's NUL / column-length screen (issue 9) on 100,000 cleaned rows.

``desktop_app.domain.text.import_row_problems`` looks at every text field of every row a
column at a time. This prints its time beside a reference run in the same process: one
pass of ``clean_rows`` over the same 100,000-row table (the screen included), so the
figure reads as a share of the cleaning step. A second screen with three bad rows shows the
cost when a column has to be looked at row by row.

Run: ``python bench/bench_unstorable.py [--rows N]``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.domain.text import import_row_problems  # noqa: E402
from desktop_app.importing.cleaning import clean_rows  # noqa: E402
from desktop_app.importing.table import RawTable  # noqa: E402


def _best(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    headers = ["نام", "Latin name", "شهر", "ایمیل", "تلفن", "برچسب", "نام رابط", "توضیحات"]
    mapping = {0: "name", 1: "name_en", 2: "city", 3: "email", 4: "phone", 5: "tags",
               6: "contact_name", 7: "notes"}
    rows = [[f"شرکت فناوری نمونه {n}", f"Sample Technology Co {n}", "تهران", f"info{n}@sample.ir",
             "021-8877 6655", "فن‌بازار, نفت", f"علی رضایی {n}", "یادداشت"] for n in range(args.rows)]
    table = RawTable(headers, rows, list(range(2, args.rows + 2)), 1, "csv")
    clean, _ = clean_rows(table, mapping)
    reference = _best(lambda: clean_rows(table, mapping), repeat=1)
    screen = _best(lambda: import_row_problems(clean))
    clean[10].name, clean[20].city, clean[30].tags = "x" * 301, "a\x00", ("t" * 101,)
    with_bad = _best(lambda: import_row_problems(clean))
    print(f"rows: {args.rows}")
    print(f"reference, clean_rows (screen included): {reference:7.3f} s")
    print(f"import_row_problems, clean:   {screen:7.3f} s ({100 * screen / reference:.1f}% of cleaning)")
    print(f"import_row_problems, 3 bad:   {with_bad:7.3f} s")


if __name__ == "__main__":
    main()
