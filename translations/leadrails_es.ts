<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>DestinationEditor</name>
    <message>
        <source>&amp;Name</source>
        <translation>Nom&amp;bre</translation>
    </message>
    <message>
        <source>e.g. Spring webinar leads</source>
        <translation>p. ej., Contactos del webinar de primavera</translation>
    </message>
    <message>
        <source>Destination name</source>
        <translation>Nombre del destino</translation>
    </message>
    <message>
        <source>&amp;Account SID</source>
        <translation>&amp;Account SID</translation>
    </message>
    <message>
        <source>AC followed by 32 hex characters</source>
        <translation>AC seguido de 32 caracteres hexadecimales</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>Authenticate with</source>
        <translation>Autenticar con</translation>
    </message>
    <message>
        <source>Auth &amp;Token</source>
        <translation>Auth &amp;Token</translation>
    </message>
    <message>
        <source>API &amp;key (recommended)</source>
        <translation>API &amp;Key (recomendada)</translation>
    </message>
    <message>
        <source>API &amp;key SID</source>
        <translation>API Key S&amp;ID</translation>
    </message>
    <message>
        <source>SK followed by 32 hex characters</source>
        <translation>SK seguido de 32 caracteres hexadecimales</translation>
    </message>
    <message>
        <source>API key SID</source>
        <translation>API Key SID</translation>
    </message>
    <message>
        <source>&amp;Secret</source>
        <translation>&amp;Secreto</translation>
    </message>
    <message>
        <source>Paste your Auth Token</source>
        <translation>Pegue su Auth Token</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show or hide the secret while you type it</source>
        <translation>Muestra u oculta el secreto mientras lo escribe</translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation>Mostrar secreto</translation>
    </message>
    <message>
        <source>&amp;From number</source>
        <translation>Número de &amp;origen</translation>
    </message>
    <message>
        <source>+14155550123 (your SMS-capable Twilio number)</source>
        <translation>+14155550123 (su número de Twilio con SMS)</translation>
    </message>
    <message>
        <source>From number</source>
        <translation>Número de origen</translation>
    </message>
    <message>
        <source>&amp;Messaging Service</source>
        <translation>&amp;Messaging Service</translation>
    </message>
    <message>
        <source>Optional: MG followed by 32 hex characters (overrides From)</source>
        <translation>Opcional: MG seguido de 32 caracteres hexadecimales (tiene prioridad sobre el número de origen)</translation>
    </message>
    <message>
        <source>Messaging Service SID</source>
        <translation>Messaging Service SID</translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation>&amp;Destinatario</translation>
    </message>
    <message>
        <source>{{phone}}</source>
        <translation>{{phone}}</translation>
    </message>
    <message>
        <source>Recipient template</source>
        <translation>Plantilla de destinatario</translation>
    </message>
    <message>
        <source>Message &amp;body</source>
        <translation>C&amp;uerpo del mensaje</translation>
    </message>
    <message>
        <source>Hi {{name}}, thanks for your interest. Reply STOP to opt out.</source>
        <translation>Hola, {{name}}: gracias por su interés. Responda STOP para darse de baja.</translation>
    </message>
    <message>
        <source>Message body template</source>
        <translation>Plantilla del cuerpo del mensaje</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>&amp;Región</translation>
    </message>
    <message>
        <source>US</source>
        <translation>US</translation>
    </message>
    <message>
        <source>Default region</source>
        <translation>Región predeterminada</translation>
    </message>
    <message>
        <source>Ra&amp;te</source>
        <translation>Ve&amp;locidad</translation>
    </message>
    <message>
        <source>Messages per second</source>
        <translation>Mensajes por segundo</translation>
    </message>
    <message>
        <source> msg/s</source>
        <translation> msj/s</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>V&amp;erify</source>
        <translation>Veri&amp;ficar</translation>
    </message>
    <message>
        <source>Check the credentials and the sender with Twilio (sends nothing)</source>
        <translation>Comprueba con Twilio las credenciales y el remitente (no envía nada)</translation>
    </message>
    <message>
        <source>Send &amp;Test…</source>
        <translation>Enviar &amp;prueba…</translation>
    </message>
    <message>
        <source>Send one test message to a number you choose</source>
        <translation>Envía un mensaje de prueba al número que usted elija</translation>
    </message>
    <message>
        <source>Mar&amp;keting messages (need HELP wording)</source>
        <translation>Mensa&amp;jes de marketing (requieren el texto HELP)</translation>
    </message>
</context>
<context>
    <name>LeadRails::AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Veces</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última vez</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Confirmar</translation>
    </message>
    <message>
        <source>Show &amp;job</source>
        <translation>Ver &amp;trabajo</translation>
    </message>
    <message>
        <source>No alerts: nothing needs you right now.</source>
        <translation>No hay alertas: ahora mismo nada requiere su atención.</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
</context>
<context>
    <name>LeadRails::AuditLogModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>LeadRails::AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
