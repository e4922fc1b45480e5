#include "dicom_screen.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dctag.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <QFile>
#include <QObject>

#include <cstring>
#include <vector>

#include <zlib.h>

namespace dicomnet {

namespace {

constexpr quint32 kUndefined = 0xffffffffu;
constexpr int kPreamble = 128;

QString tagText(quint16 group, quint16 element) {
    return QStringLiteral("(%1,%2)")
        .arg(group, 4, 16, QLatin1Char('0'))
        .arg(element, 4, 16, QLatin1Char('0'))
        .toUpper();
}

enum class VrKind { Short, Long, Invalid };

// DCMTK 3.6.7's standard VRs; the long ones have two reserved bytes and a 4-byte length.
VrKind vrKind(char a, char b) {
    static const char* const kLong[] = {"OB", "OD", "OF", "OL", "OV", "OW", "SQ",
                                        "SV", "UC", "UN", "UR", "UT", "UV"};
    static const char* const kShort[] = {"AE", "AS", "AT", "CS", "DA", "DS", "DT",
                                         "FL", "FD", "IS", "LO", "LT", "PN", "SH",
                                         "SL", "SS", "ST", "TM", "UI", "UL", "US"};
    for (const char* v : kLong)
        if (v[0] == a && v[1] == b) return VrKind::Long;
    for (const char* v : kShort)
        if (v[0] == a && v[1] == b) return VrKind::Short;
    return VrKind::Invalid;
}

struct Encoding {
    bool explicitVr = true;
    bool big = false;
};

enum class Frame { Item, Sequence, Fragments };

struct Context {
    Frame kind;
    qint64 end;    // -1: undefined length, ends at its delimiter
    qint64 bound;  // what it may not go beyond: its own end, or its closest container's
    Encoding enc;
};

// Walks one data set (or a meta group) element by element, keeping the open sequences and
// items on a stack of its own instead of the call stack.
class Walker {
public:
    Walker(const uchar* data, qint64 size, const DicomLimits& limits, ScreenResult& out)
        : d_(data), n_(size), limits_(limits), out_(out) {}

    quint16 u16(qint64 at, bool big) const {
        return big ? quint16((d_[at] << 8) | d_[at + 1]) : quint16(d_[at] | (d_[at + 1] << 8));
    }
    quint32 u32(qint64 at, bool big) const {
        return big ? (quint32(d_[at]) << 24) | (quint32(d_[at + 1]) << 16) |
                         (quint32(d_[at + 2]) << 8) | d_[at + 3]
                   : quint32(d_[at]) | (quint32(d_[at + 1]) << 8) | (quint32(d_[at + 2]) << 16) |
                         (quint32(d_[at + 3]) << 24);
    }
    bool opensWithItem(qint64 at, qint64 length, bool big) const {
        return length >= 8 && u16(at, big) == 0xfffe && u16(at + 2, big) == 0xe000;
    }

    // Empty when the data set from `pos` to the end is sound.
    QString walk(qint64 pos, Encoding enc);

private:
    QString pushSequence(qint64 end, Encoding enc) {
        push(Frame::Sequence, end, enc);
        ++sequences_;
        if (sequences_ > out_.depth) out_.depth = sequences_;
        if (sequences_ > limits_.maxSequenceDepth)
            return QObject::tr("rejected: sequences nested deeper than %1")
                .arg(limits_.maxSequenceDepth);
        return {};
    }
    void push(Frame kind, qint64 end, Encoding enc) {
        stack_.push_back({kind, end, end >= 0 ? end : stack_.back().bound, enc});
    }
    // A value or item that runs past its container's end: DCMTK reads it whole all the same
    // (with a warning) and its containers end after it. False when it runs past the data.
    bool reach(qint64 end) {
        if (end > n_) return false;  // before any container is stretched (found by fuzzing)
        for (size_t i = stack_.size(); i-- > 0;) {
            if (stack_[i].bound >= end) return true;
            if (i == 0) return false;
            stack_[i].bound = end;
            if (stack_[i].end >= 0) stack_[i].end = end;
        }
        return false;
    }
    void pop() {
        if (stack_.back().kind == Frame::Sequence) --sequences_;
        stack_.pop_back();
    }
    QString count() {
        if (++out_.elements > limits_.maxElements)
            return QObject::tr("rejected: more than %1 elements").arg(limits_.maxElements);
        return {};
    }
    QString lying(quint16 g, quint16 e, quint64 claimed, qint64 left) const {
        return QObject::tr("truncated or lying length: element %1 claims %2 bytes, only %3 follow")
            .arg(tagText(g, e))
            .arg(claimed)
            .arg(left);
    }
    // An element (not a delimiter) inside an item or at the top level.
    QString element(qint64& pos, qint64 limit, quint16 g, quint16 e, const Context& top);

