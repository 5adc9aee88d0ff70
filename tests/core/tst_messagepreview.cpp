#include "Lead.h"
#include "MessagePreview.h"

#include <QJsonArray>
#include <QTest>

using namespace LeadRails;

namespace {
const QString kBody = QStringLiteral("Hi {{name}}, thanks for your interest. We'll reach out at {{email}}. "
                                     "Reply STOP to opt out, HELP for help.");

QJsonObject lead(const QString &phone = QStringLiteral("+14155552671"))
{
    return QJsonObject{{QStringLiteral("name"), QStringLiteral("Ada")},
                       {QStringLiteral("phone"), phone},
                       {QStringLiteral("email"), QStringLiteral("ada@example.com")}};
}

MessagePreview previewOf(const QString &body, const QJsonObject &l = lead(), bool marketing = true,
                         const QString &recipient = QStringLiteral("{{phone}}"))
{
    MessageSettings settings;
    settings.bodyTemplate = body;
    settings.recipientTemplate = recipient;
    settings.marketing = marketing;
    return MessagePreviewer(settings).preview(l);
}

QStringList codes(const MessagePreview &p)
{
    QStringList out;
    for (const auto &i : p.issues)
        out << i.code;
    return out;
}
} // namespace

class tst_MessagePreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRenderExactlyWhatTwilioReceives();
    void shouldReportIssues_data();
    void shouldReportIssues();
    void shouldPointUnknownVariableAtItsTemplatePosition();
    void shouldNormaliseRecipientToE164();
    void shouldRecogniseFictionalSampleNumber();
    void shouldSuggestGsmReplacementForLookalike();
    void shouldMarkTooLongBodyFromCharacter1601();
    void shouldReparseOnlyChangedTemplate();
    void shouldProduceDocumentedJson();
    void shouldParseLeadsWithClearErrors_data();
    void shouldParseLeadsWithClearErrors();
};

void tst_MessagePreview::shouldRenderExactlyWhatTwilioReceives()
{
    const auto p = previewOf(kBody);
    QCOMPARE(p.to(), QStringLiteral("+14155552671"));
    QCOMPARE(p.body, QStringLiteral(
                         "Hi Ada, thanks for your interest. We'll reach out at ada@example.com. Reply STOP "
                         "to opt out, HELP for help."));
    QCOMPARE(p.segments.encoding, SmsSegments::Encoding::Gsm7);
    QCOMPARE(p.segments.segments, 1);
    QVERIFY2(p.issues.isEmpty(), qPrintable(codes(p).join(QLatin1Char(','))));
    QVERIFY(p.sendable);
}

void tst_MessagePreview::shouldReportIssues_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<bool>("marketing");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("blocksSending");

    const QString stop = QStringLiteral(" Reply STOP to opt out, HELP for help.");
    QTest::newRow("no opt-out wording")
        << QStringLiteral("Hi {{name}}, HELP for help.") << QStringLiteral("+14155552671") << true
        << QStringLiteral("missing_opt_out") << false;
    QTest::newRow("marketing without HELP")
        << QStringLiteral("Hi {{name}}. Reply STOP to opt out.") << QStringLiteral("+14155552671") << true
        << QStringLiteral("missing_help") << false;
    QTest::newRow("body over 1600 characters")
        << QString(1601 - stop.size(), QLatin1Char('a')) + stop << QStringLiteral("+14155552671") << true
        << QStringLiteral("body_too_long") << true;
    QTest::newRow("body empty after rendering")
        << QStringLiteral("{{#vip}}VIP offer{{/vip}}") << QStringLiteral("+14155552671") << true
        << QStringLiteral("body_empty") << true;
    QTest::newRow("recipient not a phone number")
        << kBody << QStringLiteral("call me maybe") << true << QStringLiteral("recipient_invalid") << true;
    QTest::newRow("recipient too short")
        << kBody << QStringLiteral("+1415") << true << QStringLiteral("recipient_invalid") << true;
    QTest::newRow("recipient in national format") << kBody << QStringLiteral("(415) 555-2671") << true
                                                  << QStringLiteral("recipient_normalized") << false;
    QTest::newRow("unknown variable")
        << QStringLiteral("Hi {{nmae}}.") + stop << QStringLiteral("+14155552671") << true
        << QStringLiteral("unknown_variable") << false;
    QTest::newRow("template syntax error")
        << QStringLiteral("Hi {{#name}}friend") + stop << QStringLiteral("+14155552671") << true
        << QStringLiteral("template_syntax") << true;
    QTest::newRow("link shortener") << QStringLiteral("See https://bit.ly/3xYz now.") + stop
                                    << QStringLiteral("+14155552671") << true
                                    << QStringLiteral("link_shortener") << false;
    QTest::newRow("single curly apostrophe")
        << QStringLiteral("We\u2019ll call.") + stop << QStringLiteral("+14155552671") << true
        << QStringLiteral("ucs2_lookalike") << false;
    QTest::newRow("emoji forces UCS-2")
        << QStringLiteral("Hi \U0001F44B") + stop << QStringLiteral("+14155552671") << true
        << QStringLiteral("ucs2_encoding") << false;
}

