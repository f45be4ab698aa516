#pragma once
// Helpers for the interchange tests: import a file into a fresh map, compare maps, run Python.

#include "TestSupport.h"
#include "io/GraphFormats.h"
#include "io/ImportPlan.h"

namespace kizuna::test {

// Reads `path` and imports it into a new empty map at `mapPath`; fails the test on error.
std::unique_ptr<GraphDocument> importIntoNewMap(const QString& path, const QString& mapPath,
                                                const CsvOptions& csv = {});
// The error of importing `path` into `document` (empty if it worked).
QString importError(GraphDocument& document, const QString& path, const CsvOptions& csv = {});
// A node found by its labels (en, ja and zh all equal), or nullptr.
const NodeData* findByLabels(const GraphDocument& document, const Labels& labels);
// Runs Debian's python3 on `script` with `args`; returns stdout (fails the test on a non-zero
// exit).
QString runPython(const QString& script, const QStringList& args);
void writeFile(const QString& path, const QByteArray& data);
QString fixture(const QString& name); // tests/fixtures/interchange/NAME
// The node whose English label is `label`, or null.
const NodeData* nodeWithEnglishLabel(const GraphDocument& document, const QString& label);
// Gives the first three nodes and the first edge appearance overrides (style:color, size, shape;
// edge colour and width), with a colour that is not opaque and shapes some formats cannot name.
void addStyleOverrides(GraphDocument& document);

} // namespace kizuna::test
