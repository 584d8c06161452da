#include "app/cli/CliOutput.h"

#include "app/cli/TextTable.h"

#include <QJsonDocument>

namespace palisade::cli {
namespace {

QString kindKey(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Usage:
        return QStringLiteral("usage");
    case ErrorKind::Unlock:
        return QStringLiteral("unlock");
    case ErrorKind::Integrity:
        return QStringLiteral("integrity");
    case ErrorKind::Invalid:
        return QStringLiteral("invalid");
    case ErrorKind::Io:
        return QStringLiteral("io");
    }
    return {};
}

} // namespace

CliOutput::CliOutput(FILE* out, FILE* err)
    : m_out(out)
    , m_err(err)
{
}

void CliOutput::print(const QString& line)
{
    m_out << line << Qt::endl;
}

void CliOutput::message(const QString& line)
{
    m_err << line << Qt::endl;
}

void CliOutput::printJson(const QJsonObject& object)
{
    printJsonText(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void CliOutput::printJson(const QJsonArray& array)
{
    printJsonText(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

void CliOutput::printJsonText(const QByteArray& text)
{
    m_out << QString::fromUtf8(text);
    m_out.flush();
}

int CliOutput::fail(const Error& error)
{
    message(tr("palisade-cli: %1").arg(error.text()));
    if (m_json) {
        QJsonObject details{{QStringLiteral("kind"), kindKey(error.kind)},
                            {QStringLiteral("exit_code"), exitCodeFor(error.kind)},
                            {QStringLiteral("message"), error.message}};
        if (!error.detail.isEmpty())
            details.insert(QStringLiteral("detail"), error.detail);
        printJson(QJsonObject{{QStringLiteral("error"), details}});
    }
    return exitCodeFor(error.kind);
}

void CliOutput::print(const TextTable& table)
{
    for (const QString& line : table.lines())
        print(line);
}

} // namespace palisade::cli
