#pragma once
// A small map on disk for document tests: the default schema, three nodes, one cited edge and
// one cited node, open read-write.

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

struct SampleMap {
    TempFolder folder;
    QString path = folder.file(QStringLiteral("sample.kizuna"));
    std::unique_ptr<GraphDocument> doc;
    NodeId us, china, openai;
    EdgeId supplies; // openai -> us, supplies_model_to, cited
    SourceId source;
    CitationId edgeCitation, nodeCitation; // of `supplies` and of `openai`

    SampleMap() {
        requireOk(writeNewMap(path, valueOf(defaultSchemaContents()), false));
        doc = openMap(path);
        us = valueOf(doc->addNode(node(QStringLiteral("country"), QStringLiteral("United States"))));
        china = valueOf(doc->addNode(node(QStringLiteral("country"), QStringLiteral("China"))));
        openai = valueOf(doc->addNode(node(QStringLiteral("company"), QStringLiteral("OpenAI"))));
        EdgeData edge;
        edge.relation = QStringLiteral("supplies_model_to");
        edge.source = openai;
        edge.target = us;
        supplies = valueOf(doc->addEdge(edge));
        source = valueOf(doc->addSource(Source{SourceId(), QStringLiteral("The article")}));
        edgeCitation = valueOf(doc->addCitation(
            Citation{CitationId(), supplies.value, source, QStringLiteral("GPT-5は連邦機関に")}));
        nodeCitation = valueOf(doc->addCitation(
            Citation{CitationId(), openai.value, source, QStringLiteral("OpenAI")}));
    }

    static NodeData node(const QString& type, const QString& en) {
        NodeData data;
        data.type = type;
        data.labels.en = en;
        return data;
    }

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