    const uchar* d_;
    qint64 n_;
    const DicomLimits& limits_;
    ScreenResult& out_;
    std::vector<Context> stack_;
    int sequences_ = 0;
};

// DCMTK would take this public tag for a sequence in implicit VR (or cannot tell: private and
// unknown tags): a value that opens with an item is then read as one.
bool mayBeSequenceInImplicitVr(quint16 g, quint16 e) {
    if (g & 1) return true;
    const DcmEVR evr = DcmTag(g, e).getEVR();
    return evr == EVR_SQ || evr == EVR_UN || evr == EVR_UNKNOWN || evr == EVR_UNKNOWN2B;
}

QString Walker::element(qint64& pos, qint64 limit, quint16 g, quint16 e, const Context& top) {
    const Encoding enc = top.enc;
    quint32 length = 0;
    char vr[2] = {0, 0};
    if (enc.explicitVr) {
        vr[0] = char(d_[pos + 4]);
        vr[1] = char(d_[pos + 5]);
        const VrKind kind = vrKind(vr[0], vr[1]);
        if (kind == VrKind::Invalid)
            return QObject::tr(
                       "the data does not match its declared transfer syntax: element %1 has no "
                       "valid value representation")
                .arg(tagText(g, e));
        if (kind == VrKind::Long) {
            if (limit - pos < 12 && !reach(pos + 12)) return lying(g, e, 12, n_ - pos);
            length = u32(pos + 8, enc.big);
            pos += 12;
        } else {
            length = u16(pos + 6, enc.big);
            pos += 8;
        }
    } else {
        length = u32(pos + 4, enc.big);
        pos += 8;
    }
    if (QString why = count(); !why.isEmpty()) return why;
    auto is = [&](const char* v) { return vr[0] == v[0] && vr[1] == v[1]; };
    const bool pixelData = g == 0x7fe0 && e == 0x0010;
    if (length == kUndefined) {
        // Encapsulated pixel data: fragments, never nested.
        if (pixelData && (!enc.explicitVr || is("OB") || is("OW"))) {
            push(Frame::Fragments, -1, enc);
            return {};
        }
        // Anything else of undefined length can only be (or be taken for) a sequence; DCMTK
        // reads UN and unknown ones as Implicit VR Little Endian (CP-246).
        return pushSequence(-1, enc.explicitVr && is("SQ") ? enc : Encoding{false, false});
    }
    const bool sq = enc.explicitVr && is("SQ");
    if (qint64(length) > limit - pos && !reach(pos + length)) {
        if (!sq) return lying(g, e, length, n_ - pos);
        length = quint32(n_ - pos);  // read up to the end, as an item is (see walk())
        reach(n_);
    }
    bool sequence = false;
    if (enc.explicitVr)
        sequence = is("SQ") || ((is("OB") || is("OW")) && g == 0x0028 && e == 0x3010 &&
                                opensWithItem(pos, length, enc.big));
    else
        sequence =
            !pixelData && opensWithItem(pos, length, enc.big) && mayBeSequenceInImplicitVr(g, e);
    if (sequence) return pushSequence(pos + length, enc);
    pos += length;
    return {};
}

QString Walker::walk(qint64 pos, Encoding enc) {
    stack_.clear();
    sequences_ = 0;
    stack_.push_back({Frame::Item, n_, n_, enc});
    while (!stack_.empty()) {
        const Context top = stack_.back();
        const qint64 limit = top.bound;
        if (pos >= limit) {
            if (top.end < 0 && top.kind != Frame::Item)
                return QObject::tr("truncated: a sequence is not closed before the end");
            if (top.end < 0 && stack_.size() > 1)
                return QObject::tr("truncated: an item is not closed before the end");
            pop();
            continue;
        }
        if (limit - pos < 8 && !reach(pos + 8))
            return QObject::tr("truncated: %1 bytes left where an element should start")
                .arg(limit - pos);
        const quint16 g = u16(pos, top.enc.big), e = u16(pos + 2, top.enc.big);
        const bool item = g == 0xfffe && e == 0xe000;
        const bool itemEnd = g == 0xfffe && e == 0xe00d;
        const bool sequenceEnd = g == 0xfffe && e == 0xe0dd;
        switch (top.kind) {
            case Frame::Sequence: {
                if (sequenceEnd) {
                    pos += 8;
                    pop();
                } else if (item) {
                    const quint32 length = u32(pos + 4, top.enc.big);
                    pos += 8;
                    if (QString why = count(); !why.isEmpty()) return why;
                    if (length == kUndefined) {
                        push(Frame::Item, -1, top.enc);
                    } else {
                        // DCMTK reads an item that claims more than the data holds up to the
                        // end (DICOMDIR-nooffset among pydicom's files): so does the screen.
                        const qint64 end = qMin(pos + qint64(length), n_);
                        if (end > limit) reach(end);
                        push(Frame::Item, end, top.enc);
                    }
                } else {
                    return QObject::tr("damaged: element %1 where a sequence item should be")
                        .arg(tagText(g, e));
                }
                break;
            }
            case Frame::Fragments: {
                if (sequenceEnd) {
                    pos += 8;
                    pop();
                    break;
                }
                if (!item)
                    return QObject::tr("damaged: element %1 inside encapsulated pixel data")
                        .arg(tagText(g, e));
                const quint32 length = u32(pos + 4, top.enc.big);
                pos += 8;
                if (QString why = count(); !why.isEmpty()) return why;
                if (qint64(length) > limit - pos && !reach(pos + length))
                    return lying(g, e, length, n_ - pos);
                pos += length;
                break;
            }
            case Frame::Item: {
                if (itemEnd) {
                    pos += 8;
                    if (stack_.size() > 1) pop();  // a stray one at the top level is skipped
                } else if (sequenceEnd) {
                    if (stack_.size() > 1)
                        pop();  // closes the item early; the sequence takes the delimiter
                    else
                        pos += 8;
                } else if (g == 0xfffe) {
                    return QObject::tr("damaged: item %1 where an element should be")
                        .arg(tagText(g, e));
                } else if (QString why = element(pos, limit, g, e, top); !why.isEmpty()) {
                    return why;
                }
                break;
            }
        }
    }
    return {};
}

bool plausibleGroup(quint16 group) { return group == 0x0002 || group == 0x0008 || group < 0x0100; }

// The encoding of a data set that comes without a transfer syntax, from its first element.
Encoding guessEncoding(const uchar* d, qint64 n) {
    Encoding enc;
    if (n < 8) return enc;
    const quint16 groupLE = quint16(d[0] | (d[1] << 8)), groupBE = quint16((d[0] << 8) | d[1]);
    enc.big = !plausibleGroup(groupLE) && plausibleGroup(groupBE);
    enc.explicitVr = vrKind(char(d[4]), char(d[5])) != VrKind::Invalid;
    return enc;
}

// Inflates a deflated data set (raw deflate, as PS3.5 A.5 says), up to `cap` bytes.
bool inflateRaw(const uchar* data, qint64 size, qint64 cap, QByteArray& out, QString& why) {
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK) {
        why = QObject::tr("cannot inflate");
        return false;
    }
    out.clear();
    qint64 consumed = 0;
    int rc = Z_OK;
    char buffer[65536];
    while (rc != Z_STREAM_END) {
        if (z.avail_in == 0 && consumed < size) {
            const qint64 chunk = qMin<qint64>(size - consumed, 1 << 30);
            z.next_in = const_cast<Bytef*>(data + consumed);
            z.avail_in = uInt(chunk);
            consumed += chunk;
        }
        z.next_out = reinterpret_cast<Bytef*>(buffer);
        z.avail_out = sizeof buffer;
        rc = inflate(&z, Z_NO_FLUSH);
        const qint64 produced = qint64(sizeof buffer - z.avail_out);
        if (out.size() + produced > cap) {
            inflateEnd(&z);
            why =
                QObject::tr("rejected: the deflated data set expands beyond %1 MB").arg(cap >> 20);
            return false;
        }
        out.append(buffer, int(produced));
        if (rc == Z_BUF_ERROR && z.avail_in == 0 && consumed >= size) break;  // ends early
        if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
            inflateEnd(&z);
            why = QObject::tr("damaged: the deflated data set cannot be inflated");
            return false;
        }
    }
    inflateEnd(&z);
    return true;
}

