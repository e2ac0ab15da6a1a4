<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
    <context>
        <name>App</name>
        <message>
            <source>Opening the register…</source>
            <translation>در حال باز کردن دفتر ثبت…</translation>
        </message>
        <message>
            <source>Peyvand</source>
            <translation>پیوند</translation>
        </message>
        <message>
            <source>The register could not be opened.</source>
            <translation>دفتر ثبت باز نشد.</translation>
        </message>
    </context>
    <context>
        <name>ContactsModel</name>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>سمت</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>ایمیل</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>تلفن</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Peyvand — unexpected error</source>
            <translation>پیوند — خطای پیش‌بینی‌نشده</translation>
        </message>
        <message>
            <source>Something went wrong that Peyvand did not expect. Your saved data is safe; the last action may not have finished.</source>
            <translation>مشکلی پیش آمد که پیوند انتظارش را نداشت. داده‌های ذخیره‌شدهٔ شما سالم است؛ ممکن است آخرین کار تمام نشده باشد.</translation>
        </message>
        <message>
            <source>The details were written to the log file: %1</source>
            <translation>جزئیات در پرونده گزارش نوشته شد: %1</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>رونوشت جزئیات</translation>
        </message>
        <message>
            <source>Peyvand</source>
            <translation>پیوند</translation>
        </message>
    </context>
    <context>
        <name>DashboardSection</name>
        <message>
            <source>Dashboard</source>
            <translation>پیشخوان</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>تازه‌سازی</translation>
        </message>
        <message>
            <source>MoUs expiring within 90 days</source>
            <translation>تفاهم‌نامه‌هایی که تا ۹۰ روز دیگر منقضی می‌شوند</translation>
        </message>
        <message>
            <source>Overdue actions</source>
            <translation>اقدام‌های عقب‌افتاده</translation>
        </message>
        <message>
            <source>Meetings in the next 30 days</source>
            <translation>جلسه‌های ۳۰ روز آینده</translation>
        </message>
        <message>
            <source>Dormant MoUs (nothing recorded for %1 months)</source>
            <translation>تفاهم‌نامه‌های راکد (بدون هیچ ثبتی در %1 ماه)</translation>
        </message>
        <message>
            <source>MoUs by status</source>
            <translation>تفاهم‌نامه‌ها بر پایه وضعیت</translation>
        </message>
        <message>
            <source>MoUs by country</source>
            <translation>تفاهم‌نامه‌ها بر پایه کشور</translation>
        </message>
        <message>
            <source>Country hubs</source>
            <translation>هاب‌های کشوری</translation>
        </message>
        <message>
            <source>Partners and MoUs per country</source>
            <translation>طرف‌های همکاری و تفاهم‌نامه‌ها در هر کشور</translation>
        </message>
        <message>
            <source>Recent changes</source>
            <translation>تغییرات اخیر</translation>
        </message>
        <message>
            <source>MoU</source>
            <translation>تفاهم‌نامه</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>شماره</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>اعتبار تا</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>روز مانده</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>اقدام</translation>
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
            <source>Days late</source>
            <translation>روز تأخیر</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>پیشرفت</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>جلسه</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>تاریخ</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>محل</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>آخرین فعالیت</translation>
        </message>
        <message>
            <source>Hub</source>
            <translation>هاب</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>کشور</translation>
        </message>
        <message>
            <source>MoUs</source>
            <translation>تفاهم‌نامه‌ها</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>طرف‌های همکاری</translation>
        </message>
        <message>
            <source>When</source>
            <translation>زمان</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>کاربر</translation>
        </message>
        <message>
            <source>What</source>
            <translation>چه تغییری</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>رکورد</translation>
        </message>
        <message>
            <source>as of %1</source>
            <translation>تا امروز، %1</translation>
        </message>
        <message>
            <source>MoUs in force</source>
            <translation>تفاهم‌نامه‌های معتبر</translation>
        </message>
        <message>
            <source>%1 hubs</source>
            <translation>%1 هاب</translation>
        </message>
        <message>
            <source>Expiring within 90 days</source>
            <translation>انقضا تا ۹۰ روز</translation>
        </message>
        <message>
            <source>30 days: %1 · 60 days: %2</source>
            <translation>۳۰ روز: %1، ۶۰ روز: %2</translation>
        </message>
        <message>
            <source>%1 open in all</source>
            <translation>در مجموع %1 اقدام باز</translation>
        </message>
        <message>
            <source>Meetings in 30 days</source>
            <translation>جلسه در ۳۰ روز آینده</translation>
        </message>
        <message>
            <source>Dormant MoUs</source>
            <translation>تفاهم‌نامه‌های راکد</translation>
        </message>
        <message>
            <source>Nothing to show</source>
            <translation>موردی نیست</translation>
        </message>
        <message>
            <source>none</source>
            <translation>هیچ</translation>
        </message>
    </context>
    <context>
        <name>DeletedRecordsDialog</name>
        <message>
            <source>Deleted records</source>
            <translation>رکوردهای حذف‌شده</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>حذف‌شده در</translation>
        </message>
        <message>
            <source>By</source>
            <translation>به دست</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>نوع</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>رکورد</translation>
        </message>
        <message>
            <source>Bring back</source>
            <translation>بازآوردن</translation>
        </message>
        <message>
            <source>Undelete the selected record with what was deleted together with it</source>
            <translation>بازآوردن رکورد انتخاب‌شده همراه با آنچه با آن حذف شد</translation>
        </message>
    </context>
    <context>
        <name>DuplicateHint</name>
        <message>
            <source>“%1” is already in the register.</source>
            <translation>«%1» پیش‌تر در دفتر ثبت هست.</translation>
        </message>
        <message>
            <source>“%1” in the register may be the same partner.</source>
            <translation>«%1» در دفتر ثبت شاید همین طرف همکاری باشد.</translation>
        </message>
        <message>
            <source>Same name in the same country</source>
            <translation>همین نام در همین کشور</translation>
        </message>
        <message>
            <source>Same Latin name in the same country</source>
            <translation>همین نام لاتین در همین کشور</translation>
        </message>
        <message>
            <source>Same web or e-mail domain</source>
            <translation>همین دامنهٔ وب یا ایمیل</translation>
        </message>
        <message>
            <source>A similar name</source>
            <translation>نامی مشابه</translation>
        </message>
        <message>
            <source>The same name in another country</source>
            <translation>همین نام در کشوری دیگر</translation>
        </message>
        <message>
            <source>Open the existing one</source>
            <translation>باز کردن همانی که هست</translation>
        </message>
    </context>
    <context>
        <name>Filters</name>
        <message>
            <source>From</source>
            <translation>از</translation>
        </message>
        <message>
            <source>to</source>
            <translation>تا</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;پرونده</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;ویرایش</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;نما</translation>
        </message>
        <message>
            <source>&amp;Data</source>
            <translation>&amp;داده‌ها</translation>
        </message>
        <message>
            <source>&amp;Import partner list…</source>
            <translation>&amp;ورود فهرست طرف‌های همکاری…</translation>
        </message>
        <message>
            <source>Import &amp;history and undo…</source>
            <translation>&amp;تاریخچه ورودها و بازگرداندن…</translation>
        </message>
        <message>
            <source>Export all &amp;partners…</source>
            <translation>برون‌بری همه &amp;طرف‌های همکاری…</translation>
        </message>
        <message>
            <source>&amp;Export this list…</source>
            <translation>&amp;برون‌بری همین فهرست…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;راهنما</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;جدید</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;ذخیره</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;حذف</translation>
        </message>
        <message>
            <source>&amp;Backup…</source>
            <translation>&amp;پشتیبان‌گیری…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;بازگردانی از پشتیبان…</translation>
        </message>
        <message>
            <source>Se&amp;ttings…</source>
            <translation>&amp;تنظیمات…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <source>&amp;Find in this section</source>
            <translation>&amp;جستجو در این بخش</translation>
        </message>
        <message>
            <source>&amp;Search everywhere…</source>
            <translation>جستجو در &amp;همه‌جا…</translation>
        </message>
        <message>
            <source>&amp;About Peyvand</source>
            <translation>&amp;درباره پیوند</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>پایگاه داده: %1</translation>
        </message>
        <message>
            <source>User: %1</source>
            <translation>کاربر: %1</translation>
        </message>
        <message>
            <source>Peyvand</source>
            <translation>پیوند</translation>
        </message>
        <message>
            <source>This kind of record has no section yet.</source>
            <translation>این نوع رکورد هنوز بخشی ندارد.</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;بازگرداندن</translation>
        </message>
        <message>
            <source>Take back the last save or delete (Ctrl+Z)</source>
            <translation>برگرداندن آخرین ذخیره یا حذف (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Deleted &amp;records…</source>
            <translation>&amp;رکوردهای حذف‌شده…</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>ذخیره شد.</translation>
        </message>
        <message>
            <source>Deleted.</source>
            <translation>حذف شد.</translation>
        </message>
        <message>
            <source>Undone.</source>
            <translation>بازگردانده شد.</translation>
        </message>
    </context>
    <context>
        <name>OpenedFile</name>
        <message>
            <source>Open a file</source>
            <translation>باز کردن پرونده</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>بازگردانی از پشتیبان</translation>
        </message>
        <message>
            <source>This register is on the office server; a backup file restores a register on this computer only. Nothing was changed.</source>
            <translation>این دفتر روی کارساز دفتر مرکزی است؛ پروندهٔ پشتیبان فقط دفتری را که روی همین رایانه است بازمی‌گرداند. چیزی تغییر نکرد.</translation>
        </message>
        <message>
            <source>The register is open for reading only, so it cannot be restored. Nothing was changed.</source>
            <translation>دفتر فقط برای خواندن باز شده است و نمی‌توان آن را بازگرداند. چیزی تغییر نکرد.</translation>
        </message>
        <message>
            <source>Replace the whole register with the backup “%1”? The register as it is now is backed up first.</source>
            <translation>کل دفتر با پشتیبان «%1» جایگزین شود؟ نخست از دفتر در وضع کنونی پشتیبان گرفته می‌شود.</translation>
        </message>
    </context>
    <context>
        <name>PartnerFormWidget</name>
        <message>
            <source>New partner</source>
            <translation>طرف همکاری جدید</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>طرف همکاری</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>نام:</translation>
        </message>
        <message>
            <source>Latin name:</source>
            <translation>نام لاتین:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>نوع:</translation>
        </message>
        <message>
            <source>Sector:</source>
            <translation>حوزه فعالیت:</translation>
        </message>
        <message>
            <source>Domestic/foreign:</source>
            <translation>داخلی/خارجی:</translation>
        </message>
        <message>
            <source>Country:</source>
            <translation>کشور:</translation>
        </message>
        <message>
            <source>City:</source>
            <translation>شهر:</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>نشانی:</translation>
        </message>
        <message>
            <source>Website:</source>
            <translation>وبگاه:</translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>ایمیل:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>تلفن:</translation>
        </message>
        <message>
            <source>Tags:</source>
            <translation>برچسب‌ها:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>یادداشت:</translation>
        </message>
        <message>
            <source>separated by commas</source>
            <translation>با ویرگول جدا کنید</translation>
        </message>
        <message>
            <source>required</source>
            <translation>الزامی</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>رابط‌ها</translation>
        </message>
        <message>
            <source>Add contact</source>
            <translation>افزودن رابط</translation>
        </message>
        <message>
            <source>Remove contact</source>
            <translation>حذف رابط</translation>
        </message>
        <message>
            <source>Save the partner (Ctrl+S)</source>
            <translation>ذخیره طرف همکاری (Ctrl+S)</translation>
        </message>
        <message>
            <source>From the country</source>
            <translation>بر پایه کشور</translation>
        </message>
        <message>
            <source>(no country)</source>
            <translation>(بدون کشور)</translation>
        </message>
    </context>
    <context>
        <name>PartnersSection</name>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Latin name</source>
            <translation>نام لاتین</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>نوع</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>کشور</translation>
        </message>
        <message>
            <source>City</source>
            <translation>شهر</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>وبگاه</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>ایمیل</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>تلفن</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>طرف‌های همکاری</translation>
        </message>
        <message>
            <source>Its contacts are deleted with it.</source>
            <translation>رابط‌های آن نیز همراهش حذف می‌شوند.</translation>
        </message>
        <message>
            <source>the new partner</source>
            <translation>طرف همکاری جدید</translation>
        </message>
        <message>
            <source>All countries</source>
            <translation>همه کشورها</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>همه انواع</translation>
        </message>
        <message>
            <source>Domestic and foreign</source>
            <translation>داخلی و خارجی</translation>
        </message>
        <message>
            <source>“%1” cannot be deleted: it is a party to %2 MoU(s) and hosts %3 hub(s). Remove it from them first.</source>
            <translation>«%1» حذف‌شدنی نیست: طرف %2 تفاهم‌نامه و میزبان %3 هاب است. نخست آن را از آن‌ها بردارید.</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>لغو</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>در حال توقف…</translation>
        </message>
    </context>
    <context>
        <name>SearchPopup</name>
        <message>
            <source>Search everywhere</source>
            <translation>جستجو در همه‌جا</translation>
        </message>
        <message>
            <source>Search partners, MoUs, hubs, meetings and letters…</source>
            <translation>جستجو در طرف‌های همکاری، تفاهم‌نامه‌ها، هاب‌ها، جلسه‌ها و مکاتبات…</translation>
        </message>
        <message>
            <source>Enter opens the selected result · Esc closes</source>
            <translation>Enter نتیجه برگزیده را باز می‌کند، Esc می‌بندد</translation>
        </message>
        <message>
            <source>Nothing found</source>
            <translation>چیزی یافت نشد</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>No logo</source>
            <translation>بدون نشان</translation>
        </message>
        <message>
            <source>Choose the park's logo</source>
            <translation>انتخاب نشان پارک</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>تصویرها (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>تنظیمات</translation>
        </message>
        <message>
            <source>The park (kept in the register, printed on reports)</source>
            <translation>پارک (در دفتر ثبت نگه‌داری و در گزارش‌ها چاپ می‌شود)</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>این رایانه</translation>
        </message>
        <message>
            <source>Name (Persian):</source>
            <translation>نام (فارسی):</translation>
        </message>
        <message>
            <source>Name (English):</source>
            <translation>نام (انگلیسی):</translation>
        </message>
        <message>
            <source>Logo:</source>
            <translation>نشان:</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>زبان:</translation>
        </message>
        <message>
            <source>Data folder:</source>
            <translation>پوشه داده‌ها:</translation>
        </message>
        <message>
            <source>Backup folder:</source>
            <translation>پوشه پشتیبان:</translation>
        </message>
        <message>
            <source>A new data folder is used from the next start; empty means the standard folder.</source>
            <translation>پوشه داده تازه از اجرای بعدی به کار می‌رود؛ خالی یعنی پوشه استاندارد.</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>گزینش…</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>انتخاب…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>حذف</translation>
        </message>
    </context>
    <context>
        <name>open_file</name>
        <message>
            <source>The file %1 does not exist (it may have been moved or deleted). Nothing was opened.</source>
            <translation>پروندهٔ %1 وجود ندارد (شاید جابه‌جا یا حذف شده باشد). چیزی باز نشد.</translation>
        </message>
        <message>
            <source>The file %1 could not be read (%2). Nothing was opened.</source>
            <translation>پروندهٔ %1 خوانده نشد (%2). چیزی باز نشد.</translation>
        </message>
        <message>
            <source>%1 is not a file of Peyvand (a change package, a backup or a register). Nothing was opened or changed.</source>
            <translation>%1 پرونده‌ای از پیوند نیست (بستهٔ تغییرات، پشتیبان یا دفتر). چیزی باز یا تغییر داده نشد.</translation>
        </message>
        <message>
            <source>The change package %1 is incomplete or damaged (it may have been cut short while copying). Nothing was applied; ask for the package again.</source>
            <translation>بستهٔ تغییرات %1 ناقص یا آسیب‌دیده است (شاید هنگام رونوشت نیمه‌کاره مانده باشد). هیچ تغییری اعمال نشد؛ بسته را دوباره درخواست کنید.</translation>
        </message>
        <message>
            <source>%1 is not a readable Peyvand backup (it is damaged, incomplete or another program's zip file). Nothing was restored or changed.</source>
            <translation>%1 پشتیبانِ خواندنیِ پیوند نیست (آسیب‌دیده یا ناقص است، یا پروندهٔ فشردهٔ برنامه‌ای دیگر است). چیزی بازگردانده یا تغییر داده نشد.</translation>
        </message>
        <message>
            <source>%1 is a damaged register or not a Peyvand register. It was not opened and nothing was changed; the usual register opens instead.</source>
            <translation>%1 دفتری آسیب‌دیده است یا دفتر پیوند نیست. باز نشد و چیزی تغییر نکرد؛ به‌جای آن دفتر همیشگی باز می‌شود.</translation>
        </message>
    </context>
</TS>
