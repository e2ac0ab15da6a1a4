<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
    <context>
        <name>JalaliDateEdit</name>
        <message>
            <source>yyyy/mm/dd, e.g. 1404/09/25</source>
            <translation>سال/ماه/روز، مثلاً ۱۴۰۴/۰۹/۲۵</translation>
        </message>
        <message>
            <source>Pick a date</source>
            <translation>انتخاب تاریخ</translation>
        </message>
        <message>
            <source>A date is required.</source>
            <translation>تاریخ لازم است.</translation>
        </message>
        <message>
            <source>Not a date: type it as 1404/09/25 or 25 Azar 1404.</source>
            <translation>تاریخ درست نیست؛ به شکل ۱۴۰۴/۰۹/۲۵ یا ۲۵ آذر ۱۴۰۴ بنویسید.</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <source>Search… (Ctrl+F)</source>
            <translation>جستجو… (Ctrl+F)</translation>
        </message>
        <message>
            <source>New</source>
            <translation>جدید</translation>
        </message>
        <message>
            <source>Create a new record (Ctrl+N)</source>
            <translation>ایجاد رکورد جدید (Ctrl+N)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Delete the selected record (Delete)</source>
            <translation>حذف رکورد انتخاب‌شده (Delete)</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>برون‌بری…</translation>
        </message>
        <message>
            <source>Save this list, as filtered, to CSV or Excel (Ctrl+E)</source>
            <translation>ذخیره همین فهرست، با همین پالایه‌ها، در CSV یا اکسل (Ctrl+E)</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n رکورد</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n or more records</source>
            <translation>
                <numerusform>%n رکورد یا بیشتر</numerusform>
            </translation>
        </message>
    </context>
</TS>
