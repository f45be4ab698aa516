#include "store/SharedProperties.h"

namespace kizuna {

Properties SharedProperties::share(Properties&& properties) {
    if (properties.isEmpty())
        return {};
    if (properties.size() == 1) { // the commonest: looked up without making a text
        const auto only = properties.cbegin();
        if (only.key().size() + only.value().size() > kMaxTextLength)
            return std::move(properties);
        std::pair<QString, QString> entry(only.key(), only.value());
        if (auto it = m_single.constFind(entry); it != m_single.cend())
            return *it;
        if (m_single.size() < kMaxLists)
            m_single.insert(entry, properties);
        return std::move(properties);
    }
    QString text;
    text.reserve(64);
    for (auto it = properties.cbegin(); it != properties.cend(); ++it) {
        // Each text after its length: {"a:b": "c"} and {"a": "b:c"} read differently.
        text += QString::number(it.key().size());
        text += QLatin1Char(':');
        text += it.key();
        text += QString::number(it.value().size());
        text += QLatin1Char(':');
        text += it.value();
        if (text.size() > kMaxTextLength)
            return std::move(properties);
    }
    if (auto it = m_lists.constFind(text); it != m_lists.cend())
        return *it;
    if (m_lists.size() < kMaxLists)
        m_lists.insert(text, properties);
    return std::move(properties);
}

} // namespace kizuna
