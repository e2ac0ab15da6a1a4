<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fa_IR">
<context>
    <name>ActionFormWidget</name>
    <message>
        <location filename="../../desktop_app/ui/sections/actions.py" line="158" />
        <source>New action</source>
        <translation>اقدام تازه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/actions.py" line="169" />
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/actions.py" line="169" />
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/actions.py" line="170" />
        <source>Due date</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/actions.py" line="170" />
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/actions.py" line="171" />
        <source>Progress</source>
        <translation>پیشرفت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/actions.py" line="172" />
        <source>Completed on</source>
        <translation>تاریخ انجام</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/actions.py" line="173" />
        <source>MoU</source>
        <translation>تفاهم‌نامه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/actions.py" line="173" />
        <source>Hub mission</source>
        <translation>مأموریت هاب</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/actions.py" line="174" />
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/actions.py" line="175" />
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/actions.py" line="177" />
        <source>Open the MoU</source>
        <translation>باز کردن تفاهم‌نامه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/actions.py" line="178" />
        <source>Open the mission's hub</source>
        <translation>باز کردن هاب این مأموریت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/actions.py" line="179" />
        <source>Open the meeting</source>
        <translation>باز کردن جلسه</translation>
    </message>
<message><source>Details</source><translation>مشخصات</translation></message><message><source>Attachments</source><translation>پیوست‌ها</translation></message><message><source>History</source><translation>تاریخچه</translation></message><message><source>Save</source><translation>ذخیره</translation></message><message><source>Save the changes (Ctrl+S)</source><translation>ذخیره تغییرات (Ctrl+S)</translation></message><message><source>Revert</source><translation>بازگرداندن</translation></message><message><source>Drop the unsaved changes</source><translation>کنار گذاشتن تغییرات ذخیره‌نشده</translation></message></context>
<context>
    <name>ActionsSection</name>
    <message>
        <location filename="../../desktop_app/ui/sections/actions.py" line="198" />
        <source>Overdue by %1 day(s)</source>
        <translation>%1 روز از مهلت گذشته</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/actions.py" line="202" />
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/actions.py" line="206" />
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/actions.py" line="207" />
        <source>Due</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/actions.py" line="211" />
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/actions.py" line="211" />
        <location filename="../../desktop_app/ui/sections/actions.py" line="251" />
        <source>Overdue</source>
        <translation>عقب‌افتاده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/actions.py" line="213" />
        <source>Progress</source>
        <translation>پیشرفت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/actions.py" line="215" />
        <source>MoU</source>
        <translation>تفاهم‌نامه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/actions.py" line="216" />
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/actions.py" line="218" />
        <source>Hub mission</source>
        <translation>مأموریت هاب</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/actions.py" line="250" />
        <source>Any status</source>
        <translation>هر وضعیتی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/actions.py" line="250" />
        <source>Not done</source>
        <translation>انجام‌نشده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/actions.py" line="253" />
        <source>All owners</source>
        <translation>همه مسئولان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/actions.py" line="255" />
        <source>All MoUs</source>
        <translation>همه تفاهم‌نامه‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/actions.py" line="257" />
        <source>Due from</source>
        <translation>مهلت از</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/actions.py" line="258" />
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/actions.py" line="283" />
        <source>action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/actions.py" line="286" />
        <source>Actions</source>
        <translation>اقدام‌ها</translation>
    </message>
