#pragma once
// The interchange formats in one place: names, detection from a file name or its content, and
// reading and writing by format. The app's Import/Export and kizuna-cli both come through here.

#include "io/CsvFormat.h"
#include "io/GraphAssembler.h"
#include "io/ImportedGraph.h"
#include "model/Progress.h"
#include "model/Result.h"

#include <optional>

namespace kizuna {

class GraphDocument;

enum class GraphFormat {
    Csv = 0,
    GraphMl = 1,
    Gexf = 2,
    Dot = 3,
    CytoscapeJson = 4,
    KizunaJson = 5
};

QString formatName(GraphFormat format); // "csv", "graphml", …
std::optional<GraphFormat> formatFromName(const QString& name);
QStringList formatNames();
// From the extension; .json and .xml (and unknown extensions) by looking at the content.
Result<GraphFormat> detectFormat(const QString& path);
// For writing: from the extension only (the file does not exist yet).
Result<GraphFormat> formatForWriting(const QString& path);

struct ReadOptions {
    CsvOptions csv;
    ProgressCallback progress;
    // Rows repeating a node id (io/GraphAssembler.h). nullopt: left in ImportedGraph::repeated
    // for the caller to resolveDuplicateIds (the import preview asks), the schema then too.
    std::optional<DuplicateIds> duplicates = DuplicateIds::Error;
};

// Reads a file and completes its schema against `existing` (types the map lacks are added).
Result<ImportedGraph> readGraphFile(const QString& path, GraphFormat format, const Schema& existing,
                                    const ReadOptions& options = {});
// `edgesPath` is the edges table for CSV (empty: next to `path`, as NAME-edges.csv).
Status writeGraphFile(const GraphDocument& document, const QString& path, GraphFormat format,
                      const QString& edgesPath = {});

} // namespace kizuna
