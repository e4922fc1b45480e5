#include "iso2022_text.h"

#include <iconv.h>

#include <cstring>

namespace dicomnet {

namespace {

// How a graphic set's bytes become something iconv can decode.
enum class Set {
    Ascii,       // G0: ASCII or JIS X 0201 Roman
    Jis0208,     // G0: 2 bytes → EUC-JP (high bits set)
    Jis0212,     // G0: 2 bytes → EUC-JP 0x8F + 2 bytes
    Katakana,    // G1: JIS X 0201 → EUC-JP 0x8E + byte
    Ksx1001,     // G1: EUC-KR as is
    Gb2312,      // G1: EUC-CN as is
    SingleByte,  // G1: an ISO 8859 part (iconv name in `encoding`)
    None,
};

struct G1 {
    Set set = Set::None;
    const char* encoding = nullptr;
};

struct Term {
    const char* name;
    Set g0;
    G1 g1;
};

// The defined terms of PS3.3 C.12.1.1.2 for code extensions.
const Term kTerms[] = {
    {"ISO 2022 IR 6", Set::Ascii, {}},
    {"ISO 2022 IR 100", Set::Ascii, {Set::SingleByte, "ISO-8859-1"}},
    {"ISO 2022 IR 101", Set::Ascii, {Set::SingleByte, "ISO-8859-2"}},
    {"ISO 2022 IR 109", Set::Ascii, {Set::SingleByte, "ISO-8859-3"}},
    {"ISO 2022 IR 110", Set::Ascii, {Set::SingleByte, "ISO-8859-4"}},
    {"ISO 2022 IR 144", Set::Ascii, {Set::SingleByte, "ISO-8859-5"}},
    {"ISO 2022 IR 127", Set::Ascii, {Set::SingleByte, "ISO-8859-6"}},
    {"ISO 2022 IR 126", Set::Ascii, {Set::SingleByte, "ISO-8859-7"}},
    {"ISO 2022 IR 138", Set::Ascii, {Set::SingleByte, "ISO-8859-8"}},
    {"ISO 2022 IR 148", Set::Ascii, {Set::SingleByte, "ISO-8859-9"}},
    {"ISO 2022 IR 166", Set::Ascii, {Set::SingleByte, "TIS-620"}},
    {"ISO 2022 IR 13", Set::Ascii, {Set::Katakana, nullptr}},
    {"ISO 2022 IR 87", Set::Jis0208, {}},
    {"ISO 2022 IR 159", Set::Jis0212, {}},
    {"ISO 2022 IR 149", Set::Ascii, {Set::Ksx1001, nullptr}},
    {"ISO 2022 IR 58", Set::Ascii, {Set::Gb2312, nullptr}},
};

QString iconvDecode(const char* encoding, const QByteArray& bytes) {
    if (bytes.isEmpty()) return QString(QLatin1String(""));
    iconv_t cd = iconv_open("UTF-8", encoding);
    if (cd == iconv_t(-1)) return {};
    QByteArray out(bytes.size() * 4 + 16, '\0');
    char* in = const_cast<char*>(bytes.constData());
    size_t inLeft = size_t(bytes.size());
    char* o = out.data();
    size_t outLeft = size_t(out.size());
    const size_t rc = iconv(cd, &in, &inLeft, &o, &outLeft);
    iconv_close(cd);
    if (rc == size_t(-1)) return {};
    out.truncate(int(out.size() - int(outLeft)));
    return QString::fromUtf8(out);
}

class Decoder {
public:
    explicit Decoder(Set g0, G1 g1) : initialG0_(g0), initialG1_(g1), g0_(g0), g1_(g1) {}

