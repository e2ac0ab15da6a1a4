<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
    <context>
        <name>domain.actions</name>
        <message>
            <source>action</source>
            <translation>اقدام</translation>
        </message>
        <message>
            <source>The title is required.</source>
            <translation>عنوان لازم است.</translation>
        </message>
        <message>
            <source>Unknown status.</source>
            <translation>وضعیت ناشناخته است.</translation>
        </message>
        <message>
            <source>Progress is a whole number from 0 to 100.</source>
            <translation>پیشرفت عددی صحیح از ۰ تا ۱۰۰ است.</translation>
        </message>
        <message>
            <source>Not a date.</source>
            <translation>تاریخ درست نیست.</translation>
        </message>
    </context>
    <context>
        <name>domain.attachments</name>
        <message>
            <source>“{name}” is a folder, not a file.</source>
            <extracomment>Owner entity (table name) → (attachment column, owner model).</extracomment>
            <translation>«{name}» پوشه است، نه پرونده.</translation>
        </message>
        <message>
            <source>The file “{name}” does not exist (any more).</source>
            <translation>پرونده «{name}» وجود ندارد.</translation>
        </message>
        <message>
            <source>The file “{name}” cannot be read: {strerror}.</source>
            <translation>پرونده «{name}» خوانده نمی‌شود: {strerror}.</translation>
        </message>
        <message>
            <source>The attachments folder cannot be written: {strerror}.</source>
            <translation>در پوشه پیوست‌ها نمی‌توان نوشت: {strerror}.</translation>
        </message>
        <message>
            <source>“{name}” could not be stored in the attachments folder: {strerror}.</source>
            <translation>«{name}» در پوشه پیوست‌ها ذخیره نشد: {strerror}.</translation>
        </message>
        <message>
            <source>Files cannot be attached to {owner_entity}.</source>
            <translation>به {owner_entity} نمی‌توان پرونده پیوست کرد.</translation>
        </message>
        <message>
            <source>The record to attach the file to no longer exists.</source>
            <translation>رکوردی که پرونده باید به آن پیوست شود دیگر وجود ندارد.</translation>
        </message>
        <message>
            <source>This attachment no longer exists.</source>
            <translation>این پیوست دیگر وجود ندارد.</translation>
        </message>
        <message>
            <source>The stored copy of “{name}” is missing from the attachments folder ({folder}); restore the folder from a backup.</source>
            <translation>نسخه ذخیره‌شده «{name}» در پوشه پیوست‌ها ({folder}) نیست؛ پوشه را از پشتیبان بازگردانید.</translation>
        </message>
        <message>
            <source>The attachment could not be fetched: {strerror}.</source>
            <translation>پیوست دریافت نشد: {strerror}.</translation>
        </message>
        <message>
            <source>The stored copy of “{name}” no longer matches what was attached (it was changed or damaged); it was not opened. Restore it from a backup.</source>
            <translation>نسخه ذخیره‌شده «{name}» دیگر با پرونده پیوست‌شده یکی نیست (تغییر کرده یا آسیب دیده)؛ باز نشد. آن را از پشتیبان بازگردانید.</translation>
        </message>
        <message>
            <source>The attachment's name cannot be used for a file.</source>
            <translation>نام پیوست برای پرونده قابل استفاده نیست.</translation>
        </message>
        <message>
            <source>“{name}” could not be prepared for viewing: {strerror}.</source>
            <translation>«{name}» برای نمایش آماده نشد: {strerror}.</translation>
        </message>
        <message>
            <source>The stored copy changed while it was being copied; nothing was saved.</source>
            <translation>نسخه ذخیره‌شده هنگام رونوشت تغییر کرد؛ چیزی ذخیره نشد.</translation>
        </message>
        <message>
            <source>The copy could not be written: {strerror}.</source>
            <translation>رونوشت نوشته نشد: {strerror}.</translation>
        </message>
    </context>
    <context>
        <name>domain.bodies</name>
        <message>
            <source>body</source>
            <translation>کارگروه یا کمیته</translation>
        </message>
        <message>
            <source>This MoU no longer exists.</source>
            <translation>این تفاهم‌نامه دیگر وجود ندارد.</translation>
        </message>
        <message>
            <source>This hub no longer exists.</source>
            <translation>این هاب دیگر وجود ندارد.</translation>
        </message>
        <message>
            <source>The parent body no longer exists.</source>
            <translation>نهاد بالادست دیگر وجود ندارد.</translation>
        </message>
        <message>
            <source>Unknown kind of body.</source>
            <translation>نوع ناشناخته است.</translation>
        </message>
        <message>
            <source>The name is required.</source>
            <translation>نام لازم است.</translation>
        </message>
        <message>
            <source>The name is longer than 500 characters.</source>
            <translation>نام بیش از ۵۰۰ نویسه است.</translation>
        </message>
        <message>
            <source>Every member needs a person or an organisation.</source>
            <translation>هر عضو باید یک شخص یا سازمان باشد.</translation>
        </message>
        <message>
            <source>A body cannot sit under itself or one of its own committees.</source>
            <translation>یک نهاد نمی‌تواند زیر خودش یا کمیته‌های خودش باشد.</translation>
        </message>
        <message>
            <source>The parent body belongs to another MoU.</source>
            <translation>نهاد بالادست از تفاهم‌نامه دیگری است.</translation>
        </message>
        <message>
            <source>The secretariat's partner no longer exists.</source>
            <translation>سازمان دبیرخانه دیگر وجود ندارد.</translation>
        </message>
        <message>
            <source>A member's partner no longer exists.</source>
            <translation>سازمان یکی از اعضا دیگر وجود ندارد.</translation>
        </message>
    </context>
    <context>
        <name>domain.demo</name>
        <message>
            <source>Records of your own refer to demo records, so the demo data was not rebuilt; nothing was changed.</source>
            <translation>رکوردهای خودتان به رکوردهای نمونه ارجاع دارند، پس داده‌های نمونه از نو ساخته نشد؛ چیزی تغییر نکرد.</translation>
        </message>
    </context>
    <context>
        <name>domain.events</name>
        <message>
            <source>event</source>
            <translation>رویداد</translation>
        </message>
        <message>
            <source>The title is required.</source>
            <translation>عنوان لازم است.</translation>
        </message>
        <message>
            <source>Unknown kind of event.</source>
            <translation>نوع رویداد ناشناخته است.</translation>
        </message>
        <message>
            <source>The event's date is required.</source>
            <translation>تاریخ رویداد لازم است.</translation>
        </message>
        <message>
            <source>Not a date.</source>
            <translation>تاریخ درست نیست.</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>تاریخ پایان پیش از تاریخ آغاز است.</translation>
        </message>
        <message>
            <source>A chosen partner no longer exists.</source>
            <translation>یکی از طرف‌های همکاری برگزیده دیگر وجود ندارد.</translation>
        </message>
    </context>
    <context>
        <name>domain.history</name>
        <message>
            <source>Partner</source>
            <translation>طرف همکاری</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>رابط</translation>
        </message>
        <message>
            <source>MoU</source>
            <translation>تفاهم‌نامه</translation>
        </message>
        <message>
            <source>MoU party</source>
            <translation>طرف تفاهم‌نامه</translation>
        </message>
        <message>
            <source>Cooperation axis</source>
            <translation>محور همکاری</translation>
        </message>
        <message>
            <source>Hub</source>
            <translation>هاب</translation>
        </message>
        <message>
            <source>Hub mission</source>
            <translation>مأموریت هاب</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>کارگروه</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>عضو</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>جلسه</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>اقدام</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>نامه</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>رویداد</translation>
        </message>
        <message>
            <source>Attachment</source>
            <translation>پیوست</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>ورود اطلاعات</translation>
        </message>
        <message>
            <source>created</source>
            <translation>ایجاد</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>ویرایش</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Name</source>
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
            <translation>حوزه</translation>
        </message>
        <message>
            <source>Domestic/foreign</source>
            <translation>داخلی/خارجی</translation>
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
            <translation>وبگاه</translation>
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
            <translation>یادداشت</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>سمت</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>عنوان</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>شماره</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>وضعیت</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>موضوع</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>تاریخ امضا</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>اعتبار تا</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>اعتبار از</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>پیشرفت</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>مهلت</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>مسئول</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>تاریخ</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>محل</translation>
        </message>
    </context>
    <context>
        <name>domain.hubs</name>
        <message>
            <source>hub</source>
            <translation>هاب</translation>
        </message>
        <message>
            <source>That partner no longer exists.</source>
            <translation>آن طرف همکاری دیگر وجود ندارد.</translation>
        </message>
        <message>
            <source>Choose the host park.</source>
            <translation>پارک میزبان را برگزینید.</translation>
        </message>
        <message>
            <source>Choose the country.</source>
            <translation>کشور را برگزینید.</translation>
        </message>
        <message>
            <source>Unknown country.</source>
            <translation>کشور ناشناخته است.</translation>
        </message>
        <message>
            <source>Unknown status.</source>
            <translation>وضعیت ناشناخته است.</translation>
        </message>
        <message>
            <source>Not a date.</source>
            <translation>تاریخ درست نیست.</translation>
        </message>
        <message>
            <source>Mission {shown} needs a title.</source>
            <translation>مأموریت {shown} عنوان لازم دارد.</translation>
        </message>
        <message>
            <source>Mission {shown}: progress is a whole number from 0 to 100.</source>
            <translation>مأموریت {shown}: پیشرفت عددی صحیح از ۰ تا ۱۰۰ است.</translation>
        </message>
        <message>
            <source>Mission {shown}: unknown status.</source>
            <translation>مأموریت {shown}: وضعیت ناشناخته است.</translation>
        </message>
        <message>
            <source>Technology and innovation interactions hub with {country}</source>
            <translation>هاب تعاملات فناورانه و نوآورانه با کشور {country}</translation>
        </message>
        <message>
            <source>This park is already the hub for {country}.</source>
            <translation>این پارک هم‌اکنون هاب {country} است.</translation>
        </message>
        <message numerus="yes">
            <source>“{title}” has %Ln action(s); delete them or link them elsewhere before removing the mission.</source>
            <translation>
                <numerusform>«{title}» %Ln اقدام دارد؛ پیش از برداشتن این مأموریت آن‌ها را حذف کنید یا به جای دیگری پیوند دهید.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>domain.import_commit</name>
        <message>
            <source>The import was cancelled; nothing was written.</source>
            <extracomment>The decisions a row can be given in :meth:`ImportService.commit`. Partner fields an import writes (CleanRow name → Partner column). Engines whose new partners go to the driver as plain tuples (see _insert_partners_fast). Rows per Core ``executemany`` call.</extracomment>
            <translation>ورود لغو شد؛ چیزی نوشته نشد.</translation>
        </message>
        <message>
            <source>Row {row}: “{decision}” is not a decision.</source>
            <translation>ردیف {row}: «{decision}» تصمیم معتبری نیست.</translation>
        </message>
        <message>
            <source>A partner this import updates was changed elsewhere meanwhile; nothing was written. Run the import again.</source>
            <extracomment>Derived values handed over ready-made, and the rows they no longer fit (merged into). The plan's derived columns (a column at a time, a chunk as asked). New rows derived here one at a time (neither handed over nor in the plan's columns). Seconds per part of the commit (updates, inserts, the final COMMIT).</extracomment>
            <translation>طرف همکاری‌ای که این ورود به‌روز می‌کند هم‌زمان جای دیگری تغییر کرد؛ چیزی نوشته نشد. ورود را دوباره انجام دهید.</translation>
        </message>
    </context>
    <context>
        <name>domain.import_undo</name>
        <message>
            <source>is a party to an MoU</source>
            <extracomment>Rows per ``IN (…)`` query. Tables that belong to a partner (deleted with it) rather than refer to it. Why a created partner is kept: reason code → (English, Persian) clause after "it".</extracomment>
            <translation>طرف یک تفاهم‌نامه است</translation>
        </message>
        <message>
            <source>hosts a hub</source>
            <translation>میزبان یک هاب است</translation>
        </message>
        <message>
            <source>takes part in an event</source>
            <translation>در یک رویداد شرکت دارد</translation>
        </message>
        <message>
            <source>is a member of a working group or committee</source>
            <translation>عضو یک کارگروه یا کمیته است</translation>
        </message>
        <message>
            <source>is the secretariat of a working group or committee</source>
            <translation>دبیرخانه یک کارگروه یا کمیته است</translation>
        </message>
        <message>
            <source>has an attachment</source>
            <translation>پیوستی دارد</translation>
        </message>
        <message>
            <source>is named in a letter</source>
            <translation>در یک نامه آمده است</translation>
        </message>
        <message>
            <source>was edited after the import</source>
            <translation>پس از ورود ویرایش شده است</translation>
        </message>
        <message>
            <source>had its tags changed after the import</source>
            <translation>برچسب‌هایش پس از ورود تغییر کرده است</translation>
        </message>
        <message>
            <source>had its contacts changed after the import</source>
            <translation>رابط‌هایش پس از ورود تغییر کرده است</translation>
        </message>
        <message>
            <source>is referred to by {r}</source>
            <translation>در {r} به کار رفته است</translation>
        </message>
        <message>
            <source> and </source>
            <translation> و </translation>
        </message>
        <message>
            <source>{label} was kept: it {joined}.</source>
            <translation>{label} نگه داشته شد: {joined}.</translation>
        </message>
        <message>
            <source>{label}: {names} kept as edited after the import.</source>
            <translation>{label}: {names} همان‌گونه که پس از ورود ویرایش شد نگه داشته شد.</translation>
        </message>
        <message>
            <source>Undo import no. {batch_id}?</source>
            <translation>ورود شماره {batch_id} برگردانده شود؟</translation>
        </message>
        <message>
            <source>Partners it added that will be removed: {remove}.</source>
            <translation>طرف‌های همکاری افزوده‌شده‌ای که حذف می‌شوند: {remove}.</translation>
        </message>
        <message>
            <source>Partners it updated that get their old values back: {restore}.</source>
            <translation>طرف‌های همکاری به‌روزشده‌ای که مقدار پیشین خود را باز می‌گیرند: {restore}.</translation>
        </message>
        <message>
            <source>Kept as they are, being linked or edited since the import:</source>
            <translation>این‌ها چون پس از ورود پیوند یا ویرایش شده‌اند، همان‌گونه می‌مانند:</translation>
        </message>
        <message>
            <source>Nothing was linked or edited since; the import is taken back whole.</source>
            <translation>از آن پس چیزی پیوند یا ویرایش نشده است؛ این ورود به‌تمامی برگردانده می‌شود.</translation>
        </message>
        <message>
            <source>There is no import batch {batch_id}.</source>
            <translation>ورود شماره {batch_id} وجود ندارد.</translation>
        </message>
        <message>
            <source>Import batch {batch_id} was already undone.</source>
            <translation>ورود شماره {batch_id} پیش‌تر برگردانده شده است.</translation>
        </message>
        <message>
            <source>contact {name}</source>
            <translation>رابط {name}</translation>
        </message>
    </context>
    <context>
        <name>domain.imports</name>
        <message>
            <source>There is no mapping profile called “{name}”.</source>
            <extracomment>Export columns, in the order the issue names them; others follow. The planner's columns of every partner (:data:`ExistingRecord`), empty text for NULL. Seconds spent in each stage of the last preview/commit (for the benchmark and logs). New rows the last commit derived one at a time (neither handed over nor in the plan's column-wise keys): only rows a later row of the file was merged into.</extracomment>
            <translation>الگوی نگاشتی به نام «{name}» وجود ندارد.</translation>
        </message>
        <message>
            <source>Cannot export to “{name}”: the file must end in .csv or .xlsx.</source>
            <translation>خروجی «{name}» ممکن نیست: پسوند پرونده باید ‎.csv یا ‎.xlsx باشد.</translation>
        </message>
    </context>
    <context>
        <name>domain.kit.entity</name>
        <message>
            <source>This {noun} no longer exists.</source>
            <extracomment>The message when the linked record is gone (marked for the catalogue). ``(session, cascade, record id)``: record in the cascade what a delete also removes or unlinks (the record itself is added by the kit). ``(session, ids)`` → ``(id, version, *texts)`` rows: the texts a search matches. Sort keys compared as text (Persian alphabetical order).</extracomment>
            <translation>این {noun} دیگر وجود ندارد.</translation>
        </message>
        <message>
            <source>This {noun} was deleted elsewhere.</source>
            <translation>این {noun} در جای دیگری حذف شده است.</translation>
        </message>
        <message>
            <source>Someone else changed this {noun} after you opened it; reopen it to see their change.</source>
            <translation>پس از آنکه این {noun} را باز کردید، کس دیگری آن را تغییر داده است؛ برای دیدن تغییر او، دوباره بازش کنید.</translation>
        </message>
    </context>
    <context>
        <name>domain.kit.links</name>
        <message>
            <source>That MoU no longer exists.</source>
            <translation>آن تفاهم‌نامه دیگر وجود ندارد.</translation>
        </message>
        <message>
            <source>That hub no longer exists.</source>
            <translation>آن هاب دیگر وجود ندارد.</translation>
        </message>
        <message>
            <source>That body no longer exists.</source>
            <translation>آن کارگروه/کمیته دیگر وجود ندارد.</translation>
        </message>
        <message>
            <source>That meeting no longer exists.</source>
            <translation>آن جلسه دیگر وجود ندارد.</translation>
        </message>
        <message>
            <source>That hub mission no longer exists.</source>
            <translation>آن مأموریت هاب دیگر وجود ندارد.</translation>
        </message>
    </context>
    <context>
        <name>domain.labels</name>
        <message>
            <source>Science &amp; technology park</source>
            <translation>پارک علم و فناوری</translation>
        </message>
        <message>
            <source>Technology company</source>
            <translation>شرکت فناور</translation>
        </message>
        <message>
            <source>Knowledge-based company</source>
            <translation>شرکت دانش‌بنیان</translation>
        </message>
        <message>
            <source>University</source>
            <translation>دانشگاه</translation>
        </message>
        <message>
            <source>Research institute</source>
            <translation>پژوهشگاه</translation>
        </message>
        <message>
            <source>Industrial company</source>
            <translation>شرکت صنعتی</translation>
        </message>
        <message>
            <source>Industrial cluster</source>
            <translation>خوشه صنعتی</translation>
        </message>
        <message>
            <source>Government body</source>
            <translation>نهاد دولتی</translation>
        </message>
        <message>
            <source>Holding</source>
            <translation>هلدینگ</translation>
        </message>
        <message>
            <source>Trade town</source>
            <translation>شهرک تجاری</translation>
        </message>
        <message>
            <source>Association</source>
            <translation>انجمن</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>سایر</translation>
        </message>
        <message>
            <source>Domestic</source>
            <translation>داخلی</translation>
        </message>
        <message>
            <source>Foreign</source>
            <translation>خارجی</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>برنامه‌ریزی‌شده</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>فعال</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>معلق</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>بسته</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>شروع‌نشده</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>در حال انجام</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>انجام‌شده</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>متوقف</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>پیش‌نویس</translation>
        </message>
        <message>
            <source>Under negotiation</source>
            <translation>در حال مذاکره</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>امضاشده</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>منقضی</translation>
        </message>
        <message>
            <source>Terminated</source>
            <translation>فسخ‌شده</translation>
        </message>
        <message>
            <source>Renewed</source>
            <translation>تمدیدشده</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>کارگروه</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>کمیته</translation>
        </message>
        <message>
            <source>Steering council</source>
            <translation>شورای راهبری</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>باز</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>لغوشده</translation>
        </message>
        <message>
            <source>Incoming</source>
            <translation>وارده</translation>
        </message>
        <message>
            <source>Outgoing</source>
            <translation>صادره</translation>
        </message>
        <message>
            <source>Internal</source>
            <translation>داخلی</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>بازدید</translation>
        </message>
        <message>
            <source>Innovation camp</source>
            <translation>کمپ نوآوری</translation>
        </message>
        <message>
            <source>Exhibition</source>
            <translation>نمایشگاه</translation>
        </message>
        <message>
            <source>Ceremony</source>
            <translation>مراسم</translation>
        </message>
        <message>
            <source>Award</source>
            <translation>جایزه</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>نشست</translation>
        </message>
    </context>
    <context>
        <name>domain.letters</name>
        <message>
            <source>letter</source>
            <translation>مکاتبه</translation>
        </message>
        <message>
            <source>The subject is required.</source>
            <translation>موضوع لازم است.</translation>
        </message>
        <message>
            <source>The reference number is too long.</source>
            <translation>شماره نامه بیش از اندازه بلند است.</translation>
        </message>
        <message>
            <source>The letter's date is required.</source>
            <translation>تاریخ نامه لازم است.</translation>
        </message>
        <message>
            <source>Unknown direction.</source>
            <translation>نوع مکاتبه ناشناخته است.</translation>
        </message>
    </context>
    <context>
        <name>domain.meetings</name>
        <message>
            <source>meeting</source>
            <translation>جلسه</translation>
        </message>
        <message>
            <source>The meeting's date is required.</source>
            <translation>تاریخ جلسه لازم است.</translation>
        </message>
        <message>
            <source>Not a date.</source>
            <translation>تاریخ درست نیست.</translation>
        </message>
        <message>
            <source>The meeting number is a whole number from 1 up.</source>
            <translation>شماره جلسه عددی صحیح از ۱ به بالا است.</translation>
        </message>
        <message>
            <source>Give the meeting a title or choose its body.</source>
            <translation>برای جلسه عنوانی بنویسید یا کارگروه/کمیته آن را برگزینید.</translation>
        </message>
        <message>
            <source>Not a time of day.</source>
            <translation>ساعت درست نیست.</translation>
        </message>
        <message>
            <source>{name} already has a meeting number {ordinal}.</source>
            <translation>«{name}» جلسه شماره {ordinal} را دارد.</translation>
        </message>
    </context>
    <context>
        <name>domain.mous</name>
        <message>
            <source>MoU</source>
            <translation>تفاهم‌نامه</translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <source>A {old} MoU is final; its status cannot change (not to {new}).</source>
            <extracomment>Where an MoU may go from each status when it is edited (staying put is always allowed). Forward steps may be skipped (a draft signed on the day goes straight to "signed"); the way back is open only before signing; terminated and renewed are final. Statuses of an MoU that was signed: it has a signing date and at least two parties. Statuses of an MoU in force (what "expiring within N days" looks at).</extracomment>
            <translation>تفاهم‌نامه {old} پایان کار است و وضعیتش تغییر نمی‌کند (نه به {new}).</translation>
        </message>
        <message>
            <source>A {old} MoU cannot go back to {new}; it can become: {targets}.</source>
            <translation>تفاهم‌نامه {old} نمی‌تواند به {new} برگردد؛ وضعیت‌های ممکن: {targets}.</translation>
        </message>
        <message>
            <source>Unknown status.</source>
            <translation>وضعیت ناشناخته است.</translation>
        </message>
        <message>
            <source>The title is required.</source>
            <translation>عنوان لازم است.</translation>
        </message>
        <message>
            <source>The title is longer than 500 characters.</source>
            <translation>عنوان بیش از ۵۰۰ نویسه است.</translation>
        </message>
        <message>
            <source>The number is longer than 60 characters.</source>
            <translation>شماره بیش از ۶۰ نویسه است.</translation>
        </message>
        <message>
            <source>Number {number} is already used by the MoU “{title}”.</source>
            <translation>شماره {number} پیش‌تر به تفاهم‌نامه «{title}» داده شده است.</translation>
        </message>
        <message>
            <source>The place is longer than 500 characters.</source>
            <translation>محل بیش از ۵۰۰ نویسه است.</translation>
        </message>
        <message>
            <source>Not a date.</source>
            <translation>تاریخ نیست.</translation>
        </message>
        <message>
            <source>Not a time of day.</source>
            <translation>ساعت درست نیست.</translation>
        </message>
        <message>
            <source>The validity ends before it begins.</source>
            <translation>پایان اعتبار پیش از آغاز آن است.</translation>
        </message>
        <message>
            <source>A {status} MoU needs its signing date.</source>
            <translation>تفاهم‌نامه {status} باید تاریخ امضا داشته باشد.</translation>
        </message>
        <message>
            <source>Every party needs a partner organisation.</source>
            <translation>هر طرف تفاهم‌نامه باید یک سازمان باشد.</translation>
        </message>
        <message>
            <source>A role or signatory is longer than 200 characters.</source>
            <translation>نقش یا امضاکننده بیش از ۲۰۰ نویسه است.</translation>
        </message>
        <message>
            <source>A party's partner organisation no longer exists.</source>
            <translation>سازمان یکی از طرف‌ها دیگر وجود ندارد.</translation>
        </message>
        <message>
            <source>{name} is listed as a party more than once.</source>
            <translation>«{name}» بیش از یک بار به عنوان طرف آمده است.</translation>
        </message>
        <message>
            <source>A {status} MoU has at least two parties.</source>
            <translation>تفاهم‌نامه {status} دست‌کم دو طرف دارد.</translation>
        </message>
        <message>
            <source>Every cooperation axis needs a title.</source>
            <translation>هر محور همکاری باید عنوان داشته باشد.</translation>
        </message>
        <message>
            <source>This hub no longer exists.</source>
            <translation>این هاب دیگر وجود ندارد.</translation>
        </message>
        <message>
            <source>This MoU no longer exists.</source>
            <translation>این تفاهم‌نامه دیگر وجود ندارد.</translation>
        </message>
        <message>
            <source>An MoU cannot renew itself.</source>
            <translation>تفاهم‌نامه نمی‌تواند تمدید خودش باشد.</translation>
        </message>
        <message>
            <source>That would make a renewal loop.</source>
            <translation>این کار زنجیره تمدید را حلقه می‌کند.</translation>
        </message>
        <message>
            <source>The renewed MoU no longer exists.</source>
            <translation>تفاهم‌نامه‌ای که تمدید می‌شود دیگر وجود ندارد.</translation>
        </message>
    </context>
    <context>
        <name>domain.office</name>
        <message>
            <source>The park's Persian name is required.</source>
            <translation>نام فارسی پارک لازم است.</translation>
        </message>
        <message>
            <source>The logo must be a PNG or JPEG image.</source>
            <translation>نشان باید تصویر PNG یا JPEG باشد.</translation>
        </message>
        <message>
            <source>The logo is larger than 1 MB; use a smaller image.</source>
            <translation>حجم نشان بیش از ۱ مگابایت است؛ تصویر کوچک‌تری برگزینید.</translation>
        </message>
    </context>
    <context>
        <name>domain.partners</name>
        <message>
            <source>partner</source>
            <translation>طرف همکاری</translation>
        </message>
        <message>
            <source>The name is required.</source>
            <translation>نام لازم است.</translation>
        </message>
        <message>
            <source>“{email}” is not an e-mail address.</source>
            <translation>«{email}» نشانی ایمیل درست نیست.</translation>
        </message>
        <message>
            <source>“{website}” is not a web address.</source>
            <translation>«{website}» نشانی وب درست نیست.</translation>
        </message>
        <message>
            <source>Unknown country.</source>
            <translation>کشور ناشناخته است.</translation>
        </message>
        <message>
            <source>Every contact needs a name.</source>
            <translation>هر رابط باید نام داشته باشد.</translation>
        </message>
        <message>
            <source>{name} is a party to {n_mous} MoU(s) and hosts {n_hubs} hub(s); remove it from them first.</source>
            <translation>«{name}» طرف {n_mous} تفاهم‌نامه و میزبان {n_hubs} هاب است؛ نخست آن را از آن‌ها بردارید.</translation>
        </message>
    </context>
    <context>
        <name>domain.records</name>
        <message numerus="yes">
            <source>%Ln mission(s)</source>
            <extracomment>How many ids one ``IN (…)`` query carries (well under every driver's parameter limit).</extracomment>
            <translation>
                <numerusform>%Ln مأموریت</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln action(s)</source>
            <translation>
                <numerusform>%Ln اقدام</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln meeting(s)</source>
            <translation>
                <numerusform>%Ln جلسه</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln working group(s)/committee(s)</source>
            <translation>
                <numerusform>%Ln کارگروه/کمیته</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln attachment(s)</source>
            <translation>
                <numerusform>%Ln پیوست</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln letter(s)</source>
            <translation>
                <numerusform>%Ln مکاتبه</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln event(s)</source>
            <translation>
                <numerusform>%Ln رویداد</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln MoU(s)</source>
            <translation>
                <numerusform>%Ln تفاهم‌نامه</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <source>This also deletes {items}.</source>
            <translation>همراه آن {items} نیز حذف می‌شود.</translation>
        </message>
        <message>
            <source>{items} will no longer refer to it.</source>
            <translation>{items} دیگر به آن پیوند نخواهد داشت.</translation>
        </message>
    </context>
    <context>
        <name>domain.report_data</name>
        <message>
            <source>There is no MoU with id {ref}.</source>
            <extracomment>How far ahead the due list looks for MoUs whose validity ends. Meetings shown in an MoU summary (the latest first). Rows of the "recent" tables of a hub dossier.</extracomment>
            <translation>تفاهم‌نامه‌ای با شناسه {ref} نیست.</translation>
        </message>
        <message>
            <source>Give an MoU's number or id (e.g. 54 or id:3).</source>
            <translation>شماره یا شناسه تفاهم‌نامه را بدهید (مثلاً 54 یا id:3).</translation>
        </message>
        <message>
            <source>“{ref}” matches {value} MoU numbers; give the exact number or the id (id:N).</source>
            <translation>«{ref}» با {value} شماره تفاهم‌نامه جور است؛ شماره دقیق یا شناسه (id:N) را بدهید.</translation>
        </message>
        <message>
            <source>No MoU has the number or id “{ref}”.</source>
            <translation>هیچ تفاهم‌نامه‌ای شماره یا شناسه «{ref}» ندارد.</translation>
        </message>
        <message>
            <source>There is no country hub with id {ref}.</source>
            <translation>هابی با شناسه {ref} نیست.</translation>
        </message>
        <message>
            <source>Give the hub's country (ISO code or name) or its id.</source>
            <translation>کشور هاب (کد ISO یا نام) یا شناسه آن را بدهید.</translation>
        </message>
        <message>
            <source>There is no country hub for {country} ({code}).</source>
            <translation>هابی برای {country} ({code}) نیست.</translation>
        </message>
        <message>
            <source>“{ref}” is neither a country nor a hub id.</source>
            <translation>«{ref}» نه کشور است و نه شناسه هاب.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>پوشه «⁨{folder}⁩» وجود ندارد.</translation>
        </message>
        <message>
            <source>Cannot write {target}: the folder {folder} does not exist.</source>
            <translation>«⁨{target}⁩» نوشته نشد: پوشه «⁨{folder}⁩» وجود ندارد.</translation>
        </message>
        <message>
            <source>Cannot write {target}: {why}.</source>
            <translation>«⁨{target}⁩» نوشته نشد: {why}.</translation>
        </message>
    </context>
    <context>
        <name>domain.search</name>
        <message>
            <source>Partners</source>
            <translation>طرف‌های همکاری</translation>
        </message>
        <message>
            <source>MoUs</source>
            <translation>تفاهم‌نامه‌ها</translation>
        </message>
        <message>
            <source>Hubs</source>
            <translation>هاب‌ها</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>جلسه‌ها</translation>
        </message>
        <message>
            <source>Letters</source>
            <translation>مکاتبات</translation>
        </message>
        <message>
            <source>No. {number}</source>
            <translation>شماره {number}</translation>
        </message>
    </context>
    <context>
        <name>domain.text</name>
        <message>
            <source>Name</source>
            <extracomment>Bidi controls: LRE RLE PDF LRO RLO, LRI RLI FSI PDI, and the LRM/RLM/ALM marks.</extracomment>
            <translation>نام</translation>
        </message>
        <message>
            <source>Latin name</source>
            <translation>نام لاتین</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>عنوان</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>حوزه</translation>
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
            <source>Web address</source>
            <translation>نشانی وب</translation>
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
            <source>Role</source>
            <translation>نقش</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>محل</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>شماره</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>مسئول</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>شرح</translation>
        </message>
        <message>
            <source>Sender</source>
            <translation>فرستنده</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>گیرنده</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>موضوع</translation>
        </message>
        <message>
            <source>Reference number</source>
            <translation>شماره نامه</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>شخص</translation>
        </message>
        <message>
            <source>Designated by</source>
            <translation>تعیین‌کننده</translation>
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
            <source>Tags</source>
            <translation>برچسب‌ها</translation>
        </message>
    </context>
    <context>
        <name>domain.undo</name>
        <message>
            <source>There is nothing to undo.</source>
            <translation>چیزی برای بازگرداندن نیست.</translation>
        </message>
        <message>
            <source>This value cannot be restored.</source>
            <translation>این مقدار بازگرداندنی نیست.</translation>
        </message>
        <message>
            <source>The record no longer exists.</source>
            <translation>این رکورد دیگر وجود ندارد.</translation>
        </message>
        <message>
            <source>This is not a deletion.</source>
            <translation>این یک حذف نیست.</translation>
        </message>
        <message>
            <source>“%1” was changed again since; it was not undone.</source>
            <translation>«%1» از آن پس دوباره تغییر کرده است؛ بازگردانده نشد.</translation>
        </message>
        <message>
            <source>Records added since depend on this one; it was not undone.</source>
            <translation>رکوردهایی که بعداً افزوده شده‌اند به این یکی وابسته‌اند؛ بازگردانده نشد.</translation>
        </message>
    </context>
</TS>
