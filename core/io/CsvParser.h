#pragma once

#include "core/io/CsvRecord.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <optional>

namespace palisade {

// The RFC 4180 state machine. It works on bytes: every byte it looks for
// (quote, delimiter, CR, LF) is ASCII and never part of a UTF-8 sequence, so
// the caller checks the encoding once and fields are decoded whole.
class CsvParser
{
public:
    CsvParser(QByteArrayView data, char delimiter);

    // Every non-blank record; quoted line breaks come back as "\n".
    Result<QList<CsvRecord>> records();

private:
    std::optional<Error> readQuoted(QByteArray& field);
    void readUnquoted(QByteArray& field);
    bool atLineBreak() const;
    void skipLineBreak();

    QByteArrayView m_data;
    char m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace palisade
