#include "core/vendors/Agreement.h"

namespace palisade {

QDate Agreement::endsOn() const
{
    QDate end = evergreen ? QDate() : expiresOn;
    if (terminatedOn.isValid() && (!end.isValid() || terminatedOn < end))
        end = terminatedOn;
    return end;
}

bool Agreement::inEffectOn(const QDate& day) const
{
    if (!agreementStatusIsSigned(status) || !effectiveOn.isValid() || day < effectiveOn)
        return false;
    const QDate end = endsOn();
    return !end.isValid() || day <= end;
}

const ProvisionCheck* Agreement::check(const QString& provision) const
{
    for (const ProvisionCheck& item : provisions) {
        if (item.provision == provision)
            return &item;
    }
    return nullptr;
}

QString agreementReference(qint64 id)
{
    return QStringLiteral("BAA-%1").arg(id, 4, 10, QLatin1Char('0'));
}

} // namespace palisade