void tst_MessagePreview::shouldReportIssues()
{
    QFETCH(QString, body);
    QFETCH(QString, phone);
    QFETCH(bool, marketing);
    QFETCH(QString, code);
    QFETCH(bool, blocksSending);
    const auto p = previewOf(body, lead(phone), marketing);
    QVERIFY2(p.hasIssue(code), qPrintable(codes(p).join(QLatin1Char(','))));
    QCOMPARE(p.sendable, !blocksSending);
    for (const auto &i : p.issues) {
        if (i.code == code) {
            QVERIFY2(i.message.size() > 20, qPrintable(i.message));
            QCOMPARE(i.isError(), blocksSending);
        }
    }
}

void tst_MessagePreview::shouldPointUnknownVariableAtItsTemplatePosition()
{
    const QString body = QStringLiteral("Hi {{nmae}}. Reply STOP to opt out, HELP for help.");
    const auto p = previewOf(body);
    const auto it = std::find_if(p.issues.cbegin(), p.issues.cend(), [](const PreviewIssue &i) {
        return i.code == QLatin1String("unknown_variable");
    });
    QVERIFY(it != p.issues.cend());
    QCOMPARE(it->field, PreviewIssue::Field::BodyTemplate);
    QCOMPARE(body.mid(it->start, it->end - it->start), QStringLiteral("{{nmae}}"));
    QVERIFY2(it->message.contains(QLatin1String("nmae")), qPrintable(it->message));
}

void tst_MessagePreview::shouldNormaliseRecipientToE164()
{
    MessageSettings settings;
    settings.bodyTemplate = kBody;
    settings.defaultRegion = QStringLiteral("GB");
    const auto p = MessagePreviewer(settings).preview(lead(QStringLiteral("07400 123456")));
    QCOMPARE(p.to(), QStringLiteral("+447400123456"));
    QVERIFY(p.sendable);
    QVERIFY(p.hasIssue(QStringLiteral("recipient_normalized")));
}

void tst_MessagePreview::shouldRecogniseFictionalSampleNumber()
{
    const auto p = previewOf(kBody, Lead::sample());
    QVERIFY(p.recipient.fictional);
    QCOMPARE(p.to(), QStringLiteral("+15555550100"));
    QVERIFY(p.hasIssue(QStringLiteral("recipient_fictional")));
    QVERIFY(!p.hasIssue(QStringLiteral("recipient_invalid")));
}

void tst_MessagePreview::shouldSuggestGsmReplacementForLookalike()
{
    // 150 GSM characters plus one curly apostrophe: UCS-2 costs 3 segments where GSM-7 needs 1.
    const QString body = QStringLiteral("We\u2019ll call. Reply STOP to opt out, HELP for help. ") +
                         QString(150 - 51, QLatin1Char('x'));
    const auto p = previewOf(body);
    QCOMPARE(p.segments.encoding, SmsSegments::Encoding::Ucs2);
    const auto it = std::find_if(p.issues.cbegin(), p.issues.cend(), [](const PreviewIssue &i) {
        return i.code == QLatin1String("ucs2_lookalike");
    });
    QVERIFY(it != p.issues.cend());
    QCOMPARE(it->field, PreviewIssue::Field::Body);
    QCOMPARE(p.body.mid(it->start, it->end - it->start), QStringLiteral("\u2019"));
    QVERIFY2(it->message.contains(QLatin1String("\"'\"")), qPrintable(it->message));
    QVERIFY2(it->message.contains(QStringLiteral("%1 segments instead of 1").arg(p.segments.segments)),
             qPrintable(it->message));
}

