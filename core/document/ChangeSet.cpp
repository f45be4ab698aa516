#include "document/ChangeSet.h"

namespace kizuna {

ChangeSet ChangeSet::inverted() const {
    ChangeSet result;
    result.description = description;
    result.operations.reserve(operations.size());
    for (auto it = operations.rbegin(); it != operations.rend(); ++it)
        result.operations.push_back(std::visit(
            [](const auto& op) -> Operation {
                return std::decay_t<decltype(op)>{op.after, op.before};
            },
            *it));
    return result;
}

void ChangeSet::append(const ChangeSet& other) {
    operations.insert(operations.end(), other.operations.begin(), other.operations.end());
}

} // namespace kizuna