    bool feed(const QByteArray& raw, bool personName) {
        for (int i = 0; i < raw.size(); ++i) {
            const unsigned char c = static_cast<unsigned char>(raw[i]);
            if (c == 0x1b) {
                const int used = escape(raw, i);
                if (used < 0) return false;
                i += used - 1;
                continue;
            }
            // In a two-byte G0 set every byte pair is a character: '^' (0x5E) may be half of one.
            const bool reset =
                (g0_ == Set::Ascii) && (c == '\r' || c == '\n' || c == '\t' || c == '\f' ||
                                        c == '\\' || (personName && (c == '^' || c == '=')));
            if (reset) {
                flush();
                g0_ = initialG0_;
                g1_ = initialG1_;
                out_ += QLatin1Char(char(c));
                continue;
            }
            const Set set = c < 0x80 ? g0_ : g1_.set;
            if (set != runSet_ || (set == Set::SingleByte && g1_.encoding != runEncoding_)) flush();
            runSet_ = set;
            runEncoding_ = g1_.encoding;
            run_ += char(c);
        }
        flush();
        return !failed_;
    }
    const QString& text() const { return out_; }

private:
    // Returns the escape sequence's length, or -1 for one this decoder does not know.
    int escape(const QByteArray& raw, int at) {
        flush();
        const QByteArray seq = raw.mid(at, 4);
        auto starts = [&](const char* s) { return seq.startsWith(QByteArray(s)); };
        if (starts("\x1b(B") || starts("\x1b(J")) return set0(Set::Ascii, 3);
        if (starts("\x1b)I")) return set1({Set::Katakana, nullptr}, 3);
        if (starts("\x1b$B")) return set0(Set::Jis0208, 3);
        if (starts("\x1b$(D")) return set0(Set::Jis0212, 4);
        if (starts("\x1b$)C")) return set1({Set::Ksx1001, nullptr}, 4);
        if (starts("\x1b$)A")) return set1({Set::Gb2312, nullptr}, 4);
        if (seq.size() >= 3 && seq[1] == '-') {
            static const struct {
                char final;
                const char* encoding;
            } parts[] = {{'A', "ISO-8859-1"}, {'B', "ISO-8859-2"}, {'C', "ISO-8859-3"},
                         {'D', "ISO-8859-4"}, {'L', "ISO-8859-5"}, {'G', "ISO-8859-6"},
                         {'F', "ISO-8859-7"}, {'H', "ISO-8859-8"}, {'M', "ISO-8859-9"},
                         {'T', "TIS-620"}};
            for (const auto& p : parts)
                if (seq[2] == p.final) return set1({Set::SingleByte, p.encoding}, 3);
        }
        return -1;
    }
    int set0(Set s, int length) {
        g0_ = s;
        return length;
    }
    int set1(G1 g, int length) {
        g1_ = g;
        return length;
    }

    void flush() {
        if (run_.isEmpty()) return;
        QByteArray bytes;
        const char* encoding = nullptr;
        switch (runSet_) {
            case Set::Ascii:
                out_ += QString::fromLatin1(run_);
                run_.clear();
                return;
            case Set::Jis0208:
                for (char b : run_) bytes += char(b | 0x80);
                encoding = "EUC-JP";
                break;
            case Set::Jis0212:
                for (int k = 0; k + 1 < run_.size(); k += 2)
                    bytes += QByteArray("\x8f") + char(run_[k] | 0x80) + char(run_[k + 1] | 0x80);
                encoding = "EUC-JP";
                break;
            case Set::Katakana:
                for (char b : run_) bytes += QByteArray("\x8e") + b;
                encoding = "EUC-JP";
                break;
            case Set::Ksx1001:
                bytes = run_;
                encoding = "EUC-KR";
                break;
            case Set::Gb2312:
                bytes = run_;
                encoding = "GB2312";
                break;
            case Set::SingleByte:
                bytes = run_;
                encoding = runEncoding_;
                break;
            case Set::None:
                failed_ = true;
                run_.clear();
                return;
        }
        const QString decoded = iconvDecode(encoding, bytes);
        if (decoded.isNull()) failed_ = true;
        out_ += decoded;
        run_.clear();
    }

    Set initialG0_;
    G1 initialG1_;
    Set g0_;
    G1 g1_;
    Set runSet_ = Set::Ascii;
    const char* runEncoding_ = nullptr;
    QByteArray run_;
    QString out_;
    bool failed_ = false;
};

}  // namespace

QString decodeIso2022(const QByteArray& raw, const QString& specificCharacterSet, bool personName) {
    const QStringList terms = specificCharacterSet.split(QLatin1Char('\\'));
    Set g0 = Set::Ascii;
    G1 g1;
    const QString first = terms.value(0).trimmed();
    if (!first.isEmpty()) {
        bool known = false;
        for (const Term& t : kTerms) {
            if (first == QLatin1String(t.name)) {
                g0 = t.g0;
                g1 = t.g1;
                known = true;
                break;
            }
        }
        if (!known) return {};
    }
    Decoder decoder(g0, g1);
    if (!decoder.feed(raw, personName)) return {};
    return decoder.text();
}

}  // namespace dicomnet
