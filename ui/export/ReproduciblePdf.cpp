#include "export/ReproduciblePdf.h"

#include <QByteArrayView>
#include <QDate>
#include <algorithm>

namespace kizuna {
namespace {

// Longer than any key with what follows it ("/CreationDate (D:20261204230517+01'00')"): a key
// starting in the bytes passed on ends within the bytes held.
constexpr qsizetype kHold = 96;
constexpr QByteArrayView kCreated("/CreationDate (D:");
constexpr QByteArrayView kFontKeys[] = {QByteArrayView("/FontName /"),
                                        QByteArrayView("/BaseFont /")};

bool isSubsetTag(QByteArrayView tag) {
    return tag.size() == 7 && tag[6] == '+' &&
           std::all_of(tag.begin(), tag.begin() + 6, [](char c) { return c >= 'A' && c <= 'Z'; });
}

QByteArray fixedTag(size_t n) {
    return QByteArray("KZ") + char('A' + (n / 676) % 26) + char('A' + (n / 26) % 26) +
           char('A' + n % 26) + "A+";
}

} // namespace

ReproduciblePdfDevice::ReproduciblePdfDevice(QIODevice& out, const QString& asOf) : m_out(out) {
    const QDate date = QDate::fromString(asOf, Qt::ISODate);
    m_stamp =
        (date.isValid() ? date.toString(QStringLiteral("yyyyMMdd")) : QStringLiteral("20000101"))
            .toLatin1() +
        "000000Z";
    open(QIODevice::WriteOnly);
}

ReproduciblePdfDevice::~ReproduciblePdfDevice() {
    if (isOpen())
        close();
}

void ReproduciblePdfDevice::rewrite(qsizetype from, qsizetype to) {
    const QByteArrayView held(m_held);
    for (qsizetype at = held.indexOf(kCreated, from); at >= 0 && at < to;
         at = held.indexOf(kCreated, at + 1)) {
        const qsizetype date = at + kCreated.size();
        const qsizetype close = held.indexOf(')', date);
        if (close > date && close - date >= m_stamp.size()) { // the date's room, padded
            std::copy(m_stamp.begin(), m_stamp.end(), m_held.begin() + date);
            std::fill(m_held.begin() + date + m_stamp.size(), m_held.begin() + close, ' ');
        }
    }
    // Tags numbered in the order they first appear, after either key.
    std::vector<qsizetype> tagsAt;
    for (const QByteArrayView key : kFontKeys)
        for (qsizetype at = held.indexOf(key, from); at >= 0 && at < to;
             at = held.indexOf(key, at + 1))
            tagsAt.push_back(at + key.size());
    std::sort(tagsAt.begin(), tagsAt.end());
    for (const qsizetype at : tagsAt) {
        const QByteArray tag = m_held.mid(at, 7);
        const bool known = std::any_of(m_tags.begin(), m_tags.end(),
                                       [&](const auto& pair) { return pair.first == tag; });
        if (isSubsetTag(tag) && !known)
            m_tags.emplace_back(tag, fixedTag(m_tags.size()));
    }
    for (const auto& [tag, fixed] : m_tags)
        for (qsizetype at = held.indexOf(tag, from); at >= 0 && at < to;
             at = held.indexOf(tag, at + 1))
            std::copy(fixed.begin(), fixed.end(), m_held.begin() + at);
}

bool ReproduciblePdfDevice::pass(qsizetype count) {
    for (qsizetype written = 0; written < count;) {
        const qint64 n = m_out.write(m_held.constData() + written, count - written);
        if (n <= 0) {
            m_failed = true;
            return false;
        }
        written += n;
    }
    m_held.remove(0, count);
    return true;
}

qint64 ReproduciblePdfDevice::writeData(const char* data, qint64 length) {
    if (m_failed)
        return -1;
    m_held.append(data, length);
    // Keys starting before `safe` end within the held bytes; later ones wait for more. (What
    // is held after a write is the bytes where no key has been looked for yet.)
    const qsizetype safe = m_held.size() - kHold;
    if (safe <= 0)
        return length;
    rewrite(0, safe);
    return pass(safe) ? length : -1;
}

void ReproduciblePdfDevice::close() {
    if (!m_failed) {
        rewrite(0, m_held.size());
        pass(m_held.size());
    }
    m_held.clear();
    QIODevice::close();
}

} // namespace kizuna
