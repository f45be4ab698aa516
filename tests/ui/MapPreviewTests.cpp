// While a big map opens, the canvas shows its nodes as dots read straight from the file; the map
// itself replaces them, and a preview that comes late never covers a map.
#include "UiTestSupport.h"
#include "canvas/MapPreview.h"
#include "document/GraphDocument.h"

#include <catch2/catch.hpp>

using namespace kizuna;

namespace {

// How many pixels of the image have exactly this colour.
int pixelsOf(const QImage& image, QColor colour) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += image.pixelColor(x, y).rgb() == colour.rgb();
    return count;
}

} // namespace

TEST_CASE("A map's preview holds every placed node in its type's colour", "[ui][canvas][open]") {
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("map.kizuna"));
    test::writeBundledMap(path);
    auto document = test::openMap(path);
    const size_t nodes = document->graph().nodeCount();

    auto preview = readMapPreview(path, ColourScheme::Schema, 1);
    REQUIRE(preview);
    CHECK(preview->nodeCount == nodes);
    size_t points = 0;
    for (const auto& list : preview->pointsByColour)
        points += list.size();
    CHECK(points == nodes);
    // Each node's position is in its type's colour list.
    document->graph().forEachNode([&](const NodeData& node) {
        const NodeType* type = document->schema().nodeType(node.type);
        REQUIRE(type);
        bool found = false;
        for (size_t c = 0; c < preview->colours.size(); ++c)
            if (preview->colours[c] == QColor(type->color))
                for (QPointF p : preview->pointsByColour[c])
                    found = found || p == *node.position;
        CHECK(found);
        CHECK(preview->bounds.contains(*node.position));
    });

    CHECK_FALSE(readMapPreview(path, ColourScheme::Schema, nodes + 1)); // small: none
    CHECK_FALSE(
        readMapPreview(folder.file(QStringLiteral("missing.kizuna")), ColourScheme::Schema, 1));
}

TEST_CASE("The canvas draws a preview for its ticket only, until the preview ends",
          "[ui][canvas][open]") {
    test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("map.kizuna"));
    test::writeBundledMap(path);
    auto preview = readMapPreview(path, ColourScheme::Schema, 1);
    REQUIRE(preview);
    const QColor colour = preview->colours.front();

    GraphCanvas canvas;
    canvas.resize(800, 600);
    const int before = pixelsOf(canvas.grab().toImage(), colour);

    const quint64 ticket = canvas.expectPreview();
    canvas.showPreview(ticket + 1, preview); // someone else's ticket
    CHECK_FALSE(canvas.showingPreview());
    canvas.showPreview(ticket, preview);
    REQUIRE(canvas.showingPreview());
    // Dots of at least 2x2 pixels, one per node of that type (a few may touch).
    CHECK(pixelsOf(canvas.grab().toImage(), colour) >=
          before + 2 * int(preview->pointsByColour.front().size()));

    canvas.endPreview();
    CHECK_FALSE(canvas.showingPreview());
    CHECK(pixelsOf(canvas.grab().toImage(), colour) == before);
    canvas.showPreview(ticket, preview); // late: the open it was for has finished
    CHECK_FALSE(canvas.showingPreview());
}

TEST_CASE("Opening a map leaves no preview over it, even one that arrives late",
          "[ui][window][open]") {
    test::WindowFixture f;
    f.canvas()->setPreviewThreshold(1); // the bundled map counts as big
    const QString other = f.folder.file(QStringLiteral("other.kizuna"));
    test::writeBundledMap(other);
    REQUIRE(f.window->openMapInteractively(other));
    CHECK_FALSE(f.canvas()->showingPreview());
    QCoreApplication::processEvents(); // a preview still queued is for an open that is over
    QTest::qWait(50);
    CHECK_FALSE(f.canvas()->showingPreview());
    CHECK(f.window->document()->path() == other);

    // A map that cannot be opened: its message, and the map shown before stays (no dots).
    const QString broken = f.folder.file(QStringLiteral("broken.kizuna"));
    {
        QFile file(broken);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not a map");
    }
    test::whenModalOpens([](QWidget* box) { box->close(); });
    CHECK_FALSE(f.window->openMapInteractively(broken));
    QTest::qWait(50);
    CHECK_FALSE(f.canvas()->showingPreview());
    CHECK(f.window->document()->path() == other);
}
