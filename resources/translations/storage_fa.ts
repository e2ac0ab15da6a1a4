<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
    <context>
        <name>Backups</name>
        <message>
            <source>automatic</source>
            <translation>خودکار</translation>
        </message>
        <message>
            <source>manual</source>
            <translation>دستی</translation>
        </message>
        <message>
            <source>before an upgrade</source>
            <translation>پیش از ارتقا</translation>
        </message>
        <message>
            <source>before an import</source>
            <translation>پیش از ورود داده</translation>
        </message>
        <message>
            <source>before an import undo</source>
            <translation>پیش از بازگرداندن ورود</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>پیش از بازگردانی</translation>
        </message>
        <message>
            <source>before a demo reset</source>
            <translation>پیش از بازسازی نمونه</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>نامعلوم</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>پشتیبان‌ها</translation>
        </message>
        <message>
            <source>Peyvand backs the register and its attachment files up when it is opened, every 30 minutes while it is being changed, and before an upgrade, an import or a restore. Each backup is checked before an older one is dropped.</source>
            <translation>پیوند هنگام باز شدن دفتر، هر ۳۰ دقیقه تا وقتی دفتر تغییر می‌کند، و پیش از ارتقا، ورود داده یا بازگردانی از دفتر و پرونده‌های پیوستش پشتیبان می‌گیرد. هر پشتیبان پیش از کنار گذاشتن پشتیبانی قدیمی‌تر بررسی می‌شود.</translation>
        </message>
        <message>
            <source>Folder: %1</source>
            <translation>پوشه: %1</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>زمان</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>نوع</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>اندازه</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>بررسی‌شده</translation>
        </message>
        <message>
            <source>Holds</source>
            <translation>محتوا</translation>
        </message>
        <message>
            <source>Back up &amp;now</source>
            <translation>&amp;اکنون پشتیبان بگیر</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;بازگردانی…</translation>
        </message>
        <message>
            <source>&amp;Check database</source>
            <translation>&amp;بررسی پایگاه داده</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>بستن</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>بله</translation>
        </message>
        <message>
            <source>no: %1</source>
            <translation>خیر: %1</translation>
        </message>
        <message>
            <source>Backup written and checked: %1</source>
            <translation>پشتیبان نوشته و بررسی شد: %1</translation>
        </message>
        <message>
            <source>Replace the register “%1” (now %2) with the backup of %3 (%4)?</source>
            <translation>دفتر «%1» (اکنون %2) با پشتیبان %3 (%4) جایگزین شود؟</translation>
        </message>
        <message>
            <source>The register as it is now is backed up first; attachment files are brought back and none is deleted.</source>
            <translation>نخست از دفتر در وضع کنونی پشتیبان گرفته می‌شود؛ پرونده‌های پیوست بازگردانده می‌شوند و هیچ‌کدام پاک نمی‌شود.</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>بازگردانی از پشتیبان</translation>
        </message>
        <message>
            <source>The database is sound (integrity and references checked; %1 attachment files checked against their hashes).</source>
            <translation>پایگاه داده سالم است (درستی و ارجاع‌ها بررسی شد؛ %1 پرونده پیوست با چکیده‌شان سنجیده شد).</translation>
        </message>
        <message>
            <source>Problems found: %1</source>
            <translation>مشکل‌های یافت‌شده: %1</translation>
        </message>
        <message>
            <source>The register cannot be opened</source>
            <translation>دفتر باز نمی‌شود</translation>
        </message>
        <message>
            <source>Choose another backup…</source>
            <translation>انتخاب پشتیبانی دیگر…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>خروج</translation>
        </message>
        <message>
            <source>Restore the backup of %1</source>
            <translation>بازگردانی پشتیبان %1</translation>
        </message>
        <message>
            <source>No good backup found</source>
            <translation>پشتیبان سالمی پیدا نشد</translation>
        </message>
        <message>
            <source>Choose a backup</source>
            <translation>انتخاب پشتیبان</translation>
        </message>
        <message>
            <source>Peyvand backups (*%1 *.sqlite3);;All files (*)</source>
            <translation>پشتیبان‌های پیوند (*%1 *.sqlite3);;همه پرونده‌ها (*)</translation>
        </message>
        <message>
            <source>The automatic backup failed: %1</source>
            <translation>پشتیبان‌گیری خودکار انجام نشد: %1</translation>
        </message>
        <message>
            <source>Back up the register</source>
            <translation>پشتیبان‌گیری از دفتر</translation>
        </message>
        <message>
            <source>Peyvand backups (*%1)</source>
            <translation>پشتیبان‌های پیوند (*%1)</translation>
        </message>
        <message>
            <source>Writing the backup…</source>
            <translation>در حال نوشتن پشتیبان…</translation>
        </message>
        <message>
            <source>Backup written to %1</source>
            <translation>پشتیبان در %1 نوشته شد</translation>
        </message>
        <message>
            <source>Peyvand backups (*%1 *.sqlite3 *.db);;All files (*)</source>
            <translation>پشتیبان‌های پیوند (*%1 *.sqlite3 *.db);;همه پرونده‌ها (*)</translation>
        </message>
        <message>
            <source>Replace the whole register with the backup “%1”? The register as it is now is backed up first.</source>
            <translation>کل دفتر با پشتیبان «%1» جایگزین شود؟ نخست از دفتر در وضع کنونی پشتیبان گرفته می‌شود.</translation>
        </message>
        <message>
            <source>A server register is backed up on the server (pg_dump); see the office-server guide.</source>
            <translation>از دفتر روی کارساز، در خود کارساز پشتیبان گرفته می‌شود (pg_dump)؛ راهنمای کارساز دفتر را ببینید.</translation>
        </message>
        <message>
            <source>The register is read-only: it can be read and printed, not changed.</source>
            <translation>دفتر فقط‌خواندنی است: می‌توان آن را خواند و چاپ کرد، نه تغییر داد.</translation>
        </message>
        <message>
            <source>Back&amp;ups…</source>
            <translation>&amp;پشتیبان‌ها…</translation>
        </message>
        <message>
            <source>&amp;Backup to a file…</source>
            <translation>پشتیبان در &amp;پرونده…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;بازگردانی از پشتیبان…</translation>
        </message>
    </context>
    <context>
        <name>db.backup</name>
        <message>
            <source>The backup file must not be the database itself.</source>
            <translation>پروندهٔ پشتیبان نباید خود پایگاه داده باشد.</translation>
        </message>
        <message>
            <source>The folder {parent} does not exist.</source>
            <translation>پوشهٔ ⁦{parent}⁩ وجود ندارد.</translation>
        </message>
        <message>
            <source>The backup could not be written: {exc}.</source>
            <translation>پشتیبان نوشته نشد: ⁦{exc}⁩.</translation>
        </message>
        <message>
            <source>{name} is not a Peyvand backup (not a SQLite file).</source>
            <translation>«⁨{name}⁩» پشتیبان پیوند نیست (پروندهٔ SQLite نیست).</translation>
        </message>
        <message>
            <source>{name} is damaged: {detail}.</source>
            <translation>«⁨{name}⁩» آسیب دیده است: ⁦{detail}⁩.</translation>
        </message>
        <message>
            <source>{name} is not a Peyvand database.</source>
            <translation>«⁨{name}⁩» پایگاه دادهٔ پیوند نیست.</translation>
        </message>
        <message>
            <source>{name} is not a readable database: {detail}.</source>
            <translation>«⁨{name}⁩» پایگاه داده‌ای خواندنی نیست: ⁦{detail}⁩.</translation>
        </message>
        <message>
            <source>The restore failed and the database was left as it was: {exc}.</source>
            <translation>بازگردانی انجام نشد و پایگاه داده همان‌گونه که بود ماند: ⁦{exc}⁩.</translation>
        </message>
        <message>
            <source>{partners} partners, {mous} MoUs, {meetings} meetings, {files} attachment files</source>
            <translation>{partners} طرف همکاری، {mous} تفاهم‌نامه، {meetings} جلسه، {files} پرونده پیوست</translation>
        </message>
        <message>
            <source>The backup</source>
            <extracomment>What could not be written, named in the sentence of a storage error (translated with it).</extracomment>
            <translation>پشتیبان</translation>
        </message>
        <message>
            <source>The restored register</source>
            <translation>دفتر بازگردانده</translation>
        </message>
        <message>
            <source>{path} does not exist.</source>
            <translation>⁦{path}⁩ وجود ندارد.</translation>
        </message>
        <message>
            <source>The disk is full: {what} could not be written; free some space and try again. Nothing was changed.</source>
            <translation>دیسک پر است: {what} نوشته نشد؛ کمی جا باز کنید و دوباره امتحان کنید. چیزی تغییر نکرد.</translation>
        </message>
        <message>
            <source>{what} could not be written: the folder is read-only or you have no permission to write there. Nothing was changed.</source>
            <translation>{what} نوشته نشد: پوشه فقط‌خواندنی است یا اجازهٔ نوشتن در آن را ندارید. چیزی تغییر نکرد.</translation>
        </message>
        <message>
            <source>{what} could not be written: {detail}.</source>
            <translation>{what} نوشته نشد: ⁦{detail}⁩.</translation>
        </message>
        <message>
            <source>the copy is damaged ({detail})</source>
            <translation>رونوشت آسیب دیده است (⁦{detail}⁩)</translation>
        </message>
        <message>
            <source>the copy is not a Peyvand register</source>
            <translation>رونوشت دفتر پیوند نیست</translation>
        </message>
        <message>
            <source>the copy is not readable ({detail})</source>
            <translation>رونوشت خواندنی نیست (⁦{detail}⁩)</translation>
        </message>
        <message>
            <source>It was not backed up: a backup of a damaged register would replace a good one.</source>
            <translation>از آن پشتیبان گرفته نشد: پشتیبانِ دفتری آسیب‌دیده جای پشتیبانی سالم را می‌گرفت.</translation>
        </message>
        <message>
            <source>The backup did not pass its check ({exc}); it was deleted.</source>
            <translation>پشتیبان از بررسی سربلند بیرون نیامد (⁦{exc}⁩)؛ پاک شد.</translation>
        </message>
        <message>
            <source>The backup did not pass its check ({bad} reads back wrong); it was deleted.</source>
            <translation>پشتیبان از بررسی سربلند بیرون نیامد (⁦{bad}⁩ نادرست خوانده می‌شود)؛ پاک شد.</translation>
        </message>
        <message>
            <source>not a readable Peyvand backup ({detail})</source>
            <translation>پشتیبان خواندنی پیوند نیست (⁦{detail}⁩)</translation>
        </message>
        <message>
            <source>{name} cannot be used: {problem}; it was not restored.</source>
            <translation>«⁨{name}⁩» به کار نمی‌آید: {problem}؛ بازگردانده نشد.</translation>
        </message>
        <message>
            <source>{name} is damaged ({bad} reads back wrong); it was not restored.</source>
            <translation>«⁨{name}⁩» آسیب دیده است (⁦{bad}⁩ نادرست خوانده می‌شود)؛ بازگردانده نشد.</translation>
        </message>
        <message>
            <source>attachment {sha}… does not match its hash</source>
            <translation>پیوست ⁦{sha}⁩… با چکیدهٔ خود نمی‌خواند</translation>
        </message>
        <message>
            <source>{name} cannot be read ({detail}); it was not restored.</source>
            <translation>«⁨{name}⁩» خوانده نمی‌شود (⁦{detail}⁩)؛ بازگردانده نشد.</translation>
        </message>
        <message>
            <source>{name} was written by a newer Peyvand (schema {schema}); it was not restored. Install the newer version.</source>
            <translation>«⁨{name}⁩» را نسخهٔ تازه‌تری از پیوند نوشته است (ساختار ⁦{schema}⁩)؛ بازگردانده نشد. نسخهٔ تازه‌تر را نصب کنید.</translation>
        </message>
        <message>
            <source>The backup file is the register itself.</source>
            <translation>پروندهٔ پشتیبان خود دفتر است.</translation>
        </message>
    </context>
    <context>
        <name>db.database</name>
        <message>
            <source>“{target}” is not a database address.</source>
            <translation>«⁦{target}⁩» نشانی یک پایگاه داده نیست.</translation>
        </message>
        <message>
            <source>The folder {parent} does not exist.</source>
            <translation>پوشهٔ ⁦{parent}⁩ وجود ندارد.</translation>
        </message>
        <message>
            <source>This database was written by a newer Peyvand ({written_by}, schema {current}); this Peyvand ({this_version}, schema {head}) will not change it. Install the newer version.</source>
            <translation>این پایگاه داده را نسخهٔ تازه‌تری از پیوند نوشته است (⁦{written_by}⁩، ساختار ⁦{current}⁩)؛ این پیوند (⁦{this_version}⁩، ساختار ⁦{head}⁩) آن را تغییر نمی‌دهد. نسخهٔ تازه‌تر را نصب کنید.</translation>
        </message>
        <message>
            <source>The register is read-only and needs an upgrade; copy it to a folder you can write to first.</source>
            <translation>دفتر فقط‌خواندنی است و به ارتقا نیاز دارد؛ نخست آن را به پوشه‌ای که در آن می‌توانید بنویسید رونوشت کنید.</translation>
        </message>
        <message>
            <source>The database needs an upgrade; open it without --no-migrate.</source>
            <translation>پایگاه داده به ارتقا نیاز دارد؛ آن را بدون ⁦--no-migrate⁩ باز کنید.</translation>
        </message>
        <message>
            <source>This record was changed or deleted elsewhere after you opened it; reopen it to see the current version.</source>
            <extracomment>True when a SQLite register was opened for reading only (the file is read-only). Where this register's backups go (``None``: beside the register, ``name.backups``). How many automatic backups rotation keeps (a :class:`db.backup.RetentionPolicy`; ``None``: the defaults). The window sets it from its settings. The SQLite file's identity while this Database holds it open (db.integrity.read_head).</extracomment>
            <translation>پس از آنکه این رکورد را باز کردید، در جای دیگری تغییر کرده یا حذف شده است؛ برای دیدن نسخهٔ کنونی دوباره بازش کنید.</translation>
        </message>
        <message>
            <source>{name} was refused earlier as damaged and kept as {kept}; restore a backup (or move that file away to start a new register).</source>
            <translation>«⁨{name}⁩» پیش‌تر آسیب‌دیده شناخته و با نام «⁨{kept}⁩» کنار گذاشته شد؛ یک پشتیبان را بازگردانید (یا آن پرونده را جابه‌جا کنید تا دفتر تازه‌ای آغاز شود).</translation>
        </message>
        <message>
            <source>It was not changed and was kept as {kept}.</source>
            <translation>به آن دست زده نشد و با نام «⁨{kept}⁩» کنار گذاشته شد.</translation>
        </message>
        <message>
            <source>It was not changed (it could not be renamed).</source>
            <translation>به آن دست زده نشد (نامش عوض نشد).</translation>
        </message>
        <message>
            <source>The newest good backup is from {when} ({summary}): {name}.</source>
            <translation>تازه‌ترین پشتیبان سالم از {when} است ({summary}): «⁨{name}⁩».</translation>
        </message>
        <message>
            <source>No good backup of it was found.</source>
            <translation>پشتیبان سالمی از آن پیدا نشد.</translation>
        </message>
        <message>
            <source>The database is in use by another program; close it there and try again.</source>
            <translation>برنامهٔ دیگری از این پایگاه داده استفاده می‌کند؛ آن را در آن برنامه ببندید و دوباره امتحان کنید.</translation>
        </message>
        <message>
            <source>The database records more than one schema revision.</source>
            <translation>پایگاه داده بیش از یک نسخهٔ ساختار را ثبت کرده است.</translation>
        </message>
        <message>
            <source>The upgrade found {count} broken references; nothing was changed.</source>
            <translation>ارتقا {count} ارجاع شکسته یافت؛ چیزی تغییر نکرد.</translation>
        </message>
    </context>
    <context>
        <name>db.errors</name>
        <message>
            <source>Another Peyvand window or an import is writing to this register right now; wait for it to finish and try again (nothing was saved).</source>
            <translation>پنجرهٔ دیگری از پیوند یا یک ورود فهرست هم‌اکنون در این دفتر می‌نویسد؛ صبر کنید تا تمام شود و دوباره امتحان کنید (چیزی ذخیره نشد).</translation>
        </message>
        <message>
            <source>This register needs an upgrade that only its owner can make; ask the office's database administrator to run “init --apply” with the owner's login.</source>
            <translation>این دفتر به‌روزرسانی‌ای لازم دارد که فقط مالک آن می‌تواند انجام دهد؛ از مسئول پایگاه دادهٔ دفتر بخواهید ⁦init --apply⁩ را با ورود مالک اجرا کند.</translation>
        </message>
        <message>
            <source>Your database login is not allowed to do this; ask the office's database administrator to give your login the right role (peyvand_officer to edit).</source>
            <translation>ورود شما به پایگاه داده اجازهٔ این کار را ندارد؛ از مسئول پایگاه دادهٔ دفتر بخواهید نقش درست را به ورود شما بدهد (برای ویرایش: ⁦peyvand_officer⁩).</translation>
        </message>
        <message>
            <source>The disk is full; free some space and try again.</source>
            <translation>دیسک پر است؛ کمی جا باز کنید و دوباره امتحان کنید.</translation>
        </message>
        <message>
            <source>The file is not a Peyvand database or it is damaged; restore a backup.</source>
            <translation>این پرونده پایگاه دادهٔ پیوند نیست یا آسیب دیده است؛ یک پشتیبان را بازگردانید.</translation>
        </message>
        <message>
            <source>The database file cannot be opened for writing; check the folder's permissions.</source>
            <translation>پروندهٔ پایگاه داده برای نوشتن باز نمی‌شود؛ مجوزهای پوشه را بررسی کنید.</translation>
        </message>
        <message>
            <source>A value is longer than the register can hold; shorten it and try again.</source>
            <translation>مقداری بلندتر از آن است که دفتر نگه می‌دارد؛ کوتاهش کنید و دوباره امتحان کنید.</translation>
        </message>
        <message>
            <source>A value contains a NUL character, which the register cannot hold.</source>
            <translation>مقداری نویسهٔ NUL دارد که دفتر نمی‌تواند نگه دارد.</translation>
        </message>
        <message>
            <source>The database server's disk is full; ask its administrator.</source>
            <translation>دیسک کارساز پایگاه داده پر است؛ به مسئول آن خبر دهید.</translation>
        </message>
        <message>
            <source>Cannot reach the database server: {reason}</source>
            <translation>به کارساز پایگاه داده دسترسی نیست: {reason}</translation>
        </message>
    </context>
    <context>
        <name>db.integrity</name>
        <message>
            <source>{name} is not a Peyvand register (not a SQLite database).</source>
            <extracomment>Kinds of finding that mean "do not write to this file". Files (device, inode) that a Database of this process holds open, with a count, and the descriptors read_head keeps open on them.</extracomment>
            <translation>«⁨{name}⁩» دفتر پیوند نیست (پایگاه داده SQLite نیست).</translation>
        </message>
        <message>
            <source>{name} is cut short (truncated): part of the register is missing.</source>
            <translation>«⁨{name}⁩» ناقص است (بریده شده): بخشی از دفتر از دست رفته است.</translation>
        </message>
        <message>
            <source>{name} is damaged ({detail}).</source>
            <translation>«⁨{name}⁩» آسیب دیده است (⁦{detail}⁩).</translation>
        </message>
        <message>
            <source>{name} has a leftover change log (⁨{name2}⁩) that does not belong to it.</source>
            <translation>کنار «⁨{name}⁩» گزارش تغییراتی (⁨{name2}⁩) مانده که به آن تعلق ندارد.</translation>
        </message>
        <message>
            <source>{name} has an unfinished change from another program beside it (a hot journal, {name2}).</source>
            <translation>کنار «⁨{name}⁩» تغییر ناتمامی از برنامه‌ای دیگر مانده است (ژورنال داغ، {name2}).</translation>
        </message>
        <message>
            <source>{name} is an empty file (0 bytes), not a register.</source>
            <translation>«⁨{name}⁩» پرونده‌ای خالی (۰ بایت) است، نه دفتر.</translation>
        </message>
        <message>
            <source>{name} cannot be read: permission denied.</source>
            <translation>«⁨{name}⁩» خوانده نمی‌شود: اجازه دسترسی نیست.</translation>
        </message>
        <message>
            <source>The register is in use by another program.</source>
            <translation>دفتر در دست برنامه دیگری است.</translation>
        </message>
        <message>
            <source>{name} cannot be opened: {exc}.</source>
            <translation>«⁨{name}⁩» باز نمی‌شود: {exc}.</translation>
        </message>
        <message>
            <source>{name} has a leftover change log (⁨{name2}⁩) from another history; folding it in would damage the register.</source>
            <translation>کنار «⁨{name}⁩» گزارش تغییراتی (⁨{name2}⁩) از تاریخچه‌ای دیگر مانده که افزودن آن دفتر را خراب می‌کند.</translation>
        </message>
        <message>
            <source>{name} is a SQLite database of another program, not a Peyvand register.</source>
            <translation>«⁨{name}⁩» پایگاه داده برنامه دیگری است، نه دفتر پیوند.</translation>
        </message>
        <message>
            <source>{name} is read-only; it can be read and printed, not changed.</source>
            <translation>«⁨{name}⁩» فقط‌خواندنی است؛ می‌توان آن را خواند و چاپ کرد، نه تغییر داد.</translation>
        </message>
    </context>
    <context>
        <name>db.limits</name>
        <message>
            <source>“{field}” contains a NUL character (code 0), which the register cannot hold.</source>
            <translation>«{field}» نویسهٔ NUL (کد ۰) دارد که دفتر نمی‌تواند نگه دارد.</translation>
        </message>
        <message>
            <source>“{field}” is longer than {limit} characters ({length}); shorten it.</source>
            <translation>«{field}» بلندتر از {limit} نویسه است ({length})؛ کوتاهش کنید.</translation>
        </message>
    </context>
    <context>
        <name>db.location</name>
        <message>
            <source>This register is on a network share ({share}). SQLite files can be damaged when several computers write to them over a network. Keep the register on this laptop, or have the office set up the shared server (PostgreSQL; see docs/office-server.md).</source>
            <translation>این دفتر روی یک پوشهٔ شبکه است (⁦{share}⁩). پروندهٔ SQLite وقتی چند رایانه از راه شبکه در آن بنویسند ممکن است آسیب ببیند. دفتر را روی همین رایانه نگه دارید، یا از دفتر بخواهید سرور مشترک (PostgreSQL) را راه‌اندازی کند؛ راهنما: ⁦docs/office-server.md⁩</translation>
        </message>
    </context>
    <context>
        <name>db.server</name>
        <message>
            <source>init sets up a PostgreSQL server; this register is a SQLite file.</source>
            <extracomment>Attachment files carried into the server register, and those the laptop lacked.</extracomment>
            <translation>init برای راه‌اندازی سرور PostgreSQL است؛ این دفتر یک پروندهٔ SQLite است.</translation>
        </message>
        <message>
            <source>(row {value}); fix it on the laptop first. Nothing was copied.</source>
            <translation>(ردیف {value})؛ نخست آن را روی رایانه درست کنید. چیزی کپی نشد.</translation>
        </message>
        <message>
            <source>The two registers are at different schema versions; open the laptop's register with this version of Peyvand first.</source>
            <translation>دو دفتر در نسخه‌های متفاوتی از ساختار هستند؛ نخست دفتر رایانه را با همین نسخهٔ پیوند باز کنید.</translation>
        </message>
        <message>
            <source>The target already holds a register ({listed}); copy-to only fills an empty one. Nothing was copied.</source>
            <translation>مقصد از پیش یک دفتر دارد ({listed})؛ copy-to فقط یک پایگاه خالی را پر می‌کند. چیزی کپی نشد.</translation>
        </message>
        <message>
            <source>The copy failed and was undone; the server database is still empty ({first}).</source>
            <translation>کپی ناموفق بود و برگردانده شد؛ پایگاه سرور هنوز خالی است ({first}).</translation>
        </message>
    </context>
</TS>
