// Hovering the canvas names what is under the pointer.
#include "UiTestSupport.h"

#include <QHelpEvent>
#include <QToolTip>
#include <catch2/catch.hpp>

using namespace kizuna;
using namespace kizuna::test;

TEST_CASE("Hovering a node shows its label, type and relation count", "[ui][canvas]") {
    WindowFixture f;
    const NodeId openai = nodeLabelled(f.document(), QStringLiteral("OpenAI"));
    const size_t relations = f.document().graph().incidentEdges(openai).size();
    REQUIRE(relations > 0);
    const QPoint over = screenPointOf(f.canvas(), openai);
    const QString text = f.canvas()->toolTipAt(over);
    CHECK(text.contains(f.document().displayLabel(openai)));
    CHECK(text.contains(f.document().schema().nodeTypeName(f.document().graph().node(openai)->type,
                                                           f.canvas()->labelLanguage())));
    CHECK(text.contains(QString::number(relations)));
    // The real hover event shows the same text.
    QHelpEvent hover(QEvent::ToolTip, over, f.canvas()->mapToGlobal(over));
    QApplication::sendEvent(f.canvas(), &hover);
    CHECK(QToolTip::text() == text);
    CHECK(f.canvas()->toolTipAt(emptyCanvasPoint(f.canvas())).isEmpty());
}
