<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>assetreg::AssetDetailView</name>
    <message numerus="yes">
        <source>%n assets selected.</source>
        <translation>
            <numerusform>%n asset selected.</numerusform>
            <numerusform>%n assets selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assetreg::AuditLog</name>
    <message numerus="yes">
        <source>The audit log is intact: %n entries verified.</source>
        <translation>
            <numerusform>The audit log is intact: %n entry verified.</numerusform>
            <numerusform>The audit log is intact: %n entries verified.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assetreg::BulkEditDialog</name>
    <message numerus="yes">
        <source>Edit %n assets</source>
        <translation>
            <numerusform>Edit %n asset</numerusform>
            <numerusform>Edit %n assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tick the fields to change. All %n selected assets are saved together, or none is.</source>
        <translation>
            <numerusform>Tick the fields to change. The selected asset is saved with all the changes, or not at all.</numerusform>
            <numerusform>Tick the fields to change. All %n selected assets are saved together, or none is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply to %n assets</source>
        <translation>
            <numerusform>Apply to %n asset</numerusform>
            <numerusform>Apply to %n assets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assetreg::ConsistencyRules</name>
    <message numerus="yes">
        <source>The asset has never been reviewed and was registered more than %n month(s) ago. Submit it for review.</source>
        <translation>
            <numerusform>The asset has never been reviewed and was registered more than %n month ago. Submit it for review.</numerusform>
            <numerusform>The asset has never been reviewed and was registered more than %n months ago. Submit it for review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last review was on %1, more than %n month(s) ago. Check the asset and submit it for review again.</source>
        <translation>
            <numerusform>The last review was on %1, more than %n month ago. Check the asset and submit it for review again.</numerusform>
            <numerusform>The last review was on %1, more than %n months ago. Check the asset and submit it for review again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assetreg::MainWindow</name>
    <message numerus="yes">
        <source>%n asset(s) shown</source>
        <translation>
            <numerusform>%n asset shown</numerusform>
            <numerusform>%n assets shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit of %n asset(s)</source>
        <translation>
            <numerusform>Edit of %n asset</numerusform>
            <numerusform>Edit of %n assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assets</source>
        <translation>
            <numerusform>%n asset</numerusform>
            <numerusform>%n assets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assetreg::RetireDialog</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assetreg::cli::Cli</name>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n asset</numerusform>
            <numerusform>%n assets</numerusform>
        </translation>
    </message>
</context>
</TS>
