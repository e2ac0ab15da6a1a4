"""Print Qt's ICU answers as one JSON line: QCollator (fa_IR, en_US) over 1,000 mixed
names, QTimeZone and QLocale. Run it with the full ICU and with LD_LIBRARY_PATH at a
trimmed libicudata (tools/icu_trim.py) and compare the two outputs: they must be equal."""

import json
import random

from PySide6.QtCore import QCollator, QDateTime, QLocale, QTimeZone

random.seed(1)
FA = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیآءئ"
EN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ"
names = ["".join(random.choice(random.choice([FA, EN])) for _ in range(random.randint(2, 9)))
         for _ in range(1000)]
out: dict[str, object] = {}
for loc in ("fa_IR", "en_US"):
    collator = QCollator(QLocale(loc))
    out[loc] = sorted(names, key=collator.sortKey)
tz = QTimeZone(b"Asia/Tehran")
out["tz"] = [tz.isValid(), tz.offsetFromUtc(QDateTime.currentDateTime()),
             tz.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName,
                            QLocale("fa_IR")), len(QTimeZone.availableTimeZoneIds())]
out["loc"] = QLocale("fa_IR").toString(1234567.5)
print(json.dumps(out, ensure_ascii=False))
