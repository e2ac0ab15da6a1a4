<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
    <context>
        <name>cli.basic</name>
        <message>
            <source> Bring it back with: peyvand --db FILE restore --latest</source>
            <translation> بازگرداندن: peyvand --db FILE restore --latest</translation>
        </message>
        <message>
            <source> (backup first: {name})</source>
            <translation> (پشتیبان پیش از آن: {name})</translation>
        </message>
        <message>
            <source>demo data rebuilt in {value}: {made} records{kept}</source>
            <translation>داده‌های نمونه در {value} از نو ساخته شد: {made} رکورد{kept}</translation>
        </message>
        <message>
            <source>{value} already has the demo data; nothing was changed (demo --reset rebuilds it, after a backup).</source>
            <translation>{value} داده‌های نمونه را دارد؛ چیزی تغییر نکرد (demo --reset آن را پس از پشتیبان‌گیری از نو می‌سازد).</translation>
        </message>
        <message>
            <source>demo data written to {value}: {made} records</source>
            <translation>داده‌های نمونه در {value} نوشته شد: {made} رکورد</translation>
        </message>
        <message>
            <source>backup written to {path} ({summary}; verified)</source>
            <translation>پشتیبان در {path} نوشته شد ({summary}؛ بررسی‌شده)</translation>
        </message>
        <message>
            <source>no backups of {name} yet</source>
            <translation>هنوز پشتیبانی از {name} نیست</translation>
        </message>
        <message>
            <source>there is no good backup of {name} to restore.</source>
            <translation>پشتیبان سالمی از {name} برای بازگرداندن نیست.</translation>
        </message>
        <message>
            <source>; the damaged file was kept as {name}</source>
            <translation>؛ پرونده آسیب‌دیده با نام {name} نگه داشته شد</translation>
        </message>
        <message>
            <source>; the replaced register was backed up as {name}</source>
            <translation>؛ از دفتر جایگزین‌شده با نام {name} پشتیبان گرفته شد</translation>
        </message>
        <message>
            <source>restored {target} from {backup} ({summary}; {restored} of them were missing and are back){kept}</source>
            <translation>{target} از {backup} بازگردانده شد ({summary}؛ {restored} پرونده گم‌شده بازگشت){kept}</translation>
        </message>
    </context>
    <context>
        <name>cli.server</name>
        <message>
            <source>init sets up a PostgreSQL server; give --db postgresql+psycopg://OWNER@HOST/DB.</source>
            <translation>init برای سرور PostgreSQL است؛ ‎--db postgresql+psycopg://OWNER@HOST/DB‎ را بدهید.</translation>
        </message>
        <message>
            <source>The register at {where} is at the current schema; the roles {OFFICER} (edit) and {MANAGER} (read) are granted.</source>
            <translation>دفتر در {where} به‌روز است و نقش‌های {OFFICER} (ویرایش) و {MANAGER} (خواندن) داده شدند.</translation>
        </message>
        <message>
            <source>Add one login per person, e.g. in psql as the owner:</source>
            <translation>برای هر نفر یک ورود بسازید، برای نمونه در psql با ورود مالک:</translation>
        </message>
        <message>
            <source>copy-to copies a laptop's register file; give --db FILE.sqlite3.</source>
            <translation>copy-to پروندهٔ دفتر یک رایانه را کپی می‌کند؛ ‎--db FILE.sqlite3‎ را بدهید.</translation>
        </message>
        <message>
            <source>The target of copy-to is a PostgreSQL server address.</source>
            <translation>مقصد copy-to نشانی یک سرور PostgreSQL است.</translation>
        </message>
        <message>
            <source>Copied {total} rows to {where}:</source>
            <translation>{total} ردیف به {where} کپی شد:</translation>
        </message>
        <message>
            <source>  attachment files: {files}</source>
            <translation>  پرونده‌های پیوست: {files}</translation>
        </message>
        <message>
            <source>{count} attachment files were not in the laptop's folder (or no longer matched their hash) and could not be carried: {files}</source>
            <translation>{count} پرونده پیوست در پوشهٔ رایانه نبود (یا با hash خود نمی‌خواند) و منتقل نشد: {files}</translation>
        </message>
        <message>
            <source>Run init there (as the owner) to grant {OFFICER} and {MANAGER}, then point the laptops at the server.</source>
            <translation>سپس init را آن‌جا (با ورود مالک) اجرا کنید تا {OFFICER} و {MANAGER} داده شوند و رایانه‌ها را به سرور وصل کنید.</translation>
        </message>
    </context>
</TS>
