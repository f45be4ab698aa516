// Keyboard and screen-reader access: every control of the main window has a name a screen
// reader can say, Tab steps through search results, and the canvas shows when it has the focus.
#include "UiTestSupport.h"
#include "panels/SearchPanel.h"

#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <catch2/catch.hpp>

using namespace kizuna;
using namespace kizuna::test;

namespace {

// A control a user reaches by keyboard and that shows no text of its own.
bool needsName(QWidget* widget) {
    if (widget->focusPolicy() == Qt::NoFocus)
        return false;
    for (QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget())
        if (qobject_cast<QComboBox*>(parent) || qobject_cast<QAbstractSpinBox*>(parent) ||
            qobject_cast<QAbstractItemView*>(parent))
            return false; // a part of another control
    return qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget) ||
           qobject_cast<QAbstractItemView*>(widget) || qobject_cast<QAbstractSpinBox*>(widget) ||
           qobject_cast<QAbstractSlider*>(widget) || qobject_cast<QPlainTextEdit*>(widget) ||
           qobject_cast<QTextEdit*>(widget) || qobject_cast<GraphCanvas*>(widget);
}

} // namespace

TEST_CASE("Every control of the main window has an accessible name or a label", "[ui][a11y]") {
    WindowFixture f;
    QSet<QWidget*> labelled;
    for (QLabel* label : f.window->findChildren<QLabel*>())
        if (label->buddy())
            labelled.insert(label->buddy());
    QStringList unnamed;
    for (QWidget* widget : f.window->findChildren<QWidget*>()) {
        if (!needsName(widget) || labelled.contains(widget) || !widget->accessibleName().isEmpty())
            continue;
        QString where = widget->metaObject()->className();
        for (QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget())
            if (auto* dock = qobject_cast<QDockWidget*>(parent)) {
                where += QStringLiteral(" in ") + dock->windowTitle();
                break;
            }
        if (!widget->objectName().isEmpty())
            where += QStringLiteral(" (%1)").arg(widget->objectName());
        unnamed << where;
    }
    INFO(unnamed.join(QStringLiteral("\n")).toStdString());
    CHECK(unnamed.isEmpty());
    CHECK(f.canvas()->accessibleName() == QStringLiteral("Map"));
}

TEST_CASE("Tab in the search box steps through the results and keeps the focus there",
          "[ui][a11y]") {
    WindowFixture f;
    SearchPanel* search = f.window->search();
    search->parentWidget()->show();
    search->focusQuery();
    QTest::keyClicks(search->queryEdit(), QStringLiteral("AI"));
    search->runSearch();
    REQUIRE(search->results()->count() >= 3);
    QTest::keyClick(search->queryEdit(), Qt::Key_Tab);
    const qint64 first = search->results()->item(0)->data(Qt::UserRole).toLongLong();
    CHECK(f.canvas()->selectedElement() == first);
    QTest::keyClick(search->queryEdit(), Qt::Key_Tab);
    const qint64 second = search->results()->item(1)->data(Qt::UserRole).toLongLong();
    CHECK(f.canvas()->selectedElement() == second);
    QTest::keyClick(search->queryEdit(), Qt::Key_Backtab, Qt::ShiftModifier);
    CHECK(f.canvas()->selectedElement() == first);
    QTest::keyClick(search->queryEdit(), Qt::Key_Backtab, Qt::ShiftModifier); // wraps
    const qint64 last =
        search->results()->item(search->results()->count() - 1)->data(Qt::UserRole).toLongLong();
    CHECK(f.canvas()->selectedElement() == last);
    CHECK(search->queryEdit()->hasFocus());
}

TEST_CASE("The canvas draws a focus frame while it has the keyboard focus", "[ui][a11y]") {
    WindowFixture f;
    GraphCanvas* canvas = f.canvas();
    canvas->clearFocus();
    f.window->search()->queryEdit()->setFocus();
    QApplication::processEvents();
    const QImage without = canvas->grab().toImage();
    canvas->setFocus();
    QApplication::processEvents();
    REQUIRE(canvas->hasFocus());
    const QImage with = canvas->grab().toImage();
    const QColor accent = canvas->palette().color(QPalette::Highlight);
    CHECK(with.pixelColor(0, with.height() / 2) == accent);
    CHECK(without.pixelColor(0, without.height() / 2) != accent);
}

TEST_CASE("The first start shows a hint on the canvas until the first click, once", "[ui][a11y]") {
    TempFolder folder;
    QSettings settings(folder.file(QStringLiteral("settings.ini")), QSettings::IniFormat);
    {
        MainWindow window(settings);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        CHECK(window.canvas()->hint().contains(QStringLiteral("F1")));
        QTest::mouseClick(window.canvas(), Qt::LeftButton, {}, QPoint(10, 10));
        CHECK(window.canvas()->hint().isEmpty());
    }
    MainWindow again(settings);
    CHECK(again.canvas()->hint().isEmpty());
}
