<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fa_IR">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop_app/app.py" line="98" />
        <location filename="../../desktop_app/app.py" line="120" />
        <source>Peyvand</source>
        <translation>پیوند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="99" />
        <source>The register could not be opened.</source>
        <translation>دفتر ثبت باز نشد.</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../desktop_app/ui/partners/models.py" line="23" />
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partners/models.py" line="24" />
        <source>Role</source>
        <translation>سمت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partners/models.py" line="25" />
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partners/models.py" line="26" />
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desktop_app/ui/crash.py" line="59" />
        <source>Peyvand — unexpected error</source>
        <translation>پیوند — خطای پیش‌بینی‌نشده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/crash.py" line="62" />
        <source>Something went wrong that Peyvand did not expect. Your saved data is safe; the last action may not have finished.</source>
        <translation>مشکلی پیش آمد که پیوند انتظارش را نداشت. داده‌های ذخیره‌شدهٔ شما سالم است؛ ممکن است آخرین کار تمام نشده باشد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/crash.py" line="65" />
        <source>The details were written to the log file: %1</source>
        <translation>جزئیات در پرونده گزارش نوشته شد: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/crash.py" line="77" />
        <source>Copy details</source>
        <translation>رونوشت جزئیات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/crash.py" line="99" />
        <source>Peyvand</source>
        <translation>پیوند</translation>
    </message>
