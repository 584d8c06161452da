#include "ui/assets/FindingMark.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>

namespace palisade::ui::findingmark {

QIcon icon()
{
    return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
}

QColor color()
{
    return QColor(0xb3, 0x26, 0x1e);
}

QString unencryptedExplanation()
{
    return QCoreApplication::translate(
        "palisade::ui::AssetsArea",
        "ePHI crosses this path without encryption in transit: a finding for the risk analysis "
        "(164.312(e)(1)). Encrypt it, or record the risk and why it is accepted.");
}

} // namespace palisade::ui::findingmark
