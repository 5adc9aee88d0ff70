<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>LeadRails::Cli</name>
    <message>
        <source>Show where this profile keeps its data.</source>
        <translation>Muestra dónde guarda sus datos este perfil.</translation>
    </message>
    <message>
        <source>Read or change this profile's settings (get, set, list).</source>
        <translation>Lee o cambia la configuración de este perfil (get, set, list).</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>Run '%1 COMMAND --help' for a command's options.</source>
        <translation>Ejecute '%1 ORDEN --help' para ver las opciones de una orden.</translation>
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
        <source>unknown command '%1'.</source>
        <translation>orden desconocida '%1'.</translation>
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
        <source>Secrets:      system keychain, service "%1"</source>
        <translation>Secretos:          llavero del sistema, servicio "%1"</translation>
    </message>
    <message>
        <source>Read or change this profile's settings.

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
        <source>%1: no setting named '%2' in this profile.</source>
        <translation>%1: este perfil no tiene ninguna opción llamada '%2'.</translation>
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
        <source>Run '%1 --help' to see the options.
</source>
        <translation>Ejecute '%1 --help' para ver las opciones.
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
    <name>LeadRails::MainWindow</name>
    <message>
        <source>Profile: %1</source>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <source>Where LeadRails keeps this profile's database, settings and logs. Secrets are kept in the system keychain, not here.</source>
        <translation>Dónde guarda LeadRails la base de datos, la configuración y los registros de este perfil. Los secretos se guardan en el llavero del sistema, no aquí.</translation>
    </message>
    <message>
        <source>Ready. Create a destination to start sending.</source>
        <translation>Listo. Cree un destino para empezar a enviar.</translation>
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
        <source>unexpected argument '%1'.</source>
        <translation>argumento inesperado '%1'.</translation>
    </message>
</context>
</TS>