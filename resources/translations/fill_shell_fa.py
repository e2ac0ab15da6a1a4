"""Fill ``shell_fa.ts`` (the main window, dashboard, partners, search, settings) in Persian.

Run after ``pyside6-lupdate … -ts resources/translations/shell_fa.ts``, then compile with
``pyside6-lrelease resources/translations/shell_fa.ts``. Every source string must have an
entry here: the script fails on a missing one, so no message is left unfinished.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).with_name("shell_fa.ts")

FA: dict[str, str] = {
    "Peyvand": "پیوند",
    "&Data": "&داده‌ها",
    "&Import partner list…": "&ورود فهرست طرف‌های همکاری…",
    "Import &history and undo…": "&تاریخچه ورودها و بازگرداندن…",
    "Export all &partners…": "برون‌بری همه &طرف‌های همکاری…",
    "&Export this list…": "&برون‌بری همین فهرست…",
    "The register could not be opened.": "دفتر ثبت باز نشد.",
    "Name": "نام",
    "Role": "سمت",
    "Latin name": "نام لاتین",
    "Kind": "نوع",
    "City": "شهر",
    "Website": "وبگاه",
    "E-mail": "ایمیل",
    "Phone": "تلفن",
    "Peyvand — unexpected error": "پیوند — خطای پیش‌بینی‌نشده",
    "Something went wrong that Peyvand did not expect. Your saved data is safe; the last action may not have finished.":
        "مشکلی پیش آمد که پیوند انتظارش را نداشت. داده‌های ذخیره‌شدهٔ شما سالم است؛ ممکن است آخرین کار تمام نشده باشد.",
    "The details were written to the log file: %1": "جزئیات در پرونده گزارش نوشته شد: %1",
    "Copy details": "رونوشت جزئیات",
    "Dashboard": "پیشخوان",
    "Refresh": "تازه‌سازی",
    "MoUs expiring within 90 days": "تفاهم‌نامه‌هایی که تا ۹۰ روز دیگر منقضی می‌شوند",
    "Overdue actions": "اقدام‌های عقب‌افتاده",
    "Meetings in the next 30 days": "جلسه‌های ۳۰ روز آینده",
    "Dormant MoUs (nothing recorded for %1 months)": "تفاهم‌نامه‌های راکد (بدون هیچ ثبتی در %1 ماه)",
    "MoUs by status": "تفاهم‌نامه‌ها بر پایه وضعیت",
    "MoUs by country": "تفاهم‌نامه‌ها بر پایه کشور",
    "Country hubs": "هاب‌های کشوری",
    "Partners and MoUs per country": "طرف‌های همکاری و تفاهم‌نامه‌ها در هر کشور",
    "Recent changes": "تغییرات اخیر",
    "MoU": "تفاهم‌نامه",
    "No.": "شماره",
    "Valid until": "اعتبار تا",
    "Days left": "روز مانده",
    "Action": "اقدام",
    "Owner": "مسئول",
    "Due": "مهلت",
    "Days late": "روز تأخیر",
    "Progress": "پیشرفت",
    "Meeting": "جلسه",
    "Date": "تاریخ",
    "Place": "محل",
    "Last activity": "آخرین فعالیت",
    "Hub": "هاب",
    "Country": "کشور",
    "MoUs": "تفاهم‌نامه‌ها",
    "Partners": "طرف‌های همکاری",
    "When": "زمان",
    "Who": "کاربر",
    "What": "چه تغییری",
    "Record": "رکورد",
    "as of %1": "تا امروز، %1",
    "MoUs in force": "تفاهم‌نامه‌های معتبر",
    "%1 hubs": "%1 هاب",
    "Expiring within 90 days": "انقضا تا ۹۰ روز",
    "30 days: %1 · 60 days: %2": "۳۰ روز: %1، ۶۰ روز: %2",
    "%1 open in all": "در مجموع %1 اقدام باز",
    "Meetings in 30 days": "جلسه در ۳۰ روز آینده",
    "Dormant MoUs": "تفاهم‌نامه‌های راکد",
    "Nothing to show": "موردی نیست",
    "none": "هیچ",
    "&File": "&پرونده",
    "&Edit": "&ویرایش",
    "&View": "&نما",
    "&Help": "&راهنما",
    "&New": "&جدید",
    "&Save": "&ذخیره",
    "&Delete": "&حذف",
    "&Backup…": "&پشتیبان‌گیری…",
    "&Restore from backup…": "&بازگردانی از پشتیبان…",
    "Se&ttings…": "&تنظیمات…",
    "&Quit": "&خروج",
    "&Find in this section": "&جستجو در این بخش",
    "&Search everywhere…": "جستجو در &همه‌جا…",
    "&About Peyvand": "&درباره پیوند",
    "Database: %1": "پایگاه داده: %1",
    "User: %1": "کاربر: %1",
    "This kind of record has no section yet.": "این نوع رکورد هنوز بخشی ندارد.",
    "Back up the register": "پشتیبان‌گیری از دفتر ثبت",
    "Peyvand register (*.sqlite3)": "دفتر ثبت پیوند (*.sqlite3)",
    "Writing the backup…": "در حال نوشتن پشتیبان…",
    "Backup written to %1": "پشتیبان در %1 نوشته شد",
    "Restore from a backup": "بازگردانی از پشتیبان",
    "Peyvand register (*.sqlite3 *.db);;All files (*)": "دفتر ثبت پیوند (*.sqlite3 *.db);;همه پرونده‌ها (*)",
    "Replace the whole register with the backup “%1”? The current register is kept as a copy beside it.":
        "کل دفتر ثبت با پشتیبان «%1» جایگزین شود؟ رونوشتی از دفتر کنونی کنار آن نگه داشته می‌شود.",
    "This backup was written by a newer Peyvand; it was not restored.":
        "این پشتیبان با نسخه تازه‌تری از پیوند نوشته شده است؛ بازگردانی نشد.",
    "About Peyvand": "درباره پیوند",
    "<h3>Peyvand %1</h3><p>The register of a science and technology park's international-relations office: partners, hubs, MoUs, meetings, actions, letters and events.</p><p>Interface font: Vazirmatn (SIL Open Font License 1.1).</p>":
        "<h3>پیوند %1</h3><p>دفتر ثبت دفتر روابط بین‌الملل پارک علم و فناوری: طرف‌های همکاری، هاب‌ها، تفاهم‌نامه‌ها، جلسه‌ها، اقدام‌ها، مکاتبات و رویدادها.</p><p>قلم رابط کاربری: وزیرمتن (پروانه SIL Open Font License 1.1).</p>",
    "New partner": "طرف همکاری جدید",
    "Partner": "طرف همکاری",
    "Name:": "نام:",
    "Latin name:": "نام لاتین:",
    "Kind:": "نوع:",
    "Sector:": "حوزه فعالیت:",
    "Domestic/foreign:": "داخلی/خارجی:",
    "Country:": "کشور:",
    "City:": "شهر:",
    "Address:": "نشانی:",
    "Website:": "وبگاه:",
    "E-mail:": "ایمیل:",
    "Phone:": "تلفن:",
    "Tags:": "برچسب‌ها:",
    "Notes:": "یادداشت:",
    "separated by commas": "با ویرگول جدا کنید",
    "required": "الزامی",
    "Details": "مشخصات",
    "Contacts": "رابط‌ها",
    "History": "تاریخچه",
    "Add contact": "افزودن رابط",
    "Remove contact": "حذف رابط",
    "Save": "ذخیره",
    "Save the partner (Ctrl+S)": "ذخیره طرف همکاری (Ctrl+S)",
    "Revert": "بازگرداندن",
    "Discard the changes made since opening": "کنار گذاشتن تغییرات پس از باز کردن",
    "Change": "تغییر",
    "From the country": "بر پایه کشور",
    "(no country)": "(بدون کشور)",
    "Unsaved changes": "تغییرات ذخیره‌نشده",
    "Save the changes to “%1” first?": "نخست تغییرات «%1» ذخیره شود؟",
    "the new partner": "طرف همکاری جدید",
    "All countries": "همه کشورها",
    "All kinds": "همه انواع",
    "Domestic and foreign": "داخلی و خارجی",
    "Changed elsewhere": "تغییر در جای دیگر",
    "Reload the partner as it is now? Your edits in this form will be lost.":
        "طرف همکاری با وضعیت کنونی‌اش دوباره بارگذاری شود؟ ویرایش‌های شما در این فرم از دست می‌رود.",
    "Delete partner": "حذف طرف همکاری",
    "“%1” cannot be deleted: it is a party to %2 MoU(s) and hosts %3 hub(s). Remove it from them first.":
        "«%1» حذف‌شدنی نیست: طرف %2 تفاهم‌نامه و میزبان %3 هاب است. نخست آن را از آن‌ها بردارید.",
    "Delete “%1” and its contacts? This cannot be undone.":
        "«%1» و رابط‌هایش حذف شوند؟ این کار برگشت‌پذیر نیست.",
    "Cancel": "لغو",
    "Stopping…": "در حال توقف…",
    "Search everywhere": "جستجو در همه‌جا",
    "Search partners, MoUs, hubs, meetings and letters…": "جستجو در طرف‌های همکاری، تفاهم‌نامه‌ها، هاب‌ها، جلسه‌ها و مکاتبات…",
    "Enter opens the selected result · Esc closes": "Enter نتیجه برگزیده را باز می‌کند، Esc می‌بندد",
    "Nothing found": "چیزی یافت نشد",
    "No logo": "بدون نشان",
    "Choose the park's logo": "انتخاب نشان پارک",
    "Images (*.png *.jpg *.jpeg)": "تصویرها (*.png *.jpg *.jpeg)",
    "Settings": "تنظیمات",
    "The park (kept in the register, printed on reports)": "پارک (در دفتر ثبت نگه‌داری و در گزارش‌ها چاپ می‌شود)",
    "This computer": "این رایانه",
    "Name (Persian):": "نام (فارسی):",
    "Name (English):": "نام (انگلیسی):",
    "Logo:": "نشان:",
    "Language:": "زبان:",
    "Data folder:": "پوشه داده‌ها:",
    "Backup folder:": "پوشه پشتیبان:",
    "A new data folder is used from the next start; empty means the standard folder.":
        "پوشه داده تازه از اجرای بعدی به کار می‌رود؛ خالی یعنی پوشه استاندارد.",
    "Browse…": "گزینش…",
    "Choose…": "انتخاب…",
    "Remove": "حذف",
}


def main() -> int:
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        text = FA.get(source)
        if text is None:
            missing.append(source)
            continue
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = text
        translation.attrib.pop("type", None)
    if missing:
        print("no Persian for:", *missing, sep="\n  ", file=sys.stderr)
        return 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
