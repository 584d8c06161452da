<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>main</name>
    <message>
        <source>Keeps a HIPAA compliance program in one encrypted file.</source>
        <translation>Guarda un programa de cumplimiento de HIPAA en un único archivo cifrado.</translation>
    </message>
    <message>
        <source>Open the program file &lt;path&gt;.</source>
        <translation>Abre el archivo del programa &lt;ruta&gt;.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>Program file to open (same as --file).</source>
        <translation>Archivo del programa que se abrirá (igual que --file).</translation>
    </message>
    <message>
        <source>Palisade Cannot Start</source>
        <translation>Palisade no puede iniciarse</translation>
    </message>
</context>
<context>
    <name>palisade::AcknowledgmentRegister</name>
    <message>
        <source>Acknowledgment %1: %2</source>
        <translation>Acuse de recibo %1: %2</translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation>La persona ya no existe.</translation>
    </message>
    <message>
        <source>Reading the acknowledgments failed</source>
        <translation>No se pudieron leer las confirmaciones de lectura</translation>
    </message>
    <message>
        <source>The policy revision no longer exists.</source>
        <translation>La versión de la política ya no existe.</translation>
    </message>
    <message>
        <source>Only an approved policy revision can be acknowledged.</source>
        <translation>Solo se puede confirmar la lectura de una versión aprobada de la política.</translation>
    </message>
    <message>
        <source>%1 already acknowledged this policy revision.</source>
        <translation>%1 ya confirmó la lectura de esta versión de la política.</translation>
    </message>
    <message>
        <source>Enter the date of the acknowledgment.</source>
        <translation>Indique la fecha de la confirmación de lectura.</translation>
    </message>
    <message>
        <source>The acknowledgment date %1 is in the future.</source>
        <translation>La fecha de confirmación %1 es futura.</translation>
    </message>
    <message>
        <source>Saving the acknowledgment failed</source>
        <translation>No se pudo guardar la confirmación de lectura</translation>
    </message>
    <message>
        <source>The acknowledgment no longer exists.</source>
        <translation>La confirmación de lectura ya no existe.</translation>
    </message>
    <message>
        <source>Deleting the acknowledgment failed</source>
        <translation>No se pudo eliminar la confirmación de lectura</translation>
    </message>
</context>
<context>
    <name>palisade::AgreementCsvImporter</name>
    <message>
        <source>The file has a header row but no agreements below it; nothing was imported.</source>
        <translation>El archivo tiene una fila de encabezado, pero ningún acuerdo debajo; no se importó nada.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date written as YYYY-MM-DD (for example 2026-03-01).</source>
        <translation>%1 «%2» no es una fecha con el formato AAAA-MM-DD (por ejemplo, 2026-03-01).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number.</source>
        <translation>%1 «%2» no es un número entero.</translation>
    </message>
    <message>
        <source>%1 is empty; name a counterparty already in the program.</source>
        <translation>%1 está vacío; indique una contraparte que ya exista en el programa.</translation>
    </message>
    <message>
        <source>counterparty: there is no counterparty named &quot;%1&quot;; import the counterparties first, or correct the name.</source>
        <translation>counterparty: no hay ninguna contraparte llamada «%1»; importe primero las contrapartes o corrija el nombre.</translation>
    </message>
    <message>
        <source>%1 is empty; use %2.</source>
        <translation>%1 está vacío; use %2.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a direction; use %3.</source>
        <translation>%1 «%2» no es una dirección; use %3.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a status; use %3.</source>
        <translation>%1 «%2» no es un estado; use %3.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a disposition; use %3.</source>
        <translation>%1 «%2» no es un destino de la PHI; use %3.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not yes or no; use %3.</source>
        <translation>%1 «%2» no es un valor sí/no; use %3.</translation>
    </message>
    <message>
        <source>flows_down_from: there is no agreement %1 in the program; import the upstream agreements first, or correct the reference.</source>
        <translation>flows_down_from: no existe el acuerdo %1 en el programa; importe primero los acuerdos ascendentes o corrija la referencia.</translation>
    </message>
    <message>
        <source>flows_down_from: several agreements are titled &quot;%1&quot;; name the one meant by its reference (%2).</source>
        <translation>flows_down_from: hay varios acuerdos titulados «%1»; indique el que corresponde por su referencia (%2).</translation>
    </message>
    <message>
        <source>flows_down_from: there is no agreement titled &quot;%1&quot;; use its reference (BAA-0001) or its exact title.</source>
        <translation>flows_down_from: no hay ningún acuerdo titulado «%1»; use su referencia (BAA-0001) o su título exacto.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a checklist entry; use %3.</source>
        <translation>%1 «%2» no es una entrada de la lista de comprobación; use %3.</translation>
    </message>
    <message>
        <source>flows_down_from: &quot;%1&quot; on line %2 is itself a downstream agreement.</source>
        <translation>flows_down_from: «%1», en la línea %2, es a su vez un acuerdo descendente.</translation>
    </message>
    <message>
        <source>flows_down_from: &quot;%1&quot; is on line %2, below this one; list the upstream agreements above the agreements that flow down from them.</source>
        <translation>flows_down_from: «%1» está en la línea %2, debajo de esta; ponga los acuerdos ascendentes encima de los acuerdos que derivan de ellos.</translation>
    </message>
    <message>
        <source>flows_down_from: &quot;%1&quot; on line %2 has problems of its own; correct that line first.</source>
        <translation>flows_down_from: «%1», en la línea %2, tiene sus propios problemas; corrija primero esa línea.</translation>
    </message>
</context>
<context>
    <name>palisade::AgreementDirection</name>
    <message>
        <source>Upstream (We Are Their BA)</source>
        <translation>Ascendente (somos su asociado comercial)</translation>
    </message>
    <message>
        <source>Downstream (Our Subcontractor)</source>
        <translation>Descendente (nuestro subcontratista)</translation>
    </message>
</context>
<context>
    <name>palisade::AgreementStatus</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>In Negotiation</source>
        <translation>En negociación</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Rescindido</translation>
    </message>
</context>
<context>
    <name>palisade::AgreementTableExporter</name>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
</context>
<context>
    <name>palisade::AgreementValidator</name>
    <message>
        <source>Give the agreement a title, e.g. &quot;BAA with Lakeside Clinic&quot;.</source>
        <translation>Asigne un título al acuerdo, p. ej., «BAA con Lakeside Clinic».</translation>
    </message>
    <message>
        <source>The title is longer than %1 characters.</source>
        <translation>El título tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>Choose the counterparty the agreement is with.</source>
        <translation>Elija la contraparte con la que se firma el acuerdo.</translation>
    </message>
    <message>
        <source>The breach-notice deadline must be between 1 and %1 days.</source>
        <translation>El plazo de notificación de brechas debe ser de entre 1 y %1 días.</translation>
    </message>
    <message>
        <source>The security-incident reporting deadline must be between 1 and %1 days.</source>
        <translation>El plazo de notificación de incidentes de seguridad debe ser de entre 1 y %1 días.</translation>
    </message>
    <message>
        <source>Review the agreement every 1 to %1 months.</source>
        <translation>Revise el acuerdo cada 1 a %1 meses.</translation>
    </message>
    <message>
        <source>Only a downstream agreement flows down from upstream ones.</source>
        <translation>Solo un acuerdo descendente deriva de acuerdos ascendentes.</translation>
    </message>
    <message>
        <source>A signed agreement needs the date it was signed.</source>
        <translation>Un acuerdo firmado necesita la fecha en que se firmó.</translation>
    </message>
    <message>
        <source>A signed agreement needs the date it takes effect.</source>
        <translation>Un acuerdo firmado necesita la fecha en que entra en vigor.</translation>
    </message>
    <message>
        <source>Give the expiration date, or mark the agreement evergreen.</source>
        <translation>Indique la fecha de vencimiento o marque el acuerdo como indefinido.</translation>
    </message>
    <message>
        <source>The signing date is in the future.</source>
        <translation>La fecha de firma es futura.</translation>
    </message>
    <message>
        <source>An evergreen agreement has no expiration date; clear one or the other.</source>
        <translation>Un acuerdo indefinido no tiene fecha de vencimiento; quite una de las dos.</translation>
    </message>
    <message>
        <source>The agreement expires before it takes effect.</source>
        <translation>El acuerdo vence antes de entrar en vigor.</translation>
    </message>
    <message>
        <source>The last review date is in the future.</source>
        <translation>La fecha de la última revisión es futura.</translation>
    </message>
    <message>
        <source>A terminated agreement needs its termination date.</source>
        <translation>Un acuerdo rescindido necesita su fecha de rescisión.</translation>
    </message>
    <message>
        <source>The termination date is in the future; keep the agreement active until then.</source>
        <translation>La fecha de rescisión es futura; mantenga el acuerdo activo hasta entonces.</translation>
    </message>
    <message>
        <source>The agreement is terminated before it takes effect.</source>
        <translation>El acuerdo se rescinde antes de entrar en vigor.</translation>
    </message>
    <message>
        <source>Only a terminated agreement has a termination date.</source>
        <translation>Solo un acuerdo rescindido tiene fecha de rescisión.</translation>
    </message>
    <message>
        <source>An evergreen agreement does not expire; terminate it instead.</source>
        <translation>Un acuerdo indefinido no vence; rescíndalo en su lugar.</translation>
    </message>
    <message>
        <source>The agreement has not expired yet: it runs until %1.</source>
        <translation>El acuerdo aún no ha vencido: sigue vigente hasta el %1.</translation>
    </message>
    <message>
        <source>Say whether the PHI was returned or destroyed, or clear the attestation.</source>
        <translation>Indique si la PHI se devolvió o se destruyó, o borre la certificación.</translation>
    </message>
    <message>
        <source>Return or destruction of PHI is attested only once the agreement has ended.</source>
        <translation>La devolución o destrucción de la PHI solo se certifica una vez finalizado el acuerdo.</translation>
    </message>
    <message>
        <source>Give the date of the return-or-destroy attestation.</source>
        <translation>Indique la fecha de la certificación de devolución o destrucción.</translation>
    </message>
    <message>
        <source>The attestation date is in the future.</source>
        <translation>La fecha de la certificación es futura.</translation>
    </message>
    <message>
        <source>Name who attested the return or destruction of PHI.</source>
        <translation>Indique quién certificó la devolución o destrucción de la PHI.</translation>
    </message>
</context>
<context>
    <name>palisade::AssetCsvDataFlows</name>
    <message>
        <source>data flow %1 (&quot;%2&quot;) ends with an unknown marker; use [encrypted] or [not encrypted].</source>
        <translation>el flujo de datos %1 («%2») termina con un marcador desconocido; use [encrypted] o [not encrypted].</translation>
    </message>
    <message>
        <source>data flow %1 (&quot;%2&quot;) needs a &apos;&gt;&apos; between where the data comes from and where it goes, e.g. &quot;Clinic EHR &gt; Billing service via SFTP&quot;.</source>
        <translation>el flujo de datos %1 («%2») necesita un &apos;&gt;&apos; entre el origen y el destino de los datos, p. ej., «EHR de la clínica &gt; Servicio de facturación via SFTP».</translation>
    </message>
    <message>
        <source>data flow %1 (&quot;%2&quot;) has more than one &apos;&gt;&apos;; separate flows with &apos;;&apos;.</source>
        <translation>el flujo de datos %1 («%2») tiene más de un &apos;&gt;&apos;; separe los flujos con &apos;;&apos;.</translation>
    </message>
    <message>
        <source>data flow %1 (&quot;%2&quot;) needs both where the data comes from and where it goes, on each side of the &apos;&gt;&apos;.</source>
        <translation>el flujo de datos %1 («%2») necesita el origen y el destino de los datos, uno a cada lado del &apos;&gt;&apos;.</translation>
    </message>
</context>
<context>
    <name>palisade::AssetCsvImporter</name>
    <message>
        <source>the name &quot;%1&quot; is already used on line %2.</source>
        <translation>el nombre «%1» ya se usa en la línea %2.</translation>
    </message>
    <message>
        <source>The file has a header row but no assets below it; nothing was imported.</source>
        <translation>El archivo tiene una fila de encabezado, pero ningún activo debajo; no se importó nada.</translation>
    </message>
    <message>
        <source>%1 is empty; use %2.</source>
        <translation>%1 está vacío; use %2.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a kind of asset; use %3.</source>
        <translation>%1 «%2» no es un tipo de activo; use %3.</translation>
    </message>
</context>
<context>
    <name>palisade::AssetJson</name>
    <message>
        <source>A recorded asset is malformed.</source>
        <translation>Un activo registrado tiene un formato incorrecto.</translation>
    </message>
</context>
<context>
    <name>palisade::AssetKind</name>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Workstation Fleet</source>
        <translation>Estaciones de trabajo</translation>
    </message>
    <message>
        <source>Mobile Devices</source>
        <translation>Dispositivos móviles</translation>
    </message>
    <message>
        <source>Cloud Service</source>
        <translation>Servicio en la nube</translation>
    </message>
    <message>
        <source>Paper / Fax</source>
        <translation>Papel / fax</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
</context>
<context>
    <name>palisade::AssetRegister</name>
    <message>
        <source>Asset %1: %2</source>
        <translation>Activo %1: %2</translation>
    </message>
    <message>
        <source>Reading the assets failed</source>
        <translation>No se pudieron leer los activos</translation>
    </message>
    <message>
        <source>Reading the asset failed</source>
        <translation>No se pudo leer el activo</translation>
    </message>
    <message>
        <source>The asset no longer exists.</source>
        <translation>El activo ya no existe.</translation>
    </message>
    <message>
        <source>An asset named &quot;%1&quot; already exists.</source>
        <translation>Ya existe un activo llamado «%1».</translation>
    </message>
    <message>
        <source>Saving the asset failed</source>
        <translation>No se pudo guardar el activo</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is named by %n risk(s); unlink it from them before deleting it.</source>
        <translation>
            <numerusform>«%1» figura en %n riesgo; desvincúlelo de él antes de eliminarlo.</numerusform>
            <numerusform>«%1» figura en %n riesgos; desvincúlelo de ellos antes de eliminarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting the asset failed</source>
        <translation>No se pudo eliminar el activo</translation>
    </message>
    <message>
        <source>Reading the asset&apos;s history failed</source>
        <translation>No se pudo leer el historial del activo</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is linked to %n counterparty(ies); unlink it from them before deleting it.</source>
        <translation>
            <numerusform>«%1» está vinculado a %n contraparte; desvincúlelo de ella antes de eliminarlo.</numerusform>
            <numerusform>«%1» está vinculado a %n contrapartes; desvincúlelo de ellas antes de eliminarlo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::AssetTableExporter</name>
    <message>
        <source>Assets</source>
        <translation>Activos</translation>
    </message>
</context>
<context>
    <name>palisade::AssetValidator</name>
    <message>
        <source>Give the asset a name.</source>
        <translation>Asigne un nombre al activo.</translation>
    </message>
    <message>
        <source>The asset name is longer than %1 characters.</source>
        <translation>El nombre del activo tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>Name the asset&apos;s owner: who answers for the system and its ePHI.</source>
        <translation>Indique el responsable del activo: quien responde por el sistema y su ePHI.</translation>
    </message>
    <message>
        <source>Data flow %1 needs both where the data comes from and where it goes.</source>
        <translation>El flujo de datos %1 necesita el origen y el destino de los datos.</translation>
    </message>
</context>
<context>
    <name>palisade::AuditPackSection</name>
    <message>
        <source>Risks</source>
        <translation>Riesgos</translation>
    </message>
    <message>
        <source>BAAs</source>
        <translation>BAA</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Políticas</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservación</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Reading the audit trail failed</source>
        <translation>No se pudo leer el registro de auditoría</translation>
    </message>
    <message>
        <source>Every change to the program is recorded as an event in an append-only trail; each event carries the SHA-256 of the one before it, so altering or removing an event breaks the chain from that point on (45 CFR 164.312(b)).</source>
        <translation>Cada cambio en el programa se registra como un evento en un registro al que solo se pueden agregar eventos; cada evento incluye el SHA-256 del anterior, por lo que modificar o eliminar un evento rompe la cadena a partir de ese punto (45 CFR 164.312(b)).</translation>
    </message>
    <message>
        <source>Verification at export</source>
        <translation>Verificación en la exportación</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Intact: every event&apos;s hash and link checked.</source>
        <translation>Intacto: se comprobaron el hash y el enlace de cada evento.</translation>
    </message>
    <message>
        <source>Events checked</source>
        <translation>Eventos comprobados</translation>
    </message>
    <message>
        <source>Events in the trail</source>
        <translation>Eventos en el registro</translation>
    </message>
    <message>
        <source>Changes recorded per area and month</source>
        <translation>Cambios registrados por área y mes</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>The period holds no month.</source>
        <translation>El período no abarca ningún mes.</translation>
    </message>
    <message>
        <source>Chain head at export (SHA-256):</source>
        <translation>Cabeza de la cadena al exportar (SHA-256):</translation>
    </message>
</context>
<context>
    <name>palisade::BaaDueList</name>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>PHI is shared with %1, but no business associate agreement is in effect.</source>
        <translation>Se comparte PHI con %1, pero no hay ningún acuerdo de asociado comercial en vigor.</translation>
    </message>
    <message>
        <source>Review overdue since %1.</source>
        <translation>Revisión atrasada desde el %1.</translation>
    </message>
    <message numerus="yes">
        <source>Review due on %1 (in %n day(s)).</source>
        <translation>
            <numerusform>Revisión prevista para el %1 (en %n día).</numerusform>
            <numerusform>Revisión prevista para el %1 (en %n días).</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired on %1 but still marked active: renew it, or mark it expired.</source>
        <translation>Venció el %1, pero sigue marcado como activo: renuévelo o márquelo como vencido.</translation>
    </message>
    <message numerus="yes">
        <source>Expires on %1 (in %n day(s)).</source>
        <translation>
            <numerusform>Vence el %1 (en %n día).</numerusform>
            <numerusform>Vence el %1 (en %n días).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required provision(s) missing</source>
        <translation>
            <numerusform>%n disposición obligatoria ausente</numerusform>
            <numerusform>%n disposiciones obligatorias ausentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not yet checked</source>
        <translation>
            <numerusform>%n aún sin comprobar</numerusform>
            <numerusform>%n aún sin comprobar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>breach notice in %1 days, but %2 requires %3 of us</source>
        <translation>notificación de brechas en %1 días, pero %2 nos exige %3</translation>
    </message>
    <message>
        <source>incident report in %1 days, but %2 requires %3 of us</source>
        <translation>notificación de incidentes en %1 días, pero %2 nos exige %3</translation>
    </message>
    <message>
        <source>The subcontractor may report later than we must: %1.</source>
        <translation>El subcontratista puede notificar más tarde de lo que debemos hacerlo nosotros: %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>palisade::BaaPackSection</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>Evergreen</source>
        <translation>Indefinido</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Counterparties on %1</source>
        <translation>Contrapartes al %1</translation>
    </message>
    <message>
        <source>Agreements on record</source>
        <translation>Acuerdos registrados</translation>
    </message>
    <message>
        <source>Agreements in effect that day</source>
        <translation>Acuerdos en vigor ese día</translation>
    </message>
    <message>
        <source>Findings overdue that day</source>
        <translation>Hallazgos vencidos ese día</translation>
    </message>
    <message>
        <source>Inventory on %1</source>
        <translation>Inventario al %1</translation>
    </message>
    <message>
        <source>Counterparty and role</source>
        <translation>Contraparte y función</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Vigente desde</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Breach notice (days)</source>
        <translation>Notificación de brecha (días)</translation>
    </message>
    <message>
        <source>Provisions present</source>
        <translation>Disposiciones presentes</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <source>None on record, though PHI is shared</source>
        <translation>Ninguno registrado, aunque se comparte PHI</translation>
    </message>
    <message>
        <source>None on record</source>
        <translation>Ninguno registrado</translation>
    </message>
    <message>
        <source>No covered entity, subcontractor or agreement was on record on %1.</source>
        <translation>No había ninguna entidad cubierta, subcontratista ni acuerdo registrado al %1.</translation>
    </message>
    <message>
        <source>Due and overdue on %1</source>
        <translation>Pendientes y vencidos al %1</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Counterparty or agreement</source>
        <translation>Contraparte o acuerdo</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Coming due</source>
        <translation>Próximo a vencer</translation>
    </message>
    <message>
        <source>Nothing was due or overdue on %1.</source>
        <translation>No había nada pendiente ni vencido al %1.</translation>
    </message>
    <message>
        <source>Signed or terminated from %1 to %2</source>
        <translation>Firmados o rescindidos del %1 al %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Contraparte</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Rescindido</translation>
    </message>
    <message>
        <source>No agreement was signed or terminated in the period.</source>
        <translation>Ningún acuerdo se firmó ni se rescindió en el período.</translation>
    </message>
    <message>
        <source>The covered entities the organization serves as a business associate, the subcontractors it uses, and the business associate agreements with each that were on record on %1 (45 CFR 164.502(e), 164.504(e) and 164.308(b)). Each agreement is shown with its dates, status and terms as currently recorded, so an agreement terminated since shows its termination date. Provisions count the required terms of 164.504(e)(2) and 164.314(a) found in each agreement; terms that do not apply are not counted.</source>
        <translation>Las entidades cubiertas a las que la organización presta servicios como socio comercial, los subcontratistas que utiliza y los acuerdos de socio comercial con cada uno que constaban en registro el %1 (45 CFR 164.502(e), 164.504(e) y 164.308(b)). Cada acuerdo se muestra con sus fechas, su estado y sus cláusulas tal como constan actualmente, de modo que un acuerdo rescindido desde entonces muestra su fecha de rescisión. Las disposiciones indican cuántas de las cláusulas obligatorias de 164.504(e)(2) y 164.314(a) figuran en cada acuerdo; las cláusulas que no corresponden no se cuentan.</translation>
    </message>
</context>
<context>
    <name>palisade::BaaProvision</name>
    <message>
        <source>Establishes the permitted and required uses and disclosures of PHI</source>
        <translation>Establece los usos y divulgaciones de PHI permitidos y exigidos</translation>
    </message>
    <message>
        <source>Forbids any other use or disclosure</source>
        <translation>Prohíbe cualquier otro uso o divulgación</translation>
    </message>
    <message>
        <source>Requires appropriate safeguards, and Security Rule compliance for ePHI</source>
        <translation>Exige salvaguardas adecuadas y el cumplimiento de la Regla de Seguridad para la ePHI</translation>
    </message>
    <message>
        <source>Requires reporting of non-permitted uses or disclosures, security incidents and breaches</source>
        <translation>Exige notificar los usos o divulgaciones no permitidos, los incidentes de seguridad y las brechas</translation>
    </message>
    <message>
        <source>Flows the same restrictions and conditions down to subcontractors</source>
        <translation>Traslada las mismas restricciones y condiciones a los subcontratistas</translation>
    </message>
    <message>
        <source>Makes PHI available for individuals&apos; access (164.524)</source>
        <translation>Pone la PHI a disposición para el acceso de las personas (164.524)</translation>
    </message>
    <message>
        <source>Makes PHI available for amendment (164.526)</source>
        <translation>Pone la PHI a disposición para su enmienda (164.526)</translation>
    </message>
    <message>
        <source>Provides what an accounting of disclosures needs (164.528)</source>
        <translation>Proporciona lo necesario para la relación de divulgaciones (164.528)</translation>
    </message>
    <message>
        <source>Complies with the Privacy Rule when carrying out the covered entity&apos;s duties</source>
        <translation>Cumple la Regla de Privacidad al desempeñar obligaciones de la entidad cubierta</translation>
    </message>
    <message>
        <source>Opens internal practices, books and records to HHS</source>
        <translation>Pone a disposición del HHS sus prácticas internas, libros y registros</translation>
    </message>
    <message>
        <source>Returns or destroys PHI at termination, or extends protections if that is infeasible</source>
        <translation>Devuelve o destruye la PHI al finalizar, o extiende las protecciones si eso no es viable</translation>
    </message>
    <message>
        <source>Allows termination for a material breach</source>
        <translation>Permite la rescisión por incumplimiento sustancial</translation>
    </message>
    <message>
        <source>Complies with the applicable requirements of the Security Rule</source>
        <translation>Cumple los requisitos aplicables de la Regla de Seguridad</translation>
    </message>
    <message>
        <source>Ensures subcontractors that handle ePHI agree to the same requirements</source>
        <translation>Garantiza que los subcontratistas que manejan ePHI acepten los mismos requisitos</translation>
    </message>
    <message>
        <source>Reports security incidents, including breaches of unsecured PHI (164.410)</source>
        <translation>Notifica los incidentes de seguridad, incluidas las brechas de PHI no asegurada (164.410)</translation>
    </message>
</context>
<context>
    <name>palisade::BaaRegister</name>
    <message>
        <source>Agreement %1: %2</source>
        <translation>Acuerdo %1: %2</translation>
    </message>
    <message>
        <source>Reading the agreements failed</source>
        <translation>No se pudieron leer los acuerdos</translation>
    </message>
    <message>
        <source>Reading the agreement failed</source>
        <translation>No se pudo leer el acuerdo</translation>
    </message>
    <message>
        <source>The agreement no longer exists.</source>
        <translation>El acuerdo ya no existe.</translation>
    </message>
    <message>
        <source>The counterparty no longer exists.</source>
        <translation>La contraparte ya no existe.</translation>
    </message>
    <message>
        <source>%1 is a covered entity we serve, so the agreement runs upstream.</source>
        <translation>%1 es una entidad cubierta a la que servimos, así que el acuerdo es ascendente.</translation>
    </message>
    <message>
        <source>%1 is not an agreement this one can flow down from.</source>
        <translation>%1 no es un acuerdo del que pueda derivar este.</translation>
    </message>
    <message>
        <source>%1 is itself a downstream agreement.</source>
        <translation>%1 es a su vez un acuerdo descendente.</translation>
    </message>
    <message>
        <source>An agreement cannot go from %1 to %2.</source>
        <translation>Un acuerdo no puede pasar de %1 a %2.</translation>
    </message>
    <message>
        <source>Saving the agreement failed</source>
        <translation>No se pudo guardar el acuerdo</translation>
    </message>
    <message numerus="yes">
        <source>%n subcontractor agreement(s) flow down from %1; unlink them first.</source>
        <translation>
            <numerusform>%n acuerdo de subcontratista deriva de %1; desvincúlelo primero.</numerusform>
            <numerusform>%n acuerdos de subcontratista derivan de %1; desvincúlelos primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting the agreement failed</source>
        <translation>No se pudo eliminar el acuerdo</translation>
    </message>
    <message>
        <source>Only a signed agreement is reviewed.</source>
        <translation>Solo se revisa un acuerdo firmado.</translation>
    </message>
    <message>
        <source>The review date must be today or earlier.</source>
        <translation>La fecha de revisión debe ser hoy o anterior.</translation>
    </message>
    <message>
        <source>Saving the review failed</source>
        <translation>No se pudo guardar la revisión</translation>
    </message>
    <message>
        <source>Reading the agreement&apos;s history failed</source>
        <translation>No se pudo leer el historial del acuerdo</translation>
    </message>
    <message>
        <source>Reading the agreement&apos;s documents failed</source>
        <translation>No se pudieron leer los documentos del acuerdo</translation>
    </message>
    <message>
        <source>Reading the agreements&apos; documents failed</source>
        <translation>No se pudieron leer los documentos de los acuerdos</translation>
    </message>
    <message>
        <source>Reading the document failed</source>
        <translation>No se pudo leer el documento</translation>
    </message>
    <message>
        <source>The document no longer exists.</source>
        <translation>El documento ya no existe.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 ocupa más de %2 MB.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Storing the document failed</source>
        <translation>No se pudo guardar el documento</translation>
    </message>
    <message>
        <source>%1 does not match the SHA-256 recorded when it was attached.</source>
        <translation>%1 no coincide con el SHA-256 registrado cuando se adjuntó.</translation>
    </message>
    <message>
        <source>The copy could not be saved to %1: %2</source>
        <translation>No se pudo guardar la copia en %1: %2</translation>
    </message>
    <message>
        <source>Recording the copy failed</source>
        <translation>No se pudo registrar la copia</translation>
    </message>
    <message>
        <source>Deleting the document failed</source>
        <translation>No se pudo eliminar el documento</translation>
    </message>
    <message>
        <source>Searching the documents failed</source>
        <translation>No se pudo buscar en los documentos</translation>
    </message>
    <message>
        <source>Reading the counterparties failed</source>
        <translation>No se pudieron leer las contrapartes</translation>
    </message>
    <message>
        <source>It flows down from agreement %1 of the same batch, which must come before it.</source>
        <translation>Deriva del acuerdo %1 del mismo lote, que debe ir antes que él.</translation>
    </message>
    <message>
        <source>Agreement %1 of the same batch is itself a downstream agreement.</source>
        <translation>El acuerdo %1 del mismo lote es a su vez un acuerdo descendente.</translation>
    </message>
    <message>
        <source>Attach a corrected version rather than deleting it.</source>
        <translation>Adjunte una versión corregida en lugar de eliminarlo.</translation>
    </message>
</context>
<context>
    <name>palisade::BatchProblems</name>
    <message>
        <source>The name &quot;%1&quot; appears twice.</source>
        <translation>El nombre «%1» aparece dos veces.</translation>
    </message>
</context>
<context>
    <name>palisade::BreachAssessment</name>
    <message>
        <source>Nature and extent of the PHI</source>
        <translation>Naturaleza y alcance de la PHI</translation>
    </message>
    <message>
        <source>The unauthorized person</source>
        <translation>La persona no autorizada</translation>
    </message>
    <message>
        <source>Acquired or viewed</source>
        <translation>Adquirida o visualizada</translation>
    </message>
    <message>
        <source>Extent of mitigation</source>
        <translation>Alcance de la mitigación</translation>
    </message>
    <message>
        <source>What PHI was involved: which identifiers, how sensitive, and how likely is it that the individuals can be identified from it?</source>
        <translation>¿Qué PHI estuvo implicada: qué identificadores, qué grado de sensibilidad y qué probabilidad hay de que se pueda identificar a las personas a partir de ella?</translation>
    </message>
    <message>
        <source>Who used the PHI or received it? Are they bound to protect it (another covered entity, a business associate, a workforce member)?</source>
        <translation>¿Quién usó o recibió la PHI? ¿Está obligado a protegerla (otra entidad cubierta, un asociado comercial, un miembro del personal)?</translation>
    </message>
    <message>
        <source>Was the PHI actually acquired or viewed, or only exposed to the chance of it (for example, a forensic review shows the file was never opened)?</source>
        <translation>¿Se adquirió o se visualizó realmente la PHI, o solo estuvo expuesta a esa posibilidad (por ejemplo, un análisis forense muestra que el archivo nunca se abrió)?</translation>
    </message>
    <message>
        <source>How far was the risk mitigated: returned or destroyed, with assurances from the recipient that it was not kept, used or disclosed further?</source>
        <translation>¿En qué medida se mitigó el riesgo: se devolvió o se destruyó la PHI, con garantías del destinatario de que no la conservó, usó ni divulgó posteriormente?</translation>
    </message>
</context>
<context>
    <name>palisade::BreachLogExporter</name>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Breach status</source>
        <translation>Estado de brecha</translation>
    </message>
    <message>
        <source>Type of breach</source>
        <translation>Tipo de brecha</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>Fecha en que ocurrió</translation>
    </message>
    <message>
        <source>Discovered on</source>
        <translation>Fecha de descubrimiento</translation>
    </message>
    <message>
        <source>Individuals affected</source>
        <translation>Personas afectadas</translation>
    </message>
    <message>
        <source>Affected by State</source>
        <translation>Afectadas por estado</translation>
    </message>
    <message>
        <source>PHI involved</source>
        <translation>PHI involucrada</translation>
    </message>
    <message>
        <source>Safeguards and response</source>
        <translation>Salvaguardas y respuesta</translation>
    </message>
    <message>
        <source>Individuals notified on</source>
        <translation>Fecha de notificación a las personas</translation>
    </message>
    <message>
        <source>HHS notified on</source>
        <translation>Fecha de notificación al HHS</translation>
    </message>
    <message>
        <source>Media notified</source>
        <translation>Notificación a los medios</translation>
    </message>
    <message>
        <source>State authorities notified</source>
        <translation>Autoridades estatales notificadas</translation>
    </message>
    <message>
        <source>Covered entities notified</source>
        <translation>Entidades cubiertas notificadas</translation>
    </message>
    <message>
        <source>Breach log %1</source>
        <translation>Registro de brechas %1</translation>
    </message>
</context>
<context>
    <name>palisade::BreachNotificationRules</name>
    <message numerus="yes">
        <source>%1 requires notice within %n day(s) of discovery (shorter than the 60 days of 164.410).</source>
        <translation>
            <numerusform>%1 exige la notificación en un plazo de %n día desde el descubrimiento (menos que los 60 días de 164.410).</numerusform>
            <numerusform>%1 exige la notificación en un plazo de %n días desde el descubrimiento (menos que los 60 días de 164.410).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than 500 residents of %1 affected (%n): prominent media outlets serving it, within 60 days (164.406).</source>
        <translation>
            <numerusform>Más de 500 residentes de %1 afectados (%n): medios de comunicación destacados que prestan servicio en ese estado o jurisdicción, en un plazo de 60 días (164.406).</numerusform>
            <numerusform>Más de 500 residentes de %1 afectados (%n): medios de comunicación destacados que prestan servicio en ese estado o jurisdicción, en un plazo de 60 días (164.406).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n individual(s) affected, 500 or more: HHS at the same time as the individuals, within 60 days (164.408(b)).</source>
        <translation>
            <numerusform>%n persona afectada, 500 o más: el HHS, al mismo tiempo que las personas, en un plazo de 60 días (164.408(b)).</numerusform>
            <numerusform>%n personas afectadas, 500 o más: el HHS, al mismo tiempo que las personas, en un plazo de 60 días (164.408(b)).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n individual(s) affected, fewer than 500: the annual log of breaches discovered in %1, due 60 days after the year ends (164.408(c)).</source>
        <translation>
            <numerusform>%n persona afectada, menos de 500: la bitácora anual de brechas descubiertas en %1, que vence 60 días después del final del año (164.408(c)).</numerusform>
            <numerusform>%n personas afectadas, menos de 500: la bitácora anual de brechas descubiertas en %1, que vence 60 días después del final del año (164.408(c)).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 residents affected: %2 within %n day(s) of discovery (%3).</source>
        <translation>
            <numerusform>Residentes afectados: %1. %2, en un plazo de %n día desde el descubrimiento (%3).</numerusform>
            <numerusform>Residentes afectados: %1. %2, en un plazo de %n días desde el descubrimiento (%3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::BreachReporting</name>
    <message>
        <source>Reading the incidents failed</source>
        <translation>No se pudieron leer los incidentes</translation>
    </message>
</context>
<context>
    <name>palisade::BreachStatus</name>
    <message>
        <source>Presumed breach (not assessed)</source>
        <translation>Brecha presunta (sin evaluar)</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>Brecha</translation>
    </message>
    <message>
        <source>Not a breach (low probability of compromise)</source>
        <translation>No es una brecha (baja probabilidad de que la PHI se haya visto comprometida)</translation>
    </message>
    <message>
        <source>Not a breach (secured PHI)</source>
        <translation>No es una brecha (PHI asegurada)</translation>
    </message>
</context>
<context>
    <name>palisade::Cadence</name>
    <message>
        <source>Once at hire, before PHI access</source>
        <translation>Una vez al contratar, antes del acceso a PHI</translation>
    </message>
    <message>
        <source>Every N months</source>
        <translation>Cada N meses</translation>
    </message>
    <message>
        <source>On a policy change</source>
        <translation>Al cambiar una política</translation>
    </message>
</context>
<context>
    <name>palisade::ChainVerification</name>
    <message>
        <source>The audit trail is intact: %1 events verified.</source>
        <translation>El registro de auditoría está intacto: se verificaron %1 eventos.</translation>
    </message>
    <message>
        <source>The audit trail is broken at event %1: its contents were changed after it was recorded.</source>
        <translation>El registro de auditoría está roto en el evento %1: su contenido se modificó después de registrarse.</translation>
    </message>
    <message>
        <source>The audit trail is broken at event %1: it does not follow from the event before it.</source>
        <translation>El registro de auditoría está roto en el evento %1: no se encadena con el evento anterior.</translation>
    </message>
    <message>
        <source>The audit trail could not be read past event %1: part of the file is damaged.</source>
        <translation>No se pudo leer el registro de auditoría más allá del evento %1: parte del archivo está dañada.</translation>
    </message>
    <message>
        <source>The audit trail is broken at event %1: one or more events before it are missing.</source>
        <translation>El registro de auditoría está roto en el evento %1: faltan uno o más eventos anteriores.</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 events verified, %2 of them with content removed by a recorded disposal.</source>
        <translation>El registro de auditoría está intacto: se verificaron %1 eventos, %2 de ellos con contenido eliminado por una destrucción registrada.</translation>
    </message>
    <message>
        <source>The audit trail is broken at event %1: its content was removed, but no recorded disposal accounts for it.</source>
        <translation>El registro de auditoría está roto en el evento %1: se eliminó su contenido, pero ninguna destrucción registrada lo justifica.</translation>
    </message>
</context>
<context>
    <name>palisade::CompletionCsvImporter</name>
    <message>
        <source>Name the source the file comes from.</source>
        <translation>Indique el origen del archivo.</translation>
    </message>
    <message>
        <source>The file has a header row but no completions below it; nothing was imported.</source>
        <translation>El archivo tiene una fila de encabezado, pero ningún curso completado debajo; no se importó nada.</translation>
    </message>
    <message>
        <source>%1 is empty; give the person&apos;s employee ID.</source>
        <translation>%1 está vacío; indique el ID de empleado de la persona.</translation>
    </message>
    <message>
        <source>%1: there is no person with the employee ID &quot;%2&quot;; import the people first, or correct the ID.</source>
        <translation>%1: no hay ninguna persona con el ID de empleado «%2»; importe primero a las personas o corrija el ID.</translation>
    </message>
    <message>
        <source>%1 is empty; give the course&apos;s title.</source>
        <translation>%1 está vacío; indique el título del curso.</translation>
    </message>
    <message>
        <source>%1: there is no course titled &quot;%2&quot;; add the course first, or correct the title.</source>
        <translation>%1: no hay ningún curso titulado «%2»; agregue primero el curso o corrija el título.</translation>
    </message>
    <message>
        <source>%1 is empty; give the date the course was completed.</source>
        <translation>%1 está vacío; indique la fecha en que se completó el curso.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date written year first, as YYYY-MM-DD (for example 2026-03-01).</source>
        <translation>%1 «%2» no es una fecha con el año primero, en formato AAAA-MM-DD (por ejemplo, 2026-03-01).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number.</source>
        <translation>%1 «%2» no es un número.</translation>
    </message>
    <message>
        <source>%1 %2 is out of range; a score is between 0 and 100.</source>
        <translation>%1 %2 está fuera del rango; una puntuación está entre 0 y 100.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not yes or no; use %3.</source>
        <translation>%1 «%2» no es sí ni no; use %3.</translation>
    </message>
    <message>
        <source>%1 has a passing score of %2; give the score (or mark the row as not passed).</source>
        <translation>%1 tiene una puntuación mínima de %2; indique la puntuación (o marque la fila como no aprobada).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date or a time such as 2026-03-01T14:05:00Z.</source>
        <translation>%1 «%2» no es una fecha ni una hora como 2026-03-01T14:05:00Z.</translation>
    </message>
</context>
<context>
    <name>palisade::CompletionSource</name>
    <message>
        <source>Entered by hand</source>
        <translation>Introducido a mano</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
</context>
<context>
    <name>palisade::CorrectiveActionRegister</name>
    <message>
        <source>Reading the corrective actions failed</source>
        <translation>No se pudieron leer las acciones correctivas</translation>
    </message>
    <message>
        <source>Reading the corrective action failed</source>
        <translation>No se pudo leer la acción correctiva</translation>
    </message>
    <message>
        <source>The corrective action no longer exists.</source>
        <translation>La acción correctiva ya no existe.</translation>
    </message>
    <message>
        <source>Saving the corrective action failed</source>
        <translation>No se pudo guardar la acción correctiva</translation>
    </message>
    <message>
        <source>The corrective action was already done on %1.</source>
        <translation>La acción correctiva ya se completó el %1.</translation>
    </message>
    <message>
        <source>Enter the day the corrective action was done.</source>
        <translation>Indique el día en que se completó la acción correctiva.</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>La fecha %1 es posterior a hoy.</translation>
    </message>
</context>
<context>
    <name>palisade::CounterpartyCsvImporter</name>
    <message>
        <source>the name &quot;%1&quot; is already used on line %2.</source>
        <translation>el nombre «%1» ya se usa en la línea %2.</translation>
    </message>
    <message>
        <source>The file has a header row but no counterparties below it; nothing was imported.</source>
        <translation>El archivo tiene una fila de encabezado, pero ninguna contraparte debajo; no se importó nada.</translation>
    </message>
    <message>
        <source>%1 is empty; use %2.</source>
        <translation>%1 está vacío; use %2.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a relationship; use %3.</source>
        <translation>%1 «%2» no es una relación; use %3.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not yes or no; use %3.</source>
        <translation>%1 «%2» no es un valor sí/no; use %3.</translation>
    </message>
    <message>
        <source>assets: there is no asset named &quot;%1&quot;; add or import the asset first, or correct the name.</source>
        <translation>assets: no hay ningún activo llamado «%1»; agregue o importe primero el activo, o corrija el nombre.</translation>
    </message>
</context>
<context>
    <name>palisade::CounterpartyRegister</name>
    <message>
        <source>Counterparty %1: %2</source>
        <translation>Contraparte %1: %2</translation>
    </message>
    <message>
        <source>Reading the counterparties failed</source>
        <translation>No se pudieron leer las contrapartes</translation>
    </message>
    <message>
        <source>Reading the counterparty failed</source>
        <translation>No se pudo leer la contraparte</translation>
    </message>
    <message>
        <source>The counterparty no longer exists.</source>
        <translation>La contraparte ya no existe.</translation>
    </message>
    <message>
        <source>A counterparty named &quot;%1&quot; already exists.</source>
        <translation>Ya existe una contraparte llamada «%1».</translation>
    </message>
    <message>
        <source>Linked asset %1 does not exist.</source>
        <translation>El activo vinculado %1 no existe.</translation>
    </message>
    <message>
        <source>Saving the counterparty failed</source>
        <translation>No se pudo guardar la contraparte</translation>
    </message>
    <message>
        <source>Reading the agreements failed</source>
        <translation>No se pudieron leer los acuerdos</translation>
    </message>
    <message>
        <source>Deleting the counterparty failed</source>
        <translation>No se pudo eliminar la contraparte</translation>
    </message>
    <message>
        <source>Reading the counterparty&apos;s history failed</source>
        <translation>No se pudo leer el historial de la contraparte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; still has unsigned agreements (%2); delete them first.</source>
        <translation>«%1» todavía tiene acuerdos sin firmar (%2); elimínelos primero.</translation>
    </message>
</context>
<context>
    <name>palisade::CounterpartyRelationship</name>
    <message>
        <source>Covered Entity We Serve</source>
        <translation>Entidad cubierta a la que servimos</translation>
    </message>
    <message>
        <source>Subcontractor We Use</source>
        <translation>Subcontratista que usamos</translation>
    </message>
    <message>
        <source>Other Vendor</source>
        <translation>Otro proveedor</translation>
    </message>
</context>
<context>
    <name>palisade::CounterpartyTableExporter</name>
    <message>
        <source>Counterparties</source>
        <translation>Contrapartes</translation>
    </message>
</context>
<context>
    <name>palisade::CounterpartyValidator</name>
    <message>
        <source>Give the counterparty a name.</source>
        <translation>Asigne un nombre a la contraparte.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>El nombre tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>Say which PHI is shared with them, e.g. &quot;claims, diagnosis codes&quot;.</source>
        <translation>Indique qué PHI se comparte con ella, p. ej., «reclamaciones, códigos de diagnóstico».</translation>
    </message>
    <message>
        <source>Contact %1 needs a name.</source>
        <translation>El contacto %1 necesita un nombre.</translation>
    </message>
    <message>
        <source>Contact %1: &quot;%2&quot; is not an email address.</source>
        <translation>Contacto %1: «%2» no es una dirección de correo electrónico.</translation>
    </message>
</context>
<context>
    <name>palisade::CourseKind</name>
    <message>
        <source>HIPAA onboarding</source>
        <translation>Incorporación HIPAA</translation>
    </message>
    <message>
        <source>Annual refresher</source>
        <translation>Actualización anual</translation>
    </message>
    <message>
        <source>Security awareness</source>
        <translation>Concienciación sobre seguridad</translation>
    </message>
    <message>
        <source>Phishing</source>
        <translation>Phishing</translation>
    </message>
    <message>
        <source>Role-based module</source>
        <translation>Módulo por función</translation>
    </message>
    <message>
        <source>Policy change briefing</source>
        <translation>Sesión informativa sobre cambios de política</translation>
    </message>
</context>
<context>
    <name>palisade::CsvHeader</name>
    <message>
        <source>Missing: %1.</source>
        <translation>Faltan: %1.</translation>
    </message>
    <message>
        <source>Not recognized: %1.</source>
        <translation>No reconocidas: %1.</translation>
    </message>
    <message>
        <source>Repeated: %1.</source>
        <translation>Repetidas: %1.</translation>
    </message>
    <message>
        <source>Expected columns: %1.</source>
        <translation>Columnas esperadas: %1.</translation>
    </message>
    <message>
        <source>Optional columns: %1.</source>
        <translation>Columnas opcionales: %1.</translation>
    </message>
    <message>
        <source>Line %1: the header row does not match. %2 %3</source>
        <translation>Línea %1: la fila de encabezado no coincide. %2 %3</translation>
    </message>
    <message>
        <source>Line %1: column %2 has a value but no name in the header row.</source>
        <translation>Línea %1: la columna %2 tiene un valor, pero no tiene nombre en la fila de encabezado.</translation>
    </message>
</context>
<context>
    <name>palisade::CsvImportTable</name>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>El archivo está vacío: no tiene fila de encabezado.</translation>
    </message>
</context>
<context>
    <name>palisade::CsvParser</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>a quoted field is not closed.</source>
        <translation>un campo entre comillas no está cerrado.</translation>
    </message>
    <message>
        <source>there is text after the closing quote of a field. Put the whole field in quotes and double every quote inside it.</source>
        <translation>hay texto después de las comillas de cierre de un campo. Ponga todo el campo entre comillas y duplique cada comilla que contenga.</translation>
    </message>
</context>
<context>
    <name>palisade::CsvReader</name>
    <message>
        <source>The file is saved as UTF-16 text. Save it as “CSV UTF-8” and import it again.</source>
        <translation>El archivo está guardado como texto UTF-16. Guárdelo como “CSV UTF-8” e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>Line %1: the file contains binary data; it is not a CSV text file.</source>
        <translation>Línea %1: el archivo contiene datos binarios; no es un archivo de texto CSV.</translation>
    </message>
    <message>
        <source>Line %1: the text is not valid UTF-8. Save the file as “CSV UTF-8” and import it again.</source>
        <translation>Línea %1: el texto no es UTF-8 válido. Guarde el archivo como “CSV UTF-8” e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: the file does not exist.</source>
        <translation>No se puede leer “%1”: el archivo no existe.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: it is a folder, not a file.</source>
        <translation>No se puede leer “%1”: es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB, too large to import.</source>
        <translation>“%1” ocupa más de %2 MB; es demasiado grande para importarlo.</translation>
    </message>
    <message>
        <source>Cannot read “%1”.</source>
        <translation>No se puede leer “%1”.</translation>
    </message>
</context>
<context>
    <name>palisade::CsvTable</name>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>El archivo está vacío: no tiene fila de encabezado.</translation>
    </message>
</context>
<context>
    <name>palisade::DemoGenerator</name>
    <message>
        <source>The demonstration could not be generated: %1</source>
        <translation>No se pudo generar la demostración: %1</translation>
    </message>
    <message>
        <source>The demonstration could not be generated</source>
        <translation>No se pudo generar la demostración</translation>
    </message>
</context>
<context>
    <name>palisade::DemoTally</name>
    <message>
        <source>Assets</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Riesgos</translation>
    </message>
    <message>
        <source>Remediation tasks</source>
        <translation>Tareas de corrección</translation>
    </message>
    <message>
        <source>Accepted risks</source>
        <translation>Riesgos aceptados</translation>
    </message>
    <message>
        <source>Counterparties</source>
        <translation>Contrapartes</translation>
    </message>
    <message>
        <source>Business associate agreements</source>
        <translation>Acuerdos de socio comercial</translation>
    </message>
    <message>
        <source>Agreements past their expiry</source>
        <translation>Acuerdos vencidos</translation>
    </message>
    <message>
        <source>Agreements due for review</source>
        <translation>Acuerdos pendientes de revisión</translation>
    </message>
    <message>
        <source>Workforce members</source>
        <translation>Miembros del personal</translation>
    </message>
    <message>
        <source>Training courses</source>
        <translation>Cursos de formación</translation>
    </message>
    <message>
        <source>Training completions</source>
        <translation>Cursos completados</translation>
    </message>
    <message>
        <source>Overdue training items</source>
        <translation>Formaciones atrasadas</translation>
    </message>
    <message>
        <source>Phishing simulations</source>
        <translation>Simulaciones de phishing</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Políticas</translation>
    </message>
    <message>
        <source>Policy revisions</source>
        <translation>Revisiones de políticas</translation>
    </message>
    <message>
        <source>Policy approvals</source>
        <translation>Aprobaciones de políticas</translation>
    </message>
    <message>
        <source>Policies due for review</source>
        <translation>Políticas pendientes de revisión</translation>
    </message>
    <message>
        <source>Policy acknowledgments</source>
        <translation>Acuses de recibo de políticas</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Incidentes abiertos</translation>
    </message>
    <message>
        <source>Breach notices sent</source>
        <translation>Notificaciones de brecha enviadas</translation>
    </message>
    <message>
        <source>Breach notices overdue</source>
        <translation>Notificaciones de brecha atrasadas</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Acciones correctivas</translation>
    </message>
    <message>
        <source>Legal holds</source>
        <translation>Retenciones legales</translation>
    </message>
    <message>
        <source>Records past their retention</source>
        <translation>Registros con el plazo de conservación cumplido</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Eventos de auditoría</translation>
    </message>
</context>
<context>
    <name>palisade::DocumentKind</name>
    <message>
        <source>Signed Agreement</source>
        <translation>Acuerdo firmado</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Enmienda</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>palisade::DueState</name>
    <message>
        <source>Complete</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>Vence en 30 días o menos</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Aún no vence</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>No obligatorio</translation>
    </message>
    <message>
        <source>Ended by termination</source>
        <translation>Finalizado por baja</translation>
    </message>
</context>
<context>
    <name>palisade::EntryKind</name>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Implementation specification</source>
        <translation>Especificación de implementación</translation>
    </message>
</context>
<context>
    <name>palisade::EvidencePackRegister</name>
    <message>
        <source>Reading the exported evidence packs failed</source>
        <translation>No se pudieron leer los paquetes de evidencias exportados</translation>
    </message>
    <message>
        <source>Enter the first day of the period.</source>
        <translation>Indique el primer día del período.</translation>
    </message>
    <message>
        <source>Enter the last day of the period.</source>
        <translation>Indique el último día del período.</translation>
    </message>
    <message>
        <source>The period starts on %1, after its last day %2.</source>
        <translation>El período comienza el %1, después de su último día, el %2.</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Elija al menos una sección.</translation>
    </message>
    <message>
        <source>%1 — HIPAA compliance evidence, %2 to %3</source>
        <translation>%1 — evidencias de cumplimiento de HIPAA, del %2 al %3</translation>
    </message>
    <message>
        <source>HIPAA compliance evidence pack</source>
        <translation>Paquete de evidencias de cumplimiento de HIPAA</translation>
    </message>
    <message>
        <source>HIPAA compliance evidence pack prepared for %1</source>
        <translation>Paquete de evidencias de cumplimiento de HIPAA preparado para %1</translation>
    </message>
    <message>
        <source>evidence pack</source>
        <translation>paquete de evidencias</translation>
    </message>
    <message>
        <source>Confidential: compliance records of %1.</source>
        <translation>Confidencial: registros de cumplimiento de %1.</translation>
    </message>
    <message>
        <source>The evidence pack was not finished.</source>
        <translation>El paquete de evidencias no se completó.</translation>
    </message>
    <message>
        <source>Recording the evidence pack failed</source>
        <translation>No se pudo registrar el paquete de evidencias</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Reading the audit trail failed</source>
        <translation>No se pudo leer el registro de auditoría</translation>
    </message>
    <message>
        <source>Pack %1 is listed as exported, but its export is missing from the audit trail; the program file may have been altered.</source>
        <translation>El paquete %1 figura como exportado, pero su exportación no aparece en el registro de auditoría; es posible que el archivo del programa se haya alterado.</translation>
    </message>
    <message>
        <source>The bundle needs a file name of its own, not the PDF&apos;s.</source>
        <translation>El paquete comprimido necesita un nombre de archivo propio, distinto del del PDF.</translation>
    </message>
    <message>
        <source>Evidence pack %1 was exported to %2, but its bundle was not: %3</source>
        <translation>El paquete de evidencias %1 se exportó a %2, pero su paquete comprimido no: %3</translation>
    </message>
    <message>
        <source>The bundle must hold the evidence pack exactly as it was saved.</source>
        <translation>El paquete comprimido debe contener el paquete de evidencias exactamente como se guardó.</translation>
    </message>
    <message>
        <source>Evidence pack %1 has not been exported from this program file, so it cannot be bundled.</source>
        <translation>El paquete de evidencias %1 no se ha exportado desde este archivo del programa, por lo que no se puede incluir en un paquete comprimido.</translation>
    </message>
    <message>
        <source>Recording the evidence bundle failed</source>
        <translation>No se pudo registrar el paquete comprimido de evidencias</translation>
    </message>
    <message>
        <source>%1 · %2 to %3</source>
        <translation>%1 · del %2 al %3</translation>
    </message>
</context>
<context>
    <name>palisade::ExportTarget</name>
    <message>
        <source>No file name was given for the export.</source>
        <translation>No se indicó un nombre de archivo para la exportación.</translation>
    </message>
    <message>
        <source>Cannot save “%1”: the folder “%2” does not exist.</source>
        <translation>No se puede guardar “%1”: la carpeta “%2” no existe.</translation>
    </message>
    <message>
        <source>Cannot save “%1”: it is a folder, not a file.</source>
        <translation>No se puede guardar “%1”: es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or allow replacing the file.</source>
        <translation>“%1” ya existe. Elija otro nombre o permita que se reemplace el archivo.</translation>
    </message>
    <message>
        <source>Cannot save “%1”. Check that the disk has free space and that you may write to the folder.</source>
        <translation>No se puede guardar “%1”. Compruebe que el disco tenga espacio libre y que usted pueda escribir en la carpeta.</translation>
    </message>
</context>
<context>
    <name>palisade::FactorRating</name>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
</context>
<context>
    <name>palisade::ImportKind</name>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Completions</source>
        <translation>Cursos completados</translation>
    </message>
</context>
<context>
    <name>palisade::ImportProblems</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems.</source>
        <translation>
            <numerusform>No se importó nada: %n fila tiene problemas.</numerusform>
            <numerusform>No se importó nada: %n filas tienen problemas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n row(s) have problems.</source>
        <translation>
            <numerusform>No se importó nada de %1: %n fila tiene problemas.</numerusform>
            <numerusform>No se importó nada de %1: %n filas tienen problemas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s), not listed.</source>
        <translation>
            <numerusform>… y %n problema más, sin listar.</numerusform>
            <numerusform>… y %n problemas más, sin listar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::IncidentEvidenceRegister</name>
    <message>
        <source>Reading the evidence failed</source>
        <translation>No se pudo leer la evidencia</translation>
    </message>
    <message>
        <source>The evidence no longer exists.</source>
        <translation>La evidencia ya no existe.</translation>
    </message>
    <message>
        <source>Evidence is a note, a file, or both: give at least one.</source>
        <translation>Una evidencia es una nota, un archivo o ambos: indique al menos uno.</translation>
    </message>
    <message>
        <source>Saving the evidence failed</source>
        <translation>No se pudo guardar la evidencia</translation>
    </message>
    <message>
        <source>The evidence is a note without a file.</source>
        <translation>La evidencia es una nota sin archivo.</translation>
    </message>
    <message>
        <source>Recording the copy failed</source>
        <translation>No se pudo registrar la copia</translation>
    </message>
</context>
<context>
    <name>palisade::IncidentFileReader</name>
    <message>
        <source>unknown key</source>
        <translation>clave desconocida</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>no es una cadena</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD)</source>
        <translation>no es una fecha (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>not true or false</source>
        <translation>no es true ni false</translation>
    </message>
    <message>
        <source>not an object ({...})</source>
        <translation>no es un objeto ({...})</translation>
    </message>
    <message>
        <source>not a list ([...])</source>
        <translation>no es una lista ([...])</translation>
    </message>
    <message>
        <source>missing; give %1</source>
        <translation>falta; indique %1</translation>
    </message>
    <message>
        <source>not a name or an id</source>
        <translation>no es un nombre ni un id</translation>
    </message>
    <message>
        <source>There is no file to read at this location.</source>
        <translation>No hay ningún archivo que leer en esta ubicación.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; an incident file is much smaller.</source>
        <translation>El archivo ocupa más de %1 MB; un archivo de incidentes es mucho más pequeño.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>No se pudo leer el archivo: %1</translation>
    </message>
    <message>
        <source>{&quot;rating&quot;: %1, &quot;narrative&quot;: &quot;...&quot;}</source>
        <translation>{&quot;rating&quot;: %1, &quot;narrative&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>unknown rating &quot;%1&quot; (one of %2)</source>
        <translation>calificación desconocida «%1» (una de %2)</translation>
    </message>
    <message>
        <source>true (a low probability of compromise: not a breach) or false (a breach)</source>
        <translation>true (baja probabilidad de compromiso: no es una brecha) o false (es una brecha)</translation>
    </message>
    <message>
        <source>unknown recipient &quot;%1&quot; (one of %2)</source>
        <translation>destinatario desconocido «%1» (uno de %2)</translation>
    </message>
    <message>
        <source>only a notice to a covered entity names a counterparty</source>
        <translation>solo una notificación a una entidad cubierta indica una contraparte</translation>
    </message>
    <message>
        <source>no counterparty named &quot;%1&quot;</source>
        <translation>no hay ninguna contraparte llamada «%1»</translation>
    </message>
    <message>
        <source>no counterparty with id %1</source>
        <translation>no hay ninguna contraparte con id %1</translation>
    </message>
    <message>
        <source>the counterparty notified is not among the incident&apos;s covered_entities</source>
        <translation>la contraparte notificada no está entre las covered_entities del incidente</translation>
    </message>
    <message>
        <source>The date it was done, %1, is in the future.</source>
        <translation>La fecha en que se completó, %1, es posterior a hoy.</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (one of %2)</source>
        <translation>tipo desconocido «%1» (uno de %2)</translation>
    </message>
    <message>
        <source>no asset named &quot;%1&quot;</source>
        <translation>no hay ningún activo llamado «%1»</translation>
    </message>
    <message>
        <source>no asset with id %1</source>
        <translation>no hay ningún activo con id %1</translation>
    </message>
    <message>
        <source>not a number of individuals (0 or more)</source>
        <translation>no es un número de personas (0 o más)</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at character %2.</source>
        <translation>El archivo no es JSON válido: %1 en el carácter %2.</translation>
    </message>
    <message>
        <source>The file must hold one incident ({...}) or {&quot;incidents&quot;: [...]}.</source>
        <translation>El archivo debe contener un incidente ({...}) o {&quot;incidents&quot;: [...]}.</translation>
    </message>
    <message>
        <source>the list is empty</source>
        <translation>la lista está vacía</translation>
    </message>
    <message>
        <source>%1 has the same title and discovery date and is on file already</source>
        <translation>%1 tiene el mismo título y la misma fecha de descubrimiento y ya está registrado</translation>
    </message>
    <message>
        <source>the same title and discovery date as %1</source>
        <translation>el mismo título y la misma fecha de descubrimiento que %1</translation>
    </message>
</context>
<context>
    <name>palisade::IncidentKind</name>
    <message>
        <source>Misdirected fax or email</source>
        <translation>Fax o correo electrónico enviado al destinatario equivocado</translation>
    </message>
    <message>
        <source>Lost or stolen device</source>
        <translation>Dispositivo perdido o robado</translation>
    </message>
    <message>
        <source>Phishing compromise</source>
        <translation>Vulneración por phishing</translation>
    </message>
    <message>
        <source>Wrong-patient attachment</source>
        <translation>Adjunto del paciente equivocado</translation>
    </message>
    <message>
        <source>Unauthorized access</source>
        <translation>Acceso no autorizado</translation>
    </message>
    <message>
        <source>Ransomware</source>
        <translation>Ransomware</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>palisade::IncidentNotificationRegister</name>
    <message>
        <source>Reading the notifications failed</source>
        <translation>No se pudieron leer las notificaciones</translation>
    </message>
    <message>
        <source>The counterparty notified is not among the covered entities whose PHI %1 involved.</source>
        <translation>La contraparte notificada no está entre las entidades cubiertas cuya PHI estuvo involucrada en %1.</translation>
    </message>
    <message>
        <source>Saving the notification failed</source>
        <translation>No se pudo guardar la notificación</translation>
    </message>
    <message>
        <source>Reading the notification failed</source>
        <translation>No se pudo leer la notificación</translation>
    </message>
    <message>
        <source>The notification no longer exists.</source>
        <translation>La notificación ya no existe.</translation>
    </message>
    <message>
        <source>The notification has no copy attached.</source>
        <translation>La notificación no tiene ninguna copia adjunta.</translation>
    </message>
    <message>
        <source>Recording the copy failed</source>
        <translation>No se pudo registrar la copia</translation>
    </message>
</context>
<context>
    <name>palisade::IncidentPackSection</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (annual log)</source>
        <translation>%1 (registro anual)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not a breach: the PHI was secured (not unsecured PHI, 45 CFR 164.402)</source>
        <translation>No es una brecha: la PHI estaba protegida (no es PHI no protegida, 45 CFR 164.402)</translation>
    </message>
    <message>
        <source>Not a breach: the assessment showed a low probability that the PHI was compromised</source>
        <translation>No es una brecha: la evaluación mostró una baja probabilidad de que la PHI se haya visto comprometida</translation>
    </message>
    <message>
        <source>A breach: the assessment did not show a low probability of compromise</source>
        <translation>Es una brecha: la evaluación no mostró una baja probabilidad de compromiso</translation>
    </message>
    <message>
        <source>Presumed a breach: no four-factor assessment documented (45 CFR 164.402)</source>
        <translation>Brecha presunta: no hay ninguna evaluación de riesgo de cuatro factores documentada (45 CFR 164.402)</translation>
    </message>
    <message>
        <source>Sent on time</source>
        <translation>Enviada a tiempo</translation>
    </message>
    <message>
        <source>Sent late</source>
        <translation>Enviada con retraso</translation>
    </message>
    <message>
        <source>Not sent: overdue</source>
        <translation>No enviada: vencida</translation>
    </message>
    <message>
        <source>Not sent; not yet due</source>
        <translation>No enviada; aún no vence</translation>
    </message>
    <message>
        <source>Sent; not among the notices required</source>
        <translation>Enviada; no figura entre las notificaciones requeridas</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Security incidents (45 CFR 164.308(a)(6)) discovered from %1 to %2, and those discovered earlier that were still open on %2. Each is shown as it stood on %2: what was contained, assessed or closed only later is shown as not yet done. Without a documented four-factor assessment, an impermissible use or disclosure of unsecured PHI is presumed a breach (164.402), and every notice of 164.404-410 is owed.</source>
        <translation>Incidentes de seguridad (45 CFR 164.308(a)(6)) descubiertos del %1 al %2, y los descubiertos antes que seguían abiertos el %2. Cada uno se muestra tal como estaba el %2: lo que se contuvo, evaluó o cerró solo después se muestra como aún no realizado. Sin una evaluación de riesgo de cuatro factores documentada, un uso o una divulgación no permitidos de PHI no protegida se presumen una brecha (164.402) y se deben todas las notificaciones de 164.404-410.</translation>
    </message>
    <message>
        <source>Notices overdue on %1</source>
        <translation>Notificaciones vencidas al %1</translation>
    </message>
    <message>
        <source>Incident log</source>
        <translation>Registro de incidentes</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Ocurrido</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Descubierto</translation>
    </message>
    <message>
        <source>Contained</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Breach status</source>
        <translation>Estado de brecha</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Afectadas</translation>
    </message>
    <message>
        <source>%1 %2
%3</source>
        <translation>%1 %2
%3</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>No incident was discovered in the period, and none was open on %1.</source>
        <translation>No se descubrió ningún incidente en el período y ninguno estaba abierto al %1.</translation>
    </message>
    <message>
        <source>Breach notices on %1</source>
        <translation>Notificaciones de brecha al %1</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No incident shown was a breach or presumed a breach, so no notice was owed.</source>
        <translation>Ningún incidente mostrado fue una brecha ni una brecha presunta, por lo que no se debía ninguna notificación.</translation>
    </message>
    <message>
        <source>Breach determinations</source>
        <translation>Determinaciones de brecha</translation>
    </message>
    <message>
        <source>Determination</source>
        <translation>Determinación</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Evaluado por</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>No basis recorded.</source>
        <translation>No se registró ningún fundamento.</translation>
    </message>
    <message>
        <source>No incident to assess.</source>
        <translation>No hay ningún incidente que evaluar.</translation>
    </message>
    <message>
        <source>Corrective actions open on %1</source>
        <translation>Acciones correctivas abiertas al %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Días de retraso</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <source>No corrective action was open on %1.</source>
        <translation>No había ninguna acción correctiva abierta al %1.</translation>
    </message>
    <message>
        <source>Discovered in the period</source>
        <translation>Descubiertos en el período</translation>
    </message>
    <message>
        <source>Open on %1</source>
        <translation>Abiertos al %1</translation>
    </message>
    <message>
        <source>Breaches or presumed breaches</source>
        <translation>Brechas o brechas presuntas</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>Días de retraso</translation>
    </message>
    <message>
        <source>No assessment on record on %1.</source>
        <translation>Sin evaluación registrada al %1.</translation>
    </message>
</context>
<context>
    <name>palisade::IncidentRegister</name>
    <message>
        <source>Reading the incidents failed</source>
        <translation>No se pudieron leer los incidentes</translation>
    </message>
    <message>
        <source>Reading the incident failed</source>
        <translation>No se pudo leer el incidente</translation>
    </message>
    <message>
        <source>The incident no longer exists.</source>
        <translation>El incidente ya no existe.</translation>
    </message>
    <message>
        <source>The asset %1 no longer exists.</source>
        <translation>El activo %1 ya no existe.</translation>
    </message>
    <message>
        <source>The covered entity %1 no longer exists.</source>
        <translation>La entidad cubierta %1 ya no existe.</translation>
    </message>
    <message>
        <source>Saving the incident failed</source>
        <translation>No se pudo guardar el incidente</translation>
    </message>
    <message>
        <source>A notice was sent on %1, before the new discovery date %2.</source>
        <translation>Se envió una notificación el %1, antes de la nueva fecha de descubrimiento %2.</translation>
    </message>
    <message>
        <source>The covered entity %1 was notified of this incident; it stays among its covered entities.</source>
        <translation>Se notificó este incidente a la entidad cubierta %1; debe seguir figurando entre sus entidades cubiertas.</translation>
    </message>
    <message>
        <source>The breach assessment (%1) would come before the new discovery date %2.</source>
        <translation>La evaluación de brecha (%1) sería anterior a la nueva fecha de descubrimiento %2.</translation>
    </message>
    <message>
        <source>The incident was closed on %1, before the new discovery date %2.</source>
        <translation>El incidente se cerró el %1, antes de la nueva fecha de descubrimiento %2.</translation>
    </message>
    <message>
        <source>%1 was already closed on %2.</source>
        <translation>%1 ya se cerró el %2.</translation>
    </message>
    <message>
        <source>Enter the day the incident was closed.</source>
        <translation>Indique el día en que se cerró el incidente.</translation>
    </message>
    <message>
        <source>%1 is open.</source>
        <translation>%1 está abierto.</translation>
    </message>
    <message>
        <source>Deleting the incident failed</source>
        <translation>No se pudo eliminar el incidente</translation>
    </message>
    <message>
        <source>Saving the breach assessment failed</source>
        <translation>No se pudo guardar la evaluación de brecha</translation>
    </message>
    <message>
        <source>Reading the notifications failed</source>
        <translation>No se pudieron leer las notificaciones</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n notice(s) on file that rest on its breach assessment; the assessment is kept with them. Record a new assessment instead.</source>
        <translation>
            <numerusform>%1 tiene %n notificación registrada que se basa en su evaluación de brecha; la evaluación se conserva junto con ella. Registre una nueva evaluación en su lugar.</numerusform>
            <numerusform>%1 tiene %n notificaciones registradas que se basan en su evaluación de brecha; la evaluación se conserva junto con ellas. Registre una nueva evaluación en su lugar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing the breach assessment failed</source>
        <translation>No se pudo quitar la evaluación de brecha</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is named by %n incident(s) (%2); the incident records keep it.</source>
        <translation>
            <numerusform>«%1» figura en %n incidente (%2); los registros del incidente lo conservan.</numerusform>
            <numerusform>«%1» figura en %n incidentes (%2); los registros de los incidentes lo conservan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::IncidentValidator</name>
    <message>
        <source>Give the incident a title.</source>
        <translation>Asigne un título al incidente.</translation>
    </message>
    <message>
        <source>The title is longer than %1 characters.</source>
        <translation>El título tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>Enter the day the incident was discovered: it starts every notification clock.</source>
        <translation>Indique el día en que se descubrió el incidente: a partir de esa fecha corren todos los plazos de notificación.</translation>
    </message>
    <message>
        <source>occurred</source>
        <translation>ocurrió</translation>
    </message>
    <message>
        <source>discovered</source>
        <translation>se descubrió</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>se informó</translation>
    </message>
    <message>
        <source>contained</source>
        <translation>se contuvo</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>se cerró</translation>
    </message>
    <message>
        <source>The date it was %1, %2, is in the future.</source>
        <translation>La fecha en que %1, %2, es futura.</translation>
    </message>
    <message>
        <source>It cannot have been discovered (%1) before it occurred (%2).</source>
        <translation>No puede haberse descubierto (%1) antes de ocurrir (%2).</translation>
    </message>
    <message>
        <source>It cannot be closed (%1) before it was discovered (%2).</source>
        <translation>No puede cerrarse (%1) antes de haberse descubierto (%2).</translation>
    </message>
    <message>
        <source>It cannot have been contained (%1) before it occurred (%2).</source>
        <translation>No puede haberse contenido (%1) antes de ocurrir (%2).</translation>
    </message>
    <message>
        <source>It cannot have been reported (%1) before it occurred (%2).</source>
        <translation>No puede haberse informado (%1) antes de ocurrir (%2).</translation>
    </message>
    <message>
        <source>Say why the PHI was secured (for example, encrypted per NIST SP 800-111 with a key that was not compromised).</source>
        <translation>Indique por qué la PHI estaba asegurada (por ejemplo, cifrada conforme a NIST SP 800-111 con una clave que no se vio comprometida).</translation>
    </message>
    <message>
        <source>Only an incident involving a covered entity&apos;s PHI can delegate its notices to us: name the covered entity.</source>
        <translation>Solo en un incidente que involucre PHI de una entidad cubierta se nos pueden delegar las notificaciones: indique la entidad cubierta.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter State or jurisdiction code.</source>
        <translation>«%1» no es un código de estado o jurisdicción de dos letras.</translation>
    </message>
    <message>
        <source>%1 is listed twice among the affected.</source>
        <translation>%1 figura dos veces entre los afectados.</translation>
    </message>
    <message>
        <source>The number of affected individuals in %1 cannot be negative.</source>
        <translation>El número de personas afectadas en %1 no puede ser negativo.</translation>
    </message>
    <message>
        <source>Explain the rating of the factor &quot;%1&quot;.</source>
        <translation>Explique la calificación del factor «%1».</translation>
    </message>
    <message>
        <source>State the conclusion and why it follows from the four factors.</source>
        <translation>Indique la conclusión y por qué se desprende de los cuatro factores.</translation>
    </message>
    <message>
        <source>Name who made the assessment.</source>
        <translation>Indique quién realizó la evaluación.</translation>
    </message>
    <message>
        <source>Enter the day of the assessment.</source>
        <translation>Indique el día de la evaluación.</translation>
    </message>
    <message>
        <source>The assessment date %1 is in the future.</source>
        <translation>La fecha de la evaluación %1 es futura.</translation>
    </message>
    <message>
        <source>The assessment (%1) cannot come before the incident was discovered (%2).</source>
        <translation>La evaluación (%1) no puede ser anterior al descubrimiento del incidente (%2).</translation>
    </message>
    <message>
        <source>Enter the day the notice was sent.</source>
        <translation>Indique el día en que se envió la notificación.</translation>
    </message>
    <message>
        <source>The notice date %1 is in the future.</source>
        <translation>La fecha de la notificación %1 es futura.</translation>
    </message>
    <message>
        <source>The notice (%1) cannot be sent before the incident was discovered (%2).</source>
        <translation>La notificación (%1) no puede enviarse antes del descubrimiento del incidente (%2).</translation>
    </message>
    <message>
        <source>Say how the notice was sent (for example, first-class mail, email, the HHS web portal).</source>
        <translation>Indique cómo se envió la notificación (por ejemplo, correo postal de primera clase, correo electrónico, el portal web del HHS).</translation>
    </message>
    <message>
        <source>Name the State or jurisdiction (a two-letter code) whose %1 was notified.</source>
        <translation>Indique el estado o la jurisdicción (un código de dos letras) del destinatario notificado (%1).</translation>
    </message>
    <message>
        <source>Choose the covered entity that was notified.</source>
        <translation>Elija la entidad cubierta a la que se notificó.</translation>
    </message>
    <message>
        <source>Say what the corrective action is.</source>
        <translation>Indique en qué consiste la acción correctiva.</translation>
    </message>
    <message>
        <source>Name the authority the State requires to be notified.</source>
        <translation>Indique la autoridad a la que el Estado exige notificar.</translation>
    </message>
    <message>
        <source>The rule applies from at least one resident.</source>
        <translation>La regla debe aplicarse a partir de al menos un residente.</translation>
    </message>
    <message>
        <source>The notice period must be between 1 and 365 days.</source>
        <translation>El plazo de notificación debe ser de entre 1 y 365 días.</translation>
    </message>
</context>
<context>
    <name>palisade::IncidentWriter</name>
    <message>
        <source>The file has no name.</source>
        <translation>El archivo no tiene nombre.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 ocupa más de %2 MB.</translation>
    </message>
</context>
<context>
    <name>palisade::IntegrityChecker</name>
    <message>
        <source>%1 row %2 refers to a missing %3 row</source>
        <translation>La fila %2 de %1 hace referencia a una fila inexistente de %3</translation>
    </message>
</context>
<context>
    <name>palisade::IntegrityReport</name>
    <message>
        <source>All checks passed. %1</source>
        <translation>Se superaron todas las comprobaciones. %1</translation>
    </message>
    <message>
        <source>Integrity failure:</source>
        <translation>Error de integridad:</translation>
    </message>
</context>
<context>
    <name>palisade::Migrator</name>
    <message>
        <source>This program file was saved by a newer version of Palisade (schema %1; this version knows up to %2). Update Palisade to open it.</source>
        <translation>Este archivo del programa se guardó con una versión más reciente de Palisade (esquema %1; esta versión admite hasta el %2). Actualice Palisade para abrirlo.</translation>
    </message>
    <message>
        <source>Updating the file&apos;s schema to version %1 failed</source>
        <translation>No se pudo actualizar el esquema del archivo a la versión %1</translation>
    </message>
</context>
<context>
    <name>palisade::NotificationRecipient</name>
    <message>
        <source>Covered entity</source>
        <translation>Entidad cubierta</translation>
    </message>
    <message>
        <source>Affected individuals</source>
        <translation>Personas afectadas</translation>
    </message>
    <message>
        <source>HHS</source>
        <translation>HHS</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medios de comunicación</translation>
    </message>
    <message>
        <source>State authority</source>
        <translation>Autoridad estatal</translation>
    </message>
</context>
<context>
    <name>palisade::OfficerRole</name>
    <message>
        <source>Privacy officer</source>
        <translation>Funcionario de privacidad</translation>
    </message>
    <message>
        <source>Security officer</source>
        <translation>Funcionario de seguridad</translation>
    </message>
    <message>
        <source>Privacy and security officer</source>
        <translation>Funcionario de privacidad y seguridad</translation>
    </message>
</context>
<context>
    <name>palisade::OverviewPackSection</name>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Funcionario</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Program kept since</source>
        <translation>Programa mantenido desde</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>The program on %1</source>
        <translation>El programa al %1</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Risks in the register</source>
        <translation>Riesgos en el registro</translation>
    </message>
    <message>
        <source>Risks identified or in remediation</source>
        <translation>Riesgos identificados o en remediación</translation>
    </message>
    <message>
        <source>Business associate agreements in effect</source>
        <translation>Acuerdos de asociado comercial en vigor</translation>
    </message>
    <message>
        <source>People on the workforce</source>
        <translation>Miembros del personal</translation>
    </message>
    <message>
        <source>Policies with a revision in effect</source>
        <translation>Políticas con una revisión en vigor</translation>
    </message>
    <message>
        <source>Incidents discovered in the period</source>
        <translation>Incidentes descubiertos en el período</translation>
    </message>
    <message>
        <source>Incidents open</source>
        <translation>Incidentes abiertos</translation>
    </message>
    <message>
        <source>Legal holds in force when the pack was generated</source>
        <translation>Retenciones legales en vigor cuando se generó el paquete</translation>
    </message>
    <message>
        <source>Open findings on %1</source>
        <translation>Hallazgos abiertos al %1</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>BAA findings past their date (reviews, expiry, missing provisions, PHI shared without a BAA)</source>
        <translation>Hallazgos de BAA con fecha vencida (revisiones, vencimiento, disposiciones ausentes, PHI compartida sin BAA)</translation>
    </message>
    <message>
        <source>Training overdue (person and course)</source>
        <translation>Capacitación vencida (persona y curso)</translation>
    </message>
    <message>
        <source>Policy reviews overdue</source>
        <translation>Revisiones de políticas vencidas</translation>
    </message>
    <message>
        <source>Breach notices overdue</source>
        <translation>Notificaciones de brecha vencidas</translation>
    </message>
    <message>
        <source>No finding was open at the end of the period.</source>
        <translation>No había ningún hallazgo abierto al final del período.</translation>
    </message>
    <message>
        <source>Each finding is detailed in its section.</source>
        <translation>Cada hallazgo se detalla en su sección.</translation>
    </message>
</context>
<context>
    <name>palisade::PackBundleCollector</name>
    <message>
        <source>%1 revision %2</source>
        <translation>%1 versión %2</translation>
    </message>
</context>
<context>
    <name>palisade::PackBundleManifest</name>
    <message>
        <source>Policies have no original attachments: their words are kept in the program as numbered revisions. For each policy in use on %1, the revision then in effect is included as UTF-8 text (Markdown) under policies/, named &lt;code&gt;-rev&lt;number&gt;.txt, with the signed copy of that revision beside it when one is attached.</source>
        <translation>Las políticas no tienen archivos adjuntos originales: su texto se conserva en el programa como versiones numeradas. Para cada política en uso el %1, se incluye la versión vigente en ese momento como texto UTF-8 (Markdown) en policies/, con el nombre &lt;code&gt;-rev&lt;number&gt;.txt, junto con la copia firmada de esa versión cuando haya una adjunta.</translation>
    </message>
    <message>
        <source>%1 is not a manifest of an evidence bundle: %2</source>
        <translation>%1 no es un manifiesto de un paquete comprimido de evidencias: %2</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>no es un objeto JSON.</translation>
    </message>
    <message>
        <source>its format is not %1.</source>
        <translation>su formato no es %1.</translation>
    </message>
    <message>
        <source>it has no format version.</source>
        <translation>no tiene versión de formato.</translation>
    </message>
    <message>
        <source>%1 is in format version %2, written by a newer Palisade; this version reads up to %3.</source>
        <translation>%1 tiene la versión de formato %2, escrita por una versión más reciente de Palisade; esta versión admite hasta la %3.</translation>
    </message>
    <message>
        <source>it names no pack.</source>
        <translation>no indica ningún paquete.</translation>
    </message>
    <message>
        <source>it does not describe the pack&apos;s PDF.</source>
        <translation>no describe el PDF del paquete de evidencias.</translation>
    </message>
    <message>
        <source>attachment %1 of its list is incomplete.</source>
        <translation>el adjunto %1 de su lista está incompleto.</translation>
    </message>
</context>
<context>
    <name>palisade::PackBundleReader</name>
    <message>
        <source>The file is not a zip archive that can be read.</source>
        <translation>El archivo no es un archivo zip que se pueda leer.</translation>
    </message>
    <message>
        <source>%1 in the zip archive cannot be read.</source>
        <translation>No se puede leer %1 en el archivo zip.</translation>
    </message>
    <message>
        <source>%1 in the zip archive is larger than expected.</source>
        <translation>%1 ocupa más de lo esperado en el archivo zip.</translation>
    </message>
</context>
<context>
    <name>palisade::PackBundleVerifier</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a zip archive that can be read.</source>
        <translation>%1 no es un archivo zip que se pueda leer.</translation>
    </message>
    <message>
        <source>The zip holds %1 twice.</source>
        <translation>El zip contiene %1 dos veces.</translation>
    </message>
    <message>
        <source>The zip holds no %1, so it is not an evidence bundle.</source>
        <translation>El zip no contiene %1, por lo que no es un paquete comprimido de evidencias.</translation>
    </message>
    <message>
        <source>Reading the audit trail failed</source>
        <translation>No se pudo leer el registro de auditoría</translation>
    </message>
    <message>
        <source>No bundle of evidence pack %1 was exported from this program file.</source>
        <translation>No se exportó desde este archivo del programa ningún paquete comprimido del paquete de evidencias %1.</translation>
    </message>
    <message>
        <source>%1 is not the manifest of any bundle of evidence pack %2 exported from this program file: it was changed after export.</source>
        <translation>%1 no es el manifiesto de ningún paquete comprimido del paquete de evidencias %2 exportado desde este archivo del programa: se modificó después de la exportación.</translation>
    </message>
    <message>
        <source>The manifest lists %1 twice.</source>
        <translation>El manifiesto incluye %1 dos veces.</translation>
    </message>
    <message>
        <source>%1 is missing from the zip.</source>
        <translation>Falta %1 en el zip.</translation>
    </message>
    <message>
        <source>%1 has changed: its SHA-256 is %2 (%3 bytes), the manifest records %4 (%5 bytes).</source>
        <translation>%1 ha cambiado: su SHA-256 es %2 (%3 bytes); el manifiesto registra %4 (%5 bytes).</translation>
    </message>
    <message>
        <source>%1 is not evidence pack %2 as exported from this program file.</source>
        <translation>%1 no es el paquete de evidencias %2 tal como se exportó desde este archivo del programa.</translation>
    </message>
    <message>
        <source>The zip holds %1, which the manifest does not list.</source>
        <translation>El zip contiene %1, que no figura en el manifiesto.</translation>
    </message>
</context>
<context>
    <name>palisade::PackBundleWriter</name>
    <message>
        <source>The evidence bundle could not be put together.</source>
        <translation>No se pudo generar el paquete comprimido de evidencias.</translation>
    </message>
</context>
<context>
    <name>palisade::PackComposer</name>
    <message>
        <source>Manifest</source>
        <translation>Manifiesto</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>HIPAA compliance evidence pack</source>
        <translation>Paquete de evidencias de cumplimiento de HIPAA</translation>
    </message>
    <message>
        <source>The compliance program as it stood on %1, and what happened from %2 to %1.</source>
        <translation>El programa de cumplimiento tal como estaba el %1 y lo que sucedió del %2 al %1.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>Preparado para</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Preparado por</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>Pack ID</source>
        <translation>ID del paquete</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>Generado por</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>This pack holds records of a HIPAA compliance program, which may include protected health information about the organization&apos;s own workforce and incidents. Keep it confidential and share it only with those who need it for the audit. Whether this file is exactly the one exported can be checked with &quot;palisade-cli pack verify&quot; against the program file it came from.</source>
        <translation>Este paquete contiene registros de un programa de cumplimiento de HIPAA, que pueden incluir información de salud protegida sobre el propio personal y los incidentes de la organización. Manténgalo confidencial y compártalo solo con quienes lo necesiten para la auditoría. Para comprobar si este archivo es exactamente el que se exportó, use «palisade-cli pack verify» con el archivo del programa del que procede.</translation>
    </message>
    <message>
        <source>For each section: the number of records it covers and the SHA-256 of those records in canonical JSON, as the program held them when pack %1 was generated. The SHA-256 of this PDF file itself is recorded in the program&apos;s hash-chained audit trail when the export completes.</source>
        <translation>Para cada sección: el número de registros que abarca y el SHA-256 de esos registros en JSON canónico, tal como los tenía el programa cuando se generó el paquete %1. El SHA-256 de este mismo archivo PDF se anota en el registro de auditoría con cadena de hashes del programa cuando finaliza la exportación.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>SHA-256 of the section&apos;s data</source>
        <translation>SHA-256 de los datos de la sección</translation>
    </message>
    <message>
        <source>The pack holds no sections.</source>
        <translation>El paquete no contiene ninguna sección.</translation>
    </message>
</context>
<context>
    <name>palisade::PackDates</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>palisade::PackPaper</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
</context>
<context>
    <name>palisade::PackPdfWriter</name>
    <message>
        <source>The PDF could not be started.</source>
        <translation>No se pudo iniciar el PDF.</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>No se pudo finalizar el PDF.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Pack %1 · %2</source>
        <translation>Paquete %1 · %2</translation>
    </message>
</context>
<context>
    <name>palisade::PackSection</name>
    <message>
        <source>Program overview</source>
        <translation>Resumen del programa</translation>
    </message>
    <message>
        <source>Risk analysis and risk management plan</source>
        <translation>Análisis de riesgos y plan de gestión de riesgos</translation>
    </message>
    <message>
        <source>Policies and procedures</source>
        <translation>Políticas y procedimientos</translation>
    </message>
    <message>
        <source>Business associate agreements</source>
        <translation>Acuerdos de asociado comercial</translation>
    </message>
    <message>
        <source>Workforce training</source>
        <translation>Capacitación del personal</translation>
    </message>
    <message>
        <source>Incidents and breaches</source>
        <translation>Incidentes y brechas</translation>
    </message>
    <message>
        <source>Retention of records</source>
        <translation>Conservación de registros</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
</context>
<context>
    <name>palisade::PackSectionBuilder</name>
    <message>
        <source>The %1 section cannot be exported yet.</source>
        <translation>La sección %1 aún no se puede exportar.</translation>
    </message>
</context>
<context>
    <name>palisade::PassphrasePolicy</name>
    <message>
        <source>Use at least %1 characters; %2 so far. A few unrelated words make a passphrase that is long and easy to remember.</source>
        <translation>Use al menos %1 caracteres; por ahora tiene %2. Unas cuantas palabras sin relación entre sí forman una frase de contraseña larga y fácil de recordar.</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>Demasiado corta</translation>
    </message>
    <message>
        <source>This passphrase is on the list of commonly used passwords or is a simple pattern. Choose something less predictable.</source>
        <translation>Esta frase de contraseña figura en la lista de contraseñas de uso común o es un patrón sencillo. Elija algo menos predecible.</translation>
    </message>
    <message>
        <source>Too common</source>
        <translation>Demasiado común</translation>
    </message>
    <message>
        <source>Do not use the organization&apos;s name or your own name as the passphrase.</source>
        <translation>No use el nombre de la organización ni su propio nombre como frase de contraseña.</translation>
    </message>
    <message>
        <source>Too predictable</source>
        <translation>Demasiado predecible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Segura</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Muy segura</translation>
    </message>
</context>
<context>
    <name>palisade::PdfDocument</name>
    <message>
        <source>The file is empty; there is no PDF document to read.</source>
        <translation>El archivo está vacío; no hay ningún documento PDF que leer.</translation>
    </message>
    <message>
        <source>This file is not a PDF document.</source>
        <translation>Este archivo no es un documento PDF.</translation>
    </message>
    <message>
        <source>The PDF document is damaged and cannot be read.</source>
        <translation>El documento PDF está dañado y no se puede leer.</translation>
    </message>
    <message>
        <source>The PDF document is protected by a password and cannot be opened.</source>
        <translation>El documento PDF está protegido con contraseña y no se puede abrir.</translation>
    </message>
    <message>
        <source>The PDF document has no pages.</source>
        <translation>El documento PDF no tiene páginas.</translation>
    </message>
    <message>
        <source>page %1 of %2 is missing</source>
        <translation>falta la página %1 de %2</translation>
    </message>
</context>
<context>
    <name>palisade::PeopleCsvImporter</name>
    <message>
        <source>Name the source the file comes from.</source>
        <translation>Indique el origen del archivo.</translation>
    </message>
    <message>
        <source>employee ID %1 is also on line %2; each person has one row.</source>
        <translation>el ID de empleado %1 también figura en la línea %2; cada persona tiene una sola fila.</translation>
    </message>
    <message>
        <source>The file has a header row but no people below it; nothing was imported.</source>
        <translation>El archivo tiene una fila de encabezado, pero ninguna persona debajo; no se importó nada.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date written year first, as YYYY-MM-DD (for example 2026-03-01).</source>
        <translation>%1 «%2» no es una fecha con el año primero, en formato AAAA-MM-DD (por ejemplo, 2026-03-01).</translation>
    </message>
    <message>
        <source>%1: there is no workforce role &quot;%2&quot;; use %3.</source>
        <translation>%1: no hay ninguna función del personal «%2»; use %3.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a status; use %3.</source>
        <translation>%1 «%2» no es un estado; use %3.</translation>
    </message>
</context>
<context>
    <name>palisade::PersonStatus</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>De permiso</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Dado de baja</translation>
    </message>
</context>
<context>
    <name>palisade::PhiDisposition</name>
    <message>
        <source>Not Yet Attested</source>
        <translation>Aún sin certificar</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devuelta</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Destruida</translation>
    </message>
    <message>
        <source>Return Infeasible, Protections Extended</source>
        <translation>Devolución inviable, protecciones extendidas</translation>
    </message>
</context>
<context>
    <name>palisade::PhishingRegister</name>
    <message>
        <source>Reading the phishing campaigns failed</source>
        <translation>No se pudieron leer las campañas de phishing</translation>
    </message>
    <message>
        <source>Reading the phishing campaign failed</source>
        <translation>No se pudo leer la campaña de phishing</translation>
    </message>
    <message>
        <source>The phishing campaign no longer exists.</source>
        <translation>La campaña de phishing ya no existe.</translation>
    </message>
    <message>
        <source>The campaign date %1 is in the future.</source>
        <translation>La fecha de la campaña %1 es futura.</translation>
    </message>
    <message>
        <source>Saving the phishing campaign failed</source>
        <translation>No se pudo guardar la campaña de phishing</translation>
    </message>
    <message>
        <source>Deleting the phishing campaign failed</source>
        <translation>No se pudo eliminar la campaña de phishing</translation>
    </message>
</context>
<context>
    <name>palisade::PolicyCategory</name>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Breach Notification</source>
        <translation>Notificación de brechas</translation>
    </message>
    <message>
        <source>Administrative</source>
        <translation>Administrativa</translation>
    </message>
</context>
<context>
    <name>palisade::PolicyPackSection</name>
    <message>
        <source>%1: created as %2</source>
        <translation>%1: creada como %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3 from %4</source>
        <translation>%1: %2 → %3 desde %4</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>No revision in effect</source>
        <translation>Ninguna revisión en vigor</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Vence pronto</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Al día</translation>
    </message>
    <message>
        <source>The policies and procedures the organization keeps under 45 CFR 164.316 and 164.530(i): each policy in use on %1 with the revision then in effect, reviewed a cycle after that revision was last approved. Revisions are numbered; once approved, a revision is a record that no longer changes.</source>
        <translation>Las políticas y los procedimientos que la organización mantiene conforme a 45 CFR 164.316 y 164.530(i): cada política en uso al %1 con la revisión entonces en vigor, que debe revisarse un ciclo después de la última aprobación de esa revisión. Las revisiones están numeradas; una vez aprobada, una revisión es un registro que ya no cambia.</translation>
    </message>
    <message>
        <source>Policies in use on %1</source>
        <translation>Políticas en uso al %1</translation>
    </message>
    <message>
        <source>With a revision in effect</source>
        <translation>Con una revisión en vigor</translation>
    </message>
    <message>
        <source>Without a revision in effect</source>
        <translation>Sin una revisión en vigor</translation>
    </message>
    <message>
        <source>Reviews overdue that day</source>
        <translation>Revisiones vencidas ese día</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Effective since</source>
        <translation>En vigor desde</translation>
    </message>
    <message>
        <source>Last approved</source>
        <translation>Última aprobación</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>No policy was in use on %1.</source>
        <translation>Ninguna política estaba en uso al %1.</translation>
    </message>
    <message>
        <source>Policies with no revision in effect on %1: %2. Until a revision is approved and takes effect, such a policy is a finding.</source>
        <translation>Políticas sin revisión en vigor al %1: %2. Hasta que se apruebe una revisión y entre en vigor, una política así constituye un hallazgo.</translation>
    </message>
    <message>
        <source>Revisions and approvals from %1 to %2</source>
        <translation>Revisiones y aprobaciones del %1 al %2</translation>
    </message>
    <message>
        <source>Each revision whose state changed or that was approved in the period, with the day of each change as the audit trail recorded it and every approval by its date.</source>
        <translation>Cada revisión cuyo estado cambió o que se aprobó en el período, con el día de cada cambio según el registro de auditoría y cada aprobación con su fecha.</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>State changes</source>
        <translation>Cambios de estado</translation>
    </message>
    <message>
        <source>Approvals (date: approver, role)</source>
        <translation>Aprobaciones (fecha: aprobador, función)</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>None in the period</source>
        <translation>Ninguno en el período</translation>
    </message>
    <message>
        <source>No revision changed state or was approved in the period.</source>
        <translation>Ninguna revisión cambió de estado ni se aprobó en el período.</translation>
    </message>
    <message>
        <source>Reading the policies&apos; history failed</source>
        <translation>No se pudo leer el historial de las políticas</translation>
    </message>
</context>
<context>
    <name>palisade::PolicyRegister</name>
    <message>
        <source>%1 revision %2</source>
        <translation>%1 versión %2</translation>
    </message>
    <message>
        <source>%1 was retired on %2 and is kept as it was.</source>
        <translation>%1 se retiró el %2 y se conserva tal como estaba.</translation>
    </message>
    <message>
        <source>Reading the policies failed</source>
        <translation>No se pudieron leer las políticas</translation>
    </message>
    <message>
        <source>Reading the policy failed</source>
        <translation>No se pudo leer la política</translation>
    </message>
    <message>
        <source>The policy no longer exists.</source>
        <translation>La política ya no existe.</translation>
    </message>
    <message>
        <source>Another policy already has the code %1.</source>
        <translation>Otra política ya tiene el código %1.</translation>
    </message>
    <message>
        <source>Saving the policy failed</source>
        <translation>No se pudo guardar la política</translation>
    </message>
    <message>
        <source>Saving %1 failed</source>
        <translation>No se pudo guardar %1</translation>
    </message>
    <message>
        <source>%1 was approved and is kept as a record; retire the policy instead.</source>
        <translation>%1 se aprobó y se conserva como registro; retire la política en su lugar.</translation>
    </message>
    <message>
        <source>Deleting %1 failed</source>
        <translation>No se pudo eliminar %1</translation>
    </message>
    <message>
        <source>%1 was already retired on %2.</source>
        <translation>%1 ya se retiró el %2.</translation>
    </message>
    <message>
        <source>Enter the date %1 is retired.</source>
        <translation>Escriba la fecha en que se retira %1.</translation>
    </message>
    <message>
        <source>Say why %1 is retired.</source>
        <translation>Indique por qué se retira %1.</translation>
    </message>
    <message>
        <source>%1 is still %2; discard it or finish its review before retiring the policy.</source>
        <translation>%1 sigue en estado «%2»; descártela o termine su revisión antes de retirar la política.</translation>
    </message>
    <message>
        <source>%1 takes effect on %2; the policy cannot be retired before that.</source>
        <translation>%1 entra en vigor el %2; la política no se puede retirar antes de esa fecha.</translation>
    </message>
    <message>
        <source>%1 was approved on %2; the policy cannot be retired before that.</source>
        <translation>%1 se aprobó el %2; la política no se puede retirar antes de esa fecha.</translation>
    </message>
    <message>
        <source>%1 has no approved revision to retire; delete the policy instead.</source>
        <translation>%1 no tiene ninguna versión aprobada que retirar; elimine la política en su lugar.</translation>
    </message>
    <message>
        <source>Retiring %1 failed</source>
        <translation>No se pudo retirar %1</translation>
    </message>
    <message>
        <source>Reading the policy&apos;s revisions failed</source>
        <translation>No se pudieron leer las versiones de la política</translation>
    </message>
    <message>
        <source>Reading the policy revision failed</source>
        <translation>No se pudo leer la versión de la política</translation>
    </message>
    <message>
        <source>The policy revision no longer exists.</source>
        <translation>La versión de la política ya no existe.</translation>
    </message>
    <message>
        <source>%1 is still %2; finish or discard it before starting another revision.</source>
        <translation>%1 sigue en estado «%2»; termínela o descártela antes de iniciar otra versión.</translation>
    </message>
    <message>
        <source>%1 is %2; only a draft can be edited.</source>
        <translation>%1 está en estado «%2»; solo se puede editar un borrador.</translation>
    </message>
    <message>
        <source>%1 is %2; only a draft can be discarded.</source>
        <translation>%1 está en estado «%2»; solo se puede descartar un borrador.</translation>
    </message>
    <message>
        <source>%1 is the policy&apos;s only revision; delete the policy instead.</source>
        <translation>%1 es la única versión de la política; elimine la política en su lugar.</translation>
    </message>
    <message>
        <source>Discarding %1 failed</source>
        <translation>No se pudo descartar %1</translation>
    </message>
    <message>
        <source>%1 is %2; only a draft can be submitted for review.</source>
        <translation>%1 está en estado «%2»; solo se puede enviar a revisión un borrador.</translation>
    </message>
    <message>
        <source>%1 has neither text nor a file; write the policy or attach its PDF.</source>
        <translation>%1 no tiene texto ni archivo; redacte la política o adjunte su PDF.</translation>
    </message>
    <message>
        <source>%1 needs a summary of what changed since revision %2.</source>
        <translation>%1 necesita un resumen de lo que cambió desde la versión %2.</translation>
    </message>
    <message>
        <source>Submitting %1 failed</source>
        <translation>No se pudo enviar %1</translation>
    </message>
    <message>
        <source>%1 is %2; only a revision in review can be returned to draft.</source>
        <translation>%1 está en estado «%2»; solo una versión en revisión puede volver a borrador.</translation>
    </message>
    <message>
        <source>Say why %1 goes back to draft.</source>
        <translation>Indique por qué %1 vuelve a borrador.</translation>
    </message>
    <message>
        <source>Returning %1 to draft failed</source>
        <translation>No se pudo devolver %1 a borrador</translation>
    </message>
    <message>
        <source>%1 is %2; only an approved revision can take effect.</source>
        <translation>%1 está en estado «%2»; solo una versión aprobada puede entrar en vigor.</translation>
    </message>
    <message>
        <source>Enter the date %1 takes effect.</source>
        <translation>Escriba la fecha en que %1 entra en vigor.</translation>
    </message>
    <message>
        <source>%1 was approved on %2 and cannot take effect before that.</source>
        <translation>%1 se aprobó el %2 y no puede entrar en vigor antes de esa fecha.</translation>
    </message>
    <message>
        <source>%1 is newer and took effect on %2; %3 can no longer take effect.</source>
        <translation>%1 es más reciente y entró en vigor el %2; %3 ya no puede entrar en vigor.</translation>
    </message>
    <message>
        <source>%1 is already scheduled to take effect on %2; %3 must take effect after that.</source>
        <translation>%1 ya está programada para entrar en vigor el %2; %3 debe entrar en vigor después de esa fecha.</translation>
    </message>
    <message>
        <source>%1 took effect on %2; %3 must take effect after that.</source>
        <translation>%1 entró en vigor el %2; %3 debe entrar en vigor después de esa fecha.</translation>
    </message>
    <message>
        <source>Making %1 effective failed</source>
        <translation>No se pudo poner en vigor %1</translation>
    </message>
    <message>
        <source>%1 is %2; a file can be attached to a draft only.</source>
        <translation>%1 está en estado «%2»; solo se puede adjuntar un archivo a un borrador.</translation>
    </message>
    <message>
        <source>Storing the file of %1 failed</source>
        <translation>No se pudo guardar el archivo de %1</translation>
    </message>
    <message>
        <source>%1 has no file attached.</source>
        <translation>%1 no tiene ningún archivo adjunto.</translation>
    </message>
    <message>
        <source>Recording the copy failed</source>
        <translation>No se pudo registrar la copia</translation>
    </message>
    <message>
        <source>%1 is %2; its file is kept with it.</source>
        <translation>%1 está en estado «%2»; su archivo se conserva con ella.</translation>
    </message>
    <message>
        <source>Removing the file of %1 failed</source>
        <translation>No se pudo quitar el archivo de %1</translation>
    </message>
    <message>
        <source>Reading the approvals failed</source>
        <translation>No se pudieron leer las aprobaciones</translation>
    </message>
    <message>
        <source>%1 is %2; approvals are recorded only while it is in review.</source>
        <translation>%1 está en estado «%2»; las aprobaciones solo se registran mientras está en revisión.</translation>
    </message>
    <message>
        <source>Name who approved %1.</source>
        <translation>Indique quién aprobó %1.</translation>
    </message>
    <message>
        <source>Give the role in which %1 was approved.</source>
        <translation>Indique el cargo con el que se aprobó %1.</translation>
    </message>
    <message>
        <source>Say what the approval of %1 means, e.g. &quot;Executive approval&quot;.</source>
        <translation>Indique qué significa la aprobación de %1, p. ej., «Aprobación de la dirección».</translation>
    </message>
    <message>
        <source>Enter the date %1 was approved.</source>
        <translation>Escriba la fecha en que se aprobó %1.</translation>
    </message>
    <message>
        <source>The approval date %1 is in the future.</source>
        <translation>La fecha de aprobación %1 es futura.</translation>
    </message>
    <message>
        <source>The approval date %1 is before %2 was written (%3).</source>
        <translation>La fecha de aprobación %1 es anterior a la redacción de %2 (%3).</translation>
    </message>
    <message>
        <source>%1 needs approval as %2; &quot;%3&quot; is not one of them.</source>
        <translation>%1 necesita la aprobación de estos cargos: %2; «%3» no es uno de ellos.</translation>
    </message>
    <message>
        <source>%1 already approved %2 as %3.</source>
        <translation>%1 ya aprobó %2 como %3.</translation>
    </message>
    <message>
        <source>Recording the approval of %1 failed</source>
        <translation>No se pudo registrar la aprobación de %1</translation>
    </message>
    <message>
        <source>Reading the policy&apos;s history failed</source>
        <translation>No se pudo leer el historial de la política</translation>
    </message>
</context>
<context>
    <name>palisade::PolicyTemplateLibrary</name>
    <message>
        <source>No policy templates were found.</source>
        <translation>No se encontró ninguna plantilla de política.</translation>
    </message>
    <message>
        <source>The policy template &quot;%1&quot; could not be read.</source>
        <translation>No se pudo leer la plantilla de política «%1».</translation>
    </message>
    <message>
        <source>The policy templates &quot;%1&quot; and &quot;%2&quot; have the same key.</source>
        <translation>Las plantillas de política «%1» y «%2» tienen la misma clave.</translation>
    </message>
    <message>
        <source>The policy templates &quot;%1&quot; and &quot;%2&quot; have the same code.</source>
        <translation>Las plantillas de política «%1» y «%2» tienen el mismo código.</translation>
    </message>
</context>
<context>
    <name>palisade::PolicyTemplateParser</name>
    <message>
        <source>The policy template &quot;%1&quot; is malformed.</source>
        <translation>La plantilla de política «%1» tiene un formato incorrecto.</translation>
    </message>
</context>
<context>
    <name>palisade::PolicyValidator</name>
    <message>
        <source>Give the policy a code, e.g. &quot;SEC-004&quot;.</source>
        <translation>Asigne un código a la política, p. ej., «SEC-004».</translation>
    </message>
    <message>
        <source>The code %1 is longer than %2 characters.</source>
        <translation>El código %1 tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>The code %1 may hold only letters, digits, &quot;-&quot;, &quot;.&quot; and &quot;_&quot;.</source>
        <translation>El código %1 solo puede contener letras, dígitos, «-», «.» y «_».</translation>
    </message>
    <message>
        <source>Give the policy a title.</source>
        <translation>Asigne un título a la política.</translation>
    </message>
    <message>
        <source>The title is longer than %1 characters.</source>
        <translation>El título tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The owner is longer than %1 characters.</source>
        <translation>El responsable tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>Review the policy every 1 to %1 months.</source>
        <translation>Revise la política cada 1 a %1 meses.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a standard or implementation specification of the Security Rule catalog.</source>
        <translation>«%1» no es un estándar ni una especificación de implementación del catálogo de la Regla de Seguridad.</translation>
    </message>
    <message>
        <source>Name each approval role the policy needs.</source>
        <translation>Indique cada cargo cuya aprobación necesita la política.</translation>
    </message>
    <message>
        <source>The approval role &quot;%1&quot; is longer than %2 characters.</source>
        <translation>El cargo de aprobación «%1» tiene más de %2 caracteres.</translation>
    </message>
</context>
<context>
    <name>palisade::Program</name>
    <message>
        <source>A batch of changes is already open.</source>
        <translation>Ya hay un lote de cambios abierto.</translation>
    </message>
    <message>
        <source>Starting a batch of changes failed</source>
        <translation>No se pudo iniciar un lote de cambios</translation>
    </message>
    <message>
        <source>Saving a batch of changes failed</source>
        <translation>No se pudo guardar un lote de cambios</translation>
    </message>
    <message>
        <source>Enter the organization&apos;s name.</source>
        <translation>Escriba el nombre de la organización.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Escriba su nombre.</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Escriba una frase de contraseña.</translation>
    </message>
    <message>
        <source>Creating the program file failed</source>
        <translation>No se pudo crear el archivo del programa</translation>
    </message>
    <message>
        <source>Opening the program file failed</source>
        <translation>No se pudo abrir el archivo del programa</translation>
    </message>
    <message>
        <source>The program file is locked.</source>
        <translation>El archivo del programa está bloqueado.</translation>
    </message>
    <message>
        <source>The program file is open read-only.</source>
        <translation>El archivo del programa está abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <source>Recording the event failed</source>
        <translation>No se pudo registrar el evento</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>La nueva frase de contraseña es igual a la actual.</translation>
    </message>
    <message>
        <source>The Security Rule catalog shipped with Palisade cannot be read.</source>
        <translation>No se puede leer el catálogo de la Regla de Seguridad incluido con Palisade.</translation>
    </message>
</context>
<context>
    <name>palisade::ProvisionCompleteness</name>
    <message>
        <source>%1 of %2 present (%3%)</source>
        <translation>%1 de %2 presentes (%3&#xa0;%)</translation>
    </message>
</context>
<context>
    <name>palisade::ProvisionState</name>
    <message>
        <source>Not Checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Not Applicable</source>
        <translation>No aplicable</translation>
    </message>
</context>
<context>
    <name>palisade::Requirement</name>
    <message>
        <source>Required</source>
        <translation>Obligatoria</translation>
    </message>
    <message>
        <source>Addressable</source>
        <translation>Abordable</translation>
    </message>
</context>
<context>
    <name>palisade::RetentionPackSection</name>
    <message>
        <source>Every record of the type %1</source>
        <translation>Todos los registros del tipo %1</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Documentation is kept for six years from the date of its creation or the date when it last was in effect, whichever is later (45 CFR 164.316(b)(2)(i) and 164.530(j)(2)). A legal hold keeps a record, or every record of a type, however old it is. A disposal destroys a record&apos;s content and keeps the SHA-256 of what was destroyed in the disposal log.</source>
        <translation>La documentación se conserva durante seis años a partir de la fecha de su creación o de la fecha en que estuvo en vigor por última vez, lo que ocurra después (45 CFR 164.316(b)(2)(i) y 164.530(j)(2)). Una retención legal conserva un registro, o todos los registros de un tipo, sin importar su antigüedad. Una eliminación definitiva destruye el contenido de un registro y conserva el SHA-256 de lo destruido en el registro de eliminaciones definitivas.</translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation>Reglas de conservación</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>What makes it a record</source>
        <translation>Qué lo convierte en registro</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservación</translation>
    </message>
    <message>
        <source>Six years from the later of</source>
        <translation>Seis años desde la fecha más tardía entre</translation>
    </message>
    <message>
        <source>While %1, and six years after.</source>
        <translation>Mientras %1, y seis años después.</translation>
    </message>
    <message>
        <source>While %1; never disposed of.</source>
        <translation>Mientras %1; nunca se elimina definitivamente.</translation>
    </message>
    <message>
        <source>Created: %1
Last in effect: %2</source>
        <translation>Creado: %1
Última vez en vigor: %2</translation>
    </message>
    <message>
        <source>No retention rule is defined.</source>
        <translation>No hay ninguna regla de conservación definida.</translation>
    </message>
    <message>
        <source>Legal holds placed, in force or released from %1 to %2</source>
        <translation>Retenciones legales aplicadas, en vigor o levantadas del %1 al %2</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Aplicada</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Levantada</translation>
    </message>
    <message>
        <source>In force on %1</source>
        <translation>En vigor al %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>%1
by %2</source>
        <translation>%1
por %2</translation>
    </message>
    <message>
        <source>No legal hold was placed, in force or released in the period.</source>
        <translation>Ninguna retención legal se aplicó, estuvo en vigor ni se levantó en el período.</translation>
    </message>
    <message>
        <source>Records disposed of from %1 to %2</source>
        <translation>Registros eliminados definitivamente del %1 al %2</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Conservado hasta</translation>
    </message>
    <message>
        <source>SHA-256 of the content</source>
        <translation>SHA-256 del contenido</translation>
    </message>
    <message>
        <source>No record was disposed of in the period.</source>
        <translation>Ningún registro se eliminó definitivamente en el período.</translation>
    </message>
    <message>
        <source>Holds in force on %1</source>
        <translation>Retenciones legales vigentes al %1</translation>
    </message>
    <message>
        <source>Holds placed in the period</source>
        <translation>Retenciones legales impuestas en el período</translation>
    </message>
    <message>
        <source>Holds released in the period</source>
        <translation>Retenciones legales levantadas en el período</translation>
    </message>
    <message>
        <source>Disposals in the period</source>
        <translation>Eliminaciones definitivas en el período</translation>
    </message>
</context>
<context>
    <name>palisade::RetentionRegister</name>
    <message>
        <source>Reading the retention records failed</source>
        <translation>No se pudieron leer los registros sujetos a conservación</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>El registro ya no existe.</translation>
    </message>
    <message>
        <source>%1 is under a legal hold: %2.</source>
        <translation>%1 está sujeto a una retención legal: %2.</translation>
    </message>
    <message>
        <source>%1 is kept while %2, and for six years after (%3).</source>
        <translation>%1 se conserva mientras %2 y durante seis años después (%3).</translation>
    </message>
    <message>
        <source>it is in effect</source>
        <translation>esté en vigor</translation>
    </message>
    <message>
        <source>%1 is kept for six years after it was last in effect, a date that is not recorded (%2).</source>
        <translation>%1 se conserva durante seis años después de la última fecha en que estuvo en vigor, una fecha que no está registrada (%2).</translation>
    </message>
    <message>
        <source>%1 must be kept until %2: six years after it was created on %3 (%4).</source>
        <translation>%1 debe conservarse hasta el %2: seis años después de su creación el %3 (%4).</translation>
    </message>
    <message>
        <source>%1 must be kept until %2: six years after it was last in effect on %3 (%4).</source>
        <translation>%1 debe conservarse hasta el %2: seis años después de la última fecha en que estuvo en vigor, el %3 (%4).</translation>
    </message>
    <message>
        <source>Recording the refusal failed</source>
        <translation>No se pudo registrar el rechazo</translation>
    </message>
    <message>
        <source>Reading the legal holds failed</source>
        <translation>No se pudieron leer las retenciones legales</translation>
    </message>
    <message>
        <source>A legal hold cannot be placed on records of type &quot;%1&quot;.</source>
        <translation>No se puede aplicar una retención legal a registros de tipo «%1».</translation>
    </message>
    <message>
        <source>Say why the records are held.</source>
        <translation>Indique por qué se retienen los registros.</translation>
    </message>
    <message>
        <source>Placing the legal hold failed</source>
        <translation>No se pudo aplicar la retención legal</translation>
    </message>
    <message>
        <source>The legal hold no longer exists.</source>
        <translation>La retención legal ya no existe.</translation>
    </message>
    <message>
        <source>The legal hold was already released on %1.</source>
        <translation>La retención legal ya se levantó el %1.</translation>
    </message>
    <message>
        <source>Say why the hold is released.</source>
        <translation>Indique por qué se levanta la retención.</translation>
    </message>
    <message>
        <source>Releasing the legal hold failed</source>
        <translation>No se pudo levantar la retención legal</translation>
    </message>
    <message>
        <source>%1 is not a kind of record Palisade disposes of.</source>
        <translation>%1 no es un tipo de registro que Palisade destruya.</translation>
    </message>
    <message>
        <source>Reading the record failed</source>
        <translation>No se pudo leer el registro</translation>
    </message>
    <message>
        <source>%1 cannot be disposed of while these still refer to it: %2.</source>
        <translation>%1 no se puede destruir mientras estos elementos sigan haciendo referencia a él: %2.</translation>
    </message>
    <message>
        <source>%1 is not a record under retention; delete it instead.</source>
        <translation>%1 no es un registro sujeto a conservación; elimínelo en su lugar.</translation>
    </message>
    <message>
        <source>Disposing of the record failed</source>
        <translation>No se pudo destruir el registro</translation>
    </message>
    <message>
        <source>Reading the disposal log failed</source>
        <translation>No se pudo leer la bitácora de destrucción</translation>
    </message>
</context>
<context>
    <name>palisade::RetentionRules</name>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>A policy with an approved revision; one with drafts only may be discarded.</source>
        <translation>Una política con una versión aprobada; una que solo tenga borradores se puede descartar.</translation>
    </message>
    <message>
        <source>The day it was created.</source>
        <translation>El día en que se creó.</translation>
    </message>
    <message>
        <source>The day its last revision was superseded or retired.</source>
        <translation>El día en que su última versión se reemplazó o se retiró.</translation>
    </message>
    <message>
        <source>one of its revisions is approved or in effect</source>
        <translation>alguna de sus versiones esté aprobada o en vigor</translation>
    </message>
    <message>
        <source>Policy revision</source>
        <translation>Versión de política</translation>
    </message>
    <message>
        <source>An approved revision; a draft or a revision in review may be discarded.</source>
        <translation>Una versión aprobada; un borrador o una versión en revisión se pueden descartar.</translation>
    </message>
    <message>
        <source>The day it was drafted.</source>
        <translation>El día en que se redactó.</translation>
    </message>
    <message>
        <source>The day it was superseded or retired.</source>
        <translation>El día en que se reemplazó o se retiró.</translation>
    </message>
    <message>
        <source>it is approved or in effect</source>
        <translation>esté aprobada o en vigor</translation>
    </message>
    <message>
        <source>Business associate agreement</source>
        <translation>Acuerdo de asociado comercial</translation>
    </message>
    <message>
        <source>A signed agreement (active, expired or terminated); a draft or one under negotiation may be discarded.</source>
        <translation>Un acuerdo firmado (activo, vencido o rescindido); un borrador o uno en negociación se pueden descartar.</translation>
    </message>
    <message>
        <source>The day it was signed (else the day it was recorded).</source>
        <translation>El día en que se firmó (o, si no, el día en que se registró).</translation>
    </message>
    <message>
        <source>The day it was terminated, else the day it expired.</source>
        <translation>El día en que se rescindió o, si no, el día en que venció.</translation>
    </message>
    <message>
        <source>it is active</source>
        <translation>esté activo</translation>
    </message>
    <message>
        <source>Agreement document</source>
        <translation>Documento del acuerdo</translation>
    </message>
    <message>
        <source>A document of a signed agreement; it follows its agreement.</source>
        <translation>Un documento de un acuerdo firmado; sigue a su acuerdo.</translation>
    </message>
    <message>
        <source>As its agreement.</source>
        <translation>Igual que su acuerdo.</translation>
    </message>
    <message>
        <source>its signed agreement is active</source>
        <translation>su acuerdo firmado esté activo</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Contraparte</translation>
    </message>
    <message>
        <source>A counterparty with a signed agreement; it follows those agreements.</source>
        <translation>Una contraparte con un acuerdo firmado; sigue a esos acuerdos.</translation>
    </message>
    <message>
        <source>The day it was recorded.</source>
        <translation>El día en que se registró.</translation>
    </message>
    <message>
        <source>The day its last signed agreement ended.</source>
        <translation>El día en que finalizó su último acuerdo firmado.</translation>
    </message>
    <message>
        <source>one of its agreements is active</source>
        <translation>alguno de sus acuerdos esté activo</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Every risk of the risk analysis and risk management plan.</source>
        <translation>Cada riesgo del análisis de riesgos y del plan de gestión de riesgos.</translation>
    </message>
    <message>
        <source>The day it was identified.</source>
        <translation>El día en que se identificó.</translation>
    </message>
    <message>
        <source>The day it was closed.</source>
        <translation>El día en que se cerró.</translation>
    </message>
    <message>
        <source>it is open</source>
        <translation>esté abierto</translation>
    </message>
    <message>
        <source>Remediation task</source>
        <translation>Tarea de corrección</translation>
    </message>
    <message>
        <source>A done task, evidence of remediation; an open or cancelled task may be discarded.</source>
        <translation>Una tarea completada, evidencia de la corrección; una tarea abierta o cancelada se puede descartar.</translation>
    </message>
    <message>
        <source>The day it was completed.</source>
        <translation>El día en que se completó.</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>An asset a risk names; it follows those risks. One named by no risk may be deleted.</source>
        <translation>Un activo mencionado por un riesgo; sigue a esos riesgos. Uno que ningún riesgo mencione se puede eliminar.</translation>
    </message>
    <message>
        <source>The day the last risk naming it was closed.</source>
        <translation>El día en que se cerró el último riesgo que lo menciona.</translation>
    </message>
    <message>
        <source>a risk that names it is open</source>
        <translation>algún riesgo que lo mencione esté abierto</translation>
    </message>
    <message>
        <source>Audit event</source>
        <translation>Evento de auditoría</translation>
    </message>
    <message>
        <source>Every event of the audit trail, the record of every change.</source>
        <translation>Cada evento del registro de auditoría, que deja constancia de cada cambio.</translation>
    </message>
    <message>
        <source>The moment it was recorded.</source>
        <translation>El momento en que se registró.</translation>
    </message>
    <message>
        <source>Kept at least six years; Palisade never disposes of it.</source>
        <translation>Se conserva al menos seis años; Palisade nunca lo destruye.</translation>
    </message>
    <message>
        <source>the program file exists</source>
        <translation>exista el archivo del programa</translation>
    </message>
    <message>
        <source>Workforce member</source>
        <translation>Miembro del personal</translation>
    </message>
    <message>
        <source>A workforce member with a training completion or a policy acknowledgment; one with neither may be deleted.</source>
        <translation>Un miembro del personal con un curso completado o una confirmación de lectura de una política; uno sin ninguno de los dos se puede eliminar.</translation>
    </message>
    <message>
        <source>The day they were hired.</source>
        <translation>El día de su contratación.</translation>
    </message>
    <message>
        <source>The day their employment was terminated.</source>
        <translation>El día en que terminó su relación laboral.</translation>
    </message>
    <message>
        <source>they are on the workforce</source>
        <translation>forma parte del personal</translation>
    </message>
    <message>
        <source>Training completion</source>
        <translation>Curso completado</translation>
    </message>
    <message>
        <source>Every completion of a training course, with its score, attestation and certificate.</source>
        <translation>Cada finalización de un curso de capacitación, con su puntuación, su declaración y su certificado.</translation>
    </message>
    <message>
        <source>The day the course was completed.</source>
        <translation>El día en que se completó el curso.</translation>
    </message>
    <message>
        <source>it is not yet six years old</source>
        <translation>aún no tiene seis años de antigüedad</translation>
    </message>
    <message>
        <source>Policy acknowledgment</source>
        <translation>Confirmación de lectura de una política</translation>
    </message>
    <message>
        <source>Every acknowledgment of a policy revision by a workforce member.</source>
        <translation>Cada confirmación de lectura de una versión de política por parte de un miembro del personal.</translation>
    </message>
    <message>
        <source>The day it was acknowledged.</source>
        <translation>El día en que se confirmó la lectura.</translation>
    </message>
    <message>
        <source>Phishing simulation</source>
        <translation>Simulación de phishing</translation>
    </message>
    <message>
        <source>Every phishing simulation with its results, evidence of security awareness training.</source>
        <translation>Cada simulación de phishing con sus resultados, como evidencia de la capacitación de concienciación sobre seguridad.</translation>
    </message>
    <message>
        <source>The day it ran.</source>
        <translation>El día en que se realizó.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Every security incident, with its breach assessment, evidence and corrective actions.</source>
        <translation>Cada incidente de seguridad, con su evaluación de brecha, sus evidencias y sus acciones correctivas.</translation>
    </message>
    <message>
        <source>The day it was discovered.</source>
        <translation>El día en que se descubrió.</translation>
    </message>
    <message>
        <source>Breach notification</source>
        <translation>Notificación de brecha</translation>
    </message>
    <message>
        <source>Every breach notice sent, with its copy; it follows its incident.</source>
        <translation>Cada notificación de brecha enviada, con su copia; sigue a su incidente.</translation>
    </message>
    <message>
        <source>As its incident.</source>
        <translation>Igual que su incidente.</translation>
    </message>
    <message>
        <source>its incident is open</source>
        <translation>su incidente esté abierto</translation>
    </message>
</context>
<context>
    <name>palisade::RetentionStatus</name>
    <message>
        <source>Not a Record</source>
        <translation>No es un registro</translation>
    </message>
    <message>
        <source>In Effect</source>
        <translation>En vigor</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Conservado</translation>
    </message>
    <message>
        <source>Eligible for Disposal</source>
        <translation>Apto para destrucción</translation>
    </message>
    <message>
        <source>On Legal Hold</source>
        <translation>En retención legal</translation>
    </message>
</context>
<context>
    <name>palisade::RevisionState</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>In Review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>En vigor</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Reemplazada</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirada</translation>
    </message>
</context>
<context>
    <name>palisade::RiskAttention</name>
    <message>
        <source>The due date has passed.</source>
        <translation>La fecha límite ya pasó.</translation>
    </message>
    <message>
        <source>The risk acceptance has expired.</source>
        <translation>La aceptación del riesgo venció.</translation>
    </message>
    <message>
        <source>The scheduled reassessment is overdue.</source>
        <translation>La reevaluación programada está atrasada.</translation>
    </message>
    <message numerus="yes">
        <source>%n remediation task(s) overdue.</source>
        <translation>
            <numerusform>%n tarea de corrección vencida.</numerusform>
            <numerusform>%n tareas de corrección vencidas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::RiskCsvImporter</name>
    <message>
        <source>The file has a header row but no risks below it; nothing was imported.</source>
        <translation>El archivo tiene una fila de encabezado, pero ningún riesgo debajo; no se importó nada.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a level; use %3.</source>
        <translation>%1 «%2» no es un nivel; use %3.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date written as YYYY-MM-DD (for example 2026-03-01).</source>
        <translation>%1 «%2» no es una fecha con el formato AAAA-MM-DD (por ejemplo, 2026-03-01).</translation>
    </message>
    <message>
        <source>assets: there is no asset named &quot;%1&quot;; add or import the asset first, or correct the name.</source>
        <translation>assets: no hay ningún activo llamado «%1»; agregue o importe primero el activo, o corrija el nombre.</translation>
    </message>
    <message>
        <source>%1 is empty; use %2.</source>
        <translation>%1 está vacío; use %2.</translation>
    </message>
    <message>
        <source>give both %1 and %2, or leave both empty.</source>
        <translation>indique tanto %1 como %2, o deje ambos vacíos.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a treatment; use %3.</source>
        <translation>%1 «%2» no es un tratamiento; use %3.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a status; use %3.</source>
        <translation>%1 «%2» no es un estado; use %3.</translation>
    </message>
</context>
<context>
    <name>palisade::RiskCsvValues</name>
    <message>
        <source>%1 (or %2)</source>
        <translation>%1 (o %2)</translation>
    </message>
</context>
<context>
    <name>palisade::RiskHeatMapRenderer</name>
    <message>
        <source>Likelihood</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
</context>
<context>
    <name>palisade::RiskJson</name>
    <message>
        <source>A recorded risk register entry is malformed.</source>
        <translation>Una entrada registrada del registro de riesgos tiene un formato incorrecto.</translation>
    </message>
</context>
<context>
    <name>palisade::RiskLevel</name>
    <message>
        <source>Very Low</source>
        <translation>Muy bajo</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Very High</source>
        <translation>Muy alto</translation>
    </message>
    <message>
        <source>VL</source>
        <comment>abbreviation of Very Low</comment>
        <translation>MB</translation>
    </message>
    <message>
        <source>L</source>
        <comment>abbreviation of Low</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>M</source>
        <comment>abbreviation of Moderate</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>H</source>
        <comment>abbreviation of High</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>VH</source>
        <comment>abbreviation of Very High</comment>
        <translation>MA</translation>
    </message>
</context>
<context>
    <name>palisade::RiskMatrix</name>
    <message>
        <source>The risk level for likelihood %1 and impact %2 (%3) is lower than for likelihood %4 and the same impact (%5). Raising the likelihood must never lower the risk level.</source>
        <translation>El nivel de riesgo para la probabilidad %1 y el impacto %2 (%3) es menor que para la probabilidad %4 con el mismo impacto (%5). Aumentar la probabilidad nunca debe reducir el nivel de riesgo.</translation>
    </message>
    <message>
        <source>The risk level for likelihood %1 and impact %2 (%3) is lower than for the same likelihood and impact %4 (%5). Raising the impact must never lower the risk level.</source>
        <translation>El nivel de riesgo para la probabilidad %1 y el impacto %2 (%3) es menor que para la misma probabilidad con el impacto %4 (%5). Aumentar el impacto nunca debe reducir el nivel de riesgo.</translation>
    </message>
    <message>
        <source>The risk matrix has an unsupported format (expected format %1).</source>
        <translation>La matriz de riesgo tiene un formato no admitido (se esperaba el formato %1).</translation>
    </message>
    <message>
        <source>The risk matrix has no rows.</source>
        <translation>La matriz de riesgo no tiene filas.</translation>
    </message>
    <message>
        <source>The risk matrix has a row for an unknown likelihood &quot;%1&quot;.</source>
        <translation>La matriz de riesgo tiene una fila para una probabilidad desconocida «%1».</translation>
    </message>
    <message>
        <source>The risk matrix has no row for likelihood &quot;%1&quot;.</source>
        <translation>La matriz de riesgo no tiene fila para la probabilidad «%1».</translation>
    </message>
    <message>
        <source>The risk matrix row for likelihood &quot;%1&quot; is not a list of cells.</source>
        <translation>La fila de la matriz de riesgo para la probabilidad «%1» no es una lista de celdas.</translation>
    </message>
    <message>
        <source>The risk matrix row for likelihood &quot;%1&quot; must have %2 cells, one per impact level; it has %3.</source>
        <translation>La fila de la matriz de riesgo para la probabilidad «%1» debe tener %2 celdas, una por nivel de impacto; tiene %3.</translation>
    </message>
    <message>
        <source>The risk matrix cell for likelihood &quot;%1&quot; and impact &quot;%2&quot; is not a risk level key such as &quot;moderate&quot;.</source>
        <translation>La celda de la matriz de riesgo para la probabilidad «%1» y el impacto «%2» no es una clave de nivel de riesgo como «moderate».</translation>
    </message>
    <message>
        <source>The risk matrix cell for likelihood &quot;%1&quot; and impact &quot;%2&quot; holds an unknown risk level &quot;%3&quot;.</source>
        <translation>La celda de la matriz de riesgo para la probabilidad «%1» y el impacto «%2» contiene un nivel de riesgo desconocido «%3».</translation>
    </message>
</context>
<context>
    <name>palisade::RiskPackSection</name>
    <message>
        <source>Not assessed</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>Inherent risk</source>
        <translation>Riesgo inherente</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Riesgo residual</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>NIST SP 800-30 Rev. 1 Table I-2 as published</source>
        <translation>Tabla I-2 de NIST SP 800-30 Rev. 1 tal como se publicó</translation>
    </message>
    <message>
        <source>adapted by the organization from NIST SP 800-30 Rev. 1 Table I-2</source>
        <translation>adaptada por la organización a partir de la tabla I-2 de NIST SP 800-30 Rev. 1</translation>
    </message>
    <message>
        <source>Each risk is rated as NIST SP 800-30 Rev. 1 describes: the likelihood that a threat event occurs and its impact if it does, each on five levels from Very Low to Very High, give the risk level through a lookup matrix. Every risk below is rated with the matrix in force on %1 (%2), before treatment (inherent) and after it (residual).</source>
        <translation>Cada riesgo se califica según describe NIST SP 800-30 Rev. 1: la probabilidad de que ocurra un evento de amenaza y su impacto si ocurre, cada uno en cinco niveles de Muy bajo a Muy alto, dan el nivel de riesgo mediante una matriz de consulta. Cada riesgo que figura a continuación se califica con la matriz vigente al %1 (%2), antes del tratamiento (inherente) y después de él (residual).</translation>
    </message>
    <message>
        <source>Risks on %1</source>
        <translation>Riesgos al %1</translation>
    </message>
    <message>
        <source>Identified or in remediation</source>
        <translation>Identificados o en remediación</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptados</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrados</translation>
    </message>
    <message>
        <source>Heat maps on %1</source>
        <translation>Mapas de calor al %1</translation>
    </message>
    <message>
        <source>Each cell counts the risks rated with that likelihood and impact; its colour is the level the matrix gives them, from Very Low (lightest) to Very High (darkest, hatched).</source>
        <translation>Cada celda cuenta los riesgos calificados con esa probabilidad e impacto; su color es el nivel que les asigna la matriz, de Muy bajo (el más claro) a Muy alto (el más oscuro, con trama).</translation>
    </message>
    <message>
        <source>Risks without a residual rating yet, left out of the residual map: %1.</source>
        <translation>Riesgos aún sin calificación residual, excluidos del mapa residual: %1.</translation>
    </message>
    <message>
        <source>Risk register on %1</source>
        <translation>Registro de riesgos al %1</translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Asset(s)</source>
        <translation>Activo(s)</translation>
    </message>
    <message>
        <source>Inherent</source>
        <translation>Inherente</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Residual</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Asset %1</source>
        <translation>Activo %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>The register held no risks on %1.</source>
        <translation>El registro no contenía ningún riesgo al %1.</translation>
    </message>
    <message>
        <source>Remediation completed from %1 to %2</source>
        <translation>Remediación completada del %1 al %2</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>No remediation task was completed in the period.</source>
        <translation>Ninguna tarea de remediación se completó en el período.</translation>
    </message>
    <message>
        <source>Remediation open on %1</source>
        <translation>Remediación abierta al %1</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>On schedule</source>
        <translation>Según lo previsto</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <source>No remediation task was open at the end of the period.</source>
        <translation>Ninguna tarea de remediación estaba abierta al final del período.</translation>
    </message>
    <message>
        <source>Tasks past their due date on %1: %2.</source>
        <translation>Tareas con la fecha límite vencida al %1: %2.</translation>
    </message>
    <message>
        <source>Accepted risks on %1</source>
        <translation>Riesgos aceptados al %1</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Aprobado por</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Fecha de aceptación</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigor</translation>
    </message>
    <message>
        <source>No risk was accepted on %1.</source>
        <translation>Ningún riesgo estaba aceptado al %1.</translation>
    </message>
    <message>
        <source>Acceptances expired by %1 and not yet renewed or replaced: %2. Each such risk is due for review.</source>
        <translation>Aceptaciones vencidas al %1 y aún no renovadas ni reemplazadas: %2. Cada uno de esos riesgos debe revisarse.</translation>
    </message>
    <message>
        <source>Inherent and residual are the levels the matrix gives each risk before and after treatment; in brackets after the inherent level, the likelihood × impact it is rated with, abbreviated as in the heat maps: %1. The most severe inherent level comes first.</source>
        <translation>Inherente y residual son los niveles que la matriz asigna a cada riesgo antes y después del tratamiento; entre paréntesis, tras el nivel inherente, la probabilidad × impacto con que se califica, abreviados como en los mapas de calor: %1. El nivel inherente más grave aparece primero.</translation>
    </message>
    <message>
        <source>%1 (%2×%3)</source>
        <translation>%1 (%2×%3)</translation>
    </message>
</context>
<context>
    <name>palisade::RiskRegister</name>
    <message>
        <source>Risk %1: %2</source>
        <translation>Riesgo %1: %2</translation>
    </message>
    <message>
        <source>Reading the risk matrix failed</source>
        <translation>No se pudo leer la matriz de riesgo</translation>
    </message>
    <message>
        <source>The stored risk matrix is damaged.</source>
        <translation>La matriz de riesgo guardada está dañada.</translation>
    </message>
    <message>
        <source>Saving the risk matrix failed</source>
        <translation>No se pudo guardar la matriz de riesgo</translation>
    </message>
    <message>
        <source>Reading the risk register failed</source>
        <translation>No se pudo leer el registro de riesgos</translation>
    </message>
    <message>
        <source>Reading the risk failed</source>
        <translation>No se pudo leer el riesgo</translation>
    </message>
    <message>
        <source>There is no risk %1.</source>
        <translation>No existe el riesgo %1.</translation>
    </message>
    <message>
        <source>Reading the remediation tasks failed</source>
        <translation>No se pudieron leer las tareas de corrección</translation>
    </message>
    <message>
        <source>Reading the assets failed</source>
        <translation>No se pudieron leer los activos</translation>
    </message>
    <message>
        <source>The risk names an asset that does not exist.</source>
        <translation>El riesgo cita un activo que no existe.</translation>
    </message>
    <message>
        <source>Saving the risk failed</source>
        <translation>No se pudo guardar el riesgo</translation>
    </message>
    <message>
        <source>Saving the task failed</source>
        <translation>No se pudo guardar la tarea</translation>
    </message>
    <message>
        <source>Reading the task failed</source>
        <translation>No se pudo leer la tarea</translation>
    </message>
    <message>
        <source>The task no longer exists.</source>
        <translation>La tarea ya no existe.</translation>
    </message>
    <message>
        <source>Deleting the task failed</source>
        <translation>No se pudo eliminar la tarea</translation>
    </message>
    <message>
        <source>Reading the risk&apos;s history failed</source>
        <translation>No se pudo leer el historial del riesgo</translation>
    </message>
    <message>
        <source>Reading the audit trail failed</source>
        <translation>No se pudo leer el registro de auditoría</translation>
    </message>
</context>
<context>
    <name>palisade::RiskRegisterReplay</name>
    <message>
        <source>Audit event %1 cannot be read back.</source>
        <translation>No se puede volver a leer el evento de auditoría %1.</translation>
    </message>
    <message>
        <source>Reading the audit trail failed</source>
        <translation>No se pudo leer el registro de auditoría</translation>
    </message>
</context>
<context>
    <name>palisade::RiskStatus</name>
    <message>
        <source>Identified</source>
        <translation>Identificado</translation>
    </message>
    <message>
        <source>In Remediation</source>
        <translation>En corrección</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
</context>
<context>
    <name>palisade::RiskTableExporter</name>
    <message>
        <source>Risks</source>
        <translation>Riesgos</translation>
    </message>
</context>
<context>
    <name>palisade::RiskTreatment</name>
    <message>
        <source>Undecided</source>
        <translation>Sin decidir</translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation>Mitigar</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Evitar</translation>
    </message>
</context>
<context>
    <name>palisade::RiskValidator</name>
    <message>
        <source>Give the risk a title.</source>
        <translation>Asigne un título al riesgo.</translation>
    </message>
    <message>
        <source>The title is longer than %1 characters; put the detail in the description.</source>
        <translation>El título tiene más de %1 caracteres; ponga los detalles en la descripción.</translation>
    </message>
    <message>
        <source>Name the risk&apos;s owner: the person answerable for treating it.</source>
        <translation>Indique el responsable del riesgo: la persona que responde por su tratamiento.</translation>
    </message>
    <message>
        <source>Enter the date the risk was identified.</source>
        <translation>Escriba la fecha en que se identificó el riesgo.</translation>
    </message>
    <message>
        <source>The identification date %1 is in the future.</source>
        <translation>La fecha de identificación %1 es futura.</translation>
    </message>
    <message>
        <source>The due date %1 is before the date the risk was identified (%2).</source>
        <translation>La fecha límite %1 es anterior a la fecha en que se identificó el riesgo (%2).</translation>
    </message>
    <message>
        <source>The last assessment (%1) is before the risk was identified (%2).</source>
        <translation>La última evaluación (%1) es anterior a la identificación del riesgo (%2).</translation>
    </message>
    <message>
        <source>The last assessment date %1 is in the future.</source>
        <translation>La fecha de la última evaluación %1 es futura.</translation>
    </message>
    <message>
        <source>The next reassessment (%1) must come after the last assessment (%2).</source>
        <translation>La próxima reevaluación (%1) debe ser posterior a la última evaluación (%2).</translation>
    </message>
    <message>
        <source>A risk in remediation needs a treatment of mitigate, transfer or avoid.</source>
        <translation>Un riesgo en corrección necesita el tratamiento mitigar, transferir o evitar.</translation>
    </message>
    <message>
        <source>Describe the treatment plan: what will be done to %1 the risk.</source>
        <translation>Describa el plan de tratamiento: qué se hará para %1 el riesgo.</translation>
    </message>
    <message>
        <source>An accepted risk must have the treatment &quot;Accept&quot;.</source>
        <translation>Un riesgo aceptado debe tener el tratamiento «Aceptar».</translation>
    </message>
    <message>
        <source>Rate the residual likelihood and impact before the risk is %1.</source>
        <translation>Califique la probabilidad y el impacto residuales antes de que el riesgo quede %1.</translation>
    </message>
    <message>
        <source>Acceptance details are filled in but the treatment is not &quot;Accept&quot;.</source>
        <translation>Se completaron los datos de aceptación, pero el tratamiento no es «Aceptar».</translation>
    </message>
    <message>
        <source>An accepted risk needs the name of the person who approved the acceptance.</source>
        <translation>Un riesgo aceptado necesita el nombre de la persona que aprobó la aceptación.</translation>
    </message>
    <message>
        <source>An accepted risk needs the date it was accepted.</source>
        <translation>Un riesgo aceptado necesita la fecha en que se aceptó.</translation>
    </message>
    <message>
        <source>The acceptance date %1 is in the future.</source>
        <translation>La fecha de aceptación %1 es futura.</translation>
    </message>
    <message>
        <source>The acceptance date %1 is before the risk was identified (%2).</source>
        <translation>La fecha de aceptación %1 es anterior a la identificación del riesgo (%2).</translation>
    </message>
    <message>
        <source>An accepted risk needs the rationale for accepting it.</source>
        <translation>Un riesgo aceptado necesita la justificación de su aceptación.</translation>
    </message>
    <message>
        <source>An accepted risk needs an expiry date, after which it comes back for review.</source>
        <translation>Un riesgo aceptado necesita una fecha de vencimiento, tras la cual vuelve a revisión.</translation>
    </message>
    <message>
        <source>The acceptance expiry (%1) must come after the acceptance date (%2).</source>
        <translation>El vencimiento de la aceptación (%1) debe ser posterior a la fecha de aceptación (%2).</translation>
    </message>
    <message numerus="yes">
        <source>The risk cannot be closed while %n remediation task(s) are open: %1.</source>
        <translation>
            <numerusform>El riesgo no se puede cerrar mientras %n tarea de corrección esté abierta: %1.</numerusform>
            <numerusform>El riesgo no se puede cerrar mientras %n tareas de corrección estén abiertas: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a standard or implementation specification of the Security Rule catalog.</source>
        <translation>«%1» no es un estándar ni una especificación de implementación del catálogo de la Regla de Seguridad.</translation>
    </message>
    <message>
        <source>Give the task a title.</source>
        <translation>Asigne un título a la tarea.</translation>
    </message>
    <message>
        <source>The task title is longer than %1 characters.</source>
        <translation>El título de la tarea tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>Name the task&apos;s owner.</source>
        <translation>Indique el responsable de la tarea.</translation>
    </message>
    <message>
        <source>The task&apos;s due date %1 is before the risk was identified (%2).</source>
        <translation>La fecha límite de la tarea, %1, es anterior a la identificación del riesgo (%2).</translation>
    </message>
    <message>
        <source>A done task needs its completion date.</source>
        <translation>Una tarea completada necesita su fecha de finalización.</translation>
    </message>
    <message>
        <source>The completion date %1 is in the future.</source>
        <translation>La fecha de finalización %1 es futura.</translation>
    </message>
    <message>
        <source>The completion date %1 is before the risk was identified (%2).</source>
        <translation>La fecha de finalización %1 es anterior a la identificación del riesgo (%2).</translation>
    </message>
    <message>
        <source>Only a done task has a completion date.</source>
        <translation>Solo una tarea completada tiene fecha de finalización.</translation>
    </message>
    <message>
        <source>The risk is closed; reopen it before adding open tasks to it.</source>
        <translation>El riesgo está cerrado; vuelva a abrirlo antes de agregarle tareas abiertas.</translation>
    </message>
</context>
<context>
    <name>palisade::Safeguard</name>
    <message>
        <source>Administrative safeguards</source>
        <translation>Salvaguardas administrativas</translation>
    </message>
    <message>
        <source>Physical safeguards</source>
        <translation>Salvaguardas físicas</translation>
    </message>
    <message>
        <source>Technical safeguards</source>
        <translation>Salvaguardas técnicas</translation>
    </message>
    <message>
        <source>Organizational requirements</source>
        <translation>Requisitos organizativos</translation>
    </message>
    <message>
        <source>Policies, procedures and documentation</source>
        <translation>Políticas, procedimientos y documentación</translation>
    </message>
</context>
<context>
    <name>palisade::SecurityRuleCatalog</name>
    <message>
        <source>The Security Rule catalog is not valid JSON: %1 at offset %2.</source>
        <translation>El catálogo de la Regla de Seguridad no es JSON válido: %1 en la posición %2.</translation>
    </message>
    <message>
        <source>The Security Rule catalog is not a JSON object.</source>
        <translation>El catálogo de la Regla de Seguridad no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The Security Rule catalog has no &quot;format&quot; number.</source>
        <translation>El catálogo de la Regla de Seguridad no tiene número de «format».</translation>
    </message>
    <message>
        <source>The Security Rule catalog has format %1; this version reads format %2.</source>
        <translation>El catálogo de la Regla de Seguridad tiene el formato %1; esta versión lee el formato %2.</translation>
    </message>
    <message>
        <source>The Security Rule catalog has no &quot;title&quot;.</source>
        <translation>El catálogo de la Regla de Seguridad no tiene «title».</translation>
    </message>
    <message>
        <source>The Security Rule catalog has no &quot;entries&quot; list.</source>
        <translation>El catálogo de la Regla de Seguridad no tiene una lista «entries».</translation>
    </message>
    <message>
        <source>Entry %1 of the Security Rule catalog is not a JSON object.</source>
        <translation>La entrada %1 del catálogo de la Regla de Seguridad no es un objeto JSON.</translation>
    </message>
    <message>
        <source>Entry %1 of the Security Rule catalog has no &quot;citation&quot;.</source>
        <translation>La entrada %1 del catálogo de la Regla de Seguridad no tiene «citation».</translation>
    </message>
    <message>
        <source>Catalog entry %1 has no &quot;%2&quot;.</source>
        <translation>La entrada %1 del catálogo no tiene «%2».</translation>
    </message>
    <message>
        <source>Catalog entry %1 has an unknown &quot;%2&quot; value &quot;%3&quot;.</source>
        <translation>La entrada %1 del catálogo tiene un valor desconocido «%3» en «%2».</translation>
    </message>
    <message>
        <source>Catalog entry %1 is a standard but names a &quot;standard&quot; of its own.</source>
        <translation>La entrada %1 del catálogo es un estándar, pero indica un «standard» propio.</translation>
    </message>
    <message>
        <source>Catalog entry %1 is a standard but its &quot;requirement&quot; is not &quot;required&quot;.</source>
        <translation>La entrada %1 del catálogo es un estándar, pero su «requirement» no es «required».</translation>
    </message>
    <message>
        <source>Catalog entry %1 appears more than once.</source>
        <translation>La entrada %1 del catálogo aparece más de una vez.</translation>
    </message>
    <message>
        <source>Catalog entry %1 belongs to standard %2, which is not in the catalog.</source>
        <translation>La entrada %1 del catálogo pertenece al estándar %2, que no está en el catálogo.</translation>
    </message>
    <message>
        <source>Catalog entry %1 belongs to %2, which is not a standard.</source>
        <translation>La entrada %1 del catálogo pertenece a %2, que no es un estándar.</translation>
    </message>
    <message>
        <source>Catalog entry %1 has a different &quot;safeguard&quot; than its standard %2.</source>
        <translation>La entrada %1 del catálogo tiene un «safeguard» distinto del de su estándar %2.</translation>
    </message>
    <message>
        <source>The Security Rule catalog could not be read.</source>
        <translation>No se pudo leer el catálogo de la Regla de Seguridad.</translation>
    </message>
</context>
<context>
    <name>palisade::StateRuleRegister</name>
    <message>
        <source>Reading the State notice rules failed</source>
        <translation>No se pudieron leer las reglas estatales de notificación</translation>
    </message>
    <message>
        <source>Reading the State notice rule failed</source>
        <translation>No se pudo leer la regla estatal de notificación</translation>
    </message>
    <message>
        <source>The State notice rule no longer exists.</source>
        <translation>La regla estatal de notificación ya no existe.</translation>
    </message>
    <message>
        <source>%1 already has a notice rule.</source>
        <translation>%1 ya tiene una regla de notificación.</translation>
    </message>
    <message>
        <source>Saving the State notice rule failed</source>
        <translation>No se pudo guardar la regla estatal de notificación</translation>
    </message>
    <message>
        <source>Deleting the State notice rule failed</source>
        <translation>No se pudo eliminar la regla estatal de notificación</translation>
    </message>
</context>
<context>
    <name>palisade::StorageError</name>
    <message>
        <source>The passphrase is wrong, or the file is not a Palisade program file, or its first page is damaged. The file was not changed.</source>
        <translation>La frase de contraseña es incorrecta, el archivo no es un archivo de programa de Palisade o su primera página está dañada. El archivo no se modificó.</translation>
    </message>
    <message>
        <source>Integrity failure: part of the program file is damaged or was altered outside Palisade. The file was not overwritten; restore it from a backup.</source>
        <translation>Error de integridad: parte del archivo del programa está dañada o se alteró fuera de Palisade. El archivo no se sobrescribió; restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>El disco está lleno. No se guardó nada; libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The program file cannot be written (read-only file or folder).</source>
        <translation>No se puede escribir en el archivo del programa (el archivo o la carpeta son de solo lectura).</translation>
    </message>
    <message>
        <source>The program file cannot be opened.</source>
        <translation>No se puede abrir el archivo del programa.</translation>
    </message>
    <message>
        <source>The program file is in use by another Palisade window or process.</source>
        <translation>Otra ventana o proceso de Palisade está usando el archivo del programa.</translation>
    </message>
    <message>
        <source>The change conflicts with a rule of the program file.</source>
        <translation>El cambio entra en conflicto con una regla del archivo del programa.</translation>
    </message>
    <message>
        <source>A read or write of the program file failed. Nothing was saved.</source>
        <translation>Falló una lectura o escritura del archivo del programa. No se guardó nada.</translation>
    </message>
    <message>
        <source>The disk did not confirm the write, so the change may or may not have been kept. Close the program file and open it again to see what it holds.</source>
        <translation>El disco no confirmó la escritura, así que el cambio puede haberse conservado o no. Cierre el archivo del programa y vuelva a abrirlo para ver lo que contiene.</translation>
    </message>
    <message>
        <source>The program file reported an error.</source>
        <translation>El archivo del programa informó un error.</translation>
    </message>
</context>
<context>
    <name>palisade::StoredFileKeeper</name>
    <message>
        <source>The file has no name.</source>
        <translation>El archivo no tiene nombre.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 ocupa más de %2 MB.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reading the file failed</source>
        <translation>No se pudo leer el archivo</translation>
    </message>
    <message>
        <source>The file no longer exists.</source>
        <translation>El archivo ya no existe.</translation>
    </message>
    <message>
        <source>Reading %1 failed</source>
        <translation>No se pudo leer %1</translation>
    </message>
    <message>
        <source>%1 does not match the SHA-256 recorded when it was added.</source>
        <translation>%1 no coincide con el SHA-256 registrado cuando se agregó.</translation>
    </message>
    <message>
        <source>recorded %1, found %2</source>
        <translation>registrado %1, encontrado %2</translation>
    </message>
    <message>
        <source>The copy could not be saved to %1: %2</source>
        <translation>No se pudo guardar la copia en %1: %2</translation>
    </message>
</context>
<context>
    <name>palisade::TaskStatus</name>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>In Progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>palisade::TrainingColumns</name>
    <message>
        <source>Employee ID</source>
        <translation>ID de empleado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>Fecha de contratación</translation>
    </message>
    <message>
        <source>PHI access date</source>
        <translation>Fecha de acceso a PHI</translation>
    </message>
    <message>
        <source>Termination date</source>
        <translation>Fecha de baja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Completion date</source>
        <translation>Fecha de finalización</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <source>Attested at</source>
        <translation>Declarado el</translation>
    </message>
</context>
<context>
    <name>palisade::TrainingCsvTable</name>
    <message>
        <source>Cannot read “%1”: the file does not exist.</source>
        <translation>No se puede leer “%1”: el archivo no existe.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: it is a folder, not a file.</source>
        <translation>No se puede leer “%1”: es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB, too large to import.</source>
        <translation>“%1” ocupa más de %2 MB; es demasiado grande para importarlo.</translation>
    </message>
    <message>
        <source>Cannot read “%1”.</source>
        <translation>No se puede leer “%1”.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>El archivo está vacío: no tiene fila de encabezado.</translation>
    </message>
    <message>
        <source>no column for %1.</source>
        <translation>no hay ninguna columna para %1.</translation>
    </message>
    <message>
        <source>no column “%1” for %2.</source>
        <translation>no hay ninguna columna “%1” para %2.</translation>
    </message>
    <message>
        <source>several columns could be “%1” for %2; rename or map them.</source>
        <translation>varias columnas podrían ser “%1” para %2; cámbieles el nombre o asígnelas en la correspondencia de columnas.</translation>
    </message>
    <message>
        <source>Line %1: the header row does not fit the mapping: %2 The file&apos;s columns are %3.</source>
        <translation>Línea %1: la fila de encabezado no coincide con la correspondencia de columnas: %2 Las columnas del archivo son %3.</translation>
    </message>
    <message>
        <source>there is a value (“%1”) in column %2, which has no name in the header row.</source>
        <translation>hay un valor (“%1”) en la columna %2, que no tiene nombre en la fila de encabezado.</translation>
    </message>
</context>
<context>
    <name>palisade::TrainingMatrixExporter</name>
    <message>
        <source>%1 (completed %2)</source>
        <translation>%1 (completado el %2)</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (vence el %2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>ID de empleado</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>%1: date</source>
        <translation>%1: fecha</translation>
    </message>
    <message>
        <source>Training %1</source>
        <translation>Capacitación %1</translation>
    </message>
</context>
<context>
    <name>palisade::TrainingPackSection</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Sin departamento</translation>
    </message>
    <message>
        <source>Security awareness and training of the workforce on the policies and procedures (45 CFR 164.308(a)(5) and 164.530(b)), as recorded on %1. A course is required of a person on the workforce when it applies to one of their roles; it is complete when a passing completion that has not expired covers that day, and overdue once its due date has passed without one.</source>
        <translation>Concientización y capacitación en seguridad del personal sobre las políticas y los procedimientos (45 CFR 164.308(a)(5) y 164.530(b)), tal como constaban el %1. Un curso es obligatorio para un miembro del personal cuando corresponde a una de sus funciones; se considera completado cuando una finalización aprobada y no vencida cubre ese día, y vencido una vez que pasa su fecha límite sin ninguna.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 de %2 (%3)</translation>
    </message>
    <message>
        <source>Phishing simulations in the period</source>
        <translation>Simulaciones de phishing en el período</translation>
    </message>
    <message>
        <source>Completion by course on %1</source>
        <translation>Finalización por curso al %1</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorias</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completadas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Cada mes</translation>
    </message>
    <message>
        <source>Every %1 months</source>
        <translation>Cada %1 meses</translation>
    </message>
    <message>
        <source>No training course was in use on %1.</source>
        <translation>Ningún curso de capacitación estaba en uso al %1.</translation>
    </message>
    <message>
        <source>Completion by department on %1</source>
        <translation>Finalización por departamento al %1</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Nobody was on the workforce on %1.</source>
        <translation>No había nadie en el personal al %1.</translation>
    </message>
    <message>
        <source>Overdue on %1, most overdue first</source>
        <translation>Vencidas al %1, las más atrasadas primero</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Días de retraso</translation>
    </message>
    <message>
        <source>No training was overdue on %1.</source>
        <translation>Ninguna capacitación estaba vencida al %1.</translation>
    </message>
    <message>
        <source>Access to PHI before onboarding</source>
        <translation>Acceso a PHI antes de la incorporación</translation>
    </message>
    <message>
        <source>Workforce members whose access to PHI began before they completed the training due at hire (164.308(a)(5)); training on the day access begins is on time.</source>
        <translation>Miembros del personal cuyo acceso a PHI comenzó antes de completar la capacitación exigida al ser contratados (164.308(a)(5)); la capacitación realizada el mismo día en que comienza el acceso se considera a tiempo.</translation>
    </message>
    <message>
        <source>PHI access from</source>
        <translation>Acceso a PHI desde</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>No completada</translation>
    </message>
    <message>
        <source>No one on the workforce on %1 had access to PHI before completing their onboarding training.</source>
        <translation>Nadie del personal al %1 tuvo acceso a PHI antes de completar su capacitación de incorporación.</translation>
    </message>
    <message>
        <source>Training completed from %1 to %2</source>
        <translation>Capacitación completada del %1 al %2</translation>
    </message>
    <message>
        <source>Completions</source>
        <translation>Finalizaciones</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprobadas</translation>
    </message>
    <message>
        <source>All courses</source>
        <translation>Todos los cursos</translation>
    </message>
    <message>
        <source>No training was completed in the period.</source>
        <translation>No se completó ninguna capacitación en el período.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Hicieron clic</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Lo reportaron</translation>
    </message>
    <message>
        <source>Trained after click</source>
        <translation>Capacitados tras el clic</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nobody clicked</source>
        <translation>Nadie hizo clic</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>No phishing simulation was run in the period.</source>
        <translation>No se realizó ninguna simulación de phishing en el período.</translation>
    </message>
    <message>
        <source>People on the workforce</source>
        <translation>Personas en el personal</translation>
    </message>
    <message>
        <source>Courses in use</source>
        <translation>Cursos en uso</translation>
    </message>
    <message>
        <source>Required trainings complete</source>
        <translation>Capacitaciones obligatorias completas</translation>
    </message>
    <message>
        <source>Trainings overdue</source>
        <translation>Capacitaciones vencidas</translation>
    </message>
    <message>
        <source>Completed in the period</source>
        <translation>Completadas en el período</translation>
    </message>
    <message>
        <source>Phishing simulations run</source>
        <translation>Simulaciones de phishing realizadas</translation>
    </message>
</context>
<context>
    <name>palisade::TrainingRegister</name>
    <message>
        <source>Reading the workforce failed</source>
        <translation>No se pudo leer el personal</translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation>La persona ya no existe.</translation>
    </message>
    <message>
        <source>Saving %1 failed</source>
        <translation>No se pudo guardar %1</translation>
    </message>
    <message>
        <source>Deleting %1 failed</source>
        <translation>No se pudo eliminar %1</translation>
    </message>
    <message>
        <source>Reading the courses failed</source>
        <translation>No se pudieron leer los cursos</translation>
    </message>
    <message>
        <source>Reading the course failed</source>
        <translation>No se pudo leer el curso</translation>
    </message>
    <message>
        <source>The course no longer exists.</source>
        <translation>El curso ya no existe.</translation>
    </message>
    <message>
        <source>There is already a course titled %1.</source>
        <translation>Ya hay un curso titulado %1.</translation>
    </message>
    <message>
        <source>The policy linked to %1 no longer exists.</source>
        <translation>La política vinculada a %1 ya no existe.</translation>
    </message>
    <message>
        <source>%1 was retired on %2 and is kept as it was.</source>
        <translation>%1 se retiró el %2 y se conserva tal como estaba.</translation>
    </message>
    <message>
        <source>%1 was already retired on %2.</source>
        <translation>%1 ya se retiró el %2.</translation>
    </message>
    <message>
        <source>Enter the date %1 is retired.</source>
        <translation>Indique la fecha en que se retira %1.</translation>
    </message>
    <message>
        <source>Retiring %1 failed</source>
        <translation>No se pudo retirar %1</translation>
    </message>
    <message numerus="yes">
        <source>%n completion(s) of %1 are on file; retire the course instead.</source>
        <translation>
            <numerusform>Hay %n curso completado de %1 registrado; retire el curso en su lugar.</numerusform>
            <numerusform>Hay %n cursos completados de %1 registrados; retire el curso en su lugar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the completion failed</source>
        <translation>No se pudo leer el curso completado</translation>
    </message>
    <message>
        <source>The completion no longer exists.</source>
        <translation>El curso completado ya no existe.</translation>
    </message>
    <message>
        <source>Reading the completions failed</source>
        <translation>No se pudieron leer los cursos completados</translation>
    </message>
    <message>
        <source>The completion date %1 is in the future.</source>
        <translation>La fecha de finalización %1 es futura.</translation>
    </message>
    <message>
        <source>This completion is already on file for %1.</source>
        <translation>Esta finalización ya está registrada para %1.</translation>
    </message>
    <message>
        <source>Saving the completion failed</source>
        <translation>No se pudo guardar el curso completado</translation>
    </message>
    <message>
        <source>Deleting the completion failed</source>
        <translation>No se pudo eliminar el curso completado</translation>
    </message>
    <message>
        <source>The completion already has its certificate %1, kept with the record.</source>
        <translation>El curso completado ya tiene su certificado %1, que se conserva con el registro.</translation>
    </message>
    <message>
        <source>Storing the certificate failed</source>
        <translation>No se pudo guardar el certificado</translation>
    </message>
    <message>
        <source>The completion has no certificate attached.</source>
        <translation>El curso completado no tiene ningún certificado adjunto.</translation>
    </message>
    <message>
        <source>Recording the copy failed</source>
        <translation>No se pudo registrar la copia</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <source>Importing the completions failed</source>
        <translation>No se pudieron importar los cursos completados</translation>
    </message>
    <message>
        <source>Reading the imports failed</source>
        <translation>No se pudieron leer las importaciones</translation>
    </message>
    <message>
        <source>Reading the saved mappings failed</source>
        <translation>No se pudieron leer las correspondencias de columnas guardadas</translation>
    </message>
    <message>
        <source>Saving the mapping for %1 failed</source>
        <translation>No se pudo guardar la correspondencia de columnas de %1</translation>
    </message>
    <message>
        <source>Reading the training records failed</source>
        <translation>No se pudieron leer los registros de capacitación</translation>
    </message>
</context>
<context>
    <name>palisade::TrainingValidator</name>
    <message>
        <source>Enter the employee ID.</source>
        <translation>Indique el ID de empleado.</translation>
    </message>
    <message>
        <source>The employee ID is longer than %1 characters.</source>
        <translation>El ID de empleado tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Indique el nombre de la persona.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>El nombre tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Enter the hire date.</source>
        <translation>Indique la fecha de contratación.</translation>
    </message>
    <message>
        <source>PHI access cannot start (%1) before the hire date (%2).</source>
        <translation>El acceso a PHI no puede comenzar (%1) antes de la fecha de contratación (%2).</translation>
    </message>
    <message>
        <source>Enter the termination date.</source>
        <translation>Indique la fecha de baja.</translation>
    </message>
    <message>
        <source>The termination date %1 is before the hire date %2.</source>
        <translation>La fecha de baja %1 es anterior a la fecha de contratación %2.</translation>
    </message>
    <message>
        <source>Only a terminated person has a termination date.</source>
        <translation>Solo una persona dada de baja tiene fecha de baja.</translation>
    </message>
    <message>
        <source>Enter the course title.</source>
        <translation>Indique el título del curso.</translation>
    </message>
    <message>
        <source>The title is longer than %1 characters.</source>
        <translation>El título tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>A course repeats every 1 to %1 months.</source>
        <translation>Un curso se repite cada 1 a %1 meses.</translation>
    </message>
    <message>
        <source>The passing score is between 0 and 100.</source>
        <translation>La puntuación mínima está entre 0 y 100.</translation>
    </message>
    <message>
        <source>A completion is valid for 1 to %1 months.</source>
        <translation>Un curso completado es válido de 1 a %1 meses.</translation>
    </message>
    <message>
        <source>Choose who completed the course.</source>
        <translation>Elija quién completó el curso.</translation>
    </message>
    <message>
        <source>Choose the course completed.</source>
        <translation>Elija el curso completado.</translation>
    </message>
    <message>
        <source>Enter the completion date.</source>
        <translation>Indique la fecha de finalización.</translation>
    </message>
    <message>
        <source>The score is between 0 and 100.</source>
        <translation>La puntuación está entre 0 y 100.</translation>
    </message>
    <message>
        <source>%1 has a passing score of %2; enter the score.</source>
        <translation>%1 tiene una puntuación mínima de %2; indique la puntuación.</translation>
    </message>
    <message>
        <source>A score of %1 does not pass %2 (passing score %3).</source>
        <translation>Una puntuación de %1 no aprueba %2 (puntuación mínima: %3).</translation>
    </message>
    <message>
        <source>Enter when the attestation was given.</source>
        <translation>Indique cuándo se hizo la declaración.</translation>
    </message>
    <message>
        <source>An imported completion names its import, and only an imported one.</source>
        <translation>Un curso completado importado cita su importación, y solo uno importado lo hace.</translation>
    </message>
    <message>
        <source>Enter the date the campaign ran.</source>
        <translation>Indique la fecha en que se realizó la campaña.</translation>
    </message>
    <message>
        <source>Enter the template&apos;s name.</source>
        <translation>Indique el nombre de la plantilla.</translation>
    </message>
    <message>
        <source>A campaign has at least one recipient.</source>
        <translation>Una campaña tiene al menos un destinatario.</translation>
    </message>
    <message>
        <source>Clicks are between 0 and the number of recipients.</source>
        <translation>Los clics están entre 0 y el número de destinatarios.</translation>
    </message>
    <message>
        <source>Reports are between 0 and the number of recipients.</source>
        <translation>Los reportes están entre 0 y el número de destinatarios.</translation>
    </message>
    <message>
        <source>Those trained after clicking are between 0 and the number who clicked.</source>
        <translation>Los capacitados después de hacer clic están entre 0 y el número de quienes hicieron clic.</translation>
    </message>
    <message>
        <source>Name the source the mapping is for.</source>
        <translation>Indique el origen al que corresponde la correspondencia de columnas.</translation>
    </message>
    <message>
        <source>The mapping maps no columns.</source>
        <translation>La correspondencia de columnas no asigna ninguna columna.</translation>
    </message>
    <message>
        <source>Name the source of the import.</source>
        <translation>Indique el origen de la importación.</translation>
    </message>
    <message>
        <source>The imported file&apos;s SHA-256 is missing.</source>
        <translation>Falta el SHA-256 del archivo importado.</translation>
    </message>
    <message>
        <source>The number of rows cannot be negative.</source>
        <translation>El número de filas no puede ser negativo.</translation>
    </message>
    <message>
        <source>Enter the role&apos;s name.</source>
        <translation>Indique el nombre de la función.</translation>
    </message>
    <message>
        <source>The role&apos;s name is longer than %1 characters.</source>
        <translation>El nombre de la función tiene más de %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>palisade::Vault</name>
    <message>
        <source>The installed SQLCipher library is too old (%1); Palisade needs version 4 or later.</source>
        <translation>La biblioteca SQLCipher instalada es demasiado antigua (%1); Palisade necesita la versión 4 o posterior.</translation>
    </message>
    <message>
        <source>no encryption support</source>
        <translation>sin compatibilidad con cifrado</translation>
    </message>
    <message>
        <source>Checking the encryption library failed</source>
        <translation>No se pudo comprobar la biblioteca de cifrado</translation>
    </message>
    <message>
        <source>No file name was given for the new program file.</source>
        <translation>No se indicó un nombre para el nuevo archivo del programa.</translation>
    </message>
    <message>
        <source>A file already exists at this location; Palisade will not overwrite it.</source>
        <translation>Ya existe un archivo en esta ubicación; Palisade no lo sobrescribirá.</translation>
    </message>
    <message>
        <source>The folder for the program file cannot be created.</source>
        <translation>No se puede crear la carpeta para el archivo del programa.</translation>
    </message>
    <message>
        <source>SQLCipher 4 or later is required</source>
        <translation>Se requiere SQLCipher 4 o posterior</translation>
    </message>
    <message>
        <source>Creating the program file failed</source>
        <translation>No se pudo crear el archivo del programa</translation>
    </message>
    <message>
        <source>There is no program file at this location.</source>
        <translation>No hay ningún archivo del programa en esta ubicación.</translation>
    </message>
    <message>
        <source>This is a folder, not a Palisade program file.</source>
        <translation>Esto es una carpeta, no un archivo de programa de Palisade.</translation>
    </message>
    <message>
        <source>This file opens with the passphrase but is not a Palisade program file. It was not changed.</source>
        <translation>Este archivo se abre con la frase de contraseña, pero no es un archivo de programa de Palisade. No se modificó.</translation>
    </message>
    <message>
        <source>The program file is open read-only.</source>
        <translation>El archivo del programa está abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>La frase de contraseña actual es incorrecta.</translation>
    </message>
    <message>
        <source>Changing the passphrase failed</source>
        <translation>No se pudo cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>No file name was given for the backup.</source>
        <translation>No se indicó un nombre de archivo para la copia de seguridad.</translation>
    </message>
    <message>
        <source>A file already exists at the backup location; it was not overwritten.</source>
        <translation>Ya existe un archivo en la ubicación de la copia de seguridad; no se sobrescribió.</translation>
    </message>
    <message>
        <source>The folder for the backup cannot be created.</source>
        <translation>No se puede crear la carpeta para la copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup file cannot be created.</source>
        <translation>No se puede crear el archivo de la copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>No se pudo hacer la copia de seguridad</translation>
    </message>
    <message>
        <source>The finished backup could not be moved into place.</source>
        <translation>No se pudo mover la copia de seguridad terminada a su ubicación definitiva.</translation>
    </message>
    <message>
        <source>Changing the passphrase failed: the program file could not be rewritten (a write failed or the disk is full). The passphrase was not changed. Close the program file and open it again with the current passphrase.</source>
        <translation>No se pudo cambiar la frase de contraseña: el archivo del programa no pudo reescribirse (falló una escritura o el disco está lleno). La frase de contraseña no cambió. Cierre el archivo del programa y vuelva a abrirlo con la frase de contraseña actual.</translation>
    </message>
    <message>
        <source>Changing the passphrase failed: the program file could not be read back afterwards. Close it and open it again with the new passphrase, or with the current one if the new one is refused.</source>
        <translation>No se pudo cambiar la frase de contraseña: después no pudo volver a leerse el archivo del programa. Ciérrelo y vuelva a abrirlo con la nueva frase de contraseña, o con la actual si la nueva no se acepta.</translation>
    </message>
</context>
<context>
    <name>palisade::VendorCsvValues</name>
    <message>
        <source>contact %1 (&quot;%2&quot;) has %3 parts; write name | role | email | phone.</source>
        <translation>el contacto %1 («%2») tiene %3 partes; escriba nombre | cargo | correo electrónico | teléfono.</translation>
    </message>
    <message>
        <source>yes or no (true/false, 1/0)</source>
        <translation>yes o no (true/false, 1/0)</translation>
    </message>
    <message>
        <source>present, missing, n/a or empty for not checked, optionally followed by &apos;:&apos; and the clause, e.g. &quot;present: §4.2&quot;</source>
        <translation>present, missing, n/a o vacío si no se ha comprobado, seguido opcionalmente de &apos;:&apos; y la cláusula, p. ej., «present: §4.2»</translation>
    </message>
</context>
<context>
    <name>palisade::WorkforceRegister</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <source>Reading the workforce roles failed</source>
        <translation>No se pudieron leer las funciones del personal</translation>
    </message>
    <message>
        <source>There is already a role named %1.</source>
        <translation>Ya hay una función llamada %1.</translation>
    </message>
    <message>
        <source>Saving the role failed</source>
        <translation>No se pudo guardar la función</translation>
    </message>
    <message>
        <source>The role no longer exists.</source>
        <translation>La función ya no existe.</translation>
    </message>
    <message>
        <source>Renaming the role %1 failed</source>
        <translation>No se pudo cambiar el nombre de la función %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) or course(s) have the role %1; take it from them first.</source>
        <translation>
            <numerusform>%n persona o curso tiene la función %1; quítesela primero.</numerusform>
            <numerusform>%n personas o cursos tienen la función %1; quíteselas primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting the role %1 failed</source>
        <translation>No se pudo eliminar la función %1</translation>
    </message>
    <message>
        <source>There is no workforce role &quot;%1&quot;.</source>
        <translation>No hay ninguna función del personal «%1».</translation>
    </message>
    <message>
        <source>Reading the workforce failed</source>
        <translation>No se pudo leer el personal</translation>
    </message>
    <message>
        <source>Reading the person failed</source>
        <translation>No se pudo leer la persona</translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation>La persona ya no existe.</translation>
    </message>
    <message>
        <source>%1 already has the employee ID %2.</source>
        <translation>%1 ya tiene el ID de empleado %2.</translation>
    </message>
    <message>
        <source>Saving %1 failed</source>
        <translation>No se pudo guardar %1</translation>
    </message>
    <message>
        <source>Deleting %1 failed</source>
        <translation>No se pudo eliminar %1</translation>
    </message>
    <message>
        <source>Importing the workforce failed</source>
        <translation>No se pudo importar el personal</translation>
    </message>
</context>
<context>
    <name>palisade::XlsxWriter</name>
    <message>
        <source>it is longer than 31 characters.</source>
        <translation>tiene más de 31 caracteres.</translation>
    </message>
    <message>
        <source>it contains one of [ ] : * ? / \.</source>
        <translation>contiene uno de estos caracteres: [ ] : * ? / \.</translation>
    </message>
    <message>
        <source>it starts or ends with an apostrophe.</source>
        <translation>empieza o termina con un apóstrofo.</translation>
    </message>
    <message>
        <source>another sheet has the same name.</source>
        <translation>otra hoja tiene el mismo nombre.</translation>
    </message>
    <message>
        <source>it is not allowed.</source>
        <translation>no está permitido.</translation>
    </message>
    <message>
        <source>The sheet name “%1” cannot be used: %2</source>
        <translation>No se puede usar el nombre de hoja “%1”: %2</translation>
    </message>
    <message>
        <source>the text is longer than the %1 characters a spreadsheet cell can hold.</source>
        <translation>el texto supera los %1 caracteres que admite una celda de hoja de cálculo.</translation>
    </message>
    <message>
        <source>the value cannot be written.</source>
        <translation>no se puede escribir el valor.</translation>
    </message>
    <message>
        <source>Sheet “%1”, row %2, column %3: %4</source>
        <translation>Hoja “%1”, fila %2, columna %3: %4</translation>
    </message>
    <message>
        <source>The workbook has no sheets to save.</source>
        <translation>El libro no tiene hojas que guardar.</translation>
    </message>
</context>
<context>
    <name>palisade::cli::AssetCommands</name>
    <message>
        <source>List the assets that hold ePHI</source>
        <translation>Enumerar los activos que contienen ePHI</translation>
    </message>
    <message>
        <source>Lists the assets by name with their kind, owner, location and number of data flows, or with --json every field including the data flows. The file is opened read-only.</source>
        <translation>Enumera los activos por nombre con su tipo, responsable, ubicación y número de flujos de datos o, con --json, todos los campos, incluidos los flujos de datos. El archivo se abre en modo de solo lectura.</translation>
    </message>
    <message>
        <source>Add the assets of a CSV file to the inventory</source>
        <translation>Agregar al inventario los activos de un archivo CSV</translation>
    </message>
    <message>
        <source>Reads assets from a CSV file (UTF-8; the columns are described in docs/csv-import.md) and adds them all in one step. Every row is checked first: if any row is wrong, for example a name already in use, nothing is added, each problem is listed with its line number and the exit code is 4.</source>
        <translation>Lee activos de un archivo CSV (UTF-8; las columnas se describen en docs/csv-import.md) y los agrega todos en un solo paso. Primero se comprueba cada fila: si alguna es incorrecta, por ejemplo un nombre que ya se usa, no se agrega nada, se enumera cada problema con su número de línea y el código de salida es 4.</translation>
    </message>
    <message>
        <source>Write the asset inventory to a CSV or XLSX file</source>
        <translation>Escribir el inventario de activos en un archivo CSV o XLSX</translation>
    </message>
    <message>
        <source>Writes every asset with its data flows. A CSV export can be imported again. The file is opened read-only. An existing file is left alone (exit code 5) unless --replace is given.</source>
        <translation>Escribe cada activo con sus flujos de datos. Una exportación CSV se puede volver a importar. El archivo se abre en modo de solo lectura. Un archivo existente no se toca (código de salida 5) a menos que se indique --replace.</translation>
    </message>
    <message>
        <source>The file format (required).</source>
        <translation>El formato del archivo (obligatorio).</translation>
    </message>
    <message>
        <source>Where to write the file (required).</source>
        <translation>Dónde escribir el archivo (obligatorio).</translation>
    </message>
    <message>
        <source>Replace FILE if it already exists.</source>
        <translation>Reemplazar FILE si ya existe.</translation>
    </message>
    <message>
        <source>No assets.</source>
        <translation>No hay activos.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>RESPONSABLE</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>UBICACIÓN</translation>
    </message>
    <message>
        <source>FLOWS</source>
        <translation>FLUJOS</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n asset(s) from %1: %2.</source>
        <translation>
            <numerusform>Se importó %n activo de %1: %2.</numerusform>
            <numerusform>Se importaron %n activos de %1: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n asset(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n activo a %1.</numerusform>
            <numerusform>Se exportaron %n activos a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::cli::AuditCommands</name>
    <message>
        <source>List audit trail events</source>
        <translation>Enumerar los eventos del registro de auditoría</translation>
    </message>
    <message>
        <source>Lists the events of the audit trail, oldest first, as a table or, with --json, as an array of complete events (before and after as objects, with their hashes). The file is opened read-only and nothing is recorded. Filters combine; dates are UTC calendar days, both ends included. Here --actor filters by who acted.</source>
        <translation>Enumera los eventos del registro de auditoría, del más antiguo al más reciente, como tabla o, con --json, como una matriz de eventos completos (el estado anterior y el posterior como objetos, con sus hashes). El archivo se abre en modo de solo lectura y no se registra nada. Los filtros se combinan; las fechas son días naturales en UTC, ambos extremos incluidos. Aquí --actor filtra por quién actuó.</translation>
    </message>
    <message>
        <source>Only events about this kind of record (e.g. program).</source>
        <translation>Solo los eventos sobre este tipo de registro (p. ej., program).</translation>
    </message>
    <message>
        <source>Only events recorded by this person.</source>
        <translation>Solo los eventos registrados por esta persona.</translation>
    </message>
    <message>
        <source>Only events with this action (e.g. unlocked, unlock_failed).</source>
        <translation>Solo los eventos con esta acción (p. ej., unlocked, unlock_failed).</translation>
    </message>
    <message>
        <source>Only events on or after this day.</source>
        <translation>Solo los eventos de este día o posteriores.</translation>
    </message>
    <message>
        <source>Only events on or before this day.</source>
        <translation>Solo los eventos de este día o anteriores.</translation>
    </message>
    <message>
        <source>At most N events (the oldest that match).</source>
        <translation>Como máximo N eventos (los más antiguos que coincidan).</translation>
    </message>
    <message>
        <source>Verify the audit trail&apos;s hash chain</source>
        <translation>Verificar la cadena de hashes del registro de auditoría</translation>
    </message>
    <message>
        <source>Walks the whole hash chain of the audit trail and names the first event that was changed, removed or does not follow from the one before it. The file is opened read-only. The exit code is 0 when the chain is intact and 3 when it is broken.</source>
        <translation>Recorre toda la cadena de hashes del registro de auditoría e indica el primer evento que se modificó, se eliminó o no se encadena con el anterior. El archivo se abre en modo de solo lectura. El código de salida es 0 si la cadena está intacta y 3 si está rota.</translation>
    </message>
    <message>
        <source>Run &apos;palisade-cli audit list --help&apos; for its options.</source>
        <translation>Ejecute &apos;palisade-cli audit list --help&apos; para ver sus opciones.</translation>
    </message>
    <message>
        <source>&apos;--%1&apos; needs a date as YYYY-MM-DD, not &apos;%2&apos;.</source>
        <translation>&apos;--%1&apos; necesita una fecha con el formato AAAA-MM-DD, no &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>&apos;--limit&apos; needs a whole number of 1 or more, not &apos;%1&apos;.</source>
        <translation>&apos;--limit&apos; necesita un número entero igual o mayor que 1, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No events match.</source>
        <translation>Ningún evento coincide.</translation>
    </message>
    <message>
        <source>SEQ</source>
        <translation>SEC</translation>
    </message>
    <message>
        <source>TIME (UTC)</source>
        <translation>HORA (UTC)</translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation>AUTOR</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACCIÓN</translation>
    </message>
    <message>
        <source>RECORD</source>
        <translation>REGISTRO</translation>
    </message>
    <message>
        <source>Head hash: %1</source>
        <translation>Hash final: %1</translation>
    </message>
</context>
<context>
    <name>palisade::cli::BaaCommands</name>
    <message>
        <source>%1 has neither a &apos;%2&apos; column (counterparties) nor a &apos;%3&apos; column (agreements); say which it holds with --kind counterparties or --kind agreements.</source>
        <translation>%1 no tiene una columna &apos;%2&apos; (contrapartes) ni una columna &apos;%3&apos; (acuerdos); indique cuál contiene con --kind counterparties o --kind agreements.</translation>
    </message>
    <message>
        <source>Upstream</source>
        <translation>Ascendente</translation>
    </message>
    <message>
        <source>Downstream</source>
        <translation>Descendente</translation>
    </message>
    <message>
        <source>Which table the file holds (default: told by the header row).</source>
        <translation>Qué tabla contiene el archivo (predeterminado: se deduce de la fila de encabezado).</translation>
    </message>
    <message>
        <source>List the business associate agreements</source>
        <translation>Enumerar los acuerdos de asociado comercial</translation>
    </message>
    <message>
        <source>Lists the agreements with their reference, counterparty, direction, status, effective and expiration dates, next review and how complete their required-provisions checklist is, or with --json every field of each agreement. The file is opened read-only.</source>
        <translation>Enumera los acuerdos con su referencia, contraparte, dirección, estado, fechas de entrada en vigor y de vencimiento, próxima revisión y grado de cumplimiento de su lista de disposiciones obligatorias o, con --json, todos los campos de cada acuerdo. El archivo se abre en modo de solo lectura.</translation>
    </message>
    <message>
        <source>List the covered entities, subcontractors and vendors</source>
        <translation>Enumerar las entidades cubiertas, los subcontratistas y los proveedores</translation>
    </message>
    <message>
        <source>Lists the counterparties by name with their relationship, whether they share PHI and their agreements, or with --json every field including contacts and linked assets. The file is opened read-only.</source>
        <translation>Enumera las contrapartes por nombre con su relación, si comparten PHI y sus acuerdos o, con --json, todos los campos, incluidos los contactos y los activos vinculados. El archivo se abre en modo de solo lectura.</translation>
    </message>
    <message>
        <source>Add the counterparties or agreements of a CSV file</source>
        <translation>Agregar las contrapartes o los acuerdos de un archivo CSV</translation>
    </message>
    <message>
        <source>Reads counterparties or agreements from a CSV file (UTF-8; the columns are described in docs/csv-import.md) and adds them all in one step. A file with a relationship column holds counterparties, one with a counterparty column agreements; --kind says so explicitly. Import the counterparties first: an agreement names its counterparty, which must exist. Every row is checked first: if any row is wrong, nothing is added, each problem is listed with its line number and the exit code is 4.</source>
        <translation>Lee contrapartes o acuerdos de un archivo CSV (UTF-8; las columnas se describen en docs/csv-import.md) y los agrega todos en un solo paso. Un archivo con una columna relationship contiene contrapartes; uno con una columna counterparty, acuerdos; --kind lo indica de forma explícita. Importe primero las contrapartes: un acuerdo cita su contraparte, que debe existir. Primero se comprueba cada fila: si alguna es incorrecta, no se agrega nada, se enumera cada problema con su número de línea y el código de salida es 4.</translation>
    </message>
    <message>
        <source>Write the agreements or counterparties to a CSV or XLSX file</source>
        <translation>Escribir los acuerdos o las contrapartes en un archivo CSV o XLSX</translation>
    </message>
    <message>
        <source>Writes every agreement (the default) or every counterparty with all its fields. Agreements come with their reference, counterparty name, checklist and completeness in percent. A CSV export can be imported again; an XLSX export has real dates. The file is opened read-only. An existing file is left alone (exit code 5) unless --replace is given.</source>
        <translation>Escribe cada acuerdo (opción predeterminada) o cada contraparte con todos sus campos. Los acuerdos incluyen su referencia, el nombre de la contraparte, la lista de comprobación y el grado de cumplimiento en porcentaje. Una exportación CSV se puede volver a importar; una exportación XLSX contiene fechas reales. El archivo se abre en modo de solo lectura. Un archivo existente no se toca (código de salida 5) a menos que se indique --replace.</translation>
    </message>
    <message>
        <source>The file format (required).</source>
        <translation>El formato del archivo (obligatorio).</translation>
    </message>
    <message>
        <source>Where to write the file (required).</source>
        <translation>Dónde escribir el archivo (obligatorio).</translation>
    </message>
    <message>
        <source>What to export (default: agreements).</source>
        <translation>Qué exportar (predeterminado: agreements).</translation>
    </message>
    <message>
        <source>Replace FILE if it already exists.</source>
        <translation>Reemplazar FILE si ya existe.</translation>
    </message>
    <message>
        <source>Show what needs attention in the BAA inventory</source>
        <translation>Mostrar lo que requiere atención en el inventario de BAA</translation>
    </message>
    <message>
        <source>Lists overdue and upcoming items: counterparties that share PHI with no agreement in effect, expired agreements still marked active, reviews and expirations coming due, missing required provisions and subcontractor notice periods longer than ours. Overdue items come first. The exit code is 0 whether or not anything is due. The file is opened read-only.</source>
        <translation>Enumera los elementos vencidos y próximos: contrapartes que comparten PHI sin un acuerdo en vigor, acuerdos vencidos que siguen marcados como activos, revisiones y vencimientos próximos, disposiciones obligatorias ausentes y plazos de notificación de subcontratistas más largos que los nuestros. Los elementos vencidos aparecen primero. El código de salida es 0 tanto si hay algo pendiente como si no. El archivo se abre en modo de solo lectura.</translation>
    </message>
    <message>
        <source>Look from this day instead of today.</source>
        <translation>Calcular a partir de este día en lugar de hoy.</translation>
    </message>
    <message>
        <source>Store a signed agreement (PDF) inside the program file</source>
        <translation>Guardar un acuerdo firmado (PDF) dentro del archivo del programa</translation>
    </message>
    <message>
        <source>Stores the PDF inside the encrypted program file with the agreement, records its SHA-256 and prints it. Only PDF files are accepted (exit code 4 otherwise); a file that cannot be read gives exit code 5.</source>
        <translation>Guarda el PDF dentro del archivo cifrado del programa junto con el acuerdo, registra su SHA-256 y lo imprime. Solo se aceptan archivos PDF (de lo contrario, el código de salida es 4); si un archivo no se puede leer, el código de salida es 5.</translation>
    </message>
    <message>
        <source>The agreement, by reference (BAA-0007) or number (required).</source>
        <translation>El acuerdo, por referencia (BAA-0007) o número (obligatorio).</translation>
    </message>
    <message>
        <source>What the document is (default: signed).</source>
        <translation>Qué es el documento (predeterminado: signed).</translation>
    </message>
    <message>
        <source>No agreements.</source>
        <translation>No hay acuerdos.</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>COUNTERPARTY</source>
        <translation>CONTRAPARTE</translation>
    </message>
    <message>
        <source>DIRECTION</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>EFFECTIVE</source>
        <translation>EN VIGOR</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>VENCE</translation>
    </message>
    <message>
        <source>NEXT REVIEW</source>
        <translation>PRÓXIMA REVISIÓN</translation>
    </message>
    <message>
        <source>COMPLETE</source>
        <translation>COMPLETO</translation>
    </message>
    <message>
        <source>evergreen</source>
        <translation>indefinido</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>No counterparties.</source>
        <translation>No hay contrapartes.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>RELATIONSHIP</source>
        <translation>RELACIÓN</translation>
    </message>
    <message>
        <source>SHARES PHI</source>
        <translation>COMPARTE PHI</translation>
    </message>
    <message>
        <source>AGREEMENTS</source>
        <translation>ACUERDOS</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Unknown kind &apos;%1&apos;; use counterparties or agreements.</source>
        <translation>Tipo desconocido &apos;%1&apos;; use counterparties o agreements.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n counterparty(ies) from %1: %2.</source>
        <translation>
            <numerusform>Se importó %n contraparte de %1: %2.</numerusform>
            <numerusform>Se importaron %n contrapartes de %1: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n agreement(s) from %1: %2.</source>
        <translation>
            <numerusform>Se importó %n acuerdo de %1: %2.</numerusform>
            <numerusform>Se importaron %n acuerdos de %1: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n counterparty(ies) to %1.</source>
        <translation>
            <numerusform>Se exportó %n contraparte a %1.</numerusform>
            <numerusform>Se exportaron %n contrapartes a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n agreement(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n acuerdo a %1.</numerusform>
            <numerusform>Se exportaron %n acuerdos a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;--as-of&apos; needs a date as YYYY-MM-DD, not &apos;%1&apos;.</source>
        <translation>&apos;--as-of&apos; necesita una fecha con el formato AAAA-MM-DD, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Nothing is due as of %1.</source>
        <translation>No hay nada pendiente al %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need attention as of %1.</source>
        <translation>
            <numerusform>%n elemento requiere atención al %1.</numerusform>
            <numerusform>%n elementos requieren atención al %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>SITUACIÓN</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>ASUNTO</translation>
    </message>
    <message>
        <source>FINDING</source>
        <translation>HALLAZGO</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>vencido</translation>
    </message>
    <message>
        <source>due</source>
        <translation>próximo</translation>
    </message>
    <message>
        <source>&apos;--agreement&apos; needs a reference such as BAA-0007 or a number, not &apos;%1&apos;.</source>
        <translation>&apos;--agreement&apos; necesita una referencia como BAA-0007 o un número, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown kind &apos;%1&apos;; use signed, amendment or other.</source>
        <translation>Tipo desconocido &apos;%1&apos;; use signed, amendment u other.</translation>
    </message>
    <message>
        <source>There is no file to attach at this location.</source>
        <translation>No hay ningún archivo para adjuntar en esta ubicación.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>No se pudo leer el archivo: %1</translation>
    </message>
    <message>
        <source>%1 is not a PDF file; attach the agreement as a PDF (scan or print it to PDF first).</source>
        <translation>%1 no es un archivo PDF; adjunte el acuerdo como PDF (escanéelo o imprímalo en PDF primero).</translation>
    </message>
    <message numerus="yes">
        <source>Attached %1 (%2, %n page(s)) to %3.</source>
        <translation>
            <numerusform>Se adjuntó %1 (%2, %n página) a %3.</numerusform>
            <numerusform>Se adjuntó %1 (%2, %n páginas) a %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::cli::CliApplication</name>
    <message>
        <source>The program file to work on.</source>
        <translation>El archivo del programa con el que se trabajará.</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE.</source>
        <translation>Leer la frase de contraseña de la primera línea de FILE.</translation>
    </message>
    <message>
        <source>Who is acting, as recorded in the audit trail (default: the officer named in the file). Required by init.</source>
        <translation>Quién actúa, tal como se anota en el registro de auditoría (predeterminado: el funcionario indicado en el archivo). Obligatorio para init.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON on standard output.</source>
        <translation>Imprimir JSON legible por máquina en la salida estándar.</translation>
    </message>
    <message>
        <source>palisade-cli: %1</source>
        <translation>palisade-cli: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; failed</source>
        <translation>&apos;%1&apos; falló</translation>
    </message>
    <message>
        <source>&apos;%1&apos; failed unexpectedly.</source>
        <translation>&apos;%1&apos; falló de forma inesperada.</translation>
    </message>
</context>
<context>
    <name>palisade::cli::CliContext</name>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Frase de contraseña para %1: </translation>
    </message>
    <message>
        <source>There is no program file at this location.</source>
        <translation>No hay ningún archivo del programa en esta ubicación.</translation>
    </message>
    <message>
        <source>This is a folder or a device, not a program file.</source>
        <translation>Esto es una carpeta o un dispositivo, no un archivo del programa.</translation>
    </message>
    <message>
        <source>Note: failed unlock attempts since the last unlock: %1 (the latest at %2 UTC). They are now recorded in the audit trail.</source>
        <translation>Nota: intentos de desbloqueo fallidos desde el último desbloqueo: %1 (el más reciente, %2 UTC). Ahora quedan anotados en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Note: failed unlock attempts since the last unlock: %1 (the latest at %2 UTC). They will be recorded in the audit trail at the next read-write unlock.</source>
        <translation>Nota: intentos de desbloqueo fallidos desde el último desbloqueo: %1 (el más reciente, %2 UTC). Se anotarán en el registro de auditoría en el próximo desbloqueo de lectura y escritura.</translation>
    </message>
    <message>
        <source>&apos;--%1&apos; needs a date as YYYY-MM-DD, not &apos;%2&apos;.</source>
        <translation>&apos;--%1&apos; necesita una fecha con el formato AAAA-MM-DD, no &apos;%2&apos;.</translation>
    </message>
</context>
<context>
    <name>palisade::cli::CliHelp</name>
    <message>
        <source>Usage:</source>
        <translation>Uso:</translation>
    </message>
    <message>
        <source>Palisade keeps a HIPAA compliance program in one encrypted file. palisade-cli works with that file without a screen: for scripts, backups and integrity checks.</source>
        <translation>Palisade guarda un programa de cumplimiento de HIPAA en un único archivo cifrado. palisade-cli trabaja con ese archivo sin interfaz gráfica: para scripts, copias de seguridad y comprobaciones de integridad.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Options for every command:</source>
        <translation>Opciones para todos los comandos:</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s help after its name.</source>
        <translation>Mostrar esta ayuda o, después del nombre de un comando, la ayuda de ese comando.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>Read from the first line of --passphrase-file; otherwise from the first line of standard input when it is not a terminal; otherwise asked for on the terminal without echo.</source>
        <translation>Se lee de la primera línea de --passphrase-file; si no, de la primera línea de la entrada estándar cuando no es una terminal; si no, se solicita en la terminal sin mostrarla.</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Códigos de salida:</translation>
    </message>
    <message>
        <source>success</source>
        <translation>éxito</translation>
    </message>
    <message>
        <source>usage error (unknown command, bad option)</source>
        <translation>error de uso (comando desconocido, opción incorrecta)</translation>
    </message>
    <message>
        <source>cannot unlock (wrong passphrase, not a Palisade file, made by a newer Palisade)</source>
        <translation>no se puede desbloquear (frase de contraseña incorrecta, no es un archivo de Palisade, creado con una versión más reciente de Palisade)</translation>
    </message>
    <message>
        <source>integrity failure (tampered or damaged file, broken audit trail)</source>
        <translation>error de integridad (archivo alterado o dañado, registro de auditoría roto)</translation>
    </message>
    <message>
        <source>invalid input (a rule refused it)</source>
        <translation>entrada no válida (una regla la rechazó)</translation>
    </message>
    <message>
        <source>file error (file exists, unreadable, disk full)</source>
        <translation>error de archivo (el archivo ya existe, no se puede leer, disco lleno)</translation>
    </message>
    <message>
        <source>Run &apos;palisade-cli COMMAND --help&apos; for the options of a command.</source>
        <translation>Ejecute &apos;palisade-cli COMANDO --help&apos; para ver las opciones de un comando.</translation>
    </message>
    <message>
        <source>Run &apos;palisade-cli %1 COMMAND --help&apos; for the options of a command.</source>
        <translation>Ejecute &apos;palisade-cli %1 COMANDO --help&apos; para ver las opciones de un comando.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
</context>
<context>
    <name>palisade::cli::CliOutput</name>
    <message>
        <source>palisade-cli: %1</source>
        <translation>palisade-cli: %1</translation>
    </message>
</context>
<context>
    <name>palisade::cli::CliParser</name>
    <message>
        <source>Run &apos;palisade-cli --help&apos; for the list of commands.</source>
        <translation>Ejecute &apos;palisade-cli --help&apos; para ver la lista de comandos.</translation>
    </message>
    <message>
        <source>Run &apos;palisade-cli %1 --help&apos; for its commands.</source>
        <translation>Ejecute &apos;palisade-cli %1 --help&apos; para ver sus comandos.</translation>
    </message>
    <message>
        <source>Run &apos;palisade-cli %1 --help&apos; for its options.</source>
        <translation>Ejecute &apos;palisade-cli %1 --help&apos; para ver sus opciones.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Opción desconocida &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown option &apos;--%1&apos;.</source>
        <translation>Opción desconocida &apos;--%1&apos;.</translation>
    </message>
    <message>
        <source>The option &apos;--%1&apos; was given more than once.</source>
        <translation>La opción &apos;--%1&apos; se indicó más de una vez.</translation>
    </message>
    <message>
        <source>The option &apos;--%1&apos; does not take a value.</source>
        <translation>La opción &apos;--%1&apos; no admite un valor.</translation>
    </message>
    <message>
        <source>The option &apos;--%1&apos; needs a value (%2).</source>
        <translation>La opción &apos;--%1&apos; necesita un valor (%2).</translation>
    </message>
    <message>
        <source>No command was given.</source>
        <translation>No se indicó ningún comando.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a command: %2.</source>
        <translation>&apos;%1&apos; necesita un comando: %2.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1 %2&apos;; &apos;%1&apos; has: %3.</source>
        <translation>Comando desconocido &apos;%1 %2&apos;; &apos;%1&apos; tiene: %3.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Comando desconocido &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos; after &apos;%2&apos;.</source>
        <translation>Argumento inesperado &apos;%1&apos; después de &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The option &apos;--%1&apos; does not apply to &apos;%2&apos;.</source>
        <translation>La opción &apos;--%1&apos; no se aplica a &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs the program file: --db FILE.</source>
        <translation>&apos;%1&apos; necesita el archivo del programa: --db FILE.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2.</source>
        <translation>&apos;%1&apos; necesita %2.</translation>
    </message>
    <message>
        <source>The option &apos;--db&apos; needs a file name.</source>
        <translation>La opción &apos;--db&apos; necesita un nombre de archivo.</translation>
    </message>
</context>
<context>
    <name>palisade::cli::DemoCommands</name>
    <message>
        <source>Create a new program file filled with demonstration data</source>
        <translation>Crear un archivo de programa nuevo lleno de datos de demostración</translation>
    </message>
    <message>
        <source>Creates a new, encrypted program file, like init, and fills it with six years of a medical coding and billing firm&apos;s compliance program: assets and risks, counterparties and BAAs, the workforce and its training, policies with revisions and acknowledgments, incidents with their notices, legal holds and the audit trail of every change, dated back from today. The same scale and seed give the same data on the same day. An existing file is never overwritten.</source>
        <translation>Crea un archivo de programa nuevo y cifrado, como init, y lo llena con seis años del programa de cumplimiento de una empresa de codificación y facturación médica: activos y riesgos, contrapartes y BAA, el personal y su formación, políticas con revisiones y acuses de recibo, incidentes con sus notificaciones, retenciones legales y el registro de auditoría de cada cambio, con fechas contadas hacia atrás desde hoy. La misma escala y la misma semilla dan los mismos datos el mismo día. Nunca se sobrescribe un archivo existente.</translation>
    </message>
    <message>
        <source>The organization&apos;s name (required).</source>
        <translation>El nombre de la organización (obligatorio).</translation>
    </message>
    <message>
        <source>How much data: %1 (default: small).</source>
        <translation>Cuántos datos: %1 (predeterminado: small).</translation>
    </message>
    <message>
        <source>The seed of the random choices (default: 1).</source>
        <translation>La semilla de las elecciones aleatorias (predeterminado: 1).</translation>
    </message>
    <message>
        <source>Unknown scale &apos;%1&apos;; use %2.</source>
        <translation>Escala desconocida «%1»; use %2.</translation>
    </message>
    <message>
        <source>&apos;--seed&apos; needs a whole number, not &apos;%1&apos;.</source>
        <translation>«--seed» necesita un número entero, no «%1».</translation>
    </message>
    <message>
        <source>A file already exists at this location; Palisade will not overwrite it.</source>
        <translation>Ya existe un archivo en esta ubicación; Palisade no lo sobrescribirá.</translation>
    </message>
    <message>
        <source>Passphrase for the new file: </source>
        <translation>Frase de contraseña del archivo nuevo: </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Repita la frase de contraseña: </translation>
    </message>
    <message>
        <source>The passphrase was refused: %1</source>
        <translation>Se rechazó la frase de contraseña: %1</translation>
    </message>
    <message>
        <source>Generating %1: %2%</source>
        <translation>Generando %1: %2 %</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Created the demonstration file %1 for %2 in %3 s.</source>
        <translation>Se creó el archivo de demostración %1 para %2 en %3 s.</translation>
    </message>
</context>
<context>
    <name>palisade::cli::IncidentCommands</name>
    <message>
        <source>Nothing was added from %1:</source>
        <translation>No se agregó nada de %1:</translation>
    </message>
    <message>
        <source>Adding incident %1 of %2 (&quot;%3&quot;) from %4 failed: %5</source>
        <translation>No se pudo agregar el incidente %1 de %2 («%3») de %4: %5</translation>
    </message>
    <message>
        <source>Added before it: %1.</source>
        <translation>Agregados antes: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n incident(s) from %1: %2.</source>
        <translation>
            <numerusform>Se agregó %n incidente de %1: %2.</numerusform>
            <numerusform>Se agregaron %n incidentes de %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (annual log)</source>
        <translation>%1 (registro anual)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>queda %n día</numerusform>
            <numerusform>quedan %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>Look from this day instead of today.</source>
        <translation>Calcular a partir de este día en lugar de hoy.</translation>
    </message>
    <message>
        <source>List the incidents</source>
        <translation>Enumerar los incidentes</translation>
    </message>
    <message>
        <source>Lists every incident by discovery date with its reference, title, kind, discovery date, whether it is open or closed, its breach status (presumed_breach, breach, low_probability or secured_phi), the individuals affected and the notice it owes next; with --json every one of these with stable keys. The file is opened read-only.</source>
        <translation>Enumera todos los incidentes por fecha de descubrimiento con su referencia, título, tipo, fecha de descubrimiento, si está abierto o cerrado, su estado de brecha (presumed_breach, breach, low_probability o secured_phi), las personas afectadas y la próxima notificación que debe; con --json, todos estos datos con claves estables. El archivo se abre en modo de solo lectura.</translation>
    </message>
    <message>
        <source>Add incidents from a JSON file</source>
        <translation>Agregar incidentes desde un archivo JSON</translation>
    </message>
    <message>
        <source>Adds the incident of a JSON file, or every incident of {&quot;incidents&quot;: [...]}, with its breach assessment, the notices already sent and its corrective actions (the format is described in docs/incident-file.md). Assets and covered entities are named as they are in the program. The whole file is read and checked first: an unknown key, a value of the wrong type, a name not on file or a rule violation is listed with where it is, nothing is added and the exit code is 4. A file that cannot be read gives exit code 5.</source>
        <translation>Agrega el incidente de un archivo JSON, o todos los incidentes de {&quot;incidents&quot;: [...]}, con su evaluación de brecha, las notificaciones ya enviadas y sus acciones correctivas (el formato se describe en docs/incident-file.md). Los activos y las entidades cubiertas se nombran tal como figuran en el programa. Primero se lee y se comprueba todo el archivo: una clave desconocida, un valor de tipo incorrecto, un nombre que no está registrado o una infracción de una regla se enumera con su ubicación, no se agrega nada y el código de salida es 4. Un archivo que no se puede leer da el código de salida 5.</translation>
    </message>
    <message>
        <source>The JSON file to read (required).</source>
        <translation>El archivo JSON que se leerá (obligatorio).</translation>
    </message>
    <message>
        <source>Show the breach notices owed and their deadlines</source>
        <translation>Mostrar las notificaciones de brecha pendientes y sus plazos</translation>
    </message>
    <message>
        <source>Lists every notice a breach calls for (covered entities, individuals, HHS, the media, State authorities) by due date: for an open incident every notice, sent or not; for a closed one the notices never sent. Each with its due date, the days left or overdue, the day it was sent and whether that was late. --json prints a JSON array. The exit code is 0 whether or not a notice is overdue. The file is opened read-only.</source>
        <translation>Enumera todas las notificaciones que exige una brecha (entidades cubiertas, personas, HHS, medios de comunicación, autoridades estatales) por fecha límite: para un incidente abierto, todas las notificaciones, enviadas o no; para uno cerrado, las notificaciones que nunca se enviaron. Cada una con su fecha límite, los días restantes o de retraso, el día en que se envió y si fue tarde. --json imprime un arreglo JSON. El código de salida es 0 tanto si hay una notificación vencida como si no. El archivo se abre en modo de solo lectura.</translation>
    </message>
    <message>
        <source>Write the breach log of a year to a CSV or XLSX file</source>
        <translation>Escribir el registro de brechas de un año en un archivo CSV o XLSX</translation>
    </message>
    <message>
        <source>Writes one row per breach (a breach or a presumed breach) discovered in the year, with what HHS&apos;s breach portal asks for each: reference, title, status, kind, description, dates, individuals affected in total and per State, the PHI involved, safeguards and response, and the notices sent to individuals, HHS, the media, State authorities and covered entities. The file is opened read-only. An existing file is left alone (exit code 5) unless --replace is given.</source>
        <translation>Escribe una fila por cada brecha (una brecha o una brecha presunta) descubierta en el año, con lo que el portal de brechas del HHS solicita para cada una: referencia, título, estado, tipo, descripción, fechas, personas afectadas en total y por estado, la PHI involucrada, las salvaguardas y la respuesta, y las notificaciones enviadas a las personas, al HHS, a los medios de comunicación, a las autoridades estatales y a las entidades cubiertas. El archivo se abre en modo de solo lectura. Un archivo existente no se toca (código de salida 5) a menos que se indique --replace.</translation>
    </message>
    <message>
        <source>The calendar year of discovery (required).</source>
        <translation>El año calendario del descubrimiento (obligatorio).</translation>
    </message>
    <message>
        <source>The file format (required).</source>
        <translation>El formato del archivo (obligatorio).</translation>
    </message>
    <message>
        <source>Where to write the file (required).</source>
        <translation>Dónde escribir el archivo (obligatorio).</translation>
    </message>
    <message>
        <source>Replace FILE if it already exists.</source>
        <translation>Reemplazar FILE si ya existe.</translation>
    </message>
    <message>
        <source>No incidents.</source>
        <translation>No hay incidentes.</translation>
    </message>
    <message>
        <source>REFERENCE</source>
        <translation>REFERENCIA</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>DISCOVERED</source>
        <translation>DESCUBIERTO</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>BREACH STATUS</source>
        <translation>ESTADO DE BRECHA</translation>
    </message>
    <message>
        <source>AFFECTED</source>
        <translation>AFECTADAS</translation>
    </message>
    <message>
        <source>NEXT DEADLINE</source>
        <translation>PRÓXIMO PLAZO</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(vencido)</translation>
    </message>
    <message>
        <source>No breach notices are owed as of %1.</source>
        <translation>No hay notificaciones de brecha pendientes al %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) overdue as of %1.</source>
        <translation>
            <numerusform>%n notificación vencida al %1.</numerusform>
            <numerusform>%n notificaciones vencidas al %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>RECIPIENT</source>
        <translation>DESTINATARIO</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>VENCE</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DÍAS</translation>
    </message>
    <message>
        <source>SENT</source>
        <translation>ENVIADA</translation>
    </message>
    <message>
        <source>LATE</source>
        <translation>TARDE</translation>
    </message>
    <message>
        <source>late</source>
        <translation>tarde</translation>
    </message>
    <message>
        <source>&apos;--year&apos; needs a year as YYYY, not &apos;%1&apos;.</source>
        <translation>&apos;--year&apos; requiere un año en formato YYYY, no &apos;%1&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the breach log of %1 (%n breach(es)) to %2.</source>
        <translation>
            <numerusform>Se escribió el registro de brechas de %1 (%n brecha) en %2.</numerusform>
            <numerusform>Se escribió el registro de brechas de %1 (%n brechas) en %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::cli::PackCommands</name>
    <message>
        <source>Export an evidence pack as a PDF</source>
        <translation>Exportar un paquete de evidencias como PDF</translation>
    </message>
    <message>
        <source>The first day of the period (required).</source>
        <translation>El primer día del período (obligatorio).</translation>
    </message>
    <message>
        <source>The last day of the period (required).</source>
        <translation>El último día del período (obligatorio).</translation>
    </message>
    <message>
        <source>Where to write the PDF (required).</source>
        <translation>Dónde escribir el PDF (obligatorio).</translation>
    </message>
    <message>
        <source>The sections to include, by key.</source>
        <translation>Las secciones que se incluirán, por clave.</translation>
    </message>
    <message>
        <source>The paper size (letter).</source>
        <translation>El tamaño del papel (letter).</translation>
    </message>
    <message>
        <source>The auditor or client the pack is for.</source>
        <translation>El auditor o cliente al que se destina el paquete.</translation>
    </message>
    <message>
        <source>Who prepared it (the actor unless given).</source>
        <translation>Quién lo preparó (el actor, si no se indica).</translation>
    </message>
    <message>
        <source>A note for the cover.</source>
        <translation>Una nota para la portada.</translation>
    </message>
    <message>
        <source>List the evidence packs exported</source>
        <translation>Enumerar los paquetes de evidencias exportados</translation>
    </message>
    <message>
        <source>Lists every evidence pack exported from the program file, newest first: pack ID, period, sections, pages, who exported it and when, and the file&apos;s SHA-256. The file is opened read-only.</source>
        <translation>Enumera todos los paquetes de evidencias exportados desde el archivo del programa, del más reciente al más antiguo: ID del paquete, período, secciones, páginas, quién lo exportó y cuándo, y el SHA-256 del archivo. El archivo se abre en modo de solo lectura.</translation>
    </message>
    <message>
        <source>&apos;--paper&apos; is a4 or letter, not &apos;%1&apos;.</source>
        <translation>&apos;--paper&apos; es a4 o letter, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a section; the sections are %2.</source>
        <translation>&apos;%1&apos; no es una sección; las secciones son %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote evidence pack %1 (%n page(s)) to %2; SHA-256 %3.</source>
        <translation>
            <numerusform>Se escribió el paquete de evidencias %1 (%n página) en %2; SHA-256 %3.</numerusform>
            <numerusform>Se escribió el paquete de evidencias %1 (%n páginas) en %2; SHA-256 %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not an evidence pack exported from this program file: no export has its SHA-256. It may have been changed after export, or come from another program file.</source>
        <translation>%1 no es un paquete de evidencias exportado desde este archivo del programa: ninguna exportación tiene su SHA-256. Es posible que se haya modificado después de la exportación o que proceda de otro archivo del programa.</translation>
    </message>
    <message>
        <source>%1 is evidence pack %2, exactly as exported.</source>
        <translation>%1 es el paquete de evidencias %2, exactamente tal como se exportó.</translation>
    </message>
    <message>
        <source>Exported by %1 on %2.</source>
        <translation>Exportado por %1 el %2.</translation>
    </message>
    <message numerus="yes">
        <source>Period %1 to %2; sections %3; %n page(s).</source>
        <translation>
            <numerusform>Período del %1 al %2; secciones %3; %n página.</numerusform>
            <numerusform>Período del %1 al %2; secciones %3; %n páginas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prepared for %1 by %2.</source>
        <translation>Preparado para %1 por %2.</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(no indicado)</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>No evidence pack has been exported from this program file.</source>
        <translation>No se ha exportado ningún paquete de evidencias desde este archivo del programa.</translation>
    </message>
    <message>
        <source>PACK</source>
        <translation>PAQUETE</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERÍODO</translation>
    </message>
    <message>
        <source>SECTIONS</source>
        <translation>SECCIONES</translation>
    </message>
    <message>
        <source>PAGES</source>
        <translation>PÁGINAS</translation>
    </message>
    <message>
        <source>EXPORTED</source>
        <translation>EXPORTADO</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>POR</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Writes the evidence pack of a period: the program as it stood on its last day and what happened within it, section by section, with a manifest of each section&apos;s record count and the SHA-256 of its data. The file&apos;s own SHA-256 is recorded in the program&apos;s audit trail, so `pack verify` can recognise it later. Sections: %1 (all unless --sections names some). With --bundle, also writes a zip holding the PDF, a manifest.json (the pack, each section&apos;s record count and SHA-256, and every file with its size and SHA-256) and the attachments of the records the chosen sections cover: the signed documents of the agreements in the BAA section, the evidence files and notice letters of the incidents in the incident section, and the text of each policy&apos;s revision in effect in the policy section (policies/CODE-revN.txt, with its signed copy when one is attached). The bundle&apos;s SHA-256 is recorded in the audit trail too. An existing file is left alone (exit code 5) unless --replace is given.</source>
        <translation>Escribe el paquete de evidencias de un período: el programa tal como estaba en su último día y lo que ocurrió durante él, sección por sección, con un manifiesto del número de registros de cada sección y el SHA-256 de sus datos. El SHA-256 del propio archivo se anota en el registro de auditoría del programa, de modo que `pack verify` pueda reconocerlo más adelante. Secciones: %1 (todas, a menos que --sections indique algunas). Con --bundle, también escribe un zip que contiene el PDF, un manifest.json (el paquete de evidencias, el número de registros y el SHA-256 de cada sección, y cada archivo con su tamaño y su SHA-256) y los adjuntos de los registros que abarcan las secciones elegidas: los documentos firmados de los acuerdos de la sección de BAA, los archivos de evidencia y las cartas de notificación de los incidentes de la sección de incidentes, y el texto de la versión en vigor de cada política en la sección de políticas (policies/CODE-revN.txt, con su copia firmada cuando haya una adjunta). El SHA-256 del paquete comprimido también se anota en el registro de auditoría. Un archivo existente no se toca (código de salida 5) a menos que se indique --replace.</translation>
    </message>
    <message>
        <source>Also write the evidence bundle (the PDF, manifest.json and attachments) here.</source>
        <translation>Escribir también aquí el paquete comprimido de evidencias (el PDF, manifest.json y los adjuntos).</translation>
    </message>
    <message>
        <source>Replace existing files.</source>
        <translation>Reemplazar los archivos existentes.</translation>
    </message>
    <message>
        <source>Check that a PDF or bundle is exactly one this program exported</source>
        <translation>Comprobar que un PDF o un paquete comprimido sea exactamente uno que exportó este programa</translation>
    </message>
    <message>
        <source>For a PDF: computes the SHA-256 of FILE and looks for the export of a pack with that hash in the program file and in its audit trail. Exit code 0 names the pack, who exported it and when; exit code 3 means this exact file was not exported from this program file (a single changed byte is enough). For a bundle (a .zip, or any file that is a zip): checks, in this order, that its manifest.json is one the audit trail recorded for a bundle of the pack it names, that the PDF inside has the size and SHA-256 the manifest lists and is that pack exactly as exported, that every attachment the manifest lists is there with its size and SHA-256, and that the zip holds nothing else. Exit code 0 names the pack and who exported the bundle and when, and says whether the zip is byte for byte the one exported (a zip repacked by another tool still verifies when every file in it matches); exit code 3 names the first thing that does not match. The program file is opened read-only.</source>
        <translation>Para un PDF: calcula el SHA-256 de FILE y busca la exportación de un paquete con ese hash en el archivo del programa y en su registro de auditoría. El código de salida 0 indica el paquete, quién lo exportó y cuándo; el código de salida 3 significa que este archivo exacto no se exportó desde este archivo del programa (basta con un solo byte modificado). Para un paquete comprimido (un .zip o cualquier archivo que sea un zip): comprueba, en este orden, que su manifest.json sea uno que consta en el registro de auditoría para un paquete comprimido del paquete que indica, que el PDF que contiene tenga el tamaño y el SHA-256 que figuran en el manifiesto y sea exactamente ese paquete tal como se exportó, que cada adjunto que figura en el manifiesto esté presente con su tamaño y su SHA-256, y que el zip no contenga nada más. El código de salida 0 indica el paquete, quién exportó el paquete comprimido y cuándo, e informa si el zip es idéntico byte a byte al exportado (un zip reempaquetado con otra herramienta se sigue verificando si todos sus archivos coinciden); el código de salida 3 indica lo primero que no coincide. El archivo del programa se abre en modo de solo lectura.</translation>
    </message>
    <message>
        <source>&apos;--bundle&apos; needs the name of the zip to write.</source>
        <translation>&apos;--bundle&apos; necesita el nombre del zip que se va a escribir.</translation>
    </message>
    <message>
        <source>&apos;--bundle&apos; and &apos;--out&apos; must name different files.</source>
        <translation>&apos;--bundle&apos; y &apos;--out&apos; deben indicar archivos distintos.</translation>
    </message>
    <message>
        <source>Evidence pack %1 was written, but its bundle was not: %2</source>
        <translation>El paquete de evidencias %1 se escribió, pero su paquete comprimido no: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote its bundle with %n attachment(s) to %1; SHA-256 %2.</source>
        <translation>
            <numerusform>Se escribió su paquete comprimido con %n archivo adjunto en %1; SHA-256 %2.</numerusform>
            <numerusform>Se escribió su paquete comprimido con %n archivos adjuntos en %1; SHA-256 %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not an evidence bundle exported from this program file, unchanged: %2</source>
        <translation>%1 no es, sin modificaciones, un paquete comprimido de evidencias exportado desde este archivo del programa: %2</translation>
    </message>
    <message>
        <source>palisade-cli: %1</source>
        <translation>palisade-cli: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is the evidence bundle of pack %2: all %n file(s) match its manifest.</source>
        <translation>
            <numerusform>%1 es el paquete comprimido de evidencias del paquete %2: %n archivo, que coincide con su manifiesto.</numerusform>
            <numerusform>%1 es el paquete comprimido de evidencias del paquete %2: los %n archivos coinciden con su manifiesto.</numerusform>
        </translation>
    </message>
    <message>
        <source>The zip is byte for byte the one exported.</source>
        <translation>El zip es, byte por byte, el que se exportó.</translation>
    </message>
    <message>
        <source>The zip is not byte for byte the one exported (it was repacked), but every file in it is.</source>
        <translation>El zip no es idéntico byte a byte al exportado (se reempaquetó), pero cada archivo que contiene sí lo es.</translation>
    </message>
    <message>
        <source>Bundle exported by %1 on %2; the pack by %3 on %4.</source>
        <translation>Paquete comprimido exportado por %1 el %2; el paquete de evidencias, por %3 el %4.</translation>
    </message>
    <message numerus="yes">
        <source>Period %1 to %2; sections %3; %n attachment(s).</source>
        <translation>
            <numerusform>Período del %1 al %2; secciones %3; %n adjunto.</numerusform>
            <numerusform>Período del %1 al %2; secciones %3; %n adjuntos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::cli::PassphraseSource</name>
    <message>
        <source>The passphrase file cannot be read.</source>
        <translation>No se puede leer el archivo de la frase de contraseña.</translation>
    </message>
    <message>
        <source>The first line of the passphrase file is longer than %1 bytes; is it the right file?</source>
        <translation>La primera línea del archivo de la frase de contraseña tiene más de %1 bytes; ¿es el archivo correcto?</translation>
    </message>
    <message>
        <source>The first line of the passphrase file is empty.</source>
        <translation>La primera línea del archivo de la frase de contraseña está vacía.</translation>
    </message>
    <message>
        <source>Standard input holds only one passphrase; give the other one in a file.</source>
        <translation>La entrada estándar solo admite una frase de contraseña; indique la otra en un archivo.</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>No se puede leer la entrada estándar.</translation>
    </message>
    <message>
        <source>The passphrase on standard input is longer than %1 bytes.</source>
        <translation>La frase de contraseña de la entrada estándar tiene más de %1 bytes.</translation>
    </message>
    <message>
        <source>No passphrase was given. Use --passphrase-file FILE, send it on standard input, or run palisade-cli in a terminal to be asked for it.</source>
        <translation>No se indicó ninguna frase de contraseña. Use --passphrase-file FILE, envíela por la entrada estándar o ejecute palisade-cli en una terminal para que se le solicite.</translation>
    </message>
    <message>
        <source>The terminal cannot be read.</source>
        <translation>No se puede leer la terminal.</translation>
    </message>
    <message>
        <source>The passphrase is longer than %1 bytes.</source>
        <translation>La frase de contraseña tiene más de %1 bytes.</translation>
    </message>
    <message>
        <source>No passphrase was entered.</source>
        <translation>No se escribió ninguna frase de contraseña.</translation>
    </message>
    <message>
        <source>The two passphrases do not match; nothing was changed.</source>
        <translation>Las dos frases de contraseña no coinciden; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>palisade::cli::PolicyCommandSupport</name>
    <message>
        <source>&apos;--%1&apos; needs a revision number, not &apos;%2&apos;.</source>
        <translation>&apos;--%1&apos; necesita un número de versión, no &apos;%2&apos;.</translation>
    </message>
</context>
<context>
    <name>palisade::cli::PolicyCommands</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Revision %1, in effect since %2 (approved %3)</source>
        <translation>Versión %1, en vigor desde el %2 (aprobada el %3)</translation>
    </message>
    <message>
        <source>Revision %1, %2: in effect %3 to %4</source>
        <translation>Versión %1, %2: en vigor del %3 al %4</translation>
    </message>
    <message>
        <source>Revision %1, approved %2, not yet in effect</source>
        <translation>Versión %1, aprobada el %2, aún no en vigor</translation>
    </message>
    <message>
        <source>Revision %1, %2</source>
        <translation>Versión %1, %2</translation>
    </message>
    <message>
        <source>List the policies with their revision in effect</source>
        <translation>Enumerar las políticas con su versión en vigor</translation>
    </message>
    <message>
        <source>Lists every policy by code with its category, owner, the revision in effect and since when, its next review date and any revision being drafted or reviewed. The file is opened read-only.</source>
        <translation>Enumera todas las políticas por código con su categoría, responsable, la versión en vigor y desde cuándo, la fecha de su próxima revisión y cualquier versión en redacción o en revisión. El archivo se abre en modo de solo lectura.</translation>
    </message>
    <message>
        <source>Print a policy and the words of one revision</source>
        <translation>Imprimir una política y el texto de una de sus versiones</translation>
    </message>
    <message>
        <source>Prints the policy&apos;s details and the Markdown of its revision in effect (or, when none is, its newest revision), or of the revision given with --revision. POLICY is the policy&apos;s code, e.g. SEC-004. The file is opened read-only.</source>
        <translation>Imprime los datos de la política y el Markdown de su versión en vigor (o, si no hay ninguna, de su versión más reciente), o de la versión indicada con --revision. POLICY es el código de la política, p. ej., SEC-004. El archivo se abre en modo de solo lectura.</translation>
    </message>
    <message>
        <source>Show revision N.</source>
        <translation>Mostrar la versión N.</translation>
    </message>
    <message>
        <source>List a policy&apos;s revisions and their approvals</source>
        <translation>Enumerar las versiones de una política y sus aprobaciones</translation>
    </message>
    <message>
        <source>Lists every revision of the policy with its state, approval, effective and end dates, author and change summary, and under each the sign-offs it received. The file is opened read-only.</source>
        <translation>Enumera cada versión de la política con su estado, aprobación, fechas de entrada en vigor y de finalización, autor y resumen del cambio y, debajo de cada una, las aprobaciones que recibió. El archivo se abre en modo de solo lectura.</translation>
    </message>
    <message>
        <source>Show what changed between two revisions, word by word</source>
        <translation>Mostrar qué cambió entre dos versiones, palabra por palabra</translation>
    </message>
    <message>
        <source>Compares two revisions of the policy word by word. Removed words are shown as [-words-] and added words as {+words+}. Without options the newest revision is compared with the one before it. The file is opened read-only.</source>
        <translation>Compara dos versiones de la política palabra por palabra. Las palabras eliminadas se muestran como [-palabras-] y las agregadas, como {+palabras+}. Sin opciones, se compara la versión más reciente con la anterior. El archivo se abre en modo de solo lectura.</translation>
    </message>
    <message>
        <source>The earlier revision (default: the one before --to).</source>
        <translation>La versión anterior (predeterminado: la previa a --to).</translation>
    </message>
    <message>
        <source>The later revision (default: the newest).</source>
        <translation>La versión posterior (predeterminado: la más reciente).</translation>
    </message>
    <message>
        <source>List the starter policy templates</source>
        <translation>Enumerar las plantillas de políticas modelo</translation>
    </message>
    <message>
        <source>Lists the starter policies shipped with Palisade, by key, suggested code and title. &apos;policy add --template KEY&apos; adopts one as a new policy&apos;s first draft. No program file is needed.</source>
        <translation>Enumera las políticas modelo incluidas con Palisade, por clave, código sugerido y título. &apos;policy add --template KEY&apos; adopta una como primer borrador de una nueva política. No se necesita ningún archivo del programa.</translation>
    </message>
    <message>
        <source>Add a policy with its first draft revision</source>
        <translation>Agregar una política con su primera versión en borrador</translation>
    </message>
    <message>
        <source>Adds a policy and its revision 1 as a draft. --template adopts a starter template: its code, title, category, review cycle, citations, approver roles and text, each of which the other options override. Without a template --code and --title are required. Submit the draft with &apos;policy submit&apos; or replace its words with &apos;policy revise&apos;.</source>
        <translation>Agrega una política y su versión 1 como borrador. --template adopta una plantilla modelo: su código, título, categoría, ciclo de revisión, citas, cargos que aprueban y texto; las demás opciones prevalecen sobre cada uno de ellos. Sin plantilla, --code y --title son obligatorios. Envíe el borrador con &apos;policy submit&apos; o sustituya su texto con &apos;policy revise&apos;.</translation>
    </message>
    <message>
        <source>Start from this starter template (&apos;policy templates&apos; lists them).</source>
        <translation>Partir de esta plantilla modelo (&apos;policy templates&apos; las enumera).</translation>
    </message>
    <message>
        <source>The policy&apos;s code, e.g. SEC-004.</source>
        <translation>El código de la política, p. ej., SEC-004.</translation>
    </message>
    <message>
        <source>The policy&apos;s title.</source>
        <translation>El título de la política.</translation>
    </message>
    <message>
        <source>The category (default: security).</source>
        <translation>La categoría (predeterminado: security).</translation>
    </message>
    <message>
        <source>Who owns the policy.</source>
        <translation>Quién es el responsable de la política.</translation>
    </message>
    <message>
        <source>Months between reviews, 1 to 60 (default: 12).</source>
        <translation>Meses entre revisiones, de 1 a 60 (predeterminado: 12).</translation>
    </message>
    <message>
        <source>Comma-separated roles that must approve each revision.</source>
        <translation>Cargos, separados por comas, que deben aprobar cada versión.</translation>
    </message>
    <message>
        <source>Comma-separated Security Rule citations the policy addresses.</source>
        <translation>Citas de la Regla de Seguridad, separadas por comas, que aborda la política.</translation>
    </message>
    <message>
        <source>The first draft&apos;s words, in Markdown.</source>
        <translation>El texto del primer borrador, en Markdown.</translation>
    </message>
    <message>
        <source>Write a new revision from a Markdown file</source>
        <translation>Redactar una nueva versión a partir de un archivo Markdown</translation>
    </message>
    <message>
        <source>Puts the words of FILE.md into the policy&apos;s open draft, or into a new draft numbered after the newest revision, and submits it for review unless --keep-draft is given. A revision in review must be approved or returned to draft in the program first. From revision 2 on a change summary is required.</source>
        <translation>Coloca el texto de FILE.md en el borrador abierto de la política, o en un nuevo borrador numerado a continuación de la versión más reciente, y lo envía a revisión, salvo que se indique --keep-draft. Una versión en revisión debe aprobarse o devolverse a borrador en el programa primero. A partir de la versión 2, se requiere un resumen del cambio.</translation>
    </message>
    <message>
        <source>The revision&apos;s words, in Markdown (required).</source>
        <translation>El texto de la versión, en Markdown (obligatorio).</translation>
    </message>
    <message>
        <source>What changed and why.</source>
        <translation>Qué cambió y por qué.</translation>
    </message>
    <message>
        <source>Save the draft without submitting it.</source>
        <translation>Guardar el borrador sin enviarlo.</translation>
    </message>
    <message>
        <source>Submit the open draft for review</source>
        <translation>Enviar a revisión el borrador abierto</translation>
    </message>
    <message>
        <source>Moves the policy&apos;s draft to review, where approvals are recorded.</source>
        <translation>Pasa el borrador de la política a revisión, donde se registran las aprobaciones.</translation>
    </message>
    <message>
        <source>Record a sign-off of the revision in review</source>
        <translation>Registrar una aprobación de la versión en revisión</translation>
    </message>
    <message>
        <source>Records an approval of the revision in review. When the approvals cover every role the policy requires (or, when it names none, on the first approval) the revision becomes approved and can no longer change.</source>
        <translation>Registra una aprobación de la versión en revisión. Cuando las aprobaciones cubren todos los cargos que exige la política (o, si no indica ninguno, con la primera aprobación), la versión queda aprobada y ya no puede cambiar.</translation>
    </message>
    <message>
        <source>Who approves (required).</source>
        <translation>Quién aprueba (obligatorio).</translation>
    </message>
    <message>
        <source>In which role (required).</source>
        <translation>Con qué cargo (obligatorio).</translation>
    </message>
    <message>
        <source>What the sign-off means (default: &quot;Approved as &lt;role&gt;&quot;).</source>
        <translation>Qué significa la aprobación (predeterminado: «Aprobado como &lt;cargo&gt;»).</translation>
    </message>
    <message>
        <source>The day of the approval (default: today).</source>
        <translation>El día de la aprobación (predeterminado: hoy).</translation>
    </message>
    <message>
        <source>Put an approved revision into effect</source>
        <translation>Poner en vigor una versión aprobada</translation>
    </message>
    <message>
        <source>Puts the newest approved revision (or revision --revision) into effect on --date, which may lie ahead. The revision in effect until then is superseded, with that day as its last.</source>
        <translation>Pone en vigor la versión aprobada más reciente (o la versión --revision) a partir de --date, que puede ser una fecha futura. La versión en vigor hasta entonces queda reemplazada, con ese día como su último día.</translation>
    </message>
    <message>
        <source>The first day in effect (required).</source>
        <translation>El primer día en vigor (obligatorio).</translation>
    </message>
    <message>
        <source>The approved revision to use.</source>
        <translation>La versión aprobada que se usará.</translation>
    </message>
    <message>
        <source>Retire a policy</source>
        <translation>Retirar una política</translation>
    </message>
    <message>
        <source>Ends the policy: its revision in effect is retired with --date as its last day. Its revisions are kept for six years after that day.</source>
        <translation>Da por terminada la política: su versión en vigor se retira con --date como último día. Sus versiones se conservan durante seis años después de ese día.</translation>
    </message>
    <message>
        <source>The last day in effect (required).</source>
        <translation>El último día en vigor (obligatorio).</translation>
    </message>
    <message>
        <source>Why it is retired (required).</source>
        <translation>Por qué se retira (obligatorio).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>CATEGORÍA</translation>
    </message>
    <message>
        <source>IN EFFECT</source>
        <translation>EN VIGOR</translation>
    </message>
    <message>
        <source>NEXT REVIEW</source>
        <translation>PRÓXIMA REVISIÓN</translation>
    </message>
    <message>
        <source>OPEN REVISION</source>
        <translation>VERSIÓN ABIERTA</translation>
    </message>
    <message>
        <source>retired %1</source>
        <translation>retirada el %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>rev %1 since %2</source>
        <translation>versión %1 desde el %2</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (vencida)</translation>
    </message>
    <message>
        <source>rev %1 %2</source>
        <translation>versión %1 (%2)</translation>
    </message>
    <message>
        <source>No policies. &apos;palisade-cli policy templates&apos; lists starter policies to adopt.</source>
        <translation>No hay políticas. &apos;palisade-cli policy templates&apos; enumera las políticas modelo que puede adoptar.</translation>
    </message>
    <message numerus="yes">
        <source>Category: %1. Owner: %2. Reviewed every %n month(s).</source>
        <translation>
            <numerusform>Categoría: %1. Responsable: %2. Se revisa cada %n mes.</numerusform>
            <numerusform>Categoría: %1. Responsable: %2. Se revisa cada %n meses.</numerusform>
        </translation>
    </message>
    <message>
        <source>not named</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>Approved by: %1</source>
        <translation>Aprobada por: %1</translation>
    </message>
    <message>
        <source>Addresses: %1</source>
        <translation>Aborda: %1</translation>
    </message>
    <message numerus="yes">
        <source>Signed copy: %1 (%n page(s), SHA-256 %2)</source>
        <translation>
            <numerusform>Copia firmada: %1 (%n página, SHA-256 %2)</numerusform>
            <numerusform>Copia firmada: %1 (%n páginas, SHA-256 %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>(This revision has no text.)</source>
        <translation>(Esta versión no tiene texto.)</translation>
    </message>
    <message>
        <source>REV</source>
        <translation>VER.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>SITUACIÓN</translation>
    </message>
    <message>
        <source>APPROVED</source>
        <translation>APROBADA</translation>
    </message>
    <message>
        <source>EFFECTIVE</source>
        <translation>EN VIGOR</translation>
    </message>
    <message>
        <source>LAST DAY</source>
        <translation>ÚLTIMO DÍA</translation>
    </message>
    <message>
        <source>AUTHOR</source>
        <translation>AUTOR</translation>
    </message>
    <message>
        <source>SUMMARY</source>
        <translation>RESUMEN</translation>
    </message>
    <message>
        <source>Revision %1: %2 (%3) on %4: %5</source>
        <translation>Versión %1: %2 (%3) el %4: %5</translation>
    </message>
    <message>
        <source>Approvals:</source>
        <translation>Aprobaciones:</translation>
    </message>
    <message>
        <source>%1 has only revision 1; there is nothing to compare it with.</source>
        <translation>%1 solo tiene la versión 1; no hay nada con qué compararla.</translation>
    </message>
    <message numerus="yes">
        <source>%1 revision %2 → %3: %n word(s) added</source>
        <translation>
            <numerusform>%1 versión %2 → %3: %n palabra agregada</numerusform>
            <numerusform>%1 versión %2 → %3: %n palabras agregadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n removed.</source>
        <translation>
            <numerusform>, %n eliminada.</numerusform>
            <numerusform>, %n eliminadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLAVE</translation>
    </message>
    <message>
        <source>There is no template &apos;%1&apos;; &apos;palisade-cli policy templates&apos; lists them.</source>
        <translation>No hay ninguna plantilla &apos;%1&apos;; &apos;palisade-cli policy templates&apos; las enumera.</translation>
    </message>
    <message>
        <source>Give --code and --title, or --template.</source>
        <translation>Indique --code y --title, o --template.</translation>
    </message>
    <message>
        <source>Unknown category &apos;%1&apos;; use %2.</source>
        <translation>Categoría desconocida &apos;%1&apos;; use %2.</translation>
    </message>
    <message>
        <source>&apos;--review-months&apos; needs a whole number, not &apos;%1&apos;.</source>
        <translation>&apos;--review-months&apos; necesita un número entero, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Added %1 “%2” with draft revision 1.</source>
        <translation>Se agregó %1 «%2» con la versión 1 en borrador.</translation>
    </message>
    <message>
        <source>%1 is in review; approve it or return it to draft before revising it again.</source>
        <translation>%1 está en revisión; apruébela o devuélvala a borrador antes de volver a modificarla.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %2: %n word(s) added</source>
        <translation>
            <numerusform>%1 (%2): %n palabra agregada</numerusform>
            <numerusform>%1 (%2): %n palabras agregadas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no draft to submit.</source>
        <translation>%1 no tiene ningún borrador que enviar.</translation>
    </message>
    <message>
        <source>%1 is in review.</source>
        <translation>%1 está en revisión.</translation>
    </message>
    <message>
        <source>%1 is a draft; submit it for review first (&apos;palisade-cli policy submit %2&apos;).</source>
        <translation>%1 es un borrador; envíelo primero a revisión (&apos;palisade-cli policy submit %2&apos;).</translation>
    </message>
    <message>
        <source>%1 has no revision in review.</source>
        <translation>%1 no tiene ninguna versión en revisión.</translation>
    </message>
    <message>
        <source>Approved as %1</source>
        <translation>Aprobado como %1</translation>
    </message>
    <message>
        <source>%1 is approved; put it into effect with &apos;palisade-cli policy make-effective %2 --date YYYY-MM-DD&apos;.</source>
        <translation>%1 está aprobada; póngala en vigor con &apos;palisade-cli policy make-effective %2 --date YYYY-MM-DD&apos;.</translation>
    </message>
    <message>
        <source>Recorded the approval of %1; still needed: %2.</source>
        <translation>Se registró la aprobación de %1; falta: %2.</translation>
    </message>
    <message>
        <source>%1 has no approved revision waiting to take effect.</source>
        <translation>%1 no tiene ninguna versión aprobada pendiente de entrar en vigor.</translation>
    </message>
    <message>
        <source>%1 takes effect on %2; revision %3 is superseded, %2 being its last day.</source>
        <translation>%1 entra en vigor el %2; la versión %3 queda reemplazada, con el %2 como su último día.</translation>
    </message>
    <message>
        <source>%1 takes effect on %2.</source>
        <translation>%1 entra en vigor el %2.</translation>
    </message>
    <message>
        <source>%1 is retired; its last day in effect is %2.</source>
        <translation>%1 está retirada; su último día en vigor es el %2.</translation>
    </message>
</context>
<context>
    <name>palisade::cli::PolicyLookup</name>
    <message>
        <source>There is no policy &apos;%1&apos;: the library is empty.</source>
        <translation>No hay ninguna política &apos;%1&apos;: la biblioteca está vacía.</translation>
    </message>
    <message>
        <source>There is no policy &apos;%1&apos;. &apos;palisade-cli policy list&apos; shows the codes.</source>
        <translation>No hay ninguna política &apos;%1&apos;. &apos;palisade-cli policy list&apos; muestra los códigos.</translation>
    </message>
    <message>
        <source>%1 has no revisions.</source>
        <translation>%1 no tiene versiones.</translation>
    </message>
    <message>
        <source>%1 has no revision %2; its revisions are numbered 1 to %3.</source>
        <translation>%1 no tiene la versión %2; sus versiones están numeradas del 1 al %3.</translation>
    </message>
</context>
<context>
    <name>palisade::cli::ProgramCommands</name>
    <message>
        <source>Create a new, encrypted program file</source>
        <translation>Crear un nuevo archivo del programa cifrado</translation>
    </message>
    <message>
        <source>Creates a new program file for an organization, encrypted with a passphrase of your choice. The officer who keeps the file is named with --actor. The passphrase must have at least %1 characters and must not be a common password or contain the organization&apos;s or officer&apos;s name; several unrelated words work well. On a terminal you are asked for it twice. An existing file is never overwritten.</source>
        <translation>Crea un nuevo archivo del programa para una organización, cifrado con una frase de contraseña de su elección. El funcionario a cargo del archivo se indica con --actor. La frase de contraseña debe tener al menos %1 caracteres y no puede ser una contraseña común ni contener el nombre de la organización o del funcionario; varias palabras sin relación entre sí funcionan bien. En una terminal se le pide dos veces. Nunca se sobrescribe un archivo existente.</translation>
    </message>
    <message>
        <source>The organization&apos;s name (required).</source>
        <translation>El nombre de la organización (obligatorio).</translation>
    </message>
    <message>
        <source>The officer&apos;s role: privacy, security or both (default: both).</source>
        <translation>El cargo del funcionario: privacy (privacidad), security (seguridad) o both (ambos) (predeterminado: both).</translation>
    </message>
    <message>
        <source>Check the file&apos;s encryption, structure and audit trail</source>
        <translation>Comprobar el cifrado, la estructura y el registro de auditoría del archivo</translation>
    </message>
    <message>
        <source>Opens the file read-only, without recording anything, and runs every check: the page authentication codes of the encryption, the database structure, references between records and the audit trail&apos;s hash chain. Each problem found is listed and the exit code is 3.</source>
        <translation>Abre el archivo en modo de solo lectura, sin registrar nada, y ejecuta todas las comprobaciones: los códigos de autenticación de página del cifrado, la estructura de la base de datos, las referencias entre registros y la cadena de hashes del registro de auditoría. Se enumera cada problema encontrado y el código de salida es 3.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Re-encrypts the file under a new passphrase, which must meet the same rules as at init. The current passphrase is read as usual; the new one comes from --new-passphrase-file, or on a terminal you are asked for it twice. Backups made earlier keep the passphrase they were made with.</source>
        <translation>Vuelve a cifrar el archivo con una nueva frase de contraseña, que debe cumplir las mismas reglas que en init. La frase de contraseña actual se lee como de costumbre; la nueva se toma de --new-passphrase-file o, en una terminal, se le pide dos veces. Las copias de seguridad hechas antes conservan la frase de contraseña con la que se hicieron.</translation>
    </message>
    <message>
        <source>Read the new passphrase from the first line of FILE.</source>
        <translation>Leer la nueva frase de contraseña de la primera línea de FILE.</translation>
    </message>
    <message>
        <source>Write an encrypted copy of the file</source>
        <translation>Escribir una copia cifrada del archivo</translation>
    </message>
    <message>
        <source>Writes a consistent, encrypted copy of the program file to a new file. The copy opens with the same passphrase. An existing file is never overwritten. The backup is recorded in the audit trail of the original.</source>
        <translation>Escribe una copia coherente y cifrada del archivo del programa en un archivo nuevo. La copia se abre con la misma frase de contraseña. Nunca se sobrescribe un archivo existente. La copia de seguridad queda anotada en el registro de auditoría del original.</translation>
    </message>
    <message>
        <source>Where to write the copy (required).</source>
        <translation>Dónde escribir la copia (obligatorio).</translation>
    </message>
    <message>
        <source>Unknown role &apos;%1&apos;; use privacy, security or both.</source>
        <translation>Cargo desconocido &apos;%1&apos;; use privacy, security o both.</translation>
    </message>
    <message>
        <source>A file already exists at this location; Palisade will not overwrite it.</source>
        <translation>Ya existe un archivo en esta ubicación; Palisade no lo sobrescribirá.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters. Several unrelated words work well. It cannot be recovered if it is lost.</source>
        <translation>Elija una frase de contraseña de al menos %1 caracteres. Varias palabras sin relación entre sí funcionan bien. Si se pierde, no se puede recuperar.</translation>
    </message>
    <message>
        <source>Passphrase for the new file: </source>
        <translation>Frase de contraseña para el nuevo archivo: </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Repita la frase de contraseña: </translation>
    </message>
    <message>
        <source>The passphrase was refused: %1</source>
        <translation>Se rechazó la frase de contraseña: %1</translation>
    </message>
    <message>
        <source>Created the program file %1 for %2, kept by %3 (%4).</source>
        <translation>Se creó el archivo del programa %1 para %2, a cargo de %3 (%4).</translation>
    </message>
    <message>
        <source>%1: all checks passed.</source>
        <translation>%1: se superaron todas las comprobaciones.</translation>
    </message>
    <message>
        <source>SQLCipher %1, schema version %2. Head hash: %3</source>
        <translation>SQLCipher %1, versión de esquema %2. Hash final: %3</translation>
    </message>
    <message>
        <source>%1: integrity failure.</source>
        <translation>%1: error de integridad.</translation>
    </message>
    <message>
        <source>The file was not changed. Restore it from a backup, and keep this copy for investigation.</source>
        <translation>El archivo no se modificó. Restáurelo desde una copia de seguridad y conserve esta copia para la investigación.</translation>
    </message>
    <message>
        <source>&apos;rekey&apos; needs --new-passphrase-file FILE when standard input is not a terminal. Run &apos;palisade-cli rekey --help&apos; for its options.</source>
        <translation>&apos;rekey&apos; necesita --new-passphrase-file FILE cuando la entrada estándar no es una terminal. Ejecute &apos;palisade-cli rekey --help&apos; para ver sus opciones.</translation>
    </message>
    <message>
        <source>Choose a new passphrase of at least %1 characters.</source>
        <translation>Elija una nueva frase de contraseña de al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nueva frase de contraseña: </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Repita la nueva frase de contraseña: </translation>
    </message>
    <message>
        <source>The new passphrase was refused: %1</source>
        <translation>Se rechazó la nueva frase de contraseña: %1</translation>
    </message>
    <message>
        <source>The passphrase was changed. Backups made before keep the old one.</source>
        <translation>Se cambió la frase de contraseña. Las copias de seguridad anteriores conservan la antigua.</translation>
    </message>
    <message>
        <source>A file already exists at the backup location; it was not overwritten.</source>
        <translation>Ya existe un archivo en la ubicación de la copia de seguridad; no se sobrescribió.</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2 audit events). It opens with the current passphrase.</source>
        <translation>Copia de seguridad escrita en %1 (%2 eventos de auditoría). Se abre con la frase de contraseña actual.</translation>
    </message>
</context>
<context>
    <name>palisade::cli::RetentionCommands</name>
    <message>
        <source>every %1</source>
        <translation>cada %1</translation>
    </message>
    <message>
        <source>Show how long each kind of record is kept</source>
        <translation>Mostrar cuánto tiempo se conserva cada tipo de registro</translation>
    </message>
    <message>
        <source>Lists the retention rule of every record type: what makes it a record, the dates its six years count from, and the regulation. No program file is needed.</source>
        <translation>Enumera la regla de conservación de cada tipo de registro: qué lo convierte en registro, las fechas desde las que se cuentan sus seis años y la norma aplicable. No se necesita ningún archivo del programa.</translation>
    </message>
    <message>
        <source>Show where every record stands in its retention</source>
        <translation>Mostrar la situación de conservación de cada registro</translation>
    </message>
    <message>
        <source>Lists every record with the day it was created, the last day it was in effect, the day it must be kept until (six years after the later of the two) and its status as of --as-of: draft (may be deleted), in effect, retained, eligible for disposal, or on legal hold. The file is opened read-only.</source>
        <translation>Enumera cada registro con el día en que se creó, el último día en que estuvo en vigor, el día hasta el que debe conservarse (seis años después de la más tardía de ambas fechas) y su estado a la fecha de --as-of: borrador (se puede eliminar), en vigor, conservado, apto para destrucción o en retención legal. El archivo se abre en modo de solo lectura.</translation>
    </message>
    <message>
        <source>Look from this day instead of today.</source>
        <translation>Calcular a partir de este día en lugar de hoy.</translation>
    </message>
    <message>
        <source>Only records with this status.</source>
        <translation>Solo los registros con este estado.</translation>
    </message>
    <message>
        <source>List the legal holds</source>
        <translation>Enumerar las retenciones legales</translation>
    </message>
    <message>
        <source>Lists the active legal holds, or with --all the released ones too. The file is opened read-only.</source>
        <translation>Enumera las retenciones legales activas o, con --all, también las levantadas. El archivo se abre en modo de solo lectura.</translation>
    </message>
    <message>
        <source>Include released holds.</source>
        <translation>Incluir las retenciones levantadas.</translation>
    </message>
    <message>
        <source>Place a legal hold</source>
        <translation>Aplicar una retención legal</translation>
    </message>
    <message>
        <source>Keeps one record (--type and --record) or every record of a type (--type alone) from deletion and disposal, however old, until the hold is released.</source>
        <translation>Protege un registro (--type y --record) o todos los registros de un tipo (solo --type) contra la eliminación y la destrucción, por antiguos que sean, hasta que se levante la retención.</translation>
    </message>
    <message>
        <source>The kind of record (required).</source>
        <translation>El tipo de registro (obligatorio).</translation>
    </message>
    <message>
        <source>The record&apos;s number; without it the hold covers every record of the type.</source>
        <translation>El número del registro; sin él, la retención abarca todos los registros del tipo.</translation>
    </message>
    <message>
        <source>Why, e.g. the matter it is kept for (required).</source>
        <translation>Por qué, p. ej., el asunto para el que se conserva (obligatorio).</translation>
    </message>
    <message>
        <source>Release a legal hold</source>
        <translation>Levantar una retención legal</translation>
    </message>
    <message>
        <source>Ends the legal hold numbered HOLD (&apos;retention holds&apos; lists them). The records it kept fall back under their retention period.</source>
        <translation>Da por terminada la retención legal con el número HOLD (&apos;retention holds&apos; las enumera). Los registros que protegía vuelven a regirse por su plazo de conservación.</translation>
    </message>
    <message>
        <source>Why it ends (required).</source>
        <translation>Por qué termina (obligatorio).</translation>
    </message>
    <message>
        <source>Dispose of the records past their retention period</source>
        <translation>Destruir los registros cuyo plazo de conservación ha vencido</translation>
    </message>
    <message>
        <source>Dispose of what is eligible on this day (default: today).</source>
        <translation>Destruir lo que sea apto en este día (predeterminado: hoy).</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>No pedir confirmación.</translation>
    </message>
    <message>
        <source>Show the disposal log</source>
        <translation>Mostrar la bitácora de destrucción</translation>
    </message>
    <message>
        <source>Lists every record disposed of: when, by whom, its retain-until date and the SHA-256 of its content. The file is opened read-only.</source>
        <translation>Enumera cada registro destruido: cuándo, por quién, su fecha límite de conservación y el SHA-256 de su contenido. El archivo se abre en modo de solo lectura.</translation>
    </message>
    <message>
        <source>  A record: %1</source>
        <translation>  Es un registro: %1</translation>
    </message>
    <message>
        <source>  Created: %1</source>
        <translation>  Creación: %1</translation>
    </message>
    <message>
        <source>  Last in effect: %1</source>
        <translation>  Último día en vigor: %1</translation>
    </message>
    <message>
        <source>  Never disposed of by Palisade.</source>
        <translation>  Palisade nunca lo destruye.</translation>
    </message>
    <message>
        <source>Unknown status &apos;%1&apos;.</source>
        <translation>Estado desconocido &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>RECORD</source>
        <translation>REGISTRO</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREACIÓN</translation>
    </message>
    <message>
        <source>LAST IN EFFECT</source>
        <translation>ÚLTIMO DÍA EN VIGOR</translation>
    </message>
    <message>
        <source>KEEP UNTIL</source>
        <translation>CONSERVAR HASTA</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>in effect</source>
        <translation>en vigor</translation>
    </message>
    <message>
        <source>No records as of %1.</source>
        <translation>No hay registros al %1.</translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation>%1: %L2</translation>
    </message>
    <message>
        <source>As of %1. %2.</source>
        <translation>Al %1. %2.</translation>
    </message>
    <message>
        <source>No legal holds.</source>
        <translation>No hay retenciones legales.</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>RETENCIÓN</translation>
    </message>
    <message>
        <source>COVERS</source>
        <translation>ABARCA</translation>
    </message>
    <message>
        <source>PLACED</source>
        <translation>APLICADA</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>AUTOR</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>MOTIVO</translation>
    </message>
    <message>
        <source>RELEASED</source>
        <translation>LEVANTADA</translation>
    </message>
    <message>
        <source>Unknown record type &apos;%1&apos;; use %2.</source>
        <translation>Tipo de registro desconocido &apos;%1&apos;; use %2.</translation>
    </message>
    <message>
        <source>&apos;--record&apos; needs a record number, not &apos;%1&apos;.</source>
        <translation>&apos;--record&apos; necesita un número de registro, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Legal hold %1 placed on %2.</source>
        <translation>Se aplicó la retención legal %1 a %2.</translation>
    </message>
    <message>
        <source>HOLD is the number of a legal hold, not &apos;%1&apos;.</source>
        <translation>HOLD es el número de una retención legal, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Legal hold %1 on %2 released.</source>
        <translation>Se levantó la retención legal %1 sobre %2.</translation>
    </message>
    <message>
        <source>Records are disposed of only once their time has come: &apos;--as-of&apos; cannot be later than today (%1).</source>
        <translation>Los registros solo se destruyen cuando llega su momento: &apos;--as-of&apos; no puede ser posterior a hoy (%1).</translation>
    </message>
    <message>
        <source>Standard input is not a terminal, so nobody can confirm; add --yes to dispose without a question.</source>
        <translation>La entrada estándar no es una terminal, así que nadie puede confirmar; agregue --yes para destruir sin preguntar.</translation>
    </message>
    <message>
        <source>Nothing is eligible for disposal as of %1.</source>
        <translation>No hay nada apto para destrucción al %1.</translation>
    </message>
    <message>
        <source>  %1 (kept until %2)</source>
        <translation>  %1 (conservado hasta el %2)</translation>
    </message>
    <message numerus="yes">
        <source>Dispose of these %n record(s)? Their content is destroyed. Type yes to go on:</source>
        <translation>
            <numerusform>¿Destruir %n registro? Su contenido se perderá definitivamente. Escriba yes para continuar:</numerusform>
            <numerusform>¿Destruir estos %n registros? Su contenido se perderá definitivamente. Escriba yes para continuar:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was disposed of.</source>
        <translation>No se destruyó nada.</translation>
    </message>
    <message>
        <source>Not disposed of: %1: %2</source>
        <translation>No se destruyó: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Disposed of %n record(s); the disposal log and the audit trail keep their tombstones.</source>
        <translation>
            <numerusform>Se destruyó %n registro; la bitácora de destrucción y el registro de auditoría conservan su constancia.</numerusform>
            <numerusform>Se destruyeron %n registros; la bitácora de destrucción y el registro de auditoría conservan sus constancias.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been disposed of.</source>
        <translation>Todavía no se ha destruido nada.</translation>
    </message>
    <message>
        <source>DISPOSED</source>
        <translation>DESTRUIDO</translation>
    </message>
    <message>
        <source>KEPT UNTIL</source>
        <translation>CONSERVADO HASTA</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Destroys every record eligible for disposal on --as-of (today or earlier): its content is deleted and overwritten in the file, its earlier states are redacted from the audit trail, and the trail keeps a tombstone with the SHA-256 of what was destroyed. Lists the records and asks for confirmation first, unless --yes is given. Records on legal hold are never disposed of.</source>
        <translation>Destruye todos los registros que pueden destruirse en la fecha de --as-of (hoy o antes): su contenido se borra y se sobrescribe en el archivo, sus estados anteriores se eliminan del registro de auditoría y este conserva una lápida con el SHA-256 de lo destruido. Primero enumera los registros y pide confirmación, salvo con --yes. Los registros con retención legal nunca se destruyen.</translation>
    </message>
</context>
<context>
    <name>palisade::cli::RiskCommands</name>
    <message>
        <source>List the risks of the risk register</source>
        <translation>Enumerar los riesgos del registro de riesgos</translation>
    </message>
    <message>
        <source>Lists the risks with their reference, title, owner, status, inherent and residual level and due date, or with --json every field of each risk. The file is opened read-only. With --as-of the register is shown as it stood at the end of that day, rebuilt from the audit trail.</source>
        <translation>Enumera los riesgos con su referencia, título, responsable, estado, nivel inherente y residual y fecha límite o, con --json, todos los campos de cada riesgo. El archivo se abre en modo de solo lectura. Con --as-of, el registro se muestra tal como estaba al final de ese día, reconstruido a partir del registro de auditoría.</translation>
    </message>
    <message>
        <source>Show the register as it stood at the end of this day.</source>
        <translation>Mostrar el registro tal como estaba al final de este día.</translation>
    </message>
    <message>
        <source>Only risks with this status: identified, in_remediation, accepted or closed.</source>
        <translation>Solo los riesgos con este estado: identified, in_remediation, accepted o closed.</translation>
    </message>
    <message>
        <source>Add the risks of a CSV file to the register</source>
        <translation>Agregar al registro los riesgos de un archivo CSV</translation>
    </message>
    <message>
        <source>Reads risks from a CSV file (UTF-8; the columns are described in docs/csv-import.md) and adds them all in one step. Every row is checked first: if any row is wrong, nothing is added, each problem is listed with its line number and the exit code is 4. Assets are named in the assets column and must already exist.</source>
        <translation>Lee riesgos de un archivo CSV (UTF-8; las columnas se describen en docs/csv-import.md) y los agrega todos en un solo paso. Primero se comprueba cada fila: si alguna es incorrecta, no se agrega nada, se enumera cada problema con su número de línea y el código de salida es 4. Los activos se indican en la columna assets y deben existir previamente.</translation>
    </message>
    <message>
        <source>Write the risk register to a CSV or XLSX file</source>
        <translation>Escribir el registro de riesgos en un archivo CSV o XLSX</translation>
    </message>
    <message>
        <source>Writes every risk with all its fields, its inherent and residual level and its number of open tasks. A CSV export can be imported again; an XLSX export has real dates. The file is opened read-only. An existing file is left alone (exit code 5) unless --replace is given.</source>
        <translation>Escribe cada riesgo con todos sus campos, su nivel inherente y residual y su número de tareas abiertas. Una exportación CSV se puede volver a importar; una exportación XLSX contiene fechas reales. El archivo se abre en modo de solo lectura. Un archivo existente no se toca (código de salida 5) a menos que se indique --replace.</translation>
    </message>
    <message>
        <source>The file format (required).</source>
        <translation>El formato del archivo (obligatorio).</translation>
    </message>
    <message>
        <source>Where to write the file (required).</source>
        <translation>Dónde escribir el archivo (obligatorio).</translation>
    </message>
    <message>
        <source>Replace FILE if it already exists.</source>
        <translation>Reemplazar FILE si ya existe.</translation>
    </message>
    <message>
        <source>Export the register as it stood at the end of this day.</source>
        <translation>Exportar el registro tal como estaba al final de este día.</translation>
    </message>
    <message>
        <source>&apos;--as-of&apos; needs a date as YYYY-MM-DD, not &apos;%1&apos;.</source>
        <translation>&apos;--as-of&apos; necesita una fecha con el formato AAAA-MM-DD, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown status &apos;%1&apos;; use identified, in_remediation, accepted or closed.</source>
        <translation>Estado desconocido &apos;%1&apos;; use identified, in_remediation, accepted o closed.</translation>
    </message>
    <message>
        <source>The risk register as it stood at the end of %1.</source>
        <translation>El registro de riesgos tal como estaba al final del %1.</translation>
    </message>
    <message>
        <source>No risks.</source>
        <translation>No hay riesgos.</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>RESPONSABLE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>INHERENT</source>
        <translation>INHERENTE</translation>
    </message>
    <message>
        <source>RESIDUAL</source>
        <translation>RESIDUAL</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>VENCE</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n risk(s) from %1: %2.</source>
        <translation>
            <numerusform>Se importó %n riesgo de %1: %2.</numerusform>
            <numerusform>Se importaron %n riesgos de %1: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n risk(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n riesgo a %1.</numerusform>
            <numerusform>Se exportaron %n riesgos a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::cli::TableFileCommand</name>
    <message>
        <source>There is no file to import at this location.</source>
        <translation>No hay ningún archivo para importar en esta ubicación.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use csv or xlsx.</source>
        <translation>Formato desconocido &apos;%1&apos;; use csv o xlsx.</translation>
    </message>
</context>
<context>
    <name>palisade::cli::TrainingCommands</name>
    <message>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <source>There is no saved mapping named &quot;%1&quot;.</source>
        <translation>No hay ninguna correspondencia de columnas guardada llamada «%1».</translation>
    </message>
    <message>
        <source>The mapping &quot;%1&quot; is for %2, not for %3.</source>
        <translation>La correspondencia de columnas «%1» es para %2, no para %3.</translation>
    </message>
    <message>
        <source>Note: this file was imported before, on %1 by %2.</source>
        <translation>Nota: este archivo ya se importó el %1, por %2.</translation>
    </message>
    <message>
        <source>&apos;--%1&apos; needs a whole number from %2 to %3, not &apos;%4&apos;.</source>
        <translation>&apos;--%1&apos; necesita un número entero de %2 a %3, no &apos;%4&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n person(s) from %1: %2 added, %3 updated, %4 unchanged.</source>
        <translation>
            <numerusform>Se importó %n persona de %1: %2 agregadas, %3 actualizadas, %4 sin cambios.</numerusform>
            <numerusform>Se importaron %n personas de %1: %2 agregadas, %3 actualizadas, %4 sin cambios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n completion(s) from %1: %2 added, %3 already on file.</source>
        <translation>
            <numerusform>Se leyó %n curso completado de %1: %2 agregados, %3 ya registrados.</numerusform>
            <numerusform>Se leyeron %n cursos completados de %1: %2 agregados, %3 ya registrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown kind &apos;%1&apos;; use %2.</source>
        <translation>Tipo desconocido &apos;%1&apos;; use %2.</translation>
    </message>
    <message>
        <source>Unknown cadence &apos;%1&apos;; use at-hire, every-months or on-policy-change.</source>
        <translation>Periodicidad desconocida &apos;%1&apos;; use at-hire, every-months u on-policy-change.</translation>
    </message>
    <message>
        <source>&apos;--months&apos; goes with &apos;--cadence every-months&apos; only.</source>
        <translation>&apos;--months&apos; solo se usa con &apos;--cadence every-months&apos;.</translation>
    </message>
    <message>
        <source>Added the course %1.</source>
        <translation>Se agregó el curso %1.</translation>
    </message>
    <message>
        <source>&apos;--save&apos; needs the source to save it for: --source NAME.</source>
        <translation>&apos;--save&apos; necesita el origen para el que se guarda: --source NOMBRE.</translation>
    </message>
    <message>
        <source>&apos;--save&apos; needs the program file: --db FILE.</source>
        <translation>&apos;--save&apos; necesita el archivo del programa: --db ARCHIVO.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>El archivo está vacío: no tiene fila de encabezado.</translation>
    </message>
    <message>
        <source>Unknown kind &apos;%1&apos;; use people or completions.</source>
        <translation>Tipo desconocido &apos;%1&apos;; use people o completions.</translation>
    </message>
    <message>
        <source>The header row shows neither a course column (completions) nor a hire date column (people); say which the file holds with --kind people or --kind completions.</source>
        <translation>La fila de encabezado no muestra ni una columna de curso (cursos completados) ni una columna de fecha de contratación (personas); indique qué contiene el archivo con --kind people o --kind completions.</translation>
    </message>
    <message>
        <source>Not saved: no column was found for %1.</source>
        <translation>No se guardó: no se encontró ninguna columna para %1.</translation>
    </message>
    <message>
        <source>Saved the mapping for %1.</source>
        <translation>Se guardó la correspondencia de columnas de %1.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
    </message>
    <message>
        <source>No column was found for %1; rename the file&apos;s columns or map them in Palisade.</source>
        <translation>No se encontró ninguna columna para %1; cambie el nombre de las columnas del archivo o asígnelas en Palisade.</translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>cada %n mes</numerusform>
            <numerusform>cada %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>Look from this day instead of today.</source>
        <translation>Calcular a partir de este día en lugar de hoy.</translation>
    </message>
    <message>
        <source>Where the file comes from, e.g. &quot;KnowBe4 export&quot;; recorded with the import. The mapping saved for this source, if any, reads the columns (default: the mapping&apos;s name, else &quot;CSV file&quot;).</source>
        <translation>De dónde procede el archivo, p. ej., «Exportación de KnowBe4»; se registra con la importación. La correspondencia de columnas guardada para este origen, si existe, lee las columnas (predeterminado: el nombre de la correspondencia o, si no, «Archivo CSV»).</translation>
    </message>
    <message>
        <source>Read the columns through the mapping saved for this source (exit code 4 when there is none). Without it, the columns have their canonical names.</source>
        <translation>Leer las columnas mediante la correspondencia guardada para este origen (código de salida 4 si no existe). Sin ella, las columnas tienen sus nombres canónicos.</translation>
    </message>
    <message>
        <source>List the workforce</source>
        <translation>Enumerar el personal</translation>
    </message>
    <message>
        <source>Lists every person by name with their employee ID, department, roles, status, hire date and PHI access date, or with --json every field. The file is opened read-only.</source>
        <translation>Enumera a cada persona por nombre con su ID de empleado, departamento, funciones, estado, fecha de contratación y fecha de acceso a PHI, o con --json todos los campos. El archivo se abre en modo de solo lectura.</translation>
    </message>
    <message>
        <source>List the training courses</source>
        <translation>Enumerar los cursos de capacitación</translation>
    </message>
    <message>
        <source>Lists every course by title with its kind, when it falls due, the roles it applies to (everyone when none), its passing score and whether it is retired, or with --json every field. The file is opened read-only.</source>
        <translation>Enumera cada curso por título con su tipo, cuándo vence, las funciones a las que se aplica (todos si no hay ninguna), su puntuación mínima y si está retirado, o con --json todos los campos. El archivo se abre en modo de solo lectura.</translation>
    </message>
    <message>
        <source>Add a training course</source>
        <translation>Agregar un curso de capacitación</translation>
    </message>
    <message>
        <source>Adds a course. --kind is one of hipaa_onboarding, annual_refresher, security_awareness, phishing, role_based or policy_change_briefing; --cadence is at_hire (due at the PHI access start or hire date), every_months (again every --months months) or on_policy_change (within 30 days of a policy revision taking effect). Dashes work as well as underscores. A rule violation (a title in use, an unknown role) gives exit code 4.</source>
        <translation>Agrega un curso. --kind es hipaa_onboarding, annual_refresher, security_awareness, phishing, role_based o policy_change_briefing; --cadence es at_hire (vence en la fecha de inicio del acceso a PHI o de contratación), every_months (de nuevo cada --months meses) u on_policy_change (en los 30 días siguientes a la entrada en vigor de una versión de política). Los guiones sirven igual que los guiones bajos. Una infracción de las reglas (un título en uso, una función desconocida) da el código de salida 4.</translation>
    </message>
    <message>
        <source>The course title, unique regardless of case (required).</source>
        <translation>El título del curso, único sin distinguir mayúsculas (obligatorio).</translation>
    </message>
    <message>
        <source>What the course is for (required).</source>
        <translation>Para qué sirve el curso (obligatorio).</translation>
    </message>
    <message>
        <source>When it falls due (required).</source>
        <translation>Cuándo vence (obligatorio).</translation>
    </message>
    <message>
        <source>For every-months: how many months apart (default: 12).</source>
        <translation>Para every-months: cuántos meses de intervalo (predeterminado: 12).</translation>
    </message>
    <message>
        <source>The roles it applies to, by key or label, separated by commas (default: everyone).</source>
        <translation>Las funciones a las que se aplica, por clave o etiqueta, separadas por comas (predeterminado: todos).</translation>
    </message>
    <message>
        <source>The score, 0 to 100, a completion must reach to count.</source>
        <translation>La puntuación, de 0 a 100, que debe alcanzar un curso completado para contar.</translation>
    </message>
    <message>
        <source>How long a completion counts before it expires.</source>
        <translation>Cuánto tiempo cuenta un curso completado antes de caducar.</translation>
    </message>
    <message>
        <source>Add or update the workforce from a CSV file</source>
        <translation>Agregar o actualizar el personal desde un archivo CSV</translation>
    </message>
    <message>
        <source>Reads people from a CSV file (UTF-8; the columns are described in docs/csv-import.md) and matches them by employee ID: a new ID adds a person, a known one updates that person, an identical row changes nothing. Every row is checked first: if any row is wrong, nothing is written, each problem is listed with its line number and the exit code is 4. A file that cannot be read gives exit code 5.</source>
        <translation>Lee personas de un archivo CSV (UTF-8; las columnas se describen en docs/csv-import.md) y las identifica por ID de empleado: un ID nuevo agrega una persona, uno conocido actualiza a esa persona y una fila idéntica no cambia nada. Primero se comprueba cada fila: si alguna es incorrecta, no se escribe nada, se enumera cada problema con su número de línea y el código de salida es 4. Un archivo que no se puede leer da el código de salida 5.</translation>
    </message>
    <message>
        <source>Add training completions from a learning-management export</source>
        <translation>Agregar cursos completados desde una exportación del sistema de gestión del aprendizaje</translation>
    </message>
    <message>
        <source>Reads completions from a CSV file (UTF-8; the columns are described in docs/csv-import.md). The person is found by employee ID and the course by title; both must be in the program already. Rows already on file (same person, course and date) are skipped, so importing the same file twice adds nothing the second time. Every row is checked first: if any row is wrong, nothing is written, each problem is listed with its line number and the exit code is 4.</source>
        <translation>Lee cursos completados de un archivo CSV (UTF-8; las columnas se describen en docs/csv-import.md). La persona se busca por ID de empleado y el curso por título; ambos deben estar ya en el programa. Las filas ya registradas (misma persona, curso y fecha) se omiten, por lo que importar dos veces el mismo archivo no agrega nada la segunda vez. Primero se comprueba cada fila: si alguna es incorrecta, no se escribe nada, se enumera cada problema con su número de línea y el código de salida es 4.</translation>
    </message>
    <message>
        <source>Show how the columns of a CSV file would be read</source>
        <translation>Mostrar cómo se leerían las columnas de un archivo CSV</translation>
    </message>
    <message>
        <source>Reads the header row of FILE and proposes which column holds each field of a people or completions import: columns named like the field, else usual names of learning-management exports (&quot;Emp #&quot;, &quot;Date Completed&quot;, &quot;Course Title&quot;...). With --save and --source NAME the proposal is saved as the mapping of that source, so that &apos;import-completions --mapping NAME&apos; reads such files. Without --save no program file is needed.</source>
        <translation>Lee la fila de encabezado de ARCHIVO y propone qué columna contiene cada campo de una importación de personas o de cursos completados: columnas con el nombre del campo o, si no, nombres habituales de las exportaciones de sistemas de gestión del aprendizaje («Emp #», «Date Completed», «Course Title»...). Con --save y --source NOMBRE, la propuesta se guarda como correspondencia de columnas de ese origen, para que &apos;import-completions --mapping NOMBRE&apos; lea esos archivos. Sin --save no se necesita ningún archivo del programa.</translation>
    </message>
    <message>
        <source>What the file holds (default: told by the header row).</source>
        <translation>Qué contiene el archivo (predeterminado: lo indica la fila de encabezado).</translation>
    </message>
    <message>
        <source>The source to save the mapping for.</source>
        <translation>El origen para el que se guarda la correspondencia de columnas.</translation>
    </message>
    <message>
        <source>Save the proposal as the source&apos;s mapping.</source>
        <translation>Guardar la propuesta como correspondencia de columnas del origen.</translation>
    </message>
    <message>
        <source>Show who is overdue or due soon for training</source>
        <translation>Mostrar quién tiene capacitación vencida o que vence pronto</translation>
    </message>
    <message>
        <source>Lists each person and course that is overdue or due within 30 days, overdue first, with the state, the last counting completion, the due date and the days overdue; with --all every course that applies to each person. --json prints a JSON array. The exit code is 0 whether or not anything is due. The file is opened read-only.</source>
        <translation>Enumera cada persona y curso vencido o que vence en 30 días o menos, primero los vencidos, con la situación, el último curso completado que cuenta, la fecha de vencimiento y los días de retraso; con --all, todos los cursos que se aplican a cada persona. --json imprime una matriz JSON. El código de salida es 0 tanto si hay algo pendiente como si no. El archivo se abre en modo de solo lectura.</translation>
    </message>
    <message>
        <source>Every applicable course, whatever its state.</source>
        <translation>Todos los cursos aplicables, sea cual sea su situación.</translation>
    </message>
    <message>
        <source>Write the training matrix to a CSV or XLSX file</source>
        <translation>Escribir la matriz de capacitación en un archivo CSV o XLSX</translation>
    </message>
    <message>
        <source>Writes one row per person on the workforce on the day, with name, employee ID and department, and one entry per course in use: its state and the date that goes with it (last completion, or due date). The CSV file has one column per course (&quot;Overdue (due 2026-03-01)&quot;); the XLSX file has a state column and a real date column per course. The file is opened read-only. An existing file is left alone (exit code 5) unless --replace is given.</source>
        <translation>Escribe una fila por cada persona del personal en ese día, con nombre, ID de empleado y departamento, y una entrada por cada curso en uso: su situación y la fecha correspondiente (último curso completado o fecha de vencimiento). El archivo CSV tiene una columna por curso («Vencido (vence el 2026-03-01)»); el archivo XLSX tiene una columna de situación y una columna de fecha real por curso. El archivo se abre en modo de solo lectura. Un archivo existente no se toca (código de salida 5) a menos que se indique --replace.</translation>
    </message>
    <message>
        <source>The file format (required).</source>
        <translation>El formato del archivo (obligatorio).</translation>
    </message>
    <message>
        <source>Where to write the file (required).</source>
        <translation>Dónde escribir el archivo (obligatorio).</translation>
    </message>
    <message>
        <source>Replace FILE if it already exists.</source>
        <translation>Reemplazar FILE si ya existe.</translation>
    </message>
    <message>
        <source>No people.</source>
        <translation>No hay personas.</translation>
    </message>
    <message>
        <source>EMPLOYEE ID</source>
        <translation>ID DE EMPLEADO</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>DEPARTMENT</source>
        <translation>DEPARTAMENTO</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>FUNCIONES</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>HIRED</source>
        <translation>CONTRATACIÓN</translation>
    </message>
    <message>
        <source>PHI ACCESS</source>
        <translation>ACCESO A PHI</translation>
    </message>
    <message>
        <source>No courses.</source>
        <translation>No hay cursos.</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>VENCE</translation>
    </message>
    <message>
        <source>PASSING SCORE</source>
        <translation>PUNTUACIÓN MÍNIMA</translation>
    </message>
    <message>
        <source>RETIRED</source>
        <translation>RETIRADO</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>No training is overdue or due soon as of %1.</source>
        <translation>No hay capacitación vencida ni que venza pronto al %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue as of %1.</source>
        <translation>
            <numerusform>%n vencido al %1.</numerusform>
            <numerusform>%n vencidos al %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>PERSON</source>
        <translation>PERSONA</translation>
    </message>
    <message>
        <source>COURSE</source>
        <translation>CURSO</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>SITUACIÓN</translation>
    </message>
    <message>
        <source>LAST COMPLETION</source>
        <translation>ÚLTIMO COMPLETADO</translation>
    </message>
    <message>
        <source>NEXT DUE</source>
        <translation>PRÓXIMO VENCIMIENTO</translation>
    </message>
    <message>
        <source>DAYS OVERDUE</source>
        <translation>DÍAS DE RETRASO</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the training matrix as of %1 (%n person(s), %2 course(s)) to %3.</source>
        <translation>
            <numerusform>Se escribió la matriz de capacitación al %1 (%n persona, %2 curso(s)) en %3.</numerusform>
            <numerusform>Se escribió la matriz de capacitación al %1 (%n personas, %2 curso(s)) en %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::AcknowledgmentDialog</name>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>Record Acknowledgment — %1</source>
        <translation>Registrar confirmación de lectura — %1</translation>
    </message>
    <message numerus="yes">
        <source>Record that %n person(s) read and acknowledged %1:</source>
        <translation>
            <numerusform>Registrar que %n persona leyó y confirmó la lectura de %1:</numerusform>
            <numerusform>Registrar que %n personas leyeron y confirmaron la lectura de %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Acknowledged on:</source>
        <translation>&amp;Confirmado el:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>palisade::ui::AcknowledgmentStatusModel</name>
    <message>
        <source>%1 (has left)</source>
        <translation>%1 (ya no está)</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Aún no</translation>
    </message>
    <message>
        <source>Recorded by %1</source>
        <translation>Registrado por %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Confirmado</translation>
    </message>
</context>
<context>
    <name>palisade::ui::AgreementDatesTab</name>
    <message>
        <source>&amp;Evergreen: runs until terminated</source>
        <translation>&amp;Indefinido: vigente hasta su rescisión</translation>
    </message>
    <message>
        <source>&amp;Mark Reviewed Today</source>
        <translation>&amp;Marcar como revisado hoy</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Aún sin firmar</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>No expiration date</source>
        <translation>Sin fecha de vencimiento</translation>
    </message>
    <message>
        <source>e.g. Renews automatically for one year unless either side gives 90 days&apos; notice</source>
        <translation>p. ej., Se renueva automáticamente por un año salvo que alguna de las partes avise con 90 días de antelación</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Review every, in months</source>
        <translation>Revisar cada, en meses</translation>
    </message>
    <message>
        <source>Never reviewed</source>
        <translation>Nunca revisado</translation>
    </message>
    <message>
        <source>Schedule from the cadence</source>
        <translation>Programar según la periodicidad</translation>
    </message>
    <message>
        <source>Record that you reviewed the agreement today and schedule the next review a cadence later</source>
        <translation>Registrar que revisó el acuerdo hoy y programar la próxima revisión un período después</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>&amp;Firmado el:</translation>
    </message>
    <message>
        <source>E&amp;ffective on:</source>
        <translation>En vigor &amp;desde:</translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation>&amp;Vence el:</translation>
    </message>
    <message>
        <source>&amp;Renewal terms:</source>
        <translation>Condiciones de &amp;renovación:</translation>
    </message>
    <message>
        <source>Review &amp;every:</source>
        <translation>Revisar &amp;cada:</translation>
    </message>
    <message>
        <source>&amp;Next review:</source>
        <translation>&amp;Próxima revisión:</translation>
    </message>
    <message>
        <source>&amp;Last reviewed:</source>
        <translation>Ú&amp;ltima revisión:</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Vigencia</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Left to schedule itself, the next review falls one cadence after the last review, or after the effective date, when you save.</source>
        <translation>Si la deja sin fecha, al guardar, la próxima revisión se programa un período después de la última revisión o, si no la hay, de la fecha de entrada en vigor.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservación</translation>
    </message>
</context>
<context>
    <name>palisade::ui::AgreementDocumentModel</name>
    <message>
        <source>SHA-256: %1
Checked every time the document is opened.</source>
        <translation>SHA-256: %1
Se comprueba cada vez que se abre el documento.</translation>
    </message>
    <message>
        <source>%L1 bytes</source>
        <translation>%L1 bytes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Autor</translation>
    </message>
</context>
<context>
    <name>palisade::ui::AgreementDocumentsTab</name>
    <message>
        <source>Save the Agreement &amp;Now</source>
        <translation>Guardar el acuerdo &amp;ahora</translation>
    </message>
    <message>
        <source>&amp;Attach PDF…</source>
        <translation>Ad&amp;juntar PDF…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Save the agreement first to attach its signed PDF. The PDF is kept inside this encrypted file with its SHA-256, and its text becomes searchable from the Vendors page.</source>
        <translation>Guarde primero el acuerdo para adjuntar su PDF firmado. El PDF se guarda dentro de este archivo cifrado con su SHA-256, y su texto se puede buscar desde la página Proveedores y BAA.</translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation>Documentos adjuntos</translation>
    </message>
    <message>
        <source>No document yet. Attach the signed agreement as a PDF; amendments can be added later.</source>
        <translation>Aún no hay documentos. Adjunte el acuerdo firmado como PDF; las enmiendas se pueden agregar más adelante.</translation>
    </message>
    <message>
        <source>Kind of document to attach</source>
        <translation>Tipo de documento que se adjuntará</translation>
    </message>
    <message>
        <source>Attach &amp;as:</source>
        <translation>Adjuntar co&amp;mo:</translation>
    </message>
    <message>
        <source>Write a decrypted copy of the selected PDF to disk; the audit trail records where</source>
        <translation>Escribir en el disco una copia descifrada del PDF seleccionado; el registro de auditoría anota dónde</translation>
    </message>
    <message>
        <source>The documents could not be read: %1</source>
        <translation>No se pudieron leer los documentos: %1</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>No se puede mostrar %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB and was not attached.</source>
        <translation>%1 ocupa más de %2 MB y no se adjuntó.</translation>
    </message>
    <message>
        <source>The PDF was not attached. %1</source>
        <translation>No se adjuntó el PDF. %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is attached (%n page(s)); its text is now searchable.</source>
        <translation>
            <numerusform>Se adjuntó %1 (%n página); ya se puede buscar en su texto.</numerusform>
            <numerusform>Se adjuntó %1 (%n páginas); ya se puede buscar en su texto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach Signed Agreement</source>
        <translation>Adjuntar acuerdo firmado</translation>
    </message>
    <message>
        <source>Delete Document</source>
        <translation>Eliminar documento</translation>
    </message>
    <message>
        <source>Delete %1 from this file? The audit trail keeps a record that it was attached and deleted.</source>
        <translation>¿Eliminar %1 de este archivo? El registro de auditoría conserva constancia de que se adjuntó y se eliminó.</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>Se eliminó %1.</translation>
    </message>
    <message>
        <source>The documents of a signed agreement are kept with it</source>
        <translation>Los documentos de un acuerdo firmado se conservan con él</translation>
    </message>
    <message>
        <source>Delete the selected document</source>
        <translation>Eliminar el documento seleccionado</translation>
    </message>
</context>
<context>
    <name>palisade::ui::AgreementEditorDialog</name>
    <message>
        <source>The agreement could not be read: %1</source>
        <translation>No se pudo leer el acuerdo: %1</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Dates &amp;&amp; Review</source>
        <translation>Fechas y revisión</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <source>Termination</source>
        <translation>Rescisión</translation>
    </message>
    <message>
        <source>Required Provisions</source>
        <translation>Disposiciones obligatorias</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Save the agreement (Ctrl+S)</source>
        <translation>Guardar el acuerdo (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the agreement first</source>
        <translation>Guarde primero el acuerdo</translation>
    </message>
    <message>
        <source>Only a signed agreement is reviewed; save it as Active first</source>
        <translation>Solo se revisa un acuerdo firmado; guárdelo primero como Activo</translation>
    </message>
    <message>
        <source>The history starts when the agreement is saved.</source>
        <translation>El historial empieza cuando se guarda el acuerdo.</translation>
    </message>
    <message>
        <source>New Agreement</source>
        <translation>Nuevo acuerdo</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>To save this agreement:
%1</source>
        <translation>Para guardar este acuerdo:
%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 requires us to report a breach within %2 days, but this subcontractor may take %3.</source>
        <translation>%1 nos exige notificar una brecha en un plazo de %2 días, pero este subcontratista puede tardar %3.</translation>
    </message>
    <message>
        <source>%1 requires us to report a security incident within %2 days, but this subcontractor may take %3.</source>
        <translation>%1 nos exige notificar un incidente de seguridad en un plazo de %2 días, pero este subcontratista puede tardar %3.</translation>
    </message>
    <message>
        <source>The subcontractor may tell us later than we must tell others:
%1</source>
        <translation>El subcontratista puede avisarnos más tarde de lo que nosotros debemos avisar a otros:
%1</translation>
    </message>
    <message>
        <source>Not signed: while it is a draft or under negotiation it may be deleted. Once signed, it is kept for six years after it ends (164.316(b)(2)).</source>
        <translation>Sin firmar: mientras sea un borrador o esté en negociación, se puede eliminar. Una vez firmado, se conserva durante seis años después de su finalización (164.316(b)(2)).</translation>
    </message>
    <message>
        <source>Kept until %1: six years after it ends on %2 (164.316(b)(2)).</source>
        <translation>Se conserva hasta el %1: seis años después de su finalización el %2 (164.316(b)(2)).</translation>
    </message>
    <message>
        <source>Kept while it is in effect and for six years after it ends (164.316(b)(2)).</source>
        <translation>Se conserva mientras esté en vigor y durante seis años después de su finalización (164.316(b)(2)).</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>No se pudo leer el historial: %1</translation>
    </message>
    <message>
        <source>The agreement was not saved:
%1</source>
        <translation>El acuerdo no se guardó:
%1</translation>
    </message>
    <message>
        <source>The agreement was not saved: %1</source>
        <translation>El acuerdo no se guardó: %1</translation>
    </message>
    <message>
        <source>Saved as %1. You can now attach its signed PDF.</source>
        <translation>Guardado como %1. Ya puede adjuntar su PDF firmado.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>The review was not recorded: %1</source>
        <translation>No se registró la revisión: %1</translation>
    </message>
    <message>
        <source>Review recorded on %1; the next review is due on %2.</source>
        <translation>Revisión registrada el %1; la próxima revisión vence el %2.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save this new agreement before closing?</source>
        <translation>¿Desea guardar este acuerdo nuevo antes de cerrar?</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>¿Desea guardar los cambios en %1 antes de cerrar?</translation>
    </message>
</context>
<context>
    <name>palisade::ui::AgreementGeneralTab</name>
    <message>
        <source>Counterparty</source>
        <translation>Contraparte</translation>
    </message>
    <message>
        <source>e.g. Business Associate Agreement with Lakeside Clinic</source>
        <translation>p. ej., Acuerdo de asociado comercial con Lakeside Clinic</translation>
    </message>
    <message>
        <source>Upstream: we are the business associate of a covered entity (or of another business associate). Downstream: the subcontractor is our business associate.</source>
        <translation>Ascendente: somos el asociado comercial de una entidad cubierta (o de otro asociado comercial). Descendente: el subcontratista es nuestro asociado comercial.</translation>
    </message>
    <message>
        <source>Upstream agreements this one flows down from</source>
        <translation>Acuerdos ascendentes de los que deriva este</translation>
    </message>
    <message>
        <source>The upstream agreements whose terms this subcontractor agreement must pass on (164.504(e)(5), 164.314(a)(2)(iii)). With none ticked, it is compared with every upstream agreement in effect.</source>
        <translation>Los acuerdos ascendentes cuyas condiciones debe trasladar este acuerdo de subcontratista (164.504(e)(5), 164.314(a)(2)(iii)). Si no se marca ninguno, se compara con todos los acuerdos ascendentes en vigor.</translation>
    </message>
    <message>
        <source>e.g. Coding, billing and claims follow-up on the clinic&apos;s behalf</source>
        <translation>p. ej., Codificación, facturación y seguimiento de reclamaciones en nombre de la clínica</translation>
    </message>
    <message>
        <source>&amp;Counterparty:</source>
        <translation>&amp;Contraparte:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Flows down from:</source>
        <translation>Deri&amp;va de:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Permitted uses:</source>
        <translation>&amp;Usos permitidos:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Choose a counterparty…</source>
        <translation>Elija una contraparte…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2 (%3, %4)</source>
        <translation>%1 %2 (%3, %4)</translation>
    </message>
    <message>
        <source>No upstream agreements recorded yet.</source>
        <translation>Aún no hay acuerdos ascendentes registrados.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::AgreementNoticeTab</name>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Breach notice, in days</source>
        <translation>Notificación de brechas, en días</translation>
    </message>
    <message>
        <source>Security incident reporting, in days</source>
        <translation>Notificación de incidentes de seguridad, en días</translation>
    </message>
    <message>
        <source>How long the business associate has, after discovering it, to tell the other side of a breach of unsecured PHI (164.410; HIPAA allows at most 60 days) and of a security incident (164.314(a)(2)(i)(C)). Upstream, these are our deadlines; downstream, they are the subcontractor&apos;s, and should be shorter than ours so we can still meet ours.</source>
        <translation>Cuánto tiempo tiene el asociado comercial, tras descubrirlo, para informar a la otra parte de una brecha de PHI no asegurada (164.410; HIPAA permite como máximo 60 días) y de un incidente de seguridad (164.314(a)(2)(i)(C)). En los acuerdos ascendentes, son nuestros plazos; en los descendentes, son los del subcontratista, y deberían ser más cortos que los nuestros para que podamos seguir cumpliendo los nuestros.</translation>
    </message>
    <message>
        <source>&amp;Breach notice within:</source>
        <translation>Notificar &amp;brechas en un plazo de:</translation>
    </message>
    <message>
        <source>&amp;Security incidents reported within:</source>
        <translation>Notificar &amp;incidentes de seguridad en un plazo de:</translation>
    </message>
</context>
<context>
    <name>palisade::ui::AgreementProvisionsTab</name>
    <message>
        <source>What 164.504(e)(2) and 164.314(a)(2)(i) require every business associate agreement to say. Mark each one as you read the signed agreement, and note the clause that says it.</source>
        <translation>Lo que 164.504(e)(2) y 164.314(a)(2)(i) exigen que diga todo acuerdo de asociado comercial. Marque cada disposición a medida que lee el acuerdo firmado y anote la cláusula que la recoge.</translation>
    </message>
    <message>
        <source>Required provisions</source>
        <translation>Disposiciones obligatorias</translation>
    </message>
    <message numerus="yes">
        <source> — %n missing</source>
        <translation>
            <numerusform> — %n ausente</numerusform>
            <numerusform> — %n ausentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n not checked yet</source>
        <translation>
            <numerusform> — %n aún sin comprobar</numerusform>
            <numerusform> — %n aún sin comprobar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::AgreementTableModel</name>
    <message>
        <source>Evergreen</source>
        <translation>Indefinido</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Runs until terminated.</source>
        <translation>Vigente hasta su rescisión.</translation>
    </message>
    <message>
        <source>Runs until terminated. Renewal: %1</source>
        <translation>Vigente hasta su rescisión. Renovación: %1</translation>
    </message>
    <message>
        <source>Expired on %1 but still marked active.</source>
        <translation>Venció el %1, pero sigue marcado como activo.</translation>
    </message>
    <message numerus="yes">
        <source>Review overdue by %n day(s).</source>
        <translation>
            <numerusform>Revisión vencida hace %n día.</numerusform>
            <numerusform>Revisión vencida hace %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Breach notice within %n day(s); </source>
        <translation>
            <numerusform>Notificación de brechas en %n día; </numerusform>
            <numerusform>Notificación de brechas en %n días; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>security incidents reported within %n day(s).</source>
        <translation>
            <numerusform>incidentes de seguridad notificados en %n día.</numerusform>
            <numerusform>incidentes de seguridad notificados en %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed document(s) kept in this file.</source>
        <translation>
            <numerusform>%n documento firmado guardado en este archivo.</numerusform>
            <numerusform>%n documentos firmados guardados en este archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, review overdue</source>
        <translation>%1, revisión atrasada</translation>
    </message>
    <message>
        <source>Upstream: we are the business associate. Downstream: the subcontractor is ours.</source>
        <translation>Ascendente: somos el asociado comercial. Descendente: el subcontratista es nuestro asociado comercial.</translation>
    </message>
    <message>
        <source>When the agreement is next due for review; red when overdue</source>
        <translation>Cuándo corresponde la próxima revisión del acuerdo; en rojo si está atrasada</translation>
    </message>
    <message>
        <source>Days allowed for breach notice / for reporting security incidents</source>
        <translation>Días permitidos para notificar brechas / para notificar incidentes de seguridad</translation>
    </message>
    <message>
        <source>Required provisions present, of those that apply</source>
        <translation>Disposiciones obligatorias presentes, de las que se aplican</translation>
    </message>
    <message>
        <source>Signed PDFs kept inside the encrypted file</source>
        <translation>PDF firmados guardados dentro del archivo cifrado</translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Contraparte</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>En vigor</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <source>Notice (days)</source>
        <translation>Notificación (días)</translation>
    </message>
    <message>
        <source>Provisions</source>
        <translation>Disposiciones</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Docs.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::AgreementTerminationTab</name>
    <message>
        <source>Not terminated</source>
        <translation>Sin rescindir</translation>
    </message>
    <message>
        <source>Not attested yet</source>
        <translation>Aún sin certificar</translation>
    </message>
    <message>
        <source>e.g. J. Ramos, Privacy Officer, Lakeside Clinic</source>
        <translation>p. ej., J. Ramos, Funcionario de privacidad, Lakeside Clinic</translation>
    </message>
    <message>
        <source>When an agreement ends, the business associate must return or destroy the PHI, or, where that is not feasible, extend the agreement&apos;s protections to it (164.504(e)(2)(ii)(J)). Record what was done and who attested it.</source>
        <translation>Cuando un acuerdo finaliza, el asociado comercial debe devolver o destruir la PHI o, si eso no es viable, extenderle las protecciones del acuerdo (164.504(e)(2)(ii)(J)). Registre lo que se hizo y quién lo certificó.</translation>
    </message>
    <message>
        <source>&amp;Terminated on:</source>
        <translation>&amp;Rescindido el:</translation>
    </message>
    <message>
        <source>&amp;PHI disposition:</source>
        <translation>&amp;Destino de la PHI:</translation>
    </message>
    <message>
        <source>&amp;Attested on:</source>
        <translation>&amp;Certificado el:</translation>
    </message>
    <message>
        <source>Attested &amp;by:</source>
        <translation>Certificado p&amp;or:</translation>
    </message>
    <message>
        <source>The agreement is terminated: give the date, then what became of the PHI.</source>
        <translation>El acuerdo está rescindido: indique la fecha y después qué se hizo con la PHI.</translation>
    </message>
    <message>
        <source>The agreement has expired: record what became of the PHI.</source>
        <translation>El acuerdo venció: registre qué se hizo con la PHI.</translation>
    </message>
    <message>
        <source>These fields open once the agreement&apos;s status is Terminated or Expired.</source>
        <translation>Estos campos se habilitan cuando el estado del acuerdo es Rescindido o Vencido.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::ApprovalDialog</name>
    <message>
        <source>&amp;Record Approval</source>
        <translation>&amp;Registrar aprobación</translation>
    </message>
    <message>
        <source>Record Approval — %1</source>
        <translation>Registrar aprobación — %1</translation>
    </message>
    <message>
        <source>%1 names no approval roles: the first approval recorded approves the revision.</source>
        <translation>%1 no indica cargos de aprobación: la primera aprobación que se registre aprueba la versión.</translation>
    </message>
    <message>
        <source>Still needed: %1. The revision is approved once every role has signed off.</source>
        <translation>Falta: %1. La versión queda aprobada cuando todos los cargos la hayan aprobado.</translation>
    </message>
    <message>
        <source>Full name, e.g. Joan Ramos</source>
        <translation>Nombre completo, p. ej., Joan Ramos</translation>
    </message>
    <message>
        <source>One of the roles %1 names: %2</source>
        <translation>Uno de los cargos que indica %1: %2</translation>
    </message>
    <message>
        <source>The day the approver signed; not after today</source>
        <translation>El día en que firmó la persona que aprueba; no posterior a hoy</translation>
    </message>
    <message>
        <source>What the signature stands for; pick one or write your own</source>
        <translation>Qué significa la firma; elija una opción o escriba la suya</translation>
    </message>
    <message>
        <source>&amp;Approved by:</source>
        <translation>&amp;Aprobado por:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>Car&amp;go:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Meaning:</source>
        <translation>&amp;Significado:</translation>
    </message>
    <message>
        <source>Approved as policy owner</source>
        <translation>Aprobado como responsable de la política</translation>
    </message>
    <message>
        <source>Executive approval</source>
        <translation>Aprobación de la dirección</translation>
    </message>
    <message>
        <source>Legal review</source>
        <translation>Revisión legal</translation>
    </message>
    <message>
        <source>Privacy Officer approval</source>
        <translation>Aprobación del funcionario de privacidad</translation>
    </message>
    <message>
        <source>Security Officer approval</source>
        <translation>Aprobación del funcionario de seguridad</translation>
    </message>
    <message>
        <source>Reviewed and approved</source>
        <translation>Revisado y aprobado</translation>
    </message>
</context>
<context>
    <name>palisade::ui::ApprovalTableModel</name>
    <message>
        <source>Recorded by %1 at %2</source>
        <translation>Registrado por %1 el %2</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Aprobador</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
</context>
<context>
    <name>palisade::ui::AreaSidebar</name>
    <message>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
</context>
<context>
    <name>palisade::ui::AssessmentDialog</name>
    <message>
        <source>To save this assessment:
%1</source>
        <translation>Para guardar esta evaluación:
%1</translation>
    </message>
    <message>
        <source>The assessment was not saved:
%1</source>
        <translation>La evaluación no se guardó:
%1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>The incident could not be read: %1</source>
        <translation>No se pudo leer el incidente: %1</translation>
    </message>
    <message>
        <source>Rate each factor and explain it, then draw the conclusion. Only a documented low probability of compromise lifts the presumption of a breach.</source>
        <translation>Califique cada factor y explíquelo; luego extraiga la conclusión. Solo una baja probabilidad de compromiso documentada elimina la presunción de brecha.</translation>
    </message>
    <message>
        <source>Save the assessment (Ctrl+S)</source>
        <translation>Guardar la evaluación (Ctrl+S)</translation>
    </message>
    <message>
        <source>Breach Risk Assessment — %1</source>
        <translation>Evaluación del riesgo de brecha — %1</translation>
    </message>
    <message>
        <source>Revise Assessment — %1</source>
        <translation>Revisar evaluación — %1</translation>
    </message>
    <message>
        <source>The assessment was not saved: %1</source>
        <translation>La evaluación no se guardó: %1</translation>
    </message>
    <message>
        <source>Save this assessment before closing?</source>
        <translation>¿Desea guardar esta evaluación antes de cerrar?</translation>
    </message>
    <message>
        <source>Save the changes to this assessment before closing?</source>
        <translation>¿Desea guardar los cambios de esta evaluación antes de cerrar?</translation>
    </message>
</context>
<context>
    <name>palisade::ui::AssessmentTab</name>
    <message>
        <source>&amp;Record Assessment…</source>
        <translation>&amp;Registrar evaluación…</translation>
    </message>
    <message>
        <source>C&amp;lear Assessment</source>
        <translation>&amp;Borrar evaluación</translation>
    </message>
    <message>
        <source>Breach risk assessment</source>
        <translation>Evaluación del riesgo de brecha</translation>
    </message>
    <message>
        <source>Remove the assessment; refused once a notice was sent</source>
        <translation>Quitar la evaluación; no se permite una vez enviada una notificación</translation>
    </message>
    <message>
        <source>No four-factor assessment is on file. %1

An assessment is still worth recording if the key or the encryption is in any doubt: use “Record Assessment…”.</source>
        <translation>No hay ninguna evaluación de cuatro factores registrada. %1

Aun así, conviene registrar una evaluación si hay alguna duda sobre la clave o el cifrado: use «Registrar evaluación…».</translation>
    </message>
    <message>
        <source>%1

Use “Record Assessment…” to rate the four factors of 45 CFR 164.402(2) and draw the conclusion.</source>
        <translation>%1

Use «Registrar evaluación…» para calificar los cuatro factores de 45 CFR 164.402(2) y extraer la conclusión.</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>Conclusion: low probability that the PHI was compromised — not a breach</source>
        <translation>Conclusión: baja probabilidad de que la PHI se haya visto comprometida — no es una brecha</translation>
    </message>
    <message>
        <source>Conclusion: not demonstrated — a breach</source>
        <translation>Conclusión: no demostrada — es una brecha</translation>
    </message>
    <message>
        <source>Assessed by %1 on %2.</source>
        <translation>Evaluada por %1 el %2.</translation>
    </message>
    <message>
        <source>&amp;Revise Assessment…</source>
        <translation>Re&amp;visar evaluación…</translation>
    </message>
    <message>
        <source>The assessment is saved.</source>
        <translation>La evaluación se guardó.</translation>
    </message>
    <message>
        <source>Clear Assessment</source>
        <translation>Borrar evaluación</translation>
    </message>
    <message>
        <source>Clear the assessment of %1? Without one, the incident is presumed a breach. The audit trail keeps the assessment.</source>
        <translation>¿Desea borrar la evaluación de %1? Sin ella, el incidente se presume una brecha. El registro de auditoría conserva la evaluación.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>The assessment was kept: %1</source>
        <translation>Se conservó la evaluación: %1</translation>
    </message>
    <message>
        <source>The assessment is cleared; the incident is presumed a breach.</source>
        <translation>Se borró la evaluación; el incidente se presume una brecha.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::AssetDetailPanel</name>
    <message>
        <source>Select an asset to see where its ePHI flows and what has changed.</source>
        <translation>Seleccione un activo para ver por dónde fluye su ePHI y qué ha cambiado.</translation>
    </message>
    <message>
        <source>No data flows recorded. Edit the asset and add each path its ePHI takes: where from, where to and how.</source>
        <translation>No hay flujos de datos registrados. Edite el activo y agregue cada ruta que sigue su ePHI: desde dónde, hacia dónde y cómo.</translation>
    </message>
    <message>
        <source>Data flows</source>
        <translation>Flujos de datos</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>%1 · Owner: %2</source>
        <translation>%1 · Responsable: %2</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Ubicación: %1</translation>
    </message>
    <message>
        <source>Risks naming it: %L1</source>
        <translation>Riesgos que lo citan: %L1</translation>
    </message>
    <message>
        <source>PHI held: not described yet</source>
        <translation>PHI contenida: aún sin describir</translation>
    </message>
    <message>
        <source>PHI held: %1</source>
        <translation>PHI contenida: %1</translation>
    </message>
    <message>
        <source>⚠ Not encrypted in transit: %L1 of %L2 flows</source>
        <translation>⚠ Sin cifrado en tránsito: %L1 de %L2 flujos</translation>
    </message>
    <message>
        <source>Data flows (%1)</source>
        <translation>Flujos de datos (%1)</translation>
    </message>
</context>
<context>
    <name>palisade::ui::AssetEditorDialog</name>
    <message>
        <source>&amp;Add Flow</source>
        <translation>&amp;Agregar flujo</translation>
    </message>
    <message>
        <source>&amp;Remove Flow</source>
        <translation>&amp;Quitar flujo</translation>
    </message>
    <message>
        <source>New Asset</source>
        <translation>Nuevo activo</translation>
    </message>
    <message>
        <source>Edit Asset — %1</source>
        <translation>Editar activo — %1</translation>
    </message>
    <message>
        <source>e.g. Practice-management system</source>
        <translation>p. ej., Sistema de gestión del consultorio</translation>
    </message>
    <message>
        <source>e.g. Hosted by the vendor, Billing office server room</source>
        <translation>p. ej., Alojado por el proveedor, Sala de servidores de facturación</translation>
    </message>
    <message>
        <source>Who answers for it, e.g. Billing manager</source>
        <translation>Quién responde por él, p. ej., Gerente de facturación</translation>
    </message>
    <message>
        <source>e.g. Claims, diagnosis and procedure codes, insurance IDs</source>
        <translation>p. ej., Reclamaciones, códigos de diagnóstico y procedimientos, números de seguro</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <source>&amp;PHI held:</source>
        <translation>&amp;PHI contenida:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Data flows</source>
        <translation>Flujos de datos</translation>
    </message>
    <message>
        <source>Save the asset (Ctrl+S)</source>
        <translation>Guardar el activo (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>The asset was not saved:
%1</source>
        <translation>El activo no se guardó:
%1</translation>
    </message>
    <message>
        <source>The asset was not saved: %1</source>
        <translation>El activo no se guardó: %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save this new asset before closing?</source>
        <translation>¿Desea guardar este activo nuevo antes de cerrar?</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>¿Desea guardar los cambios en “%1” antes de cerrar?</translation>
    </message>
    <message>
        <source>To save this asset:
%1</source>
        <translation>Para guardar este activo:
%1</translation>
    </message>
    <message>
        <source>Each path ePHI takes to or from this asset. Leave “Encrypted in transit” unticked where it is not: each such flow is a finding for the risk analysis.</source>
        <translation>Cada ruta que sigue la ePHI hacia o desde este activo. Deje «Cifrado en tránsito» sin marcar donde no lo esté: cada uno de esos flujos es un hallazgo para el análisis de riesgos.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::AssetHistoryList</name>
    <message>
        <source>No recorded changes.</source>
        <translation>No hay cambios registrados.</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>No se pudo leer el historial: %1</translation>
    </message>
    <message>
        <source>%1  Created by %2</source>
        <translation>%1  Creado por %2</translation>
    </message>
    <message>
        <source>%1  Imported by %2</source>
        <translation>%1  Importado por %2</translation>
    </message>
    <message>
        <source>%1  Deleted by %2</source>
        <translation>%1  Eliminado por %2</translation>
    </message>
    <message>
        <source>%1  %2 by %3</source>
        <translation>%1  %2 por %3</translation>
    </message>
    <message>
        <source>%1  Updated by %2</source>
        <translation>%1  Actualizado por %2</translation>
    </message>
    <message>
        <source>%1  Updated by %2: %3</source>
        <translation>%1  Actualizado por %2: %3</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>location</source>
        <translation>ubicación</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>PHI held</source>
        <translation>PHI contenida</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>data flows</source>
        <translation>flujos de datos</translation>
    </message>
</context>
<context>
    <name>palisade::ui::AssetPage</name>
    <message>
        <source>Assets</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Everything that creates, receives, keeps or sends electronic protected health information, and the paths that data takes. Each risk in the register names the assets it threatens.</source>
        <translation>Todo lo que crea, recibe, guarda o envía información de salud protegida electrónica (ePHI), y las rutas que siguen esos datos. Cada riesgo del registro cita los activos a los que amenaza.</translation>
    </message>
    <message>
        <source>Only assets with &amp;unencrypted flows</source>
        <translation>Solo activos con flujos &amp;sin cifrar</translation>
    </message>
    <message>
        <source>&amp;New Asset…</source>
        <translation>&amp;Nuevo activo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation>Borrar filtro</translation>
    </message>
    <message>
        <source>Add the First Asset</source>
        <translation>Agregar el primer activo</translation>
    </message>
    <message>
        <source>Import from CSV…</source>
        <translation>Importar desde CSV…</translation>
    </message>
    <message>
        <source>Filter by name, owner, location, PHI or data flow</source>
        <translation>Filtrar por nombre, responsable, ubicación, PHI o flujo de datos</translation>
    </message>
    <message>
        <source>Show only assets with a data flow that is not encrypted in transit</source>
        <translation>Mostrar solo los activos con algún flujo de datos sin cifrado en tránsito</translation>
    </message>
    <message>
        <source>Add assets from a CSV file</source>
        <translation>Agregar activos desde un archivo CSV</translation>
    </message>
    <message>
        <source>Save the inventory as CSV or Excel</source>
        <translation>Guardar el inventario como CSV o Excel</translation>
    </message>
    <message>
        <source>Start the risk analysis with your asset inventory</source>
        <translation>Comience el análisis de riesgos con su inventario de activos</translation>
    </message>
    <message>
        <source>You cannot assess risks to ePHI until you know where it lives: list every system, device, cloud service and paper process that creates, receives, keeps or sends it, and the paths the data takes between them. Each risk you record later names the assets it threatens.</source>
        <translation>No puede evaluar los riesgos para la ePHI hasta saber dónde se encuentra: enumere cada sistema, dispositivo, servicio en la nube y proceso en papel que la crea, recibe, guarda o envía, y las rutas que siguen los datos entre ellos. Cada riesgo que registre después citará los activos a los que amenaza.</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Delete Asset</source>
        <translation>Eliminar activo</translation>
    </message>
    <message>
        <source>The assets could not be read: %1</source>
        <translation>No se pudieron leer los activos: %1</translation>
    </message>
    <message numerus="yes">
        <source>No asset matches this filter. Change the search, or clear the filter to see all %n asset(s).</source>
        <translation>
            <numerusform>Ningún activo coincide con este filtro. Cambie la búsqueda o borre el filtro para ver %n activo.</numerusform>
            <numerusform>Ningún activo coincide con este filtro. Cambie la búsqueda o borre el filtro para ver los %n activos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assets: %L1</source>
        <translation>Activos: %L1</translation>
    </message>
    <message>
        <source>Data flows: %L1</source>
        <translation>Flujos de datos: %L1</translation>
    </message>
    <message>
        <source>Not encrypted in transit: %L1 (findings)</source>
        <translation>Sin cifrado en tránsito: %L1 (hallazgos)</translation>
    </message>
    <message>
        <source>Shown: %L1</source>
        <translation>Mostrados: %L1</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n data flow(s)? The audit trail keeps a record of it.</source>
        <translation>
            <numerusform>¿Eliminar “%1” y su %n flujo de datos? El registro de auditoría conserva constancia de ello.</numerusform>
            <numerusform>¿Eliminar “%1” y sus %n flujos de datos? El registro de auditoría conserva constancia de ello.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>Se eliminó “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n asset(s).</source>
        <translation>
            <numerusform>Se importó %n activo.</numerusform>
            <numerusform>Se importaron %n activos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::AssetTableModel</name>
    <message numerus="yes">
        <source>%n data flow(s) not encrypted in transit.</source>
        <translation>
            <numerusform>%n flujo de datos sin cifrado en tránsito.</numerusform>
            <numerusform>%n flujos de datos sin cifrado en tránsito.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every data flow is encrypted in transit.</source>
        <translation>Todos los flujos de datos están cifrados en tránsito.</translation>
    </message>
    <message>
        <source>No data flows recorded.</source>
        <translation>No hay flujos de datos registrados.</translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s) in the register name this asset.</source>
        <translation>
            <numerusform>%n riesgo del registro cita este activo.</numerusform>
            <numerusform>%n riesgos del registro citan este activo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unencrypted (finding)</source>
        <translation>
            <numerusform>%n sin cifrar (hallazgo)</numerusform>
            <numerusform>%n sin cifrar (hallazgos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Which protected health information the asset creates, receives, keeps or sends</source>
        <translation>Qué información de salud protegida crea, recibe, guarda o envía el activo</translation>
    </message>
    <message>
        <source>Paths ePHI takes to or from the asset</source>
        <translation>Rutas que sigue la ePHI hacia el activo o desde él</translation>
    </message>
    <message>
        <source>Data flows not encrypted in transit; each one is a finding</source>
        <translation>Flujos de datos sin cifrado en tránsito; cada uno es un hallazgo</translation>
    </message>
    <message>
        <source>Risks in the register that name the asset</source>
        <translation>Riesgos del registro que citan el activo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>PHI held</source>
        <translation>PHI contenida</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flujos</translation>
    </message>
    <message>
        <source>Unencrypted</source>
        <translation>Sin cifrar</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Riesgos</translation>
    </message>
</context>
<context>
    <name>palisade::ui::AssetsArea</name>
    <message>
        <source>ePHI crosses this path without encryption in transit: a finding for the risk analysis (164.312(e)(1)). Encrypt it, or record the risk and why it is accepted.</source>
        <translation>La ePHI recorre esta ruta sin cifrado en tránsito: es un hallazgo para el análisis de riesgos (164.312(e)(1)). Cífrela o registre el riesgo y por qué se acepta.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::AttachmentFiles</name>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Documentos PDF (*.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save a Decrypted Copy</source>
        <translation>Guardar una copia descifrada</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No copy was saved. %1</source>
        <translation>No se guardó ninguna copia. %1</translation>
    </message>
    <message>
        <source>A decrypted copy was saved to %1. It is no longer protected by this file&apos;s encryption.</source>
        <translation>Se guardó una copia descifrada en %1. Ya no está protegida por el cifrado de este archivo.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::AuditEventDetailWidget</name>
    <message>
        <source>Select an event to see its recorded state and hashes.</source>
        <translation>Seleccione un evento para ver su estado registrado y sus hashes.</translation>
    </message>
    <message>
        <source>No recorded state</source>
        <translation>Sin estado registrado</translation>
    </message>
    <message>
        <source>State before</source>
        <translation>Estado anterior</translation>
    </message>
    <message>
        <source>State after</source>
        <translation>Estado posterior</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Previous hash</source>
        <translation>Hash anterior</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Hash:</source>
        <translation>Hash:</translation>
    </message>
    <message>
        <source>Previous hash:</source>
        <translation>Hash anterior:</translation>
    </message>
    <message>
        <source>Event %1 — %2, %3, by %4 at %5</source>
        <translation>Evento %1 — %2, %3, por %4 el %5</translation>
    </message>
    <message>
        <source>Removed when the record was disposed of after its retention period (event %1).
SHA-256 of what this side held:
%2</source>
        <translation>Eliminado al destruir el registro tras su período de conservación (evento %1).
SHA-256 de lo que contenía este lado:
%2</translation>
    </message>
</context>
<context>
    <name>palisade::ui::AuditEventList</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Audit event %1</source>
        <translation>Evento de auditoría %1</translation>
    </message>
    <message>
        <source>No recorded changes.</source>
        <translation>No hay cambios registrados.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::AuditFilterBar</name>
    <message>
        <source>Clear Filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Search events…</source>
        <translation>Buscar eventos…</translation>
    </message>
    <message>
        <source>Matches the actor, action, record and recorded changes</source>
        <translation>Busca en el autor, la acción, el registro y los cambios registrados</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>Buscar eventos</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>All actors</source>
        <translation>Todos los autores</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>All record types</source>
        <translation>Todos los tipos</translation>
    </message>
</context>
<context>
    <name>palisade::ui::AuditTableView</name>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>&amp;Copiar filas</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
</context>
<context>
    <name>palisade::ui::AuditTrailModel</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n campo</numerusform>
            <numerusform>%n campos</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Verification found the audit trail broken at this event.</source>
        <translation>La verificación detectó que el registro de auditoría está roto en este evento.</translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Desbloqueo</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Cambio de frase de contraseña</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Failed unlock attempts</source>
        <translation>Desbloqueos fallidos</translation>
    </message>
    <message>
        <source>Program file</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 n.º %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Removed (%n field(s))</source>
        <translation>
            <numerusform>%n campo eliminado</numerusform>
            <numerusform>%n campos eliminados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>Se eliminó %1</translation>
    </message>
    <message>
        <source>No field changed</source>
        <translation>Ningún campo cambió</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminación</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Remediation task</source>
        <translation>Tarea de corrección</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Risk matrix</source>
        <translation>Matriz de riesgo</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisado</translation>
    </message>
    <message>
        <source>Document attached</source>
        <translation>Documento adjuntado</translation>
    </message>
    <message>
        <source>Copy saved</source>
        <translation>Copia guardada</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Contraparte</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Agreement document</source>
        <translation>Documento del acuerdo</translation>
    </message>
    <message>
        <source>File attached</source>
        <translation>Archivo adjuntado</translation>
    </message>
    <message>
        <source>File removed</source>
        <translation>Archivo eliminado</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>Enviada a revisión</translation>
    </message>
    <message>
        <source>Returned to draft</source>
        <translation>Devuelta a borrador</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Approval withdrawn</source>
        <translation>Aprobación retirada</translation>
    </message>
    <message>
        <source>Made effective</source>
        <translation>Puesta en vigor</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Reemplazada</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Hold placed</source>
        <translation>Retención legal aplicada</translation>
    </message>
    <message>
        <source>Hold released</source>
        <translation>Retención legal levantada</translation>
    </message>
    <message>
        <source>Disposed of</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Deletion refused</source>
        <translation>Eliminación rechazada</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Policy revision</source>
        <translation>Versión de política</translation>
    </message>
    <message>
        <source>Policy approval</source>
        <translation>Aprobación de política</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservación</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Retención legal</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Workforce role</source>
        <translation>Función del personal</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Training completion</source>
        <translation>Curso completado</translation>
    </message>
    <message>
        <source>Policy acknowledgment</source>
        <translation>Confirmación de lectura de política</translation>
    </message>
    <message>
        <source>Phishing campaign</source>
        <translation>Campaña de phishing</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondencia de columnas</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adición</translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation>Notificación enviada</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reapertura</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Evidence pack exported</source>
        <translation>Exportación del paquete de evidencias</translation>
    </message>
    <message>
        <source>Evidence bundle exported</source>
        <translation>Exportación del paquete comprimido de evidencias</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Breach assessment</source>
        <translation>Evaluación de brecha</translation>
    </message>
    <message>
        <source>Breach notice</source>
        <translation>Notificación de brecha</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Acción correctiva</translation>
    </message>
    <message>
        <source>Incident evidence</source>
        <translation>Evidencia del incidente</translation>
    </message>
    <message>
        <source>State notification rule</source>
        <translation>Regla estatal de notificación</translation>
    </message>
    <message>
        <source>Evidence pack</source>
        <translation>Paquete de evidencias</translation>
    </message>
</context>
<context>
    <name>palisade::ui::AuditTrailPage</name>
    <message>
        <source>Clear Filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>&amp;Verify Trail</source>
        <translation>&amp;Verificar registro</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Every change to this program file, in order. Each event is chained to the one before it by its hash, so any later edit shows up when the trail is verified.</source>
        <translation>Todos los cambios de este archivo del programa, en orden. Cada evento está encadenado al anterior mediante su hash, de modo que cualquier modificación posterior se detecta al verificar el registro.</translation>
    </message>
    <message>
        <source>Recompute every event&apos;s hash and check the chain</source>
        <translation>Recalcular el hash de cada evento y comprobar la cadena</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>No se pudo leer el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>Verification stopped because a new event was recorded. Verify again to check the whole trail.</source>
        <translation>La verificación se detuvo porque se registró un evento nuevo. Vuelva a verificar para comprobar todo el registro.</translation>
    </message>
    <message>
        <source>No events have been recorded yet. Every change made in Palisade will be listed here.</source>
        <translation>Aún no se ha registrado ningún evento. Aquí aparecerá cada cambio que se haga en Palisade.</translation>
    </message>
    <message>
        <source>No events match these filters. Change the search or the choices above, or clear the filters to see all %L1 events.</source>
        <translation>Ningún evento coincide con estos filtros. Cambie la búsqueda o las opciones de arriba, o borre los filtros para ver los %L1 eventos.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::AuditVerificationBanner</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling verification…</source>
        <translation>Cancelando la verificación…</translation>
    </message>
    <message>
        <source>Verifying the audit trail: %L1 of %L2 events checked…</source>
        <translation>Verificando el registro de auditoría: %L1 de %L2 eventos comprobados…</translation>
    </message>
    <message>
        <source>Verification was cancelled after %L1 events; they are intact, but the rest of the trail was not checked.</source>
        <translation>La verificación se canceló después de %L1 eventos; están intactos, pero el resto del registro no se comprobó.</translation>
    </message>
    <message>
        <source>The audit trail could not be verified: %1</source>
        <translation>No se pudo verificar el registro de auditoría: %1</translation>
    </message>
</context>
<context>
    <name>palisade::ui::BaaDueSummaryBox</name>
    <message>
        <source>Business associate agreements</source>
        <translation>Acuerdos de asociado comercial</translation>
    </message>
    <message>
        <source>Open Vendors &amp;&amp; BAAs</source>
        <translation>Abrir Proveedores y BAA</translation>
    </message>
    <message>
        <source>Nothing due: every counterparty sharing PHI has an agreement in effect, and no review or expiry falls in the next weeks.</source>
        <translation>Nada pendiente: todas las contrapartes que comparten PHI tienen un acuerdo en vigor, y ninguna revisión ni vencimiento cae en las próximas semanas.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more on the Vendors page.</source>
        <translation>
            <numerusform>…y %n más en la página Proveedores y BAA.</numerusform>
            <numerusform>…y %n más en la página Proveedores y BAA.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::BreachAssessmentForm</name>
    <message>
        <source>&amp;Low probability that the PHI was compromised — not a breach</source>
        <translation>&amp;Baja probabilidad de que la PHI se haya visto comprometida — no es una brecha</translation>
    </message>
    <message>
        <source>&amp;Not demonstrated — a breach</source>
        <translation>&amp;No demostrada — es una brecha</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusión</translation>
    </message>
    <message>
        <source>Reasoning for the conclusion</source>
        <translation>Razonamiento de la conclusión</translation>
    </message>
    <message>
        <source>Why the conclusion follows from the four factors, in your words</source>
        <translation>Por qué la conclusión se desprende de los cuatro factores, en sus propias palabras</translation>
    </message>
    <message>
        <source>Not before the discovery, not in the future</source>
        <translation>No anterior al descubrimiento ni posterior a hoy</translation>
    </message>
    <message>
        <source>Unless the assessment shows a low probability that the PHI has been compromised, the incident is a breach and every notice is owed (45 CFR 164.402).</source>
        <translation>A menos que la evaluación muestre una baja probabilidad de que la PHI se haya visto comprometida, el incidente es una brecha y se deben todas las notificaciones (45 CFR 164.402).</translation>
    </message>
    <message>
        <source>&amp;Reasoning:</source>
        <translation>&amp;Razonamiento:</translation>
    </message>
    <message>
        <source>Assessed &amp;by:</source>
        <translation>Evaluado &amp;por:</translation>
    </message>
    <message>
        <source>Assessed &amp;on:</source>
        <translation>Fecha de &amp;evaluación:</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Rating: %1</source>
        <translation>Calificación: %1</translation>
    </message>
    <message>
        <source>Reasoning: %1</source>
        <translation>Razonamiento: %1</translation>
    </message>
    <message>
        <source>What you found, and why it rates as it does</source>
        <translation>Lo que encontró y por qué recibe esta calificación</translation>
    </message>
    <message>
        <source>Ra&amp;ting:</source>
        <translation>&amp;Calificación:</translation>
    </message>
</context>
<context>
    <name>palisade::ui::BreachLogModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No notice recorded as sent yet</source>
        <translation>Aún no se ha registrado ninguna notificación enviada</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aún ninguna</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Descubierto</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Afectadas</translation>
    </message>
    <message>
        <source>By State</source>
        <translation>Por estado</translation>
    </message>
    <message>
        <source>Notices Sent</source>
        <translation>Notificaciones enviadas</translation>
    </message>
</context>
<context>
    <name>palisade::ui::BreachLogTab</name>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Exportar &amp;XLSX…</translation>
    </message>
    <message>
        <source>Year of discovery</source>
        <translation>Año de descubrimiento</translation>
    </message>
    <message>
        <source>Save the year&apos;s log as a CSV file, one row per breach</source>
        <translation>Guardar el registro del año como archivo CSV, una fila por brecha</translation>
    </message>
    <message>
        <source>Save the year&apos;s log as an Excel workbook</source>
        <translation>Guardar el registro del año como libro de Excel</translation>
    </message>
    <message>
        <source>Breach log</source>
        <translation>Registro de brechas</translation>
    </message>
    <message>
        <source>&amp;Year discovered:</source>
        <translation>&amp;Año de descubrimiento:</translation>
    </message>
    <message>
        <source>The breach log could not be read: %1</source>
        <translation>No se pudo leer el registro de brechas: %1</translation>
    </message>
    <message>
        <source>That is today.</source>
        <translation>Es hoy.</translation>
    </message>
    <message numerus="yes">
        <source>That is in %n day(s).</source>
        <translation>
            <numerusform>Falta %n día.</numerusform>
            <numerusform>Faltan %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>That day has passed.</source>
        <translation>Esa fecha ya pasó.</translation>
    </message>
    <message>
        <source>Breaches affecting fewer than 500 people go to HHS within 60 days after the end of the year they were discovered in, through the HHS breach portal: for %1, by %2. %3</source>
        <translation>Las brechas que afectan a menos de 500 personas se notifican al HHS dentro de los 60 días posteriores al final del año en que se descubrieron, a través del portal de brechas del HHS: para %1, a más tardar el %2. %3</translation>
    </message>
    <message numerus="yes">
        <source>Discovered in %1: %n breach(es) affecting fewer than 500, for that submission; %2 of 500 or more, each reported to HHS within 60 days of its discovery.</source>
        <translation>
            <numerusform>Descubiertas en %1: %n brecha que afecta a menos de 500 personas, para ese envío; %2 de 500 o más, cada una notificada al HHS dentro de los 60 días posteriores a su descubrimiento.</numerusform>
            <numerusform>Descubiertas en %1: %n brechas que afectan a menos de 500 personas, para ese envío; %2 de 500 o más, cada una notificada al HHS dentro de los 60 días posteriores a su descubrimiento.</numerusform>
        </translation>
    </message>
    <message>
        <source>No breaches discovered in %1. Incidents assessed as a low probability of compromise, or whose PHI was secured, are not breaches and are not on the log; an incident not yet assessed is, since a breach is presumed.</source>
        <translation>No se descubrieron brechas en %1. Los incidentes evaluados con baja probabilidad de compromiso, o cuya PHI estaba protegida, no son brechas y no figuran en el registro; un incidente aún no evaluado sí figura, ya que se presume una brecha.</translation>
    </message>
    <message>
        <source>breach-log-%1</source>
        <translation>registro-brechas-%1</translation>
    </message>
    <message>
        <source>Export Breach Log</source>
        <translation>Exportar registro de brechas</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Libros de Excel (*.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The breach log was not exported: %1</source>
        <translation>El registro de brechas no se exportó: %1</translation>
    </message>
    <message numerus="yes">
        <source>The %1 breach log (%n breach(es)) was saved to %2. It holds PHI details: keep it protected.</source>
        <translation>
            <numerusform>El registro de brechas de %1 (%n brecha) se guardó en %2. Contiene datos de PHI: manténgalo protegido.</numerusform>
            <numerusform>El registro de brechas de %1 (%n brechas) se guardó en %2. Contiene datos de PHI: manténgalo protegido.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::BreachStatusText</name>
    <message>
        <source>Not a reportable breach: the PHI was secured (%1), so it was not unsecured PHI under 45 CFR 164.402 and no breach notice is owed.</source>
        <translation>No es una brecha notificable: la PHI estaba protegida (%1), por lo que no era PHI no protegida según 45 CFR 164.402 y no se debe ninguna notificación de brecha.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no se indicó el motivo</translation>
    </message>
    <message>
        <source>Not a breach: the four-factor assessment of %1 by %2 found a low probability that the PHI was compromised (45 CFR 164.402(2)). No breach notice is owed.</source>
        <translation>No es una brecha: la evaluación de riesgo de cuatro factores del %1 realizada por %2 determinó una baja probabilidad de que la PHI se haya visto comprometida (45 CFR 164.402(2)). No se debe ninguna notificación de brecha.</translation>
    </message>
    <message>
        <source>A breach: the four-factor assessment of %1 by %2 did not show a low probability that the PHI was compromised. The notices it calls for are owed.</source>
        <translation>Es una brecha: la evaluación de riesgo de cuatro factores del %1 realizada por %2 no mostró una baja probabilidad de que la PHI se haya visto comprometida. Se deben las notificaciones que exige.</translation>
    </message>
    <message>
        <source>Presumed a breach: no four-factor assessment is on file (45 CFR 164.402). Every notice is owed until an assessment shows a low probability that the PHI was compromised.</source>
        <translation>Brecha presunta: no hay ninguna evaluación de riesgo de cuatro factores registrada (45 CFR 164.402). Se deben todas las notificaciones hasta que una evaluación muestre una baja probabilidad de que la PHI se haya visto comprometida.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::ChangePassphraseDialog</name>
    <message>
        <source>Change Passphrase</source>
        <translation>Cambiar frase de contraseña</translation>
    </message>
    <message>
        <source>The program file is re-encrypted with the new passphrase. Backups made earlier keep the passphrase they were made with.</source>
        <translation>El archivo del programa se vuelve a cifrar con la nueva frase de contraseña. Las copias de seguridad hechas antes conservan la frase de contraseña con la que se hicieron.</translation>
    </message>
    <message>
        <source>Type the new passphrase again to confirm it.</source>
        <translation>Escriba de nuevo la nueva frase de contraseña para confirmarla.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Confirm new:</source>
        <translation>&amp;Confirmar la nueva:</translation>
    </message>
    <message>
        <source>C&amp;hange Passphrase</source>
        <translation>Ca&amp;mbiar frase de contraseña</translation>
    </message>
</context>
<context>
    <name>palisade::ui::CloseIncidentDialog</name>
    <message>
        <source>&amp;Close Incident</source>
        <translation>&amp;Cerrar incidente</translation>
    </message>
    <message>
        <source>Close Incident — %1</source>
        <translation>Cerrar incidente — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) it calls for have not been recorded as sent.</source>
        <translation>
            <numerusform>%n notificación que exige no se ha registrado como enviada.</numerusform>
            <numerusform>%n notificaciones que exige no se han registrado como enviadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n corrective action(s) are still open.</source>
        <translation>
            <numerusform>%n acción correctiva sigue abierta.</numerusform>
            <numerusform>%n acciones correctivas siguen abiertas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every notice it calls for is on file and every corrective action is done. The record is kept six years after closing.</source>
        <translation>Todas las notificaciones que exige están registradas y todas las acciones correctivas se completaron. El registro se conserva seis años después del cierre.</translation>
    </message>
    <message>
        <source>%1 Closing the incident does not settle them: a notice still owed after closing is a finding. The record is kept six years after closing.</source>
        <translation>%1 Cerrar el incidente no las resuelve: una notificación aún pendiente después del cierre es un hallazgo. El registro se conserva seis años después del cierre.</translation>
    </message>
    <message>
        <source>Closed &amp;on:</source>
        <translation>&amp;Fecha de cierre:</translation>
    </message>
</context>
<context>
    <name>palisade::ui::ColumnMappingTable</name>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Necesario</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Primera fila</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Columna para %1</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>(no está en este archivo)</translation>
    </message>
</context>
<context>
    <name>palisade::ui::CompleteActionDialog</name>
    <message>
        <source>Mark &amp;Done</source>
        <translation>Marcar como &amp;completada</translation>
    </message>
    <message>
        <source>Mark Done</source>
        <translation>Marcar como completada</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Done &amp;on:</source>
        <translation>&amp;Fecha de finalización:</translation>
    </message>
    <message>
        <source>The done date is recorded once; the audit trail keeps who recorded it.</source>
        <translation>La fecha de finalización se registra una sola vez; el registro de auditoría conserva quién la registró.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::CompletionEditorDialog</name>
    <message>
        <source>To save this completion:
%1</source>
        <translation>Para guardar este curso completado:
%1</translation>
    </message>
    <message>
        <source>The completion was not saved:
%1</source>
        <translation>No se guardó el curso completado:
%1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>&amp;Passed</source>
        <translation>A&amp;probado</translation>
    </message>
    <message>
        <source>&amp;Attestation</source>
        <translation>&amp;Declaración</translation>
    </message>
    <message>
        <source>The day the course was completed; not in the future</source>
        <translation>El día en que se completó el curso; no puede ser futuro</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Sin puntuación</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>What the person affirmed on completing the course, and when</source>
        <translation>Lo que la persona afirmó al completar el curso, y cuándo</translation>
    </message>
    <message>
        <source>Attestation text</source>
        <translation>Texto de la declaración</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>A&amp;ffirmed at:</source>
        <translation>Afir&amp;mado el:</translation>
    </message>
    <message>
        <source>P&amp;erson:</source>
        <translation>P&amp;ersona:</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Curso:</translation>
    </message>
    <message>
        <source>Completed &amp;on:</source>
        <translation>C&amp;ompletado el:</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>P&amp;untuación:</translation>
    </message>
    <message>
        <source>Save the completion (Ctrl+S)</source>
        <translation>Guardar el curso completado (Ctrl+S)</translation>
    </message>
    <message>
        <source>The completion could not be read: %1</source>
        <translation>No se pudo leer el curso completado: %1</translation>
    </message>
    <message>
        <source>Record Completion</source>
        <translation>Registrar curso completado</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Curso completado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Worked out from the score: %1 needs %2 to pass.</source>
        <translation>Se deduce de la puntuación: %1 necesita %2 para aprobar.</translation>
    </message>
    <message>
        <source>The completion was not saved: %1</source>
        <translation>No se guardó el curso completado: %1</translation>
    </message>
    <message>
        <source>Save this completion before closing?</source>
        <translation>¿Desea guardar este curso completado antes de cerrar?</translation>
    </message>
    <message>
        <source>Save the changes to this completion before closing?</source>
        <translation>¿Desea guardar los cambios en este curso completado antes de cerrar?</translation>
    </message>
    <message>
        <source>I completed “%1” and understood it. I will follow the privacy and security policies and procedures of %2.</source>
        <translation>Completé «%1» y lo comprendí. Seguiré las políticas y los procedimientos de privacidad y seguridad de %2.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
</context>
<context>
    <name>palisade::ui::CorrectiveActionDialog</name>
    <message>
        <source>To save this action:
%1</source>
        <translation>Para guardar esta acción:
%1</translation>
    </message>
    <message>
        <source>The action was not saved:
%1</source>
        <translation>La acción no se guardó:
%1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>For example: Retrain billing staff on verifying recipients</source>
        <translation>Por ejemplo: volver a capacitar al personal de facturación en la verificación de destinatarios</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>What is to be done, and how you will know it worked</source>
        <translation>Qué se debe hacer y cómo sabrá que funcionó</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>D&amp;ue by:</source>
        <translation>Fecha &amp;límite:</translation>
    </message>
    <message>
        <source>Save the action (Ctrl+S)</source>
        <translation>Guardar la acción (Ctrl+S)</translation>
    </message>
    <message>
        <source>The action no longer exists.</source>
        <translation>La acción ya no existe.</translation>
    </message>
    <message>
        <source>The action could not be read: %1</source>
        <translation>No se pudo leer la acción: %1</translation>
    </message>
    <message>
        <source>Done on %1.</source>
        <translation>Completada el %1.</translation>
    </message>
    <message>
        <source>Mark it done from the list once it is.</source>
        <translation>Márquela como completada desde la lista cuando lo esté.</translation>
    </message>
    <message>
        <source>Add Corrective Action</source>
        <translation>Agregar acción correctiva</translation>
    </message>
    <message>
        <source>Corrective Action</source>
        <translation>Acción correctiva</translation>
    </message>
    <message>
        <source>The action was not saved: %1</source>
        <translation>La acción no se guardó: %1</translation>
    </message>
    <message>
        <source>Save this action before closing?</source>
        <translation>¿Desea guardar esta acción antes de cerrar?</translation>
    </message>
    <message>
        <source>Save the changes to this action before closing?</source>
        <translation>¿Desea guardar los cambios de esta acción antes de cerrar?</translation>
    </message>
</context>
<context>
    <name>palisade::ui::CorrectiveActionModel</name>
    <message>
        <source>Not assigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Completada el %1</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Vencida hace %n día</numerusform>
            <numerusform>Vencida hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>palisade::ui::CorrectiveActionsTab</name>
    <message>
        <source>&amp;Add Action…</source>
        <translation>&amp;Agregar acción…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Mark &amp;Done…</source>
        <translation>Marcar como &amp;completada…</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Acciones correctivas</translation>
    </message>
    <message>
        <source>Record the day the selected action was done</source>
        <translation>Registrar el día en que se completó la acción seleccionada</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>The corrective actions could not be read: %1</source>
        <translation>No se pudieron leer las acciones correctivas: %1</translation>
    </message>
    <message>
        <source>“%1” is marked done.</source>
        <translation>“%1” se marcó como completada.</translation>
    </message>
    <message>
        <source>The action was not marked done: %1</source>
        <translation>La acción no se marcó como completada: %1</translation>
    </message>
    <message>
        <source>“%1” is marked done on %2.</source>
        <translation>“%1” se marcó como completada el %2.</translation>
    </message>
    <message>
        <source>No corrective action yet. Use “Add Action…” for each step that keeps this from happening again (retraining, a changed procedure, a technical fix), with an owner and a due date.</source>
        <translation>Aún no hay acciones correctivas. Use «Agregar acción…» para cada paso que evite que esto vuelva a ocurrir (nueva capacitación, un procedimiento modificado, una corrección técnica), con un responsable y una fecha límite.</translation>
    </message>
    <message>
        <source>Actions %1</source>
        <translation>Acciones %1</translation>
    </message>
</context>
<context>
    <name>palisade::ui::CounterpartyEditorDialog</name>
    <message>
        <source>PHI is &amp;shared with them (or they send it to us)</source>
        <translation>Se &amp;comparte PHI con esta contraparte (o nos la envía)</translation>
    </message>
    <message>
        <source>&amp;Add Contact</source>
        <translation>&amp;Agregar contacto</translation>
    </message>
    <message>
        <source>&amp;Remove Contact</source>
        <translation>&amp;Quitar contacto</translation>
    </message>
    <message>
        <source>e.g. Lakeside Family Clinic</source>
        <translation>p. ej., Lakeside Family Clinic</translation>
    </message>
    <message>
        <source>A covered entity we serve (we are its business associate), a subcontractor we use, or another vendor</source>
        <translation>Una entidad cubierta a la que servimos (somos su asociado comercial), un subcontratista que usamos u otro proveedor</translation>
    </message>
    <message>
        <source>e.g. Medical coding and claims submission</source>
        <translation>p. ej., Codificación médica y presentación de reclamaciones</translation>
    </message>
    <message>
        <source>With PHI shared and no business associate agreement in effect, the counterparty is a finding</source>
        <translation>Si se comparte PHI y no hay ningún acuerdo de asociado comercial en vigor, la contraparte es un hallazgo</translation>
    </message>
    <message>
        <source>e.g. Claims, diagnosis and procedure codes, insurance IDs</source>
        <translation>p. ej., Reclamaciones, códigos de diagnóstico y procedimientos, números de seguro</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>R&amp;elationship:</source>
        <translation>&amp;Relación:</translation>
    </message>
    <message>
        <source>Ser&amp;vices:</source>
        <translation>Ser&amp;vicios:</translation>
    </message>
    <message>
        <source>&amp;PHI shared:</source>
        <translation>&amp;PHI compartida:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Whom to reach about the agreement and about incidents, e.g. their privacy officer.</source>
        <translation>A quién contactar sobre el acuerdo y sobre incidentes, p. ej., su funcionario de privacidad.</translation>
    </message>
    <message>
        <source>Tick the assets that hold or carry the PHI shared with this counterparty, e.g. the portal they log in to or the SFTP link that sends them claims.</source>
        <translation>Marque los activos que contienen o transportan la PHI compartida con esta contraparte, p. ej., el portal en el que inician sesión o el enlace SFTP que les envía las reclamaciones.</translation>
    </message>
    <message>
        <source>Linked assets</source>
        <translation>Activos vinculados</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Contraparte</translation>
    </message>
    <message>
        <source>Linked Assets</source>
        <translation>Activos vinculados</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Save the counterparty (Ctrl+S)</source>
        <translation>Guardar la contraparte (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>No se pudo leer el historial: %1</translation>
    </message>
    <message>
        <source>The history starts when the counterparty is saved.</source>
        <translation>El historial empieza cuando se guarda la contraparte.</translation>
    </message>
    <message>
        <source>The counterparty could not be read: %1</source>
        <translation>No se pudo leer la contraparte: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The assets could not be read: %1</source>
        <translation>No se pudieron leer los activos: %1</translation>
    </message>
    <message>
        <source>Asset #%1 (not found)</source>
        <translation>Activo n.º %1 (no encontrado)</translation>
    </message>
    <message>
        <source>The asset inventory is empty. Add assets in the Assets area to link them here.</source>
        <translation>El inventario de activos está vacío. Agregue activos en el área Activos para vincularlos aquí.</translation>
    </message>
    <message>
        <source>New Counterparty</source>
        <translation>Nueva contraparte</translation>
    </message>
    <message>
        <source>Counterparty — %1</source>
        <translation>Contraparte — %1</translation>
    </message>
    <message>
        <source>To save this counterparty:
%1</source>
        <translation>Para guardar esta contraparte:
%1</translation>
    </message>
    <message>
        <source>The counterparty was not saved:
%1</source>
        <translation>La contraparte no se guardó:
%1</translation>
    </message>
    <message>
        <source>The counterparty was not saved: %1</source>
        <translation>La contraparte no se guardó: %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save this new counterparty before closing?</source>
        <translation>¿Desea guardar esta contraparte nueva antes de cerrar?</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>¿Desea guardar los cambios en “%1” antes de cerrar?</translation>
    </message>
</context>
<context>
    <name>palisade::ui::CounterpartyTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No — finding</source>
        <translation>No — hallazgo</translation>
    </message>
    <message>
        <source>A business associate agreement is in effect today.</source>
        <translation>Hoy hay un acuerdo de asociado comercial en vigor.</translation>
    </message>
    <message>
        <source>PHI is shared with %1, but no business associate agreement is in effect: a finding (164.502(e), 164.308(b)).</source>
        <translation>Se comparte PHI con %1, pero no hay ningún acuerdo de asociado comercial en vigor: es un hallazgo (164.502(e), 164.308(b)).</translation>
    </message>
    <message>
        <source>No agreement in effect; none is needed while no PHI is shared.</source>
        <translation>No hay ningún acuerdo en vigor; no se necesita mientras no se comparta PHI.</translation>
    </message>
    <message>
        <source>No business associate agreement in effect (finding)</source>
        <translation>No hay ningún acuerdo de asociado comercial en vigor (hallazgo)</translation>
    </message>
    <message>
        <source>Whether protected health information flows to or from them</source>
        <translation>Si la información de salud protegida fluye hacia ella o desde ella</translation>
    </message>
    <message>
        <source>Business associate agreements recorded with them, in any status</source>
        <translation>Acuerdos de asociado comercial registrados con ella, en cualquier estado</translation>
    </message>
    <message>
        <source>Whether a signed agreement is in effect today; sharing PHI without one is a finding</source>
        <translation>Si hoy hay un acuerdo firmado en vigor; compartir PHI sin él es un hallazgo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>PHI shared</source>
        <translation>PHI compartida</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>BAA in effect</source>
        <translation>BAA en vigor</translation>
    </message>
</context>
<context>
    <name>palisade::ui::CourseEditorDialog</name>
    <message>
        <source>To save this course:
%1</source>
        <translation>Para guardar este curso:
%1</translation>
    </message>
    <message>
        <source>The course was not saved:
%1</source>
        <translation>No se guardó el curso:
%1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>e.g. HIPAA Privacy and Security Basics</source>
        <translation>p. ej., Fundamentos de privacidad y seguridad de HIPAA</translation>
    </message>
    <message>
        <source>Optional: what the course covers</source>
        <translation>Opcional: lo que abarca el curso</translation>
    </message>
    <message>
        <source>Required of roles</source>
        <translation>Obligatorio para las funciones</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Linked policies</source>
        <translation>Políticas vinculadas</translation>
    </message>
    <message>
        <source>With no policy ticked, a change to any policy calls for the course.</source>
        <translation>Si no se marca ninguna política, un cambio en cualquier política hace necesario el curso.</translation>
    </message>
    <message>
        <source>No passing score</source>
        <translation>Sin puntuación mínima</translation>
    </message>
    <message>
        <source>A completion must reach this score to count</source>
        <translation>Un curso completado debe alcanzar esta puntuación para contar</translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation>No caduca</translation>
    </message>
    <message>
        <source>How long a completion counts before it must be taken again</source>
        <translation>Cuánto tiempo cuenta un curso completado antes de que deba repetirse</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Required &amp;of:</source>
        <translation>&amp;Obligatorio para:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Vence:</translation>
    </message>
    <message>
        <source>&amp;Linked policies:</source>
        <translation>Políticas vinc&amp;uladas:</translation>
    </message>
    <message>
        <source>&amp;Passing score:</source>
        <translation>&amp;Puntuación mínima:</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>Vá&amp;lido durante:</translation>
    </message>
    <message>
        <source>Save the course (Ctrl+S)</source>
        <translation>Guardar el curso (Ctrl+S)</translation>
    </message>
    <message>
        <source>%1 was retired on %2 and is kept as it was.</source>
        <translation>%1 se retiró el %2 y se conserva tal como estaba.</translation>
    </message>
    <message>
        <source>The course could not be read: %1</source>
        <translation>No se pudo leer el curso: %1</translation>
    </message>
    <message>
        <source>Add Course</source>
        <translation>Agregar curso</translation>
    </message>
    <message>
        <source>%1 — Course</source>
        <translation>%1 — Curso</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No role ticked: everyone on the workforce must take it.</source>
        <translation>Ninguna función marcada: todo el personal debe realizarlo.</translation>
    </message>
    <message>
        <source>Only people with a ticked role must take it.</source>
        <translation>Solo deben realizarlo las personas con una función marcada.</translation>
    </message>
    <message>
        <source>The course was not saved: %1</source>
        <translation>No se guardó el curso: %1</translation>
    </message>
    <message>
        <source>Save this new course before closing?</source>
        <translation>¿Desea guardar este curso nuevo antes de cerrar?</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>¿Desea guardar los cambios en %1 antes de cerrar?</translation>
    </message>
    <message>
        <source>No policy is on file yet: a change to any policy will call for the course.</source>
        <translation>Aún no hay ninguna política registrada: un cambio en cualquier política exigirá el curso.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::CourseTableModel</name>
    <message>
        <source>Every person on the workforce must complete it</source>
        <translation>Todas las personas del personal deben completarlo</translation>
    </message>
    <message>
        <source>Not required from this day; its completions are kept</source>
        <translation>No es obligatorio a partir de este día; sus cursos completados se conservan</translation>
    </message>
    <message>
        <source>When the course falls due</source>
        <translation>Cuándo vence el curso</translation>
    </message>
    <message>
        <source>The score a completion must reach to count</source>
        <translation>La puntuación que debe alcanzar un curso completado para contar</translation>
    </message>
    <message>
        <source>How long a completion counts before it must be taken again</source>
        <translation>Cuánto tiempo cuenta un curso completado antes de que deba repetirse</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Required Of</source>
        <translation>Obligatorio para</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Passing Score</source>
        <translation>Puntuación mínima</translation>
    </message>
    <message>
        <source>Valid For</source>
        <translation>Válido durante</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirado</translation>
    </message>
</context>
<context>
    <name>palisade::ui::CoursesTab</name>
    <message>
        <source>&amp;Add Course…</source>
        <translation>&amp;Agregar curso…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>&amp;Retirar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Add Course</source>
        <translation>Agregar curso</translation>
    </message>
    <message>
        <source>Add a course your program requires (Ctrl+N)</source>
        <translation>Agregar un curso que su programa exige (Ctrl+N)</translation>
    </message>
    <message>
        <source>Change the selected course (Enter or double-click)</source>
        <translation>Cambiar el curso seleccionado (Intro o doble clic)</translation>
    </message>
    <message>
        <source>Stop requiring the selected course; its completions are kept</source>
        <translation>Dejar de exigir el curso seleccionado; sus cursos completados se conservan</translation>
    </message>
    <message>
        <source>Delete the selected course; only while nobody has completed it</source>
        <translation>Eliminar el curso seleccionado; solo mientras nadie lo haya completado</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <source>The courses could not be read: %1</source>
        <translation>No se pudieron leer los cursos: %1</translation>
    </message>
    <message>
        <source>Courses required: %L1</source>
        <translation>Cursos obligatorios: %L1</translation>
    </message>
    <message>
        <source>Retired: %L1</source>
        <translation>Retirados: %L1</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>Se agregó %1.</translation>
    </message>
    <message>
        <source>Not retired: %1</source>
        <translation>No se retiró: %1</translation>
    </message>
    <message>
        <source>%1 is no longer required from %2; its completions are kept.</source>
        <translation>%1 deja de ser obligatorio a partir del %2; sus cursos completados se conservan.</translation>
    </message>
    <message>
        <source>Delete Course</source>
        <translation>Eliminar curso</translation>
    </message>
    <message>
        <source>Delete “%1”? Only a course nobody has completed can be deleted; retire one that has completions.</source>
        <translation>¿Desea eliminar “%1”? Solo se puede eliminar un curso que nadie haya completado; retire el que tenga cursos completados.</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>Se eliminó %1.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::CoveredEntityField</name>
    <message>
        <source>No covered entities on file. When the PHI is a client&apos;s, add the client on the Vendors &amp; BAAs page first.</source>
        <translation>No hay entidades cubiertas registradas. Cuando la PHI sea de un cliente, agregue primero el cliente en la página Proveedores y BAA.</translation>
    </message>
    <message>
        <source>Covered entities whose PHI it is</source>
        <translation>Entidades cubiertas a las que pertenece la PHI</translation>
    </message>
    <message>
        <source>PHI shared: %1</source>
        <translation>PHI compartida: %1</translation>
    </message>
</context>
<context>
    <name>palisade::ui::CreateProgramWizard</name>
    <message>
        <source>New Program File — Palisade</source>
        <translation>Nuevo archivo del programa — Palisade</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>Go back and choose an acceptable passphrase.</source>
        <translation>Vuelva atrás y elija una frase de contraseña aceptable.</translation>
    </message>
    <message>
        <source>Use Back to choose another location.</source>
        <translation>Use Atrás para elegir otra ubicación.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>The compliance program of %1, kept in one encrypted file.</source>
        <translation>El programa de cumplimiento de %1, guardado en un único archivo cifrado.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>Not run since the file was unlocked.</source>
        <translation>No se ha ejecutado desde que se desbloqueó el archivo.</translation>
    </message>
    <message>
        <source>Program file</source>
        <translation>Archivo del programa</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>Funcionario:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creación:</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Recorded events:</source>
        <translation>Eventos registrados:</translation>
    </message>
    <message>
        <source>Last verification:</source>
        <translation>Última verificación:</translation>
    </message>
    <message>
        <source>Verify Now</source>
        <translation>Verificar ahora</translation>
    </message>
    <message>
        <source>Open Audit Trail</source>
        <translation>Abrir registro de auditoría</translation>
    </message>
    <message>
        <source>Areas to come</source>
        <translation>Próximas áreas</translation>
    </message>
    <message>
        <source>These areas are planned and not built yet. Nothing is recorded in them; each page says what it will hold.</source>
        <translation>Estas áreas están previstas, pero aún no están disponibles. No se registra nada en ellas; cada página describe lo que contendrá.</translation>
    </message>
    <message>
        <source>%1
Checked %2.</source>
        <translation>%1
Verificado: %2.</translation>
    </message>
    <message>
        <source>Cancelled after %L1 events (%2).</source>
        <translation>Cancelada después de %L1 eventos (%2).</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>No se puede leer</translation>
    </message>
</context>
<context>
    <name>palisade::ui::DataFlowTableModel</name>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No — finding</source>
        <translation>No — hallazgo</translation>
    </message>
    <message>
        <source>Encrypted in transit (for example TLS, SFTP or a VPN).</source>
        <translation>Cifrado en tránsito (por ejemplo, TLS, SFTP o una VPN).</translation>
    </message>
    <message>
        <source>Where the data comes from</source>
        <translation>De dónde provienen los datos</translation>
    </message>
    <message>
        <source>Where the data goes</source>
        <translation>Adónde van los datos</translation>
    </message>
    <message>
        <source>How it travels: SFTP, VPN, e-mail, fax, courier…</source>
        <translation>Cómo viajan: SFTP, VPN, correo electrónico, fax, mensajería…</translation>
    </message>
    <message>
        <source>Whether the data is encrypted while it travels</source>
        <translation>Si los datos están cifrados mientras viajan</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Encrypted in transit</source>
        <translation>Cifrado en tránsito</translation>
    </message>
</context>
<context>
    <name>palisade::ui::DisposalConfirmDialog</name>
    <message>
        <source>Dispose of Records</source>
        <translation>Destruir registros</translation>
    </message>
    <message numerus="yes">
        <source>Dispose of %n record(s) past the retention period on %1?</source>
        <translation>
            <numerusform>¿Destruir %n registro con el plazo de conservación vencido al %1?</numerusform>
            <numerusform>¿Destruir %n registros con el plazo de conservación vencido al %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Conservado hasta</translation>
    </message>
    <message>
        <source>&amp;Dispose</source>
        <translation>&amp;Destruir</translation>
    </message>
    <message>
        <source>Their content is destroyed, together with what belongs to them (an agreement&apos;s documents, a risk&apos;s tasks), and their earlier states leave the audit trail. Only a tombstone remains for each: what it was, who disposed of it and when, and the SHA-256 of its content, in the disposal log and the audit trail. This cannot be undone.</source>
        <translation>Su contenido se destruye, junto con lo que les pertenece (los documentos de un acuerdo, las tareas de un riesgo), y sus estados anteriores salen del registro de auditoría. Solo queda una lápida de cada uno: qué era, quién lo destruyó y cuándo, y el SHA-256 de su contenido, en el registro de destrucciones y en el registro de auditoría. Esto no se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::DisposalLogTab</name>
    <message>
        <source>Nothing disposed of yet</source>
        <translation>Aún no se ha destruido nada</translation>
    </message>
    <message>
        <source>When a record is past its retention period and no legal hold keeps it, you may dispose of it from the Records tab. Its content is destroyed; this log keeps what it was, who disposed of it and when, and the SHA-256 of its content, so an auditor can see that it was kept for as long as required.</source>
        <translation>Cuando un registro ha superado su plazo de conservación y ninguna retención legal lo protege, puede destruirlo desde la pestaña Registros. Su contenido se destruye; esta bitácora conserva qué era, quién lo destruyó y cuándo, y el SHA-256 de su contenido, para que un auditor pueda comprobar que se conservó durante el tiempo exigido.</translation>
    </message>
    <message>
        <source>What remains of each disposed record. The content is gone; the SHA-256 of its content proves what it was.</source>
        <translation>Lo que queda de cada registro destruido. El contenido ya no existe; el SHA-256 de su contenido demuestra qué era.</translation>
    </message>
    <message>
        <source>&amp;Copy SHA-256</source>
        <translation>&amp;Copiar SHA-256</translation>
    </message>
    <message>
        <source>Copy the selected record&apos;s SHA-256 (Ctrl+C in the table copies the selected cell)</source>
        <translation>Copiar el SHA-256 del registro seleccionado (Ctrl+C en la tabla copia la celda seleccionada)</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>Copiar SHA-256</translation>
    </message>
</context>
<context>
    <name>palisade::ui::DisposalModel</name>
    <message>
        <source>Not a record</source>
        <translation>No es un registro</translation>
    </message>
    <message>
        <source>A draft that went with the record it belonged to</source>
        <translation>Un borrador que se destruyó junto con el registro al que pertenecía</translation>
    </message>
    <message>
        <source>The content&apos;s fingerprint: proof of what was destroyed, without the content</source>
        <translation>La huella digital del contenido: prueba de lo que se destruyó, sin el contenido</translation>
    </message>
    <message>
        <source>Disposed at</source>
        <translation>Destruido el</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Conservado hasta</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>%1
SHA-256 of the record&apos;s content as it stood when it was disposed of. Ctrl+C copies it.</source>
        <translation>%1
SHA-256 del contenido del registro tal como estaba cuando se destruyó. Ctrl+C lo copia.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::DisposalRun</name>
    <message numerus="yes">
        <source>Disposed of %n record(s)</source>
        <translation>
            <numerusform>Se destruyó %n registro</numerusform>
            <numerusform>Se destruyeron %n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n that belonged to them</source>
        <translation>
            <numerusform> y %n elemento que les pertenecía</numerusform>
            <numerusform> y %n elementos que les pertenecían</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n refused: </source>
        <translation>
            <numerusform>; %n rechazado: </numerusform>
            <numerusform>; %n rechazados: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::DueStateColors</name>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>Vence en 30 días o menos</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Not yet due (never taken)</source>
        <translation>Aún no vence (nunca realizado)</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>No obligatorio</translation>
    </message>
    <message>
        <source>Ended (left the workforce)</source>
        <translation>Finalizado (dejó el personal)</translation>
    </message>
</context>
<context>
    <name>palisade::ui::DueSummaryBox</name>
    <message numerus="yes">
        <source>%n finding(s) need attention now.</source>
        <translation>
            <numerusform>%n hallazgo requiere atención ahora.</numerusform>
            <numerusform>%n hallazgos requieren atención ahora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) coming due.</source>
        <translation>
            <numerusform>%n fecha próxima a vencer.</numerusform>
            <numerusform>%n fechas próximas a vencer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::EffectiveDateDialog</name>
    <message>
        <source>&amp;Make Effective</source>
        <translation>&amp;Poner en vigor</translation>
    </message>
    <message>
        <source>Make Effective — %1</source>
        <translation>Poner en vigor — %1</translation>
    </message>
    <message>
        <source>In &amp;effect from:</source>
        <translation>En &amp;vigor desde:</translation>
    </message>
    <message>
        <source>%1 was approved on %2.</source>
        <translation>%1 se aprobó el %2.</translation>
    </message>
    <message>
        <source>It supersedes %1, in effect since %2; %3 is the last day of %1.</source>
        <translation>Reemplaza a %1, en vigor desde el %2; el %3 es el último día de %1.</translation>
    </message>
    <message>
        <source>It is the first revision of %1 to take effect.</source>
        <translation>Es la primera versión de %1 que entra en vigor.</translation>
    </message>
    <message>
        <source>The date lies ahead: %1 is scheduled until then.</source>
        <translation>La fecha es futura: hasta entonces, %1 figurará como programada.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::EvidencePackTableModel</name>
    <message>
        <source>Exported by %1</source>
        <translation>Exportado por %1</translation>
    </message>
    <message>
        <source>%1
Note: %2</source>
        <translation>%1
Nota: %2</translation>
    </message>
    <message>
        <source>SHA-256 of the PDF: %1</source>
        <translation>SHA-256 del PDF: %1</translation>
    </message>
    <message>
        <source>The SHA-256 of the PDF as exported; hover over a row for the full value</source>
        <translation>El SHA-256 del PDF tal como se exportó; coloque el puntero sobre una fila para ver el valor completo</translation>
    </message>
    <message>
        <source>Pack ID</source>
        <translation>ID del paquete</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>Preparado para</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Preparado por</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre de archivo</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>palisade::ui::EvidencePage</name>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>PDF evidence packs for auditors: the program as it stood at the end of a period, section by section. Each export is recorded with the file&apos;s SHA-256, so a PDF can be verified later.</source>
        <translation>Paquetes de evidencias en PDF para auditores: el programa tal como estaba al final de un período, sección por sección. Cada exportación se registra con el SHA-256 del archivo, de modo que un PDF pueda verificarse más adelante.</translation>
    </message>
    <message>
        <source>&amp;Export Evidence Pack…</source>
        <translation>&amp;Exportar paquete de evidencias…</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Detalles…</translation>
    </message>
    <message>
        <source>No evidence pack exported yet</source>
        <translation>Aún no se ha exportado ningún paquete de evidencias</translation>
    </message>
    <message>
        <source>An evidence pack is one PDF for an auditor or a client: the program overview, risk analysis, policies, business associate agreements, training, incidents, retention and the audit trail for a period you choose. Its SHA-256 goes into the audit trail, so anyone can later check that a copy is exactly what you exported. Choose “Export Evidence Pack…” above to make the first one.</source>
        <translation>Un paquete de evidencias es un único PDF para un auditor o un cliente: la descripción general del programa, el análisis de riesgos, las políticas, los acuerdos de socio comercial, la capacitación, los incidentes, la conservación y el registro de auditoría de un período que usted elija. Su SHA-256 se incluye en el registro de auditoría, de modo que cualquier persona puede comprobar más adelante que una copia es exactamente lo que usted exportó. Elija “Exportar paquete de evidencias…” arriba para crear el primero.</translation>
    </message>
    <message>
        <source>Choose a period and sections and save the pack as a PDF (Ctrl+N)</source>
        <translation>Elija un período y las secciones, y guarde el paquete como PDF (Ctrl+N)</translation>
    </message>
    <message>
        <source>What the selected pack covers, and its file (Enter or double-click)</source>
        <translation>Lo que abarca el paquete seleccionado y su archivo (Intro o doble clic)</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Todas las secciones</translation>
    </message>
    <message>
        <source>Export Evidence Pack</source>
        <translation>Exportar paquete de evidencias</translation>
    </message>
    <message>
        <source>The exported evidence packs could not be read: %1</source>
        <translation>No se pudieron leer los paquetes de evidencias exportados: %1</translation>
    </message>
    <message>
        <source>The file is open read-only: packs can be verified, not exported.</source>
        <translation>El archivo está abierto en modo de solo lectura: los paquetes se pueden verificar, pero no exportar.</translation>
    </message>
    <message>
        <source>Packs exported: %L1 · Latest: %2 on %3 by %4</source>
        <translation>Paquetes exportados: %L1 · Último: %2 el %3 por %4</translation>
    </message>
    <message>
        <source>The evidence pack was not exported: %1
No file was written.</source>
        <translation>No se exportó el paquete de evidencias: %1
No se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Componiendo las páginas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Exporting Evidence Pack</source>
        <translation>Exportando el paquete de evidencias</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Writing page %L1 of %L2…</source>
        <translation>Escribiendo la página %L1 de %L2…</translation>
    </message>
    <message>
        <source>Evidence pack %1 was saved to %2.</source>
        <translation>El paquete de evidencias %1 se guardó en %2.</translation>
    </message>
    <message>
        <source>Evidence Pack Exported</source>
        <translation>Paquete de evidencias exportado</translation>
    </message>
    <message>
        <source>Evidence pack %1 was exported.</source>
        <translation>Se exportó el paquete de evidencias %1.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Páginas:</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written and nothing was recorded.</source>
        <translation>Se canceló la exportación. No se escribió ningún archivo ni se registró nada.</translation>
    </message>
    <message>
        <source>The evidence pack was not exported: %1
No file was written to %2.</source>
        <translation>No se exportó el paquete de evidencias: %1
No se escribió ningún archivo en %2.</translation>
    </message>
    <message>
        <source>Evidence Pack %1</source>
        <translation>Paquete de evidencias %1</translation>
    </message>
    <message>
        <source>Evidence pack %1</source>
        <translation>Paquete de evidencias %1</translation>
    </message>
    <message>
        <source>Exported by %1 on %2.</source>
        <translation>Exportado por %1 el %2.</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Ruta:</translation>
    </message>
    <message>
        <source>Evidence pack %1 was saved to %2, but its bundle was not: %3
No zip was left behind; export the pack again to get one.</source>
        <translation>El paquete de evidencias %1 se guardó en %2, pero su paquete comprimido no: %3
No quedó ningún zip a medias; exporte el paquete de nuevo para obtenerlo.</translation>
    </message>
    <message>
        <source>Bundle:</source>
        <translation>Paquete comprimido:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Adjuntos:</translation>
    </message>
    <message>
        <source>Bundle SHA-256:</source>
        <translation>SHA-256 del paquete comprimido:</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>&amp;Verify a File…</source>
        <translation>&amp;Verificar un archivo…</translation>
    </message>
    <message>
        <source>Check whether a PDF or a bundle (zip) is exactly what was exported from this program file</source>
        <translation>Comprobar si un PDF o un paquete comprimido (zip) es exactamente lo que se exportó desde este archivo del programa</translation>
    </message>
    <message>
        <source>Its SHA-256 is recorded in the audit trail: “Verify a File…” recognises this exact file later.</source>
        <translation>Su SHA-256 queda en el registro de auditoría: “Verificar un archivo…” reconocerá más adelante este archivo exacto.</translation>
    </message>
    <message>
        <source>Verify a File</source>
        <translation>Verificar un archivo</translation>
    </message>
    <message>
        <source>Evidence packs and bundles (*.pdf *.zip);;All files (*)</source>
        <translation>Paquetes de evidencias y paquetes comprimidos (*.pdf *.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 was not found unchanged where Palisade looks: the folders used in this session, your Documents folder and the program file&apos;s folder. To check a copy kept elsewhere, use “Verify a File…”.</source>
        <translation>%1 no se encontró sin cambios donde Palisade busca: las carpetas usadas en esta sesión, su carpeta Documentos y la carpeta del archivo del programa. Para comprobar una copia guardada en otro lugar, use “Verificar un archivo…”.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::EvidenceTab</name>
    <message>
        <source>Add &amp;Note…</source>
        <translation>Agregar &amp;nota…</translation>
    </message>
    <message>
        <source>&amp;Attach File…</source>
        <translation>Ad&amp;juntar archivo…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>No evidence kept yet. Add a note of what was found, or attach a file (a log export, a screenshot, a forensic report): it is kept encrypted in this file and cannot be changed once added.</source>
        <translation>Aún no se guarda ninguna evidencia. Agregue una nota de lo que se encontró o adjunte un archivo (una exportación de registros, una captura de pantalla, un informe forense): se conserva cifrada en este archivo y no se puede modificar una vez agregada.</translation>
    </message>
    <message>
        <source>Keep a file of any kind, encrypted, with a note</source>
        <translation>Guardar un archivo de cualquier tipo, cifrado, con una nota</translation>
    </message>
    <message>
        <source>Write a decrypted copy of the selected file to disk; the audit trail records where</source>
        <translation>Escribir en el disco una copia descifrada del archivo seleccionado; el registro de auditoría anota dónde</translation>
    </message>
    <message>
        <source>The evidence could not be read: %1</source>
        <translation>No se pudieron leer las evidencias: %1</translation>
    </message>
    <message>
        <source>The note was not added: %1</source>
        <translation>La nota no se agregó: %1</translation>
    </message>
    <message>
        <source>The note is kept.</source>
        <translation>La nota se guardó.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB and was not attached.</source>
        <translation>%1 ocupa más de %2 MB y no se adjuntó.</translation>
    </message>
    <message>
        <source>%1 was not attached: %2</source>
        <translation>%1 no se adjuntó: %2</translation>
    </message>
    <message>
        <source>%1 is kept, encrypted, with its SHA-256.</source>
        <translation>%1 se guardó, cifrado, con su SHA-256.</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Agregar nota</translation>
    </message>
    <message>
        <source>What was found, seen or done, in your words:</source>
        <translation>Lo que se encontró, observó o hizo, en sus propias palabras:</translation>
    </message>
    <message>
        <source>Attach Evidence</source>
        <translation>Adjuntar evidencia</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>What %1 shows (optional):</source>
        <translation>Lo que muestra %1 (opcional):</translation>
    </message>
    <message>
        <source>Evidence %1</source>
        <translation>Evidencias %1</translation>
    </message>
</context>
<context>
    <name>palisade::ui::EvidenceTableModel</name>
    <message>
        <source>%1, %2 — SHA-256 %3</source>
        <translation>%1, %2 — SHA-256 %3</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregada</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Added on %1 by %2</source>
        <translation>Agregada el %1 por %2</translation>
    </message>
</context>
<context>
    <name>palisade::ui::ExportDialog</name>
    <message>
        <source>&amp;CSV (comma-separated text; imports again)</source>
        <translation>&amp;CSV (texto separado por comas; se puede volver a importar)</translation>
    </message>
    <message>
        <source>&amp;Excel workbook (.xlsx)</source>
        <translation>Libro de &amp;Excel (.xlsx)</translation>
    </message>
    <message>
        <source>As it stood at the end of &amp;a past day:</source>
        <translation>Tal como estaba al final de un &amp;día pasado:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>&amp;Show in Folder</source>
        <translation>&amp;Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Export Risk Register</source>
        <translation>Exportar registro de riesgos</translation>
    </message>
    <message>
        <source>Export Asset Inventory</source>
        <translation>Exportar inventario de activos</translation>
    </message>
    <message>
        <source>Saves every risk with all its fields, levels and open task counts. The file is not encrypted: keep it somewhere as safe as this program file.</source>
        <translation>Guarda cada riesgo con todos sus campos, niveles y número de tareas abiertas. El archivo no está cifrado: guárdelo en un lugar tan seguro como este archivo del programa.</translation>
    </message>
    <message>
        <source>Saves every asset with its data flows. The file is not encrypted: keep it somewhere as safe as this program file.</source>
        <translation>Guarda cada activo con sus flujos de datos. El archivo no está cifrado: guárdelo en un lugar tan seguro como este archivo del programa.</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Register:</source>
        <translation>Registro:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Libros de Excel (*.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Replace File</source>
        <translation>Reemplazar archivo</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>“%1” ya existe. ¿Desea reemplazarlo?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Nothing was exported: the program file is closed.</source>
        <translation>No se exportó nada: el archivo del programa está cerrado.</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>No se exportó nada: %1</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n riesgo</numerusform>
            <numerusform>%n riesgos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n activo</numerusform>
            <numerusform>%n activos</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>Exportación completada: %1 en %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export Counterparties</source>
        <translation>Exportar contrapartes</translation>
    </message>
    <message>
        <source>Saves every counterparty with its contacts and linked assets. The file is not encrypted: keep it somewhere as safe as this program file.</source>
        <translation>Guarda cada contraparte con sus contactos y activos vinculados. El archivo no está cifrado: guárdelo en un lugar tan seguro como este archivo del programa.</translation>
    </message>
    <message>
        <source>Export Agreements</source>
        <translation>Exportar acuerdos</translation>
    </message>
    <message>
        <source>Saves every business associate agreement with its dates, notice deadlines and provision checklist (not the signed PDFs). The file is not encrypted: keep it somewhere as safe as this program file.</source>
        <translation>Guarda cada acuerdo de asociado comercial con sus fechas, plazos de notificación y lista de disposiciones (no los PDF firmados). El archivo no está cifrado: guárdelo en un lugar tan seguro como este archivo del programa.</translation>
    </message>
    <message numerus="yes">
        <source>%n counterparty(ies)</source>
        <translation>
            <numerusform>%n contraparte</numerusform>
            <numerusform>%n contrapartes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n acuerdo</numerusform>
            <numerusform>%n acuerdos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::ExportPackDialog</name>
    <message>
        <source>B&amp;rowse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Export Evidence Pack</source>
        <translation>Exportar paquete de evidencias</translation>
    </message>
    <message>
        <source>The pack shows the program as it stood on the last day of the period and what happened within it. Its SHA-256 is recorded in the audit trail, so the file can be verified later.</source>
        <translation>El paquete de evidencias muestra el programa tal como estaba el último día del período y lo que ocurrió durante él. Su SHA-256 se anota en el registro de auditoría, de modo que el archivo se pueda verificar más adelante.</translation>
    </message>
    <message>
        <source>The auditor or client, e.g. Harbor Audit Partners LLP</source>
        <translation>El auditor o el cliente, p. ej., Harbor Audit Partners LLP</translation>
    </message>
    <message>
        <source>Optional, printed on the cover</source>
        <translation>Opcional; se imprime en la portada</translation>
    </message>
    <message>
        <source>Prepared f&amp;or:</source>
        <translation>Preparado p&amp;ara:</translation>
    </message>
    <message>
        <source>Prepared &amp;by:</source>
        <translation>Preparado &amp;por:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Guardar &amp;como:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Período personalizado</translation>
    </message>
    <message>
        <source>Pre&amp;set:</source>
        <translation>&amp;Ajuste predefinido:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>The program file is open read-only; an export is recorded in it.</source>
        <translation>El archivo del programa está abierto en modo de solo lectura; las exportaciones se anotan en él.</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Elija dónde guardar el PDF.</translation>
    </message>
    <message>
        <source>Save Evidence Pack As</source>
        <translation>Guardar paquete de evidencias como</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Before the pack can be exported:
%1</source>
        <translation>Antes de poder exportar el paquete:
%1</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the new evidence pack?</source>
        <translation>%1 ya existe. ¿Desea reemplazarlo por el nuevo paquete de evidencias?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>Also save a b&amp;undle beside it: a zip with the PDF, a manifest and the attachments (signed agreements, evidence, policy texts)</source>
        <translation>Guardar también un paq&amp;uete comprimido al lado: un zip con el PDF, un manifiesto y los adjuntos (acuerdos firmados, evidencias, textos de las políticas)</translation>
    </message>
    <message>
        <source>Bundle: %1</source>
        <translation>Paquete comprimido: %1</translation>
    </message>
    <message>
        <source>%1 and %2 already exist. Replace them with the new evidence pack and bundle?</source>
        <translation>%1 y %2 ya existen. ¿Sustituirlos por el nuevo paquete de evidencias y su paquete comprimido?</translation>
    </message>
</context>
<context>
    <name>palisade::ui::GuardedCopyFilter</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
</context>
<context>
    <name>palisade::ui::ImportDialog</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>CSV Format &amp;Guide</source>
        <translation>&amp;Guía del formato CSV</translation>
    </message>
    <message>
        <source>C&amp;opy Problems</source>
        <translation>C&amp;opiar problemas</translation>
    </message>
    <message>
        <source>Import Risks from CSV</source>
        <translation>Importar riesgos desde CSV</translation>
    </message>
    <message>
        <source>Import Assets from CSV</source>
        <translation>Importar activos desde CSV</translation>
    </message>
    <message>
        <source>Adds the risks in a CSV file to the register. Every row is checked first: if any row has a problem, nothing is imported and each problem is listed with its line, so you can fix the file and try again.</source>
        <translation>Agrega al registro los riesgos de un archivo CSV. Primero se comprueba cada fila: si alguna tiene un problema, no se importa nada y cada problema se enumera con su línea, para que pueda corregir el archivo e intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Adds the assets in a CSV file to the inventory. Every row is checked first: if any row has a problem, nothing is imported and each problem is listed with its line, so you can fix the file and try again.</source>
        <translation>Agrega al inventario los activos de un archivo CSV. Primero se comprueba cada fila: si alguna tiene un problema, no se importa nada y cada problema se enumera con su línea, para que pueda corregir el archivo e intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Choose a .csv file</source>
        <translation>Elija un archivo .csv</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>Problemas de importación</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Dates are written year first (2026-03-01). Lists such as assets and citations are separated by semicolons.</source>
        <translation>Las fechas se escriben con el año primero (2026-03-01). Las listas, como los activos y las citas, se separan con punto y coma.</translation>
    </message>
    <message>
        <source>Write each data flow as &lt;code&gt;From &amp;gt; To via Channel [encrypted]&lt;/code&gt; and separate flows with semicolons; a flow without &lt;code&gt;[encrypted]&lt;/code&gt; is recorded as not encrypted in transit.</source>
        <translation>Escriba cada flujo de datos como &lt;code&gt;Origen &amp;gt; Destino via Canal [encrypted]&lt;/code&gt; y separe los flujos con punto y coma; un flujo sin &lt;code&gt;[encrypted]&lt;/code&gt; se registra como sin cifrado en tránsito.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Required columns:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Optional columns:&lt;/b&gt; %2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;Columnas obligatorias:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Columnas opcionales:&lt;/b&gt; %2&lt;br&gt;%3</translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n riesgo</numerusform>
            <numerusform>%n riesgos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n activo</numerusform>
            <numerusform>%n activos</numerusform>
        </translation>
    </message>
    <message>
        <source>The format guide could not be opened. The columns above are what the file needs.</source>
        <translation>No se pudo abrir la guía del formato. Las columnas indicadas arriba son las que necesita el archivo.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Nothing was imported: the program file is not open for changes.</source>
        <translation>No se importó nada: el archivo del programa no está abierto para modificaciones.</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>Leyendo y comprobando %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was imported.</source>
        <translation>Importación cancelada. No se importó nada.</translation>
    </message>
    <message>
        <source>The program file was closed.</source>
        <translation>Se cerró el archivo del programa.</translation>
    </message>
    <message>
        <source>Imported %1 from %2.</source>
        <translation>Importación completada: %1 de %2.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import Counterparties from CSV</source>
        <translation>Importar contrapartes desde CSV</translation>
    </message>
    <message>
        <source>Adds the covered entities, subcontractors and other vendors in a CSV file. Every row is checked first: if any row has a problem, nothing is imported and each problem is listed with its line, so you can fix the file and try again.</source>
        <translation>Agrega las entidades cubiertas, los subcontratistas y otros proveedores de un archivo CSV. Primero se comprueba cada fila: si alguna tiene un problema, no se importa nada y cada problema se enumera con su línea, para que pueda corregir el archivo e intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Import Agreements from CSV</source>
        <translation>Importar acuerdos desde CSV</translation>
    </message>
    <message>
        <source>Adds the business associate agreements in a CSV file; their counterparties must already be recorded. Every row is checked first: if any row has a problem, nothing is imported and each problem is listed with its line, so you can fix the file and try again.</source>
        <translation>Agrega los acuerdos de asociado comercial de un archivo CSV; sus contrapartes ya deben estar registradas. Primero se comprueba cada fila: si alguna tiene un problema, no se importa nada y cada problema se enumera con su línea, para que pueda corregir el archivo e intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Relationship is covered_entity, subcontractor or other_vendor. Contacts and linked assets (by name) are separated by semicolons.</source>
        <translation>En relationship, use covered_entity, subcontractor u other_vendor. Los contactos y los activos vinculados (por nombre) se separan con punto y coma.</translation>
    </message>
    <message>
        <source>Dates are written year first (2026-03-01). The counterparty is named as recorded; upstream agreements in flows_down_from by reference (BAA-0001).</source>
        <translation>Las fechas se escriben con el año primero (2026-03-01). La contraparte se indica por su nombre registrado; los acuerdos ascendentes, en flows_down_from, por su referencia (BAA-0001).</translation>
    </message>
    <message numerus="yes">
        <source>%n counterparty(ies)</source>
        <translation>
            <numerusform>%n contraparte</numerusform>
            <numerusform>%n contrapartes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n acuerdo</numerusform>
            <numerusform>%n acuerdos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::IncidentAffectedForm</name>
    <message>
        <source>We &amp;notify individuals, HHS and media for them</source>
        <translation>&amp;Nosotros notificamos a las personas, al HHS y a los medios en su nombre</translation>
    </message>
    <message>
        <source>The PHI was &amp;secured</source>
        <translation>La PHI estaba &amp;protegida</translation>
    </message>
    <message>
        <source>Affected systems</source>
        <translation>Sistemas afectados</translation>
    </message>
    <message>
        <source>Usually we notify the covered entity and it notifies the individuals, HHS and the media; some agreements delegate those notices to us</source>
        <translation>Normalmente notificamos a la entidad cubierta y esta notifica a las personas, al HHS y a los medios; algunos acuerdos nos delegan esas notificaciones</translation>
    </message>
    <message>
        <source>e.g. names, dates of service, diagnosis codes</source>
        <translation>p. ej., nombres, fechas de servicio, códigos de diagnóstico</translation>
    </message>
    <message>
        <source>The kinds of PHI involved, separated by commas</source>
        <translation>Los tipos de PHI involucrados, separados por comas</translation>
    </message>
    <message>
        <source>Encrypted per NIST SP 800-111 with a key that was not compromised: not “unsecured PHI”, so its loss is not a reportable breach (164.402)</source>
        <translation>Cifrada según NIST SP 800-111 con una clave que no se vio comprometida: no es «PHI no protegida», por lo que su pérdida no es una brecha notificable (164.402)</translation>
    </message>
    <message>
        <source>Why: e.g. full-disk encryption (AES-256, FileVault), the recovery key was not on the device</source>
        <translation>Por qué: p. ej., cifrado de disco completo (AES-256, FileVault), la clave de recuperación no estaba en el dispositivo</translation>
    </message>
    <message>
        <source>Whose PHI</source>
        <translation>De quién es la PHI</translation>
    </message>
    <message>
        <source>Tick the covered entities whose PHI it is when you are their business associate. Leave all unticked when the PHI is your own.</source>
        <translation>Marque las entidades cubiertas a las que pertenece la PHI cuando usted sea su asociado comercial. Deje todas sin marcar cuando la PHI sea propia.</translation>
    </message>
    <message>
        <source>PHI involved</source>
        <translation>PHI involucrada</translation>
    </message>
    <message>
        <source>&amp;Kinds of PHI:</source>
        <translation>&amp;Tipos de PHI:</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Fundamento:</translation>
    </message>
    <message>
        <source>Secured means encrypted per NIST SP 800-111 with a key that was not compromised: then it is not a reportable breach. Say why in the basis.</source>
        <translation>Protegida significa cifrada según NIST SP 800-111 con una clave que no se vio comprometida: en ese caso, no es una brecha notificable. Indique el motivo en el fundamento.</translation>
    </message>
    <message>
        <source>Affected individuals by State</source>
        <translation>Personas afectadas por estado</translation>
    </message>
    <message>
        <source>Where the affected people live decides the media notices (more than 500 in one State) and the States&apos; own deadlines. Use the two-letter code: FL, GA, PR, DC.</source>
        <translation>El lugar de residencia de las personas afectadas determina las notificaciones a los medios (más de 500 en un mismo estado) y los plazos propios de cada estado. Use el código de dos letras: FL, GA, PR, DC.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::IncidentDeadlineSummaryBox</name>
    <message>
        <source>Breach notification deadlines</source>
        <translation>Plazos de notificación de brechas</translation>
    </message>
    <message>
        <source>Open Incidents</source>
        <translation>Incidentes abiertos</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>notice to %1 overdue by %n day(s), due %2</source>
        <translation>
            <numerusform>notificación a %1 vencida hace %n día, vencía el %2</numerusform>
            <numerusform>notificación a %1 vencida hace %n días, vencía el %2</numerusform>
        </translation>
    </message>
    <message>
        <source>notice to %1 due today</source>
        <translation>notificación a %1 vence hoy</translation>
    </message>
    <message numerus="yes">
        <source>notice to %1 due on %2, in %n day(s)</source>
        <translation>
            <numerusform>notificación a %1 vence el %2, en %n día</numerusform>
            <numerusform>notificación a %1 vence el %2, en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>No incidents recorded. When something happens, report it on the Incidents page: the notices a breach calls for are counted down from discovery.</source>
        <translation>No hay incidentes registrados. Cuando ocurra algo, repórtelo en la página Incidentes: los plazos de las notificaciones que exige una brecha se cuentan desde el descubrimiento.</translation>
    </message>
    <message>
        <source>Nothing due: no breach notice is overdue or falls due in the next 30 days.</source>
        <translation>Nada pendiente: ninguna notificación de brecha está vencida ni vence en los próximos 30 días.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more on the Incidents page.</source>
        <translation>
            <numerusform>…y %n más en la página Incidentes.</numerusform>
            <numerusform>…y %n más en la página Incidentes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::IncidentDeadlineText</name>
    <message>
        <source>Covered entity</source>
        <translation>Entidad cubierta</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>HHS (annual log)</source>
        <translation>HHS (registro anual)</translation>
    </message>
    <message>
        <source>HHS</source>
        <translation>HHS</translation>
    </message>
    <message>
        <source>Media in %1</source>
        <translation>Medios de comunicación en %1</translation>
    </message>
    <message>
        <source>%1 authority</source>
        <translation>Autoridad de %1</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sent %2</source>
        <translation>%1: enviada el %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>palisade::ui::IncidentDetailPanel</name>
    <message>
        <source>Select an incident to see its facts, its breach assessment, the notices it calls for, its evidence and its corrective actions.</source>
        <translation>Seleccione un incidente para ver sus hechos, su evaluación de brecha, las notificaciones que exige, sus evidencias y sus acciones correctivas.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>No se puede mostrar %1: %2</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>The notices this incident calls for: how many are sent, of all</source>
        <translation>Las notificaciones que este incidente exige: cuántas se enviaron, del total</translation>
    </message>
    <message>
        <source>The notes and files kept as evidence</source>
        <translation>Las notas y archivos conservados como evidencia</translation>
    </message>
    <message>
        <source>The corrective actions, with how many are open</source>
        <translation>Las acciones correctivas, con cuántas siguen abiertas</translation>
    </message>
</context>
<context>
    <name>palisade::ui::IncidentEditorDialog</name>
    <message>
        <source>To save this incident:
%1</source>
        <translation>Para guardar este incidente:
%1</translation>
    </message>
    <message>
        <source>The incident was not saved:
%1</source>
        <translation>El incidente no se guardó:
%1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>What Happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Who and What</source>
        <translation>Quién y qué</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Save the incident (Ctrl+S)</source>
        <translation>Guardar el incidente (Ctrl+S)</translation>
    </message>
    <message>
        <source>The incident could not be read: %1</source>
        <translation>No se pudo leer el incidente: %1</translation>
    </message>
    <message>
        <source>New Incident</source>
        <translation>Nuevo incidente</translation>
    </message>
    <message>
        <source>%1 — Incident</source>
        <translation>%1 — Incidente</translation>
    </message>
    <message>
        <source>e.g. Remittance emailed to the wrong clinic</source>
        <translation>p. ej., aviso de remesa enviado por correo electrónico a la clínica equivocada</translation>
    </message>
    <message>
        <source>What happened, how it was found, what data and people it involved</source>
        <translation>Qué ocurrió, cómo se descubrió, qué datos y personas involucró</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>The first day anyone in the organization knew, or by reasonable diligence would have known. Every notification clock starts here (164.404(a)(2)).</source>
        <translation>El primer día en que alguien de la organización lo supo o, con una diligencia razonable, lo habría sabido. Aquí comienzan todos los plazos de notificación (164.404(a)(2)).</translation>
    </message>
    <message>
        <source>Not reported yet</source>
        <translation>Aún no reportado</translation>
    </message>
    <message>
        <source>Not yet, or unknown</source>
        <translation>Aún no, o se desconoce</translation>
    </message>
    <message>
        <source>Who noticed or reported it</source>
        <translation>Quién lo detectó o lo reportó</translation>
    </message>
    <message>
        <source>Who is handling it</source>
        <translation>Quién lo gestiona</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Qué ocurrió:</translation>
    </message>
    <message>
        <source>&amp;Reported by:</source>
        <translation>&amp;Reportado por:</translation>
    </message>
    <message>
        <source>&amp;Handled by:</source>
        <translation>&amp;Gestionado por:</translation>
    </message>
    <message>
        <source>&amp;Occurred:</source>
        <translation>&amp;Ocurrido:</translation>
    </message>
    <message>
        <source>&amp;Discovered:</source>
        <translation>&amp;Descubierto:</translation>
    </message>
    <message>
        <source>Re&amp;ported internally:</source>
        <translation>Re&amp;portado internamente:</translation>
    </message>
    <message>
        <source>&amp;Contained:</source>
        <translation>&amp;Contenido:</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>Cerrado:</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>The discovery date starts every notification clock. When it occurred or was contained may be unknown for now.</source>
        <translation>La fecha de descubrimiento inicia todos los plazos de notificación. Es posible que por ahora se desconozca cuándo ocurrió o cuándo se contuvo.</translation>
    </message>
    <message>
        <source>What was done to stop it and limit the harm: e.g. the recipient deleted the email and confirmed in writing; the account&apos;s password was reset and sessions revoked</source>
        <translation>Lo que se hizo para detenerlo y limitar el daño: p. ej., el destinatario eliminó el correo electrónico y lo confirmó por escrito; se restableció la contraseña de la cuenta y se revocaron las sesiones</translation>
    </message>
    <message>
        <source>What will change so it does not happen again</source>
        <translation>Qué cambiará para que no vuelva a ocurrir</translation>
    </message>
    <message>
        <source>C&amp;ontainment and mitigation</source>
        <translation>Contención y &amp;mitigación</translation>
    </message>
    <message>
        <source>&amp;Lessons learned</source>
        <translation>&amp;Lecciones aprendidas</translation>
    </message>
    <message>
        <source>%1 (reopen it from the incident log to change)</source>
        <translation>%1 (reábralo desde el registro de incidentes para cambiarlo)</translation>
    </message>
    <message>
        <source>Open — close it from the incident log</source>
        <translation>Abierto — ciérrelo desde el registro de incidentes</translation>
    </message>
    <message>
        <source>The incident was not saved: %1</source>
        <translation>El incidente no se guardó: %1</translation>
    </message>
    <message>
        <source>Save this new incident before closing?</source>
        <translation>¿Desea guardar este incidente nuevo antes de cerrar?</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>¿Desea guardar los cambios en %1 antes de cerrar?</translation>
    </message>
</context>
<context>
    <name>palisade::ui::IncidentLogTab</name>
    <message>
        <source>Clear Filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>No incidents recorded</source>
        <translation>No hay incidentes registrados</translation>
    </message>
    <message>
        <source>When something happens — a misdirected fax, a lost laptop, a phishing email that worked — press Report Incident… The program presumes a breach until the four-factor assessment is documented, and counts down every notice owed from the day it was discovered.</source>
        <translation>Cuando ocurra algo —un fax enviado al destinatario equivocado, una computadora portátil perdida, un correo de phishing que tuvo éxito—, pulse Reportar incidente… El programa presume una brecha hasta que se documente la evaluación de riesgo de cuatro factores y cuenta el plazo de cada notificación obligatoria desde el día en que se descubrió.</translation>
    </message>
    <message>
        <source>&amp;Report Incident…</source>
        <translation>&amp;Reportar incidente…</translation>
    </message>
    <message>
        <source>Find by reference, title, what happened, reporter or handler</source>
        <translation>Buscar por referencia, título, qué ocurrió, quién lo reportó o quién lo gestiona</translation>
    </message>
    <message>
        <source>Find incidents</source>
        <translation>Buscar incidentes</translation>
    </message>
    <message>
        <source>Open or closed</source>
        <translation>Abiertos o cerrados</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Incidentes abiertos</translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation>Todos los incidentes</translation>
    </message>
    <message>
        <source>Closed incidents</source>
        <translation>Incidentes cerrados</translation>
    </message>
    <message>
        <source>Breach status</source>
        <translation>Estado de brecha</translation>
    </message>
    <message>
        <source>Any breach status</source>
        <translation>Cualquier estado de brecha</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message numerus="yes">
        <source>No incident matches these filters. Change them, or clear them to see all %n incident(s).</source>
        <translation>
            <numerusform>Ningún incidente coincide con estos filtros. Cámbielos o bórrelos para ver %n incidente.</numerusform>
            <numerusform>Ningún incidente coincide con estos filtros. Cámbielos o bórrelos para ver los %n incidentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 of %L2 shown</source>
        <translation>%L1 de %L2 mostrados</translation>
    </message>
    <message numerus="yes">
        <source>No incident is open. The %n closed incident(s) show under “All incidents”.</source>
        <translation>
            <numerusform>No hay incidentes abiertos. El incidente cerrado (%n) aparece en «Todos los incidentes».</numerusform>
            <numerusform>No hay incidentes abiertos. Los %n incidentes cerrados aparecen en «Todos los incidentes».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::IncidentOverviewTab</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>C&amp;lose Incident…</source>
        <translation>&amp;Cerrar incidente…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Re&amp;abrir</translation>
    </message>
    <message>
        <source>Change what is known of the incident</source>
        <translation>Cambiar lo que se sabe del incidente</translation>
    </message>
    <message>
        <source>Record the day the incident was closed</source>
        <translation>Registrar el día en que se cerró el incidente</translation>
    </message>
    <message>
        <source>Open the incident again, for example when more comes to light</source>
        <translation>Volver a abrir el incidente, por ejemplo, cuando salga a la luz más información</translation>
    </message>
    <message>
        <source>Breach status</source>
        <translation>Estado de brecha</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Affected individuals</source>
        <translation>Personas afectadas</translation>
    </message>
    <message>
        <source>Systems and covered entities</source>
        <translation>Sistemas y entidades cubiertas</translation>
    </message>
    <message>
        <source>Containment and mitigation</source>
        <translation>Contención y mitigación</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lecciones aprendidas</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>se desconoce</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>Cerrado el %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>Occurred: %1 · Discovered: %2</source>
        <translation>Ocurrido: %1 · Descubierto: %2</translation>
    </message>
    <message>
        <source>Reported: %1 · Contained: %2</source>
        <translation>Reportado: %1 · Contenido: %2</translation>
    </message>
    <message>
        <source>No description yet.</source>
        <translation>Aún no hay descripción.</translation>
    </message>
    <message>
        <source>Reported by: %1
Handled by: %2</source>
        <translation>Reportado por: %1
Gestionado por: %2</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No affected individuals recorded.</source>
        <translation>No hay personas afectadas registradas.</translation>
    </message>
    <message>
        <source>%1 in total — %2</source>
        <translation>%1 en total — %2</translation>
    </message>
    <message>
        <source>PHI involved: %1</source>
        <translation>PHI involucrada: %1</translation>
    </message>
    <message>
        <source>Systems: %1</source>
        <translation>Sistemas: %1</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>ninguno indicado</translation>
    </message>
    <message>
        <source>Covered entities: none — the PHI is ours as a covered entity</source>
        <translation>Entidades cubiertas: ninguna — la PHI es nuestra como entidad cubierta</translation>
    </message>
    <message>
        <source>Covered entities: %1</source>
        <translation>Entidades cubiertas: %1</translation>
    </message>
    <message>
        <source>The agreement delegates notifying individuals, HHS and the media to us.</source>
        <translation>El acuerdo nos delega la notificación a las personas, al HHS y a los medios.</translation>
    </message>
    <message>
        <source>The covered entity notifies individuals, HHS and the media; we notify the covered entity.</source>
        <translation>La entidad cubierta notifica a las personas, al HHS y a los medios; nosotros notificamos a la entidad cubierta.</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Aún no se ha registrado nada.</translation>
    </message>
    <message>
        <source>asset #%1</source>
        <translation>activo #%1</translation>
    </message>
    <message>
        <source>counterparty #%1</source>
        <translation>contraparte #%1</translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation>%1 se cerró.</translation>
    </message>
    <message>
        <source>The incident was not closed: %1</source>
        <translation>El incidente no se cerró: %1</translation>
    </message>
    <message>
        <source>The incident was not reopened: %1</source>
        <translation>El incidente no se reabrió: %1</translation>
    </message>
    <message>
        <source>%1 is open again.</source>
        <translation>%1 se volvió a abrir.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::IncidentTableModel</name>
    <message>
        <source>Presumed breach</source>
        <translation>Brecha presunta</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>Brecha</translation>
    </message>
    <message>
        <source>Not a breach</source>
        <translation>No es una brecha</translation>
    </message>
    <message>
        <source>Not reportable (secured)</source>
        <translation>No notificable (protegida)</translation>
    </message>
    <message>
        <source>All notices sent</source>
        <translation>Todas las notificaciones enviadas</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>Cerrado el %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>No notice is owed yet: enter the discovery date.</source>
        <translation>Aún no se debe ninguna notificación: indique la fecha de descubrimiento.</translation>
    </message>
    <message>
        <source>Not a reportable breach: no notice is owed.</source>
        <translation>No es una brecha notificable: no se debe ninguna notificación.</translation>
    </message>
    <message>
        <source>%1: sent %2%3</source>
        <translation>%1: enviada el %2%3</translation>
    </message>
    <message>
        <source> (late; due %1)</source>
        <translation> (tarde; vencía el %1)</translation>
    </message>
    <message>
        <source>%1: due %2, %3</source>
        <translation>%1: vence el %2, %3</translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation>%1: %L2</translation>
    </message>
    <message>
        <source>Without a documented four-factor assessment, an incident involving unsecured PHI is presumed a breach (164.402)</source>
        <translation>Sin una evaluación de riesgo de cuatro factores documentada, un incidente que involucra PHI no protegida se presume una brecha (164.402)</translation>
    </message>
    <message>
        <source>The next notice owed and the days left, counted from discovery</source>
        <translation>La próxima notificación obligatoria y los días restantes, contados desde el descubrimiento</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Descubierto</translation>
    </message>
    <message>
        <source>Breach Status</source>
        <translation>Estado de brecha</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Afectadas</translation>
    </message>
    <message>
        <source>Next Deadline</source>
        <translation>Próximo plazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>palisade::ui::IncidentsPage</name>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Security incidents from the first report to closure, whether each is a breach, and the notices owed with their deadlines.</source>
        <translation>Incidentes de seguridad desde el primer reporte hasta el cierre, si cada uno es una brecha y las notificaciones obligatorias con sus plazos.</translation>
    </message>
    <message>
        <source>&amp;Report Incident…</source>
        <translation>&amp;Reportar incidente…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>&amp;Cerrar…</translation>
    </message>
    <message>
        <source>&amp;State Rules…</source>
        <translation>Reglas e&amp;statales…</translation>
    </message>
    <message>
        <source>Report Incident</source>
        <translation>Reportar incidente</translation>
    </message>
    <message>
        <source>Record what happened, step by step, and see the notices it calls for (Ctrl+N)</source>
        <translation>Registrar lo que ocurrió, paso a paso, y ver las notificaciones que exige (Ctrl+N)</translation>
    </message>
    <message>
        <source>Change what is known of the selected incident (Enter or double-click)</source>
        <translation>Cambiar lo que se sabe del incidente seleccionado (Intro o doble clic)</translation>
    </message>
    <message>
        <source>The States&apos; own breach-notice deadlines the program applies</source>
        <translation>Los plazos de notificación de brechas propios de cada estado que aplica el programa</translation>
    </message>
    <message>
        <source>Incident Log</source>
        <translation>Registro de incidentes</translation>
    </message>
    <message>
        <source>Breach Log</source>
        <translation>Registro de brechas</translation>
    </message>
    <message>
        <source>The incidents could not be read: %1</source>
        <translation>No se pudieron leer los incidentes: %1</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Re&amp;abrir</translation>
    </message>
    <message>
        <source>Reopen the selected incident, e.g. when more comes to light</source>
        <translation>Reabrir el incidente seleccionado, p. ej., cuando salga a la luz más información</translation>
    </message>
    <message>
        <source>Close the selected incident on a day; what is still owed stays a finding</source>
        <translation>Cerrar el incidente seleccionado en una fecha; lo que siga pendiente queda como hallazgo</translation>
    </message>
    <message>
        <source>Open: %L1</source>
        <translation>Abiertos: %L1</translation>
    </message>
    <message>
        <source>With an overdue notice: %L1</source>
        <translation>Con una notificación vencida: %L1</translation>
    </message>
    <message>
        <source>Closed: %L1</source>
        <translation>Cerrados: %L1</translation>
    </message>
    <message>
        <source>%1 was not reopened: %2</source>
        <translation>%1 no se reabrió: %2</translation>
    </message>
    <message>
        <source>%1 is open again.</source>
        <translation>%1 se volvió a abrir.</translation>
    </message>
    <message>
        <source>%1 was closed. Closed incidents show under “All incidents” and are kept six years.</source>
        <translation>%1 se cerró. Los incidentes cerrados aparecen en «Todos los incidentes» y se conservan seis años.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::JurisdictionCountTable</name>
    <message>
        <source>Add &amp;State</source>
        <translation>Agregar &amp;estado</translation>
    </message>
    <message>
        <source>Remo&amp;ve State</source>
        <translation>&amp;Quitar estado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>The two-letter USPS code of the State or jurisdiction, e.g. FL, PR, DC</source>
        <translation>El código USPS de dos letras del estado o la jurisdicción, p. ej., FL, PR, DC</translation>
    </message>
    <message>
        <source>Affected individuals by State</source>
        <translation>Personas afectadas por estado</translation>
    </message>
    <message>
        <source>Total: %L1</source>
        <translation>Total: %L1</translation>
    </message>
</context>
<context>
    <name>palisade::ui::LegalHoldDialog</name>
    <message>
        <source>&amp;Place Hold</source>
        <translation>&amp;Aplicar retención</translation>
    </message>
    <message>
        <source>E&amp;very record of this type, including those added while the hold lasts</source>
        <translation>&amp;Todos los registros de este tipo, incluidos los que se agreguen mientras dure la retención</translation>
    </message>
    <message>
        <source>Place Legal Hold</source>
        <translation>Aplicar retención legal</translation>
    </message>
    <message>
        <source>A legal hold keeps records from disposal and deletion, however old they are, until it is released. Place one when litigation is pending or reasonably expected, or for an investigation or an audit.</source>
        <translation>Una retención legal protege los registros contra la destrucción y la eliminación, por antiguos que sean, hasta que se levanta. Aplíquela cuando haya un litigio pendiente o razonablemente previsible, o para una investigación o una auditoría.</translation>
    </message>
    <message>
        <source>e.g. Litigation hold: Doe v. Lakeside Family Clinic, notice from counsel received 2026-02-20</source>
        <translation>p. ej., Retención por litigio: Doe c. Lakeside Family Clinic, aviso del abogado recibido el 2026-02-20</translation>
    </message>
    <message>
        <source>Record &amp;type:</source>
        <translation>Tipo de &amp;registro:</translation>
    </message>
    <message>
        <source>Holds:</source>
        <translation>Retiene:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>This record &amp;only: %1</source>
        <translation>&amp;Solo este registro: %1</translation>
    </message>
    <message>
        <source>This record &amp;only (the selected record is of another type)</source>
        <translation>&amp;Solo este registro (el registro seleccionado es de otro tipo)</translation>
    </message>
    <message>
        <source>This record &amp;only (select it in the Records table first)</source>
        <translation>&amp;Solo este registro (selecciónelo primero en la tabla Registros)</translation>
    </message>
</context>
<context>
    <name>palisade::ui::LegalHoldModel</name>
    <message>
        <source>Every %1</source>
        <translation>Cada %1</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 n.º %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Every record of this type, including those added while the hold lasts</source>
        <translation>Todos los registros de este tipo, incluidos los que se agreguen mientras dure la retención</translation>
    </message>
    <message>
        <source>Hold #</source>
        <translation>Retención n.º</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Abarca</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Aplicada</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Levantada</translation>
    </message>
    <message>
        <source>Release reason</source>
        <translation>Motivo del levantamiento</translation>
    </message>
</context>
<context>
    <name>palisade::ui::LegalHoldsTab</name>
    <message>
        <source>Show r&amp;eleased holds</source>
        <translation>Mo&amp;strar retenciones levantadas</translation>
    </message>
    <message>
        <source>Show Released Holds</source>
        <translation>Mostrar retenciones levantadas</translation>
    </message>
    <message>
        <source>No legal holds</source>
        <translation>No hay retenciones legales</translation>
    </message>
    <message>
        <source>A legal hold keeps records past their six years, and keeps them from deletion, while they may be needed: litigation that is pending or reasonably expected, a government investigation, or an audit. Hold one record, or every record of a type, including those added while the hold lasts. Release the hold, with a reason, when the matter is closed.</source>
        <translation>Una retención legal conserva los registros más allá de sus seis años, y los protege contra la eliminación, mientras puedan ser necesarios: un litigio pendiente o razonablemente previsible, una investigación gubernamental o una auditoría. Retenga un registro o todos los registros de un tipo, incluidos los que se agreguen mientras dure la retención. Levante la retención, indicando el motivo, cuando se cierre el asunto.</translation>
    </message>
    <message>
        <source>Place Legal Hold…</source>
        <translation>Aplicar retención legal…</translation>
    </message>
    <message>
        <source>Place Legal &amp;Hold…</source>
        <translation>Aplicar re&amp;tención legal…</translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation>&amp;Levantar…</translation>
    </message>
    <message>
        <source>Also list holds that were released, with who released them and why</source>
        <translation>Enumerar también las retenciones levantadas, con quién las levantó y por qué</translation>
    </message>
    <message>
        <source>Release the selected hold, saying why</source>
        <translation>Levantar la retención seleccionada, indicando el motivo</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Levantar</translation>
    </message>
    <message numerus="yes">
        <source>No legal hold is in force. %n released hold(s) are hidden.</source>
        <translation>
            <numerusform>No hay ninguna retención legal vigente. Hay %n retención levantada oculta.</numerusform>
            <numerusform>No hay ninguna retención legal vigente. Hay %n retenciones levantadas ocultas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::MainWindow</name>
    <message>
        <source>%1 — Palisade</source>
        <translation>%1 — Palisade</translation>
    </message>
    <message>
        <source>%1 is not built yet</source>
        <translation>El área %1 aún no está disponible</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation>Cambiar &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Hacer copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Palisade</source>
        <translation>&amp;Acerca de Palisade</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Back Up Program File</source>
        <translation>Copia de seguridad del archivo del programa</translation>
    </message>
    <message>
        <source>Palisade program files (*.palisade);;All files (*)</source>
        <translation>Archivos de programa de Palisade (*.palisade);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Backup Failed</source>
        <translation>Error en la copia de seguridad</translation>
    </message>
    <message>
        <source>The program file was not backed up.

%1</source>
        <translation>No se hizo la copia de seguridad del archivo del programa.

%1</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>La copia de seguridad falló</translation>
    </message>
    <message>
        <source>Backup Complete</source>
        <translation>Copia de seguridad completada</translation>
    </message>
    <message>
        <source>The program file was backed up to:
%1

The backup is encrypted and opens with the current passphrase. Keep it somewhere other than this computer.</source>
        <translation>Se hizo la copia de seguridad del archivo del programa en:
%1

La copia de seguridad está cifrada y se abre con la frase de contraseña actual. Guárdela en un lugar distinto de esta computadora.</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Copia de seguridad guardada en %1</translation>
    </message>
    <message>
        <source>(development build)</source>
        <translation>(versión de desarrollo)</translation>
    </message>
    <message>
        <source>About Palisade</source>
        <translation>Acerca de Palisade</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Palisade %1&lt;/h3&gt;&lt;p&gt;Keeps a HIPAA compliance program in one encrypted file: risks, business associate agreements, training, policies, incidents, evidence for auditors and a verifiable audit trail. It works offline; nothing leaves this computer unless you export it.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Palisade %1&lt;/h3&gt;&lt;p&gt;Guarda un programa de cumplimiento de HIPAA en un único archivo cifrado: riesgos, acuerdos de asociado comercial (BAA), capacitación, políticas, incidentes, evidencias para auditores y un registro de auditoría verificable. Funciona sin conexión; nada sale de esta computadora a menos que usted lo exporte.&lt;/p&gt;&lt;p&gt;Distribuido bajo la Licencia Pública General de GNU, versión 3 o cualquier versión posterior (GPL-3.0-or-later). Se ofrece sin ninguna garantía.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>palisade::ui::NotificationsTab</name>
    <message>
        <source>Notices</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>&amp;Record Notice Sent…</source>
        <translation>&amp;Registrar notificación enviada…</translation>
    </message>
    <message>
        <source>&amp;Open Copy</source>
        <translation>&amp;Abrir copia</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <source>Notices this incident calls for</source>
        <translation>Notificaciones que exige este incidente</translation>
    </message>
    <message>
        <source>Notices on file</source>
        <translation>Notificaciones registradas</translation>
    </message>
    <message>
        <source>Record that the selected notice went out, with a copy of it</source>
        <translation>Registrar que se envió la notificación seleccionada, con una copia</translation>
    </message>
    <message>
        <source>Read the attached copy of the selected notice here</source>
        <translation>Leer aquí la copia adjunta de la notificación seleccionada</translation>
    </message>
    <message>
        <source>Write a decrypted copy of the attached letter to disk; the audit trail records where</source>
        <translation>Escribir en el disco una copia descifrada de la carta adjunta; el registro de auditoría anota dónde</translation>
    </message>
    <message>
        <source>The notices could not be read: %1</source>
        <translation>No se pudieron leer las notificaciones: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 notices sent; %n overdue.</source>
        <translation>
            <numerusform>%1 de %2 notificaciones enviadas; %n vencida.</numerusform>
            <numerusform>%1 de %2 notificaciones enviadas; %n vencidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 notices sent.</source>
        <translation>%1 de %2 notificaciones enviadas.</translation>
    </message>
    <message>
        <source>No notice is owed. %1 A notice sent anyway can still be recorded with “Record Notice Sent…”.</source>
        <translation>No se debe ninguna notificación. %1 Aun así, una notificación enviada se puede registrar con «Registrar notificación enviada…».</translation>
    </message>
    <message>
        <source>No notice is owed yet: enter the discovery date, which starts every notification clock.</source>
        <translation>Aún no se debe ninguna notificación: indique la fecha de descubrimiento, que inicia todos los plazos de notificación.</translation>
    </message>
    <message>
        <source>No notice is on file yet. Once one has gone out, select it above and use “Record Notice Sent…”; attach a copy of the letter.</source>
        <translation>Aún no hay ninguna notificación registrada. Cuando se haya enviado una, selecciónela arriba y use «Registrar notificación enviada…»; adjunte una copia de la carta.</translation>
    </message>
    <message>
        <source>No notice is on file.</source>
        <translation>No hay ninguna notificación registrada.</translation>
    </message>
    <message>
        <source>The notice sent on %1 is recorded.</source>
        <translation>Se registró la notificación enviada el %1.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 is not a PDF or a text file and cannot be shown here. Use “Save a Copy…” to open it with another program.</source>
        <translation>%1 no es un PDF ni un archivo de texto y no se puede mostrar aquí. Use «Guardar una copia…» para abrirlo con otro programa.</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Notices %1/%2</source>
        <translation>Notificaciones %1/%2</translation>
    </message>
    <message>
        <source>Notices %1</source>
        <translation>Notificaciones %1</translation>
    </message>
</context>
<context>
    <name>palisade::ui::PackExportRun</name>
    <message>
        <source>The program file is not open for writing.</source>
        <translation>El archivo del programa no está abierto para escritura.</translation>
    </message>
    <message>
        <source>Another export is still under way.</source>
        <translation>Todavía hay otra exportación en curso.</translation>
    </message>
    <message>
        <source>The evidence pack was not rendered.</source>
        <translation>No se generó el paquete de evidencias.</translation>
    </message>
    <message>
        <source>The program file was locked before the pack could be recorded.</source>
        <translation>El archivo del programa se bloqueó antes de que se pudiera registrar el paquete.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::PackInfoDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Show the PDF in Palisade</source>
        <translation>Mostrar el PDF en Palisade</translation>
    </message>
    <message>
        <source>Open the folder that holds the PDF</source>
        <translation>Abrir la carpeta que contiene el PDF</translation>
    </message>
    <message>
        <source>Evidence Pack Not Opened</source>
        <translation>No se abrió el paquete de evidencias</translation>
    </message>
    <message>
        <source>Folder Not Opened</source>
        <translation>No se pudo abrir la carpeta</translation>
    </message>
    <message>
        <source>The folder %1 could not be opened here. The PDF is %2.</source>
        <translation>No se pudo abrir aquí la carpeta %1. La ruta del PDF es %2.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::PackPeriodPreset</name>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Previous calendar year</source>
        <translation>Año calendario anterior</translation>
    </message>
    <message>
        <source>This year to date</source>
        <translation>En lo que va del año</translation>
    </message>
</context>
<context>
    <name>palisade::ui::PackText</name>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Todas las secciones</translation>
    </message>
    <message>
        <source>Pack ID:</source>
        <translation>ID del paquete:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Período:</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Secciones:</translation>
    </message>
    <message>
        <source>Prepared for:</source>
        <translation>Preparado para:</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(no indicado)</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>Preparado por:</translation>
    </message>
    <message>
        <source>Exported:</source>
        <translation>Exportado:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Páginas:</translation>
    </message>
    <message>
        <source>%L1 (%2), %3</source>
        <translation>%L1 (%2), %3</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Nombre del archivo:</translation>
    </message>
</context>
<context>
    <name>palisade::ui::PackVerifyText</name>
    <message>
        <source>Not verified: the record of this pack does not hold together.</source>
        <translation>No verificado: el registro de este paquete no es coherente.</translation>
    </message>
    <message>
        <source>%1 Verify the audit trail on the Audit trail page to see where it was changed.</source>
        <translation>%1 Verifique el registro de auditoría en la página Registro de auditoría para ver dónde se modificó.</translation>
    </message>
    <message>
        <source>The file could not be checked.</source>
        <translation>No se pudo comprobar el archivo.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Not verified: this exact file was not exported from this program file.</source>
        <translation>No verificado: este archivo exacto no se exportó desde este archivo del programa.</translation>
    </message>
    <message>
        <source>No evidence pack exported from this program file has this file&apos;s SHA-256. It may have been changed after it was exported (a single changed byte is enough), or it comes from another program file.</source>
        <translation>Ningún paquete de evidencias exportado desde este archivo del programa tiene el SHA-256 de este archivo. Es posible que se haya modificado después de exportarse (basta con un solo byte modificado) o que provenga de otro archivo del programa.</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Verified: this is evidence pack %1, exactly as exported.</source>
        <translation>Verificado: este es el paquete de evidencias %1, exactamente como se exportó.</translation>
    </message>
    <message>
        <source>Its SHA-256 matches the export that %1 recorded on %2 in this program file&apos;s audit trail.</source>
        <translation>Su SHA-256 coincide con la exportación que %1 registró el %2 en el registro de auditoría de este archivo del programa.</translation>
    </message>
    <message>
        <source>The bundle could not be checked.</source>
        <translation>No se pudo comprobar el paquete comprimido.</translation>
    </message>
    <message>
        <source>Not verified: this bundle is not one exported from this program file, unchanged.</source>
        <translation>No verificado: este paquete comprimido no es uno exportado desde este archivo del programa, sin cambios.</translation>
    </message>
    <message>
        <source>Verified: this is the bundle of evidence pack %1.</source>
        <translation>Verificado: es el paquete comprimido del paquete de evidencias %1.</translation>
    </message>
    <message numerus="yes">
        <source>All %n file(s) in it match its manifest, and the manifest is the one recorded.</source>
        <translation>
            <numerusform>El %n archivo que contiene coincide con su manifiesto, y el manifiesto es el registrado.</numerusform>
            <numerusform>Los %n archivos que contiene coinciden con su manifiesto, y el manifiesto es el registrado.</numerusform>
        </translation>
    </message>
    <message>
        <source>The zip is byte for byte the one %1 exported on %2. %3</source>
        <translation>El zip es byte a byte el que %1 exportó el %2. %3</translation>
    </message>
    <message>
        <source>The zip was repacked since it was exported, but its contents are unchanged. %1</source>
        <translation>El zip se volvió a empaquetar después de exportarse, pero su contenido no ha cambiado. %1</translation>
    </message>
    <message>
        <source>Files checked:</source>
        <translation>Archivos comprobados:</translation>
    </message>
    <message>
        <source>Bundle SHA-256:</source>
        <translation>SHA-256 del paquete comprimido:</translation>
    </message>
</context>
<context>
    <name>palisade::ui::PackViewerDialog</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 — Evidence Pack</source>
        <translation>%1 — Paquete de evidencias</translation>
    </message>
</context>
<context>
    <name>palisade::ui::PassphraseField</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Seguridad de la frase de contraseña</translation>
    </message>
    <message>
        <source>Too predictable</source>
        <translation>Demasiado predecible</translation>
    </message>
    <message>
        <source>At least %1 characters. A few unrelated words are long and easy to remember.</source>
        <translation>Al menos %1 caracteres. Unas cuantas palabras sin relación entre sí forman una frase larga y fácil de recordar.</translation>
    </message>
    <message>
        <source>Keep the passphrase somewhere safe: it cannot be recovered.</source>
        <translation>Guarde la frase de contraseña en un lugar seguro: no se puede recuperar.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::PassphraseLineEdit</name>
    <message>
        <source>Hide passphrase</source>
        <translation>Ocultar frase de contraseña</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Mostrar frase de contraseña</translation>
    </message>
</context>
<context>
    <name>palisade::ui::PassphraseMatchLabel</name>
    <message>
        <source>The passphrases match.</source>
        <translation>Las frases de contraseña coinciden.</translation>
    </message>
    <message>
        <source>Keep typing…</source>
        <translation>Siga escribiendo…</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Las frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::PdfFindBar</name>
    <message>
        <source>Find in document</source>
        <translation>Buscar en el documento</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Coincidencia siguiente (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>No hay coincidencias</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>palisade::ui::PdfMessagePanel</name>
    <message>
        <source>No document</source>
        <translation>Ningún documento</translation>
    </message>
    <message>
        <source>There is no PDF document to show.</source>
        <translation>No hay ningún documento PDF que mostrar.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::PdfPageView</name>
    <message>
        <source>Document pages</source>
        <translation>Páginas del documento</translation>
    </message>
</context>
<context>
    <name>palisade::ui::PdfThumbnailList</name>
    <message>
        <source>Page thumbnails</source>
        <translation>Miniaturas de las páginas</translation>
    </message>
</context>
<context>
    <name>palisade::ui::PdfThumbnailModel</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>palisade::ui::PdfToolBar</name>
    <message>
        <source>Thumbnails</source>
        <translation>Miniaturas</translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Show or hide the page thumbnails</source>
        <translation>Mostrar u ocultar las miniaturas de las páginas</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Página anterior (Re Pág)</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Página siguiente (Av Pág)</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Número de página</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Alejar (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Acercar (Ctrl++)</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
</context>
<context>
    <name>palisade::ui::PdfViewerWidget</name>
    <message>
        <source>This document cannot be shown</source>
        <translation>No se puede mostrar este documento</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>palisade::ui::PdfZoom</name>
    <message>
        <source>Fit Width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Fit Page</source>
        <translation>Ajustar a la página</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>palisade::ui::PdfZoomCombo</name>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
</context>
<context>
    <name>palisade::ui::PeopleTab</name>
    <message>
        <source>&amp;Add Person…</source>
        <translation>&amp;Agregar persona…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Agregar persona</translation>
    </message>
    <message>
        <source>Find by name, employee ID, email, department or role</source>
        <translation>Buscar por nombre, ID de empleado, correo electrónico, departamento o función</translation>
    </message>
    <message>
        <source>Find people</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Add a member of the workforce (Ctrl+N)</source>
        <translation>Agregar un miembro del personal (Ctrl+N)</translation>
    </message>
    <message>
        <source>Change the selected person (Enter or double-click)</source>
        <translation>Cambiar la persona seleccionada (Intro o doble clic)</translation>
    </message>
    <message>
        <source>Delete the selected person; one with training records is kept while on the workforce and six years after</source>
        <translation>Eliminar la persona seleccionada; una con registros de capacitación se conserva mientras forme parte del personal y seis años después</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>The workforce could not be read: %1</source>
        <translation>No se pudo leer el personal: %1</translation>
    </message>
    <message>
        <source>Any department</source>
        <translation>Cualquier departamento</translation>
    </message>
    <message numerus="yes">
        <source>Nobody matches these filters. Change them, or clear them to see all %n person(s).</source>
        <translation>
            <numerusform>Nadie coincide con estos filtros. Cámbielos o bórrelos para ver a la %n persona.</numerusform>
            <numerusform>Nadie coincide con estos filtros. Cámbielos o bórrelos para ver a las %n personas.</numerusform>
        </translation>
    </message>
    <message>
        <source>On the workforce: %L1</source>
        <translation>En el personal: %L1</translation>
    </message>
    <message>
        <source>Terminated: %L1</source>
        <translation>Dados de baja: %L1</translation>
    </message>
    <message>
        <source>%L1 of %L2 shown</source>
        <translation>Se muestran %L1 de %L2</translation>
    </message>
    <message>
        <source>%1 was added. Record the courses they completed on the right.</source>
        <translation>Se agregó a %1. Registre a la derecha los cursos que completó.</translation>
    </message>
    <message>
        <source>Delete Person</source>
        <translation>Eliminar persona</translation>
    </message>
    <message>
        <source>Delete %1 (%2)? A person with training records is kept while on the workforce and for six years after; the audit trail keeps a record either way.</source>
        <translation>¿Desea eliminar a %1 (%2)? Una persona con registros de capacitación se conserva mientras forme parte del personal y durante seis años después; el registro de auditoría conserva constancia en cualquier caso.</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>No se eliminó a %1: %2</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>Se eliminó %1.</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Importar desde CSV…</translation>
    </message>
    <message>
        <source>Import people or completions from a learning-management system&apos;s CSV export</source>
        <translation>Importar personas o cursos completados desde la exportación CSV de un sistema de gestión del aprendizaje</translation>
    </message>
</context>
<context>
    <name>palisade::ui::PersonCompletionModel</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n page(s)</source>
        <translation>
            <numerusform>%1, %n página</numerusform>
            <numerusform>%1, %n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>Attested: %1</source>
        <translation>Declarado: %1</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
</context>
<context>
    <name>palisade::ui::PersonDetailPanel</name>
    <message>
        <source>Select a person to see the courses they completed and the policies they acknowledged.</source>
        <translation>Seleccione una persona para ver los cursos que completó y las políticas cuya lectura confirmó.</translation>
    </message>
    <message>
        <source>No completion on file yet. Record one when the person finishes a course, or import them from your learning-management system.</source>
        <translation>Aún no hay ningún curso completado registrado. Registre uno cuando la persona termine un curso o impórtelos desde su sistema de gestión del aprendizaje.</translation>
    </message>
    <message>
        <source>&amp;Record Completion…</source>
        <translation>&amp;Registrar curso completado…</translation>
    </message>
    <message>
        <source>&amp;Attach Certificate…</source>
        <translation>&amp;Adjuntar certificado…</translation>
    </message>
    <message>
        <source>Save Certificate &amp;Copy…</source>
        <translation>Guardar &amp;copia del certificado…</translation>
    </message>
    <message>
        <source>No policy acknowledgment on file.</source>
        <translation>No hay ninguna confirmación de lectura de políticas registrada.</translation>
    </message>
    <message>
        <source>Record a course this person completed</source>
        <translation>Registrar un curso que completó esta persona</translation>
    </message>
    <message>
        <source>Keep the certificate PDF of the selected completion inside this encrypted file</source>
        <translation>Guardar el PDF del certificado del curso completado seleccionado dentro de este archivo cifrado</translation>
    </message>
    <message>
        <source>Write a decrypted copy of the selected completion&apos;s certificate</source>
        <translation>Escribir una copia descifrada del certificado del curso completado seleccionado</translation>
    </message>
    <message>
        <source>Completions</source>
        <translation>Cursos completados</translation>
    </message>
    <message>
        <source>Policy Revision</source>
        <translation>Versión de la política</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Policy acknowledgments</source>
        <translation>Confirmaciones de lectura de políticas</translation>
    </message>
    <message>
        <source>Edit Completion</source>
        <translation>Editar curso completado</translation>
    </message>
    <message>
        <source>The completions could not be read: %1</source>
        <translation>No se pudieron leer los cursos completados: %1</translation>
    </message>
    <message>
        <source>Unknown person</source>
        <translation>Persona desconocida</translation>
    </message>
    <message>
        <source>hired %1</source>
        <translation>contratado el %1</translation>
    </message>
    <message>
        <source>PHI access from %1</source>
        <translation>acceso a PHI desde el %1</translation>
    </message>
    <message>
        <source>The acknowledgments could not be read: %1</source>
        <translation>No se pudieron leer las confirmaciones de lectura: %1</translation>
    </message>
    <message>
        <source>Revision %1 (no longer on file)</source>
        <translation>Versión %1 (ya no está registrada)</translation>
    </message>
    <message>
        <source>The selected completion already has its certificate; it is part of the record and is not replaced</source>
        <translation>El curso completado seleccionado ya tiene su certificado; forma parte del registro y no se reemplaza</translation>
    </message>
    <message>
        <source>The completion of %1 was recorded.</source>
        <translation>Se registró el curso completado de %1.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>The certificate was not attached. %1</source>
        <translation>No se adjuntó el certificado. %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is kept with the completion (%n page(s)).</source>
        <translation>
            <numerusform>%1 se conserva con el curso completado (%n página).</numerusform>
            <numerusform>%1 se conserva con el curso completado (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach Certificate</source>
        <translation>Adjuntar certificado</translation>
    </message>
    <message>
        <source>terminated %1</source>
        <translation>dado de baja el %1</translation>
    </message>
</context>
<context>
    <name>palisade::ui::PersonEditorDialog</name>
    <message>
        <source>To save this person:
%1</source>
        <translation>Para guardar esta persona:
%1</translation>
    </message>
    <message>
        <source>The person was not saved:
%1</source>
        <translation>No se guardó la persona:
%1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Edit &amp;Roles…</source>
        <translation>Editar &amp;funciones…</translation>
    </message>
    <message>
        <source>e.g. Dana Whitfield</source>
        <translation>p. ej., Dana Whitfield</translation>
    </message>
    <message>
        <source>As in your HR or learning system, e.g. E-1042</source>
        <translation>Como en su sistema de RR. HH. o de aprendizaje, p. ej., E-1042</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>e.g. Billing</source>
        <translation>p. ej., Facturación</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>The roles decide which courses the person must take; courses for everyone apply whatever the roles</source>
        <translation>Las funciones deciden qué cursos debe realizar la persona; los cursos para todos se aplican sean cuales sean las funciones</translation>
    </message>
    <message>
        <source>No PHI access</source>
        <translation>Sin acceso a PHI</translation>
    </message>
    <message>
        <source>When the person began to access protected health information; training due at hire must be completed before it</source>
        <translation>Cuándo empezó la persona a acceder a información de salud protegida; la capacitación que vence al contratar debe completarse antes</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Employee ID:</source>
        <translation>&amp;ID de empleado:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>Correo electrónic&amp;o:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Departamento:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Funciones:</translation>
    </message>
    <message>
        <source>&amp;Hired on:</source>
        <translation>&amp;Contratado el:</translation>
    </message>
    <message>
        <source>&amp;PHI access from:</source>
        <translation>&amp;Acceso a PHI desde:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Terminated on:</source>
        <translation>Dado de &amp;baja el:</translation>
    </message>
    <message>
        <source>Save the person (Ctrl+S)</source>
        <translation>Guardar la persona (Ctrl+S)</translation>
    </message>
    <message>
        <source>The person could not be read: %1</source>
        <translation>No se pudo leer la persona: %1</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Agregar persona</translation>
    </message>
    <message>
        <source>%1 — Person</source>
        <translation>%1 — Persona</translation>
    </message>
    <message>
        <source>The person was not saved: %1</source>
        <translation>No se guardó la persona: %1</translation>
    </message>
    <message>
        <source>Save this new person before closing?</source>
        <translation>¿Desea guardar esta persona nueva antes de cerrar?</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>¿Desea guardar los cambios en %1 antes de cerrar?</translation>
    </message>
</context>
<context>
    <name>palisade::ui::PersonTableModel</name>
    <message>
        <source>No PHI access recorded; training due at hire counts from the hire date</source>
        <translation>No se ha registrado acceso a PHI; la capacitación que vence al contratar cuenta desde la fecha de contratación</translation>
    </message>
    <message>
        <source>When access to protected health information began; training due at hire must come before it</source>
        <translation>Cuándo empezó el acceso a información de salud protegida; la capacitación que vence al contratar debe ser anterior</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>ID de empleado</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Contratación</translation>
    </message>
    <message>
        <source>PHI Access</source>
        <translation>Acceso a PHI</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Terminated on %1</source>
        <translation>Dado de baja el %1</translation>
    </message>
</context>
<context>
    <name>palisade::ui::PhishingCampaignDialog</name>
    <message>
        <source>To save this phishing simulation:
%1</source>
        <translation>Para guardar esta simulación de phishing:
%1</translation>
    </message>
    <message>
        <source>The phishing simulation was not saved:
%1</source>
        <translation>No se guardó la simulación de phishing:
%1</translation>
    </message>
    <message>
        <source>Unsaved Phishing Simulation</source>
        <translation>Simulación de phishing sin guardar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>New Phishing Simulation</source>
        <translation>Nueva simulación de phishing</translation>
    </message>
    <message>
        <source>Edit Phishing Simulation — %1</source>
        <translation>Editar simulación de phishing — %1</translation>
    </message>
    <message>
        <source>e.g. Payroll portal password reset</source>
        <translation>p. ej., Restablecimiento de contraseña del portal de nóminas</translation>
    </message>
    <message>
        <source>How many people the simulated phishing message was sent to</source>
        <translation>A cuántas personas se envió el mensaje de phishing simulado</translation>
    </message>
    <message>
        <source>How many recipients clicked the link or opened the attachment</source>
        <translation>Cuántos destinatarios hicieron clic en el enlace o abrieron el adjunto</translation>
    </message>
    <message>
        <source>How many recipients reported the message as suspicious</source>
        <translation>Cuántos destinatarios reportaron el mensaje como sospechoso</translation>
    </message>
    <message>
        <source>How many of those who clicked completed follow-up training</source>
        <translation>Cuántos de los que hicieron clic completaron la capacitación de seguimiento</translation>
    </message>
    <message>
        <source>e.g. Sent through the simulation service to all staff; follow-up module assigned the same day.</source>
        <translation>p. ej., Enviado mediante el servicio de simulación a todo el personal; módulo de seguimiento asignado el mismo día.</translation>
    </message>
    <message>
        <source>&amp;Date sent:</source>
        <translation>&amp;Fecha de envío:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Destinatarios:</translation>
    </message>
    <message>
        <source>&amp;Clicked:</source>
        <translation>&amp;Hicieron clic:</translation>
    </message>
    <message>
        <source>Re&amp;ported:</source>
        <translation>&amp;Reportaron:</translation>
    </message>
    <message>
        <source>Trained &amp;after clicking:</source>
        <translation>&amp;Capacitados tras hacer clic:</translation>
    </message>
    <message>
        <source>Rates:</source>
        <translation>Tasas:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Save the phishing simulation (Ctrl+S)</source>
        <translation>Guardar la simulación de phishing (Ctrl+S)</translation>
    </message>
    <message>
        <source>The campaign date %1 is in the future.</source>
        <translation>La fecha de la campaña %1 es futura.</translation>
    </message>
    <message>
        <source>%1 clicked · %2 reported</source>
        <translation>%1 hicieron clic · %2 reportaron</translation>
    </message>
    <message>
        <source>%1 · %2 of those who clicked trained</source>
        <translation>%1 · %2 de los que hicieron clic se capacitaron</translation>
    </message>
    <message>
        <source>The phishing simulation was not saved: %1</source>
        <translation>No se guardó la simulación de phishing: %1</translation>
    </message>
    <message>
        <source>Save the changes to this phishing simulation before closing?</source>
        <translation>¿Desea guardar los cambios en esta simulación de phishing antes de cerrar?</translation>
    </message>
</context>
<context>
    <name>palisade::ui::PhishingCampaignModel</name>
    <message>
        <source>%1 (—)</source>
        <translation>%1 (—)</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>nobody clicked</source>
        <translation>nadie hizo clic</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 de %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Of those who clicked, how many completed follow-up training</source>
        <translation>De los que hicieron clic, cuántos completaron la capacitación de seguimiento</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reportados</translation>
    </message>
    <message>
        <source>Trained after click</source>
        <translation>Capacitados tras el clic</translation>
    </message>
</context>
<context>
    <name>palisade::ui::PhishingTab</name>
    <message>
        <source>No phishing simulations recorded</source>
        <translation>No hay simulaciones de phishing registradas</translation>
    </message>
    <message>
        <source>Record each simulated phishing campaign: when it was sent, the template, how many received it, clicked and reported it, and how many of those who clicked were trained afterwards. The Trends tab charts the click and report rates over time.</source>
        <translation>Registre cada campaña de phishing simulado: cuándo se envió, la plantilla, cuántos la recibieron, hicieron clic y la reportaron, y cuántos de los que hicieron clic recibieron capacitación después. La pestaña Tendencias representa las tasas de clics y de reportes a lo largo del tiempo.</translation>
    </message>
    <message>
        <source>Record Phishing Simulation…</source>
        <translation>Registrar simulación de phishing…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Record a phishing simulation</source>
        <translation>Registrar una simulación de phishing</translation>
    </message>
    <message>
        <source>Correct the selected phishing simulation</source>
        <translation>Corregir la simulación de phishing seleccionada</translation>
    </message>
    <message>
        <source>Delete the selected phishing simulation (kept six years)</source>
        <translation>Eliminar la simulación de phishing seleccionada (se conserva seis años)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete Phishing Simulation</source>
        <translation>Eliminar simulación de phishing</translation>
    </message>
    <message>
        <source>Delete the phishing simulation &quot;%1&quot; of %2?</source>
        <translation>¿Desea eliminar la simulación de phishing «%1» del %2?</translation>
    </message>
    <message>
        <source>Training records are kept six years; a simulation still within its retention period cannot be deleted.</source>
        <translation>Los registros de capacitación se conservan seis años; no se puede eliminar una simulación que aún esté dentro de su periodo de conservación.</translation>
    </message>
    <message>
        <source>The phishing simulation was not deleted: %1</source>
        <translation>No se eliminó la simulación de phishing: %1</translation>
    </message>
    <message>
        <source>Deleted the phishing simulation &quot;%1&quot; of %2.</source>
        <translation>Se eliminó la simulación de phishing «%1» del %2.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::PlannedAreaPage</name>
    <message>
        <source>%1 is not built yet.</source>
        <translation>El área %1 aún no está disponible.</translation>
    </message>
    <message>
        <source>When it is, this area will hold:</source>
        <translation>Cuando lo esté, esta área contendrá:</translation>
    </message>
    <message>
        <source>Nothing is stored for this area yet, so there is nothing here to review or export.</source>
        <translation>Todavía no se guarda nada en esta área, así que aquí no hay nada que revisar ni exportar.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::PoliciesPage</name>
    <message>
        <source>Policies</source>
        <translation>Políticas</translation>
    </message>
    <message>
        <source>Your written HIPAA policies, each with its full revision history: drafted, approved by the roles it names, in effect.</source>
        <translation>Sus políticas de HIPAA por escrito, cada una con su historial completo de versiones: redactadas, aprobadas por los cargos que indican y en vigor.</translation>
    </message>
    <message>
        <source>&amp;New Policy…</source>
        <translation>&amp;Nueva política…</translation>
    </message>
    <message>
        <source>Adopt &amp;Starter Policies…</source>
        <translation>Adoptar políticas &amp;modelo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Adopt Starter Policies…</source>
        <translation>Adoptar políticas modelo…</translation>
    </message>
    <message>
        <source>Write a Policy from Scratch…</source>
        <translation>Redactar una política desde cero…</translation>
    </message>
    <message>
        <source>New Policy</source>
        <translation>Nueva política</translation>
    </message>
    <message>
        <source>Write a policy of your own (Ctrl+N)</source>
        <translation>Redactar una política propia (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add starter policies shipped with Palisade as drafts to adapt</source>
        <translation>Agregar como borradores para adaptar las políticas modelo incluidas con Palisade</translation>
    </message>
    <message>
        <source>Change the selected policy&apos;s details (Enter or double-click)</source>
        <translation>Cambiar los datos de la política seleccionada (Intro o doble clic)</translation>
    </message>
    <message>
        <source>Delete the selected policy; only while none of its revisions was approved</source>
        <translation>Eliminar la política seleccionada; solo mientras no se haya aprobado ninguna de sus versiones</translation>
    </message>
    <message>
        <source>Start with written policies</source>
        <translation>Empiece con políticas por escrito</translation>
    </message>
    <message numerus="yes">
        <source>HIPAA expects written policies and procedures, reviewed periodically and kept for six years (164.316). Adopt the %n starter policies shipped with Palisade (security management, workforce training, breach notification and more) as drafts to adapt, or write one from scratch. Each revision is approved by the roles you name, then kept unchanged.</source>
        <translation>
            <numerusform>HIPAA exige políticas y procedimientos por escrito, revisados periódicamente y conservados durante seis años (164.316). Adopte la %n política modelo incluida con Palisade (gestión de la seguridad, capacitación del personal, notificación de brechas y más) como borrador para adaptar, o redacte una desde cero. Cada versión la aprueban los cargos que usted indique y después se conserva sin cambios.</numerusform>
            <numerusform>HIPAA exige políticas y procedimientos por escrito, revisados periódicamente y conservados durante seis años (164.316). Adopte las %n políticas modelo incluidas con Palisade (gestión de la seguridad, capacitación del personal, notificación de brechas y más) como borradores para adaptar, o redacte una desde cero. Cada versión la aprueban los cargos que usted indique y después se conserva sin cambios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>The policy library could not be read: %1</source>
        <translation>No se pudo leer la biblioteca de políticas: %1</translation>
    </message>
    <message numerus="yes">
        <source>No policy matches these filters. Change them, or clear them to see all %n policy(ies).</source>
        <translation>
            <numerusform>Ninguna política coincide con estos filtros. Cámbielos o bórrelos para ver %n política.</numerusform>
            <numerusform>Ninguna política coincide con estos filtros. Cámbielos o bórrelos para ver las %n políticas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 of %L2 shown</source>
        <translation>%L1 de %L2 mostradas</translation>
    </message>
    <message>
        <source>Policies: %L1</source>
        <translation>Políticas: %L1</translation>
    </message>
    <message>
        <source>No revision in effect: %L1 (findings)</source>
        <translation>Sin versión en vigor: %L1 (hallazgos)</translation>
    </message>
    <message>
        <source>Overdue for review: %L1</source>
        <translation>Con revisión vencida: %L1</translation>
    </message>
    <message numerus="yes">
        <source>%n starter policy(ies) added as drafts. Read each one, adapt it to how you work, then submit it for approval.</source>
        <translation>
            <numerusform>Se agregó %n política modelo como borrador. Léala, adáptela a su forma de trabajar y después envíela para su aprobación.</numerusform>
            <numerusform>Se agregaron %n políticas modelo como borradores. Lea cada una, adáptela a su forma de trabajar y después envíela para su aprobación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Policy</source>
        <translation>Eliminar política</translation>
    </message>
    <message>
        <source>Delete %1 “%2” and its drafts? The audit trail keeps a record of them.</source>
        <translation>¿Eliminar %1 «%2» y sus borradores? El registro de auditoría conserva constancia de ellos.</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>Se eliminó %1.</translation>
    </message>
    <message>
        <source>%1 was added with an empty draft, revision 1. Choose “Edit Draft…” to write its text.</source>
        <translation>%1 se añadió con un borrador vacío, la versión 1. Elija «Editar borrador…» para escribir su texto.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::PolicyDetailPanel</name>
    <message>
        <source>Select a policy to read its revisions, their approvals and signed copies.</source>
        <translation>Seleccione una política para leer sus versiones, sus aprobaciones y sus copias firmadas.</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Policy text</source>
        <translation>Texto de la política</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Signed PDF</source>
        <translation>PDF firmado</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · Owner: %2 · Reviewed every %n month(s)</source>
        <translation>
            <numerusform>%1 · Responsable: %2 · Se revisa cada %n mes</numerusform>
            <numerusform>%1 · Responsable: %2 · Se revisa cada %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>not named</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>Approved by: any one approver</source>
        <translation>Aprobada por: cualquier aprobador</translation>
    </message>
    <message>
        <source>Approved by: %1</source>
        <translation>Aprobada por: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Security Rule: none linked</source>
        <translation>Regla de Seguridad: ninguna cita vinculada</translation>
    </message>
    <message>
        <source>Security Rule: %1</source>
        <translation>Regla de Seguridad: %1</translation>
    </message>
    <message>
        <source>Retired on %1</source>
        <translation>Retirada el %1</translation>
    </message>
    <message>
        <source>%1 has no text. Edit the draft to write it, or attach the signed PDF.</source>
        <translation>%1 no tiene texto. Edite el borrador para redactarlo o adjunte el PDF firmado.</translation>
    </message>
    <message>
        <source>Signed PDF (none)</source>
        <translation>PDF firmado (ninguno)</translation>
    </message>
    <message>
        <source>%1 has no signed PDF attached; its text is the record.</source>
        <translation>%1 no tiene ningún PDF firmado adjunto; su texto es el registro.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>No se puede mostrar %1: %2</translation>
    </message>
    <message>
        <source>The approvals could not be read: %1</source>
        <translation>No se pudieron leer las aprobaciones: %1</translation>
    </message>
    <message>
        <source>%1 is a draft. Approvals are recorded once it is submitted for review.</source>
        <translation>%1 es un borrador. Las aprobaciones se registran una vez que se envía a revisión.</translation>
    </message>
    <message>
        <source>%1 is in review; the first approval recorded approves it.</source>
        <translation>%1 está en revisión; la primera aprobación que se registre la aprueba.</translation>
    </message>
    <message>
        <source>%1 is in review. Still needed: %2</source>
        <translation>%1 está en revisión. Falta: %2</translation>
    </message>
    <message>
        <source>%1 was approved on %2.</source>
        <translation>%1 se aprobó el %2.</translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>Aprobaciones (%1)</translation>
    </message>
    <message>
        <source>%1 has no signed PDF. Attach one with “Edit Draft…” while it is a draft.</source>
        <translation>%1 no tiene PDF firmado. Adjunte uno con «Editar borrador…» mientras sea un borrador.</translation>
    </message>
    <message>
        <source>Acknowledgments</source>
        <translation>Confirmaciones de lectura</translation>
    </message>
</context>
<context>
    <name>palisade::ui::PolicyEditorDialog</name>
    <message>
        <source>&amp;Add Role</source>
        <translation>&amp;Agregar cargo</translation>
    </message>
    <message>
        <source>Re&amp;move Role</source>
        <translation>&amp;Quitar cargo</translation>
    </message>
    <message>
        <source>No citations ticked. Link the Security Rule standards and implementation specifications this policy meets.</source>
        <translation>No hay citas marcadas. Vincule los estándares y las especificaciones de implementación de la Regla de Seguridad que cumple esta política.</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Security Rule</source>
        <translation>Regla de Seguridad</translation>
    </message>
    <message>
        <source>Save the policy (Ctrl+S)</source>
        <translation>Guardar la política (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>%1 was retired on %2 and is kept as it was.</source>
        <translation>%1 se retiró el %2 y se conserva tal como estaba.</translation>
    </message>
    <message>
        <source>The policy could not be read: %1</source>
        <translation>No se pudo leer la política: %1</translation>
    </message>
    <message>
        <source>New Policy</source>
        <translation>Nueva política</translation>
    </message>
    <message>
        <source>%1 — Policy</source>
        <translation>%1 — Política</translation>
    </message>
    <message>
        <source>e.g. SEC-004</source>
        <translation>p. ej., SEC-004</translation>
    </message>
    <message>
        <source>e.g. Workstation and Device Use</source>
        <translation>p. ej., Uso de estaciones de trabajo y dispositivos</translation>
    </message>
    <message>
        <source>Who keeps it current, e.g. Security Officer</source>
        <translation>Quién la mantiene actualizada, p. ej., Funcionario de seguridad</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>The next review falls this long after the revision in effect was approved. HIPAA asks for periodic review; yearly is usual.</source>
        <translation>La próxima revisión se programa este tiempo después de la aprobación de la versión en vigor. HIPAA exige una revisión periódica; lo habitual es una vez al año.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Cate&amp;goría:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>&amp;Review every:</source>
        <translation>Re&amp;visar cada:</translation>
    </message>
    <message>
        <source>Required approvals</source>
        <translation>Aprobaciones necesarias</translation>
    </message>
    <message>
        <source>Each revision is approved once every role below has signed off. With no role listed, one approval is enough.</source>
        <translation>Cada versión queda aprobada cuando todos los cargos de abajo la han aprobado. Si no se indica ningún cargo, basta con una aprobación.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Required approval roles</source>
        <translation>Cargos cuya aprobación se requiere</translation>
    </message>
    <message>
        <source>To save this policy:
%1</source>
        <translation>Para guardar esta política:
%1</translation>
    </message>
    <message>
        <source>The policy was not saved:
%1</source>
        <translation>La política no se guardó:
%1</translation>
    </message>
    <message>
        <source>The policy was not saved: %1</source>
        <translation>La política no se guardó: %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save this new policy before closing?</source>
        <translation>¿Desea guardar esta nueva política antes de cerrar?</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>¿Desea guardar los cambios en %1 antes de cerrar?</translation>
    </message>
</context>
<context>
    <name>palisade::ui::PolicyFilterBar</name>
    <message>
        <source>Reviews d&amp;ue only</source>
        <translation>S&amp;olo revisiones pendientes</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Filter by code, title or owner</source>
        <translation>Filtrar por código, título o responsable</translation>
    </message>
    <message>
        <source>Every word must appear in the code, title or owner (Ctrl+F)</source>
        <translation>Cada palabra debe aparecer en el código, el título o el responsable (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter policies</source>
        <translation>Filtrar políticas</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Only policies overdue for review, due within 30 days, or with no revision in effect</source>
        <translation>Solo las políticas con la revisión vencida, con revisión en los próximos 30 días o sin versión en vigor</translation>
    </message>
</context>
<context>
    <name>palisade::ui::PolicyHistoryDialog</name>
    <message>
        <source>History — %1 %2</source>
        <translation>Historial — %1 %2</translation>
    </message>
    <message>
        <source>Policy History</source>
        <translation>Historial de la política</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>No se pudo leer el historial: %1</translation>
    </message>
</context>
<context>
    <name>palisade::ui::PolicyHistoryList</name>
    <message>
        <source>%1 recorded “%2” on %3 %4</source>
        <translation>%1 registró «%2» en %3 %4</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1 created %2</source>
        <translation>%1 creó %2</translation>
    </message>
    <message>
        <source>%1 adopted %2 from the starter policy “%3”</source>
        <translation>%1 adoptó %2 a partir de la política modelo «%3»</translation>
    </message>
    <message>
        <source>%1 deleted %2</source>
        <translation>%1 eliminó %2</translation>
    </message>
    <message>
        <source>%1 retired %2 as of %3: %4</source>
        <translation>%1 retiró %2 con fecha %3: %4</translation>
    </message>
    <message>
        <source>%1 updated %2</source>
        <translation>%1 actualizó %2</translation>
    </message>
    <message>
        <source>%1 changed the %2 of %3</source>
        <translation>%1 cambió estos datos de %3: %2</translation>
    </message>
    <message>
        <source>%1 started revision %2 as a draft</source>
        <translation>%1 inició la versión %2 como borrador</translation>
    </message>
    <message>
        <source>%1 edited the draft of revision %2</source>
        <translation>%1 editó el borrador de la versión %2</translation>
    </message>
    <message>
        <source>%1 discarded revision %2</source>
        <translation>%1 descartó la versión %2</translation>
    </message>
    <message>
        <source>%1 submitted revision %2 for review</source>
        <translation>%1 envió a revisión la versión %2</translation>
    </message>
    <message>
        <source>%1 returned revision %2 to draft: %3</source>
        <translation>%1 devolvió la versión %2 a borrador: %3</translation>
    </message>
    <message>
        <source>Revision %1 was fully approved on %2</source>
        <translation>La versión %1 quedó completamente aprobada el %2</translation>
    </message>
    <message>
        <source>%1 made revision %2 effective from %3</source>
        <translation>%1 puso en vigor la versión %2 a partir del %3</translation>
    </message>
    <message>
        <source>Revision %1 was superseded; its last day is %2</source>
        <translation>La versión %1 quedó reemplazada; su último día es el %2</translation>
    </message>
    <message>
        <source>Revision %1 was retired; its last day is %2</source>
        <translation>La versión %1 se retiró; su último día es el %2</translation>
    </message>
    <message>
        <source>%1 attached %2 to revision %3</source>
        <translation>%1 adjuntó %2 a la versión %3</translation>
    </message>
    <message>
        <source>%1 removed %2 from revision %3</source>
        <translation>%1 quitó %2 de la versión %3</translation>
    </message>
    <message>
        <source>%1 saved a decrypted copy of %2 (revision %3) to %4</source>
        <translation>%1 guardó una copia descifrada de %2 (versión %3) en %4</translation>
    </message>
    <message>
        <source>%1 recorded the approval of %2 as %3, given on %4 (“%5”)</source>
        <translation>%1 registró la aprobación de %2 como %3, otorgada el %4 («%5»)</translation>
    </message>
    <message>
        <source>The approval of %1 as %2 was withdrawn when the revision went back to draft</source>
        <translation>La aprobación de %1 como %2 se anuló cuando la versión volvió a borrador</translation>
    </message>
    <message>
        <source>The approval of %1 as %2 was deleted with its policy</source>
        <translation>La aprobación de %1 como %2 se eliminó junto con su política</translation>
    </message>
</context>
<context>
    <name>palisade::ui::PolicyLabels</name>
    <message>
        <source>Rev %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Rev %1 from %2</source>
        <translation>Versión %1 a partir del %2</translation>
    </message>
    <message>
        <source>Rev %1 since %2</source>
        <translation>Versión %1 desde el %2</translation>
    </message>
    <message>
        <source>Rev %1 in review</source>
        <translation>Versión %1 en revisión</translation>
    </message>
    <message>
        <source>Rev %1 draft</source>
        <translation>Versión %1 en borrador</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
</context>
<context>
    <name>palisade::ui::PolicyReviewSummaryBox</name>
    <message>
        <source>Policy reviews</source>
        <translation>Revisiones de políticas</translation>
    </message>
    <message>
        <source>Open Policies</source>
        <translation>Abrir Políticas</translation>
    </message>
    <message>
        <source>no approved revision in effect</source>
        <translation>ninguna versión aprobada en vigor</translation>
    </message>
    <message numerus="yes">
        <source>review overdue by %n day(s), since %1</source>
        <translation>
            <numerusform>revisión vencida hace %n día, desde el %1</numerusform>
            <numerusform>revisión vencida hace %n días, desde el %1</numerusform>
        </translation>
    </message>
    <message>
        <source>review due on %1</source>
        <translation>revisión prevista para el %1</translation>
    </message>
    <message>
        <source>Nothing due: every policy in use has an approved revision in effect, and no review falls in the next 30 days.</source>
        <translation>Nada pendiente: cada política en uso tiene una versión aprobada en vigor y no vence ninguna revisión en los próximos 30 días.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more on the Policies page.</source>
        <translation>
            <numerusform>…y %n más en la página Políticas.</numerusform>
            <numerusform>…y %n más en la página Políticas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::PolicyTableModel</name>
    <message>
        <source>Retired on %1</source>
        <translation>Retirada el %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>The policy was retired; its revisions are kept as records.</source>
        <translation>La política se retiró; sus versiones se conservan como registros.</translation>
    </message>
    <message>
        <source>No revision is in effect today; %1 is approved and can take effect (a finding until it does).</source>
        <translation>Hoy no hay ninguna versión en vigor; %1 está aprobada y puede entrar en vigor (es un hallazgo hasta que lo haga).</translation>
    </message>
    <message>
        <source>No approved revision is in effect: a finding (164.316(a)).</source>
        <translation>No hay ninguna versión aprobada en vigor: es un hallazgo (164.316(a)).</translation>
    </message>
    <message>
        <source>Approved on %1</source>
        <translation>Aprobada el %1</translation>
    </message>
    <message numerus="yes">
        <source>Review overdue by %n day(s)</source>
        <translation>
            <numerusform>Revisión vencida hace %n día</numerusform>
            <numerusform>Revisión vencida hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review due within %n day(s)</source>
        <translation>
            <numerusform>Revisión prevista dentro de %n día</numerusform>
            <numerusform>Revisión prevista dentro de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviewed every %n month(s)</source>
        <translation>
            <numerusform>Se revisa cada %n mes</numerusform>
            <numerusform>Se revisa cada %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>No revision in effect (finding)</source>
        <translation>Sin versión en vigor (hallazgo)</translation>
    </message>
    <message>
        <source>Review overdue since %1</source>
        <translation>Revisión atrasada desde el %1</translation>
    </message>
    <message>
        <source>The approved revision in effect today; a policy in use without one is a finding</source>
        <translation>La versión aprobada que está en vigor hoy; una política en uso sin ella es un hallazgo</translation>
    </message>
    <message>
        <source>A review cycle after the revision in effect was approved: red when overdue, amber within 30 days</source>
        <translation>Un ciclo de revisión después de la aprobación de la versión en vigor: en rojo si está vencida, en ámbar si vence en los próximos 30 días</translation>
    </message>
    <message>
        <source>The revision being written or reviewed</source>
        <translation>La versión que se está redactando o revisando</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>In Effect</source>
        <translation>En vigor</translation>
    </message>
    <message>
        <source>Next Review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <source>Open Revision</source>
        <translation>Versión abierta</translation>
    </message>
</context>
<context>
    <name>palisade::ui::ProvisionStateDelegate</name>
    <message>
        <source>Whether the agreement contains provision %1</source>
        <translation>Si el acuerdo contiene la disposición %1</translation>
    </message>
</context>
<context>
    <name>palisade::ui::ProvisionTableModel</name>
    <message>
        <source>Citation</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>The agreement must…</source>
        <translation>El acuerdo debe…</translation>
    </message>
    <message>
        <source>In this agreement</source>
        <translation>En este acuerdo</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Cláusula</translation>
    </message>
    <message>
        <source>Where the agreement says it, e.g. §4.2</source>
        <translation>Dónde lo dice el acuerdo, p. ej., §4.2</translation>
    </message>
</context>
<context>
    <name>palisade::ui::RecordDeletion</name>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>No se eliminó: %1</translation>
    </message>
</context>
<context>
    <name>palisade::ui::RecordNotificationDialog</name>
    <message>
        <source>First-class mail</source>
        <translation>Correo postal de primera clase</translation>
    </message>
    <message>
        <source>HHS breach portal</source>
        <translation>Portal de brechas del HHS</translation>
    </message>
    <message>
        <source>Press release</source>
        <translation>Comunicado de prensa</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>To record this notice:
%1</source>
        <translation>Para registrar esta notificación:
%1</translation>
    </message>
    <message>
        <source>The notice was not recorded:
%1</source>
        <translation>La notificación no se registró:
%1</translation>
    </message>
    <message>
        <source>Unsaved Notice</source>
        <translation>Notificación sin registrar</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Covered &amp;entity:</source>
        <translation>E&amp;ntidad cubierta:</translation>
    </message>
    <message>
        <source>&amp;Attach Copy…</source>
        <translation>Ad&amp;juntar copia…</translation>
    </message>
    <message>
        <source>Re&amp;move Copy</source>
        <translation>Q&amp;uitar copia</translation>
    </message>
    <message>
        <source>The incident could not be read: %1</source>
        <translation>No se pudo leer el incidente: %1</translation>
    </message>
    <message>
        <source>FL</source>
        <translation>FL</translation>
    </message>
    <message>
        <source>The two-letter code of the State or jurisdiction</source>
        <translation>El código de dos letras del estado o la jurisdicción</translation>
    </message>
    <message>
        <source>The day the notice went out; not before the discovery</source>
        <translation>El día en que se envió la notificación; no anterior al descubrimiento</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Substitute notice on the website</source>
        <translation>Notificación sustitutiva en el sitio web</translation>
    </message>
    <message>
        <source>What the notice said</source>
        <translation>Lo que decía la notificación</translation>
    </message>
    <message>
        <source>The text of the notice, or a summary of what it said</source>
        <translation>El texto de la notificación o un resumen de lo que decía</translation>
    </message>
    <message>
        <source>Keep a copy of the letter (any file) encrypted with the notice</source>
        <translation>Guardar una copia de la carta (cualquier archivo) cifrada con la notificación</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation>&amp;Fecha de envío:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Medio:</translation>
    </message>
    <message>
        <source>Sent &amp;by:</source>
        <translation>Enviada &amp;por:</translation>
    </message>
    <message>
        <source>&amp;What it said:</source>
        <translation>&amp;Qué decía:</translation>
    </message>
    <message>
        <source>Copy:</source>
        <translation>Copia:</translation>
    </message>
    <message>
        <source>Record the notice (Ctrl+S)</source>
        <translation>Registrar la notificación (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>A notice is a record of what was done: it cannot be changed once recorded. A supplemental notice is recorded as another notice.</source>
        <translation>Una notificación es un registro de lo que se hizo: no se puede modificar una vez registrada. Una notificación complementaria se registra como otra notificación.</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>vencida hace %n día</numerusform>
            <numerusform>vencida hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>queda %n día</numerusform>
            <numerusform>quedan %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: due by %2, %3.
%4</source>
        <translation>%1: vence el %2, %3.
%4</translation>
    </message>
    <message>
        <source>Record Notice Sent — %1</source>
        <translation>Registrar notificación enviada — %1</translation>
    </message>
    <message>
        <source>Counterparty #%1</source>
        <translation>Contraparte #%1</translation>
    </message>
    <message>
        <source>The incident names no covered entity</source>
        <translation>El incidente no indica ninguna entidad cubierta</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB and was not attached.</source>
        <translation>%1 ocupa más de %2 MB y no se adjuntó.</translation>
    </message>
    <message>
        <source>Attach a Copy of the Notice</source>
        <translation>Adjuntar una copia de la notificación</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>None attached (optional)</source>
        <translation>Ninguna adjunta (opcional)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The notice was not recorded: %1</source>
        <translation>La notificación no se registró: %1</translation>
    </message>
    <message>
        <source>Record this notice before closing?</source>
        <translation>¿Desea registrar esta notificación antes de cerrar?</translation>
    </message>
</context>
<context>
    <name>palisade::ui::ReleaseHoldDialog</name>
    <message>
        <source>&amp;Release Hold</source>
        <translation>&amp;Levantar retención</translation>
    </message>
    <message>
        <source>Release Legal Hold #%1</source>
        <translation>Levantar la retención legal n.º %1</translation>
    </message>
    <message>
        <source>Releasing the hold lets what it kept be disposed of once its retention period has passed. The hold stays in the list of holds with the reason below.</source>
        <translation>Al levantar la retención, lo que protegía podrá destruirse una vez vencido su plazo de conservación. La retención permanece en la lista de retenciones con el motivo que se indica abajo.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>e.g. Case settled; counsel confirmed on 2026-05-04 that the hold may end</source>
        <translation>p. ej., Caso resuelto; el abogado confirmó el 2026-05-04 que la retención puede terminar</translation>
    </message>
    <message>
        <source>Covers:</source>
        <translation>Abarca:</translation>
    </message>
    <message>
        <source>Placed:</source>
        <translation>Aplicada:</translation>
    </message>
    <message>
        <source>Held because:</source>
        <translation>Motivo de la retención:</translation>
    </message>
    <message>
        <source>&amp;Why release it:</source>
        <translation>&amp;Motivo del levantamiento:</translation>
    </message>
</context>
<context>
    <name>palisade::ui::ReportIncidentPage</name>
    <message>
        <source>Before going on:
%1</source>
        <translation>Antes de continuar:
%1</translation>
    </message>
</context>
<context>
    <name>palisade::ui::ReportIncidentWizard</name>
    <message>
        <source>Assess &amp;now: rate the four factors and conclude</source>
        <translation>Evaluar &amp;ahora: calificar los cuatro factores y concluir</translation>
    </message>
    <message>
        <source>Assess &amp;later: save the report first</source>
        <translation>Evaluar &amp;luego: guardar primero el reporte</translation>
    </message>
    <message>
        <source>Report Incident</source>
        <translation>Reportar incidente</translation>
    </message>
    <message>
        <source>&amp;Save Incident</source>
        <translation>&amp;Guardar incidente</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Write down what you know now; everything can be completed later. The discovery date starts every notification clock.</source>
        <translation>Anote lo que sabe ahora; todo se puede completar más adelante. La fecha de descubrimiento inicia todos los plazos de notificación.</translation>
    </message>
    <message>
        <source>e.g. Laptop stolen from a car</source>
        <translation>p. ej., computadora portátil robada de un automóvil</translation>
    </message>
    <message>
        <source>What happened, how it was noticed, what information and people it involves</source>
        <translation>Qué ocurrió, cómo se detectó, qué información y qué personas involucra</translation>
    </message>
    <message>
        <source>The first day anyone in the organization knew, or by reasonable diligence would have known (164.404(a)(2))</source>
        <translation>El primer día en que alguien de la organización lo supo o, con una diligencia razonable, lo habría sabido (164.404(a)(2))</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>Who noticed or reported it</source>
        <translation>Quién lo detectó o lo reportó</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Qué ocurrió:</translation>
    </message>
    <message>
        <source>&amp;Discovered on:</source>
        <translation>Fecha de &amp;descubrimiento:</translation>
    </message>
    <message>
        <source>&amp;Occurred on:</source>
        <translation>Fecha en que &amp;ocurrió:</translation>
    </message>
    <message>
        <source>&amp;Reported by:</source>
        <translation>&amp;Reportado por:</translation>
    </message>
    <message>
        <source>Who and what is affected</source>
        <translation>Quién y qué se ve afectado</translation>
    </message>
    <message>
        <source>The systems involved, whose PHI it is, what kind, and how many people in each State. Counts can be estimates for now.</source>
        <translation>Los sistemas involucrados, a quién pertenece la PHI, de qué tipo es y cuántas personas hay en cada estado. Por ahora, las cifras pueden ser estimaciones.</translation>
    </message>
    <message>
        <source>Containment so far</source>
        <translation>Contención hasta ahora</translation>
    </message>
    <message>
        <source>What has been done to stop it and limit the harm, and who handles it from here.</source>
        <translation>Lo que se ha hecho para detenerlo y limitar el daño, y quién lo gestiona a partir de ahora.</translation>
    </message>
    <message>
        <source>e.g. The recipient deleted the email and confirmed it in writing; the device was wiped remotely; the account&apos;s password was reset</source>
        <translation>p. ej., el destinatario eliminó el correo electrónico y lo confirmó por escrito; el dispositivo se borró a distancia; se restableció la contraseña de la cuenta</translation>
    </message>
    <message>
        <source>Not yet, or unknown</source>
        <translation>Aún no, o se desconoce</translation>
    </message>
    <message>
        <source>Who handles it</source>
        <translation>Quién lo gestiona</translation>
    </message>
    <message>
        <source>&amp;Steps taken:</source>
        <translation>&amp;Medidas tomadas:</translation>
    </message>
    <message>
        <source>&amp;Contained on:</source>
        <translation>Fecha de &amp;contención:</translation>
    </message>
    <message>
        <source>&amp;Handled by:</source>
        <translation>Gestionado &amp;por:</translation>
    </message>
    <message>
        <source>Is it a breach?</source>
        <translation>¿Es una brecha?</translation>
    </message>
    <message>
        <source>An impermissible use or disclosure of PHI is presumed a breach unless a documented assessment of at least four factors shows a low probability that the PHI was compromised (164.402(2)).</source>
        <translation>Un uso o una divulgación no permitidos de PHI se presumen una brecha, a menos que una evaluación documentada de al menos cuatro factores muestre una baja probabilidad de que la PHI se haya visto comprometida (164.402(2)).</translation>
    </message>
    <message>
        <source>Rate each factor and say why. Conclude a low probability of compromise only when the factors together show it.</source>
        <translation>Califique cada factor e indique por qué. Concluya que hay una baja probabilidad de compromiso solo cuando los factores en conjunto lo demuestren.</translation>
    </message>
    <message>
        <source>Until the assessment is documented, the program treats this incident as a breach: every notice is owed by its deadline. You can record the assessment later from the incident&apos;s Assessment tab.</source>
        <translation>Hasta que se documente la evaluación, el programa trata este incidente como una brecha: cada notificación se debe enviar dentro de su plazo. Puede registrar la evaluación más adelante desde la pestaña Evaluación del incidente.</translation>
    </message>
    <message>
        <source>You said the PHI was secured: it is not unsecured PHI, so this is not a reportable breach whatever the assessment concludes. You may still document one.</source>
        <translation>Indicó que la PHI estaba protegida: no es PHI no protegida, por lo que no es una brecha notificable, sea cual sea la conclusión de la evaluación. Aun así, puede documentar una.</translation>
    </message>
    <message>
        <source>What the program concludes</source>
        <translation>Lo que concluye el programa</translation>
    </message>
    <message>
        <source>From what you entered: whether it is a breach and which notices are owed by when. Save Incident records it; nothing is sent.</source>
        <translation>A partir de lo que indicó: si es una brecha y qué notificaciones se deben enviar y cuándo. Guardar incidente lo registra; no se envía nada.</translation>
    </message>
    <message>
        <source>Notice to</source>
        <translation>Notificación a</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Notices owed</source>
        <translation>Notificaciones obligatorias</translation>
    </message>
    <message>
        <source>You chose to assess later. Until the four-factor assessment is documented this is treated as a breach, and the notices below are owed by their dates even if the assessment later clears it.</source>
        <translation>Eligió evaluar después. Hasta que se documente la evaluación de riesgo de cuatro factores, esto se trata como una brecha, y las notificaciones siguientes se deben enviar en sus fechas aunque la evaluación posterior lo descarte.</translation>
    </message>
    <message>
        <source>None: it is not a reportable breach. The record is kept six years after the incident is closed.</source>
        <translation>Ninguna: no es una brecha notificable. El registro se conserva seis años después del cierre del incidente.</translation>
    </message>
    <message>
        <source>None can be counted yet: enter the discovery date.</source>
        <translation>Aún no se puede calcular ninguna: indique la fecha de descubrimiento.</translation>
    </message>
    <message>
        <source>Once saved, the Incidents page counts these down, and the dashboard lists any due within 30 days or overdue. Record each notice as it is sent.</source>
        <translation>Una vez guardado, la página Incidentes lleva la cuenta regresiva de estos plazos y el panel enumera las notificaciones que venzan en 30 días o menos o que estén vencidas. Registre cada notificación a medida que se envíe.</translation>
    </message>
    <message>
        <source>The incident was not saved: %1</source>
        <translation>El incidente no se guardó: %1</translation>
    </message>
    <message>
        <source>%1 was recorded with its four-factor assessment: %2.</source>
        <translation>%1 se registró con su evaluación de riesgo de cuatro factores: %2.</translation>
    </message>
    <message>
        <source>%1 was recorded, but its assessment was not: %2 Record it from the Assessment tab; until then a breach is presumed.</source>
        <translation>%1 se registró, pero su evaluación no: %2 Regístrela desde la pestaña Evaluación; hasta entonces, se presume una brecha.</translation>
    </message>
    <message>
        <source>%1 was recorded and is presumed a breach until its four-factor assessment is documented on the Assessment tab.</source>
        <translation>%1 se registró y se presume una brecha hasta que se documente su evaluación de riesgo de cuatro factores en la pestaña Evaluación.</translation>
    </message>
    <message>
        <source>%1 was recorded.</source>
        <translation>%1 se registró.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::RequiredNoticeModel</name>
    <message>
        <source>Covered entity: %1</source>
        <translation>Entidad cubierta: %1</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Media in %1</source>
        <translation>Medios de comunicación en %1</translation>
    </message>
    <message>
        <source>State authority of %1</source>
        <translation>Autoridad estatal de %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>HHS (annual breach log)</source>
        <translation>HHS (registro anual de brechas)</translation>
    </message>
    <message>
        <source>Sent on time</source>
        <translation>Enviada a tiempo</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n day(s) late</source>
        <translation>
            <numerusform>Enviada con %n día de retraso</numerusform>
            <numerusform>Enviada con %n días de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Vencida hace %n día</numerusform>
            <numerusform>Vencida hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>Queda %n día</numerusform>
            <numerusform>Quedan %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Aún no</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Vencida: %1</translation>
    </message>
    <message>
        <source>Notice to</source>
        <translation>Notificación a</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Fecha de envío</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>palisade::ui::RetentionFilterBar</name>
    <message>
        <source>Clear Filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;A fecha de:</translation>
    </message>
    <message>
        <source>The day each record&apos;s status is worked out for. A later day shows what becomes eligible for disposal; records are disposed of only up to today.</source>
        <translation>El día para el que se calcula el estado de cada registro. Un día posterior muestra lo que pasa a ser apto para destrucción; los registros solo se destruyen hasta hoy.</translation>
    </message>
    <message>
        <source>Statuses as of</source>
        <translation>Estados a fecha de</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Show the statuses as of today</source>
        <translation>Mostrar los estados a fecha de hoy</translation>
    </message>
    <message>
        <source>Retention status</source>
        <translation>Estado de conservación</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>All record types</source>
        <translation>Todos los tipos de registro</translation>
    </message>
    <message>
        <source>Filter records</source>
        <translation>Filtrar registros</translation>
    </message>
    <message>
        <source>Matches the record, its type, its status and its hold reason (Ctrl+F)</source>
        <translation>Busca en el registro, su tipo, su estado y el motivo de su retención (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>palisade::ui::RetentionPage</name>
    <message>
        <source>Retention</source>
        <translation>Conservación</translation>
    </message>
    <message>
        <source>Every record is kept six years from its creation or the last day it was in effect, whichever is later (164.316(b)(2), 164.530(j)). Legal holds keep records longer.</source>
        <translation>Cada registro se conserva seis años desde su creación o desde el último día en que estuvo en vigor, lo que ocurra más tarde (164.316(b)(2), 164.530(j)). Las retenciones legales conservan los registros durante más tiempo.</translation>
    </message>
    <message>
        <source>R&amp;ules</source>
        <translation>R&amp;eglas</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>The retention records could not be read: %1</source>
        <translation>No se pudieron leer los registros sujetos a conservación: %1</translation>
    </message>
    <message>
        <source>Re&amp;cords (%L1)</source>
        <translation>&amp;Registros (%L1)</translation>
    </message>
    <message>
        <source>&amp;Legal Holds (%L1)</source>
        <translation>Retenciones le&amp;gales (%L1)</translation>
    </message>
    <message>
        <source>Disposal Lo&amp;g (%L1)</source>
        <translation>&amp;Bitácora de destrucción (%L1)</translation>
    </message>
    <message>
        <source>Legal hold #%1 placed on %2. What it covers cannot be disposed of or deleted until it is released.</source>
        <translation>Se aplicó la retención legal n.º %1 a %2. Lo que abarca no se puede destruir ni eliminar hasta que se levante.</translation>
    </message>
    <message>
        <source>Legal hold #%1 on %2 was released.</source>
        <translation>Se levantó la retención legal n.º %1 sobre %2.</translation>
    </message>
    <message>
        <source>Nothing is past its retention period as of %1.</source>
        <translation>Al %1, nada ha superado su plazo de conservación.</translation>
    </message>
    <message>
        <source>Records are disposed of only once their day has come. Set “As of” to today or earlier.</source>
        <translation>Los registros solo se destruyen cuando llega su día. Ponga «A fecha de» en hoy o en un día anterior.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::RetentionRecordModel</name>
    <message>
        <source>In effect</source>
        <translation>En vigor</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>No se conserva</translation>
    </message>
    <message>
        <source>6 years after it ends</source>
        <translation>6 años después de su fin</translation>
    </message>
    <message>
        <source>Date unknown</source>
        <translation>Fecha desconocida</translation>
    </message>
    <message>
        <source>Not a record: a draft that may be deleted.</source>
        <translation>No es un registro: un borrador que se puede eliminar.</translation>
    </message>
    <message>
        <source>Kept while in effect, and for six years after the last day it is in effect.</source>
        <translation>Se conserva mientras esté en vigor y durante seis años después del último día en que lo esté.</translation>
    </message>
    <message>
        <source>The day it was last in effect is not recorded, so it is kept.</source>
        <translation>No está registrado el último día en que estuvo en vigor, por lo que se conserva.</translation>
    </message>
    <message>
        <source>The last day it must be kept: six years after the later of its creation and the last day it was in effect.</source>
        <translation>El último día en que debe conservarse: seis años después de su creación o del último día en que estuvo en vigor, lo que ocurra más tarde.</translation>
    </message>
    <message>
        <source>Kept beyond %1 while the legal hold lasts.</source>
        <translation>Se conserva después del %1 mientras dure la retención legal.</translation>
    </message>
    <message>
        <source>Past its retention period on %1: it may be disposed of.</source>
        <translation>Plazo de conservación vencido al %1: se puede destruir.</translation>
    </message>
    <message>
        <source>Legal hold #%1, placed %2 by %3:
%4</source>
        <translation>Retención legal n.º %1, aplicada el %2 por %3:
%4</translation>
    </message>
    <message>
        <source>The day its retention period may start from</source>
        <translation>El día a partir del cual puede empezar a contar su plazo de conservación</translation>
    </message>
    <message>
        <source>The last day it was in effect; “In effect” while it still is</source>
        <translation>El último día en que estuvo en vigor; «En vigor» mientras lo siga estando</translation>
    </message>
    <message>
        <source>Six years after its creation or the last day it was in effect, whichever is later (164.316(b)(2)(i), 164.530(j)(2))</source>
        <translation>Seis años después de su creación o del último día en que estuvo en vigor, lo que ocurra más tarde (164.316(b)(2)(i), 164.530(j)(2))</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>Last in effect</source>
        <translation>Último día en vigor</translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation>Conservar hasta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Hold reason</source>
        <translation>Motivo de la retención</translation>
    </message>
    <message>
        <source>Where it stands on the “As of” day</source>
        <translation>Su situación en el día «A fecha de»</translation>
    </message>
</context>
<context>
    <name>palisade::ui::RetentionRecordsTab</name>
    <message>
        <source>Clear Filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Nothing is kept yet</source>
        <translation>Todavía no se conserva nada</translation>
    </message>
    <message>
        <source>Records appear here as the program grows: signed business associate agreements and their documents, counterparties, risks and their completed tasks, the assets risks name, and approved policies. Each is kept six years from its creation or the last day it was in effect, whichever is later, and Palisade refuses to delete one before then.</source>
        <translation>Los registros aparecen aquí a medida que crece el programa: acuerdos de asociado comercial firmados y sus documentos, contrapartes, riesgos y sus tareas completadas, los activos que mencionan los riesgos y las políticas aprobadas. Cada uno se conserva seis años desde su creación o desde el último día en que estuvo en vigor, lo que ocurra más tarde, y Palisade se niega a eliminarlo antes de esa fecha.</translation>
    </message>
    <message>
        <source>Place Legal &amp;Hold…</source>
        <translation>Aplicar re&amp;tención legal…</translation>
    </message>
    <message>
        <source>&amp;Dispose of Eligible…</source>
        <translation>&amp;Destruir los aptos…</translation>
    </message>
    <message>
        <source>Keep the selected record, or every record of a type, from disposal until the hold is released</source>
        <translation>Proteger contra la destrucción el registro seleccionado, o todos los registros de un tipo, hasta que se levante la retención</translation>
    </message>
    <message>
        <source>Dispose of Selected</source>
        <translation>Destruir los seleccionados</translation>
    </message>
    <message numerus="yes">
        <source>No record matches these filters as of %1. Change them, or clear them to see all %n record(s).</source>
        <translation>
            <numerusform>Ningún registro coincide con estos filtros al %1. Cámbielos o bórrelos para ver %n registro.</numerusform>
            <numerusform>Ningún registro coincide con estos filtros al %1. Cámbielos o bórrelos para ver los %n registros.</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 of %L2 shown</source>
        <translation>%L1 de %L2 mostrados</translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation>%1: %L2</translation>
    </message>
    <message>
        <source>As of %1: %2</source>
        <translation>Al %1: %2</translation>
    </message>
    <message>
        <source>&amp;Dispose of Selected…</source>
        <translation>Destruir los &amp;seleccionados…</translation>
    </message>
    <message>
        <source>The file is open read-only</source>
        <translation>El archivo está abierto en modo de solo lectura</translation>
    </message>
    <message>
        <source>Nothing is past its retention period as of %1</source>
        <translation>Al %1, nada ha superado su plazo de conservación</translation>
    </message>
    <message numerus="yes">
        <source>Dispose of the %n record(s) eligible as of %1</source>
        <translation>
            <numerusform>Destruir %n registro apto al %1</numerusform>
            <numerusform>Destruir los %n registros aptos al %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dispose of the %n selected eligible record(s)</source>
        <translation>
            <numerusform>Destruir %n registro seleccionado apto</numerusform>
            <numerusform>Destruir los %n registros seleccionados aptos</numerusform>
        </translation>
    </message>
    <message>
        <source>Records are disposed of only once their day has come: set “As of” to today or earlier</source>
        <translation>Los registros solo se destruyen cuando llega su día: ponga «A fecha de» en hoy o en un día anterior</translation>
    </message>
</context>
<context>
    <name>palisade::ui::RetentionRuleModel</name>
    <message>
        <source>While %1, and six years after.</source>
        <translation>Mientras %1 y seis años después.</translation>
    </message>
    <message>
        <source>While %1.</source>
        <translation>Mientras %1.</translation>
    </message>
    <message>
        <source>Never disposed</source>
        <translation>Nunca se destruye</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>What makes it a record</source>
        <translation>Qué lo convierte en registro</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>Last in effect</source>
        <translation>Último día en vigor</translation>
    </message>
    <message>
        <source>Kept while</source>
        <translation>Se conserva mientras</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>Destrucción</translation>
    </message>
    <message>
        <source>After six years</source>
        <translation>Pasados seis años</translation>
    </message>
</context>
<context>
    <name>palisade::ui::RetentionRulesTab</name>
    <message>
        <source>HIPAA requires its documentation to be kept for six years from the date of its creation or the date when it last was in effect, whichever is later (45 CFR 164.316(b)(2)(i) and 164.530(j)(2)). Palisade applies these rules to every record and refuses to delete one before its day. A legal hold keeps records longer.</source>
        <translation>HIPAA exige que su documentación se conserve durante seis años desde la fecha de su creación o desde la fecha en que estuvo en vigor por última vez, lo que ocurra más tarde (45 CFR 164.316(b)(2)(i) y 164.530(j)(2)). Palisade aplica estas reglas a cada registro y se niega a eliminar uno antes de su fecha. Una retención legal conserva los registros durante más tiempo.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::RetireCourseDialog</name>
    <message>
        <source>Retire Course</source>
        <translation>Retirar curso</translation>
    </message>
    <message>
        <source>From the day you choose, nobody is due for “%1” any more. Its completions stay on file as training records, and the course can no longer be changed.</source>
        <translation>A partir del día que elija, nadie tendrá pendiente “%1”. Sus cursos completados se conservan como registros de capacitación y el curso ya no se puede cambiar.</translation>
    </message>
    <message>
        <source>&amp;Retire from:</source>
        <translation>&amp;Retirar a partir de:</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirar</translation>
    </message>
</context>
<context>
    <name>palisade::ui::RetirePolicyDialog</name>
    <message>
        <source>&amp;Retire Policy</source>
        <translation>&amp;Retirar política</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>Retirar %1</translation>
    </message>
    <message>
        <source>Retiring %1 “%2” ends its revision in effect on the date below. The policy and all its revisions stay in this file as records and can no longer change.</source>
        <translation>Al retirar %1 «%2», su versión en vigor finaliza en la fecha indicada abajo. La política y todas sus versiones permanecen en este archivo como registros y ya no pueden cambiar.</translation>
    </message>
    <message>
        <source>e.g. Merged into SEC-002 Security Management Process</source>
        <translation>p. ej., Fusionada con SEC-002 Proceso de gestión de la seguridad</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Ú&amp;ltimo día:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>palisade::ui::ReturnToDraftDialog</name>
    <message>
        <source>&amp;Return to Draft</source>
        <translation>&amp;Devolver a borrador</translation>
    </message>
    <message>
        <source>Return to Draft — %1</source>
        <translation>Devolver a borrador — %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 goes back to draft so its words can change. The %n approval(s) recorded so far are withdrawn; the audit trail keeps them.</source>
        <translation>
            <numerusform>%1 vuelve a borrador para que su texto pueda cambiar. Se anula la %n aprobación registrada hasta ahora; el registro de auditoría la conserva.</numerusform>
            <numerusform>%1 vuelve a borrador para que su texto pueda cambiar. Se anulan las %n aprobaciones registradas hasta ahora; el registro de auditoría las conserva.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 goes back to draft so its words can change.</source>
        <translation>%1 vuelve a borrador para que su texto pueda cambiar.</translation>
    </message>
    <message>
        <source>e.g. Legal asked to reword section 3</source>
        <translation>p. ej., Asesoría legal pidió reformular la sección 3</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>palisade::ui::RevisionAcknowledgmentsTab</name>
    <message>
        <source>Only those still to &amp;acknowledge</source>
        <translation>Solo los que aún deben &amp;confirmar</translation>
    </message>
    <message>
        <source>Record Ac&amp;knowledgment…</source>
        <translation>Registrar con&amp;firmación de lectura…</translation>
    </message>
    <message>
        <source>Record that the selected people read and acknowledged this revision</source>
        <translation>Registrar que las personas seleccionadas leyeron y confirmaron la lectura de esta versión</translation>
    </message>
    <message>
        <source>Acknowledgments</source>
        <translation>Confirmaciones de lectura</translation>
    </message>
    <message>
        <source>%1 is not approved yet. The workforce acknowledges a revision once it is approved.</source>
        <translation>%1 aún no está aprobada. El personal confirma la lectura de una versión una vez aprobada.</translation>
    </message>
    <message>
        <source>The acknowledgments could not be read: %1</source>
        <translation>No se pudieron leer las confirmaciones de lectura: %1</translation>
    </message>
    <message>
        <source>No one is on the workforce roster yet. Add people on the Training page; then record here who has read and acknowledged %1.</source>
        <translation>Aún no hay nadie en la lista del personal. Agregue personas en la página Capacitación; después, registre aquí quién ha leído y confirmado la lectura de %1.</translation>
    </message>
    <message>
        <source>%1 was in effect until %2: %3 of %4 people on the workforce then acknowledged it.</source>
        <translation>%1 estuvo en vigor hasta el %2: %3 de %4 personas del personal de entonces confirmaron su lectura.</translation>
    </message>
    <message numerus="yes">
        <source>Everyone on the workforce (%n person(s)) has acknowledged %1.</source>
        <translation>
            <numerusform>Todo el personal (%n persona) ha confirmado la lectura de %1.</numerusform>
            <numerusform>Todo el personal (%n personas) ha confirmado la lectura de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 people on the workforce have acknowledged %3; %n still to. Select them and record their acknowledgment when they have read it.</source>
        <translation>
            <numerusform>%1 de %2 personas del personal han confirmado la lectura de %3; falta %n. Selecciónela y registre su confirmación cuando la haya leído.</numerusform>
            <numerusform>%1 de %2 personas del personal han confirmado la lectura de %3; faltan %n. Selecciónelas y registre su confirmación cuando la hayan leído.</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledgments (%1/%2)</source>
        <translation>Confirmaciones de lectura (%1/%2)</translation>
    </message>
</context>
<context>
    <name>palisade::ui::RevisionActionBar</name>
    <message>
        <source>New Re&amp;vision</source>
        <translation>Nueva &amp;versión</translation>
    </message>
    <message>
        <source>Start the next revision from the words of the latest one</source>
        <translation>Iniciar la siguiente versión a partir del texto de la más reciente</translation>
    </message>
    <message>
        <source>Edit Dr&amp;aft…</source>
        <translation>Editar &amp;borrador…</translation>
    </message>
    <message>
        <source>Write the draft&apos;s text, summarize the change, attach the signed PDF</source>
        <translation>Redactar el texto del borrador, resumir el cambio, adjuntar el PDF firmado</translation>
    </message>
    <message>
        <source>Discard Draf&amp;t</source>
        <translation>Descar&amp;tar borrador</translation>
    </message>
    <message>
        <source>Delete the draft; the audit trail keeps a record of it</source>
        <translation>Eliminar el borrador; el registro de auditoría conserva constancia de él</translation>
    </message>
    <message>
        <source>Su&amp;bmit for Review</source>
        <translation>Envi&amp;ar a revisión</translation>
    </message>
    <message>
        <source>Freeze the draft&apos;s words and collect the approvals it needs</source>
        <translation>Congelar el texto del borrador y reunir las aprobaciones que necesita</translation>
    </message>
    <message>
        <source>Return to Dra&amp;ft…</source>
        <translation>Devolver a borra&amp;dor…</translation>
    </message>
    <message>
        <source>Send the revision back for changes, withdrawing the approvals so far</source>
        <translation>Devolver la versión para cambios, anulando las aprobaciones obtenidas hasta ahora</translation>
    </message>
    <message>
        <source>Record A&amp;pproval…</source>
        <translation>Registrar a&amp;probación…</translation>
    </message>
    <message>
        <source>Record a sign-off in one of the roles the policy names</source>
        <translation>Registrar una aprobación con uno de los cargos que indica la política</translation>
    </message>
    <message>
        <source>Make Effe&amp;ctive…</source>
        <translation>Poner en vi&amp;gor…</translation>
    </message>
    <message>
        <source>Put the approved revision in effect, superseding the one before</source>
        <translation>Poner en vigor la versión aprobada, reemplazando a la anterior</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>&amp;Comparar…</translation>
    </message>
    <message>
        <source>Show word by word what changed between two revisions</source>
        <translation>Mostrar palabra por palabra qué cambió entre dos versiones</translation>
    </message>
    <message>
        <source>H&amp;istory…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Every recorded change of the policy, its revisions and approvals</source>
        <translation>Todos los cambios registrados de la política, sus versiones y aprobaciones</translation>
    </message>
    <message>
        <source>Save PDF Cop&amp;y…</source>
        <translation>Guardar copia del PD&amp;F…</translation>
    </message>
    <message>
        <source>Write a decrypted copy of the revision&apos;s signed PDF; the audit trail records where</source>
        <translation>Escribir una copia descifrada del PDF firmado de la versión; el registro de auditoría anota dónde</translation>
    </message>
    <message>
        <source>Reti&amp;re Policy…</source>
        <translation>&amp;Retirar política…</translation>
    </message>
    <message>
        <source>End the policy: its revision in effect gets a last day and nothing changes after</source>
        <translation>Dar por terminada la política: su versión en vigor recibe un último día y después ya no cambia nada</translation>
    </message>
</context>
<context>
    <name>palisade::ui::RevisionActionState</name>
    <message>
        <source>Select a policy first</source>
        <translation>Seleccione primero una política</translation>
    </message>
    <message>
        <source>The program file is open read-only</source>
        <translation>El archivo del programa está abierto en modo de solo lectura</translation>
    </message>
    <message>
        <source>%1 was retired on %2 and is kept as it was</source>
        <translation>%1 se retiró el %2 y se conserva tal como estaba</translation>
    </message>
    <message>
        <source>Select a revision first</source>
        <translation>Seleccione primero una versión</translation>
    </message>
    <message>
        <source>%1 is %2; %3</source>
        <translation>%1 está en estado «%2»; %3</translation>
    </message>
    <message>
        <source>%1 is still %2; finish or discard it first</source>
        <translation>%1 sigue en estado «%2»; termínela o descártela primero</translation>
    </message>
    <message>
        <source>only a draft can be edited</source>
        <translation>solo se puede editar un borrador</translation>
    </message>
    <message>
        <source>only a draft can be discarded</source>
        <translation>solo se puede descartar un borrador</translation>
    </message>
    <message>
        <source>It is the policy&apos;s only revision; delete the policy instead</source>
        <translation>Es la única versión de la política; elimine la política en su lugar</translation>
    </message>
    <message>
        <source>only a draft can be submitted</source>
        <translation>solo se puede enviar un borrador</translation>
    </message>
    <message>
        <source>only a revision in review can go back to draft</source>
        <translation>solo una versión en revisión puede volver a borrador</translation>
    </message>
    <message>
        <source>approvals are recorded while it is in review</source>
        <translation>las aprobaciones se registran mientras está en revisión</translation>
    </message>
    <message>
        <source>only an approved revision takes effect</source>
        <translation>solo entra en vigor una versión aprobada</translation>
    </message>
    <message>
        <source>%1 is newer and already took effect</source>
        <translation>%1 es más reciente y ya entró en vigor</translation>
    </message>
    <message>
        <source>There is only one revision so far</source>
        <translation>Por ahora solo hay una versión</translation>
    </message>
    <message>
        <source>%1 has no signed PDF attached</source>
        <translation>%1 no tiene ningún PDF firmado adjunto</translation>
    </message>
    <message>
        <source>%1 is still %2; discard it or finish its review first</source>
        <translation>%1 sigue en estado «%2»; descártela o termine primero su revisión</translation>
    </message>
    <message>
        <source>No revision was approved; delete the policy instead</source>
        <translation>No se aprobó ninguna versión; elimine la política en su lugar</translation>
    </message>
</context>
<context>
    <name>palisade::ui::RevisionDiffDialog</name>
    <message>
        <source>&amp;Inline</source>
        <translation>&amp;En línea</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>&amp;Lado a lado</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Earlier revision</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <source>Later revision</source>
        <translation>Versión posterior</translation>
    </message>
    <message>
        <source>Compare Revisions — %1 %2</source>
        <translation>Comparar versiones — %1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Removed words are struck through on red, added words are on green. Only the text is compared, not the signed PDFs.</source>
        <translation>Las palabras eliminadas aparecen tachadas sobre fondo rojo y las agregadas, sobre fondo verde. Solo se compara el texto, no los PDF firmados.</translation>
    </message>
    <message>
        <source>The policy has no revisions to compare.</source>
        <translation>La política no tiene versiones que comparar.</translation>
    </message>
    <message>
        <source>The same revision on both sides: nothing to compare.</source>
        <translation>La misma versión en ambos lados: no hay nada que comparar.</translation>
    </message>
    <message>
        <source>The text of %1 and %2 is the same.</source>
        <translation>El texto de %1 y %2 es el mismo.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) added</source>
        <translation>
            <numerusform>%n palabra agregada</numerusform>
            <numerusform>%n palabras agregadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n eliminada</numerusform>
            <numerusform>%n eliminadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::RevisionEditorDialog</name>
    <message>
        <source>&amp;Attach PDF…</source>
        <translation>Ad&amp;juntar PDF…</translation>
    </message>
    <message>
        <source>&amp;Remove PDF</source>
        <translation>&amp;Quitar PDF</translation>
    </message>
    <message>
        <source>Policy text in Markdown</source>
        <translation>Texto de la política en Markdown</translation>
    </message>
    <message>
        <source>## Purpose

Why the policy exists.

## Policy

1. What the workforce must do.

Markdown: ## headings, **bold**, numbered and - bulleted lists.</source>
        <translation>## Propósito

Por qué existe la política.

## Política

1. Lo que debe hacer el personal.

Markdown: ## encabezados, **negrita**, listas numeradas y listas con viñetas con -.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>The preview appears here as you write.</source>
        <translation>La vista previa aparece aquí mientras escribe.</translation>
    </message>
    <message>
        <source>The signed copy of this revision; kept inside the encrypted file with its SHA-256</source>
        <translation>La copia firmada de esta versión; se guarda dentro del archivo cifrado con su SHA-256</translation>
    </message>
    <message>
        <source>&amp;What changed:</source>
        <translation>&amp;Resumen del cambio:</translation>
    </message>
    <message>
        <source>&amp;Text (Markdown):</source>
        <translation>&amp;Texto (Markdown):</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vista previa:</translation>
    </message>
    <message>
        <source>Signed PDF:</source>
        <translation>PDF firmado:</translation>
    </message>
    <message>
        <source>&amp;Save Draft</source>
        <translation>&amp;Guardar borrador</translation>
    </message>
    <message>
        <source>Save and keep it a draft (Ctrl+S)</source>
        <translation>Guardar y mantenerla como borrador (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save and Su&amp;bmit</source>
        <translation>Guardar y en&amp;viar</translation>
    </message>
    <message>
        <source>Save, then submit for review: its words are frozen while the approvals are collected</source>
        <translation>Guardar y después enviar a revisión: su texto queda congelado mientras se reúnen las aprobaciones</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>The revision could not be read: %1</source>
        <translation>No se pudo leer la versión: %1</translation>
    </message>
    <message>
        <source>Optional for the first revision, e.g. First adopted</source>
        <translation>Opcional en la primera versión, p. ej., Adopción inicial</translation>
    </message>
    <message>
        <source>Needed to submit: what changed since revision %1</source>
        <translation>Necesario para enviar: qué cambió desde la versión %1</translation>
    </message>
    <message>
        <source>%1 is %2; only a draft can be edited.</source>
        <translation>%1 está en estado «%2»; solo se puede editar un borrador.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n page(s)), attached when saved</source>
        <translation>
            <numerusform>%1 (%n página), se adjuntará al guardar</numerusform>
            <numerusform>%1 (%n páginas), se adjuntará al guardar</numerusform>
        </translation>
    </message>
    <message>
        <source>None; %1 is removed when saved</source>
        <translation>Ninguno; %1 se quitará al guardar</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n page(s))</source>
        <translation>
            <numerusform>%1 (%n página)</numerusform>
            <numerusform>%1 (%n páginas)</numerusform>
        </translation>
    </message>
    <message>
        <source>None attached</source>
        <translation>Ninguno adjunto</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB and was not attached.</source>
        <translation>%1 ocupa más de %2 MB y no se adjuntó.</translation>
    </message>
    <message>
        <source>%1 was not attached. %2</source>
        <translation>%1 no se adjuntó. %2</translation>
    </message>
    <message>
        <source>Attach Signed Policy</source>
        <translation>Adjuntar política firmada</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Documentos PDF (*.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The draft was not saved: %1</source>
        <translation>El borrador no se guardó: %1</translation>
    </message>
    <message>
        <source>The draft is saved but was not submitted: %1</source>
        <translation>El borrador se guardó, pero no se envió: %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>¿Desea guardar los cambios en %1 antes de cerrar?</translation>
    </message>
</context>
<context>
    <name>palisade::ui::RevisionTableModel</name>
    <message>
        <source>In effect today</source>
        <translation>En vigor hoy</translation>
    </message>
    <message>
        <source>The last day the revision was in effect, when a successor took over or the policy was retired</source>
        <translation>El último día en que la versión estuvo en vigor, cuando la reemplazó otra o se retiró la política</translation>
    </message>
    <message>
        <source>Rev</source>
        <translation>Ver.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>En vigor</translation>
    </message>
    <message>
        <source>Last Day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Change Summary</source>
        <translation>Resumen del cambio</translation>
    </message>
</context>
<context>
    <name>palisade::ui::RevisionWorkflow</name>
    <message>
        <source>%1 was started as a draft from the latest words. Edit the draft, then submit it for review.</source>
        <translation>%1 se inició como borrador a partir del texto más reciente. Edite el borrador y después envíelo a revisión.</translation>
    </message>
    <message>
        <source>%1 was submitted for review; record each approval as it is given.</source>
        <translation>%1 se envió a revisión; registre cada aprobación a medida que se otorgue.</translation>
    </message>
    <message>
        <source>%1 was saved as a draft.</source>
        <translation>%1 se guardó como borrador.</translation>
    </message>
    <message>
        <source>Discard Draft</source>
        <translation>Descartar borrador</translation>
    </message>
    <message>
        <source>Discard %1? Its words are deleted; the audit trail keeps a record of them.</source>
        <translation>¿Descartar %1? Su texto se elimina; el registro de auditoría conserva constancia de él.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>%1 was discarded.</source>
        <translation>%1 se descartó.</translation>
    </message>
    <message>
        <source>%1 is a draft again.</source>
        <translation>%1 vuelve a ser un borrador.</translation>
    </message>
    <message>
        <source>%1 is approved: every required role has signed off. Make it effective to put it in force.</source>
        <translation>%1 está aprobada: todos los cargos requeridos la aprobaron. Póngala en vigor para que se aplique.</translation>
    </message>
    <message>
        <source>The approval of %1 by %2 was recorded. Still needed: %3.</source>
        <translation>Se registró la aprobación de %1 por %2. Falta: %3.</translation>
    </message>
    <message>
        <source>%1 is in effect from %2.</source>
        <translation>%1 está en vigor a partir del %2.</translation>
    </message>
    <message>
        <source>No copy was saved. %1</source>
        <translation>No se guardó ninguna copia. %1</translation>
    </message>
    <message>
        <source>A decrypted copy of %1 was saved to %2. It is no longer protected by this file&apos;s encryption.</source>
        <translation>Se guardó una copia descifrada de %1 en %2. Ya no está protegida por el cifrado de este archivo.</translation>
    </message>
    <message>
        <source>Save a Decrypted Copy</source>
        <translation>Guardar una copia descifrada</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 was retired; its revisions are kept as records.</source>
        <translation>%1 se retiró; sus versiones se conservan como registros.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::RiskAssetField</name>
    <message>
        <source>No assets yet — add them on the Assets page.</source>
        <translation>Aún no hay activos: agréguelos en la página Activos.</translation>
    </message>
    <message>
        <source>Linked assets</source>
        <translation>Activos vinculados</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>PHI held: %1</source>
        <translation>PHI contenida: %1</translation>
    </message>
</context>
<context>
    <name>palisade::ui::RiskCitationModel</name>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>45 CFR %1 — %2, %3</source>
        <translation>45 CFR %1 — %2, %3</translation>
    </message>
</context>
<context>
    <name>palisade::ui::RiskCitationPicker</name>
    <message>
        <source>Show tic&amp;ked only</source>
        <translation>Mostrar solo los &amp;marcados</translation>
    </message>
    <message>
        <source>Filter by citation or title, e.g. 164.312 or encryption</source>
        <translation>Filtrar por cita o título, p. ej., 164.312 o cifrado</translation>
    </message>
    <message>
        <source>Filter citations</source>
        <translation>Filtrar citas</translation>
    </message>
    <message>
        <source>Security Rule citations</source>
        <translation>Citas de la Regla de Seguridad</translation>
    </message>
    <message>
        <source>No citations ticked. Link the standards and implementation specifications this risk bears on.</source>
        <translation>No hay citas marcadas. Vincule los estándares y las especificaciones de implementación con los que se relaciona este riesgo.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked: %1</source>
        <translation>
            <numerusform>%n marcada: %1</numerusform>
            <numerusform>%n marcadas: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::RiskDetailPanel</name>
    <message>
        <source>%1 (likelihood %2 × impact %3)</source>
        <translation>%1 (probabilidad %2 × impacto %3)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Select a risk to see all its details and tasks here.</source>
        <translation>Seleccione un riesgo para ver aquí todos sus detalles y tareas.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Threat source</source>
        <translation>Fuente de amenaza</translation>
    </message>
    <message>
        <source>Threat event</source>
        <translation>Evento de amenaza</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Vulnerabilidad</translation>
    </message>
    <message>
        <source>Existing controls</source>
        <translation>Controles existentes</translation>
    </message>
    <message>
        <source>Inherent risk</source>
        <translation>Riesgo inherente</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>Plan de tratamiento</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Riesgo residual</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Aún sin calificar</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identificado</translation>
    </message>
    <message>
        <source>Last assessed</source>
        <translation>Última evaluación</translation>
    </message>
    <message>
        <source>Next reassessment</source>
        <translation>Próxima reevaluación</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Aceptado por</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Aceptado el</translation>
    </message>
    <message>
        <source>Acceptance expires</source>
        <translation>Vence la aceptación</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Security Rule</source>
        <translation>Regla de Seguridad</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>No remediation tasks yet. Edit the risk to plan the work that reduces it.</source>
        <translation>Aún no hay tareas de corrección. Edite el riesgo para planificar el trabajo que lo reduce.</translation>
    </message>
    <message>
        <source>Tasks (%1 open of %2)</source>
        <translation>Tareas (abiertas: %1 de %2)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
</context>
<context>
    <name>palisade::ui::RiskEditorAssessmentTab</name>
    <message>
        <source>Risk level</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <source>e.g. Thief, careless workforce member, ransomware crew</source>
        <translation>p. ej., Ladrón, empleado descuidado, grupo de ransomware</translation>
    </message>
    <message>
        <source>e.g. Laptop stolen from a car</source>
        <translation>p. ej., Robo de una computadora portátil de un auto</translation>
    </message>
    <message>
        <source>The weakness the threat would exploit.</source>
        <translation>La debilidad que aprovecharía la amenaza.</translation>
    </message>
    <message>
        <source>What already reduces the likelihood or the impact.</source>
        <translation>Lo que ya reduce la probabilidad o el impacto.</translation>
    </message>
    <message>
        <source>Threat and vulnerability</source>
        <translation>Amenaza y vulnerabilidad</translation>
    </message>
    <message>
        <source>Threat s&amp;ource:</source>
        <translation>&amp;Fuente de amenaza:</translation>
    </message>
    <message>
        <source>Threat &amp;event:</source>
        <translation>&amp;Evento de amenaza:</translation>
    </message>
    <message>
        <source>&amp;Vulnerability:</source>
        <translation>&amp;Vulnerabilidad:</translation>
    </message>
    <message>
        <source>E&amp;xisting controls:</source>
        <translation>Controles e&amp;xistentes:</translation>
    </message>
    <message>
        <source>Inherent risk</source>
        <translation>Riesgo inherente</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>&amp;Impacto:</translation>
    </message>
    <message>
        <source>&amp;Likelihood:</source>
        <translation>&amp;Probabilidad:</translation>
    </message>
    <message>
        <source>Assessment dates</source>
        <translation>Fechas de evaluación</translation>
    </message>
    <message>
        <source>Last &amp;assessed:</source>
        <translation>Úl&amp;tima evaluación:</translation>
    </message>
    <message>
        <source>&amp;Next reassessment:</source>
        <translation>Próxima &amp;reevaluación:</translation>
    </message>
    <message>
        <source>Saving the changed rating records a reassessment on %1.</source>
        <translation>Al guardar la calificación modificada se registra una reevaluación el %1.</translation>
    </message>
    <message>
        <source>A year after the last assessment, the default.</source>
        <translation>Un año después de la última evaluación, el valor predeterminado.</translation>
    </message>
    <message>
        <source>The default would be a year after the last assessment: %1.</source>
        <translation>El valor predeterminado sería un año después de la última evaluación: %1.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::RiskEditorDialog</name>
    <message>
        <source>The history starts when the risk is saved.</source>
        <translation>El historial empieza cuando se guarda el riesgo.</translation>
    </message>
    <message>
        <source>The risk could not be read: %1</source>
        <translation>No se pudo leer el riesgo: %1</translation>
    </message>
    <message>
        <source>Risk %1 as of %2 (read-only)</source>
        <translation>Riesgo %1 al %2 (solo lectura)</translation>
    </message>
    <message>
        <source>This is the risk as it stood at the end of %1. It cannot be changed here.</source>
        <translation>Este es el riesgo tal como estaba al final del %1. Aquí no se puede modificar.</translation>
    </message>
    <message>
        <source>The Security Rule standards and implementation specifications this risk bears on. The evidence pack lists the risk under each one ticked.</source>
        <translation>Los estándares y las especificaciones de implementación de la Regla de Seguridad con los que se relaciona este riesgo. El paquete de evidencias incluye el riesgo bajo cada uno de los marcados.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Security Rule</source>
        <translation>Regla de Seguridad</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Save the risk (Ctrl+S)</source>
        <translation>Guardar el riesgo (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>New Risk</source>
        <translation>Nuevo riesgo</translation>
    </message>
    <message>
        <source>Risk %1 — %2</source>
        <translation>Riesgo %1 — %2</translation>
    </message>
    <message>
        <source>To save this risk:
%1</source>
        <translation>Para guardar este riesgo:
%1</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>No se pudo leer el historial: %1</translation>
    </message>
    <message>
        <source>The risk was not saved:
%1</source>
        <translation>El riesgo no se guardó:
%1</translation>
    </message>
    <message>
        <source>The risk was not saved: %1</source>
        <translation>El riesgo no se guardó: %1</translation>
    </message>
    <message>
        <source>Saved as %1. You can now add its remediation tasks.</source>
        <translation>Guardado como %1. Ya puede agregar sus tareas de corrección.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save this new risk before closing?</source>
        <translation>¿Desea guardar este riesgo nuevo antes de cerrar?</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>¿Desea guardar los cambios en %1 antes de cerrar?</translation>
    </message>
</context>
<context>
    <name>palisade::ui::RiskEditorGeneralTab</name>
    <message>
        <source>e.g. Laptops with unencrypted claim exports</source>
        <translation>p. ej., Computadoras portátiles con exportaciones de reclamaciones sin cifrar</translation>
    </message>
    <message>
        <source>What could happen, to which ePHI, and how it was found.</source>
        <translation>Qué podría ocurrir, a qué ePHI y cómo se detectó.</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Identified on:</source>
        <translation>&amp;Identificado el:</translation>
    </message>
    <message>
        <source>Du&amp;e by:</source>
        <translation>Fecha &amp;límite:</translation>
    </message>
    <message>
        <source>&amp;Assets:</source>
        <translation>&amp;Activos:</translation>
    </message>
</context>
<context>
    <name>palisade::ui::RiskEditorLevelChip</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Aún sin calificar</translation>
    </message>
</context>
<context>
    <name>palisade::ui::RiskEditorTreatmentTab</name>
    <message>
        <source>Residual level</source>
        <translation>Nivel residual</translation>
    </message>
    <message>
        <source>Risk acceptance</source>
        <translation>Aceptación del riesgo</translation>
    </message>
    <message>
        <source>What will be done, by when, and how success is checked.</source>
        <translation>Qué se hará, para cuándo y cómo se comprobará el resultado.</translation>
    </message>
    <message>
        <source>Who approved accepting the risk</source>
        <translation>Quién aprobó aceptar el riesgo</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Aún no</translation>
    </message>
    <message>
        <source>Why accepting is reasonable and appropriate.</source>
        <translation>Por qué aceptarlo es razonable y apropiado.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>&amp;Treatment:</source>
        <translation>&amp;Tratamiento:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>Residual risk, after treatment</source>
        <translation>Riesgo residual, después del tratamiento</translation>
    </message>
    <message>
        <source>I&amp;mpact:</source>
        <translation>I&amp;mpacto:</translation>
    </message>
    <message>
        <source>&amp;Likelihood:</source>
        <translation>P&amp;robabilidad:</translation>
    </message>
    <message>
        <source>&amp;Approved by:</source>
        <translation>&amp;Aprobado por:</translation>
    </message>
    <message>
        <source>Accepted &amp;on:</source>
        <translation>Aceptado &amp;el:</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Justificación:</translation>
    </message>
    <message>
        <source>&amp;Expires on:</source>
        <translation>&amp;Vence el:</translation>
    </message>
    <message>
        <source>Filled in only when the treatment is Accept.</source>
        <translation>Solo se completa cuando el tratamiento es Aceptar.</translation>
    </message>
    <message>
        <source>Risk acceptance (only when the treatment is Accept)</source>
        <translation>Aceptación del riesgo (solo cuando el tratamiento es Aceptar)</translation>
    </message>
</context>
<context>
    <name>palisade::ui::RiskFilterBar</name>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Solo &amp;vencidos</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Search risks…</source>
        <translation>Buscar riesgos…</translation>
    </message>
    <message>
        <source>Matches the reference, title, description, owner, threat and vulnerability (Ctrl+F)</source>
        <translation>Busca en la referencia, el título, la descripción, el responsable, la amenaza y la vulnerabilidad (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search risks</source>
        <translation>Buscar riesgos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Open (not accepted or closed)</source>
        <translation>Abiertos (ni aceptados ni cerrados)</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Todos los responsables</translation>
    </message>
    <message>
        <source>The residual level where it has been rated, otherwise the inherent level</source>
        <translation>El nivel residual si se ha calificado; si no, el nivel inherente</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Cualquier nivel</translation>
    </message>
    <message>
        <source>%1 or higher</source>
        <translation>%1 o superior</translation>
    </message>
    <message>
        <source>Risks past their due date, reassessment or acceptance expiry, or with overdue tasks</source>
        <translation>Riesgos con la fecha límite, la reevaluación o el vencimiento de la aceptación ya pasados, o con tareas vencidas</translation>
    </message>
    <message>
        <source>Show risks from every heat-map cell</source>
        <translation>Mostrar los riesgos de todas las celdas del mapa de calor</translation>
    </message>
    <message>
        <source>Clear the heat-map cell filter</source>
        <translation>Quitar el filtro de celda del mapa de calor</translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n riesgo</numerusform>
            <numerusform>%n riesgos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln risk(s)</source>
        <translation>
            <numerusform>%L1 de %Ln riesgo</numerusform>
            <numerusform>%L1 de %Ln riesgos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::RiskHeatMapWidget</name>
    <message>
        <source>Risk heat map</source>
        <translation>Mapa de calor de riesgos</translation>
    </message>
    <message>
        <source>Inherent risk</source>
        <translation>Riesgo inherente</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Riesgo residual</translation>
    </message>
    <message>
        <source>Residual risk (none rated yet)</source>
        <translation>Riesgo residual (aún no hay calificaciones)</translation>
    </message>
    <message numerus="yes">
        <source>%1 likelihood × %2 impact: %3 risk — %n risk(s)</source>
        <translation>
            <numerusform>Probabilidad %1 × impacto %2: riesgo %3 — %n riesgo</numerusform>
            <numerusform>Probabilidad %1 × impacto %2: riesgo %3 — %n riesgos</numerusform>
        </translation>
    </message>
    <message>
        <source>No risks yet — add a risk to see it on the heat map.</source>
        <translation>Aún no hay riesgos: agregue uno para verlo en el mapa de calor.</translation>
    </message>
    <message>
        <source>Risks by likelihood and impact. Inherent ratings: %1; residual ratings: %2. Arrow keys move between cells, Tab switches between the two maps, Enter or Space shows the risks in a cell.</source>
        <translation>Riesgos por probabilidad e impacto. Calificaciones inherentes: %1; calificaciones residuales: %2. Las teclas de flecha mueven entre celdas, Tab cambia entre los dos mapas, y Intro o Espacio muestran los riesgos de una celda.</translation>
    </message>
    <message>
        <source>Residual map:</source>
        <translation>Mapa residual:</translation>
    </message>
    <message>
        <source>Inherent map:</source>
        <translation>Mapa inherente:</translation>
    </message>
</context>
<context>
    <name>palisade::ui::RiskHistoryDiff</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identificado</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Threat source</source>
        <translation>Fuente de amenaza</translation>
    </message>
    <message>
        <source>Threat event</source>
        <translation>Evento de amenaza</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Vulnerabilidad</translation>
    </message>
    <message>
        <source>Existing controls</source>
        <translation>Controles existentes</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <source>Last assessed</source>
        <translation>Última evaluación</translation>
    </message>
    <message>
        <source>Next reassessment</source>
        <translation>Próxima reevaluación</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>Plan de tratamiento</translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation>Probabilidad residual</translation>
    </message>
    <message>
        <source>Residual impact</source>
        <translation>Impacto residual</translation>
    </message>
    <message>
        <source>Residual level</source>
        <translation>Nivel residual</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Aceptado por</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Aceptado el</translation>
    </message>
    <message>
        <source>Acceptance rationale</source>
        <translation>Justificación de la aceptación</translation>
    </message>
    <message>
        <source>Acceptance expires</source>
        <translation>Vence la aceptación</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Security Rule</source>
        <translation>Regla de Seguridad</translation>
    </message>
    <message>
        <source>Task added</source>
        <translation>Tarea agregada</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Task updated</source>
        <translation>Tarea actualizada</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>Task deleted</source>
        <translation>Tarea eliminada</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminación</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>asset #%1</source>
        <translation>activo n.º %1</translation>
    </message>
    <message>
        <source>Task “%1” created</source>
        <translation>Tarea “%1” creada</translation>
    </message>
    <message>
        <source>Risk “%1” imported</source>
        <translation>Riesgo “%1” importado</translation>
    </message>
    <message>
        <source>Risk “%1” created</source>
        <translation>Riesgo “%1” creado</translation>
    </message>
    <message>
        <source>Task “%1” deleted</source>
        <translation>Tarea “%1” eliminada</translation>
    </message>
    <message>
        <source>Risk deleted</source>
        <translation>Riesgo eliminado</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>no field changed</source>
        <translation>ningún campo cambió</translation>
    </message>
    <message>
        <source>Task “%1” updated: %2</source>
        <translation>Tarea “%1” actualizada: %2</translation>
    </message>
    <message>
        <source>%1
    before: %2
    after:  %3</source>
        <translation>%1
    antes:   %2
    después: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>palisade::ui::RiskHistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Cambios</translation>
    </message>
</context>
<context>
    <name>palisade::ui::RiskHistoryWidget</name>
    <message>
        <source>Change detail</source>
        <translation>Detalle del cambio</translation>
    </message>
    <message>
        <source>Select a change to see each field before and after it.</source>
        <translation>Seleccione un cambio para ver cada campo antes y después de él.</translation>
    </message>
    <message>
        <source>No recorded changes.</source>
        <translation>No hay cambios registrados.</translation>
    </message>
    <message>
        <source>%1 — %2 by %3</source>
        <translation>%1 — %2 por %3</translation>
    </message>
</context>
<context>
    <name>palisade::ui::RiskLevelField</name>
    <message>
        <source>Not rated yet</source>
        <translation>Aún sin calificar</translation>
    </message>
</context>
<context>
    <name>palisade::ui::RiskMatrixDialog</name>
    <message>
        <source>Risk Matrix</source>
        <translation>Matriz de riesgo</translation>
    </message>
    <message>
        <source>Each cell sets the risk level for one likelihood (row) and one impact (column). By default this is Table I-2 of NIST SP 800-30 Rev. 1. Changing the table re-rates every risk in the register, inherent and residual.</source>
        <translation>Cada celda establece el nivel de riesgo para una probabilidad (fila) y un impacto (columna). De forma predeterminada es la tabla I-2 de NIST SP 800-30 Rev. 1. Al cambiar la tabla se vuelven a calificar todos los riesgos del registro, inherentes y residuales.</translation>
    </message>
    <message>
        <source>Risk level for %1 likelihood and %2 impact</source>
        <translation>Nivel de riesgo para probabilidad %1 e impacto %2</translation>
    </message>
    <message>
        <source>Restore NIST Default</source>
        <translation>Restaurar valores de NIST</translation>
    </message>
    <message>
        <source>This is the NIST SP 800-30 Rev. 1 default.</source>
        <translation>Estos son los valores predeterminados de NIST SP 800-30 Rev. 1.</translation>
    </message>
    <message numerus="yes">
        <source>Customized: %n cell(s) differ from the NIST SP 800-30 Rev. 1 default.</source>
        <translation>
            <numerusform>Personalizada: %n celda difiere de los valores predeterminados de NIST SP 800-30 Rev. 1.</numerusform>
            <numerusform>Personalizada: %n celdas difieren de los valores predeterminados de NIST SP 800-30 Rev. 1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::RiskOwnerField</name>
    <message>
        <source>Who answers for it, e.g. Security officer</source>
        <translation>Quién responde por él, p. ej., Funcionario de seguridad</translation>
    </message>
</context>
<context>
    <name>palisade::ui::RiskPage</name>
    <message>
        <source>Risks</source>
        <translation>Riesgos</translation>
    </message>
    <message>
        <source>The risk analysis and risk management plan: what could harm the electronic protected health information you hold, how likely and how bad it would be, and what is being done.</source>
        <translation>El análisis de riesgos y el plan de gestión de riesgos: qué podría dañar la información de salud protegida electrónica (ePHI) que usted guarda, qué tan probable y qué tan grave sería, y qué se está haciendo al respecto.</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>New Risk</source>
        <translation>Nuevo riesgo</translation>
    </message>
    <message>
        <source>Back to &amp;Current Register</source>
        <translation>Volver al registro &amp;actual</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Registro de riesgos</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin calificar</translation>
    </message>
    <message>
        <source>Click a cell to show only its risks; click it again to show all</source>
        <translation>Haga clic en una celda para mostrar solo sus riesgos; haga clic de nuevo para mostrar todos</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>&amp;New Risk</source>
        <translation>&amp;Nuevo riesgo</translation>
    </message>
    <message>
        <source>Add a risk to the register (%1)</source>
        <translation>Agregar un riesgo al registro (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Open the selected risk with its tasks and history (Enter or double-click)</source>
        <translation>Abrir el riesgo seleccionado con sus tareas e historial (Intro o doble clic)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Add risks from a CSV file</source>
        <translation>Agregar riesgos desde un archivo CSV</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save the register as CSV or Excel</source>
        <translation>Guardar el registro como CSV o Excel</translation>
    </message>
    <message>
        <source>Risk &amp;Matrix…</source>
        <translation>&amp;Matriz de riesgo…</translation>
    </message>
    <message>
        <source>Change how likelihood and impact combine into a risk level</source>
        <translation>Cambiar cómo se combinan la probabilidad y el impacto en un nivel de riesgo</translation>
    </message>
    <message>
        <source>View &amp;As Of…</source>
        <translation>Ver a una &amp;fecha…</translation>
    </message>
    <message>
        <source>Show the register as it stood on a past day, read-only</source>
        <translation>Mostrar el registro tal como estaba en un día pasado, en modo de solo lectura</translation>
    </message>
    <message>
        <source>No risks recorded yet</source>
        <translation>Aún no hay riesgos registrados</translation>
    </message>
    <message>
        <source>A risk analysis lists what could go wrong with the electronic protected health information you create, receive, keep or send, rates how likely and how harmful each risk is, and records what you are doing about it; the Security Rule requires one.</source>
        <translation>Un análisis de riesgos enumera lo que podría salir mal con la información de salud protegida electrónica (ePHI) que usted crea, recibe, guarda o envía, califica qué tan probable y qué tan perjudicial es cada riesgo, y registra lo que está haciendo al respecto; la Regla de Seguridad lo exige.</translation>
    </message>
    <message>
        <source>Start with what worries you most, such as a lost laptop or a phishing email, or import an existing spreadsheet.</source>
        <translation>Empiece por lo que más le preocupa, como una computadora portátil perdida o un correo electrónico de phishing, o importe una hoja de cálculo existente.</translation>
    </message>
    <message>
        <source>Add the First Risk…</source>
        <translation>Agregar el primer riesgo…</translation>
    </message>
    <message>
        <source>Import from CSV…</source>
        <translation>Importar desde CSV…</translation>
    </message>
    <message>
        <source>The risk register could not be read: %1</source>
        <translation>No se pudo leer el registro de riesgos: %1</translation>
    </message>
    <message>
        <source>Showing the register as it stood on %1 — read-only.</source>
        <translation>Se muestra el registro tal como estaba el %1, en modo de solo lectura.</translation>
    </message>
    <message>
        <source>Risk Matrix Not Saved</source>
        <translation>No se guardó la matriz de riesgo</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Residual</translation>
    </message>
    <message>
        <source>Inherent</source>
        <translation>Inherente</translation>
    </message>
    <message>
        <source>%1: likelihood %2, impact %3</source>
        <translation>%1: probabilidad %2, impacto %3</translation>
    </message>
    <message>
        <source>No risks had been recorded by the end of %1.</source>
        <translation>No había riesgos registrados al final del %1.</translation>
    </message>
    <message>
        <source>The risk register could not be read.</source>
        <translation>No se pudo leer el registro de riesgos.</translation>
    </message>
    <message numerus="yes">
        <source>No risks match these filters. Change the search or the choices above, or clear the filters to see all %Ln risk(s).</source>
        <translation>
            <numerusform>Ningún riesgo coincide con estos filtros. Cambie la búsqueda o las opciones de arriba, o borre los filtros para ver %Ln riesgo.</numerusform>
            <numerusform>Ningún riesgo coincide con estos filtros. Cambie la búsqueda o las opciones de arriba, o borre los filtros para ver los %Ln riesgos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not available while a past day is shown</source>
        <translation>No disponible mientras se muestra un día pasado</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>&amp;Ver…</translation>
    </message>
    <message>
        <source>Asset #%1</source>
        <translation>Activo n.º %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of that day have since been disposed of after their retention period and are not shown.</source>
        <translation>
            <numerusform>%n registro de ese día se ha destruido desde entonces tras su período de conservación y no se muestra.</numerusform>
            <numerusform>%n registros de ese día se han destruido desde entonces tras su período de conservación y no se muestran.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::RiskTableModel</name>
    <message>
        <source>Not rated</source>
        <translation>Sin calificar</translation>
    </message>
    <message>
        <source>The acceptance expired on %1.</source>
        <translation>La aceptación venció el %1.</translation>
    </message>
    <message>
        <source>Likelihood %1 × impact %2: %3</source>
        <translation>Probabilidad %1 × impacto %2: %3</translation>
    </message>
    <message>
        <source>The risk left after treatment has not been rated yet.</source>
        <translation>Aún no se ha calificado el riesgo que queda después del tratamiento.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Vencido hace %n día</numerusform>
            <numerusform>Vencido hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reassessment overdue by %n day(s)</source>
        <translation>
            <numerusform>Reevaluación vencida hace %n día</numerusform>
            <numerusform>Reevaluación vencida hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Last assessed on %1</source>
        <translation>Última evaluación el %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open task(s), %1 overdue</source>
        <translation>
            <numerusform>%n tarea abierta, %1 vencida</numerusform>
            <numerusform>%n tareas abiertas, %1 vencidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n tarea abierta</numerusform>
            <numerusform>%n tareas abiertas</numerusform>
        </translation>
    </message>
    <message>
        <source>The risk before treatment: likelihood and impact looked up in the risk matrix</source>
        <translation>El riesgo antes del tratamiento: probabilidad e impacto consultados en la matriz de riesgo</translation>
    </message>
    <message>
        <source>The risk left after treatment</source>
        <translation>El riesgo que queda después del tratamiento</translation>
    </message>
    <message>
        <source>When the risk is next due to be reassessed</source>
        <translation>Cuándo corresponde la próxima reevaluación del riesgo</translation>
    </message>
    <message>
        <source>Remediation tasks still open or in progress</source>
        <translation>Tareas de corrección aún abiertas o en curso</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Inherent</source>
        <translation>Inherente</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Residual</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Tareas abiertas</translation>
    </message>
</context>
<context>
    <name>palisade::ui::RiskTaskDialog</name>
    <message>
        <source>New Remediation Task</source>
        <translation>Nueva tarea de corrección</translation>
    </message>
    <message>
        <source>Edit Task — %1</source>
        <translation>Editar tarea — %1</translation>
    </message>
    <message>
        <source>e.g. Encrypt billing laptops with BitLocker</source>
        <translation>p. ej., Cifrar con BitLocker las computadoras portátiles de facturación</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Aún no completada</translation>
    </message>
    <message>
        <source>Where the proof is, e.g. BitLocker recovery keys escrowed in Intune, report of 2026-03-14 filed under IT/Evidence.</source>
        <translation>Dónde está la prueba, p. ej., claves de recuperación de BitLocker custodiadas en Intune, informe del 2026-03-14 archivado en IT/Evidence.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>Fecha &amp;límite:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Completed on:</source>
        <translation>&amp;Completada el:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>E&amp;videncia:</translation>
    </message>
    <message>
        <source>Security &amp;Rule:</source>
        <translation>Regla de &amp;Seguridad:</translation>
    </message>
    <message>
        <source>Save the task (Ctrl+S)</source>
        <translation>Guardar la tarea (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Cerr&amp;ar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>C&amp;ancelar</translation>
    </message>
    <message>
        <source>Task — %1</source>
        <translation>Tarea — %1</translation>
    </message>
    <message>
        <source>The task was not saved:
%1</source>
        <translation>La tarea no se guardó:
%1</translation>
    </message>
    <message>
        <source>The task was not saved: %1</source>
        <translation>La tarea no se guardó: %1</translation>
    </message>
    <message>
        <source>To save this task:
%1</source>
        <translation>Para guardar esta tarea:
%1</translation>
    </message>
</context>
<context>
    <name>palisade::ui::RiskTaskPanel</name>
    <message>
        <source>Save the risk first to add remediation tasks.</source>
        <translation>Guarde primero el riesgo para agregar tareas de corrección.</translation>
    </message>
    <message>
        <source>Save &amp;Risk Now</source>
        <translation>Guardar &amp;riesgo ahora</translation>
    </message>
    <message>
        <source>&amp;Add Task…</source>
        <translation>&amp;Agregar tarea…</translation>
    </message>
    <message>
        <source>&amp;Edit Task…</source>
        <translation>&amp;Editar tarea…</translation>
    </message>
    <message>
        <source>&amp;Delete Task</source>
        <translation>E&amp;liminar tarea</translation>
    </message>
    <message>
        <source>&amp;View Task…</source>
        <translation>&amp;Ver tarea…</translation>
    </message>
    <message>
        <source>“%1” was not deleted: %2</source>
        <translation>No se eliminó “%1”: %2</translation>
    </message>
    <message>
        <source>Delete Task</source>
        <translation>Eliminar tarea</translation>
    </message>
    <message>
        <source>Delete the task “%1”? The deletion is recorded in the audit trail.</source>
        <translation>¿Eliminar la tarea “%1”? La eliminación queda anotada en el registro de auditoría.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) overdue, marked in the Due column.</source>
        <translation>
            <numerusform>%n tarea vencida, marcada en la columna Vence.</numerusform>
            <numerusform>%n tareas vencidas, marcadas en la columna Vence.</numerusform>
        </translation>
    </message>
    <message>
        <source>No remediation tasks yet. Add the work that will reduce this risk.</source>
        <translation>Aún no hay tareas de corrección. Agregue el trabajo que reducirá este riesgo.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::RiskTaskTableModel</name>
    <message>
        <source>No due date</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (vencida)</translation>
    </message>
    <message>
        <source>Overdue: due %1 and still %2.</source>
        <translation>Vencida: vencía el %1 y sigue %2.</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidencia: %1</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
</context>
<context>
    <name>palisade::ui::SentNoticeModel</name>
    <message>
        <source>%1, %2 — SHA-256 %3</source>
        <translation>%1, %2 — SHA-256 %3</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Fecha de envío</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Sent by %1
%2</source>
        <translation>Enviada por %1
%2</translation>
    </message>
</context>
<context>
    <name>palisade::ui::SessionController</name>
    <message>
        <source>Passphrase Changed</source>
        <translation>Frase de contraseña cambiada</translation>
    </message>
    <message>
        <source>The program file is now encrypted with the new passphrase. Use it the next time you unlock Palisade.</source>
        <translation>El archivo del programa ahora está cifrado con la nueva frase de contraseña. Úsela la próxima vez que desbloquee Palisade.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Palisade locks the program file and clears anything it copied to the clipboard when you have not used it for this long.</source>
        <translation>Tras este tiempo sin uso, Palisade bloquea el archivo del programa y borra lo que copió al portapapeles.</translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity:</source>
        <translation>&amp;Bloquear tras inactividad de:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>The new language is used the next time Palisade starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que inicie Palisade.</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
</context>
<context>
    <name>palisade::ui::ShellArea</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Riesgos</translation>
    </message>
    <message>
        <source>Vendors &amp; BAAs</source>
        <translation>Proveedores y BAA</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Políticas</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservación</translation>
    </message>
</context>
<context>
    <name>palisade::ui::ShellStatusBar</name>
    <message>
        <source>Unlocked</source>
        <translation>Desbloqueado</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Unlocked, read-only</source>
        <translation>Desbloqueado, solo lectura</translation>
    </message>
    <message>
        <source>The file is open. Lock it with Ctrl+L.</source>
        <translation>El archivo está abierto. Bloquéelo con Ctrl+L.</translation>
    </message>
    <message>
        <source>The file is closed.</source>
        <translation>El archivo está cerrado.</translation>
    </message>
    <message>
        <source>Recording as %1</source>
        <translation>Registrando como %1</translation>
    </message>
    <message>
        <source>Changes are recorded in the audit trail under this name.</source>
        <translation>Los cambios se anotan en el registro de auditoría con este nombre.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::StateRuleDialog</name>
    <message>
        <source>To save this rule:
%1</source>
        <translation>Para guardar esta regla:
%1</translation>
    </message>
    <message>
        <source>The rule was not saved:
%1</source>
        <translation>La regla no se guardó:
%1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>TX</source>
        <translation>TX</translation>
    </message>
    <message>
        <source>The two-letter code of the State or jurisdiction</source>
        <translation>El código de dos letras del estado o la jurisdicción</translation>
    </message>
    <message>
        <source>For example: Texas Attorney General</source>
        <translation>Por ejemplo: Fiscal General de Texas</translation>
    </message>
    <message>
        <source> residents or more</source>
        <translation> residentes o más</translation>
    </message>
    <message>
        <source> days after discovery</source>
        <translation> días después del descubrimiento</translation>
    </message>
    <message>
        <source>For example: Tex. Bus. &amp; Com. Code § 521.053(i)</source>
        <translation>Por ejemplo: Tex. Bus. &amp; Com. Code § 521.053(i)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Authority notified:</source>
        <translation>&amp;Autoridad notificada:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>A &amp;partir de:</translation>
    </message>
    <message>
        <source>&amp;Within:</source>
        <translation>&amp;Dentro de:</translation>
    </message>
    <message>
        <source>&amp;Citation:</source>
        <translation>&amp;Cita legal:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Save the rule (Ctrl+S)</source>
        <translation>Guardar la regla (Ctrl+S)</translation>
    </message>
    <message>
        <source>An incident affecting at least that many residents of the State then calls for a notice to its authority within that many days of discovery.</source>
        <translation>Un incidente que afecte al menos a esa cantidad de residentes del estado exige entonces una notificación a su autoridad dentro de esa cantidad de días desde el descubrimiento.</translation>
    </message>
    <message>
        <source>Add State Rule</source>
        <translation>Agregar regla estatal</translation>
    </message>
    <message>
        <source>State Rule — %1</source>
        <translation>Regla estatal — %1</translation>
    </message>
    <message>
        <source>The rule was not saved: %1</source>
        <translation>La regla no se guardó: %1</translation>
    </message>
    <message>
        <source>Save this rule before closing?</source>
        <translation>¿Desea guardar esta regla antes de cerrar?</translation>
    </message>
    <message>
        <source>Save the changes to this rule before closing?</source>
        <translation>¿Desea guardar los cambios de esta regla antes de cerrar?</translation>
    </message>
</context>
<context>
    <name>palisade::ui::StateRuleTableModel</name>
    <message>
        <source>%1 or more</source>
        <translation>%1 o más</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notify %1 within %n day(s) of discovery when at least %2 residents of %3 are affected.</source>
        <translation>
            <numerusform>Notificar a %1 dentro de %n día desde el descubrimiento cuando se vean afectados al menos %2 residentes de %3.</numerusform>
            <numerusform>Notificar a %1 dentro de %n días desde el descubrimiento cuando se vean afectados al menos %2 residentes de %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Authority notified</source>
        <translation>Autoridad notificada</translation>
    </message>
    <message>
        <source>Residents affected</source>
        <translation>Residentes afectados</translation>
    </message>
    <message>
        <source>Notice within</source>
        <translation>Plazo de notificación</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Cita legal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>palisade::ui::StateRulesDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>State Breach-Notice Rules</source>
        <translation>Reglas estatales de notificación de brechas</translation>
    </message>
    <message>
        <source>Besides HIPAA&apos;s notices, many States require their own notice to a State authority when enough of their residents are affected. Each rule here adds that notice, with its deadline, to every breach affecting at least that many residents of the State. Florida&apos;s rule ships with the program: notice to the Department of Legal Affairs within 30 days when 500 or more Floridians are affected (Fla. Stat. § 501.171(3)). Add the States you serve; check each against the statute, since States change their laws.</source>
        <translation>Además de las notificaciones de HIPAA, muchos estados exigen su propia notificación a una autoridad estatal cuando se ve afectada una cantidad suficiente de sus residentes. Cada regla de esta lista agrega esa notificación, con su plazo, a toda brecha que afecte al menos a esa cantidad de residentes del estado. La regla de Florida se incluye con el programa: notificación al Departamento de Asuntos Legales (Department of Legal Affairs) dentro de los 30 días cuando se vean afectados 500 o más residentes de Florida (Fla. Stat. § 501.171(3)). Agregue los estados a los que presta servicios; verifique cada regla con la ley correspondiente, ya que los estados modifican sus leyes.</translation>
    </message>
    <message>
        <source>State rules</source>
        <translation>Reglas estatales</translation>
    </message>
    <message>
        <source>The State rules could not be read: %1</source>
        <translation>No se pudieron leer las reglas estatales: %1</translation>
    </message>
    <message>
        <source>The rule for %1 is saved.</source>
        <translation>Se guardó la regla de %1.</translation>
    </message>
    <message>
        <source>Delete State Rule</source>
        <translation>Eliminar regla estatal</translation>
    </message>
    <message>
        <source>Delete the rule for %1? Breaches will no longer call for a notice to %2. The audit trail keeps the rule.</source>
        <translation>¿Desea eliminar la regla de %1? Las brechas ya no exigirán una notificación a %2. El registro de auditoría conserva la regla.</translation>
    </message>
    <message>
        <source>The rule for %1 was deleted.</source>
        <translation>Se eliminó la regla de %1.</translation>
    </message>
    <message>
        <source>No State rule is on file, so breaches call for HIPAA&apos;s notices only. Use “Add…” for each State whose law asks for a notice to its authority.</source>
        <translation>No hay reglas estatales registradas, así que las brechas solo exigen las notificaciones de HIPAA. Use «Agregar…» para cada estado cuya ley exija una notificación a su autoridad.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::TemplatePickerDialog</name>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>No seleccionar &amp;nada</translation>
    </message>
    <message>
        <source>Adopt Starter Policies</source>
        <translation>Adoptar políticas modelo</translation>
    </message>
    <message>
        <source>Tick the starter policies to add to the library. Each becomes a policy with its text as draft revision 1, with “%1” in place of %2: read it, adapt it to how you work, then submit it for approval.</source>
        <translation>Marque las políticas modelo que desea agregar a la biblioteca. Cada una se convierte en una política con su texto como versión 1 en borrador, con «%1» en lugar de %2: léala, adáptela a su forma de trabajar y después envíela para su aprobación.</translation>
    </message>
    <message>
        <source>Starter policies</source>
        <translation>Políticas modelo</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>The starter policies could not be read: %1</source>
        <translation>No se pudieron leer las políticas modelo: %1</translation>
    </message>
    <message>
        <source>%1 — already in the library</source>
        <translation>%1 — ya está en la biblioteca</translation>
    </message>
    <message>
        <source>The library already has a policy with the code %1</source>
        <translation>La biblioteca ya tiene una política con el código %1</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message numerus="yes">
        <source>Review every %n month(s) · Approved by: %1 · Cites: %2</source>
        <translation>
            <numerusform>Revisar cada %n mes · Aprobada por: %1 · Citas: %2</numerusform>
            <numerusform>Revisar cada %n meses · Aprobada por: %1 · Citas: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Adopt</source>
        <translation>&amp;Adoptar</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Adopt %n Policy(ies)</source>
        <translation>
            <numerusform>&amp;Adoptar %n política</numerusform>
            <numerusform>&amp;Adoptar %n políticas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n policy(ies) adopted; these were not:
%1</source>
        <translation>
            <numerusform>Se adoptó %n política; estas no se adoptaron:
%1</numerusform>
            <numerusform>Se adoptaron %n políticas; estas no se adoptaron:
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::TrainingDueSummaryBox</name>
    <message>
        <source>Workforce training</source>
        <translation>Capacitación del personal</translation>
    </message>
    <message>
        <source>Open Training</source>
        <translation>Abrir Capacitación</translation>
    </message>
    <message>
        <source>PHI access without %1 (due %2)</source>
        <translation>Acceso a PHI sin %1 (vencía el %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 overdue by %n day(s), since %2</source>
        <translation>
            <numerusform>%1 vencido hace %n día, desde el %2</numerusform>
            <numerusform>%1 vencido hace %n días, desde el %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 due on %2</source>
        <translation>%1 vence el %2</translation>
    </message>
    <message>
        <source>No one is on the workforce roster yet. Add people or import them from your HR or learning system on the Training page.</source>
        <translation>Todavía no hay nadie en la plantilla. Añada personas o impórtelas desde su sistema de RR. HH. o de formación en la página Capacitación.</translation>
    </message>
    <message>
        <source>Nothing due: everyone is current with the courses that apply to them, and nothing falls due in the next 30 days.</source>
        <translation>Nada pendiente: todos están al día con los cursos que les corresponden y nada vence en los próximos 30 días.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more on the Training page.</source>
        <translation>
            <numerusform>…y %n más en la página Capacitación.</numerusform>
            <numerusform>…y %n más en la página Capacitación.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::TrainingImportDialog</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>C&amp;opy Problems</source>
        <translation>C&amp;opiar problemas</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import Training Data from CSV</source>
        <translation>Importar datos de capacitación desde CSV</translation>
    </message>
    <message>
        <source>Imports people or training completions from a CSV file, such as an export of your learning-management system. Choose the file and say where it comes from; the next step matches its columns to the fields Palisade keeps.</source>
        <translation>Importa personas o cursos completados desde un archivo CSV, como una exportación de su sistema de gestión del aprendizaje. Elija el archivo e indique de dónde procede; el paso siguiente relaciona sus columnas con los campos que guarda Palisade.</translation>
    </message>
    <message>
        <source>Choose a .csv file</source>
        <translation>Elija un archivo .csv</translation>
    </message>
    <message>
        <source>For example: KnowBe4 export</source>
        <translation>Por ejemplo: exportación de KnowBe4</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Contents:</source>
        <translation>&amp;Contenido:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Primeras filas del archivo</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>Problemas de la importación</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>El archivo está vacío: no tiene fila de encabezado.</translation>
    </message>
    <message>
        <source>The file has a header row but no rows below it.</source>
        <translation>El archivo tiene una fila de encabezado pero ninguna fila debajo.</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %n row(s); the numbers are the file&apos;s lines.</source>
        <translation>
            <numerusform>La primera %1 de %n fila; los números son las líneas del archivo.</numerusform>
            <numerusform>Las primeras %1 de %n filas; los números son las líneas del archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s); the numbers are the file&apos;s lines.</source>
        <translation>
            <numerusform>La única fila (%n); los números son las líneas del archivo.</numerusform>
            <numerusform>Las %n filas; los números son las líneas del archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the source the file comes from.</source>
        <translation>Indique el origen del archivo.</translation>
    </message>
    <message>
        <source>The columns of %1 as mapped the last time %2 was imported. Check each field, then import. Columns not chosen are ignored.</source>
        <translation>Las columnas de %1 según la correspondencia usada la última vez que se importó %2. Revise cada campo y luego importe. Las columnas no elegidas se ignoran.</translation>
    </message>
    <message>
        <source>The columns of %1 proposed from its header for %2. Check each field, then import. Columns not chosen are ignored.</source>
        <translation>Las columnas de %1 propuestas a partir de su encabezado para %2. Revise cada campo y luego importe. Las columnas no elegidas se ignoran.</translation>
    </message>
    <message>
        <source>&amp;Remember this mapping for %1</source>
        <translation>&amp;Recordar esta correspondencia para %1</translation>
    </message>
    <message>
        <source>This file was imported before, on %1 by %2. Importing it again adds only what is not already on file.</source>
        <translation>Este archivo ya se importó el %1, por %2. Importarlo de nuevo solo agrega lo que aún no está registrado.</translation>
    </message>
    <message>
        <source>Choose a column for each required field: %1.</source>
        <translation>Elija una columna para cada campo obligatorio: %1.</translation>
    </message>
    <message>
        <source>Several columns of the file could be “%1” for %2; rename them in the file.</source>
        <translation>Varias columnas del archivo podrían ser «%1» para %2; cámbieles el nombre en el archivo.</translation>
    </message>
    <message>
        <source>Nothing was imported: the program file is not open for changes.</source>
        <translation>No se importó nada: el archivo del programa no está abierto para cambios.</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>Leyendo y comprobando %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was imported.</source>
        <translation>Importación cancelada. No se importó nada.</translation>
    </message>
    <message>
        <source>The program file was closed.</source>
        <translation>Se cerró el archivo del programa.</translation>
    </message>
    <message>
        <source>Nothing new in %1: everyone in it is already on file as it is.</source>
        <translation>Nada nuevo en %1: todas sus personas ya están registradas tal como figuran.</translation>
    </message>
    <message>
        <source>Imported people from %1: %2 added, %3 updated, %4 already on file.</source>
        <translation>Personas importadas de %1: %2 agregadas, %3 actualizadas, %4 ya registradas.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing new in %1: all %n completion(s) in it are already on file.</source>
        <translation>
            <numerusform>Nada nuevo en %1: su %n curso completado ya está registrado.</numerusform>
            <numerusform>Nada nuevo en %1: sus %n cursos completados ya están registrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported completions from %1: %2 added, %3 already on file.</source>
        <translation>Cursos completados importados de %1: %2 agregados, %3 ya registrados.</translation>
    </message>
    <message>
        <source>This file was imported before, on %1 by %2.</source>
        <translation>Este archivo ya se importó el %1, por %2.</translation>
    </message>
    <message>
        <source>The mapping is saved for %1.</source>
        <translation>La correspondencia se guardó para %1.</translation>
    </message>
    <message>
        <source>The mapping was not saved: %1</source>
        <translation>No se guardó la correspondencia: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>The source says where the file comes from, such as the name of the system that exported it. The column mapping is remembered under it for the next file from the same place.</source>
        <translation>El origen indica de dónde procede el archivo, como el nombre del sistema que lo exportó. La correspondencia de columnas se recuerda con ese nombre para el próximo archivo del mismo origen.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::TrainingLabels</name>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>At hire</source>
        <translation>Al contratar</translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>Cada %n mes</numerusform>
            <numerusform>Cada %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>When any policy changes</source>
        <translation>Cuando cambia cualquier política</translation>
    </message>
    <message>
        <source>When a linked policy changes</source>
        <translation>Cuando cambia una política vinculada</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>Sin caducidad</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::TrainingMatrixModel</name>
    <message>
        <source>Overdue %1 d</source>
        <translation>Vencido %1 d</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Vence %1</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Aún no vence</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Employee ID: %1</source>
        <translation>ID de empleado: %1</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Departamento: %1</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Funciones: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Left the workforce on %1</source>
        <translation>Dejó el personal el %1</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) overdue, the longest by %1 days</source>
        <translation>
            <numerusform>%n curso vencido, el más antiguo por %1 días</numerusform>
            <numerusform>%n cursos vencidos, el más antiguo por %1 días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not required: the course is not for this person&apos;s roles.</source>
        <translation>No obligatorio: el curso no corresponde a las funciones de esta persona.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>Last completed: %1</source>
        <translation>Último completado: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Next due: %1</source>
        <translation>Próximo vencimiento: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Had access to PHI before completing this training.</source>
        <translation>Tuvo acceso a PHI antes de completar esta capacitación.</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>vencido hace %n día</numerusform>
            <numerusform>vencido hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>, vence el %1</translation>
    </message>
    <message>
        <source>, last completed %1</source>
        <translation>, último completado el %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
</context>
<context>
    <name>palisade::ui::TrainingMatrixTab</name>
    <message>
        <source>&amp;Most overdue first</source>
        <translation>&amp;Más vencidos primero</translation>
    </message>
    <message>
        <source>Export &amp;Overdue List…</source>
        <translation>Exportar lista de &amp;vencidos…</translation>
    </message>
    <message>
        <source>Export Matri&amp;x…</source>
        <translation>Exportar matri&amp;z…</translation>
    </message>
    <message>
        <source>Show Everyone</source>
        <translation>Mostrar a todos</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Aún no hay nada que mostrar</translation>
    </message>
    <message>
        <source>The matrix shows, for any day, each person&apos;s standing with every course that applies to their roles: complete, due soon, overdue. Add the courses on the Courses tab and the people on the People tab (or import them) first.</source>
        <translation>La matriz muestra, para cualquier día, la situación de cada persona en cada curso que se aplica a sus funciones: completado, vence pronto, vencido. Agregue primero los cursos en la pestaña Cursos y las personas en la pestaña Personas (o impórtelos).</translation>
    </message>
    <message>
        <source>Show everyone&apos;s standing on this day</source>
        <translation>Mostrar la situación de todos en este día</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;A fecha de:</translation>
    </message>
    <message>
        <source>Show the people of one department</source>
        <translation>Mostrar las personas de un departamento</translation>
    </message>
    <message>
        <source>Show the people with one role</source>
        <translation>Mostrar las personas con una función</translation>
    </message>
    <message>
        <source>List first the people whose training is overdue longest</source>
        <translation>Mostrar primero a las personas cuya capacitación lleva más tiempo vencida</translation>
    </message>
    <message>
        <source>Save the overdue training of the people shown as a CSV file, by department, for managers to follow up</source>
        <translation>Guardar la capacitación vencida de las personas mostradas como archivo CSV, por departamento, para que los responsables hagan el seguimiento</translation>
    </message>
    <message>
        <source>Save the matrix as shown as a CSV file</source>
        <translation>Guardar la matriz tal como se muestra como archivo CSV</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Colores:</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Todos los departamentos</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Todas las funciones</translation>
    </message>
    <message>
        <source>%1 (access from %2)</source>
        <translation>%1 (acceso desde el %2)</translation>
    </message>
    <message>
        <source>%1 (access from %2, %3 %4)</source>
        <translation>%1 (acceso desde el %2, %3 %4)</translation>
    </message>
    <message>
        <source>completed %1</source>
        <translation>completado el %1</translation>
    </message>
    <message>
        <source>not completed</source>
        <translation>no completado</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <source>%1; and %n more</source>
        <translation>
            <numerusform>%1; y %n más</numerusform>
            <numerusform>%1; y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finding: %n person(s) had access to PHI before completing their onboarding training (164.308(a)(5)): %1.</source>
        <translation>
            <numerusform>Hallazgo: %n persona tuvo acceso a PHI antes de completar su capacitación de incorporación (164.308(a)(5)): %1.</numerusform>
            <numerusform>Hallazgo: %n personas tuvieron acceso a PHI antes de completar su capacitación de incorporación (164.308(a)(5)): %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody shown matches the department and role chosen.</source>
        <translation>Ninguna de las personas mostradas coincide con el departamento y la función elegidos.</translation>
    </message>
    <message>
        <source>Nobody was on the workforce on %1.</source>
        <translation>No había nadie en el personal el %1.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n curso</numerusform>
            <numerusform>%n cursos</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing overdue</source>
        <translation>nada vencido</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue item(s) across %1</source>
        <translation>
            <numerusform>%n elemento vencido en %1</numerusform>
            <numerusform>%n elementos vencidos en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue 999 d</source>
        <translation>Vencido 999 d</translation>
    </message>
    <message>
        <source>Due 2026-12-31</source>
        <translation>Vence 2026-12-31</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>ID de empleado</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Días de retraso</translation>
    </message>
    <message>
        <source>Last completed</source>
        <translation>Último completado</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>A fecha de</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>No obligatorio</translation>
    </message>
    <message>
        <source>overdue-training-%1.csv</source>
        <translation>capacitacion-vencida-%1.csv</translation>
    </message>
    <message>
        <source>training-matrix-%1.csv</source>
        <translation>matriz-capacitacion-%1.csv</translation>
    </message>
    <message>
        <source>Export Overdue List</source>
        <translation>Exportar lista de vencidos</translation>
    </message>
    <message>
        <source>Export Training Matrix</source>
        <translation>Exportar matriz de capacitación</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved the overdue list (%n item(s)) to %1.</source>
        <translation>
            <numerusform>Se guardó la lista de vencidos (%n elemento) en %1.</numerusform>
            <numerusform>Se guardó la lista de vencidos (%n elementos) en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the matrix to %1.</source>
        <translation>Se guardó la matriz en %1.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::TrainingPage</name>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>Who is on the workforce, the courses your program requires and who completed what. Undocumented training is no training.</source>
        <translation>Quién forma parte del personal, los cursos que exige su programa y quién completó qué. La capacitación no documentada no es capacitación.</translation>
    </message>
    <message>
        <source>Start with the courses your program requires</source>
        <translation>Empiece por los cursos que exige su programa</translation>
    </message>
    <message>
        <source>HIPAA expects security awareness training for the whole workforce (164.308(a)(5)) and privacy training documented and kept for six years (164.530(b)). First add the courses your program requires and who must take them, then the people: one by one, or imported from a CSV file exported from your learning-management system.</source>
        <translation>HIPAA exige capacitación de concienciación sobre seguridad para todo el personal (164.308(a)(5)) y capacitación en privacidad documentada y conservada durante seis años (164.530(b)). Agregue primero los cursos que exige su programa y quién debe realizarlos; después, las personas: una por una o importadas desde un archivo CSV exportado de su sistema de gestión del aprendizaje.</translation>
    </message>
    <message>
        <source>Add &amp;Course…</source>
        <translation>Agregar &amp;curso…</translation>
    </message>
    <message>
        <source>Add &amp;Person…</source>
        <translation>Agregar &amp;persona…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <source>Who Is Due</source>
        <translation>Quién tiene pendientes</translation>
    </message>
    <message>
        <source>Phishing Simulations</source>
        <translation>Simulaciones de phishing</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Importar desde CSV…</translation>
    </message>
</context>
<context>
    <name>palisade::ui::TrainingTrendsTab</name>
    <message>
        <source>Complete</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Of recipients</source>
        <translation>De los destinatarios</translation>
    </message>
    <message>
        <source>Required training complete at each month end</source>
        <translation>Capacitación obligatoria completada al final de cada mes</translation>
    </message>
    <message>
        <source>Phishing simulations: click and report rates</source>
        <translation>Simulaciones de phishing: tasas de clics y de reportes</translation>
    </message>
    <message>
        <source>Complete (%)</source>
        <translation>Completado (%)</translation>
    </message>
    <message>
        <source>Month end</source>
        <translation>Fin de mes</translation>
    </message>
    <message>
        <source>No training was required in the last two years yet — add courses and people on the Courses and People tabs, then record completions.</source>
        <translation>Aún no se ha exigido capacitación en los dos últimos años: agregue cursos y personas en las pestañas Cursos y Personas y, después, registre los cursos completados.</translation>
    </message>
    <message>
        <source>No phishing simulations recorded yet — add one on the Phishing tab.</source>
        <translation>Aún no hay simulaciones de phishing registradas: agregue una en la pestaña Phishing.</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reportados</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2</source>
        <translation>%1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Phishing simulations: click and report rates (the last %1 of %2)</source>
        <translation>Simulaciones de phishing: tasas de clics y de reportes (las últimas %1 de %2)</translation>
    </message>
</context>
<context>
    <name>palisade::ui::UnlockDialog</name>
    <message>
        <source>Unlock — Palisade</source>
        <translation>Desbloquear — Palisade</translation>
    </message>
    <message>
        <source>Unlock Program File</source>
        <translation>Desbloquear archivo del programa</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Open Other…</source>
        <translation>&amp;Abrir otro…</translation>
    </message>
    <message>
        <source>Create &amp;New…</source>
        <translation>Crear &amp;nuevo…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>There is no program file at this location. Open another file or create a new one.</source>
        <translation>No hay ningún archivo del programa en esta ubicación. Abra otro archivo o cree uno nuevo.</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>Too many wrong passphrases. You can try again in 1 second.</source>
        <translation>Demasiadas frases de contraseña incorrectas. Puede volver a intentarlo en 1 segundo.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases. You can try again in %1 seconds.</source>
        <translation>Demasiadas frases de contraseña incorrectas. Puede volver a intentarlo en %1 segundos.</translation>
    </message>
    <message>
        <source>Open Program File</source>
        <translation>Abrir archivo del programa</translation>
    </message>
    <message>
        <source>Palisade program files (*.palisade);;All files (*)</source>
        <translation>Archivos de programa de Palisade (*.palisade);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>palisade::ui::VendorDueModel</name>
    <message>
        <source>No BAA in effect</source>
        <translation>Sin BAA en vigor</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Por vencer</translation>
    </message>
    <message>
        <source>Provisions</source>
        <translation>Disposiciones</translation>
    </message>
    <message>
        <source>Notice gap</source>
        <translation>Desfase de notificación</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Overdue, %1</source>
        <translation>Vencido, %1</translation>
    </message>
    <message>
        <source>Due soon, %1</source>
        <translation>Vence pronto, %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Agreement or counterparty</source>
        <translation>Acuerdo o contraparte</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Qué está pendiente</translation>
    </message>
</context>
<context>
    <name>palisade::ui::VendorDuePanel</name>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>As &amp;of:</source>
        <translation>A &amp;fecha de:</translation>
    </message>
    <message>
        <source>See what will be due on another day, e.g. before an audit</source>
        <translation>Ver qué estará pendiente otro día, p. ej., antes de una auditoría</translation>
    </message>
    <message>
        <source>Due list</source>
        <translation>Lista de vencimientos</translation>
    </message>
    <message>
        <source>The due list could not be worked out: %1</source>
        <translation>No se pudo calcular la lista de vencimientos: %1</translation>
    </message>
    <message>
        <source>Due list: nothing due</source>
        <translation>Lista de vencimientos: nada pendiente</translation>
    </message>
    <message numerus="yes">
        <source>Due list: %n item(s), </source>
        <translation>
            <numerusform>Lista de vencimientos: %n elemento, </numerusform>
            <numerusform>Lista de vencimientos: %n elementos, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue or standing finding(s)</source>
        <translation>
            <numerusform>%n vencido o hallazgo pendiente</numerusform>
            <numerusform>%n vencidos o hallazgos pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due list: %n item(s)</source>
        <translation>
            <numerusform>Lista de vencimientos: %n elemento</numerusform>
            <numerusform>Lista de vencimientos: %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due as of %1. Checked: every counterparty that shares PHI has an agreement in effect; no active agreement is past its expiration date; no review is due within %2 days and none expires within %3 days; every open agreement has its required provisions; no subcontractor may report a breach later than we must.</source>
        <translation>Nada pendiente al %1. Se comprobó que: toda contraparte que comparte PHI tiene un acuerdo en vigor; ningún acuerdo activo ha superado su fecha de vencimiento; ninguna revisión vence en los próximos %2 días y ningún acuerdo vence en los próximos %3 días; todo acuerdo abierto contiene sus disposiciones obligatorias; ningún subcontratista puede notificar una brecha más tarde que nosotros.</translation>
    </message>
</context>
<context>
    <name>palisade::ui::VendorFilterBar</name>
    <message>
        <source>Needs &amp;attention only</source>
        <translation>Solo lo que requiere a&amp;tención</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Filter, including signed documents’ text</source>
        <translation>Filtrar, incluido el texto de los documentos firmados</translation>
    </message>
    <message>
        <source>Matches names, services, contacts, titles and notes, and the text of every signed agreement kept in this file (Ctrl+F)</source>
        <translation>Busca en nombres, servicios, contactos, títulos y notas, y en el texto de todos los acuerdos firmados guardados en este archivo (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter counterparties and agreements</source>
        <translation>Filtrar contrapartes y acuerdos</translation>
    </message>
    <message>
        <source>Agreement status</source>
        <translation>Estado del acuerdo</translation>
    </message>
    <message>
        <source>Agreements in this status, and the counterparties that have one</source>
        <translation>Acuerdos en este estado y las contrapartes que tienen alguno</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Upstream: covered entities we serve. Downstream: subcontractors and other vendors we use.</source>
        <translation>Ascendente: entidades cubiertas a las que servimos. Descendente: subcontratistas y otros proveedores que usamos.</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>Ambas direcciones</translation>
    </message>
    <message>
        <source>Only what appears on the due list: missing agreements, overdue reviews, expiries, missing provisions, notice gaps</source>
        <translation>Solo lo que figura en la lista de vencimientos: acuerdos que faltan, revisiones atrasadas, vencimientos, disposiciones ausentes, desfases de notificación</translation>
    </message>
</context>
<context>
    <name>palisade::ui::VendorHistoryList</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>No recorded changes.</source>
        <translation>No hay cambios registrados.</translation>
    </message>
    <message>
        <source>%1  %2 attached by %3</source>
        <translation>%1  %2 adjuntado por %3</translation>
    </message>
    <message>
        <source>%1  A decrypted copy of %2 saved by %3 to %4</source>
        <translation>%1  Copia descifrada de %2 guardada por %3 en %4</translation>
    </message>
    <message>
        <source>%1  %2 deleted by %3</source>
        <translation>%1  %2 eliminado por %3</translation>
    </message>
    <message>
        <source>%1  %2: %3 by %4</source>
        <translation>%1  %2: %3 por %4</translation>
    </message>
    <message>
        <source>%1  Created by %2</source>
        <translation>%1  Creado por %2</translation>
    </message>
    <message>
        <source>%1  Imported by %2</source>
        <translation>%1  Importado por %2</translation>
    </message>
    <message>
        <source>%1  Deleted by %2</source>
        <translation>%1  Eliminado por %2</translation>
    </message>
    <message>
        <source>%1  Reviewed by %2 on %3; next review %4</source>
        <translation>%1  Revisado por %2 el %3; próxima revisión: %4</translation>
    </message>
    <message>
        <source>%1  %2 by %3</source>
        <translation>%1  %2 por %3</translation>
    </message>
    <message>
        <source>%1  Updated by %2</source>
        <translation>%1  Actualizado por %2</translation>
    </message>
    <message>
        <source>%1  Updated by %2: %3</source>
        <translation>%1  Actualizado por %2: %3</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>relación</translation>
    </message>
    <message>
        <source>services</source>
        <translation>servicios</translation>
    </message>
    <message>
        <source>PHI shared</source>
        <translation>PHI compartida</translation>
    </message>
    <message>
        <source>whether PHI is shared</source>
        <translation>si se comparte PHI</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contactos</translation>
    </message>
    <message>
        <source>linked assets</source>
        <translation>activos vinculados</translation>
    </message>
    <message>
        <source>counterparty</source>
        <translation>contraparte</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>flows down from</source>
        <translation>deriva de</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>firma</translation>
    </message>
    <message>
        <source>effective</source>
        <translation>entrada en vigor</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>vencimiento</translation>
    </message>
    <message>
        <source>evergreen</source>
        <translation>indefinido</translation>
    </message>
    <message>
        <source>renewal terms</source>
        <translation>condiciones de renovación</translation>
    </message>
    <message>
        <source>review cadence</source>
        <translation>periodicidad de revisión</translation>
    </message>
    <message>
        <source>last reviewed</source>
        <translation>última revisión</translation>
    </message>
    <message>
        <source>next review</source>
        <translation>próxima revisión</translation>
    </message>
    <message>
        <source>breach notice</source>
        <translation>notificación de brechas</translation>
    </message>
    <message>
        <source>incident reporting</source>
        <translation>notificación de incidentes</translation>
    </message>
    <message>
        <source>permitted uses</source>
        <translation>usos permitidos</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>rescisión</translation>
    </message>
    <message>
        <source>PHI disposition</source>
        <translation>destino de la PHI</translation>
    </message>
    <message>
        <source>attestation date</source>
        <translation>fecha de certificación</translation>
    </message>
    <message>
        <source>attested by</source>
        <translation>certificado por</translation>
    </message>
    <message>
        <source>required provisions</source>
        <translation>disposiciones obligatorias</translation>
    </message>
</context>
<context>
    <name>palisade::ui::VendorsPage</name>
    <message>
        <source>Vendors &amp; BAAs</source>
        <translation>Proveedores y BAA</translation>
    </message>
    <message>
        <source>Covered entities you serve, subcontractors you use, and the business associate agreement with each, its signed PDF kept inside this file.</source>
        <translation>Las entidades cubiertas a las que presta servicio, los subcontratistas que usa y el acuerdo de asociado comercial con cada uno, con su PDF firmado guardado dentro de este archivo.</translation>
    </message>
    <message>
        <source>New &amp;Counterparty…</source>
        <translation>Nueva &amp;contraparte…</translation>
    </message>
    <message>
        <source>New A&amp;greement…</source>
        <translation>Nuevo &amp;acuerdo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Add the First Counterparty</source>
        <translation>Agregar la primera contraparte</translation>
    </message>
    <message>
        <source>Import from CSV…</source>
        <translation>Importar desde CSV…</translation>
    </message>
    <message>
        <source>Add counterparties or agreements from a CSV file</source>
        <translation>Agregar contrapartes o acuerdos desde un archivo CSV</translation>
    </message>
    <message>
        <source>Save the counterparties or the agreements as CSV or Excel</source>
        <translation>Guardar las contrapartes o los acuerdos como CSV o Excel</translation>
    </message>
    <message>
        <source>&amp;Counterparties from CSV…</source>
        <translation>&amp;Contrapartes desde CSV…</translation>
    </message>
    <message>
        <source>&amp;Agreements from CSV…</source>
        <translation>&amp;Acuerdos desde CSV…</translation>
    </message>
    <message>
        <source>&amp;Counterparties…</source>
        <translation>&amp;Contrapartes…</translation>
    </message>
    <message>
        <source>&amp;Agreements…</source>
        <translation>&amp;Acuerdos…</translation>
    </message>
    <message>
        <source>Counterparties</source>
        <translation>Contrapartes</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Start with whom you share PHI</source>
        <translation>Empiece por aquellos con quienes comparte PHI</translation>
    </message>
    <message>
        <source>Add the covered entities you serve and the subcontractors you use: the clinics whose claims you code and bill, and the clearinghouse, hosting, shredding or IT vendors that touch their PHI. Then record the business associate agreement with each one and attach the signed PDF; Palisade checks its required provisions, tracks its reviews and expiry, and flags anyone who receives PHI without an agreement in effect.</source>
        <translation>Agregue las entidades cubiertas a las que presta servicio y los subcontratistas que usa: las clínicas cuyas reclamaciones codifica y factura, y los proveedores de cámara de compensación, alojamiento, destrucción de documentos o TI que manejan su PHI. Después, registre el acuerdo de asociado comercial con cada uno y adjunte el PDF firmado; Palisade comprueba sus disposiciones obligatorias, hace el seguimiento de sus revisiones y su vencimiento, y señala a quien reciba PHI sin un acuerdo en vigor.</translation>
    </message>
    <message>
        <source>The vendor inventory could not be read: %1</source>
        <translation>No se pudo leer el inventario de proveedores: %1</translation>
    </message>
    <message>
        <source>The signed documents could not be searched: %1</source>
        <translation>No se pudo buscar en los documentos firmados: %1</translation>
    </message>
    <message>
        <source>Record a business associate agreement</source>
        <translation>Registrar un acuerdo de asociado comercial</translation>
    </message>
    <message>
        <source>Add the counterparty first</source>
        <translation>Agregue primero la contraparte</translation>
    </message>
    <message numerus="yes">
        <source>No counterparty matches these filters. Change them, or clear them to see all %n counterparty(ies).</source>
        <translation>
            <numerusform>Ninguna contraparte coincide con estos filtros. Cámbielos o bórrelos para ver %n contraparte.</numerusform>
            <numerusform>Ninguna contraparte coincide con estos filtros. Cámbielos o bórrelos para ver las %n contrapartes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No agreement matches these filters. Change them, or clear them to see all %n agreement(s).</source>
        <translation>
            <numerusform>Ningún acuerdo coincide con estos filtros. Cámbielos o bórrelos para ver %n acuerdo.</numerusform>
            <numerusform>Ningún acuerdo coincide con estos filtros. Cámbielos o bórrelos para ver los %n acuerdos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No agreements yet. Record the business associate agreement you have with each counterparty with “New Agreement…”, then attach the signed PDF on its Documents tab.</source>
        <translation>Aún no hay acuerdos. Registre el acuerdo de asociado comercial que tiene con cada contraparte con “Nuevo acuerdo…” y, después, adjunte el PDF firmado en su pestaña Documentos.</translation>
    </message>
    <message>
        <source>Counterparties (%L1)</source>
        <translation>Contrapartes (%L1)</translation>
    </message>
    <message>
        <source>Agreements (%L1)</source>
        <translation>Acuerdos (%L1)</translation>
    </message>
    <message>
        <source>%L1 of %L2 shown</source>
        <translation>%L1 de %L2 mostrados</translation>
    </message>
    <message>
        <source>Counterparties: %L1</source>
        <translation>Contrapartes: %L1</translation>
    </message>
    <message>
        <source>Agreements: %L1</source>
        <translation>Acuerdos: %L1</translation>
    </message>
    <message>
        <source>PHI shared without a BAA in effect: %L1 (findings)</source>
        <translation>PHI compartida sin un BAA en vigor: %L1 (hallazgos)</translation>
    </message>
    <message>
        <source>Delete Counterparty</source>
        <translation>Eliminar contraparte</translation>
    </message>
    <message>
        <source>Delete “%1”? The audit trail keeps a record of it.</source>
        <translation>¿Eliminar “%1”? El registro de auditoría conserva constancia de ello.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Delete Agreement</source>
        <translation>Eliminar acuerdo</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and its %n document(s)? The audit trail keeps a record of them.</source>
        <translation>
            <numerusform>¿Eliminar %1 y su %n documento? El registro de auditoría conserva constancia de ellos.</numerusform>
            <numerusform>¿Eliminar %1 y sus %n documentos? El registro de auditoría conserva constancia de ellos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>No se eliminó: %1</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>Se eliminó “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n counterparty(ies).</source>
        <translation>
            <numerusform>Se importó %n contraparte.</numerusform>
            <numerusform>Se importaron %n contrapartes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n agreement(s).</source>
        <translation>
            <numerusform>Se importó %n acuerdo.</numerusform>
            <numerusform>Se importaron %n acuerdos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palisade::ui::WizardFilePage</name>
    <message>
        <source>Program File</source>
        <translation>Archivo del programa</translation>
    </message>
    <message>
        <source>Everything you record is kept in this one encrypted file. Back it up like any important document.</source>
        <translation>Todo lo que registre se guarda en este único archivo cifrado. Haga copias de seguridad de él como de cualquier documento importante.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Save the program file as:</source>
        <translation>&amp;Guardar el archivo del programa como:</translation>
    </message>
    <message>
        <source>Choose where to save the program file.</source>
        <translation>Elija dónde guardar el archivo del programa.</translation>
    </message>
    <message>
        <source>This is a folder. Add a file name, such as “%1”.</source>
        <translation>Esto es una carpeta. Agregue un nombre de archivo, como “%1”.</translation>
    </message>
    <message>
        <source>A file named “%1” already exists in this folder. Palisade never overwrites a file; choose another name or folder.</source>
        <translation>Ya existe un archivo llamado “%1” en esta carpeta. Palisade nunca sobrescribe un archivo; elija otro nombre u otra carpeta.</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation>“%1” es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>Save Program File As</source>
        <translation>Guardar archivo del programa como</translation>
    </message>
    <message>
        <source>Palisade program files (*.palisade)</source>
        <translation>Archivos de programa de Palisade (*.palisade)</translation>
    </message>
</context>
<context>
    <name>palisade::ui::WizardOfficerPage</name>
    <message>
        <source>About You</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>The person who keeps this program. Your name is recorded with every change in the audit trail.</source>
        <translation>La persona a cargo de este programa. Su nombre se anota con cada cambio en el registro de auditoría.</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Nombre y apellido</translation>
    </message>
    <message>
        <source>HIPAA requires a designated privacy officer and a designated security officer. In a small practice one person is often both.</source>
        <translation>HIPAA exige designar un funcionario de privacidad y un funcionario de seguridad. En un consultorio pequeño, a menudo una sola persona ocupa ambos cargos.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Su nombre:</translation>
    </message>
    <message>
        <source>Your &amp;role:</source>
        <translation>Su &amp;cargo:</translation>
    </message>
</context>
<context>
    <name>palisade::ui::WizardOrganizationPage</name>
    <message>
        <source>Create a Program File</source>
        <translation>Crear un archivo del programa</translation>
    </message>
    <message>
        <source>Palisade keeps your HIPAA compliance program in one encrypted file on this computer. Nothing leaves it unless you export it.</source>
        <translation>Palisade guarda su programa de cumplimiento de HIPAA en un único archivo cifrado en esta computadora. Nada sale de ella a menos que usted lo exporte.</translation>
    </message>
    <message>
        <source>e.g. Riverbend Family Clinic</source>
        <translation>p. ej., Clínica Familiar Riverbend</translation>
    </message>
    <message>
        <source>The covered entity or business associate this compliance program belongs to. It appears on every evidence pack you export.</source>
        <translation>La entidad cubierta o el asociado comercial al que pertenece este programa de cumplimiento. Aparece en cada paquete de evidencias que exporte.</translation>
    </message>
    <message>
        <source>&amp;Organization name:</source>
        <translation>Nombre de la &amp;organización:</translation>
    </message>
</context>
<context>
    <name>palisade::ui::WizardPassphrasePage</name>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>The passphrase encrypts the program file. It cannot be recovered: if it is lost, so is the program. Write it down and keep it somewhere safe.</source>
        <translation>La frase de contraseña cifra el archivo del programa. No se puede recuperar: si se pierde, también se pierde el programa. Anótela y guárdela en un lugar seguro.</translation>
    </message>
    <message>
        <source>Type the passphrase again to confirm it.</source>
        <translation>Escriba de nuevo la frase de contraseña para confirmarla.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Confirmar:</translation>
    </message>
</context>
<context>
    <name>palisade::ui::WizardSummaryPage</name>
    <message>
        <source>Ready to Create</source>
        <translation>Listo para crear</translation>
    </message>
    <message>
        <source>Check the details below, then create the file. From now on you open it with your passphrase.</source>
        <translation>Revise los datos siguientes y luego cree el archivo. A partir de ahora, lo abrirá con su frase de contraseña.</translation>
    </message>
    <message>
        <source>AES-256 (SQLCipher 4); key derived from the passphrase with PBKDF2-HMAC-SHA512</source>
        <translation>AES-256 (SQLCipher 4); clave derivada con PBKDF2-HMAC-SHA512 a partir de la frase de contraseña</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <source>Kept by:</source>
        <translation>A cargo de:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Cifrado:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>palisade::ui::WorkforceRolesDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Workforce Roles</source>
        <translation>Funciones del personal</translation>
    </message>
    <message>
        <source>Roles say which courses a person must take. A role named by a person or a course cannot be removed until it is taken from them.</source>
        <translation>Las funciones indican qué cursos debe realizar una persona. Una función asignada a una persona o a un curso no se puede quitar hasta que se les retire.</translation>
    </message>
    <message>
        <source>Workforce roles</source>
        <translation>Funciones del personal</translation>
    </message>
    <message>
        <source>Remove Role</source>
        <translation>Quitar función</translation>
    </message>
    <message>
        <source>The roles could not be read: %1</source>
        <translation>No se pudieron leer las funciones: %1</translation>
    </message>
    <message>
        <source>The role was not added: %1</source>
        <translation>No se agregó la función: %1</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>Se agregó %1.</translation>
    </message>
    <message>
        <source>The role was not renamed: %1</source>
        <translation>No se cambió el nombre de la función: %1</translation>
    </message>
    <message>
        <source>The role is now called %1.</source>
        <translation>La función ahora se llama %1.</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>No se quitó %1: %2</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>Se quitó %1.</translation>
    </message>
    <message>
        <source>Add Role</source>
        <translation>Agregar función</translation>
    </message>
    <message>
        <source>Role name:</source>
        <translation>Nombre de la función:</translation>
    </message>
    <message>
        <source>Rename Role</source>
        <translation>Cambiar nombre de la función</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
    </message>
    <message>
        <source>Remove the role %1?</source>
        <translation>¿Desea quitar la función %1?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
</TS>
