// File > Export Diagram on a long export: the file is written on a worker thread, a dialog says
// so after a moment, and Cancel stops it, leaving no file.
#include "UiTestSupport.h"
#include "canvas/GraphCanvas.h"
#include "dialogs/ExportDiagramDialog.h"
#include "main/DiagramActions.h"
#include "main/MainWindow.h"

#include <QAbstractButton>
#include <QFile>
#include <QProgressDialog>
#include <QSpinBox>
#include <catch2/catch.hpp>

using namespace kizuna;
using namespace kizuna::test;

TEST_CASE("A long export shows a dialog whose Cancel leaves no file", "[ui][export]") {
    WindowFixture f;
    const QString png = f.folder.file(QStringLiteral("sharp.png"));
    bool offered = false;
    whenShown<ExportDiagramDialog>([&](ExportDiagramDialog* dialog) {
        for (QSpinBox* box : dialog->findChildren<QSpinBox*>())
            if (box->suffix().contains(QStringLiteral("dpi")))
                box->setValue(600); // tens of millions of pixels to paint and compress
        whenShown<QProgressDialog>([&](QProgressDialog* progress) {
            offered = true;
            CHECK(progress->labelText().contains(QStringLiteral("sharp.png")));
            for (QAbstractButton* button : progress->findChildren<QAbstractButton*>())
                if (button->text() == QStringLiteral("Cancel"))
                    button->click(); // as the user does
        });
        dialog->accept();
    });
    exportDiagramInteractively(f.window.get(), f.document(), f.settings, {},
                               f.canvas()->sceneOptions(), f.canvas()->idsInView(), png);
    REQUIRE(offered);
    CHECK_FALSE(QFile::exists(png));
    // Not cancelled: written, and no dialog left open.
    const QString svg = f.folder.file(QStringLiteral("quick.svg"));
    whenShown<ExportDiagramDialog>([&](ExportDiagramDialog* dialog) { dialog->accept(); });
    exportDiagramInteractively(f.window.get(), f.document(), f.settings, {},
                               f.canvas()->sceneOptions(), f.canvas()->idsInView(), svg);
    CHECK(QFile::exists(svg));
}
