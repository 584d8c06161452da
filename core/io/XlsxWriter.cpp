#include "core/io/XlsxWriter.h"

#include "core/io/ExportTarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <system_error>
#include <xlsxwriter.h>

namespace palisade {
namespace {

// Excel keeps 15 significant digits; longer integers (identifiers) would be
// rounded, so they are written as text instead.
constexpr qint64 largestExactInteger = 999'999'999'999'999;
constexpr int maximumTextLength = 32767;

struct Formats
{
    lxw_format* header = nullptr;
    lxw_format* date = nullptr;
    lxw_format* wrapped = nullptr;
};

QString lxwDetail(lxw_error code)
{
    return QString::fromUtf8(lxw_strerror(code));
}

Error sheetNameError(const QString& name, lxw_error code)
{
    QString problem;
    switch (code) {
    case LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED:
        problem =
            QCoreApplication::translate("palisade::XlsxWriter", "it is longer than 31 characters.");
        break;
    case LXW_ERROR_INVALID_SHEETNAME_CHARACTER:
        problem = QCoreApplication::translate("palisade::XlsxWriter",
                                              "it contains one of [ ] : * ? / \\.");
        break;
    case LXW_ERROR_SHEETNAME_START_END_APOSTROPHE:
        problem = QCoreApplication::translate("palisade::XlsxWriter",
                                              "it starts or ends with an apostrophe.");
        break;
    case LXW_ERROR_SHEETNAME_ALREADY_USED:
        problem =
            QCoreApplication::translate("palisade::XlsxWriter", "another sheet has the same name.");
        break;
    default:
        problem = QCoreApplication::translate("palisade::XlsxWriter", "it is not allowed.");
        break;
    }
    return Error{ErrorKind::Invalid,
                 QCoreApplication::translate("palisade::XlsxWriter",
                                             "The sheet name “%1” cannot be used: %2")
                     .arg(name, problem),
                 lxwDetail(code)};
}

Error cellError(const XlsxSheet& sheet, int row, int column, lxw_error code)
{
    const QString columnName =
        column < sheet.headers().size() && !sheet.headers().at(column).isEmpty()
            ? QStringLiteral("“%1”").arg(sheet.headers().at(column))
            : QString::number(column + 1);
    const QString problem =
        code == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED
            ? QCoreApplication::translate("palisade::XlsxWriter",
                                          "the text is longer than the %1 characters a "
                                          "spreadsheet cell can hold.")
                  .arg(maximumTextLength)
            : QCoreApplication::translate("palisade::XlsxWriter", "the value cannot be written.");
    return Error{
        ErrorKind::Invalid,
        QCoreApplication::translate("palisade::XlsxWriter", "Sheet “%1”, row %2, column %3: %4")
            .arg(sheet.name())
            .arg(row + 1)
            .arg(columnName, problem),
        lxwDetail(code)};
}

lxw_error writeText(lxw_worksheet* worksheet, lxw_row_t row, lxw_col_t column, const QString& text,
                    lxw_format* format)
{
    return worksheet_write_string(worksheet, row, column, text.toUtf8().constData(), format);
}

lxw_error writeCell(lxw_worksheet* worksheet, lxw_row_t row, lxw_col_t column, const XlsxCell& cell,
                    const Formats& formats)
{
    switch (cell.kind()) {
    case XlsxCell::Kind::Text: {
        const QString text = cell.text();
        if (text.isEmpty())
            return LXW_NO_ERROR;
        const bool multiline = text.contains(QLatin1Char('\n'));
        return writeText(worksheet, row, column, text, multiline ? formats.wrapped : nullptr);
    }
    case XlsxCell::Kind::Integer:
        if (std::llabs(cell.integer()) > largestExactInteger)
            return writeText(worksheet, row, column, QString::number(cell.integer()), nullptr);
        return worksheet_write_number(worksheet, row, column, double(cell.integer()), nullptr);
    case XlsxCell::Kind::Number:
        // A spreadsheet has no NaN or infinity; an empty cell is the honest value.
        if (!std::isfinite(cell.number()))
            return LXW_NO_ERROR;
        return worksheet_write_number(worksheet, row, column, cell.number(), nullptr);
    case XlsxCell::Kind::Date: {
        const QDate date = cell.date();
        // Spreadsheet date serials start in 1900; earlier dates stay readable as text.
        if (date.year() < 1900 || date.year() > 9999)
            return writeText(worksheet, row, column, date.toString(Qt::ISODate), nullptr);
        lxw_datetime value = {date.year(), date.month(), date.day(), 0, 0, 0.0};
        return worksheet_write_datetime(worksheet, row, column, &value, formats.date);
    }
    case XlsxCell::Kind::Boolean:
        return worksheet_write_boolean(worksheet, row, column, cell.toBool() ? 1 : 0, nullptr);
    case XlsxCell::Kind::Empty:
        break;
    }
    return LXW_NO_ERROR;
}

Result<void> writeSheet(lxw_workbook* workbook, const XlsxSheet& sheet, const Formats& formats)
{
    const QByteArray name = sheet.name().toUtf8();
    if (sheet.name().trimmed().isEmpty())
        return sheetNameError(sheet.name(), LXW_ERROR_PARAMETER_VALIDATION);
    if (const lxw_error code = workbook_validate_sheet_name(workbook, name.constData()))
        return sheetNameError(sheet.name(), code);
    lxw_worksheet* worksheet = workbook_add_worksheet(workbook, name.constData());
    if (!worksheet)
        return sheetNameError(sheet.name(), LXW_ERROR_PARAMETER_VALIDATION);

    const int columns = sheet.columnCount();
    for (int c = 0; c < sheet.headers().size(); ++c)
        if (const lxw_error code =
                writeText(worksheet, 0, lxw_col_t(c), sheet.headers().at(c), formats.header))
            return cellError(sheet, 0, c, code);
    for (int r = 0; r < sheet.rows().size(); ++r) {
        const XlsxRow& row = sheet.rows().at(r);
        for (int c = 0; c < row.size(); ++c) {
            if (const lxw_error code =
                    writeCell(worksheet, lxw_row_t(r + 1), lxw_col_t(c), row.at(c), formats))
                return cellError(sheet, r + 1, c, code);
        }
    }
    if (columns == 0)
        return {};
    for (int c = 0; c < columns; ++c) {
        const double width = sheet.columnWidth(c).value_or(XlsxWriter::automaticWidth(sheet, c));
        if (const lxw_error code =
                worksheet_set_column(worksheet, lxw_col_t(c), lxw_col_t(c), width, nullptr))
            return cellError(sheet, 0, c, code);
    }
    worksheet_freeze_panes(worksheet, 1, 0);
    if (const lxw_error code = worksheet_autofilter(worksheet, 0, 0, lxw_row_t(sheet.rows().size()),
                                                    lxw_col_t(columns - 1)))
        return cellError(sheet, int(sheet.rows().size()), columns - 1, code);
    return {};
}

} // namespace

double XlsxWriter::automaticWidth(const XlsxSheet& sheet, int column)
{
    qsizetype longest = 0;
    // Bold text and the autofilter's drop-down button take about three more characters.
    if (column < sheet.headers().size())
        longest = sheet.headers().at(column).size() + 3;
    for (const XlsxRow& row : sheet.rows()) {
        if (column >= row.size())
            continue;
        const QStringList lines = row.at(column).displayText().split(QLatin1Char('\n'));
        for (const QString& line : lines)
            longest = std::max(longest, line.size());
    }
    return std::clamp(double(longest) + 1, minimumColumnWidth, maximumColumnWidth);
}

Result<void> XlsxWriter::writeWorkbook(const QString& path, const QString& temporaryPath) const
{
    lxw_workbook_options options = {};
    const QByteArray fileName = QFile::encodeName(temporaryPath);
    lxw_workbook* workbook = workbook_new_opt(fileName.constData(), &options);
    if (!workbook)
        return ExportTarget::writeFailed(path, lxwDetail(LXW_ERROR_MEMORY_MALLOC_FAILED));

    Formats formats;
    formats.header = workbook_add_format(workbook);
    format_set_bold(formats.header);
    formats.date = workbook_add_format(workbook);
    format_set_num_format(formats.date, "yyyy-mm-dd");
    formats.wrapped = workbook_add_format(workbook);
    format_set_text_wrap(formats.wrapped);
    format_set_align(formats.wrapped, LXW_ALIGN_VERTICAL_TOP);

    for (const XlsxSheet& sheet : m_sheets) {
        if (auto written = writeSheet(workbook, sheet, formats); !written.ok()) {
            // Frees without writing: the workbook is abandoned.
            lxw_workbook_free(workbook);
            return written;
        }
    }
    if (const lxw_error code = workbook_close(workbook))
        return ExportTarget::writeFailed(path, lxwDetail(code));
    return {};
}

Result<void> XlsxWriter::save(const QString& path, OverwritePolicy policy) const
{
    if (m_sheets.isEmpty())
        return Error{ErrorKind::Usage,
                     QCoreApplication::translate("palisade::XlsxWriter",
                                                 "The workbook has no sheets to save."),
                     {}};
    if (auto checked = ExportTarget::check(path, policy); !checked.ok())
        return checked;

    const QFileInfo target(path);
    QTemporaryFile temporary(target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                             QStringLiteral(".XXXXXX.part"));
    if (!temporary.open())
        return ExportTarget::writeFailed(path, temporary.errorString());
    const QString temporaryPath = temporary.fileName();
    temporary.close();

    if (auto written = writeWorkbook(path, temporaryPath); !written.ok())
        return written;

    // The temporary file is private to its owner; the export gets the
    // permissions of the file it replaces, or those of an ordinary new file.
    const bool replacing = target.exists();
    QFile::setPermissions(temporaryPath, replacing ? target.permissions()
                                                   : QFile::ReadOwner | QFile::WriteOwner |
                                                         QFile::ReadUser | QFile::WriteUser |
                                                         QFile::ReadGroup | QFile::ReadOther);

    if (policy == OverwritePolicy::Refuse) {
        // QFile::rename never replaces an existing file, so a file that
        // appeared meanwhile is still not overwritten.
        if (!QFile::rename(temporaryPath, path)) {
            if (QFileInfo::exists(path))
                return ExportTarget::alreadyExists(path);
            return ExportTarget::writeFailed(path, QFile(temporaryPath).errorString());
        }
    } else {
        std::error_code error;
        std::filesystem::rename(std::filesystem::path(temporaryPath.toStdU16String()),
                                std::filesystem::path(path.toStdU16String()), error);
        if (error)
            return ExportTarget::writeFailed(path, QString::fromStdString(error.message()));
    }
    temporary.setAutoRemove(false);
    return {};
}

} // namespace palisade
