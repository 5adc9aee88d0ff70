#include "PhoneNumbers.h"

#include <QTest>

using namespace LeadRails;

// The place of a number comes from the geocoder module. The app defers loading it until its window has
// painted; numbers are analysed in full meanwhile, and the place appears once it has loaded. (A process of
// its own: deferring is for the whole process.)
class tst_PhoneGeocoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldAnalyseWithoutThePlaceUntilTheDeferredGeocoderHasLoaded();
};

void tst_PhoneGeocoder::shouldAnalyseWithoutThePlaceUntilTheDeferredGeocoderHasLoaded()
{
    PhoneNumbers::deferGeocoder();
    const PhoneAnalysis before = PhoneNumbers::analyze(QStringLiteral("+14155552671"));
    QVERIFY(before.valid);
    QCOMPARE(before.region, QStringLiteral("US"));
    QCOMPARE(before.location, QString());

    PhoneNumbers::loadGeocoder();
    const PhoneAnalysis after = PhoneNumbers::analyze(QStringLiteral("+14155552671"));
    QCOMPARE(after.location, QStringLiteral("San Francisco, CA"));
    QCOMPARE(PhoneNumbers::analyze(QStringLiteral("+39 02 1234 5678")).location, QStringLiteral("Milan"));
}

QTEST_GUILESS_MAIN(tst_PhoneGeocoder)
#include "tst_phonegeocoder.moc"