ScreenResult screenBody(const uchar* d, qint64 n, qint64 start, DatasetEncoding encoding,
                        const DicomLimits& limits, ScreenResult out) {
    out.encoding = encoding;
    if (encoding == DatasetEncoding::DeflatedExplicitLittle) {
        QByteArray inflated;
        if (!inflateRaw(d + start, n - start, limits.maxInflatedBytes, inflated, out.problem))
            return out;
        Walker w(reinterpret_cast<const uchar*>(inflated.constData()), inflated.size(), limits,
                 out);
        out.problem = w.walk(0, Encoding{true, false});
        return out;
    }
    Walker w(d, n, limits, out);
    out.problem = w.walk(start, Encoding{encoding != DatasetEncoding::ImplicitLittle,
                                         encoding == DatasetEncoding::ExplicitBig});
    return out;
}

DatasetEncoding encodingOf(const Encoding& e) {
    if (!e.explicitVr) return DatasetEncoding::ImplicitLittle;
    return e.big ? DatasetEncoding::ExplicitBig : DatasetEncoding::ExplicitLittle;
}

}  // namespace

bool encodingOfTransferSyntax(const QString& uid, DatasetEncoding& encoding) {
    const QByteArray latin = uid.trimmed().toLatin1();
    const DcmXfer xfer(latin.constData());
    if (xfer.getXfer() == EXS_Unknown) return false;
    if (xfer.isImplicitVR())
        encoding = DatasetEncoding::ImplicitLittle;
    else if (xfer.isBigEndian())
        encoding = DatasetEncoding::ExplicitBig;
    else if (xfer.getStreamCompression() == ESC_zlib)
        encoding = DatasetEncoding::DeflatedExplicitLittle;
    else
        encoding = DatasetEncoding::ExplicitLittle;
    return true;
}