<message><source>Unsaved changes</source><translation>تغییرات ذخیره‌نشده</translation></message><message><source>Save the changes to this %1 first?</source><translation>نخست تغییرات این %1 ذخیره شود؟</translation></message><message><source>Changed elsewhere</source><translation>در جای دیگری تغییر کرده است</translation></message><message><source>Reload it as it is now? Your edits in this form will be lost.</source><translation>آن را به شکل کنونی‌اش دوباره بارگذاری کنیم؟ ویرایش‌های شما در این فرم از دست می‌رود.</translation></message><message><source>Delete “%1”? This cannot be undone.</source><translation>«%1» حذف شود؟ این کار بازگشت‌پذیر نیست.</translation></message><message><source>Delete</source><translation>حذف</translation></message></context>
<context>
    <name>EventFormWidget</name>
    <message>
        <location filename="../../desktop_app/ui/sections/events.py" line="143" />
        <source>New event</source>
        <translation>رویداد تازه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/events.py" line="154" />
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/events.py" line="154" />
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/events.py" line="155" />
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/events.py" line="155" />
        <source>Until</source>
        <translation>تا تاریخ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/events.py" line="156" />
        <source>Place</source>
        <translation>محل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/events.py" line="156" />
        <source>Partners</source>
        <translation>طرف‌های همکاری</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/events.py" line="157" />
        <source>Other participants</source>
        <translation>دیگر شرکت‌کنندگان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/events.py" line="158" />
        <source>MoU</source>
        <translation>تفاهم‌نامه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/events.py" line="158" />
        <source>Hub</source>
        <translation>هاب</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/events.py" line="159" />
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/events.py" line="161" />
        <source>Type a partner's name to add it…</source>
        <translation>برای افزودن، نام طرف همکاری را بنویسید…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/events.py" line="162" />
        <source>Remove</source>
        <translation>برداشتن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/events.py" line="163" />
        <source>Leave empty for a one-day event</source>
        <translation>برای رویداد یک‌روزه خالی بگذارید</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/events.py" line="164" />
        <source>Open the MoU</source>
        <translation>باز کردن تفاهم‌نامه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/events.py" line="165" />
        <source>Open the hub</source>
        <translation>باز کردن هاب</translation>
    </message>
<message><source>Details</source><translation>مشخصات</translation></message><message><source>Attachments</source><translation>پیوست‌ها</translation></message><message><source>History</source><translation>تاریخچه</translation></message><message><source>Save</source><translation>ذخیره</translation></message><message><source>Save the changes (Ctrl+S)</source><translation>ذخیره تغییرات (Ctrl+S)</translation></message><message><source>Revert</source><translation>بازگرداندن</translation></message><message><source>Drop the unsaved changes</source><translation>کنار گذاشتن تغییرات ذخیره‌نشده</translation></message></context>
<context>
    <name>EventsSection</name>
    <message>
        <location filename="../../desktop_app/ui/sections/events.py" line="180" />
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/events.py" line="181" />
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/events.py" line="182" />
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/events.py" line="184" />
        <source>Place</source>
        <translation>محل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/events.py" line="186" />
        <source>Partners</source>
        <translation>طرف‌های همکاری</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/events.py" line="188" />
        <source>MoU</source>
        <translation>تفاهم‌نامه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/events.py" line="189" />
        <source>Hub</source>
        <translation>هاب</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/events.py" line="214" />
        <source>All kinds</source>
        <translation>همه انواع</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/events.py" line="215" />
        <source>All hubs</source>
        <translation>همه هاب‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/events.py" line="217" />
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/events.py" line="218" />
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/events.py" line="237" />
        <source>event</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/events.py" line="240" />
        <source>Events</source>
        <translation>رویدادها</translation>
    </message>
