#include "core/evidence/PackPaper.h"

#include "core/util/KeyedEnum.h"

#include <QCoreApplication>

namespace palisade {
namespace {

constexpr KeyTable<PackPaper, 2> keys{{
    {PackPaper::A4, QLatin1String("a4")},
    {PackPaper::Letter, QLatin1String("letter")},
}};

} // namespace

QString packPaperKey(PackPaper value)
{
    return keyOf(keys, value);
}

std::optional<PackPaper> packPaperFromKey(const QString& key)
{
    return fromKey(keys, key.toLower());
}

QString packPaperLabel(PackPaper value)
{
    switch (value) {
    case PackPaper::A4:
        return QCoreApplication::translate("palisade::PackPaper", "A4");
    case PackPaper::Letter:
        return QCoreApplication::translate("palisade::PackPaper", "US Letter");
    }
    return {};
}

std::array<PackPaper, 2> allPackPapers()
{
    return valuesOf(keys);
}

QPageSize packPageSize(PackPaper value)
{
    return QPageSize(value == PackPaper::A4 ? QPageSize::A4 : QPageSize::Letter);
}

} // namespace palisade
