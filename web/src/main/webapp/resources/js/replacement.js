/*
 * ukey 更换 (manual 1.2.6) through the ukey connector on the applicant's PC: the one ukey plugged in is the former
 * CA's; the server gives a ticket for it, the connector shows the certificate the former CA put there and signs the
 * ticket's challenge with that certificate's key (the PIN typed goes to the connector only), and the server checks
 * both. The certificate is then shown, for the applicant to agree to the replacement (允许替换).
 */
window.SealDeskReplacement = (function () {
    'use strict';

    async function start(button) {
        const section = document.getElementById('replace');
        const t = section.dataset;
        const pinField = document.getElementById('formerPin');
        const pin = SealDeskUkeySteps.typedPin(pinField, document.getElementById('formerPinMessage'),
            /^[0-9A-Za-z]{4,16}$/, t.textPinInvalid);
        if (pin === null) {
            return;
        }
        const {steps, shown, ukey, server} = SealDeskUkeySteps.begin(section, button);
        try {
            shown.step(steps[0]);
            const former = (await ukey('/token', 'GET')).token;
            shown.finish();

            shown.step(steps[1]);
            const challenge = await server('/challenge', {serial: former.serial});
            const proof = await ukey('/tokens/' + encodeURIComponent(former.serial) + '/former-certificate', 'POST',
                {ticket: challenge.ticket, pin: pin});
            pinField.value = '';
            shown.finish();

            shown.step(steps[2]);
            const read = await server('/' + challenge.id + '/prove',
                {certificate: proof.certificate, signature: proof.signature});
            shown.finish();
            shown.say(t.textDone);
            button.style.display = 'none';
            document.getElementById('formerSubject').textContent = read.subject;
            document.getElementById('formerIssuer').textContent = read.issuer;
            document.getElementById('formerSerial').textContent = read.serial;
            document.getElementById('formerValidity').textContent = read.validFrom + ' – ' + read.validTo;
            document.getElementById('allowForm:proofId').value = read.id;
            const form = document.getElementById('allowForm');
            form.hidden = false;
            document.getElementById('allowForm:allow').focus();
        } catch (error) {
            SealDeskUkeySteps.failed(shown, t, error, null, server, button);
        }
    }

    return {start: start};
})();
