/* Small page helpers. */
var SealDesk = SealDesk || {};

/**
 * The 获取验证码 button stays disabled, counting down, for as long as the server says it would refuse
 * another code: after a code was sent, after a refusal, and when the page is loaded again meanwhile.
 * Like the server's, a cooldown belongs to a mobile number: the one typed in its form's tel field (none
 * on forms that send to the applicant's own number). Such buttons carry the class sd-send-code.
 */
SealDesk.cooldown = function (buttonId, args) {
    var button = document.getElementById(buttonId);
    if (button && args && args.resendInSeconds) {
        var until = Date.now() + args.resendInSeconds * 1000;
        SealDesk.remember(SealDesk.cooldownKey(button), until);
        SealDesk.countDown(button, until);
    }
};

SealDesk.cooldownKey = function (button) {
    var mobile = button.form ? button.form.querySelector('input[type="tel"]') : null;
    return 'sealdesk.cooldown:' + location.pathname + ':' + button.id + ':' + (mobile ? mobile.value.trim() : '');
};

/** localStorage, or null where a browser keeps none (then a countdown lasts as long as its page). */
SealDesk.storage = (function () {
    try {
        return window.localStorage;
    } catch (off) {
        return null;
    }
})();

SealDesk.remember = function (key, until) {
    if (SealDesk.storage) {
        SealDesk.storage.setItem(key, String(until));
    }
};

/** Picks up the cooldown of the number now typed: a page loaded again, a number changed, a form re-rendered. */
SealDesk.resumeCooldown = function (button) {
    if (SealDesk.storage) {
        var key = SealDesk.cooldownKey(button);
        var until = Number(SealDesk.storage.getItem(key)) || 0;
        if (until && until <= Date.now()) {
            SealDesk.storage.removeItem(key);
        }
        SealDesk.countDown(button, until);
    }
};

SealDesk.countDown = function (button, until) {
    var label = button.querySelector('.ui-button-text');
    if (!button.dataset.label) {
        button.dataset.label = label.textContent;
    }
    clearTimeout(button.sealdeskCooldown);
    var tick = function () {
        var left = Math.ceil((until - Date.now()) / 1000);
        button.disabled = left > 0;
        button.classList.toggle('ui-state-disabled', left > 0);
        label.textContent = button.dataset.label + (left > 0 ? ' (' + left + 's)' : '');
        if (left > 0) {
            button.sealdeskCooldown = setTimeout(tick, 1000);
        }
    };
    tick();
};

SealDesk.resumeCooldowns = function () {
    document.querySelectorAll('.sd-send-code').forEach(SealDesk.resumeCooldown);
};
document.addEventListener('DOMContentLoaded', function () {
    SealDesk.resumeCooldowns();
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', SealDesk.resumeCooldowns);
    }
});
document.addEventListener('input', function (event) {
    if (event.target.type === 'tel' && event.target.form) {
        event.target.form.querySelectorAll('.sd-send-code').forEach(SealDesk.resumeCooldown);
    }
});

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

/*
 * 显示密码 is a switch that is on while the password shows. PrimeFaces marks it the other way round and
 * renames it on every press; screen readers then announce "隐藏密码, on" for a hidden password.
 */
if (window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.Password) {
    (function (password) {
        var setupUnmasking = password.setupUnmasking;
        var toggleMask = password.toggleMask;
        var tellState = function (widget) {
            widget.icon.attr('aria-checked', String(widget.jq.attr('type') === 'text'))
                .attr('aria-label', widget.getAriaLabel('passwordShow', 'Show Password'));
        };
        password.setupUnmasking = function () {
            setupUnmasking.apply(this, arguments);
            tellState(this);
        };
        password.toggleMask = function () {
            toggleMask.apply(this, arguments);
            tellState(this);
        };
    })(PrimeFaces.widget.Password.prototype);
}
