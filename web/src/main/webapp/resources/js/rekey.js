/*
 * Rekeying the holder's ukey for a renewal (续期, manual 1.3.2) or a change (变更, 1.3.3) through the ukey connector
 * on their PC: find the seal's own ukey, check
 * the PIN typed (it goes to the connector only, never to the server), have each current key sign the server's
 * challenge, then per seal a new key pair beside the old, the server's new certificate and re-made seal written and
 * read back (the connector then removes the old key); the server checks what was read back and completes the order.
 */
window.SealDeskRekey = (function () {
    'use strict';

    async function start(button) {
        const section = document.getElementById('rekey');
        const t = section.dataset;
        const pinField = document.getElementById('rekeyPin');
        const pinMessage = document.getElementById('rekeyPinMessage');
        const pin = SealDeskUkeySteps.typedPin(pinField, pinMessage, /^[0-9A-Za-z]{6,16}$/, t.textPinInvalid);
        if (pin === null) {
            return;
        }
        const {steps, shown, ukey, server} = SealDeskUkeySteps.begin(section, button);
        const sealSteps = steps.filter(function (li) { return li.dataset.step === 'seal'; });
        const token = '/tokens/' + encodeURIComponent(t.serial);
        let started = null;

        async function ticket(operation, slot) {
            return (await server('/' + started.attempt + '/ticket', {operation: operation, slot: slot})).ticket;
        }

        try {
            shown.step(steps[0]);
            const mine = await SealDeskUkeySteps.heldUkey(ukey, t);
            if (mine.pin.locked) {
                throw new Error(t.textPinLocked);
            }
            shown.finish();

            shown.step(steps[1]);
            try {
                await ukey(token + '/verify-pin', 'POST', {pin: pin});
            } catch (refused) {
                pinMessage.textContent = refused.message;
                pinField.setAttribute('aria-invalid', 'true');
                throw refused;
            }
            shown.finish();

            shown.step(steps[2]);
            started = await server('/start');
            const signatures = {};
            for (const slot of started.slots) {
                signatures[slot.slot] = (await ukey(token + '/seals/' + slot.slot + '/challenge', 'POST',
                    {ticket: await ticket('CHALLENGE', slot.slot), pin: pin})).signature;
            }
            await server('/' + started.attempt + '/present', {signatures: signatures});
            shown.finish();

            const written = [];
            for (let i = 0; i < started.slots.length; i++) {
                const slot = started.slots[i].slot;
                const seal = token + '/seals/' + slot;
                shown.step(sealSteps[i]);
                const pair = await ukey(seal + '/key-pair', 'POST', {ticket: await ticket('KEY_PAIR', slot), pin: pin,
                    algorithm: started.slots[i].algorithm, subject: 'CN=' + t.serial});
                const made = await server('/' + started.attempt + '/seals/' + slot, {csr: pair.csr});
                written.push(await SealDeskUkeySteps.writeAndReadBack(ukey, seal, slot, made, ticket, {pin: pin}));
                shown.finish();
            }

            shown.step(steps[steps.length - 1]);
            await server('/' + started.attempt + '/complete', {written: written});
            pinField.value = '';
            SealDeskUkeySteps.completed(shown, t, button, t.textCompleted);
            document.getElementById('rekeyDone').hidden = false;
        } catch (error) {
            SealDeskUkeySteps.failed(shown, t, error, started, server, button);
        }
    }

    return {start: start};
})();
