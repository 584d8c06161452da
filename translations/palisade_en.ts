<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>palisade::AssetRegister</name>
    <message numerus="yes">
        <source>&quot;%1&quot; is named by %n risk(s); unlink it from them before deleting it.</source>
        <translation>
            <numerusform>&quot;%1&quot; is named by %n risk; unlink it from them before deleting it.</numerusform>
            <numerusform>&quot;%1&quot; is named by %n risks; unlink it from them before deleting it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is linked to %n counterparty(ies); unlink it from them before deleting it.</source>
        <translation>
            <numerusform>&quot;%1&quot; is linked to %n counterparty; unlink it from them before deleting it.</numerusform>
            <numerusform>&quot;%1&quot; is linked to %n counterparties; unlink it from them before deleting it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::BaaDueList</name>
    <message numerus="yes">
        <source>Review due on %1 (in %n day(s)).</source>
        <translation>
            <numerusform>Review due on %1 (in %n day).</numerusform>
            <numerusform>Review due on %1 (in %n days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires on %1 (in %n day(s)).</source>
        <translation>
            <numerusform>Expires on %1 (in %n day).</numerusform>
            <numerusform>Expires on %1 (in %n days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required provision(s) missing</source>
        <translation>
            <numerusform>%n required provision missing</numerusform>
            <numerusform>%n required provisions missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not yet checked</source>
        <translation>
            <numerusform>%n not yet checked</numerusform>
            <numerusform>%n not yet checked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::BaaRegister</name>
    <message numerus="yes">
        <source>%n subcontractor agreement(s) flow down from %1; unlink them first.</source>
        <translation>
            <numerusform>%n subcontractor agreement flows down from %1; unlink them first.</numerusform>
            <numerusform>%n subcontractor agreements flow down from %1; unlink them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::BreachNotificationRules</name>
    <message numerus="yes">
        <source>%1 requires notice within %n day(s) of discovery (shorter than the 60 days of 164.410).</source>
        <translation>
            <numerusform>%1 requires notice within %n day of discovery (shorter than the 60 days of 164.410).</numerusform>
            <numerusform>%1 requires notice within %n days of discovery (shorter than the 60 days of 164.410).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than 500 residents of %1 affected (%n): prominent media outlets serving it, within 60 days (164.406).</source>
        <translation>
            <numerusform>More than 500 residents of %1 affected (%n): prominent media outlets serving it, within 60 days (164.406).</numerusform>
            <numerusform>More than 500 residents of %1 affected (%n): prominent media outlets serving it, within 60 days (164.406).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n individual(s) affected, 500 or more: HHS at the same time as the individuals, within 60 days (164.408(b)).</source>
        <translation>
            <numerusform>%n individual affected, 500 or more: HHS at the same time as the individuals, within 60 days (164.408(b)).</numerusform>
            <numerusform>%n individuals affected, 500 or more: HHS at the same time as the individuals, within 60 days (164.408(b)).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n individual(s) affected, fewer than 500: the annual log of breaches discovered in %1, due 60 days after the year ends (164.408(c)).</source>
        <translation>
            <numerusform>%n individual affected, fewer than 500: the annual log of breaches discovered in %1, due 60 days after the year ends (164.408(c)).</numerusform>
            <numerusform>%n individuals affected, fewer than 500: the annual log of breaches discovered in %1, due 60 days after the year ends (164.408(c)).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 residents affected: %2 within %n day(s) of discovery (%3).</source>
        <translation>
            <numerusform>%1 residents affected: %2 within %n day of discovery (%3).</numerusform>
            <numerusform>%1 residents affected: %2 within %n days of discovery (%3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ImportProblems</name>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems.</source>
        <translation>
            <numerusform>Nothing was imported: %n row has problems.</numerusform>
            <numerusform>Nothing was imported: %n rows have problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n row(s) have problems.</source>
        <translation>
            <numerusform>Nothing was imported from %1: %n row has problems.</numerusform>
            <numerusform>Nothing was imported from %1: %n rows have problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s), not listed.</source>
        <translation>
            <numerusform>… and %n more problem, not listed.</numerusform>
            <numerusform>… and %n more problems, not listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::IncidentRegister</name>
    <message numerus="yes">
        <source>%1 has %n notice(s) on file that rest on its breach assessment; the assessment is kept with them. Record a new assessment instead.</source>
        <translation>
            <numerusform>%1 has a notice on file that rests on its breach assessment; the assessment is kept with it. Record a new assessment instead.</numerusform>
            <numerusform>%1 has %n notices on file that rest on its breach assessment; the assessment is kept with them. Record a new assessment instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is named by %n incident(s) (%2); the incident records keep it.</source>
        <translation>
            <numerusform>&quot;%1&quot; is named by %n incident (%2); the incident records keep it.</numerusform>
            <numerusform>&quot;%1&quot; is named by %n incidents (%2); the incident records keep it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::RiskAttention</name>
    <message numerus="yes">
        <source>%n remediation task(s) overdue.</source>
        <translation>
            <numerusform>%n remediation task overdue.</numerusform>
            <numerusform>%n remediation tasks overdue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::RiskValidator</name>
    <message numerus="yes">
        <source>The risk cannot be closed while %n remediation task(s) are open: %1.</source>
        <translation>
            <numerusform>The risk cannot be closed while %n remediation task is open: %1.</numerusform>
            <numerusform>The risk cannot be closed while %n remediation tasks are open: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::TrainingRegister</name>
    <message numerus="yes">
        <source>%n completion(s) of %1 are on file; retire the course instead.</source>
        <translation>
            <numerusform>%n completion of %1 is on file; retire the course instead.</numerusform>
            <numerusform>%n completions of %1 are on file; retire the course instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::WorkforceRegister</name>
    <message numerus="yes">
        <source>%n person(s) or course(s) have the role %1; take it from them first.</source>
        <translation>
            <numerusform>%n person or course has the role %1; take it from them first.</numerusform>
            <numerusform>%n people or courses have the role %1; take it from them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::cli::AssetCommands</name>
    <message numerus="yes">
        <source>Imported %n asset(s) from %1: %2.</source>
        <translation>
            <numerusform>Imported %n asset from %1: %2.</numerusform>
            <numerusform>Imported %n assets from %1: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n asset(s) to %1.</source>
        <translation>
            <numerusform>Exported %n asset to %1.</numerusform>
            <numerusform>Exported %n assets to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::cli::BaaCommands</name>
    <message numerus="yes">
        <source>Imported %n counterparty(ies) from %1: %2.</source>
        <translation>
            <numerusform>Imported %n counterparty from %1: %2.</numerusform>
            <numerusform>Imported %n counterparties from %1: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n agreement(s) from %1: %2.</source>
        <translation>
            <numerusform>Imported %n agreement from %1: %2.</numerusform>
            <numerusform>Imported %n agreements from %1: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n counterparty(ies) to %1.</source>
        <translation>
            <numerusform>Exported %n counterparty to %1.</numerusform>
            <numerusform>Exported %n counterparties to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n agreement(s) to %1.</source>
        <translation>
            <numerusform>Exported %n agreement to %1.</numerusform>
            <numerusform>Exported %n agreements to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need attention as of %1.</source>
        <translation>
            <numerusform>%n item needs attention as of %1.</numerusform>
            <numerusform>%n items need attention as of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attached %1 (%2, %n page(s)) to %3.</source>
        <translation>
            <numerusform>Attached %1 (%2, %n page) to %3.</numerusform>
            <numerusform>Attached %1 (%2, %n pages) to %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::cli::IncidentCommands</name>
    <message numerus="yes">
        <source>Added %n incident(s) from %1: %2.</source>
        <translation>
            <numerusform>Added %n incident from %1: %2.</numerusform>
            <numerusform>Added %n incidents from %1: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
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
        <source>%n notice(s) overdue as of %1.</source>
        <translation>
            <numerusform>%n notice overdue as of %1.</numerusform>
            <numerusform>%n notices overdue as of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the breach log of %1 (%n breach(es)) to %2.</source>
        <translation>
            <numerusform>Wrote the breach log of %1 (%n breach) to %2.</numerusform>
            <numerusform>Wrote the breach log of %1 (%n breaches) to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::cli::PackCommands</name>
    <message numerus="yes">
        <source>Wrote evidence pack %1 (%n page(s)) to %2; SHA-256 %3.</source>
        <translation>
            <numerusform>Wrote evidence pack %1 (%n page) to %2; SHA-256 %3.</numerusform>
            <numerusform>Wrote evidence pack %1 (%n pages) to %2; SHA-256 %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Period %1 to %2; sections %3; %n page(s).</source>
        <translation>
            <numerusform>Period %1 to %2; sections %3; %n page.</numerusform>
            <numerusform>Period %1 to %2; sections %3; %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote its bundle with %n attachment(s) to %1; SHA-256 %2.</source>
        <translation>
            <numerusform>Wrote its bundle with %n attachment to %1; SHA-256 %2.</numerusform>
            <numerusform>Wrote its bundle with %n attachments to %1; SHA-256 %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is the evidence bundle of pack %2: all %n file(s) match its manifest.</source>
        <translation>
            <numerusform>%1 is the evidence bundle of pack %2: its %n file matches its manifest.</numerusform>
            <numerusform>%1 is the evidence bundle of pack %2: all %n files match its manifest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Period %1 to %2; sections %3; %n attachment(s).</source>
        <translation>
            <numerusform>Period %1 to %2; sections %3; %n attachment.</numerusform>
            <numerusform>Period %1 to %2; sections %3; %n attachments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::cli::PolicyCommands</name>
    <message numerus="yes">
        <source>Category: %1. Owner: %2. Reviewed every %n month(s).</source>
        <translation>
            <numerusform>Category: %1. Owner: %2. Reviewed every %n month.</numerusform>
            <numerusform>Category: %1. Owner: %2. Reviewed every %n months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signed copy: %1 (%n page(s), SHA-256 %2)</source>
        <translation>
            <numerusform>Signed copy: %1 (%n page, SHA-256 %2)</numerusform>
            <numerusform>Signed copy: %1 (%n pages, SHA-256 %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 revision %2 → %3: %n word(s) added</source>
        <translation>
            <numerusform>%1 revision %2 → %3: %n word added</numerusform>
            <numerusform>%1 revision %2 → %3: %n words added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n removed.</source>
        <translation>
            <numerusform>, %n removed.</numerusform>
            <numerusform>, %n removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %2: %n word(s) added</source>
        <translation>
            <numerusform>%1 is %2: %n word added</numerusform>
            <numerusform>%1 is %2: %n words added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::cli::RetentionCommands</name>
    <message numerus="yes">
        <source>Dispose of these %n record(s)? Their content is destroyed. Type yes to go on:</source>
        <translation>
            <numerusform>Dispose of these %n record? Their content is destroyed. Type yes to go on:</numerusform>
            <numerusform>Dispose of these %n records? Their content is destroyed. Type yes to go on:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disposed of %n record(s); the disposal log and the audit trail keep their tombstones.</source>
        <translation>
            <numerusform>Disposed of %n record; the disposal log and the audit trail keep their tombstones.</numerusform>
            <numerusform>Disposed of %n records; the disposal log and the audit trail keep their tombstones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::cli::RiskCommands</name>
    <message numerus="yes">
        <source>Imported %n risk(s) from %1: %2.</source>
        <translation>
            <numerusform>Imported %n risk from %1: %2.</numerusform>
            <numerusform>Imported %n risks from %1: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n risk(s) to %1.</source>
        <translation>
            <numerusform>Exported %n risk to %1.</numerusform>
            <numerusform>Exported %n risks to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::cli::TrainingCommands</name>
    <message numerus="yes">
        <source>Imported %n person(s) from %1: %2 added, %3 updated, %4 unchanged.</source>
        <translation>
            <numerusform>Imported %n person from %1: %2 added, %3 updated, %4 unchanged.</numerusform>
            <numerusform>Imported %n people from %1: %2 added, %3 updated, %4 unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n completion(s) from %1: %2 added, %3 already on file.</source>
        <translation>
            <numerusform>Read %n completion from %1: %2 added, %3 already on file.</numerusform>
            <numerusform>Read %n completions from %1: %2 added, %3 already on file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>every month</numerusform>
            <numerusform>every %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue as of %1.</source>
        <translation>
            <numerusform>%n overdue as of %1.</numerusform>
            <numerusform>%n overdue as of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the training matrix as of %1 (%n person(s), %2 course(s)) to %3.</source>
        <translation>
            <numerusform>Wrote the training matrix as of %1 (%n person, %2 course(s)) to %3.</numerusform>
            <numerusform>Wrote the training matrix as of %1 (%n people, %2 course(s)) to %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::AcknowledgmentDialog</name>
    <message numerus="yes">
        <source>Record that %n person(s) read and acknowledged %1:</source>
        <translation>
            <numerusform>Record that %n person read and acknowledged %1:</numerusform>
            <numerusform>Record that %n people read and acknowledged %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::AgreementDocumentsTab</name>
    <message numerus="yes">
        <source>%1 is attached (%n page(s)); its text is now searchable.</source>
        <translation>
            <numerusform>%1 is attached (%n page); its text is now searchable.</numerusform>
            <numerusform>%1 is attached (%n pages); its text is now searchable.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::AgreementProvisionsTab</name>
    <message numerus="yes">
        <source> — %n missing</source>
        <translation>
            <numerusform> — %n missing</numerusform>
            <numerusform> — %n missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n not checked yet</source>
        <translation>
            <numerusform> — %n not checked yet</numerusform>
            <numerusform> — %n not checked yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::AgreementTableModel</name>
    <message numerus="yes">
        <source>Review overdue by %n day(s).</source>
        <translation>
            <numerusform>Review overdue by %n day.</numerusform>
            <numerusform>Review overdue by %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Breach notice within %n day(s); </source>
        <translation>
            <numerusform>Breach notice within %n day; </numerusform>
            <numerusform>Breach notice within %n days; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>security incidents reported within %n day(s).</source>
        <translation>
            <numerusform>security incidents reported within %n day.</numerusform>
            <numerusform>security incidents reported within %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed document(s) kept in this file.</source>
        <translation>
            <numerusform>%n signed document kept in this file.</numerusform>
            <numerusform>%n signed documents kept in this file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::AssetPage</name>
    <message numerus="yes">
        <source>No asset matches this filter. Change the search, or clear the filter to see all %n asset(s).</source>
        <translation>
            <numerusform>No asset matches this filter. Change the search, or clear the filter to see all %n asset.</numerusform>
            <numerusform>No asset matches this filter. Change the search, or clear the filter to see all %n assets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n data flow(s)? The audit trail keeps a record of it.</source>
        <translation>
            <numerusform>Delete “%1” and its %n data flow? The audit trail keeps a record of it.</numerusform>
            <numerusform>Delete “%1” and its %n data flows? The audit trail keeps a record of it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n asset(s).</source>
        <translation>
            <numerusform>Imported %n asset.</numerusform>
            <numerusform>Imported %n assets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::AssetTableModel</name>
    <message numerus="yes">
        <source>%n data flow(s) not encrypted in transit.</source>
        <translation>
            <numerusform>%n data flow not encrypted in transit.</numerusform>
            <numerusform>%n data flows not encrypted in transit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s) in the register name this asset.</source>
        <translation>
            <numerusform>%n risk in the register names this asset.</numerusform>
            <numerusform>%n risks in the register name this asset.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unencrypted (finding)</source>
        <translation>
            <numerusform>%n unencrypted (finding)</numerusform>
            <numerusform>%n unencrypted (finding)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::AuditTrailModel</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed (%n field(s))</source>
        <translation>
            <numerusform>Removed (%n field)</numerusform>
            <numerusform>Removed (%n fields)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::BaaDueSummaryBox</name>
    <message numerus="yes">
        <source>…and %n more on the Vendors page.</source>
        <translation>
            <numerusform>…and %n more on the Vendors page.</numerusform>
            <numerusform>…and %n more on the Vendors page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::BreachLogTab</name>
    <message numerus="yes">
        <source>That is in %n day(s).</source>
        <translation>
            <numerusform>That is in %n day.</numerusform>
            <numerusform>That is in %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discovered in %1: %n breach(es) affecting fewer than 500, for that submission; %2 of 500 or more, each reported to HHS within 60 days of its discovery.</source>
        <translation>
            <numerusform>Discovered in %1: %n breach affecting fewer than 500, for that submission; %2 of 500 or more, each reported to HHS within 60 days of its discovery.</numerusform>
            <numerusform>Discovered in %1: %n breaches affecting fewer than 500, for that submission; %2 of 500 or more, each reported to HHS within 60 days of its discovery.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 breach log (%n breach(es)) was saved to %2. It holds PHI details: keep it protected.</source>
        <translation>
            <numerusform>The %1 breach log (%n breach) was saved to %2. It holds PHI details: keep it protected.</numerusform>
            <numerusform>The %1 breach log (%n breaches) was saved to %2. It holds PHI details: keep it protected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::CloseIncidentDialog</name>
    <message numerus="yes">
        <source>%n notice(s) it calls for have not been recorded as sent.</source>
        <translation>
            <numerusform>%n notice it calls for has not been recorded as sent.</numerusform>
            <numerusform>%n notices it calls for have not been recorded as sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n corrective action(s) are still open.</source>
        <translation>
            <numerusform>%n corrective action is still open.</numerusform>
            <numerusform>%n corrective actions are still open.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::CorrectiveActionModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::DisposalConfirmDialog</name>
    <message numerus="yes">
        <source>Dispose of %n record(s) past the retention period on %1?</source>
        <translation>
            <numerusform>Dispose of %n record past the retention period on %1?</numerusform>
            <numerusform>Dispose of %n records past the retention period on %1?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::DisposalRun</name>
    <message numerus="yes">
        <source>Disposed of %n record(s)</source>
        <translation>
            <numerusform>Disposed of %n record</numerusform>
            <numerusform>Disposed of %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n that belonged to them</source>
        <translation>
            <numerusform> and %n that belonged to them</numerusform>
            <numerusform> and %n that belonged to them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n refused: </source>
        <translation>
            <numerusform>; %n refused: </numerusform>
            <numerusform>; %n refused: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::DueSummaryBox</name>
    <message numerus="yes">
        <source>%n finding(s) need attention now.</source>
        <translation>
            <numerusform>%n finding needs attention now.</numerusform>
            <numerusform>%n findings need attention now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) coming due.</source>
        <translation>
            <numerusform>%n date coming due.</numerusform>
            <numerusform>%n dates coming due.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::ExportDialog</name>
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
    <message numerus="yes">
        <source>%n counterparty(ies)</source>
        <translation>
            <numerusform>%n counterparty</numerusform>
            <numerusform>%n counterparties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::ImportDialog</name>
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
    <message numerus="yes">
        <source>%n counterparty(ies)</source>
        <translation>
            <numerusform>%n counterparty</numerusform>
            <numerusform>%n counterparties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::IncidentDeadlineSummaryBox</name>
    <message numerus="yes">
        <source>notice to %1 overdue by %n day(s), due %2</source>
        <translation>
            <numerusform>notice to %1 overdue by %n day, due %2</numerusform>
            <numerusform>notice to %1 overdue by %n days, due %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>notice to %1 due on %2, in %n day(s)</source>
        <translation>
            <numerusform>notice to %1 due on %2, in %n day</numerusform>
            <numerusform>notice to %1 due on %2, in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more on the Incidents page.</source>
        <translation>
            <numerusform>…and %n more on the Incidents page.</numerusform>
            <numerusform>…and %n more on the Incidents page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::IncidentDeadlineText</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::IncidentLogTab</name>
    <message numerus="yes">
        <source>No incident matches these filters. Change them, or clear them to see all %n incident(s).</source>
        <translation>
            <numerusform>No incident matches these filters. Change them, or clear them to see all %n incident.</numerusform>
            <numerusform>No incident matches these filters. Change them, or clear them to see all %n incidents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No incident is open. The %n closed incident(s) show under “All incidents”.</source>
        <translation>
            <numerusform>No incident is open. The %n closed incident show under “All incidents”.</numerusform>
            <numerusform>No incident is open. The %n closed incidents show under “All incidents”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::LegalHoldsTab</name>
    <message numerus="yes">
        <source>No legal hold is in force. %n released hold(s) are hidden.</source>
        <translation>
            <numerusform>No legal hold is in force. %n released hold is hidden.</numerusform>
            <numerusform>No legal hold is in force. %n released holds are hidden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::NotificationsTab</name>
    <message numerus="yes">
        <source>%1 of %2 notices sent; %n overdue.</source>
        <translation>
            <numerusform>%1 of %2 notices sent; %n overdue.</numerusform>
            <numerusform>%1 of %2 notices sent; %n overdue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::PackVerifyText</name>
    <message numerus="yes">
        <source>All %n file(s) in it match its manifest, and the manifest is the one recorded.</source>
        <translation>
            <numerusform>The %n file in it matches its manifest, and the manifest is the one recorded.</numerusform>
            <numerusform>All %n files in it match its manifest, and the manifest is the one recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::PeopleTab</name>
    <message numerus="yes">
        <source>Nobody matches these filters. Change them, or clear them to see all %n person(s).</source>
        <translation>
            <numerusform>Nobody matches these filters. Change them, or clear them to see the %n person.</numerusform>
            <numerusform>Nobody matches these filters. Change them, or clear them to see all %n people.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::PersonCompletionModel</name>
    <message numerus="yes">
        <source>%1, %n page(s)</source>
        <translation>
            <numerusform>%1, %n page</numerusform>
            <numerusform>%1, %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::PersonDetailPanel</name>
    <message numerus="yes">
        <source>%1 is kept with the completion (%n page(s)).</source>
        <translation>
            <numerusform>%1 is kept with the completion (%n page).</numerusform>
            <numerusform>%1 is kept with the completion (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::PoliciesPage</name>
    <message numerus="yes">
        <source>HIPAA expects written policies and procedures, reviewed periodically and kept for six years (164.316). Adopt the %n starter policies shipped with Palisade (security management, workforce training, breach notification and more) as drafts to adapt, or write one from scratch. Each revision is approved by the roles you name, then kept unchanged.</source>
        <translation>
            <numerusform>HIPAA expects written policies and procedures, reviewed periodically and kept for six years (164.316). Adopt the %n starter policies shipped with Palisade (security management, workforce training, breach notification and more) as drafts to adapt, or write one from scratch. Each revision is approved by the roles you name, then kept unchanged.</numerusform>
            <numerusform>HIPAA expects written policies and procedures, reviewed periodically and kept for six years (164.316). Adopt the %n starter policies shipped with Palisade (security management, workforce training, breach notification and more) as drafts to adapt, or write one from scratch. Each revision is approved by the roles you name, then kept unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No policy matches these filters. Change them, or clear them to see all %n policy(ies).</source>
        <translation>
            <numerusform>No policy matches these filters. Change them, or clear them to see the %n policy.</numerusform>
            <numerusform>No policy matches these filters. Change them, or clear them to see all %n policies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starter policy(ies) added as drafts. Read each one, adapt it to how you work, then submit it for approval.</source>
        <translation>
            <numerusform>%n starter policy added as a draft. Read it, adapt it to how you work, then submit it for approval.</numerusform>
            <numerusform>%n starter policies added as drafts. Read each one, adapt it to how you work, then submit it for approval.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::PolicyDetailPanel</name>
    <message numerus="yes">
        <source>%1 · Owner: %2 · Reviewed every %n month(s)</source>
        <translation>
            <numerusform>%1 · Owner: %2 · Reviewed every %n month</numerusform>
            <numerusform>%1 · Owner: %2 · Reviewed every %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::PolicyReviewSummaryBox</name>
    <message numerus="yes">
        <source>review overdue by %n day(s), since %1</source>
        <translation>
            <numerusform>review overdue by %n day, since %1</numerusform>
            <numerusform>review overdue by %n days, since %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more on the Policies page.</source>
        <translation>
            <numerusform>…and %n more on the Policies page.</numerusform>
            <numerusform>…and %n more on the Policies page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::PolicyTableModel</name>
    <message numerus="yes">
        <source>Review overdue by %n day(s)</source>
        <translation>
            <numerusform>Review overdue by %n day</numerusform>
            <numerusform>Review overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review due within %n day(s)</source>
        <translation>
            <numerusform>Review due within %n day</numerusform>
            <numerusform>Review due within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviewed every %n month(s)</source>
        <translation>
            <numerusform>Reviewed every %n month</numerusform>
            <numerusform>Reviewed every %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::RecordNotificationDialog</name>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::RequiredNoticeModel</name>
    <message numerus="yes">
        <source>Sent %n day(s) late</source>
        <translation>
            <numerusform>Sent %n day late</numerusform>
            <numerusform>Sent %n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::RetentionRecordsTab</name>
    <message numerus="yes">
        <source>No record matches these filters as of %1. Change them, or clear them to see all %n record(s).</source>
        <translation>
            <numerusform>No record matches these filters as of %1. Change them, or clear them to see the %n record.</numerusform>
            <numerusform>No record matches these filters as of %1. Change them, or clear them to see all %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dispose of the %n record(s) eligible as of %1</source>
        <translation>
            <numerusform>Dispose of the %n record eligible as of %1</numerusform>
            <numerusform>Dispose of the %n records eligible as of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dispose of the %n selected eligible record(s)</source>
        <translation>
            <numerusform>Dispose of the %n selected eligible record</numerusform>
            <numerusform>Dispose of the %n selected eligible records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::ReturnToDraftDialog</name>
    <message numerus="yes">
        <source>%1 goes back to draft so its words can change. The %n approval(s) recorded so far are withdrawn; the audit trail keeps them.</source>
        <translation>
            <numerusform>%1 goes back to draft so its words can change. The %n approval recorded so far is withdrawn; the audit trail keeps it.</numerusform>
            <numerusform>%1 goes back to draft so its words can change. The %n approvals recorded so far are withdrawn; the audit trail keeps them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::RevisionAcknowledgmentsTab</name>
    <message numerus="yes">
        <source>Everyone on the workforce (%n person(s)) has acknowledged %1.</source>
        <translation>
            <numerusform>Everyone on the workforce (%n person) has acknowledged %1.</numerusform>
            <numerusform>Everyone on the workforce (%n people) has acknowledged %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 people on the workforce have acknowledged %3; %n still to. Select them and record their acknowledgment when they have read it.</source>
        <translation>
            <numerusform>%1 of %2 people on the workforce have acknowledged %3; %n still to. Select them and record their acknowledgment when they have read it.</numerusform>
            <numerusform>%1 of %2 people on the workforce have acknowledged %3; %n still to. Select them and record their acknowledgment when they have read it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::RevisionDiffDialog</name>
    <message numerus="yes">
        <source>%n word(s) added</source>
        <translation>
            <numerusform>%n word added</numerusform>
            <numerusform>%n words added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::RevisionEditorDialog</name>
    <message numerus="yes">
        <source>%1 (%n page(s)), attached when saved</source>
        <translation>
            <numerusform>%1 (%n page), attached when saved</numerusform>
            <numerusform>%1 (%n pages), attached when saved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n page(s))</source>
        <translation>
            <numerusform>%1 (%n page)</numerusform>
            <numerusform>%1 (%n pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::RiskCitationPicker</name>
    <message numerus="yes">
        <source>%n ticked: %1</source>
        <translation>
            <numerusform>%n ticked: %1</numerusform>
            <numerusform>%n ticked: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::RiskFilterBar</name>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n risk</numerusform>
            <numerusform>%n risks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln risk(s)</source>
        <translation>
            <numerusform>%L1 of %Ln risk</numerusform>
            <numerusform>%L1 of %Ln risks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::RiskHeatMapWidget</name>
    <message numerus="yes">
        <source>%1 likelihood × %2 impact: %3 risk — %n risk(s)</source>
        <translation>
            <numerusform>%1 likelihood × %2 impact: %3 risk — %n risk</numerusform>
            <numerusform>%1 likelihood × %2 impact: %3 risk — %n risks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::RiskMatrixDialog</name>
    <message numerus="yes">
        <source>Customized: %n cell(s) differ from the NIST SP 800-30 Rev. 1 default.</source>
        <translation>
            <numerusform>Customized: %n cell differ from the NIST SP 800-30 Rev. 1 default.</numerusform>
            <numerusform>Customized: %n cells differ from the NIST SP 800-30 Rev. 1 default.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::RiskPage</name>
    <message numerus="yes">
        <source>No risks match these filters. Change the search or the choices above, or clear the filters to see all %Ln risk(s).</source>
        <translation>
            <numerusform>No risks match these filters. Change the search or the choices above, or clear the filters to see all %Ln risk.</numerusform>
            <numerusform>No risks match these filters. Change the search or the choices above, or clear the filters to see all %Ln risks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of that day have since been disposed of after their retention period and are not shown.</source>
        <translation>
            <numerusform>%n record of that day has since been disposed of after its retention period and is not shown.</numerusform>
            <numerusform>%n records of that day have since been disposed of after their retention period and are not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::RiskTableModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reassessment overdue by %n day(s)</source>
        <translation>
            <numerusform>Reassessment overdue by %n day</numerusform>
            <numerusform>Reassessment overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open task(s), %1 overdue</source>
        <translation>
            <numerusform>%n open task, %1 overdue</numerusform>
            <numerusform>%n open tasks, %1 overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n open task</numerusform>
            <numerusform>%n open tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::RiskTaskPanel</name>
    <message numerus="yes">
        <source>%n task(s) overdue, marked in the Due column.</source>
        <translation>
            <numerusform>%n task overdue, marked in the Due column.</numerusform>
            <numerusform>%n tasks overdue, marked in the Due column.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::StateRuleTableModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notify %1 within %n day(s) of discovery when at least %2 residents of %3 are affected.</source>
        <translation>
            <numerusform>Notify %1 within %n day of discovery when at least %2 residents of %3 are affected.</numerusform>
            <numerusform>Notify %1 within %n days of discovery when at least %2 residents of %3 are affected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::TemplatePickerDialog</name>
    <message numerus="yes">
        <source>Review every %n month(s) · Approved by: %1 · Cites: %2</source>
        <translation>
            <numerusform>Review every %n month · Approved by: %1 · Cites: %2</numerusform>
            <numerusform>Review every %n months · Approved by: %1 · Cites: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Adopt %n Policy(ies)</source>
        <translation>
            <numerusform>&amp;Adopt %n Policy</numerusform>
            <numerusform>&amp;Adopt %n Policies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n policy(ies) adopted; these were not:
%1</source>
        <translation>
            <numerusform>%n policy adopted; these were not:
%1</numerusform>
            <numerusform>%n policies adopted; these were not:
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::TrainingDueSummaryBox</name>
    <message numerus="yes">
        <source>%1 overdue by %n day(s), since %2</source>
        <translation>
            <numerusform>%1 overdue by %n day, since %2</numerusform>
            <numerusform>%1 overdue by %n days, since %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more on the Training page.</source>
        <translation>
            <numerusform>…and %n more on the Training page.</numerusform>
            <numerusform>…and %n more on the Training page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::TrainingImportDialog</name>
    <message numerus="yes">
        <source>The first %1 of %n row(s); the numbers are the file&apos;s lines.</source>
        <translation>
            <numerusform>The first %1 of %n row; the numbers are the file&apos;s lines.</numerusform>
            <numerusform>The first %1 of %n rows; the numbers are the file&apos;s lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s); the numbers are the file&apos;s lines.</source>
        <translation>
            <numerusform>The only row; the number is the file&apos;s line.</numerusform>
            <numerusform>All %n rows; the numbers are the file&apos;s lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing new in %1: all %n completion(s) in it are already on file.</source>
        <translation>
            <numerusform>Nothing new in %1: its %n completion is already on file.</numerusform>
            <numerusform>Nothing new in %1: all %n completions in it are already on file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::TrainingLabels</name>
    <message numerus="yes">
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>Every month</numerusform>
            <numerusform>Every %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::TrainingMatrixModel</name>
    <message numerus="yes">
        <source>%n course(s) overdue, the longest by %1 days</source>
        <translation>
            <numerusform>%n course overdue by %1 days</numerusform>
            <numerusform>%n courses overdue, the longest by %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::TrainingMatrixTab</name>
    <message numerus="yes">
        <source>%1; and %n more</source>
        <translation>
            <numerusform>%1; and %n more</numerusform>
            <numerusform>%1; and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finding: %n person(s) had access to PHI before completing their onboarding training (164.308(a)(5)): %1.</source>
        <translation>
            <numerusform>Finding: %n person had access to PHI before completing their onboarding training (164.308(a)(5)): %1.</numerusform>
            <numerusform>Finding: %n people had access to PHI before completing their onboarding training (164.308(a)(5)): %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n course</numerusform>
            <numerusform>%n courses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue item(s) across %1</source>
        <translation>
            <numerusform>%n overdue item across %1</numerusform>
            <numerusform>%n overdue items across %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the overdue list (%n item(s)) to %1.</source>
        <translation>
            <numerusform>Saved the overdue list (%n item) to %1.</numerusform>
            <numerusform>Saved the overdue list (%n items) to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::VendorDuePanel</name>
    <message numerus="yes">
        <source>Due list: %n item(s), </source>
        <translation>
            <numerusform>Due list: %n item, </numerusform>
            <numerusform>Due list: %n items, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue or standing finding(s)</source>
        <translation>
            <numerusform>%n overdue or standing finding</numerusform>
            <numerusform>%n overdue or standing findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due list: %n item(s)</source>
        <translation>
            <numerusform>Due list: %n item</numerusform>
            <numerusform>Due list: %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::VendorsPage</name>
    <message numerus="yes">
        <source>No counterparty matches these filters. Change them, or clear them to see all %n counterparty(ies).</source>
        <translation>
            <numerusform>No counterparty matches these filters. Change them, or clear them to see all %n counterparty.</numerusform>
            <numerusform>No counterparty matches these filters. Change them, or clear them to see all %n counterparties.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No agreement matches these filters. Change them, or clear them to see all %n agreement(s).</source>
        <translation>
            <numerusform>No agreement matches these filters. Change them, or clear them to see all %n agreement.</numerusform>
            <numerusform>No agreement matches these filters. Change them, or clear them to see all %n agreements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and its %n document(s)? The audit trail keeps a record of them.</source>
        <translation>
            <numerusform>Delete %1 and its %n document? The audit trail keeps a record of them.</numerusform>
            <numerusform>Delete %1 and its %n documents? The audit trail keeps a record of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n counterparty(ies).</source>
        <translation>
            <numerusform>Imported %n counterparty.</numerusform>
            <numerusform>Imported %n counterparties.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n agreement(s).</source>
        <translation>
            <numerusform>Imported %n agreement.</numerusform>
            <numerusform>Imported %n agreements.</numerusform>
        </translation>
    </message>
</context>
</TS>
