<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fa_IR">
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/sync/conflicts.py" line="154" />
        <source>Same field changed on both sides</source>
        <translation>یک فیلد در هر دو سو تغییر کرده است</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/conflicts.py" line="155" />
        <source>Deleted on one side, changed on the other</source>
        <translation>در یک سو حذف شده، در سوی دیگر تغییر کرده است</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/conflicts.py" line="156" />
        <source>Possible duplicate partner</source>
        <translation>طرف همکاری احتمالاً تکراری</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/conflicts.py" line="157" />
        <source>Merge that could not be applied</source>
        <translation>ادغامی که اعمال نشد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/conflicts.py" line="158" />
        <source>Value already taken (unique)</source>
        <translation>مقدار تکراری (باید یکتا باشد)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/conflicts.py" line="159" />
        <source>Change for a record this register lacks</source>
        <translation>تغییر برای رکوردی که در این دفتر ثبت نیست</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/conflicts.py" line="163" />
        <source>Sync conflicts</source>
        <translation>ناسازگاری‌های همگام‌سازی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/conflicts.py" line="164" />
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/conflicts.py" line="164" />
        <source>Record</source>
        <translation>رکورد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/conflicts.py" line="164" />
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/conflicts.py" line="165" />
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/conflicts.py" line="166" />
        <source>Base, mine and theirs</source>
        <translation>پایه، مال من و مال آن‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/conflicts.py" line="167" />
        <source>Base (before both changes)</source>
        <translation>پایه (پیش از هر دو تغییر)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/conflicts.py" line="168" />
        <source>Mine (this register)</source>
        <translation>مال من (این دفتر ثبت)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/conflicts.py" line="169" />
        <source>Theirs (the other register)</source>
        <translation>مال آن‌ها (دفتر ثبت دیگر)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/conflicts.py" line="170" />
        <source>Or type the value to keep…</source>
        <translation>یا مقداری را که باید بماند بنویسید…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/conflicts.py" line="171" />
        <source>Keep mine</source>
        <translation>مال من بماند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/conflicts.py" line="172" />
        <source>Take theirs</source>
        <translation>مال آن‌ها را بگیر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/conflicts.py" line="173" />
        <source>Use my edit</source>
        <translation>ویرایش من را به‌کار ببر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/conflicts.py" line="174" />
        <source>Use this text</source>
        <translation>این متن را به‌کار ببر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/conflicts.py" line="175" />
        <source>Restore the record</source>
        <translation>رکورد را برگردان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/conflicts.py" line="176" />
        <source>Keep it deleted</source>
        <translation>حذف‌شده بماند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/conflicts.py" line="177" />
        <source>Merge the two partners</source>
        <translation>دو طرف همکاری را ادغام کن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/conflicts.py" line="178" />
        <source>Not a duplicate</source>
        <translation>تکراری نیست</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/conflicts.py" line="179" />
        <source>No open conflicts: every change was merged.</source>
        <translation>ناسازگاری بازی نیست: همهٔ تغییرها ادغام شد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/conflicts.py" line="211" />
        <source>by %1 at %2</source>
        <translation>به دست %1 در %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/conflicts.py" line="245" />
        <source>mine</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/conflicts.py" line="245" />
        <source>theirs</source>
        <translation>آن‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/conflicts.py" line="249" />
        <source>Both changes merge cleanly. Read the merged text, correct it if need be, and use it.</source>
        <translation>دو تغییر بی‌تداخل ادغام می‌شوند. متن ادغام‌شده را بخوانید، اگر لازم است درستش کنید و به‌کار ببرید.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/conflicts.py" line="251" />
        <source>The two changes overlap: both versions are shown in the text below. Edit it to what should stay, then use it.</source>
        <translation>دو تغییر با هم تداخل دارند: هر دو نسخه در متن زیر آمده است. آن را به آنچه باید بماند ویرایش کنید و سپس به‌کار ببرید.</translation>
    </message>
