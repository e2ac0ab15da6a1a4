<?xml version='1.0' encoding='utf-8'?>
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
      <source>Please wait: the last change is still being written.</source>
      <translation>لطفاً صبر کنید: تغییر پیشین هنوز در حال نوشته شدن است.</translation>
    </message>
    <message>
      <source>Working…</source>
      <translation>در حال انجام…</translation>
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
  </context>
  <context>
    <name>PartnersSection</name>
    <message>
      <source>Its contacts are deleted with it.</source>
      <translation>رابط‌های آن نیز همراهش حذف می‌شوند.</translation>
    </message>
  </context>
  <context>
    <name>MoUsSection</name>
    <message>
      <source>the new MoU</source>
      <translation>تفاهم‌نامه تازه</translation>
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
    <message>
      <source>%1 is a party already.</source>
      <translation>«%1» پیش‌تر طرف تفاهم‌نامه است.</translation>
    </message>
    <message>
      <source>Parties are listed in the order of the MoU's text. Double-click a cell to edit the role or the signatory. A signed MoU has at least two parties.</source>
      <translation>طرفین به ترتیب متن تفاهم‌نامه آمده‌اند. برای ویرایش نقش یا امضاکننده روی خانه دوبار کلیک کنید. تفاهم‌نامه امضاشده دست‌کم دو طرف دارد.</translation>
    </message>
  </context>
  <context>
    <name>AxesTab</name>
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
    <message>
      <source>Add axis</source>
      <translation>افزودن محور</translation>
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
    <name>RelatedList</name>
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
    <message>
      <source>Overdue</source>
      <translation>دیرکرد</translation>
    </message>
  </context>
</TS>