<message><source>Unsaved changes</source><translation>تغییرات ذخیره‌نشده</translation></message><message><source>Save the changes to this %1 first?</source><translation>نخست تغییرات این %1 ذخیره شود؟</translation></message><message><source>Changed elsewhere</source><translation>در جای دیگری تغییر کرده است</translation></message><message><source>Reload it as it is now? Your edits in this form will be lost.</source><translation>آن را به شکل کنونی‌اش دوباره بارگذاری کنیم؟ ویرایش‌های شما در این فرم از دست می‌رود.</translation></message><message><source>Delete “%1”? This cannot be undone.</source><translation>«%1» حذف شود؟ این کار بازگشت‌پذیر نیست.</translation></message><message><source>Delete</source><translation>حذف</translation></message></context>
<context>
    <name>HubFormWidget</name>
    <message>
        <location filename="../../desktop_app/ui/sections/hubs.py" line="199" />
        <source>%1 missions, %2 done; mean progress %3</source>
        <translation>%1 مأموریت، %2 انجام‌شده؛ میانگین پیشرفت %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/hubs.py" line="209" />
        <source>MoUs linked to the hub</source>
        <translation>تفاهم‌نامه‌های پیوسته به هاب</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/hubs.py" line="210" />
        <source>Other MoUs with parties in %1</source>
        <translation>دیگر تفاهم‌نامه‌ها با طرف‌هایی در %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/hubs.py" line="212" />
        <source>Partners in %1</source>
        <translation>طرف‌های همکاری در %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/hubs.py" line="213" />
        <source>Recent events</source>
        <translation>رویدادهای اخیر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/hubs.py" line="214" />
        <source>Recent meetings</source>
        <translation>جلسات اخیر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/hubs.py" line="215" />
        <source>Recent letters</source>
        <translation>مکاتبات اخیر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/hubs.py" line="246" />
        <source>Print the hub's dossier as a PDF</source>
        <translation>چاپ پرونده هاب به صورت PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/hubs.py" line="247" />
        <source>The dossier report is not available in this version yet.</source>
        <translation>گزارش پرونده هاب هنوز در این نسخه در دسترس نیست.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/hubs.py" line="263" />
        <source>New hub</source>
        <translation>هاب تازه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/hubs.py" line="267" />
        <source>Missions</source>
        <translation>مأموریت‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/hubs.py" line="268" />
        <source>Dossier</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/hubs.py" line="284" />
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/hubs.py" line="284" />
        <source>Host park</source>
        <translation>پارک میزبان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/hubs.py" line="285" />
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/hubs.py" line="286" />
        <source>Designated by</source>
        <translation>تعیین‌شده از سوی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/hubs.py" line="287" />
        <source>Launched on</source>
        <translation>تاریخ آغاز فعالیت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/hubs.py" line="287" />
        <location filename="../../desktop_app/ui/sections/hubs.py" line="293" />
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/hubs.py" line="288" />
        <source>Notes</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/hubs.py" line="290" />
        <source>Left empty: named after the country</source>
        <translation>اگر خالی بماند، به نام کشور نامیده می‌شود</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/hubs.py" line="291" />
        <source>Open the host park</source>
        <translation>باز کردن پارک میزبان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/hubs.py" line="292" />
        <source>Mission</source>
        <translation>مأموریت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/hubs.py" line="292" />
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/hubs.py" line="293" />
        <source>Progress</source>
        <translation>پیشرفت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/hubs.py" line="294" />
        <source>Add mission</source>
        <translation>افزودن مأموریت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/hubs.py" line="295" />
        <source>Remove</source>
        <translation>برداشتن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/hubs.py" line="296" />
        <source>Move up</source>
        <translation>بالاتر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/hubs.py" line="297" />
        <source>Move down</source>
        <translation>پایین‌تر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/hubs.py" line="298" />
        <source>Print dossier</source>
        <translation>چاپ پرونده</translation>
    </message>
