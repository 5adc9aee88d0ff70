<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>LeadRails::Cli</name>
    <message>
        <source>Show where this profile keeps its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read or change this profile&apos;s settings (get, set, list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadRails Desktop from the command line: manage destinations, preview and send messages, and inspect jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run (see the list above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadRails Desktop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets:      system keychain, service &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read or change this profile&apos;s settings.

  get KEY          print the value of KEY
  set KEY VALUE    store VALUE under KEY
  list             print every KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get, set or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say get, set or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes %n argument(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no setting named &apos;%2&apos; in this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not write %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadRails::CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; to see the options.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadRails::KeychainSecretStore</name>
    <message>
        <source>macOS Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Secret Service keyring (GNOME Keyring or KWallet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadRails::MainWindow</name>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where LeadRails keeps this profile&apos;s database, settings and logs. Secrets are kept in the system keychain, not here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready. Create a destination to start sending.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadRails::Profile</name>
    <message>
        <source>Keep the database, settings and logs in &lt;dir&gt; instead of the default profile (also LEADRAILS_DATA_DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 is a file. Choose a folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the data folder %1. Check its permissions or choose another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 cannot be written to. Check its permissions or choose another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadRails::SecretStore</name>
    <message>
        <source>No keychain service is available, so the secret cannot be stored safely. Install and unlock a Secret Service provider (GNOME Keyring: apt install gnome-keyring, or KWallet) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Unlock your keyring (or allow LeadRails Desktop when asked) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is not in the keychain (it may have been deleted outside LeadRails). Enter it again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LeadRails Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No destinations yet&lt;/h2&gt;&lt;p&gt;A destination is one Twilio account and sender that your leads are texted from.&lt;/p&gt;&lt;p&gt;Start by creating your first destination: you will need your Twilio &lt;b&gt;Account SID&lt;/b&gt; (starts with AC), your &lt;b&gt;Auth Token&lt;/b&gt; or an API key, and an SMS-capable &lt;b&gt;From number&lt;/b&gt; or &lt;b&gt;Messaging Service&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No messages sent yet&lt;/h2&gt;&lt;p&gt;Every SMS LeadRails sends is recorded here with its attempts and its delivery status from Twilio.&lt;/p&gt;&lt;p&gt;Create a destination and send a test message to see your first job.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No alerts&lt;/h2&gt;&lt;p&gt;Problems that need you (rejected credentials, carrier filtering, failed deliveries) appear here, each with what to do about it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Nothing changed yet&lt;/h2&gt;&lt;p&gt;Every change to a destination, a secret or the suppression list is recorded here: when, by whom and what changed. Secrets themselves are never recorded.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LeadRails Desktop: send your leads as SMS through your own Twilio account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build and show the main window, then exit (for checks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &lt;language&gt; (e.g. es) instead of the system language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
