// What every section looks like to a user, in a light and a dark palette, at 100 % and (in the ctest run
// with QT_SCALE_FACTOR=2) at 200 %: text stays legible against what is behind it, every control has a name a
// screen reader can say and is reachable with Tab, and the window fits a 1280 x 800 (logical) screen.
// With LEADRAILS_SHOTS_DIR set, each section is also saved as a PNG there, to be looked at.

#include "AppStyle.h"
#include "DarkPalette.h"
#include "DestinationStore.h"
#include "DevSeed.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "Workspace.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScreen>
#include <QStackedWidget>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace LeadRails;

namespace {

// Fusion's usual dark palette, as a desktop in dark mode hands it to Qt.

double luminance(QRgb rgb)
{
    const auto channel = [](int value) {
        const double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(qRed(rgb)) + 0.7152 * channel(qGreen(rgb)) + 0.0722 * channel(qBlue(rgb));
}

// The contrast between the darkest and the lightest pixel of a label's area (WCAG's ratio): the text's
// strokes against what is behind them.
double contrastIn(const QImage &image, const QRect &rect)
{
    double darkest = 1, lightest = 0;
    const QRect area = rect.intersected(image.rect());
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const double l = luminance(image.pixel(x, y));
            darkest = std::min(darkest, l);
            lightest = std::max(lightest, l);
        }
    }
    return (lightest + 0.05) / (darkest + 0.05);
}

bool isControl(QWidget *widget)
{
    return qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget) ||
           qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractItemView *>(widget) ||
           qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QAbstractSpinBox *>(widget) ||
           (qobject_cast<QTextEdit *>(widget) && !static_cast<QTextEdit *>(widget)->isReadOnly());
}

// What a screen reader announces for the widget: its accessible name, or what Qt derives from its text or
// its buddy label.
QString spokenName(QWidget *widget)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
}

QString describe(QWidget *widget)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
}

} // namespace

class tst_Appearance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldStayLegibleInEverySection_data();
    void shouldStayLegibleInEverySection();
    void shouldNameEveryControlForScreenReaders_data();
    void shouldNameEveryControlForScreenReaders();
    void shouldReachEveryControlWithTab_data();
    void shouldReachEveryControlWithTab();
    void shouldFitSmallScreen();

private:
    void sections();
    MainWindow &window();

    QTemporaryDir m_root;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void tst_Appearance::initTestCase()
{
    QApplication::setStyle(new AppStyle(QStyleFactory::create(QStringLiteral("Fusion")))); // as the app
    QString error;
    m_workspace = Workspace::open(*Profile::open(m_root.filePath(QStringLiteral("p")), nullptr),
                                  std::make_unique<Testing::MemorySecretStore>(), &error);
    QVERIFY2(m_workspace, qPrintable(error));
    DevSeed::Options options;
    options.jobs = 3000;
    QVERIFY(DevSeed::run(m_workspace->database(), options).ok);
}

MainWindow &tst_Appearance::window()
{
    if (!m_window) {
        m_window = std::make_unique<MainWindow>(*m_workspace);
        m_window->resize(1280, 800);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            qWarning("window not exposed");
    }
    return *m_window;
}

void tst_Appearance::sections()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<int>("section");
    const char *names[] = {"destinations", "jobs", "alerts", "audit", "suppression"};
    for (bool dark : {false, true}) {
        for (int section = 0; section < 5; ++section)
            QTest::addRow("%s-%s", dark ? "dark" : "light", names[section]) << dark << section;
    }
}

void tst_Appearance::shouldStayLegibleInEverySection_data()
{
    sections();
}

