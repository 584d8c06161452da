#pragma once

#include "core/evidence/EvidencePackRegister.h"
#include "core/evidence/PackComposer.h"
#include "core/evidence/PackSectionContent.h"
#include "core/pdf/PdfDocument.h"
#include "core/program/Program.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <catch2/catch_test_macros.hpp>
#include <optional>
#include <variant>

namespace palisade::test {

// Every word a section's blocks say, in reading order, on one line.
inline QString sectionText(const PackSectionContent& content)
{
    QStringList parts;
    for (const PackBlock& block : content.blocks) {
        if (const auto* paragraph = std::get_if<packblock::Paragraph>(&block))
            parts << paragraph->text;
        else if (const auto* subheading = std::get_if<packblock::Subheading>(&block))
            parts << subheading->text;
        else if (const auto* facts = std::get_if<packblock::Facts>(&block)) {
            for (const auto& [label, value] : facts->pairs)
                parts << label << value;
        } else if (const auto* table = std::get_if<PackTable>(&block)) {
            if (table->rows.empty())
                parts << table->emptyText;
            for (const QStringList& row : table->rows)
                parts << row;
        }
    }
    return parts.join(QLatin1Char(' ')).simplified();
}

// The text of a page as a reader would search it: DejaVu's ligatures (ff,
// fi, fl, ffi, ffl) come back from the PDF as single characters.
inline QString readablePageText(const PdfDocument& pdf, int page)
{
    QString text = pdf.pageText(page);
    text.replace(QChar(0xFB00), QStringLiteral("ff"))
        .replace(QChar(0xFB01), QStringLiteral("fi"))
        .replace(QChar(0xFB02), QStringLiteral("fl"))
        .replace(QChar(0xFB03), QStringLiteral("ffi"))
        .replace(QChar(0xFB04), QStringLiteral("ffl"));
    return text.simplified();
}

inline QString readableText(const PdfDocument& pdf)
{
    QStringList pages;
    for (int page = 0; page < pdf.pageCount(); ++page)
        pages << readablePageText(pdf, page);
    return pages.join(QLatin1Char(' '));
}

// Exports a pack of `sections` for the period to `fileName` in `dir` and
// reads it back.
inline PdfDocument exportAndRead(Program& program, const QDate& from, const QDate& to,
                                 std::vector<PackSection> sections, const QString& dir,
                                 const QString& fileName = QStringLiteral("pack.pdf"))
{
    PackRequest request;
    request.from = from;
    request.to = to;
    request.sections = std::move(sections);
    request.preparedFor = QStringLiteral("Harbor Audit Partners");
    request.preparedBy = QStringLiteral("Dana Whitfield");
    const QString path = QDir(dir).filePath(fileName);
    Result<EvidencePack> exported =
        program.evidencePacks().exportPack(request, path, OverwritePolicy::Replace);
    REQUIRE(exported.ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    Result<PdfDocument> pdf = PdfDocument::load(file.readAll());
    REQUIRE(pdf.ok());
    return std::move(*pdf);
}

// The record count the manifest (the last page) lists for a section. Its row
// reads title, count, then the section data's SHA-256; a long title wraps, so
// the row's first line holds only the title's beginning.
inline std::optional<int> manifestCount(const PdfDocument& pdf, PackSection section)
{
    const QString title = packSectionTitle(section);
    const QRegularExpression row(QStringLiteral("^\\s*(\\S.*?)\\s+(\\d+)\\s+\\S{16,}\\s*$"));
    const QStringList lines = pdf.pageText(pdf.pageCount() - 1).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QRegularExpressionMatch match = row.match(line);
        if (match.hasMatch() && title.startsWith(match.captured(1).simplified()))
            return match.captured(2).toInt();
    }
    return std::nullopt;
}

} // namespace palisade::test
