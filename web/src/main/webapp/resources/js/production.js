/*
 * The producer's page drives the ukey connector on this PC (manual 1.2.8): find the one blank ukey, initialise it with
 * the server's ticket, then per seal make a key pair, have the server certify it and make the seal, write both,
 * read them back; the server compares what was read with what it issued and checks the connector's proofs.
 * PINs travel inside the tickets, encrypted to the connector: this script never sees them.
 */
window.SealDeskProduction = (function () {
    'use strict';

    function texts(section) {
        const d = section.dataset;
        return {
            connectorMissing: d.textConnectorMissing, noBlank: d.textNoBlank, severalBlank: d.textSeveralBlank,
            failed: d.textFailed, done: d.textDone, again: d.textAgain, produced: d.textProduced,
            running: d.textRunning, finished: d.textFinished, broken: d.textBroken
        };
    }

    async function call(url, method, body, unreachable, credentials) {
        let response;
        try {
            response = await fetch(url, {
                method: method,
                headers: body === undefined ? {} : {'Content-Type': 'application/json'},
                body: body === undefined ? undefined : JSON.stringify(body),
                credentials: credentials
            });
        } catch (networkError) {
            throw new Error(unreachable);
        }
        const answer = await response.json().catch(function () { return {}; });
        if (!response.ok) {
            throw new Error(answer.message || response.status + ' ' + response.statusText);
        }
        return answer;
    }

    async function start(button) {
        const section = document.getElementById('production');
        const t = texts(section);
        const api = section.dataset.api;
        const connector = section.dataset.connector + '/v1';
        const message = document.getElementById('productionMessage');
        const progress = document.getElementById('productionProgress');
        const steps = Array.from(section.querySelectorAll('#productionSteps > li'));
        const sealSteps = steps.filter(function (li) { return li.dataset.step === 'seal'; });
        progress.max = steps.length;
        progress.value = 0;
        steps.forEach(function (li) { show(li, null); });
        message.textContent = '';
        message.setAttribute('role', 'status');
        button.disabled = true;

        const ukey = function (path, method, body) { return call(connector + path, method, body, t.connectorMissing, 'omit'); };
        const server = function (path, body) { return call(api + path, 'POST', body || {}, t.failed, 'same-origin'); };
        let started = null;
        let current = steps[0];

        function show(li, state) {
            li.dataset.state = state || '';
            li.querySelector('.sd-step-state').textContent = state ? t[state] : '';
            if (state === 'finished') {
                progress.value = steps.filter(function (s) { return s.dataset.state === 'finished'; }).length;
            }
        }
        function step(li) {
            current = li;
            show(li, 'running');
        }
        async function ticket(operation, slot) {
            const key = await ukey('/exchange-key', 'POST', {});
            const answer = await server('/' + started.attempt + '/ticket',
                {operation: operation, slot: slot, exchangeKey: key.exchangeKey});
            return answer.ticket;
        }

        try {
            step(steps[0]);
            const blank = (await ukey('/tokens', 'GET')).tokens.filter(function (token) { return !token.initialised; });
            if (blank.length !== 1) {
                throw new Error(blank.length === 0 ? t.noBlank : t.severalBlank);
            }
            show(steps[0], 'finished');

            step(steps[1]);
            started = await server('/start');
            const initialised = (await ukey('/tokens/' + encodeURIComponent(blank[0].serial) + '/initialise', 'POST',
                {ticket: await ticket('INITIALISE', null), label: started.label})).initialised;
            await server('/' + started.attempt + '/initialised', {serial: initialised.serial, model: initialised.model});
            show(steps[1], 'finished');

            const seals = '/tokens/' + encodeURIComponent(initialised.serial) + '/seals/';
            const written = [];
            for (let i = 0; i < started.slots.length; i++) {
                const slot = started.slots[i];
                step(sealSteps[i]);
                const pair = await ukey(seals + slot + '/key-pair', 'POST', {ticket: await ticket('KEY_PAIR', slot),
                    algorithm: started.algorithm, subject: 'CN=' + started.label});
                const made = await server('/' + started.attempt + '/seals/' + slot, {csr: pair.csr});
                await ukey(seals + slot + '/certificate', 'PUT',
                    {ticket: await ticket('CERTIFICATE', slot), certificate: made.certificate});
                const stored = await ukey(seals + slot + '/seal', 'PUT', {ticket: await ticket('SEAL', slot), seal: made.seal});
                written.push({slot: slot, proof: stored.proof,
                    certificate: (await ukey(seals + slot + '/certificate', 'GET')).certificate,
                    seal: (await ukey(seals + slot + '/seal', 'GET')).seal});
                show(sealSteps[i], 'finished');
            }

            step(steps[steps.length - 1]);
            await server('/' + started.attempt + '/complete', {written: written});
            show(current, 'finished');
            message.textContent = t.done;
            button.style.display = 'none';
            const status = document.querySelector('#status .ui-tag-value');
            if (status) {
                status.textContent = t.produced;
            }
        } catch (error) {
            show(current, 'broken');
            message.setAttribute('role', 'alert');
            message.textContent = t.failed + error.message;
            if (started) {
                server('/' + started.attempt + '/fail', {why: error.message}).catch(function () { /* shown already */ });
            }
            button.disabled = false;
            const label = button.querySelector('.ui-button-text');
            if (label) {
                label.textContent = t.again;
            }
        }
    }

    return {start: start};
})();
