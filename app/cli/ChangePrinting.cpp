#include "cli/ChangePrinting.h"

#include "history/ElementText.h"

#include <QJsonArray>

namespace kizuna::cli {
namespace {

QString headline(const QString& heading, const MapChanges& changes) {
    QStringList parts;
    for (ElementKind element : {ElementKind::Node, ElementKind::Edge}) {
        QStringList counts;
        for (ChangeKind kind : {ChangeKind::Added, ChangeKind::Changed, ChangeKind::Removed})
            if (size_t n = changes.count(element, kind))
                counts << QStringLiteral("%1 %2").arg(n).arg(changeKindKey(kind));
        if (!counts.isEmpty())
            parts << (element == ElementKind::Node ? QStringLiteral("nodes: ")
                                                   : QStringLiteral("relations: ")) +
                         counts.join(QStringLiteral(", "));
    }
    if (parts.isEmpty())
        parts << QStringLiteral("no changes to nodes or relations");
    return QStringLiteral("%1: %2").arg(heading, parts.join(QStringLiteral("; ")));
}

QJsonObject changeJson(const ElementChange& change) {
    QJsonArray fields;
    for (const FieldChange& field : change.fields)
        fields.append(QJsonObject{{QStringLiteral("field"), field.field},
                                  {QStringLiteral("before"), field.before},
                                  {QStringLiteral("after"), field.after}});
    QJsonObject object{
        {QStringLiteral("change"), changeKindKey(change.kind)},
        {QStringLiteral("element"),
         change.element == ElementKind::Node ? QStringLiteral("node") : QStringLiteral("edge")},
        {QStringLiteral("key"), change.key()},
        {QStringLiteral("id"), change.id == 0 ? QJsonValue() : QJsonValue(change.id)},
        {QStringLiteral("label"), change.label},
        {QStringLiteral("type"), change.type},
        {QStringLiteral("fields"), fields},
        {QStringLiteral("detailed"), change.detailed}};
    if (change.otherId != 0)
        object.insert(QStringLiteral("other_id"), change.otherId);
    if (!change.authors.isEmpty())
        object.insert(QStringLiteral("authors"), QJsonArray::fromStringList(change.authors));
    if (!change.time.isEmpty())
        object.insert(QStringLiteral("time"), change.time);
    return object;
}

} // namespace

void printChanges(Io io, const QString& heading, const MapChanges& changes, bool json) {
    if (json) {
        for (const ElementChange& change : changes.changes)
            printJsonLine(io, changeJson(change));
        for (const QString& other : changes.otherChanges)
            printJsonLine(io, QJsonObject{{QStringLiteral("change"), QStringLiteral("other")},
                                          {QStringLiteral("description"), other}});
        return;
    }
    io.out << terminalField(headline(heading, changes)) << '\n';
    for (const ElementChange& change : changes.changes) {
        const char* mark = change.kind == ChangeKind::Added     ? "+"
                           : change.kind == ChangeKind::Removed ? "-"
                                                                : "~";
        QString who;
        if (!change.authors.isEmpty())
            who = QStringLiteral("  (%1, %2)")
                      .arg(change.authors.join(QStringLiteral(", ")),
                           change.time.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')));
        io.out << mark << ' ' << change.key() << '\t' << terminalField(change.label) << " ["
               << terminalField(change.type) << ']' << terminalField(who) << '\n';
        if (!change.detailed)
            io.out << "\t(no details: the change log kept only counts for a bulk change)\n";
        for (const FieldChange& field : change.fields)
            for (const QString& line : describeFieldChange(field.field, field.before, field.after,
                                                           change.kind != ChangeKind::Changed))
                io.out << '\t' << terminalField(line) << '\n';
    }
    if (!changes.otherChanges.isEmpty()) {
        io.out << "Other changes:\n";
        for (const QString& other : changes.otherChanges)
            io.out << '\t' << terminalField(other) << '\n';
    }
}

} // namespace kizuna::cli
