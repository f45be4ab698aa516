// Find (Ctrl+F) in the app: typing lists matches; choosing one selects and centres it.
#include "UiTestSupport.h"
#include "panels/SearchPanel.h"

#include <QLineEdit>
#include <QListWidget>
#include <catch2/catch.hpp>

using namespace kizuna;
using namespace kizuna::test;

TEST_CASE("Ctrl+F finds a node by part of its Japanese name and centres it", "[ui][search]") {
    WindowFixture f;
    QTest::keyClick(f.window.get(), Qt::Key_F, Qt::ControlModifier);
    SearchPanel* search = f.window->search();
    REQUIRE(search->isVisible());
    search->queryEdit()->insert(QStringLiteral("アクション")); // as typed (QTest types ASCII only)
    search->runSearch();
    const NodeId plan = nodeLabelled(f.document(), QStringLiteral("AIアクションプラン"));
    bool listed = false;
    int row = -1;
    for (int i = 0; i < search->results()->count(); ++i)
        if (search->results()->item(i)->data(Qt::UserRole).toLongLong() == plan.value) {
            listed = true;
            row = i;
        }
    REQUIRE(listed);
    QTest::mouseClick(search->results()->viewport(), Qt::LeftButton, {},
                      search->results()->visualItemRect(search->results()->item(row)).center());
    CHECK(f.canvas()->selectedElement() == plan.value);
    const QPointF centre = *f.canvas()->screenPosition(plan);
    CHECK(centre.x() == Approx(f.canvas()->width() / 2.0).margin(1));
    CHECK(centre.y() == Approx(f.canvas()->height() / 2.0).margin(1));
}
