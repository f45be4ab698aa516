// Issue #15 in kizuna-cli: labels with control characters (from a CSV file) cannot drive the
// terminal through list and search, exports name what they had to replace, and every command
// answers --help.
#include "TestSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>

using namespace kizuna;
using test::runCli;

namespace {

test::CliResult ok(const QStringList& args) {
    const auto result = runCli(args);
    INFO("kizuna-cli " << args.join(QLatin1Char(' ')).toStdString()
                       << "\nstderr: " << result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return result;
}

QString hostile(const QString& name) {
    return QStringLiteral(KIZUNA_FIXTURES_DIR "/hostile/") + name;
}

// No byte a terminal would act on: C0 controls but tab and line feed, DEL, C1.
bool terminalSafe(const QString& text) {
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n') || (u >= 0x7F && u <= 0x9F))
            return false;
    }
    return true;
}

struct ControlMap {
    test::TempFolder folder;
    QString map = folder.file(QStringLiteral("controls.kizuna"));
    ControlMap() {
        ok({QStringLiteral("import"), map, hostile(QStringLiteral("control-chars.csv")),
            QStringLiteral("--edges"), hostile(QStringLiteral("control-chars-edges.csv"))});
    }
};

} // namespace

TEST_CASE("kizuna-cli list and search show control characters in labels as visible markers",
          "[cli][hostile]") {
    ControlMap f;
    const QString nodes = ok({QStringLiteral("list"), QStringLiteral("nodes"), f.map}).out;
    INFO(nodes.toStdString());
    CHECK(terminalSafe(nodes));
    CHECK(nodes.contains(QStringLiteral("\ta\u2407b\u241bc\u2401d\t")));
    CHECK(nodes.contains(QStringLiteral("\t\u241b[31mred\u241b[0m alert\u2407\t")));
    CHECK(nodes.count(QLatin1Char('\n')) == 2); // one record per node, as before

    const QString edges = ok({QStringLiteral("list"), QStringLiteral("edges"), f.map}).out;
    CHECK(terminalSafe(edges));
    CHECK(edges.contains(QStringLiteral("\tx\u2407y\t")));

    const QString found = ok({QStringLiteral("search"), f.map, QStringLiteral("alert")}).out;
    INFO(found.toStdString());
    CHECK(terminalSafe(found));
    CHECK(found.contains(QStringLiteral("\u241b[31mred\u241b[0m alert\u2407\n")));

    // JSON is for programs: it carries the text exactly (escaped by JSON itself).
    const QString json =
        ok({QStringLiteral("list"), QStringLiteral("nodes"), f.map, QStringLiteral("--json")}).out;
    CHECK(terminalSafe(json));
    CHECK(json.contains(QStringLiteral("a\\u0007b\\u001bc\\u0001d")));
}

TEST_CASE("Every command's output and messages show control characters as visible markers",
          "[cli][hostile]") {
    ControlMap f;
    const QString ids[] = {QStringLiteral("1"), QStringLiteral("2")};
    for (const QStringList& args :
         {QStringList{QStringLiteral("path"), f.map, ids[0], ids[1],
                      QStringLiteral("--undirected")},
          QStringList{QStringLiteral("neighbors"), f.map, ids[0]},
          QStringList{QStringLiteral("history"), f.map, QStringLiteral("--operations")},
          QStringList{QStringLiteral("stats"), f.map}}) {
        const auto result = test::runCli(args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << result.out.toStdString());
        CHECK(result.exitCode == 0);
        CHECK(terminalSafe(result.out));
        CHECK(terminalSafe(result.err));
    }
    // An error message quoting a label is made safe too.
    const auto missing =
        test::runCli({QStringLiteral("path"), f.map, QStringLiteral("\u001b[31mnobody"), ids[1]});
    CHECK(missing.exitCode != 0);
    CHECK(terminalSafe(missing.err));
    CHECK(missing.err.contains(QStringLiteral("\u241b[31mnobody")));
}

