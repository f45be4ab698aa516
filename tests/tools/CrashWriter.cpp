// Test helper for the crash test: edits a map as fast as it can and prints the id of every node
// and edge whose commit has returned, until it is killed.
#include "document/GraphDocument.h"

#include <QCoreApplication>
#include <cstdio>

using namespace kizuna;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    auto document =
        GraphDocument::open(QString::fromLocal8Bit(argv[1]), MapStore::Access::ReadWrite);
    if (!document) {
        std::fprintf(stderr, "%s\n", qPrintable(document.error()));
        return 1;
    }
    GraphDocument& map = *document.value();
    NodeId previous = map.graph().nodeIds().front();
    for (int i = 0;; ++i) {
        NodeData node;
        node.type = QStringLiteral("company");
        node.labels.en = QStringLiteral("crash %1").arg(i);
        node.properties.insert(QStringLiteral("n"), QString::number(i));
        node.position = QPointF(i, -i);
        auto added = map.addNode(node);
        if (!added)
            return 1;
        std::printf("%lld\n", added.value().value);
        std::fflush(stdout);
        EdgeData edge;
        edge.relation = QStringLiteral("competes_with");
        edge.source = previous;
        edge.target = added.value();
        auto linked = map.addEdge(edge);
        if (!linked)
            return 1;
        std::printf("%lld\n", linked.value().value);
        std::fflush(stdout);
        previous = added.value();
    }
}
