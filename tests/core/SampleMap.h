#pragma once
// A small map on disk for document tests: the default schema, two countries and two companies,
// one cited edge and one cited node, open read-write.

#include "Builders.h"
#include "MapSnapshot.h"
#include "io/MapFiles.h"

namespace kizuna::test {

template <typename T> T valueOf(Result<T> result) {
    INFO(result.error().toStdString());
    REQUIRE(result.ok());
    return std::move(result).value();
}

inline void requireOk(const Status& status) {
    INFO(status.error().toStdString());
    REQUIRE(status.ok());
}

// A new map with the default schema and nothing else.
inline void writeEmptyMap(const QString& path) {
    requireOk(writeNewMap(path, valueOf(defaultSchemaContents()), false));
}

struct SampleMap {
    TempFolder folder;
    QString path = folder.file(QStringLiteral("sample.kizuna"));
    std::unique_ptr<GraphDocument> doc;
    NodeId us, china, openai, anthropic;
    EdgeId supplies; // openai -> us, supplies_model_to, cited
    SourceId source;
    CitationId edgeCitation, nodeCitation; // of `supplies` and of `openai`

    SampleMap() {
        writeEmptyMap(path);
        doc = openMap(path);
        us =
            valueOf(doc->addNode(node(QStringLiteral("country"), QStringLiteral("United States"))));
        china = valueOf(doc->addNode(node(QStringLiteral("country"), QStringLiteral("China"))));
        openai = valueOf(doc->addNode(node(QStringLiteral("company"), QStringLiteral("OpenAI"))));
        anthropic =
            valueOf(doc->addNode(node(QStringLiteral("company"), QStringLiteral("Anthropic"))));
        supplies = valueOf(doc->addEdge(makeEdge(QStringLiteral("supplies_model_to"), openai, us)));
        source = valueOf(doc->addSource(makeSource(QStringLiteral("The article"))));
        edgeCitation = valueOf(doc->addCitation(
            makeCitation(supplies.value, source, QStringLiteral("GPT-5は連邦機関に"))));
        nodeCitation =
            valueOf(doc->addCitation(makeCitation(openai.value, source, QStringLiteral("OpenAI"))));
    }

    static NodeData node(const QString& type, const QString& en) { return makeNode(type, en); }

    // Closes the document and opens the file again (read-write, with `options`).
    void reopen(MapStore::Options options = {}) {
        doc.reset();
        auto reopened = GraphDocument::open(path, MapStore::Access::ReadWrite, options);
        INFO(reopened.error().toStdString());
        REQUIRE(reopened.ok());
        doc = std::move(reopened).value();
    }
};

} // namespace kizuna::test
