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
    <name>palisade::Program</name>
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
        <source>The program file reported an error.</source>
        <translation>El archivo del programa informó un error.</translation>
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
    <name>palisade::ui::AreaSidebar</name>
    <message>
        <source>Areas</source>
        <translation>Áreas</translation>
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
        <source>The risk register: threats to electronic protected health information, each scored by likelihood and impact, with an owner, a treatment plan and a review date, as the Security Rule&apos;s risk analysis asks.</source>
        <translation>El registro de riesgos: amenazas a la información de salud protegida electrónica (ePHI), cada una calificada según su probabilidad e impacto, con un responsable, un plan de tratamiento y una fecha de revisión, tal como lo exige el análisis de riesgos de la Regla de Seguridad.</translation>
    </message>
    <message>
        <source>Vendors &amp; BAAs</source>
        <translation>Proveedores y BAA</translation>
    </message>
    <message>
        <source>Every business associate that handles protected health information, with its signed business associate agreement stored inside this file and the dates it must be reviewed or renewed.</source>
        <translation>Cada asociado comercial que maneja información de salud protegida (PHI), con su acuerdo de asociado comercial (BAA) firmado guardado en este archivo y las fechas en que debe revisarse o renovarse.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>Workforce security and privacy training: who must complete which course, completion records and certificates, and who is overdue.</source>
        <translation>Capacitación del personal en seguridad y privacidad: quién debe completar cada curso, los registros de finalización y los certificados, y quién está atrasado.</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Políticas</translation>
    </message>
    <message>
        <source>Policies and procedures with their full revision history. Approved revisions cannot be changed, and each is kept for the six years HIPAA requires.</source>
        <translation>Políticas y procedimientos con su historial completo de revisiones. Las revisiones aprobadas no se pueden modificar y cada una se conserva durante los seis años que exige HIPAA.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Security incidents and possible breaches: what happened, the breach risk assessment, and the notifications owed with their deadlines.</source>
        <translation>Incidentes de seguridad y posibles brechas: qué ocurrió, la evaluación de riesgos de la brecha y las notificaciones obligatorias con sus plazos.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>Signed, verifiable PDF evidence packs for auditors, assembled from the other areas and checkable with palisade-cli.</source>
        <translation>Paquetes de evidencias en PDF, firmados y verificables, para auditores, reunidos a partir de las demás áreas y comprobables con palisade-cli.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
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
</TS>