<message><source>Details</source><translation>مشخصات</translation></message><message><source>Attachments</source><translation>پیوست‌ها</translation></message><message><source>History</source><translation>تاریخچه</translation></message><message><source>Save</source><translation>ذخیره</translation></message><message><source>Save the changes (Ctrl+S)</source><translation>ذخیره تغییرات (Ctrl+S)</translation></message><message><source>Revert</source><translation>بازگرداندن</translation></message><message><source>Drop the unsaved changes</source><translation>کنار گذاشتن تغییرات ذخیره‌نشده</translation></message></context>
<context>
    <name>HubsSection</name>
    <message>
        <location filename="../../desktop_app/ui/sections/hubs.py" line="316" />
        <source>Hub</source>
        <translation>هاب</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/hubs.py" line="318" />
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/hubs.py" line="319" />
        <source>Host park</source>
        <translation>پارک میزبان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/hubs.py" line="320" />
        <source>Launched</source>
        <translation>آغاز فعالیت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/hubs.py" line="322" />
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/hubs.py" line="323" />
        <source>Progress</source>
        <translation>پیشرفت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/hubs.py" line="325" />
        <source>Missions</source>
        <translation>مأموریت‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/hubs.py" line="342" />
        <source>Any status</source>
        <translation>هر وضعیتی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/hubs.py" line="344" />
        <source>All countries</source>
        <translation>همه کشورها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/hubs.py" line="365" />
        <source>hub</source>
        <translation>هاب</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/hubs.py" line="368" />
        <source>Hubs</source>
        <translation>هاب‌ها</translation>
    </message>
<message><source>Unsaved changes</source><translation>تغییرات ذخیره‌نشده</translation></message><message><source>Save the changes to this %1 first?</source><translation>نخست تغییرات این %1 ذخیره شود؟</translation></message><message><source>Changed elsewhere</source><translation>در جای دیگری تغییر کرده است</translation></message><message><source>Reload it as it is now? Your edits in this form will be lost.</source><translation>آن را به شکل کنونی‌اش دوباره بارگذاری کنیم؟ ویرایش‌های شما در این فرم از دست می‌رود.</translation></message><message><source>Delete “%1”? This cannot be undone.</source><translation>«%1» حذف شود؟ این کار بازگشت‌پذیر نیست.</translation></message><message><source>Delete</source><translation>حذف</translation></message></context>
<context>
    <name>LetterFormWidget</name>
    <message>
        <location filename="../../desktop_app/ui/sections/letters.py" line="84" />
        <source>New letter</source>
        <translation>نامه تازه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/letters.py" line="86" />
        <source>Letter %1</source>
        <translation>نامه %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/letters.py" line="97" />
        <source>Reference no.</source>
        <translation>شماره نامه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/letters.py" line="98" />
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/letters.py" line="98" />
        <source>Direction</source>
        <translation>نوع مکاتبه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/letters.py" line="99" />
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/letters.py" line="99" />
        <source>To</source>
        <translation>به</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/letters.py" line="100" />
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/letters.py" line="100" />
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/letters.py" line="101" />
        <source>MoU</source>
        <translation>تفاهم‌نامه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/letters.py" line="101" />
        <source>Hub</source>
        <translation>هاب</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/letters.py" line="102" />
        <source>Body</source>
        <translation>کارگروه/کمیته</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/letters.py" line="102" />
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/letters.py" line="104" />
        <source>Open the MoU</source>
        <translation>باز کردن تفاهم‌نامه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/letters.py" line="105" />
        <source>Open the hub</source>
        <translation>باز کردن هاب</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/letters.py" line="106" />
        <source>Open this body's MoU</source>
        <translation>باز کردن تفاهم‌نامه این کارگروه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/letters.py" line="107" />
        <source>Open the meeting</source>
        <translation>باز کردن جلسه</translation>
    </message>
<message><source>Details</source><translation>مشخصات</translation></message><message><source>Attachments</source><translation>پیوست‌ها</translation></message><message><source>History</source><translation>تاریخچه</translation></message><message><source>Save</source><translation>ذخیره</translation></message><message><source>Save the changes (Ctrl+S)</source><translation>ذخیره تغییرات (Ctrl+S)</translation></message><message><source>Revert</source><translation>بازگرداندن</translation></message><message><source>Drop the unsaved changes</source><translation>کنار گذاشتن تغییرات ذخیره‌نشده</translation></message></context>
<context>
    <name>LettersSection</name>
    <message>
        <location filename="../../desktop_app/ui/sections/letters.py" line="122" />
        <source>Reference no.</source>
        <translation>شماره نامه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/letters.py" line="124" />
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/letters.py" line="125" />
        <source>Direction</source>
        <translation>نوع مکاتبه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/letters.py" line="126" />
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/letters.py" line="128" />
        <location filename="../../desktop_app/ui/sections/letters.py" line="157" />
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/letters.py" line="130" />
        <source>To</source>
        <translation>به</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/letters.py" line="132" />
        <source>MoU</source>
        <translation>تفاهم‌نامه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/letters.py" line="133" />
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/letters.py" line="155" />
        <source>Incoming and outgoing</source>
        <translation>وارده و صادره</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/letters.py" line="158" />
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/letters.py" line="178" />
        <source>letter</source>
        <translation>نامه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/letters.py" line="181" />
        <source>Letters</source>
        <translation>مکاتبات</translation>
    </message>
