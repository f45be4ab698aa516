#include "io/MapJsonWriter.h"

#include "model/ViewSettings.h"

#include "document/GraphDocument.h"
#include "io/TextFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kizuna {
namespace {

QJsonValue textOrNull(const QString& text) {
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject properties(const Properties& properties) {
    QJsonObject object;
    for (auto it = properties.begin(); it != properties.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonArray citations(const GraphDocument& document, qint64 elementId) {
    QJsonArray list;
    for (const Citation& c : document.provenance().citationsOf(elementId))
        list.append(QJsonObject{{QStringLiteral("source"), c.source.value},
                                {QStringLiteral("excerpt"), c.excerpt},
                                {QStringLiteral("locator"), c.locator}});
    return list;
}

QJsonArray typeList(const QStringList& keys) {
    return QJsonArray::fromStringList(keys);
}

} // namespace

QByteArray mapJson(const GraphDocument& document) {
    const MapInfo& info = document.info();
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("kizuna-map"));
    root.insert(QStringLiteral("format_version"), 1);
    root.insert(
        QStringLiteral("map"),
        QJsonObject{{QStringLiteral("name"), info.name},
                    {QStringLiteral("description"), info.description},
                    {QStringLiteral("default_language"), languageKey(info.defaultLanguage)}});
    QJsonArray nodeTypes, relationTypes;
    for (const NodeType& t : document.schema().nodeTypes())
        nodeTypes.append(QJsonObject{{QStringLiteral("key"), t.key},
                                     {QStringLiteral("name_en"), t.nameEn},
                                     {QStringLiteral("name_ja"), t.nameJa},
                                     {QStringLiteral("color"), t.color},
                                     {QStringLiteral("shape"), shapeKey(t.shape)}});
    for (const RelationType& t : document.schema().relationTypes())
        relationTypes.append(
            QJsonObject{{QStringLiteral("key"), t.key},
                        {QStringLiteral("name_en"), t.nameEn},
                        {QStringLiteral("name_ja"), t.nameJa},
                        {QStringLiteral("color"), t.color},
                        {QStringLiteral("line_style"), lineStyleKey(t.lineStyle)},
                        {QStringLiteral("directed"), t.directed},
                        {QStringLiteral("source_types"), typeList(t.sourceTypes)},
                        {QStringLiteral("target_types"), typeList(t.targetTypes)}});
    root.insert(QStringLiteral("schema"),
                QJsonObject{{QStringLiteral("node_types"), nodeTypes},
                            {QStringLiteral("relation_types"), relationTypes}});
    QJsonArray sources;
    for (const Source& s : document.provenance().sources())
        sources.append(QJsonObject{{QStringLiteral("id"), s.id.value},
                                   {QStringLiteral("title"), s.title},
                                   {QStringLiteral("publisher"), textOrNull(s.publisher)},
                                   {QStringLiteral("date"), textOrNull(s.date)},
                                   {QStringLiteral("url"), textOrNull(s.url)},
                                   {QStringLiteral("document"), textOrNull(s.document)}});
    root.insert(QStringLiteral("sources"), sources);
    QJsonArray nodes;
    for (NodeId id : document.graph().nodeIds()) {
        const NodeData& n = *document.graph().node(id);
        QJsonObject labels;
        for (Language language : {Language::En, Language::Ja, Language::Zh})
            if (!n.labels.get(language).isEmpty())
                labels.insert(languageKey(language), n.labels.get(language));
        QJsonObject node{{QStringLiteral("id"), id.value},
                         {QStringLiteral("type"), n.type},
                         {QStringLiteral("labels"), labels},
                         {QStringLiteral("description"), textOrNull(n.description)},
                         {QStringLiteral("properties"), properties(n.properties)},
                         {QStringLiteral("valid_from"), textOrNull(n.validFrom)},
                         {QStringLiteral("valid_to"), textOrNull(n.validTo)},
                         {QStringLiteral("citations"), citations(document, id.value)}};
        if (n.position) {
            node.insert(QStringLiteral("x"), n.position->x());
            node.insert(QStringLiteral("y"), n.position->y());
        }
        nodes.append(node);
    }
    root.insert(QStringLiteral("nodes"), nodes);
    QJsonArray edges;
    for (EdgeId id : document.graph().edgeIds()) {
        const EdgeData& e = *document.graph().edge(id);
        edges.append(QJsonObject{
            {QStringLiteral("id"), id.value},
            {QStringLiteral("source"), e.source.value},
            {QStringLiteral("target"), e.target.value},
            {QStringLiteral("relation"), e.relation},
            {QStringLiteral("label"), textOrNull(e.label)},
            {QStringLiteral("valid_from"), textOrNull(e.validFrom)},
            {QStringLiteral("valid_to"), textOrNull(e.validTo)},
            {QStringLiteral("confidence"), e.confidence ? QJsonValue(*e.confidence) : QJsonValue()},
            {QStringLiteral("properties"), properties(e.properties)},
            {QStringLiteral("citations"), citations(document, id.value)}});
    }
    root.insert(QStringLiteral("edges"), edges);
    QJsonArray annotations;
    for (const auto& [id, a] : document.annotations())
        annotations.append(QJsonObject{
            {QStringLiteral("id"), id.value},
            {QStringLiteral("text"), a.text},
            {QStringLiteral("x"), a.position.x()},
            {QStringLiteral("y"), a.position.y()},
            {QStringLiteral("width"), a.width},
            {QStringLiteral("target"), a.target ? QJsonValue(a.target) : QJsonValue()}});
    root.insert(QStringLiteral("annotations"), annotations);
    QJsonArray views;
    for (const auto& [id, v] : document.views()) {
        QJsonObject view = viewSettingsJson(v);
        view.insert(QStringLiteral("id"), id.value);
        view.insert(QStringLiteral("name"), v.name);
        views.append(view);
    }
    root.insert(QStringLiteral("views"), views);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status writeMapJson(const GraphDocument& document, const QString& path) {
    return writeTextFile(path, mapJson(document));
}

} // namespace kizuna
