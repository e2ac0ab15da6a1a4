<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
    <context>
        <name>PdfPreviewDialog</name>
        <message numerus="yes">
            <source>of %n</source>
            <translation>
                <numerusform>از %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>Print report</source>
            <translation>چاپ گزارش</translation>
        </message>
        <message>
            <source>Save report as</source>
            <translation>ذخیره گزارش با نام</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>پرونده‌های PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The report could not be saved: %1</source>
            <translation>گزارش ذخیره نشد: %1</translation>
        </message>
        <message>
            <source>Report preview — %1</source>
            <translation>پیش‌نمایش گزارش — %1</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>قبلی</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>بعدی</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>صفحه</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>کوچک‌نمایی</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>بزرگ‌نمایی</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>هم‌عرض صفحه</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>چاپ…</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>ذخیره با نام…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>بستن</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Page {page} of {total}</source>
            <translation>صفحه {page} از {total}</translation>
        </message>
        <message>
            <source>Printed on {date}</source>
            <translation>تاریخ چاپ: {date}</translation>
        </message>
        <message>
            <source>Prepared by {author}</source>
            <translation>تهیه‌کننده: {author}</translation>
        </message>
        <message>
            <source>Memorandum of Understanding — Summary</source>
            <translation>خلاصه تفاهم‌نامه</translation>
        </message>
        <message>
            <source>MoU No. {number}</source>
            <translation>تفاهم‌نامه شماره {number}</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>شماره</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>عنوان</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>تاریخ</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>ساعت</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>تاریخ و ساعت</translation>
        </message>
        <message>
            <source>Place / occasion</source>
            <translation>محل / مناسبت</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>وضعیت</translation>
        </message>
        <message>
            <source>Validity</source>
            <translation>اعتبار</translation>
        </message>
        <message>
            <source>from {start} until {end}</source>
            <translation>از {start} تا {end}</translation>
        </message>
        <message>
            <source>expires in {n} days</source>
            <translation>{n} روز تا پایان اعتبار</translation>
        </message>
        <message>
            <source>expires today</source>
            <translation>اعتبار امروز به پایان می‌رسد</translation>
        </message>
        <message>
            <source>expired {n} days ago</source>
            <translation>{n} روز از پایان اعتبار گذشته است</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>طرفین</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>طرف همکاری</translation>
        </message>
        <message>
            <source>Latin name</source>
            <translation>نام لاتین</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>نقش</translation>
        </message>
        <message>
            <source>Signatory</source>
            <translation>امضاکننده</translation>
        </message>
        <message>
            <source>Cooperation axes</source>
            <translation>محورهای همکاری</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>اهداف</translation>
        </message>
        <message>
            <source>Working groups and committees</source>
            <translation>کارگروه‌ها و کمیته‌ها</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>اعضا</translation>
        </message>
        <message>
            <source>Secretariat</source>
            <translation>دبیرخانه</translation>
        </message>
        <message>
            <source>Recent meetings</source>
            <translation>جلسات اخیر</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>جلسه</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>مصوبات</translation>
        </message>
        <message>
            <source>Open actions</source>
            <translation>اقدامات باز</translation>
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
            <source>Progress</source>
            <translation>پیشرفت</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>پیوست‌ها</translation>
        </message>
        <message>
            <source>File name</source>
            <translation>نام فایل</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>حجم</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Country Hub Dossier</source>
            <translation>پرونده هاب تعاملات فناورانه</translation>
        </message>
        <message>
            <source>{country} hub</source>
            <translation>هاب {country}</translation>
        </message>
        <message>
            <source>Host park</source>
            <translation>پارک میزبان</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>کشور</translation>
        </message>
        <message>
            <source>Designated by</source>
            <translation>تعیین‌شده از سوی</translation>
        </message>
        <message>
            <source>Launch date</source>
            <translation>تاریخ راه‌اندازی</translation>
        </message>
        <message>
            <source>Missions</source>
            <translation>مأموریت‌ها</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>مأموریت</translation>
        </message>
        <message>
            <source>Partners in this country</source>
            <translation>طرف‌های همکاری در این کشور</translation>
        </message>
        <message>
            <source>MoUs with this country</source>
            <translation>تفاهم‌نامه‌ها با این کشور</translation>
        </message>
        <message>
            <source>Recent events</source>
            <translation>رویدادهای اخیر</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>رویداد</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>نوع</translation>
        </message>
        <message>
            <source>Letters</source>
            <translation>مکاتبات</translation>
        </message>
        <message>
            <source>Letter No.</source>
            <translation>شماره نامه</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>موضوع</translation>
        </message>
        <message>
            <source>City</source>
            <translation>شهر</translation>
        </message>
        <message>
            <source>Activity Report</source>
            <translation>گزارش فعالیت</translation>
        </message>
        <message>
            <source>Period: {period}</source>
            <translation>دوره: {period}</translation>
        </message>
        <message>
            <source>new partners</source>
            <translation>طرف همکاری جدید</translation>
        </message>
        <message>
            <source>new MoUs</source>
            <translation>تفاهم‌نامه جدید</translation>
        </message>
        <message>
            <source>meetings held</source>
            <translation>جلسه برگزارشده</translation>
        </message>
        <message>
            <source>actions done</source>
            <translation>اقدام انجام‌شده</translation>
        </message>
        <message>
            <source>actions overdue</source>
            <translation>اقدام معوق</translation>
        </message>
        <message>
            <source>events</source>
            <translation>رویداد</translation>
        </message>
        <message>
            <source>MoUs by country</source>
            <translation>تفاهم‌نامه‌ها بر حسب کشور</translation>
        </message>
        <message>
            <source>MoUs by status</source>
            <translation>تفاهم‌نامه‌ها بر حسب وضعیت</translation>
        </message>
        <message>
            <source>Actions done and overdue per month</source>
            <translation>اقدامات انجام‌شده و معوق در هر ماه</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>انجام‌شده</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>معوق</translation>
        </message>
        <message>
            <source>New partners</source>
            <translation>طرف‌های همکاری جدید</translation>
        </message>
        <message>
            <source>Meetings held</source>
            <translation>جلسات برگزارشده</translation>
        </message>
        <message>
            <source>Working group / committee</source>
            <translation>کارگروه / کمیته</translation>
        </message>
        <message>
            <source>Expiring MoUs</source>
            <translation>تفاهم‌نامه‌های رو به پایان</translation>
        </message>
        <message>
            <source>Expires on</source>
            <translation>پایان اعتبار</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>روز مانده</translation>
        </message>
        <message>
            <source>Partner Directory</source>
            <translation>فهرست طرف‌های همکاری</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>وبگاه</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>رایانامه</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>تلفن</translation>
        </message>
        <message>
            <source>{n} partners</source>
            <translation>{n} طرف همکاری</translation>
        </message>
        <message>
            <source>{n} partner</source>
            <translation>{n} طرف همکاری</translation>
        </message>
        <message>
            <source>Total: {n} partners in {c} countries</source>
            <translation>جمع: {n} طرف همکاری در {c} کشور</translation>
        </message>
        <message>
            <source>Total: {n} partners in {c} country</source>
            <translation>جمع: {n} طرف همکاری در {c} کشور</translation>
        </message>
        <message>
            <source>Expiring MoUs and Overdue Actions</source>
            <translation>تفاهم‌نامه‌های رو به پایان و اقدامات معوق</translation>
        </message>
        <message>
            <source>as of {date}</source>
            <translation>تا تاریخ {date}</translation>
        </message>
        <message>
            <source>Overdue actions</source>
            <translation>اقدامات معوق</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>روز تأخیر</translation>
        </message>
        <message>
            <source>Related to</source>
            <translation>مربوط به</translation>
        </message>
        <message>
            <source>Correspondent</source>
            <translation>طرف مکاتبه</translation>
        </message>
        <message>
            <source>To: {name}</source>
            <translation>به: {name}</translation>
        </message>
        <message>
            <source>From: {name}</source>
            <translation>از: {name}</translation>
        </message>
        <message>
            <source>From {sender} to {recipient}</source>
            <translation>از {sender} به {recipient}</translation>
        </message>
        <message>
            <source>Nothing to report.</source>
            <translation>موردی نیست.</translation>
        </message>
    </context>
    <context>
        <name>Reports.meeting</name>
        <message>
            <source>No.</source>
            <translation>نوبت</translation>
        </message>
    </context>
    <context>
        <name>ReportsSection</name>
        <message>
            <source>Reports</source>
            <translation>گزارش‌ها</translation>
        </message>
        <message>
            <source>MoU summary</source>
            <translation>خلاصه تفاهم‌نامه</translation>
        </message>
        <message>
            <source>Country hub dossier</source>
            <translation>پرونده هاب کشوری</translation>
        </message>
        <message>
            <source>Activity report</source>
            <translation>گزارش فعالیت</translation>
        </message>
        <message>
            <source>Partner directory</source>
            <translation>فهرست طرف‌های همکاری</translation>
        </message>
        <message>
            <source>Expiring MoUs and overdue actions</source>
            <translation>تفاهم‌نامه‌های رو به پایان و اقدامات معوق</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>گزارش</translation>
        </message>
        <message>
            <source>MoU:</source>
            <translation>تفاهم‌نامه:</translation>
        </message>
        <message>
            <source>Hub:</source>
            <translation>هاب:</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>دوره:</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>ماه</translation>
        </message>
        <message>
            <source>Quarter (season)</source>
            <translation>فصل</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>سال</translation>
        </message>
        <message>
            <source>From – to</source>
            <translation>از تاریخ تا تاریخ</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>سال:</translation>
        </message>
        <message>
            <source>Month:</source>
            <translation>ماه:</translation>
        </message>
        <message>
            <source>Season:</source>
            <translation>فصل:</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>از:</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>تا:</translation>
        </message>
        <message>
            <source>Only partners matching:</source>
            <translation>فقط طرف‌های همکاری مطابق با:</translation>
        </message>
        <message>
            <source>all partners</source>
            <translation>همه طرف‌های همکاری</translation>
        </message>
        <message>
            <source>MoUs in force whose validity ends within %1 days, and the open actions past their due date, as of today.</source>
            <translation>تفاهم‌نامه‌های معتبری که اعتبارشان تا %1 روز دیگر به پایان می‌رسد و اقدامات بازی که مهلتشان گذشته است، تا امروز.</translation>
        </message>
        <message>
            <source>Language of the report:</source>
            <translation>زبان گزارش:</translation>
        </message>
        <message>
            <source>Preview…</source>
            <translation>پیش‌نمایش…</translation>
        </message>
        <message>
            <source>All MoU summaries of a filter</source>
            <translation>خلاصه همه تفاهم‌نامه‌های یک پالایه</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>وضعیت:</translation>
        </message>
        <message>
            <source>Country of a party:</source>
            <translation>کشور یکی از طرفین:</translation>
        </message>
        <message>
            <source>Only those expiring within %1 days</source>
            <translation>فقط آنهایی که تا %1 روز دیگر به پایان می‌رسند</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>پوشه:</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>انتخاب…</translation>
        </message>
        <message>
            <source>Write summaries</source>
            <translation>نوشتن خلاصه‌ها</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>انصراف</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>همه</translation>
        </message>
        <message>
            <source>Give both the first and the last day of the period.</source>
            <translation>روز نخست و روز پایانی دوره را هر دو وارد کنید.</translation>
        </message>
        <message>
            <source>There is no MoU to summarise yet.</source>
            <translation>هنوز تفاهم‌نامه‌ای ثبت نشده است.</translation>
        </message>
        <message>
            <source>There is no country hub yet.</source>
            <translation>هنوز هاب کشوری ثبت نشده است.</translation>
        </message>
        <message>
            <source>Preparing the report…</source>
            <translation>در حال تهیه گزارش…</translation>
        </message>
        <message>
            <source>Folder for the summaries</source>
            <translation>پوشه خلاصه‌ها</translation>
        </message>
        <message>
            <source>Choose an existing folder for the summaries.</source>
            <translation>پوشه‌ای موجود برای خلاصه‌ها انتخاب کنید.</translation>
        </message>
        <message>
            <source>No MoU matches this filter.</source>
            <translation>هیچ تفاهم‌نامه‌ای با این پالایه جور نیست.</translation>
        </message>
        <message numerus="yes">
            <source>Writing %n summaries…</source>
            <translation>
                <numerusform>در حال نوشتن %Ln خلاصه…</numerusform>
            </translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>در حال توقف…</translation>
        </message>
        <message numerus="yes">
            <source>Cancelled: %n summaries written.</source>
            <translation>
                <numerusform>لغو شد: %Ln خلاصه نوشته شد.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n summaries written.</source>
            <translation>
                <numerusform>%Ln خلاصه نوشته شد.</numerusform>
            </translation>
        </message>
    </context>
</TS>
