#include "model/ViewSettings.h"

#include <QJsonArray>

namespace kizuna {
namespace {

QJsonArray stringArray(const QStringList& list) {
    QJsonArray array;
    for (const QString& text : list)
        array.append(text);
    return array;
}

QJsonObject filterJson(const ViewFilter& f) {
    return QJsonObject{
        {QStringLiteral("hidden_node_types"), stringArray(f.hiddenNodeTypes)},
        {QStringLiteral("hidden_relation_types"), stringArray(f.hiddenRelationTypes)},
        {QStringLiteral("property_key"), f.propertyKey},
        {QStringLiteral("property_value"), f.propertyValue},
        {QStringLiteral("hide_isolated"), f.hideIsolated},
        {QStringLiteral("from"), f.from},
        {QStringLiteral("to"), f.to},
        {QStringLiteral("show_undated"), f.showUndated},
        {QStringLiteral("hide_outside_range"), f.hideOutsideRange}};
}

struct Reader {
    const QJsonObject& object;
    QString prefix;
    std::optional<ViewSettingsError> error;

    bool has(const char* key) const { return object.contains(QLatin1String(key)); }
    QJsonValue at(const char* key) const { return object.value(QLatin1String(key)); }
    void fail(const char* key, const QString& problem) {
        if (!error)
            error = ViewSettingsError{prefix + QLatin1String(key), problem};
    }
    void read(const char* key, QString& target) {
        if (!has(key))
            return;
        if (!at(key).isString())
            return fail(key, QStringLiteral("must be a string"));
        target = at(key).toString();
    }
    void read(const char* key, bool& target) {
        if (!has(key))
            return;
        if (!at(key).isBool())
            return fail(key, QStringLiteral("must be true or false"));
        target = at(key).toBool();
    }
    void read(const char* key, double& target) {
        if (!has(key))
            return;
        if (!at(key).isDouble())
            return fail(key, QStringLiteral("must be a number"));
        target = at(key).toDouble();
    }
    void read(const char* key, QStringList& target) {
        if (!has(key))
            return;
        if (!at(key).isArray())
            return fail(key, QStringLiteral("must be a list of strings"));
        for (const QJsonValue& value : at(key).toArray()) {
            if (!value.isString())
                return fail(key, QStringLiteral("must be a list of strings"));
            target << value.toString();
        }
    }
};

} // namespace

QJsonObject viewSettingsJson(const SavedView& view) {
    QJsonArray shown;
    for (qint64 id : view.shown)
        shown.append(id);
    QJsonObject settings{{QStringLiteral("shown"), shown},
                         {QStringLiteral("centre_x"), view.centre.x()},
                         {QStringLiteral("centre_y"), view.centre.y()},
                         {QStringLiteral("zoom"), view.zoom},
                         {QStringLiteral("language"), languageKey(view.language)},
                         {QStringLiteral("colours"), view.colours}};
    if (!view.filter.isEmpty())
        settings.insert(QStringLiteral("filter"), filterJson(view.filter));
    if (!view.sizeBy.isEmpty())
        settings.insert(QStringLiteral("size_by"), view.sizeBy);
    if (!view.colourBy.isEmpty())
        settings.insert(QStringLiteral("colour_by"), view.colourBy);
    if (!view.positions.empty()) {
        QJsonArray positions;
        for (const auto& [id, point] : view.positions)
            positions.append(QJsonObject{{QStringLiteral("id"), id.value},
                                         {QStringLiteral("x"), point.x()},
                                         {QStringLiteral("y"), point.y()}});
        settings.insert(QStringLiteral("positions"), positions);
    }
    return settings;
}

std::optional<ViewSettingsError>
readViewSettings(const QJsonObject& settings, SavedView& view,
                 const std::function<std::optional<qint64>(const QJsonValue&)>& mapId) {
    Reader r{settings, {}, {}};
    if (r.has("shown")) {
        if (!r.at("shown").isArray())
            r.fail("shown", QStringLiteral("must be a list of element ids"));
        for (const QJsonValue& value : r.at("shown").toArray()) {
            const auto id = mapId(value);
            if (!id) {
                r.fail("shown", QStringLiteral("names an element that is not in the map"));
                break;
            }
            view.shown.push_back(*id);
        }
    }
    double x = view.centre.x(), y = view.centre.y();
    r.read("centre_x", x);
    r.read("centre_y", y);
    view.centre = QPointF(x, y);
    r.read("zoom", view.zoom);
    QString language = languageKey(view.language);
    r.read("language", language);
    if (auto parsed = languageFromKey(language))
        view.language = *parsed;
    else
        r.fail("language", QStringLiteral("must be en, ja or zh"));
    double colours = view.colours;
    r.read("colours", colours);
    view.colours = int(colours);
    r.read("size_by", view.sizeBy);
    r.read("colour_by", view.colourBy);
    if (r.has("filter")) {
        if (!r.at("filter").isObject()) {
            r.fail("filter", QStringLiteral("must be an object"));
        } else {
            const QJsonObject object = r.at("filter").toObject();
            Reader f{object, QStringLiteral("filter."), {}};
            ViewFilter& filter = view.filter;
            f.read("hidden_node_types", filter.hiddenNodeTypes);
            f.read("hidden_relation_types", filter.hiddenRelationTypes);
            f.read("property_key", filter.propertyKey);
            f.read("property_value", filter.propertyValue);
            f.read("hide_isolated", filter.hideIsolated);
            f.read("from", filter.from);
            f.read("to", filter.to);
            f.read("show_undated", filter.showUndated);
            f.read("hide_outside_range", filter.hideOutsideRange);
            if (f.error && !r.error)
                r.error = f.error;
        }
    }
    if (r.has("positions")) {
        for (const QJsonValue& value : r.at("positions").toArray()) {
            const QJsonObject p = value.toObject();
            const auto id = mapId(p.value(QLatin1String("id")));
            if (!id || !p.value(QLatin1String("x")).isDouble() ||
                !p.value(QLatin1String("y")).isDouble()) {
                r.fail("positions",
                       QStringLiteral("each needs the id of a node in the map and numbers x, y"));
                break;
            }
            view.positions[NodeId(*id)] = QPointF(p.value(QLatin1String("x")).toDouble(),
                                                  p.value(QLatin1String("y")).toDouble());
        }
    }
    return r.error;
}

} // namespace kizuna
