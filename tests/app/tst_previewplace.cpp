#include "DestinationsPage.h"
#include "Lead.h"
#include "MainWindow.h"
#include "MessagePreviewPanel.h"
#include "PhoneNumbers.h"
#include "TestSupport.h"
#include "Workspace.h"

#include <QLabel>
#include <QTest>

using namespace LeadRails;

// The app loads the phone geocoder only after its first paint (PhoneNumbers::deferGeocoder): the preview
// shows the recipient without its place until then, and with it once the geocoder has loaded. A process of
// its own: deferring is for the whole process and must come before any number is analysed.
class tst_PreviewPlace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldNameTheRecipientsPlaceOnceTheGeocoderHasLoaded();
};

void tst_PreviewPlace::shouldNameTheRecipientsPlaceOnceTheGeocoderHasLoaded()
{
    PhoneNumbers::deferGeocoder();
    QString error;
    auto workspace = Testing::temporaryWorkspace(&error);
    QVERIFY2(workspace, qPrintable(error));
    MainWindow window(*workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QJsonObject lead = Lead::sample();
    lead.insert(QStringLiteral("phone"), QStringLiteral("+14155552671"));
    window.destinationsPage()->previewPanel()->setSampleLead(lead);
    auto *recipient = window.findChild<QLabel *>(QStringLiteral("previewRecipient"));
    QVERIFY(recipient);
    QTRY_VERIFY2(recipient->text().contains(QStringLiteral("+14155552671")), qPrintable(recipient->text()));
    QVERIFY2(!recipient->text().contains(QStringLiteral("San Francisco")), qPrintable(recipient->text()));

    window.loadPhoneGeocoder(); // what main() does once the window has painted
    QTRY_VERIFY2(recipient->text().contains(QStringLiteral("San Francisco, CA")),
                 qPrintable(recipient->text()));
}

QTEST_MAIN(tst_PreviewPlace)
#include "tst_previewplace.moc"
