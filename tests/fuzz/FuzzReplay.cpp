// Feeds a fuzz target every file of its corpus, once, outside libFuzzer: the
// seed inputs and every finding kept as a regression run in the ordinary test
// suite with the ordinary compiler. Arguments are files or folders.
#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

QStringList inputsIn(const QString& argument)
{
    if (!QFileInfo(argument).isDir())
        return {argument};
    QStringList files;
    QDirIterator it(argument, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList inputs;
    for (const QString& argument : app.arguments().mid(1))
        inputs += inputsIn(argument);
    if (inputs.isEmpty()) {
        std::fprintf(stderr, "No inputs: give corpus files or folders.\n");
        return 2;
    }
    for (const QString& path : inputs) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "Cannot read %s\n", qPrintable(path));
            return 2;
        }
        const QByteArray data = file.readAll();
        std::fprintf(stderr, "%s (%lld bytes)\n", qPrintable(path),
                     static_cast<long long>(data.size()));
        // An exactly sized copy, without QByteArray's terminating NUL, so a
        // sanitizer build sees a read past the end as libFuzzer would.
        const std::vector<uint8_t> input(data.cbegin(), data.cend());
        LLVMFuzzerTestOneInput(input.data(), input.size());
    }
    std::printf("%lld inputs replayed\n", static_cast<long long>(inputs.size()));
    return 0;
}
