#include "core/util/Sha256.h"

#include <openssl/evp.h>
#include <stdexcept>

namespace palisade {
namespace {

// Fetched once: an implicit fetch on every call costs more than hashing a
// short audit event.
const EVP_MD* sha256Method()
{
    static const EVP_MD* const method = [] {
        const EVP_MD* fetched = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        return fetched ? fetched : EVP_sha256();
    }();
    return method;
}

// One digest context per thread, reset for each digest rather than
// allocated and freed: verification hashes three times per audit event.
class DigestContext
{
public:
    DigestContext()
        : m_context(EVP_MD_CTX_new())
    {
    }
    ~DigestContext() { EVP_MD_CTX_free(m_context); }
    DigestContext(const DigestContext&) = delete;
    DigestContext& operator=(const DigestContext&) = delete;

    EVP_MD_CTX* get() const { return m_context; }

private:
    EVP_MD_CTX* m_context;
};

} // namespace

QByteArray sha256(QByteArrayView bytes)
{
    thread_local const DigestContext context;
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_MD_CTX* ctx = context.get();
    if (ctx == nullptr || EVP_DigestInit_ex2(ctx, sha256Method(), nullptr) != 1 ||
        EVP_DigestUpdate(ctx, bytes.data(), std::size_t(bytes.size())) != 1 ||
        EVP_DigestFinal_ex(ctx, reinterpret_cast<unsigned char*>(digest.data()), &length) != 1 ||
        length != 32)
        throw std::runtime_error("SHA-256 is not available from libcrypto");
    return digest;
}

QByteArray sha256HexBytes(QByteArrayView bytes)
{
    return sha256(bytes).toHex();
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(sha256HexBytes(bytes));
}

} // namespace palisade
