#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// The text encodings registers arrive in: UTF-8 (with or without BOM), CP932 (what Excel in Japan
// calls "CSV" — Windows-31J, not strict Shift_JIS: 髙, ①, ～ exist only there) and UTF-16 (Excel's
// "Unicode text", tab-separated).
namespace assetreg {

enum class TextEncoding { Auto, Utf8, Cp932, Utf16 };

QString encodingKey(TextEncoding encoding); // "utf-8", "cp932", "utf-16", "auto"
std::optional<TextEncoding> parseEncoding(const QString& text);

class TextCodec {
    Q_DECLARE_TR_FUNCTIONS(assetreg::TextCodec)

public:
    // Decodes; Auto looks at the BOM, then at the bytes. On invalid input returns false and says
    // where (line and byte offset) the first invalid byte is.
    static bool decode(const QByteArray& bytes, TextEncoding encoding, QString* text,
                       TextEncoding* used, QString* error);
    // What Auto would choose for these bytes.
    static TextEncoding detect(const QByteArray& bytes);
    // Encodes; CP932 fails on the first character it cannot represent, naming it.
    static bool encode(const QString& text, TextEncoding encoding, bool bom, QByteArray* out,
                       QString* error);
};

} // namespace assetreg
