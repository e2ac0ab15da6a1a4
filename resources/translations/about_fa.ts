<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Peyvand</source>
            <translation>دربارهٔ پیوند</translation>
        </message>
        <message>
            <source>Peyvand</source>
            <translation>پیوند</translation>
        </message>
        <message>
            <source>The register of a science and technology park's international-relations office: partners, hubs, MoUs, meetings, actions, letters and events.</source>
            <translation>دفتر ثبت روابط بین‌الملل پارک علم و فناوری: طرف‌های همکاری، هاب‌ها، تفاهم‌نامه‌ها، جلسه‌ها، اقدام‌ها، نامه‌ها و رویدادها.</translation>
        </message>
        <message>
            <source>Where things live on this computer</source>
            <translation>جای پرونده‌ها در این رایانه</translation>
        </message>
        <message>
            <source>This register</source>
            <translation>همین دفتر ثبت</translation>
        </message>
        <message>
            <source>Registers</source>
            <translation>دفترهای ثبت</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>پشتیبان‌ها</translation>
        </message>
        <message>
            <source>Automatic backups (before upgrades)</source>
            <translation>پشتیبان‌های خودکار (پیش از ارتقا)</translation>
        </message>
        <message>
            <source>Logs</source>
            <translation>گزارش‌های کار برنامه</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>تنظیمات</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>باز کردن پوشه</translation>
        </message>
        <message>
            <source>Interface and report font: Vazirmatn (SIL Open Font License 1.1). Country list: ISO 3166-1 from Debian's iso-codes (LGPL 2.1). Qt and PySide6 under the LGPL 3.</source>
            <translation>قلم برنامه و گزارش‌ها: وزیرمتن (SIL Open Font License 1.1). فهرست کشورها: ISO 3166-1 از iso-codes دبیان (LGPL 2.1). Qt و PySide6 با پروانهٔ LGPL 3.</translation>
        </message>
    </context>
</TS>
