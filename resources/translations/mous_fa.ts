<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
    <context>
        <name>AttachmentsPanel</name>
        <message>
            <source>Attach files</source>
            <translation>پیوست پرونده‌ها</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>ذخیره رونوشت</translation>
        </message>
        <message>
            <source>Remove attachments</source>
            <translation>برداشتن پیوست‌ها</translation>
        </message>
        <message>
            <source>Remove these files from the record?</source>
            <translation>این پرونده‌ها از رکورد برداشته شوند؟</translation>
        </message>
        <message>
            <source>File</source>
            <translation>پرونده</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>اندازه</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>شرح</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>افزوده‌شده در</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>افزودن پرونده…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>باز کردن</translation>
        </message>
        <message>
            <source>Save a copy…</source>
            <translation>ذخیره رونوشت…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>برداشتن</translation>
        </message>
        <message>
            <source>Drop files here to attach them. A copy is kept in the register's attachments folder.</source>
            <translation>پرونده‌ها را اینجا رها کنید تا پیوست شوند. رونوشتی از آن‌ها در پوشه پیوست‌های دفتر نگه داشته می‌شود.</translation>
        </message>
    </context>
    <context>
        <name>AxesTab</name>
        <message>
            <source>Add axis</source>
            <translation>افزودن محور</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>بالا</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>پایین</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>برداشتن</translation>
        </message>
    </context>
    <context>
        <name>BodiesTab</name>
        <message>
            <source>Add working group</source>
            <translation>افزودن کارگروه</translation>
        </message>
        <message>
            <source>Add committee under it</source>
            <translation>افزودن کمیته زیر آن</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>ویرایش</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Save the MoU first to add its working groups.</source>
            <translation>برای افزودن کارگروه‌ها نخست تفاهم‌نامه را ذخیره کنید.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>نوع</translation>
        </message>
        <message>
            <source>Secretariat</source>
            <translation>دبیرخانه</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>اعضا</translation>
        </message>
    </context>
    <context>
        <name>BodyDialog</name>
        <message>
            <source>(none: a top-level body)</source>
            <translation>(هیچ: نهاد سطح بالا)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(هیچ)</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>سازمان</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>شخص</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>نقش</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>افزودن شخص</translation>
        </message>
        <message>
            <source>Remove member</source>
            <translation>برداشتن عضو</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>نوع</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>شرح</translation>
        </message>
        <message>
            <source>Under</source>
            <translation>زیرمجموعه</translation>
        </message>
        <message>
            <source>Secretariat</source>
            <translation>دبیرخانه</translation>
        </message>
        <message>
            <source>Formed on</source>
            <translation>تاریخ تشکیل</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>اعضا</translation>
        </message>
        <message>
            <source>Working group or committee</source>
            <translation>کارگروه یا کمیته</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>History</source>
            <extracomment>Columns whose values keep the digits they were typed with (what a phone, an e-mail or a web address is); every other value is written in the window's digits, codes with Latin letters kept whole (:func:`desktop_app.ui.numbers.digits_for`).</extracomment>
            <translation>تاریخچه</translation>
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
            <translation>چه</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>تغییر</translation>
        </message>
        <message>
            <source>Restore this value</source>
            <translation>بازگرداندن این مقدار</translation>
        </message>
        <message>
            <source>Set the selected field back to its value before this change</source>
            <translation>بازگرداندن فیلد انتخاب‌شده به مقدارش پیش از این تغییر</translation>
        </message>
        <message>
            <source>Bring back</source>
            <translation>بازآوردن</translation>
        </message>
        <message>
            <source>Undelete the selected record</source>
            <translation>بازآوردن رکورد حذف‌شده</translation>
        </message>
    </context>
    <context>
        <name>MoUEditor</name>
        <message>
            <source>(no hub)</source>
            <translation>(بدون هاب)</translation>
        </message>
        <message>
            <source>(does not renew another MoU)</source>
            <translation>(تمدید تفاهم‌نامه دیگری نیست)</translation>
        </message>
        <message>
            <source>Not allowed from the MoU's current status</source>
            <translation>از وضعیت کنونی تفاهم‌نامه مجاز نیست</translation>
        </message>
        <message>
            <source>Not a time: type it as 14:30.</source>
            <translation>ساعت درست نیست؛ مانند ۱۴:۳۰ بنویسید.</translation>
        </message>
        <message>
            <source>The MoU was not saved; see the marked fields.</source>
            <translation>تفاهم‌نامه ذخیره نشد؛ بخش‌های نشان‌دار را ببینید.</translation>
        </message>
        <message>
            <source>New MoU</source>
            <translation>تفاهم‌نامه تازه</translation>
        </message>
        <message>
            <source>MoU No. %1</source>
            <translation>تفاهم‌نامه شماره %1</translation>
        </message>
        <message>
            <source>MoU</source>
            <translation>تفاهم‌نامه</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>جزئیات</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>طرفین</translation>
        </message>
        <message>
            <source>Cooperation axes</source>
            <translation>محورهای همکاری</translation>
        </message>
        <message>
            <source>Working groups</source>
            <translation>کارگروه‌ها</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>جلسات</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>اقدامات</translation>
        </message>
        <message>
            <source>Letters</source>
            <translation>مکاتبات</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>پیوست‌ها</translation>
        </message>
        <message>
            <source>History</source>
            <translation>تاریخچه</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>شماره</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>عنوان</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>وضعیت</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>تاریخ امضا</translation>
        </message>
        <message>
            <source>Place or occasion</source>
            <translation>محل یا مناسبت</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>اعتبار از</translation>
        </message>
        <message>
            <source>Renewal terms</source>
            <translation>شرایط تمدید</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>موضوع</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>اهداف</translation>
        </message>
        <message>
            <source>Country hub</source>
            <translation>هاب کشوری</translation>
        </message>
        <message>
            <source>Renews</source>
            <translation>تمدیدِ</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>یادداشت</translation>
        </message>
        <message>
            <source>at</source>
            <translation>ساعت</translation>
        </message>
        <message>
            <source>until</source>
            <translation>تا</translation>
        </message>
        <message>
            <source>hh:mm</source>
            <translation>ساعت:دقیقه</translation>
        </message>
        <message>
            <source>e.g. 54</source>
            <translation>مثلاً ۵۴</translation>
        </message>
        <message>
            <source>Save the MoU (Ctrl+S)</source>
            <translation>ذخیره تفاهم‌نامه (Ctrl+S)</translation>
        </message>
        <message>
            <source>Print summary</source>
            <translation>چاپ خلاصه</translation>
        </message>
        <message>
            <source>The MoU's one-page summary as a PDF</source>
            <translation>خلاصه یک‌صفحه‌ای تفاهم‌نامه به صورت PDF</translation>
        </message>
        <message>
            <source>Reports are not available in this version</source>
            <translation>گزارش‌ها در این نسخه در دسترس نیستند</translation>
        </message>
        <message>
            <source>for…</source>
            <translation>به مدت…</translation>
        </message>
        <message>
            <source>Fill “until” from the validity period</source>
            <translation>پر کردن «تا» از مدت اعتبار</translation>
        </message>
        <message numerus="yes">
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n سال</numerusform>
            </translation>
        </message>
        <message>
            <source>Axes</source>
            <translation>محورها</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>کارگروه‌ها</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>پیوست‌ها</translation>
        </message>
    </context>
    <context>
        <name>MoUForm</name>
        <message>
            <source>Partner</source>
            <translation>طرف همکاری</translation>
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
            <source>Signatory's title</source>
            <translation>سمت امضاکننده</translation>
        </message>
        <message>
            <source>Cooperation axis</source>
            <translation>محور همکاری</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>شرح</translation>
        </message>
    </context>
    <context>
        <name>MoUsSection</name>
        <message>
            <source>expired</source>
            <translation>منقضی‌شده</translation>
        </message>
        <message>
            <source>%1 days</source>
            <translation>%1 روز</translation>
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
            <source>Signed</source>
            <translation>تاریخ امضا</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>وضعیت</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>اعتبار تا</translation>
        </message>
        <message>
            <source>Expires in</source>
            <translation>مانده تا انقضا</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>طرفین</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>همه وضعیت‌ها</translation>
        </message>
        <message>
            <source>All countries</source>
            <translation>همه کشورها</translation>
        </message>
        <message>
            <source>All hubs</source>
            <translation>همه هاب‌ها</translation>
        </message>
        <message>
            <source>Any expiry</source>
            <translation>هر تاریخ انقضا</translation>
        </message>
        <message>
            <source>Expiring within %1 days</source>
            <translation>رو به انقضا تا %1 روز</translation>
        </message>
        <message>
            <source>Signed from</source>
            <translation>امضا از</translation>
        </message>
        <message>
            <source>to</source>
            <translation>تا</translation>
        </message>
        <message>
            <source>the new MoU</source>
            <translation>تفاهم‌نامه تازه</translation>
        </message>
        <message>
            <source>MoUs</source>
            <translation>تفاهم‌نامه‌ها</translation>
        </message>
    </context>
    <context>
        <name>OrderedTab</name>
        <message>
            <source>Move up</source>
            <translation>بالا</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>پایین</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>برداشتن</translation>
        </message>
    </context>
    <context>
        <name>PartiesTab</name>
        <message>
            <source>%1 is a party already.</source>
            <translation>«%1» پیش‌تر طرف تفاهم‌نامه است.</translation>
        </message>
        <message>
            <source>Parties are listed in the order of the MoU's text. Double-click a cell to edit the role or the signatory. A signed MoU has at least two parties.</source>
            <translation>طرفین به ترتیب متن تفاهم‌نامه آمده‌اند. برای ویرایش نقش یا امضاکننده روی خانه دوبار کلیک کنید. تفاهم‌نامه امضاشده دست‌کم دو طرف دارد.</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>بالا</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>پایین</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>برداشتن</translation>
        </message>
    </context>
    <context>
        <name>PartnerPicker</name>
        <message>
            <source>Type a partner's name to add it…</source>
            <translation>برای افزودن، نام طرف همکاری را بنویسید…</translation>
        </message>
    </context>
    <context>
        <name>RelatedList</name>
        <message>
            <source>Overdue</source>
            <translation>دیرکرد</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>تاریخ</translation>
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
            <source>Body</source>
            <translation>نهاد</translation>
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
            <source>Status</source>
            <translation>وضعیت</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>پیشرفت</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>شماره نامه</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>نوع</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>موضوع</translation>
        </message>
        <message>
            <source>Add a meeting</source>
            <translation>افزودن جلسه</translation>
        </message>
        <message>
            <source>Add an action</source>
            <translation>افزودن اقدام</translation>
        </message>
        <message>
            <source>Add a letter</source>
            <translation>افزودن مکاتبه</translation>
        </message>
        <message>
            <source>Double-click to open</source>
            <translation>برای باز کردن دوبار کلیک کنید</translation>
        </message>
    </context>
</TS>
