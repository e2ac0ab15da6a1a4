"""Fill ``sync_fa.ts`` (the Conflicts view, Sync now, the change-package dialogs) in Persian.

Run after ``pyside6-lupdate desktop_app/ui/sync/conflicts.py desktop_app/ui/sync/controls.py
-ts resources/translations/sync_fa.ts -no-obsolete``, then ``pyside6-lrelease``. A source
string without an entry here makes the script fail, so nothing is left unfinished.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ts_fill import fill

TS = Path(__file__).with_name("sync_fa.ts")

FA: dict[str, str] = {
    "Same field changed on both sides": "یک فیلد در هر دو سو تغییر کرده است",
    "Deleted on one side, changed on the other": "در یک سو حذف شده، در سوی دیگر تغییر کرده است",
    "Possible duplicate partner": "طرف همکاری احتمالاً تکراری",
    "Merge that could not be applied": "ادغامی که اعمال نشد",
    "Value already taken (unique)": "مقدار تکراری (باید یکتا باشد)",
    "Change for a record this register lacks": "تغییر برای رکوردی که در این دفتر ثبت نیست",
    "Sync conflicts": "ناسازگاری‌های همگام‌سازی",
    "Kind": "نوع",
    "Record": "رکورد",
    "Field": "فیلد",
    "When": "زمان",
    "Base, mine and theirs": "پایه، مال من و مال آن‌ها",
    "Base (before both changes)": "پایه (پیش از هر دو تغییر)",
    "Mine (this register)": "مال من (این دفتر ثبت)",
    "Theirs (the other register)": "مال آن‌ها (دفتر ثبت دیگر)",
    "Or type the value to keep…": "یا مقداری را که باید بماند بنویسید…",
    "Keep mine": "مال من بماند",
    "Take theirs": "مال آن‌ها را بگیر",
    "Use my edit": "ویرایش من را به‌کار ببر",
    "Use this text": "این متن را به‌کار ببر",
    "mine": "من",
    "theirs": "آن‌ها",
    "Both changes merge cleanly. Read the merged text, correct it if need be, and use it.":
        "دو تغییر بی‌تداخل ادغام می‌شوند. متن ادغام‌شده را بخوانید، اگر لازم است درستش کنید و به‌کار ببرید.",
    "The two changes overlap: both versions are shown in the text below. Edit it to what should "
    "stay, then use it.":
        "دو تغییر با هم تداخل دارند: هر دو نسخه در متن زیر آمده است. آن را به آنچه باید بماند "
        "ویرایش کنید و سپس به‌کار ببرید.",
    "Restore the record": "رکورد را برگردان",
    "Keep it deleted": "حذف‌شده بماند",
    "Merge the two partners": "دو طرف همکاری را ادغام کن",
    "Not a duplicate": "تکراری نیست",
    "No open conflicts: every change was merged.": "ناسازگاری بازی نیست: همهٔ تغییرها ادغام شد.",
    "by %1 at %2": "به دست %1 در %2",
    "S&ync": "&همگام‌سازی",
    "Sync &now": "&اکنون همگام کن",
    "Send this register's changes to the office register and receive theirs":
        "تغییرهای این دفتر ثبت را به دفتر ثبت اداره بفرست و تغییرهای آن را بگیر",
    "&Conflicts…": "&ناسازگاری‌ها…",
    "&Export changes…": "&برون‌بری تغییرها…",
    "&Import changes…": "&درون‌بری تغییرها…",
    "Last sync: %1": "آخرین همگام‌سازی: %1",
    "Never synced": "هرگز همگام نشده",
    "Unsent changes: %1": "تغییرهای فرستاده‌نشده: %1",
    "Open conflicts: %1": "ناسازگاری‌های باز: %1",
    " · ": "، ",
    "Sync": "همگام‌سازی",
    "Sent: %1": "فرستاده: %1",
    "Received: %1": "دریافت‌شده: %1",
    "Applied: %1": "اعمال‌شده: %1",
    "Already here: %1": "از پیش موجود: %1",
    "Conflicts: %1": "ناسازگاری‌ها: %1",
    "Tasks (possible duplicates, clashes): %1": "کارها (تکراری‌های احتمالی، برخوردها): %1",
    "Kept aside: %1": "کنار گذاشته: %1",
    "Sync now": "اکنون همگام کن",
    "The office register: a server address (postgresql+psycopg://…) or a file:":
        "دفتر ثبت اداره: نشانی کارساز (postgresql+psycopg://…) یا یک پرونده:",
    "Syncing…": "در حال همگام‌سازی…",
    "Sync finished": "همگام‌سازی انجام شد",
    "Export changes": "برون‌بری تغییرها",
    "Writing the change package…": "در حال نوشتن بستهٔ تغییرات…",
    "%1 changes written to %2": "%1 تغییر در %2 نوشته شد",
    "Import changes": "درون‌بری تغییرها",
    "Checking the change package…": "در حال بررسی بستهٔ تغییرات…",
    "This package would apply %1 changes (%2 already here, %3 conflicts, %4 tasks). Apply it?":
        "این بسته %1 تغییر را اعمال می‌کند (%2 از پیش موجود، %3 ناسازگاری، %4 کار). اعمال شود؟",
    "Applying the change package…": "در حال اعمال بستهٔ تغییرات…",
}

if __name__ == "__main__":
    sys.exit(fill(TS, FA))
