<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>assetreg::MainWindow</name>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n asset</numerusform>
            <numerusform>%n assets</numerusform>
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
