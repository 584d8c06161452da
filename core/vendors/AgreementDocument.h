#pragma once

#include "core/vendors/DocumentKind.h"

#include <QDateTime>
#include <QString>

namespace palisade {

// A signed agreement or amendment kept inside the encrypted file. The bytes
// are read separately (BaaRegister::documentContent) so lists stay light.
struct AgreementDocument
{
    qint64 id = 0;
    qint64 agreementId = 0;
    DocumentKind kind = DocumentKind::SignedAgreement;
    QString fileName;
    QString sha256; // lower-case hex of the stored bytes
    qint64 size = 0;
    int pageCount = 0;
    QDateTime addedAt; // UTC
    QString addedBy;

    friend bool operator==(const AgreementDocument&, const AgreementDocument&) = default;
};

} // namespace palisade