void tst_MessagePreview::shouldMarkTooLongBodyFromCharacter1601()
{
    const QString stop = QStringLiteral(" Reply STOP to opt out, HELP for help.");
    const QString body = QString(1700 - stop.size(), QLatin1Char('a')) + stop;
    const auto p = previewOf(body);
    const auto it = std::find_if(p.issues.cbegin(), p.issues.cend(), [](const PreviewIssue &i) {
        return i.code == QLatin1String("body_too_long");
    });
    QVERIFY(it != p.issues.cend());
    QCOMPARE(it->start, 1600);
    QCOMPARE(it->end, 1700);
    QVERIFY2(it->message.contains(QLatin1String("1700")) && it->message.contains(QLatin1String("100")),
             qPrintable(it->message));
    // Exactly 1,600 is fine.
    QVERIFY(!previewOf(QString(1600 - stop.size(), QLatin1Char('a')) + stop)
                 .hasIssue(QStringLiteral("body_too_long")));
}

void tst_MessagePreview::shouldReparseOnlyChangedTemplate()
{
    MessagePreviewer previewer;
    MessageSettings settings;
    settings.bodyTemplate = kBody;
    previewer.setSettings(settings);
    QCOMPARE(previewer.preview(lead()).to(), QStringLiteral("+14155552671"));
    settings.bodyTemplate = QStringLiteral("Bye {{name}}. Reply STOP to opt out, HELP for help.");
    previewer.setSettings(settings);
    const auto p = previewer.preview(lead());
    QCOMPARE(p.body, QStringLiteral("Bye Ada. Reply STOP to opt out, HELP for help."));
    QCOMPARE(p.to(), QStringLiteral("+14155552671"));
}

void tst_MessagePreview::shouldProduceDocumentedJson()
{
    const QJsonObject json = previewOf(QStringLiteral("Hi {{name}} \u2019")).toJson();
    const QJsonObject to = json.value(QStringLiteral("to")).toObject();
    QCOMPARE(to.value(QStringLiteral("input")).toString(), QStringLiteral("+14155552671"));
    QCOMPARE(to.value(QStringLiteral("e164")).toString(), QStringLiteral("+14155552671"));
    QVERIFY(to.value(QStringLiteral("valid")).toBool());
    QVERIFY(to.value(QStringLiteral("error")).isNull());
    QCOMPARE(to.value(QStringLiteral("region")).toString(), QStringLiteral("US"));
    QCOMPARE(json.value(QStringLiteral("body")).toString(), QStringLiteral("Hi Ada \u2019"));
    QCOMPARE(json.value(QStringLiteral("encoding")).toString(), QStringLiteral("UCS-2"));
    QCOMPARE(json.value(QStringLiteral("segments")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("characters")).toInt(), 8);
    QCOMPARE(json.value(QStringLiteral("charactersPerSegment")).toArray(), QJsonArray{8});
    const QJsonObject nonGsm = json.value(QStringLiteral("nonGsmCharacters")).toArray().first().toObject();
    QCOMPARE(nonGsm.value(QStringLiteral("position")).toInt(), 7);
    QCOMPARE(nonGsm.value(QStringLiteral("replacement")).toString(), QStringLiteral("'"));
    const QJsonArray warnings = json.value(QStringLiteral("warnings")).toArray();
    QVERIFY(!warnings.isEmpty());
    for (const auto &w : warnings) {
        const QJsonObject o = w.toObject();
        QVERIFY(!o.value(QStringLiteral("code")).toString().isEmpty());
        QVERIFY(o.value(QStringLiteral("severity")) == QLatin1String("warning") ||
                o.value(QStringLiteral("severity")) == QLatin1String("error"));
        QVERIFY(o.contains(QStringLiteral("start")) && o.contains(QStringLiteral("end")));
    }
    QVERIFY(json.value(QStringLiteral("sendable")).toBool());
}

void tst_MessagePreview::shouldParseLeadsWithClearErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("object") << QByteArray(R"({"name":"Ada"})") << QString();
    QTest::newRow("array") << QByteArray(R"([1,2])") << QStringLiteral("must be a JSON object");
    QTest::newRow("truncated") << QByteArray(R"({"name":"Ada")") << QStringLiteral("not valid JSON");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
}

void tst_MessagePreview::shouldParseLeadsWithClearErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString message;
    const auto lead = Lead::parse(json, &message);
    QCOMPARE(lead.has_value(), error.isEmpty());
    QVERIFY2(message.contains(error), qPrintable(message));
}

QTEST_GUILESS_MAIN(tst_MessagePreview)
#include "tst_messagepreview.moc"
