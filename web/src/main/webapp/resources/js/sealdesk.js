/* Small page helpers. */
var SealDesk = SealDesk || {};

/** After a code was sent, the 获取验证码 button waits as long as the server asks before the next one. */
SealDesk.cooldown = function (buttonId, args) {
    if (!args || !args.resendInSeconds) {
        return;
    }
    var button = document.getElementById(buttonId);
    var label = button.querySelector('.ui-button-text');
    var original = label.textContent;
    var left = args.resendInSeconds;
    button.disabled = true;
    button.classList.add('ui-state-disabled');
    var tick = function () {
        if (left <= 0) {
            button.disabled = false;
            button.classList.remove('ui-state-disabled');
            label.textContent = original;
            return;
        }
        label.textContent = original + ' (' + left + 's)';
        left -= 1;
        setTimeout(tick, 1000);
    };
    tick();
};