<message><source>Unsaved changes</source><translation>تغییرات ذخیره‌نشده</translation></message><message><source>Save the changes to this %1 first?</source><translation>نخست تغییرات این %1 ذخیره شود؟</translation></message><message><source>Changed elsewhere</source><translation>در جای دیگری تغییر کرده است</translation></message><message><source>Reload it as it is now? Your edits in this form will be lost.</source><translation>آن را به شکل کنونی‌اش دوباره بارگذاری کنیم؟ ویرایش‌های شما در این فرم از دست می‌رود.</translation></message><message><source>Delete “%1”? This cannot be undone.</source><translation>«%1» حذف شود؟ این کار بازگشت‌پذیر نیست.</translation></message><message><source>Delete</source><translation>حذف</translation></message></context>
<context>
    <name>MeetingFormWidget</name>
    <message>
        <location filename="../../desktop_app/ui/sections/meetings.py" line="95" />
        <source>Not a time: type it as 14:30.</source>
        <translation>ساعت درست نیست؛ به شکل ۱۴:۳۰ بنویسید.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/meetings.py" line="114" />
        <source>New meeting</source>
        <translation>جلسه تازه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/meetings.py" line="119" />
        <source>Body</source>
        <translation>کارگروه/کمیته</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/meetings.py" line="119" />
        <source>Meeting no.</source>
        <translation>شماره جلسه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/meetings.py" line="120" />
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/meetings.py" line="120" />
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/meetings.py" line="121" />
        <source>Time</source>
        <translation>ساعت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/meetings.py" line="121" />
        <source>Place</source>
        <translation>محل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/meetings.py" line="122" />
        <source>MoU</source>
        <translation>تفاهم‌نامه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/meetings.py" line="122" />
        <source>Hub</source>
        <translation>هاب</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/meetings.py" line="123" />
        <source>Attendees</source>
        <translation>حاضران</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/meetings.py" line="123" />
        <source>Minutes</source>
        <translation>صورت‌جلسه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/meetings.py" line="124" />
        <source>Decisions</source>
        <translation>مصوبات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/meetings.py" line="126" />
        <source>e.g. 14:30</source>
        <translation>مثلاً ۱۴:۳۰</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/meetings.py" line="127" />
        <source>Open this body's MoU</source>
        <translation>باز کردن تفاهم‌نامه این کارگروه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/meetings.py" line="128" />
        <source>Open the MoU</source>
        <translation>باز کردن تفاهم‌نامه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/meetings.py" line="129" />
        <source>Open the hub</source>
        <translation>باز کردن هاب</translation>
    </message>
