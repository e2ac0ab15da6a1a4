<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>Export</name>
        <message numerus="yes">
            <source>%n row(s) exported to:</source>
            <translation>
                <numerusform>%n row exported to:</numerusform>
                <numerusform>%n rows exported to:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message numerus="yes">
            <source>%n row(s) of data under the header on row %1.</source>
            <translation>
                <numerusform>%n row of data under the header on row %1.</numerusform>
                <numerusform>%n rows of data under the header on row %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportUndo</name>
        <message numerus="yes">
            <source>Removed %n partner(s).</source>
            <translation>
                <numerusform>Removed %n partner.</numerusform>
                <numerusform>Removed %n partners.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restored the old values of %n partner(s).</source>
            <translation>
                <numerusform>Restored the old values of %n partner.</numerusform>
                <numerusform>Restored the old values of %n partners.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message numerus="yes">
            <source>%n or more records</source>
            <translation>
                <numerusform>%n or more record</numerusform>
                <numerusform>%n or more records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n record</numerusform>
                <numerusform>%n records</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MoUEditor</name>
        <message numerus="yes">
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n year</numerusform>
                <numerusform>%n years</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message numerus="yes">
            <source>of %n</source>
            <translation>
                <numerusform>of %n</numerusform>
                <numerusform>of %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportsSection</name>
        <message numerus="yes">
            <source>%n summaries written.</source>
            <translation>
                <numerusform>%n summary written.</numerusform>
                <numerusform>%n summaries written.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancelled: %n summaries written.</source>
            <translation>
                <numerusform>Cancelled: %n summary written.</numerusform>
                <numerusform>Cancelled: %n summaries written.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Writing %n summaries…</source>
            <translation>
                <numerusform>Writing %n summary…</numerusform>
                <numerusform>Writing %n summaries…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message numerus="yes">
            <source>%n rejected row(s) saved. Fix them and import that file again.</source>
            <translation>
                <numerusform>%n rejected row saved. Fix them and import that file again.</numerusform>
                <numerusform>%n rejected rows saved. Fix them and import that file again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>domain.hubs</name>
        <message numerus="yes">
            <source>“{title}” has %Ln action(s); delete them or link them elsewhere before removing the mission.</source>
            <translation>
                <numerusform>“{title}” has %Ln action; delete them or link them elsewhere before removing the mission.</numerusform>
                <numerusform>“{title}” has %Ln actions; delete them or link them elsewhere before removing the mission.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>domain.records</name>
        <message numerus="yes">
            <source>%Ln MoU(s)</source>
            <translation>
                <numerusform>%Ln MoU</numerusform>
                <numerusform>%Ln MoUs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln action(s)</source>
            <translation>
                <numerusform>%Ln action</numerusform>
                <numerusform>%Ln actions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln attachment(s)</source>
            <translation>
                <numerusform>%Ln attachment</numerusform>
                <numerusform>%Ln attachments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln event(s)</source>
            <translation>
                <numerusform>%Ln event</numerusform>
                <numerusform>%Ln events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln letter(s)</source>
            <translation>
                <numerusform>%Ln letter</numerusform>
                <numerusform>%Ln letters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln meeting(s)</source>
            <translation>
                <numerusform>%Ln meeting</numerusform>
                <numerusform>%Ln meetings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln mission(s)</source>
            <translation>
                <numerusform>%Ln mission</numerusform>
                <numerusform>%Ln missions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln working group(s)/committee(s)</source>
            <translation>
                <numerusform>%Ln working group/committee</numerusform>
                <numerusform>%Ln working groups/committees</numerusform>
            </translation>
        </message>
    </context>
</TS>
