"""Fill ``about_fa.ts`` (Help > About) in Persian.

Run after ``pyside6-lupdate desktop_app/ui/dialogs/about.py -ts resources/translations/about_fa.ts``,
then compile with ``pyside6-lrelease resources/translations/about_fa.ts``. Every source
string must have an entry here: the script fails on a missing one.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ts_fill import fill

TS = Path(__file__).with_name("about_fa.ts")

FA: dict[str, str] = {
    "About Peyvand": "دربارهٔ پیوند",
    "Peyvand": "پیوند",
    "The register of a science and technology park's international-relations office: "
    "partners, hubs, MoUs, meetings, actions, letters and events.":
        "دفتر ثبت روابط بین‌الملل پارک علم و فناوری: طرف‌های همکاری، هاب‌ها، تفاهم‌نامه‌ها، "
        "جلسه‌ها، اقدام‌ها، نامه‌ها و رویدادها.",
    "Where things live on this computer": "جای پرونده‌ها در این رایانه",
    "This register": "همین دفتر ثبت",
    "Registers": "دفترهای ثبت",
    "Backups": "پشتیبان‌ها",
    "Automatic backups (before upgrades)": "پشتیبان‌های خودکار (پیش از ارتقا)",
    "Logs": "گزارش‌های کار برنامه",
    "Settings": "تنظیمات",
    "Open folder": "باز کردن پوشه",
    "Opened with the backup %1: restore it with File > Restore from backup…":
        "با پشتیبان %1 باز شد: آن را از پرونده > بازگردانی از پشتیبان… بازگردانید",
    "Opened with %1: apply a change package from the Data menu":
        "با %1 باز شد: بستهٔ تغییرات را از منوی داده‌ها به کار ببرید",
    "Interface and report font: Vazirmatn (SIL Open Font License 1.1). Country list: "
    "ISO 3166-1 from Debian's iso-codes (LGPL 2.1). Qt and PySide6 under the LGPL 3.":
        "قلم برنامه و گزارش‌ها: وزیرمتن (SIL Open Font License 1.1). فهرست کشورها: "
        "ISO 3166-1 از iso-codes دبیان (LGPL 2.1). Qt و PySide6 با پروانهٔ LGPL 3.",
}

if __name__ == "__main__":
    sys.exit(fill(TS, FA))
