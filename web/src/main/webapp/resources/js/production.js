/*
 * The producer's page drives the ukey connector on this PC (manual 1.2.8): find the one blank ukey, initialise it with
 * the server's ticket, then per seal make a key pair, have the server certify it and make the seal, write both,
 * read them back; the server compares what was read with what it issued and checks the connector's proofs.
 * PINs travel inside the tickets, encrypted to the connector: this script never sees them.
 */
window.SealDeskProduction = (function () {
    'use strict';

    async function start(button) {
        const {t, steps, shown, ukey, server} = SealDeskUkeySteps.begin(document.getElementById('production'), button);
        const sealSteps = steps.filter(function (li) { return li.dataset.step === 'seal'; });
        let started = null;

        async function ticket(operation, slot) {
            const key = await ukey('/exchange-key', 'POST', {});
            const answer = await server('/' + started.attempt + '/ticket',
                {operation: operation, slot: slot, exchangeKey: key.exchangeKey});
            return answer.ticket;
        }

        try {
            shown.step(steps[0]);
            const blank = (await ukey('/tokens', 'GET')).tokens.filter(function (token) { return !token.initialised; });
            if (blank.length !== 1) {
                throw new Error(blank.length === 0 ? t.textNoBlank : t.textSeveralBlank);
            }
            shown.finish();

            shown.step(steps[1]);
            started = await server('/start');
            const initialised = (await ukey('/tokens/' + encodeURIComponent(blank[0].serial) + '/initialise', 'POST',
                {ticket: await ticket('INITIALISE', null), label: started.label})).initialised;
            await server('/' + started.attempt + '/initialised', {serial: initialised.serial, model: initialised.model});
            shown.finish();

            const seals = '/tokens/' + encodeURIComponent(initialised.serial) + '/seals/';
            const written = [];
            for (let i = 0; i < started.slots.length; i++) {
                const slot = started.slots[i];
                shown.step(sealSteps[i]);
                const pair = await ukey(seals + slot + '/key-pair', 'POST', {ticket: await ticket('KEY_PAIR', slot),
                    algorithm: started.algorithm, subject: 'CN=' + started.label});
                const made = await server('/' + started.attempt + '/seals/' + slot, {csr: pair.csr});
                written.push(await SealDeskUkeySteps.writeAndReadBack(ukey, seals + slot, slot, made, ticket, {}));
                shown.finish();
            }

            shown.step(steps[steps.length - 1]);
            await server('/' + started.attempt + '/complete', {written: written});
            SealDeskUkeySteps.completed(shown, t, button, t.textProduced);
        } catch (error) {
            SealDeskUkeySteps.failed(shown, t, error, started, server, button);
        }
    }

    return {start: start};
})();
