#include "TextEncoding.h"

#include "domain/Normalize.h"

#include <QStringDecoder>
#include <QStringEncoder>

namespace assetreg {
namespace {

const char* const kCp932 = "windows-31j";

bool hasUtf8Bom(const QByteArray& b) {
    return b.startsWith("\xEF\xBB\xBF");
}
bool hasUtf16Bom(const QByteArray& b) {
    return b.startsWith("\xFF\xFE") || b.startsWith("\xFE\xFF");
}

// UTF-16 without a BOM: the ASCII of a CSV (separators, line ends, digits) puts a NUL in every
// other byte, always on the same side; binary files have NULs anywhere.
bool looksUtf16(const QByteArray& b) {
    const qsizetype n = std::min<qsizetype>(b.size() & ~qsizetype(1), 4096);
    if (n < 4)
        return false;
    qsizetype even = 0;
    qsizetype odd = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (b[i] == '\0')
            (i % 2 ? odd : even) += 1;
    }
    return (odd * 8 > n && even == 0) || (even * 8 > n && odd == 0);
}

// The offset of the first byte that is not valid in the encoding, or -1.
qsizetype firstInvalidByte(const QByteArray& b, TextEncoding encoding) {
    const auto* p = reinterpret_cast<const uchar*>(b.constData());
    const qsizetype n = b.size();
    if (encoding == TextEncoding::Utf16)
        return n % 2 ? n - 1 : -1;
    qsizetype i = 0;
    while (i < n) {
        const uchar c = p[i];
        if (encoding == TextEncoding::Utf8) {
            int extra = c < 0x80           ? 0
                        : (c >> 5) == 0x6  ? 1
                        : (c >> 4) == 0xE  ? 2
                        : (c >> 3) == 0x1E ? 3
                                           : -1;
            if (extra < 0 || (extra == 1 && c < 0xC2) || i + extra >= n + (extra ? 0 : 1))
                return i;
            for (int k = 1; k <= extra; ++k) {
                if ((p[i + k] & 0xC0) != 0x80)
                    return i;
            }
            i += extra + 1;
        } else { // CP932: single bytes, or a lead byte followed by a trail byte
            if (c < 0x80 || (c >= 0xA1 && c <= 0xDF)) {
                ++i;
            } else if ((c >= 0x81 && c <= 0x9F) || (c >= 0xE0 && c <= 0xFC)) {
                if (i + 1 >= n)
                    return i;
                const uchar t = p[i + 1];
                if (t < 0x40 || t == 0x7F || t > 0xFC)
                    return i;
                i += 2;
            } else {
                return i;
            }
        }
    }
    return -1;
}

// The line (1-based) of a byte offset, for messages.
qsizetype lineOf(const QByteArray& bytes, qsizetype offset) {
    return bytes.left(offset).count('\n') + 1;
}

} // namespace

QString encodingKey(TextEncoding encoding) {
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("utf-8");
    case TextEncoding::Cp932:
        return QStringLiteral("cp932");
    case TextEncoding::Utf16:
        return QStringLiteral("utf-16");
    case TextEncoding::Auto:
        break;
    }
    return QStringLiteral("auto");
}

std::optional<TextEncoding> parseEncoding(const QString& text) {
    const QString key = foldKey(text);
    if (key == QLatin1String("AUTO"))
        return TextEncoding::Auto;
    if (key == QLatin1String("UTF-8") || key == QLatin1String("UTF8"))
        return TextEncoding::Utf8;
    if (key == QLatin1String("CP932") || key == QLatin1String("WINDOWS-31J") ||
        key == QLatin1String("SHIFT_JIS") || key == QLatin1String("SJIS") ||
        key == QLatin1String("SHIFT-JIS") || key == QLatin1String("MS932"))
        return TextEncoding::Cp932;
    if (key == QLatin1String("UTF-16") || key == QLatin1String("UTF16"))
        return TextEncoding::Utf16;
    return std::nullopt;
}

