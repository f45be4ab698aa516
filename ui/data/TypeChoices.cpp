#include "data/TypeChoices.h"

#include "model/Schema.h"

#include <QComboBox>

namespace kizuna {

void fillTypeChoices(QComboBox& combo, const Schema& schema, bool relations, Language language) {
    combo.clear();
    if (relations) {
        for (const RelationType& type : schema.relationTypes())
            combo.addItem(schema.relationName(type.key, language), type.key);
    } else {
        for (const NodeType& type : schema.nodeTypes())
            combo.addItem(schema.nodeTypeName(type.key, language), type.key);
    }
}

} // namespace kizuna
