#include "main/DataTransfer.h"

#include "io/ExportText.h"

#include "commands/EditController.h"
#include "dialogs/ImportDialog.h"
#include "document/GraphDocument.h"
#include "io/GraphFormats.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>

namespace kizuna {
namespace {

QString importFilter() {
    return QObject::tr("Graph files (*.csv *.graphml *.xml *.gexf *.dot *.gv *.cyjs *.json);;CSV "
                       "(*.csv);;GraphML (*.graphml *.xml);;"
                       "GEXF (*.gexf);;Graphviz DOT (*.dot *.gv);;Cytoscape JSON (*.cyjs "
                       "*.json);;Kizuna JSON (*.json);;All files (*)");
}
const QString kExportFilter =
    QStringLiteral("GraphML (*.graphml);;GEXF (*.gexf);;CSV (*.csv);;Graphviz DOT "
                   "(*.dot);;Cytoscape JSON (*.cyjs);;Kizuna JSON (*.json)");

// Reads on a worker thread while a progress dialog runs; Cancel stops the reader.
Result<ImportedGraph> readWithProgress(QWidget* parent, const QString& path, GraphFormat format,
                                       const Schema& schema, const CsvOptions& csv,
                                       std::optional<DuplicateIds> duplicates) {
    QProgressDialog progress(QObject::tr("Reading %1…").arg(QFileInfo(path).fileName()),
                             QObject::tr("Cancel"), 0, 1000, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    std::atomic<bool> cancelled{false};
    std::atomic<int> permille{0};
    ReadOptions options;
    options.csv = csv;
    options.duplicates = duplicates;
    options.progress = [&](qint64 done, qint64 total) {
        permille = total > 0 ? int(done * 1000 / total) : 0;
        return !cancelled.load();
    };
    QFutureWatcher<Result<ImportedGraph>> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Result<ImportedGraph>>::finished, &loop,
                     &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, [&] { cancelled = true; });
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] { progress.setValue(permille); });
    ticker.start(100);
    watcher.setFuture(
        QtConcurrent::run([=] { return readGraphFile(path, format, schema, options); }));
    loop.exec();
    return watcher.result();
}

} // namespace

bool importFile(QWidget* parent, EditController& edits, const QString& path, QString* errorOut) {
    auto fail = [&](const QString& error) {
        if (errorOut)
            *errorOut = error;
        else
            QMessageBox::warning(parent, QObject::tr("Cannot import"), error);
        return false;
    };
    auto format = detectFormat(path);
    if (!format)
        return fail(format.error());
    CsvOptions csv;
    if (format.value() == GraphFormat::Csv) {
        // A nodes table usually has its edges table next to it.
        const QString guess = defaultEdgesPath(path);
        csv.edgesPath = QFileInfo::exists(guess) ? guess : QString();
        if (!errorOut && csv.edgesPath.isEmpty())
            csv.edgesPath = QFileDialog::getOpenFileName(
                parent, QObject::tr("Edges Table (optional; Cancel for none)"),
                QFileInfo(path).absolutePath(), QStringLiteral("CSV (*.csv)"));
    }
    GraphDocument& document = edits.document();
    // Rows repeating a node id: the preview asks what to do with them (without it, refused).
    auto graph = readWithProgress(parent, path, format.value(), document.schema(), csv,
                                  errorOut ? std::optional(DuplicateIds::Error) : std::nullopt);
    if (!graph)
        return fail(graph.error());
    ImportPlan plan;
    if (errorOut) {
        plan = planImport(document, graph.value(), MergeBy::None);
    } else {
        ImportDialog preview(document, graph.value(), QFileInfo(path).fileName(), parent);
        preview.setObjectName(QStringLiteral("importDialog"));
        if (preview.exec() != QDialog::Accepted)
            return false;
        plan = preview.plan();
    }
    plan.change.description = QObject::tr("Import %1").arg(QFileInfo(path).fileName());

    QProgressDialog progress(QObject::tr("Writing to the map…"), QObject::tr("Cancel"), 0,
                             int(plan.change.operations.size()), parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const QString error = edits.perform(plan.change, [&](qint64 done, qint64) {
        progress.setValue(int(done));
        QApplication::processEvents();
        return !progress.wasCanceled();
    });
    if (!error.isEmpty())
        return fail(QObject::tr("%1: not imported, the map is unchanged: %2").arg(path, error));
    return true;
}

void showReplacedText(QWidget* parent, const QStringList& warnings) {
    if (warnings.isEmpty())
        return;
    QMessageBox box(QMessageBox::Information, QObject::tr("Exported, with visible markers"),
                    QObject::tr("Some text could not be written as it is in this format; it was "
                                "written with visible markers instead (%n element(s)).",
                                "", int(warnings.size())),
                    QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("replacedTextNotice"));
    box.setDetailedText(warnings.mid(0, 200).join(QLatin1Char('\n')));
    box.exec();
}

bool importInteractively(QWidget* parent, EditController& edits) {
    const QString path =
        QFileDialog::getOpenFileName(parent, QObject::tr("Import"), QString(), importFilter());
    return !path.isEmpty() && importFile(parent, edits, path);
}

void exportInteractively(QWidget* parent, const GraphDocument& document) {
    QString filter;
    QString path = QFileDialog::getSaveFileName(parent, QObject::tr("Export Data"), QString(),
                                                kExportFilter, &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty()) // take the extension from the chosen filter
        path += QLatin1Char('.') + filter.section(QStringLiteral("*."), 1, 1)
                                       .section(QLatin1Char(')'), 0, 0)
                                       .section(QLatin1Char(' '), 0, 0);
    auto format = formatForWriting(path);
    if (!format) {
        QMessageBox::warning(parent, QObject::tr("Cannot export"), format.error());
        return;
    }
    if (Status status = writeGraphFile(document, path, format.value()); !status) {
        QMessageBox::warning(parent, QObject::tr("Cannot export"), status.error());
        return;
    }
    showReplacedText(parent, exportWarnings(document, format.value()));
}

} // namespace kizuna