<message><source>Details</source><translation>مشخصات</translation></message><message><source>Attachments</source><translation>پیوست‌ها</translation></message><message><source>History</source><translation>تاریخچه</translation></message><message><source>Save</source><translation>ذخیره</translation></message><message><source>Save the changes (Ctrl+S)</source><translation>ذخیره تغییرات (Ctrl+S)</translation></message><message><source>Revert</source><translation>بازگرداندن</translation></message><message><source>Drop the unsaved changes</source><translation>کنار گذاشتن تغییرات ذخیره‌نشده</translation></message><message><source>Add an action it decided</source><translation>افزودن اقدامی که این جلسه تصویب کرد</translation></message></context>
<context>
    <name>MeetingsSection</name>
    <message>
        <location filename="../../desktop_app/ui/sections/meetings.py" line="144" />
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/meetings.py" line="145" />
        <source>No.</source>
        <translation>شماره</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/meetings.py" line="146" />
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/meetings.py" line="148" />
        <source>Body</source>
        <translation>کارگروه/کمیته</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/meetings.py" line="150" />
        <source>MoU</source>
        <translation>تفاهم‌نامه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/meetings.py" line="151" />
        <source>Place</source>
        <translation>محل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/meetings.py" line="152" />
        <source>Open actions</source>
        <translation>اقدام‌های باز</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/meetings.py" line="185" />
        <source>Past and upcoming</source>
        <translation>گذشته و پیش رو</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/meetings.py" line="186" />
        <source>Upcoming</source>
        <translation>پیش رو</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/meetings.py" line="186" />
        <source>Past</source>
        <translation>گذشته</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/meetings.py" line="187" />
        <source>All bodies</source>
        <translation>همه کارگروه‌ها و کمیته‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/meetings.py" line="188" />
        <source>All MoUs</source>
        <translation>همه تفاهم‌نامه‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/meetings.py" line="189" />
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/meetings.py" line="190" />
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/meetings.py" line="210" />
        <source>this meeting</source>
        <translation>این جلسه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/meetings.py" line="213" />
        <source>meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/meetings.py" line="216" />
        <source>Meetings</source>
        <translation>جلسات</translation>
    </message>
<message><source>Unsaved changes</source><translation>تغییرات ذخیره‌نشده</translation></message><message><source>Save the changes to this %1 first?</source><translation>نخست تغییرات این %1 ذخیره شود؟</translation></message><message><source>Changed elsewhere</source><translation>در جای دیگری تغییر کرده است</translation></message><message><source>Reload it as it is now? Your edits in this form will be lost.</source><translation>آن را به شکل کنونی‌اش دوباره بارگذاری کنیم؟ ویرایش‌های شما در این فرم از دست می‌رود.</translation></message><message><source>Delete “%1”? This cannot be undone.</source><translation>«%1» حذف شود؟ این کار بازگشت‌پذیر نیست.</translation></message><message><source>Delete</source><translation>حذف</translation></message></context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../desktop_app/ui/records/base.py" line="349" />
        <source>Details</source>
        <translation>مشخصات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records/base.py" line="351" />
        <source>Attachments</source>
        <translation>پیوست‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records/base.py" line="352" />
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records/base.py" line="353" />
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records/base.py" line="354" />
        <source>Save the changes (Ctrl+S)</source>
        <translation>ذخیره تغییرات (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records/base.py" line="355" />
        <source>Revert</source>
        <translation>بازگرداندن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records/base.py" line="356" />
        <source>Drop the unsaved changes</source>
        <translation>کنار گذاشتن تغییرات ذخیره‌نشده</translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message>
        <location filename="../../desktop_app/ui/records/base.py" line="483" />
        <source>Unsaved changes</source>
        <translation>تغییرات ذخیره‌نشده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records/base.py" line="484" />
        <source>Save the changes to this %1 first?</source>
        <translation>نخست تغییرات این %1 ذخیره شود؟</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records/base.py" line="620" />
        <source>Changed elsewhere</source>
        <translation>در جای دیگری تغییر کرده است</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records/base.py" line="621" />
        <source>Reload it as it is now? Your edits in this form will be lost.</source>
        <translation>آن را به شکل کنونی‌اش دوباره بارگذاری کنیم؟ ویرایش‌های شما در این فرم از دست می‌رود.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records/base.py" line="652" />
        <source>Delete “%1”? This cannot be undone.</source>
        <translation>«%1» حذف شود؟ این کار بازگشت‌پذیر نیست.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records/base.py" line="654" />
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
</TS>