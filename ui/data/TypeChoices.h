#pragma once
// The node types or relation types of a map as a combo box's items (name in the label language,
// key as the item's data): the Data view's cell editor and its "Set for Selected" dialog.

#include "model/Labels.h"

class QComboBox;

namespace kizuna {

class Schema;

void fillTypeChoices(QComboBox& combo, const Schema& schema, bool relations, Language language);

} // namespace kizuna