ScreenResult screenDataset(const char* data, qint64 size, DatasetEncoding encoding,
                           const DicomLimits& limits) {
    ScreenResult out;
    if (size > limits.maxObjectBytes) {
        out.problem = QObject::tr("rejected: larger than %1 MB").arg(limits.maxObjectBytes >> 20);
        return out;
    }
    return screenBody(reinterpret_cast<const uchar*>(data), size, 0, encoding, limits, out);
}

ScreenResult screenDicom(const char* data, qint64 size, const DicomLimits& limits) {
    ScreenResult out;
    const auto d = reinterpret_cast<const uchar*>(data);
    if (size > limits.maxObjectBytes) {
        out.problem = QObject::tr("rejected: larger than %1 MB").arg(limits.maxObjectBytes >> 20);
        return out;
    }
    qint64 pos = 0;
    if (size >= kPreamble + 4 && std::memcmp(data + kPreamble, "DICM", 4) == 0) pos = kPreamble + 4;
    // The meta group (always Little Endian; Explicit VR unless a writer got it wrong), up to
    // the first element of another group.
    QString transferSyntax;
    const bool metaExplicit =
        size - pos >= 8 && vrKind(char(d[pos + 4]), char(d[pos + 5])) != VrKind::Invalid;
    while (size - pos >= 8 && d[pos] == 0x02 && d[pos + 1] == 0x00) {
        const quint16 e = quint16(d[pos + 2] | (d[pos + 3] << 8));
        quint32 length = 0;
        qint64 header = 8;
        if (metaExplicit) {
            const VrKind kind = vrKind(char(d[pos + 4]), char(d[pos + 5]));
            if (kind == VrKind::Invalid) {
                out.problem = QObject::tr("damaged: the file meta information is not readable");
                return out;
            }
            if (kind == VrKind::Long) {
                if (size - pos < 12) break;
                header = 12;
                length = quint32(d[pos + 8]) | (quint32(d[pos + 9]) << 8) |
                         (quint32(d[pos + 10]) << 16) | (quint32(d[pos + 11]) << 24);
                if (d[pos + 4] == 'S' && d[pos + 5] == 'Q') length = kUndefined;  // refused below
            } else {
                length = quint32(d[pos + 6] | (d[pos + 7] << 8));
            }
        } else {
            length = quint32(d[pos + 4]) | (quint32(d[pos + 5]) << 8) |
                     (quint32(d[pos + 6]) << 16) | (quint32(d[pos + 7]) << 24);
        }
        if (length == kUndefined) {
            out.problem = QObject::tr("damaged: the file meta information holds a sequence");
            return out;
        }
        if (qint64(length) > size - pos - header) {
            out.problem =
                QObject::tr("truncated or lying length: meta element (0002,%1) claims %2 bytes")
                    .arg(e, 4, 16, QLatin1Char('0'))
                    .arg(length);
            return out;
        }
        if (e == 0x0010)
            transferSyntax =
                QString::fromLatin1(data + pos + header, int(length)).remove(QChar(0)).trimmed();
        pos += header + length;
        ++out.elements;
    }
    DatasetEncoding encoding;
    if (transferSyntax.isEmpty() || !encodingOfTransferSyntax(transferSyntax, encoding))
        encoding = encodingOf(guessEncoding(d + pos, size - pos));
    return screenBody(d, size, pos, encoding, limits, out);
}

ScreenResult screenDicomFile(const QString& path, const DicomLimits& limits) {
    ScreenResult out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        out.problem = QObject::tr("cannot open: %1").arg(f.errorString());
        return out;
    }
    if (f.size() == 0) {
        out.problem = QObject::tr("empty file");
        return out;
    }
    if (f.size() > limits.maxObjectBytes) {
        out.problem = QObject::tr("rejected: larger than %1 MB").arg(limits.maxObjectBytes >> 20);
        return out;
    }
    uchar* mapped = f.map(0, f.size());
    if (mapped) return screenDicom(reinterpret_cast<const char*>(mapped), f.size(), limits);
    const QByteArray bytes = f.readAll();
    return screenDicom(bytes, limits);
}

}  // namespace dicomnet
