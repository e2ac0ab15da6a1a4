<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fa_IR">
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/attachments.py" line="116" />
        <source>Attach files</source>
        <translation>پیوست پرونده‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/attachments.py" line="133" />
        <source>Save a copy</source>
        <translation>ذخیره رونوشت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/attachments.py" line="145" />
        <source>Remove attachments</source>
        <translation>برداشتن پیوست‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/attachments.py" line="146" />
        <source>Remove these files from the record?</source>
        <translation>این پرونده‌ها از رکورد برداشته شوند؟</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/attachments.py" line="155" />
        <source>File</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/attachments.py" line="155" />
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/attachments.py" line="155" />
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/attachments.py" line="156" />
        <source>Added</source>
        <translation>افزوده‌شده در</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/attachments.py" line="157" />
        <source>Add files…</source>
        <translation>افزودن پرونده…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/attachments.py" line="158" />
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/attachments.py" line="159" />
        <source>Save a copy…</source>
        <translation>ذخیره رونوشت…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/attachments.py" line="160" />
        <source>Remove</source>
        <translation>برداشتن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/attachments.py" line="161" />
        <source>Drop files here to attach them. A copy is kept in the register's attachments folder.</source>
        <translation>پرونده‌ها را اینجا رها کنید تا پیوست شوند. رونوشتی از آن‌ها در پوشه پیوست‌های دفتر نگه داشته می‌شود.</translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <location filename="../../desktop_app/ui/mous/body_dialog.py" line="49" />
        <source>(none: a top-level body)</source>
        <translation>(هیچ: نهاد سطح بالا)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/body_dialog.py" line="55" />
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/body_dialog.py" line="61" />
        <source>Organisation</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/body_dialog.py" line="61" />
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/body_dialog.py" line="62" />
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/body_dialog.py" line="67" />
        <source>Add a person</source>
        <translation>افزودن شخص</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/body_dialog.py" line="69" />
        <source>Remove member</source>
        <translation>برداشتن عضو</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/body_dialog.py" line="78" />
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/body_dialog.py" line="79" />
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/body_dialog.py" line="80" />
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/body_dialog.py" line="81" />
        <source>Under</source>
        <translation>زیرمجموعه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/body_dialog.py" line="82" />
        <source>Secretariat</source>
        <translation>دبیرخانه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/body_dialog.py" line="83" />
        <source>Formed on</source>
        <translation>تاریخ تشکیل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/body_dialog.py" line="94" />
        <source>Members</source>
        <translation>اعضا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/body_dialog.py" line="99" />
        <source>Working group or committee</source>
        <translation>کارگروه یا کمیته</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/history.py" line="87" />
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/history.py" line="87" />
        <source>Who</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/history.py" line="87" />
        <source>What</source>
        <translation>چه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/history.py" line="88" />
        <source>Change</source>
        <translation>تغییر</translation>
    </message>
