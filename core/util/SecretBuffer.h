#pragma once

#include <QByteArray>
#include <QString>

namespace palisade {

// Key material (a passphrase as UTF-8). The bytes are overwritten when the
// buffer is wiped or destroyed; it cannot be copied, only moved.
class SecretBuffer
{
public:
    SecretBuffer() = default;
    explicit SecretBuffer(QByteArray bytes);
    static SecretBuffer fromString(const QString& text);
    ~SecretBuffer();

    SecretBuffer(SecretBuffer&& other) noexcept;
    SecretBuffer& operator=(SecretBuffer&& other) noexcept;
    SecretBuffer(const SecretBuffer&) = delete;
    SecretBuffer& operator=(const SecretBuffer&) = delete;

    const char* data() const { return m_bytes.constData(); }
    int size() const { return static_cast<int>(m_bytes.size()); }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    // Number of user-perceived characters (code points), for length rules.
    int characterCount() const;
    bool equals(const SecretBuffer& other) const;
    void wipe();

private:
    QByteArray m_bytes;
};

// Overwrites the characters of a string that held a secret (a line edit's text).
void wipeString(QString& text);

} // namespace palisade
