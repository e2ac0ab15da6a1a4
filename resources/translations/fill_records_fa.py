"""Fill resources/translations/records_fa.ts with the Persian of every string."""
import sys
import xml.etree.ElementTree as ET

FA = {
    "Add an action it decided": "افزودن اقدامی که این جلسه تصویب کرد",
    "%1 missions, %2 done; mean progress %3": "%1 مأموریت، %2 انجام‌شده؛ میانگین پیشرفت %3",
    "Actions": "اقدام‌ها", "Add mission": "افزودن مأموریت", "All MoUs": "همه تفاهم‌نامه‌ها",
    "All bodies": "همه کارگروه‌ها و کمیته‌ها", "All countries": "همه کشورها",
    "All hubs": "همه هاب‌ها", "All kinds": "همه انواع", "All owners": "همه مسئولان",
    "Any status": "هر وضعیتی", "Attachments": "پیوست‌ها", "Attendees": "حاضران",
    "Body": "کارگروه/کمیته", "Changed elsewhere": "در جای دیگری تغییر کرده است",
    "Completed on": "تاریخ انجام", "Country": "کشور", "Date": "تاریخ", "Decisions": "مصوبات",
    "Delete": "حذف", "Delete “%1”? This cannot be undone.": "«%1» حذف شود؟ این کار بازگشت‌پذیر نیست.",
    "Description": "شرح", "Designated by": "تعیین‌شده از سوی", "Details": "مشخصات",
    "Direction": "نوع مکاتبه", "Dossier": "پرونده", "Drop the unsaved changes": "کنار گذاشتن تغییرات ذخیره‌نشده",
    "Due date": "مهلت", "Due from": "مهلت از", "Events": "رویدادها", "From": "از",
    "History": "تاریخچه", "Host park": "پارک میزبان", "Hub": "هاب", "Hub mission": "مأموریت هاب",
    "Hubs": "هاب‌ها", "Incoming and outgoing": "وارده و صادره", "Kind": "نوع",
    "Launched on": "تاریخ آغاز فعالیت", "Launched": "آغاز فعالیت",
    "Leave empty for a one-day event": "برای رویداد یک‌روزه خالی بگذارید",
    "Left empty: named after the country": "اگر خالی بماند، به نام کشور نامیده می‌شود",
    "Letter %1": "نامه %1", "Letters": "مکاتبات", "Meeting": "جلسه", "Meeting no.": "شماره جلسه",
    "Meetings": "جلسات", "Minutes": "صورت‌جلسه", "Mission": "مأموریت", "Missions": "مأموریت‌ها",
    "MoU": "تفاهم‌نامه", "MoUs linked to the hub": "تفاهم‌نامه‌های پیوسته به هاب",
    "Move down": "پایین‌تر", "Move up": "بالاتر", "New action": "اقدام تازه", "New event": "رویداد تازه",
    "New hub": "هاب تازه", "New letter": "نامه تازه", "New meeting": "جلسه تازه",
    "Not a time: type it as 14:30.": "ساعت درست نیست؛ به شکل ۱۴:۳۰ بنویسید.",
    "Not done": "انجام‌نشده", "Notes": "یادداشت", "Open the MoU": "باز کردن تفاهم‌نامه",
    "Open the host park": "باز کردن پارک میزبان", "Open the hub": "باز کردن هاب",
    "Open the meeting": "باز کردن جلسه", "Open the mission's hub": "باز کردن هاب این مأموریت",
    "Open this body's MoU": "باز کردن تفاهم‌نامه این کارگروه",
    "Other MoUs with parties in %1": "دیگر تفاهم‌نامه‌ها با طرف‌هایی در %1",
    "Other participants": "دیگر شرکت‌کنندگان", "Overdue": "عقب‌افتاده", "Owner": "مسئول",
    "Partners": "طرف‌های همکاری", "Partners in %1": "طرف‌های همکاری در %1", "Past": "گذشته",
    "Past and upcoming": "گذشته و پیش رو", "Place": "محل", "Print dossier": "چاپ پرونده",
    "Print the hub's dossier as a PDF": "چاپ پرونده هاب به صورت PDF", "Progress": "پیشرفت",
    "Recent events": "رویدادهای اخیر", "Recent letters": "مکاتبات اخیر",
    "Recent meetings": "جلسات اخیر", "Reference no.": "شماره نامه",
    "Reload it as it is now? Your edits in this form will be lost.":
        "آن را به شکل کنونی‌اش دوباره بارگذاری کنیم؟ ویرایش‌های شما در این فرم از دست می‌رود.",
    "Remove": "برداشتن", "Revert": "بازگرداندن", "Save": "ذخیره",
    "Save the changes (Ctrl+S)": "ذخیره تغییرات (Ctrl+S)",
    "Save the changes to this %1 first?": "نخست تغییرات این %1 ذخیره شود؟",
    "Status": "وضعیت", "Subject": "موضوع", "Summary": "خلاصه",
    "The dossier report is not available in this version yet.": "گزارش پرونده هاب هنوز در این نسخه در دسترس نیست.",
    "Time": "ساعت", "Title": "عنوان", "To": "به", "Type a partner's name to add it…": "برای افزودن، نام طرف همکاری را بنویسید…",
    "Unsaved changes": "تغییرات ذخیره‌نشده", "Until": "تا تاریخ", "Upcoming": "پیش رو",
    "action": "اقدام", "e.g. 14:30": "مثلاً ۱۴:۳۰", "event": "رویداد", "hub": "هاب",
    "letter": "نامه", "meeting": "جلسه", "this meeting": "این جلسه", "to": "تا",
    "No.": "شماره", "Due": "مهلت", "Open actions": "اقدام‌های باز",
    "Overdue by %1 day(s)": "%1 روز از مهلت گذشته", "Owner ": "مسئول",
}

SUBCLASSES = {
    "RecordSection": ["HubsSection", "MeetingsSection", "ActionsSection", "EventsSection", "LettersSection"],
    "RecordForm": ["HubFormWidget", "MeetingFormWidget", "ActionFormWidget", "EventFormWidget", "LetterFormWidget"],
}

path = sys.argv[1]
tree = ET.parse(path)
root = tree.getroot()
contexts = {c.find("name").text: c for c in root.findall("context")}
# base-class strings are looked up under the subclass's name at run time: copy them there
for base, subs in SUBCLASSES.items():
    if base not in contexts:
        continue
    for sub in subs:
        ctx = contexts.get(sub)
        if ctx is None:
            ctx = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = sub
            contexts[sub] = ctx
        have = {m.find("source").text for m in ctx.findall("message")}
        for m in contexts[base].findall("message"):
            if m.find("source").text not in have:
                new = ET.SubElement(ctx, "message")
                ET.SubElement(new, "source").text = m.find("source").text
                ET.SubElement(new, "translation")
missing = []
for m in root.iter("message"):
    src = m.find("source").text
    tr = m.find("translation")
    if src not in FA:
        missing.append(src)
        continue
    tr.text = FA[src]
    tr.attrib.pop("type", None)
    if m.get("numerus") == "yes":
        tr.text = None
        ET.SubElement(tr, "numerusform").text = FA[src]
tree.write(path, encoding="utf-8", xml_declaration=True)
if missing:
    sys.exit(f"untranslated: {sorted(set(missing))}")
print("all translated")