</context>
<context>
    <name>DashboardSection</name>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="248" />
        <source>Dashboard</source>
        <translation>پیشخوان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="262" />
        <source>Refresh</source>
        <translation>تازه‌سازی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="264" />
        <source>MoUs expiring within 90 days</source>
        <translation>تفاهم‌نامه‌هایی که تا ۹۰ روز دیگر منقضی می‌شوند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="265" />
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="317" />
        <source>Overdue actions</source>
        <translation>اقدام‌های عقب‌افتاده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="266" />
        <source>Meetings in the next 30 days</source>
        <translation>جلسه‌های ۳۰ روز آینده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="267" />
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="308" />
        <source>Dormant MoUs (nothing recorded for %1 months)</source>
        <translation>تفاهم‌نامه‌های راکد (بدون هیچ ثبتی در %1 ماه)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="268" />
        <source>MoUs by status</source>
        <translation>تفاهم‌نامه‌ها بر پایه وضعیت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="269" />
        <source>MoUs by country</source>
        <translation>تفاهم‌نامه‌ها بر پایه کشور</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="270" />
        <source>Country hubs</source>
        <translation>هاب‌های کشوری</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="271" />
        <source>Partners and MoUs per country</source>
        <translation>طرف‌های همکاری و تفاهم‌نامه‌ها در هر کشور</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="272" />
        <source>Recent changes</source>
        <translation>تغییرات اخیر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="276" />
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="281" />
        <source>MoU</source>
        <translation>تفاهم‌نامه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="276" />
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="281" />
        <source>No.</source>
        <translation>شماره</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="276" />
        <source>Valid until</source>
        <translation>اعتبار تا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="277" />
        <source>Days left</source>
        <translation>روز مانده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="278" />
        <source>Action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="278" />
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="278" />
        <source>Due</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="279" />
        <source>Days late</source>
        <translation>روز تأخیر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="279" />
        <source>Progress</source>
        <translation>پیشرفت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="280" />
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="280" />
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="280" />
        <source>Place</source>
        <translation>محل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="281" />
        <source>Last activity</source>
        <translation>آخرین فعالیت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="282" />
        <source>Hub</source>
        <translation>هاب</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="282" />
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="284" />
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="282" />
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="284" />
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="377" />
        <source>MoUs</source>
        <translation>تفاهم‌نامه‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="283" />
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="284" />
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="310" />
        <source>Partners</source>
        <translation>طرف‌های همکاری</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="285" />
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="285" />
        <source>Who</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="285" />
        <source>What</source>
        <translation>چه تغییری</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="286" />
        <source>Record</source>
        <translation>رکورد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="306" />
        <source>as of %1</source>
        <translation>تا امروز، %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="311" />
        <source>MoUs in force</source>
        <translation>تفاهم‌نامه‌های معتبر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="312" />
        <source>%1 hubs</source>
        <translation>%1 هاب</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="314" />
        <source>Expiring within 90 days</source>
        <translation>انقضا تا ۹۰ روز</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="315" />
        <source>30 days: %1 · 60 days: %2</source>
        <translation>۳۰ روز: %1، ۶۰ روز: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="318" />
        <source>%1 open in all</source>
        <translation>در مجموع %1 اقدام باز</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="320" />
        <source>Meetings in 30 days</source>
        <translation>جلسه در ۳۰ روز آینده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="321" />
        <source>Dormant MoUs</source>
        <translation>تفاهم‌نامه‌های راکد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="323" />
        <source>Nothing to show</source>
        <translation>موردی نیست</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/dashboard.py" line="333" />
        <source>none</source>
        <translation>هیچ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="211" />
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="212" />
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="213" />
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="214" />
        <source>&amp;Data</source>
        <translation>&amp;داده‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="215" />
        <source>&amp;Import partner list…</source>
        <translation>&amp;ورود فهرست طرف‌های همکاری…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="216" />
        <source>Import &amp;history and undo…</source>
        <translation>&amp;تاریخچه ورودها و بازگرداندن…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="217" />
        <source>Export all &amp;partners…</source>
        <translation>برون‌بری همه &amp;طرف‌های همکاری…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="218" />
        <source>&amp;Export this list…</source>
        <translation>&amp;برون‌بری همین فهرست…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="219" />
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="220" />
        <source>&amp;New</source>
        <translation>&amp;جدید</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="221" />
        <source>&amp;Save</source>
        <translation>&amp;ذخیره</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="222" />
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="223" />
        <source>&amp;Backup…</source>
        <translation>&amp;پشتیبان‌گیری…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="224" />
        <source>&amp;Restore from backup…</source>
        <translation>&amp;بازگردانی از پشتیبان…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="225" />
        <source>Se&amp;ttings…</source>
        <translation>&amp;تنظیمات…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="226" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="227" />
        <source>&amp;Find in this section</source>
        <translation>&amp;جستجو در این بخش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="228" />
        <source>&amp;Search everywhere…</source>
        <translation>جستجو در &amp;همه‌جا…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="229" />
        <source>&amp;About Peyvand</source>
        <translation>&amp;درباره پیوند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="237" />
        <source>Database: %1</source>
        <translation>پایگاه داده: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="239" />
        <source>User: %1</source>
        <translation>کاربر: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="248" />
        <location filename="../../desktop_app/ui/main_window.py" line="308" />
        <source>Peyvand</source>
        <translation>پیوند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="309" />
        <source>This kind of record has no section yet.</source>
        <translation>این نوع رکورد هنوز بخشی ندارد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="357" />
        <source>Back up the register</source>
        <translation>پشتیبان‌گیری از دفتر ثبت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="358" />
        <source>Peyvand register (*.sqlite3)</source>
        <translation>دفتر ثبت پیوند (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="362" />
        <source>Writing the backup…</source>
        <translation>در حال نوشتن پشتیبان…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="366" />
        <source>Backup written to %1</source>
        <translation>پشتیبان در %1 نوشته شد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="380" />
        <location filename="../../desktop_app/ui/main_window.py" line="385" />
        <source>Restore from a backup</source>
        <translation>بازگردانی از پشتیبان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="381" />
        <source>Peyvand register (*.sqlite3 *.db);;All files (*)</source>
        <translation>دفتر ثبت پیوند (*.sqlite3 *.db);;همه پرونده‌ها (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="386" />
        <source>Replace the whole register with the backup “%1”? The current register is kept as a copy beside it.</source>
        <translation>کل دفتر ثبت با پشتیبان «%1» جایگزین شود؟ رونوشتی از دفتر کنونی کنار آن نگه داشته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="392" />
        <source>This backup was written by a newer Peyvand; it was not restored.</source>
        <translation>این پشتیبان با نسخه تازه‌تری از پیوند نوشته شده است؛ بازگردانی نشد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="402" />
        <source>About Peyvand</source>
        <translation>درباره پیوند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="403" />
        <source>&lt;h3&gt;Peyvand %1&lt;/h3&gt;&lt;p&gt;The register of a science and technology park's international-relations office: partners, hubs, MoUs, meetings, actions, letters and events.&lt;/p&gt;&lt;p&gt;Interface font: Vazirmatn (SIL Open Font License 1.1).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;پیوند %1&lt;/h3&gt;&lt;p&gt;دفتر ثبت دفتر روابط بین‌الملل پارک علم و فناوری: طرف‌های همکاری، هاب‌ها، تفاهم‌نامه‌ها، جلسه‌ها، اقدام‌ها، مکاتبات و رویدادها.&lt;/p&gt;&lt;p&gt;قلم رابط کاربری: وزیرمتن (پروانه SIL Open Font License 1.1).&lt;/p&gt;</translation>
    </message>
<message><source>&amp;Undo</source><translation>&amp;بازگرداندن</translation></message><message><source>Take back the last save or delete (Ctrl+Z)</source><translation>برگرداندن آخرین ذخیره یا حذف (Ctrl+Z)</translation></message><message><source>Deleted &amp;records…</source><translation>&amp;رکوردهای حذف‌شده…</translation></message><message><source>Saved.</source><translation>ذخیره شد.</translation></message><message><source>Deleted.</source><translation>حذف شد.</translation></message><message><source>Undone.</source><translation>بازگردانده شد.</translation></message></context>
<context>
    <name>PartnerFormWidget</name>
    <message>
        <location filename="../../desktop_app/ui/partners/form.py" line="356" />
        <source>New partner</source>
        <translation>طرف همکاری جدید</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partners/form.py" line="358" />
        <source>Partner</source>
        <translation>طرف همکاری</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partners/form.py" line="364" />
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partners/form.py" line="364" />
        <source>Latin name:</source>
        <translation>نام لاتین:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partners/form.py" line="364" />
        <source>Kind:</source>
        <translation>نوع:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partners/form.py" line="365" />
        <source>Sector:</source>
        <translation>حوزه فعالیت:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partners/form.py" line="365" />
        <source>Domestic/foreign:</source>
        <translation>داخلی/خارجی:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partners/form.py" line="366" />
        <source>Country:</source>
        <translation>کشور:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partners/form.py" line="366" />
        <source>City:</source>
        <translation>شهر:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partners/form.py" line="367" />
        <source>Address:</source>
        <translation>نشانی:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partners/form.py" line="367" />
        <source>Website:</source>
        <translation>وبگاه:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partners/form.py" line="368" />
        <source>E-mail:</source>
        <translation>ایمیل:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partners/form.py" line="368" />
        <source>Phone:</source>
        <translation>تلفن:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partners/form.py" line="368" />
        <source>Tags:</source>
        <translation>برچسب‌ها:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partners/form.py" line="369" />
        <source>Notes:</source>
        <translation>یادداشت:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partners/form.py" line="373" />
        <source>separated by commas</source>
        <translation>با ویرگول جدا کنید</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partners/form.py" line="374" />
        <source>required</source>
        <translation>الزامی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partners/form.py" line="375" />
        <source>Details</source>
        <translation>مشخصات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partners/form.py" line="376" />
        <source>Contacts</source>
        <translation>رابط‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partners/form.py" line="377" />
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partners/form.py" line="378" />
        <source>Add contact</source>
        <translation>افزودن رابط</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partners/form.py" line="379" />
        <source>Remove contact</source>
        <translation>حذف رابط</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partners/form.py" line="380" />
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partners/form.py" line="381" />
        <source>Save the partner (Ctrl+S)</source>
        <translation>ذخیره طرف همکاری (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partners/form.py" line="382" />
        <source>Revert</source>
        <translation>بازگرداندن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partners/form.py" line="383" />
        <source>Discard the changes made since opening</source>
        <translation>کنار گذاشتن تغییرات پس از باز کردن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partners/form.py" line="384" />
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partners/form.py" line="384" />
        <source>Who</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partners/form.py" line="384" />
        <source>What</source>
        <translation>چه تغییری</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partners/form.py" line="385" />
        <source>Change</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partners/form.py" line="389" />
        <source>From the country</source>
        <translation>بر پایه کشور</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partners/form.py" line="390" />
        <source>(no country)</source>
        <translation>(بدون کشور)</translation>
    </message>
</context>
<context>
    <name>PartnersSection</name>
    <message>
        <location filename="../../desktop_app/ui/sections/partners.py" line="58" />
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/partners.py" line="60" />
        <source>Latin name</source>
        <translation>نام لاتین</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/partners.py" line="61" />
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/partners.py" line="62" />
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/partners.py" line="64" />
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/partners.py" line="65" />
        <source>Website</source>
        <translation>وبگاه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/partners.py" line="66" />
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/partners.py" line="67" />
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/partners.py" line="163" />
        <location filename="../../desktop_app/ui/sections/partners.py" line="187" />
        <location filename="../../desktop_app/ui/sections/partners.py" line="297" />
        <source>Partners</source>
        <translation>طرف‌های همکاری</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/partners.py" line="175" />
        <source>Unsaved changes</source>
        <translation>تغییرات ذخیره‌نشده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/partners.py" line="176" />
        <source>Save the changes to “%1” first?</source>
        <translation>نخست تغییرات «%1» ذخیره شود؟</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/partners.py" line="177" />
        <source>the new partner</source>
        <translation>طرف همکاری جدید</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/partners.py" line="246" />
        <source>All countries</source>
        <translation>همه کشورها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/partners.py" line="247" />
        <source>All kinds</source>
        <translation>همه انواع</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/partners.py" line="248" />
        <source>Domestic and foreign</source>
        <translation>داخلی و خارجی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/partners.py" line="286" />
        <source>Changed elsewhere</source>
        <translation>تغییر در جای دیگر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/partners.py" line="287" />
        <source>Reload the partner as it is now? Your edits in this form will be lost.</source>
        <translation>طرف همکاری با وضعیت کنونی‌اش دوباره بارگذاری شود؟ ویرایش‌های شما در این فرم از دست می‌رود.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/partners.py" line="320" />
        <location filename="../../desktop_app/ui/sections/partners.py" line="328" />
        <source>Delete partner</source>
        <translation>حذف طرف همکاری</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/partners.py" line="321" />
        <source>“%1” cannot be deleted: it is a party to %2 MoU(s) and hosts %3 hub(s). Remove it from them first.</source>
        <translation>«%1» حذف‌شدنی نیست: طرف %2 تفاهم‌نامه و میزبان %3 هاب است. نخست آن را از آن‌ها بردارید.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/partners.py" line="329" />
        <source>Delete “%1” and its contacts? This cannot be undone.</source>
        <translation>«%1» و رابط‌هایش حذف شوند؟ این کار برگشت‌پذیر نیست.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../desktop_app/ui/worker.py" line="158" />
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/worker.py" line="174" />
        <source>Stopping…</source>
        <translation>در حال توقف…</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../desktop_app/ui/search_popup.py" line="70" />
        <source>Search everywhere</source>
        <translation>جستجو در همه‌جا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_popup.py" line="71" />
        <source>Search partners, MoUs, hubs, meetings and letters…</source>
        <translation>جستجو در طرف‌های همکاری، تفاهم‌نامه‌ها، هاب‌ها، جلسه‌ها و مکاتبات…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_popup.py" line="72" />
        <source>Enter opens the selected result · Esc closes</source>
        <translation>Enter نتیجه برگزیده را باز می‌کند، Esc می‌بندد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_popup.py" line="113" />
        <source>Nothing found</source>
        <translation>چیزی یافت نشد</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/settings_dialog.py" line="175" />
        <location filename="../../desktop_app/ui/dialogs/settings_dialog.py" line="236" />
        <source>No logo</source>
        <translation>بدون نشان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/settings_dialog.py" line="180" />
        <source>Choose the park's logo</source>
        <translation>انتخاب نشان پارک</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/settings_dialog.py" line="181" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>تصویرها (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/settings_dialog.py" line="220" />
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/settings_dialog.py" line="221" />
        <source>The park (kept in the register, printed on reports)</source>
        <translation>پارک (در دفتر ثبت نگه‌داری و در گزارش‌ها چاپ می‌شود)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/settings_dialog.py" line="222" />
        <source>This computer</source>
        <translation>این رایانه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/settings_dialog.py" line="223" />
        <source>Name (Persian):</source>
        <translation>نام (فارسی):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/settings_dialog.py" line="224" />
        <source>Name (English):</source>
        <translation>نام (انگلیسی):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/settings_dialog.py" line="225" />
        <source>Logo:</source>
        <translation>نشان:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/settings_dialog.py" line="226" />
        <source>Language:</source>
        <translation>زبان:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/settings_dialog.py" line="227" />
        <source>Data folder:</source>
        <translation>پوشه داده‌ها:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/settings_dialog.py" line="228" />
        <source>Backup folder:</source>
        <translation>پوشه پشتیبان:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/settings_dialog.py" line="229" />
        <source>A new data folder is used from the next start; empty means the standard folder.</source>
        <translation>پوشه داده تازه از اجرای بعدی به کار می‌رود؛ خالی یعنی پوشه استاندارد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/settings_dialog.py" line="231" />
        <location filename="../../desktop_app/ui/dialogs/settings_dialog.py" line="232" />
        <source>Browse…</source>
        <translation>گزینش…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/settings_dialog.py" line="233" />
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/settings_dialog.py" line="234" />
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
</context>
<context><name>DeletedRecordsDialog</name><message><source>Deleted records</source><translation>رکوردهای حذف‌شده</translation></message><message><source>Deleted</source><translation>حذف‌شده در</translation></message><message><source>By</source><translation>به دست</translation></message><message><source>Kind</source><translation>نوع</translation></message><message><source>Record</source><translation>رکورد</translation></message><message><source>Bring back</source><translation>بازآوردن</translation></message><message><source>Undelete the selected record with what was deleted together with it</source><translation>بازآوردن رکورد انتخاب‌شده همراه با آنچه با آن حذف شد</translation></message></context><context><name>DuplicateHint</name><message><source>“%1” is already in the register.</source><translation>«%1» پیش‌تر در دفتر ثبت هست.</translation></message><message><source>“%1” in the register may be the same partner.</source><translation>«%1» در دفتر ثبت شاید همین طرف همکاری باشد.</translation></message><message><source>Same name in the same country</source><translation>همین نام در همین کشور</translation></message><message><source>Same Latin name in the same country</source><translation>همین نام لاتین در همین کشور</translation></message><message><source>Same web or e-mail domain</source><translation>همین دامنهٔ وب یا ایمیل</translation></message><message><source>A similar name</source><translation>نامی مشابه</translation></message><message><source>The same name in another country</source><translation>همین نام در کشوری دیگر</translation></message><message><source>Open the existing one</source><translation>باز کردن همانی که هست</translation></message></context></TS>