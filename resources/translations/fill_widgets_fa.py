"""Fill ``widgets_fa.ts`` (list page, Jalali date field, operation messages) in Persian.

Run after ``pyside6-lupdate desktop_app/ui/widgets/list_page.py
desktop_app/ui/widgets/jalali_date_edit.py desktop_app/ui/context.py -ts
resources/translations/widgets_fa.ts -no-obsolete``, then ``pyside6-lrelease``. A source
string without an entry here makes the script fail, so nothing is left unfinished.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).with_name("widgets_fa.ts")

FA: dict[str, str] = {
    "yyyy/mm/dd, e.g. 1404/09/25": "سال/ماه/روز، مثلاً ۱۴۰۴/۰۹/۲۵",
    "Pick a date": "انتخاب تاریخ",
    "A date is required.": "تاریخ لازم است.",
    "Not a date: type it as 1404/09/25 or 25 Azar 1404.":
        "تاریخ درست نیست؛ به شکل ۱۴۰۴/۰۹/۲۵ یا ۲۵ آذر ۱۴۰۴ بنویسید.",
    "Search… (Ctrl+F)": "جستجو… (Ctrl+F)",
    "New": "جدید",
    "Create a new record (Ctrl+N)": "ایجاد رکورد جدید (Ctrl+N)",
    "Delete": "حذف",
    "Delete the selected record (Delete)": "حذف رکورد انتخاب‌شده (Delete)",
    "Export…": "برون‌بری…",
    "Save this list, as filtered, to CSV or Excel (Ctrl+E)":
        "ذخیره همین فهرست، با همین پالایه‌ها، در CSV یا اکسل (Ctrl+E)",
    "Changed elsewhere": "تغییر در جای دیگر",
    "Peyvand": "پیوند",
}
PLURALS: dict[str, str] = {"%n record(s)": "%n رکورد", "%n or more records": "%n رکورد یا بیشتر"}


def main() -> int:
    """Write every translation; fail when a source string has none."""
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if message.get("numerus") == "yes":
            if source not in PLURALS:
                missing.append(source)
                continue
            for form in translation.findall("numerusform"):
                translation.remove(form)
            ET.SubElement(translation, "numerusform").text = PLURALS[source]
        elif source in FA:
            translation.text = FA[source]
        else:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
    if missing:
        print("no Persian for:", *missing, sep="\n  ", file=sys.stderr)
        return 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
