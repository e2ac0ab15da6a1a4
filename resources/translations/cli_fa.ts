<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
    <context>
        <name>cli.__init__</name>
        <message>
            <source>peyvand: interrupted; nothing was written.</source>
            <translation>peyvand: کار قطع شد؛ چیزی نوشته نشد.</translation>
        </message>
        <message>
            <source>peyvand: error: a command is required (or run the window: python main.py)</source>
            <translation>peyvand: خطا: یک فرمان لازم است (یا پنجره را باز کنید: ⁦python main.py⁩)</translation>
        </message>
    </context>
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
            <source>{path} does not exist.</source>
            <translation>⁦{path}⁩ وجود ندارد.</translation>
        </message>
        <message>
            <source>peyvand: warning: {warning}</source>
            <translation>peyvand: هشدار: {warning}</translation>
        </message>
        <message>
            <source>written by a newer Peyvand ({value}, schema {current})</source>
            <translation>نوشته‌شده با نسخهٔ تازه‌تری از پیوند (⁦{value}⁩، ساختار ⁦{current}⁩)</translation>
        </message>
        <message>
            <source>schema: {schema} (this Peyvand: {head})</source>
            <translation>ساختار: {schema} (این پیوند: {head})</translation>
        </message>
        <message>
            <source>integrity: {integrity}; foreign keys: {foreign_keys}; status: {status}</source>
            <translation>درستی: {integrity}؛ کلیدهای خارجی: {foreign_keys}؛ وضعیت: {status}</translation>
        </message>
        <message>
            <source>  attachment files {kind}: {value} ({value2}…)</source>
            <translation>  پرونده‌های پیوست {kind}: {value} (⁦{value2}⁩…)</translation>
        </message>
        <message>
            <source>{verb} works on SQLite files; back a PostgreSQL server up with pg_dump.</source>
            <translation>{verb} روی پرونده‌های SQLite کار می‌کند؛ از کارساز PostgreSQL با ⁦pg_dump⁩ پشتیبان بگیرید.</translation>
        </message>
        <message>
            <source>{source} does not exist.</source>
            <translation>⁦{source}⁩ وجود ندارد.</translation>
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
            <source>the backup file is the database itself.</source>
            <translation>پروندهٔ پشتیبان خود پایگاه داده است.</translation>
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
        <name>cli.common</name>
        <message>
            <source>peyvand: warning: {warning}</source>
            <translation>peyvand: هشدار: {warning}</translation>
        </message>
    </context>
    <context>
        <name>cli.reports</name>
        <message>
            <source>{path}: {pages} pages</source>
            <translation>⁦{path}⁩: {pages} صفحه</translation>
        </message>
        <message>
            <source>give exactly one period: --from/--to, --quarter, --year or --month</source>
            <translation>دقیقاً یک دوره بدهید: ⁦--from/--to⁩، ⁦--quarter⁩، ⁦--year⁩ یا ⁦--month⁩</translation>
        </message>
        <message>
            <source>give both --from and --to</source>
            <translation>هر دو ⁦--from⁩ و ⁦--to⁩ را بدهید</translation>
        </message>
        <message>
            <source>an empty date</source>
            <translation>تاریخ خالی است</translation>
        </message>
        <message>
            <source>“{text}” is not a year; write it as 1404</source>
            <translation>«{text}» سال نیست؛ آن را به شکل ۱۴۰۴ بنویسید</translation>
        </message>
        <message>
            <source>“{text}” is not a {value}; write it as {example}</source>
            <translation>«{text}» یک {value} نیست؛ آن را به شکل {example} بنویسید</translation>
        </message>
        <message>
            <source>“{text}”: a month is 1 to 12</source>
            <translation>«{text}»: ماه از ۱ تا ۱۲ است</translation>
        </message>
        <message>
            <source>bad period: {exc}</source>
            <translation>دورهٔ نادرست: {exc}</translation>
        </message>
        <message>
            <source>bad date: {exc}</source>
            <translation>تاریخ نادرست: {exc}</translation>
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
    <context>
        <name>cli.sync</name>
        <message>
            <source>sync: name a TARGET or one of export, import, status, join, fork.</source>
            <translation>sync: یک مقصد (TARGET) یا یکی از export، import، status، join و fork را نام ببرید.</translation>
        </message>
        <message>
            <source>{file} does not exist.</source>
            <translation>⁦{file}⁩ وجود ندارد.</translation>
        </message>
    </context>
    <context>
        <name>cli.transfer</name>
        <message>
            <source>--delimiter must be one of , ; tab | (not {text!r}).</source>
            <translation>⁦--delimiter⁩ باید یکی از ⁦, ; tab |⁩ باشد (نه {text!r}).</translation>
        </message>
        <message>
            <source>--rejects must name a .csv file.</source>
            <translation>⁦--rejects⁩ باید نام یک پروندهٔ ⁦.csv⁩ باشد.</translation>
        </message>
        <message>
            <source>{file} does not exist or is not a file.</source>
            <translation>⁦{file}⁩ وجود ندارد یا پرونده نیست.</translation>
        </message>
        <message>
            <source>  … and {value} more (use --rejects OUT.csv)</source>
            <translation>  … و {value} مورد دیگر (⁦--rejects OUT.csv⁩ را به کار ببرید)</translation>
        </message>
        <message>
            <source>  {value} possible duplicate(s) imported as new partners; check them:</source>
            <translation>  {value} مورد شاید تکراری به عنوان طرف همکاری تازه وارد شد؛ آن‌ها را بررسی کنید:</translation>
        </message>
        <message>
            <source>batch {batch} undone: {removed} partner(s) removed, {restored} partner(s) restored</source>
            <translation>دستهٔ {batch} بازگردانده شد: {removed} طرف همکاری حذف شد، {restored} طرف همکاری بازگردانده شد</translation>
        </message>
        <message>
            <source>no imports yet</source>
            <translation>هنوز هیچ ورودی انجام نشده است</translation>
        </message>
        <message>
            <source>{id:&gt;5}  {imported_at:%Y-%m-%d %H:%M}  {actor}  {file_name}: added {value}, updated {value2}, skipped {value3}, rejected {value4}{state}</source>
            <translation>{id:&gt;5}  {imported_at:%Y-%m-%d %H:%M}  {actor}  {file_name}: افزوده {value}، به‌روزشده {value2}، ردشده {value3}، نپذیرفته {value4}{state}</translation>
        </message>
        <message>
            <source>cannot export to {name}: the file must end in .csv or .xlsx.</source>
            <translation>برون‌بُرد به {name} ممکن نیست: نام پرونده باید به ⁦.csv⁩ یا ⁦.xlsx⁩ پایان یابد.</translation>
        </message>
        <message>
            <source>{count} partner(s) written to {output}</source>
            <translation>{count} طرف همکاری در ⁦{output}⁩ نوشته شد</translation>
        </message>
    </context>
</TS>