TEST_CASE("kizuna-cli export says which element's text it wrote with visible markers",
          "[cli][hostile][export]") {
    ControlMap f;
    const QString graphml = f.folder.file(QStringLiteral("out.graphml"));
    const auto result = ok({QStringLiteral("export"), f.map, graphml});
    INFO(result.err.toStdString());
    CHECK(terminalSafe(result.err));
    static const QRegularExpression node(
        QStringLiteral(
            "^export: node \\d+ \"a\u2407b\u241bc\u2401d\": label.en: control characters replaced "
            "with visible markers$"),
        QRegularExpression::MultilineOption);
    CHECK(node.match(result.err).hasMatch());
    static const QRegularExpression edge(
        QStringLiteral(
            "^export: edge \\d+ \"x\u2407y\": label: control characters replaced with visible "
            "markers$"),
        QRegularExpression::MultilineOption);
    CHECK(edge.match(result.err).hasMatch());
    QFile file(graphml);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(file.readAll());
    while (!xml.atEnd())
        xml.readNext();
    CHECK_FALSE(xml.hasError());

    // Formats that carry these characters say nothing.
    for (const QString& name : {QStringLiteral("out.json"), QStringLiteral("out.dot"),
                                QStringLiteral("out.cyjs"), QStringLiteral("out.csv")}) {
        const auto quiet = ok({QStringLiteral("export"), f.map, f.folder.file(name)});
        INFO(name.toStdString());
        CHECK(quiet.err.isEmpty());
    }
}

TEST_CASE("Every kizuna-cli command prints its usage and options with --help and exits 0",
          "[cli][help]") {
    const QString usage = ok({QStringLiteral("help")}).out;
    // The commands of the usage text: the lines indented by two spaces under "Commands:".
    QStringList listed;
    const QString commands = usage.section(QStringLiteral("Commands:\n"), 1);
    for (const QString& line : commands.split(QLatin1Char('\n'))) {
        if (line.isEmpty())
            break;
        if (line.startsWith(QLatin1String("  ")) && !line.startsWith(QLatin1String("   ")))
            listed << line.mid(2).section(QLatin1Char(' '), 0, 0);
    }
    listed.removeDuplicates();
    listed.removeAll(QStringLiteral("help"));
    // kizuna-cli's command table (app/cli/main.cpp).
    const QStringList table = {
        QStringLiteral("init"),     QStringLiteral("stats"),     QStringLiteral("list"),
        QStringLiteral("add-node"), QStringLiteral("add-edge"),  QStringLiteral("set"),
        QStringLiteral("delete"),   QStringLiteral("merge"),     QStringLiteral("import"),
        QStringLiteral("export"),   QStringLiteral("views"),     QStringLiteral("search"),
        QStringLiteral("path"),     QStringLiteral("neighbors"), QStringLiteral("metrics"),
        QStringLiteral("layout"),   QStringLiteral("history"),   QStringLiteral("check")};
    for (const QString& command : table) {
        INFO(command.toStdString());
        CHECK(listed.contains(command));
    }
    for (const QString& command : listed) {
        for (const QString& flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
            const auto result = runCli({command, flag});
            INFO("kizuna-cli " << command.toStdString() << " " << flag.toStdString() << "\n"
                               << result.out.toStdString() << result.err.toStdString());
            CHECK(result.exitCode == 0);
            CHECK(result.out.startsWith(QStringLiteral("Usage: kizuna-cli ") + command +
                                        QLatin1Char(' ')));
            CHECK(result.out.contains(QStringLiteral("Options:")));
            CHECK(result.out.contains(QStringLiteral("--help")));
            CHECK(result.err.isEmpty());
        }
    }

    test::TempFolder folder;
    const QString map = folder.file(QStringLiteral("never.kizuna"));
    const QString addNode = ok({QStringLiteral("add-node"), map, QStringLiteral("--help")}).out;
    for (const char* option : {"--type <TYPE>", "--label <LABEL>", "--lang <LANG>", "--prop",
                               "--valid-from", "--json", "--author"})
        CHECK(addNode.contains(QLatin1String(option)));
    CHECK_FALSE(QFile::exists(map)); // help does nothing else
    CHECK(ok({QStringLiteral("help"), QStringLiteral("add-node")}).out ==
          ok({QStringLiteral("add-node"), QStringLiteral("--help")}).out);
    const QString exportHelp = ok({QStringLiteral("export"), QStringLiteral("--help")}).out;
    CHECK(exportHelp.contains(QStringLiteral("OUT.{svg,pdf,png}"))); // both forms of export
    CHECK(runCli({QStringLiteral("help"), QStringLiteral("frobnicate")}).exitCode == 2);
}
