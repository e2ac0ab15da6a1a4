<?xml version='1.0' encoding='utf-8'?>
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
      <source>The register is read-only: it can be read and printed, not changed.</source>
      <translation>دفتر فقط‌خواندنی است: می‌توان آن را خواند و چاپ کرد، نه تغییر داد.</translation>
    </message>
    <message>
      <source>Back up the register</source>
      <translation>پشتیبان‌گیری از دفتر</translation>
    </message>
    <message>
      <source>Writing the backup…</source>
      <translation>در حال نوشتن پشتیبان…</translation>
    </message>
    <message>
      <source>Restore from a backup</source>
      <translation>بازگردانی از پشتیبان</translation>
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
    <message>
      <source>Backups</source>
      <translation>پشتیبان‌ها</translation>
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
      <source>The register as it is now is backed up first; attachment files are brought back and none is deleted.</source>
      <translation>نخست از دفتر در وضع کنونی پشتیبان گرفته می‌شود؛ پرونده‌های پیوست بازگردانده می‌شوند و هیچ‌کدام پاک نمی‌شود.</translation>
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
      <source>A server register is backed up on the server (pg_dump); see the office-server guide.</source>
      <translation>از دفتر روی کارساز، در خود کارساز پشتیبان گرفته می‌شود (pg_dump)؛ راهنمای کارساز دفتر را ببینید.</translation>
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
      <source>No good backup found</source>
      <translation>پشتیبان سالمی پیدا نشد</translation>
    </message>
    <message>
      <source>Choose a backup</source>
      <translation>انتخاب پشتیبان</translation>
    </message>
    <message>
      <source>Peyvand backups (*%1)</source>
      <translation>پشتیبان‌های پیوند (*%1)</translation>
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
      <source>Peyvand backs the register and its attachment files up when it is opened, every 30 minutes while it is being changed, and before an upgrade, an import or a restore. Each backup is checked before an older one is dropped.</source>
      <translation>پیوند هنگام باز شدن دفتر، هر ۳۰ دقیقه تا وقتی دفتر تغییر می‌کند، و پیش از ارتقا، ورود داده یا بازگردانی از دفتر و پرونده‌های پیوستش پشتیبان می‌گیرد. هر پشتیبان پیش از کنار گذاشتن پشتیبانی قدیمی‌تر بررسی می‌شود.</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>بله</translation>
    </message>
    <message>
      <source>Backup written and checked: %1</source>
      <translation>پشتیبان نوشته و بررسی شد: %1</translation>
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
      <source>Folder: %1</source>
      <translation>پوشه: %1</translation>
    </message>
    <message>
      <source>Restore the backup of %1</source>
      <translation>بازگردانی پشتیبان %1</translation>
    </message>
    <message>
      <source>Peyvand backups (*%1 *.sqlite3);;All files (*)</source>
      <translation>پشتیبان‌های پیوند (*%1 *.sqlite3);;همه پرونده‌ها (*)</translation>
    </message>
    <message>
      <source>no: %1</source>
      <translation>خیر: %1</translation>
    </message>
    <message>
      <source>The automatic backup failed: %1</source>
      <translation>پشتیبان‌گیری خودکار انجام نشد: %1</translation>
    </message>
    <message>
      <source>Replace the register “%1” (now %2) with the backup of %3 (%4)?</source>
      <translation>دفتر «%1» (اکنون %2) با پشتیبان %3 (%4) جایگزین شود؟</translation>
    </message>
  </context>
</TS>