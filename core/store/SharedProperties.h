#pragma once
// Property lists that many elements repeat ({"weight": "0.5"} on thousands of relations) kept
// once. Properties is implicitly shared, so elements with equal lists can point at one copy
// (an edit detaches the element's own): on a map of a million relations with a property each,
// a list of their own took about 250 bytes a relation.

#include "model/Elements.h"

#include <QHash>
#include <utility>

namespace kizuna {

class SharedProperties {
public:
    // `properties`, or an equal list given earlier.
    Properties share(Properties&& properties);

private:
    static constexpr qsizetype kMaxLists = 1 << 16;          // distinct lists kept for sharing
    static constexpr qsizetype kMaxTextLength = 256;         // longer lists are seldom repeated
    QHash<std::pair<QString, QString>, Properties> m_single; // lists of one property
    QHash<QString, Properties> m_lists; // longer ones, by their text: lengths, keys, values
};

} // namespace kizuna