<message><source>Restore this value</source><translation>بازگرداندن این مقدار</translation></message><message><source>Set the selected field back to its value before this change</source><translation>بازگرداندن فیلد انتخاب‌شده به مقدارش پیش از این تغییر</translation></message><message><source>Bring back</source><translation>بازآوردن</translation></message><message><source>Undelete the selected record</source><translation>بازآوردن رکورد حذف‌شده</translation></message>
    <message>
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
</context>
<context>
    <name>MoUEditor</name>
    <message>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation>«%1» حذف شود؟ این کار بازگشت‌پذیر نیست.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="343" />
        <source>Double-click to open</source>
        <translation>برای باز کردن دوبار کلیک کنید</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="399" />
        <source>(no hub)</source>
        <translation>(بدون هاب)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="401" />
        <source>(does not renew another MoU)</source>
        <translation>(تمدید تفاهم‌نامه دیگری نیست)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="425" />
        <source>Not allowed from the MoU's current status</source>
        <translation>از وضعیت کنونی تفاهم‌نامه مجاز نیست</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="483" />
        <source>Overdue</source>
        <translation>دیرکرد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="498" />
        <source>%1 is a party already.</source>
        <translation>«%1» پیش‌تر طرف تفاهم‌نامه است.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="536" />
        <source>Not a time: type it as 14:30.</source>
        <translation>ساعت درست نیست؛ مانند ۱۴:۳۰ بنویسید.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="553" />
        <source>Not a date.</source>
        <translation>تاریخ درست نیست.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="577" />
        <source>Peyvand</source>
        <translation>پیوند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="606" />
        <source>The MoU was not saved; see the marked fields.</source>
        <translation>تفاهم‌نامه ذخیره نشد؛ بخش‌های نشان‌دار را ببینید.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="652" />
        <source>Delete “%1” with %2 committee(s) under it, %3 member(s) and %4 meeting(s)?</source>
        <translation>«%1» همراه با %2 کمیته زیرمجموعه، %3 عضو و %4 جلسه حذف شود؟</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="657" />
        <location filename="../../desktop_app/ui/mous/editor.py" line="778" />
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="702" />
        <source>New MoU</source>
        <translation>تفاهم‌نامه تازه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="707" />
        <source>MoU No. %1</source>
        <translation>تفاهم‌نامه شماره %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="708" />
        <source>MoU</source>
        <translation>تفاهم‌نامه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="726" />
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="727" />
        <source>Parties</source>
        <translation>طرفین</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="728" />
        <source>Cooperation axes</source>
        <translation>محورهای همکاری</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="729" />
        <source>Working groups</source>
        <translation>کارگروه‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="730" />
        <source>Meetings</source>
        <translation>جلسات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="731" />
        <source>Actions</source>
        <translation>اقدامات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="732" />
        <source>Letters</source>
        <translation>مکاتبات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="733" />
        <source>Attachments</source>
        <translation>پیوست‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="734" />
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="745" />
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="745" />
        <location filename="../../desktop_app/ui/mous/editor.py" line="782" />
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="745" />
        <location filename="../../desktop_app/ui/mous/editor.py" line="785" />
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="746" />
        <source>Signed on</source>
        <translation>تاریخ امضا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="746" />
        <source>Place or occasion</source>
        <translation>محل یا مناسبت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="747" />
        <source>Valid from</source>
        <translation>اعتبار از</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="747" />
        <source>Renewal terms</source>
        <translation>شرایط تمدید</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="748" />
        <location filename="../../desktop_app/ui/mous/editor.py" line="787" />
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="748" />
        <source>Objectives</source>
        <translation>اهداف</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="749" />
        <source>Country hub</source>
        <translation>هاب کشوری</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="749" />
        <source>Renews</source>
        <translation>تمدیدِ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="750" />
        <source>Notes</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="754" />
        <source>at</source>
        <translation>ساعت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="755" />
        <source>until</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="756" />
        <source>hh:mm</source>
        <translation>ساعت:دقیقه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="757" />
        <source>e.g. 54</source>
        <translation>مثلاً ۵۴</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="758" />
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="759" />
        <source>Save the MoU (Ctrl+S)</source>
        <translation>ذخیره تفاهم‌نامه (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="760" />
        <source>Print summary</source>
        <translation>چاپ خلاصه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="762" />
        <source>The MoU's one-page summary as a PDF</source>
        <translation>خلاصه یک‌صفحه‌ای تفاهم‌نامه به صورت PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="763" />
        <source>Reports are not available in this version</source>
        <translation>گزارش‌ها در این نسخه در دسترس نیستند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="764" />
        <source>Reload</source>
        <translation>بارگذاری دوباره</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="765" />
        <location filename="../../desktop_app/ui/mous/editor.py" line="772" />
        <source>Move up</source>
        <translation>بالا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="766" />
        <location filename="../../desktop_app/ui/mous/editor.py" line="773" />
        <source>Move down</source>
        <translation>پایین</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="767" />
        <location filename="../../desktop_app/ui/mous/editor.py" line="774" />
        <source>Remove</source>
        <translation>برداشتن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="769" />
        <source>Parties are listed in the order of the MoU's text. Double-click a cell to edit the role or the signatory. A signed MoU has at least two parties.</source>
        <translation>طرفین به ترتیب متن تفاهم‌نامه آمده‌اند. برای ویرایش نقش یا امضاکننده روی خانه دوبار کلیک کنید. تفاهم‌نامه امضاشده دست‌کم دو طرف دارد.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="771" />
        <source>Add axis</source>
        <translation>افزودن محور</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="775" />
        <source>Add working group</source>
        <translation>افزودن کارگروه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="776" />
        <source>Add committee under it</source>
        <translation>افزودن کمیته زیر آن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="777" />
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="779" />
        <source>Save the MoU first to add its working groups.</source>
        <translation>برای افزودن کارگروه‌ها نخست تفاهم‌نامه را ذخیره کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="780" />
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="780" />
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="780" />
        <source>Secretariat</source>
        <translation>دبیرخانه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="781" />
        <source>Members</source>
        <translation>اعضا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="782" />
        <location filename="../../desktop_app/ui/mous/editor.py" line="786" />
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="782" />
        <source>No.</source>
        <translation>شماره</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="783" />
        <source>Body</source>
        <translation>نهاد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="784" />
        <source>Action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="784" />
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="784" />
        <source>Due</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="785" />
        <source>Progress</source>
        <translation>پیشرفت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="786" />
        <source>Reference</source>
        <translation>شماره نامه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/editor.py" line="787" />
        <source>Direction</source>
        <translation>نوع</translation>
    </message>
<message><source>Add a meeting</source><translation>افزودن جلسه</translation></message><message><source>Add an action</source><translation>افزودن اقدام</translation></message><message><source>Add a letter</source><translation>افزودن مکاتبه</translation></message><message><source>for…</source><translation>به مدت…</translation></message><message><source>Fill “until” from the validity period</source><translation>پر کردن «تا» از مدت اعتبار</translation></message><message numerus="yes"><source>%n year(s)</source><translation><numerusform>%n سال</numerusform></translation></message><message><source>Axes</source><translation>محورها</translation></message><message><source>Groups</source><translation>کارگروه‌ها</translation></message><message><source>Files</source><translation>پیوست‌ها</translation></message></context>
<context>
    <name>MoUForm</name>
    <message>
        <location filename="../../desktop_app/ui/mous/models.py" line="153" />
        <source>Partner</source>
        <translation>طرف همکاری</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/models.py" line="153" />
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/models.py" line="154" />
        <source>Signatory</source>
        <translation>امضاکننده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/models.py" line="155" />
        <source>Signatory's title</source>
        <translation>سمت امضاکننده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/models.py" line="183" />
        <source>Cooperation axis</source>
        <translation>محور همکاری</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mous/models.py" line="184" />
        <source>Description</source>
        <translation>شرح</translation>
    </message>
</context>
<context>
    <name>MoUsSection</name>
    <message>
        <location filename="../../desktop_app/ui/sections/mous.py" line="61" />
        <source>expired</source>
        <translation>منقضی‌شده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/mous.py" line="62" />
        <source>%1 days</source>
        <translation>%1 روز</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/mous.py" line="80" />
        <source>No.</source>
        <translation>شماره</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/mous.py" line="81" />
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/mous.py" line="83" />
        <source>Signed</source>
        <translation>تاریخ امضا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/mous.py" line="85" />
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/mous.py" line="86" />
        <source>Valid until</source>
        <translation>اعتبار تا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/mous.py" line="88" />
        <source>Expires in</source>
        <translation>مانده تا انقضا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/mous.py" line="90" />
        <source>Parties</source>
        <translation>طرفین</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/mous.py" line="190" />
        <source>All statuses</source>
        <translation>همه وضعیت‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/mous.py" line="191" />
        <source>All countries</source>
        <translation>همه کشورها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/mous.py" line="194" />
        <source>All hubs</source>
        <translation>همه هاب‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/mous.py" line="195" />
        <source>Any expiry</source>
        <translation>هر زمان انقضا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/mous.py" line="196" />
        <source>Expiring within %1 days</source>
        <translation>انقضا تا %1 روز آینده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/mous.py" line="215" />
        <source>Unsaved changes</source>
        <translation>تغییرات ذخیره‌نشده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/mous.py" line="216" />
        <source>The open MoU has changes that are not saved. Save them first?</source>
        <translation>تفاهم‌نامه باز تغییرات ذخیره‌نشده دارد. نخست ذخیره شوند؟</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/mous.py" line="230" />
        <source>MoUs</source>
        <translation>تفاهم‌نامه‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/mous.py" line="259" />
        <source>Delete MoU</source>
        <translation>حذف تفاهم‌نامه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/mous.py" line="270" />
        <source>%1 parties</source>
        <translation>%1 طرف</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/mous.py" line="271" />
        <source>%1 cooperation axes</source>
        <translation>%1 محور همکاری</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/mous.py" line="272" />
        <source>%1 working groups and committees</source>
        <translation>%1 کارگروه و کمیته</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/mous.py" line="273" />
        <source>%1 meetings</source>
        <translation>%1 جلسه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/mous.py" line="274" />
        <source>%1 actions</source>
        <translation>%1 اقدام</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/mous.py" line="275" />
        <source>%1 attached files</source>
        <translation>%1 پرونده پیوست</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/mous.py" line="278" />
        <source>Delete the MoU “%1”?</source>
        <translation>تفاهم‌نامه «%1» حذف شود؟</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/mous.py" line="280" />
        <source>It takes with it:</source>
        <translation>همراه آن حذف می‌شود:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/mous.py" line="283" />
        <source>%1 letters and %2 events stay, without the link to it.</source>
        <translation>%1 نامه و %2 رویداد می‌مانند، بی‌پیوند به آن.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/mous.py" line="311" />
        <source>This MoU was deleted elsewhere.</source>
        <translation>این تفاهم‌نامه در جای دیگری حذف شده است.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/mous.py" line="319" />
        <source>Signed from</source>
        <translation>امضا از</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections/mous.py" line="320" />
        <source>to</source>
        <translation>تا</translation>
    </message>
</context>
<context>
    <name>PartnerPicker</name>
    <message>
        <location filename="../../desktop_app/ui/mous/partner_picker.py" line="47" />
        <source>Type a partner's name to add it…</source>
        <translation>برای افزودن، نام طرف همکاری را بنویسید…</translation>
    </message>
</context>
</TS>