</context>
<context>
    <name>SyncControls</name>
    <message>
        <location filename="../../desktop_app/ui/sync/controls.py" line="101" />
        <source>S&amp;ync</source>
        <translation>&amp;همگام‌سازی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/controls.py" line="102" />
        <source>Sync &amp;now</source>
        <translation>&amp;اکنون همگام کن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/controls.py" line="103" />
        <source>Send this register's changes to the office register and receive theirs</source>
        <translation>تغییرهای این دفتر ثبت را به دفتر ثبت اداره بفرست و تغییرهای آن را بگیر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/controls.py" line="105" />
        <source>&amp;Conflicts…</source>
        <translation>&amp;ناسازگاری‌ها…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/controls.py" line="106" />
        <source>&amp;Export changes…</source>
        <translation>&amp;برون‌بری تغییرها…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/controls.py" line="107" />
        <source>&amp;Import changes…</source>
        <translation>&amp;درون‌بری تغییرها…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/controls.py" line="117" />
        <source>Last sync: %1</source>
        <translation>آخرین همگام‌سازی: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/controls.py" line="118" />
        <source>Never synced</source>
        <translation>هرگز همگام نشده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/controls.py" line="119" />
        <source> · </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/controls.py" line="120" />
        <source>Unsent changes: %1</source>
        <translation>تغییرهای فرستاده‌نشده: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/controls.py" line="123" />
        <source>Open conflicts: %1</source>
        <translation>ناسازگاری‌های باز: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/controls.py" line="147" />
        <source>Sync</source>
        <translation>همگام‌سازی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/controls.py" line="152" />
        <source>Sent: %1</source>
        <translation>فرستاده: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/controls.py" line="153" />
        <source>Received: %1</source>
        <translation>دریافت‌شده: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/controls.py" line="154" />
        <source>Applied: %1</source>
        <translation>اعمال‌شده: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/controls.py" line="155" />
        <source>Already here: %1</source>
        <translation>از پیش موجود: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/controls.py" line="156" />
        <source>Conflicts: %1</source>
        <translation>ناسازگاری‌ها: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/controls.py" line="157" />
        <source>Tasks (possible duplicates, clashes): %1</source>
        <translation>کارها (تکراری‌های احتمالی، برخوردها): %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/controls.py" line="159" />
        <source>Kept aside: %1</source>
        <translation>کنار گذاشته: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/controls.py" line="176" />
        <source>Sync now</source>
        <translation>اکنون همگام کن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/controls.py" line="177" />
        <source>The office register: a server address (postgresql+psycopg://…) or a file:</source>
        <translation>دفتر ثبت اداره: نشانی کارساز (postgresql+psycopg://…) یا یک پرونده:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/controls.py" line="181" />
        <source>Syncing…</source>
        <translation>در حال همگام‌سازی…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/controls.py" line="187" />
        <source>Sync finished</source>
        <translation>همگام‌سازی انجام شد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/controls.py" line="195" />
        <location filename="../../desktop_app/ui/sync/controls.py" line="206" />
        <source>Export changes</source>
        <translation>برون‌بری تغییرها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/controls.py" line="201" />
        <source>Writing the change package…</source>
        <translation>در حال نوشتن بستهٔ تغییرات…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/controls.py" line="207" />
        <source>%1 changes written to %2</source>
        <translation>%1 تغییر در %2 نوشته شد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/controls.py" line="218" />
        <location filename="../../desktop_app/ui/sync/controls.py" line="230" />
        <location filename="../../desktop_app/ui/sync/controls.py" line="239" />
        <source>Import changes</source>
        <translation>درون‌بری تغییرها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/controls.py" line="223" />
        <source>Checking the change package…</source>
        <translation>در حال بررسی بستهٔ تغییرات…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/controls.py" line="234" />
        <source>This package would apply %1 changes (%2 already here, %3 conflicts, %4 tasks). Apply it?</source>
        <translation>این بسته %1 تغییر را اعمال می‌کند (%2 از پیش موجود، %3 ناسازگاری، %4 کار). اعمال شود؟</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync/controls.py" line="242" />
        <source>Applying the change package…</source>
        <translation>در حال اعمال بستهٔ تغییرات…</translation>
    </message>
</context>
</TS>