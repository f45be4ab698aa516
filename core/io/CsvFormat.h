#pragma once
// CSV: a nodes table and an edges table (RFC 4180, UTF-8 with or without BOM).
// Columns map to fields by name (id, label, label_ja, type, description, valid_from, x, … and
// source, target, relation, confidence for edges) or by an explicit column=field mapping; every
// other column becomes a property. A single table with source and target columns and no id is
// read as an edge list whose nodes are named by those columns.

#include "io/ImportedGraph.h"
#include "model/Progress.h"
#include "model/Result.h"

#include <QMap>

namespace kizuna {

class GraphDocument;

struct CsvOptions {
    QString edgesPath;              // empty: no edges table
    QMap<QString, QString> columns; // column name -> field name (overrides the defaults)
};

Result<ImportedGraph> readCsv(const QString& nodesPath, const CsvOptions& options,
                              const ProgressCallback& progress = {});
// Writes the nodes table to `nodesPath` and the edges table to `edgesPath`, each atomically.
Status writeCsv(const GraphDocument& document, const QString& nodesPath, const QString& edgesPath);
// "map.csv" -> "map-edges.csv": the default edges table next to a nodes table.
QString defaultEdgesPath(const QString& nodesPath);

} // namespace kizuna
