<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>AssetField</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outsourced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud service name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>Connection string: &quot;%1&quot; has no value (expected key=value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection string: the quoted value of &quot;%1&quot; is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection string: &quot;%1&quot; is not a valid port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection string: unknown keyword &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection string: dbname is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>(1) Networks, systems, facilities and media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(2) Information (printed copies included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(3) System documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic and paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Number segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LGWAN segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not networked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Number (specific personal) information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterStatistics</name>
    <message>
        <source>Counting the register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assetreg::AssetRepository</name>
    <message>
        <source>Reading the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the asset number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The asset number %1 is already used by &quot;%2&quot; (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system it lives on (#%1) does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a network, system, facility or medium (category (1)), so nothing can live on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the asset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The asset %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by %2 at %3 after you opened it (you have version %4, the register has version %5). Nothing was overwritten: reload the asset to see the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been disposed of; its record is kept as it is and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Retire or Dispose to change the status of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by someone else while it was being saved. Nothing was overwritten: reload the asset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The asset no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for retiring %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the method of disposal for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the next asset number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assetreg::AssetTableModel</name>
    <message>
        <source>Asset number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assetreg::AssetTextCodec</name>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nobody with the login or name &quot;%2&quot; is registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (use 2026-03-31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown type &quot;%2&quot; (one of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown department &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown section &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown classification scheme &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown handling restriction &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected text, a number or a list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assetreg::AssetValidator</name>
    <message>
        <source>%1 is too long: %2 characters, at most %3 allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an asset number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The asset number is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The asset number may contain only letters, digits and - _ . /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the asset&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the type of asset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown asset type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type &quot;%1&quot; does not belong to category %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the department responsible for the asset (Article 7(2)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section does not belong to the chosen department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the owner (the manager responsible, Article 7(2)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner is not in the list of people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custodian is not in the list of people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown classification scheme &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the %1 level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 level of the scheme %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown handling restriction &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restriction &quot;%1&quot; needs a value (for example a time or a place).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the asset was retired or disposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter how the asset was disposed of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An asset cannot live on itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assetreg::AuditLog</name>
    <message>
        <source>Writing the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit entry #%1 (%2, %3 %4 by %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry #%1 is missing: it was removed after it was written (the next entry is #%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of sequence: it was inserted after the fact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain is broken at %1: it does not follow the entry before it (an entry was removed or inserted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was altered after it was written: its content does not match its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assets cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset %1 is at version %2 but its last audit entry records version %3: the asset was changed outside the application or audit entries were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries verified.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assetreg::BackupService</name>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server register is at schema version %1, this application writes version %2. Update the register first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is at schema version %2 but the register is at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not restored because its audit log is not intact: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No safety copy of the current register could be taken, so nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearing the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored from %1 (%2 audit entries, chain head %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assetreg::Database</name>
    <message>
        <source>%1: the register is locked by another program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an empty file, not an asset register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an asset register: it is not an SQLite database file. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: the file is truncated (only %2 bytes). The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: its header is invalid. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: the file is truncated (%2 bytes, %3 expected). The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SQLite database of another application, not an asset register. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt database driver %1 is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a register file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged and cannot be opened (%2). The file was not changed; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SQLite database but not an asset register. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL register %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 already holds other tables and is not an asset register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register is open read-only; changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register was saved by a newer version of the application (schema version %1; this version knows up to %2). Update the application to open it. The register was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register needs an update to schema version %1 but is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup could be taken before updating the register, so it was not updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the register to schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the register to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assetreg::MainWindow</name>
    <message>
        <source>Information Asset Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information Asset Register — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset number, name, description, location…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Information Asset Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Information Asset Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Information Asset Register %1&lt;/h3&gt;&lt;p&gt;The register of information assets required by the information security policy (Articles 5 and 7).&lt;/p&gt;&lt;p&gt;Register: %2&lt;br&gt;Schema version: %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assetreg::MasterDataRepository</name>
    <message>
        <source>Reading the master data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the organ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the department %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the setting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assetreg::cli::Cli</name>
    <message>
        <source>Run &quot;assetreg-cli --help&quot; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: assetreg-cli [--db PATH | --pg CONNINFO] COMMAND [OPTIONS]

Information Asset Register (情報資産管理台帳) without a window.

Register:
  --db PATH       an SQLite register file (default: %1)
  --pg CONNINFO   a register on a PostgreSQL server, e.g.
                  &quot;host=db.example port=5432 dbname=assets user=tanaka&quot;

Commands:
  init [--demo]                 create the register (with the demo data)
  add [--FIELD VALUE]... [--json]
                                add an asset from options, or from one JSON
                                object on standard input (--json)
  list [--query TEXT] [--department CODE] [--status STATUS]
       [--format table|json|csv]
  show NUMBER [--history]       one asset, with its change history
  retire NUMBER --reason TEXT [--date YYYY-MM-DD]
  verify                        check the database and the audit chain
  backup FILE                   consistent copy of the register, while in use
  restore FILE                  replace the register with a backup
  stats [--json]                counts by category, segment, level, ...

  --version, --help

Fields for add (JSON keys are the same with underscores):
  %2

Exit codes: 0 success, 1 error, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pg needs a connection string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create it with &quot;assetreg-cli --db %1 init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register was updated from schema version %1 to %2; the previous version was saved as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the new register with the demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register already holds %1 assets; the demo data goes only into an empty register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register ready: %1 (schema version %2, %3 assets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read one JSON object from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the fields as options (--name …) or a JSON object with --json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input, line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input must hold one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The asset was not added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The asset was not added: it lives on %1, which is not in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only assets whose text contains TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this status (in_use, retired, disposed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table, json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use table, json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown department &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Also show every recorded change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show needs exactly one asset number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No asset %1 in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the asset is retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of retirement (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retire needs exactly one asset number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retire needs --reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (use 2026-03-31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the integrity check could not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row of %1 refers to a missing row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: intact (integrity and foreign keys checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: PostgreSQL server (the server guards storage integrity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain head: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log: NOT intact. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup needs exactly one target file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot overwrite the register itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore needs exactly one backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register as it was before is kept in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets: %1 (in use %2, review overdue %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependencies: %1, audit entries: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Information Asset Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite register file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL connection string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo register could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
