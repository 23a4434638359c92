package org.sealdesk.seal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1UTF8String;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERGeneralizedTime;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.operator.ContentSigner;
import org.sealdesk.order.SealType;

/**
 * The GB/T 38540-2020 electronic seal, version 4, in DER:
 * {@code SESeal ::= SEQUENCE {eSealInfo, cert OCTET STRING (the maker's), signAlgID, signedValue BIT STRING}}, the
 * signature over DER(eSealInfo) alone (v4; GM/T 0031 signed more), dates as GeneralizedTime, no extDatas (a reader
 * that drops {@code critical FALSE} would then fail the signature). See STANDARDS.md.
 */
public final class SesSeal {

    static final String VENDOR = "SealDesk";
    private static final int VERSION = 4;
    private static final int CERTIFICATE_LIST = 1;

    /** Whose seal it is: 1 a unit's, 2 a person's (the property's type). */
    public enum Kind {
        UNIT(1),
        PERSON(2);

        private final int code;

        Kind(int code) {
            this.code = code;
        }

        /** The unit's seal is a unit's; the legal representative's and the personal seal are a person's. */
        public static Kind of(SealType type) {
            return type == SealType.ENTERPRISE ? UNIT : PERSON;
        }

        static Kind of(int code) {
            for (Kind kind : values()) {
                if (kind.code == code) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("no seal type " + code);
        }
    }

    /**
     * What a seal says.
     *
     * @param certificates the holder's signing certificates, DER
     * @param widthMm the picture's width in whole millimetres
     */
    public record Content(String esId, Kind kind, String name, List<byte[]> certificates, Instant created,
            Instant validStart, Instant validEnd, byte[] png, int widthMm, int heightMm) {
    }

    /** A seal as read back: what it says, who made it, how it was signed. */
    public record Read(Content content, byte[] makerCertificate, String signatureAlgorithm, byte[] signedInfo,
            byte[] signature) {
    }

    private SesSeal() {
    }

    /** The seal, signed by the maker. */
    public static byte[] make(Content content, byte[] makerCertificate, ContentSigner maker) {
        try {
            byte[] info = info(content).getEncoded(ASN1Encoding.DER);
            try (OutputStream out = maker.getOutputStream()) {
                out.write(info);
            }
            return new DERSequence(new ASN1Encodable[] {
                ASN1Sequence.getInstance(info),
                new DEROctetString(makerCertificate),
                maker.getAlgorithmIdentifier().getAlgorithm(),
                new DERBitString(maker.getSignature())}).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws IllegalArgumentException when {@code der} is not a version 4 seal */
    public static Read read(byte[] der) {
        try {
            ASN1Sequence seal = ASN1Sequence.getInstance(der);
            if (seal.size() != 4) {
                throw new IllegalArgumentException("not a GB/T 38540 v4 seal: " + seal.size() + " elements");
            }
            ASN1Sequence info = ASN1Sequence.getInstance(seal.getObjectAt(0));
            ASN1Sequence header = ASN1Sequence.getInstance(info.getObjectAt(0));
            int version = ASN1Integer.getInstance(header.getObjectAt(1)).intValueExact();
            if (version != VERSION) {
                throw new IllegalArgumentException("seal version " + version);
            }
            ASN1Sequence property = ASN1Sequence.getInstance(info.getObjectAt(2));
            List<byte[]> certificates = new ArrayList<>();
            for (var certificate : ASN1Sequence.getInstance(property.getObjectAt(3))) {
                certificates.add(ASN1OctetString.getInstance(certificate).getOctets());
            }
            ASN1Sequence picture = ASN1Sequence.getInstance(info.getObjectAt(3));
            Content content = new Content(ASN1IA5String.getInstance(info.getObjectAt(1)).getString(),
                    Kind.of(ASN1Integer.getInstance(property.getObjectAt(0)).intValueExact()),
                    ASN1UTF8String.getInstance(property.getObjectAt(1)).getString(), certificates,
                    time(property.getObjectAt(4)), time(property.getObjectAt(5)), time(property.getObjectAt(6)),
                    ASN1OctetString.getInstance(picture.getObjectAt(1)).getOctets(),
                    ASN1Integer.getInstance(picture.getObjectAt(2)).intValueExact(),
                    ASN1Integer.getInstance(picture.getObjectAt(3)).intValueExact());
            return new Read(content, ASN1OctetString.getInstance(seal.getObjectAt(1)).getOctets(),
                    ASN1ObjectIdentifier.getInstance(seal.getObjectAt(2)).getId(), info.getEncoded(ASN1Encoding.DER),
                    ASN1BitString.getInstance(seal.getObjectAt(3)).getOctets());
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a readable GB/T 38540 seal", e);
        }
    }

    private static DERSequence info(Content content) {
        ASN1EncodableVector certificates = new ASN1EncodableVector();
        content.certificates().forEach(certificate -> certificates.add(new DEROctetString(certificate)));
        return sequence(
                sequence(new DERIA5String("ES"), new ASN1Integer(VERSION), new DERIA5String(VENDOR)),
                new DERIA5String(content.esId()),
                sequence(new ASN1Integer(content.kind().code), new DERUTF8String(content.name()),
                        new ASN1Integer(CERTIFICATE_LIST), new DERSequence(certificates), time(content.created()),
                        time(content.validStart()), time(content.validEnd())),
                sequence(new DERIA5String("png"), new DEROctetString(content.png()), new ASN1Integer(content.widthMm()),
                        new ASN1Integer(content.heightMm())));
    }

    private static DERSequence sequence(ASN1Encodable... elements) {
        return new DERSequence(elements);
    }

    private static DERGeneralizedTime time(Instant instant) {
        return new DERGeneralizedTime(Date.from(instant.truncatedTo(ChronoUnit.SECONDS)));
    }

    private static Instant time(Object encoded) {
        try {
            return ASN1GeneralizedTime.getInstance(encoded).getDate().toInstant();
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a GeneralizedTime", e);
        }
    }
}
