<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
    <context>
        <name>BatchesDialog</name>
        <message>
            <source>No.</source>
            <translation>شماره</translation>
        </message>
        <message>
            <source>File</source>
            <translation>پرونده</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>زمان ورود</translation>
        </message>
        <message>
            <source>By</source>
            <translation>کاربر</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>افزوده</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>به‌روزشده</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>ردشده</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>نپذیرفته</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>برگردانده‌شده</translation>
        </message>
        <message>
            <source>Import history</source>
            <translation>تاریخچه ورود فهرست‌ها</translation>
        </message>
        <message>
            <source>Undo this import…</source>
            <translation>برگرداندن این ورود…</translation>
        </message>
        <message>
            <source>No partner list has been imported yet.</source>
            <translation>هنوز هیچ فهرستی وارد نشده است.</translation>
        </message>
    </context>
    <context>
        <name>ColumnsPage</name>
        <message>
            <source>Match the columns</source>
            <translation>تطبیق ستون‌ها</translation>
        </message>
        <message>
            <source>Choose the partner field each column of the file fills. Columns kept in the notes are not lost.</source>
            <translation>برای هر ستون پرونده، فیلدی از طرف همکاری را که پر می‌کند برگزینید. ستون‌هایی که در یادداشت‌ها نگه داشته می‌شوند از دست نمی‌روند.</translation>
        </message>
        <message>
            <source>Saved mapping:</source>
            <translation>نگاشت ذخیره‌شده:</translation>
        </message>
        <message>
            <source>Save mapping…</source>
            <translation>ذخیره نگاشت…</translation>
        </message>
        <message>
            <source>Delete mapping</source>
            <translation>حذف نگاشت</translation>
        </message>
        <message>
            <source>Rows are checked in the next step; nothing is written yet.</source>
            <translation>ردیف‌ها در گام بعد بررسی می‌شوند؛ هنوز چیزی نوشته نشده است.</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>ستون</translation>
        </message>
        <message>
            <source>First value</source>
            <translation>نخستین مقدار</translation>
        </message>
        <message>
            <source>Imports as</source>
            <translation>وارد می‌شود به</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(هیچ)</translation>
        </message>
        <message>
            <source>No column is chosen for the organisation's name. Choose “%1” (or “%2”) for the column that holds the names; without it no row can be imported.</source>
            <translation>هیچ ستونی برای نام سازمان برگزیده نشده است. برای ستونی که نام‌ها را دارد «%1» (یا «%2») را برگزینید؛ بدون آن هیچ ردیفی وارد نمی‌شود.</translation>
        </message>
        <message>
            <source>Several columns fill “%1”; their values are joined.</source>
            <translation>چند ستون «%1» را پر می‌کنند؛ مقدارهایشان کنار هم گذاشته می‌شود.</translation>
        </message>
        <message>
            <source>Save mapping</source>
            <translation>ذخیره نگاشت</translation>
        </message>
        <message>
            <source>Name of this mapping:</source>
            <translation>نام این نگاشت:</translation>
        </message>
        <message>
            <source>Delete the saved mapping “%1”?</source>
            <translation>نگاشت ذخیره‌شده «%1» حذف شود؟</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>CSV for Excel (*.csv)</source>
            <translation>CSV برای اکسل (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>کارپوشه اکسل (*.xlsx)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>برون‌بری</translation>
        </message>
        <message>
            <source>The file could not be written.</source>
            <translation>پرونده نوشته نشد.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) exported to:</source>
            <translation>
                <numerusform>%n ردیف برون‌بری شد در:</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>در حال برون‌بری…</translation>
        </message>
        <message>
            <source>partners</source>
            <translation>طرف‌های-همکاری</translation>
        </message>
        <message>
            <source>Exporting partners…</source>
            <translation>در حال برون‌بری طرف‌های همکاری…</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the file</source>
            <translation>انتخاب پرونده</translation>
        </message>
        <message>
            <source>A partner list saved from Excel or any spreadsheet: CSV, text, XLSX, XLS or ODS. Nothing is written until you press Import at the end.</source>
            <translation>فهرستی از طرف‌های همکاری که از اکسل یا هر صفحه‌گسترده‌ای ذخیره شده است: CSV، متن، XLSX، XLS یا ODS. تا وقتی در پایان «ورود» را نزنید چیزی نوشته نمی‌شود.</translation>
        </message>
        <message>
            <source>Choose a file…</source>
            <translation>انتخاب پرونده…</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translation>پرونده‌ای انتخاب نشده</translation>
        </message>
        <message>
            <source>…or drop the file here</source>
            <translation>…یا پرونده را اینجا رها کنید</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>قالب:</translation>
        </message>
        <message>
            <source>Encoding:</source>
            <translation>کدگذاری:</translation>
        </message>
        <message>
            <source>Delimiter:</source>
            <translation>جداکننده:</translation>
        </message>
        <message>
            <source>Sheet:</source>
            <translation>برگه:</translation>
        </message>
        <message>
            <source>Header row:</source>
            <translation>ردیف سرستون‌ها:</translation>
        </message>
        <message>
            <source>Import partners</source>
            <translation>ورود طرف‌های همکاری</translation>
        </message>
        <message>
            <source>Partner lists (*.csv *.txt *.tsv *.xlsx *.xlsm *.xls *.ods);;All files (*)</source>
            <translation>فهرست‌های طرف همکاری (*.csv *.txt *.tsv *.xlsx *.xlsm *.xls *.ods);;همه پرونده‌ها (*)</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>در حال خواندن پرونده…</translation>
        </message>
        <message>
            <source>Reading the file was cancelled.</source>
            <translation>خواندن پرونده لغو شد.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) of data under the header on row %1.</source>
            <translation>
                <numerusform>%n ردیف داده زیر سرستون‌های ردیف %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportErrors</name>
        <message>
            <source>The file is empty.</source>
            <translation>پرونده خالی است.</translation>
        </message>
        <message>
            <source>The file has no table in it (the first rows are blank).</source>
            <translation>در این پرونده جدولی نیست (ردیف‌های نخست خالی‌اند).</translation>
        </message>
        <message>
            <source>The file has no columns.</source>
            <translation>این پرونده ستونی ندارد.</translation>
        </message>
        <message>
            <source>The file is not a text table (it contains binary data).</source>
            <translation>این پرونده جدول متنی نیست (داده دودویی دارد).</translation>
        </message>
        <message>
            <source>The file is too large to import (more than 150 MB).</source>
            <translation>پرونده برای ورود بیش از اندازه بزرگ است (بیش از ۱۵۰ مگابایت).</translation>
        </message>
        <message>
            <source>The workbook has too many parts to be a real spreadsheet.</source>
            <translation>این کارپوشه بیش از آن بخش دارد که صفحه‌گسترده واقعی باشد.</translation>
        </message>
        <message>
            <source>The workbook is password-protected; save it without a password.</source>
            <translation>کارپوشه گذرواژه دارد؛ آن را بدون گذرواژه ذخیره کنید.</translation>
        </message>
        <message>
            <source>The workbook is suspiciously compressed (a zip bomb?); not opened.</source>
            <translation>فشرده‌سازی کارپوشه مشکوک است (بمب زیپ؟)؛ باز نشد.</translation>
        </message>
        <message>
            <source>The file is a zip archive, not a spreadsheet.</source>
            <translation>این پرونده بایگانی زیپ است، نه صفحه‌گسترده.</translation>
        </message>
        <message>
            <source>The workbook contains XML entity declarations; not opened.</source>
            <translation>کارپوشه تعریف موجودیت XML دارد؛ باز نشد.</translation>
        </message>
        <message>
            <source>The workbook is damaged or incomplete and cannot be read.</source>
            <translation>کارپوشه آسیب‌دیده یا ناقص است و خوانده نمی‌شود.</translation>
        </message>
        <message>
            <source>The workbook's content list is damaged or unsafe; not opened.</source>
            <translation>فهرست محتوای کارپوشه آسیب‌دیده یا ناامن است؛ باز نشد.</translation>
        </message>
        <message>
            <source>The file is an Office document but not a spreadsheet.</source>
            <translation>این پرونده سند آفیس است اما صفحه‌گسترده نیست.</translation>
        </message>
        <message>
            <source>The workbook has no sheets.</source>
            <translation>کارپوشه هیچ برگه‌ای ندارد.</translation>
        </message>
        <message>
            <source>The file is not a workbook.</source>
            <translation>این پرونده کارپوشه نیست.</translation>
        </message>
        <message>
            <source>No column is mapped to the organisation's name.</source>
            <translation>هیچ ستونی به نام سازمان نگاشته نشده است.</translation>
        </message>
    </context>
    <context>
        <name>ImportLabels</name>
        <message>
            <source>Name</source>
            <extracomment>The mapping choice that leaves a column out of the mapping (its values go to the notes).</extracomment>
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
            <source>Sector</source>
            <translation>حوزه فعالیت</translation>
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
            <source>Address</source>
            <translation>نشانی</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>وب‌سایت</translation>
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
            <source>Notes</source>
            <translation>یادداشت‌ها</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>برچسب‌ها</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>شخص رابط</translation>
        </message>
        <message>
            <source>Contact's position</source>
            <translation>سمت رابط</translation>
        </message>
        <message>
            <source>Contact's e-mail</source>
            <translation>ایمیل رابط</translation>
        </message>
        <message>
            <source>Contact's phone</source>
            <translation>تلفن رابط</translation>
        </message>
        <message>
            <source>Ignore this column</source>
            <translation>نادیده گرفتن ستون</translation>
        </message>
        <message>
            <source>Keep in the notes</source>
            <translation>نگه‌داشتن در یادداشت‌ها</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>رد کردن</translation>
        </message>
        <message>
            <source>Fill empty fields</source>
            <translation>پر کردن فیلدهای خالی</translation>
        </message>
        <message>
            <source>Overwrite</source>
            <translation>جایگزینی</translation>
        </message>
        <message>
            <source>Create anyway</source>
            <translation>ایجاد در هر حال</translation>
        </message>
        <message>
            <source>Create new</source>
            <translation>ایجاد مورد تازه</translation>
        </message>
        <message>
            <source>Same name and country</source>
            <translation>نام و کشور یکسان</translation>
        </message>
        <message>
            <source>Same Latin name and country</source>
            <translation>نام لاتین و کشور یکسان</translation>
        </message>
        <message>
            <source>Same web domain</source>
            <translation>دامنه وب یکسان</translation>
        </message>
        <message>
            <source>Similar name</source>
            <translation>نام مشابه</translation>
        </message>
        <message>
            <source>Same name, other country</source>
            <translation>نام یکسان، کشور دیگر</translation>
        </message>
        <message>
            <source>Text (CSV)</source>
            <translation>متنی (CSV)</translation>
        </message>
        <message>
            <source>Excel workbook (XLSX)</source>
            <translation>کارپوشه اکسل (XLSX)</translation>
        </message>
        <message>
            <source>Excel binary workbook (XLSB)</source>
            <translation>کارپوشه دودویی اکسل (XLSB)</translation>
        </message>
        <message>
            <source>Excel 97–2003 workbook (XLS)</source>
            <translation>کارپوشه اکسل ۹۷–۲۰۰۳ (XLS)</translation>
        </message>
        <message>
            <source>OpenDocument spreadsheet (ODS)</source>
            <translation>صفحه‌گسترده OpenDocument (ODS)</translation>
        </message>
        <message>
            <source>Comma ( , )</source>
            <translation>ویرگول ( , )</translation>
        </message>
        <message>
            <source>Semicolon ( ; )</source>
            <translation>نقطه‌ویرگول ( ; )</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>تب</translation>
        </message>
        <message>
            <source>Pipe ( | )</source>
            <translation>خط عمودی ( | )</translation>
        </message>
        <message>
            <source>The row has no organisation name.</source>
            <translation>این ردیف نام سازمان ندارد.</translation>
        </message>
        <message>
            <source>“%1” is not a country the register knows.</source>
            <translation>«%1» کشوری نیست که سامانه بشناسد.</translation>
        </message>
        <message>
            <source>“%1” is not a valid e-mail address.</source>
            <translation>«%1» نشانی ایمیل معتبری نیست.</translation>
        </message>
        <message>
            <source>“%1” is not a valid web address.</source>
            <translation>«%1» نشانی وب معتبری نیست.</translation>
        </message>
    </context>
    <context>
        <name>ImportUndo</name>
        <message numerus="yes">
            <source>Removed %n partner(s).</source>
            <translation>
                <numerusform>%n طرف همکاری حذف شد.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restored the old values of %n partner(s).</source>
            <translation>
                <numerusform>مقدارهای پیشین %n طرف همکاری بازگردانده شد.</numerusform>
            </translation>
        </message>
        <message>
            <source>Kept because they were changed after the import:</source>
            <translation>این‌ها نگه داشته شدند، چون پس از ورود تغییر کرده بودند:</translation>
        </message>
        <message>
            <source>Undo import</source>
            <translation>برگرداندن ورود</translation>
        </message>
        <message>
            <source>Reading what the undo would change…</source>
            <translation>در حال بررسی آنچه برگرداندن تغییر می‌دهد…</translation>
        </message>
        <message>
            <source>Undoing the import…</source>
            <translation>در حال برگرداندن ورود…</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import partners</source>
            <translation>ورود طرف‌های همکاری</translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <source>Imported</source>
            <translation>ورود انجام شد</translation>
        </message>
        <message>
            <source>The partner list shows the new and updated partners. Every import can be undone later from Import history.</source>
            <translation>فهرست طرف‌های همکاری اکنون موارد تازه و به‌روزشده را نشان می‌دهد. هر ورود را بعداً هم می‌توان از «تاریخچه ورود فهرست‌ها» برگرداند.</translation>
        </message>
        <message>
            <source>Undo this import</source>
            <translation>برگرداندن این ورود</translation>
        </message>
        <message>
            <source>Import no. %1 is done.
