// Help, Preferences and the Japanese UI: what a new user finds in the menus.
#include "UiTestSupport.h"
#include "dialogs/PreferencesDialog.h"
#include "document/Edits.h"
#include "document/GraphDocument.h"
#include "main/HelpActions.h"
#include "main/UiLanguage.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QTranslator>
#include <boost/version.hpp>
#include <catch2/catch.hpp>

using namespace kizuna;

namespace {

const ShortcutEntry* entryFor(const std::vector<ShortcutEntry>& list, const QString& command) {
    for (const ShortcutEntry& entry : list)
        if (entry.command == command)
            return &entry;
    return nullptr;
}

QMenu* menuTitled(QMenuBar* bar, const QString& title) {
    for (QAction* action : bar->actions())
        if (action->menu() && action->menu()->title() == title)
            return action->menu();
    return nullptr;
}

// Installs the Japanese catalogue for one test and takes it out again.
struct JapaneseUi {
    JapaneseUi() {
        REQUIRE(installUiTranslators(*QCoreApplication::instance(), UiLanguage::Japanese));
    }
    ~JapaneseUi() {
        for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
};

} // namespace

TEST_CASE(
    "Help > Keyboard Shortcuts lists every menu command with its keys and the canvas's gestures",
    "[ui][help]") {
    test::WindowFixture fixture;
    const auto list = shortcutList(*fixture.window->menuBar());
    const ShortcutEntry* fit = entryFor(list, QStringLiteral("Fit to Window"));
    REQUIRE(fit);
    CHECK(fit->place == QStringLiteral("View"));
    CHECK(fit->keys == QKeySequence(Qt::CTRL | Qt::Key_0).toString(QKeySequence::NativeText));
    const ShortcutEntry* start = entryFor(list, QStringLiteral("Getting Started"));
    REQUIRE(start);
    CHECK(start->keys ==
          QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText));
    CHECK_FALSE(start->keys.isEmpty());
    // Submenus are walked: the label languages are under View > Labels In.
    const ShortcutEntry* english = entryFor(list, QStringLiteral("English"));
    REQUIRE(english);
    CHECK(english->place == QStringLiteral("View > Labels In"));
    // Every action with a shortcut anywhere in the menus is in the list with it.
    int withKeys = 0;
    for (QMenu* menu : fixture.window->menuBar()->findChildren<QMenu*>())
        for (QAction* action : menu->actions())
            if (!action->menu() && !action->shortcut().isEmpty()) {
                ++withKeys;
                const ShortcutEntry* entry =
                    entryFor(list, QString(action->text()).remove(QLatin1Char('&')));
                INFO(action->text().toStdString());
                REQUIRE(entry);
                CHECK(entry->keys.contains(action->shortcut().toString(QKeySequence::NativeText)));
            }
    CHECK(withKeys >= 15);
    const ShortcutEntry* pan = entryFor(list, QStringLiteral("Pan"));
    REQUIRE(pan);
    CHECK(pan->place == QStringLiteral("Canvas"));
}

TEST_CASE("View > Panels brings back a panel that was closed", "[ui][help]") {
    test::WindowFixture fixture;
    auto* legend = fixture.window->findChild<QDockWidget*>(QStringLiteral("filterDock"));
    REQUIRE(legend);
    legend->close();
    CHECK_FALSE(legend->isVisible());
    auto* panels = fixture.window->findChild<QMenu*>(QStringLiteral("panelsMenu"));
    REQUIRE(panels);
    CHECK(panels->actions().size() == fixture.window->findChildren<QDockWidget*>().size());
    QAction* toggle = nullptr;
    for (QAction* action : panels->actions())
        if (action->text() == legend->windowTitle())
            toggle = action;
    REQUIRE(toggle);
    CHECK_FALSE(toggle->isChecked());
    toggle->trigger();
    CHECK(legend->isVisible());
}

TEST_CASE("About names the versions of Kizuna, Qt, Boost and SQLite", "[ui][help]") {
    const QString versions = versionsText();
    CHECK(versions.startsWith(QStringLiteral("Kizuna 0.")));
    CHECK(versions.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())));
    CHECK(versions.contains(
        QStringLiteral("Boost %1.%2").arg(BOOST_VERSION / 100000).arg(BOOST_VERSION / 100 % 1000)));
    CHECK(versions.contains(QStringLiteral("SQLite 3.")));
}

TEST_CASE("The UI language follows the system unless Preferences chose one", "[ui][language]") {
    CHECK(effectiveUiLanguage(UiLanguage::System, QLocale(QLocale::Japanese, QLocale::Japan)) ==
          UiLanguage::Japanese);
    CHECK(effectiveUiLanguage(UiLanguage::System, QLocale(QLocale::English)) ==
          UiLanguage::English);
    CHECK(effectiveUiLanguage(UiLanguage::English, QLocale(QLocale::Japanese)) ==
          UiLanguage::English);
    CHECK(effectiveUiLanguage(UiLanguage::Japanese, QLocale(QLocale::German)) ==
          UiLanguage::Japanese);
}