</context>
<context>
    <name>LeadRails::Cli</name>
    <message>
        <source>Show where this profile keeps its data.</source>
        <translation>Muestra dónde guarda sus datos este perfil.</translation>
    </message>
    <message>
        <source>Read or change this profile&apos;s settings (get, set, list).</source>
        <translation>Lee o cambia la configuración de este perfil (get, set, list).</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>Run &apos;%1 COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Ejecute &apos;%1 ORDEN --help&apos; para ver las opciones de una orden.</translation>
    </message>
    <message>
        <source>LeadRails Desktop from the command line: manage destinations, preview and send messages, and inspect jobs.</source>
        <translation>LeadRails Desktop desde la línea de órdenes: gestione destinos, previsualice y envíe mensajes e inspeccione los trabajos.</translation>
    </message>
    <message>
        <source>The command to run (see the list above).</source>
        <translation>La orden que se ejecutará (vea la lista de arriba).</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>no se indicó ninguna orden.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>orden desconocida &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Imprime un único objeto JSON.</translation>
    </message>
    <message>
        <source>LeadRails Desktop %1</source>
        <translation>LeadRails Desktop %1</translation>
    </message>
    <message>
        <source>Data folder:  %1</source>
        <translation>Carpeta de datos:  %1</translation>
    </message>
    <message>
        <source>Database:     %1</source>
        <translation>Base de datos:     %1</translation>
    </message>
    <message>
        <source>Settings:     %1</source>
        <translation>Configuración:     %1</translation>
    </message>
    <message>
        <source>Logs:         %1</source>
        <translation>Registros:         %1</translation>
    </message>
    <message>
        <source>Secrets:      system keychain, service &quot;%1&quot;</source>
        <translation>Secretos:          llavero del sistema, servicio &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Read or change this profile&apos;s settings.

  get KEY          print the value of KEY
  set KEY VALUE    store VALUE under KEY
  list             print every KEY=VALUE</source>
        <translation>Lee o cambia la configuración de este perfil.

  get CLAVE          imprime el valor de CLAVE
  set CLAVE VALOR    guarda VALOR en CLAVE
  list               imprime cada CLAVE=VALOR</translation>
    </message>
    <message>
        <source>get, set or list</source>
        <translation>get, set o list</translation>
    </message>
    <message>
        <source>say get, set or list.</source>
        <translation>indique get, set o list.</translation>
    </message>
    <message>
        <source>%1: no setting named &apos;%2&apos; in this profile.</source>
        <translation>%1: este perfil no tiene ninguna opción llamada &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1: could not write %2.</source>
        <translation>%1: no se pudo escribir %2.</translation>
    </message>
    <message>
        <source>usage: settings get KEY</source>
        <translation>uso: settings get CLAVE</translation>
    </message>
    <message>
        <source>usage: settings set KEY VALUE</source>
        <translation>uso: settings set CLAVE VALOR</translation>
    </message>
    <message>
        <source>usage: settings list</source>
        <translation>uso: settings list</translation>
    </message>
    <message>
        <source>Render a message for a lead and check it before sending.</source>
        <translation>Genera el mensaje para un contacto y lo comprueba antes de enviarlo.</translation>
    </message>
    <message>
        <source>Render a message for a lead exactly as Twilio would receive it, with its encoding, segments and warnings. Exits 0 when it can be sent, 2 when an error blocks sending.</source>
        <translation>Genera el mensaje para un contacto exactamente como lo recibiría Twilio, con su codificación, sus segmentos y sus advertencias. Sale con 0 si se puede enviar y con 2 si un error impide el envío.</translation>
    </message>
    <message>
        <source>The message body template.</source>
        <translation>La plantilla del cuerpo del mensaje.</translation>
    </message>
    <message>
        <source>template</source>
        <translation>plantilla</translation>
    </message>
    <message>
        <source>The recipient template (default: {{phone}}).</source>
        <translation>La plantilla del destinatario (predeterminada: {{phone}}).</translation>
    </message>
    <message>
        <source>Country for numbers written without a country code (default: US).</source>
        <translation>País de los números escritos sin código de país (predeterminado: US).</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>PAÍS</translation>
    </message>
    <message>
        <source>Read the lead from a JSON file.</source>
        <translation>Lee el contacto de un archivo JSON.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>The lead as a JSON object.</source>
        <translation>El contacto como objeto JSON.</translation>
    </message>
    <message>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <source>Transactional traffic: do not ask for HELP wording.</source>
        <translation>Tráfico transaccional: no exige el texto de ayuda HELP.</translation>
    </message>
    <message>
        <source>--body is required.</source>
        <translation>--body es obligatorio.</translation>
    </message>
    <message>
        <source>give the lead with either --lead FILE or --lead-json JSON.</source>
        <translation>indique el contacto con --lead ARCHIVO o con --lead-json JSON.</translation>
    </message>
    <message>
        <source>--region: &apos;%1&apos; is not a country code; use two letters such as US, GB or DE.</source>
        <translation>--region: &apos;%1&apos; no es un código de país; use dos letras, como US, GB o DE.</translation>
    </message>
    <message>
        <source>To:        %1</source>
        <translation>Para:      %1</translation>
    </message>
    <message>
        <source>Body:      %1</source>
        <translation>Cuerpo:    %1</translation>
    </message>
    <message>
        <source>Segments:  %1</source>
        <translation>Segmentos: %1</translation>
    </message>
    <message>
        <source>error:  </source>
        <translation>error:  </translation>
    </message>
    <message>
        <source>warning:</source>
        <translation>aviso:  </translation>
    </message>
    <message>
        <source>Ready to send.</source>
        <translation>Listo para enviar.</translation>
    </message>
    <message>
        <source>Cannot be sent until the errors above are fixed.</source>
        <translation>No se puede enviar hasta que se corrijan los errores anteriores.</translation>
    </message>
    <message>
        <source>Add, list, show, edit or remove Twilio destinations.</source>
        <translation>Añade, enumera, muestra, edita o elimina destinos de Twilio.</translation>
    </message>
    <message>
        <source>Check a destination&apos;s credentials and sender with Twilio.</source>
        <translation>Comprueba con Twilio las credenciales y el remitente de un destino.</translation>
    </message>
    <message>
        <source>Send a test message through a destination.</source>
        <translation>Envía un mensaje de prueba a través de un destino.</translation>
    </message>
    <message>
        <source>Show a sent message&apos;s delivery status from Twilio.</source>
        <translation>Muestra el estado de entrega en Twilio de un mensaje enviado.</translation>
    </message>
    <message>
        <source>Render a lead for a destination and queue it for sending.</source>
        <translation>Genera el mensaje de un contacto para un destino y lo pone en cola para enviarlo.</translation>
    </message>
    <message>
        <source>List jobs, show one with its attempts, retry, replay or cancel it.</source>
        <translation>Enumera los trabajos, muestra uno con sus intentos, lo reintenta, lo repite o lo cancela.</translation>
    </message>
    <message>
        <source>List alerts or acknowledge one.</source>
        <translation>Enumera las alertas o confirma una.</translation>
    </message>
    <message>
        <source>List, add or remove numbers that must never receive messages.</source>
        <translation>Enumera, añade o quita números que nunca deben recibir mensajes.</translation>
    </message>
    <message>
        <source>Developer tools: fill a profile with sample data (seed).</source>
        <translation>Herramientas para desarrolladores: llena un perfil con datos de ejemplo (seed).</translation>
    </message>
    <message>
        <source>cannot read the secret from standard input.</source>
        <translation>no se puede leer el secreto de la entrada estándar.</translation>
    </message>
    <message>
        <source>Auth Token or API key secret (not shown): </source>
        <translation>Auth Token o secreto de la API Key (no se muestra): </translation>
    </message>
    <message>
        <source>no secret given: pipe the Auth Token (or API key secret) into standard input, or set LEADRAILS_SECRET.</source>
        <translation>no se indicó ningún secreto: pase el Auth Token (o el secreto de la API Key) por la entrada estándar o defina LEADRAILS_SECRET.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Account SID:</source>
        <translation>Account SID:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Autenticación:</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>API Key %1</translation>
    </message>
    <message>
        <source>Auth Token</source>
        <translation>Auth Token</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secreto:</translation>
    </message>
    <message>
        <source>%1 (in the system keychain)</source>
        <translation>%1 (en el llavero del sistema)</translation>
    </message>
    <message>
        <source>Messaging Service:</source>
        <translation>Messaging Service:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Origen:</translation>
    </message>
    <message>
        <source>%1 (not used: the Messaging Service overrides it)</source>
        <translation>%1 (no se usa: el Messaging Service tiene prioridad)</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Destinatario:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Cuerpo:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Región:</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Velocidad:</translation>
    </message>
    <message>
        <source>%1 message(s) per second</source>
        <translation>%1 mensaje(s) por segundo</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>paused: %1</source>
        <translation>en pausa: %1</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>habilitado</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deshabilitado</translation>
    </message>
    <message>
        <source>A unique name for the destination.</source>
        <translation>Un nombre único para el destino.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Your Twilio Account SID (AC…).</source>
        <translation>El Account SID de su cuenta de Twilio (AC…).</translation>
    </message>
    <message>
        <source>Authenticate with this API Key SID (SK…); the secret is then the key&apos;s secret.</source>
        <translation>Autentica con este API Key SID (SK…); el secreto es entonces el secreto de esa API Key.</translation>
    </message>
    <message>
        <source>Authenticate with the Auth Token again (edit: drop the API key).</source>
        <translation>Vuelve a autenticar con el Auth Token (edit: descarta la API Key).</translation>
    </message>
    <message>
        <source>The sending number, E.164 (+14155550123).</source>
        <translation>El número de origen, en formato E.164 (+14155550123).</translation>
    </message>
    <message>
        <source>Send through this Messaging Service (MG…); overrides --from.</source>
        <translation>Envía a través de este Messaging Service (MG…); tiene prioridad sobre --from.</translation>
    </message>
    <message>
        <source>The recipient template (default {{phone}}).</source>
        <translation>La plantilla del destinatario (predeterminada: {{phone}}).</translation>
    </message>
    <message>
        <source>Country for lead numbers without a country code (default US).</source>
        <translation>País de los números de contacto sin código de país (predeterminado: US).</translation>
    </message>
    <message>
        <source>Messages per second (default 1).</source>
        <translation>Mensajes por segundo (predeterminado: 1).</translation>
    </message>
    <message>
        <source>Transactional traffic: HELP wording is not required.</source>
        <translation>Tráfico transaccional: no se exige el texto de ayuda HELP.</translation>
    </message>
    <message>
        <source>Marketing traffic (the default).</source>
        <translation>Tráfico de marketing (predeterminado).</translation>
    </message>
    <message>
        <source>--rate: &apos;%1&apos; is not a number; give messages per second, e.g. 1 or 0.5.</source>
        <translation>--rate: &apos;%1&apos; no es un número; indique los mensajes por segundo, p. ej., 1 o 0.5.</translation>
    </message>
    <message>
        <source>no destination named &apos;%1&apos;. &apos;leadrails-cli destination list&apos; shows them.</source>
        <translation>no hay ningún destino llamado &apos;%1&apos;. &apos;leadrails-cli destination list&apos; los muestra.</translation>
    </message>
    <message>
        <source>cannot read the secret of &apos;%1&apos;: %2</source>
        <translation>no se puede leer el secreto de &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Manage Twilio destinations. Secrets (Auth Token or API key secret) are read from standard input or LEADRAILS_SECRET and stored only in the system keychain.

  add --name N --account-sid AC… [--api-key SK…] (--from +E164 | --messaging-service MG…) --body T
  list                     every destination
  show NAME                one destination (the secret masked)
  edit NAME [options]      change fields (the options of add; --auth-token drops the API key)
  set-secret NAME          replace the secret (standard input)
  remove NAME              delete it and its keychain entry
  resume NAME              resume sending after a pause</source>
        <translation>Gestiona los destinos de Twilio. Los secretos (Auth Token o secreto de la API Key) se leen de la entrada estándar o de LEADRAILS_SECRET y se guardan solo en el llavero del sistema.

  add --name N --account-sid AC… [--api-key SK…] (--from +E164 | --messaging-service MG…) --body T
  list                     todos los destinos
  show NOMBRE              un destino (con el secreto enmascarado)
  edit NOMBRE [opciones]   cambia campos (las opciones de add; --auth-token descarta la API Key)
  set-secret NOMBRE        sustituye el secreto (entrada estándar)
  remove NOMBRE            lo elimina junto con su entrada del llavero
  resume NOMBRE            reanuda los envíos tras una pausa</translation>
    </message>
    <message>
        <source>add, list, show, edit, set-secret, remove or resume</source>
        <translation>add, list, show, edit, set-secret, remove o resume</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprime JSON.</translation>
    </message>
    <message>
        <source>say add, list, show, edit, set-secret, remove or resume.</source>
        <translation>indique add, list, show, edit, set-secret, remove o resume.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs the destination&apos;s name.</source>
        <translation>&apos;%1&apos; necesita el nombre del destino.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>argumento inesperado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No destinations yet. Add one with &apos;leadrails-cli destination add --help&apos;.</source>
        <translation>Todavía no hay destinos. Añada uno con &apos;leadrails-cli destination add --help&apos;.</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>Destination &apos;%1&apos; added; its secret is in the system keychain.</source>
        <translation>Destino &apos;%1&apos; añadido; su secreto está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>aviso: %1: %2</translation>
    </message>
    <message>
        <source>Destination &apos;%1&apos; resumed.</source>
        <translation>Destino &apos;%1&apos; reanudado.</translation>
    </message>
    <message>
        <source>Destination &apos;%1&apos; saved.</source>
        <translation>Destino &apos;%1&apos; guardado.</translation>
    </message>
    <message>
        <source>Secret of &apos;%1&apos; replaced (%2).</source>
        <translation>Secreto de &apos;%1&apos; sustituido (%2).</translation>
    </message>
    <message>
        <source>Destination &apos;%1&apos; removed, and its secret deleted from the keychain.</source>
        <translation>Destino &apos;%1&apos; eliminado, y su secreto borrado del llavero.</translation>
    </message>
    <message>
        <source>Job:</source>
        <translation>Trabajo:</translation>
    </message>
    <message>
        <source> (test)</source>
        <translation> (prueba)</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Destino:</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (eliminado)</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>Segmentos:</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creado:</translation>
    </message>
    <message>
        <source>Last sent:</source>
        <translation>Último envío:</translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation>Finalizado:</translation>
    </message>
    <message>
        <source>Next attempt:</source>
        <translation>Próx. intento:</translation>
    </message>
    <message>
        <source>Next check:</source>
        <translation>Próx. consulta:</translation>
    </message>
    <message>
        <source>Twilio SID:</source>
        <translation>SID de Twilio:</translation>
    </message>
    <message>
        <source>Twilio status:</source>
        <translation>Estado Twilio:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Error:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoría:</translation>
    </message>
    <message>
        <source>Replay of:</source>
        <translation>Repetición de:</translation>
    </message>
    <message>
        <source>Attempts (%1):</source>
        <translation>Intentos (%1):</translation>
    </message>
    <message>
        <source>Render a lead with a destination&apos;s templates and queue it for sending; prints the job&apos;s id. &apos;leadrails-cli run&apos; sends it. Exits 2, queuing nothing, when the message cannot be sent.</source>
        <translation>Genera el mensaje de un contacto con las plantillas de un destino y lo pone en cola para enviarlo; imprime el id del trabajo. &apos;leadrails-cli run&apos; lo envía. Sale con 2, sin poner nada en cola, si el mensaje no se puede enviar.</translation>
    </message>
    <message>
        <source>The destination&apos;s name.</source>
        <translation>El nombre del destino.</translation>
    </message>
    <message>
        <source>Mark the job as a test send.</source>
        <translation>Marca el trabajo como envío de prueba.</translation>
    </message>
    <message>
        <source>Print the job as JSON.</source>
        <translation>Imprime el trabajo como JSON.</translation>
    </message>
    <message>
        <source>give the destination&apos;s name.</source>
        <translation>indique el nombre del destino.</translation>
    </message>
    <message>
        <source>nothing was queued: fix the lead or the destination&apos;s templates first.</source>
        <translation>no se puso nada en cola: corrija antes el contacto o las plantillas del destino.</translation>
    </message>
    <message>
        <source>warning: [%1] %2</source>
        <translation>aviso: [%1] %2</translation>
    </message>
    <message>
        <source>note: %1 is on the suppression list: job %2 was stored as suppressed and will not be sent.</source>
        <translation>nota: %1 está en la lista de exclusión: el trabajo %2 se guardó como excluido y no se enviará.</translation>
    </message>
    <message>
        <source>note: &apos;%1&apos; is %2: the job waits until it is resumed.</source>
        <translation>nota: &apos;%1&apos; está %2: el trabajo espera hasta que se reanude.</translation>
    </message>
    <message>
        <source>list, show, retry, replay or cancel</source>
        <translation>list, show, retry, replay o cancel</translation>
    </message>
    <message>
        <source>Only jobs in these states (comma-separated).</source>
        <translation>Solo los trabajos en estos estados (separados por comas).</translation>
    </message>
    <message>
        <source>Only jobs of this destination.</source>
        <translation>Solo los trabajos de este destino.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>Show at most N jobs (default 50).</source>
        <translation>Muestra como máximo N trabajos (predeterminado: 50).</translation>
    </message>
    <message>
        <source>say list, show, retry, replay or cancel.</source>
        <translation>indique list, show, retry, replay o cancel.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a job id.</source>
        <translation>&apos;%1&apos; necesita un id de trabajo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a job id; ids are whole numbers such as 42.</source>
        <translation>&apos;%1&apos; no es un id de trabajo; los id son números enteros, como 42.</translation>
    </message>
    <message>
        <source>--status: &apos;%1&apos; is not a state; use one of: %2.</source>
        <translation>--status: &apos;%1&apos; no es un estado; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>--limit: &apos;%1&apos; is not a number from 1 to 100000.</source>
        <translation>--limit: &apos;%1&apos; no es un número del 1 al 100000.</translation>
    </message>
    <message>
        <source>--offset: &apos;%1&apos; is not a number of jobs (0 or more).</source>
        <translation>--offset: &apos;%1&apos; no es un número de trabajos (0 o más).</translation>
    </message>
    <message>
        <source>No jobs yet. Queue one with &apos;leadrails-cli enqueue --help&apos;.</source>
        <translation>Todavía no hay trabajos. Ponga uno en cola con &apos;leadrails-cli enqueue --help&apos;.</translation>
    </message>
    <message>
        <source>No jobs match.</source>
        <translation>Ningún trabajo coincide.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREADO</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>DESTINATION</source>
        <translation>DESTINO</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>PARA</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <source>%1 to %2 of %3 job(s).</source>
        <translation>%1 a %2 de %3 trabajo(s).</translation>
    </message>
    <message>
        <source>Job %1 queued again.</source>
        <translation>Trabajo %1 puesto de nuevo en cola.</translation>
    </message>
    <message>
        <source>Job %1 canceled.</source>
        <translation>Trabajo %1 cancelado.</translation>
    </message>
    <message>
        <source>Alerts raised while sending (repeats fold into one).

  list [--all]   open alerts (--all: acknowledged ones too)
  ack ID         acknowledge an alert</source>
        <translation>Alertas generadas durante los envíos (las repeticiones se agrupan en una sola).

  list [--all]   alertas abiertas (--all: también las confirmadas)
  ack ID         confirma una alerta</translation>
    </message>
    <message>
        <source>list or ack</source>
        <translation>list o ack</translation>
    </message>
    <message>
        <source>Include acknowledged alerts.</source>
        <translation>Incluye las alertas confirmadas.</translation>
    </message>
    <message>
        <source>say list or ack.</source>
        <translation>indique list o ack.</translation>
    </message>
    <message>
        <source>&apos;ack&apos; needs an alert id.</source>
        <translation>&apos;ack&apos; necesita un id de alerta.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an alert id.</source>
        <translation>&apos;%1&apos; no es un id de alerta.</translation>
    </message>
    <message>
        <source>Alert %1 acknowledged.</source>
        <translation>Alerta %1 confirmada.</translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation>No hay alertas abiertas.</translation>
    </message>
    <message>
        <source>%1 times, last %2</source>
        <translation>%1 veces, última: %2</translation>
    </message>
    <message>
        <source> (acknowledged)</source>
        <translation> (confirmada)</translation>
    </message>
    <message>
        <source>Numbers that never receive messages (opted out).

  list                          every suppressed number
  add NUMBER [--reason TEXT]    suppress a number (E.164: +14155552671)
  remove NUMBER                 allow messages to it again</source>
        <translation>Números que nunca reciben mensajes (se dieron de baja).

  list                          todos los números excluidos
  add NÚMERO [--reason TEXTO]   excluye un número (E.164: +14155552671)
  remove NÚMERO                 vuelve a permitir que reciba mensajes</translation>
    </message>
    <message>
        <source>list, add or remove</source>
        <translation>list, add o remove</translation>
    </message>
    <message>
        <source>Why the number is suppressed.</source>
        <translation>Por qué se excluye el número.</translation>
    </message>
    <message>
        <source>say list, add or remove.</source>
        <translation>indique list, add o remove.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a phone number.</source>
        <translation>&apos;%1&apos; necesita un número de teléfono.</translation>
    </message>
    <message>
        <source>No suppressed numbers.</source>
        <translation>No hay números excluidos.</translation>
    </message>
    <message>
        <source>%1 suppressed: no message will be sent to it.</source>
        <translation>%1 excluido: no se le enviará ningún mensaje.</translation>
    </message>
    <message>
        <source>%1 is not on the suppression list.</source>
        <translation>%1 no está en la lista de exclusión.</translation>
    </message>
    <message>
        <source>%1 removed from the suppression list.</source>
        <translation>%1 quitado de la lista de exclusión.</translation>
    </message>
    <message>
        <source>Developer tools.

  seed --jobs N [--destinations K] [--days D]
      fill this profile with K sample destinations (paused, without secrets) and N jobs spread over the last D days, across every state and common Twilio errors. For trying the GUI and for benchmarks; do not use it on a profile you send real messages from.</source>
        <translation>Herramientas para desarrolladores.

  seed --jobs N [--destinations K] [--days D]
      llena este perfil con K destinos de ejemplo (en pausa, sin secretos) y N trabajos repartidos en los últimos D días, con todos los estados y los errores de Twilio más habituales. Sirve para probar la interfaz gráfica y para medir el rendimiento; no lo use en un perfil desde el que envíe mensajes reales.</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <source>How many jobs to add.</source>
        <translation>Cuántos trabajos se añaden.</translation>
    </message>
    <message>
        <source>How many sample destinations (default 3).</source>
        <translation>Cuántos destinos de ejemplo (predeterminado: 3).</translation>
    </message>
    <message>
        <source>Spread the jobs over this many days (default 60).</source>
        <translation>Reparte los trabajos en este número de días (predeterminado: 60).</translation>
    </message>
    <message>
        <source>Random seed, for the same data again (default 1).</source>
        <translation>Semilla aleatoria, para volver a obtener los mismos datos (predeterminada: 1).</translation>
    </message>
    <message>
        <source>say seed.</source>
        <translation>indique seed.</translation>
    </message>
    <message>
        <source>--jobs is required.</source>
        <translation>--jobs es obligatorio.</translation>
    </message>
    <message>
        <source>--jobs: &apos;%1&apos; is not a number from 0 to 100000000.</source>
        <translation>--jobs: &apos;%1&apos; no es un número del 0 al 100000000.</translation>
    </message>
    <message>
        <source>--destinations: &apos;%1&apos; is not a number from 1 to 1000.</source>
        <translation>--destinations: &apos;%1&apos; no es un número del 1 al 1000.</translation>
    </message>
    <message>
        <source>--days: &apos;%1&apos; is not a number from 1 to 3650.</source>
        <translation>--days: &apos;%1&apos; no es un número del 1 al 3650.</translation>
    </message>
    <message>
        <source>--seed: &apos;%1&apos; is not a whole number.</source>
        <translation>--seed: &apos;%1&apos; no es un número entero.</translation>
    </message>
    <message>
        <source>seeding stopped after %1 job(s): %2</source>
        <translation>la generación de datos de ejemplo se detuvo tras %1 trabajo(s): %2</translation>
    </message>
    <message>
        <source>Added %1 job(s) (%2 attempts) across %3 sample destination(s) in %4 s.</source>
        <translation>Se añadieron %1 trabajo(s) (%2 intentos) en %3 destino(s) de ejemplo en %4 s.</translation>
    </message>
    <message>
        <source>Send queued jobs through their destinations, reconcile interrupted sends with Twilio and follow delivery, until interrupted (Ctrl+C stops after the requests in flight have answered; a second Ctrl+C stops at once, and the next run reconciles what was cut off).
