// Style by property: the Legend and Filter dock colours or sizes nodes by a property, lists what
// each colour means, keeps it in saved views, and exports draw it (app and kizuna-cli alike).
#include "UiTestSupport.h"
#include "canvas/NodeStyling.h"
#include "document/FieldEdit.h"
#include "export/DiagramExport.h"
#include "export/ViewPresentation.h"
#include "panels/FilterPanel.h"
#include "panels/MetricsPanel.h"
#include "panels/ViewsPanel.h"

#include <QComboBox>
#include <QListWidget>
#include <catch2/catch.hpp>

using namespace kizuna;
using namespace kizuna::test;

namespace {

void choose(QComboBox* combo, const QString& key) {
    const int index = combo->findData(key);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index); // as a user's pick
}

QColor fillOf(GraphCanvas* canvas, const QString& label, const GraphDocument& document) {
    const NodeId id = nodeLabelled(document, label);
    const auto fills = canvas->sceneOptions().fills;
    const auto it = fills.find(id);
    REQUIRE(it != fills.end());
    return it->second;
}

QStringList keyTexts(const QListWidget* list) {
    QStringList texts;
    for (int row = 0; row < list->count(); ++row)
        texts << list->item(row)->text();
    return texts;
}

} // namespace

TEST_CASE("Colour by a property gives each value its colour and lists the values in the legend",
          "[ui][style]") {
    WindowFixture f;
    FilterPanel* legend = f.window->filters();
    choose(legend->colourBy(), propertyStyleKey(QStringLiteral("category")));
    CHECK(f.canvas()->colourBy() == QStringLiteral("prop:category"));
    // Google, OpenAI and Anthropic share a category; Together AI has another; the US none.
    const QColor google = fillOf(f.canvas(), QStringLiteral("Google"), f.document());
    CHECK(fillOf(f.canvas(), QStringLiteral("OpenAI"), f.document()) == google);
    CHECK(fillOf(f.canvas(), QStringLiteral("Anthropic"), f.document()) == google);
    CHECK(fillOf(f.canvas(), QStringLiteral("Together AI"), f.document()) != google);
    const QColor none = fillOf(f.canvas(), QStringLiteral("United States"), f.document());
    CHECK(none != google);
    // The key says what each colour means, the most common value first, then "no value".
    REQUIRE(legend->colourKey()->isVisibleTo(legend));
    const QStringList key = keyTexts(legend->colourKey());
    REQUIRE(key.size() >= 3);
    CHECK(key.first() == QStringLiteral("大手プレーヤー (major player)"));
    CHECK(key.last() == QStringLiteral("no value"));
    // The Metrics panel shows the same choice.
    CHECK(f.window->metrics()->colourBy()->currentData().toString() ==
          QStringLiteral("prop:category"));

    // Editing a value recolours at once (no computing).
    const NodeId together = nodeLabelled(f.document(), QStringLiteral("Together AI"));
    auto change = setFieldChange(f.document(), together.value, QStringLiteral("prop.category"),
                                 QStringLiteral("大手プレーヤー (major player)"));
    REQUIRE(change);
    REQUIRE(f.window->edits()->perform(change.value()).isEmpty());
    CHECK(fillOf(f.canvas(), QStringLiteral("Together AI"), f.document()) == google);

    // Back to the types' colours: no key.
    choose(legend->colourBy(), QString());
    CHECK(f.canvas()->sceneOptions().fills.empty());
    CHECK_FALSE(legend->colourKey()->isVisibleTo(legend));
}

TEST_CASE("Size by a numeric property grows nodes with the value; text values leave sizes alone",
          "[ui][style]") {
    WindowFixture f;
    const NodeId google = nodeLabelled(f.document(), QStringLiteral("Google"));
    const NodeId openai = nodeLabelled(f.document(), QStringLiteral("OpenAI"));
    REQUIRE(
        f.window->edits()
            ->perform(setFieldOnAllChange(f.document(), {google.value},
                                          QStringLiteral("prop.staff"), QStringLiteral("180000"))
                          .value())
            .isEmpty());
    REQUIRE(f.window->edits()
                ->perform(setFieldOnAllChange(f.document(), {openai.value},
                                              QStringLiteral("prop.staff"), QStringLiteral("3000"))
                              .value())
                .isEmpty());
    choose(f.window->filters()->sizeBy(), QStringLiteral("prop:staff"));
    const auto sizes = f.canvas()->sceneOptions().sizes;
    REQUIRE(sizes.count(google));
    REQUIRE(sizes.count(openai));
    CHECK(sizes.at(google) > sizes.at(openai));
    CHECK_FALSE(sizes.count(nodeLabelled(f.document(), QStringLiteral("Anthropic"))));

    choose(f.window->filters()->sizeBy(), QStringLiteral("prop:category"));
    CHECK(f.canvas()->sceneOptions().sizes.empty());
    CHECK(f.window->metrics()->statusText().contains(QStringLiteral("category")));
}

TEST_CASE("A view keeps its colouring by property and exports draw it with the values",
          "[ui][style]") {
    WindowFixture f;
    choose(f.window->filters()->colourBy(), QStringLiteral("prop:category"));
    REQUIRE(f.window->views()->saveCurrentView(QStringLiteral("By category")).isEmpty());
    auto document = f.reopen();
    const SavedView* view = document->view(QStringLiteral("By category"));
    REQUIRE(view);
    CHECK(view->colourBy == QStringLiteral("prop:category"));

    auto presentation = viewPresentation(*document, *view);
    REQUIRE(presentation);
    DiagramOptions options;
    options.sources = false;
    options.presentation = presentation.value();
    auto svg = renderDiagram(*document, DiagramFormat::Svg, options);
    REQUIRE(svg.ok());
    QString text = QString::fromUtf8(svg.value());
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>"))); // split <text> runs joined
    text.remove(QLatin1Char('\n'));
    CHECK(text.contains(QStringLiteral("Node colour: category")));
    CHECK(text.contains(QStringLiteral("no value")));
    // The same picture without the colouring differs.
    DiagramOptions plain = options;
    plain.presentation = SceneOptions{};
    CHECK(diagramImage(*document, plain) != diagramImage(*document, options));
}

TEST_CASE("kizuna-cli export colours by a property with --color-by and refuses unknown keys",
          "[ui][style][cli]") {
    TempFolder folder;
    const QString map = folder.file(QStringLiteral("m.kizuna"));
    writeBundledMap(map);
    const QString svg = folder.file(QStringLiteral("by-category.svg"));
    const auto result = runCli({QStringLiteral("export"), map, svg, QStringLiteral("--color-by"),
                                QStringLiteral("prop:category"), QStringLiteral("--no-sources")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    QFile file(svg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    text.remove(QLatin1Char('\n'));
    CHECK(text.contains(QStringLiteral("Node colour: category")));

    const auto refused =
        runCli({QStringLiteral("export"), map, folder.file(QStringLiteral("x.svg")),
                QStringLiteral("--color-by"), QStringLiteral("owner")});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("owner")));
}
