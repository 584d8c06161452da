#pragma once

#include "core/util/Error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>
#include <cstdio>

namespace palisade::cli {

class TextTable;

// Where the command line writes. Results go to standard output (JSON with
// --json); messages and errors go to standard error, so a script can read
// the one and show the other.
class CliOutput
{
    Q_DECLARE_TR_FUNCTIONS(palisade::cli::CliOutput)

public:
    explicit CliOutput(FILE* out = stdout, FILE* err = stderr);

    void setJson(bool json) { m_json = json; }
    bool json() const { return m_json; }

    // A line of a command's result (tables, help) on standard output.
    void print(const QString& line);
    // Every line of a text table.
    void print(const TextTable& table);
    // A message for the person at the terminal, on standard error.
    void message(const QString& line);
    void printJson(const QJsonObject& object);
    void printJson(const QJsonArray& array);
    // Reports the error and returns its exit code. With --json, standard
    // output also gets {"error": {...}} so scripts see why.
    int fail(const Error& error);

private:
    void printJsonText(const QByteArray& text);

    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
};

} // namespace palisade::cli
