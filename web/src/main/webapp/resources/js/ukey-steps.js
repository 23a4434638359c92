/*
 * What the pages that drive the ukey connector share (production, renewal): calls to the connector and to the
 * server, whose refusals arrive as Chinese sentences, and the list of steps with its progress bar and states.
 */
window.SealDeskUkeySteps = (function () {
    'use strict';

    /** JSON in and out; a refusal throws its message, an unreachable address throws `unreachable`. */
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
            const refused = new Error(answer.message || response.status + ' ' + response.statusText);
            refused.code = answer.error;
            throw refused;
        }
        return answer;
    }

    /**
     * The steps (li with a .sd-step-state span) shown with `progress` and `message`; `texts` names the states
     * running, finished and broken.
     */
    function display(steps, progress, message, texts) {
        let current = steps[0];
        function show(li, state) {
            li.dataset.state = state || '';
            li.querySelector('.sd-step-state').textContent = state ? texts[state] : '';
            progress.value = steps.filter(function (s) { return s.dataset.state === 'finished'; }).length;
        }
        progress.max = steps.length;
        steps.forEach(function (li) { show(li, null); });
        message.textContent = '';
        message.setAttribute('role', 'status');
        return {
            step: function (li) { current = li; show(li, 'running'); },
            finish: function (li) { show(li || current, 'finished'); },
            fail: function (text) {
                show(current, 'broken');
                message.setAttribute('role', 'alert');
                message.textContent = text;
            },
            say: function (text) { message.textContent = text; }
        };
    }

    /**
     * A run of the steps in `section` (its ol.sd-production-steps, progress and .sd-production-message), started by
     * `button`: the section's texts (data-text-*), the steps shown, and calls to the connector (data-connector) and
     * to the server's API for this order (data-api).
     */
    function begin(section, button) {
        const t = section.dataset;
        const steps = Array.from(section.querySelectorAll('ol.sd-production-steps > li'));
        const shown = display(steps, section.querySelector('progress'), section.querySelector('.sd-production-message'),
            {running: t.textRunning, finished: t.textFinished, broken: t.textBroken});
        button.disabled = true;
        return {
            t: t, steps: steps, shown: shown,
            ukey: function (path, method, body) {
                return call(t.connector + '/v1' + path, method, body, t.textConnectorMissing, 'omit');
            },
            server: function (path, body) { return call(t.api + path, 'POST', body || {}, t.textFailed, 'same-origin'); }
        };
    }

    /**
     * The PIN typed in `field` when it matches `pattern`; otherwise null, with `invalid` said beside it (in `message`)
     * and the field marked and focused.
     */
    function typedPin(field, message, pattern, invalid) {
        message.textContent = '';
        field.removeAttribute('aria-invalid');
        if (!pattern.test(field.value)) {
            message.textContent = invalid;
            field.setAttribute('aria-invalid', 'true');
            field.focus();
            return null;
        }
        return field.value;
    }

    /** The holder's own ukey (data-serial) among those plugged in; none, or only others, is said in Chinese. */
    async function heldUkey(ukey, t) {
        const tokens = (await ukey('/tokens', 'GET')).tokens;
        const mine = tokens.filter(function (each) { return each.serial === t.serial; });
        if (mine.length === 0) {
            throw new Error(tokens.length === 0 ? t.textNoUkey
                : t.textWrongUkey.replace('{0}', tokens.map(function (each) { return each.serial; }).join('、')));
        }
        return mine[0];
    }

    /**
     * Writes the certificate and seal the server made for `slot` through the connector's `seal` path (each with its
     * ticket, plus `extra` such as a typed PIN), then reads both back with the connector's proof, for the server to
     * compare with what it issued.
     */
    async function writeAndReadBack(ukey, seal, slot, made, ticket, extra) {
        await ukey(seal + '/certificate', 'PUT',
            Object.assign({ticket: await ticket('CERTIFICATE', slot), certificate: made.certificate}, extra));
        const stored = await ukey(seal + '/seal', 'PUT',
            Object.assign({ticket: await ticket('SEAL', slot), seal: made.seal}, extra));
        return {slot: slot, proof: stored.proof, certificate: (await ukey(seal + '/certificate', 'GET')).certificate,
            seal: (await ukey(seal + '/seal', 'GET')).seal};
    }

    /** Done: `t.textDone` said, the button gone, the order's status tag showing `status`. */
    function completed(shown, t, button, status) {
        shown.finish();
        shown.say(t.textDone);
        button.style.display = 'none';
        const tag = document.querySelector('#status .ui-tag-value');
        if (tag) {
            tag.textContent = status;
        }
    }

    /**
     * A step failed: said with `t.textFailed` before it, the server told so that the attempt `started` (if any) ends,
     * and the button offered again as `t.textAgain`.
     */
    function failed(shown, t, error, started, server, button) {
        shown.fail(t.textFailed + error.message);
        if (started) {
            server('/' + started.attempt + '/fail', {why: error.message}).catch(function () { /* shown already */ });
        }
        button.disabled = false;
        const label = button.querySelector('.ui-button-text');
        if (label) {
            label.textContent = t.textAgain;
        }
    }

    return {begin: begin, typedPin: typedPin, heldUkey: heldUkey, writeAndReadBack: writeAndReadBack, completed: completed, failed: failed};
})();
