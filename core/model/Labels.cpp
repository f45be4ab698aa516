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

namespace {
bool hasCjk(const QString& text) {
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x3040 && u <= 0x30FF) || (u >= 0x3400 && u <= 0x9FFF) ||
            (u >= 0xF900 && u <= 0xFAFF) || c.isSurrogate())
            return true;
    }
    return false;
}
} // namespace

QString bilingualPart(const QString& text, Language language) {
    const qsizetype slash = text.indexOf(QStringLiteral(" / "));
    if (slash < 0 || text.indexOf(QStringLiteral(" / "), slash + 1) >= 0 ||
        text.contains(QLatin1Char('(')) || text.contains(QLatin1Char(')')))
        return text;
    const QString first = text.left(slash).trimmed(), second = text.mid(slash + 3).trimmed();
    if (first.isEmpty() || second.isEmpty() || hasCjk(first) == hasCjk(second))
        return text;
    const bool wantCjk = language != Language::En;
    return hasCjk(first) == wantCjk ? first : second;
}

} // namespace kizuna
