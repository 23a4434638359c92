/*
 * 验证: sends the chosen certificate, seal or signed PDF, as is, to /pki/verify (no session, nothing stored) and
 * shows what the server found: what the file names, whether our CA made it, and where it stands now; for a PDF also
 * whether its signatures hold.
 */
window.SealDeskVerify = (function () {
    'use strict';

    const REASONS = {1: 'keyCompromise', 4: 'superseded', 5: 'cessationOfOperation', 6: 'certificateHold'};

    function show(id, text) {
        document.getElementById(id).textContent = text;
    }

    function day(iso) {
        return iso ? iso.substring(0, 10) : '';
    }

    async function check() {
        const box = document.getElementById('verifier');
        const d = box.dataset;
        const message = document.getElementById('verifyMessage');
        const result = document.getElementById('verifyResult');
        const file = document.getElementById('verifyFile').files[0];
        result.hidden = true;
        if (!file) {
            message.textContent = d.textChoose;
            return;
        }
        message.textContent = d.textRunning;
        let answer;
        try {
            const response = await fetch(d.endpoint, {
                method: 'POST', headers: {'Content-Type': 'application/octet-stream'}, body: file
            });
            answer = await response.json();
        } catch (e) {
            message.textContent = d.textFailed;
            return;
        }
        if (answer.error) {
            message.textContent = answer.message;
            return;
        }
        message.textContent = '';
        const seal = answer.kind === 'SEAL';
        const pdf = answer.kind === 'PDF';
        show('resultKind', pdf ? d.kindPdf : seal ? d.kindSeal : d.kindCertificate);
        if (pdf) {
            const signatures = answer.signatures;
            let integrity = !signatures.every(s => s.holds) ? d.pdfBroken
                : signatures[signatures.length - 1].coversWholeFile ? d.pdfHolds : d.pdfAppended;
            if (signatures.length > 1) {
                integrity += ' ' + d.pdfCount.replace('{0}', signatures.length);
            }
            show('resultPdfSignature', integrity);
            show('resultSignedAt', signatures[0].signedAt
                ? new Date(signatures[0].signedAt).toLocaleString('zh-CN', {timeZone: 'Asia/Shanghai'}) : '');
        }
        result.querySelectorAll('.sd-pdf-only').forEach(e => { e.hidden = !pdf; });
        // data-standing-on_hold is dataset.standingOn_hold
        let standing = d['standing' + answer.standing.charAt(0) + answer.standing.slice(1).toLowerCase()];
        if (answer.reasonCode !== undefined) {
            standing += d.reason.replace('{0}', REASONS[answer.reasonCode] || answer.reasonCode)
                .replace('{1}', day(answer.since));
        }
        show('resultStanding', standing);
        show('resultSealName', seal ? answer.sealName + ' (' + answer.esId + ')' : '');
        show('resultSealSignature', seal ? (answer.sealSignatureHolds ? d.signatureHolds : d.signatureBroken) : '');
        result.querySelectorAll('.sd-seal-only').forEach(e => { e.hidden = !seal; });
        show('resultSubject', answer.subject);
        show('resultIssuer', answer.issuer);
        show('resultSerial', answer.serial);
        show('resultValidity', day(answer.notBefore) + ' – ' + day(answer.notAfter));
        result.hidden = false;
    }

    return {check: check};
})();
