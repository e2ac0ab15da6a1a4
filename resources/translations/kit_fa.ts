<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
    <context>
        <name>Kit</name>
        <message>
            <source>Please check the form</source>
            <translation>لطفاً فرم را بررسی کنید</translation>
        </message>
        <message>
            <source>Changed elsewhere</source>
            <translation>در جای دیگری تغییر کرده است</translation>
        </message>
        <message>
            <source>No longer in the register</source>
            <translation>دیگر در دفتر نیست</translation>
        </message>
        <message>
            <source>The register cannot do this now</source>
            <translation>دفتر اکنون نمی‌تواند این کار را انجام دهد</translation>
        </message>
        <message>
            <source>Peyvand</source>
            <translation>پیوند</translation>
        </message>
        <message>
            <source>Open the MoU</source>
            <translation>باز کردن تفاهم‌نامه</translation>
        </message>
        <message>
            <source>Open the hub</source>
            <translation>باز کردن هاب</translation>
        </message>
        <message>
            <source>Open this body's MoU</source>
            <translation>باز کردن تفاهم‌نامه این کارگروه</translation>
        </message>
        <message>
            <source>Open the meeting</source>
            <translation>باز کردن جلسه</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>تغییرات ذخیره‌نشده</translation>
        </message>
        <message>
            <source>Save the changes to “%1” first?</source>
            <translation>نخست تغییرات «%1» ذخیره شود؟</translation>
        </message>
        <message>
            <source>Last changed by %1 on %2.</source>
            <translation>آخرین تغییر: %1، در %2.</translation>
        </message>
        <message>
            <source>Fields changed: %1.</source>
            <translation>فیلدهای تغییرکرده: %1.</translation>
        </message>
        <message>
            <source>Reload it as it is now? Your edits in this form will be lost.</source>
            <translation>نسخه کنونی دوباره بارگذاری شود؟ ویرایش‌های شما در این فرم از دست می‌رود.</translation>
        </message>
        <message>
            <source>Delete “%1”? This cannot be undone.</source>
            <translation>«%1» حذف شود؟ این کار بازگشت‌پذیر نیست.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Please wait: the last change is still being written.</source>
            <translation>لطفاً صبر کنید: تغییر پیشین هنوز در حال نوشته شدن است.</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>در حال انجام…</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>Details</source>
            <translation>جزئیات</translation>
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
            <source>Save</source>
            <translation>ذخیره</translation>
        </message>
        <message>
            <source>Save the changes (Ctrl+S)</source>
            <translation>ذخیرهٔ تغییرات (Ctrl+S)</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>بازگردانی</translation>
        </message>
        <message>
            <source>Drop the unsaved changes</source>
            <translation>کنار گذاشتن تغییرات ذخیره‌نشده</translation>
        </message>
    </context>
    <context>
        <name>ActionFormWidget</name>
        <message>
            <source>Details</source>
            <translation>جزئیات</translation>
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
            <source>Save</source>
            <translation>ذخیره</translation>
        </message>
        <message>
            <source>Save the changes (Ctrl+S)</source>
            <translation>ذخیرهٔ تغییرات (Ctrl+S)</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>بازگردانی</translation>
        </message>
        <message>
            <source>Drop the unsaved changes</source>
            <translation>کنار گذاشتن تغییرات ذخیره‌نشده</translation>
        </message>
    </context>
    <context>
        <name>EventFormWidget</name>
        <message>
            <source>Details</source>
            <translation>جزئیات</translation>
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
            <source>Save</source>
            <translation>ذخیره</translation>
        </message>
        <message>
            <source>Save the changes (Ctrl+S)</source>
            <translation>ذخیرهٔ تغییرات (Ctrl+S)</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>بازگردانی</translation>
        </message>
        <message>
            <source>Drop the unsaved changes</source>
            <translation>کنار گذاشتن تغییرات ذخیره‌نشده</translation>
        </message>
    </context>
    <context>
        <name>HubFormWidget</name>
        <message>
            <source>Details</source>
            <translation>جزئیات</translation>
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
            <source>Save</source>
            <translation>ذخیره</translation>
        </message>
        <message>
            <source>Save the changes (Ctrl+S)</source>
            <translation>ذخیرهٔ تغییرات (Ctrl+S)</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>بازگردانی</translation>
        </message>
        <message>
            <source>Drop the unsaved changes</source>
            <translation>کنار گذاشتن تغییرات ذخیره‌نشده</translation>
        </message>
    </context>
    <context>
        <name>LetterFormWidget</name>
        <message>
            <source>Details</source>
            <translation>جزئیات</translation>
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
            <source>Save</source>
            <translation>ذخیره</translation>
        </message>
        <message>
            <source>Save the changes (Ctrl+S)</source>
            <translation>ذخیرهٔ تغییرات (Ctrl+S)</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>بازگردانی</translation>
        </message>
        <message>
            <source>Drop the unsaved changes</source>
            <translation>کنار گذاشتن تغییرات ذخیره‌نشده</translation>
        </message>
    </context>
    <context>
        <name>MeetingFormWidget</name>
        <message>
            <source>Details</source>
            <translation>جزئیات</translation>
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
            <source>Save</source>
            <translation>ذخیره</translation>
        </message>
        <message>
            <source>Save the changes (Ctrl+S)</source>
            <translation>ذخیرهٔ تغییرات (Ctrl+S)</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>بازگردانی</translation>
        </message>
        <message>
            <source>Drop the unsaved changes</source>
            <translation>کنار گذاشتن تغییرات ذخیره‌نشده</translation>
        </message>
    </context>
    <context>
        <name>MoUEditor</name>
        <message>
            <source>Details</source>
            <translation>جزئیات</translation>
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
            <source>Save</source>
            <translation>ذخیره</translation>
        </message>
        <message>
            <source>Save the changes (Ctrl+S)</source>
            <translation>ذخیرهٔ تغییرات (Ctrl+S)</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>بازگردانی</translation>
        </message>
        <message>
            <source>Drop the unsaved changes</source>
            <translation>کنار گذاشتن تغییرات ذخیره‌نشده</translation>
        </message>
    </context>
    <context>
        <name>PartnerFormWidget</name>
        <message>
            <source>Details</source>
            <translation>جزئیات</translation>
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
            <source>Save</source>
            <translation>ذخیره</translation>
        </message>
        <message>
            <source>Save the changes (Ctrl+S)</source>
            <translation>ذخیرهٔ تغییرات (Ctrl+S)</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>بازگردانی</translation>
        </message>
        <message>
            <source>Drop the unsaved changes</source>
            <translation>کنار گذاشتن تغییرات ذخیره‌نشده</translation>
        </message>
    </context>
</TS>
