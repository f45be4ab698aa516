#pragma once
// The settings of a saved view as a JSON object: the form they take in the map file
// (saved_view.settings) and in Kizuna JSON, so both carry exactly the same view.

#include "model/Elements.h"

#include <QJsonObject>
#include <functional>
#include <optional>

namespace kizuna {

// Everything but the id and the name.
QJsonObject viewSettingsJson(const SavedView& view);

struct ViewSettingsError {
    QString field;
    QString problem;
};

// Reads what viewSettingsJson wrote into `view` (keeping its id and name). Element ids go
// through `mapId` (Kizuna JSON files number elements their own way); it returns nullopt for an id
// that is not in the map. Missing settings keep their defaults, so older views read.
std::optional<ViewSettingsError>
readViewSettings(const QJsonObject& settings, SavedView& view,
                 const std::function<std::optional<qint64>(const QJsonValue&)>& mapId);

} // namespace kizuna