TEST_CASE("Preferences keep the language and the author, and edits are signed with that author",
          "[ui][language]") {
    test::WindowFixture fixture;
    {
        PreferencesDialog dialog(fixture.settings);
        CHECK(dialog.languageCombo()->currentData().toInt() == int(UiLanguage::System));
        dialog.languageCombo()->setCurrentIndex(
            dialog.languageCombo()->findData(int(UiLanguage::Japanese)));
        dialog.authorEdit()->setText(QStringLiteral("  Analyst A  "));
        CHECK(dialog.save()); // the language changed
    }
    CHECK(uiLanguageSetting(fixture.settings) == UiLanguage::Japanese);
    CHECK(preferredAuthor(fixture.settings) == QStringLiteral("Analyst A"));
    {
        PreferencesDialog again(fixture.settings); // shows what was saved
        CHECK(again.languageCombo()->currentData().toInt() == int(UiLanguage::Japanese));
        CHECK(again.authorEdit()->text() == QStringLiteral("Analyst A"));
        CHECK_FALSE(again.save()); // nothing changed
    }
    // A map opened now signs its edits with that name in the change log.
    REQUIRE(fixture.window->openMap(fixture.mapPath).isEmpty());
    const NodeId node = test::nodeLabelled(fixture.document(), QStringLiteral("OpenAI"));
    NodeData renamed = *fixture.document().graph().node(node);
    renamed.description = QStringLiteral("Signed edit");
    REQUIRE(
        fixture.window->edits()->perform(updateNodeChange(fixture.document(), renamed)).isEmpty());
    auto records = fixture.document().journal(fixture.document().journalSeq() - 1);
    REQUIRE(records);
    REQUIRE_FALSE(records.value().empty());
    CHECK(records.value().back().author == QStringLiteral("Analyst A"));
    // Emptying the name goes back to the system's user.
    PreferencesDialog cleared(fixture.settings);
    cleared.authorEdit()->clear();
    cleared.save();
    CHECK(preferredAuthor(fixture.settings) == defaultAuthor());
}

TEST_CASE("With the Japanese catalogue the menus, panels and dialogs speak Japanese",
          "[ui][language]") {
    JapaneseUi japanese;
    test::WindowFixture fixture;
    QMenuBar* bar = fixture.window->menuBar();
    CHECK(menuTitled(bar, QStringLiteral("ファイル(&F)")));
    CHECK(menuTitled(bar, QStringLiteral("ヘルプ(&H)")));
    CHECK_FALSE(menuTitled(bar, QStringLiteral("&File")));
    // Every command in the menus is translated, but for names that are the same in any language
    // (the label languages, recent files).
    int commands = 0;
    QStringList english;
    for (const ShortcutEntry& entry : shortcutList(*bar)) {
        ++commands;
        bool ascii = true;
        for (QChar c : entry.command)
            ascii = ascii && c.unicode() < 128;
        if (ascii && entry.command != QStringLiteral("English") &&
            !entry.command.contains(QStringLiteral(".kizuna")))
            english << entry.command;
    }
    INFO(english.join(QStringLiteral(" | ")).toStdString());
    CHECK(commands > 40);
    CHECK(english.isEmpty());
    auto* legend = fixture.window->findChild<QDockWidget*>(QStringLiteral("filterDock"));
    REQUIRE(legend);
    CHECK(legend->windowTitle() == QStringLiteral("凡例とフィルター"));
    PreferencesDialog dialog(fixture.settings);
    CHECK(dialog.windowTitle() == QStringLiteral("環境設定"));
}

TEST_CASE("Relation labels of the bundled map follow View > Labels In", "[ui][language]") {
    test::WindowFixture fixture;
    auto labelsIn = [&](Language language) {
        fixture.canvas()->setLabelLanguage(language);
        QStringList labels;
        for (const auto& edge : fixture.canvas()->scene().edges())
            labels << edge.fullLabel;
        return labels.join(QLatin1Char('\n'));
    };
    const QString english = labelsIn(Language::En);
    CHECK(english.contains(QStringLiteral("debates")));
    CHECK_FALSE(english.contains(QStringLiteral("議論")));
    CHECK_FALSE(english.contains(QStringLiteral("AI冷戦")));
    const QString japanese = labelsIn(Language::Ja);
    CHECK(japanese.contains(QStringLiteral("議論")));
    CHECK_FALSE(japanese.contains(QStringLiteral("debates")));
}