TextEncoding TextCodec::detect(const QByteArray& bytes) {
    if (hasUtf8Bom(bytes))
        return TextEncoding::Utf8;
    if (hasUtf16Bom(bytes) || looksUtf16(bytes))
        return TextEncoding::Utf16;
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString probe = utf8.decode(bytes);
    Q_UNUSED(probe);
    return utf8.hasError() ? TextEncoding::Cp932 : TextEncoding::Utf8;
}

bool TextCodec::decode(const QByteArray& bytes, TextEncoding encoding, QString* text,
                       TextEncoding* used, QString* error) {
    const TextEncoding chosen = encoding == TextEncoding::Auto ? detect(bytes) : encoding;
    if (used)
        *used = chosen;
    QByteArray body = bytes;
    std::optional<QStringDecoder> decoder;
    switch (chosen) {
    case TextEncoding::Utf8:
        if (hasUtf8Bom(body))
            body.remove(0, 3);
        decoder.emplace(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        break;
    case TextEncoding::Utf16:
        if (body.startsWith("\xFE\xFF")) {
            body.remove(0, 2);
            decoder.emplace(QStringDecoder::Utf16BE, QStringDecoder::Flag::Stateless);
        } else {
            if (body.startsWith("\xFF\xFE"))
                body.remove(0, 2);
            decoder.emplace(QStringDecoder::Utf16LE, QStringDecoder::Flag::Stateless);
        }
        break;
    case TextEncoding::Cp932:
    case TextEncoding::Auto:
        decoder.emplace(kCp932);
        if (!decoder->isValid()) {
            *error = tr("This system cannot decode CP932 (Windows-31J) text.");
            return false;
        }
        break;
    }
    *text = decoder->decode(body);
    if (decoder->hasError()) {
        const qsizetype bad = std::max<qsizetype>(0, firstInvalidByte(body, chosen));
        *error = tr("The file is not valid %1 text: line %2, byte %3 cannot be decoded. Choose "
                    "the right encoding.")
                     .arg(encodingKey(chosen).toUpper())
                     .arg(lineOf(body, bad))
                     .arg(bad + 1);
        return false;
    }
    // Text files have no control characters but tab and line ends: anything else is binary.
    for (qsizetype i = 0; i < text->size(); ++i) {
        const char16_t c = text->at(i).unicode();
        if ((c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c == 0xFFFD) {
            *error = tr("The file is not a text file: line %1 contains binary data.")
                         .arg(text->left(i).count(QLatin1Char('\n')) + 1);
            return false;
        }
    }
    return true;
}

bool TextCodec::encode(const QString& text, TextEncoding encoding, bool bom, QByteArray* out,
                       QString* error) {
    switch (encoding) {
    case TextEncoding::Auto:
    case TextEncoding::Utf8: {
        QStringEncoder encoder(QStringEncoder::Utf8);
        *out = (bom ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + QByteArray(encoder.encode(text));
        return true;
    }
    case TextEncoding::Utf16: {
        QStringEncoder encoder(QStringEncoder::Utf16LE);
        *out = QByteArray("\xFF\xFE") + QByteArray(encoder.encode(text));
        return true;
    }
    case TextEncoding::Cp932: {
        QStringEncoder encoder(kCp932);
        *out = encoder.encode(text);
        if (!encoder.hasError())
            return true;
        // Name the first character CP932 has no code for, and where it is.
        for (qsizetype i = 0; i < text.size(); ++i) {
            const qsizetype length = text[i].isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
            QStringEncoder one(kCp932);
            (void)one.encode(text.mid(i, length));
            if (one.hasError()) {
                *error = tr("\"%1\" cannot be written in CP932. Export in UTF-8 instead, or "
                            "change the text.")
                             .arg(text.mid(i, length));
                return false;
            }
            i += length - 1;
        }
        *error = tr("The text cannot be written in CP932.");
        return false;
    }
    }
    return false;
}

} // namespace assetreg
