#pragma once

#include <QPageSize>
#include <QString>
#include <array>
#include <optional>

namespace palisade {

// The paper an evidence pack is laid out for.
enum class PackPaper
{
    A4,
    Letter,
};

QString packPaperKey(PackPaper value); // "a4", "letter"
std::optional<PackPaper> packPaperFromKey(const QString& key);
QString packPaperLabel(PackPaper value); // translated
std::array<PackPaper, 2> allPackPapers();
QPageSize packPageSize(PackPaper value);

} // namespace palisade