The pace, retries and polling come from the profile&apos;s dispatcher/* settings.</source>
        <translation>Envía los trabajos en cola a través de sus destinos, concilia con Twilio los envíos interrumpidos y sigue la entrega, hasta que se interrumpa (Ctrl+C detiene la ejecución cuando han respondido las solicitudes en curso; un segundo Ctrl+C la detiene de inmediato, y la siguiente ejecución concilia lo que quedó a medias).
El ritmo, los reintentos y las consultas de estado se toman de la configuración dispatcher/* del perfil.</translation>
    </message>
    <message>
        <source>Return once nothing is queued, waiting to retry, being reconciled or being polled. Exits 1 when jobs are left waiting for a paused or disabled destination.</source>
        <translation>Termina cuando no queda nada en cola, a la espera de reintento, en conciliación ni en consulta de estado. Sale con 1 si quedan trabajos esperando a un destino en pausa o deshabilitado.</translation>
    </message>
    <message>
        <source>run takes no arguments.</source>
        <translation>run no admite argumentos.</translation>
    </message>
    <message>
        <source>destination &apos;%1&apos; paused: %2</source>
        <translation>destino &apos;%1&apos; en pausa: %2</translation>
    </message>
    <message>
        <source>Destination &apos;%1&apos; resumed: its secret was replaced.</source>
        <translation>Destino &apos;%1&apos; reanudado: se sustituyó su secreto.</translation>
    </message>
    <message>
        <source>Stopping after the requests in flight…</source>
        <translation>Deteniendo cuando terminen las solicitudes en curso…</translation>
    </message>
    <message>
        <source>Jobs: %1</source>
        <translation>Trabajos: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) cannot go on until their destination is resumed or fixed: %1. Resume with &apos;leadrails-cli destination resume NAME&apos;.</source>
        <translation>
            <numerusform>%n trabajo no puede continuar hasta que se reanude o se corrija su destino: %1. Reanúdelo con &apos;leadrails-cli destination resume NOMBRE&apos;.</numerusform>
            <numerusform>%n trabajos no pueden continuar hasta que se reanuden o se corrijan sus destinos: %1. Reanúdelos con &apos;leadrails-cli destination resume NOMBRE&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <source>its secret cannot be read</source>
        <translation>no se puede leer su secreto</translation>
    </message>
    <message>
        <source>Twilio error %1: %2
  %3
  Fix: %4
  %5</source>
        <translation>Error %1 de Twilio: %2
  %3
  Solución: %4
  %5</translation>
    </message>
    <message>
        <source>  The message may or may not have been created: do not resend before checking Twilio&apos;s message log (or &apos;leadrails-cli status&apos;).</source>
        <translation>  Puede que el mensaje se haya creado o no: no lo reenvíe sin antes consultar el registro de mensajes de Twilio (o &apos;leadrails-cli status&apos;).</translation>
    </message>
    <message>
        <source>  Nothing was sent; try again later.</source>
        <translation>  No se envió nada; vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Check with Twilio that a destination&apos;s credentials work and that its From number or Messaging Service can send. Sends nothing.</source>
        <translation>Comprueba con Twilio que las credenciales de un destino funcionan y que su número de origen o su Messaging Service pueden enviar. No envía nada.</translation>
    </message>
    <message>
        <source>The destination.</source>
        <translation>El destino.</translation>
    </message>
    <message>
        <source>       Fix: %1</source>
        <translation>       Solución: %1</translation>
    </message>
    <message>
        <source>Verified.</source>
        <translation>Verificado.</translation>
    </message>
    <message>
        <source>Verification failed.</source>
        <translation>La verificación falló.</translation>
    </message>
    <message>
        <source>Send one test message through a destination, to a number you choose (the sample lead otherwise unchanged) or for a lead from a file, and show what Twilio answered.</source>
        <translation>Envía un mensaje de prueba a través de un destino, a un número que usted elija (con el contacto de ejemplo sin más cambios) o para un contacto de un archivo, y muestra lo que respondió Twilio.</translation>
    </message>
    <message>
        <source>Send the sample lead to this number.</source>
        <translation>Envía el contacto de ejemplo a este número.</translation>
    </message>
    <message>
        <source>Send for the lead in this JSON file.</source>
        <translation>Envía el mensaje del contacto de este archivo JSON.</translation>
    </message>
    <message>
        <source>give the recipient with either --to +E164 or --lead FILE.</source>
        <translation>indique el destinatario con --to +E164 o con --lead ARCHIVO.</translation>
    </message>
    <message>
        <source>nothing was sent.</source>
        <translation>no se envió nada.</translation>
    </message>
    <message>
        <source>Sent to %1: %2 (%3). Twilio status: %4.</source>
        <translation>Enviado a %1: %2 (%3). Estado en Twilio: %4.</translation>
    </message>
    <message>
        <source>not sent to %1.</source>
        <translation>no se envió a %1.</translation>
    </message>
    <message>
        <source>%1 is on the suppression list (it opted out): nothing was sent.</source>
        <translation>%1 está en la lista de exclusión (se dio de baja): no se envió nada.</translation>
    </message>
    <message>
        <source>nothing was sent: %1</source>
        <translation>no se envió nada: %1</translation>
    </message>
    <message>
        <source>Ask Twilio for a message&apos;s delivery status.</source>
        <translation>Consulta a Twilio el estado de entrega de un mensaje.</translation>
    </message>
    <message>
        <source>The destination that sent it.</source>
        <translation>El destino que lo envió.</translation>
    </message>
    <message>
        <source>The message SID (SM…).</source>
        <translation>El SID del mensaje (SM…).</translation>
    </message>
    <message>
        <source>give the destination&apos;s name and the message SID.</source>
        <translation>indique el nombre del destino y el SID del mensaje.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a message SID: it starts with SM (or MM) followed by 32 hex characters.</source>
        <translation>&apos;%1&apos; no es un SID de mensaje: empieza por SM (o MM) seguido de 32 caracteres hexadecimales.</translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <translation>%1 a %2: %3</translation>
    </message>
    <message>
        <source>Twilio error %1: %2
  %3
  Fix: %4</source>
        <translation>Error %1 de Twilio: %2
  %3
  Solución: %4</translation>
    </message>
    <message>
        <source>could not get the status of %1.</source>
        <translation>no se pudo obtener el estado de %1.</translation>
    </message>
    <message>
        <source>Send queued jobs and follow their delivery (--until-idle: until done).</source>
        <translation>Envía los trabajos en cola y sigue su entrega (--until-idle: hasta terminar).</translation>
    </message>
    <message>
        <source>Only jobs whose body has these words (or words beginning with them), whose recipient contains these digits, or whose Twilio SID contains this text.</source>
        <translation>Solo los trabajos cuyo texto tiene estas palabras (o palabras que empiezan por ellas), cuyo destinatario contiene estas cifras o cuyo SID de Twilio contiene este texto.</translation>
    </message>
    <message>
        <source>Skip the first N matches.</source>
        <translation>Omite las N primeras coincidencias.</translation>
    </message>
    <message>
        <source>newest (the default), oldest, or status: waiting, in flight, delivered, then the other outcomes, newest first within each.</source>
        <translation>newest (por defecto), oldest o status: en espera, en curso, entregados y luego los demás resultados, los más recientes primero dentro de cada uno.</translation>
    </message>
    <message>
        <source>order</source>
        <translation>orden</translation>
    </message>
    <message>
        <source>--sort: &apos;%1&apos; is not an order; use newest, oldest or status.</source>
        <translation>--sort: «%1» no es un orden; usa newest, oldest o status.</translation>
    </message>
    <message>
        <source>Use &lt;language&gt; (e.g. es) instead of the system language or LEADRAILS_LANG.</source>
        <translation>Usa &lt;idioma&gt; (p. ej. es) en lugar del idioma del sistema o de LEADRAILS_LANG.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>Inspect and act on jobs (one job per message sent or to be sent).

  list [--status S[,S…]] [--destination NAME] [--search TEXT] [--sort ORDER] [--limit N]
       [--offset N]   newest first, unless --sort says oldest or status
  show ID             one job with every HTTP attempt
  retry ID...         send failed, undelivered or dead jobs again
  replay ID           queue a new job with the same lead and text
  cancel ID...        cancel jobs that have not been sent yet

Several ids are retried or canceled together: the jobs whose state allows it change, the others
are skipped and counted in the one-line summary. Exit 0 when any changed, 2 when none could.

States: %1</source>
        <translation>Inspecciona los trabajos y actúa sobre ellos (un trabajo por cada mensaje enviado o por enviar).

  list [--status E[,E…]] [--destination NOMBRE] [--search TEXTO] [--sort ORDEN] [--limit N]
       [--offset N]   los más recientes primero, salvo que --sort pida oldest o status
  show ID             un trabajo con todos sus intentos HTTP
  retry ID...         vuelve a enviar trabajos fallidos, no entregados o abandonados
  replay ID           pone en cola un trabajo nuevo con el mismo contacto y el mismo texto
  cancel ID...        cancela trabajos que aún no se han enviado

Varios ids se reintentan o cancelan juntos: cambian los trabajos cuyo estado lo permite; los demás
se omiten y se cuentan en el resumen de una línea. Sale con 0 si alguno cambió y con 2 si ninguno pudo.

Estados: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one job id.</source>
        <translation>&apos;%1&apos; admite un solo id de trabajo.</translation>
    </message>
</context>
<context>
    <name>LeadRails::CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Muestra esta ayuda y sale.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Muestra la versión y sale.</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; to see the options.
</source>
        <translation>Ejecute &apos;%1 --help&apos; para ver las opciones.
</translation>
    </message>
</context>
<context>
    <name>LeadRails::Database</name>
    <message>
        <source>The folder %1 for the database does not exist.</source>
        <translation>La carpeta %1 de la base de datos no existe.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file. Move it aside or choose another data folder with --data-dir.</source>
        <translation>%1 es una carpeta, no un archivo de base de datos. Muévala a otro lugar o elija otra carpeta de datos con --data-dir.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read. Check its permissions.</source>
        <translation>No se puede leer la base de datos %1. Revise sus permisos.</translation>
    </message>
    <message>
        <source>%1 is not a LeadRails database (it is not an SQLite file). Move it aside so LeadRails can create a new one, or choose another data folder with --data-dir.</source>
        <translation>%1 no es una base de datos de LeadRails (no es un archivo SQLite). Muévalo a otro lugar para que LeadRails pueda crear uno nuevo, o elija otra carpeta de datos con --data-dir.</translation>
    </message>
    <message>
        <source>The database %1 is read-only. LeadRails needs to write to it: check the file&apos;s permissions.</source>
        <translation>La base de datos %1 es de solo lectura. LeadRails necesita escribir en ella: revise los permisos del archivo.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only. LeadRails needs to write its database there: check the folder&apos;s permissions or choose another data folder with --data-dir.</source>
        <translation>La carpeta %1 es de solo lectura. LeadRails necesita escribir en ella su base de datos: revise los permisos de la carpeta o elija otra carpeta de datos con --data-dir.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing (QSQLITE). Reinstall LeadRails.</source>
        <translation>Falta el controlador SQLite de Qt (QSQLITE). Vuelva a instalar LeadRails.</translation>
    </message>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation>No se pudo abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of LeadRails (database version %2; this version knows up to %3). Update LeadRails to open it.</source>
        <translation>La base de datos %1 la escribió una versión más reciente de LeadRails (versión de base de datos %2; esta versión admite hasta la %3). Actualice LeadRails para abrirla.</translation>
    </message>
    <message>
        <source>Could not upgrade the database %1 to version %2 (%3): %4</source>
        <translation>No se pudo actualizar la base de datos %1 a la versión %2 (%3): %4</translation>
    </message>
    <message>
        <source>The database is read-only. Check the permissions of the data folder and its files.</source>
        <translation>La base de datos es de solo lectura. Revise los permisos de la carpeta de datos y de sus archivos.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not an SQLite database (%1). Move it aside so LeadRails can create a new one, or restore it from a backup.</source>
        <translation>El archivo de la base de datos está dañado o no es una base de datos SQLite (%1). Muévalo a otro lugar para que LeadRails pueda crear uno nuevo, o restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The database is busy: another LeadRails program is writing to it. Try again in a moment.</source>
        <translation>La base de datos está ocupada: otro programa de LeadRails está escribiendo en ella. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The disk holding the database is full. Free some space and try again.</source>
        <translation>El disco que contiene la base de datos está lleno. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>La base de datos rechazó el cambio: %1</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>La base de datos informó de un error: %1</translation>
    </message>
</context>
<context>
    <name>LeadRails::DestinationEditor</name>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Hi {{name}}, thanks for your interest. We&apos;ll reach out at {{email}}. Reply STOP to opt out, HELP for help.</source>
        <translation>Hola, {{name}}: gracias por su interés. Nos pondremos en contacto con usted en {{email}}. Responda STOP para darse de baja o HELP para obtener ayuda.</translation>
    </message>
    <message>
        <source>API key &amp;secret</source>
        <translation>&amp;Secreto de la API Key</translation>
    </message>
    <message>
        <source>Auth &amp;Token</source>
        <translation>Auth &amp;Token</translation>
    </message>
    <message>
        <source>Stored (%1). Type a new one to replace it.</source>
        <translation>Guardado (%1). Escriba uno nuevo para sustituirlo.</translation>
    </message>
    <message>
        <source>Paste the API key&apos;s secret</source>
        <translation>Pegue el secreto de la API Key</translation>
    </message>
    <message>
        <source>Paste your Auth Token from the Twilio Console</source>
        <translation>Pegue su Auth Token de Twilio Console</translation>
    </message>
    <message>
        <source>Kept only in %1, never in LeadRails&apos;s files or logs.</source>
        <translation>Se guarda solo en %1, nunca en los archivos ni en los registros de LeadRails.</translation>
    </message>
    <message numerus="yes">
        <source>Fix the fields marked in red first (%n left).</source>
        <translation>
            <numerusform>Corrija antes el campo marcado en rojo (queda %n).</numerusform>
            <numerusform>Corrija antes los campos marcados en rojo (quedan %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved. The secret is in %1.</source>
        <translation>Guardado. El secreto está en %1.</translation>
    </message>
    <message>
        <source>Delete destination</source>
        <translation>Eliminar destino</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and remove its secret from the keychain? Messages already sent stay in the log.</source>
        <translation>¿Desea eliminar &quot;%1&quot; y quitar su secreto del llavero? Los mensajes ya enviados se conservan en el registro.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>LeadRails::DestinationStore</name>
    <message>
        <source>This destination no longer exists (it may have been removed in another window).</source>
        <translation>Este destino ya no existe (puede que se haya eliminado en otra ventana).</translation>
    </message>
    <message>
        <source>A destination named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Ya existe un destino llamado &quot;%1&quot;. Elija otro nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; still has jobs that are queued, being sent or awaiting their delivery status. Cancel the queued ones in the jobs list, or wait until they finish, then remove it. Its finished jobs are kept either way.</source>
        <translation>&quot;%1&quot; todavía tiene trabajos en cola, en envío o a la espera de su estado de entrega. Cancele los que están en cola en la lista de trabajos, o espere a que terminen, y después elimínelo. Sus trabajos finalizados se conservan en cualquier caso.</translation>
    </message>
    <message>
        <source>The destination was removed, but its secret could not be deleted from the keychain: %1 You can delete the entry &quot;%2&quot; yourself.</source>
        <translation>Se eliminó el destino, pero su secreto no se pudo borrar del llavero: %1 Puede borrar usted mismo la entrada &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>LeadRails::DestinationValidator</name>
    <message>
        <source>an Account SID (AC…)</source>
        <translation>un Account SID (AC…)</translation>
    </message>
    <message>
        <source>Your Account SID is on the Twilio Console dashboard.</source>
        <translation>Su Account SID aparece en el panel de Twilio Console.</translation>
    </message>
    <message>
        <source>Enter the Account SID (AC followed by 32 characters). It is on the Twilio Console dashboard.</source>
        <translation>Introduzca el Account SID (AC seguido de 32 caracteres). Aparece en el panel de Twilio Console.</translation>
    </message>
    <message>
        <source>An Account SID is 34 characters long (AC and 32 hexadecimal digits); this one has %1.</source>
        <translation>Un Account SID tiene 34 caracteres (AC y 32 dígitos hexadecimales); este tiene %1.</translation>
    </message>
    <message>
        <source>After AC, an Account SID has only the digits 0-9 and the letters a-f; &quot;%1&quot; is not one of them.</source>
        <translation>Después de AC, un Account SID solo contiene los dígitos 0-9 y las letras a-f; &quot;%1&quot; no es uno de ellos.</translation>
    </message>
    <message>
        <source>an API Key SID (SK…)</source>
        <translation>un API Key SID (SK…)</translation>
    </message>
    <message>
        <source>API Key SIDs are listed in the Twilio Console under Account &gt; API keys &amp; tokens.</source>
        <translation>Los API Key SID aparecen en Twilio Console, en Account &gt; API keys &amp; tokens.</translation>
    </message>
    <message>
        <source>Enter the API Key SID (SK followed by 32 characters). API keys are listed in the Twilio Console under Account &gt; API keys &amp; tokens.</source>
        <translation>Introduzca el API Key SID (SK seguido de 32 caracteres). Las API Keys aparecen en Twilio Console, en Account &gt; API keys &amp; tokens.</translation>
    </message>
    <message>
        <source>An API Key SID is 34 characters long (SK and 32 hexadecimal digits); this one has %1.</source>
        <translation>Un API Key SID tiene 34 caracteres (SK y 32 dígitos hexadecimales); este tiene %1.</translation>
    </message>
    <message>
        <source>After SK, an API Key SID has only the digits 0-9 and the letters a-f; &quot;%1&quot; is not one of them.</source>
        <translation>Después de SK, un API Key SID solo contiene los dígitos 0-9 y las letras a-f; &quot;%1&quot; no es uno de ellos.</translation>
    </message>
    <message>
        <source>a Messaging Service SID (MG…)</source>
        <translation>un Messaging Service SID (MG…)</translation>
    </message>
    <message>
        <source>Messaging Service SIDs are listed in the Twilio Console under Messaging &gt; Services.</source>
        <translation>Los Messaging Service SID aparecen en Twilio Console, en Messaging &gt; Services.</translation>
    </message>
    <message>
        <source>A Messaging Service SID is 34 characters long (MG and 32 hexadecimal digits); this one has %1.</source>
        <translation>Un Messaging Service SID tiene 34 caracteres (MG y 32 dígitos hexadecimales); este tiene %1.</translation>
    </message>
    <message>
        <source>After MG, a Messaging Service SID has only the digits 0-9 and the letters a-f; &quot;%1&quot; is not one of them.</source>
        <translation>Después de MG, un Messaging Service SID solo contiene los dígitos 0-9 y las letras a-f; &quot;%1&quot; no es uno de ellos.</translation>
    </message>
    <message>
        <source>a phone number SID (PN…)</source>
        <translation>un SID de número de teléfono (PN…)</translation>
    </message>
    <message>
        <source>a message SID (SM…)</source>
        <translation>un SID de mensaje (SM…)</translation>
    </message>
    <message>
        <source>a message SID (MM…)</source>
        <translation>un SID de mensaje (MM…)</translation>
    </message>
    <message>
        <source>This is %1, not %2.</source>
        <translation>Esto es %1, no %2.</translation>
    </message>
    <message>
        <source>This looks like a secret (an Auth Token has 32 characters and no prefix), not %1. %2</source>
        <translation>Esto parece un secreto (un Auth Token tiene 32 caracteres y ningún prefijo), no %1. %2</translation>
    </message>
    <message>
        <source>This is not %1: it must start with %2. %3</source>
        <translation>Esto no es %1: debe empezar por %2. %3</translation>
    </message>
    <message>
        <source>SIDs are case-sensitive: write the prefix as &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>Los SID distinguen mayúsculas de minúsculas: escriba el prefijo como &quot;%1&quot;, no como &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Enter a name for this destination.</source>
        <translation>Introduzca un nombre para este destino.</translation>
    </message>
    <message>
        <source>The name is too long (%1 characters; at most %2).</source>
        <translation>El nombre es demasiado largo (%1 caracteres; como máximo %2).</translation>
    </message>
    <message>
        <source>Enter the recipient template: where the lead&apos;s phone number is, e.g. {{phone}}.</source>
        <translation>Introduzca la plantilla de destinatario: dónde está el número de teléfono del contacto, p. ej., {{phone}}.</translation>
    </message>
    <message>
        <source>Enter the message body.</source>
        <translation>Introduzca el cuerpo del mensaje.</translation>
    </message>
    <message>
        <source>Enter the default region: a two-letter country code such as US or GB.</source>
        <translation>Introduzca la región predeterminada: un código de país de dos letras, como US o GB.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known region. Use a two-letter country code such as US or GB.</source>
        <translation>&quot;%1&quot; no es una región conocida. Use un código de país de dos letras, como US o GB.</translation>
    </message>
    <message>
        <source>The sending rate must be between %1 and %2 messages per second.</source>
        <translation>La velocidad de envío debe estar entre %1 y %2 mensajes por segundo.</translation>
    </message>
</context>
<context>
    <name>LeadRails::DestinationsPage</name>
    <message>
        <source>&amp;New destination</source>
        <translation>&amp;Nuevo destino</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinos</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Verify checks the credentials and the sender with Twilio without sending anything.</source>
        <translation>Verificar comprueba con Twilio las credenciales y el remitente sin enviar nada.</translation>
    </message>
    <message>
        <source>Verify results</source>
        <translation>Resultados de la verificación</translation>
    </message>
    <message>
        <source>Checking the account with Twilio…</source>
        <translation>Comprobando la cuenta con Twilio…</translation>
    </message>
    <message>
        <source>Checking the sender with Twilio…</source>
        <translation>Comprobando el remitente con Twilio…</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Solución: %1</translation>
    </message>
    <message>
        <source>Verified: this destination can send.</source>
        <translation>Verificado: este destino puede enviar.</translation>
    </message>
    <message>
        <source>Verification failed: see what to fix below.</source>
        <translation>La verificación falló: vea abajo lo que debe corregir.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The destination has changes that are not saved. Save them?</source>
        <translation>El destino tiene cambios sin guardar. ¿Desea guardarlos?</translation>
    </message>
    <message>
        <source>Fix the fields marked in red before saving.</source>
        <translation>Corrija los campos marcados en rojo antes de guardar.</translation>
    </message>
    <message>
        <source>Enter the Auth Token (or API key secret) first.</source>
        <translation>Introduzca antes el Auth Token (o el secreto de la API Key).</translation>
    </message>
    <message>
        <source>Fill in the Account SID and a From number or Messaging Service first.</source>
        <translation>Rellene antes el Account SID y un número de origen o un Messaging Service.</translation>
    </message>
    <message>
        <source>Reading the secret from the keychain…</source>
        <translation>Leyendo el secreto del llavero…</translation>
    </message>
    <message>
        <source>Fix the fields marked in red before sending a test.</source>
        <translation>Corrija los campos marcados en rojo antes de enviar una prueba.</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Enviar un mensaje de prueba</translation>
    </message>
    <message>
        <source>Send the sample lead&apos;s message (%1) to this number (E.164, e.g. +14155552671):</source>
        <translation>Enviar el mensaje del contacto de ejemplo (%1) a este número (E.164, p. ej., +14155552671):</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Test job %1 to %2: %3</source>
        <translation>Trabajo de prueba %1 a %2: %3</translation>
    </message>
    <message>
        <source>Not sent: the destination could not be saved. %1</source>
        <translation>No se ha enviado: no se pudo guardar el destino. %1</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (en pausa)</translation>
    </message>
    <message>
        <source>%1
Paused: %2</source>
        <translation>%1
En pausa: %2</translation>
    </message>
    <message>
        <source>Your changes to this destination are saved first.</source>
        <translation>Antes se guardan tus cambios en este destino.</translation>
    </message>
    <message>
        <source>Saving the destination before sending the test…</source>
        <translation>Guardando el destino antes de enviar la prueba…</translation>
    </message>
    <message>
        <source>Show job %1 in Jobs</source>
        <translation>Ver el trabajo %1 en Trabajos</translation>
    </message>
    <message>
        <source>Test job %1 no longer exists.</source>
        <translation>El trabajo de prueba %1 ya no existe.</translation>
    </message>
    <message>
        <source>This window cannot send it now: %1</source>
        <translation>Esta ventana no puede enviarlo ahora: %1</translation>
    </message>
    <message>
        <source>Waiting for the sender… Nothing has picked this test up yet. Is LeadRails open in another window, or `leadrails-cli run` running for this profile? The test stays queued and goes out as soon as one of them runs.</source>
        <translation>Esperando al remitente… Nadie ha recogido aún esta prueba. ¿Está LeadRails abierto en otra ventana, o `leadrails-cli run` en marcha para este perfil? La prueba sigue en cola y sale en cuanto uno de ellos funcione.</translation>
    </message>
</context>
<context>
    <name>LeadRails::DevSeed</name>
    <message>
        <source>Sample data from &apos;dev seed&apos;: it has no secret, so nothing is sent through it.</source>
        <translation>Datos de ejemplo de &apos;dev seed&apos;: no tiene secreto, así que no se envía nada a través de él.</translation>
    </message>
    <message>
        <source>Seeding needs a number of jobs (0 or more), at least one destination and one day.</source>
        <translation>Para generar datos de ejemplo se necesita un número de trabajos (0 o más), al menos un destino y un día.</translation>
    </message>
    <message>
        <source>Replied STOP (Twilio error 21610).</source>
        <translation>Respondió STOP (error 21610 de Twilio).</translation>
    </message>
    <message>
        <source>Asked not to be contacted (sample entry).</source>
        <translation>Pidió que no se le contactara (entrada de ejemplo).</translation>
    </message>
    <message>
        <source>No answer from Twilio within 30 seconds; the request may have arrived.</source>
        <translation>Twilio no respondió en 30 segundos; puede que la solicitud haya llegado.</translation>
    </message>
    <message>
        <source>HTTP 503 Service Unavailable</source>
        <translation>HTTP 503 Service Unavailable</translation>
    </message>
    <message>
        <source>The recipient is on the suppression list (they opted out), so it was not sent.</source>
        <translation>El destinatario está en la lista de exclusión (se dio de baja), así que no se envió.</translation>
    </message>
    <message numerus="yes">
        <source>Carriers filtered %n message(s) from &quot;%1&quot; (30007/30034). Register the sender for 10DLC (A2P brand and campaign) in Twilio Console, then send again.</source>
        <translation>
            <numerusform>Los operadores filtraron %n mensaje de &quot;%1&quot; (30007/30034). Registre el remitente para 10DLC (marca y campaña A2P) en Twilio Console y vuelva a enviar.</numerusform>
            <numerusform>Los operadores filtraron %n mensajes de &quot;%1&quot; (30007/30034). Registre el remitente para 10DLC (marca y campaña A2P) en Twilio Console y vuelva a enviar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Twilio refused the credentials of &quot;%1&quot;; its queue was paused.</source>
        <translation>Twilio rechazó las credenciales de &quot;%1&quot;; su cola se puso en pausa.</translation>
    </message>
</context>
<context>
    <name>LeadRails::Dispatcher</name>
    <message>
        <source>Twilio refused this destination&apos;s credentials (authentication failed).</source>
        <translation>Twilio rechazó las credenciales de este destino (error de autenticación).</translation>
    </message>
    <message>
        <source>The destination &quot;%1&quot; is disabled.</source>
        <translation>El destino &quot;%1&quot; está deshabilitado.</translation>
    </message>
    <message>
        <source>The destination &quot;%1&quot; is paused: %2</source>
        <translation>El destino &quot;%1&quot; está en pausa: %2</translation>
    </message>
    <message>
        <source>paused by the user.</source>
        <translation>pausado por el usuario.</translation>
    </message>
    <message>
        <source>The secret of &quot;%1&quot; cannot be read: %2</source>
        <translation>No se puede leer el secreto de &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Nothing can be sent through &quot;%1&quot;: its secret cannot be read from the system keychain. %2 Sending resumes once it can be read.</source>
        <translation>No se puede enviar nada a través de &quot;%1&quot;: su secreto no se puede leer del llavero del sistema. %2 Los envíos se reanudarán en cuanto se pueda leer.</translation>
    </message>
    <message>
        <source>The destination of this job no longer exists.</source>
        <translation>El destino de este trabajo ya no existe.</translation>
    </message>
    <message>
        <source>%1 is on the suppression list: nothing was sent.</source>
        <translation>%1 está en la lista de exclusión: no se envió nada.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not send to %2. %3 %4 Fix: %5</source>
        <translation>&quot;%1&quot; no pudo enviar a %2. %3 %4 Solución: %5</translation>
    </message>
    <message>
        <source>A message to %1 through &quot;%2&quot; was given up after %3 attempts: %4 Retry it from the jobs list once the problem is solved.</source>
        <translation>Se abandonó un mensaje a %1 a través de &quot;%2&quot; tras %3 intentos: %4 Reinténtelo desde la lista de trabajos cuando se haya resuelto el problema.</translation>
    </message>
    <message>
        <source>Twilio has no record of this message, so it was queued to be sent again.</source>
        <translation>Twilio no tiene constancia de este mensaje, así que se puso de nuevo en cola para enviarlo.</translation>
    </message>
    <message>
        <source>The message was canceled at Twilio before it was sent.</source>
        <translation>El mensaje se canceló en Twilio antes de enviarse.</translation>
    </message>
    <message>
        <source>Twilio error %1: %2. %3 Fix: %4</source>
        <translation>Error %1 de Twilio: %2. %3 Solución: %4</translation>
    </message>
    <message>
        <source>A message from &quot;%1&quot; to %2 was not delivered (%3). %4</source>
        <translation>Un mensaje de &quot;%1&quot; a %2 no se entregó (%3). %4</translation>
    </message>
    <message>
        <source>Twilio had not reported the delivery %1 after sending; LeadRails stopped asking (last status: %2).</source>
        <translation>Twilio no había informado de la entrega %1 después del envío; LeadRails dejó de consultarlo (último estado: %2).</translation>
    </message>
    <message>
        <source>The delivery status cannot be read from Twilio: %1</source>
        <translation>No se puede obtener de Twilio el estado de entrega: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Twilio refused the credentials of &quot;%1&quot; (%2). Sending through it is paused: replace its Auth Token or API key secret and it resumes by itself, or resume it once the account is fixed.</source>
        <translation>Twilio rechazó las credenciales de &quot;%1&quot; (%2). Los envíos a través de este destino están en pausa: sustituya su Auth Token o el secreto de su API Key y se reanudarán automáticamente, o reanúdelos cuando se haya resuelto el problema de la cuenta.</translation>
    </message>
</context>
<context>
    <name>LeadRails::DispatcherHost</name>
    <message>
        <source>Another LeadRails program (%1, process %2) is already sending for this profile; close it first.</source>
        <translation>Otro programa de LeadRails (%1, proceso %2) ya está enviando para este perfil; ciérrelo primero.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>LeadRails::HttpTransport</name>
    <message>
        <source>LeadRails is not installed completely (%1 is missing). Reinstall LeadRails.</source>
        <translation>LeadRails no está instalado por completo (falta %1). Vuelva a instalar LeadRails.</translation>
    </message>
</context>
<context>
    <name>LeadRails::JobCsvExporter</name>
    <message>
        <source>The folder %1 does not exist. Choose another place for the export.</source>
        <translation>La carpeta %1 no existe. Elige otro lugar para la exportación.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only. Choose a folder you can write to for the export.</source>
        <translation>La carpeta %1 es de solo lectura. Elige una carpeta en la que puedas escribir para la exportación.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>LeadRails::JobListModel</name>
    <message>
        <source>%1 (test)</source>
        <translation>%1 (prueba)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Twilio SID</source>
        <translation>SID de Twilio</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>LeadRails::JobState</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Sent to Twilio</source>
        <translation>Enviado a Twilio</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Undelivered</source>
        <translation>No entregado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>En espera de reintento</translation>
    </message>
    <message>
        <source>Gave up (dead letter)</source>
        <translation>Abandonado (sin más intentos)</translation>
    </message>
    <message>
        <source>Suppressed (opted out)</source>
        <translation>Excluido (dado de baja)</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Checking with Twilio</source>
        <translation>Comprobando con Twilio</translation>
    </message>
</context>
<context>
    <name>LeadRails::JobStore</name>
    <message>
        <source>There is no job %1.</source>
        <translation>No existe el trabajo %1.</translation>
    </message>
    <message>
        <source>Job %1 changed while it was being updated. Try again.</source>
        <translation>El trabajo %1 cambió mientras se actualizaba. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The destination &quot;%1&quot; no longer exists (it may have been removed in another window).</source>
        <translation>El destino &quot;%1&quot; ya no existe (puede que se haya eliminado en otra ventana).</translation>
    </message>
    <message>
        <source>The recipient is on the suppression list (they opted out), so it was not sent.</source>
        <translation>El destinatario está en la lista de exclusión (se dio de baja), así que no se envió.</translation>
    </message>
    <message>
        <source>This message cannot be sent: %1</source>
        <translation>Este mensaje no se puede enviar: %1</translation>
    </message>
    <message>
        <source>This message cannot be sent: it has no valid recipient.</source>
        <translation>Este mensaje no se puede enviar: no tiene un destinatario válido.</translation>
    </message>
    <message>
        <source>Save the destination before sending through it.</source>
        <translation>Guarde el destino antes de enviar a través de él.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) could not be sent and were skipped. The first: %1</source>
        <translation>
            <numerusform>%n contacto no se pudo enviar y se omitió: %1</numerusform>
            <numerusform>%n contactos no se pudieron enviar y se omitieron. El primero: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 is %2: the step &quot;%3&quot; is not allowed from there.</source>
        <translation>El trabajo %1 está en el estado &quot;%2&quot;: desde ahí no se permite el paso &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The recipient replied STOP (Twilio error 21610).</source>
        <translation>El destinatario respondió STOP (error 21610 de Twilio).</translation>
    </message>
    <message>
        <source>Job %1 is %2: only failed, undelivered or dead jobs can be retried.</source>
        <translation>El trabajo %1 está en el estado &quot;%2&quot;: solo se pueden reintentar los trabajos fallidos, no entregados o abandonados.</translation>
    </message>
    <message>
        <source>Job %1 cannot be retried: its destination &quot;%2&quot; was removed.</source>
        <translation>El trabajo %1 no se puede reintentar: se eliminó su destino &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Job %1 is still %2: wait until it finishes (or cancel it) before replaying it.</source>
        <translation>El trabajo %1 sigue en el estado &quot;%2&quot;: espere a que termine (o cancélelo) antes de repetirlo.</translation>
    </message>
    <message>
        <source>Job %1 cannot be replayed: its destination &quot;%2&quot; was removed.</source>
        <translation>El trabajo %1 no se puede repetir: se eliminó su destino &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Job %1 is %2: only queued jobs and jobs waiting to retry can be canceled.</source>
        <translation>El trabajo %1 está en el estado &quot;%2&quot;: solo se pueden cancelar los trabajos en cola y los que esperan un reintento.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number in E.164 form (+, the country code, then the number, e.g. +14155552671): %2</source>
        <translation>&quot;%1&quot; no es un número de teléfono en formato E.164 (+, el código de país y el número, p. ej., +14155552671): %2</translation>
    </message>
    <message>
        <source>it must start with + and the country code.</source>
        <translation>debe empezar por + y el código de país.</translation>
    </message>
    <message>
        <source>only digits may follow the +.</source>
        <translation>después del + solo puede haber dígitos.</translation>
    </message>
    <message>
        <source>Say where the suppression comes from (for example &quot;manual&quot;).</source>
        <translation>Indique de dónde procede la exclusión (por ejemplo, &quot;manual&quot;).</translation>
    </message>
    <message>
        <source>%1 is not on the suppression list.</source>
        <translation>%1 no está en la lista de exclusión.</translation>
    </message>
    <message>
        <source>There is no alert %1.</source>
        <translation>No existe la alerta %1.</translation>
    </message>
    <message numerus="yes">
        <source>Retried %Ln job(s)</source>
        <translation>
            <numerusform>%Ln trabajo reintentado</numerusform>
            <numerusform>%Ln trabajos reintentados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Canceled %Ln job(s)</source>
        <translation>
            <numerusform>%Ln trabajo cancelado</numerusform>
            <numerusform>%Ln trabajos cancelados</numerusform>
        </translation>
    </message>
    <message>
        <source>Destination removed</source>
        <translation>Destino eliminado</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>why jobs were skipped: how many</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln skipped (%2).</source>
        <comment>Retried 12 jobs; 3 skipped (Delivered).</comment>
        <translation>
            <numerusform>%1; %Ln omitido (%2).</numerusform>
            <numerusform>%1; %Ln omitidos (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadRails::JobsChart</name>
    <message>
        <source>Jobs per day, last 30 days</source>
        <translation>Trabajos por día, últimos 30 días</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Last 30 days: %1 sent, %2 delivered, %3 failed.</source>
        <translation>Últimos 30 días: %1 enviados, %2 entregados, %3 fallidos.</translation>
    </message>
    <message>
        <source>%1
Sent: %2
Delivered: %3
Failed: %4</source>
        <translation>%1
Enviados: %2
Entregados: %3
Fallidos: %4</translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>date format of the Jobs chart&apos;s day labels</comment>
        <translation>d MMM</translation>
    </message>
</context>
<context>
    <name>LeadRails::JobsPage</name>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Waiting (queued, retrying, checking)</source>
        <translation>En espera (en cola, reintentando, comprobando)</translation>
    </message>
    <message>
        <source>Sent, not yet delivered</source>
        <translation>Enviado, aún no entregado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Failed or undelivered</source>
        <translation>Fallido o no entregado</translation>
    </message>
    <message>
        <source>Gave up (dead letter)</source>
        <translation>Abandonado (sin más intentos)</translation>
    </message>
    <message>
        <source>Suppressed (opted out)</source>
        <translation>Excluido (dado de baja)</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Destination filter</source>
        <translation>Filtro de destino</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Search phone, message or SID (Ctrl+F)</source>
        <translation>Buscar teléfono, mensaje o SID (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search jobs</source>
        <translation>Buscar trabajos</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>Select a job to see its attempts and what Twilio said.</source>
        <translation>Seleccione un trabajo para ver sus intentos y lo que respondió Twilio.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Send this failed job again</source>
        <translation>Vuelve a enviar este trabajo fallido</translation>
    </message>
    <message>
        <source>Re&amp;play</source>
        <translation>Re&amp;petir</translation>
    </message>
    <message>
        <source>Queue a new job with the same lead and message</source>
        <translation>Pone en cola un trabajo nuevo con el mismo contacto y el mismo mensaje</translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation>&amp;Cancelar trabajo</translation>
    </message>
    <message>
        <source>Copy &amp;SID</source>
        <translation>Copiar &amp;SID</translation>
    </message>
    <message>
        <source>Export jobs</source>
        <translation>Exportar trabajos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 jobs to %2.</source>
        <translation>Se exportaron %1 trabajos a %2.</translation>
    </message>
    <message>
        <source>Any destination</source>
        <translation>Cualquier destino</translation>
    </message>
    <message>
        <source>1 job</source>
        <translation>1 trabajo</translation>
    </message>
    <message>
        <source>%1 jobs</source>
        <translation>%1 trabajos</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Twilio error %1 — %2&lt;/b&gt;&lt;br&gt;%3&lt;br&gt;&lt;b&gt;Fix:&lt;/b&gt; %4&lt;br&gt;&lt;a href=&apos;%5&apos;&gt;%5&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Error %1 de Twilio — %2&lt;/b&gt;&lt;br&gt;%3&lt;br&gt;&lt;b&gt;Solución:&lt;/b&gt; %4&lt;br&gt;&lt;a href=&apos;%5&apos;&gt;%5&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Attempts&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Intentos&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>Queued again as job %1.</source>
        <translation>Puesto de nuevo en cola como trabajo %1.</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Primer día mostrado</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Último día mostrado</translation>
    </message>
    <message>
        <source>Finds messages with these words (or words beginning with them, in any order, accents ignored), numbers containing these digits, and Twilio SIDs.</source>
        <translation>Encuentra mensajes con estas palabras (o palabras que empiezan por ellas, en cualquier orden y sin importar los acentos), números que contienen estas cifras y SID de Twilio.</translation>
    </message>
    <message>
        <source>Export canceled: no file was written.</source>
        <translation>Exportación cancelada: no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>Exporting jobs to %1…</source>
        <translation>Exportando trabajos a %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n segment(s), %1 · created %2%3&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n segmento, %1 · creado el %2%3&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n segmentos, %1 · creado el %2%3&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel jobs</source>
        <translation>Cancelar trabajos</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Conservarlos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln job(s) selected</source>
        <translation>
            <numerusform>%Ln trabajo seleccionado</numerusform>
            <numerusform>%Ln trabajos seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Retry and Cancel act on at most %1 jobs at a time: narrow the filters or select fewer rows.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Reintentar y Cancelar actúan sobre %1 trabajos como máximo a la vez: acota los filtros o selecciona menos filas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a state and how many selected jobs are in it</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln can be sent again (failed, undelivered or gave up).</source>
        <translation>
            <numerusform>%Ln se puede volver a enviar (fallido, no entregado o abandonado).</numerusform>
            <numerusform>%Ln se pueden volver a enviar (fallidos, no entregados o abandonados).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln can be canceled (not sent yet).</source>
        <translation>
            <numerusform>%Ln se puede cancelar (aún no enviado).</numerusform>
            <numerusform>%Ln se pueden cancelar (aún no enviados).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry %Ln</source>
        <translation>
            <numerusform>&amp;Reintentar %Ln</numerusform>
            <numerusform>&amp;Reintentar %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Cancel %Ln</source>
        <translation>
            <numerusform>&amp;Cancelar %Ln</numerusform>
            <numerusform>&amp;Cancelar %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>Retry %Ln selected job(s)</source>
        <translation>
            <numerusform>Reintentar %Ln trabajo seleccionado</numerusform>
            <numerusform>Reintentar %Ln trabajos seleccionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %Ln selected job(s)</source>
        <translation>
            <numerusform>Cancelar %Ln trabajo seleccionado</numerusform>
            <numerusform>Cancelar %Ln trabajos seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the selected failed, undelivered or dead jobs again; the others stay as they are.</source>
        <translation>Vuelve a enviar los trabajos seleccionados que fallaron, no se entregaron o se abandonaron; los demás quedan como están.</translation>
    </message>
    <message>
        <source>Cancel the selected jobs that have not been sent yet; the others stay as they are.</source>
        <translation>Cancela los trabajos seleccionados que aún no se han enviado; los demás quedan como están.</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %Ln queued job(s)? They will not be sent.</source>
        <translation>
            <numerusform>¿Cancelar %Ln trabajo en cola? No se enviará.</numerusform>
            <numerusform>¿Cancelar %Ln trabajos en cola? No se enviarán.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %Ln job(s)</source>
        <translation>
            <numerusform>Cancelar %Ln trabajo</numerusform>
            <numerusform>Cancelar %Ln trabajos</numerusform>
        </translation>
    </message>
    <message>
        <source>Its destination was removed, so this job cannot be sent again.</source>
        <translation>Se eliminó su destino, así que este trabajo ya no se puede volver a enviar.</translation>
    </message>
    <message>
        <source>The chart is not shown: LeadRails is not installed completely (%1 is missing). Reinstall LeadRails.</source>
        <translation>El gráfico no se muestra: LeadRails no está instalado por completo (falta %1). Vuelva a instalar LeadRails.</translation>
    </message>
    <message>
        <source>It is still on its way: replay it once it has finished (or cancel it first).</source>
        <translation>Todavía está en curso: repítalo cuando haya terminado (o cancélelo antes).</translation>
    </message>
</context>
<context>
    <name>LeadRails::KeychainSecretStore</name>
    <message>
        <source>macOS Keychain</source>
        <translation>Llavero de macOS</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Administrador de credenciales de Windows</translation>
    </message>
    <message>
        <source>the Secret Service keyring (GNOME Keyring or KWallet)</source>
        <translation>el depósito de claves Secret Service (GNOME Keyring o KWallet)</translation>
    </message>
</context>
<context>
    <name>LeadRails::Lead</name>
    <message>
        <source>The lead is not valid JSON: %1 at character %2.</source>
        <translation>El contacto no es JSON válido: %1 en el carácter %2.</translation>
    </message>
    <message>
        <source>The lead must be a JSON object of fields, like {&quot;name&quot;: &quot;Ada&quot;, &quot;phone&quot;: &quot;+14155552671&quot;}.</source>
        <translation>El contacto debe ser un objeto JSON de campos, como {&quot;name&quot;: &quot;Ada&quot;, &quot;phone&quot;: &quot;+14155552671&quot;}.</translation>
    </message>
    <message>
        <source>Cannot read the lead file %1: %2.</source>
        <translation>No se puede leer el archivo del contacto %1: %2.</translation>
    </message>
</context>
<context>
    <name>LeadRails::MainWindow</name>
    <message>
        <source>Profile: %1</source>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <source>Where LeadRails keeps this profile&apos;s database, settings and logs. Secrets are kept in the system keychain, not here.</source>
        <translation>Dónde guarda LeadRails la base de datos, la configuración y los registros de este perfil. Los secretos se guardan en el llavero del sistema, no aquí.</translation>
    </message>
    <message>
        <source>Ready. Create a destination to start sending.</source>
        <translation>Listo. Cree un destino para empezar a enviar.</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Alertas (%1)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Alerts, %1 unread</source>
        <translation>Alertas, %1 sin confirmar</translation>
    </message>
    <message>
        <source>1 destination.</source>
        <translation>1 destino.</translation>
    </message>
    <message>
        <source>%1 destinations.</source>
        <translation>%1 destinos.</translation>
    </message>
    <message>
        <source>Queue empty</source>
        <translation>Cola vacía</translation>
    </message>
    <message numerus="yes">
        <source>%n destination(s) paused</source>
        <translation>
            <numerusform>%n destino en pausa</numerusform>
            <numerusform>%n destinos en pausa</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sending</source>
        <translation>Sin enviar</translation>
    </message>
    <message>
        <source>Messages are not being sent from this window: %1</source>
        <translation>Esta ventana no está enviando mensajes: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting</source>
        <translation>
            <numerusform>%n mensaje en espera</numerusform>
            <numerusform>%n mensajes en espera</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadRails::MessagePreview</name>
    <message>
        <source>The recipient &quot;%1&quot; is not a phone number Twilio can send to: %2</source>
        <translation>El destinatario &quot;%1&quot; no es un número de teléfono al que Twilio pueda enviar: %2</translation>
    </message>
    <message>
        <source>The recipient &quot;%1&quot; is not in E.164 form; it will be sent as %2. Store phone numbers as E.164 (+ country code and number) upstream to be sure.</source>
        <translation>El destinatario &quot;%1&quot; no está en formato E.164; se enviará como %2. Para mayor seguridad, guarde los números de teléfono en formato E.164 (+, código de país y número) en el origen de los datos.</translation>
    </message>
    <message>
        <source>%1 looks like a landline; most landlines cannot receive SMS (Twilio error 21614).</source>
        <translation>%1 parece un teléfono fijo; la mayoría de los fijos no pueden recibir SMS (error 21614 de Twilio).</translation>
    </message>
    <message>
        <source>The message has no opt-out wording. Add &quot;Reply STOP to opt out.&quot;: carriers filter messages without it and it is required for A2P 10DLC.</source>
        <translation>El mensaje no indica cómo darse de baja. Añada &quot;Responda STOP para darse de baja.&quot;: los operadores filtran los mensajes que no lo incluyen y es obligatorio para A2P 10DLC.</translation>
    </message>
    <message>
        <source>Marketing messages should also tell recipients how to get help, e.g. &quot;Reply HELP for help.&quot;</source>
        <translation>Los mensajes de marketing también deberían indicar a los destinatarios cómo obtener ayuda, p. ej., &quot;Responda HELP para obtener ayuda.&quot;</translation>
    </message>
    <message>
        <source>Carriers often filter messages with public link shorteners such as %1. Use a full link on your own domain (or a branded short domain).</source>
        <translation>Los operadores suelen filtrar los mensajes con acortadores de enlaces públicos como %1. Use un enlace completo en su propio dominio (o un dominio corto de su marca).</translation>
    </message>
    <message>
        <source>%1 segments instead of %2</source>
        <translation>%1 segmentos en lugar de %2</translation>
    </message>
    <message>
        <source>70 characters per segment instead of 160</source>
        <translation>70 caracteres por segmento en lugar de 160</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like &quot;%2&quot; but is not in the GSM-7 alphabet, so the whole message is sent as UCS-2 (%3). Type &quot;%2&quot; instead.</source>
        <translation>&quot;%1&quot; se parece a &quot;%2&quot;, pero no está en el alfabeto GSM-7, así que todo el mensaje se envía como UCS-2 (%3). Escriba &quot;%2&quot; en su lugar.</translation>
    </message>
    <message>
        <source>The message is empty for this lead. Write a message body, or add a fallback such as {{^name}}there{{/name}} for missing fields.</source>
        <translation>El mensaje queda vacío para este contacto. Escriba un cuerpo de mensaje o añada un texto alternativo para los campos que falten, como {{^name}}cliente{{/name}}.</translation>
    </message>
    <message>
        <source>The message has %1 characters; Twilio accepts at most %2. Shorten it by %3.</source>
        <translation>El mensaje tiene %1 caracteres; Twilio acepta como máximo %2. Acórtelo en %3 caracteres.</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segmento</numerusform>
            <numerusform>%n segmentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 are not in the GSM-7 alphabet, so the message is sent as UCS-2: 70 characters per segment instead of 160 (%n segment(s)).</source>
        <translation>
            <numerusform>Los caracteres %1 no están en el alfabeto GSM-7, así que el mensaje se envía como UCS-2: 70 caracteres por segmento en lugar de 160 (%n segmento).</numerusform>
            <numerusform>Los caracteres %1 no están en el alfabeto GSM-7, así que el mensaje se envía como UCS-2: 70 caracteres por segmento en lugar de 160 (%n segmentos).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadRails::MessagePreviewPanel</name>
    <message>
        <source>Sample lead</source>
        <translation>Contacto de ejemplo</translation>
    </message>
    <message>
        <source>Sample lead (JSON)</source>
        <translation>Contacto de ejemplo (JSON)</translation>
    </message>
    <message>
        <source>The lead the preview is rendered for. Edit its fields (JSON) to try other values.</source>
        <translation>El contacto para el que se genera la vista previa. Edite sus campos (JSON) para probar otros valores.</translation>
    </message>
    <message>
        <source>What Twilio will receive</source>
        <translation>Lo que recibirá Twilio</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Rendered message</source>
        <translation>Mensaje generado</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Mensaje:</translation>
    </message>
    <message>
        <source>Segments Twilio bills, the encoding, and characters used / available in them. GSM-7 fits 160 characters in one segment (153 each when split); any other character switches the whole message to UCS-2: 70 (67 each).</source>
        <translation>Segmentos que factura Twilio, la codificación y los caracteres usados / disponibles en ellos. En GSM-7 caben 160 caracteres en un segmento (153 en cada uno si se divide); cualquier otro carácter hace que todo el mensaje pase a UCS-2: 70 (67 en cada uno).</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Warnings about the message</source>
        <translation>Advertencias sobre el mensaje</translation>
    </message>
    <message>
        <source>Click a warning to see its place in the template.</source>
        <translation>Haga clic en una advertencia para ver su posición en la plantilla.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>%1 ✓ valid E.164 (%2)</source>
        <translation>%1 ✓ E.164 válido (%2)</translation>
    </message>
    <message>
        <source>Not in GSM-7: the message is sent as UCS-2</source>
        <translation>No está en GSM-7: el mensaje se envía como UCS-2</translation>
    </message>
    <message>
        <source>Not in GSM-7; &quot;%1&quot; would keep the message in GSM-7</source>
        <translation>No está en GSM-7; &quot;%1&quot; mantendría el mensaje en GSM-7</translation>
    </message>
    <message>
        <source>{{%1}} rendered empty for this lead</source>
        <translation>{{%1}} queda vacío para este contacto</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontró ningún problema.</translation>
    </message>
</context>
<context>
    <name>LeadRails::MessageTemplate</name>
    <message>
        <source>Unclosed section &apos;%1&apos; opened at character %2: add {{/%1}}.</source>
        <translation>La sección &apos;%1&apos; abierta en el carácter %2 no está cerrada: añada {{/%1}}.</translation>
    </message>
    <message>
        <source>{{&gt;%1}} at character %2: partials are not supported; write the text into the template instead.</source>
        <translation>{{&gt;%1}} en el carácter %2: no se admiten plantillas parciales; escriba el texto directamente en la plantilla.</translation>
    </message>
    <message>
        <source>%1 at character %2: changing the delimiters is not supported; keep {{ and }}.</source>
        <translation>%1 en el carácter %2: no se pueden cambiar los delimitadores; mantenga {{ y }}.</translation>
    </message>
    <message>
        <source>Empty tag at character %1: put a field name between the braces, e.g. {{name}}.</source>
        <translation>Etiqueta vacía en el carácter %1: escriba un nombre de campo entre las llaves, p. ej., {{name}}.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at character %2 is not a valid field name: use letters, digits, _ and -, with a dot between nested fields (company.name).</source>
        <translation>&apos;%1&apos; en el carácter %2 no es un nombre de campo válido: use letras, dígitos, _ y -, con un punto entre campos anidados (company.name).</translation>
    </message>
    <message>
        <source>Sections are nested more than %1 levels deep at character %2: simplify the template.</source>
        <translation>Las secciones tienen más de %1 niveles de anidamiento en el carácter %2: simplifique la plantilla.</translation>
    </message>
    <message>
        <source>{{/%1}} at character %2 closes a section that was never opened: add {{#%1}} before it or remove it.</source>
        <translation>{{/%1}} en el carácter %2 cierra una sección que nunca se abrió: añada {{#%1}} antes o elimínelo.</translation>
    </message>
    <message>
        <source>{{/%1}} at character %2 does not match section &apos;%3&apos; opened at character %4: close it with {{/%3}} first.</source>
        <translation>{{/%1}} en el carácter %2 no corresponde a la sección &apos;%3&apos; abierta en el carácter %4: ciérrela antes con {{/%3}}.</translation>
    </message>
    <message>
        <source>The tag opened at character %1 is not closed: add %2.</source>
        <translation>La etiqueta abierta en el carácter %1 no está cerrada: añada %2.</translation>
    </message>
    <message>
        <source>The lead has no field &apos;%1&apos;. If it is optional, add {{^%1}}...{{/%1}} for leads without it.</source>
        <translation>El contacto no tiene el campo &apos;%1&apos;. Si es opcional, añada {{^%1}}...{{/%1}} para los contactos que no lo tengan.</translation>
    </message>
    <message>
        <source>The lead has no field &apos;%1&apos;.</source>
        <translation>El contacto no tiene el campo &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds several fields, not text: name one of them, e.g. {{%1.%2}}.</source>
        <translation>&apos;%1&apos; contiene varios campos, no texto: indique uno de ellos, p. ej., {{%1.%2}}.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a list, not text: show its items with {{#%1}}...{{/%1}}.</source>
        <translation>&apos;%1&apos; es una lista, no texto: muestre sus elementos con {{#%1}}...{{/%1}}.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty for this lead.</source>
        <translation>&apos;%1&apos; está vacío para este contacto.</translation>
    </message>
</context>
<context>
    <name>LeadRails::PhoneNumbers</name>
    <message>
        <source>No country uses the code after the +. Check the first digits (like +1 for the US or +44 for the UK).</source>
        <translation>Ningún país usa el código que sigue al +. Revise los primeros dígitos (como +1 para EE. UU. o +44 para el Reino Unido).</translation>
    </message>
    <message>
        <source>This looks like a number from %1 written without its +. Write it as %2.</source>
        <translation>Parece un número de %1 escrito sin el +. Escríbalo como %2.</translation>
    </message>
    <message>
        <source>This number is too short: digits are missing. Enter the whole number with its country code, like +14155552671.</source>
        <translation>Este número es demasiado corto: faltan dígitos. Escriba el número completo con su código de país, como +14155552671.</translation>
    </message>
    <message>
        <source>This is not a phone number. Enter digits with the country code, like +14155552671.</source>
        <translation>Esto no es un número de teléfono. Escriba los dígitos con el código de país, como +14155552671.</translation>
    </message>
    <message>
        <source>This number has no country code. Write it with + and the country code (like +1 for the US or +44 for the UK), or set the default country.</source>
        <translation>Este número no tiene código de país. Escríbalo con + y el código de país (como +1 para EE. UU. o +44 para el Reino Unido), o defina el país predeterminado.</translation>
    </message>
    <message>
        <source>This number is too long: it has extra digits. Check it against the original.</source>
        <translation>Este número es demasiado largo: tiene dígitos de más. Compárelo con el original.</translation>
    </message>
    <message>
        <source>This number has no area code. Add the area code, or write the whole number with + and its country code.</source>
        <translation>Este número no tiene código de área. Añada el código de área o escriba el número completo con + y su código de país.</translation>
    </message>
    <message>
        <source>This number is too short for %1: digits are missing. Check it against the original.</source>
        <translation>Este número es demasiado corto para %1: faltan dígitos. Compárelo con el original.</translation>
    </message>
    <message>
        <source>This number is too long for %1: it has extra digits. Check it against the original.</source>
        <translation>Este número es demasiado largo para %1: tiene dígitos de más. Compárelo con el original.</translation>
    </message>
    <message>
        <source>This number has the wrong number of digits for %1. Check for a missing or extra digit.</source>
        <translation>Este número no tiene la cantidad de dígitos correcta para %1. Compruebe si falta o sobra algún dígito.</translation>
    </message>
    <message>
        <source>This is not a valid number for %1. Check the digits.</source>
        <translation>Este no es un número válido para %1. Revise los dígitos.</translation>
    </message>
    <message>
        <source>Without + and a country code it is read as a number from %1; if it is from another country, write it with + and its country code.</source>
        <translation>Sin + ni código de país se lee como un número de %1; si es de otro país, escríbalo con + y su código de país.</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>móvil</translation>
    </message>
    <message>
        <source>fixed line</source>
        <translation>línea fija</translation>
    </message>
    <message>
        <source>fixed line or mobile</source>
        <translation>línea fija o móvil</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>gratuito</translation>
    </message>
    <message>
        <source>premium-rate</source>
        <translation>tarificación especial</translation>
    </message>
    <message>
        <source>shared-cost</source>
        <translation>coste compartido</translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>número personal</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>buscapersonas</translation>
    </message>
    <message>
        <source>universal access number</source>
        <translation>número de acceso universal</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>buzón de voz</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>tipo desconocido</translation>
    </message>
    <message>
        <source>The phone number is empty. Enter it with its country code, like +14155552671.</source>
        <translation>El número de teléfono está vacío. Escríbalo con su código de país, como +14155552671.</translation>
    </message>
    <message>
        <source>This is far too long to be a phone number. Enter one number, like +14155552671.</source>
        <translation>Esto es demasiado largo para ser un número de teléfono. Escriba un solo número, como +14155552671.</translation>
    </message>
    <message>
        <source>555-0100 to 555-0199 numbers are reserved for fiction and never reach a phone. Fine for previews; use a real number to send.</source>
        <translation>Los números 555-0100 a 555-0199 están reservados para obras de ficción y nunca llegan a un teléfono. Sirven para las vistas previas; use un número real para enviar.</translation>
    </message>
    <message>
        <source>Phone numbers cannot be checked: LeadRails is not installed completely (%1 is missing). Reinstall LeadRails.</source>
        <translation>No se pueden comprobar los números de teléfono: LeadRails no está instalado por completo (falta %1). Vuelva a instalar LeadRails.</translation>
    </message>
</context>
<context>
    <name>LeadRails::Profile</name>
    <message>
        <source>Keep the database, settings and logs in &lt;dir&gt; instead of the default profile (also LEADRAILS_DATA_DIR).</source>
        <translation>Guarda la base de datos, la configuración y los registros en &lt;carpeta&gt; en lugar del perfil predeterminado (también LEADRAILS_DATA_DIR).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>The data folder %1 is a file. Choose a folder with --data-dir.</source>
        <translation>La carpeta de datos %1 es un archivo. Elija una carpeta con --data-dir.</translation>
    </message>
    <message>
        <source>Could not create the data folder %1. Check its permissions or choose another folder with --data-dir.</source>
        <translation>No se pudo crear la carpeta de datos %1. Revise sus permisos o elija otra carpeta con --data-dir.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be written to. Check its permissions or choose another folder with --data-dir.</source>
        <translation>No se puede escribir en la carpeta de datos %1. Revise sus permisos o elija otra carpeta con --data-dir.</translation>
    </message>
</context>
<context>
    <name>LeadRails::SecretStore</name>
    <message>
        <source>No keychain service is available, so the secret cannot be stored safely. Install and unlock a Secret Service provider (GNOME Keyring: apt install gnome-keyring, or KWallet) and try again.</source>
        <translation>No hay ningún servicio de llavero disponible, así que el secreto no se puede guardar de forma segura. Instale y desbloquee un proveedor de Secret Service (GNOME Keyring: apt install gnome-keyring, o KWallet) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Unlock your keyring (or allow LeadRails Desktop when asked) and try again.</source>
        <translation>Se denegó el acceso al llavero. Desbloquee su depósito de claves (o permita el acceso a LeadRails Desktop cuando se le pregunte) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The secret is not in the keychain (it may have been deleted outside LeadRails). Enter it again to continue.</source>
        <translation>El secreto no está en el llavero (puede que se haya borrado fuera de LeadRails). Introdúzcalo de nuevo para continuar.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>El llavero informó de un error.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
</context>
<context>
    <name>LeadRails::SuppressionPage</name>
    <message>
        <source>Suppression list</source>
        <translation>Lista de exclusión</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>+14155552671</source>
        <translation>+14155552671</translation>
    </message>
    <message>
        <source>Number to suppress</source>
        <translation>Número que se excluirá</translation>
    </message>
    <message>
        <source>Reason (e.g. asked by phone not to be texted)</source>
        <translation>Motivo (p. ej., pidió por teléfono que no se le enviaran SMS)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Quitar seleccionado</translation>
    </message>
    <message>
        <source>LeadRails never sends to these numbers. Twilio reports recipients who replied STOP (error 21610) and they are added here automatically.</source>
        <translation>LeadRails nunca envía mensajes a estos números. Twilio informa de los destinatarios que respondieron STOP (error 21610) y se añaden aquí automáticamente.</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>añadido manualmente</translation>
    </message>
    <message>
        <source>opted out (Twilio)</source>
        <translation>dado de baja (Twilio)</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Introduzca un número de teléfono.</translation>
    </message>
    <message>
        <source>Say why this number must not be texted, for the audit log.</source>
        <translation>Indique por qué no se deben enviar SMS a este número, para el registro de auditoría.</translation>
    </message>
    <message>
        <source>%1 will not be texted.</source>
        <translation>No se enviarán SMS a %1.</translation>
    </message>
    <message>
        <source>Select a number first.</source>
        <translation>Seleccione antes un número.</translation>
    </message>
    <message>
        <source>%1 can be texted again.</source>
        <translation>Ya se pueden volver a enviar SMS a %1.</translation>
    </message>
</context>
<context>
    <name>LeadRails::TwilioClient</name>
    <message>
        <source>Twilio did not answer in time.</source>
        <translation>Twilio no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The connection to Twilio was refused.</source>
        <translation>Se rechazó la conexión con Twilio.</translation>
    </message>
    <message>
        <source>Twilio&apos;s server could not be found: check the internet connection.</source>
        <translation>No se encontró el servidor de Twilio: compruebe la conexión a Internet.</translation>
    </message>
    <message>
        <source>Twilio closed the connection before answering.</source>
        <translation>Twilio cerró la conexión antes de responder.</translation>
    </message>
    <message>
        <source>A secure connection to Twilio could not be established (TLS): %1</source>
        <translation>No se pudo establecer una conexión segura con Twilio (TLS): %1</translation>
    </message>
    <message>
        <source>The connection to Twilio dropped after the request was sent.</source>
        <translation>La conexión con Twilio se cortó después de enviar la solicitud.</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Error de red: %1</translation>
    </message>
    <message>
        <source>Twilio answered, but the answer could not be read.</source>
        <translation>Twilio respondió, pero no se pudo leer la respuesta.</translation>
    </message>
    <message>
        <source>Twilio answered with HTTP status %1.</source>
        <translation>Twilio respondió con el estado HTTP %1.</translation>
    </message>
</context>
<context>
    <name>LeadRails::TwilioEndpoints</name>
    <message>
        <source>&apos;%1&apos; is not a URL; use e.g. http://127.0.0.1:4010.</source>
        <translation>&apos;%1&apos; no es una URL; use, p. ej., http://127.0.0.1:4010.</translation>
    </message>
    <message>
        <source>only http:// or https:// is allowed, not &apos;%1&apos;.</source>
        <translation>solo se admite http:// o https://, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not this machine. The override is for tests and demos against a local server only (127.0.0.1, ::1 or localhost), so credentials never leave the machine.</source>
        <translation>&apos;%1&apos; no es este equipo. Esta dirección alternativa solo sirve para pruebas y demostraciones con un servidor local (127.0.0.1, ::1 o localhost), para que las credenciales nunca salgan del equipo.</translation>
    </message>
</context>
<context>
    <name>LeadRails::TwilioErrorCatalog</name>
    <message>
        <source>Twilio rejected the credentials</source>
        <translation>Twilio rechazó las credenciales</translation>
    </message>
    <message>
        <source>Twilio did not accept the Account SID and Auth Token (or API key) saved for this destination. They may be mistyped, the API key may have been deleted, or the account may be suspended or closed.</source>
        <translation>Twilio no aceptó el Account SID y el Auth Token (o la API Key) guardados para este destino. Puede que estén mal escritos, que se haya eliminado la API Key o que la cuenta esté suspendida o cerrada.</translation>
    </message>
    <message>
        <source>In Twilio Console, open Account &gt; API keys &amp; tokens and copy the Account SID and a current Auth Token or API key secret. Paste them into the destination&apos;s Account SID and Auth token fields, then click Verify connection. The destination stays paused until the credentials work.</source>
        <translation>En Twilio Console, abra Account &gt; API keys &amp; tokens y copie el Account SID y un Auth Token vigente o el secreto de una API Key. Péguelos en los campos Account SID y Auth Token del destino y haga clic en Verificar conexión. El destino permanece en pausa hasta que las credenciales funcionen.</translation>
    </message>
    <message>
        <source>Request not allowed by Twilio</source>
        <translation>Twilio no permite la solicitud</translation>
    </message>
    <message>
        <source>Twilio does not accept this kind of request at this address. This points to a problem in LeadRails itself rather than in your settings.</source>
        <translation>Twilio no acepta este tipo de solicitud en esta dirección. Esto apunta a un problema del propio LeadRails más que de su configuración.</translation>
    </message>
    <message>
        <source>Update LeadRails to its latest version. If the error comes back, report it to the LeadRails developers together with the job&apos;s log.</source>
        <translation>Actualice LeadRails a su última versión. Si el error vuelve a aparecer, comuníqueselo a los desarrolladores de LeadRails junto con el registro del trabajo.</translation>
    </message>
    <message>
        <source>Test credentials cannot do this</source>
        <translation>Las credenciales de prueba no permiten esta operación</translation>
    </message>
    <message>
        <source>The destination uses Twilio test credentials. They only work for sending test messages and buying numbers, not for checking the account or looking things up.</source>
        <translation>El destino usa credenciales de prueba de Twilio. Solo sirven para enviar mensajes de prueba y comprar números, no para comprobar la cuenta ni para hacer consultas.</translation>
    </message>
    <message>
        <source>To verify the connection or send real messages, enter your live Account SID and Auth Token (Twilio Console &gt; Account &gt; API keys &amp; tokens). To keep testing free of charge, keep the test credentials and set the From number to Twilio&apos;s test number +15005550006.</source>
        <translation>Para verificar la conexión o enviar mensajes reales, introduzca el Account SID y el Auth Token de producción (Twilio Console &gt; Account &gt; API keys &amp; tokens). Para seguir probando sin coste, conserve las credenciales de prueba y use como número de origen el número de prueba de Twilio, +15005550006.</translation>
    </message>
    <message>
        <source>Not found at Twilio</source>
        <translation>No encontrado en Twilio</translation>
    </message>
    <message>
        <source>Twilio has nothing at the address LeadRails asked for. Usually the Account SID belongs to another account, or a message or Messaging Service was deleted.</source>
        <translation>Twilio no tiene nada en la dirección que solicitó LeadRails. Normalmente, el Account SID pertenece a otra cuenta, o bien se eliminó un mensaje o un Messaging Service.</translation>
    </message>
    <message>
        <source>Compare the destination&apos;s Account SID with the one at the top of your Twilio Console dashboard and correct it. If the destination uses a Messaging Service, check that it still exists under Messaging &gt; Services.</source>
        <translation>Compare el Account SID del destino con el que aparece en la parte superior del panel de Twilio Console y corríjalo. Si el destino usa un Messaging Service, compruebe que todavía existe en Messaging &gt; Services.</translation>
    </message>
    <message>
        <source>Too many requests at once</source>
        <translation>Demasiadas solicitudes a la vez</translation>
    </message>
    <message>
        <source>Your Twilio account received more simultaneous requests than it allows, so Twilio turned this one away without processing it. Nothing was sent.</source>
        <translation>Su cuenta de Twilio recibió más solicitudes simultáneas de las que permite, así que Twilio rechazó esta sin procesarla. No se envió nada.</translation>
    </message>
    <message>
        <source>Nothing to do: LeadRails waits and sends it again by itself. If it happens often, check whether other apps or scripts use the same Twilio account at the same time.</source>
        <translation>No tiene que hacer nada: LeadRails espera y lo vuelve a enviar automáticamente. Si ocurre a menudo, compruebe si otras aplicaciones o scripts usan la misma cuenta de Twilio al mismo tiempo.</translation>
    </message>
    <message>
        <source>Twilio server error</source>
        <translation>Error del servidor de Twilio</translation>
    </message>
    <message>
        <source>Twilio had an internal problem and could not handle the request.</source>
        <translation>Twilio tuvo un problema interno y no pudo atender la solicitud.</translation>
    </message>
    <message>
        <source>LeadRails tries again later by itself. If it lasts, look for an ongoing incident on status.twilio.com.</source>
        <translation>LeadRails vuelve a intentarlo más tarde automáticamente. Si el problema persiste, busque una incidencia en curso en status.twilio.com.</translation>
    </message>
    <message>
        <source>Twilio temporarily unavailable</source>
        <translation>Twilio no está disponible temporalmente</translation>
    </message>
    <message>
        <source>Twilio&apos;s service was briefly unavailable or overloaded and did not handle the request.</source>
        <translation>El servicio de Twilio estuvo brevemente no disponible o sobrecargado y no atendió la solicitud.</translation>
    </message>
    <message>
        <source>Invalid recipient number</source>
        <translation>Número de destinatario no válido</translation>
    </message>
    <message>
        <source>The lead&apos;s phone number is not a valid number in international format, so Twilio cannot send to it.</source>
        <translation>El número de teléfono del contacto no es un número válido en formato internacional, así que Twilio no puede enviarle mensajes.</translation>
    </message>
    <message>
        <source>Correct the lead&apos;s number, or make the source deliver numbers in E.164 form: a plus sign, the country code and the number, without spaces (e.g. +15555550100). Check that the destination&apos;s Recipient template uses the phone field ({{phone}}).</source>
        <translation>Corrija el número del contacto o haga que el origen de los datos entregue los números en formato E.164: el signo más, el código de país y el número, sin espacios (p. ej., +15555550100). Compruebe que la plantilla de destinatario del destino use el campo de teléfono ({{phone}}).</translation>
    </message>
    <message>
        <source>Invalid sender number</source>
        <translation>Número de remitente no válido</translation>
    </message>
    <message>
        <source>The From number set on this destination is not a valid phone number, or not in international format.</source>
        <translation>El número de origen configurado en este destino no es un número de teléfono válido o no está en formato internacional.</translation>
    </message>
    <message>
        <source>Copy one of your numbers from Twilio Console &gt; Phone Numbers &gt; Manage &gt; Active numbers and paste it into the destination&apos;s From number field in E.164 form (e.g. +15555550100), or fill in the Messaging Service SID instead.</source>
        <translation>Copie uno de sus números de Twilio Console &gt; Phone Numbers &gt; Manage &gt; Active numbers y péguelo en formato E.164 (p. ej., +15555550100) en el campo Número de origen del destino, o bien rellene el Messaging Service SID.</translation>
    </message>
    <message>
        <source>Country not enabled for SMS</source>
        <translation>País no habilitado para SMS</translation>
    </message>
    <message>
        <source>Your Twilio account may not send SMS to this recipient&apos;s country. Twilio blocks every country you have not enabled.</source>
        <translation>Su cuenta de Twilio no tiene permiso para enviar SMS al país de este destinatario. Twilio bloquea todos los países que usted no haya habilitado.</translation>
    </message>
    <message>
        <source>In Twilio Console, open Messaging &gt; Settings &gt; Geo permissions, tick the recipient&apos;s country and save, then resend the failed jobs. Leads from that country keep failing until you do.</source>
        <translation>En Twilio Console, abra Messaging &gt; Settings &gt; Geo permissions, marque el país del destinatario, guarde y vuelva a enviar los trabajos fallidos. Los contactos de ese país seguirán fallando hasta que lo haga.</translation>
    </message>
    <message>
        <source>Empty message</source>
        <translation>Mensaje vacío</translation>
    </message>
    <message>
        <source>The message text was empty, so Twilio had nothing to send. Usually the template only uses fields this lead does not have.</source>
        <translation>El texto del mensaje estaba vacío, así que Twilio no tenía nada que enviar. Normalmente, la plantilla solo usa campos que este contacto no tiene.</translation>
    </message>
    <message>
        <source>Add text that does not depend on lead fields to the destination&apos;s Message body template, or make sure leads carry the fields it uses. The preview shows what each lead would receive.</source>
        <translation>Añada a la plantilla del cuerpo del mensaje del destino texto que no dependa de los campos del contacto, o asegúrese de que los contactos incluyan los campos que usa. La vista previa muestra lo que recibiría cada contacto.</translation>
    </message>
    <message>
        <source>No sender set</source>
        <translation>No hay remitente configurado</translation>
    </message>
    <message>
        <source>The request named neither a sender number nor a Messaging Service, and Twilio needs one of the two.</source>
        <translation>La solicitud no indicaba ni un número de remitente ni un Messaging Service, y Twilio necesita uno de los dos.</translation>
    </message>
    <message>
        <source>Fill in the destination&apos;s From number (one of your Twilio numbers, e.g. +15555550100) or its Messaging Service SID (MG followed by 32 characters), then save.</source>
        <translation>Rellene el número de origen del destino (uno de sus números de Twilio, p. ej., +15555550100) o su Messaging Service SID (MG seguido de 32 caracteres) y guarde.</translation>
    </message>
    <message>
        <source>No recipient number</source>
        <translation>Falta el número del destinatario</translation>
    </message>
    <message>
        <source>The recipient number was empty, so Twilio did not know where to send the message. This lead probably has no phone number.</source>
        <translation>El número del destinatario estaba vacío, así que Twilio no sabía adónde enviar el mensaje. Probablemente este contacto no tenga número de teléfono.</translation>
    </message>
    <message>
        <source>Make sure the destination&apos;s Recipient template (e.g. {{phone}}) names the field that holds the phone number in your leads, and that the source fills it in.</source>
        <translation>Asegúrese de que la plantilla de destinatario del destino (p. ej., {{phone}}) nombre el campo que contiene el número de teléfono de sus contactos y de que el origen de los datos lo rellene.</translation>
    </message>
    <message>
        <source>Sender cannot send SMS</source>
        <translation>El remitente no puede enviar SMS</translation>
    </message>
    <message>
        <source>The From number is not a number of this Twilio account that can send text messages, at least not to this recipient.</source>
        <translation>El número de origen no es un número de esta cuenta de Twilio que pueda enviar SMS, al menos no a este destinatario.</translation>
    </message>
    <message>
        <source>In Twilio Console &gt; Phone Numbers &gt; Manage &gt; Active numbers, pick a number of this account whose capabilities include SMS and put it in the destination&apos;s From number field. Numbers of another account or sub-account do not work.</source>
        <translation>En Twilio Console &gt; Phone Numbers &gt; Manage &gt; Active numbers, elija un número de esta cuenta cuyas funciones incluyan SMS y póngalo en el campo Número de origen del destino. Los números de otra cuenta o subcuenta no sirven.</translation>
    </message>
    <message>
        <source>Trial account: recipient not verified</source>
        <translation>Cuenta de prueba: destinatario no verificado</translation>
    </message>
    <message>
        <source>A trial Twilio account may only text numbers you verified yourself, and this recipient is not one of them.</source>
        <translation>Una cuenta de prueba de Twilio solo puede enviar SMS a números que usted mismo haya verificado, y este destinatario no es uno de ellos.</translation>
    </message>
    <message>
        <source>Upgrade the Twilio account (Twilio Console &gt; Billing) to text any lead. While testing, add the number under Phone Numbers &gt; Manage &gt; Verified Caller IDs.</source>
        <translation>Actualice la cuenta de Twilio a una de pago (Twilio Console &gt; Billing) para enviar SMS a cualquier contacto. Mientras hace pruebas, añada el número en Phone Numbers &gt; Manage &gt; Verified Caller IDs.</translation>
    </message>
    <message>
        <source>Recipient unsubscribed</source>
        <translation>Destinatario dado de baja</translation>
    </message>
    <message>
        <source>This person replied STOP to your number earlier, so Twilio refuses to text them from it.</source>
        <translation>Esta persona respondió STOP a su número anteriormente, así que Twilio se niega a enviarle SMS desde ese número.</translation>
    </message>
    <message>
        <source>Nothing to fix: LeadRails adds the number to its suppression list and never texts it again. Only the recipient can opt back in, by replying START.</source>
        <translation>No hay nada que corregir: LeadRails añade el número a su lista de exclusión y no vuelve a enviarle SMS. Solo el destinatario puede volver a darse de alta, respondiendo START.</translation>
    </message>
    <message>
        <source>Sender queue is full</source>
        <translation>La cola del remitente está llena</translation>
    </message>
    <message>
        <source>Your sender already has about ten hours of messages waiting at Twilio, so Twilio refuses more for now.</source>
        <translation>Su remitente ya tiene unas diez horas de mensajes en espera en Twilio, así que Twilio no acepta más por ahora.</translation>
    </message>
    <message>
        <source>LeadRails waits and tries again. To send more per hour, put several numbers in a Messaging Service and use its SID on the destination, or get a faster sender from Twilio (toll-free, short code, or a higher 10DLC trust score).</source>
        <translation>LeadRails espera y vuelve a intentarlo. Para enviar más por hora, ponga varios números en un Messaging Service y use su SID en el destino, o consiga un remitente más rápido en Twilio (número gratuito, código corto o una puntuación de confianza 10DLC más alta).</translation>
    </message>
    <message>
        <source>Recipient unreachable from this sender</source>
        <translation>Destinatario inalcanzable desde este remitente</translation>
    </message>
    <message>
        <source>Twilio cannot deliver from this From number to this recipient, for example because the recipient is in another country or on a carrier the number cannot reach.</source>
        <translation>Twilio no puede entregar mensajes desde este número de origen a este destinatario, por ejemplo, porque el destinatario está en otro país o en un operador al que el número no llega.</translation>
    </message>
    <message>
        <source>Leave this lead as failed, or send from a number local to the recipient&apos;s country: add one to a Messaging Service and set its SID on the destination.</source>
        <translation>Deje este contacto como fallido o envíe desde un número local del país del destinatario: añada uno a un Messaging Service y configure su SID en el destino.</translation>
    </message>
    <message>
        <source>Recipient is not a mobile number</source>
        <translation>El destinatario no es un número móvil</translation>
    </message>
    <message>
        <source>The lead&apos;s number exists but cannot receive text messages, usually because it is a landline.</source>
        <translation>El número del contacto existe, pero no puede recibir SMS, normalmente porque es un teléfono fijo.</translation>
    </message>
    <message>
        <source>Ask the lead for a mobile number or reach them another way. Labelling the phone field of your form &quot;Mobile number&quot; avoids this.</source>
        <translation>Pida al contacto un número móvil o comuníquese con él de otra forma. Si etiqueta el campo de teléfono de su formulario como &quot;Número de móvil&quot;, evitará este problema.</translation>
    </message>
    <message>
        <source>Message too long</source>
        <translation>Mensaje demasiado largo</translation>
    </message>
    <message>
        <source>The message came out longer than Twilio&apos;s limit of 1,600 characters.</source>
        <translation>El mensaje resultante supera el límite de Twilio de 1600 caracteres.</translation>
    </message>
    <message>
        <source>Shorten the destination&apos;s Message body template, or avoid inserting long lead fields into it. The preview counts characters and segments for each lead.</source>
        <translation>Acorte la plantilla del cuerpo del mensaje del destino o evite insertar en ella campos largos del contacto. La vista previa cuenta los caracteres y segmentos de cada contacto.</translation>
    </message>
    <message>
        <source>Invalid Messaging Service</source>
        <translation>Messaging Service no válido</translation>
    </message>
    <message>
        <source>The Messaging Service SID on this destination does not match any Messaging Service of this Twilio account.</source>
        <translation>El Messaging Service SID de este destino no corresponde a ningún Messaging Service de esta cuenta de Twilio.</translation>
    </message>
    <message>
        <source>In Twilio Console &gt; Messaging &gt; Services, open the service, copy its SID (it starts with MG) and paste it into the destination&apos;s Messaging Service SID field. Or clear the field to send from the From number.</source>
        <translation>En Twilio Console &gt; Messaging &gt; Services, abra el servicio, copie su SID (empieza por MG) y péguelo en el campo Messaging Service SID del destino. O bien vacíe el campo para enviar desde el número de origen.</translation>
    </message>
    <message>
        <source>Messaging Service queue overflow</source>
        <translation>Desbordamiento de la cola del Messaging Service</translation>
    </message>
    <message>
        <source>Too many messages were waiting on your Messaging Service, and Twilio dropped this one before sending it.</source>
        <translation>Había demasiados mensajes en espera en su Messaging Service, y Twilio descartó este antes de enviarlo.</translation>
    </message>
    <message>
        <source>LeadRails sends it again later. Add numbers to the Messaging Service&apos;s sender pool (Twilio Console &gt; Messaging &gt; Services), or spread your sending over a longer time.</source>
        <translation>LeadRails lo volverá a enviar más tarde. Añada números al grupo de remitentes del Messaging Service (Twilio Console &gt; Messaging &gt; Services) o reparta sus envíos en un periodo más largo.</translation>
    </message>
    <message>
        <source>Twilio account suspended</source>
        <translation>Cuenta de Twilio suspendida</translation>
    </message>
    <message>
        <source>Twilio suspended the account, so it sends no messages at all. Common reasons are an unpaid balance or a compliance review.</source>
        <translation>Twilio suspendió la cuenta, así que no envía ningún mensaje. Los motivos habituales son un saldo impagado o una revisión de cumplimiento normativo.</translation>
    </message>
    <message>
        <source>Sign in to Twilio Console, read the notice about the suspension and settle it (Billing, or Twilio Support). LeadRails pauses the destination; resume it once Twilio reactivates the account.</source>
        <translation>Inicie sesión en Twilio Console, lea el aviso sobre la suspensión y resuélvala (Billing o el soporte de Twilio). LeadRails pone el destino en pausa; reanúdelo cuando Twilio reactive la cuenta.</translation>
    </message>
    <message>
        <source>Phone unreachable</source>
        <translation>Teléfono inalcanzable</translation>
    </message>
    <message>
        <source>The carrier could not reach the recipient&apos;s phone: it may be switched off, out of coverage or no longer in service.</source>
        <translation>El operador no pudo contactar con el teléfono del destinatario: puede que esté apagado, fuera de cobertura o dado de baja.</translation>
    </message>
    <message>
        <source>LeadRails does not resend it by itself. If the lead matters, resend by hand in a day or two, or contact them another way.</source>
        <translation>LeadRails no lo reenvía automáticamente. Si el contacto es importante, reenvíelo manualmente dentro de uno o dos días, o comuníquese con él de otra forma.</translation>
    </message>
    <message>
        <source>Message blocked</source>
        <translation>Mensaje bloqueado</translation>
    </message>
    <message>
        <source>The message was blocked on its way to the recipient, for example because they blocked your number or their carrier refuses messages from it.</source>
        <translation>El mensaje se bloqueó de camino al destinatario, por ejemplo, porque este bloqueó su número o porque su operador rechaza los mensajes de ese número.</translation>
    </message>
    <message>
        <source>Do not resend to this lead. If many leads get this error, review your content and how you collect consent, and check under Twilio Console &gt; Messaging &gt; Regulatory Compliance that your number is registered.</source>
        <translation>No vuelva a enviar a este contacto. Si muchos contactos reciben este error, revise su contenido y cómo obtiene el consentimiento, y compruebe en Twilio Console &gt; Messaging &gt; Regulatory Compliance que su número esté registrado.</translation>
    </message>
    <message>
        <source>Unknown phone number</source>
        <translation>Número de teléfono desconocido</translation>
    </message>
    <message>
        <source>The carrier says this number does not exist or is no longer assigned to anyone.</source>
        <translation>El operador indica que este número no existe o que ya no está asignado a nadie.</translation>
    </message>
    <message>
        <source>Check the lead&apos;s number for typos and ask for a working mobile number; otherwise remove the lead from your list.</source>
        <translation>Compruebe si el número del contacto tiene errores tipográficos y pida un número móvil que funcione; si no, elimine el contacto de su lista.</translation>
    </message>
    <message>
        <source>Landline or unreachable carrier</source>
        <translation>Teléfono fijo u operador inalcanzable</translation>
    </message>
    <message>
        <source>The number is a landline, or belongs to a carrier that does not accept text messages from Twilio.</source>
        <translation>El número es un teléfono fijo o pertenece a un operador que no acepta SMS de Twilio.</translation>
    </message>
    <message>
        <source>Reach this lead by phone call or email instead, and have your forms ask for a mobile number.</source>
        <translation>En su lugar, comuníquese con este contacto por teléfono o por correo electrónico, y haga que sus formularios pidan un número móvil.</translation>
    </message>
    <message>
        <source>Filtered by carriers</source>
        <translation>Filtrado por los operadores</translation>
    </message>
    <message>
        <source>The mobile carrier filtered the message as likely spam. Common causes are a sender not registered for A2P 10DLC, content that looks like spam, or no opt-out wording.</source>
        <translation>El operador móvil filtró el mensaje como probable spam. Las causas habituales son un remitente no registrado para A2P 10DLC, un contenido que parece spam o la falta de instrucciones para darse de baja.</translation>
    </message>
    <message>
        <source>In Twilio Console &gt; Messaging &gt; Regulatory Compliance, register your A2P 10DLC brand and campaign and attach this number. Add opt-out wording (&quot;Reply STOP to opt out.&quot;) to the Message body template, use links on your own domain instead of URL shorteners, and warm up a new number by sending little for its first days.</source>
        <translation>En Twilio Console &gt; Messaging &gt; Regulatory Compliance, registre su marca y su campaña A2P 10DLC y asocie este número a la campaña. Añada a la plantilla del cuerpo del mensaje instrucciones para darse de baja (&quot;Responda STOP para darse de baja.&quot;), use enlaces de su propio dominio en lugar de acortadores de URL y caliente cada número nuevo enviando pocos mensajes durante sus primeros días.</translation>
    </message>
    <message>
        <source>Unknown delivery error</source>
        <translation>Error de entrega desconocido</translation>
    </message>
    <message>
        <source>The carrier reported a delivery failure without saying why.</source>
        <translation>El operador informó de un fallo de entrega sin indicar el motivo.</translation>
    </message>
    <message>
        <source>Sending again later may work, and LeadRails tries again. If one lead keeps failing, check the number; if many do, check status.twilio.com and your message content.</source>
        <translation>Puede que funcione si se envía de nuevo más tarde, y LeadRails vuelve a intentarlo. Si un contacto sigue fallando, revise el número; si fallan muchos, consulte status.twilio.com y revise el contenido de su mensaje.</translation>
    </message>
    <message>
        <source>Toll-free number not verified</source>
        <translation>Número gratuito no verificado</translation>
    </message>
    <message>
        <source>The message left from a toll-free number that has not passed Twilio&apos;s toll-free verification, and US and Canadian carriers block such messages.</source>
        <translation>El mensaje salió de un número gratuito (toll-free) que no ha superado la verificación de números gratuitos de Twilio, y los operadores de EE. UU. y Canadá bloquean esos mensajes.</translation>
    </message>
    <message>
        <source>In Twilio Console &gt; Messaging &gt; Regulatory Compliance, submit or correct the toll-free verification of this number and wait for approval, or send from a number registered to an A2P 10DLC brand and campaign instead. Keep opt-out wording in the message, avoid URL shorteners, and warm up a new number with a low volume.</source>
        <translation>En Twilio Console &gt; Messaging &gt; Regulatory Compliance, envíe o corrija la verificación de número gratuito de este número y espere la aprobación, o bien envíe desde un número registrado en una marca y una campaña A2P 10DLC. Mantenga en el mensaje las instrucciones para darse de baja, evite los acortadores de URL y caliente cada número nuevo con un volumen bajo.</translation>
    </message>
    <message>
        <source>Sender not registered for A2P 10DLC</source>
        <translation>Remitente no registrado para A2P 10DLC</translation>
    </message>
    <message>
        <source>US carriers blocked the message because the From number is not part of an approved A2P 10DLC campaign.</source>
        <translation>Los operadores de EE. UU. bloquearon el mensaje porque el número de origen no forma parte de una campaña A2P 10DLC aprobada.</translation>
    </message>
    <message>
        <source>In Twilio Console &gt; Messaging &gt; Regulatory Compliance, register your brand and an A2P 10DLC campaign, then add this number (or its Messaging Service) to the campaign; approval takes a few days. Meanwhile keep opt-out wording in the template, avoid URL shorteners, and start a new number at a low volume to warm it up.</source>
        <translation>En Twilio Console &gt; Messaging &gt; Regulatory Compliance, registre su marca y una campaña A2P 10DLC y, a continuación, añada este número (o su Messaging Service) a la campaña; la aprobación tarda unos días. Mientras tanto, mantenga en la plantilla las instrucciones para darse de baja, evite los acortadores de URL y empiece con un volumen bajo en cada número nuevo para calentarlo.</translation>
    </message>
    <message>
        <source>Message expired before sending</source>
        <translation>El mensaje caducó antes de enviarse</translation>
    </message>
    <message>
        <source>The message waited in Twilio&apos;s queue longer than its validity period, so Twilio dropped it unsent.</source>
        <translation>El mensaje esperó en la cola de Twilio más tiempo que su periodo de validez, así que Twilio lo descartó sin enviarlo.</translation>
    </message>
    <message>
        <source>LeadRails can send it again later. If it happens often, send fewer messages at once or add numbers to your Messaging Service so the queue empties faster.</source>
        <translation>LeadRails puede volver a enviarlo más tarde. Si ocurre a menudo, envíe menos mensajes a la vez o añada números a su Messaging Service para que la cola se vacíe más rápido.</translation>
    </message>
    <message>
        <source>Twilio error %1</source>
        <translation>Error %1 de Twilio</translation>
    </message>
    <message>
        <source>Twilio reported error %1 without a description.</source>
        <translation>Twilio informó del error %1 sin descripción.</translation>
    </message>
    <message>
        <source>Twilio reported error %1: &quot;%2&quot;</source>
        <translation>Twilio informó del error %1: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>See Twilio&apos;s page for this code.</source>
        <translation>Consulte la página de Twilio sobre este código.</translation>
    </message>
    <message>
        <source>Twilio error %1 — %2: %3 Fix: %4</source>
        <translation>Error %1 de Twilio — %2: %3 Solución: %4</translation>
    </message>
</context>
<context>
    <name>LeadRails::TwilioOutcome</name>
    <message>
        <source>Succeeded</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Error de autenticación</translation>
    </message>
    <message>
        <source>Configuration error</source>
        <translation>Error de configuración</translation>
    </message>
    <message>
        <source>Recipient cannot receive it</source>
        <translation>El destinatario no puede recibirlo</translation>
    </message>
    <message>
        <source>Recipient unsubscribed</source>
        <translation>Destinatario dado de baja</translation>
    </message>
    <message>
        <source>Filtered by carriers</source>
        <translation>Filtrado por los operadores</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Límite de frecuencia alcanzado</translation>
    </message>
    <message>
        <source>Temporary failure</source>
        <translation>Fallo temporal</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconocido</translation>
    </message>
</context>
<context>
    <name>LeadRails::TwilioVerifier</name>
    <message>
        <source>Check the internet connection and try Verify again in a moment.</source>
        <translation>Compruebe la conexión a Internet y vuelva a usar Verificar dentro de un momento.</translation>
    </message>
    <message>
        <source>Check the destination&apos;s settings and try again.</source>
        <translation>Revise la configuración del destino y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Messaging Service %1</source>
        <translation>Messaging Service %1</translation>
    </message>
    <message>
        <source>From number %1</source>
        <translation>Número de origen %1</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Cuenta %1</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is %2, so it cannot send messages.</source>
        <translation>La cuenta &quot;%1&quot; está en estado %2, así que no puede enviar mensajes.</translation>
    </message>
    <message>
        <source>Reactivate the account in the Twilio Console (Account &gt; General settings, or Billing if it was suspended for payment), or use another account.</source>
        <translation>Reactive la cuenta en Twilio Console (Account &gt; General settings, o Billing si se suspendió por falta de pago) o use otra cuenta.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an active trial account. Trial accounts send only to phone numbers verified in the Console and add a trial notice to each message.</source>
        <translation>&quot;%1&quot; es una cuenta de prueba activa. Las cuentas de prueba solo envían a números de teléfono verificados en la consola y añaden un aviso de prueba a cada mensaje.</translation>
    </message>
    <message>
        <source>Upgrade the account in the Twilio Console before sending to real leads.</source>
        <translation>Actualice la cuenta a una de pago en Twilio Console antes de enviar mensajes a contactos reales.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is active (%2 account); the credentials work.</source>
        <translation>&quot;%1&quot; está activa (cuenta %2); las credenciales funcionan.</translation>
    </message>
    <message>
        <source>These are Twilio test credentials. They work, but only for sending to test numbers: nothing is delivered and nothing else can be checked with them.</source>
        <translation>Son credenciales de prueba de Twilio. Funcionan, pero solo para enviar a números de prueba: no se entrega nada y no permiten comprobar nada más.</translation>
    </message>
    <message>
        <source>To verify the real sender, use the live Account SID and Auth Token. To try Send Test with these test credentials, set the From number to %1.</source>
        <translation>Para verificar el remitente real, use el Account SID y el Auth Token de producción. Para probar Enviar prueba con estas credenciales de prueba, use %1 como número de origen.</translation>
    </message>
    <message>
        <source>Not checked: test credentials cannot read phone numbers or services.</source>
        <translation>No comprobado: las credenciales de prueba no pueden leer números de teléfono ni servicios.</translation>
    </message>
    <message>
        <source>Not checked: the account check failed.</source>
        <translation>No comprobado: la comprobación de la cuenta falló.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists in this account. Messages go out from its sender pool.</source>
        <translation>&quot;%1&quot; existe en esta cuenta. Los mensajes salen de su grupo de remitentes.</translation>
    </message>
    <message>
        <source>The From number %1 is not used while a Messaging Service is set.</source>
        <translation>El número de origen %1 no se usa mientras haya un Messaging Service configurado.</translation>
    </message>
    <message>
        <source>%1 is not a phone number of this Twilio account.</source>
        <translation>%1 no es un número de teléfono de esta cuenta de Twilio.</translation>
    </message>
    <message>
        <source>%1 belongs to this account and can send SMS.</source>
        <translation>%1 pertenece a esta cuenta y puede enviar SMS.</translation>
    </message>
    <message>
        <source>%1 belongs to this account but cannot send SMS.</source>
        <translation>%1 pertenece a esta cuenta, pero no puede enviar SMS.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LeadRails Desktop</source>
        <translation>LeadRails Desktop</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinos</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No messages sent yet&lt;/h2&gt;&lt;p&gt;Every SMS LeadRails sends is recorded here with its attempts and its delivery status from Twilio.&lt;/p&gt;&lt;p&gt;Create a destination and send a test message to see your first job.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Todavía no se ha enviado ningún mensaje&lt;/h2&gt;&lt;p&gt;Cada SMS que envía LeadRails queda registrado aquí con sus intentos y su estado de entrega en Twilio.&lt;/p&gt;&lt;p&gt;Cree un destino y envíe un mensaje de prueba para ver su primer trabajo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No alerts&lt;/h2&gt;&lt;p&gt;Problems that need you (rejected credentials, carrier filtering, failed deliveries) appear here, each with what to do about it.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;No hay alertas&lt;/h2&gt;&lt;p&gt;Aquí aparecen los problemas que requieren su atención (credenciales rechazadas, filtrado del operador, entregas fallidas), cada uno con lo que puede hacer para resolverlo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Nothing changed yet&lt;/h2&gt;&lt;p&gt;Every change to a destination, a secret or the suppression list is recorded here: when, by whom and what changed. Secrets themselves are never recorded.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Todavía no hay cambios&lt;/h2&gt;&lt;p&gt;Aquí se registra cada cambio en un destino, un secreto o la lista de exclusión: cuándo, quién y qué cambió. Los secretos nunca se registran.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Suppression list</source>
        <translation>Lista de exclusión</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No destinations yet&lt;/h2&gt;&lt;p&gt;A destination is one Twilio account and sender that your leads are texted from.&lt;/p&gt;&lt;p&gt;Create your first one with the form below: you will need your Twilio &lt;b&gt;Account SID&lt;/b&gt; (starts with AC), your &lt;b&gt;Auth Token&lt;/b&gt; or an API key, and an SMS-capable &lt;b&gt;From number&lt;/b&gt; or &lt;b&gt;Messaging Service&lt;/b&gt;. The preview on the right shows exactly what your leads will receive.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Todavía no hay destinos&lt;/h2&gt;&lt;p&gt;Un destino es una cuenta de Twilio y un remitente desde el que se envían SMS a sus contactos.&lt;/p&gt;&lt;p&gt;Cree el primero con el formulario de abajo: necesitará el &lt;b&gt;Account SID&lt;/b&gt; de Twilio (empieza por AC), su &lt;b&gt;Auth Token&lt;/b&gt; o una API Key, y un &lt;b&gt;número de origen&lt;/b&gt; con SMS o un &lt;b&gt;Messaging Service&lt;/b&gt;. La vista previa de la derecha muestra exactamente lo que recibirán sus contactos.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LeadRails Desktop: send your leads as SMS through your own Twilio account.</source>
        <translation>LeadRails Desktop: envíe sus contactos como SMS a través de su propia cuenta de Twilio.</translation>
    </message>
    <message>
        <source>Build and show the main window, then exit (for checks).</source>
        <translation>Construye y muestra la ventana principal y sale (para comprobaciones).</translation>
    </message>
    <message>
        <source>Use &lt;language&gt; (e.g. es) instead of the system language.</source>
        <translation>Usa &lt;idioma&gt; (p. ej., es) en lugar del idioma del sistema.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>argumento inesperado &apos;%1&apos;.</translation>
    </message>
</context>
</TS>
