#include "core/vendors/CounterpartyValidator.h"

#include <QRegularExpression>

namespace palisade {

QStringList CounterpartyValidator::problems(const Counterparty& counterparty) const
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    QStringList out;
    if (counterparty.name.trimmed().isEmpty())
        out << tr("Give the counterparty a name.");
    else if (counterparty.name.size() > maximumNameLength)
        out << tr("The name is longer than %1 characters.").arg(maximumNameLength);
    if (counterparty.sharesPhi && counterparty.phiTypes.trimmed().isEmpty())
        out << tr("Say which PHI is shared with them, e.g. \"claims, diagnosis codes\".");
    for (std::size_t i = 0; i < counterparty.contacts.size(); ++i) {
        const Contact& contact = counterparty.contacts[i];
        if (contact.name.trimmed().isEmpty())
            out << tr("Contact %1 needs a name.").arg(i + 1);
        if (!contact.email.trimmed().isEmpty() && !email.match(contact.email.trimmed()).hasMatch())
            out << tr("Contact %1: \"%2\" is not an email address.").arg(i + 1).arg(contact.email);
    }
    return out;
}

} // namespace palisade
