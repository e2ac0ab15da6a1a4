<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
    <context>
        <name>ConflictsDialog</name>
        <message>
            <source>Same field changed on both sides</source>
            <translation>یک فیلد در هر دو سو تغییر کرده است</translation>
        </message>
        <message>
            <source>Deleted on one side, changed on the other</source>
            <translation>در یک سو حذف شده، در سوی دیگر تغییر کرده است</translation>
        </message>
        <message>
            <source>Possible duplicate partner</source>
            <translation>طرف همکاری احتمالاً تکراری</translation>
        </message>
        <message>
            <source>Merge that could not be applied</source>
            <translation>ادغامی که اعمال نشد</translation>
        </message>
        <message>
            <source>Value already taken (unique)</source>
            <translation>مقدار تکراری (باید یکتا باشد)</translation>
        </message>
        <message>
            <source>Change for a record this register lacks</source>
            <translation>تغییر برای رکوردی که در این دفتر ثبت نیست</translation>
        </message>
        <message>
            <source>Sync conflicts</source>
            <translation>ناسازگاری‌های همگام‌سازی</translation>
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
            <source>Field</source>
            <translation>فیلد</translation>
        </message>
        <message>
            <source>When</source>
            <translation>زمان</translation>
        </message>
        <message>
            <source>Base, mine and theirs</source>
            <translation>پایه، مال من و مال آن‌ها</translation>
        </message>
        <message>
            <source>Base (before both changes)</source>
            <translation>پایه (پیش از هر دو تغییر)</translation>
        </message>
        <message>
            <source>Mine (this register)</source>
            <translation>مال من (این دفتر ثبت)</translation>
        </message>
        <message>
            <source>Theirs (the other register)</source>
            <translation>مال آن‌ها (دفتر ثبت دیگر)</translation>
        </message>
        <message>
            <source>Or type the value to keep…</source>
            <translation>یا مقداری را که باید بماند بنویسید…</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>مال من بماند</translation>
        </message>
        <message>
            <source>Take theirs</source>
            <translation>مال آن‌ها را بگیر</translation>
        </message>
        <message>
            <source>Use my edit</source>
            <translation>ویرایش من را به‌کار ببر</translation>
        </message>
        <message>
            <source>Use this text</source>
            <translation>این متن را به‌کار ببر</translation>
        </message>
        <message>
            <source>Restore the record</source>
            <translation>رکورد را برگردان</translation>
        </message>
        <message>
            <source>Keep it deleted</source>
            <translation>حذف‌شده بماند</translation>
        </message>
        <message>
            <source>Merge the two partners</source>
            <translation>دو طرف همکاری را ادغام کن</translation>
        </message>
        <message>
            <source>Not a duplicate</source>
            <translation>تکراری نیست</translation>
        </message>
        <message>
            <source>No open conflicts: every change was merged.</source>
            <translation>ناسازگاری بازی نیست: همهٔ تغییرها ادغام شد.</translation>
        </message>
        <message>
            <source>by %1 at %2</source>
            <translation>به دست %1 در %2</translation>
        </message>
        <message>
            <source>mine</source>
            <translation>من</translation>
        </message>
        <message>
            <source>theirs</source>
            <translation>آن‌ها</translation>
        </message>
        <message>
            <source>Both changes merge cleanly. Read the merged text, correct it if need be, and use it.</source>
            <translation>دو تغییر بی‌تداخل ادغام می‌شوند. متن ادغام‌شده را بخوانید، اگر لازم است درستش کنید و به‌کار ببرید.</translation>
        </message>
        <message>
            <source>The two changes overlap: both versions are shown in the text below. Edit it to what should stay, then use it.</source>
            <translation>دو تغییر با هم تداخل دارند: هر دو نسخه در متن زیر آمده است. آن را به آنچه باید بماند ویرایش کنید و سپس به‌کار ببرید.</translation>
        </message>
    </context>
    <context>
        <name>SyncControls</name>
        <message>
            <source>S&amp;ync</source>
            <translation>&amp;همگام‌سازی</translation>
        </message>
        <message>
            <source>Sync &amp;now</source>
            <translation>&amp;اکنون همگام کن</translation>
        </message>
        <message>
            <source>Send this register's changes to the office register and receive theirs</source>
            <translation>تغییرهای این دفتر ثبت را به دفتر ثبت اداره بفرست و تغییرهای آن را بگیر</translation>
        </message>
        <message>
            <source>&amp;Conflicts…</source>
            <translation>&amp;ناسازگاری‌ها…</translation>
        </message>
        <message>
            <source>&amp;Export changes…</source>
            <translation>&amp;برون‌بری تغییرها…</translation>
        </message>
        <message>
            <source>&amp;Import changes…</source>
            <translation>&amp;درون‌بری تغییرها…</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>آخرین همگام‌سازی: %1</translation>
        </message>
        <message>
            <source>Never synced</source>
            <translation>هرگز همگام نشده</translation>
        </message>
        <message>
            <source> · </source>
            <translation>، </translation>
        </message>
        <message>
            <source>Unsent changes: %1</source>
            <translation>تغییرهای فرستاده‌نشده: %1</translation>
        </message>
        <message>
            <source>Open conflicts: %1</source>
            <translation>ناسازگاری‌های باز: %1</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>همگام‌سازی</translation>
        </message>
        <message>
            <source>Sent: %1</source>
            <translation>فرستاده: %1</translation>
        </message>
        <message>
            <source>Received: %1</source>
            <translation>دریافت‌شده: %1</translation>
        </message>
        <message>
            <source>Applied: %1</source>
            <translation>اعمال‌شده: %1</translation>
        </message>
        <message>
            <source>Already here: %1</source>
            <translation>از پیش موجود: %1</translation>
        </message>
        <message>
            <source>Conflicts: %1</source>
            <translation>ناسازگاری‌ها: %1</translation>
        </message>
        <message>
            <source>Tasks (possible duplicates, clashes): %1</source>
            <translation>کارها (تکراری‌های احتمالی، برخوردها): %1</translation>
        </message>
        <message>
            <source>Kept aside: %1</source>
            <translation>کنار گذاشته: %1</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>اکنون همگام کن</translation>
        </message>
        <message>
            <source>The office register: a server address (postgresql+psycopg://…) or a file:</source>
            <translation>دفتر ثبت اداره: نشانی کارساز (postgresql+psycopg://…) یا یک پرونده:</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>در حال همگام‌سازی…</translation>
        </message>
        <message>
            <source>Sync finished</source>
            <translation>همگام‌سازی انجام شد</translation>
        </message>
        <message>
            <source>Export changes</source>
            <translation>برون‌بری تغییرها</translation>
        </message>
        <message>
            <source>Writing the change package…</source>
            <translation>در حال نوشتن بستهٔ تغییرات…</translation>
        </message>
        <message>
            <source>%1 changes written to %2</source>
            <translation>%1 تغییر در %2 نوشته شد</translation>
        </message>
        <message>
            <source>Import changes</source>
            <translation>درون‌بری تغییرها</translation>
        </message>
        <message>
            <source>Checking the change package…</source>
            <translation>در حال بررسی بستهٔ تغییرات…</translation>
        </message>
        <message>
            <source>This package would apply %1 changes (%2 already here, %3 conflicts, %4 tasks). Apply it?</source>
            <translation>این بسته %1 تغییر را اعمال می‌کند (%2 از پیش موجود، %3 ناسازگاری، %4 کار). اعمال شود؟</translation>
        </message>
        <message>
            <source>Applying the change package…</source>
            <translation>در حال اعمال بستهٔ تغییرات…</translation>
        </message>
    </context>
    <context>
        <name>sync.engine</name>
        <message>
            <source>These two registers belong to different offices; join the office register first (sync join).</source>
            <extracomment>The advisory lock that orders syncs on a server ("PEYVAND" in ASCII). Local ids written per table (for the window to refresh); not part of the JSON.</extracomment>
            <translation>این دو دفتر ثبت از دو دفتر جدا هستند؛ نخست به دفتر ثبت اداره بپیوندید (sync join).</translation>
        </message>
        <message>
            <source>The other register's changes have a gap ({exc}); nothing was applied.</source>
            <translation>تغییرهای دفتر ثبت دیگر ناپیوسته است ({exc})؛ هیچ تغییری اعمال نشد.</translation>
        </message>
        <message>
            <source>{name} is a copy of another register file: both carry the sync identity {value}, so their changes would be mixed up. Nothing was synced. Give the copy its own identity first — python main.py --db {name} sync fork — nothing is lost (if the file was only moved, this is harmless too).</source>
            <translation>{name} رونوشتی از پروندهٔ دفتر ثبت دیگری است: هر دو شناسهٔ همگام‌سازی {value} را دارند و تغییرهایشان درهم می‌شود. هیچ همگام‌سازی انجام نشد. نخست به رونوشت شناسهٔ خودش را بدهید — python main.py --db {name} sync fork — چیزی از دست نمی‌رود (اگر پرونده فقط جابه‌جا شده باشد هم بی‌زیان است).</translation>
        </message>
        <message>
            <source>This register has not written anything yet: it has no sync identity to share.</source>
            <translation>این دفتر ثبت هنوز چیزی ننوشته است و شناسهٔ همگام‌سازی ندارد.</translation>
        </message>
        <message>
            <source>The attachment {value}… does not match its hash; it was not stored.</source>
            <translation>پیوست {value}… با چکیده‌اش نمی‌خواند؛ ذخیره نشد.</translation>
        </message>
        <message>
            <source>These changes were written by a newer Peyvand (schema {schema}); update Peyvand to version {__version__} or later first. Nothing was applied.</source>
            <translation>این تغییرها را پیوند تازه‌تری نوشته است (طرح {schema})؛ نخست پیوند را به نسخهٔ تازه‌تر از {__version__} به‌روز کنید. هیچ تغییری اعمال نشد.</translation>
        </message>
        <message>
            <source>No peer “{for_peer}” has synced with this register.</source>
            <translation>هیچ همتای «{for_peer}» با این دفتر ثبت همگام نشده است.</translation>
        </message>
        <message>
            <source>This file is not a complete Peyvand change package (truncated or altered); nothing was applied.</source>
            <translation>این پرونده بستهٔ تغییرات کامل پیوند نیست (ناقص یا دست‌کاری‌شده)؛ هیچ تغییری اعمال نشد.</translation>
        </message>
        <message>
            <source>Cannot read {path}: {strerror}.</source>
            <translation>پروندهٔ {path} خوانده نمی‌شود: {strerror}.</translation>
        </message>
        <message>
            <source>This package belongs to another office register; nothing was applied.</source>
            <translation>این بسته از دفتر ثبت ادارهٔ دیگری است؛ هیچ تغییری اعمال نشد.</translation>
        </message>
        <message>
            <source>Kept aside: this package needs the changes of an earlier package first (site seq: {value}). Import that one, then this one is applied by itself.</source>
            <translation>کنار گذاشته شد: این بسته نخست به تغییرهای بستهٔ پیشینی نیاز دارد (جایگاه و شماره: {value}). آن را وارد کنید؛ این بسته خودبه‌خود اعمال می‌شود.</translation>
        </message>
        <message>
            <source>An attachment in the package does not match its hash; nothing was applied.</source>
            <translation>پیوستی در بسته با چکیده‌اش نمی‌خواند؛ هیچ تغییری اعمال نشد.</translation>
        </message>
        <message>
            <source>This package and this register hold different changes under the same numbers of site {value}: one of the registers is a copy of another file. Nothing was applied. Run sync fork on the copy, then export again.</source>
            <translation>این بسته و این دفتر ثبت زیر شماره‌های یکسانِ جایگاه {value} تغییرهای متفاوتی دارند: یکی از دفترهای ثبت رونوشت پروندهٔ دیگری است. هیچ تغییری اعمال نشد. روی رونوشت sync fork را اجرا کنید و دوباره بسته بسازید.</translation>
        </message>
        <message>
            <source>{target} does not exist.</source>
            <translation>{target} وجود ندارد.</translation>
        </message>
    </context>
    <context>
        <name>sync.ops</name>
        <message>
            <source>A partner cannot be merged into itself.</source>
            <translation>یک طرف همکاری را نمی‌توان در خودش ادغام کرد.</translation>
        </message>
        <message>
            <source>One of the two partners no longer exists.</source>
            <translation>یکی از دو طرف همکاری دیگر وجود ندارد.</translation>
        </message>
        <message>
            <source>This record is not deleted.</source>
            <translation>این رکورد حذف نشده است.</translation>
        </message>
        <message>
            <source>The record it belonged to is deleted too; undelete that first.</source>
            <translation>رکوردی که این رکورد به آن تعلق داشت هم حذف شده است؛ نخست آن را برگردانید.</translation>
        </message>
        <message>
            <source>This conflict is already resolved.</source>
            <translation>این ناسازگاری پیش‌تر حل شده است.</translation>
        </message>
        <message>
            <source>The record no longer exists.</source>
            <translation>این رکورد دیگر وجود ندارد.</translation>
        </message>
    </context>
</TS>
