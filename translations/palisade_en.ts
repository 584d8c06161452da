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
    <name>palisade::CounterpartyRegister</name>
    <message numerus="yes">
        <source>&quot;%1&quot; has %n agreement(s), which are kept for six years after they end; the counterparty stays with them.</source>
        <translation>
            <numerusform>&quot;%1&quot; has %n agreement, which are kept for six years after they end; the counterparty stays with them.</numerusform>
            <numerusform>&quot;%1&quot; has %n agreements, which are kept for six years after they end; the counterparty stays with them.</numerusform>
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
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s)</source>
        <translation>
            <numerusform>%n date</numerusform>
            <numerusform>%n dates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more on the Vendors page.</source>
        <translation>
            <numerusform>…and %n more on the Vendors page.</numerusform>
            <numerusform>…and %n more on the Vendors page.</numerusform>
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
