// A relation label written "日本語 / English" shows the half in the chosen label language.
#include "model/Labels.h"

#include <catch2/catch.hpp>

using namespace kizuna;

TEST_CASE("A bilingual relation label gives the half in the label language", "[core][labels]") {
    const QString both = QStringLiteral("議論 / debates");
    CHECK(bilingualPart(both, Language::En) == QStringLiteral("debates"));
    CHECK(bilingualPart(both, Language::Ja) == QStringLiteral("議論"));
    CHECK(bilingualPart(both, Language::Zh) == QStringLiteral("議論"));
    // English first works the same.
    CHECK(bilingualPart(QStringLiteral("co-founder / 共同創業者"), Language::Ja) ==
          QStringLiteral("共同創業者"));
    CHECK(bilingualPart(QStringLiteral("AI冷戦 / AI Cold War"), Language::En) ==
          QStringLiteral("AI Cold War"));
}

TEST_CASE("Other labels are shown as written", "[core][labels]") {
    for (const char* text : {"GPT-5 (無償 / free)", "supplies / powers", "米国 / 中国", "議論",
                             "a / b / c", " / debates", "TCP/IP"}) {
        const QString label = QString::fromUtf8(text);
        INFO(text);
        CHECK(bilingualPart(label, Language::En) == label);
        CHECK(bilingualPart(label, Language::Ja) == label);
    }
}
