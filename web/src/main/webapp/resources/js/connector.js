/*
 * ukey 助手 page: asks the connector on this PC which release it is (GET /v1/about) and says what to do — start or
 * install it, replace an outdated one (release 1 had no /v1/about), or let it serve this site.
 */
window.SealDeskConnector = (function () {
    'use strict';
    const check = function () {
        const section = document.getElementById('connectorCheck');
        const status = document.getElementById('connectorStatus');
        const d = section.dataset;
        const say = function (text, state) {
            status.textContent = text;
            status.dataset.state = state;
        };
        say(d.textChecking, 'checking');
        fetch(d.connector + '/v1/about', {credentials: 'omit', cache: 'no-store'}).then(function (answer) {
            if (answer.status === 403) {
                say(d.textRefused, 'refused');
                return null;
            }
            return answer.ok ? answer.json() : {release: 1};
        }).then(function (about) {
            if (about === null) {
                return;
            }
            if (about.release < Number(d.release)) {
                say(d.textOutdated.replace('{0}', about.release).replace('{1}', d.release), 'outdated');
            } else {
                say(d.textRunning.replace('{0}', about.release), 'running');
            }
        }).catch(function () {
            say(d.textMissing, 'missing');
        });
    };
    document.addEventListener('DOMContentLoaded', check);
    return {check: check};
}());
