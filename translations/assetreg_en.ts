<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>assetreg::ApplyRiskTemplateDialog</name>
    <message numerus="yes">
        <source>Assess %n selected asset(s) of the sub-type %1 with a template. Each asset gets the template&apos;s threats; you can adjust single assets afterwards.</source>
        <translation>
            <numerusform>Assess %n selected asset of the sub-type %1 with a template. Each asset gets the template&apos;s threats; you can adjust single assets afterwards.</numerusform>
            <numerusform>Assess %n selected assets of the sub-type %1 with a template. Each asset gets the template&apos;s threats; you can adjust single assets afterwards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n threat(s)</source>
        <translation>
            <numerusform>%n threat</numerusform>
            <numerusform>%n threats</numerusform>
        </translation>
    </message>
</context>
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
    <name>assetreg::AssetHistoryDialog</name>
    <message numerus="yes">
        <source>Version %1, %2: %n fields changed.</source>
        <translation>
            <numerusform>Version %1, %2: %n field changed.</numerusform>
            <numerusform>Version %1, %2: %n fields changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assetreg::AssetImporter</name>
    <message numerus="yes">
        <source>%n error(s) found: nothing was imported. Correct the file and import again.</source>
        <translation>
            <numerusform>%n error found: nothing was imported. Correct the file and import again.</numerusform>
            <numerusform>%n errors found: nothing was imported. Correct the file and import again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s): %1 added, %2 updated, %3 skipped.</source>
        <translation>
            <numerusform>Imported %n row: %1 added, %2 updated, %3 skipped.</numerusform>
            <numerusform>Imported %n rows: %1 added, %2 updated, %3 skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n row(s), nothing written (dry run): %1 to add, %2 to update, %3 to skip.</source>
        <translation>
            <numerusform>Checked %n row, nothing written (dry run): %1 to add, %2 to update, %3 to skip.</numerusform>
            <numerusform>Checked %n rows, nothing written (dry run): %1 to add, %2 to update, %3 to skip.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assetreg::AssetScopeBox</name>
    <message numerus="yes">
        <source>&amp;Whole register (%n assets)</source>
        <translation>
            <numerusform>&amp;Whole register (%n asset)</numerusform>
            <numerusform>&amp;Whole register (%n assets)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assets &amp;shown (%n, current filter)</source>
        <translation>
            <numerusform>Assets &amp;shown (%n, current filter)</numerusform>
            <numerusform>Assets &amp;shown (%n, current filter)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Se&amp;lected assets (%n)</source>
        <translation>
            <numerusform>Se&amp;lected assets (%n)</numerusform>
            <numerusform>Se&amp;lected assets (%n)</numerusform>
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
    <name>assetreg::AuditLogDialog</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n entries verified, chain head #%1 sha256:%2</source>
        <translation>
            <numerusform>Intact: %n entry verified, chain head #%1 sha256:%2</numerusform>
            <numerusform>Intact: %n entries verified, chain head #%1 sha256:%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n audit entries to %1.</source>
        <translation>
            <numerusform>Saved %n audit entry to %1.</numerusform>
            <numerusform>Saved %n audit entries to %1.</numerusform>
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
    <name>assetreg::ConsistencyReportDialog</name>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n finding(s)</source>
        <translation>
            <numerusform>Showing %1 of %n finding</numerusform>
            <numerusform>Showing %1 of %n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n finding(s) to %1.</source>
        <translation>
            <numerusform>Saved %n finding to %1.</numerusform>
            <numerusform>Saved %n findings to %1.</numerusform>
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
    <name>assetreg::DashboardWindow</name>
    <message numerus="yes">
        <source>in %n department(s)</source>
        <translation>
            <numerusform>in %n department</numerusform>
            <numerusform>in %n departments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n risk(s) assessed</source>
        <translation>
            <numerusform>of %n risk assessed</numerusform>
            <numerusform>of %n risks assessed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n open treatment(s)</source>
        <translation>
            <numerusform>of %n open treatment</numerusform>
            <numerusform>of %n open treatments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not reviewed within %n month(s)</source>
        <translation>
            <numerusform>not reviewed within %n month</numerusform>
            <numerusform>not reviewed within %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assetreg::ExportDialog</name>
    <message numerus="yes">
        <source>Exporting %n assets…</source>
        <translation>
            <numerusform>Exporting %n asset…</numerusform>
            <numerusform>Exporting %n assets…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assetreg::FilterBar</name>
    <message numerus="yes">
        <source>%n asset(s); click ✕ or Clear Filters to show all</source>
        <translation>
            <numerusform>%n asset; click ✕ or Clear Filters to show all</numerusform>
            <numerusform>%n assets; click ✕ or Clear Filters to show all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assetreg::ImportDialog</name>
    <message numerus="yes">
        <source>%n data row(s)</source>
        <translation>
            <numerusform>%n data row</numerusform>
            <numerusform>%n data rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n column(s)</source>
        <translation>
            <numerusform>, %n column</numerusform>
            <numerusform>, %n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>Checking %n row…</numerusform>
            <numerusform>Checking %n rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s) before importing…</source>
        <translation>
            <numerusform>Checking %n row before importing…</numerusform>
            <numerusform>Checking %n rows before importing…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %n asset(s) to the register…</source>
        <translation>
            <numerusform>Writing %n asset to the register…</numerusform>
            <numerusform>Writing %n assets to the register…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n warning.</numerusform>
            <numerusform>%n warnings.</numerusform>
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
    <message numerus="yes">
        <source>%n asset(s) submitted for review.</source>
        <translation>
            <numerusform>%n asset submitted for review.</numerusform>
            <numerusform>%n assets submitted for review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n threat(s) assessed, highest risk value %1</source>
        <translation>
            <numerusform>%n threat assessed, highest risk value %1</numerusform>
            <numerusform>%n threats assessed, highest risk value %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n treatment(s) overdue</source>
        <translation>
            <numerusform>%n treatment overdue</numerusform>
            <numerusform>%n treatments overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) assessed: %1 threats added, %2 replaced, %3 kept</source>
        <translation>
            <numerusform>%n asset assessed: %1 threats added, %2 replaced, %3 kept</numerusform>
            <numerusform>%n assets assessed: %1 threats added, %2 replaced, %3 kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Risk: importance %1 × possibility %2 (%n asset(s))</source>
        <translation>
            <numerusform>Risk: importance %1 × possibility %2 (%n asset)</numerusform>
            <numerusform>Risk: importance %1 × possibility %2 (%n assets)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assetreg::MasterDataRepository</name>
    <message numerus="yes">
        <source>%1 still has %n asset(s) in use: move them to another department or retire them first.</source>
        <translation>
            <numerusform>%1 still has %n asset in use: move it to another department or retire it first.</numerusform>
            <numerusform>%1 still has %n assets in use: move them to another department or retire them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assetreg::RegisterPrintSetupDialog</name>
    <message numerus="yes">
        <source>Saved %n asset(s) to %1.</source>
        <translation>
            <numerusform>Saved %n asset to %1.</numerusform>
            <numerusform>Saved %n assets to %1.</numerusform>
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
    <name>assetreg::ReviewQueueDialog</name>
    <message numerus="yes">
        <source>%n assets awaiting review</source>
        <translation>
            <numerusform>%n asset awaiting review</numerusform>
            <numerusform>%n assets awaiting review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fields changed since the approved version %1.</source>
        <translation>
            <numerusform>%n field changed since the approved version %1.</numerusform>
            <numerusform>%n fields changed since the approved version %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve the %n selected assets (Ctrl+Enter)</source>
        <translation>
            <numerusform>Approve the %n selected asset (Ctrl+Enter)</numerusform>
            <numerusform>Approve the %n selected assets (Ctrl+Enter)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve the %n selected assets for their department</source>
        <translation>
            <numerusform>Approve the %n selected asset for its department</numerusform>
            <numerusform>Approve the %n selected assets for their department</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Return the %n selected assets to their department with the comment</source>
        <translation>
            <numerusform>Return the %n selected asset to its department with the comment</numerusform>
            <numerusform>Return the %n selected assets to their department with the comment</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assetreg::RiskAssessmentDialog</name>
    <message numerus="yes">
        <source>%n threat(s) of the template are already assessed. Replace them with the template&apos;s values? (No adds only the threats not yet assessed.)</source>
        <translation>
            <numerusform>%n threat of the template is already assessed. Replace it with the template&apos;s values? (No adds only the threats not yet assessed.)</numerusform>
            <numerusform>%n threats of the template are already assessed. Replace them with the template&apos;s values? (No adds only the threats not yet assessed.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assetreg::RiskHeatMap</name>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n risk</numerusform>
            <numerusform>%n risks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n asset</numerusform>
            <numerusform>%n assets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assetreg::RiskRegisterDialog</name>
    <message numerus="yes">
        <source>%n risk(s) shown</source>
        <translation>
            <numerusform>%n risk shown</numerusform>
            <numerusform>%n risks shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue treatment(s)</source>
        <translation>
            <numerusform>%n overdue treatment</numerusform>
            <numerusform>%n overdue treatments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assetreg::RiskReport</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue treatments and those due by %1. %n more, due later, are listed in the workbook&apos;s sheet &quot;%2&quot;.</source>
        <translation>
            <numerusform>Overdue treatments and those due by %1. %n more, due later, are listed in the workbook&apos;s sheet &quot;%2&quot;.</numerusform>
            <numerusform>Overdue treatments and those due by %1. %n more, due later, are listed in the workbook&apos;s sheet &quot;%2&quot;.</numerusform>
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
    <message numerus="yes">
        <source>Exported %n asset(s) to %1</source>
        <translation>
            <numerusform>Exported %n asset to %1</numerusform>
            <numerusform>Exported %n assets to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded for %n asset(s).</source>
        <translation>
            <numerusform>Recorded for %n asset.</numerusform>
            <numerusform>Recorded for %n assets.</numerusform>
        </translation>
    </message>
</context>
</TS>
