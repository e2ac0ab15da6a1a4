<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pdf_preview.py" line="114" />
        <location filename="../../desktop_app/ui/pdf_preview.py" line="184" />
        <source>of %n</source>
        <translation><numerusform>از %Ln</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="146" />
        <source>Print report</source>
        <translation>چاپ گزارش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="155" />
        <location filename="../../desktop_app/ui/pdf_preview.py" line="165" />
        <source>Save report as</source>
        <translation>ذخیره گزارش با نام</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="156" />
        <source>PDF files (*.pdf)</source>
        <translation>پرونده‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="166" />
        <source>The report could not be saved: %1</source>
        <translation>گزارش ذخیره نشد: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="173" />
        <source>Report preview — %1</source>
        <translation>پیش‌نمایش گزارش — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="174" />
        <source>Previous</source>
        <translation>قبلی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="175" />
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="176" />
        <source>Page</source>
        <translation>صفحه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="177" />
        <source>Zoom out</source>
        <translation>کوچک‌نمایی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="178" />
        <source>Zoom in</source>
        <translation>بزرگ‌نمایی</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="179" />
        <source>Fit width</source>
        <translation>هم‌عرض صفحه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="180" />
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="181" />
        <source>Save as…</source>
        <translation>ذخیره با نام…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="182" />
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="265" />
        <location filename="../../desktop_app/ui/sections/reports.py" line="438" />
        <location filename="../../desktop_app/ui/sections/reports.py" line="464" />
        <location filename="../../desktop_app/ui/sections/reports.py" line="492" />
        <location filename="../../desktop_app/ui/sections/reports.py" line="499" />
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="271" />
        <source>MoU summary</source>
        <translation>خلاصه تفاهم‌نامه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="271" />
        <source>Country hub dossier</source>
        <translation>پرونده هاب کشوری</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="272" />
        <source>Activity report</source>
        <translation>گزارش فعالیت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="272" />
        <source>Partner directory</source>
        <translation>فهرست طرف‌های همکاری</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="273" />
        <source>Expiring MoUs and overdue actions</source>
        <translation>تفاهم‌نامه‌های رو به پایان و اقدامات معوق</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="276" />
        <source>Report</source>
        <translation>گزارش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="277" />
        <source>MoU:</source>
        <translation>تفاهم‌نامه:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="278" />
        <source>Hub:</source>
        <translation>هاب:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="279" />
        <source>Period:</source>
        <translation>دوره:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="280" />
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="280" />
        <source>Quarter (season)</source>
        <translation>فصل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="281" />
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="281" />
        <source>From – to</source>
        <translation>از تاریخ تا تاریخ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="283" />
        <source>Year:</source>
        <translation>سال:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="284" />
        <source>Month:</source>
        <translation>ماه:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="285" />
        <source>Season:</source>
        <translation>فصل:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="286" />
        <source>From:</source>
        <translation>از:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="287" />
        <source>To:</source>
        <translation>تا:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="288" />
        <source>Only partners matching:</source>
        <translation>فقط طرف‌های همکاری مطابق با:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="289" />
        <source>all partners</source>
        <translation>همه طرف‌های همکاری</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="291" />
        <source>MoUs in force whose validity ends within %1 days, and the open actions past their due date, as of today.</source>
        <translation>تفاهم‌نامه‌های معتبری که اعتبارشان تا %1 روز دیگر به پایان می‌رسد و اقدامات بازی که مهلتشان گذشته است، تا امروز.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="293" />
        <source>Language of the report:</source>
        <translation>زبان گزارش:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="294" />
        <source>Preview…</source>
        <translation>پیش‌نمایش…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="295" />
        <source>All MoU summaries of a filter</source>
        <translation>خلاصه همه تفاهم‌نامه‌های یک پالایه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="296" />
        <source>Status:</source>
        <translation>وضعیت:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="297" />
        <source>Country of a party:</source>
        <translation>کشور یکی از طرفین:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="299" />
        <source>Only those expiring within %1 days</source>
        <translation>فقط آنهایی که تا %1 روز دیگر به پایان می‌رسند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="301" />
        <source>Folder:</source>
        <translation>پوشه:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="302" />
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="303" />
        <source>Write summaries</source>
        <translation>نوشتن خلاصه‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="304" />
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="339" />
        <location filename="../../desktop_app/ui/sections/reports.py" line="361" />
        <source>Any</source>
        <translation>همه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="401" />
        <source>Give both the first and the last day of the period.</source>
        <translation>روز نخست و روز پایانی دوره را هر دو وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="415" />
        <source>There is no MoU to summarise yet.</source>
        <translation>هنوز تفاهم‌نامه‌ای ثبت نشده است.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="420" />
        <source>There is no country hub yet.</source>
        <translation>هنوز هاب کشوری ثبت نشده است.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="441" />
        <source>Preparing the report…</source>
        <translation>در حال تهیه گزارش…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="483" />
        <source>Folder for the summaries</source>
        <translation>پوشه خلاصه‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="493" />
        <source>Choose an existing folder for the summaries.</source>
        <translation>پوشه‌ای موجود برای خلاصه‌ها انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="502" />
        <source>No MoU matches this filter.</source>
        <translation>هیچ تفاهم‌نامه‌ای با این پالایه جور نیست.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sections/reports.py" line="508" />
        <source>Writing %n summaries…</source>
        <translation><numerusform>در حال نوشتن %Ln خلاصه…</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/reports.py" line="522" />
        <source>Stopping…</source>
        <translation>در حال توقف…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sections/reports.py" line="538" />
        <source>Cancelled: %n summaries written.</source>
        <translation><numerusform>لغو شد: %Ln خلاصه نوشته شد.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sections/reports.py" line="540" />
        <source>%n summaries written.</source>
        <translation><numerusform>%Ln خلاصه نوشته شد.</numerusform></translation>
    </message>
</context>
</TS>