#pragma once
// A label in up to three languages; every node needs at least one.

#include <QString>
#include <optional>

namespace kizuna {

enum class Language { En = 0, Ja = 1, Zh = 2 };

QString languageKey(Language language);
std::optional<Language> languageFromKey(const QString& key);

struct Labels {
    QString en;
    QString ja;
    QString zh;

    const QString& get(Language language) const;
    void set(Language language, const QString& text);
    bool isEmpty() const {
        return en.trimmed().isEmpty() && ja.trimmed().isEmpty() && zh.trimmed().isEmpty();
    }
    // The label in `preferred`, else the first non-empty one in en, ja, zh order.
    QString display(Language preferred) const;
    bool operator==(const Labels&) const = default;
};

// A relation's label has one text for every language. Where it is written bilingually as
// "日本語 / English" (one half in CJK script, the other without; no brackets around the slash),
// the half in `language` (CJK for Japanese and Chinese); any other text as it is.
QString bilingualPart(const QString& text, Language language);

} // namespace kizuna
