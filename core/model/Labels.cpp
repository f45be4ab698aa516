#include "model/Labels.h"

#include <optional>

namespace kizuna {

QString languageKey(Language language) {
    switch (language) {
    case Language::En:
        return QStringLiteral("en");
    case Language::Ja:
        return QStringLiteral("ja");
    case Language::Zh:
        return QStringLiteral("zh");
    }
    return QStringLiteral("en");
}

std::optional<Language> languageFromKey(const QString& key) {
    for (Language language : {Language::En, Language::Ja, Language::Zh})
        if (languageKey(language) == key)
            return language;
    return std::nullopt;
}

const QString& Labels::get(Language language) const {
    switch (language) {
    case Language::Ja:
        return ja;
    case Language::Zh:
        return zh;
    case Language::En:
        break;
    }
    return en;
}

void Labels::set(Language language, const QString& text) {
    switch (language) {
    case Language::En:
        en = text;
        break;
    case Language::Ja:
        ja = text;
        break;
    case Language::Zh:
        zh = text;
        break;
    }
}

QString Labels::display(Language preferred) const {
    if (!get(preferred).isEmpty())
        return get(preferred);
    for (Language language : {Language::En, Language::Ja, Language::Zh})
        if (!get(language).isEmpty())
            return get(language);
    return {};
}

} // namespace kizuna
