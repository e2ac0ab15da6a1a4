"""What the one catalogue of words costs at start-up: reading every compiled ``.qm``.

The Qt-free layers (domain, storage errors, command line, reports) read the compiled
catalogue once per language, on their first message. This prints that cost beside a
reference measured in the same run: ``json.loads`` of the very same messages (the cheapest
way Python could hold them), and Qt's own ``QTranslator.load`` of the same files.

    python bench/bench_catalogue.py
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from resources.translations import catalogue  # noqa: E402

RUNS = 20


def _timed(action: object) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> int:
    def read_all() -> None:
        catalogue.forget()
        catalogue.catalogue("fa")

    read_all()
    messages = catalogue.catalogue("fa")
    as_json = json.dumps([[*k, *v] for k, v in messages.items()], ensure_ascii=False)
    ours = _timed(read_all)
    reference = _timed(lambda: json.loads(as_json))
    files = sorted(catalogue.TRANSLATIONS_DIR.glob("*_fa.qm"))
    try:
        from PySide6.QtCore import QTranslator

        def qt_load() -> None:
            for path in files:
                QTranslator().load(str(path))

        qt = f"{_timed(qt_load):.1f} ms"
    except ImportError:
        qt = "n/a (no PySide6)"
    size = sum(p.stat().st_size for p in files) // 1024
    print(f"catalogue: {len(messages)} Persian messages in {len(files)} .qm files ({size} KB)")
    print(f"  read by resources.translations.catalogue: {ours:.1f} ms (median of {RUNS})")
    print(f"  reference, json.loads of the same messages: {reference:.1f} ms")
    print(f"  reference, QTranslator.load of the same files: {qt}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
