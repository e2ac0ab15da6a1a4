<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
    <context>
        <name>ActionFormWidget</name>
        <message>
            <source>New action</source>
            <translation>اقدام تازه</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>عنوان</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>مسئول</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>مهلت</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>وضعیت</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>پیشرفت</translation>
        </message>
        <message>
            <source>Completed on</source>
            <translation>تاریخ انجام</translation>
        </message>
        <message>
            <source>MoU</source>
            <translation>تفاهم‌نامه</translation>
        </message>
        <message>
            <source>Hub mission</source>
            <translation>مأموریت هاب</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>جلسه</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>شرح</translation>
        </message>
    </context>
    <context>
        <name>ActionsSection</name>
        <message>
            <source>Overdue by %1 day(s)</source>
            <translation>%1 روز از مهلت گذشته</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>عنوان</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>مسئول</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>مهلت</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>وضعیت</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>عقب‌افتاده</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>پیشرفت</translation>
        </message>
        <message>
            <source>MoU</source>
            <translation>تفاهم‌نامه</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>جلسه</translation>
        </message>
        <message>
            <source>Hub mission</source>
            <translation>مأموریت هاب</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>هر وضعیتی</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>انجام‌نشده</translation>
        </message>
        <message>
            <source>All owners</source>
            <translation>همه مسئولان</translation>
        </message>
        <message>
            <source>All MoUs</source>
            <translation>همه تفاهم‌نامه‌ها</translation>
        </message>
        <message>
            <source>action</source>
            <translation>اقدام</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>اقدام‌ها</translation>
        </message>
    </context>
    <context>
        <name>EventFormWidget</name>
        <message>
            <source>New event</source>
            <translation>رویداد تازه</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>نوع</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>عنوان</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>تاریخ</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>تا تاریخ</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>محل</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>طرف‌های همکاری</translation>
        </message>
        <message>
            <source>Other participants</source>
            <translation>دیگر شرکت‌کنندگان</translation>
        </message>
        <message>
            <source>MoU</source>
            <translation>تفاهم‌نامه</translation>
        </message>
        <message>
            <source>Hub</source>
            <translation>هاب</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>شرح</translation>
        </message>
        <message>
            <source>Type a partner's name to add it…</source>
            <translation>برای افزودن، نام طرف همکاری را بنویسید…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>برداشتن</translation>
        </message>
        <message>
            <source>Leave empty for a one-day event</source>
            <translation>برای رویداد یک‌روزه خالی بگذارید</translation>
        </message>
    </context>
    <context>
        <name>EventsSection</name>
        <message>
            <source>Date</source>
            <translation>تاریخ</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>نوع</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>عنوان</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>محل</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>طرف‌های همکاری</translation>
        </message>
        <message>
            <source>MoU</source>
            <translation>تفاهم‌نامه</translation>
        </message>
        <message>
            <source>Hub</source>
            <translation>هاب</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>همه انواع</translation>
        </message>
        <message>
            <source>All hubs</source>
            <translation>همه هاب‌ها</translation>
        </message>
        <message>
            <source>event</source>
            <translation>رویداد</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>رویدادها</translation>
        </message>
    </context>
    <context>
        <name>Filters</name>
        <message>
            <source>Due from</source>
            <translation>مهلت از</translation>
        </message>
    </context>
    <context>
        <name>HubFormWidget</name>
        <message>
            <source>%1 missions, %2 done; mean progress %3</source>
            <translation>%1 مأموریت، %2 انجام‌شده؛ میانگین پیشرفت %3</translation>
        </message>
        <message>
            <source>MoUs linked to the hub</source>
            <translation>تفاهم‌نامه‌های پیوسته به هاب</translation>
        </message>
        <message>
            <source>Other MoUs with parties in %1</source>
            <translation>دیگر تفاهم‌نامه‌ها با طرف‌هایی در %1</translation>
        </message>
        <message>
            <source>Partners in %1</source>
            <translation>طرف‌های همکاری در %1</translation>
        </message>
        <message>
            <source>Recent events</source>
            <translation>رویدادهای اخیر</translation>
        </message>
        <message>
            <source>Recent meetings</source>
            <translation>جلسات اخیر</translation>
        </message>
        <message>
            <source>Recent letters</source>
            <translation>مکاتبات اخیر</translation>
        </message>
        <message>
            <source>Print the hub's dossier as a PDF</source>
            <translation>چاپ پرونده هاب به صورت PDF</translation>
        </message>
        <message>
            <source>The dossier report is not available in this version yet.</source>
            <translation>گزارش پرونده هاب هنوز در این نسخه در دسترس نیست.</translation>
        </message>
        <message>
            <source>New hub</source>
            <translation>هاب تازه</translation>
        </message>
        <message>
            <source>Missions</source>
            <translation>مأموریت‌ها</translation>
        </message>
        <message>
            <source>Dossier</source>
            <translation>پرونده</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>عنوان</translation>
        </message>
        <message>
            <source>Host park</source>
            <translation>پارک میزبان</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>کشور</translation>
        </message>
        <message>
            <source>Designated by</source>
            <translation>تعیین‌شده از سوی</translation>
        </message>
        <message>
            <source>Launched on</source>
            <translation>تاریخ آغاز فعالیت</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>وضعیت</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>یادداشت</translation>
        </message>
        <message>
            <source>Left empty: named after the country</source>
            <translation>اگر خالی بماند، به نام کشور نامیده می‌شود</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>مأموریت</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>مسئول</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>پیشرفت</translation>
        </message>
        <message>
            <source>Add mission</source>
            <translation>افزودن مأموریت</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>برداشتن</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>بالاتر</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>پایین‌تر</translation>
        </message>
        <message>
            <source>Print dossier</source>
            <translation>چاپ پرونده</translation>
        </message>
    </context>
    <context>
        <name>HubsSection</name>
        <message>
            <source>Hub</source>
            <translation>هاب</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>کشور</translation>
        </message>
        <message>
            <source>Host park</source>
            <translation>پارک میزبان</translation>
        </message>
        <message>
            <source>Launched</source>
            <translation>آغاز فعالیت</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>وضعیت</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>پیشرفت</translation>
        </message>
        <message>
            <source>Missions</source>
            <translation>مأموریت‌ها</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>هر وضعیتی</translation>
        </message>
        <message>
            <source>All countries</source>
            <translation>همه کشورها</translation>
        </message>
        <message>
            <source>hub</source>
            <translation>هاب</translation>
        </message>
        <message>
            <source>Hubs</source>
            <translation>هاب‌ها</translation>
        </message>
    </context>
    <context>
        <name>Kit</name>
        <message>
            <source>Open the mission's hub</source>
            <translation>باز کردن هاب این مأموریت</translation>
        </message>
        <message>
            <source>Open the host park</source>
            <translation>باز کردن پارک میزبان</translation>
        </message>
    </context>
    <context>
        <name>LetterFormWidget</name>
        <message>
            <source>New letter</source>
            <translation>نامه تازه</translation>
        </message>
        <message>
            <source>Letter %1</source>
            <translation>نامه %1</translation>
        </message>
        <message>
            <source>Reference no.</source>
            <translation>شماره نامه</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>تاریخ</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>نوع مکاتبه</translation>
        </message>
        <message>
            <source>From</source>
            <translation>از</translation>
        </message>
        <message>
            <source>To</source>
            <translation>به</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>موضوع</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>خلاصه</translation>
        </message>
        <message>
            <source>MoU</source>
            <translation>تفاهم‌نامه</translation>
        </message>
        <message>
            <source>Hub</source>
            <translation>هاب</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>کارگروه/کمیته</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>جلسه</translation>
        </message>
    </context>
    <context>
        <name>LettersSection</name>
        <message>
            <source>Reference no.</source>
            <translation>شماره نامه</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>تاریخ</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>نوع مکاتبه</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>موضوع</translation>
        </message>
        <message>
            <source>From</source>
            <translation>از</translation>
        </message>
        <message>
            <source>To</source>
            <translation>به</translation>
        </message>
        <message>
            <source>MoU</source>
            <translation>تفاهم‌نامه</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>جلسه</translation>
        </message>
        <message>
            <source>Incoming and outgoing</source>
            <translation>وارده و صادره</translation>
        </message>
        <message>
            <source>letter</source>
            <translation>نامه</translation>
        </message>
        <message>
            <source>Letters</source>
            <translation>مکاتبات</translation>
        </message>
    </context>
    <context>
        <name>MeetingFormWidget</name>
        <message>
            <source>Not a time: type it as 14:30.</source>
            <translation>ساعت درست نیست؛ به شکل ۱۴:۳۰ بنویسید.</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>جلسه تازه</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>کارگروه/کمیته</translation>
        </message>
        <message>
            <source>Meeting no.</source>
            <translation>شماره جلسه</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>عنوان</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>تاریخ</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>ساعت</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>محل</translation>
        </message>
        <message>
            <source>MoU</source>
            <translation>تفاهم‌نامه</translation>
        </message>
        <message>
            <source>Hub</source>
            <translation>هاب</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>حاضران</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>صورت‌جلسه</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>مصوبات</translation>
        </message>
        <message>
            <source>e.g. 14:30</source>
            <translation>مثلاً ۱۴:۳۰</translation>
        </message>
        <message>
            <source>Add an action it decided</source>
            <translation>افزودن اقدامی که این جلسه تصویب کرد</translation>
        </message>
    </context>
    <context>
        <name>MeetingsSection</name>
        <message>
            <source>Date</source>
            <translation>تاریخ</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>شماره</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>عنوان</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>کارگروه/کمیته</translation>
        </message>
        <message>
            <source>MoU</source>
            <translation>تفاهم‌نامه</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>محل</translation>
        </message>
        <message>
            <source>Open actions</source>
            <translation>اقدام‌های باز</translation>
        </message>
        <message>
            <source>Past and upcoming</source>
            <translation>گذشته و پیش رو</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation>پیش رو</translation>
        </message>
        <message>
            <source>Past</source>
            <translation>گذشته</translation>
        </message>
        <message>
            <source>All bodies</source>
            <translation>همه کارگروه‌ها و کمیته‌ها</translation>
        </message>
        <message>
            <source>All MoUs</source>
            <translation>همه تفاهم‌نامه‌ها</translation>
        </message>
        <message>
            <source>this meeting</source>
            <translation>این جلسه</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>جلسه</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>جلسات</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>Cancel</source>
            <translation>لغو</translation>
        </message>
    </context>
</TS>
