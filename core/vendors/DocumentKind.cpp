#include "core/vendors/DocumentKind.h"

#include "core/util/KeyedEnum.h"

#include <QCoreApplication>

namespace palisade {
namespace {

constexpr KeyTable<DocumentKind, 3> keys{{
    {DocumentKind::SignedAgreement, QLatin1String("signed_agreement")},
    {DocumentKind::Amendment, QLatin1String("amendment")},
    {DocumentKind::Other, QLatin1String("other")},
}};

} // namespace

QString documentKindKey(DocumentKind value)
{
    return keyOf(keys, value);
}

std::optional<DocumentKind> documentKindFromKey(const QString& key)
{
    return fromKey(keys, key);
}

QString documentKindLabel(DocumentKind value)
{
    switch (value) {
    case DocumentKind::SignedAgreement:
        return QCoreApplication::translate("palisade::DocumentKind", "Signed Agreement");
    case DocumentKind::Amendment:
        return QCoreApplication::translate("palisade::DocumentKind", "Amendment");
    case DocumentKind::Other:
        return QCoreApplication::translate("palisade::DocumentKind", "Other");
    }
    return {};
}

std::array<DocumentKind, 3> allDocumentKinds()
{
    return valuesOf(keys);
}

} // namespace palisade
