// Data Table benchmark: what a user waits for in View > Data Table on a big map. Opens MAP (a
// scratch copy: it edits) and times, for the node table and the relation table: filling the
// table, sorting by a column, filtering by text, then one cell edit committed through the
// EditController and the table following it. Prints a table, then one JSON object.
//
//   data_table_bench MAP
#include "ProcessMemory.h"

#include "canvas/GraphModelAdapter.h"
#include "commands/EditController.h"
#include "data/ElementTableFilter.h"
#include "data/ElementTableModel.h"
#include "document/GraphDocument.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cstdio>

using namespace kizuna;

namespace {

double elapsedMs(const QElapsedTimer& timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

QJsonObject measure(ElementTableModel::Kind kind, GraphModelAdapter& adapter, EditController& edits,
                    const char* name) {
    QJsonObject figures;
    QElapsedTimer timer;
    ElementTableModel rows(kind);
    ElementTableFilter filter(rows);
    timer.start();
    rows.setModel(&adapter, &edits);
    filter.rowCount(); // the proxy maps every row
    figures[QStringLiteral("fill_ms")] = elapsedMs(timer);
    const int sortColumn = kind == ElementTableModel::Kind::Nodes ? 7 : 1; // degree / relation
    timer.restart();
    filter.sort(sortColumn, Qt::DescendingOrder);
    filter.rowCount();
    figures[QStringLiteral("sort_ms")] = elapsedMs(timer);
    timer.restart();
    filter.setText(QStringLiteral("zz9"));
    figures[QStringLiteral("filtered_rows")] = filter.rowCount(); // the proxy filters lazily
    figures[QStringLiteral("filter_ms")] = elapsedMs(timer);
    filter.setText({});
    const int labelColumn = kind == ElementTableModel::Kind::Nodes ? 1 : 4;
    timer.restart();
    const bool edited = filter.setData(filter.index(0, labelColumn),
                                       QStringLiteral("Edited in the bench"), Qt::EditRole);
    figures[QStringLiteral("edit_ms")] = elapsedMs(timer);
    figures[QStringLiteral("edit_ok")] = edited;
    figures[QStringLiteral("rows")] = rows.rowCount();
    std::printf("%-10s %9d rows  fill %8.1f ms  sort %8.1f ms  filter %8.1f ms  edit %7.1f ms%s\n",
                name, rows.rowCount(), figures[QStringLiteral("fill_ms")].toDouble(),
                figures[QStringLiteral("sort_ms")].toDouble(),
                figures[QStringLiteral("filter_ms")].toDouble(),
                figures[QStringLiteral("edit_ms")].toDouble(), edited ? "" : "  (edit FAILED)");
    return figures;
}

} // namespace

int main(int argc, char* argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: data_table_bench MAP\n");
        return 2;
    }
    QTemporaryDir scratch;
    const QString path = scratch.filePath(QStringLiteral("bench.kizuna"));
    if (!QFile::copy(QString::fromLocal8Bit(argv[1]), path)) {
        std::fprintf(stderr, "cannot copy %s\n", argv[1]);
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    auto document = GraphDocument::open(path, MapStore::Access::ReadWrite);
    if (!document) {
        std::fprintf(stderr, "%s\n", qPrintable(document.error()));
        return 1;
    }
    std::printf("map opened in %.0f ms\n", elapsedMs(timer));
    GraphModelAdapter adapter(*document.value());
    EditController edits(*document.value());
    QJsonObject result;
    result[QStringLiteral("nodes")] =
        measure(ElementTableModel::Kind::Nodes, adapter, edits, "nodes");
    result[QStringLiteral("relations")] =
        measure(ElementTableModel::Kind::Relations, adapter, edits, "relations");
    result[QStringLiteral("peak_mib")] = bench::peakMiB();
    std::printf("peak %.0f MiB\n%s\n", bench::peakMiB(),
                QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
