/*
 * The holder's unlock (解锁, manual 1.3.5) through the ukey connector on their PC: find the seal's own ukey, have the
 * connector redeem the server's UNLOCK ticket (the SO PINs inside are encrypted to the connector; this script never
 * sees them): the user PIN becomes 12345678 and the connector's proofs go to the server. The holder must then choose
 * a new PIN before leaving the page.
 */
window.SealDeskUnlock = (function () {
    'use strict';

    const DEFAULT_PIN = '12345678';
    let state = null;

    function leaving(event) {
        event.preventDefault();
        event.returnValue = state.t.textLeave;
        return state.t.textLeave;
    }

    async function start(button) {
        const section = document.getElementById('unlock');
        const {t, steps, shown, ukey, server} = SealDeskUkeySteps.begin(section, button);
        const token = '/tokens/' + encodeURIComponent(t.serial);
        let started = null;
        try {
            shown.step(steps[0]);
            await SealDeskUkeySteps.heldUkey(ukey, t);
            shown.finish();

            shown.step(steps[1]);
            started = await server('/start');
            const key = await ukey('/exchange-key', 'POST', {});
            const ticket = (await server('/' + started.attempt + '/ticket', {exchangeKey: key.exchangeKey})).ticket;
            const unlocked = await ukey(token + '/unlock', 'POST', {ticket: ticket});
            await server('/' + started.attempt + '/complete', {proofs: unlocked.proofs});
            shown.finish();
            const tag = document.querySelector('#status .ui-tag-value');
            if (tag) {
                tag.textContent = t.textCompleted;
            }
            button.style.display = 'none';

            shown.step(steps[2]);
            shown.say(t.textPinDefault);
            state = {t: t, ukey: ukey, token: token, shown: shown};
            window.addEventListener('beforeunload', leaving);
            document.getElementById('newPinForm').hidden = false;
            document.getElementById('newPin').focus();
        } catch (error) {
            SealDeskUkeySteps.failed(shown, t, error, started, server, button);
        }
    }

    /** The new PIN, typed twice, replaces 12345678 on the ukey; only then may the holder leave. */
    async function changePin(button) {
        const t = state.t;
        const field = document.getElementById('newPin');
        const again = document.getElementById('newPinAgain');
        const message = document.getElementById('newPinMessage');
        message.textContent = '';
        field.removeAttribute('aria-invalid');
        if (!/^[0-9A-Za-z]{6,16}$/.test(field.value) || field.value === DEFAULT_PIN) {
            message.textContent = t.textPinInvalid;
            field.setAttribute('aria-invalid', 'true');
            field.focus();
            return;
        }
        if (field.value !== again.value) {
            message.textContent = t.textPinMismatch;
            again.setAttribute('aria-invalid', 'true');
            again.focus();
            return;
        }
        button.disabled = true;
        try {
            await state.ukey(state.token + '/change-pin', 'POST', {oldPin: DEFAULT_PIN, newPin: field.value});
            window.removeEventListener('beforeunload', leaving);
            field.value = '';
            again.value = '';
            document.getElementById('newPinForm').hidden = true;
            state.shown.finish();
            state.shown.say(t.textPinChanged);
        } catch (refused) {
            message.textContent = refused.message;
            button.disabled = false;
        }
    }

    return {start: start, changePin: changePin};
})();
