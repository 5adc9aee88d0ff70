<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
        <source>%1 are not in the GSM-7 alphabet, so the message is sent as UCS-2: 70 characters per segment instead of 160 (%2 segments).</source>
        <translation>Los caracteres %1 no están en el alfabeto GSM-7, así que el mensaje se envía como UCS-2: 70 caracteres por segmento en lugar de 160 (%2 segmentos).</translation>
    </message>
    <message>
        <source>The message is empty for this lead. Write a message body, or add a fallback such as {{^name}}there{{/name}} for missing fields.</source>
        <translation>El mensaje queda vacío para este contacto. Escriba un cuerpo de mensaje o añada un texto alternativo para los campos que falten, como {{^name}}cliente{{/name}}.</translation>
    </message>
    <message>
        <source>The message has %1 characters; Twilio accepts at most %2. Shorten it by %3.</source>
        <translation>El mensaje tiene %1 caracteres; Twilio acepta como máximo %2. Acórtelo en %3 caracteres.</translation>
    </message>
    <message>
        <source>1 segment</source>
        <translation>1 segmento</translation>
    </message>
    <message>
        <source>%1 segments</source>
        <translation>%1 segmentos</translation>
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
        <source>&lt;h2&gt;No destinations yet&lt;/h2&gt;&lt;p&gt;A destination is one Twilio account and sender that your leads are texted from.&lt;/p&gt;&lt;p&gt;Start by creating your first destination: you will need your Twilio &lt;b&gt;Account SID&lt;/b&gt; (starts with AC), your &lt;b&gt;Auth Token&lt;/b&gt; or an API key, and an SMS-capable &lt;b&gt;From number&lt;/b&gt; or &lt;b&gt;Messaging Service&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Todavía no hay destinos&lt;/h2&gt;&lt;p&gt;Un destino es una cuenta de Twilio y un remitente desde el que se envían SMS a sus contactos.&lt;/p&gt;&lt;p&gt;Empiece creando su primer destino: necesitará el &lt;b&gt;Account SID&lt;/b&gt; de Twilio (empieza por AC), su &lt;b&gt;Auth Token&lt;/b&gt; o una clave de API, y un &lt;b&gt;número de origen&lt;/b&gt; con SMS o un &lt;b&gt;Messaging Service&lt;/b&gt;.&lt;/p&gt;</translation>
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
