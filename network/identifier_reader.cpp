#include "identifier_reader.h"

#include "core/dicom_screen.h"

#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcistrmb.h>
#include <dcmtk/dcmdata/dcostrma.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <QByteArray>
#include <QObject>

#include <limits>

namespace dicomnet::network {

namespace {

// Collects the bytes of one identifier; past the limit it keeps nothing more and reports an
// error, so that DCMTK stops receiving.
class CappedConsumer : public DcmConsumer {
public:
    OFBool good() const override { return !overflow_; }
    OFCondition status() const override { return overflow_ ? EC_StreamNotifyClient : EC_Normal; }
    OFBool isFlushed() const override { return OFTrue; }
    offile_off_t avail() const override { return std::numeric_limits<offile_off_t>::max() / 2; }
    offile_off_t write(const void* buf, offile_off_t length) override {
        if (bytes_.size() + length > kMaxIdentifierBytes) overflow_ = true;
        if (!overflow_) bytes_.append(static_cast<const char*>(buf), int(length));
        return length;
    }
    void flush() override {}
    const QByteArray& bytes() const { return bytes_; }
    bool overflow() const { return overflow_; }

private:
    QByteArray bytes_;
    bool overflow_ = false;
};

class CappedStream : public DcmOutputStream {
public:
    explicit CappedStream(CappedConsumer* consumer) : DcmOutputStream(consumer) {}
};

}  // namespace

std::unique_ptr<DcmDataset> parseIdentifier(const QByteArray& bytes,
                                            const QString& transferSyntaxUid, QString& refusal) {
    DatasetEncoding encoding;
    if (!encodingOfTransferSyntax(transferSyntaxUid, encoding)) {
        refusal = QObject::tr("unknown transfer syntax %1").arg(transferSyntaxUid);
        return nullptr;
    }
    const ScreenResult screen = screenDataset(bytes.constData(), bytes.size(), encoding);
    if (!screen.ok()) {
        refusal = screen.problem;
        return nullptr;
    }
    const E_TransferSyntax xfer = DcmXfer(transferSyntaxUid.toLatin1().constData()).getXfer();
    DcmInputBufferStream stream;
    stream.setBuffer(bytes.constData(), offile_off_t(bytes.size()));
    stream.setEos();
    if (encoding == DatasetEncoding::DeflatedExplicitLittle) {
        const OFCondition c = stream.installCompressionFilter(ESC_zlib);
        if (c.bad()) {
            refusal = QString::fromLatin1(c.text());
            return nullptr;
        }
    }
    auto dataset = std::make_unique<DcmDataset>();
    dataset->transferInit();
    const OFCondition cond = dataset->read(stream, xfer, EGL_noChange);
    dataset->transferEnd();
    if (cond.bad()) {
        refusal = QObject::tr("the identifier cannot be read: %1").arg(cond.text());
        return nullptr;
    }
    return dataset;
}

OFCondition receiveIdentifier(T_ASC_Association* association, T_DIMSE_BlockingMode blocking,
                              int timeoutSeconds, T_ASC_PresentationContextID presentationId,
                              std::unique_ptr<DcmDataset>& identifier, QString& refusal) {
    identifier.reset();
    T_ASC_PresentationContext context;
    if (ASC_findAcceptedPresentationContext(association->params, presentationId, &context).bad())
        return DIMSE_BADMESSAGE;
    CappedConsumer consumer;
    CappedStream stream(&consumer);
    T_ASC_PresentationContextID dataId = presentationId;
    OFCondition cond = DIMSE_receiveDataSetInFile(association, blocking, timeoutSeconds, &dataId,
                                                  &stream, nullptr, nullptr);
    stream.flush();
    if (consumer.overflow())
        refusal = QObject::tr("the identifier is larger than %1 bytes").arg(kMaxIdentifierBytes);
    // Stopped mid-data set (as DCMTK does on the consumer's error), the association is out of
    // step and ends here.
    if (cond.bad()) return cond;
    if (dataId != presentationId) return DIMSE_BADMESSAGE;
    if (consumer.overflow()) return EC_Normal;
    identifier = parseIdentifier(consumer.bytes(),
                                 QString::fromLatin1(context.acceptedTransferSyntax), refusal);
    return EC_Normal;
}

}  // namespace dicomnet::network
