#include "core/util/SecretBuffer.h"

#include <QStringView>

#include <utility>

namespace palisade {
namespace {

void overwrite(void* data, qsizetype size)
{
    // A volatile pointer keeps the compiler from dropping stores to memory
    // that is about to be freed.
    volatile auto* p = static_cast<volatile unsigned char*>(data);
    for (qsizetype i = 0; i < size; ++i)
        p[i] = 0;
}

} // namespace

SecretBuffer::SecretBuffer(QByteArray bytes) : m_bytes(std::move(bytes))
{
    m_bytes.detach();
}

SecretBuffer SecretBuffer::fromString(const QString& text)
{
    return SecretBuffer(text.toUtf8());
}

SecretBuffer::~SecretBuffer()
{
    wipe();
}

SecretBuffer::SecretBuffer(SecretBuffer&& other) noexcept : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes = QByteArray();
}

SecretBuffer& SecretBuffer::operator=(SecretBuffer&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes = QByteArray();
    }
    return *this;
}

int SecretBuffer::characterCount() const
{
    const QString text = QString::fromUtf8(m_bytes);
    int count = 0;
    for (auto it = text.cbegin(); it != text.cend(); ++it) {
        if (!it->isLowSurrogate())
            ++count;
    }
    QString copy = text;
    wipeString(copy);
    return count;
}

bool SecretBuffer::equals(const SecretBuffer& other) const
{
    if (m_bytes.size() != other.m_bytes.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < m_bytes.size(); ++i)
        diff |= static_cast<unsigned char>(m_bytes[i] ^ other.m_bytes[i]);
    return diff == 0;
}

void SecretBuffer::wipe()
{
    if (!m_bytes.isEmpty() && !m_bytes.isDetached()) {
        // Shared data belongs to someone else too; only drop our reference.
        m_bytes = QByteArray();
        return;
    }
    if (!m_bytes.isEmpty())
        overwrite(m_bytes.data(), m_bytes.size());
    m_bytes.clear();
}

void wipeString(QString& text)
{
    if (text.isEmpty())
        return;
    if (text.isDetached())
        overwrite(text.data(), text.size() * qsizetype(sizeof(QChar)));
    text.clear();
}

} // namespace palisade
