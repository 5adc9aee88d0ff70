<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>LeadRails::Cli</name>
    <message numerus="yes">
        <source>%n job(s) cannot go on until their destination is resumed or fixed: %1. Resume with &apos;leadrails-cli destination resume NAME&apos;.</source>
        <translation>
            <numerusform>%n job cannot go on until their destination is resumed or fixed: %1. Resume with &apos;leadrails-cli destination resume NAME&apos;.</numerusform>
            <numerusform>%n jobs cannot go on until their destination is resumed or fixed: %1. Resume with &apos;leadrails-cli destination resume NAME&apos;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadRails::DestinationEditor</name>
    <message numerus="yes">
        <source>Fix the fields marked in red first (%n left).</source>
        <translation>
            <numerusform>Fix the fields marked in red first (%n left).</numerusform>
            <numerusform>Fix the fields marked in red first (%n left).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadRails::DevSeed</name>
    <message numerus="yes">
        <source>Carriers filtered %n message(s) from &quot;%1&quot; (30007/30034). Register the sender for 10DLC (A2P brand and campaign) in Twilio Console, then send again.</source>
        <translation>
            <numerusform>Carriers filtered %n message from &quot;%1&quot; (30007/30034). Register the sender for 10DLC (A2P brand and campaign) in Twilio Console, then send again.</numerusform>
            <numerusform>Carriers filtered %n messages from &quot;%1&quot; (30007/30034). Register the sender for 10DLC (A2P brand and campaign) in Twilio Console, then send again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadRails::Dispatcher</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadRails::JobStore</name>
    <message numerus="yes">
        <source>%n lead(s) could not be sent and were skipped. The first: %1</source>
        <translation>
            <numerusform>%n lead could not be sent and were skipped. The first: %1</numerusform>
            <numerusform>%n leads could not be sent and were skipped. The first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retried %Ln job(s)</source>
        <translation>
            <numerusform>Retried %Ln job</numerusform>
            <numerusform>Retried %Ln jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Canceled %Ln job(s)</source>
        <translation>
            <numerusform>Canceled %Ln job</numerusform>
            <numerusform>Canceled %Ln jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln skipped (%2).</source>
        <comment>Retried 12 jobs; 3 skipped (Delivered).</comment>
        <translation>
            <numerusform>%1; %Ln skipped (%2).</numerusform>
            <numerusform>%1; %Ln skipped (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadRails::JobsPage</name>
    <message numerus="yes">
        <source>&lt;p&gt;%n segment(s), %1 · created %2%3&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n segment, %1 · created %2%3&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n segments, %1 · created %2%3&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln job(s) selected</source>
        <translation>
            <numerusform>%Ln job selected</numerusform>
            <numerusform>%Ln jobs selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln can be sent again (failed, undelivered or gave up).</source>
        <translation>
            <numerusform>%Ln can be sent again (failed, undelivered or gave up).</numerusform>
            <numerusform>%Ln can be sent again (failed, undelivered or gave up).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln can be canceled (not sent yet).</source>
        <translation>
            <numerusform>%Ln can be canceled (not sent yet).</numerusform>
            <numerusform>%Ln can be canceled (not sent yet).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry %Ln</source>
        <translation>
            <numerusform>&amp;Retry %Ln</numerusform>
            <numerusform>&amp;Retry %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Cancel %Ln</source>
        <translation>
            <numerusform>&amp;Cancel %Ln</numerusform>
            <numerusform>&amp;Cancel %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry %Ln selected job(s)</source>
        <translation>
            <numerusform>Retry %Ln selected job</numerusform>
            <numerusform>Retry %Ln selected jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %Ln selected job(s)</source>
        <translation>
            <numerusform>Cancel %Ln selected job</numerusform>
            <numerusform>Cancel %Ln selected jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %Ln queued job(s)? They will not be sent.</source>
        <translation>
            <numerusform>Cancel %Ln queued job? It will not be sent.</numerusform>
            <numerusform>Cancel %Ln queued jobs? They will not be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %Ln job(s)</source>
        <translation>
            <numerusform>Cancel %Ln job</numerusform>
            <numerusform>Cancel %Ln jobs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadRails::MainWindow</name>
    <message numerus="yes">
        <source>%n destination(s) paused</source>
        <translation>
            <numerusform>%n destination paused</numerusform>
            <numerusform>%n destinations paused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting</source>
        <translation>
            <numerusform>%n message waiting</numerusform>
            <numerusform>%n messages waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadRails::MessagePreview</name>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 are not in the GSM-7 alphabet, so the message is sent as UCS-2: 70 characters per segment instead of 160 (%n segment(s)).</source>
        <translation>
            <numerusform>%1 are not in the GSM-7 alphabet, so the message is sent as UCS-2: 70 characters per segment instead of 160 (%n segment).</numerusform>
            <numerusform>%1 are not in the GSM-7 alphabet, so the message is sent as UCS-2: 70 characters per segment instead of 160 (%n segments).</numerusform>
        </translation>
    </message>
</context>
</TS>
