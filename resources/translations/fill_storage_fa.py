"""Write ``storage_fa.ts`` (backups, the damaged-register dialog) in Persian and compile it.

The strings of :mod:`desktop_app.ui.dialogs.backups` go through its ``_t`` helper (context
``Backups``), which lupdate does not read; this script lists them itself, writes the
``.ts`` and runs ``pyside6-lrelease``. ``tests/gui/test_backups_gui.py`` checks that every
``_t("…")`` string of the module has an entry here.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).with_name("storage_fa.ts")
CONTEXT = "Backups"

FA: dict[str, str] = {
    "automatic": "خودکار",
    "manual": "دستی",
    "before an upgrade": "پیش از ارتقا",
    "before an import": "پیش از ورود داده",
    "before an import undo": "پیش از بازگرداندن ورود",
    "before a restore": "پیش از بازگردانی",
    "before a demo reset": "پیش از بازسازی نمونه",
    "unknown": "نامعلوم",
    "The register is read-only: it can be read and printed, not changed.":
        "دفتر فقط‌خواندنی است: می‌توان آن را خواند و چاپ کرد، نه تغییر داد.",
    "Back up the register": "پشتیبان‌گیری از دفتر",
    "Writing the backup…": "در حال نوشتن پشتیبان…",
    "Restore from a backup": "بازگردانی از پشتیبان",
    "Back&ups…": "&پشتیبان‌ها…",
    "&Backup to a file…": "پشتیبان در &پرونده…",
    "&Restore from backup…": "&بازگردانی از پشتیبان…",
    "Backups": "پشتیبان‌ها",
    "Back up &now": "&اکنون پشتیبان بگیر",
    "&Restore…": "&بازگردانی…",
    "&Check database": "&بررسی پایگاه داده",
    "Close": "بستن",
    "The register as it is now is backed up first; attachment files are brought back and "
    "none is deleted.":
        "نخست از دفتر در وضع کنونی پشتیبان گرفته می‌شود؛ پرونده‌های پیوست بازگردانده می‌شوند "
        "و هیچ‌کدام پاک نمی‌شود.",
    "The register cannot be opened": "دفتر باز نمی‌شود",
    "Choose another backup…": "انتخاب پشتیبانی دیگر…",
    "Quit": "خروج",
    "A server register is backed up on the server (pg_dump); see the office-server guide.":
        "از دفتر روی کارساز، در خود کارساز پشتیبان گرفته می‌شود (pg_dump)؛ راهنمای کارساز دفتر را "
        "ببینید.",
    "Time": "زمان",
    "Kind": "نوع",
    "Size": "اندازه",
    "Checked": "بررسی‌شده",
    "Holds": "محتوا",
    "No good backup found": "پشتیبان سالمی پیدا نشد",
    "Choose a backup": "انتخاب پشتیبان",
    "Peyvand backups (*%1)": "پشتیبان‌های پیوند (*%1)",
    "Backup written to %1": "پشتیبان در %1 نوشته شد",
    "Peyvand backups (*%1 *.sqlite3 *.db);;All files (*)":
        "پشتیبان‌های پیوند (*%1 *.sqlite3 *.db);;همه پرونده‌ها (*)",
    "Replace the whole register with the backup “%1”? The register as it is now is backed "
    "up first.":
        "کل دفتر با پشتیبان «%1» جایگزین شود؟ نخست از دفتر در وضع کنونی پشتیبان گرفته می‌شود.",
    "Peyvand backs the register and its attachment files up when it is opened, every 30 "
    "minutes while it is being changed, and before an upgrade, an import or a restore. Each "
    "backup is checked before an older one is dropped.":
        "پیوند هنگام باز شدن دفتر، هر ۳۰ دقیقه تا وقتی دفتر تغییر می‌کند، و پیش از ارتقا، ورود "
        "داده یا بازگردانی از دفتر و پرونده‌های پیوستش پشتیبان می‌گیرد. هر پشتیبان پیش از کنار "
        "گذاشتن پشتیبانی قدیمی‌تر بررسی می‌شود.",
    "yes": "بله",
    "Backup written and checked: %1": "پشتیبان نوشته و بررسی شد: %1",
    "The database is sound (integrity and references checked; %1 attachment files checked "
    "against their hashes).":
        "پایگاه داده سالم است (درستی و ارجاع‌ها بررسی شد؛ %1 پرونده پیوست با چکیده‌شان سنجیده "
        "شد).",
    "Problems found: %1": "مشکل‌های یافت‌شده: %1",
    "Folder: %1": "پوشه: %1",
    "Restore the backup of %1": "بازگردانی پشتیبان %1",
    "Peyvand backups (*%1 *.sqlite3);;All files (*)":
        "پشتیبان‌های پیوند (*%1 *.sqlite3);;همه پرونده‌ها (*)",
    "no: %1": "خیر: %1",
    "The automatic backup failed: %1": "پشتیبان‌گیری خودکار انجام نشد: %1",
    "Replace the register “%1” (now %2) with the backup of %3 (%4)?":
        "دفتر «%1» (اکنون %2) با پشتیبان %3 (%4) جایگزین شود؟",
}


def main() -> int:
    """Write the .ts and compile the .qm."""
    root = ET.Element("TS", version="2.1", language="fa_IR")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source, text in FA.items():
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation").text = text
    ET.indent(root)
    ET.ElementTree(root).write(TS, encoding="utf-8", xml_declaration=True)
    return subprocess.run(["pyside6-lrelease", str(TS)], check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