Added: %2 · Updated: %3 · Skipped: %4 · Rejected: %5</source>
            <translation>ورود شماره %1 انجام شد.
افزوده: %2، به‌روزشده: %3، ردشده: %4، نپذیرفته: %5</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Row</source>
            <translation>ردیف</translation>
        </message>
        <message>
            <source>In the file</source>
            <translation>در پرونده</translation>
        </message>
        <message>
            <source>Same as</source>
            <translation>همان</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>دلیل</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>اقدام</translation>
        </message>
        <message>
            <source>Looks like</source>
            <translation>شبیه</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>امتیاز</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>تصمیم</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>ستون</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>دلیل</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>فیلد</translation>
        </message>
        <message>
            <source>In the register</source>
            <translation>در سامانه</translation>
        </message>
        <message>
            <source>Review before importing</source>
            <translation>بازبینی پیش از ورود</translation>
        </message>
        <message>
            <source>This is a dry run: nothing has been written yet. Choose what to do with duplicates, then press Import.</source>
            <translation>این یک اجرای آزمایشی است: هنوز چیزی نوشته نشده است. برای موارد تکراری تصمیم بگیرید، سپس «ورود» را بزنید.</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>ورود</translation>
        </message>
        <message>
            <source>For every duplicate:</source>
            <translation>برای همه موارد تکراری:</translation>
        </message>
        <message>
            <source>Save rejected rows as CSV…</source>
            <translation>ذخیره ردیف‌های نپذیرفته در CSV…</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>بررسی دوباره</translation>
        </message>
        <message>
            <source>These rows look like partners already in the register but are not certainly the same. Each is created as a new partner unless you choose otherwise.</source>
            <translation>این ردیف‌ها به طرف‌های همکاری موجود شبیه‌اند اما قطعاً همان نیستند. هر کدام طرف همکاری تازه‌ای می‌شود، مگر آنکه چیز دیگری برگزینید.</translation>
        </message>
        <message>
            <source>Checking the rows against the register…</source>
            <translation>در حال سنجیدن ردیف‌ها با سامانه…</translation>
        </message>
        <message>
            <source>The check was cancelled. Press “Check again” to run it.</source>
            <translation>بررسی لغو شد. برای اجرای دوباره «بررسی دوباره» را بزنید.</translation>
        </message>
        <message>
            <source>To add: %1 · To update: %2 · To skip: %3 · Rejected: %4 · Possible duplicates: %5</source>
            <translation>افزودن: %1، به‌روزرسانی: %2، رد کردن: %3، نپذیرفته: %4، احتمالاً تکراری: %5</translation>
        </message>
        <message>
            <source>Duplicates (%1)</source>
            <translation>تکراری (%1)</translation>
        </message>
        <message>
            <source>Possible duplicates (%1)</source>
            <translation>احتمالاً تکراری (%1)</translation>
        </message>
        <message>
            <source>Rejected (%1)</source>
            <translation>نپذیرفته (%1)</translation>
        </message>
        <message>
            <source>New (%1)</source>
            <translation>تازه (%1)</translation>
        </message>
        <message>
            <source>%1 (already matched by row %2)</source>
            <translation>%1 (پیش‌تر با ردیف %2 جفت شده)</translation>
        </message>
        <message>
            <source>Row %1 of the file: %2</source>
            <translation>ردیف %1 پرونده: %2</translation>
        </message>
        <message>
            <source>Save rejected rows</source>
            <translation>ذخیره ردیف‌های نپذیرفته</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>پرونده‌های CSV (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%n rejected row(s) saved. Fix them and import that file again.</source>
            <translation>
                <numerusform>%n ردیف نپذیرفته ذخیره شد. آن‌ها را درست کنید و آن پرونده را دوباره وارد کنید.</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing partners…</source>
            <translation>در حال ورود طرف‌های همکاری…</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was written.</source>
            <translation>ورود لغو شد؛ چیزی نوشته نشد.</translation>
        </message>
    </context>
</TS>
