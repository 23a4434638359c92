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

/** The review screen's scan viewer: zoom and rotate the shown image. */
SealDesk.viewer = {
    scale: 1,
    angle: 0,
    apply: function () {
        var image = document.getElementById('scanImage');
        if (image) {
            image.style.transform = 'scale(' + this.scale + ') rotate(' + this.angle + 'deg)';
        }
    },
    zoom: function (factor) {
        this.scale = Math.min(5, Math.max(0.2, this.scale * factor));
        this.apply();
    },
    rotate: function () {
        this.angle = (this.angle + 90) % 360;
        this.apply();
    },
    reset: function () {
        this.scale = 1;
        this.angle = 0;
        this.apply();
    }
};