void tst_Appearance::shouldStayLegibleInEverySection()
{
    QFETCH(bool, dark);
    QFETCH(int, section);
    QApplication::setPalette(dark ? Testing::darkPalette() : QApplication::style()->standardPalette());
    MainWindow &w = window();
    w.showSection(MainWindow::Section(section));
    QCOMPARE(int(w.currentSection()), section);
    auto *pages = w.findChild<QStackedWidget *>(QStringLiteral("pages"));
    QVERIFY(pages);
    // Detail panes show their content for the first row.
    if (auto *view = pages->currentWidget()->findChild<QTableView *>();
        view && view->model() && view->model()->rowCount())
        view->setCurrentIndex(view->model()->index(0, 0));
    QTest::qWait(50);
    const QImage image = w.grab().toImage();

    if (const QString dir = qEnvironmentVariable("LEADRAILS_SHOTS_DIR"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1"));
        image.save(QDir(dir).filePath(
            QStringLiteral("%1-x%2.png").arg(QString::fromLatin1(QTest::currentDataTag()), scale)));
    }

    const qreal ratio = image.devicePixelRatio();
    int checked = 0;
    const QList<QLabel *> labels = w.findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (!label->isVisible() || label->text().trimmed().isEmpty() || label->width() < 4 ||
            !label->pixmap().isNull())
            continue;
        const QRect onWindow(label->mapTo(&w, QPoint(0, 0)), label->size());
        if (!w.rect().contains(onWindow.center()))
            continue; // scrolled away
        const QRect inImage(onWindow.topLeft() * ratio, onWindow.size() * ratio);
        const double contrast = contrastIn(image, inImage);
        // 3:1 is WCAG's floor for large text; measured on anti-aliased strokes, normal text passes it easily.
        QVERIFY2(contrast >= 3.0, qPrintable(QStringLiteral("%1 (%2) has contrast %3:1")
                                                 .arg(describe(label), label->text().left(40))
                                                 .arg(contrast, 0, 'f', 2)));
        ++checked;
    }
    QVERIFY2(checked > 0, "no label was checked");
}

void tst_Appearance::shouldNameEveryControlForScreenReaders_data()
{
    QTest::addColumn<int>("section");
    for (int section = 0; section < 5; ++section)
        QTest::addRow("section-%d", section) << section;
}

void tst_Appearance::shouldNameEveryControlForScreenReaders()
{
    QFETCH(int, section);
    MainWindow &w = window();
    w.showSection(MainWindow::Section(section));
    QStringList unnamed;
    const QList<QWidget *> widgets = w.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        // A spin box's inner line edit is announced as the spin box.
        if (qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
            continue;
        if (widget->isVisible() && isControl(widget) && widget->focusPolicy() != Qt::NoFocus &&
            spokenName(widget).isEmpty())
            unnamed << describe(widget);
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("without a name: ") + unnamed.join(u", ")));
}

void tst_Appearance::shouldReachEveryControlWithTab_data()
{
    shouldNameEveryControlForScreenReaders_data();
}

void tst_Appearance::shouldReachEveryControlWithTab()
{
    QFETCH(int, section);
    MainWindow &w = window();
    w.activateWindow();
    w.showSection(MainWindow::Section(section));
    QSet<QWidget *> expected;
    const QList<QWidget *> widgets = w.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->isVisible() && widget->isEnabled() && isControl(widget) &&
            (widget->focusPolicy() & Qt::TabFocus))
            expected.insert(widget);
    }
    // Walk the focus chain the way Tab does, from the navigation, until it comes round.
    auto *navigation = w.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    QSet<QWidget *> reached;
    QWidget *current = navigation;
    for (int steps = 0; steps < 500; ++steps) {
        reached.insert(current);
        current = current->nextInFocusChain();
        while (current && current != navigation &&
               !(current->isVisible() && current->isEnabled() && (current->focusPolicy() & Qt::TabFocus)))
            current = current->nextInFocusChain();
        if (!current || current == navigation)
            break;
    }
    QStringList missed;
    for (QWidget *widget : std::as_const(expected)) {
        // A control inside another one (a line edit inside its combo box) is reached through its owner.
        bool ownerReached = false;
        for (QWidget *owner = widget; owner; owner = owner->parentWidget())
            ownerReached = ownerReached || reached.contains(owner);
        if (!ownerReached)
            missed << describe(widget);
    }
    QVERIFY2(missed.isEmpty(), qPrintable(QStringLiteral("not reachable with Tab: ") + missed.join(u", ")));
}

void tst_Appearance::shouldFitSmallScreen()
{
    // 1280 x 800 logical pixels: a small laptop, or a 2560 x 1600 screen at 200 %.
    MainWindow &w = window();
    for (int section = 0; section < 5; ++section) {
        w.showSection(MainWindow::Section(section));
        QApplication::processEvents();
        const QSize minimum = w.minimumSizeHint().expandedTo(w.minimumSize());
        QVERIFY2(minimum.width() <= 1280 && minimum.height() <= 760,
                 qPrintable(QStringLiteral("section %1 needs at least %2 x %3")
                                .arg(section)
                                .arg(minimum.width())
                                .arg(minimum.height())));
    }
}

QTEST_MAIN(tst_Appearance)
#include "tst_appearance.moc"
